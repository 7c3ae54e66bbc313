"""A rehearsal of the hidden test on a portal the testsite does not hold (`tests.tagdiv_portal`:
the tagDiv Newspaper theme, dated permalinks, WordPress core's sitemaps, comment pages,
attachment pages, date archives, shortlinks, a disallowed custom post type), crawled by URL
alone: run 1 on revision 1, run 2 with the same state on revision 2, figures measured by
`tests.tagdiv_measure` (`python -m tests.tagdiv_measure [core|core-nolastmod|unnamed|hidden|none]
[ARTICLES] [dynamic] [norelnext]` prints them).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tagdiv_measure import Rehearsal, kill_rehearsal, rehearse, report
from tests.tagdiv_portal import PAGE_SIZE


@pytest.fixture(scope="module")
def rehearsal(tmp_path_factory: pytest.TempPathFactory) -> Rehearsal:
    """200 articles; robots.txt names /wp-sitemap.xml; two articles answer 429 once."""
    result = rehearse(tmp_path_factory.mktemp("tagdiv"), articles=200, sitemaps="core")
    print(report(result))
    return result


def test_every_article_once_and_nothing_else(rehearsal: Rehearsal) -> None:
    """No home, /page/N/, category, tag, author, date archive, comment page, attachment page,
    shortlink or press release (robots.txt disallows those) becomes a record."""
    first = rehearsal.first
    assert first.found == 1.0, first.misses.get("found")
    assert first.duplicates == 0
    assert first.non_articles == []
    assert rehearsal.requested_disallowed == []
    assert "tracked" not in rehearsal.requests_1  # the sidebar's ?utm_source= links
    assert rehearsal.article_downloads <= 1.05 * first.expected  # the 429s' retries


def test_titles_bodies_and_modified_times(rehearsal: Rehearsal) -> None:
    """Titles exact; bodies the copy alone (no share bar, ad, photo caption, "Also Read",
    Google News line, disclaimer, last-modified line, author bio, related, comments);
    modified_at from Yoast's UTC metadata, or from "This post was last modified on …" alone
    (the theme's `time.updated` holds the published time), in the page's +05:30."""
    for run in (rehearsal.first, rehearsal.second):
        assert run.titles == 1.0, run.misses.get("title")
        assert run.body_f1 >= 0.999, run.misses.get("body")
        assert run.bodies_exact >= 0.98, run.misses.get("body")
        assert run.boilerplate == []
        assert run.modified_exact == 1.0, run.misses.get("modified")


def test_second_run_emits_exactly_the_new_and_the_updated(rehearsal: Rehearsal) -> None:
    """Not the posts whose page changed by a new comment or a rotated widget alone."""
    assert rehearsal.second.expected >= 20
    assert rehearsal.second_extra == []
    assert rehearsal.second_missing == []


@pytest.mark.parametrize(("sitemaps", "dynamic", "rel_next", "theme", "permalinks"), [
    # No Sitemap line, /sitemap.xml 404: /wp-sitemap.xml; posts at /%postname%/.
    ("hidden", True, True, "tagdiv", "postname"),
    # No sitemap, no rel="next": JNews's listings alone.
    ("none", False, False, "jnews", "dated"),
    # A Google News sitemap of the last two days and no other; /%category%/%postname%/.
    ("news-only", False, True, "tagdiv", "category"),
])
def test_second_run_without_a_named_sitemap(tmp_path: Path, sitemaps: str, dynamic: bool,
                                           rel_next: bool, theme: str, permalinks: str) -> None:
    """Older posts updated between the runs sit deep in listings ordered by publication:
    the crawl finds the sitemap WordPress keeps at /wp-sitemap.xml, or, with none that dates
    most of the articles, walks the listings to their end. `dynamic`: pages without ETag or
    Last-Modified, as PHP serves them; "jnews": JNews's post pages, and `article.jeg_post`
    teasers in every sidebar; "postname": post addresses no pattern tells from a page's."""
    result = rehearse(tmp_path, articles=60, sitemaps=sitemaps, retry_after=False,
                      dynamic=dynamic, rel_next=rel_next, theme=theme, permalinks=permalinks)
    truth = result.updated_portal.truth
    assert any(t.status == "updated" for t in truth[PAGE_SIZE:])  # deeper than page one
    for run in (result.first, result.second):
        assert run.found == 1.0, report(result)
        assert run.non_articles == []
        assert run.titles == 1.0, report(result)
        assert run.bodies_exact == 1.0, report(result)
        assert run.modified_exact == 1.0, report(result)
    assert result.second_extra == [], report(result)
    assert result.second_missing == [], report(result)


def test_killed_at_random_points_and_resumed(tmp_path: Path) -> None:
    """SIGKILL mid-crawl, resumed with the same state: every article exactly once, no torn
    line left, at most 1.5 article downloads per article. Yoast's sitemaps this time, media
    pages on: attachment-sitemap.xml lists pages that are no articles."""
    figures = kill_rehearsal(tmp_path, articles=80, kills=3, seed=5, sitemaps="yoast-media")
    assert figures["killed"] == 3
    assert figures["records"] == figures["unique"] == figures["articles"]
    assert figures["missing"] == figures["extra"] == 0
    assert float(str(figures["ratio"])) <= 1.5
