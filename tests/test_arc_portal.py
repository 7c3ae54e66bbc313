"""A rehearsal of the hidden test on an Arc XP portal (`tests.arc_portal`: Fusion's head and
state, a client-rendered DOM, pages whose copy is only in `Fusion.globalContent`, video pages,
galleries, Arc's outbound sitemaps), crawled by URL alone: run 1 on revision 1, run 2 with the
same state on revision 2; and its saved pages re-parsed with and without their address.
Figures by `tests.arc_measure` (`python -m tests.arc_measure [crawl|reparse] [ARTICLES]`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.arc_measure import (
    Rehearsal,
    assert_exact,
    figures_line,
    rehearse,
    reparse,
    report,
)


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
