"""A rehearsal of the hidden test on a Next.js portal (`tests.nextjs_portal`: pages-router
stories with `__NEXT_DATA__`, app-router stories with their RSC flight data and streamed
Suspense boundaries, stories the client alone renders, AMP copies, video pages, galleries and
live blogs, next-sitemap's sitemaps, a build id that changes every page's bytes), crawled by URL
alone: run 1 on revision 1, run 2 with the same state on revision 2; and its saved pages
re-parsed with and without their address. Figures by `tests.nextjs_measure`
(`python -m tests.nextjs_measure [crawl|reparse] [ARTICLES] [mixed|pages|app]`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.arc_measure import assert_exact, figures_line
from tests.nextjs_measure import Rehearsal, rehearse, reparse, report


@pytest.fixture(scope="module")
def rehearsal(tmp_path_factory: pytest.TempPathFactory) -> Rehearsal:
    result = rehearse(tmp_path_factory.mktemp("nextjs"), articles=150)
    print(report(result))
    return result


def test_every_article_once_exact_and_nothing_else(rehearsal: Rehearsal) -> None:
    """No front, topic, author, video, AMP or static page becomes a record; titles, bodies
    (without the inline "Also Read" link, the ad slot, captions, share bar, bio box or rails;
    from `__NEXT_DATA__` or the flight data where the DOM shows a skeleton; from the streamed
    `<div hidden id="S:1">` where the copy streams), authors, agency, dateline and both dates
    exact (the story's own, where only the props and the printed lines date it, not a related
    story's)."""
    assert_exact(rehearsal.first, "run 1")
    assert rehearsal.requested_disallowed == []
    assert rehearsal.article_downloads == rehearsal.first.expected


def test_second_run_emits_exactly_the_new_and_the_updated(rehearsal: Rehearsal) -> None:
    """Not the pages whose bytes changed by the new build id alone; and no page whose sitemap
    `<lastmod>` did not move is fetched again."""
    assert rehearsal.second.expected >= 10
    assert_exact(rehearsal.second, "run 2")
    assert rehearsal.second_extra == []
    assert rehearsal.second_missing == []
    # The new and updated, and the few whose sitemap <lastmod> moved with no new text; not
    # the recent ones the news sitemap and the feed name undated, nor the video pages.
    assert rehearsal.requests_2["article"] <= rehearsal.second.expected + 4
    videos = [{p for p in portal.other if p.startswith("/videos/")}
              for portal in (rehearsal.portal, rehearsal.updated_portal)]
    assert rehearsal.requests_2["video"] == len(videos[1] - videos[0])


def test_saved_pages_reparsed(tmp_path: Path) -> None:
    """Every HTML page of revision 1, saved as served: the same records as the crawl's; saved
    without their address too (an AMP copy's record standing for its story's, the about and
    contact pages no records)."""
    served, bare, _ = reparse(tmp_path, articles=60)
    print("\n".join(figures_line("served", served) + figures_line("bare", bare)))
    assert_exact(served, "served")
    assert_exact(bare, "bare")
