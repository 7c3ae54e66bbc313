"""Measure `extract()` on the look-alike pages of Fundus-supported publishers
(`tests.fundus_pages`), each as printed (full) and with its metadata taken out (ablated),
scored as the dev corpus is: `python -m tests.fundus_measure [-v] [--set 2|3|4]` (`--set 2`
measures the second set, `tests.fundus_pages2`; `--set 3` the third, `tests.fundus_pages3`;
`--set 4` the fourth, `tests.fundus_pages4`; `--set 5` the fifth, `tests.fundus_pages5`).

Prints per-publisher and per-field results ("found" is 1 when a record comes out;
"subtitle" is 1 when the standfirst is read as the truth gives it; the others as in
`tests.publisher_measure`).
"""

from __future__ import annotations

import sys

from tests import fundus_pages, fundus_pages2, fundus_pages3, fundus_pages4, fundus_pages5
from tests.publisher_measure import FIELDS, _scorer, print_totals, record, score, score_path
from tests.publisher_pages import ablated

__all__ = ["averages", "score_path"]

COLUMNS = ("found", *FIELDS, "subtitle")


def _norm(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def _rows(verbose: bool = False, which: int = 1) -> dict[str, dict[str, list[float]]]:
    scorer = _scorer()
    pages = {1: fundus_pages, 2: fundus_pages2, 3: fundus_pages3,
             4: fundus_pages4, 5: fundus_pages5}[which].pages
    totals: dict[str, dict[str, list[float]]] = {"full": {}, "ablated": {}}
    for page in pages():
        for variant, html in (("full", page.html), ("ablated", ablated(page.html))):
            pred = record(page.url, html)
            row = {"found": float(pred is not None), **score(scorer, page.truth, pred)}
            if page.truth.get("subtitle"):
                row["subtitle"] = float(_norm((pred or {}).get("subtitle"))
                                        == _norm(page.truth["subtitle"]))
            for key, value in row.items():
                totals[variant].setdefault(key, []).append(value)
            if verbose:
                cells = " ".join(f"{row[f]:12.2f}" if f in row else f"{'-':>12}"
                                 for f in COLUMNS)
                print(f"{page.publisher:16} {variant:8} {cells}")
                bad = [f for f in COLUMNS if row.get(f, 1.0) < 1.0]
                if bad and pred is not None:
                    print(f"    title={pred['title']!r} authors={pred['authors']} "
                          f"pub={pred['published_at']} mod={pred['modified_at']}")
                    if "subtitle" in bad:
                        print(f"    subtitle={pred['subtitle']!r}")
                    if "body_f1" in bad:
                        print(f"    body={pred['body']!r}")
    return totals


def averages(which: int = 1) -> dict[str, dict[str, float]]:
    """Each field's average over the pages of set `which` (1 to 5), full and ablated."""
    return {variant: {k: sum(v) / len(v) for k, v in fields.items()}
            for variant, fields in _rows(which=which).items()}


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    which = int(argv[argv.index("--set") + 1]) if "--set" in argv else 1
    if verbose:
        print(f"{'publisher':16} {'variant':8} " + " ".join(f"{f:>12}" for f in COLUMNS))
    totals = _rows(verbose, which)
    print_totals(totals, COLUMNS, name_width=16)


if __name__ == "__main__":
    main(sys.argv[1:])
