"""The export's column types, spelt out from `items.Article` rather than inferred from data.

Why explicit: inference from a batch guesses (an all-null column becomes ``null``, a batch
without tags types ``tags`` as ``list<null>``) and two batches may disagree, which breaks a
Parquet file half way. Every column comes from the record schema (DESIGN.md §4):
``str`` → string, ``str | None`` → nullable string, ``list[str]`` → list of strings, ``int`` →
int64, and the three timestamp fields → ``timestamp[us, UTC]`` (timezone-aware: the instant is
kept, the page's own offset is not — the JSON Lines output keeps that). ``story_id`` is
appended when stories are asked for.

pyarrow is imported inside the functions: this module loads without the ``datasets`` extra.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from newsscraper.items import DATETIME_FIELDS, Article

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["STORY_ID", "ColumnKind", "arrow_schema", "column_kinds", "csv_schema", "to_batch"]

STORY_ID = "story_id"

ColumnKind = str  # "str", "str?", "list", "int", "time", "time?"

_KINDS = {"str": "str", "str | None": "str?", "list[str]": "list", "int": "int"}


def column_kinds(*, stories: bool = False) -> dict[str, ColumnKind]:
    """Column name → kind, in schema order, from the `Article` annotations.

    >>> kinds = column_kinds(stories=True)
    >>> [kinds[k] for k in ("url", "authors", "published_at", "fetched_at", "story_id")]
    ['str', 'list', 'time?', 'time', 'str']
    """
    kinds: dict[str, ColumnKind] = {}
    for f in dataclasses.fields(Article):
        kind = _KINDS[str(f.type)]
        if f.name in DATETIME_FIELDS:
            kind = "time?" if kind == "str?" else "time"
        kinds[f.name] = kind
    if stories:
        kinds[STORY_ID] = "str"
    return kinds


def arrow_schema(*, stories: bool = False) -> pa.Schema:
    """The typed schema used for Parquet and DuckDB."""
    import pyarrow as pa

    types = {
        "str": pa.string(), "str?": pa.string(), "list": pa.list_(pa.string()),
        "int": pa.int64(), "time": pa.timestamp("us", tz="UTC"),
        "time?": pa.timestamp("us", tz="UTC"),
    }
    return pa.schema(
        [
            pa.field(name, types[kind], nullable=kind.endswith("?"))
            for name, kind in column_kinds(stories=stories).items()
        ]
    )


def csv_schema(*, stories: bool = False) -> pa.Schema:
    """The same columns for CSV: lists joined into one string, timestamps as ISO 8601 UTC text."""
    import pyarrow as pa

    return pa.schema(
        [
            pa.field(name, pa.int64() if kind == "int" else pa.string(),
                     nullable=kind.endswith("?"))
            for name, kind in column_kinds(stories=stories).items()
        ]
    )


#: What CSV puts between list items: readable in a spreadsheet cell, rare inside a byline or tag.
LIST_SEPARATOR = "; "


def to_batch(rows: list[dict[str, Any]], schema: pa.Schema, *, csv: bool) -> pa.RecordBatch:
    """One record batch of `rows` (validated records, see `records.py`) in `schema`."""
    import pyarrow as pa

    kinds = column_kinds(stories=schema.get_field_index(STORY_ID) >= 0)
    columns: list[pa.Array] = []
    for field in schema:
        values = [row[field.name] for row in rows]
        kind = kinds[field.name]
        if kind.startswith("time"):
            values = [_utc_text(v) if csv else _instant(v) for v in values]
        elif kind == "list" and csv:
            values = [LIST_SEPARATOR.join(v) for v in values]
        columns.append(pa.array(values, type=field.type))
    return pa.RecordBatch.from_arrays(columns, schema=schema)


def _instant(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _utc_text(value: str | None) -> str | None:
    """ISO 8601 in UTC, e.g. ``2024-12-17T04:00:00Z``: sortable text a spreadsheet can parse.

    >>> _utc_text("2024-12-17T09:30:00+05:30")
    '2024-12-17T04:00:00Z'
    """
    if value is None:
        return None
    utc = datetime.fromisoformat(value).astimezone(UTC)
    return utc.replace(tzinfo=None).isoformat() + "Z"

