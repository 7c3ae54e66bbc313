"""The version state during a crawl: one shared instance, HTTP hints, conditional requests.

A crawl has one `CrawlState` per crawler (`crawl_state(crawler)`), shared by the spider (sitemap
lastmod checks), `ConditionalRequestMiddleware` (If-None-Match / If-Modified-Since, and 304s)
and `VersionPipeline` (versions, commits). It wraps the `VersionState` that ``NEWSSCRAPER_STATE``
names and adds `note(url, **http)`: the spider notes a page's ETag, Last-Modified, status and
sitemap lastmod when it fetches the page, and the note joins that URL's commit, which still
happens only once its record is durable (RELIABILITY.md #56).

Crash recovery (RELIABILITY.md #12): a kill between "record flushed" and "state committed"
leaves a record on disk that the state does not know. On open, the last lines of the output
file are replayed into the state, so the re-run sees that record as committed and emits no
second copy of it.
"""

from __future__ import annotations

import logging
import os
import weakref
from pathlib import Path
from typing import Any

import orjson
from scrapy.exceptions import IgnoreRequest

from newsscraper.state import (
    HTTP_FIELDS,
    MemoryState,
    SqliteState,
    StateEntry,
    VersionState,
)

__all__ = [
    "ARTICLE",
    "LASTMOD",
    "ConditionalRequestMiddleware",
    "CrawlState",
    "crawl_state",
    "open_state",
    "replay_output",
]

logger = logging.getLogger(__name__)

#: Request meta keys the spider sets: an article request, and its sitemap <lastmod>.
ARTICLE = "newsscraper_article"
LASTMOD = "newsscraper_lastmod"
#: Only the last records can be uncommitted after a kill: each commit follows its own write.
_REPLAY_BYTES = 1 << 20

_shared: weakref.WeakKeyDictionary[Any, CrawlState] = weakref.WeakKeyDictionary()


class CrawlState:
    """A `VersionState` plus the HTTP facts noted this run, merged into each URL's commit."""

    def __init__(self, inner: VersionState) -> None:
        self.inner = inner
        self._notes: dict[str, dict[str, str | int | None]] = {}

    def get(self, url: str) -> StateEntry | None:
        return self.inner.get(url)

    def note(self, url: str, **http: str | int | None) -> None:
        """Remember `url`'s HTTP facts until its commit (or forget them with the run)."""
        self._notes[url] = http

    def commit(
        self, url: str, *, content_hash: str, version: int, **http: str | int | None
    ) -> None:
        merged = {**self._notes.pop(url, {}), **http}
        self.inner.commit(url, content_hash=content_hash, version=version, **merged)

    def refresh(self, entry: StateEntry, **http: str | int | None) -> None:
        """Update the HTTP facts of an unchanged URL; its durable record stays the same."""
        kept = {name: getattr(entry, name) for name in HTTP_FIELDS}
        # Older facts < facts noted by the spider this run < the caller's.
        merged = {**kept, **self._notes.pop(entry.url, {}), **http}
        self.inner.commit(entry.url, content_hash=entry.content_hash, version=entry.version,
                          **merged)

    def close(self) -> None:
        self._notes.clear()
        self.inner.close()


def open_state(spec: str | None, output: str | None = None) -> CrawlState:
    """The state ``spec`` names (unset or ":memory:": in memory; else a SQLite path)."""
    inner: VersionState
    if spec in (None, "", ":memory:"):
        inner = MemoryState()
    else:
        inner = SqliteState(Path(str(spec)).expanduser())
        if output and output != "-":
            replay_output(inner, Path(output))
    return CrawlState(inner)


def crawl_state(crawler: Any) -> CrawlState:
    """The crawler's one state, opened on first use from its settings."""
    state = _shared.get(crawler)
    if state is None:
        settings = crawler.settings
        state = open_state(settings.get("NEWSSCRAPER_STATE"), settings.get("NEWSSCRAPER_OUTPUT"))
        _shared[crawler] = state
    return state


def replay_output(state: VersionState, output: Path) -> int:
    """Commit the output's last complete records that `state` lacks; how many it committed."""
    try:
        with output.open("rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            start = max(0, size - _REPLAY_BYTES)
            fh.seek(start)
            tail = fh.read()
    except FileNotFoundError:
        return 0
    lines = tail.split(b"\n")[:-1]  # the last piece lacks its newline: torn or empty
    if start > 0:
        lines = lines[1:]  # begins mid-line
    replayed = sum(_replay(state, line) for line in lines)
    if replayed:
        logger.warning(
            "%d record(s) at the end of %s were written but not committed to the state "
            "(the last run was killed); committed them now, so they are not emitted again",
            replayed, output,
        )
    return replayed


def _replay(state: VersionState, line: bytes) -> bool:
    try:
        record = orjson.loads(line)
        url, digest, version = record["url"], record["content_hash"], record["version"]
    except (orjson.JSONDecodeError, KeyError, TypeError):
        return False
    if not (isinstance(url, str) and isinstance(digest, str) and isinstance(version, int)):
        return False
    entry = state.get(url)
    if entry is not None and (entry.content_hash == digest or entry.version >= version):
        return False
    fetched_at = record.get("fetched_at")
    state.commit(url, content_hash=digest, version=version,
                 fetched_at=fetched_at if isinstance(fetched_at, str) else None)
    return True


class ConditionalRequestMiddleware:
    """Sends If-None-Match / If-Modified-Since for known articles; a 304 ends the request.

    A 304 costs no article download and emits nothing: the request is ignored (counted as
    ``newsscraper/not_modified``) and only the URL's HTTP facts are refreshed.
    """

    def __init__(self, state: CrawlState, stats: Any) -> None:
        self.state = state
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> ConditionalRequestMiddleware:
        return cls(crawl_state(crawler), crawler.stats)

    def process_request(self, request: Any, spider: object = None) -> None:
        # A redirect copies the headers of the URL it came from: never send those validators.
        request.headers.pop(b"If-None-Match", None)
        request.headers.pop(b"If-Modified-Since", None)
        if not request.meta.get(ARTICLE):
            return
        entry = self.state.get(request.url)
        if entry is None:
            return
        if entry.etag:
            request.headers[b"If-None-Match"] = entry.etag
        if entry.last_modified:
            request.headers[b"If-Modified-Since"] = entry.last_modified

    def process_response(self, request: Any, response: Any, spider: object = None) -> Any:
        if response.status != 304:
            return response
        self.stats.inc_value("newsscraper/not_modified")
        entry = self.state.get(request.url)
        if entry is not None:
            lastmod = request.meta.get(LASTMOD) or entry.sitemap_lastmod
            self.state.refresh(entry, status=304, sitemap_lastmod=lastmod)
        raise IgnoreRequest(f"not modified since the last run: {request.url}")
