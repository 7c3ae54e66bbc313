"""Pages from 90 more sites: the site tests of Postlight's Mercury Parser, with the title,
author, publication time and opening words its tests expect.

    python bench/mercury.py               # per-page misses and the totals
    python bench/mercury.py --quiet       # totals only
    python bench/mercury.py vox           # only the hosts whose name holds "vox"

Downloads the npm package @postlight/mercury-parser 1.1.1 (MIT or Apache-2.0) once, from
the npm registry only, into bench/.cache/. Its `fixtures/<host>/<ms>.html` are saved pages
(2016-2019, mostly US news and magazines) and `src/extractors/custom/<host>/index.test.js`
holds each page's URL and the values its site extractor must give. Each page goes through
`extract()` with that URL and with the time in the file name as `fetched_at`.

Mercury's values come from hand-written selectors per site and were reviewed by its
authors, but they are Mercury's conventions, not ours: its content keeps photo captions and
credits (ours leaves them out, so "opening words" counts a page whose expected words are
found anywhere in the body apart from one whose body starts with them), its author is one
string as printed ("Stephen Collinson, CNN"), and where a page states only a naive time its
UTC value is a guess in some zone. A miss is a page to read, not a verdict.
"""

from __future__ import annotations

import argparse
import io
import logging
import re
import subprocess
import sys
import tarfile
import unicodedata
import urllib.request
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from scrapy.http import HtmlResponse

from newsscraper.extract import extract
from newsscraper.items import Skip

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
#: The package, by release: Mercury Parser 1.1.1's 110 pages, or its successor's
#: (@postlight/parser 2.2.2, the last release with fixtures: 178 pages, the 1.1.1 ones among
#: them, and 2019-2022 pages from Japanese news sites, Ars Technica, CNBC, NDTV, the New
#: Yorker, the New York Times, Le Monde, Spektrum …).
RELEASES = {
    "1.1.1": ("mercury-parser-1.1.1",
              "https://registry.npmjs.org/@postlight/mercury-parser/-/mercury-parser-1.1.1.tgz"),
    "2.2.2": ("postlight-parser-2.2.2",
              "https://registry.npmjs.org/@postlight/parser/-/parser-2.2.2.tgz"),
}

#: A JavaScript string literal in any of its three quotings.
_JS_STRING = r"""(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`((?:[^`\\]|\\.)*)`)"""
_ESCAPES = {"n": "\n", "t": "\t", "'": "'", '"': '"', "`": "`", "\\": "\\"}


def npm_package(tarball: str, dest: Path, wanted: Callable[[str], bool]) -> Path:
    """An npm package's files that `wanted` keeps (by their path inside the package),
    downloaded from the registry and unpacked into `dest` once. An npm tarball holds
    everything under one folder, `package/` as a rule (@postlight/parser 2.2.2: `parser-2.2.2/`)."""
    if dest.is_dir():
        return dest
    dest.parent.mkdir(exist_ok=True)
    with urllib.request.urlopen(tarball, timeout=60) as response:
        data = response.read()
    unpack = dest.parent / "unpack"
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        members = [m for m in tar.getmembers() if wanted(m.name.partition("/")[2])]
        tar.extractall(unpack, members=members, filter="data")
    top = members[0].name.partition("/")[0]
    (unpack / top).rename(dest)
    unpack.rmdir()
    return dest


def page_set_arguments(doc: str | None, only: str | None = None) -> argparse.Namespace:
    """The command line of a page set's script: `--quiet` prints the totals only; `only`, when
    given, is the help of an optional argument that picks pages by a piece of their name.
    Logging goes quiet: the pages' skips and dropped dates are the script's to report."""
    parser = argparse.ArgumentParser(description=doc,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quiet", action="store_true", help="print the totals only")
    if only:
        parser.add_argument("only", nargs="?", default="", help=only)
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    return args


def pypi_sdist(requirement: str, wanted: Callable[[str], bool], result: Path) -> Path:
    """A source distribution's files that `wanted` keeps (by their path inside the sdist's
    folder), downloaded from the package index with pip (`name==version`) and unpacked into
    bench/.cache/ once; gives back `result`, a path inside what was unpacked."""
    if result.exists():
        return result
    CACHE.mkdir(exist_ok=True)
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-binary", ":all:",
                    "--no-deps", "--dest", str(CACHE), requirement], check=True)
    name, _, version = requirement.partition("==")
    with tarfile.open(CACHE / f"{name}-{version}.tar.gz") as tar:
        members = [m for m in tar.getmembers() if wanted(m.name.partition("/")[2])]
        tar.extractall(CACHE, members=members, filter="data")
    return result


def fetch(release: str = "1.1.1") -> Path:
    """The package's pages and site tests, in bench/.cache/."""
    folder, tarball = RELEASES[release]
    return npm_package(tarball, CACHE / folder, lambda name: name.startswith("fixtures/")
                       or name.endswith("index.test.js"))


def _js_string(match: re.Match[str], first: int = 1) -> str:
    raw = next(g for g in match.groups()[first - 1:first + 2] if g is not None)
    return re.sub(r"\\(u[0-9a-fA-F]{4}|.)", lambda m: chr(int(m[1][1:], 16))
                  if m[1].startswith("u") and len(m[1]) == 5 else _ESCAPES.get(m[1], m[1]), raw)


@dataclass
class Case:
    host: str
    url: str
    page: Path
    expected: dict[str, str] = field(default_factory=dict)
    opening: tuple[int, str] | None = None


def cases(package: Path) -> Iterator[Case]:
    """One Case per `describe(...)` block that names a URL and a fixture file."""
    for test in sorted(package.glob("src/extractors/custom/*/index.test.js")):
        for block in re.split(r"describe\('", test.read_text(encoding="utf-8"))[1:]:
            url = re.search(r"url\s*=\s*" + _JS_STRING, block)
            page = re.search(r"readFileSync\(\s*" + _JS_STRING, block)
            if not (url and page):
                continue
            case = Case(test.parent.name, _js_string(url),
                        package / _js_string(page).removeprefix("./"))
            for name in ("title", "author", "date_published"):
                value = re.search(r"assert\.equal\(\s*" + name + r"\s*,\s*" + _JS_STRING, block)
                if value:
                    case.expected[name] = _js_string(value)
            opening = re.search(r"excerptContent\([^,]+,\s*(\d+)\s*\)[\s\S]*?"
                                r"assert\.equal\(\s*\w+\s*,\s*" + _JS_STRING, block)
            if opening:
                case.opening = (int(opening[1]), _js_string(opening, 2))
            if case.page.exists():
                yield case


def fold(text: str | None) -> str:
    """Compare as a reader would: typographic quotes, case and spacing aside."""
    text = unicodedata.normalize("NFKC", text or "")
    text = text.translate(str.maketrans("‘’“”", "''\"\""))
    return " ".join(text.split()).lower()


def names(text: str) -> set[str]:
    """Mercury's author string as a set of names ("By A, B and C" → {a, b, c})."""
    text = re.sub(r"^by\s+", "", fold(text))
    return {n for n in re.split(r"\s*,\s*|\s+and\s+|\s*\|\s*", text) if n}


def fetched_at(page: Path) -> datetime:
    """The page's fetch time, from the millisecond stamp in its file name."""
    stamp = re.match(r"\d{13}", page.name)
    return (datetime.fromtimestamp(int(stamp[0]) / 1000, UTC).replace(microsecond=0)
            if stamp else datetime(2020, 1, 1, tzinfo=UTC))


def score(case: Case, totals: Counter[str], hits: Counter[str]) -> list[str]:
    """Score one page into `totals`/`hits`; the misses, one line each."""
    response = HtmlResponse(url=case.url, body=case.page.read_bytes())
    record = extract(response, fetched_at=fetched_at(case.page))
    totals["pages"] += 1
    if isinstance(record, Skip):
        return [f"skipped: {record.reason}"]
    hits["pages"] += 1
    misses = []
    if "title" in case.expected:
        totals["title"] += 1
        if fold(record.title) == fold(case.expected["title"]):
            hits["title"] += 1
        else:
            misses.append(f"title {record.title!r}, theirs {case.expected['title']!r}")
    if case.expected.get("author"):
        totals["authors"] += 1
        theirs = names(case.expected["author"])
        ours = {fold(a) for a in record.authors}
        # "Stephen Collinson, CNN", "Mike Cason | mcason@al.com": an outlet after the name
        # or an address is not a person of ours.
        if ours and ours <= theirs and all(" " not in n or "@" in n for n in theirs - ours):
            hits["authors"] += 1
        else:
            misses.append(f"authors {record.authors}, theirs {case.expected['author']!r}")
    if case.expected.get("date_published"):
        totals["published"] += 1
        theirs_at = datetime.fromisoformat(case.expected["date_published"].replace("Z", "+00:00"))
        ours_at = datetime.fromisoformat(record.published_at) if record.published_at else None
        if ours_at and abs((ours_at - theirs_at).total_seconds()) < 60:
            hits["published"] += 1
        else:
            misses.append(f"published {record.published_at}, theirs "
                          f"{case.expected['date_published']}")
    if case.opening:
        totals["opening"] += 1
        count, text = case.opening
        words = " ".join(fold(text).rstrip(".… ").split()[:count])
        body = fold(record.body)
        if body.startswith(words):
            hits["opening"] += 1
            hits["opening found"] += 1
        elif words in body:
            hits["opening found"] += 1
            misses.append(f"opening later {body[:70]!r}, theirs {fold(text)[:70]!r}")
        else:
            misses.append(f"opening {body[:70]!r}, theirs {fold(text)[:70]!r}")
    return misses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("host", nargs="?", help="only hosts whose name holds this")
    parser.add_argument("--quiet", action="store_true", help="print the totals only")
    parser.add_argument("--release", choices=RELEASES, default="1.1.1",
                        help="the package release whose pages to read (default: 1.1.1)")
    parser.add_argument("--new", action="store_true",
                        help="with --release 2.2.2: only the pages 1.1.1 does not hold")
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # dates dropped as out of range: counted as misses
    totals: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    package = fetch(args.release)
    old = ({str(c.page.relative_to(c.page.parents[1])) for c in cases(fetch())}
           if args.new else set())
    for case in cases(package):
        if args.host and args.host not in case.host:
            continue
        if str(case.page.relative_to(case.page.parents[1])) in old:
            continue
        misses = score(case, totals, hits)
        if misses and not args.quiet:
            print(f"{case.host} {case.page.name}")
            for miss in misses:
                print(f"    {miss}")
    totals["opening found"] = totals["opening"]
    print("\n" + "; ".join(f"{name} {hits[name]}/{totals[name]}" for name in
                           ("pages", "title", "authors", "published", "opening",
                            "opening found")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
