"""The report's charts: `ReportData` in, inline SVG strings out (matplotlib, Agg, no pyplot).

Why no pyplot: figures built from `Figure` directly hold no global state, so rendering is
re-entrant and nothing leaks between reports or tests. Every data string that becomes a tick or
legend label goes through `chart_label` (one line, shortened); matplotlib escapes it as XML text
in the SVG, and ``text.parse_math`` is off so a ``$`` is just a dollar sign.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import matplotlib
from matplotlib.axes import Axes
from matplotlib.colors import LinearSegmentedColormap
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator, PercentFormatter

from newsscraper.datasets.report_data import COVERAGE_FIELDS, ReportData
from newsscraper.datasets.report_series import (
    GAP_BUCKETS,
    Stacked,
    date_ticks,
    fold_tail,
    gap_buckets,
    stacked_by_period,
    version_buckets,
)
from newsscraper.datasets.report_theme import (
    ACCENT,
    FULL,
    GRID,
    HALF,
    INK,
    MUTED,
    NONE_COLOR,
    OTHER_COLOR,
    PALETTE,
    STYLE,
    chart_label,
    new_figure,
    to_svg,
)

__all__ = ["FIELD_LABELS", "TOP_SECTIONS", "TOP_SERIES", "Charts", "render_charts"]

#: Series with a colour of their own in the per-day charts and rows in the heatmap; the rest
#: are folded into "other" (a palette of 9 stays distinguishable; 30 colours would not).
TOP_SERIES = 8
TOP_SECTIONS = 12
TOP_HEATMAP_SITES = 12
FIELD_LABELS: dict[str, str] = {
    "canonical_url": "canonical URL", "language": "language", "section": "section",
    "subtitle": "subtitle", "authors": "authors", "agency": "agency", "dateline": "dateline",
    "tags": "tags", "image_url": "image", "published_at": "published at",
    "modified_at": "modified at",
}
_THOUSANDS = FuncFormatter(lambda value, _pos: f"{value:,.0f}")


@dataclass(frozen=True, slots=True)
class Charts:
    """Inline SVG per chart (None when there is nothing to draw) and what captions need."""

    per_site: str | None = None
    per_agency: str | None = None
    unit: str = "day"
    hidden: int = 0  # dated articles outside the time window (stray dates)
    sections: str | None = None
    coverage: str | None = None
    site_coverage: str | None = None
    versions: str | None = None
    gaps: str | None = None


def render_charts(data: ReportData) -> Charts:
    """Every chart of the report for `data`."""
    with matplotlib.rc_context(STYLE):
        sites = fold_tail(data.sites, TOP_SERIES)
        site_other = f"other ({len(data.sites) - len(sites)} sites)"
        by_site = stacked_by_period(data.per_day_site, sites, site_other)
        named = {k: v for k, v in data.agencies.items() if k}
        agencies = fold_tail(named, TOP_SERIES - 1)
        agency_other = f"other ({len(named) - len(agencies)} agencies)"
        by_agency = stacked_by_period(
            data.per_day_agency, agencies, agency_other, none="no agency credited"
        )
        return Charts(
            per_site=_per_period(by_site, "Articles", "Articles per period by site"),
            per_agency=_per_period(by_agency, "Articles", "Articles per period by agency"),
            unit=by_site.unit,
            hidden=by_site.hidden,
            sections=_sections(data),
            coverage=_coverage(data),
            site_coverage=_site_coverage(data) if len(data.sites) > 1 else None,
            versions=_versions(data),
            gaps=_gaps(data) if data.gap_minutes else None,
        )


def _colors(labels: Sequence[str]) -> list[str]:
    """Palette colours in rank order; the folded tail and "none" in greys."""
    out, i = [], 0
    for label in labels:
        if label.startswith("other ("):
            out.append(OTHER_COLOR)
        elif label == "no agency credited":
            out.append(NONE_COLOR)
        else:
            out.append(PALETTE[i % len(PALETTE)])
            i += 1
    return out


def _per_period(stacked: Stacked, ylabel: str, alt: str) -> str | None:
    """Stacked columns, one per period, at index positions (months get equal widths, as
    readers expect), with round-date ticks from `date_ticks`."""
    if not stacked.layers:
        return None
    fig = new_figure(FULL, 3.3)
    ax = fig.add_subplot()
    xs = range(len(stacked.periods))
    bottom = [0] * len(xs)
    labels = [label for label, _ in stacked.layers]
    for (label, values), color in zip(stacked.layers, _colors(labels), strict=True):
        ax.bar(xs, values, width=0.8, bottom=bottom, color=color, label=chart_label(label, 32),
               linewidth=0)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    ticks = date_ticks(stacked.periods, stacked.unit)
    ax.set_xticks([i for i, _ in ticks], [label for _, label in ticks])
    ax.set_xlim(-0.6, len(xs) - 0.4)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=5))
    ax.yaxis.set_major_formatter(_THOUSANDS)
    ax.grid(axis="x", visible=False)
    ax.set_ylabel(f"{ylabel} per {stacked.unit}")
    handles, names = ax.get_legend_handles_labels()
    ax.legend(handles[::-1], names[::-1], loc="upper left", bbox_to_anchor=(1.005, 1.0),
              handlelength=1.0, handleheight=1.0, borderaxespad=0.0)
    return to_svg(fig, alt.replace("period", stacked.unit))


def _hbar_axes(rows: int) -> tuple[Figure, Axes]:
    fig = new_figure(HALF, 0.8 + 0.26 * max(rows, 4))
    ax = fig.add_subplot()
    ax.grid(axis="y", visible=False)
    ax.tick_params(axis="y", length=0)
    ax.spines["left"].set_visible(False)
    return fig, ax


def _sections(data: ReportData) -> str | None:
    named = [(k, v) for k, v in data.sections.items() if k][:TOP_SECTIONS]
    if not named:
        return None
    fig, ax = _hbar_axes(max(len(named), len(COVERAGE_FIELDS)))
    labels = [chart_label(k, 26) for k, _ in reversed(named)]
    values = [v for _, v in reversed(named)]
    bars = ax.barh(range(len(values)), values, color=ACCENT, height=0.66)
    ax.set_yticks(range(len(values)), labels)
    ax.bar_label(bars, labels=[f"{v:,}" for v in values], padding=3, fontsize=8, color=MUTED)
    ax.set_xlabel("Articles (latest version of each URL)")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=5))
    ax.xaxis.set_major_formatter(_THOUSANDS)
    ax.margins(x=0.12)
    return to_svg(fig, "Top sections by number of articles")


def _coverage(data: ReportData) -> str | None:
    if not data.unique_urls:
        return None
    fig, ax = _hbar_axes(len(COVERAGE_FIELDS))
    fields = list(reversed(COVERAGE_FIELDS))
    shares = [data.share(name) * 100 for name in fields]
    ys = range(len(fields))
    ax.barh(ys, [100] * len(fields), color="#eef1f4", height=0.66)
    bars = ax.barh(ys, shares, color=[_share_color(s) for s in shares], height=0.66)
    ax.set_yticks(ys, [FIELD_LABELS[name] for name in fields])
    ax.bar_label(bars, labels=[f"{s:.0f}%" for s in shares], padding=3, fontsize=8, color=INK)
    ax.set_xlim(0, 112)  # room for the "100%" label
    ax.spines["bottom"].set_bounds(0, 100)
    ax.set_xticks([0, 25, 50, 75, 100])
    ax.xaxis.set_major_formatter(PercentFormatter(decimals=0))
    ax.set_xlabel("Share of URLs with the field filled (latest version)")
    return to_svg(fig, "Field coverage")


def _share_color(share: float) -> str:
    """Accent when a field is mostly there; warm when it is mostly missing (worth a look)."""
    return ACCENT if share >= 80 else "#7aa6c9" if share >= 40 else "#e39a5b"


def _site_coverage(data: ReportData) -> str | None:
    sites = fold_tail(data.sites, TOP_HEATMAP_SITES)
    rows: list[tuple[str, int, dict[str, int]]] = [
        (site, data.sites[site], data.site_filled.get(site, {})) for site in sites
    ]
    rest = [s for s in data.sites if s not in sites]
    if rest:
        filled: dict[str, int] = {}
        for site in rest:
            for name, n in data.site_filled.get(site, {}).items():
                filled[name] = filled.get(name, 0) + n
        rows.append((f"other ({len(rest)} sites)", sum(data.sites[s] for s in rest), filled))
    grid = [[100 * f.get(name, 0) / total for name in COVERAGE_FIELDS] for _, total, f in rows]
    fig = new_figure(FULL, 0.9 + 0.3 * len(rows))
    ax = fig.add_subplot()
    cmap = LinearSegmentedColormap.from_list("coverage", ["#f2c29d", "#f3f5f7", "#a9c4dc", ACCENT])
    ax.imshow(grid, cmap=cmap, vmin=0, vmax=100, aspect="auto")
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            ax.text(c, r, f"{value:.0f}", ha="center", va="center", fontsize=8,
                    color="white" if value >= 70 else INK)
    ax.set_xticks(range(len(COVERAGE_FIELDS)), [FIELD_LABELS[n] for n in COVERAGE_FIELDS])
    ax.set_yticks(range(len(rows)), [f"{chart_label(s, 30)}  ({n:,})" for s, n, _ in rows])
    ax.xaxis.tick_top()
    ax.tick_params(length=0)
    ax.grid(visible=False)
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.set_xticks([x + 0.5 for x in range(len(COVERAGE_FIELDS) - 1)], minor=True)
    ax.set_yticks([y + 0.5 for y in range(len(rows) - 1)], minor=True)
    ax.grid(which="minor", color="white", linewidth=2)
    ax.tick_params(which="minor", length=0)
    return to_svg(fig, "Field coverage by site, percent of URLs")


def _columns(buckets: list[tuple[str, int]], xlabel: str, ylabel: str, alt: str) -> str:
    fig = new_figure(HALF, 3.0)
    ax = fig.add_subplot()
    labels = [label for label, _ in buckets]
    values = [n for _, n in buckets]
    bars = ax.bar(range(len(values)), values, color=ACCENT, width=0.7)
    ax.set_xticks(range(len(values)), labels)
    ax.bar_label(bars, labels=[f"{v:,}" if v else "" for v in values], padding=2, fontsize=8,
                 color=MUTED)
    ax.grid(axis="x", visible=False)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=5))
    ax.yaxis.set_major_formatter(_THOUSANDS)
    ax.margins(y=0.14)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.tick_params(axis="x", length=0)
    ax.spines["bottom"].set_color(GRID)
    return to_svg(fig, alt)


def _versions(data: ReportData) -> str | None:
    if not data.url_versions:
        return None
    return _columns(version_buckets(data.url_versions), "Versions of the URL (latest version "
                    "number)", "URLs", "URLs by number of versions")


def _gaps(data: ReportData) -> str:
    buckets = gap_buckets(data.gap_minutes)
    assert len(buckets) == len(GAP_BUCKETS)
    return _columns(buckets, "Time from one version to the next", "Updates",
                    "Time between versions")
