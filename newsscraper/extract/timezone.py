"""The newsroom's time zone for a page: naive page dates ("December 17, 2024 1:03 pm") are
local to it. The profile says so when it can; otherwise the offset the page's own metadata
carries, its locale, the offset its printed <time>s carry, its country-code domain; then UTC,
unless the body credits an Indian wire service (`wire_zone`).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from newsscraper.extract import metadata

if TYPE_CHECKING:
    from newsscraper.page import Page
    from newsscraper.sites.profile import SiteProfile

# Countries with one civil time zone, by ISO 3166 code (a locale's region: en-IN, de-AT…).
COUNTRY_ZONES = {
    "in": "Asia/Kolkata", "pk": "Asia/Karachi", "bd": "Asia/Dhaka", "np": "Asia/Kathmandu",
    "lk": "Asia/Colombo", "gb": "Europe/London", "uk": "Europe/London", "ie": "Europe/Dublin",
    "de": "Europe/Berlin", "at": "Europe/Vienna", "ch": "Europe/Zurich", "fr": "Europe/Paris",
    "it": "Europe/Rome", "es": "Europe/Madrid", "nl": "Europe/Amsterdam", "be": "Europe/Brussels",
    "lu": "Europe/Luxembourg", "li": "Europe/Vaduz", "pl": "Europe/Warsaw",
    "se": "Europe/Stockholm", "no": "Europe/Oslo", "dk": "Europe/Copenhagen",
    "fi": "Europe/Helsinki", "is": "Atlantic/Reykjavik",
    "lt": "Europe/Vilnius", "lv": "Europe/Riga", "ee": "Europe/Tallinn", "ua": "Europe/Kyiv",
    "tr": "Europe/Istanbul", "gr": "Europe/Athens", "il": "Asia/Jerusalem", "lb": "Asia/Beirut",
    "ae": "Asia/Dubai", "sa": "Asia/Riyadh", "qa": "Asia/Qatar", "eg": "Africa/Cairo",
    "jp": "Asia/Tokyo", "kr": "Asia/Seoul", "cn": "Asia/Shanghai", "hk": "Asia/Hong_Kong",
    "sg": "Asia/Singapore", "my": "Asia/Kuala_Lumpur", "ph": "Asia/Manila", "th": "Asia/Bangkok",
    "vn": "Asia/Ho_Chi_Minh", "za": "Africa/Johannesburg", "ls": "Africa/Maseru",
    "ng": "Africa/Lagos", "ke": "Africa/Nairobi", "tz": "Africa/Dar_es_Salaam",
    "gh": "Africa/Accra", "nz": "Pacific/Auckland",
}
# Languages spoken mostly in one zone, for pages that give no region.
LANGUAGE_ZONES = {
    "hi": "Asia/Kolkata", "bn": "Asia/Kolkata", "ta": "Asia/Kolkata", "te": "Asia/Kolkata",
    "mr": "Asia/Kolkata", "gu": "Asia/Kolkata", "kn": "Asia/Kolkata", "ml": "Asia/Kolkata",
    "pa": "Asia/Kolkata", "ur": "Asia/Karachi", "de": "Europe/Berlin", "ja": "Asia/Tokyo",
    "ko": "Asia/Seoul", "pl": "Europe/Warsaw", "it": "Europe/Rome", "nl": "Europe/Amsterdam",
    "sv": "Europe/Stockholm", "no": "Europe/Oslo", "nb": "Europe/Oslo", "da": "Europe/Copenhagen",
    "fi": "Europe/Helsinki", "is": "Atlantic/Reykjavik", "lt": "Europe/Vilnius",
    "uk": "Europe/Kyiv", "tr": "Europe/Istanbul", "el": "Europe/Athens", "he": "Asia/Jerusalem",
    "fr": "Europe/Paris", "lb": "Europe/Luxembourg",
}


def page_zone(page: Page, profile: SiteProfile | None) -> tzinfo:
    """Zone for naive dates on `page`.

    The page's own offset beats a locale guess: a site that writes "+05:30" in its metadata
    prints its visible times in that zone too.
    """
    if profile is not None and profile.timezone:
        return _zone(profile.timezone)
    offset = _metadata_offset(page)
    if offset is not None and offset != timedelta(0):
        return timezone(offset)
    for value in metadata.language(page):
        zone = _locale_zone(value)
        if zone:
            return _zone(zone)
    # SEO plugins write UTC ("+00:00", Yoast since 2022) while the theme prints its <time
    # datetime="…+05:30"> in the newsroom's zone, and WordPress's default locale is en-US:
    # the printed stamps are then the only word on the zone.
    offset = _first_offset(page.dom_dates("published") + page.dom_dates("time")
                           + page.dom_dates("modified"))
    if offset is not None and offset != timedelta(0):
        return timezone(offset)
    zone = _domain_zone(page.url)
    if zone:
        return _zone(zone)
    return UTC


#: India's wire services: a portal that runs their copy and says nothing else about its zone
#: (en-US, UTC metadata, naive printed times, served from anywhere) is an Indian newsroom, and
#: its "1:03 pm" is IST. Known only once the body's credit is read (`wire_zone`).
INDIAN_WIRES = frozenset({"IANS", "PTI", "ANI"})


def wire_zone(agency: str | None) -> tzinfo | None:
    """The newsroom zone a wire credit implies, for a page that gave no zone of its own.

    >>> wire_zone("PTI"), wire_zone("Reuters")
    (zoneinfo.ZoneInfo(key='Asia/Kolkata'), None)
    """
    return _zone("Asia/Kolkata") if agency in INDIAN_WIRES else None


def _domain_zone(url: str) -> str | None:
    """The zone of the country whose domain the site is on, if it has one zone.

    >>> _domain_zone("https://www.example.co.in/a"), _domain_zone("https://news.example.de/")
    ('Asia/Kolkata', 'Europe/Berlin')
    >>> _domain_zone("https://example.com/"), _domain_zone("http://127.0.0.1:8080/")
    (None, None)
    """
    host = urlsplit(url).hostname or ""
    return COUNTRY_ZONES.get(host.rsplit(".", 1)[-1]) if "." in host else None


@lru_cache(maxsize=256)
def _zone(key: str) -> ZoneInfo:
    """ZoneInfo(key), kept: ZoneInfo remembers only the 8 zones used last (and the others
    while something holds them), so across a corpus of sites it kept reading tzdata files,
    ~50 µs a page. The keys are the few dozen above and the profiles'."""
    return ZoneInfo(key)


def _locale_zone(value: str) -> str | None:
    parts = value.strip().replace("_", "-").lower().split("-")
    if len(parts) >= 2 and parts[-1] in COUNTRY_ZONES:
        return COUNTRY_ZONES[parts[-1]]
    return LANGUAGE_ZONES.get(parts[0]) if len(parts) == 1 else None


def _metadata_offset(page: Page) -> timedelta | None:
    return _first_offset(itertools.chain(metadata.published(page, hatom=False),
                                         metadata.modified(page, hatom=False)))


def _first_offset(values: Iterable[str]) -> timedelta | None:
    for raw in values:
        try:
            parsed = datetime.fromisoformat(raw.strip().replace("Z", "+00:00"))
        except (ValueError, AttributeError):
            continue
        if parsed.tzinfo is not None:
            return parsed.utcoffset()
    return None
