"""Which sitemaps and feeds a later run may fetch conditionally (If-None-Match / -Modified-Since).

A re-run of an unchanged site spends most of its crawl reading sitemaps: every urlset again,
every entry checked against the state. A 304 for a urlset skips all of that, but only when a
304 really means "nothing in here needs a request", so validators are kept for a document only
when, at the end of a run that went idle normally (not killed, not stopped):

- it was read in full this run (a 200 with an ETag or a Last-Modified), and is a urlset or a
  feed, never a sitemap index (an index's children may change while the index stays the same);
- every entry carries a date (``<lastmod>``, Atom ``<updated>``): an undated entry is checked
  with a conditional request on every run, which a 304 for its document would skip;
- every entry the crawl would request is settled: the state holds it with a lastmod no older
  than the entry's. An entry that failed, was deferred, cut by ``max_pages`` or ``since``, or
  redirected elsewhere is not, and its document is read in full again next time.

Everything else has its validators dropped. A kill -9 mid-run settles nothing, so a resumed run
reads in full every document that changed since the last completed run (the one whose
validators it holds) and finds the entries the killed run had not reached; an unchanged one
still lists only entries that run settled.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from scrapy.http import Response

from newsscraper.crawlstate import CrawlState
from newsscraper.spiders.target import not_newer
from newsscraper.state import Validators

__all__ = ["DocumentLedger"]

#: (entry URL as the crawl would request it, its date)
Dated = tuple[str, str | None]


@dataclass(slots=True)
class _Read:
    validators: Validators
    entries: list[Dated]
    source: str  # "sitemap" | "feed": what the frontier asks of its entries


class DocumentLedger:
    """The sitemaps and feeds read in full this run, and what they listed."""

    def __init__(self) -> None:
        self._read: dict[str, _Read] = {}

    def __len__(self) -> int:
        return len(self._read)

    def read(self, response: Response, entries: Iterable[Dated], source: str) -> None:
        """A urlset or feed answered 200 with these entries."""
        listed = list(entries)
        validators = Validators(_header(response, b"ETag"), _header(response, b"Last-Modified"))
        if any(date is None for _, date in listed):
            validators = Validators()  # undated entries: no conditional fetch of this one
        self._read[response.url] = _Read(validators, listed, source)

    def settle(self, state: CrawlState, wanted: Callable[[str, str], bool]) -> int:
        """Keep or drop each document's validators in `state`; how many were kept.

        `wanted(url, source)` says whether the crawl would request an entry at all (on site,
        possibly an article): entries it would skip anyway need not be settled.
        """
        kept = 0
        for url, read in self._read.items():
            complete = bool(read.validators) and all(
                _settled(state, entry, date) for entry, date in read.entries
                if wanted(entry, read.source))
            state.keep_document(url, read.validators if complete else None)
            kept += complete
        self._read.clear()
        return kept


def _settled(state: CrawlState, url: str, date: str | None) -> bool:
    """The state holds the URL as fetched at (or after) the date the document gives it."""
    entry = state.get(url)
    return entry is not None and not_newer(date, entry.sitemap_lastmod)


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None
