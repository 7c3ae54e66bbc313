"""extract() of two source trees compared in one process, page by page: resolves ~0.5 %
where separate runs on a shared host move 10-20 % between minutes.

    git archive START | tar -x -C /tmp/start
    python bench/ab.py /tmp/start .                  # 15 rounds over the dev corpus
    python bench/ab.py /tmp/start . --rounds 25
    python bench/ab.py /tmp/start . --synthetic 300  # bench/synthetic.py's CMS pages instead

Each tree's `newsscraper` package is copied under another name (imports renamed), so both
load side by side; every page is extracted by both in turn, the order swapped every page
and every round, and each one's process time summed per round. Printed: each tree's best and
median ms a page, and the per-round ratio B/A (median, min, max). Comparing a tree with
itself gave medians of 0.999 and 1.004, rounds 0.98-1.02 (15 rounds, a host at load 2-3).

    python bench/ab.py /tmp/start . --cold --rounds 10   # first pass over new pages

`--cold`: what `newsscraper parse` pays on pages it meets once (new sites, new class strings),
which the rounds above never see (their per-process caches are warm after the warm-up). Each
round starts a fresh process that imports both trees and extracts one synthetic page with
each (imports, lazy compiles and first allocations out of the way, no class string of the
corpus), then each page once by both in turn, the order swapped every page and every round.
Caches outside the trees (`re`'s of patterns compiled by module-level calls, dateparser's)
are filled by whichever goes first, i.e. half the time by each. Printed as above, the ms a
page of that first pass. Comparing the start tree with itself: medians 0.99-1.01 (10 rounds).
"""

from __future__ import annotations

import argparse
import compileall
import importlib
import logging
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from scrapy.http import HtmlResponse

sys.path.insert(0, str(Path(__file__).parent))
import synthetic
from speed import CORPUS, Page, synthetic_pages, warc_pages

_HEADERS = {"Content-Type": "text/html; charset=utf-8"}


def renamed_copy(tree: Path, name: str, into: Path) -> None:
    """`tree`/newsscraper copied to `into`/`name`, every `newsscraper` import renamed."""
    target = into / name
    shutil.copytree(tree / "newsscraper", target, ignore=shutil.ignore_patterns("__pycache__"))
    for path in target.rglob("*.py"):
        path.write_text(re.sub(r"\bnewsscraper(?=\.|\b)", name, path.read_text("utf-8")),
                        "utf-8")


def one_time(extract: Callable[..., object], page: Page) -> float:
    url, body, fetched = page
    start = time.process_time()
    extract(HtmlResponse(url=url, body=body, headers=_HEADERS), fetched_at=fetched)
    return time.process_time() - start


def cold_child(tmp: str, corpus: str, count: int, r: int) -> None:
    """One `--cold` round's process: prints each tree's ms a page of a first pass."""
    logging.disable(logging.WARNING)
    sys.path.insert(0, tmp)
    names = ("tree_a", "tree_b")
    extract = {n: importlib.import_module(f"{n}.extract").extract for n in names}
    pages = synthetic_pages(Path(tmp) / f"pages_{r}", count) if count \
        else warc_pages(Path(corpus))
    url, body = synthetic.page(0, seed=1)  # not a page of the synthetic set (seed 7)
    for name in names:
        one_time(extract[name], (url, body, pages[0][2]))
    spent = dict.fromkeys(names, 0.0)
    for i, page in enumerate(pages):
        for name in names if (i + r) % 2 == 0 else names[::-1]:
            spent[name] += one_time(extract[name], page)
    print(*(spent[n] / len(pages) * 1e3 for n in names))


def cold_rounds(tmp: str, names: tuple[str, ...], args: argparse.Namespace) -> dict:
    """`--cold`: a fresh process a round, each page extracted once by each tree."""
    compileall.compile_dir(tmp, quiet=1)
    totals: dict[str, list[float]] = {n: [] for n in names}
    for r in range(args.rounds):
        out = subprocess.run(
            [sys.executable, __file__, "--cold-child", tmp, str(args.corpus),
             str(args.synthetic), str(r)], check=True, capture_output=True, text=True).stdout
        for name, ms in zip(names, out.split()[-2:], strict=True):
            totals[name].append(float(ms))
    return totals


def main() -> None:
    if sys.argv[1:2] == ["--cold-child"]:
        cold_child(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
        return
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("a", type=Path)
    parser.add_argument("b", type=Path)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--synthetic", type=int, default=0, metavar="N",
                        help="N synthetic CMS pages (bench/synthetic.py) instead of the corpus")
    parser.add_argument("--cold", action="store_true",
                        help="a fresh process per tree and round, each page once")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    names = ("tree_a", "tree_b")
    with tempfile.TemporaryDirectory() as tmp:
        for tree, name in zip((args.a, args.b), names, strict=True):
            renamed_copy(tree.resolve(), name, Path(tmp))
        if args.cold:
            report(args, names, cold_rounds(tmp, names, args))
            return
        sys.path.insert(0, tmp)
        extract = {n: importlib.import_module(f"{n}.extract").extract for n in names}
        pages = synthetic_pages(Path(tmp) / "synthetic", args.synthetic) if args.synthetic \
            else warc_pages(args.corpus)

        def one(name: str, page: Page) -> float:
            return one_time(extract[name], page)

        for name in names:  # warm-up: imports, caches
            for page in pages:
                one(name, page)
        totals: dict[str, list[float]] = {n: [] for n in names}
        for r in range(args.rounds):
            spent = dict.fromkeys(names, 0.0)
            for i, page in enumerate(pages):
                for name in names if (i + r) % 2 == 0 else names[::-1]:
                    spent[name] += one(name, page)
            for name in names:
                totals[name].append(spent[name] / len(pages) * 1e3)
    report(args, names, totals)


def report(args: argparse.Namespace, names: tuple[str, ...],
           totals: dict[str, list[float]]) -> None:
    ratios = [b / a for a, b in zip(*totals.values(), strict=True)]
    for tree, name in zip((args.a, args.b), names, strict=True):
        print(f"{tree}: best {min(totals[name]):.3f}, median "
              f"{statistics.median(totals[name]):.3f} ms a page")
    print(f"B/A per round: median {statistics.median(ratios):.4f}, "
          f"min {min(ratios):.4f}, max {max(ratios):.4f} ({args.rounds} rounds)")


if __name__ == "__main__":
    main()
