"""Stream records out of newsscraper JSON Lines: the one reader `export` and `report` share.

Why one reader: both commands must agree on what a bad line is, report it the same way (file and
line number, RELIABILITY 52) and treat a torn last line the same way (RELIABILITY 54) — a crash
mid-write leaves the last line without its newline; that line is skipped with a WARNING and is
never fatal, while a bad line anywhere else is reported and skipped, or fatal under ``strict``.

Records stream one line at a time (orjson, no whole-file reads), so memory stays flat in the
input size. Plain ``.jsonl`` and gzip-compressed ``.jsonl.gz`` are read. Blank lines carry no
record and are passed over silently. A record must be a JSON object with every schema key of
DESIGN.md §4 and the right JSON types (timestamps: ISO 8601 with an offset); keys that the
schema does not know are kept and left to the caller.
"""

from __future__ import annotations

import gzip
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any, cast

import orjson

from newsscraper._usage import UsageError
from newsscraper.items import DATETIME_FIELDS, FIELD_ORDER

__all__ = ["BadInput", "BadLine", "iter_records", "record_problem"]

logger = logging.getLogger("newsscraper.datasets")

#: Bad lines logged one by one per `iter_records` call; past this they are still passed to
#: `on_bad` (and counted by the caller) but logged once as a total, so a wholly corrupt file
#: cannot flood stderr.
LOG_LIMIT = 50

_REQUIRED = frozenset(FIELD_ORDER)
_NON_EMPTY_STR = ("url", "site", "title", "body", "fetched_at", "content_hash", "extractor")
_NULLABLE_STR = (
    "canonical_url", "language", "section", "subtitle", "agency", "dateline", "image_url",
    "published_at", "modified_at",
)
_STR_LISTS = ("authors", "tags")
_INTS = ("word_count", "version", "schema_version")


@dataclass(frozen=True, slots=True)
class BadLine:
    """One input line that holds no usable record. `torn`: the file's last line, cut short."""

    path: Path
    line_no: int
    reason: str
    torn: bool = False

    def __str__(self) -> str:
        return f"{self.path}:{self.line_no}: {self.reason}"


class BadInput(Exception):
    """A bad line under ``strict=True``; `bad` says where and why."""

    def __init__(self, bad: BadLine) -> None:
        super().__init__(f"bad input line {bad}")
        self.bad = bad


def iter_records(
    paths: Sequence[Path],
    *,
    strict: bool = False,
    on_bad: Callable[[BadLine], None] | None = None,
    log_bad: bool = True,
) -> Iterator[dict[str, Any]]:
    """Every valid record of `paths`, in file then line order.

    A bad line is logged (WARNING), passed to `on_bad`, and skipped — or raises `BadInput`
    under `strict`. A torn last line is logged and passed to `on_bad` with ``torn=True`` but
    never raises. A missing or unreadable input raises `UsageError` before anything is read.
    ``log_bad=False`` stops the logging, for a second pass over input already reported.
    """
    checked = [_check_input(Path(p)) for p in paths]
    return _records(checked, _Reporter(strict, on_bad, log_bad))


def record_problem(rec: object) -> str | None:
    """Why `rec` is not a schema record, or None when it is.

    >>> record_problem([1])
    'not a JSON object (list)'
    >>> record_problem({"url": "x"})[:13]
    'missing keys:'
    """
    if type(rec) is not dict:
        return f"not a JSON object ({type(rec).__name__})"
    missing = _REQUIRED - rec.keys()
    if missing:
        names = [k for k in FIELD_ORDER if k in missing]
        more = f" and {len(names) - 5} more" if len(names) > 5 else ""
        return "missing keys: " + ", ".join(names[:5]) + more
    return _type_problem(rec) or _datetime_problem(rec)


def _type_problem(rec: dict[str, Any]) -> str | None:
    for name in _NON_EMPTY_STR:
        value = rec[name]
        if type(value) is not str or not value:
            return f"{name}: expected a non-empty string, got {_short(value)}"
    for name in _NULLABLE_STR:
        value = rec[name]
        if value is not None and type(value) is not str:
            return f"{name}: expected a string or null, got {_short(value)}"
    for name in _STR_LISTS:
        value = rec[name]
        if type(value) is not list or not all(type(v) is str for v in value):
            return f"{name}: expected a list of strings, got {_short(value)}"
    for name in _INTS:
        value = rec[name]
        if type(value) is not int:  # JSON true/false are not integers here
            return f"{name}: expected an integer, got {_short(value)}"
    return None


def _datetime_problem(rec: dict[str, Any]) -> str | None:
    for name in DATETIME_FIELDS:
        value = rec[name]
        if value is None:
            continue
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            parsed = None
        if parsed is None or parsed.tzinfo is None or "T" not in value:
            return f"{name}: expected ISO 8601 date-time with offset, got {_short(value)}"
    return None


def _short(value: object, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _check_input(path: Path) -> Path:
    if path.is_dir():
        raise UsageError(f"input {path} is a folder; give JSON Lines files (.jsonl, .jsonl.gz)")
    try:
        with path.open("rb"):
            pass
    except OSError as exc:
        raise UsageError(f"cannot read input {path}: {exc.strerror or exc}") from None
    return path


class _Reporter:
    """Logs bad lines up to LOG_LIMIT, forwards every one to `on_bad`, raises under strict."""

    def __init__(
        self, strict: bool, on_bad: Callable[[BadLine], None] | None, log: bool
    ) -> None:
        self.strict = strict
        self.on_bad = on_bad
        self.log = log
        self.count = 0

    def __call__(self, bad: BadLine) -> None:
        self.count += 1
        if not self.log:
            pass
        elif self.count <= LOG_LIMIT:
            logger.warning("skipped %s", bad)
        elif self.count == LOG_LIMIT + 1:
            logger.warning("more bad lines: not logged one by one (see the run's count)")
        if self.on_bad is not None:
            self.on_bad(bad)
        if self.strict and not bad.torn:
            raise BadInput(bad)


def _records(paths: list[Path], report: _Reporter) -> Iterator[dict[str, Any]]:
    for path in paths:
        with _open(path) as stream:
            yield from _file_records(path, stream, report)


def _open(path: Path) -> IO[bytes]:
    try:
        if path.name.endswith(".gz"):
            return cast(IO[bytes], gzip.open(path, "rb"))
        return path.open("rb")
    except OSError as exc:
        raise UsageError(f"cannot read input {path}: {exc.strerror or exc}") from None


def _file_records(
    path: Path, stream: IO[bytes], report: _Reporter
) -> Iterator[dict[str, Any]]:
    line_no = 0
    try:
        for line in stream:
            line_no += 1
            rec, reason = _parse(line)
            if rec is not None:
                yield rec
            elif reason is not None:
                torn = not line.endswith(b"\n") and reason.startswith("not valid JSON")
                if torn:
                    reason = "torn last line (no trailing newline), skipped"
                report(BadLine(path, line_no, reason, torn=torn))
    except EOFError:  # a .gz cut short by a crash: like a torn tail, what was read stands
        report(BadLine(path, line_no + 1, "truncated gzip stream, rest of file skipped", True))
    except (gzip.BadGzipFile, OSError) as exc:
        raise UsageError(f"cannot read input {path}: {exc}") from None


def _parse(line: bytes) -> tuple[dict[str, Any] | None, str | None]:
    """(record, None), (None, reason) for a bad line, or (None, None) for a blank one."""
    try:
        rec = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        if not line.strip():
            return None, None
        return None, f"not valid JSON: {exc}"
    problem = record_problem(rec)
    if problem is not None:
        return None, problem
    return rec, None
