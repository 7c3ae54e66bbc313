"""A rehearsal of the hidden test on an Arc XP portal (`tests.arc_portal`: Fusion's head and
state, a client-rendered DOM, pages whose copy is only in `Fusion.globalContent`, video pages,
galleries, Arc's outbound sitemaps), crawled by URL alone: run 1 on revision 1, run 2 with the
same state on revision 2; and its saved pages re-parsed with and without their address.
Figures by `tests.arc_measure` (`python -m tests.arc_measure [crawl|reparse] [ARTICLES]`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsscraper.spiders import discovery as find
from newsscraper.testsite.model import route_key
from tests.arc_measure import (
    Rehearsal,
    assert_exact,
    figures_line,
    rehearse,
    reparse,
    report,
)
from tests.arc_portal import PAGE_SIZE, build


@pytest.fixture(scope="module")
def rehearsal(tmp_path_factory: pytest.TempPathFactory) -> Rehearsal:
    result = rehearse(tmp_path_factory.mktemp("arc"), articles=150)
    print(report(result))
    return result


def test_every_article_once_exact_and_nothing_else(rehearsal: Rehearsal) -> None:
    """No front, author, tag, video or static page becomes a record; titles, bodies (the
    copy with its sign-off, without the newsletter promo, "Our Standards", share buttons or
    rails; from Fusion's state where the page prints none), authors, agency, dateline and
    both dates exact (modified from Fusion's state where the head has none, not from the
    printed "Updated 2 hours ago")."""
    assert_exact(rehearsal.first, "run 1")
    assert rehearsal.requested_disallowed == []
    assert rehearsal.article_downloads == rehearsal.first.expected
    # robots.txt disallows Fusion's content API: its "Load more" is never asked for.
    assert "load-more" not in rehearsal.requests_1 + rehearsal.requests_2


def test_second_run_emits_exactly_the_new_and_the_updated(rehearsal: Rehearsal) -> None:
    """Not the articles whose bytes changed by the relative "Updated … ago" stamp or a
    rotated "Read Next" rail alone."""
    assert rehearsal.second.expected >= 10
    assert_exact(rehearsal.second, "run 2")
    assert rehearsal.second_extra == []
    assert rehearsal.second_missing == []


def test_saved_pages_reparsed(tmp_path: Path) -> None:
    """Every HTML page of revision 1, saved as served: the same records as the crawl's."""
    served, bare, _ = reparse(tmp_path, articles=60)
    print("\n".join(figures_line("served", served) + figures_line("bare", bare)))
    assert_exact(served, "served")
    assert bare.found == 1.0
    assert bare.rates["body"] == 1.0


@pytest.mark.parametrize("sitemaps", ["news-only", "unnamed"])
def test_arc_sitemap_index_robots_txt_does_not_name(tmp_path: Path, sitemaps: str) -> None:
    """robots.txt names only the news sitemap of the last two days, or nothing: the fronts'
    "Load more" has no address, so Arc's own sitemap index (found from the home page's
    Fusion state) is what lists the older articles, and dates the updated ones."""
    result = rehearse(tmp_path, articles=60, sitemaps=sitemaps)
    assert_exact(result.first, f"run 1 {report(result)}")
    assert_exact(result.second, f"run 2 {report(result)}")
    assert result.second_extra == result.second_missing == []


def test_fronts_name_their_load_more_query_in_fusion_content_cache() -> None:
    """As real Arc fronts print it: the content source and its first page's query in
    `Fusion.contentCache`, with `Fusion.deployment` and `Fusion.arcSite`; the next offset
    page made from them is one the portal's content API serves, the cards after the front's."""
    portal = build("http://127.0.0.1:9", 1, articles=60)
    [after] = find.fusion_pages(portal.pages["/"].body)
    answer = portal.pages[route_key(after)].body.decode()
    first_after = portal.truth[PAGE_SIZE].url.removeprefix("http://127.0.0.1:9")
    assert f'"canonical_url": "{first_after}"' in answer
    # A front of fewer cards than a page: its cached page is the last, no "Load more".
    small = [page.body for page in portal.pages.values() if b'"section_id' in page.body
             and page.body.count(b'data-testid="MediaStoryCard"') < PAGE_SIZE]
    assert small
    assert all(find.fusion_pages(body) == [] for body in small)


def test_load_more_without_url_walked_through_fusion_content_api(tmp_path: Path) -> None:
    """No sitemap at all, robots.txt allowing `/pf/api/`: the fronts' "Load more" (a button
    with no URL) is Fusion's content API, its query in the front's content cache. Run 1
    finds every article (before it: 20 of 60, the home page's ten cards and the RSS feed's
    twenty; 20 of 300 at 300); run 2 exactly the new and the updated (before: 3 of 6
    missing, the updated older ones), walking the API to its end as no sitemap dates the
    archive. With `/pf/api/` disallowed (the default) nothing of it is asked for."""
    result = rehearse(tmp_path, articles=60, sitemaps="none", content_api="allowed")
    why = report(result)
    assert_exact(result.first, f"run 1 {why}")
    assert_exact(result.second, f"run 2 {why}")
    assert result.second_extra == result.second_missing == []
    assert result.requested_disallowed == []
    # The home front's offset pages, 10 to 60 (the last empty), on each run; its cards
    # are every article of the revision.
    pages = len(result.portal.truth) // PAGE_SIZE
    assert result.requests_1["load-more"] == pages, why
    assert result.requests_2["load-more"] == len(result.updated_portal.truth) // PAGE_SIZE, why
    assert result.requests_1["article"] == len(result.portal.truth), why
    assert result.requests_2["article"] == len(result.updated_portal.truth), why
