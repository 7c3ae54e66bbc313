"""Measure `extract()` on the special article types of `tests.types_pages`, scored as the dev
corpus is: `python -m tests.types_measure [-v] [KIND…]`.

Per page: found (a record, not a skip), body F1, lines of the expected text lost, lines kept
that the text does not hold (boilerplate), title exact, authors F1, published/modified minute.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from tests.publisher_measure import _scorer, record
from tests.types_pages import pages

FIELDS = ("title_em", "authors_f1", "body_f1", "pub_min", "mod_min")


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().lower()


def lost_kept(expected: str, got: str) -> tuple[list[str], list[str]]:
    exp = [_norm(x) for x in expected.split("\n") if x.strip()]
    have = [_norm(x) for x in got.split("\n") if x.strip()]
    exp_all, got_all = " ".join(exp), " ".join(have)
    lost = [x for x in exp if x not in got_all]
    kept = [x for x in have if x not in exp_all]
    return lost, kept


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    kinds = [a for a in argv if not a.startswith("-")]
    scorer = _scorer()
    per_kind: dict[str, dict[str, list[float]]] = {}
    print(f"{'kind':18} {'layout':6} {'found':>5} " + " ".join(f"{f:>10}" for f in FIELDS)
          + "  lost kept")
    for page in pages():
        if kinds and page.kind not in kinds:
            continue
        pred = record(page.url, page.html)
        t = {"id": "x", **page.truth}
        if not t["authors"]:
            t.pop("authors")
        row: dict[str, Any] = scorer.score_page(t, pred, 4, False)
        lost, kept = lost_kept(page.truth["body"], (pred or {}).get("body") or "")
        if not page.truth.get("authors"):
            row["authors_f1"] = float(not (pred or {}).get("authors"))
        row["found"] = float(pred is not None)
        row["lost"], row["kept"] = len(lost), len(kept)
        agg = per_kind.setdefault(page.kind, {})
        for k in ("found", *FIELDS, "lost", "kept"):
            if k in row:
                agg.setdefault(k, []).append(row[k])
        cells = " ".join(f"{row[f]:10.2f}" if f in row else f"{'-':>10}" for f in FIELDS)
        print(f"{page.kind:18} {page.layout:6} {row['found']:5.0f} {cells}  "
              f"{len(lost):4} {len(kept):4}")
        worst = min(row.get(f, 1) for f in FIELDS)
        if verbose and pred is not None and (lost or kept or worst < 1):
            print(f"    title={pred['title']!r} authors={pred['authors']} "
                  f"pub={pred['published_at']} mod={pred['modified_at']} "
                  f"agency={pred.get('agency')!r}")
            for x in lost:
                print(f"    LOST {x[:110]}")
            for x in kept:
                print(f"    KEPT {x[:110]}")
    print()
    tot: dict[str, list[float]] = {}
    for kind, agg in per_kind.items():
        cells = " ".join(f"{sum(v) / len(v):10.2f}" if (v := agg.get(f)) else f"{'-':>10}"
                         for f in ("found", *FIELDS, "lost", "kept"))
        print(f"{kind:18} {cells}")
        for k, v in agg.items():
            tot.setdefault(k, []).extend(v)
    cells = " ".join(f"{sum(v) / len(v):10.3f}" if (v := tot.get(f)) else f"{'-':>10}"
                     for f in ("found", *FIELDS, "lost", "kept"))
    print(f"{'ALL':18} {cells}")


if __name__ == "__main__":
    main(sys.argv[1:])
