"""The manifest beside every export (``OUT.manifest.json``): what went in, what came out, how.

Why: an export file alone cannot say which inputs, filters and options made it, nor what was
left out. The manifest answers that for whoever loads the file months later, and its counts
add up: ``records_read = filtered_out + superseded + story_duplicates + written``
(bad lines are not records and are counted apart).

`ExportStats` collects counts while the passes stream; `manifest` turns them into the JSON
document, written atomically (after the export file) by `write_manifest`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from newsscraper import __version__
from newsscraper.datasets.export_select import record_time
from newsscraper.datasets.export_write import commit_file, temp_path
from newsscraper.datasets.records import BadLine
from newsscraper.items import SCHEMA_VERSION

__all__ = ["BAD_LINE_EXAMPLES", "ExportStats", "manifest", "manifest_path", "write_manifest"]

#: Bad lines listed one by one in the manifest; all of them are counted.
BAD_LINE_EXAMPLES = 100


def manifest_path(out: Path) -> Path:
    """``OUT.manifest.json`` beside OUT.

    >>> manifest_path(Path("data/news.parquet")).as_posix()
    'data/news.parquet.manifest.json'
    """
    return out.with_name(out.name + ".manifest.json")


@dataclass(slots=True)
class ExportStats:
    """Counts and distributions gathered while the export streams."""

    records_read: int = 0
    bad_lines: int = 0
    torn_lines: int = 0
    filtered_out: int = 0
    superseded: int = 0
    story_duplicates: int = 0
    written: int = 0
    stories: int | None = None
    bad_examples: list[BadLine] = field(default_factory=list)
    sites: Counter[str] = field(default_factory=Counter)
    agencies: Counter[str] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)
    without_agency: int = 0
    undated: int = 0
    earliest: datetime | None = None
    latest: datetime | None = None

    def bad(self, line: BadLine) -> None:
        """`iter_records`'s on_bad: count and keep the first examples."""
        if line.torn:
            self.torn_lines += 1
        else:
            self.bad_lines += 1
        if len(self.bad_examples) < BAD_LINE_EXAMPLES:
            self.bad_examples.append(line)

    def wrote(self, rec: dict[str, Any]) -> None:
        """Account one written record in the distributions."""
        self.written += 1
        self.sites[rec["site"]] += 1
        if rec["agency"] is None:
            self.without_agency += 1
        else:
            self.agencies[rec["agency"]] += 1
        self.languages[rec["language"] or "unknown"] += 1
        moment = record_time(rec)
        if moment is None:
            self.undated += 1
            return
        if self.earliest is None or moment < self.earliest:
            self.earliest = moment
        if self.latest is None or moment > self.latest:
            self.latest = moment

    def counts(self) -> dict[str, int | None]:
        return {
            "records_read": self.records_read, "bad_lines": self.bad_lines,
            "torn_lines": self.torn_lines, "filtered_out": self.filtered_out,
            "superseded": self.superseded, "story_duplicates": self.story_duplicates,
            "written": self.written, "stories": self.stories,
        }


def manifest(stats: ExportStats, *, out: Path, fmt: str, inputs: list[Path],
             command: str, options: dict[str, Any], created: datetime) -> dict[str, Any]:
    """The manifest document."""
    return {
        "output": out.name,
        "format": fmt,
        "created_at": _utc(created),
        "command": command,
        "newsscraper_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "inputs": [_input(p) for p in inputs],
        "options": options,
        "counts": stats.counts(),
        "date_range": {
            "field": "published_at, else modified_at",
            "earliest": _utc(stats.earliest), "latest": _utc(stats.latest),
            "undated": stats.undated,
        },
        "sites": _ranked(stats.sites),
        "agencies": _ranked(stats.agencies),
        "without_agency": stats.without_agency,
        "languages": _ranked(stats.languages),
        "bad_lines": [
            {"path": str(b.path), "line": b.line_no, "reason": b.reason, "torn": b.torn}
            for b in stats.bad_examples
        ],
    }


def write_manifest(document: dict[str, Any], path: Path) -> None:
    """Write `document` to `path` atomically (temp file, fsync, rename)."""
    tmp = temp_path(path)
    try:
        tmp.write_bytes(orjson.dumps(document, option=orjson.OPT_INDENT_2) + b"\n")
        commit_file(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _utc(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat() + "Z"


def _ranked(counter: Counter[str]) -> dict[str, int]:
    """Most common first, ties by name: a stable, readable order."""
    return dict(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


def _input(path: Path) -> dict[str, Any]:
    st = path.stat()
    return {
        "path": str(path),
        "bytes": st.st_size,
        "modified_at": _utc(datetime.fromtimestamp(st.st_mtime, UTC)),
    }
