"""Measure `extract()`'s dates on the look-alike pages of `tests.dates_pages` (dates printed
in the text alone, or metadata naive or partial), each as printed (full) and with its
metadata taken out (ablated): `python -m tests.dates_measure [-v] [--set 2] [PAGE…]` (`--set 2`:
the second set, `tests.dates_pages2`).

Per page and in total: `pub`/`mod` are 1 when the record's date is the truth's to the
minute with the truth's UTC offset (for a relative date, "3 hours ago", the instant alone; for
a day printed alone, the day),
or both are None; a modified time the page does not print may also be the published one. A
date given but not right is "wrong", one not given "missing": a wrong date is worse than
none. Title, body (token F1, the corpus's score.py), and authors are printed beside them.
"""

from __future__ import annotations

import sys
from datetime import datetime
from importlib import import_module
from types import ModuleType
from typing import Any

import newsscraper
from newsscraper.items import Skip
from tests.tagdiv_measure import f1

FIELDS = ("pub", "mod", "title", "body", "authors")


def _set(which: str) -> ModuleType:
    """The pages' module: "1" `tests.dates_pages`, "2" `tests.dates_pages2`."""
    return import_module("tests.dates_pages" + ("" if which == "1" else which))


def same(got: str | None, want: str | None, relative: bool = False) -> bool:
    """The same minute and (unless `relative`) the same UTC offset; or both None."""
    if got is None or want is None:
        return got == want
    if len(want) == 10:  # a day alone: the record's day, in its own offset
        return got[:10] == want
    a, b = datetime.fromisoformat(got), datetime.fromisoformat(want)
    return (a.replace(second=0, microsecond=0) == b.replace(second=0, microsecond=0)
            and (relative or a.utcoffset() == b.utcoffset()))


def judge(truth: dict[str, Any], got: Any) -> dict[str, Any]:
    """The page's row: each field's score, and the dates' "wrong" and "missing" counts."""
    if isinstance(got, Skip):
        return {"pub": 0.0, "mod": 0.0, "title": 0.0, "body": 0.0, "authors": 0.0,
                "wrong": 0, "missing": int(truth["published"] is not None)
                + int(truth["modified"] is not None), "got": None}
    rel = truth["relative"]
    pub = same(got.published_at, truth["published"], rel)
    mod = same(got.modified_at, truth["modified"], rel) or (
        truth["modified"] is None and got.modified_at is not None
        and got.modified_at == got.published_at and pub)
    wrong = missing = 0
    for ok, value in ((pub, got.published_at), (mod, got.modified_at)):
        if not ok:
            if value is None:
                missing += 1
            else:
                wrong += 1
    return {"pub": float(pub), "mod": float(mod),
            "title": float(" ".join((got.title or "").split()) == truth["title"]),
            "body": f1(got.body or "", truth["body"]),
            "authors": float(got.authors == truth["authors"]),
            "wrong": wrong, "missing": missing, "got": got}


def rows(only: list[str] | None = None,
         which: str = "1") -> list[tuple[str, str, dict[str, Any]]]:
    module = _set(which)
    out = []
    for page in module.pages():
        if only and page.publisher not in only:
            continue
        for variant, html in (("full", page.html), ("ablated", module.ablated(page.html))):
            got = newsscraper.extract_html(html, page.url, fetched_at=module.FETCHED_AT)
            out.append((page.publisher, variant, judge(page.truth, got)))
    return out


def totals(only: list[str] | None = None, which: str = "1") -> dict[str, dict[str, float]]:
    """Per variant: each field's average, and the wrong and missing dates' counts."""
    sums: dict[str, dict[str, float]] = {}
    for _, variant, row in rows(only, which):
        acc = sums.setdefault(variant, {"n": 0.0})
        acc["n"] += 1
        for key in (*FIELDS, "wrong", "missing"):
            acc[key] = acc.get(key, 0.0) + row[key]
    return {v: {k: (x / acc["n"] if k in FIELDS else x) for k, x in acc.items()}
            for v, acc in sums.items()}


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    which = argv[argv.index("--set") + 1] if "--set" in argv else "1"
    only = [a for a in argv if not a.startswith("-") and a != which] or None
    truths = {p.publisher: p.truth for p in _set(which).pages()}
    print(f"{'page':14} {'variant':8} " + " ".join(f"{f:>7}" for f in FIELDS)
          + f" {'wrong':>6} {'missing':>7}")
    for name, variant, row in rows(only, which):
        cells = " ".join(f"{row[f]:7.2f}" for f in FIELDS)
        print(f"{name:14} {variant:8} {cells} {row['wrong']:6d} {row['missing']:7d}")
        got, want = row["got"], truths[name]
        if verbose and got is not None and (row["pub"] < 1 or row["mod"] < 1):
            print(f"    pub={got.published_at} (want {want['published']}) "
                  f"mod={got.modified_at} (want {want['modified']})")
        if verbose and got is not None and (row["title"] < 1 or row["authors"] < 1
                                            or row["body"] < 0.95):
            print(f"    title={got.title!r} authors={got.authors} (want {want['authors']}) "
                  f"body={row['body']:.2f}")
    for variant, figures in totals(only, which).items():
        cells = " ".join(f"{figures[f]:7.3f}" for f in FIELDS)
        print(f"{'ALL':14} {variant:8} {cells} {int(figures['wrong']):6d} "
              f"{int(figures['missing']):7d}")


if __name__ == "__main__":
    main(sys.argv[1:])
