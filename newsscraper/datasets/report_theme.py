"""The report's look in one place: palette, matplotlib style, and turning a figure into inline
SVG that is safe to paste into the page.

Why one module: the charts and the page must agree on colours and type, and every figure goes
through the same `to_svg` (no XML prolog, no metadata, text kept as text, width follows the page).
Imports matplotlib, so only the report code path imports this module.
"""

from __future__ import annotations

import io
import re
import unicodedata
from html import escape
from typing import TYPE_CHECKING, Any

import matplotlib

matplotlib.use("Agg")  # no display, no GUI toolkit: render straight to SVG

from matplotlib.figure import Figure

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType

__all__ = [
    "ACCENT", "FULL", "GRID", "HALF", "INK", "MUTED", "NONE_COLOR", "OTHER_COLOR", "PALETTE",
    "STYLE", "chart_label", "new_figure", "to_svg",
]

#: Tableau 10: distinguishable, colour-blind-aware, calm; series keep their colour everywhere.
PALETTE: tuple[str, ...] = (
    "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f",
)
ACCENT = "#2f5d8a"
INK = "#1f2933"
MUTED = "#66707a"
GRID = "#e4e7eb"
OTHER_COLOR = "#b8c0c8"  # the folded long tail
NONE_COLOR = "#dfe3e8"  # "no agency", "no section": present but not a name

#: Figure widths in inches. The page shows 72 pt of SVG in about 96 px, so 9 pt text reads
#: like 12 px body text, in a full-width card (FULL) or a half-width one (HALF).
FULL = 12.0
HALF = 5.8

FONTS = ["Liberation Sans", "Arial", "Helvetica", "DejaVu Sans"]

STYLE: dict[RcKeyType, Any] = {
    "font.family": "sans-serif",
    "font.sans-serif": FONTS,
    "font.size": 9,
    "text.color": INK,
    "text.parse_math": False,  # "$5 bn" in a headline or section is text, not TeX
    "axes.edgecolor": "#c5ccd3",
    "axes.labelcolor": MUTED,
    "axes.labelsize": 9,
    "axes.linewidth": 0.8,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.axisbelow": True,
    "grid.color": GRID,
    "grid.linewidth": 0.7,
    "xtick.color": MUTED,
    "ytick.color": MUTED,
    "xtick.labelcolor": INK,
    "ytick.labelcolor": INK,
    "xtick.labelsize": 8.5,
    "ytick.labelsize": 8.5,
    "legend.fontsize": 8.5,
    "legend.frameon": False,
    "svg.fonttype": "none",  # text stays text: small, crisp, selectable, in the page's font
    "svg.hashsalt": "newsscraper-report",  # stable element ids: same data, same bytes
    "figure.facecolor": "white",
}

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_SVG_ROOT = re.compile(r'<svg [^>]*?width="[^"]*" height="[^"]*"')


def chart_label(text: str, limit: int = 28) -> str:
    """A data string fit for a tick or legend: one line, no control characters, shortened.

    >>> chart_label("Very long section name that goes on and on", 20)
    'Very long section n…'
    >>> chart_label("a\\nb\\x00")
    'a b'
    """
    text = _CONTROL.sub(" ", unicodedata.normalize("NFC", text)).strip()
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def new_figure(width: float, height: float) -> Figure:
    """A figure with constrained layout, so labels and outside legends never overlap."""
    return Figure(figsize=(width, height), layout="constrained")


def to_svg(fig: Figure, alt: str) -> str:
    """`fig` as an inline ``<svg>`` element: no prolog or metadata, scales with its card,
    labelled for screen readers with `alt` (escaped here)."""
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg "):]
    svg = re.sub(r"\s*<metadata>.*?</metadata>", "", svg, count=1, flags=re.DOTALL)
    svg = _SVG_ROOT.sub(
        '<svg role="img" class="chart" preserveAspectRatio="xMinYMin meet"', svg, count=1
    )
    return svg.replace(">", f"><title>{escape(alt)}</title>", 1)
