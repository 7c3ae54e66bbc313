"""Downloader middlewares for politeness Scrapy leaves out: Retry-After, and robots.txt failures.

- `RetryAfterMiddleware`: a 429 or 503 carrying ``Retry-After`` (seconds or an HTTP date)
  pauses that host's download slot until the server's time, while other hosts carry on; the
  stock RetryMiddleware then retries the request into the paused slot. A wait longer than
  ``NEWSSCRAPER_RETRY_AFTER_MAX`` seconds defers the URL to the next run instead (it is never
  committed to the state, so the next scheduled run fetches it). Scrapy has no Retry-After
  support (scrapy/scrapy#3849); RELIABILITY.md #3.
- `SameSiteMiddleware`: Scrapy's OffsiteMiddleware (which also vets redirects) compares host
  names only, so 127.0.0.1:8001 passes for 127.0.0.1:8000, and a site in a folder of a shared
  host owns the whole host. It also asks the spider's `on_site(url)` when there is one.
- `RobotsPolicyMiddleware`: Scrapy's RobotsTxtMiddleware parses whatever body a robots.txt
  request returns, so a 503 page means "allow everything". RFC 9309 §2.3.1.3 says the opposite:
  a server error means "assume complete disallow". Here a 5xx, a 429 or a failed download
  keeps the crawl off that host for the run; 4xx means no rules; only the first 512 KiB are
  parsed (RFC 9309 §2.5); ``Crawl-delay`` is kept as a floor under the host's delay, and one
  above ``NEWSSCRAPER_MAX_CRAWL_DELAY`` skips the host. It also sends `robots_fetched`, so
  the spider reads the ``Sitemap:`` lines without fetching robots.txt a second time.
"""

from __future__ import annotations

import logging
import time
from email.utils import parsedate_to_datetime
from typing import Any

from scrapy import signals
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from scrapy.robotstxt import RobotParser
from scrapy.utils.asyncio import call_later
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred

__all__ = ["RetryAfterMiddleware", "RobotsPolicyMiddleware", "SameSiteMiddleware",
           "parse_retry_after", "robots_fetched"]

logger = logging.getLogger(__name__)

#: Signal: a robots.txt was read. kwargs: netloc (str), status (int), body (bytes).
robots_fetched = object()

#: RFC 9309 §2.5: crawlers must parse at least 500 KiB; more is not owed to anyone.
ROBOTS_MAX_BYTES = 512 * 1024


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


class RetryAfterMiddleware:
    """Pauses a host's slot for a 429/503 Retry-After; defers the URL when the wait is too long.

    The pause is set from the `response_downloaded` signal, which the downloader sends before
    it hands the slot its next request; by the time the response reaches `process_response`,
    the slot may have sent several more. `process_response` (order > 550, so before
    RetryMiddleware) only logs, counts and defers.
    """

    def __init__(self, crawler: Any, max_wait: float) -> None:
        self.crawler = crawler
        self.max_wait = max_wait

    @classmethod
    def from_crawler(cls, crawler: Any) -> RetryAfterMiddleware:
        middleware = cls(crawler, crawler.settings.getfloat("NEWSSCRAPER_RETRY_AFTER_MAX", 120.0))
        crawler.signals.connect(middleware._downloaded, signal=signals.response_downloaded)
        return middleware

    def _wait(self, response: Response) -> float | None:
        header = response.headers.get(b"Retry-After")
        if response.status not in (429, 503) or not header:
            return None
        # time.time(): an HTTP date is wall-clock time; the pause runs on the loop's clock.
        return parse_retry_after(header.decode("latin-1"), now=time.time())

    def _downloaded(self, response: Response, request: Request, **kwargs: Any) -> None:
        wait = self._wait(response)
        if wait is not None and wait <= self.max_wait:
            self._pause(request.meta.get("download_slot") or "", wait)

    def process_response(self, request: Request, response: Response, spider: object = None) -> Any:
        wait = self._wait(response)
        if wait is None:
            return response  # RetryMiddleware's ordinary back-off
        if wait > self.max_wait:
            self.crawler.stats.inc_value("newsscraper/deferred")
            logger.warning(
                "deferring %s to the next run: Retry-After %.0f s is above the %.0f s cap "
                "(NEWSSCRAPER_RETRY_AFTER_MAX)", request.url, wait, self.max_wait,
            )
            raise IgnoreRequest(f"Retry-After {wait:.0f} s: deferred to the next run")
        self.crawler.stats.inc_value("newsscraper/retry_after")
        logger.info("%s answered %d: no request to %s for %.1f s (Retry-After)",
                    request.url, response.status, urlparse_cached(request).hostname, wait)
        return response

    def _pause(self, key: str, seconds: float) -> None:
        downloader = self.crawler.engine.downloader
        slot = downloader.slots.get(key)
        if slot is None or seconds <= 0:
            return
        # The downloader holds a slot's queue while `slot.latercall` is pending (checked in
        # Scrapy 2.19's Downloader._process_queue); replacing a shorter delay timer is safe,
        # since _process_queue recomputes the delay when the timer fires.
        if slot.latercall is not None:
            slot.latercall.cancel()
        slot.latercall = call_later(seconds, downloader._latercall, slot)
        # Keeps the idle-slot collector from dropping the slot (and its pause) meanwhile.
        slot.lastseen = max(slot.lastseen, time.monotonic() + seconds)


class _DisallowAll(RobotParser):
    """The rules of a host whose robots.txt could not be read: nothing may be fetched."""

    def __init__(self, reason: str) -> None:
        self.reason = reason

    @classmethod
    def from_crawler(cls, crawler: Any, robotstxt_body: bytes) -> _DisallowAll:
        return cls("unreadable robots.txt")

    def allowed(self, url: str | bytes, user_agent: str | bytes) -> bool:
        return False


class RobotsPolicyMiddleware(RobotsTxtMiddleware):
    """RobotsTxtMiddleware with RFC 9309's error handling and Crawl-delay (module docstring)."""

    def __init__(self, crawler: Any) -> None:
        super().__init__(crawler)
        self._max_delay = crawler.settings.getfloat("NEWSSCRAPER_MAX_CRAWL_DELAY", 30.0)
        self._obey_delay = crawler.settings.getbool("NEWSSCRAPER_OBEY_CRAWL_DELAY", True)
        self._delays: dict[str, float] = {}

    @classmethod
    def from_crawler(cls, crawler: Any) -> RobotsPolicyMiddleware:
        middleware = cls(crawler)
        # Connected after AutoThrottle's handler (extensions exist before middlewares), so
        # the floor is back in place before the slot sends its next request.
        crawler.signals.connect(middleware._floor_delay, signal=signals.response_downloaded)
        return middleware

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        status = response.status
        if status >= 500 or status == 429:
            self._disallow(netloc, f"robots.txt answered {status}")
            return
        body = b"" if status >= 400 else response.body[:ROBOTS_MAX_BYTES]
        await super()._parse_robots(response.replace(body=body), netloc, request)
        parser = self._parsers.get(netloc)
        if isinstance(parser, RobotParser) and self._obey_delay:
            self._read_crawl_delay(parser, netloc, request)
        self.crawler.signals.send_catch_log(
            signal=robots_fetched, netloc=netloc, status=status, body=body
        )

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        # Scrapy answers "no parser" (allow all) here; a timeout, a refused connection or a
        # deferred Retry-After is no permission either.
        self._stats.inc_value(f"robotstxt/exception_count/{type(exc)}")
        self._disallow(netloc, f"robots.txt could not be fetched ({type(exc).__name__})")

    def _disallow(self, netloc: str, why: str) -> None:
        logger.warning("%s: %s; staying off this host for the run", netloc, why)
        self._stats.inc_value("newsscraper/robots_host_skipped")
        waiting = self._parsers.get(netloc)
        rules = _DisallowAll(why)
        self._parsers[netloc] = rules
        if isinstance(waiting, Deferred) and not waiting.called:
            waiting.callback(rules)  # the requests waiting for robots.txt are refused too

    def _read_crawl_delay(self, parser: RobotParser, netloc: str, request: Request) -> None:
        agent = self._robotstxt_useragent or self._default_useragent
        delay = parser.crawl_delay(agent)
        if delay is None or delay <= 0:
            return
        if delay > self._max_delay:
            self._disallow(netloc, f"Crawl-delay {delay:g} s is above the maximum "
                                   f"{self._max_delay:g} s (NEWSSCRAPER_MAX_CRAWL_DELAY)")
            return
        self._delays[netloc] = delay
        self._floor_delay(request)

    def _floor_delay(self, request: Request, **kwargs: Any) -> None:
        # AutoThrottle lowers slot.delay after each response; the host's Crawl-delay is a floor.
        delay = self._delays.get(urlparse_cached(request).netloc)
        if not delay:
            return
        downloader = self.crawler.engine.downloader
        slot = downloader.slots.get(downloader.get_slot_key(request))
        if slot is not None and slot.delay < delay:
            slot.delay = delay


class SameSiteMiddleware(OffsiteMiddleware):
    """OffsiteMiddleware that also asks the spider's `on_site(url)` (ports, folders)."""

    def should_follow(self, request: Request, spider: Any) -> bool:
        if not super().should_follow(request, spider):
            return False
        on_site = getattr(spider, "on_site", None)
        # robots.txt sits at the host's root, outside a folder-scoped site: always allowed.
        if on_site is None or urlparse_cached(request).path == "/robots.txt":
            return True
        return bool(on_site(request.url))
