"""`run_export`: newsscraper JSON Lines → one Parquet, CSV, DuckDB or JSON Lines file + manifest.

Memory stays flat in the input size because no pass holds records, only small per-record
arrays (a few dozen bytes each) and one batch of records at a time:

1. **select** (`export_select`): stream the input, note each record's URL hash, version, fetch
   time and whether it passes the filters; pick each URL's latest version → a keep-mask.
   Skipped with ``--all-versions`` and no stories: the filters then apply while writing.
2. **stories** (`export_stories`, only with ``--stories``/``--dedupe-stories``): stream the kept
   records into the clusterer → a story id per kept record.
3. **write** (`export_write`): stream the input once more, write kept records in batches to a
   temporary file, then replace OUT and write ``OUT.manifest.json`` (`export_manifest`).

Every pass reads the input again, so the input must not change meanwhile: its size and mtime
are checked after the last pass, and so is the record count of every pass; a change fails the
export (nothing is written). Records come out in input order.
"""

from __future__ import annotations

import logging
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsscraper._usage import UsageError
from newsscraper.datasets.export_manifest import (
    ExportStats,
    manifest,
    manifest_path,
    write_manifest,
)
from newsscraper.datasets.export_schema import STORY_ID
from newsscraper.datasets.export_select import Filters, select
from newsscraper.datasets.export_stories import Stories, assign_stories
from newsscraper.datasets.export_write import Writer, open_writer
from newsscraper.datasets.records import iter_records

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

__all__ = ["ExportOptions", "run_export"]

logger = logging.getLogger("newsscraper.datasets.export")

#: A batch is written when it has this many records or this many bytes of body text: about
#: 8 MB of records in memory whatever the body sizes, and Parquet row groups of useful size.
BATCH_ROWS = 2048
BATCH_BODY_BYTES = 8 << 20
#: Seconds between progress lines on stderr.
PROGRESS_EVERY = 5.0


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """Everything one export needs; `command` is recorded in the manifest as given."""

    inputs: tuple[Path, ...]
    out: Path
    fmt: str
    filters: Filters = field(default_factory=Filters)
    all_versions: bool = False
    stories: bool = False
    dedupe_stories: bool = False
    strict: bool = False
    work_dir: Path | None = None
    command: str = ""

    def describe(self) -> dict[str, Any]:
        """The options part of the manifest."""
        return {
            "all_versions": self.all_versions, "stories": self.stories or self.dedupe_stories,
            "dedupe_stories": self.dedupe_stories, "strict": self.strict,
            "filters": self.filters.describe(),
        }


def run_export(opts: ExportOptions) -> dict[str, Any]:
    """Run the export; return the manifest written beside OUT.

    Raises `UsageError` for a missing input or an unusable output, `records.BadInput` for a
    bad line under ``strict``; either way OUT is left as it was.
    """
    return _Export(opts).run()


class _Export:
    def __init__(self, opts: ExportOptions) -> None:
        self.opts = opts
        self.stats = ExportStats()
        self.stories_on = opts.stories or opts.dedupe_stories
        self.snapshot = _snapshot(opts.inputs)
        self.total: int | None = None  # records per pass, set by the first

    def run(self) -> dict[str, Any]:
        opts = self.opts
        work_parent = opts.work_dir or opts.out.parent
        try:
            work = tempfile.TemporaryDirectory(prefix=".newsscraper-export-", dir=work_parent)
        except OSError as exc:
            raise UsageError(f"cannot write in {work_parent}: {exc.strerror or exc}") from None
        with work as work_dir:
            keep = self._select()
            stories = self._stories(keep, Path(work_dir)) if self.stories_on else None
            writer = self._open_writer(Path(work_dir))
            try:
                self._write(writer, keep, stories)
                self._check_unchanged()
                document = manifest(
                    self.stats, out=opts.out, fmt=opts.fmt, inputs=list(opts.inputs),
                    command=opts.command, options=opts.describe(), created=datetime.now(UTC),
                )
                # No old manifest may describe the new file, even for the instant between.
                manifest_path(opts.out).unlink(missing_ok=True)
                writer.commit()
            except BaseException:
                writer.discard()
                raise
        write_manifest(document, manifest_path(opts.out))
        return document

    def _records(self, label: str) -> Iterator[dict[str, Any]]:
        """One pass over the input; the first reports bad lines, the others stay quiet."""
        first = self.total is None
        records = iter_records(
            self.opts.inputs, strict=self.opts.strict,
            on_bad=self.stats.bad if first else None, log_bad=first,
        )
        count = 0
        started = last = time.monotonic()
        for rec in records:
            count += 1
            if self.total is not None and count > self.total:
                raise _changed()
            if not count & 4095 and (now := time.monotonic()) - last >= PROGRESS_EVERY:
                last = now
                logger.info("export: %s: %s records read (%s/s)", label, f"{count:,}",
                            f"{count / (now - started):,.0f}")
            yield rec
        if first:
            self.total = count
            self.stats.records_read = count
        elif count != self.total:
            raise _changed()

    def _select(self) -> npt.NDArray[np.bool_] | None:
        """Pass 1, unless nothing needs it (all versions, no stories)."""
        opts = self.opts
        if opts.all_versions and not self.stories_on:
            return None
        selection = select(self._records("select"), opts.filters, latest=not opts.all_versions)
        self.stats.superseded = selection.superseded
        self.stats.filtered_out = selection.filtered_out
        return selection.keep

    def _stories(self, keep: npt.NDArray[np.bool_] | None, work_dir: Path) -> Stories:
        assert keep is not None  # stories always run the select pass
        kept = (rec for i, rec in enumerate(self._records("stories")) if keep[i])
        stories = assign_stories(kept, workdir=work_dir)
        self.stats.stories = stories.count
        if self.opts.dedupe_stories:
            self.stats.story_duplicates = int((~stories.representative).sum())
        return stories

    def _open_writer(self, work_dir: Path) -> Writer:
        out = self.opts.out
        try:
            return open_writer(self.opts.fmt, out, stories=self.stories_on, workdir=work_dir)
        except OSError as exc:
            raise UsageError(f"cannot write output {out}: {exc.strerror or exc}") from None

    def _write(self, writer: Writer, keep: npt.NDArray[np.bool_] | None,
               stories: Stories | None) -> None:
        """The last pass: kept records, in input order, in batches."""
        dedupe = self.opts.dedupe_stories
        batch: list[dict[str, Any]] = []
        body_bytes = row = 0
        for i, rec in enumerate(self._records("write")):
            if keep is None:
                if not self.opts.filters(rec):
                    self.stats.filtered_out += 1
                    continue
            elif not keep[i]:
                continue
            if stories is not None:
                row += 1
                if dedupe and not stories.representative[row - 1]:
                    continue
                rec[STORY_ID] = stories.id_text(row - 1)
            self.stats.wrote(rec)
            batch.append(rec)
            body_bytes += len(rec["body"])
            if len(batch) >= BATCH_ROWS or body_bytes >= BATCH_BODY_BYTES:
                writer.write(batch)
                batch, body_bytes = [], 0
        writer.write(batch)

    def _check_unchanged(self) -> None:
        if _snapshot(self.opts.inputs) != self.snapshot:
            raise _changed()


def _changed() -> UsageError:
    return UsageError("the input changed while exporting (its records differ between passes); "
                      "export a copy that no one is writing to")


def _snapshot(paths: tuple[Path, ...]) -> list[tuple[int, int] | None]:
    """(size, mtime) per input: how `_check_unchanged` notices a file written meanwhile."""
    result: list[tuple[int, int] | None] = []
    for path in paths:
        try:
            st = path.stat()
        except OSError:
            result.append(None)  # iter_records reports it as a usage error
            continue
        result.append((st.st_size, st.st_mtime_ns))
    return result
