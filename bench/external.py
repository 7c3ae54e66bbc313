"""Pages from sites the dev corpus does not hold: newspaper4k's test pages, with its
reviewed text, title and authors beside them.

    python bench/external.py              # table and per-page figures
    python bench/external.py --pages      # also each page's title and authors, both sides

Downloads newspaper4k's source distribution once (`pip download --no-binary :all: --no-deps
newspaper4k==0.9.6`, from the package index only) into bench/.cache/, then runs
`newsscraper parse` over its `tests/data/html/` pages, each with the URL its
`tests/data/metadata/*.json` names, and scores the records against that JSON and
`tests/data/txt/*.txt` with the dev corpus's measures (body: F1 over word 4-grams).

newspaper4k's files are its own output as reviewed in its tests, not an independent
annotation: a difference is a page to read, not a verdict. The pages are older (2012-2023),
English and nine other languages; a third are front pages or feeds, skipped by both.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or imported
from mercury import pypi_sdist

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
PACKAGE = "newspaper4k==0.9.6"
DATA = CACHE / "newspaper4k-0.9.6" / "tests" / "data"
#: A fetch time after every page's dates, so none is dropped as later than its fetch.
FETCHED_AT = "2024-01-01T00:00:00+00:00"


def fetch() -> Path:
    """newspaper4k's test data, downloaded and unpacked into bench/.cache/ once."""
    return pypi_sdist(PACKAGE, lambda path: path.startswith("tests/data/"), DATA)


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return Counter(zip(*(words[i:] for i in range(n)), strict=False))  # shorter tails end it


def body_f1(pred: str, truth: str) -> float:
    ours, theirs = shingles(pred), shingles(truth)
    hits = sum((ours & theirs).values())
    if not hits:
        return 0.0
    precision, recall = hits / sum(ours.values()), hits / sum(theirs.values())
    return 2 * precision * recall / (precision + recall)


def record(page: Path, url: str | None) -> dict | None:
    """The record `newsscraper parse` writes for one saved page (None: skipped)."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / page.name
        copy.write_bytes(page.read_bytes())
        stamp = datetime.fromisoformat(FETCHED_AT).timestamp()
        os.utime(copy, (stamp, stamp))  # a saved file's fetched_at is its mtime
        cmd = [sys.executable, "-m", "newsscraper.cli", "parse", "-q", str(copy)]
        out = subprocess.run([*cmd, *(["--url", url] if url else [])],
                             capture_output=True, text=True, check=True).stdout
    lines = [line for line in out.splitlines() if line.strip()]
    return json.loads(lines[0]) if lines else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", action="store_true", help="print titles and authors too")
    args = parser.parse_args()
    data = fetch()
    bodies, titles, authors = [], [], []
    for page in sorted((data / "html").glob("*.html")):
        meta_file = data / "metadata" / f"{page.stem}.json"
        txt_file = data / "txt" / f"{page.stem}.txt"
        meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.exists() else {}
        rec = record(page, meta.get("url"))
        if rec is None:
            print(f"{page.stem:24} skipped")
            continue
        line = f"{page.stem:24}"
        if txt_file.exists():
            bodies.append(body_f1(rec["body"], txt_file.read_text(encoding="utf-8")))
            line += f" body F1 {bodies[-1]:.3f}"
        if meta.get("title"):
            titles.append(rec["title"] == meta["title"])
            line += f"  title {'=' if titles[-1] else '≠'}"
        if meta.get("authors"):
            authors.append(set(rec["authors"]) == set(meta["authors"]))
            line += f"  authors {'=' if authors[-1] else '≠'}"
        print(line)
        if args.pages:
            print(f"    title   {rec['title']!r} | theirs {meta.get('title')!r}")
            print(f"    authors {rec['authors']} | theirs {meta.get('authors')}")
    print(f"\nbody F1 mean {sum(bodies) / len(bodies):.3f} over {len(bodies)} pages; "
          f"title same {sum(titles)}/{len(titles)}; authors same {sum(authors)}/{len(authors)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
