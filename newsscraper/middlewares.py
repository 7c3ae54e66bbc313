"""Downloader middlewares for politeness Scrapy leaves out: robots.txt failures, off-site ports.

(429/503 handling — Retry-After and per-host back-off — is `newsscraper.backoff`; the guard
against private addresses is `newsscraper.netguard`.)

- `SameSiteMiddleware`: Scrapy's OffsiteMiddleware (which also vets redirects) compares host
  names only, so 127.0.0.1:8001 passes for 127.0.0.1:8000, and a site in a folder of a shared
  host owns the whole host. It also asks the spider's `on_site(url)` when there is one.
- `RobotsPolicyMiddleware`: Scrapy's RobotsTxtMiddleware parses whatever body a robots.txt
  request returns, so a 503 page means "allow everything". RFC 9309 §2.3.1.3 says the opposite:
  a server error means "assume complete disallow". Here a 5xx, a 429 (once its retries, which
  honour Retry-After, are spent) or a failed download keeps the crawl off that host; 4xx means
  no rules (401/403 too, unless ``NEWSSCRAPER_ROBOTS_401_403_DISALLOW``); an HTML page means no
  rules, with a warning; only the first 512 KiB are parsed (RFC 9309 §2.5); ``Crawl-delay`` is
  kept as a floor under the host's delay, and one above ``NEWSSCRAPER_MAX_CRAWL_DELAY`` skips
  the host. A host's robots.txt, or its failure, is read again after ``NEWSSCRAPER_ROBOTS_TTL``
  seconds (24 h, RFC 9309 §2.4) in a long-lived process. It also sends `robots_fetched`, so the
  spider reads the ``Sitemap:`` lines without fetching robots.txt a second time.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from scrapy import signals
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.http import Request, Response
from scrapy.robotstxt import RobotParser
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred

__all__ = ["RobotsPolicyMiddleware", "SameSiteMiddleware", "robots_fetched"]

logger = logging.getLogger(__name__)

#: Signal: a robots.txt was read. kwargs: netloc (str), status (int), body (bytes).
robots_fetched = object()

#: RFC 9309 §2.5: crawlers must parse at least 500 KiB; more is not owed to anyone.
ROBOTS_MAX_BYTES = 512 * 1024


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
        settings = crawler.settings
        self._max_delay = settings.getfloat("NEWSSCRAPER_MAX_CRAWL_DELAY", 30.0)
        self._obey_delay = settings.getbool("NEWSSCRAPER_OBEY_CRAWL_DELAY", True)
        self._ttl = settings.getfloat("NEWSSCRAPER_ROBOTS_TTL", 86400.0)
        self._auth_disallows = settings.getbool("NEWSSCRAPER_ROBOTS_401_403_DISALLOW", False)
        self._delays: dict[str, float] = {}
        #: time.monotonic() when each host's robots.txt was last read (or failed).
        self._read_at: dict[str, float] = {}

    @classmethod
    def from_crawler(cls, crawler: Any) -> RobotsPolicyMiddleware:
        middleware = cls(crawler)
        # Connected after AutoThrottle's handler (extensions exist before middlewares), so
        # the floor is back in place before the slot sends its next request.
        crawler.signals.connect(middleware._floor_delay, signal=signals.response_downloaded)
        return middleware

    async def robot_parser(self, request: Request) -> RobotParser | None:
        """The host's rules, fetched again once older than ``NEWSSCRAPER_ROBOTS_TTL``.

        Scrapy keeps a host's robots.txt for the life of the process; RFC 9309 §2.4 says a
        cached copy should not be used for more than 24 hours, which matters to a crawl that
        runs for days (a Scrapyd job, a deep archive crawl). Requests that arrive while the new
        copy is being fetched wait for it, as they do for the first one.
        """
        self._expire(urlparse_cached(request).netloc)
        return await super().robot_parser(request)

    def _expire(self, netloc: str) -> None:
        read_at = self._read_at.get(netloc)
        if read_at is None or time.monotonic() - read_at < self._ttl:
            return
        if isinstance(self._parsers.get(netloc), Deferred):
            return  # a fetch is under way already
        self._parsers.pop(netloc, None)
        self._delays.pop(netloc, None)
        del self._read_at[netloc]
        logger.info("%s: robots.txt was read more than %g s ago; reading it again "
                    "(NEWSSCRAPER_ROBOTS_TTL)", netloc, self._ttl)

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        self._read_at[netloc] = time.monotonic()
        status = response.status
        if status >= 500 or status == 429:
            self._disallow(netloc, f"robots.txt answered {status}")
            return
        if status in (401, 403) and self._auth_disallows:
            self._disallow(netloc, f"robots.txt answered {status} "
                                   "(NEWSSCRAPER_ROBOTS_401_403_DISALLOW)")
            return
        body = b"" if status >= 400 else response.body[:ROBOTS_MAX_BYTES]
        if _looks_like_html(body):
            logger.warning("%s: robots.txt is an HTML page, not robots rules; crawling as if "
                           "it had none", netloc)
            body = b""
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
        self._read_at[netloc] = time.monotonic()
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
        """Keep the host's Crawl-delay as the least gap between its requests.

        AutoThrottle lowers slot.delay after each response, and the slot's jitter
        (DOWNLOAD_DELAY_JITTER, ±50 % by default) would shorten half the gaps: the floor
        goes back after every response, and such a slot waits exactly its delay.
        """
        delay = self._delays.get(urlparse_cached(request).netloc)
        if not delay:
            return
        downloader = self.crawler.engine.downloader
        slot = downloader.slots.get(downloader.get_slot_key(request))
        if slot is None:
            return
        slot.jitter = 0.0
        if slot.delay < delay:
            slot.delay = delay


def _looks_like_html(body: bytes) -> bool:
    """A soft-404 or login page served as robots.txt (RELIABILITY.md #11: allow, with a warning).

    >>> _looks_like_html(b"\\xef\\xbb\\xbf <!DOCTYPE html><html>"), _looks_like_html(b"Allow: /")
    (True, False)
    """
    head = body[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<body"))


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
