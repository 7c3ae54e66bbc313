"""Measure `extract()` on the look-alike publisher pages of `tests.publisher_pages`, each as
printed (full) and with its metadata taken out (ablated), scored as the dev corpus is
(../shared/corpus/score.py when present): `python -m tests.publisher_measure [-v]
[--english | --other]` (only the English-language publishers' pages, or only the others').

Prints per-publisher and per-field results; "authors_none" is 1 when a page whose truth names
no person gets no author (an outlet or desk given as author scores 0).
"""

from __future__ import annotations

import dataclasses
import importlib.util
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scrapy.http import HtmlResponse

from newsscraper.extract import extract
from newsscraper.items import Skip
from tests.publisher_pages import ablated, pages

SCORE = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "score.py"
FIELDS = ("title_em", "authors_f1", "authors_none", "body_f1", "pub_min", "mod_min")


def score_path() -> Path | None:
    """The corpus's score.py, beside the checkout or at its usual place, if present."""
    return next((p for p in (SCORE, Path("/work/shared/corpus/score.py")) if p.exists()), None)


def _scorer() -> Any:
    path = score_path()
    assert path is not None
    spec = importlib.util.spec_from_file_location("score", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def record(url: str, html: str) -> dict[str, Any] | None:
    response = HtmlResponse(url=url, body=html.encode("utf-8"))
    result = extract(response, fetched_at=datetime(2024, 12, 1, 6, tzinfo=UTC))
    return None if isinstance(result, Skip) else dataclasses.asdict(result)


def score(scorer: Any, truth: dict[str, Any], pred: dict[str, Any] | None) -> dict[str, float]:
    t = {"id": "x", **truth}
    row = scorer.score_page(t, pred, 4, False)
    if not truth.get("authors"):
        row["authors_none"] = float(not (pred or {}).get("authors"))
    return {k: row[k] for k in FIELDS if k in row}


def averages(english: bool | None = None) -> dict[str, dict[str, float]]:
    """Each field's average over the pages (`pages(english)`), full and ablated."""
    scorer = _scorer()
    totals: dict[str, dict[str, list[float]]] = {"full": {}, "ablated": {}}
    for page in pages(english):
        for variant, html in (("full", page.html), ("ablated", ablated(page.html))):
            for key, value in score(scorer, page.truth, record(page.url, html)).items():
                totals[variant].setdefault(key, []).append(value)
    return {variant: {k: sum(v) / len(v) for k, v in fields.items()}
            for variant, fields in totals.items()}


def print_totals(totals: dict[str, dict[str, list[float]]], fields: Sequence[str], *,
                 name_width: int, width: int = 12) -> None:
    """Each variant's average of each field over its pages, one "ALL" line a variant."""
    for variant, values in totals.items():
        cells = " ".join(f"{sum(v) / len(v):{width}.3f}" if (v := values.get(f))
                         else f"{'-':>{width}}" for f in fields)
        print(f"{'ALL':{name_width}} {variant:8} {cells}")


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    english = True if "--english" in argv else False if "--other" in argv else None
    scorer = _scorer()
    totals: dict[str, dict[str, list[float]]] = {"full": {}, "ablated": {}}
    print(f"{'publisher':14} {'variant':8} " + " ".join(f"{f:>12}" for f in FIELDS))
    for page in pages(english):
        for variant, html in (("full", page.html), ("ablated", ablated(page.html))):
            pred = record(page.url, html)
            row = score(scorer, page.truth, pred)
            for key, value in row.items():
                totals[variant].setdefault(key, []).append(value)
            cells = " ".join(f"{row[f]:12.2f}" if f in row else f"{'-':>12}" for f in FIELDS)
            print(f"{page.publisher:14} {variant:8} {cells}")
            if verbose and pred is not None:
                bad = [f for f in FIELDS if row.get(f, 1.0) < 1.0]
                if bad:
                    print(f"    title={pred['title']!r} authors={pred['authors']} "
                          f"pub={pred['published_at']} mod={pred['modified_at']}")
                    if "body_f1" in bad:
                        print(f"    body={pred['body']!r}")
    print_totals(totals, FIELDS, name_width=14)


if __name__ == "__main__":
    main(sys.argv[1:])
