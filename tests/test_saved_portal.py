"""A whole portal saved as loose files, without its addresses, re-parsed offline.

Users hand `newsscraper parse` what a browser or `wget` saved: every page of a site, listings,
tag and author pages, About and Privacy among the articles. Here each page of each test-site
layout is saved as `pageNNNN.html` with its canonical link, og:url and shortlinks removed, so
no address can tell an article from a listing: the page alone must. Every article must give
exactly its own record (title, body, dates, agency, section and tags as the site printed
them), and nothing else may give one.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from newsscraper.testsite import build_site
from newsscraper.testsite.model import IST
from newsscraper.testsite.site import manifest
from tests.test_wpportal import BOILERPLATE

ARTICLES = 24
SEED = 7
ORIGIN = "https://www.saved-portal.example"
#: What tells a page's address: removed from every saved page.
_ADDRESS_TAGS = re.compile(
    rb'<link[^>]*rel="?(?:canonical|shortlink|alternate|amphtml)"?[^>]*>|'
    rb'<meta[^>]*(?:og:url|twitter:url)[^>]*>')


def _save_without_addresses(layout: str, folder: Path) -> int:
    pages = build_site(1, articles_per_site=ARTICLES, seed=SEED, sites=(layout,), origin=ORIGIN)
    saved = 0
    for path in list(pages):
        page = pages[path]
        if "html" not in page.content_type:
            continue
        (folder / f"page{saved:04d}.html").write_bytes(_ADDRESS_TAGS.sub(b"", page.body))
        saved += 1
    return saved


@pytest.mark.parametrize("layout", ["portal", "wire", "wpportal"])
def test_saved_portal_gives_exactly_its_articles(layout: str, tmp_path: Path) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    saved = _save_without_addresses(layout, folder)
    out = tmp_path / "records.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "newsscraper.cli", "parse", str(folder), "-o", str(out)],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    articles = {a.title: a for a in manifest(1, articles_per_site=ARTICLES, seed=SEED,
                                             sites=(layout,), origin=ORIGIN)}
    assert saved > 3 * len(articles)  # listings, tags, authors, pages: most of what was saved
    assert sorted(r["title"] for r in records) == sorted(articles)  # each article once
    site = build_site(1, articles_per_site=ARTICLES, seed=SEED, sites=(layout,), origin=ORIGIN)
    for record in records:
        row = articles[record["title"]]
        assert record["url"].startswith("file://")
        assert record["body"] == "\n\n".join(site.paragraphs(row.url)), row.url
        assert not BOILERPLATE.findall(record["body"]), row.url
        assert record["published_at"] == row.published.astimezone(IST).isoformat(), row.url
        assert record["modified_at"] == row.modified.astimezone(IST).isoformat(), row.url
        assert record["agency"] == (row.agency or None), row.url
        assert (record["section"], record["tags"]) == (row.section, list(row.tags)), row.url


def test_saved_wordpress_portal_with_comment_pages_gives_each_post_once(tmp_path: Path) -> None:
    """The tagDiv rehearsal portal saved whole, addresses removed: a post's "Older Comments"
    pages (`…/comment-page-2/`) print the post again, and only its content tells that they
    are copies. Each post gives one record, the first file's, and the copies are counted as
    duplicates; the custom post type's press releases are posts too."""
    from tests.tagdiv_portal import build

    portal = build("https://www.saved-tagdiv.example", 1, articles=40)
    folder = tmp_path / "saved"
    folder.mkdir()
    path_of = {}
    for n, (path, page) in enumerate(sorted(portal.pages.items())):
        if "html" in page.content_type:
            name = f"page{n:04d}.html"
            (folder / name).write_bytes(_ADDRESS_TAGS.sub(b"", page.body))
            path_of[f"file://{folder / name}"] = path
    copies = [p for p in path_of.values() if "/comment-page-" in p]
    assert copies  # the portal paginates the comments of some posts
    out = tmp_path / "records.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "newsscraper.cli", "parse", str(folder), "-o", str(out)],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    by_path = {path_of[r["url"]]: r for r in records}
    posts = {t.url.removeprefix("https://www.saved-tagdiv.example"): t for t in portal.truth}
    assert sorted(p for p in by_path if not p.startswith("/press-release/")) == sorted(posts)
    for path, truth in posts.items():
        assert (by_path[path]["title"], by_path[path]["body"]) == (truth.title, truth.body)
    assert f"duplicate: {len(copies)}" in result.stderr
