"""The `export` subcommand: options → `export.ExportOptions` → `run_export`, and the summary.

pyarrow, duckdb and numpy are imported only when the command runs (`_require_extra`), so
``newsscraper --help`` works without the ``datasets`` extra and a missing extra is one line
naming what to install, not an ImportError traceback.
"""

from __future__ import annotations

import argparse
import importlib
import shlex
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsscraper._usage import UsageError

__all__ = ["EXTRA_MESSAGE", "add_export", "cmd_export", "format_of"]

Runner = Callable[[argparse.Namespace], int]

EXTRA_MESSAGE = "export needs the datasets extra: pip install 'newsscraper[datasets]'"

_SUFFIXES = {
    ".parquet": "parquet", ".pq": "parquet", ".csv": "csv", ".duckdb": "duckdb",
    ".db": "duckdb", ".jsonl": "jsonl", ".ndjson": "jsonl",
}

_DESCRIPTION = """\
Export newsscraper JSON Lines to Parquet, CSV, DuckDB or JSON Lines for analysis.

By default only the latest version of each URL is kept (highest version, then latest
fetched_at). Filters apply to that latest version. The output is typed: timestamps are
timezone-aware (UTC) in Parquet and DuckDB, authors and tags are lists (joined with "; " in
CSV). The file is written to a temporary file and renamed onto OUT when complete, and
OUT.manifest.json beside it records the counts, date range, sites, agencies, inputs and the
command. Memory stays flat in the input size (about 1 million records within 500 MB)."""

_EPILOG = """\
examples:
  newsscraper export data/*.jsonl -o news.parquet
  newsscraper export crawl.jsonl.gz -o news.csv --since 2024-12-01 --until 2024-12-31
  newsscraper export a.jsonl b.jsonl -o news.duckdb --site ampforwp --agency IANS,PTI
  newsscraper export crawl.jsonl -o history.parquet --all-versions
  newsscraper export crawl.jsonl -o wire.parquet --stories --language en

Bad input lines are reported with file and line number and skipped (counted in the manifest);
a torn last line (a crash mid-write) is skipped with a warning. See docs/datasets.md.
exit status: 0 done, 1 a bad input line under --strict, 2 a usage problem (missing input,
unwritable output, missing datasets extra); OUT is unchanged unless the status is 0."""


def add_export(sub: Any, common: argparse.ArgumentParser, run: Runner) -> None:
    p = sub.add_parser(
        "export", parents=[common], help="export JSON Lines to Parquet, CSV, DuckDB or JSON Lines",
        description=_DESCRIPTION, epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="newsscraper JSON Lines file (.jsonl or .jsonl.gz)")
    p.add_argument("-o", "--output", required=True, metavar="OUT",
                   help="output file; its suffix picks the format (.parquet, .csv, .duckdb, "
                   ".jsonl) unless --format is given. Replaced if it exists")
    p.add_argument("--format", choices=sorted(set(_SUFFIXES.values())),
                   help="output format, when OUT's suffix does not say")
    _add_filters(p)
    p.add_argument("--all-versions", action="store_true",
                   help="keep every version of each URL, not only the latest")
    p.add_argument("--stories", action="store_true",
                   help="add a story_id column: copies of one wire story share it "
                   "(docs/stories.md)")
    p.add_argument("--dedupe-stories", action="store_true",
                   help="implies --stories; keep one record per story, the earliest published")
    p.add_argument("--strict", action="store_true",
                   help="fail (exit 1, OUT unchanged) on the first bad input line instead of "
                   "skipping it")
    p.add_argument("--work-dir", metavar="DIR", type=Path,
                   help="folder for temporary spill files (default: OUT's folder)")
    p.set_defaults(run=run)


def _add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--since", metavar="D", help="only records published (else modified) at or "
                   "after D: 2024-12-17 or 2024-12-17T09:30+05:30; no zone = UTC")
    p.add_argument("--until", metavar="D", help="only records published (else modified) at or "
                   "before D; a bare date includes that whole day")
    for name, what in (("site", "site profile name (or host)"), ("agency", "agency, e.g. IANS"),
                       ("language", "language code, e.g. en")):
        p.add_argument(f"--{name}", action="append", default=[], metavar=name.upper(),
                       help=f"only this {what}; repeat it or give a comma list for several "
                       "(case-insensitive)")


def format_of(out: Path, given: str | None) -> str:
    """The output format: `given`, else from OUT's suffix.

    >>> format_of(Path("x/news.PARQUET"), None), format_of(Path("news.out"), "csv")
    ('parquet', 'csv')
    """
    if given:
        return given
    fmt = _SUFFIXES.get(out.suffix.lower())
    if fmt is None:
        raise UsageError(f"cannot tell the format of {out} from its suffix: use .parquet, .csv, "
                         ".duckdb or .jsonl, or give --format")
    return fmt


def cmd_export(args: argparse.Namespace) -> int:
    out = Path(args.output)
    fmt = format_of(out, args.format)
    stories = args.stories or args.dedupe_stories
    _require_extra(fmt, stories=stories)

    from newsscraper.datasets.export import ExportOptions, run_export
    from newsscraper.datasets.export_select import Filters, parse_bound
    from newsscraper.datasets.records import BadInput

    inputs = tuple(Path(p) for p in args.inputs)
    _check_paths(inputs, out)
    filters = Filters.build(
        parse_bound(args.since, end=False) if args.since else None,
        parse_bound(args.until, end=True) if args.until else None,
        _values(args.site), _values(args.agency), _values(args.language),
    )
    opts = ExportOptions(
        inputs=inputs, out=out, fmt=fmt, filters=filters, all_versions=args.all_versions,
        stories=stories, dedupe_stories=args.dedupe_stories, strict=args.strict,
        work_dir=args.work_dir, command=command_line(args),
    )
    started = time.monotonic()
    try:
        document = run_export(opts)
    except BadInput as exc:
        print(f"newsscraper: error: {exc} (--strict); {out} not written", file=sys.stderr)
        return 1
    if args.quiet == 0:
        print(summary(document, out, time.monotonic() - started), file=sys.stderr)
    return 0


def _values(given: list[str]) -> list[str]:
    """Repeated options and comma lists, flattened: ``["IANS,PTI", "AP"]`` → 3 values."""
    return [v.strip() for item in given for v in item.split(",") if v.strip()]


def _check_paths(inputs: tuple[Path, ...], out: Path) -> None:
    if out.is_dir():
        raise UsageError(f"output {out} is a folder; give a file name")
    target = out.resolve()
    for path in inputs:
        if path.resolve() == target:
            raise UsageError(f"output {out} is also an input; write the export elsewhere")


def _require_extra(fmt: str, *, stories: bool) -> None:
    """UsageError naming the extra when a library the export needs is missing."""
    needed = ["numpy", "pyarrow", "pyarrow.parquet", "pyarrow.csv"]
    if fmt == "duckdb":
        needed.append("duckdb")
    if stories:
        needed.append("newsscraper.datasets.stories")
    for name in needed:
        try:
            importlib.import_module(name)
        except ImportError as exc:
            if exc.name == "newsscraper.datasets.stories":
                raise UsageError("export --stories: story clustering is not available in this "
                                 "installation (newsscraper/datasets/stories.py)") from None
            raise UsageError(EXTRA_MESSAGE) from None


def command_line(args: argparse.Namespace) -> str:
    """The command as an equivalent, re-runnable shell line (for the manifest)."""
    argv = ["newsscraper", "export", *args.inputs, "-o", args.output]
    if args.format:
        argv += ["--format", args.format]
    for name in ("since", "until"):
        if getattr(args, name):
            argv += [f"--{name}", getattr(args, name)]
    for name in ("site", "agency", "language"):
        for value in getattr(args, name):
            argv += [f"--{name}", value]
    for flag in ("all_versions", "stories", "dedupe_stories", "strict"):
        if getattr(args, flag):
            argv.append("--" + flag.replace("_", "-"))
    if args.work_dir:
        argv += ["--work-dir", str(args.work_dir)]
    return shlex.join(argv)


def summary(document: dict[str, Any], out: Path, seconds: float) -> str:
    """The closing line on stderr."""
    c = document["counts"]
    parts = [f"read {c['records_read']:,}"]  # "label n": no plural forms to get wrong
    for key, label in (("bad_lines", "bad lines"), ("torn_lines", "torn lines"),
                       ("filtered_out", "filtered out"), ("superseded", "superseded versions"),
                       ("story_duplicates", "story duplicates")):
        if c[key]:
            parts.append(f"{label} {c[key]:,}")
    if c["stories"] is not None:
        parts.append(f"stories {c['stories']:,}")
    rate = c["records_read"] / seconds if seconds > 0 else 0.0
    return (f"export: wrote {c['written']:,} records to {out} ({', '.join(parts)}) "
            f"in {seconds:.1f} s ({rate:,.0f} records/s)")
