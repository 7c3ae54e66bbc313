"""The record checks behind ValidatePipeline: the shipped JSON Schema's rules, in plain Python.

jsonschema is too slow for every record (and stays in the tests, which keep the two in step:
tests/test_schema.py); these checks are a few attribute reads and regexes per record.
"""

from __future__ import annotations

import re
from datetime import datetime

from newsscraper.items import SCHEMA_VERSION, Article

__all__ = ["Problem", "find_problem", "short"]

# The same patterns as article.schema.json (tests/test_schema.py keeps the two in step).
_DATETIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})"
)
_UTC_SUFFIXES = ("Z", "+00:00")
_HASH = re.compile(r"sha256:[0-9a-f]{64}")
_EXTRACTOR = re.compile(r"generic|site:.+")
_URL_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
# orjson refuses lone surrogates; catching them here names the field instead of failing the write.
_SURROGATE = re.compile("[\ud800-\udfff]")

_REQUIRED_STR = ("url", "site", "title", "body", "fetched_at", "content_hash", "extractor")
_NULLABLE_STR = (
    "canonical_url", "language", "section", "subtitle", "agency", "dateline", "image_url",
    "published_at", "modified_at",
)
_STR_LISTS = ("authors", "tags")
_DATETIMES = ("published_at", "modified_at", "fetched_at")

Problem = tuple[str, object, str]  # (field, value, what is wrong)


def short(value: object, limit: int = 80) -> str:
    """`repr(value)` cut to `limit` characters, for error messages.

    >>> short("x" * 100, limit=8)
    "'xxxxxx…"
    """
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _type_problem(a: Article) -> Problem | None:
    for name in _REQUIRED_STR:
        value = getattr(a, name)
        if not isinstance(value, str) or not value.strip():
            return name, value, "must be a non-empty string"
    for name in _NULLABLE_STR:
        value = getattr(a, name)
        if value is not None and not isinstance(value, str):
            return name, value, "must be a string or null"
    for name in _STR_LISTS:
        value = getattr(a, name)
        if type(value) is not list or not all(isinstance(v, str) for v in value):
            return name, value, "must be a list of strings"
    # `type(...) is int`: JSON has no bool-as-int. `version` is only type-checked here because
    # VersionPipeline, after this one, sets the real value (always >= 1).
    for name, low in (("word_count", 0), ("version", None), ("schema_version", None)):
        value = getattr(a, name)
        if type(value) is not int or (low is not None and value < low):
            return name, value, "must be an integer" + (f" >= {low}" if low is not None else "")
    return None


def _format_problem(a: Article) -> Problem | None:
    for name in _DATETIMES:
        value = getattr(a, name)
        if value is None:
            continue
        if not _DATETIME.fullmatch(value):
            return name, value, "must be ISO 8601 with a UTC offset"
        try:
            datetime.fromisoformat(value)
        except ValueError:
            return name, value, "is not a real date and time"
    if not a.fetched_at.endswith(_UTC_SUFFIXES):
        return "fetched_at", a.fetched_at, "must be in UTC"
    checks = (
        ("url", _URL_SCHEME.match(a.url), "must be an absolute URL"),
        ("content_hash", _HASH.fullmatch(a.content_hash), "must be 'sha256:' + 64 hex digits"),
        ("extractor", _EXTRACTOR.fullmatch(a.extractor), "must be 'generic' or 'site:<name>'"),
    )
    for name, ok, why in checks:
        if not ok:
            return name, getattr(a, name), why
    if a.schema_version != SCHEMA_VERSION:
        return "schema_version", a.schema_version, f"must be {SCHEMA_VERSION}"
    return None


def _text_problem(a: Article) -> Problem | None:
    for name in (*_REQUIRED_STR, *_NULLABLE_STR):
        value = getattr(a, name)
        if value is not None and _SURROGATE.search(value):
            return name, value, "contains a lone surrogate"
    for name in _STR_LISTS:
        if any(_SURROGATE.search(v) for v in getattr(a, name)):
            return name, getattr(a, name), "contains a lone surrogate"
    return None


def find_problem(article: Article) -> Problem | None:
    """The first schema violation as (field, value, why), or None. Plain Python: it is hot."""
    return _type_problem(article) or _format_problem(article) or _text_problem(article)
