"""Shape report counts for charts: the long tail folded into "other", time bins that stay
readable, gaps and versions in human buckets. Pure functions, no matplotlib.

Why here and not in the chart code: these choices decide what an analyst reads (which sites
get a colour, whether a bar is a day or a week), so they are tested on their own, with numbers.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = [
    "GAP_BUCKETS", "Stacked", "date_ticks", "fold_tail", "gap_buckets", "median_gap",
    "stacked_by_period", "version_buckets",
]

#: Periods a per-day chart may show before days become weeks, and weeks months.
MAX_DAYS = 92
MAX_WEEKS = 104
#: Share of dated articles at each end that may be left out when a few stray dates (a 1970 or
#: 2099 from a broken page) would otherwise stretch the time axis.
OUTLIER_SHARE = 0.005

#: (label, upper bound in minutes, exclusive) for the time between two versions.
GAP_BUCKETS: tuple[tuple[str, int], ...] = (
    ("<15m", 15), ("15–60m", 60), ("1–3h", 180), ("3–6h", 360), ("6–12h", 720),
    ("12–24h", 1440), ("1–2d", 2880), ("2–7d", 10080), (">7d", 1 << 62),
)


@dataclass(frozen=True, slots=True)
class Stacked:
    """Counts per period, one layer per label, bottom layer first."""

    unit: str  # "day", "week" or "month"
    periods: list[date]  # start of each period, consecutive, gaps filled with zeros
    layers: list[tuple[str, list[int]]]
    hidden: int = 0  # dated articles outside the shown window (stray dates)


def fold_tail(counts: dict[str, int], keep: int) -> list[str]:
    """The labels to show on their own: the `keep` largest, or all when only one more would
    be left for "other" (an "other" of one item hides a name for nothing).

    >>> fold_tail({"a": 5, "b": 3, "c": 1}, 2)
    ['a', 'b', 'c']
    >>> fold_tail({"a": 5, "b": 3, "c": 1, "d": 1}, 2)
    ['a', 'b']
    """
    ranked = sorted(counts, key=lambda k: (-counts[k], k))
    return ranked if len(ranked) <= keep + 1 else ranked[:keep]


def stacked_by_period(
    per_day: dict[tuple[date, str], int], shown: list[str], other: str, none: str | None = None,
) -> Stacked:
    """Layers for `shown` labels (in that order), then `other` for the rest, then `none` for
    the empty label ""; days become weeks or months when a day chart would be unreadable.

    >>> s = stacked_by_period({(date(2024, 1, 1), "a"): 2, (date(2024, 1, 3), "b"): 1},
    ...                       ["a"], "other")
    >>> s.unit, len(s.periods), s.layers
    ('day', 3, [('a', [2, 0, 0]), ('other', [0, 0, 1])])
    """
    first, last, hidden = _window(per_day)
    unit = _unit(first, last)
    periods = _periods(first, last, unit)
    index = {p: i for i, p in enumerate(periods)}
    names = [*shown, other] + ([none] if none is not None else [])
    rows = {name: [0] * len(periods) for name in names}
    for (day, label), n in per_day.items():
        if not first <= day <= last:
            continue
        name = label if label in shown else (none if not label and none is not None else other)
        rows[name][index[_start(day, unit)]] += n
    layers = [(name, rows[name]) for name in names if any(rows[name])]
    return Stacked(unit, periods, layers, hidden)


def _window(per_day: dict[tuple[date, str], int]) -> tuple[date, date, int]:
    """First and last day to show, and how many articles fall outside."""
    totals: Counter[date] = Counter()
    for (day, _), n in per_day.items():
        totals[day] += n
    days = sorted(totals)
    if not days:
        today = date(2000, 1, 1)
        return today, today, 0
    allowed = int(sum(totals.values()) * OUTLIER_SHARE)
    lo, cut = 0, 0
    while lo < len(days) - 1 and cut + totals[days[lo]] <= allowed:
        cut += totals[days[lo]]
        lo += 1
    hi, cut_hi = len(days) - 1, 0
    while hi > lo and cut_hi + totals[days[hi]] <= allowed:
        cut_hi += totals[days[hi]]
        hi -= 1
    full = (days[-1] - days[0]).days
    if (days[hi] - days[lo]).days * 2 >= full:  # no stray dates worth hiding
        return days[0], days[-1], 0
    return days[lo], days[hi], cut + cut_hi


def _unit(first: date, last: date) -> str:
    span = (last - first).days + 1
    if span <= MAX_DAYS:
        return "day"
    return "week" if span <= MAX_WEEKS * 7 else "month"


def _start(day: date, unit: str) -> date:
    if unit == "week":
        return day - timedelta(days=day.weekday())  # ISO weeks start on Monday
    if unit == "month":
        return day.replace(day=1)
    return day


def _periods(first: date, last: date, unit: str) -> list[date]:
    out, current = [], _start(first, unit)
    while current <= last:
        out.append(current)
        if unit == "month":
            current = (current.replace(day=28) + timedelta(days=4)).replace(day=1)
        else:
            current += timedelta(days=7 if unit == "week" else 1)
    return out


def date_ticks(periods: list[date], unit: str, most: int = 16) -> list[tuple[int, str]]:
    """(period index, label) for a time axis: at most `most` ticks, on round dates (every day,
    every other day, Mondays, first of a quarter…), the year under the first label and under
    each label where the year changes.

    >>> date_ticks([date(2024, 12, 30) + timedelta(days=i) for i in range(4)], "day")
    [(0, '30 Dec\\n2024'), (1, '31 Dec'), (2, '1 Jan\\n2025'), (3, '2 Jan')]
    >>> [label for _, label in date_ticks([date(2024, m, 1) for m in range(1, 13)], "month", 5)]
    ['Jan\\n2024', 'Apr', 'Jul', 'Oct']
    """
    for step in _TICK_STEPS[unit]:
        chosen = [i for i, day in enumerate(periods) if _is_tick(i, day, unit, step)]
        if len(chosen) <= most:
            break
    ticks, year = [], None
    for i in chosen:
        day = periods[i]
        label = f"{day:%b}" if unit == "month" else f"{day.day} {day:%b}"
        if day.year != year:
            label, year = f"{label}\n{day.year}", day.year
        ticks.append((i, label))
    return ticks


#: Tick spacing candidates per unit, densest first (in periods of that unit).
_TICK_STEPS = {
    "day": (1, 2, 7, 14, 28),
    "week": (1, 2, 4, 8, 13, 26, 52),
    "month": (1, 2, 3, 6, 12, 24, 60, 120, 300, 1200),
}


def _is_tick(i: int, day: date, unit: str, step: int) -> bool:
    """Ticks fall on round dates: day 1 of a quarter, a January, a Monday."""
    if unit == "month":
        if step < 12:
            return (day.month - 1) % step == 0
        return day.month == 1 and day.year % (step // 12) == 0
    if unit == "day" and step >= 7:
        return day.weekday() == 0 and (i // 7) % (step // 7) == 0
    return i % step == 0


def gap_buckets(gap_minutes: dict[int, int]) -> list[tuple[str, int]]:
    """Version-to-version gaps counted in `GAP_BUCKETS`.

    >>> gap_buckets({5: 2, 90: 1, 20_000: 1})[:3]
    [('<15m', 2), ('15–60m', 0), ('1–3h', 1)]
    """
    counts = [0] * len(GAP_BUCKETS)
    for minutes, n in gap_minutes.items():
        i = next(i for i, (_, upper) in enumerate(GAP_BUCKETS) if minutes < upper)
        counts[i] += n
    return [(label, counts[i]) for i, (label, _) in enumerate(GAP_BUCKETS)]


def median_gap(gap_minutes: dict[int, int]) -> int | None:
    """The median gap in minutes (lower median), or None without gaps.

    >>> median_gap({10: 1, 30: 1, 600: 1})
    30
    """
    total = sum(gap_minutes.values())
    if not total:
        return None
    seen = 0
    for minutes in sorted(gap_minutes):
        seen += gap_minutes[minutes]
        if seen * 2 >= total:
            return minutes
    return None  # pragma: no cover - the loop always returns


def version_buckets(url_versions: dict[int, int], cap: int = 8) -> list[tuple[str, int]]:
    """URLs by latest version number: 1, 2, …, then one "cap+" bucket for the long tail.

    >>> version_buckets({1: 90, 2: 7, 3: 2, 12: 1}, cap=3)
    [('1', 90), ('2', 7), ('3+', 3)]
    """
    top = max(url_versions, default=1)
    last = min(top, cap)
    counts = [0] * last
    for version, n in url_versions.items():
        counts[min(version, last) - 1] += n
    labels = [str(v) for v in range(1, last + 1)]
    if top > cap:
        labels[-1] = f"{cap}+"
    return list(zip(labels, counts, strict=True))
