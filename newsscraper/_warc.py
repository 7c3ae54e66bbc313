"""WARC files as saved pages: each HTML 200 `response` record becomes a `SavedPage`.

Part of `newsscraper.inputs` (see its docstring for the rules); separate only for size. warcio
does the format work — gzip members, chunked and Content-Encoding payloads — and this module
adds what it leaves out: checks for truncation (a cut-off gzip member ends warcio's iteration
quietly; a short uncompressed record reads short), the size cap, and errors as problems.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scrapy.http import HtmlResponse
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsscraper._saved import MAX_PAGE_BYTES, BadInput, InputProblem, SavedPage
from newsscraper.processors import split_url

__all__ = ["iter_warc"]

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# Hop-by-hop or already-undone encodings: the body handed on is the decoded payload.
_DROP_HEADERS = frozenset({"content-encoding", "transfer-encoding", "content-length"})


def iter_warc(path: Path) -> Iterator[SavedPage | InputProblem]:
    try:
        with path.open("rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size == 0:
                yield InputProblem(str(path), "empty file", "0 bytes")
                return
            for entry in _records(fh, path, size):
                if isinstance(entry, InputProblem):
                    yield entry
                elif (result := _from_record(*entry)) is not None:
                    yield result
    except OSError as exc:
        yield InputProblem(str(path), "unreadable file", exc.strerror or str(exc))


def _records(fh: Any, path: Path, size: int) -> Iterator[tuple[Any, str] | InputProblem]:
    """(record, source) pairs; a problem, and the end of this file, when warcio cannot go on."""
    records = ArchiveIterator(fh)
    iterator = iter(records)
    while True:
        try:
            record = next(iterator)
            failure = None
        except StopIteration:
            break
        except ArchiveLoadFailed as exc:
            failure = ("not a WARC file", str(exc).strip().splitlines()[0])
        except Exception as exc:  # warcio raises assorted errors on corrupt bytes
            failure = ("corrupt WARC record", f"{type(exc).__name__}: {exc}")
        # Read after next(): warcio moves `offset` to the current record's start only then.
        source = f"{path}#{records.offset}"
        if failure is None and record.format != "warc":  # warcio reads ARC too; junk passes
            failure = ("not a WARC file", f"{record.format} record")
        if failure is not None:
            yield InputProblem(source, *failure)
            return
        yield record, source
    if records.offset < size:  # warcio stops quietly at a cut-off gzip member
        detail = f"{size - records.offset} bytes at the end could not be read"
        yield InputProblem(f"{path}#{records.offset}", "truncated WARC record", detail)


def _from_record(record: Any, source: str) -> SavedPage | InputProblem | None:
    problem = _record_problem(record, source)
    if problem is not None or record.rec_type != "response":
        return problem
    try:
        body = _read_payload(record)
        fetched_at = _warc_date(record.rec_headers.get_header("WARC-Date"))
    except BadInput as bad:
        return InputProblem(source, bad.reason, bad.detail)
    url = (record.rec_headers.get_header("WARC-Target-URI") or "").strip("<> ")
    if not url:
        return InputProblem(source, "no WARC-Target-URI")
    if not split_url(url).netloc:  # "https://x[.example/" ("Invalid IPv6 URL"), "not a url"
        return InputProblem(source, "invalid WARC-Target-URI", url[:200])
    headers: dict[str, list[str]] = {}
    for name, value in record.http_headers.headers:
        if name.lower() not in _DROP_HEADERS:
            headers.setdefault(name, []).append(value)
    response = HtmlResponse(url=url, body=body, headers=headers, status=200)
    return SavedPage(response, fetched_at, source)


def _record_problem(record: Any, source: str) -> InputProblem | None:
    """Why a record is no page (None: it is one, or it is a non-page record to pass over)."""
    if record.rec_type == "revisit":
        return InputProblem(source, "revisit record", "no payload (a deduplicated capture)", True)
    if record.rec_type != "response":
        return None
    truncated = record.rec_headers.get_header("WARC-Truncated")
    if truncated:
        return InputProblem(source, "truncated WARC record", f"WARC-Truncated: {truncated}")
    http = record.http_headers
    if http is None:
        return InputProblem(source, "no HTTP headers", "", True)
    if http.get_statuscode() != "200":
        return InputProblem(source, "HTTP status not 200", f"status {http.get_statuscode()}", True)
    content_type = http.get_header("Content-Type") or ""
    if content_type.split(";")[0].strip().lower() not in _HTML_TYPES:
        return InputProblem(source, "not HTML", content_type or "no Content-Type", True)
    return None


def _read_payload(record: Any) -> bytes:
    try:
        body: bytes = record.content_stream().read(MAX_PAGE_BYTES + 1)
    except Exception as exc:  # chunked/gzip/br decoders fail in many ways
        raise BadInput("corrupt payload", f"{type(exc).__name__}: {exc}") from None
    if len(body) > MAX_PAGE_BYTES:
        encoding = record.http_headers.get_header("Content-Encoding")
        cap = f"past the {MAX_PAGE_BYTES >> 20} MiB cap"
        if encoding:
            raise BadInput("decompression bomb", f"{encoding} payload decompresses {cap}")
        raise BadInput("page too large", f"payload of {record.length} bytes, {cap}")
    raw = record.raw_stream
    while raw.read(1 << 16):  # drain what the decoder left, so `limit` shows a short record
        pass
    missing = getattr(raw, "limit", 0)
    if missing > 0:
        raise BadInput("truncated WARC record", f"{missing} of {record.length} bytes missing")
    if not body.strip():
        raise BadInput("empty payload", "0 bytes of content")
    return body


def _warc_date(value: str | None) -> datetime:
    try:
        parsed = datetime.fromisoformat((value or "").strip())
    except ValueError:
        raise BadInput("bad WARC-Date", repr(value)) from None
    # WARC-Date is UTC by the standard; a writer that left out the "Z" still meant UTC.
    aware = parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return aware.astimezone(UTC)
