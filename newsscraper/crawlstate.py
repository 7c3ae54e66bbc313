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

Resuming (RELIABILITY.md #13: "the resume does only the remaining work"): a crawl marks in the
state when it began and clears the mark when it completes. A run that finds the mark left by a
killed or stopped run resumes that crawl: pages it fetched, or confirmed with a 304, since the
crawl began are not requested again — not even conditionally — until a run completes and the
next one starts afresh.
"""

from __future__ import annotations

import logging
import os
import weakref
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
from scrapy.exceptions import IgnoreRequest

from newsscraper.state import (
    HTTP_FIELDS,
    SKIPPED,
    MemoryState,
    SqliteState,
    StateEntry,
    Validators,
    VersionState,
)

__all__ = [
    "ARTICLE",
    "CRAWL_STARTED",
    "DOCUMENT",
    "LASTMOD",
    "SKIPPED",
    "ConditionalRequestMiddleware",
    "CrawlState",
    "crawl_state",
    "lasting_skip",
    "open_state",
    "replay_output",
]

logger = logging.getLogger(__name__)

#: Request meta keys the spider sets: an article request, and its sitemap <lastmod>; a
#: sitemap or feed request (conditional when the state keeps its validators).
ARTICLE = "newsscraper_article"
LASTMOD = "newsscraper_lastmod"
DOCUMENT = "newsscraper_document"
#: Only the last records can be uncommitted after a kill: each commit follows its own write.
_REPLAY_BYTES = 1 << 20
#: State mark: when the crawl under way began (ISO 8601); cleared when a run completes.
CRAWL_STARTED = "crawl_started"


def lasting_skip(reason: str) -> bool:
    """Whether a page `extract` skipped for `reason` is what it is for as long as its bytes
    are: the kind of page (a tag page under an article-shaped address, a web story, a legal
    page, a feed). The next run then trusts its unchanged sitemap `<lastmod>` as it does an
    article's, and does not request it at all. Every skipped page is kept in the state and
    asked for conditionally next time (a 304: nothing to download or extract); but a missing
    body or title, or an error page, may be passing (a challenge page, a story not yet filled
    in, a 404 served as 200), so for those the `<lastmod>` alone never spares the request.

    >>> lasting_skip("not an article (a web story)"), lasting_skip("not an article")
    (True, True)
    >>> lasting_skip("not an HTML page (an RSS feed)")
    True
    >>> lasting_skip("not an article (an error page)"), lasting_skip("no body")
    (False, False)
    """
    return reason.startswith(("not an article", "not an HTML page")) \
        and "error page" not in reason

_shared: weakref.WeakKeyDictionary[Any, CrawlState] = weakref.WeakKeyDictionary()


class CrawlState:
    """A `VersionState` plus the HTTP facts noted this run, merged into each URL's commit."""

    def __init__(self, inner: VersionState) -> None:
        self.inner = inner
        self._notes: dict[str, dict[str, str | int | None]] = {}
        #: When the interrupted crawl this run resumes began; None on a fresh crawl.
        self.resuming_since: datetime | None = None

    def begin(self, now: datetime, *, max_age: float = 86400.0) -> None:
        """Start a crawl, or go on with the one a killed or stopped run left unfinished.

        An unfinished crawl older than `max_age` seconds is not resumed (a job killed at the
        same point every time would otherwise never check its pages again): a new one starts.
        """
        started = self.inner.mark(CRAWL_STARTED)
        since = _when(started)
        if since is not None and (now - since).total_seconds() > max_age:
            logger.warning("the last run did not complete, but its crawl began at %s, more than "
                           "%g s ago (NEWSSCRAPER_RESUME_MAX_AGE): starting a new one", started,
                           max_age)
            since = None
        if since is None:
            self.inner.set_mark(CRAWL_STARTED, now.isoformat())
            return
        self.resuming_since = since
        logger.warning("the last run did not complete (killed or stopped): resuming the crawl "
                       "it began at %s; pages fetched since then are not requested again",
                       started)

    def complete(self) -> None:
        """The crawl is done: the next run starts a new one and checks every page again."""
        self.inner.set_mark(CRAWL_STARTED, None)
        self.resuming_since = None

    def done_before(self, entry: StateEntry) -> bool:
        """Whether the interrupted crawl this run resumes fetched or confirmed the page."""
        if self.resuming_since is None:
            return False
        fetched = _when(entry.fetched_at)
        return fetched is not None and fetched >= self.resuming_since

    def __len__(self) -> int:
        """How many URLs the state holds."""
        return len(self.inner)

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

    def date_late(self, url: str, lastmod: str) -> None:
        """A sitemap read after `url` was fetched this run (undated: a news sitemap's or a
        feed's entry, a listing's link) dates it: its `<lastmod>` joins the page's facts, so
        the next run trusts it unchanged as it trusts any other. Not for a page skipped as
        passing (`lasting_skip`): that one is asked for again whatever its date."""
        if url in self._notes:
            self._notes[url]["sitemap_lastmod"] = lastmod
            return
        entry = self.inner.get(url)
        if entry is None or entry.sitemap_lastmod is not None:
            return
        if entry.content_hash.startswith(SKIPPED) \
                and not lasting_skip(entry.content_hash[len(SKIPPED):]):
            return
        self.refresh(entry, sitemap_lastmod=lastmod)

    def refresh(self, entry: StateEntry, **http: str | int | None) -> None:
        """Update the HTTP facts of an unchanged URL; its durable record stays the same."""
        kept = {name: getattr(entry, name) for name in HTTP_FIELDS}
        # Older facts < facts noted by the spider this run < the caller's.
        merged = {**kept, **self._notes.pop(entry.url, {}), **http}
        self.inner.commit(entry.url, content_hash=entry.content_hash, version=entry.version,
                          **merged)

    def document(self, url: str) -> Validators | None:
        """The validators of a sitemap or feed whose entries were all settled last time."""
        return self.inner.document(url)

    def keep_document(self, url: str, validators: Validators | None) -> None:
        """Keep (None: forget) a document's validators (spiders/documents.py decides)."""
        self.inner.keep_document(url, validators)

    def mark(self, name: str) -> str | None:
        """A named value kept between runs (the VersionState seam)."""
        return self.inner.mark(name)

    def set_mark(self, name: str, value: str | None) -> None:
        """Keep (None: forget) a named value."""
        self.inner.set_mark(name, value)

    def close(self) -> None:
        self._notes.clear()
        self.inner.close()


def _when(text: str | None) -> datetime | None:
    """An aware datetime from a stored ISO 8601 stamp; None when missing or unreadable."""
    if not text:
        return None
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return None
    return when if when.tzinfo is not None else None


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
    """Sends If-None-Match / If-Modified-Since for known articles and settled sitemaps and
    feeds; a 304 ends the request.

    A 304 costs no article download and emits nothing: the request is ignored (counted as
    ``newsscraper/not_modified``) and only the URL's HTTP facts are refreshed. A 304 for a
    sitemap or feed (``newsscraper/documents_not_modified``) means its entries are what they
    were when every one of them was last settled: nothing in it needs a request.
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
        found: StateEntry | Validators | None = None
        if request.meta.get(ARTICLE):
            found = self.state.get(request.url)
        elif request.meta.get(DOCUMENT):
            found = self.state.document(request.url)
        if found is None:
            return
        if found.etag:
            request.headers[b"If-None-Match"] = found.etag
        if found.last_modified:
            request.headers[b"If-Modified-Since"] = found.last_modified

    def process_response(self, request: Any, response: Any, spider: object = None) -> Any:
        if response.status != 304:
            return response
        if request.meta.get(DOCUMENT):
            self.stats.inc_value("newsscraper/documents_not_modified")
            raise IgnoreRequest(f"sitemap or feed not modified since the last run: {request.url}")
        self.stats.inc_value("newsscraper/not_modified")
        entry = self.state.get(request.url)
        if entry is not None:
            lastmod = request.meta.get(LASTMOD) or entry.sitemap_lastmod
            # fetched_at: when the page was last confirmed current (a resumed crawl skips it).
            confirmed = datetime.now(UTC).replace(microsecond=0).isoformat()
            self.state.refresh(entry, status=304, sitemap_lastmod=lastmod, fetched_at=confirmed)
        raise IgnoreRequest(f"not modified since the last run: {request.url}")
