"""`newsscraper report`: JSON Lines in, one self-contained HTML page out.

The pieces, each testable alone: `records.iter_records` streams and validates the input,
`report_stats.ReportStats` counts (flat memory), `report_charts` draws the counts as inline SVG,
`report_html` lays out the page, and `write_atomic` puts it in place — a reader never sees half
a report, and a failed run leaves any previous report untouched.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from newsscraper.datasets.records import BadLine, iter_records
from newsscraper.datasets.report_charts import render_charts
from newsscraper.datasets.report_data import ReportData
from newsscraper.datasets.report_html import render_page
from newsscraper.datasets.report_stats import ReportStats

__all__ = ["DEFAULT_TITLE", "aggregate", "build_report", "render_report", "write_atomic"]

DEFAULT_TITLE = "News records overview"


def aggregate(
    paths: Sequence[Path], on_bad: Callable[[BadLine], None] | None = None
) -> ReportData:
    """Count every record of `paths` in one streaming pass. Raises `UsageError` for a missing
    or unreadable input before anything is read."""
    stats = ReportStats()

    def bad(line: BadLine) -> None:
        stats.add_bad(line)
        if on_bad is not None:
            on_bad(line)

    for rec in iter_records(paths, on_bad=bad):
        stats.add(rec)
    return stats.data([str(p) for p in paths])


def render_report(
    data: ReportData, *, title: str = DEFAULT_TITLE, generated: datetime | None = None
) -> str:
    """The HTML page for `data`. `generated` defaults to ``SOURCE_DATE_EPOCH`` when set (for
    reproducible pages), else now."""
    return render_page(data, render_charts(data), title=title,
                       generated=generated or _generated_at())


def build_report(
    paths: Sequence[Path],
    output: Path,
    *,
    title: str = DEFAULT_TITLE,
    on_bad: Callable[[BadLine], None] | None = None,
) -> ReportData:
    """Aggregate `paths`, render the page and write it to `output` atomically."""
    data = aggregate(paths, on_bad)
    write_atomic(output, render_report(data, title=title))
    return data


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to a temporary file beside `path`, fsync, then rename over `path`."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o666)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _generated_at() -> datetime:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), UTC)
    return datetime.now(UTC)
