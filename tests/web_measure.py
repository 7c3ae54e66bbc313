"""Measure `extract()`'s body on the look-alike web pages of `tests.web_pages` (`--set 2`:
`tests.web_pages2`, `--set 3`: `tests.web_pages3`, `--set 4`: `tests.web_pages4`, `--set 5`:
`tests.web_pages5`, `--set 6`: `tests.web_pages6`, `--set 7`: `tests.web_pages7`), scored as
the dev corpus is
(../shared/corpus/score.py): `python -m tests.web_measure [-v] [--set 2|3|4|5|6|7] [--bare]`.

Prints each page's body precision, recall and F1, the average, and with -v the lines kept that
the expected body lacks (boilerplate left in) and the expected lines lost. With `--set 2` to
`7` it also prints the average per family group and the figures for the same pages with
every `class` and `id` attribute taken out ("bare"), which tells how much rests on the sites'
own names; `--bare` prints the per-page rows of that variant.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from importlib import import_module

from tests.publisher_measure import _scorer, record
from tests.web_pages import Page, pages

_ATTR = re.compile(r'\s(?:class|id)="[^"]*"')


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def _set(which: str = "1", bare: bool = False) -> Iterator[Page]:
    numbered = which in ("2", "3", "4", "5", "6", "7")
    source = import_module(f"tests.web_pages{which}").pages() if numbered else pages()
    for page in source:
        yield Page(page.family, page.url, _ATTR.sub("", page.html), page.body) if bare else page


def f1s(which: str = "1", bare: bool = False) -> list[tuple[str, float]]:
    """Each page's (family, body F1)."""
    scorer = _scorer()
    return [(page.family,
             scorer.score_page({"id": "x", "url": page.url, "body": page.body},
                               record(page.url, page.html), 4, False).get("body_f1", 0.0))
            for page in _set(which, bare)]


def average_f1(which: str = "1", bare: bool = False) -> float:
    """The body F1 averaged over the pages."""
    rows = f1s(which, bare)
    return sum(f for _, f in rows) / len(rows)


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    which = argv[argv.index("--set") + 1] if "--set" in argv else "1"
    bare = "--bare" in argv
    scorer = _scorer()
    rows: list[tuple[str, float]] = []
    print(f"{'family':20} {'bodyP':>6} {'bodyR':>6} {'bodyF1':>6}")
    for page in _set(which, bare):
        pred = record(page.url, page.html)
        row = scorer.score_page({"id": "x", "url": page.url, "body": page.body}, pred, 4, False)
        p, r, f = (row.get(k, 0.0) for k in ("body_p", "body_r", "body_f1"))
        rows.append((page.family, f))
        print(f"{page.family:20} {p:6.3f} {r:6.3f} {f:6.3f}")
        if verbose and f < 1.0:
            got = _lines((pred or {}).get("body") or "")
            want = _lines(page.body)
            for line in got:
                if line not in want:
                    print(f"    + {line[:150]}")
            for line in want:
                if line not in got:
                    print(f"    - {line[:150]}")
    mean = sum(f for _, f in rows) / len(rows)
    print(f"{'ALL':20} {'':6} {'':6} {mean:6.3f}  ({len(rows)} pages)")
    if which in ("2", "3", "4", "5", "6", "7") and not bare:
        groups = import_module(f"tests.web_pages{which}").GROUPS
        for group, families in groups.items():
            got = [f for fam, f in rows if fam in families]
            if got:
                print(f"  {group:18} {'':6} {'':6} {sum(got) / len(got):6.3f}  ({len(got)} pages)")
        print(f"{'ALL (bare)':20} {'':6} {'':6} {average_f1(which, True):6.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
