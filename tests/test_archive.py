"""WARC archive: records with headers, redaction, rotation, and an exact re-parse."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime
from pathlib import Path

from scrapy import Request
from scrapy.http import HtmlResponse
from warcio.archiveiterator import ArchiveIterator

from newsscraper.archive import WarcArchive, warc_date
from newsscraper.inputs import SavedPage, iter_saved

URL = "https://news.example.in/2024/12/17/story/"
WHEN = datetime(2024, 12, 17, 7, 33, 5, tzinfo=UTC)
BODY = "<html><head><title>Rain</title></head><body><p>Rain in Delhi — बारिश.</p></body></html>"


def response(url: str = URL, body: str = BODY) -> HtmlResponse:
    request = Request(url, headers={"Authorization": "Bearer s3cret", "Cookie": "sid=s3cret",
                                    "Accept": "text/html"})
    return HtmlResponse(
        url=url, body=body.encode(), request=request, status=200,
        headers={"Content-Type": "text/html; charset=utf-8", "Set-Cookie": "sid=s3cret",
                 "Content-Encoding": "gzip", "ETag": '"v1"'},
    )


def records(path: Path) -> list[tuple[str, dict[str, str], dict[str, str]]]:
    with path.open("rb") as fh:
        # HTTP header names compared in lower case: Scrapy writes "Etag" for "ETag".
        return [(r.rec_type, dict(r.rec_headers.headers),
                 {k.lower(): v for k, v in r.http_headers.headers} if r.http_headers else {})
                for r in ArchiveIterator(fh)]


def test_a_response_and_its_request_with_headers(tmp_path: Path) -> None:
    archive = WarcArchive(tmp_path)
    archive.write(response(), WHEN)
    archive.close()
    (path,) = archive.files
    assert path.name.endswith(".warc.gz")
    kinds = records(path)
    assert [kind for kind, _, _ in kinds] == ["warcinfo", "response", "request"]
    _, warc, http = kinds[1]
    assert warc["WARC-Target-URI"] == URL
    assert warc["WARC-Date"] == "2024-12-17T07:33:05Z"
    assert http["etag"] == '"v1"'
    assert http["content-length"] == str(len(BODY.encode()))
    assert "content-encoding" not in http  # the stored body is the decoded one
    _, request_warc, request_http = kinds[2]
    assert request_warc["WARC-Concurrent-To"] == warc["WARC-Record-ID"]
    assert request_http["host"] == "news.example.in"


def test_credentials_are_redacted(tmp_path: Path) -> None:
    archive = WarcArchive(tmp_path)
    archive.write(response(), WHEN)
    archive.close()
    data = b"".join(p.read_bytes() for p in archive.files)
    text = gzip.decompress(data)
    assert b"s3cret" not in text  # RELIABILITY.md #41
    assert text.count(b"REDACTED") == 3  # Authorization, Cookie, Set-Cookie


def test_reparse_gives_the_same_page_and_time(tmp_path: Path) -> None:
    archive = WarcArchive(tmp_path)
    archive.write(response(), WHEN)
    archive.close()
    (page,) = [p for p in iter_saved(archive.files) if isinstance(p, SavedPage)]
    assert page.response.url == URL
    assert page.response.body == BODY.encode()
    assert page.response.text == response().text
    assert page.fetched_at == WHEN  # fetched_at round-trips exactly


def test_files_rotate_by_size_and_never_overwrite(tmp_path: Path) -> None:
    archive = WarcArchive(tmp_path, max_bytes=1)  # every record fills a file
    for n in range(3):
        archive.write(response(f"{URL}{n}/"), WHEN)
    archive.close()
    assert len(archive.files) == 3
    assert len(set(archive.files)) == 3
    again = WarcArchive(tmp_path, max_bytes=1)  # same second, same pid: new names
    again.write(response(), WHEN)
    again.close()
    assert set(again.files).isdisjoint(archive.files)
    pages = [p for p in iter_saved(sorted(tmp_path.glob("*.warc.gz")))
             if isinstance(p, SavedPage)]
    assert len(pages) == 4


def test_warc_date_is_utc_to_the_second() -> None:
    assert warc_date(WHEN) == "2024-12-17T07:33:05Z"
