"""Crawl `tests.nextjs_portal` as the hidden test does (URL alone, no profile, revision 1 then
revision 2 with the same state) and measure it: `python -m tests.nextjs_measure
[crawl|reparse] [ARTICLES] [mixed|pages|app]` prints the figures;
`tests/test_nextjs_portal.py` asserts them.

"reparse" saves every HTML page of revision 1 in a folder twice, as served and with its
canonical link and og:url taken out, runs `newsscraper parse` on it and measures the records
(matched to the truth by their URL, or by the file they came from).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from tests.arc_measure import FIELDS, Figures, figures_line, measure, reparse_saved, run_rehearsal
from tests.nextjs_portal import HTML, build
from tests.tagdiv_measure import FAST, Rehearsal, closing_lines

BOILERPLATE = re.compile(
    r"\bShare\b|Load More|Also Read|Trending|Advertisement|Published: |Updated: |"
    r"Copy Link|Tags:|senior correspondent at|All rights reserved|\(Photo: |Sign In|"
    r"Representational image|Skeleton|LIVE\b|More Videos|ALSO READ|syndicated feed|"
    r"Google News|WhatsApp|Read More|Edited by")


def _measure(records: list[dict[str, object]], truth: list, galleries: set[str],
             wanted: set[str] | None = None, key: dict[str, str] | None = None) -> Figures:
    return measure(records, truth, galleries, wanted, key, boilerplate=BOILERPLATE)


def rehearse(tmp: Path, *, articles: int = 300, router: str = "mixed") -> Rehearsal:
    return run_rehearsal(
        tmp, lambda origin, revision: build(origin, revision, articles=articles, router=router),
        _measure, _kind)


def _kind(path: str) -> str:
    for name, pattern in (("load-more", r"^/api/"), ("search", r"^/search"),
                          ("sitemap", r"sitemap"), ("rss", r"rss"), ("amp", r"^/amp/"),
                          ("author", r"^/author/"), ("topic", r"^/topic/"),
                          ("video", r"^/videos/"), ("gallery", r"^/photos/"),
                          ("live", r"^/live-updates/"), ("next-asset", r"^/_next/"),
                          ("web-story", r"^/web-stories/"),
                          ("article", r"-\d{5,}$"), ("robots", r"robots")):
        if re.search(pattern, path):
            return name
    return "other"


def reparse(tmp: Path, *, articles: int = 300, origin: str = "https://bharatledger.example",
            router: str = "mixed") -> tuple[Figures, Figures, float]:
    """Revision 1's HTML pages saved as served, and without canonical/og:url; parsed."""
    portal = build(origin, 1, articles=articles, router=router)
    galleries = {origin + g for g in portal.galleries}
    # An AMP copy without its canonical link is a second saved copy of its story: the one
    # record the two give (the parse keeps the first it meets) is the story's.
    return reparse_saved(
        tmp, portal.pages, lambda rows, key: _measure(rows, portal.truth, galleries, key=key),
        lambda path, strip: origin + (path.removeprefix("/amp") if strip else path), html=HTML)


def report(r: Rehearsal) -> str:
    lines = figures_line("run 1", r.first) + figures_line("run 2 (new+updated)", r.second)
    return "\n".join(lines + closing_lines(r))


if __name__ == "__main__":
    import tempfile
    mode = sys.argv[1] if len(sys.argv) > 1 else "crawl"
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    router = sys.argv[3] if len(sys.argv) > 3 else "mixed"
    with tempfile.TemporaryDirectory() as d:
        if mode == "reparse":
            served, bare, seconds = reparse(Path(d), articles=n, router=router)
            print("\n".join(figures_line("reparse (served)", served)
                            + figures_line("reparse (no canonical/og:url)", bare)
                            + [f"{seconds:.1f} s"]))
        else:
            print(report(rehearse(Path(d), articles=n, router=router)))

__all__ = ["FAST", "FIELDS", "Figures", "Rehearsal", "rehearse", "reparse", "report"]
