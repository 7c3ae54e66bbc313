"""The `newsscraper` command: argument parsing and one short function per subcommand.

Each subcommand wires the library pieces; none holds logic of its own:

- ``parse``: saved pages (`inputs.iter_saved`) → `extract` → Validate → DuplicateContent →
  Version → JsonlWriter, the pipeline classes a crawl uses (and one for saved copies of a
  page), driven by hand.
- ``sites``: the profile registry.
- ``crawl``, ``demo``: a crawl of one site, or of the bundled test site (`crawlcli.py`).
- ``export``, ``report``: datasets for analysis (`datasets/exportcli.py`, `datasets/reportcli.py`;
  they need the ``datasets`` extra).

Records go to stdout or ``-o``; logs and the run summary go to stderr only. Exit status: 0 when
the run completed (skips, drops and bad input files are counted, not failures), 1 when an
extraction or pipeline error was logged, 2 for a usage problem (missing input, unwritable or
locked output, unknown site), reported in one line without a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing
from typing import TYPE_CHECKING, Any, Protocol

from newsscraper._usage import UsageError

if TYPE_CHECKING:
    from newsscraper._report import RunReport
    from newsscraper._workers import Item, Result
    from newsscraper.inputs import SavedPage
    from newsscraper.items import Article
    from newsscraper.sites import SiteProfile

# Each subcommand imports what it needs when it runs: `newsscraper --help` and `sites` start
# without Scrapy, and a crawl without the saved-page readers and worker pool `parse` uses
# (the extraction stack is imported by the crawl only when it first needs it).

__all__ = ["main"]

logger = logging.getLogger("newsscraper.cli")

_LEVELS = logging.getLevelNamesMapping()


class Pipeline(Protocol):
    """What the CLI needs of a Scrapy item pipeline to drive it by hand."""

    def open_spider(self, spider: object = None) -> None: ...
    def process_item(self, item: Any, spider: object = None) -> Any: ...
    def close_spider(self, spider: object = None) -> None: ...


class CliError(Exception):
    """A usage problem: printed as one line, exit status 2."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, or argparse's own usage error (status 2)
        return exc.code if isinstance(exc.code, int) else 2
    _setup_logging(args.verbose - args.quiet)
    try:
        status: int = args.run(args)
    except CliError as exc:
        print(f"newsscraper: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("newsscraper: interrupted", file=sys.stderr)
        return 130
    return status


def _setup_logging(verbosity: int) -> None:
    level = logging.DEBUG if verbosity > 0 else logging.INFO if verbosity == 0 else logging.WARNING
    # A no-op when the root logger already has handlers (an embedding app, pytest).
    logging.basicConfig(
        level=level, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s"
    )


# --- argument parsing -----------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsscraper",
        description="Scrape news articles into clean, versioned JSON Lines.",
        epilog="Run 'newsscraper COMMAND --help' for a command's options and examples.",
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-v", "--verbose", action="count", default=0, help="more log detail")
    common.add_argument(
        "-q", "--quiet", action="count", default=0, help="warnings and errors only; no summary"
    )
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    for add in _SUBCOMMANDS:
        add(sub, common)
    return parser


def _add_parse(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "parse",
        parents=[common],
        help="extract articles from saved pages (HTML, .gz, folders, WARC)",
        description=(
            "Re-parse saved pages with the same extractor and pipelines a crawl uses.\n"
            "INPUT is an HTML file (.html/.htm, optionally .gz), a folder of them (read\n"
            "recursively, in name order; pages a mirror saved under their address's name,\n"
            "like 12345.cms or index.php?id=7, are read when they open as HTML) or a WARC\n"
            "file (.warc/.warc.gz). Records come out in input order, and the same input\n"
            "always gives byte-identical output."
        ),
        epilog=(
            "examples:\n"
            "  newsscraper parse saved/ -o articles.jsonl\n"
            "  newsscraper parse page.html --url https://example.in/2024/12/story/\n"
            "  newsscraper parse crawl.warc.gz --jobs 4 | head -1\n"
            "\n"
            "A saved file's fetched_at is its modification time (UTC); a WARC record's is its\n"
            "WARC-Date. Logs and the closing summary go to stderr, records only to stdout/OUT.\n"
            "exit status: 0 the run completed (skipped pages, bad input files and pages whose\n"
            "extraction raised are counted in the summary, not failures), 2 a usage problem\n"
            "(missing input, unwritable or locked output, unknown site)."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="HTML file, folder or WARC file")
    p.add_argument(
        "-o", "--output", metavar="OUT",
        help="JSON Lines file to append to (locked while in use; a torn last line is repaired "
        "first). Default: stdout",
    )
    p.add_argument(
        "--url", help="the page's URL, for a single HTML file (default: its canonical URL or "
        "og:url, else its file:// URI)",
    )
    p.add_argument(
        "--site", metavar="NAME", help="use this site profile instead of matching by URL "
        "(see 'newsscraper sites')",
    )
    p.add_argument(
        "--jobs", type=_positive_int, default=1, metavar="N",
        help="parse in N worker processes; the output is the same as with 1 (default: 1)",
    )
    p.set_defaults(run=cmd_parse)


def _add_sites(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "sites",
        parents=[common],
        help="list site profiles",
        description="List the site profiles: name, domains, and the template marker (if any).",
        epilog="example:\n  newsscraper sites",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.set_defaults(run=cmd_sites)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 1, got {text!r}")
    return value


def _add_crawl(sub: Any, common: argparse.ArgumentParser) -> None:
    # Imported here: Scrapy's crawler machinery is not needed by `parse` or `sites`.
    from newsscraper import crawlcli

    crawlcli.add_crawl(sub, common, _usage_errors(crawlcli.cmd_crawl))


def _add_demo(sub: Any, common: argparse.ArgumentParser) -> None:
    from newsscraper import crawlcli

    crawlcli.add_demo(sub, common, _usage_errors(crawlcli.cmd_demo))


def _add_export(sub: Any, common: argparse.ArgumentParser) -> None:
    # The datasets modules import pyarrow/duckdb only when the command runs, so a missing
    # `datasets` extra is a one-line usage error, not an ImportError at start-up.
    from newsscraper.datasets import exportcli

    exportcli.add_export(sub, common, _usage_errors(exportcli.cmd_export))


def _add_report(sub: Any, common: argparse.ArgumentParser) -> None:
    from newsscraper.datasets import reportcli

    reportcli.add_report(sub, common, _usage_errors(reportcli.cmd_report))


def _usage_errors(command: Callable[[argparse.Namespace], int]
                  ) -> Callable[[argparse.Namespace], int]:
    """`command`, with a subcommand module's UsageError reported as ours (they cannot import
    cli)."""

    def run(args: argparse.Namespace) -> int:
        try:
            return command(args)
        except UsageError as exc:
            raise CliError(str(exc)) from None

    return run


#: One entry per subcommand; `export` joins here.
_SUBCOMMANDS: tuple[Callable[[Any, argparse.ArgumentParser], None], ...] = (
    _add_parse,
    _add_sites,
    _add_crawl,
    _add_demo,
    _add_export,
    _add_report,
)


# --- sites ----------------------------------------------------------------------------------


def cmd_sites(args: argparse.Namespace) -> int:
    from newsscraper.sites import all_profiles

    rows = [(p.name, ", ".join(p.domains) or "-", p.marker or "-") for p in all_profiles()]
    if not rows:
        logger.warning("no site profiles found")
    name_w = max((len(r[0]) for r in rows), default=0)
    domains_w = max((len(r[1]) for r in rows), default=0)
    for name, domains, marker in rows:
        print(f"{name:<{name_w}}  {domains:<{domains_w}}  {marker}")
    return 0


# --- parse ----------------------------------------------------------------------------------


def cmd_parse(args: argparse.Namespace) -> int:
    from newsscraper._report import Progress, RunReport
    from newsscraper._workers import extract_all
    from newsscraper.extract import extract
    from newsscraper.pipelines import (
        DuplicateContentPipeline,
        JsonlWriterPipeline,
        ValidatePipeline,
        VersionPipeline,
    )
    from newsscraper.state import MemoryState

    profile = _profile(args.site)
    items = _inputs(args.inputs, args.url)
    version = VersionPipeline(MemoryState())
    writer = JsonlWriterPipeline(args.output, on_durable=[version.commit])
    pipelines: list[Pipeline] = [ValidatePipeline(), DuplicateContentPipeline(), version, writer]
    _open(pipelines, writer.label)
    report = RunReport()
    progress = Progress(sys.stderr, enabled=sys.stderr.isatty() and args.quiet == 0)
    try:
        # closing(): an early stop (stdout closed) also shuts the worker pool down.
        with closing(extract_all(items, extract, jobs=args.jobs, profile=profile)) as results:
            for item, result in results:
                if not _account(item, result, pipelines, report):
                    break  # stdout's reader is gone: stop quietly
                progress.tick(report)
    finally:
        progress.clear()
        for pipeline in reversed(pipelines):
            pipeline.close_spider()
    if args.quiet == 0:
        print(report.summary("parse"), file=sys.stderr)
    # The run completed: per-page errors are logged with their URL and counted in the summary,
    # like skips; a scheduled job should not fail because one page in 10,000 raised.
    return 0


def _profile(name: str | None) -> SiteProfile | None:
    if name is None:
        return None
    from newsscraper.sites import get_profile

    try:
        return get_profile(name)
    except KeyError as exc:
        raise CliError(exc.args[0]) from None


def _inputs(paths: list[str], url: str | None) -> Iterator[Item]:
    from newsscraper.inputs import iter_saved

    try:
        return iter_saved(paths, url=url)
    except OSError as exc:
        raise CliError(f"cannot read input {exc.filename or ''}: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise CliError(str(exc)) from None


def _open(pipelines: list[Pipeline], label: str) -> None:
    from newsscraper.pipelines import OutputLocked

    opened: list[Pipeline] = []
    try:
        for pipeline in pipelines:
            pipeline.open_spider()
            opened.append(pipeline)
    except OSError as exc:
        for pipeline in reversed(opened):
            pipeline.close_spider()
        if isinstance(exc, OutputLocked):
            raise CliError(str(exc)) from None
        raise CliError(f"cannot write output {label}: {exc.strerror or exc}") from None


def _account(item: Item, result: Result, pipelines: list[Pipeline], report: RunReport) -> bool:
    """Count one outcome and push an Article through the pipelines. False: output closed."""
    from newsscraper._workers import Failure
    from newsscraper.inputs import InputProblem
    from newsscraper.items import Article, Skip

    if isinstance(item, InputProblem):
        report.problems[item.reason] += 1
        level = logging.DEBUG if item.benign else logging.WARNING
        detail = f" ({item.detail})" if item.detail else ""
        logger.log(level, "%s: %s%s", item.source, item.reason, detail)
        return True
    report.pages += 1
    if isinstance(result, Skip):
        report.skipped[result.reason] += 1
        logger.info("skipped %s: %s", item.response.url, result.reason)
    elif isinstance(result, Failure):
        report.errors += 1
        logger.error("extract failed on %s (%s):\n%s", result.url, item.source, result.traceback)
    elif isinstance(result, Article):
        return _write(result, item, pipelines, report)
    return True


def _write(article: Article, page: SavedPage, pipelines: list[Pipeline], report: RunReport) -> bool:
    from scrapy.exceptions import DropItem

    from newsscraper.pipelines import OutputClosed

    try:
        item: Any = article
        for pipeline in pipelines:
            item = pipeline.process_item(item)
    except OutputClosed as closed:
        report.dropped[closed.key] += 1  # so every page read is still accounted for
        return False
    except DropItem as drop:
        report.dropped[getattr(drop, "key", str(drop))] += 1
        level = _LEVELS.get(getattr(drop, "log_level", None) or "WARNING", logging.WARNING)
        logger.log(level, "dropped: %s", drop)
    except Exception:  # a bug: log it with the URL and go on with the next page
        report.errors += 1
        logger.exception("pipelines failed on %s (%s)", article.url, page.source)
    else:
        report.written += 1
    return True


if __name__ == "__main__":
    # `python -m newsscraper.cli` runs this file as __main__, a second copy of the module:
    # go through the imported one, so CliError raised by `crawlcli` is the one caught here.
    from newsscraper import cli

    sys.exit(cli.main())
