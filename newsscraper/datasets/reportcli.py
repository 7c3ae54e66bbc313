"""The `report` subcommand: argument parsing and wiring, nothing else (logic in `report.py`).

matplotlib is imported only when the command runs, so ``newsscraper --help`` and crawling work
without the ``datasets`` extra, and a missing extra is a one-line usage error (exit 2).
Exit status: 0 the report was written (bad input lines are skipped, counted on stderr and in the
report), 2 a usage problem (missing input, unwritable output, missing extra).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsscraper._usage import UsageError

__all__ = ["add_report", "cmd_report"]

Runner = Callable[[argparse.Namespace], int]

MISSING_EXTRA = "report needs the datasets extra: pip install 'newsscraper[datasets]'"


def add_report(sub: Any, common: argparse.ArgumentParser, run: Runner) -> None:
    p = sub.add_parser(
        "report", parents=[common], help="a self-contained HTML overview of JSON Lines records",
        description=(
            "Read newsscraper JSON Lines (.jsonl or .jsonl.gz) in one streaming pass and write\n"
            "one HTML page that opens offline: headline numbers, articles per day by site and\n"
            "by agency, top sections, field coverage (overall and per site), versions per URL,\n"
            "time between versions and the most-updated stories. Counts use the latest\n"
            "version of each URL; update statistics use every version."
        ),
        epilog=(
            "examples:\n"
            "  newsscraper report data/demo.jsonl -o report.html\n"
            "  newsscraper report crawls/*.jsonl.gz -o week50.html --title 'Wire copy, week 50'\n"
            "\n"
            "Bad input lines are skipped, listed on stderr and counted in the report.\n"
            "exit status: 0 the report was written, 2 a usage problem (missing input,\n"
            "unwritable output, the datasets extra not installed)."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", type=Path,
                   help="JSON Lines file written by newsscraper (.jsonl, .jsonl.gz)")
    p.add_argument("-o", "--output", required=True, metavar="OUT.html", type=Path,
                   help="HTML file to write (replaced atomically)")
    p.add_argument("--title", default=None, metavar="TEXT",
                   help="page title (default: 'News records overview')")
    p.set_defaults(run=run)


def cmd_report(args: argparse.Namespace) -> int:
    output: Path = args.output
    _check_output(output)
    if importlib.util.find_spec("matplotlib") is None:
        raise UsageError(MISSING_EXTRA)
    try:
        from newsscraper.datasets import report  # imports matplotlib
    except ImportError as exc:  # matplotlib present but broken, e.g. without numpy
        raise UsageError(f"{MISSING_EXTRA} ({exc})") from None

    data = report.aggregate(args.inputs)
    page = report.render_report(data, title=args.title or report.DEFAULT_TITLE)
    try:
        report.write_atomic(output, page)
    except OSError as exc:
        raise UsageError(f"cannot write output {output}: {exc.strerror or exc}") from None
    bad = data.bad_lines
    skipped = f"; {bad:,} bad input line{'s' if bad != 1 else ''} skipped" if bad else ""
    if args.quiet == 0:
        counts = ", ".join(_plural(n, word) for n, word in (
            (data.records, "record"), (data.unique_urls, "URL"), (len(data.sites), "site")))
        print(f"report: {counts} -> {output}{skipped}", file=sys.stderr)
    elif bad:
        print(f"report: {skipped[2:]}", file=sys.stderr)
    return 0


def _plural(n: int, word: str) -> str:
    """`n` and `word`, plural unless n is 1.

    >>> _plural(1, "record"), _plural(2_000, "URL")
    ('1 record', '2,000 URLs')
    """
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _check_output(output: Path) -> None:
    """Fail before reading any input when the page could not be written."""
    if output.is_dir():
        raise UsageError(f"output {output} is a folder; give a file name such as report.html")
    folder = output.parent
    if not folder.is_dir():
        raise UsageError(f"cannot write output {output}: folder {folder} does not exist")
