"""Site profiles: the declarative description of one site (or one CMS family) as typed data.

A profile names only what differs from the generic path: CSS rules for the fields it can read
better than metadata, extra blocks to drop, date patterns, the newsroom's time zone, and where
to discover articles. Anything left out comes from structured metadata and generic extraction.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from newsscraper.items import Article

#: Fields a profile may give CSS rules for. Each value is a tuple of rules; the first rule that
#: matches wins (a fallback for an older layout goes after the current one).
RULE_FIELDS = (
    "section", "title", "subtitle", "body", "authors", "tags",
    "published_at", "modified_at", "image_url", "agency", "dateline",
)


@dataclass(frozen=True, slots=True)
class Rules:
    """CSS rules per field. `body` rules select block elements (paragraphs), others text."""

    section: tuple[str, ...] = ()
    title: tuple[str, ...] = ()
    subtitle: tuple[str, ...] = ()
    body: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    published_at: tuple[str, ...] = ()
    modified_at: tuple[str, ...] = ()
    image_url: tuple[str, ...] = ()
    agency: tuple[str, ...] = ()
    dateline: tuple[str, ...] = ()

    def for_field(self, name: str) -> tuple[str, ...]:
        """The rules for field `name` (empty when the profile leaves it to metadata/generic)."""
        rules: tuple[str, ...] = getattr(self, name, ())
        return rules


@dataclass(frozen=True, slots=True)
class Discovery:
    """Where a spider finds article URLs; all optional (robots.txt sitemaps are always tried)."""

    start_urls: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    listings: tuple[str, ...] = ()
    #: Politeness for this site: seconds between requests and parallel requests.
    download_delay: float | None = None
    concurrency: int | None = None


@dataclass(frozen=True, slots=True)
class SiteProfile:
    """One site, or one family of sites sharing a template (matched by `marker`)."""

    name: str
    domains: tuple[str, ...] = ()
    #: A CSS selector that, when it matches, makes this profile apply on any host: used by
    #: template families (e.g. the AMP for WP plugin) that many portals share.
    marker: str | None = None
    #: The newsroom's zone for naive page dates; None = infer it from the page (locale, the
    #: offset of its machine-readable dates), which suits template families used worldwide.
    timezone: str | None = None
    languages: tuple[str, ...] = ()
    discovery: Discovery = field(default_factory=Discovery)
    article_url: str | None = None
    fields: Rules = field(default_factory=Rules)
    #: Extra CSS selectors of blocks to remove before any field is read.
    drop: tuple[str, ...] = ()
    #: Whole blocks equal to one of these (case-insensitive, trimmed) are dropped from the body.
    drop_phrases: tuple[str, ...] = ()
    #: Regexes with a `value` group, applied to body blocks: a match sets the field from the
    #: group (through the date parser) and removes the block from the body.
    date_patterns: dict[str, str] = field(default_factory=dict)
    #: strptime formats tried before dateparser for this site's printed dates.
    date_formats: tuple[str, ...] = ()
    #: Escape hatch: a pure function Article -> Article, for what data cannot say.
    post: Callable[[Article], Article] | None = None

    def __post_init__(self) -> None:
        # Fail at import, not mid-crawl: bad regexes and zones are programming errors.
        if self.timezone:
            ZoneInfo(self.timezone)
        if self.article_url:
            re.compile(self.article_url)
        for name, pattern in self.date_patterns.items():
            if "(?P<value>" not in pattern:
                raise ValueError(f"profile {self.name}: date pattern for {name} needs (?P<value>…)")
            re.compile(pattern)

    @property
    def compiled_date_patterns(self) -> tuple[tuple[str, re.Pattern[str]], ...]:
        """(field, compiled regex) pairs; re caches compiled patterns, so this is cheap."""
        return tuple((k, re.compile(v, re.I)) for k, v in self.date_patterns.items())

    def is_article_url(self, url: str) -> bool | None:
        """True/False by `article_url`; None when the profile has no pattern."""
        if not self.article_url:
            return None
        return re.search(self.article_url, url) is not None
