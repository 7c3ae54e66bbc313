"""The report page: `ReportData` and its charts in one self-contained HTML document.

Why hand-written HTML and no template engine: the page is one fixed layout, and every string
that comes from the data passes through one function, `_e` (``html.escape`` with quotes), so a
headline holding ``<script>`` is shown as text. Nothing is loaded from elsewhere: CSS is inline,
charts are inline SVG, there is no script and no web font, so the file opens offline and can be
mailed or archived as is. Article URLs are shown as text, not links, for the same reason.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from html import escape

from newsscraper.datasets.report_charts import Charts
from newsscraper.datasets.report_data import ReportData, StoryRow
from newsscraper.datasets.report_html_css import CSS
from newsscraper.datasets.report_series import median_gap

__all__ = ["render_page"]

#: Input file names listed in the header before "+N more".
SHOWN_INPUTS = 3


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _n(value: int) -> str:
    return f"{value:,}"


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "–"


def _day(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def _when(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M}" if moment else "–"


def render_page(data: ReportData, charts: Charts, *, title: str, generated: datetime) -> str:
    """The whole HTML document."""
    body = [_header(data, title, generated), _kpis(data)]
    if data.records:
        body += [_volume(data, charts), _content(charts, data), _updates(data, charts)]
    else:
        body.append('<section class="card empty"><p>No records in the input.</p></section>')
    if data.bad_lines:
        body.append(_bad_lines(data))
    body.append(_footer())
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="newsscraper report">\n'
        f"<title>{_e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n"
        + "\n".join(body)
        + "\n</main>\n</body>\n</html>\n"
    )


def _header(data: ReportData, title: str, generated: datetime) -> str:
    names = [_e(p) for p in data.inputs[:SHOWN_INPUTS]]
    more = len(data.inputs) - len(names)
    files = ", ".join(f"<code>{n}</code>" for n in names) + (f" and {more} more" if more else "")
    plural = "s" if len(data.inputs) != 1 else ""
    return (
        f'<header><p class="eyebrow">newsscraper report</p><h1>{_e(title)}</h1>'
        f'<p class="meta">Generated {generated:%Y-%m-%d %H:%M} UTC from {len(data.inputs)} '
        f"input file{plural}: {files}</p></header>"
    )


def _kpi(label: str, value: str, note: str = "", cls: str = "") -> str:
    extra = f" {cls}" if cls else ""
    return (f'<div class="kpi{extra}"><div class="label">{label}</div>'
            f'<div class="value">{value}</div><div class="note" title="{note}">{note}</div></div>')


def _kpis(data: ReportData) -> str:
    span = data.date_range
    if span:
        days = (span[1] - span[0]).days + 1
        when = f"{_day(span[0])} – {_day(span[1])}" if days > 1 else _day(span[0])
        when_note = f"{_n(days)} day{'s' if days != 1 else ''}"
        when_note += f" · {_n(data.undated)} undated" if data.undated else ""
    else:
        when, when_note = "–", "no dated articles"
    bad_note = f"skipped ({_n(data.torn_lines)} torn)" if data.torn_lines else "skipped"
    cards = [
        _kpi("Records", _n(data.records), "all versions"
             + (f" · {_n(data.repeats)} repeated" if data.repeats else "")),
        _kpi("Unique URLs", _n(data.unique_urls), "latest versions"),
        _kpi("Sites", _n(len(data.sites)), _largest(data.sites, data.unique_urls)),
        _kpi("Agencies", _n(data.named_agencies),
             f"{_pct(data.agencies.get('', 0), data.unique_urls)} uncredited"),
        _kpi("Date range", when, when_note, "wide"),
        _kpi("Updated", _n(data.updated_urls),
             f"{_pct(data.updated_urls, data.unique_urls)} of URLs"),
        _kpi("Bad lines", _n(data.bad_lines), bad_note, "warn" if data.bad_lines else "ok"),
    ]
    return f'<section class="kpis">{"".join(cards)}</section>'


def _largest(counts: dict[str, int], total: int) -> str:
    """The largest entry's share: how concentrated the data set is (its name is in the
    charts; in a card it would be cut off)."""
    largest = max(counts.values(), default=0)
    return f"largest has {_pct(largest, total)}" if largest and len(counts) > 1 else ""


def _card(title: str, chart: str | None, caption: str = "", cls: str = "") -> str:
    inner = chart or '<p class="nodata">Nothing to show for this input.</p>'
    cap = f'<p class="caption">{caption}</p>' if caption else ""
    return f'<figure class="card {cls}"><figcaption><h3>{title}</h3>{cap}</figcaption>' \
           f"{inner}</figure>"


def _volume(data: ReportData, charts: Charts) -> str:
    notes = ["Latest version of each URL, on the day of <code>published_at</code> (else "
             "<code>modified_at</code>) as the record writes it, in the newsroom’s own offset."]
    if data.undated:
        notes.append(f"{_n(data.undated)} undated not shown.")
    if charts.hidden:
        notes.append(f"{_n(charts.hidden)} dated far outside the bulk of the data not shown "
                     "(the date range above has the full span).")
    unit = charts.unit
    return (
        '<section><h2>Volume</h2><div class="grid">'
        + _card(f"Articles per {unit} by site", charts.per_site, " ".join(notes), "full")
        + _card(f"Articles per {unit} by agency", charts.per_agency,
                "Agency is the wire service a record credits (IANS, PTI, Reuters, …).", "full")
        + "</div></section>"
    )


def _content(charts: Charts, data: ReportData) -> str:
    named = [k for k in data.sections if k]
    rest = len(named) - min(len(named), 12)
    section_note = f"{_n(len(named))} distinct sections"
    if rest:
        section_note += f"; the top 12 shown, {_n(rest)} more not shown"
    if data.sections.get(""):
        section_note += f"; {_n(data.sections[''])} articles have none"
    cards = [
        _card("Top sections", charts.sections, section_note + "."),
        _card("Field coverage", charts.coverage,
              "Share of URLs whose latest version fills the field; under 40% in orange."),
    ]
    if charts.site_coverage:
        cards.append(_card("Field coverage by site", charts.site_coverage,
                           "Percent of each site’s URLs that fill the field; URLs in brackets. "
                           "A pale row or column points at an extraction gap.", "full"))
    return f'<section><h2>Content and metadata</h2><div class="grid">{"".join(cards)}</div>' \
           "</section>"


def _updates(data: ReportData, charts: Charts) -> str:
    median = median_gap(data.gap_minutes)
    gap_note = (
        f"{_n(data.version_gaps)} updates, median {_duration(median)}; by "
        "<code>modified_at</code>, else <code>fetched_at</code>."
        if median is not None else "Needs consecutive versions of a URL in the input."
    )
    cards = [
        _card("Versions per URL", charts.versions,
              f"{_pct(data.updated_urls, data.unique_urls)} of URLs were updated at least once."),
        _card("Time between versions", charts.gaps, gap_note),
    ]
    table = _stories_table(data.top_stories)
    return ('<section><h2>Updates</h2><div class="grid">' + "".join(cards)
            + f'<div class="card full"><h3>Most-updated stories</h3>{table}</div>'
            + "</div></section>")


def _duration(minutes: int) -> str:
    """A gap in the unit a reader expects.

    >>> _duration(45), _duration(150), _duration(4000)
    ('45 min', '2.5 h', '2.8 d')
    """
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 48 * 60:
        return f"{minutes / 60:.1f} h"
    return f"{minutes / 1440:.1f} d"


def _stories_table(rows: list[StoryRow]) -> str:
    if not rows:
        return '<p class="nodata">No URL has more than one version in this input.</p>'
    head = ("<tr><th>Story</th><th>Site</th><th class=num>Versions</th>"
            "<th class=num>First seen (UTC)</th><th class=num>Latest seen (UTC)</th></tr>")
    body = "".join(
        f'<tr><td class="story"><div class="title">{_e(r.title)}</div>'
        f'<div class="url">{_e(r.url)}</div></td><td>{_e(r.site)}</td>'
        f"<td class=num>{r.version}</td><td class=num>{_when(r.first_seen)}</td>"
        f"<td class=num>{_when(r.last_seen)}</td></tr>"
        for r in rows
    )
    return f"<table><thead>{head}</thead><tbody>{body}</tbody></table>"


def _bad_lines(data: ReportData) -> str:
    rows = "".join(
        f"<tr><td><code>{_e(b.path)}</code></td><td class=num>{b.line_no}</td>"
        f"<td>{_e(b.reason)}</td></tr>" for b in data.bad_examples
    )
    more = data.bad_lines - len(data.bad_examples)
    tail = f'<p class="caption">… and {_n(more)} more (logged on stderr).</p>' if more else ""
    return (
        '<section><h2>Input problems</h2><div class="card full">'
        f"<h3>{_n(data.bad_lines)} bad input line{'s' if data.bad_lines != 1 else ''} skipped"
        "</h3><table><thead><tr><th>File</th><th class=num>Line</th><th>Reason</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>{tail}</div></section>"
    )


def _footer() -> str:
    notes: Iterable[str] = (
        "Counts, sections and coverage use the latest version of each URL (as "
        "<code>newsscraper export</code> does by default); update statistics use every version.",
        "Made by <code>newsscraper report</code>. Self-contained: no scripts, fonts or images are "
        "loaded from anywhere.",
    )
    return "<footer>" + "".join(f"<p>{n}</p>" for n in notes) + "</footer>"
