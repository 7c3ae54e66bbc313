"""The four export formats, each written to a temporary file that replaces OUT only when done.

Why atomic: an export interrupted half way (Ctrl-C, a full disk, a bad line under --strict) must
never leave a half file at OUT that a notebook then loads as if whole. Every writer writes to
``.OUT.tmp-<pid>`` in OUT's folder (same file system, so the rename is atomic); `commit` fsyncs
it, ``os.replace``s it onto OUT and fsyncs the folder; `discard` removes it (and DuckDB's WAL).

Writers take batches of validated records (`records.py`):

- Parquet: pyarrow ``ParquetWriter``, zstd, one row group per batch, schema from
  `export_schema` (timestamps ``timestamp[us, UTC]``, lists as lists).
- CSV: pyarrow's CSV writer, UTF-8 without BOM, a header row, RFC 4180 quoting (bodies keep their
  newlines inside quotes), lists joined with ``"; "``, timestamps as ISO 8601 UTC text.
- DuckDB: one table ``articles`` created from explicit DDL (TIMESTAMPTZ, VARCHAR[]), batches
  inserted from Arrow; ``memory_limit`` and a spill folder keep its memory bounded.
- JSON Lines: the records as read (orjson, one per line), plus ``story_id`` with --stories.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Protocol

import orjson

from newsscraper.datasets.export_schema import (
    arrow_schema,
    column_kinds,
    csv_schema,
    to_batch,
)

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["FORMATS", "TABLE", "Writer", "commit_file", "open_writer", "temp_path"]

FORMATS = ("parquet", "csv", "duckdb", "jsonl")
#: The DuckDB table name.
TABLE = "articles"
#: DuckDB's memory ceiling during the export; past it, it spills to the work folder.
DUCKDB_MEMORY_LIMIT = "128MB"
DUCKDB_ATTACH_OPTIONS = "ROW_GROUP_SIZE 16384, RECOVERY_MODE no_wal_writes"

_DDL_TYPES = {
    "str": "VARCHAR NOT NULL", "str?": "VARCHAR", "list": "VARCHAR[] NOT NULL",
    "int": "BIGINT NOT NULL", "time": "TIMESTAMPTZ NOT NULL", "time?": "TIMESTAMPTZ",
}


class Writer(Protocol):
    """Writes batches to a temporary file; `commit` puts it at OUT, `discard` removes it."""

    def write(self, rows: list[dict[str, Any]]) -> None: ...
    def commit(self) -> None: ...
    def discard(self) -> None: ...


def temp_path(out: Path) -> Path:
    """The temporary sibling of `out` a writer fills: hidden, named after OUT and our pid."""
    return out.with_name(f".{out.name}.tmp-{os.getpid()}")


def open_writer(fmt: str, out: Path, *, stories: bool, workdir: Path) -> Writer:
    """A writer for `fmt` whose result lands at `out`; OSError when OUT's folder is unusable."""
    tmp = temp_path(out)
    if fmt == "parquet":
        return _ParquetWriter(out, tmp, stories)
    if fmt == "csv":
        return _CsvWriter(out, tmp, stories)
    if fmt == "duckdb":
        return _DuckDbWriter(out, tmp, stories, workdir)
    if fmt == "jsonl":
        return _JsonlWriter(out, tmp)
    raise ValueError(f"unknown format {fmt!r}")


def commit_file(tmp: Path, out: Path) -> None:
    """fsync `tmp`, rename it onto `out`, fsync the folder so the rename survives a crash."""
    fd = os.open(tmp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    tmp.replace(out)
    dir_fd = os.open(out.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def _remove(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


class _ArrowFileWriter:
    """Shared by Parquet and CSV: batches → Arrow record batches → pyarrow's file writer."""

    def __init__(self, out: Path, tmp: Path, schema: pa.Schema, csv: bool) -> None:
        self.out, self.tmp, self.schema, self.csv = out, tmp, schema, csv
        self.sink: Any = None

    def write(self, rows: list[dict[str, Any]]) -> None:
        if rows:
            self.sink.write_batch(to_batch(rows, self.schema, csv=self.csv))

    def commit(self) -> None:
        self.sink.close()
        commit_file(self.tmp, self.out)

    def discard(self) -> None:
        with contextlib.suppress(Exception):  # already failing: the first error is the story
            self.sink.close()
        _remove(self.tmp)


class _ParquetWriter(_ArrowFileWriter):
    def __init__(self, out: Path, tmp: Path, stories: bool) -> None:
        import pyarrow.parquet as pq

        super().__init__(out, tmp, arrow_schema(stories=stories), csv=False)
        self.sink = pq.ParquetWriter(tmp, self.schema, compression="zstd")


class _CsvWriter(_ArrowFileWriter):
    def __init__(self, out: Path, tmp: Path, stories: bool) -> None:
        import pyarrow.csv as pcsv

        super().__init__(out, tmp, csv_schema(stories=stories), csv=True)
        self.sink = pcsv.CSVWriter(str(tmp), self.schema)


class _DuckDbWriter:
    """DuckDB keeps a table's rows in memory until a row group is full (122,880 rows by
    default: ~350 MB of articles), so the file is attached with small row groups and without
    WAL writes (the temporary file is the safety net), and memory is capped with a spill
    folder. Older DuckDB versions without those ATTACH options still work, with more memory."""

    def __init__(self, out: Path, tmp: Path, stories: bool, workdir: Path) -> None:
        import duckdb

        self.out, self.tmp = out, tmp
        self.schema = arrow_schema(stories=stories)
        _remove(tmp, self._wal())  # a stale file from a killed run with our pid
        self.con = duckdb.connect()
        for setting, value in (("memory_limit", DUCKDB_MEMORY_LIMIT), ("threads", "1"),
                               ("temp_directory", str(workdir))):
            self.con.execute(f"SET {setting} = ?", [value])
        try:
            self.con.execute(f"ATTACH ? AS out ({DUCKDB_ATTACH_OPTIONS})", [str(tmp)])
        except duckdb.Error:
            _remove(tmp, self._wal())
            self.con.execute("ATTACH ? AS out", [str(tmp)])
        columns = ", ".join(
            f'"{name}" {_DDL_TYPES[kind]}'
            for name, kind in column_kinds(stories=stories).items()
        )
        self.con.execute(f"CREATE TABLE out.{TABLE} ({columns})")

    def _wal(self) -> Path:
        return self.tmp.with_name(self.tmp.name + ".wal")

    def write(self, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        batch = to_batch(rows, self.schema, csv=False)
        self.con.register("_batch", batch)
        try:
            # TABLE is our constant, not input: nothing to inject.
            self.con.execute(f"INSERT INTO out.{TABLE} SELECT * FROM _batch")  # noqa: S608
        finally:
            self.con.unregister("_batch")

    def commit(self) -> None:
        self.con.execute("CHECKPOINT out")
        self.con.execute("DETACH out")
        self.con.close()
        _remove(self._wal())  # empty after the checkpoint; not part of the result
        commit_file(self.tmp, self.out)

    def discard(self) -> None:
        with contextlib.suppress(Exception):
            self.con.close()
        _remove(self.tmp, self._wal())


class _JsonlWriter:
    def __init__(self, out: Path, tmp: Path) -> None:
        self.out, self.tmp = out, tmp
        self.file: BinaryIO = tmp.open("wb")

    def write(self, rows: list[dict[str, Any]]) -> None:
        self.file.write(b"".join(orjson.dumps(row) + b"\n" for row in rows))

    def commit(self) -> None:
        self.file.close()
        commit_file(self.tmp, self.out)

    def discard(self) -> None:
        self.file.close()
        _remove(self.tmp)

