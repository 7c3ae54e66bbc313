"""Measure `tests.cms_pages` per CMS family: `python -m tests.cms_measure [-v] [FAMILY]`.

Columns: pages, right (record where an article is expected, Skip where not), title exact,
mean body F1, pages whose body keeps boilerplate, authors F1, published and modified right
(same minute and same UTC offset; a missing expected value must stay missing).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from datetime import datetime

from scrapy.http import HtmlResponse

from newsscraper.extract import extract
from newsscraper.items import Skip
from tests.cms_pages import FETCHED, CmsPage, pages
from tests.tagdiv_measure import f1


def _same(got: object, want: object) -> bool:
    if not want:
        return not got
    if not got:
        return False
    a, b = datetime.fromisoformat(str(got)), datetime.fromisoformat(str(want))
    return a.replace(second=0, microsecond=0) == b.replace(second=0, microsecond=0) \
        and a.utcoffset() == b.utcoffset()


def _authors(got: list[str], want: list[str]) -> float:
    g, w = {a.lower() for a in got}, {a.lower() for a in want}
    if not g and not w:
        return 1.0
    common = len(g & w)
    if not common:
        return 0.0
    p, r = common / len(g), common / len(w)
    return 2 * p * r / (p + r)


def run(page: CmsPage) -> dict[str, object] | None:
    response = HtmlResponse(url=page.url, body=page.html.encode("utf-8"))
    result = extract(response, fetched_at=datetime.fromisoformat(FETCHED))
    if isinstance(result, Skip):
        return None
    return {"title": result.title, "body": result.body or "", "authors": result.authors,
            "published_at": result.published_at, "modified_at": result.modified_at}


def main(argv: list[str]) -> None:
    rows = measure([a for a in argv if not a.startswith("-")], verbose="-v" in argv)
    print(f"{'family':10} {'pages':>5} {'right':>5} {'title':>5} {'bodyF1':>6} {'boiler':>6} "
          f"{'auth':>5} {'pub':>4} {'mod':>4}")
    tot = totals(rows)
    for fam, r in rows.items():
        n = max(1, r["articles"])
        print(f"{fam:10} {int(r['pages']):5} {int(r['right']):5} {int(r['title']):5} "
              f"{r['body'] / n:6.3f} {int(r['boiler']):6} {r['authors'] / n:5.2f} "
              f"{int(r['pub']):4} {int(r['mod']):4}")
    n = max(1, tot["articles"])
    print(f"{'ALL':10} {int(tot['pages']):5} {int(tot['right']):5} {int(tot['title']):5} "
          f"{tot['body'] / n:6.3f} {int(tot['boiler']):6} {tot['authors'] / n:5.2f} "
          f"{int(tot['pub']):4} {int(tot['mod']):4}  (articles {int(tot['articles'])})")


def totals(rows: dict[str, dict[str, float]]) -> dict[str, float]:
    """The families' counts and sums added up."""
    tot: dict[str, float] = defaultdict(float)
    for r in rows.values():
        for k, v in r.items():
            tot[k] += v
    return tot


def measure(only: list[str], *, verbose: bool = False) -> dict[str, dict[str, float]]:
    """Per family: pages, articles, right, and the sums of title, body F1, boiler, authors,
    pub and mod over the articles."""
    rows: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for page in pages():
        if only and page.family not in only:
            continue
        got = run(page)
        row = rows[page.family]
        row["pages"] += 1
        want = page.expected
        notes = []
        if want is None:
            row["right"] += got is None
            if got is not None:
                notes.append(f"record for a {page.kind}: {got['title']!r}")
        else:
            row["articles"] += 1
            if got is None:
                notes.append("skipped")
                got = {"title": None, "body": "", "authors": [], "published_at": None,
                       "modified_at": None}
            else:
                row["right"] += 1
            row["title"] += got["title"] == want["title"]
            row["body"] += f1(str(got["body"]), str(want["body"]))
            left = [b for b in page.boilerplate if b.lower() in str(got["body"]).lower()]
            row["boiler"] += bool(left)
            row["authors"] += _authors(list(got["authors"] or []), list(want["authors"]))
            row["pub"] += _same(got["published_at"], want["published_at"])
            row["mod"] += _same(got["modified_at"], want["modified_at"])
            if got["title"] != want["title"]:
                notes.append(f"title {got['title']!r}")
            b = f1(str(got["body"]), str(want["body"]))
            if b < 0.98:
                notes.append(f"body F1 {b:.2f}")
            if left:
                notes.append(f"boilerplate {left}")
            if _authors(list(got["authors"] or []), list(want["authors"])) < 1:
                notes.append(f"authors {got['authors']} want {want['authors']}")
            notes.extend(f"{k} {got[k]} want {want[k]}" for k in ("published_at", "modified_at")
                         if not _same(got[k], want[k]))
        if verbose and notes:
            print(f"  {page.family:10} {page.kind:9} {page.url}\n      " + "\n      ".join(notes))
            if verbose and "body" in " ".join(notes) and got:
                print("      BODY: " + str(got["body"])[:600].replace("\n", " | "))
    return rows


if __name__ == "__main__":
    main(sys.argv[1:])
