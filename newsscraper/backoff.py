"""What a crawl does when a host answers 429 Too Many Requests or 503 Service Unavailable.

Scrapy retries such answers at once and as fast as its delay allows, which keeps hammering a
host that has just asked for less (scrapy/scrapy#3849). `BackoffMiddleware` slows down per
host instead, without holding up the other hosts of the crawl:

- **Retry-After** (seconds or an HTTP date, RELIABILITY.md #3): the host's download slot is
  paused until the server's time; the stock RetryMiddleware then retries the request into the
  paused slot. Such an honoured wait does not use up the URL's ``RETRY_TIMES`` (up to
  ``NEWSSCRAPER_RETRY_AFTER_TIMES`` waits), since the server said when to come back. A wait
  longer than ``NEWSSCRAPER_RETRY_AFTER_MAX`` seconds defers the URL to the next run instead:
  it is never committed to the state, so the next scheduled run fetches it.
- **No Retry-After** (a 429/503 storm, RELIABILITY.md #4): the slot is paused for
  ``delay · 2^n`` seconds, n being the host's consecutive failures and delay the larger of
  ``NEWSSCRAPER_BACKOFF_BASE`` and the host's own delay, capped at ``NEWSSCRAPER_BACKOFF_MAX``.
  Only answers to requests sent after the last pause began count towards n: the requests that
  were already in flight belong to the same burst. Any other answer resets n. After
  ``NEWSSCRAPER_BACKOFF_PARK_AFTER`` consecutive failures the host is *parked* for the rest of
  the run: its queued and later requests are dropped as deferred (left for the next run), the
  reason is logged once, and the summary counts the host.

Pauses are set from the `response_downloaded` signal, which the downloader sends before it
hands the slot its next request; by the time a response reaches `process_response`, the slot
may have sent several more. `process_response` (order 560: before RetryMiddleware's 550 on the
way back) only logs, counts, extends the retry budget and defers.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any

from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from scrapy.utils.asyncio import call_later
from scrapy.utils.httpobj import urlparse_cached

__all__ = ["BackoffMiddleware", "backoff_wait", "parse_retry_after"]

logger = logging.getLogger(__name__)

#: Request meta: how many Retry-After waits this URL has honoured (carried over by retries).
RETRY_AFTER_COUNT = "newsscraper_retry_after"
#: Stats prefixes read by `runstats.summary`.
DEFERRED = "newsscraper/deferred/"
PARKED = "newsscraper/hosts_parked"


def parse_retry_after(value: str, *, now: float) -> float | None:
    """Seconds to wait from a Retry-After value (delta-seconds or HTTP-date); None if invalid.

    >>> parse_retry_after("5", now=0.0)
    5.0
    >>> parse_retry_after("Thu, 01 Jan 1970 00:01:00 GMT", now=30.0)
    30.0
    >>> parse_retry_after("soon", now=0.0) is None
    True
    """
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - now)


def backoff_wait(failures: int, delay: float, cap: float) -> float:
    """``delay · 2^failures`` seconds, at most `cap`: the pause after a header-less 429/503.

    >>> [backoff_wait(n, 1.0, 60.0) for n in (1, 2, 3, 4, 6)]
    [2.0, 4.0, 8.0, 16.0, 60.0]
    """
    return float(min(cap, delay * 2 ** min(failures, 32)))


@dataclass(slots=True)
class _Host:
    """One download slot's back-off state."""

    failures: int = 0
    #: time.monotonic() when the current pause began: answers to older requests don't count.
    window: float = float("-inf")
    #: time.monotonic() until which the slot is paused (the longest pause asked for wins).
    until: float = 0.0
    #: Why the host is parked for the rest of the run; None while it is not.
    parked: str | None = None


class BackoffMiddleware:
    """Pauses a host on 429/503 (Retry-After, else exponential back-off); parks a storming host.

    See the module docstring. One instance per crawl; hosts are the downloader's slot keys.
    """

    def __init__(self, crawler: Any) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.max_wait = settings.getfloat("NEWSSCRAPER_RETRY_AFTER_MAX", 120.0)
        self.retry_after_times = settings.getint("NEWSSCRAPER_RETRY_AFTER_TIMES", 5)
        self.retry_times = settings.getint("RETRY_TIMES")
        self.base = settings.getfloat("NEWSSCRAPER_BACKOFF_BASE", 1.0)
        self.cap = settings.getfloat("NEWSSCRAPER_BACKOFF_MAX", 60.0)
        self.park_after = settings.getint("NEWSSCRAPER_BACKOFF_PARK_AFTER", 5)
        codes = settings.getlist("NEWSSCRAPER_BACKOFF_HTTP_CODES", [429, 503])
        self.codes = frozenset(int(code) for code in codes)
        self._hosts: dict[str, _Host] = {}

    @classmethod
    def from_crawler(cls, crawler: Any) -> BackoffMiddleware:
        middleware = cls(crawler)
        crawler.signals.connect(middleware._downloaded, signal=signals.response_downloaded)
        return middleware

    # --- the downloader's side: pauses ------------------------------------------------------

    def _downloaded(self, response: Response, request: Request, **kwargs: Any) -> None:
        """Pause (or park) the slot before it sends its next request."""
        key = _slot_key(request)
        if response.status not in self.codes:
            if key in self._hosts:
                self._hosts[key].failures = 0
            return
        wait = self._retry_after(response)
        if wait is not None:
            if wait <= self.max_wait:
                self._pause(key, wait)
            return  # the server said when: neither a storm failure nor a reset
        self._failed(key, request)

    def _failed(self, key: str, request: Request) -> None:
        """Count a header-less 429/503 towards the host's back-off, unless it is stale."""
        host = self._hosts.setdefault(key, _Host())
        if host.parked is not None:
            return
        now = time.monotonic()
        sent = now - float(request.meta.get("download_latency") or 0.0)
        if sent < host.window:
            return  # sent before the current pause began: the same burst, already counted
        host.failures += 1
        if host.failures >= self.park_after:
            self._park(key, host, f"{host.failures} answers of 429/503 in a row")
            return
        wait = backoff_wait(host.failures, max(self.base, self._slot_delay(key)), self.cap)
        host.window = now
        logger.info("%s: %d answers of 429/503 in a row; no request to this host for %.1f s",
                    key, host.failures, wait)
        self._pause(key, wait)

    def _park(self, key: str, host: _Host, reason: str) -> None:
        """Stop requesting `key` for the rest of the run; drop what its slot holds."""
        host.parked = reason
        self.crawler.stats.inc_value(PARKED)
        logger.warning("%s: %s; host parked for the rest of this run, its URLs are left for "
                       "the next run (NEWSSCRAPER_BACKOFF_PARK_AFTER)", key, reason)
        slot = self.crawler.engine.downloader.slots.get(key)
        if slot is None:
            return
        if slot.latercall is not None:
            slot.latercall.cancel()
            slot.latercall = None
        while slot.queue:  # vetted already, waiting for the slot: never sent now
            _, deferred = slot.queue.popleft()
            self.crawler.stats.inc_value(DEFERRED + "host parked")
            deferred.errback(IgnoreRequest(f"host parked: {reason}"))

    def _pause(self, key: str, seconds: float) -> None:
        """Hold the slot's queue for `seconds`, unless a longer pause already holds it."""
        if seconds <= 0:
            return
        host = self._hosts.setdefault(key, _Host())
        until = time.monotonic() + seconds
        if until <= host.until:
            return
        host.until = until
        downloader = self.crawler.engine.downloader
        slot = downloader.slots.get(key)
        if slot is None:
            return
        # The downloader holds a slot's queue while `slot.latercall` is pending (checked in
        # Scrapy 2.19's Downloader._process_queue); replacing a shorter delay timer is safe,
        # since _process_queue recomputes the delay when the timer fires.
        if slot.latercall is not None:
            slot.latercall.cancel()
        slot.latercall = call_later(seconds, downloader._latercall, slot)
        # Keeps the idle-slot collector from dropping the slot (and its pause) meanwhile.
        slot.lastseen = max(slot.lastseen, until)

    def _slot_delay(self, key: str) -> float:
        """The host's own delay (DOWNLOAD_DELAY, Crawl-delay, AutoThrottle's): back-off starts
        from the larger of it and NEWSSCRAPER_BACKOFF_BASE."""
        slot = self.crawler.engine.downloader.slots.get(key)
        return float(slot.delay) if slot is not None else 0.0

    def _retry_after(self, response: Response) -> float | None:
        """Seconds the server asked for on a 429/503, or None (no header, or unreadable)."""
        header = response.headers.get(b"Retry-After")
        if response.status not in (429, 503) or not header:
            return None
        # time.time(): an HTTP date is wall-clock time; the pause runs on the loop's clock.
        return parse_retry_after(header.decode("latin-1"), now=time.time())

    # --- the middleware's side: drop, defer, count -------------------------------------------

    def process_request(self, request: Request, spider: object = None) -> None:
        """A parked host gets no request for the rest of the run."""
        host = self._hosts.get(_slot_key(request))
        if host is not None and host.parked is not None:
            self._defer(request, "host parked")

    def process_response(self, request: Request, response: Response, spider: object = None
                         ) -> Any:
        """Log and count a Retry-After, defer it when over the cap; no retries for a parked
        host. The pause itself was set in `_downloaded`."""
        host = self._hosts.get(_slot_key(request))
        if host is not None and host.parked is not None and response.status in self.codes:
            self._defer(request, "host parked")  # in flight when parked: no retry
        wait = self._retry_after(response)
        if wait is None:
            return response  # RetryMiddleware's ordinary retry, into the paused slot
        if wait > self.max_wait:
            logger.warning(
                "deferring %s to the next run: Retry-After %.0f s is above the %.0f s cap "
                "(NEWSSCRAPER_RETRY_AFTER_MAX)", request.url, wait, self.max_wait,
            )
            self._defer(request, "Retry-After over the cap")
        self.crawler.stats.inc_value("newsscraper/retry_after")
        self._spare_retry(request)
        logger.info("%s answered %d: no request to %s for %.1f s (Retry-After)",
                    request.url, response.status, urlparse_cached(request).hostname, wait)
        return response

    def _spare_retry(self, request: Request) -> None:
        """An honoured Retry-After does not use up the URL's RETRY_TIMES (up to a bound)."""
        honoured = int(request.meta.get(RETRY_AFTER_COUNT, 0)) + 1
        if honoured > self.retry_after_times:
            return
        request.meta[RETRY_AFTER_COUNT] = honoured
        request.meta["max_retry_times"] = self.retry_times + honoured

    def _defer(self, request: Request, reason: str) -> None:
        """Drop the request uncommitted, so the next scheduled run fetches the URL."""
        self.crawler.stats.inc_value(DEFERRED + reason)
        raise IgnoreRequest(f"{reason}: {request.url} deferred to the next run")


def _slot_key(request: Request) -> str:
    """The downloader slot a request goes to (set by the downloader; its host before that)."""
    key = request.meta.get("download_slot")
    return str(key) if key is not None else urlparse_cached(request).hostname or ""
