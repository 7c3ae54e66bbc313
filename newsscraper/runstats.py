"""Run accounting for crawls: record outcomes into Scrapy stats, progress lines, the summary.

`RunStats` (an extension, on in settings.py) counts what Scrapy does not: records new and
updated (``newsscraper/records/*``), drops by their short key (``newsscraper/dropped/*``:
"unchanged", "invalid title", …), and logs a progress line every
``NEWSSCRAPER_PROGRESS_INTERVAL`` seconds on long runs. `summary(stats)` turns a finished
crawl's stats into the few lines `newsscraper crawl` prints to stderr.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import signals
from scrapy.utils.asyncio import create_looping_call

from newsscraper.items import Article

__all__ = ["RunStats", "summary"]

logger = logging.getLogger("newsscraper.progress")

_SKIP = "newsscraper/skip/"
_DROP = "newsscraper/dropped/"


class RunStats:
    """Counts record outcomes in the crawler's stats and reports progress."""

    def __init__(self, crawler: Any) -> None:
        self.stats = crawler.stats
        self.interval = crawler.settings.getfloat("NEWSSCRAPER_PROGRESS_INTERVAL", 30.0)
        self._loop: Any = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> RunStats:
        extension = cls(crawler)
        crawler.signals.connect(extension.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(extension.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def item_scraped(self, item: Any, **kwargs: Any) -> None:
        # Sent once every pipeline has taken the item: the writer has flushed it.
        new = isinstance(item, Article) and item.version == 1
        self.stats.inc_value(f"newsscraper/records/{'new' if new else 'updated'}")

    def item_dropped(self, exception: BaseException, **kwargs: Any) -> None:
        key = getattr(exception, "key", None) or type(exception).__name__
        self.stats.inc_value(f"{_DROP}{key}")

    def spider_opened(self, **kwargs: Any) -> None:
        if self.interval > 0:
            self._loop = create_looping_call(self.report)
            self._loop.start(self.interval, now=False)

    def spider_closed(self, **kwargs: Any) -> None:
        if self._loop is not None and self._loop.running:
            self._loop.stop()

    def report(self) -> None:
        get = self.stats.get_value
        logger.info(
            "%d requests, %d responses, %d records (%d new, %d updated), %d unchanged",
            get("downloader/request_count", 0), get("response_received_count", 0),
            get("newsscraper/records/new", 0) + get("newsscraper/records/updated", 0),
            get("newsscraper/records/new", 0), get("newsscraper/records/updated", 0),
            _unchanged(self.stats.get_stats()),
        )


def _unchanged(stats: dict[str, Any]) -> int:
    return int(stats.get(f"{_DROP}unchanged", 0))


def summary(stats: dict[str, Any], label: str) -> str:
    """A few aligned lines for stderr, from a finished crawl's stats."""
    elapsed = float(stats.get("elapsed_time_seconds") or 0.0)
    requests = int(stats.get("downloader/request_count", 0))
    skipped = _with_prefix(stats, _SKIP)
    dropped = {k: v for k, v in _with_prefix(stats, _DROP).items() if k != "unchanged"}
    deferred = _with_prefix(stats, "newsscraper/deferred/")
    blocked = _with_prefix(stats, "newsscraper/blocked/")
    rows = [
        ("requests", requests, f"({requests / max(elapsed, 1e-6):.1f}/s)"),
        ("not modified", stats.get("newsscraper/not_modified", 0), "(304: no download)"),
        ("lastmod same", stats.get("newsscraper/unchanged_lastmod", 0), "(not requested)"),
        ("done before", stats.get("newsscraper/done_before", 0),
         "(fetched by the interrupted run now resumed)"),
        ("sitemaps same", stats.get("newsscraper/documents_not_modified", 0),
         "(304: sitemaps and feeds not read again)"),
        ("sitemaps dated", stats.get("newsscraper/unchanged_sitemap", 0),
         "(an index's lastmod: not requested)"),
        ("records new", stats.get("newsscraper/records/new", 0), ""),
        ("records updated", stats.get("newsscraper/records/updated", 0), ""),
        ("unchanged", _unchanged(stats), "(fetched, same title and body)"),
        ("skipped", sum(skipped.values()), _by_reason(skipped)),
        ("dropped", sum(dropped.values()), _by_reason(dropped)),
        ("deferred", sum(deferred.values()), _by_reason(deferred) or "(to the next run)"),
        ("hosts parked", stats.get("newsscraper/hosts_parked", 0), "(429/503 storm)"),
        ("blocked", sum(blocked.values()), _by_reason(blocked)),
        ("errors", stats.get("log_count/ERROR", 0), ""),
    ]
    reason = stats.get("finish_reason", "not started")
    lines = [f"newsscraper crawl {label}: {reason} in {elapsed:.2f} s"]
    lines += [f"  {name:<16}{count:>8}  {extra}".rstrip() for name, count, extra in rows]
    return "\n".join(lines)


def _with_prefix(stats: dict[str, Any], prefix: str) -> dict[str, int]:
    return {k[len(prefix):]: int(v) for k, v in stats.items() if k.startswith(prefix)}


def _by_reason(counts: dict[str, int]) -> str:
    # Most frequent first; ties by name, so the summary reads the same run after run.
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return ", ".join(f"{reason}: {n}" for reason, n in ordered)
