"""The `crawl` and `demo` subcommands: argument parsing and wiring, nothing else.

`cli.py` registers them through `_SUBCOMMANDS` (and turns `UsageError` into its own usage
error); they live here to keep Scrapy's crawler machinery out of `newsscraper parse`'s
start-up, and import nothing from `cli` (DESIGN.md §2: nothing imports the CLI).

Exit status as for the other commands: 0 the crawl finished (skips and per-page errors are
counted in the summary), 1 it stopped early (Ctrl-C, a crash), 2 a usage problem (unknown site,
locked or incompatible state, locked output).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsscraper import _gc
from newsscraper._usage import UsageError

if TYPE_CHECKING:
    from newsscraper.crawl import CrawlJob, CrawlResult, Schedule
    from newsscraper.spiders.target import Target

# Scrapy and the crawl's modules are imported by the commands when they run, not here: the
# parser is built for every `newsscraper` command, `--help` included.

__all__ = ["UsageError", "add_crawl", "add_demo", "cmd_crawl", "cmd_demo"]

logger = logging.getLogger("newsscraper.cli")

#: Where `crawl` keeps a site's state unless --state says otherwise (docs/scheduling.md).
STATE_DIR = Path("data/state")
DEMO_OUTPUT = Path("data/demo.jsonl")
#: The local demo needs no politeness: the server is ours and on loopback.
FAST = {
    "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS": 32,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 32, "NEWSSCRAPER_OBEY_CRAWL_DELAY": False,
}


Runner = Callable[[argparse.Namespace], int]


def add_crawl(sub: Any, common: argparse.ArgumentParser, run: Runner) -> None:
    p = sub.add_parser(
        "crawl", parents=[common], help="crawl a site (by profile or URL) into JSON Lines",
        description=(
            "Crawl one site: SITE is a profile name ('newsscraper sites'), URL any site\n"
            "(generic extraction). Discovery: robots.txt sitemaps (else /sitemap.xml), feeds,\n"
            "listings with their next pages, then in-site links as a last resort. With a state\n"
            "file, a re-run fetches only what changed and emits only new and updated records."
        ),
        epilog=(
            "examples:\n"
            "  newsscraper crawl https://example.in/ -o example.jsonl\n"
            "  newsscraper crawl ampforwp --base-url http://127.0.0.1:8080/ -o out.jsonl\n"
            "  newsscraper crawl SITE -o out.jsonl --archive warc/ -s DOWNLOAD_DELAY=2\n"
            "  newsscraper crawl SITE -o out.jsonl --every 15m    # until Ctrl-C\n"
            "\n"
            f"State defaults to {STATE_DIR}/<site>.sqlite ('--state :memory:' keeps none).\n"
            "See docs/scheduling.md for cron/systemd runs and resuming after a crash."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("target", metavar="SITE|URL", help="site profile name, or a site's URL")
    p.add_argument("-o", "--output", metavar="OUT", help="JSON Lines file to append to "
                   "(locked while in use; a torn last line is repaired first). Default: stdout")
    p.add_argument("--state", metavar="PATH", help=f"SQLite state file (default: "
                   f"{STATE_DIR}/<site>.sqlite; ':memory:' for none)")
    p.add_argument("--archive", metavar="DIR", help="write every fetched response to WARC "
                   "files in DIR (re-parse them with 'newsscraper parse DIR/*.warc.gz')")
    p.add_argument("--max-pages", type=_positive_int, metavar="N",
                   help="fetch at most N article pages")
    p.add_argument("--since", metavar="DATE", help="skip articles published or modified "
                   "before DATE (YYYY-MM-DD or ISO 8601; UTC when no offset)")
    p.add_argument("--base-url", metavar="URL", help="with SITE: crawl the profile at this "
                   "address instead of its own domain (a mirror, the bundled test site)")
    p.add_argument("--every", type=_interval, metavar="INTERVAL",
                   help="stay running and crawl again every INTERVAL (90s, 15m, 1h, 1h30m; "
                   "start to start), each run an incremental re-run on the same state; "
                   "Ctrl-C between runs stops at once")
    p.add_argument("--runs", type=_positive_int, metavar="N",
                   help="with --every: stop after N runs (default: until stopped)")
    p.add_argument("-s", "--set", dest="settings", action="append", default=[],
                   metavar="NAME=VALUE", type=_setting,
                   help="set a Scrapy setting for this run, as 'scrapy crawl -s' does")
    p.set_defaults(run=run)


def add_demo(sub: Any, common: argparse.ArgumentParser, run: Runner) -> None:
    p = sub.add_parser(
        "demo", parents=[common], help="crawl the bundled sample site into data/demo.jsonl",
        description=(
            "Serve the bundled sample news sites on 127.0.0.1 (an ephemeral port), crawl each\n"
            f"through its site profile and write {DEMO_OUTPUT} (replacing it). Offline;\n"
            "politeness is off because the server is local."
        ),
        epilog="example:\n  newsscraper demo && head -c 600 data/demo.jsonl",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.set_defaults(run=run)


def _positive_int(text: str) -> int:
    value = int(text) if text.isdigit() else 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 1, got {text!r}")
    return value


_INTERVAL = re.compile(r"(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s?)?")


def parse_interval(text: str) -> float | None:
    """Seconds in an interval written as hours, minutes and seconds; None if it is not one.

    >>> parse_interval("15m"), parse_interval("1h30m"), parse_interval("90"), parse_interval("0.5s")
    (900.0, 5400.0, 90.0, 0.5)
    >>> parse_interval("15 minutes") is None, parse_interval("") is None
    (True, True)
    """
    match = _INTERVAL.fullmatch(text.strip().lower())
    if not text.strip() or match is None or not any(match.groups()):
        return None
    hours, minutes, seconds = (float(g) if g else 0.0 for g in match.groups())
    return hours * 3600 + minutes * 60 + seconds


def _interval(text: str) -> float:
    seconds = parse_interval(text)
    if seconds is None:
        raise argparse.ArgumentTypeError(f"expected an interval such as 90s, 15m, 1h or 1h30m, "
                                         f"got {text!r}")
    return seconds


def _setting(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {text!r}")
    return name.strip(), value


# --- crawl ----------------------------------------------------------------------------------


def cmd_crawl(args: argparse.Namespace) -> int:
    with _gc.paused():  # importing Scrapy makes no garbage worth a collection (_gc.py)
        from newsscraper.crawl import CrawlJob, crawl_settings, run_crawls

    schedule = _schedule(args)
    spider_args = _spider_args(args)
    target = _target(spider_args)
    options = {
        "NEWSSCRAPER_OUTPUT": args.output or "-",
        "NEWSSCRAPER_STATE": args.state or str(STATE_DIR / f"{target.name}.sqlite"),
    }
    if args.archive:
        options["NEWSSCRAPER_ARCHIVE"] = args.archive
    settings = crawl_settings(options, args.settings)
    results = run_crawls(settings, [CrawlJob(target.name, spider_args)],
                         scrapy_log_level=_scrapy_level(args), schedule=schedule,
                         report=_reporter(args.quiet, scheduled=schedule is not None))
    if schedule is not None and results and results[-1].ok and not schedule.done(results[-1].run):
        logger.info("stopped between runs, after run %d", results[-1].run)
    return _finish(results)


def _schedule(args: argparse.Namespace) -> Schedule | None:
    if args.every is None:
        if args.runs is not None:
            raise UsageError("--runs goes with --every (how often to run)")
        return None
    from newsscraper.crawl import Schedule

    return Schedule(args.every, args.runs)


def _spider_args(args: argparse.Namespace) -> dict[str, str]:
    is_url = "://" in args.target
    spider_args = {"url" if is_url else "site": args.target}
    if args.base_url:
        if is_url:
            raise UsageError("--base-url goes with a SITE name, not a URL")
        spider_args["base_url"] = args.base_url
    if args.max_pages:
        spider_args["max_pages"] = str(args.max_pages)
    if args.since:
        from newsscraper.spiders.target import parse_when

        if parse_when(args.since) is None:
            raise UsageError(f"--since {args.since!r} is not a date (YYYY-MM-DD or ISO 8601)")
        spider_args["since"] = args.since
    return spider_args


def _target(spider_args: dict[str, str]) -> Target:
    from newsscraper.spiders.target import resolve_target

    try:
        return resolve_target(spider_args.get("site"), spider_args.get("url"),
                              spider_args.get("base_url"))
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def _scrapy_level(args: argparse.Namespace) -> int:
    verbosity = args.verbose - args.quiet
    return logging.DEBUG if verbosity > 1 else logging.INFO if verbosity == 1 else logging.WARNING


def _reporter(quiet: int, *, scheduled: bool = False) -> Callable[[CrawlResult], None]:
    """Each crawl's summary on stderr as it ends (a schedule runs for days); errors are
    `_finish`'s to report."""
    from newsscraper.runstats import summary

    def report(result: CrawlResult) -> None:
        if quiet == 0 and result.error is None:
            label = f"{result.job.label} (run {result.run})" if scheduled else result.job.label
            print(summary(result.stats, label), file=sys.stderr, flush=True)

    return report


def _finish(results: list[CrawlResult]) -> int:
    for result in results:
        if result.error is not None:
            _raise_usage(result.error)
            logger.error("crawl %s failed to start: %r", result.job.label, result.error)
            return 1
    return 0 if results and all(r.ok for r in results) else 1


def _raise_usage(error: BaseException) -> None:
    from newsscraper._outfile import OutputLocked
    from newsscraper.state import StateError

    if isinstance(error, (StateError, OutputLocked, ValueError)):
        raise UsageError(str(error))
    if isinstance(error, OSError):
        raise UsageError(f"{error.filename or ''}: {error.strerror or error}")


# --- demo -----------------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    try:  # imported by name: the test site is an optional part of an install
        server_module = importlib.import_module("newsscraper.testsite.server")
        model = importlib.import_module("newsscraper.testsite.model")
    except ImportError:
        raise UsageError("the bundled test site (newsscraper.testsite) is not available yet; "
                       "'newsscraper crawl' works on real sites") from None
    with _gc.paused():
        from newsscraper.crawl import crawl_settings, run_crawls

    DEMO_OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    DEMO_OUTPUT.unlink(missing_ok=True)  # the demo replaces its output
    options = {**FAST, "NEWSSCRAPER_OUTPUT": str(DEMO_OUTPUT), "NEWSSCRAPER_STATE": ":memory:"}
    with server_module.serve() as server:
        jobs = _demo_jobs(server.url, model.SITE_NAMES)
        logger.info("demo: serving the sample sites at %s; politeness is off for this local "
                    "server (DOWNLOAD_DELAY=0, AutoThrottle off, 32 concurrent requests)",
                    server.url)
        results = run_crawls(crawl_settings(options), jobs, scrapy_log_level=_scrapy_level(args),
                             report=_reporter(args.quiet))
    status = _finish(results)
    if args.quiet == 0:
        print(f"records in {DEMO_OUTPUT}", file=sys.stderr)
    return status


def _demo_jobs(url: str, sites: tuple[str, ...]) -> list[CrawlJob]:
    """One crawl per sample site (a folder of the server), through its profile if one exists."""
    from newsscraper.crawl import CrawlJob
    from newsscraper.sites import all_profiles

    names = {p.name for p in all_profiles()}
    jobs = []
    for site in sites:
        args = {"base_url": f"{url.rstrip('/')}/{site}/"}
        profile = next((n for n in (site, f"testsite_{site}") if n in names), None)
        if profile:
            args["site"] = profile
        jobs.append(CrawlJob(profile or site, args))
    return jobs
