"""The hidden-test set-up on an ordinary WordPress theme: the testsite's "wpportal" layout
served at the root of 127.0.0.1:PORT and crawled by URL alone (no profile), once on revision 1
and once more, with the same state, on revision 2.

Expected values come from the site's own data (manifest, paragraphs, plan). The site includes
posts without Yoast/og metadata whose page holds three or more comments: WordPress prints each
comment in its own `<article class="comment-body">`, and such a post must not be taken for a
listing of teasers.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from newsscraper.testsite import ArticleInfo, build_site, serve
from newsscraper.testsite.model import IST, Head
from newsscraper.testsite.plan import site_plan
from newsscraper.testsite.wpportal import comments_for, yoast_head

ARTICLES = 24
SEED = 7
FAST = ("-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False")
#: What the page prints around the copy (share boxes, bio, related, comments, widgets).
BOILERPLATE = re.compile(
    r"\bShare\b|Load more|Leave a Reply|\bRelated\b|is an Indian news agency|last modified|"
    r"thoughts? on|Post Comment|Written by|Trending|Popular searches|Read more|\bTags\b|"
    r"Facebook|WhatsApp|View all posts|Newsletter")


@dataclass
class Revision:
    """One crawl of one revision: what it emitted and what it should have."""

    records: list[dict[str, object]]
    manifest: list[ArticleInfo]
    bodies: dict[str, str]
    #: Posts with no og:type and three or more comments (>= 4 <article>s on the page).
    commented: set[str]

    def expected(self, *statuses: str) -> set[str]:
        return {a.url for a in self.manifest if not statuses or a.status in statuses}


@dataclass
class Crawl:
    first: Revision
    second: Revision


def _crawl(url: str, tmp: Path) -> list[dict[str, object]]:
    out = tmp / "out.jsonl"
    before = len(out.read_text(encoding="utf-8").splitlines()) if out.exists() else 0
    argv = [sys.executable, "-m", "newsscraper.cli", "crawl", url + "/", "-o", str(out),
            "--state", str(tmp / "state.sqlite"), *FAST]
    result = subprocess.run(argv, capture_output=True, text=True, timeout=120, cwd=tmp)
    assert result.returncode == 0, result.stderr
    lines = out.read_text(encoding="utf-8").splitlines() if out.exists() else []
    return [json.loads(line) for line in lines[before:]]


def _commented(revision: int, base: str) -> set[str]:
    def skipped(head: Head) -> bool:
        extra = head.page_changed if head.change == "comment" else None
        return not yoast_head(head) and len(
            comments_for(base, head, SEED, extra_at=extra)) >= 3
    return {base + h.path for h in site_plan("wpportal", ARTICLES, SEED).heads(revision)
            if skipped(h)}


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Crawl:
    tmp = tmp_path_factory.mktemp("wpportal")
    runs = []
    with serve(build_site(articles_per_site=ARTICLES, seed=SEED, sites=("wpportal",))) as site:
        for revision in (1, 2):
            site.set_revision(revision)
            manifest = site.manifest()
            records = _crawl(site.url, tmp)
            bodies = {a.url: "\n\n".join(site.pages.paragraphs(a.url)) for a in manifest}
            runs.append(Revision(records, manifest, bodies, _commented(revision, site.url)))
        assert not site.errors
    return Crawl(*runs)


def _urls(records: list[dict[str, object]]) -> list[str]:
    return sorted(str(r["url"]) for r in records)


def test_no_record_for_a_page_that_is_no_article(crawl: Crawl) -> None:
    """Home, /page/N/, categories, tags, author, search results, About/Contact/Privacy."""
    for run in (crawl.first, crawl.second):
        urls = _urls(run.records)
        assert len(urls) == len(set(urls))  # each at most once
        assert set(urls) <= run.expected()


def test_every_article_is_found(crawl: Crawl) -> None:
    run = crawl.first
    assert run.commented  # the site does hold plain posts with many comments
    assert set(_urls(run.records)) == run.expected()


def _check_fields(run: Revision) -> None:
    truth = {a.url: a for a in run.manifest}
    for record in run.records:
        row = truth[str(record["url"])]
        assert record["title"] == row.title
        assert record["body"] == run.bodies[row.url]
        assert record["published_at"] == row.published.astimezone(IST).isoformat()
        assert record["modified_at"] == row.modified.astimezone(IST).isoformat(), row.url


def test_title_body_and_dates_are_exactly_the_sites(crawl: Crawl) -> None:
    _check_fields(crawl.first)
    _check_fields(crawl.second)


def test_visible_last_modified_line_alone_gives_modified_at(crawl: Crawl) -> None:
    """Posts without Yoast print their modified time only in "This post was last modified on
    …" (local time, no zone): it must still become modified_at, with the page's +05:30."""
    plan = {h.path: h for h in site_plan("wpportal", ARTICLES, SEED).heads(1)}
    truth = {a.url: a for a in crawl.first.manifest}
    plain = [r for r in crawl.first.records
             if not yoast_head(plan[truth[str(r["url"])].path])]
    assert len(plain) >= 3
    for record in plain:
        row = truth[str(record["url"])]
        assert record["modified_at"] == row.modified.astimezone(IST).isoformat()
        assert record["modified_at"] != record["published_at"]


def test_no_boilerplate_in_any_body(crawl: Crawl) -> None:
    for record in crawl.first.records + crawl.second.records:
        body = str(record["body"])
        assert not BOILERPLATE.findall(body), record["url"]


def test_revision_two_emits_exactly_the_new_and_the_updated(crawl: Crawl) -> None:
    run = crawl.second
    assert {a.status for a in run.manifest} >= {"new", "updated", "comment-only", "unchanged"}
    assert run.commented & run.expected("new")  # a new plain post with comments too
    assert set(_urls(run.records)) == run.expected("new", "updated")
    status = {a.url: a.status for a in run.manifest}
    for record in run.records:
        assert record["version"] == (2 if status[str(record["url"])] == "updated" else 1)


def test_by_links_alone_no_listing_is_emitted_and_every_article_found(tmp_path: Path) -> None:
    """Without sitemaps or feed the crawl walks the listings (home, /page/N/ …; the crawler
    may leave category, tag, author and static pages unread by their URLs): no listing becomes
    a record, every article is found."""
    with serve(build_site(articles_per_site=ARTICLES, seed=SEED, sites=("wpportal",))) as site:
        for path in ("/sitemap_index.xml", "/sitemap.xml", "/feed/", "/wp-json/wp/v2/posts"):
            site.add_fault(path, 404)
        records = _crawl(site.url, tmp_path)
        expected = {a.url for a in site.manifest()}
        requested = set(site.requests.paths())
    assert {"/", "/page/2/"} <= requested
    urls = _urls(records)
    assert len(urls) == len(set(urls))
    assert set(urls) == expected
