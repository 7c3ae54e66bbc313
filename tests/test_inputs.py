"""iter_saved: HTML files, .gz, folders and WARC files as responses — and bad input as problems."""

from __future__ import annotations

import base64
import gzip
import io
import os
import quopri
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsscraper.inputs import MAX_PAGE_BYTES, InputProblem, SavedPage, iter_saved

CANONICAL = "https://news.example.in/2024/12/17/monsoon-rains/"
MTIME = datetime(2024, 12, 17, 7, 33, tzinfo=UTC)
WARC_DATE = "2024-12-17T07:33:00Z"


BODY = "<h1>Monsoon rains</h1><p>Heavy rain lashed the coast.</p>"


def page(head: str = "", body: str = BODY) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8">{head}</head>'
        f"<body>{body}</body></html>"
    )


def save(path: Path, text: str | bytes) -> Path:
    data = text.encode() if isinstance(text, str) else text
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(data, mtime=0) if path.name.endswith(".gz") else data)
    os.utime(path, (MTIME.timestamp(), MTIME.timestamp()))
    return path


def one(paths: Iterable[str | Path], url: str | None = None) -> SavedPage | InputProblem:
    [item] = list(iter_saved(list(paths), url=url))
    return item


def only_page(paths: Iterable[str | Path], url: str | None = None) -> SavedPage:
    item = one(paths, url)
    assert isinstance(item, SavedPage), item
    return item


def only_problem(paths: Iterable[str | Path]) -> InputProblem:
    item = one(paths)
    assert isinstance(item, InputProblem), item
    return item


# --- HTML files -----------------------------------------------------------------------------


def test_canonical_url_and_mtime(tmp_path: Path) -> None:
    path = save(tmp_path / "story.html", page(f'<link rel="canonical" href="{CANONICAL}">'))
    saved = only_page([path])
    assert saved.response.url == CANONICAL
    assert saved.fetched_at == MTIME
    assert saved.fetched_at.tzinfo is UTC
    assert saved.source == str(path)
    assert "Heavy rain" in saved.response.text


def test_og_url_when_canonical_is_relative(tmp_path: Path) -> None:
    head = f'<link rel="canonical" href="/story/"><meta property="og:url" content=" {CANONICAL} ">'
    path = save(tmp_path / "story.htm", page(head))
    assert only_page([path]).response.url == CANONICAL


def test_rel_with_several_tokens(tmp_path: Path) -> None:
    path = save(tmp_path / "s.html", page(f'<link rel="Canonical alternate" href="{CANONICAL}">'))
    assert only_page([path]).response.url == CANONICAL


def test_comment_page_canonical_names_the_post(tmp_path: Path) -> None:
    # WordPress core names an "Older Comments" page its own canonical: the post, saved twice.
    head = f'<link rel="canonical" href="{CANONICAL}comment-page-2/#comments">'
    path = save(tmp_path / "comment-page-2" / "index.html", page(head))
    assert only_page([path]).response.url == CANONICAL


def test_file_uri_without_declared_url(tmp_path: Path) -> None:
    path = save(tmp_path / "story.html", page('<meta property="og:url" content="javascript:x">'))
    assert only_page([path]).response.url == path.absolute().as_uri()


def test_browser_saved_from_comment(tmp_path: Path) -> None:
    """Chrome's "mark of the web" names the address when the page declares none."""
    mark = f"<!-- saved from url=({len(CANONICAL):04d}){CANONICAL} -->\n"
    assert only_page([save(tmp_path / "a.html", mark + page())]).response.url == CANONICAL
    og = '<meta property="og:url" content="https://news.example.in/og/">'
    assert only_page([save(tmp_path / "b.html", mark + page(og))]).response.url \
        == "https://news.example.in/og/"


def test_singlefile_comment(tmp_path: Path) -> None:
    """SingleFile notes the address in its comment first inside <html>."""
    text = page().replace("<html>", "<html><!--\n Page saved with SingleFile \n url: "
                          f"{CANONICAL} \n saved date: Tue Dec 17 2024 13:03:00 GMT+0530 -->")
    assert only_page([save(tmp_path / "a.html", text)]).response.url == CANONICAL


def test_wayback_playback_gives_the_original_address(tmp_path: Path) -> None:
    """The Wayback Machine's canonical is its own address around the original; a page with no
    canonical is named by the playback script's first argument."""
    wrapped = f"https://web.archive.org/web/20241217073300/{CANONICAL}"
    canonical = f'<link rel="canonical" href="{wrapped}">'
    assert only_page([save(tmp_path / "a.html", page(canonical))]).response.url == CANONICAL
    script = ('<script type="text/javascript">\n    __wm.init("https://web.archive.org/web");\n'
              f'  __wm.wombat("{CANONICAL}","20241217073300","https://web.archive.org/","web",'
              '"https://web-static.archive.org/_static/",\n\t      "1734420780");\n</script>')
    assert only_page([save(tmp_path / "b.html", page(script))]).response.url == CANONICAL


def test_archive_today_canonical_gives_the_original_address(tmp_path: Path) -> None:
    wrapped = f"https://archive.ph/2024.12.17-073300/{CANONICAL}"
    text = page(f'<link rel="canonical" href="{wrapped}">')
    assert only_page([save(tmp_path / "a.html", text)]).response.url == CANONICAL


def test_url_option_wins(tmp_path: Path) -> None:
    path = save(tmp_path / "story.html", page(f'<link rel="canonical" href="{CANONICAL}">'))
    assert only_page([path], url="https://other.example/x").response.url == (
        "https://other.example/x"
    )


def test_url_option_needs_one_html_file(tmp_path: Path) -> None:
    a = save(tmp_path / "a.html", page())
    b = save(tmp_path / "b.html", page())
    with pytest.raises(ValueError, match="--url"):
        iter_saved([a, b], url=CANONICAL)
    with pytest.raises(ValueError, match="--url"):
        iter_saved([tmp_path], url=CANONICAL)


def test_gzipped_html(tmp_path: Path) -> None:
    path = save(tmp_path / "story.html.gz", page(f'<link rel="canonical" href="{CANONICAL}">'))
    saved = only_page([path])
    assert saved.response.url == CANONICAL
    assert "Heavy rain" in saved.response.text


def test_meta_charset_decodes_a_plain_file(tmp_path: Path) -> None:
    html = '<html><head><meta charset="windows-1251"></head><body><p>Привет, мир</p></body></html>'
    path = save(tmp_path / "ru.html", html.encode("cp1251"))
    assert "Привет, мир" in only_page([path]).response.text


def test_missing_path_raises_before_reading(tmp_path: Path) -> None:
    good = save(tmp_path / "a.html", page())
    with pytest.raises(FileNotFoundError) as caught:
        iter_saved([good, tmp_path / "nope.html"])
    assert caught.value.filename == str(tmp_path / "nope.html")


# --- bad HTML input -------------------------------------------------------------------------


def test_zero_byte_file(tmp_path: Path) -> None:
    problem = only_problem([save(tmp_path / "empty.html", b"")])
    assert problem.reason == "empty file"


def test_truncated_gzip(tmp_path: Path) -> None:
    path = tmp_path / "cut.html.gz"
    path.write_bytes(gzip.compress(page().encode() * 50)[:-40])
    problem = only_problem([path])
    assert problem.reason == "truncated gzip"
    assert problem.source == str(path)


def test_not_gzip_at_all(tmp_path: Path) -> None:
    path = tmp_path / "plain.html.gz"
    path.write_bytes(b"<html>not compressed</html>")
    assert only_problem([path]).reason == "corrupt gzip"


def test_gzip_bomb_is_capped_and_sized(tmp_path: Path) -> None:
    size = MAX_PAGE_BYTES + (1 << 20)
    path = tmp_path / "bomb.html.gz"
    path.write_bytes(gzip.compress(b"<p>" + b" " * size, compresslevel=1))
    started = time.monotonic()
    problem = only_problem([path])
    assert time.monotonic() - started < 2
    assert problem.reason == "decompression bomb"
    assert "32 MiB" in problem.detail
    assert str(size + 3) in problem.detail


def test_bad_file_does_not_stop_the_rest(tmp_path: Path) -> None:
    items = list(iter_saved([save(tmp_path / "a.html", b""), save(tmp_path / "b.html", page())]))
    assert [type(i) for i in items] == [InputProblem, SavedPage]


# --- folders --------------------------------------------------------------------------------


def test_folder_is_recursive_sorted_and_filtered(tmp_path: Path) -> None:
    for name in ("b.html", "a/z.htm", "a/y.html.gz", "c.json", "notes.txt", "a/b/x.html"):
        save(tmp_path / name, page())
    sources = [i.source for i in iter_saved([tmp_path])]
    assert sources == [str(tmp_path / n) for n in ("b.html", "a/y.html.gz", "a/z.htm",
                                                   "a/b/x.html")]


def test_pages_saved_under_their_address_are_read(tmp_path: Path) -> None:
    """`wget -m` without -E keeps the address's name: no suffix, or the server's."""
    for name in ("articleshow/12345.cms", "news/story-slug-123", "index.php?id=7",
                 "world/article68.ece", "LICENSE", "feed/atom", "app.js", "style.css"):
        save(tmp_path / name, page())
    save(tmp_path / "LICENSE", "MIT License\n\nCopyright (c) 2024")
    save(tmp_path / "feed" / "atom", '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">')
    save(tmp_path / "plain" / "xhtml", '<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD'
         ' XHTML 1.0 Strict//EN" "x"><html><body><p>x</p></body></html>')
    sources = [i.source for i in iter_saved([tmp_path])]
    assert sources == [str(tmp_path / n) for n in ("index.php?id=7", "articleshow/12345.cms",
                                                   "news/story-slug-123", "plain/xhtml",
                                                   "world/article68.ece")]


def test_browser_resource_folders_are_not_pages(tmp_path: Path) -> None:
    """"Save Page As, Web Page Complete": Story.html + Story_files/ with its frames as .html."""
    for name in ("Story.html", "Story_files/saved_resource.html", "Story_files/comments.htm",
                 "Other_files/page.html"):
        save(tmp_path / name, page())
    sources = [i.source for i in iter_saved([tmp_path])]
    assert sources == [str(tmp_path / "Story.html"), str(tmp_path / "Other_files/page.html")]


def test_symlink_loop_is_reported_once(tmp_path: Path) -> None:
    save(tmp_path / "site" / "a.html", page())
    (tmp_path / "site" / "loop").symlink_to(tmp_path / "site", target_is_directory=True)
    (tmp_path / "site" / "self.html").symlink_to(tmp_path / "site" / "self.html")
    items = list(iter_saved([tmp_path / "site"]))
    assert [type(i).__name__ for i in items] == ["SavedPage", "InputProblem", "InputProblem"]
    self_link, loop = items[1], items[2]  # a folder's files before its subfolders
    assert isinstance(loop, InputProblem)
    assert loop.reason == "symlink loop"
    assert isinstance(self_link, InputProblem)
    assert self_link.reason == "unreadable file"


def test_input_order_is_kept(tmp_path: Path) -> None:
    b = save(tmp_path / "b.html", page())
    folder = tmp_path / "dir"
    save(folder / "x.html", page())
    a = save(tmp_path / "a.html", page())
    assert [i.source for i in iter_saved([b, folder, a])] == [
        str(b), str(folder / "x.html"), str(a)
    ]


# --- WARC -----------------------------------------------------------------------------------


class Warc:
    """Builds a WARC file record by record (gzip per record, as crawlers write them)."""

    def __init__(self, gz: bool = True) -> None:
        self.buffer = io.BytesIO()
        self.writer = WARCWriter(self.buffer, gzip=gz)

    def response(self, uri: str, body: bytes, content_type: str = "text/html; charset=utf-8",
                 status: str = "200 OK", extra: tuple[tuple[str, str], ...] = (),
                 warc: dict[str, str] | None = None) -> Warc:
        http = StatusAndHeaders(status, [("Content-Type", content_type), *extra],
                                protocol="HTTP/1.1")
        record = self.writer.create_warc_record(
            uri, "response", payload=io.BytesIO(body), http_headers=http,
            warc_headers_dict={"WARC-Date": WARC_DATE, **(warc or {})},
        )
        self.writer.write_record(record)
        return self

    def other(self, kind: str, uri: str = "https://news.example.in/",
              payload: bytes = b"software: test\r\n") -> Warc:
        record = self.writer.create_warc_record(uri, kind, payload=io.BytesIO(payload))
        self.writer.write_record(record)
        return self

    def revisit(self, uri: str) -> Warc:
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = self.writer.create_revisit_record(
            uri, "sha1:AAAA", uri, WARC_DATE, http_headers=http
        )
        self.writer.write_record(record)
        return self

    def save(self, path: Path, cut: int = 0) -> Path:
        data = self.buffer.getvalue()
        path.write_bytes(data[: len(data) - cut])
        return path


def test_warc_response_records(tmp_path: Path) -> None:
    path = (
        Warc()
        .other("warcinfo")
        .other("request", CANONICAL, b"GET /2024/12/17/monsoon-rains/ HTTP/1.1\r\n\r\n")
        .response(CANONICAL, page().encode(), extra=(("ETag", '"v1"'),))
        .other("metadata", CANONICAL)
        .save(tmp_path / "crawl.warc.gz")
    )
    saved = only_page([path])
    assert saved.response.url == CANONICAL
    assert saved.fetched_at == MTIME
    assert saved.source.startswith(f"{path}#")
    assert int(saved.source.rsplit("#", 1)[1]) > 0  # the record's offset, past the warcinfo
    assert saved.response.headers.get("ETag") == b'"v1"'


def test_http_charset_decodes_cp1252(tmp_path: Path) -> None:
    text = "Café “quotes” — naïve"
    body = f"<html><head><title>t</title></head><body><p>{text}</p></body></html>"
    path = Warc().response(
        CANONICAL, body.encode("cp1252"), "text/html; charset=windows-1252"
    ).save(tmp_path / "w.warc.gz")
    response = only_page([path]).response
    assert text in response.text
    assert "\ufffd" not in response.text


def test_bom_beats_the_header_and_header_beats_meta(tmp_path: Path) -> None:
    bom = "\ufeff<html><body><p>naïve</p></body></html>".encode()
    meta = '<html><head><meta charset="utf-8"></head><body><p>Café</p></body></html>'
    path = (
        Warc()
        .response(f"{CANONICAL}bom", bom, "text/html; charset=windows-1252")
        .response(f"{CANONICAL}meta", meta.encode("cp1252"), "text/html; charset=windows-1252")
        .save(tmp_path / "w.warc")
    )
    first, second = list(iter_saved([path]))
    assert isinstance(first, SavedPage)
    assert isinstance(second, SavedPage)
    assert "naïve" in first.response.text
    assert "Café" in second.response.text


def test_content_encoding_is_undone(tmp_path: Path) -> None:
    path = Warc().response(
        CANONICAL, gzip.compress(page().encode()), extra=(("Content-Encoding", "gzip"),)
    ).save(tmp_path / "w.warc.gz")
    response = only_page([path]).response
    assert "Heavy rain" in response.text
    assert b"Content-Encoding" not in response.headers


def test_non_pages_are_benign_problems(tmp_path: Path) -> None:
    path = (
        Warc()
        .response(f"{CANONICAL}img", b"\x89PNG....", "image/png")
        .response(f"{CANONICAL}gone", page().encode(), status="404 Not Found")
        .revisit(CANONICAL)
        .response(CANONICAL, page().encode())
        .save(tmp_path / "w.warc.gz")
    )
    items = list(iter_saved([path]))
    problems = [i for i in items if isinstance(i, InputProblem)]
    assert [p.reason for p in problems] == ["not HTML", "HTTP status not 200", "revisit record"]
    assert all(p.benign for p in problems)
    assert isinstance(items[-1], SavedPage)


def test_warc_truncated_header(tmp_path: Path) -> None:
    path = Warc().response(
        CANONICAL, page().encode(), warc={"WARC-Truncated": "length"}
    ).save(tmp_path / "w.warc.gz")
    problem = only_problem([path])
    assert problem.reason == "truncated WARC record"
    assert not problem.benign
    assert "length" in problem.detail


@pytest.mark.parametrize("gz", [True, False])
def test_truncated_last_record(tmp_path: Path, gz: bool) -> None:
    path = (
        Warc(gz)
        .response(f"{CANONICAL}1", page().encode())
        .response(f"{CANONICAL}2", page(body="<p>" + "long text " * 500 + "</p>").encode())
        .save(tmp_path / ("w.warc.gz" if gz else "w.warc"), cut=1000)
    )
    first, second = list(iter_saved([path]))
    assert isinstance(first, SavedPage)
    assert first.response.url == f"{CANONICAL}1"
    assert isinstance(second, InputProblem)
    assert second.reason == "truncated WARC record"


def test_warc_payload_bomb(tmp_path: Path) -> None:
    bomb = gzip.compress(b" " * (MAX_PAGE_BYTES + 1), compresslevel=1)
    path = (
        Warc()
        .response(f"{CANONICAL}bomb", bomb, extra=(("Content-Encoding", "gzip"),))
        .response(CANONICAL, page().encode())
        .save(tmp_path / "w.warc.gz")
    )
    problem, saved = list(iter_saved([path]))
    assert isinstance(problem, InputProblem)
    assert problem.reason == "decompression bomb"
    assert "32 MiB" in problem.detail
    assert isinstance(saved, SavedPage)


def test_not_a_warc(tmp_path: Path) -> None:
    path = tmp_path / "junk.warc"
    path.write_bytes(page().encode())
    assert only_problem([path]).reason == "not a WARC file"


def test_corrupt_record_stops_only_that_file(tmp_path: Path) -> None:
    data = bytearray(Warc(gz=False).response(CANONICAL, page().encode()).buffer.getvalue())
    second = Warc(gz=False).response(f"{CANONICAL}2", page().encode()).buffer.getvalue()
    data += second.replace(b"WARC-Target-URI", b"WARC-Target-URL")  # warcio trips on it
    path = tmp_path / "bad.warc"
    path.write_bytes(data)
    good = save(tmp_path / "good.html", page())
    items = list(iter_saved([path, good]))
    assert [type(i).__name__ for i in items] == ["SavedPage", "InputProblem", "SavedPage"]
    assert isinstance(items[1], InputProblem)
    assert items[1].reason == "corrupt WARC record"
    assert items[1].source == f"{path}#{len(data) - len(second)}"


def test_empty_warc(tmp_path: Path) -> None:
    path = tmp_path / "empty.warc.gz"
    path.write_bytes(b"")
    assert only_problem([path]).reason == "empty file"


def test_warcs_inside_folders(tmp_path: Path) -> None:
    Warc().response(CANONICAL, page().encode()).save(tmp_path / "a.warc.gz")
    save(tmp_path / "b.html", page())
    items = list(iter_saved([tmp_path]))
    assert [i.source.split("#")[0] for i in items] == [
        str(tmp_path / "a.warc.gz"), str(tmp_path / "b.html")
    ]


def test_a_broken_canonical_link_is_no_address(tmp_path: Path) -> None:
    """An unbalanced "[" in the canonical link ("Invalid IPv6 URL" to urlsplit) once stopped a
    whole `parse` run; the page is read under its og:url instead, else its file name."""
    broken = '<link rel="canonical" href="https://news.example[.in/a/">'
    saved = only_page([save(tmp_path / "a.html", page(broken))])
    assert saved.response.url == (tmp_path / "a.html").absolute().as_uri()
    with_og = broken + f'<meta property="og:url" content="{CANONICAL}">'
    assert only_page([save(tmp_path / "b.html", page(with_og))]).response.url == CANONICAL


def test_a_warc_record_with_an_invalid_target_uri_is_an_input_problem(tmp_path: Path) -> None:
    path = Warc().response("https://news.example[.in/a/", page().encode()) \
        .save(tmp_path / "bad.warc.gz")
    problem = only_problem([path])
    assert (problem.reason, problem.detail) == ("invalid WARC-Target-URI",
                                                "https://news.example[.in/a/")


# --- MHTML ----------------------------------------------------------------------------------

BOUNDARY = "----MultipartBoundary--OkT4wHnfQmzsGLbGvuq8m8Y5z8V9jDMbiHPg4jOfkH----"


def mhtml(html: str, *, location: str | None = CANONICAL, charset: str | None = None,
          encoding: str = "quoted-printable", date: str = "Tue, 17 Dec 2024 07:33:00 -0000",
          close: bool = True) -> bytes:
    """A Chrome-style single-file archive of `html`, plus a stylesheet part."""
    data = html.encode(charset or "utf-8")
    if encoding == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    else:
        payload = quopri.encodestring(data).decode("ascii")
    kind = "text/html" + (f'; charset="{charset}"' if charset else "")
    lines = [
        "From: <Saved by Blink>",
        *([f"Snapshot-Content-Location: {location}"] if location else []),
        "Subject: Monsoon rains",
        f"Date: {date}",
        "MIME-Version: 1.0",
        'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n'
        f'\tboundary="{BOUNDARY}"',
        "", "",
        f"--{BOUNDARY}",
        f"Content-Type: {kind}",
        "Content-ID: <frame-6E1F0A2B@mhtml.blink>",
        f"Content-Transfer-Encoding: {encoding}",
        f"Content-Location: {location or 'https://news.example.in/part/'}",
        "", payload.replace("\n", "\r\n"), "",
        f"--{BOUNDARY}",
        "Content-Type: text/css",
        "Content-Transfer-Encoding: quoted-printable",
        "Content-Location: cid:css-1@mhtml.blink",
        "", "body { margin: 0px; }", "",
    ]
    if close:
        lines += [f"--{BOUNDARY}--", ""]
    return "\r\n".join(lines).encode("ascii")


def test_mhtml_page_url_date_and_charset(tmp_path: Path) -> None:
    """Chrome's "Webpage, Single File": the HTML part, the snapshot's address, its Date."""
    body = "<h1>Monsoon rains</h1><p>Heavy rain lashed the coast near Udupi — again.</p>"
    got = only_page([save(tmp_path / "story.mhtml", mhtml(page(body=body)))])
    assert got.response.url == CANONICAL
    assert got.fetched_at == datetime(2024, 12, 17, 7, 33, tzinfo=UTC)
    assert "Udupi — again" in got.response.text
    assert got.source == str(tmp_path / "story.mhtml")
    # The part's charset decodes it (no <meta charset> in the page here).
    text = "<html><body><h1>Pluies</h1><p>Il pleut à Liège.</p></body></html>"
    latin = only_page([save(tmp_path / "latin.mht", mhtml(text, charset="iso-8859-1",
                                                         encoding="base64"))])
    assert "à Liège" in latin.response.text


def test_mhtml_canonical_wins_and_content_location_stands_in(tmp_path: Path) -> None:
    og = '<link rel="canonical" href="https://news.example.in/canonical/">'
    got = only_page([save(tmp_path / "a.mhtml", mhtml(page(og)))])
    assert got.response.url == "https://news.example.in/canonical/"
    part = only_page([save(tmp_path / "b.mhtml", mhtml(page(), location=None))])
    assert part.response.url == "https://news.example.in/part/"
    # No Date header: the file's time.
    undated = mhtml(page()).replace(b"Date: Tue, 17 Dec 2024 07:33:00 -0000\r\n", b"")
    assert only_page([save(tmp_path / "c.mhtml", undated)]).fetched_at == MTIME


def test_mhtml_in_a_folder_and_with_url_option(tmp_path: Path) -> None:
    save(tmp_path / "saved" / "a.mhtml", mhtml(page()))
    save(tmp_path / "saved" / "b.html", page())
    assert [p.source for p in iter_saved([tmp_path / "saved"])] == [
        str(tmp_path / "saved" / "a.mhtml"), str(tmp_path / "saved" / "b.html")]
    url = "https://news.example.in/given/"
    assert only_page([tmp_path / "saved" / "a.mhtml"], url=url).response.url == url


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("truncated.mhtml", mhtml(page(), close=False)[:-200], "closing boundary is missing"),
    ("plain.mhtml", b"Subject: x\r\nContent-Type: text/plain\r\n\r\nhello", "not a MIME"),
    ("garbage.mht", bytes(range(256)) * 4, "not a MIME"),
    ("no-html.mhtml", mhtml(page()).replace(b"Content-Type: text/html", b"Content-Type: x/y"),
     "no text/html part"),
])
def test_bad_mhtml_is_a_problem_not_a_crash(tmp_path: Path, name: str, data: bytes,
                                             reason: str) -> None:
    problem = only_problem([save(tmp_path / name, data)])
    assert problem.reason == "bad mhtml"
    assert reason in problem.detail
    # …and the next file is still read.
    save(tmp_path / "next.html", page())
    items = list(iter_saved([tmp_path / name, tmp_path / "next.html"]))
    assert isinstance(items[0], InputProblem)
    assert isinstance(items[1], SavedPage)
