"""A rehearsal of the hidden test on a portal that is not WordPress (`tests.drupal_portal`: a
national news agency's Drupal 10 newsroom, simple_sitemap's chunked sitemap, `/rss.xml`,
`?page=N` views pagers and a "Load More" link on every page, taxonomy, user, search, basic,
gallery and video pages), crawled by URL alone: run 1 on revision 1, run 2 with the same state
on revision 2, every field of every record compared with the generator's truth
(`python -m tests.drupal_measure [named|unnamed|none] [ARTICLES] [story] [loadmore]` prints the
figures).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse

from newsscraper.extract import extract
from newsscraper.items import Skip
from tests.drupal_measure import FIELDS, Rehearsal, rehearse, reparse, report
from tests.drupal_portal import PAGE_SIZE, build


@pytest.fixture(scope="module")
def rehearsal(tmp_path_factory: pytest.TempPathFactory) -> Rehearsal:
    """200 articles; robots.txt names /sitemap.xml (an index of `?page=N` chunks)."""
    result = rehearse(tmp_path_factory.mktemp("drupal"), articles=200, sitemaps="named")
    print(report(result))
    return result


def test_every_article_once_and_nothing_else(rehearsal: Rehearsal) -> None:
    """No front page, section, term, user, gallery, video, basic page, print copy or
    `?page=1` copy of an article becomes a record; robots.txt's /search/ is not fetched."""
    first = rehearsal.first
    assert first.found == 1.0, first.misses.get("found")
    assert first.duplicates == 0
    assert first.non_articles == []
    assert rehearsal.requested_disallowed == []
    assert "tracked" not in rehearsal.requests_1  # the "Most read" block's ?utm_source= links
    # simple_sitemap lists every tag's /taxonomy/term/N: not fetched as candidate articles.
    assert "term" not in rehearsal.requests_1
    assert "term" not in rehearsal.requests_2
    assert rehearsal.article_downloads == first.expected


def test_every_field_exact(rehearsal: Rehearsal) -> None:
    """Titles, summaries (none where the desk left the field empty and the metatag
    description is the copy's trimmed opening), bylines ("PTI" alone: the agency as author),
    agency, dateline, published and modified times (from article:* metas, JSON-LD, or the
    visible "Updated:" / "Last Updated:" lines alone) exact; bodies the copy alone: no share
    bar, caption, "Also read", ad, typed "Updated on" line, promo, tags or desk box."""
    for run in (rehearsal.first, rehearsal.second):
        assert run.bodies_exact == 1.0, run.misses.get("body")
        assert run.boilerplate == []
        for name in FIELDS:
            assert run.exact[name] == 1.0, (name, run.misses.get(name))


def test_second_run_emits_exactly_the_new_and_the_updated(rehearsal: Rehearsal) -> None:
    """Not the articles whose page changed by a rotated "Most read" block or the sidebar's
    "x hours ago" alone."""
    assert rehearsal.second.expected >= 20
    assert rehearsal.second_extra == []
    assert rehearsal.second_missing == []


@pytest.mark.parametrize(("sitemaps", "paths", "pager", "theme"), [
    # Drupal's default robots.txt (no Sitemap line); /story/<slug>-<nid>.html; "Load More".
    ("unnamed", "story", "loadmore", "d10"),
    # No sitemap at all: /rss.xml and the numbered pagers.
    ("none", "news", "full", "d10"),
    # The same site under a Drupal 7 theme: no "path-…" classes, `field-name-*` fields.
    ("named", "news", "full", "d7"),
])
def test_other_set_ups(tmp_path: Path, sitemaps: str, paths: str, pager: str,
                       theme: str) -> None:
    result = rehearse(tmp_path, articles=60, sitemaps=sitemaps, paths=paths, pager=pager,
                      theme=theme)
    truth = result.updated_portal.truth
    assert any(t.status == "updated" for t in truth[PAGE_SIZE:])  # deeper than page one
    for run in (result.first, result.second):
        assert run.found == 1.0, report(result)
        assert run.non_articles == [], report(result)
        assert run.bodies_exact == 1.0, report(result)
        assert all(v == 1.0 for v in run.exact.values()), report(result)
    assert result.second_extra == [], report(result)
    assert result.second_missing == [], report(result)


@pytest.mark.parametrize("theme", ["d10", "d7"])
def test_each_kind_of_other_page_gives_a_skip(theme: str) -> None:
    """Read alone, as a saved page: one of each kind of page that is no article."""
    portal = build("https://www.newsagency.example", 1, articles=40, theme=theme)
    kinds = {"/", "/?page=1", "/news/national", "/news/national?page=1", "/about-us",
             "/contact-us", "/privacy-policy", "/photos", "/videos",
             next(k for k in portal.pages if k.startswith("/photos/")),
             next(k for k in portal.pages if k.startswith("/videos/")),
             next(k for k in portal.pages if k.startswith("/taxonomy/term/")),
             next(k for k in portal.pages if k.startswith("/user/")),
             next(k for k in portal.pages if k.startswith("/search/")),
             next(k for k in portal.pages if k.startswith("/print/"))}
    for key in sorted(kinds):
        response = HtmlResponse(url="https://www.newsagency.example" + key,
                                body=portal.pages[key].body)
        result = extract(response, fetched_at=datetime(2024, 12, 18, tzinfo=UTC))
        assert isinstance(result, Skip), key


@pytest.mark.parametrize("style", ["ansa", "tass", "wam", "yonhap"])
def test_other_agencies_datelines_read_alone(style: str) -> None:
    """Every page of the site with another agency's copy, read alone as saved pages are
    re-parsed: every article once with every field exact, no other page a record."""
    origin = "https://www.newsagency.example"
    figures, non_articles = reparse(build(origin, 1, articles=40, style=style), origin)
    assert figures.found == 1.0
    assert non_articles == []
    assert figures.bodies_exact == 1.0
    assert all(v == 1.0 for v in figures.exact.values()), figures.misses
