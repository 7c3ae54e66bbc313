"""Responses → WARC files (warcio): the crawl's raw evidence, re-parseable byte for byte.

`--archive DIR` (``NEWSSCRAPER_ARCHIVE``) turns on `ArchiveExtension`: every response that
reaches the spider is written, when the spider stamps it, as a ``response`` record (status line,
headers, the body the spider saw) plus a ``request`` record (method, path, headers) joined by
``WARC-Concurrent-To``. ``WARC-Date`` is the record's ``fetched_at``, to the second, so
``newsscraper parse DIR/*.warc.gz`` rebuilds each response with the same URL, body and time and
gives the very records the crawl gave.

- The body is stored decoded (Scrapy has already undone gzip/br), so Content-Encoding and
  Transfer-Encoding are dropped and Content-Length is the stored length.
- Credentials never reach the archive: Authorization, Proxy-Authorization, Cookie and
  Set-Cookie values are replaced by ``REDACTED`` (RELIABILITY.md #41).
- Files are gzip per record (a torn tail costs only its last record), named
  ``newsscraper-<first fetch time>-<pid>-<serial>.warc.gz``, and rotated once past
  ``NEWSSCRAPER_ARCHIVE_MAX_BYTES`` (1 GiB by default, Heritrix's size). A run never appends
  to an older file.
"""

from __future__ import annotations

import logging
import os
from datetime import datetime
from http import HTTPStatus
from io import BytesIO
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsscraper import __version__

__all__ = ["ArchiveExtension", "WarcArchive", "page_fetched", "warc_date"]

logger = logging.getLogger(__name__)

#: Signal the spider sends for each response it receives. kwargs: response, fetched_at.
page_fetched = object()

_REDACTED = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
_DECODED = frozenset({"content-encoding", "transfer-encoding", "content-length"})


def warc_date(fetched_at: datetime) -> str:
    """WARC-Date for an aware UTC time, to the second, as the record's fetched_at is.

    >>> from datetime import UTC
    >>> warc_date(datetime(2024, 12, 17, 7, 33, 5, tzinfo=UTC))
    '2024-12-17T07:33:05Z'
    """
    return fetched_at.strftime("%Y-%m-%dT%H:%M:%SZ")


class WarcArchive:
    """Size-rotated, gzip-per-record WARC files in one directory."""

    def __init__(self, directory: str | Path, *, max_bytes: int = 1 << 30) -> None:
        self.directory = Path(directory)
        self.max_bytes = max_bytes
        self.files: list[Path] = []
        self.records = 0
        self._out: IO[bytes] | None = None
        self._writer: Any = None

    def write(self, response: Response, fetched_at: datetime) -> None:
        """Append the response and its request; rotate afterwards when the file is full."""
        if self._out is None:
            self._open(fetched_at)
        date = warc_date(fetched_at)
        answer = self._response_record(response, date)
        question = self._request_record(response, date)
        question.rec_headers.add_header(
            "WARC-Concurrent-To", answer.rec_headers.get_header("WARC-Record-ID")
        )
        self._writer.write_record(answer)
        self._writer.write_record(question)
        assert self._out is not None
        self._out.flush()  # a kill loses at most the record being written
        self.records += 1
        if self._out.tell() >= self.max_bytes:
            self.close()

    def close(self) -> None:
        out, self._out = self._out, None
        if out is not None:
            out.close()

    def _open(self, fetched_at: datetime) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        stamp = fetched_at.strftime("%Y%m%d%H%M%S")
        serial = len(self.files)
        while True:  # "xb": never append to, or overwrite, another run's file
            path = self.directory / f"newsscraper-{stamp}-{os.getpid()}-{serial:05d}.warc.gz"
            try:
                self._out = path.open("xb")
                break
            except FileExistsError:
                serial += 1
        self.files.append(path)
        self._writer = WARCWriter(self._out, gzip=True)
        self._writer.write_record(self._warcinfo(path.name, warc_date(fetched_at)))
        logger.info("archiving responses to %s", path)

    def _warcinfo(self, name: str, date: str) -> Any:
        fields = f"software: newsscraper/{__version__}\r\nformat: WARC File Format 1.1\r\n"
        payload = fields.encode()
        return self._writer.create_warc_record(
            "", "warcinfo", payload=BytesIO(payload), length=len(payload),
            warc_content_type="application/warc-fields",
            warc_headers_dict={"WARC-Date": date, "WARC-Filename": name},
        )

    def _response_record(self, response: Response, date: str) -> Any:
        headers = [(k, v) for k, v in _header_pairs(response.headers) if k.lower() not in _DECODED]
        headers.append(("Content-Length", str(len(response.body))))
        try:
            reason = HTTPStatus(response.status).phrase
        except ValueError:
            reason = "Unknown"
        http = StatusAndHeaders(f"{response.status} {reason}", headers, protocol="HTTP/1.1")
        return self._writer.create_warc_record(
            response.url, "response", payload=BytesIO(response.body),
            length=len(response.body), http_headers=http, warc_headers_dict={"WARC-Date": date},
        )

    def _request_record(self, response: Response, date: str) -> Any:
        request = response.request
        method = request.method if request is not None else "GET"
        target = request.url if request is not None else response.url
        parts = urlsplit(target)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        headers = [("Host", parts.netloc)]
        if request is not None:
            headers += list(_header_pairs(request.headers))
        http = StatusAndHeaders(f"{method} {path} HTTP/1.1", headers, is_http_request=True)
        body = request.body if request is not None else b""
        return self._writer.create_warc_record(
            target, "request", payload=BytesIO(body), length=len(body), http_headers=http,
            warc_headers_dict={"WARC-Date": date},
        )


def _header_pairs(headers: Any) -> list[tuple[str, str]]:
    pairs = []
    for name, values in headers.items():
        key = name.decode("latin-1")
        secret = key.lower() in _REDACTED
        pairs += [(key, "REDACTED" if secret else value.decode("latin-1")) for value in values]
    return pairs


class ArchiveExtension:
    """Writes what the spider fetches into a `WarcArchive` when NEWSSCRAPER_ARCHIVE is set."""

    def __init__(self, archive: WarcArchive) -> None:
        self.archive = archive

    @classmethod
    def from_crawler(cls, crawler: Any) -> ArchiveExtension:
        directory = crawler.settings.get("NEWSSCRAPER_ARCHIVE")
        if not directory:
            raise NotConfigured  # no message: Scrapy would log an "off" as a warning
        max_bytes = crawler.settings.getint("NEWSSCRAPER_ARCHIVE_MAX_BYTES", 1 << 30)
        extension = cls(WarcArchive(directory, max_bytes=max_bytes))
        crawler.signals.connect(extension.page_fetched, signal=page_fetched)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def page_fetched(self, response: Response, fetched_at: datetime, **kwargs: Any) -> None:
        self.archive.write(response, fetched_at)

    def spider_closed(self, **kwargs: Any) -> None:
        self.archive.close()
