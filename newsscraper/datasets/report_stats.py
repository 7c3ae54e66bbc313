"""One streaming pass over newsscraper records for `newsscraper report`: counters, no records.

Why this shape: a report must work on millions of records with flat memory, so no record is
kept. Per URL one packed integer (`UrlState`) remembers what that URL's latest version added to
the counters — its day, site, agency, section and which fields it fills. When a newer version of
the URL arrives, that contribution is taken back and the new one added, so "articles per day",
sections and field coverage describe the **latest version of each URL** (what `export` writes
by default), while update statistics (versions per URL, time between versions) see **every
version**. Memory grows with the number of distinct URLs (about 140 bytes each), never with
the number of records or their size.

`ReportStats.add` takes one record as `records.iter_records` yields it (already validated);
`ReportStats.add_bad` counts a bad input line; `ReportStats.data()` freezes the counters into a
`ReportData` for rendering.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from newsscraper.datasets.report_data import (
    COVERAGE_FIELDS,
    BadLineRow,
    ReportData,
    StoryRow,
)
from newsscraper.datasets.report_urls import (
    MASK,
    Names,
    TopStories,
    UrlState,
    day_ordinal,
    from_minutes,
    minutes,
    url_key,
)

if TYPE_CHECKING:
    from newsscraper.datasets.records import BadLine

__all__ = ["ReportStats", "filled_mask"]

#: Bad lines listed one by one in the report; the rest are only counted.
BAD_EXAMPLES = 20
#: Rows in the "most-updated stories" table.
TOP_STORIES = 10
#: Gaps between versions longer than this are counted at this value (keeps the counter small).
MAX_GAP_MINUTES = 366 * 24 * 60

_K = TypeVar("_K")
_FIELD_BITS: tuple[tuple[int, str], ...] = tuple(
    (1 << i, name) for i, name in enumerate(COVERAGE_FIELDS)
)


class ReportStats:
    """Accumulates a report over a stream of records; see the module docstring for semantics."""

    def __init__(self, top_stories: int = TOP_STORIES, bad_examples: int = BAD_EXAMPLES) -> None:
        self.records = 0
        self.bad_lines = 0
        self.torn_lines = 0
        self.repeats = 0  # a URL's version seen again (overlapping inputs)
        self.bad_examples: list[BadLineRow] = []
        self._bad_keep = bad_examples
        self.sites, self.agencies, self.sections = Names(), Names(), Names()
        self._urls: dict[int, int] = {}
        # Latest-version counters, keyed so that one URL costs four updates; split per field
        # and per site only in data().
        self.day_site_agency: Counter[tuple[int, int, int]] = Counter()
        self.site_filled_mask: Counter[tuple[int, int]] = Counter()
        self.section_count: Counter[int] = Counter()
        self.url_versions: Counter[int] = Counter()  # latest version number -> URLs
        self.gap_minutes: Counter[int] = Counter()
        self._top = TopStories(top_stories)

    def add_bad(self, bad: BadLine) -> None:
        """Count one bad input line (`records.iter_records`'s ``on_bad``)."""
        self.bad_lines += 1
        self.torn_lines += bad.torn
        if len(self.bad_examples) < self._bad_keep:
            self.bad_examples.append(BadLineRow(str(bad.path), bad.line_no, bad.reason))

    def add(self, rec: dict[str, Any]) -> None:
        """Count one record (a dict with every schema key, as `iter_records` yields)."""
        self.records += 1
        url: str = rec["url"]
        key = url_key(url)
        new = self._state(rec)
        packed = self._urls.get(key)
        if packed is None:
            self._add(new)
            self._urls[key] = new.pack()
        else:
            old = UrlState.unpack(packed)
            first = min((v for v in (old.first_fetch, new.first_fetch) if v), default=0)
            if new.version > old.version:
                if new.version == old.version + 1:
                    self._gap(old, new)
                self._take_back(old)
                self._add(new)
                self._urls[key] = new._replace(first_fetch=first).pack()
            else:
                self.repeats += new.version == old.version
                self._urls[key] = old._replace(first_fetch=first).pack()
        if new.version > 1:
            self._top.offer(url, new.version, rec["title"], rec["site"])

    def _state(self, rec: dict[str, Any]) -> UrlState:
        fetched = minutes(rec["fetched_at"])
        return UrlState(
            version=min(max(rec["version"], 1), MASK),
            day=day_ordinal(rec.get("published_at") or rec.get("modified_at")),
            site=self.sites.id(rec["site"]),
            agency=self.agencies.id(rec.get("agency")),
            section=self.sections.id(rec.get("section")),
            filled=filled_mask(rec),
            first_fetch=fetched,
            last_fetch=fetched,
            last_modified=minutes(rec.get("modified_at")),
        )

    def _add(self, s: UrlState) -> None:
        """Count what `s` contributes to the latest-version counters."""
        self.day_site_agency[s.day, s.site, s.agency] += 1
        self.site_filled_mask[s.site, s.filled] += 1
        self.section_count[s.section] += 1
        self.url_versions[s.version] += 1

    def _take_back(self, s: UrlState) -> None:
        """Undo `_add(s)`, dropping keys that reach zero: a live blog with 2,000 versions must
        not leave 2,000 empty counter entries behind."""
        _decrement(self.day_site_agency, (s.day, s.site, s.agency))
        _decrement(self.site_filled_mask, (s.site, s.filled))
        _decrement(self.section_count, s.section)
        _decrement(self.url_versions, s.version)

    def _gap(self, old: UrlState, new: UrlState) -> None:
        """Time from version n to n+1: by modified_at when both carry one (the publisher's
        clock), else by fetched_at (when the crawler saw the change)."""
        gap = 0
        if old.last_modified and new.last_modified:
            gap = new.last_modified - old.last_modified
        if gap <= 0 and old.last_fetch and new.last_fetch:
            gap = new.last_fetch - old.last_fetch
        if gap > 0:
            self.gap_minutes[min(gap, MAX_GAP_MINUTES)] += 1

    def data(self, inputs: list[str] | None = None) -> ReportData:
        """The counters, frozen into plain names and dates for rendering."""
        latest = +self.day_site_agency
        site_filled = self._site_filled()
        filled: Counter[str] = Counter()
        for per_field in site_filled.values():
            filled.update(per_field)
        return ReportData(
            inputs=list(inputs or []),
            records=self.records,
            unique_urls=len(self._urls),
            repeats=self.repeats,
            bad_lines=self.bad_lines,
            torn_lines=self.torn_lines,
            bad_examples=list(self.bad_examples),
            per_day_site=_by_day(latest, 1, self.sites.names),
            per_day_agency=_by_day(latest, 2, self.agencies.names),
            undated=sum(n for (day, _, _), n in latest.items() if day == 0),
            sites=_named(_sum_by(latest, 1), self.sites.names),
            agencies=_named(_sum_by(latest, 2), self.agencies.names),
            sections=_named(self.section_count, self.sections.names),
            filled={name: filled[name] for name in COVERAGE_FIELDS if filled[name]},
            site_filled=site_filled,
            url_versions={v: n for v, n in sorted(self.url_versions.items()) if n > 0},
            gap_minutes=dict(sorted((+self.gap_minutes).items())),
            top_stories=self._top_rows(),
        )

    def _site_filled(self) -> dict[str, dict[str, int]]:
        """site -> field -> URLs filling it, fields in schema order."""
        counts: dict[str, Counter[str]] = {}
        for (site, mask), n in self.site_filled_mask.items():
            if n > 0:
                per_field = counts.setdefault(self.sites.names[site], Counter())
                for bit, name in _FIELD_BITS:
                    if mask & bit:
                        per_field[name] += n
        return {
            site: {name: per_field[name] for name in COVERAGE_FIELDS if per_field[name]}
            for site, per_field in sorted(counts.items())
        }

    def _top_rows(self) -> list[StoryRow]:
        rows = []
        for url, (version, title, site) in self._top.held.items():
            state = UrlState.unpack(self._urls[url_key(url)])
            rows.append(StoryRow(
                url=url, title=title, site=site, version=version,
                first_seen=from_minutes(state.first_fetch),
                last_seen=from_minutes(state.last_fetch),
            ))
        rows.sort(key=lambda r: (-r.version, r.title, r.url))
        return rows


def filled_mask(rec: dict[str, Any]) -> int:
    """Bit i set when ``COVERAGE_FIELDS[i]`` is filled: not null, not an empty or blank
    string, not an empty list (the fields are strings, lists or null in a valid record).

    >>> filled_mask({"language": "en", "section": "  ", "authors": [], "tags": ["x"]})
    130
    """
    mask = 0
    for bit, name in _FIELD_BITS:
        value = rec.get(name)
        if value and not (type(value) is str and value.isspace()):
            mask |= bit
    return mask


def _decrement(counter: Counter[_K], key: _K) -> None:
    left = counter[key] - 1
    if left > 0:
        counter[key] = left
    else:
        del counter[key]


def _by_day(
    counts: Counter[tuple[int, int, int]], index: int, names: list[str]
) -> dict[tuple[date, str], int]:
    """(day, name at `index` of the key) -> count, dated days only, in day order."""
    out: Counter[tuple[int, int]] = Counter()
    for key, n in counts.items():
        if key[0]:
            out[key[0], key[index]] += n
    return {(date.fromordinal(day), names[ref]): n for (day, ref), n in sorted(out.items())}


def _sum_by(counts: Counter[tuple[int, int, int]], index: int) -> Counter[int]:
    out: Counter[int] = Counter()
    for key, n in counts.items():
        out[key[index]] += n
    return out


def _named(counts: Counter[int], names: list[str]) -> dict[str, int]:
    """Name -> count, largest first (ties by name); id 0 (none) under the key ""."""
    pairs = [(names[ref], n) for ref, n in counts.items() if n > 0]
    return dict(sorted(pairs, key=lambda p: (-p[1], p[0])))
