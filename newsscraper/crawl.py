"""Running crawls from Python: settings for a run, and one or more crawls in one reactor.

`newsscraper crawl` and `newsscraper demo` use this; `scrapy crawl news` does the same through
Scrapy's own command. A run's settings are the project's (`newsscraper.settings`) with the
command's options and ``-s NAME=VALUE`` pairs on top, at Scrapy's "cmdline" priority, exactly
as `scrapy crawl -s` sets them.

Crawls run one after another under one CrawlerProcess, since a Twisted reactor starts once per
process and two crawls must not write to one output at the same time. Ctrl-C stops the crawl
gracefully (a second one forcefully), as with `scrapy crawl`.

With a `Schedule` the jobs run again and again in this process (`newsscraper crawl --every`):
each run is an incremental re-run on the same state, and costs only the crawl itself, not
another interpreter start and Scrapy import (most of what a re-run from cron costs).
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import inspect
import itertools
import logging
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from types import FrameType
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from newsscraper import _gc
from newsscraper.spiders.news import NewsSpider

__all__ = ["CrawlJob", "CrawlResult", "Schedule", "crawl_settings", "run_crawls"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CrawlJob:
    """One crawl: NewsSpider's arguments (site/url/base_url/max_pages/since) and a label."""

    label: str
    spider_args: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Schedule:
    """Run the jobs again every `every` seconds (start to start; at once when a run took
    longer), `runs` times in all, or until stopped when `runs` is None."""

    every: float
    runs: int | None = None

    def done(self, run: int) -> bool:
        return self.runs is not None and run >= self.runs


@dataclass(slots=True)
class CrawlResult:
    """What a crawl left behind: its stats, and the error that stopped it from starting;
    which run of a schedule it was, and its wall time in this process (crawler built to
    crawler closed; the interpreter's start and the imports are not in it)."""

    job: CrawlJob
    stats: dict[str, Any]
    error: BaseException | None = None
    run: int = 1
    wall: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None and self.stats.get("finish_reason") == "finished"


def crawl_settings(
    options: Mapping[str, Any], overrides: Iterable[tuple[str, str]] = ()
) -> Settings:
    """Project settings, then `options` (the command's flags), then ``-s`` pairs."""
    settings = Settings()
    settings.setmodule("newsscraper.settings", priority="project")
    for name, value in options.items():
        settings.set(name, value, priority="cmdline")
    for name, value in overrides:
        settings.set(name, value, priority="cmdline")
    _without_unused_cookies(settings)
    return settings


_COOKIES = "scrapy.downloadermiddlewares.cookies.CookiesMiddleware"


def _without_unused_cookies(settings: Settings) -> None:
    """With cookies off for the run, leave Scrapy's cookie middleware out altogether.

    It would only raise NotConfigured, after importing tldextract and requests (~35 ms of
    every run's start-up); mapping it to None is not enough, as Scrapy imports every key of
    DOWNLOADER_MIDDLEWARES, so it leaves the base list. A run that turns cookies on
    (``-s COOKIES_ENABLED=True``) keeps it.
    """
    if settings.getbool("COOKIES_ENABLED"):
        return
    base = settings.getdict("DOWNLOADER_MIDDLEWARES_BASE")
    if base.pop(_COOKIES, None) is not None:
        settings.set("DOWNLOADER_MIDDLEWARES_BASE", base,
                     priority=settings.getpriority("DOWNLOADER_MIDDLEWARES_BASE") or "default")


def run_crawls(
    settings: Settings, jobs: list[CrawlJob], *, scrapy_log_level: int = logging.WARNING,
    schedule: Schedule | None = None, report: Callable[[CrawlResult], None] | None = None,
) -> list[CrawlResult]:
    """Run the jobs in order in this process; stop at the first that fails or is stopped.

    With a `schedule`, run them all again on it until its runs are done or Ctrl-C (between
    runs it stops at once). `report` is called with each result as it comes, for a summary
    per run of a long-lived schedule.

    Logging stays the caller's: no root handler is installed, and Scrapy's own loggers are
    set to `scrapy_log_level` (Scrapy's INFO lines are many and rarely news to a user).
    """
    from twisted.internet.defer import Deferred

    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
    if scrapy_log_level > logging.INFO:
        # Scrapy's start-up banner lists library versions (read from the installed packages'
        # metadata, ~5 ms) at INFO, a level these logs are filtered at: not worth reading.
        settings.set("LOG_VERSIONS", [], priority="cmdline")
    results: list[CrawlResult] = []
    with _scrapy_logs_at(scrapy_log_level), _frozen_heap():
        with _gc.paused():  # set-up makes what lives for the run, hardly any garbage
            _preload_downloader()
            process = CrawlerProcess(settings)
            done = Deferred.fromCoroutine(
                _on_schedule(process, jobs, results, schedule, report or _ignore))
            done.addBoth(_stop_reactor)
        if not done.called:  # all done already (a crawl failed at once): no reactor to run
            process.start(stop_after_crawl=False, install_signal_handlers=True)
    return results


def _preload_downloader() -> None:
    """Import Scrapy's HTTP download handler now, without its `inspect` cost.

    Its TLS modules build deprecated-class aliases (`scrapy.utils.deprecate`) whose set-up
    names the module defining each alias with `inspect.stack()[1]` and `inspect.getmodule()`:
    the first reads the source of every frame on the stack and scans `sys.modules` for each of
    the import machinery's, the second resolves the real path of every loaded module's file
    (an lstat per path component) to fill its cache. That is ~50 ms here, ~0.1 s more where
    Scrapy would import it (deep inside the reactor's start-up), paid by every scheduled
    re-run on top of a crawl that itself takes a fraction of a second. While the handler is
    imported, that module's `inspect` answers the two from the frames themselves, so the
    aliases are named as before.
    """
    from scrapy.utils import deprecate

    real = getattr(deprecate, "inspect", None)
    if real is not inspect:  # another Scrapy: leave it alone
        importlib.import_module("scrapy.core.downloader.handlers.http11")
        return
    setattr(deprecate, "inspect", _FrameInspect())  # noqa: B010 (not a name it exports)
    try:
        importlib.import_module("scrapy.core.downloader.handlers.http11")
    finally:
        setattr(deprecate, "inspect", inspect)  # noqa: B010


class _FrameInspect:
    """`inspect`, except that stack() holds only the caller's frame and the one above it, with
    no source lines, and getmodule() of a frame is the module whose code it runs."""

    def __getattr__(self, name: str) -> Any:
        return getattr(inspect, name)

    @staticmethod
    def stack(context: int = 1) -> list[inspect.FrameInfo]:
        frame = sys._getframe(1)
        return [inspect.FrameInfo(f, f.f_code.co_filename, f.f_lineno, f.f_code.co_name, None,
                                  None)
                for f in (frame, frame.f_back) if f is not None]

    @staticmethod
    def getmodule(obj: object, _filename: str | None = None) -> Any:
        if isinstance(obj, FrameType):
            module = sys.modules.get(obj.f_globals.get("__name__", ""))
            if module is not None:
                return module
        return inspect.getmodule(obj, _filename)


@contextlib.contextmanager
def _frozen_heap() -> Iterator[None]:
    """Keep the garbage collector off the objects that live for the whole run.

    Every full collection walks every tracked object: the imported modules at the start, and
    at exit (interpreter shutdown collects several times) everything the crawl left behind,
    ~0.2 s per run. `gc.freeze()` moves what exists into a permanent generation that
    collections skip (`_gc.paused` freezes again once the crawler is set up); the crawl's own
    garbage is collected as usual.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.freeze()


def _ignore(_: CrawlResult) -> None:
    pass


async def _on_schedule(process: CrawlerProcess, jobs: list[CrawlJob],
                       results: list[CrawlResult], schedule: Schedule | None,
                       report: Callable[[CrawlResult], None]) -> None:
    for run in itertools.count(1):
        started = time.monotonic()
        for job in jobs:
            result = await _crawl_one(process, job, run)
            results.append(result)
            report(result)
            if not result.ok:  # failed to start, Ctrl-C, a close reason of its own: stop here
                return
        if schedule is None or schedule.done(run):
            return
        ended = time.monotonic()
        wait = max(0.0, started + schedule.every - ended)
        logger.info("run %d took %.2f s; the next starts at %s%s (Ctrl-C stops)", run,
                    ended - started, (datetime.now().astimezone() + timedelta(seconds=wait))
                    .strftime("%H:%M:%S %Z"), f", in {wait:.0f} s" if wait >= 1 else "")
        gc.collect()  # what the run left behind, before the process sleeps on it
        await _sleep(wait)


async def _sleep(seconds: float) -> None:
    # Imported here, not at the top: importing the reactor installs Twisted's default one,
    # and the first crawl must be the one to install the reactor its settings ask for.
    from twisted.internet import reactor
    from twisted.internet.task import deferLater

    await deferLater(reactor, seconds, lambda: None)


async def _crawl_one(process: CrawlerProcess, job: CrawlJob, run: int) -> CrawlResult:
    started = time.monotonic()
    crawler = process.create_crawler(NewsSpider)
    try:
        await process.crawl(crawler, **job.spider_args)
    except Exception as exc:  # a locked state, an unknown site: reported by the caller
        return CrawlResult(job, _stats(crawler), exc, run, time.monotonic() - started)
    return CrawlResult(job, _stats(crawler), None, run, time.monotonic() - started)


def _stop_reactor(_: object) -> None:
    from twisted.internet import reactor

    with contextlib.suppress(RuntimeError):  # already stopping (Ctrl-C)
        reactor.stop()  # type: ignore[misc]


@contextlib.contextmanager
def _scrapy_logs_at(level: int) -> Iterator[None]:
    """CrawlerProcess resets the "scrapy" logger to DEBUG (dictConfig) and logs its banner at
    once, so the level is applied where records arrive: a filter on the root handlers."""
    quiet = _BelowLevel("scrapy", level)
    handlers = list(logging.getLogger().handlers)
    for handler in handlers:
        handler.addFilter(quiet)
    try:
        yield
    finally:
        for handler in handlers:
            handler.removeFilter(quiet)


class _BelowLevel(logging.Filter):
    """Drops records of one logger tree below a level."""

    def __init__(self, name: str, level: int) -> None:
        super().__init__()
        self.prefix, self.level = name, level

    def filter(self, record: logging.LogRecord) -> bool:
        name = record.name
        mine = name == self.prefix or name.startswith(self.prefix + ".")
        return not mine or record.levelno >= self.level


def _stats(crawler: Any) -> dict[str, Any]:
    try:
        return dict(crawler.stats.get_stats())
    except Exception:  # the crawler failed before it had stats
        return {}
