"""The shipped JSON Schema equals items.py, and agrees with ValidatePipeline on good and bad."""

from __future__ import annotations

import dataclasses
import json
import re
from importlib.resources import files
from typing import Any

import jsonschema  # type: ignore[import-untyped,unused-ignore]  # no stubs in the test extra
import orjson
import pytest
from scrapy.exceptions import DropItem

from newsscraper import _checks
from newsscraper.items import DATETIME_FIELDS, FIELD_ORDER, SCHEMA_VERSION, Article
from newsscraper.pipelines import ValidatePipeline

SCHEMA: dict[str, Any] = json.loads(
    files("newsscraper").joinpath("article.schema.json").read_text(encoding="utf-8")
)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
URL = "https://news.example.in/2024/12/17/monsoon-rains/"

# items.py annotation → JSON Schema "type".
JSON_TYPES = {
    "str": "string",
    "str | None": ["string", "null"],
    "list[str]": "array",
    "int": "integer",
}


def make_article(**changes: Any) -> Article:
    """A complete, valid record; `changes` override fields."""
    values: dict[str, Any] = {
        "url": URL, "canonical_url": URL, "site": "example_portal", "language": "en",
        "section": "India", "title": "Monsoon rains lash coastal districts",
        "subtitle": "Orange alert for two days",
        "body": "CHENNAI: Heavy rain lashed the coast.\n\nSchools were closed.",
        "authors": ["Asha Rao"], "agency": "IANS", "dateline": "CHENNAI", "tags": ["weather"],
        "image_url": "https://news.example.in/img/rain.jpg",
        "published_at": "2024-12-17T09:30:00+05:30", "modified_at": "2024-12-17T13:03:00+05:30",
        "fetched_at": "2024-12-17T08:00:00+00:00", "word_count": 10,
        "content_hash": "sha256:" + "0123456789abcdef" * 4, "version": 1,
        "extractor": "site:example_portal", "schema_version": SCHEMA_VERSION,
    }
    values.update(changes)
    return Article(**values)


def as_json(article: Article) -> Any:
    return orjson.loads(orjson.dumps(article))


def test_schema_is_valid_draft_2020_12() -> None:
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_keys_and_order_equal_items_py() -> None:
    assert tuple(SCHEMA["properties"]) == FIELD_ORDER
    assert tuple(SCHEMA["required"]) == FIELD_ORDER
    assert SCHEMA["additionalProperties"] is False


def test_types_equal_items_py() -> None:
    for f in dataclasses.fields(Article):
        prop = SCHEMA["properties"][f.name]
        if f.name in DATETIME_FIELDS:
            continue  # checked below, with their offset pattern
        assert prop.get("type") == JSON_TYPES[str(f.type)], f.name


def test_datetimes_need_an_offset() -> None:
    for name in DATETIME_FIELDS:
        prop = SCHEMA["properties"][name]
        prop = SCHEMA["$defs"]["nullable_datetime"] if "$ref" in prop else prop
        assert prop["format"] == "date-time"
        assert re.search(prop["pattern"], "2024-12-17T04:00:00+00:00")
        assert re.search(prop["pattern"], "2024-12-17T04:00:00.5Z")
        assert not re.search(prop["pattern"], "2024-12-17T04:00:00")


def test_fetched_at_must_be_utc() -> None:
    pattern = SCHEMA["properties"]["fetched_at"]["pattern"]
    assert not re.search(pattern, "2024-12-17T09:30:00+05:30")


def test_schema_version_and_version() -> None:
    assert SCHEMA["properties"]["schema_version"]["const"] == SCHEMA_VERSION
    assert SCHEMA["properties"]["version"]["minimum"] == 1
    assert SCHEMA["properties"]["content_hash"]["pattern"] == "^sha256:[0-9a-f]{64}$"


def test_pipeline_datetime_pattern_is_the_schema_one() -> None:
    nullable = SCHEMA["$defs"]["nullable_datetime"]["pattern"]
    assert nullable == f"^{_checks._DATETIME.pattern}$"


def test_good_record_passes_both() -> None:
    article = make_article()
    VALIDATOR.validate(as_json(article))
    assert ValidatePipeline().process_item(article) is article


def test_nullable_fields_may_be_null() -> None:
    nulls = {name: None for name in SCHEMA["properties"]
             if "null" in (SCHEMA["properties"][name].get("type") or [])}
    article = make_article(**nulls, published_at=None, modified_at=None, authors=[], tags=[])
    VALIDATOR.validate(as_json(article))
    ValidatePipeline().process_item(article)


BROKEN = [
    ("title", ""),
    ("title", "   "),
    ("body", ""),
    ("url", "news.example.in/story"),
    ("site", ""),
    ("published_at", "2024-12-17T09:30:00"),
    ("modified_at", "17 Dec 2024"),
    ("fetched_at", "2024-12-17T13:30:00+05:30"),
    ("content_hash", "md5:abc"),
    ("content_hash", "sha256:" + "A" * 64),
    ("authors", "Asha Rao"),
    ("tags", [1, 2]),
    ("word_count", -1),
    ("word_count", "10"),
    ("version", "1"),
    ("schema_version", 2),
    ("extractor", "magic"),
    ("language", 5),
]


@pytest.mark.parametrize(("field", "value"), BROKEN)
def test_broken_record_fails_both(field: str, value: Any) -> None:
    article = make_article(**{field: value})
    assert not VALIDATOR.is_valid(as_json(article))
    with pytest.raises(DropItem) as caught:
        ValidatePipeline().process_item(article)
    message = str(caught.value)
    assert field in message
    assert article.url in message  # errors name field, value and URL
