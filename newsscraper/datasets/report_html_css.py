"""The report page's stylesheet, inlined into the page (no external CSS or web fonts).

Why system fonts: a self-contained page cannot fetch a web font, and embedding one would add
hundreds of KB; the system UI stack reads well everywhere and matches the charts' sans-serif.
Colours follow `report_theme` (ink, muted grey, accent blue).
"""

from __future__ import annotations

__all__ = ["CSS"]

CSS = """
:root {
  --ink: #1f2933; --muted: #66707a; --line: #e4e7eb; --bg: #f4f5f7; --card: #fff;
  --accent: #2f5d8a; --warn: #b45309; --ok: #3b7d4f;
}
* { box-sizing: border-box; }
body {
  margin: 0; background: var(--bg); color: var(--ink);
  font: 15px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue",
    Arial, "Liberation Sans", sans-serif;
  -webkit-font-smoothing: antialiased;
}
main { max-width: 1200px; margin: 0 auto; padding: 32px 28px 40px; }
header { margin-bottom: 22px; }
.eyebrow {
  margin: 0; color: var(--accent); font-size: 12px; font-weight: 700;
  letter-spacing: .09em; text-transform: uppercase;
}
h1 { margin: 2px 0 6px; font-size: 30px; line-height: 1.2; letter-spacing: -.01em; }
.meta { margin: 0; color: var(--muted); font-size: 13.5px; }
code {
  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
  font-size: .86em; background: #eceff3; padding: 1px 5px; border-radius: 4px;
}
.kpis {
  display: grid; grid-template-columns: repeat(8, minmax(0, 1fr)); gap: 12px;
  margin-bottom: 30px;
}
.kpi {
  background: var(--card); border: 1px solid var(--line); border-radius: 10px;
  padding: 13px 14px; box-shadow: 0 1px 2px rgba(16, 24, 40, .04);
}
.kpi.wide { grid-column: span 2; }
.kpi .label {
  color: var(--muted); font-size: 11.5px; font-weight: 700; letter-spacing: .07em;
  text-transform: uppercase;
}
.kpi .value {
  margin-top: 2px; font-size: 26px; font-weight: 700; line-height: 36px;
  font-variant-numeric: tabular-nums; white-space: nowrap; overflow: hidden;
  text-overflow: ellipsis;
}
.kpi.wide .value { font-size: 19px; }
.kpi .note {
  color: var(--muted); font-size: 12.5px; line-height: 1.35; min-height: 1.2em;
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
}
.kpi.warn .value { color: var(--warn); }
.kpi.warn { border-color: #f3c99b; background: #fffaf3; }
section { margin-bottom: 30px; }
h2 {
  margin: 0 0 12px; color: var(--muted); font-size: 12.5px; font-weight: 700;
  letter-spacing: .09em; text-transform: uppercase;
}
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; align-items: start; }
.card {
  margin: 0; background: var(--card); border: 1px solid var(--line); border-radius: 10px;
  padding: 18px 20px 14px; box-shadow: 0 1px 2px rgba(16, 24, 40, .04); min-width: 0;
}
.card.full { grid-column: 1 / -1; }
.card.empty { color: var(--muted); }
h3 { margin: 0; font-size: 16px; font-weight: 650; }
.caption { margin: 3px 0 10px; color: var(--muted); font-size: 13px; }
svg.chart { display: block; width: 100%; height: auto; }
table { width: 100%; border-collapse: collapse; margin-top: 10px; font-size: 13.5px; }
th {
  padding: 8px 10px; border-bottom: 1px solid var(--line); color: var(--muted);
  font-size: 11.5px; font-weight: 700; letter-spacing: .06em; text-align: left;
  text-transform: uppercase;
}
td { padding: 9px 10px; border-bottom: 1px solid #eff1f4; vertical-align: top; }
tbody tr:last-child td { border-bottom: 0; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.story .title { font-weight: 600; }
.story .url { color: var(--muted); font-size: 12px; word-break: break-all; }
.nodata { color: var(--muted); font-style: italic; }
footer {
  padding-top: 14px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12.5px;
}
footer p { margin: 3px 0; }
@media (max-width: 1000px) {
  .kpis { grid-template-columns: repeat(4, minmax(0, 1fr)); }
}
@media (max-width: 820px) {
  .grid { grid-template-columns: 1fr; }
  .kpis { grid-template-columns: repeat(2, minmax(0, 1fr)); }
}
@media print {
  body { background: #fff; }
  .card, .kpi { box-shadow: none; break-inside: avoid; }
}
"""
