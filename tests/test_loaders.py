"""Unit tests for newsscraper.loaders.ArticleLoader: each field's input and output processors,
with the loader context the extractor gives (site names, time zone, fetch time, page URL).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from newsscraper.loaders import ArticleLoader

FETCHED_AT = datetime(2024, 12, 18, 6, 0, tzinfo=UTC)
URL = "https://news.example/world/2024/12/17/kremlin-talks/"
KOLKATA = ZoneInfo("Asia/Kolkata")


def load(field: str, *values: Any, **context: Any) -> Any:
    """The loaded value of `field` after adding `values` one call each."""
    context.setdefault("tz", UTC)
    context.setdefault("base", FETCHED_AT)
    context.setdefault("url", URL)
    loader = ArticleLoader(**context)
    for value in values:
        loader.add_value(field, value)
    return loader.load_item().get(field)


# --- title ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("raw", "names", "expected"), [
    ("Talks in progress: Kremlin - India News Portal", ("India News Portal",),
     "Talks in progress: Kremlin"),
    ("Talks in progress: Kremlin | India News Portal", (), "Talks in progress: Kremlin"),
    ("India News Portal | Talks in progress: Kremlin and Syria", ("India News Portal",),
     "Talks in progress: Kremlin and Syria"),
    ("Twenty-twenty - a year to forget", ("India News Portal",),
     "Twenty-twenty - a year to forget"),
    ("  Kremlin\u00a0says\u200b “no” ", (), "Kremlin says “no”"),
    ("US&#8217;s talks &#8211; day two", (), "US’s talks – day two"),
    ("Cafe\u0301 talks resume in Zurich", (), "Café talks resume in Zurich"),
    ("\u202eKremlin\u202c talks", (), "Kremlin talks"),
])
def test_title(raw: str, names: tuple[str, ...], expected: str) -> None:
    assert load("title", raw, site_names=names) == expected


def test_title_first_non_empty_value_wins() -> None:
    assert load("title", ["", "\u200b", "Second", "Third"]) == "Second"


# --- authors and tags -----------------------------------------------------------------------

@pytest.mark.parametrize(("values", "expected"), [
    (["By Jane Doe and John Roe"], ["Jane Doe", "John Roe"]),
    (["By Jane Doe and John Roe", "jane doe", "JOHN ROE"], ["Jane Doe", "John Roe"]),
    (["Rahul Kumar | IANS"], ["Rahul Kumar"]),
    (["Kim, Lee & Park"], ["Kim", "Lee", "Park"]),
    (["https://news.example/author/jane/", "Jane Doe"], ["Jane Doe"]),
    (["jane@example.com"], None),
    (["By Jane Doe, Senior Correspondent"], ["Jane Doe"]),
    (["Jane Doe, Staff Writer"], ["Jane Doe"]),
], ids=["by-and", "dedupe", "agency-suffix", "list", "url", "email", "role-comma", "staff-writer"])
def test_authors_split_cleaned_and_deduplicated(values: list[str],
                                                expected: list[str] | None) -> None:
    assert load("authors", values) == expected


@pytest.mark.parametrize(("values", "expected"), [
    (["Syria", "syria", " #Russia ", "Kremlin", "", "SYRIA"], ["Syria", "Russia", "Kremlin"]),
    (["Russia,", ";Syria", "#"], ["Russia", "Syria"]),
    (["Ahrtal\u00a0Flut", "Ahrtal Flut"], ["Ahrtal Flut"]),
])
def test_tags_cleaned_and_deduplicated(values: list[str], expected: list[str]) -> None:
    assert load("tags", values) == expected


# --- dates ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("raw", "tz", "expected"), [
    ("December 17, 2024 1:03 pm", KOLKATA, "2024-12-17T13:03:00+05:30"),
    ("2024-12-17 10:00", ZoneInfo("Europe/Berlin"), "2024-12-17T10:00:00+01:00"),
    # A UTC stamp (SEO plugins write UTC) is told in the newsroom's zone: the same instant.
    ("2024-12-17T07:33:00Z", KOLKATA, "2024-12-17T13:03:00+05:30"),
    ("2024-12-17T07:33:00Z", UTC, "2024-12-17T07:33:00+00:00"),
    ("2024-12-17T13:03:00+05:30", UTC, "2024-12-17T13:03:00+05:30"),
    ("2 hours ago", KOLKATA, "2024-12-18T09:30:00+05:30"),
    ("yesterday", UTC, "2024-12-17T06:00:00+00:00"),
    ("2024-12-17T10:00:00", timezone(timedelta(hours=-5)), "2024-12-17T10:00:00-05:00"),
])
def test_dates_use_context_zone_and_base(raw: str, tz: Any, expected: str) -> None:
    assert load("published_at", raw, tz=tz) == expected
    assert load("modified_at", raw, tz=tz) == expected


def test_unparseable_date_is_dropped_and_the_next_one_used() -> None:
    # Too long to be a date (a paragraph): rejected before dateparser is asked.
    assert load("published_at", "x" * 300, "2024-12-17", tz=KOLKATA) == \
        "2024-12-17T00:00:00+05:30"


def test_future_date_is_dropped() -> None:
    assert load("published_at", "December 25, 2024", tz=KOLKATA) is None


def test_aware_datetime_value() -> None:
    value = datetime(2024, 12, 17, 7, 33, 0, 999, tzinfo=UTC)
    assert load("published_at", value) == "2024-12-17T07:33:00+00:00"


def test_date_site_formats_from_context() -> None:
    assert load("published_at", "On December 3, 2024, 10:20 am", tz=KOLKATA,
                date_formats=("On %B %d, %Y, %I:%M %p",)) == "2024-12-03T10:20:00+05:30"


# --- language, agency, URLs, text fields ----------------------------------------------------

@pytest.mark.parametrize(("values", "expected"), [
    (["en-IN"], "en"), (["en_US"], "en"), (["English", "de-DE"], "de"), (["x"], None),
])
def test_language(values: list[str], expected: str | None) -> None:
    assert load("language", values) == expected


@pytest.mark.parametrize(("values", "expected"), [
    (["Press Trust of India"], "PTI"),
    (["Jane Doe", "Indo-Asian News Service"], "IANS"),
    (["Jane Doe"], None),
])
def test_agency(values: list[str], expected: str | None) -> None:
    assert load("agency", values) == expected


@pytest.mark.parametrize("field", ["image_url", "canonical_url"])
@pytest.mark.parametrize(("raw", "expected"), [
    ("/wp-content/uploads/a.jpg", "https://news.example/wp-content/uploads/a.jpg"),
    ("//cdn.news.example/a.jpg", "https://cdn.news.example/a.jpg"),
    ("../other/", "https://news.example/world/2024/12/17/other/"),
    (" https://img.example/a.jpg ", "https://img.example/a.jpg"),
    ("javascript:alert(1)", None),
    ("data:image/png;base64,AAAA", None),
    ("file:///etc/passwd", None),
])
def test_urls_made_absolute_http_only(field: str, raw: str, expected: str | None) -> None:
    assert load(field, raw) == expected


def test_url_field_is_kept_as_given() -> None:
    assert load("url", "  /relative  ") == "  /relative  "


def test_section_and_subtitle_cleaned_first_wins() -> None:
    assert load("section", ["", "\u200b", " Middle\u00a0East ", "World"]) == "Middle East"
    assert load("subtitle", "  A  standfirst\u200b\nover two lines ") == \
        "A standfirst over two lines"


def test_body_paragraphs_joined_with_blank_lines() -> None:
    assert load("body", ["Para one.\n\nPara\u00a0two.", "", "Para three.\u200b"]) == \
        "Para one.\n\nPara two.\n\nPara three."
