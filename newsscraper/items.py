"""The record schema: one `Article` per JSON Lines row, and the `Skip` value for non-articles.

This module is only the schema (DESIGN.md §4); how each field is cleaned lives in `loaders.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

SCHEMA_VERSION = 1


@dataclass(slots=True)
class Article:
    """One news article as written to JSON Lines. Every key is always present."""

    url: str
    canonical_url: str | None
    site: str
    language: str | None
    section: str | None
    title: str
    subtitle: str | None
    body: str
    authors: list[str]
    agency: str | None
    dateline: str | None
    tags: list[str]
    image_url: str | None
    published_at: str | None
    modified_at: str | None
    fetched_at: str
    word_count: int
    content_hash: str
    version: int
    extractor: str
    schema_version: int


FIELD_ORDER: tuple[str, ...] = tuple(f.name for f in fields(Article))
DATETIME_FIELDS: tuple[str, ...] = ("published_at", "modified_at", "fetched_at")


@dataclass(frozen=True, slots=True)
class Skip:
    """A page that yields no record, with the one reason logged and counted in stats."""

    reason: str
    url: str = ""
