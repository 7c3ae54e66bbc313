"""Dates on 68 saved pages of small sites: htmldate 1.4.0's test pages, with the dates its
tests expect.

    python bench/htmldates.py             # per-page misses, skips and the totals
    python bench/htmldates.py --quiet     # totals only

Downloads htmldate's source distribution once (`pip download --no-binary :all: --no-deps
htmldate==1.4.0`, from the package index only; GPLv3+) into bench/.cache/. Its
`tests/cache/*.html` are pages saved 2017-2021, mostly German, Austrian, Swiss and French:
news sites (Horizont, Weltwoche, Brigitte, futurezone, netzpolitik), blogs, party and
association pages, company and organisation pages, and a few non-articles (GitHub, Facebook,
terms of use, home pages). `tests/unit_tests.py` names each page's URL (MOCK_PAGES) and
asserts `find_date(page, ...) == "YYYY-MM-DD"`; this script reads those assertions with
`ast`, and runs each page through `extract()` with that URL and FETCHED_AT.

htmldate's values are days, and its conventions are its own: `find_date` without
`original_date` (its default, False) gives the LATEST date it believes in (an update, else
the publication), with `original_date=True` the earliest; where a page prints no date it
guesses one from the URL ("/2011/12/"), a copyright line or any date in the text
(`extensive_search`, on by default). We keep no such guesses: a null date on a page that
states none is right, and a miss is a page to read, not a verdict.

Scored per page: "original" — our published_at's day against the `original_date=True`
value; "updated" — our modified_at's day, or published_at's where we have no modified_at,
against the default or `original_date=False` value. Skips are listed
with their reason: a non-article skipped is right, an article skipped is a miss.
"""

from __future__ import annotations

import ast
import sys
from datetime import UTC, datetime
from pathlib import Path

from scrapy.http import HtmlResponse

from newsscraper.extract import extract
from newsscraper.items import Skip

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or imported
from mercury import page_set_arguments, pypi_sdist

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
PACKAGE = "htmldate==1.4.0"
TESTS = CACHE / "htmldate-1.4.0" / "tests"
#: A fetch time after every page's dates (the latest saved page, web.archive.org's copy of
#: kath.ch, is from September 2021), so none is dropped as later than its fetch.
FETCHED_AT = datetime(2022, 1, 1, tzinfo=UTC)
#: Pages that are not one article: skipping them is right.
NOT_ARTICLES = {
    "github.com.html": "a code repository",
    "facebook.com.visitaustria.html": "a Facebook page",
    "intel.com.tos.html": "terms of use",
    "pixabay.com.tos.html": "terms of use",
    "gnu.org.gpl.html": "a licence text",
    "bayern.de.html": "a home page",
    "stuttgart.de.html": "a home page",
    "austria.info.html": "a home page",
    "deutschland.de.en.html": "a home page",
    "blog.wordpress.com.html": "a blog's home page",
    "support.wordpress.com.html": "a help centre's home page",
    "die-partei.net.sh.html": "a home page",
    "unexpecteduser.2011.html": "a blog's year archive",
    "creativecommons.org.html": "an about page",
    "rosneft.com.licensing.html": "a company's business page",
    "eff.org.2015.html": "an annual report's index",
    "greenpeace.org.forests.html": "a campaign page",
    "pferde.projekte.de.html": "an association's projects page",
    "hundeverein-kreisunna.de.html": "a club's dates table",
    # "Termine 2016": the club's exam days, judges and entry office, in tables; no news.
    "hundeverein-querfurt.de.html": "a club's dates table",
    "heimicke.de.zahlen.html": "a chronicle page",
    "viehbacher.com.forderungsbetreibung.html": "a law firm's service page",
    "acredis.com.augenlidstraffung.html": "a clinic's treatment page",
    "beltz.de.12wege.html": "a book's product page",
    "exporo.de.ezb.html": "a glossary entry",
    "500px.com.spring.html": "a photo's page",
}

#: Misses read on their page where htmldate's day is not one the page states for itself.
READ = {
    "befifty.montauk.html": "htmldate's day is the URL's (/2017/7/12/); the page declares "
                            "and prints 17 June 2019",
    "carta.info.html": "the page prints no date",
    "beltz.de.didakta.html": "an event's page: htmldate's day is the event's",
    "pbrunst.de.html": "the page prints only 3 Dec 2011 (a broken template line, 'wurde vor "
                       "am Samstag, 3. Dezember 2011 um %H:%M Uhr'); htmldate's are guesses",
}


def fetch() -> Path:
    """htmldate's tests, downloaded and unpacked into bench/.cache/ once."""
    return pypi_sdist(PACKAGE, lambda path: path.startswith("tests/"), TESTS)


def expected_dates(tests: Path) -> dict[str, dict[str, str | None]]:
    """URL → {"original": day or None, "updated": day or None}, from the assertions
    `find_date(load_mock_page(URL), ...) == "..."` in unit_tests.py. An assertion that
    htmldate finds nothing without its extensive search is passed over for the one with it;
    another output format is read back to a day."""
    tree = ast.parse((tests / "unit_tests.py").read_text(encoding="utf-8"))
    found: dict[str, dict[str, str | None]] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Compare) or not isinstance(node.left, ast.Call):
            continue
        call = node.left
        if getattr(call.func, "id", None) != "find_date" or not call.args:
            continue
        page = call.args[0]
        if not (isinstance(page, ast.Call) and getattr(page.func, "id", None) == "load_mock_page"):
            continue
        url = ast.literal_eval(page.args[0])
        options = {k.arg: ast.literal_eval(k.value) for k in call.keywords}
        value = ast.literal_eval(node.comparators[0])
        if options.get("extensive_search") is False:
            continue
        if value is not None and "outputformat" in options:
            value = datetime.strptime(value, options["outputformat"]).strftime("%Y-%m-%d")
        kind = "original" if options.get("original_date") else "updated"
        found.setdefault(url, {})[kind] = value
    return found


def mock_pages(tests: Path) -> dict[str, str]:
    """URL → saved file name, from unit_tests.py's MOCK_PAGES."""
    tree = ast.parse((tests / "unit_tests.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "MOCK_PAGES":
            pages: dict[str, str] = ast.literal_eval(node.value)
            return pages
    raise LookupError("MOCK_PAGES")


def day(stamp: str | None) -> str | None:
    return stamp[:10] if stamp else None


def main() -> int:
    args = page_set_arguments(__doc__)
    tests = fetch()
    names = mock_pages(tests)
    pages = read = originals = original_hits = updates = update_hits = 0
    skipped_right: list[str] = []
    skipped_wrong: list[str] = []
    read_not_articles: list[str] = []
    for url, want in sorted(expected_dates(tests).items(), key=lambda item: names[item[0]]):
        name = names[url]
        if want.get("original") is None and want.get("updated") is None:
            want = {}  # htmldate finds no date here: nothing to score but the skip
        pages += 1
        body = (tests / "cache" / name).read_bytes()
        record = extract(HtmlResponse(url=url, body=body), fetched_at=FETCHED_AT)
        if isinstance(record, Skip):
            if name in NOT_ARTICLES or not want:
                why = NOT_ARTICLES.get(name, "no date")
                skipped_right.append(f"{name}: {record.reason} ({why})")
            else:
                skipped_wrong.append(f"{name}: {record.reason}")
            continue
        read += 1
        if name in NOT_ARTICLES:
            read_not_articles.append(f"{name} ({NOT_ARTICLES[name]})")
        published, modified = day(record.published_at), day(record.modified_at)
        misses = []
        if want.get("original"):
            originals += 1
            original_hits += published == want["original"]
            if published != want["original"]:
                misses.append(f"published {record.published_at}, theirs {want['original']} "
                              "(original)")
        if want.get("updated"):
            updates += 1
            ours = modified or published
            update_hits += ours == want["updated"]
            if ours != want["updated"]:
                misses.append(f"published {record.published_at}, modified "
                              f"{record.modified_at}, theirs {want['updated']} (updated)")
        if misses and not args.quiet:
            kind = " [not an article, read]" if name in NOT_ARTICLES else \
                f" [read: {READ[name]}]" if name in READ else ""
            print(f"{name}{kind}")
            for miss in misses:
                print(f"    {miss}")
    if not args.quiet:
        print("\nskipped, not articles:")
        for line in skipped_right:
            print(f"    {line}")
        print("skipped, articles (misses):")
        for line in skipped_wrong:
            print(f"    {line}")
        print("read as articles, not articles:")
        for line in read_not_articles:
            print(f"    {line}")
    print(f"\npages {pages}: read {read}, skipped {len(skipped_right)} non-articles and "
          f"{len(skipped_wrong)} articles, read {len(read_not_articles)} non-articles; "
          f"original {original_hits}/{originals}; updated {update_hits}/{updates}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
