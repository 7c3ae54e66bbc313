"""What a report shows, as plain data: `ReportData`, made by `report_stats`, drawn by
`report_charts` and `report_html`.

Why a separate value: the aggregation (streaming, packed counters) and the rendering
(matplotlib, HTML) are tested apart — the numbers on a hand-made record set, the page on a
hand-made `ReportData` — and neither needs the other's internals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

__all__ = ["COVERAGE_FIELDS", "BadLineRow", "ReportData", "StoryRow"]

#: Optional record fields whose coverage the report shows, in schema order (items.py).
COVERAGE_FIELDS: tuple[str, ...] = (
    "canonical_url", "language", "section", "subtitle", "authors", "agency", "dateline",
    "tags", "image_url", "published_at", "modified_at",
)


@dataclass(frozen=True, slots=True)
class BadLineRow:
    """One skipped input line, as listed in the report."""

    path: str
    line_no: int
    reason: str


@dataclass(frozen=True, slots=True)
class StoryRow:
    """One row of the most-updated stories table (title and site of the latest version)."""

    url: str
    title: str
    site: str
    version: int
    first_seen: datetime | None  # earliest fetched_at of any version in the input
    last_seen: datetime | None  # fetched_at of the latest version


@dataclass(frozen=True, slots=True)
class ReportData:
    """Every number the report shows. Counts are of URLs at their latest version unless the
    name says records (all versions) or versions."""

    inputs: list[str] = field(default_factory=list)
    records: int = 0
    unique_urls: int = 0
    repeats: int = 0  # records repeating a (URL, version) already seen
    bad_lines: int = 0
    torn_lines: int = 0
    bad_examples: list[BadLineRow] = field(default_factory=list)
    #: (day, site) -> URLs; the day of published_at, else modified_at, as the record writes it.
    per_day_site: dict[tuple[date, str], int] = field(default_factory=dict)
    #: (day, agency or "") -> URLs
    per_day_agency: dict[tuple[date, str], int] = field(default_factory=dict)
    undated: int = 0  # URLs with neither published_at nor modified_at
    sites: dict[str, int] = field(default_factory=dict)  # largest first
    agencies: dict[str, int] = field(default_factory=dict)  # "" = no agency credited
    sections: dict[str, int] = field(default_factory=dict)  # "" = no section
    filled: dict[str, int] = field(default_factory=dict)  # field -> URLs that fill it
    site_filled: dict[str, dict[str, int]] = field(default_factory=dict)  # site -> field -> URLs
    url_versions: dict[int, int] = field(default_factory=dict)  # latest version number -> URLs
    gap_minutes: dict[int, int] = field(default_factory=dict)  # minutes from version n to n+1
    top_stories: list[StoryRow] = field(default_factory=list)

    @property
    def date_range(self) -> tuple[date, date] | None:
        """First and last day with a dated article, or None when nothing is dated."""
        days = [day for day, _ in self.per_day_site]
        return (min(days), max(days)) if days else None

    @property
    def updated_urls(self) -> int:
        """URLs whose latest version is 2 or more."""
        return sum(n for v, n in self.url_versions.items() if v > 1)

    @property
    def named_agencies(self) -> int:
        return sum(1 for name in self.agencies if name)

    @property
    def version_gaps(self) -> int:
        return sum(self.gap_minutes.values())

    def share(self, name: str) -> float:
        """Share of URLs (latest version) that fill field `name`, 0.0 to 1.0."""
        return self.filled.get(name, 0) / self.unique_urls if self.unique_urls else 0.0
