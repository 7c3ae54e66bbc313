"""Measure `extract()`'s body on the look-alike web pages of `tests.web_pages`, scored as the
dev corpus is (../shared/corpus/score.py): `python -m tests.web_measure [-v]`.

Prints each page's body precision, recall and F1, the average, and with -v the lines kept that
the expected body lacks (boilerplate left in) and the expected lines lost.
"""

from __future__ import annotations

import sys

from tests.publisher_measure import _scorer, record
from tests.web_pages import pages


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def average_f1() -> float:
    """The body F1 averaged over the pages."""
    scorer = _scorer()
    f1s = [scorer.score_page({"id": "x", "url": page.url, "body": page.body},
                             record(page.url, page.html), 4, False).get("body_f1", 0.0)
           for page in pages()]
    return sum(f1s) / len(f1s)


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    scorer = _scorer()
    f1s: list[float] = []
    print(f"{'family':14} {'bodyP':>6} {'bodyR':>6} {'bodyF1':>6}")
    for page in pages():
        pred = record(page.url, page.html)
        row = scorer.score_page({"id": "x", "url": page.url, "body": page.body}, pred, 4, False)
        p, r, f = (row.get(k, 0.0) for k in ("body_p", "body_r", "body_f1"))
        f1s.append(f)
        print(f"{page.family:14} {p:6.3f} {r:6.3f} {f:6.3f}")
        if verbose and f < 1.0:
            got = _lines((pred or {}).get("body") or "")
            want = _lines(page.body)
            for line in got:
                if line not in want:
                    print(f"    + {line[:150]}")
            for line in want:
                if line not in got:
                    print(f"    - {line[:150]}")
    print(f"{'ALL':14} {'':6} {'':6} {sum(f1s) / len(f1s):6.3f}  ({len(f1s)} pages)")


if __name__ == "__main__":
    main(sys.argv[1:])
