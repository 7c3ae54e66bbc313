"""Printed-field readers (newsscraper/extract/): the fast byline search finds what the plain
BYLINE_XPATH finds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse

from newsscraper.extract.bylines import BYLINE_XPATH, printed_bylines
from newsscraper.extract.headline import headline_block
from newsscraper.extract.printed_dates import date_archive_texts
from newsscraper.extract.taxonomy import ARCHIVE_LINKS
from newsscraper.page import Page
from tests.fixturetool import html_paths, read_html

BYLINES = """<!doctype html><html><head><title>T</title></head><body>
<p class="byline">By Jane Doe</p><span class="c-author__name">Ann Roe</span>
<div class="post author">Kim Lee</div><a rel="author" href="/x">Rel Author</a>
<span itemprop="author">Item Prop</span><div class="meta__author">Suffix Author</div>
<a href="/autoren/max">Max Mustermann</a><a href="/author/">Authors</a>
<nav><a href="/author/ann">Ann In Menu</a></nav>
<div class="comments"><span class="author">Commenter</span></div>
<div class="related-posts"><span class="cm-author"><a href="/author/d/">Desk</a></span></div>
<p class="authority">Not an author class token</p>
</body></html>"""


def _page(body: bytes, url: str = "https://news.example/a") -> Page:
    return Page.from_response(HtmlResponse(url=url, body=body,
                                           headers={"Content-Type": "text/html; charset=utf-8"}))


def _fixture_url(path: Path) -> str:
    """The fixture's own address (the byline search reads a page's country from it)."""
    expected = path.with_name(path.name.split(".")[0] + ".json")
    url = json.loads(expected.read_text())["url"] if expected.exists() else None
    return url if isinstance(url, str) and url.startswith("http") else "https://news.example/a"


@pytest.mark.parametrize("path", html_paths(), ids=lambda p: p.name)
def test_printed_bylines_match_the_plain_xpath(path: Path) -> None:
    page = _page(read_html(path), _fixture_url(path))
    assert printed_bylines(page) == BYLINE_XPATH(page.root)


def test_printed_bylines_match_the_plain_xpath_on_every_kind() -> None:
    page = _page(BYLINES.encode())
    found = printed_bylines(page)
    assert found == BYLINE_XPATH(page.root)
    assert len(found) >= 6


def test_related_post_teaser_bylines_are_not_bylines() -> None:
    """A related-posts block under the article prints each teaser's author ("KH Desk"):
    not this article's byline. A <body> class naming "related" excludes nothing."""
    page = _page(BYLINES.replace("<body>", '<body class="has-related-posts">').encode())
    texts = [" ".join(el.itertext()).strip() for el in printed_bylines(page)]
    assert "Desk" not in texts
    assert "By Jane Doe" in texts


HEADER = """<!doctype html><html><head><title>T</title></head><body><main><div class="post">
<div class="hdr"><a href="https://x.example/category/kolkata/">Kolkata</a><h1><a>Headline</a></h1>
<span><a href="https://x.example/2024/12/">December 17, 2024</a></span>
<a href="https://x.example/tag/metro/">#Metro,</a><a href="https://x.example/tag/crs/">#CRS</a></div>
<article>{body}</article></div></main></body></html>"""


def test_headline_block_links_to_wordpress_archives() -> None:
    """A header printing the post's category, date and tags as links to their WordPress
    archives, without rel="category tag"/rel="tag" or a <time> (Newsup)."""
    block = headline_block(_page(HEADER.format(body="<p>Text.</p>").encode()))
    assert block is not None
    assert [a.text for a in ARCHIVE_LINKS["category"](block)] == ["Kolkata"]
    assert [a.text for a in ARCHIVE_LINKS["tag"](block)] == ["#Metro,", "#CRS"]
    assert list(date_archive_texts(block)) == ["December 17, 2024"]


def test_headline_block_is_no_block_with_paragraphs() -> None:
    """When the <h1>'s parent holds the text, its /tag/ links are a tag cloud or a list under
    the article, not header lines."""
    page = _page(HEADER.replace('<div class="hdr">', '<div class="hdr"><p>Text.</p>')
                 .format(body="").encode())
    assert headline_block(page) is None
