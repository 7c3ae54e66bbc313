"""Measure `extract()` on the news agencies' look-alike pages of `tests.wire_pages`, each as
printed (full) and with its metadata taken out (ablated): `python -m tests.wire_measure [-v]
[--set 2|3|4]` (`--set 2` measures the second set, `tests.wire_pages2`, `--set 3` the third,
`tests.wire_pages3`, `--set 4` the fourth, `tests.wire_pages4`).
`tests.repub_measure` measures the portals republishing wire copy the same way.

Scored as `tests.publisher_measure` scores (the corpus's score.py: title exact, body F1,
authors F1, published/modified same minute with the offset), plus whether a page is found
(not skipped), "authors_none" (1 when a page whose truth names no author gets none),
"agency_em" (the normalised wire name, exactly) and "dateline_em" (the place, exactly; a page
printing none must get none).
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from scrapy.http import HtmlResponse

from newsscraper.extract import extract
from newsscraper.items import Skip
from tests import wire_pages2, wire_pages3, wire_pages4
from tests.publisher_measure import _scorer, print_totals
from tests.publisher_measure import score as _score
from tests.wire_pages import Page, ablated, pages

FIELDS = ("found", "title_em", "body_f1", "authors_f1", "authors_none", "agency_em",
          "dateline_em", "pub_min", "mod_min")


#: When the pages are read: after the last of them was printed (December 2024), so no printed
#: date reads as one in the future.
FETCHED_AT = datetime(2025, 1, 15, 6, tzinfo=UTC)


#: A set of look-alike pages: how to list them, and when they are read.
PageSet = tuple[Callable[[], Iterable[Page]], datetime]
WIRE_SITES: PageSet = (pages, FETCHED_AT)
#: The second set (`tests.wire_pages2`), printed up to December 2024 too.
WIRE_SITES2: PageSet = (wire_pages2.pages, FETCHED_AT)
#: The third set (`tests.wire_pages3`), printed from December 2022 to December 2024.
WIRE_SITES3: PageSet = (wire_pages3.pages, FETCHED_AT)
#: The fourth set (`tests.wire_pages4`), printed from November to December 2024.
WIRE_SITES4: PageSet = (wire_pages4.pages, FETCHED_AT)


def record(url: str, html: str, fetched_at: datetime = FETCHED_AT) -> dict[str, Any] | None:
    response = HtmlResponse(url=url, body=html.encode("utf-8"))
    result = extract(response, fetched_at=fetched_at)
    return None if isinstance(result, Skip) else dataclasses.asdict(result)


def score(scorer: Any, truth: dict[str, Any], pred: dict[str, Any] | None) -> dict[str, float]:
    row = _score(scorer, truth, pred)
    row["found"] = float(pred is not None)
    got = pred or {}
    row["agency_em"] = float(got.get("agency") == truth["agency"])
    row["dateline_em"] = float(got.get("dateline") == truth["dateline"])
    return row


def rows(pages_read: PageSet = WIRE_SITES,
         ) -> list[tuple[str, str, dict[str, float], dict[str, Any] | None]]:
    """(page, variant, scores, record) for every page, full and ablated."""
    scorer = _scorer()
    out = []
    listed, fetched_at = pages_read
    for page in listed():
        for variant, html in (("full", page.html), ("ablated", ablated(page.html))):
            pred = record(page.url, html, fetched_at)
            out.append((page.publisher, variant, score(scorer, page.truth, pred), pred))
    return out


def averages(pages_read: PageSet = WIRE_SITES) -> dict[str, dict[str, float]]:
    """Each field's average over the pages, full and ablated."""
    totals: dict[str, dict[str, list[float]]] = {"full": {}, "ablated": {}}
    for _, variant, row, _ in rows(pages_read):
        for key in FIELDS:
            if key in row:
                totals[variant].setdefault(key, []).append(row[key])
    return {variant: {k: sum(v) / len(v) for k, v in fields.items()}
            for variant, fields in totals.items()}


def main(argv: list[str], pages_read: PageSet = WIRE_SITES, name_width: int = 15) -> None:
    verbose = "-v" in argv
    truths = {p.publisher: p.truth for p in pages_read[0]()}
    totals: dict[str, dict[str, list[float]]] = {"full": {}, "ablated": {}}
    print(f"{'page':{name_width}} {'variant':8} " + " ".join(f"{f[:11]:>11}" for f in FIELDS))
    for name, variant, row, pred in rows(pages_read):
        for key in FIELDS:
            if key in row:
                totals[variant].setdefault(key, []).append(row[key])
        cells = " ".join(f"{row[f]:11.2f}" if f in row else f"{'-':>11}" for f in FIELDS)
        print(f"{name:{name_width}} {variant:8} {cells}")
        bad = [f for f in FIELDS if row.get(f, 1.0) < 1.0]
        if verbose and bad and pred is not None:
            t = truths[name]
            print(f"    title={pred['title']!r} authors={pred['authors']} (want {t['authors']})"
                  f" agency={pred['agency']!r} (want {t['agency']!r}) dateline="
                  f"{pred['dateline']!r} (want {t['dateline']!r})")
            print(f"    pub={pred['published_at']} (want {t['published']}) "
                  f"mod={pred['modified_at']} (want {t['modified']})")
            if "body_f1" in bad:
                print(f"    body={pred['body']!r}")
    print_totals(totals, FIELDS, name_width=name_width, width=11)


if __name__ == "__main__":
    args = sys.argv[1:]
    which = args[args.index("--set") + 1] if "--set" in args else "1"
    main(args, {"2": WIRE_SITES2, "3": WIRE_SITES3, "4": WIRE_SITES4}.get(which, WIRE_SITES),
         name_width=19 if which in ("3", "4") else 15)
