"""ArticleLoader: how each field is cleaned, in one place (`<field>_in` / `<field>_out`).

Values come from site rules, metadata and generic extraction (see `extract`); the loader's
context carries what cleaning needs: `tz` (naive page dates), `base` (fetched_at, for relative
dates), `date_formats`, `languages`, `site_names` (title suffixes) and `url` (for messages and
relative links).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any
from urllib.parse import urljoin

from itemloaders import ItemLoader
from itemloaders.processors import Identity, Join, MapCompose, TakeFirst

from newsscraper.dates import parse_datetime, to_iso
from newsscraper.processors import (
    absolute_http_url,
    clean_author,
    clean_paragraphs,
    clean_text,
    language_code,
    normalise_agency,
    split_authors,
    strip_site_suffix,
    unescape_entities,
    unicode_nfc,
)


def _title(value: str, loader_context: dict[str, Any]) -> str | None:
    text = clean_text(unicode_nfc(unescape_entities(value)))
    return strip_site_suffix(text, loader_context.get("site_names", ())) if text else None


def _absolute(value: str, loader_context: dict[str, Any]) -> str | None:
    return absolute_http_url(urljoin(loader_context.get("url", ""), value.strip()))


def _date(value: str | datetime, loader_context: dict[str, Any]) -> str | None:
    if isinstance(value, datetime):
        return to_iso(value)
    parsed = parse_datetime(
        value,
        tz=loader_context["tz"],
        base=loader_context["base"],
        formats=loader_context.get("date_formats", ()),
        languages=loader_context.get("languages") or None,
        field=loader_context.get("field", "date"),
        url=loader_context.get("url", ""),
    )
    return to_iso(parsed) if parsed else None


def _unique(values: Iterable[str]) -> list[str]:
    """Keep the first of case-insensitive duplicates, in order."""
    seen: set[str] = set()
    out: list[str] = []
    for v in values:
        key = v.casefold()
        if key not in seen:
            seen.add(key)
            out.append(v)
    return out


class ArticleLoader(ItemLoader):
    """Loads one article's fields into a dict; `extract.finalize` turns it into an Article."""

    default_item_class = dict
    default_input_processor = MapCompose(unicode_nfc, clean_text)
    default_output_processor = TakeFirst()

    title_in = MapCompose(_title)
    subtitle_in = MapCompose(unicode_nfc, clean_text)
    body_in = MapCompose(unicode_nfc, clean_paragraphs)
    body_out = Join("\n\n")
    # Entities left in metadata ("O&#8217;Neil", "Doe &amp;amp; Roe") are decoded before the
    # split, or ";" and "&" would cut names apart.
    authors_in = MapCompose(unescape_entities, unescape_entities, unicode_nfc, clean_text,
                            split_authors, clean_author)
    authors_out = _unique
    tags_in = MapCompose(unicode_nfc, clean_text, lambda v: v.strip(" #,;") or None)
    tags_out = _unique
    agency_in = MapCompose(normalise_agency)
    language_in = MapCompose(language_code)
    canonical_url_in = MapCompose(_absolute)
    image_url_in = MapCompose(_absolute)
    published_at_in = MapCompose(_date)
    modified_at_in = MapCompose(_date)
    url_in = Identity()
