"""NewsSpider's discovery, without a network: sitemaps, feeds, listings, targets, frontier."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from parsel import Selector
from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Response, TextResponse, XmlResponse
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler

from newsscraper.backoff import parse_retry_after
from newsscraper.crawlstate import (
    ARTICLE,
    DOCUMENT,
    LASTMOD,
    ConditionalRequestMiddleware,
    crawl_state,
)
from newsscraper.items import Article
from newsscraper.sites.profile import Discovery, SiteProfile
from newsscraper.spiders import discovery as find
from newsscraper.spiders.documents import DocumentLedger
from newsscraper.spiders.news import NewsSpider
from newsscraper.spiders.target import (
    Target,
    apply_site_politeness,
    not_newer,
    resolve_target,
)
from newsscraper.state import Validators

ROOT = Path(__file__).resolve().parents[1]
BASE = "http://127.0.0.1:8000/"
SEED = next((ROOT / "fixtures" / "sites" / "ampforwp").glob("*.html"))


# --- sitemaps -------------------------------------------------------------------------------

NEWS_SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>http://127.0.0.1:8000/2024/12/17/rain-lashes-delhi/</loc>
    <lastmod>2024-12-17T10:00:00+05:30</lastmod>
    <news:news><news:publication><news:name>Portal</news:name></news:publication>
      <news:publication_date>2024-12-17T09:00:00+05:30</news:publication_date>
      <news:title>Rain lashes Delhi</news:title></news:news></url>
  <url><loc>http://127.0.0.1:8000/2024/12/16/fog-grounds-flights/</loc></url>
</urlset>"""


def test_urlset_keeps_lastmod_and_google_news_fields() -> None:
    kind, entries = find.parse_sitemap(NEWS_SITEMAP)
    assert kind == "urlset"
    assert entries[0] == find.Entry(
        "http://127.0.0.1:8000/2024/12/17/rain-lashes-delhi/", "2024-12-17T10:00:00+05:30",
        "2024-12-17T09:00:00+05:30", "Rain lashes Delhi",
    )
    assert entries[1].lastmod is None


def test_sitemap_index_lists_child_sitemaps() -> None:
    body = (b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap>'
            b"<loc>/post-sitemap.xml.gz</loc><lastmod>2024-12-17</lastmod></sitemap>"
            b"</sitemapindex>")
    assert find.parse_sitemap(body) == ("sitemapindex",
                                        [find.Entry("/post-sitemap.xml.gz", "2024-12-17")])


def test_not_a_sitemap() -> None:
    assert find.parse_sitemap(b"<html><body>hello</body></html>") == ("", [])
    assert find.parse_sitemap(b"") == ("", [])


def test_external_entities_are_never_resolved() -> None:
    """RELIABILITY.md #25: XXE."""
    body = (b'<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
            b"<urlset><url><loc>http://a.example/&xxe;</loc></url></urlset>")
    _, entries = find.parse_sitemap(body)
    assert all("root:" not in e.url for e in entries)


def test_billion_laughs_does_not_expand() -> None:
    lol = b'<!ENTITY a0 "lol">' + b"".join(
        b'<!ENTITY a%d "%s">' % (n, b"".join(b"&a%d;" % (n - 1) for _ in range(10)))
        for n in range(1, 10))
    body = (b'<?xml version="1.0"?><!DOCTYPE urlset [' + lol + b"]>"
            b"<urlset><url><loc>http://a.example/&a9;</loc></url></urlset>")
    started = time.monotonic()
    _, entries = find.parse_sitemap(body)
    assert time.monotonic() - started < 1
    assert all(len(e.url) < 1000 for e in entries)


def test_robots_sitemap_lines() -> None:
    body = b"User-agent: *\nDisallow: /private/\nSitemap: /a.xml\n  sitemap:http://x.example/b.xml"
    assert find.robots_sitemaps(body, BASE + "robots.txt") == [
        BASE + "a.xml", "http://x.example/b.xml"]


# --- feeds ----------------------------------------------------------------------------------


def test_rss_items_with_guid_fallback() -> None:
    body = (b"<rss><channel><item><title>A</title><link>/a/</link>"
            b"<pubDate>Tue, 17 Dec 2024 04:30:00 GMT</pubDate></item>"
            b"<item><guid>http://a.example/?p=7</guid></item>"
            b'<item><guid isPermaLink="false">tag:x</guid></item></channel></rss>')
    entries = find.parse_feed(body)
    assert entries is not None
    assert [e.url for e in entries] == ["/a/", "http://a.example/?p=7", ""]
    assert entries[0].published == "Tue, 17 Dec 2024 04:30:00 GMT"


def test_atom_entries() -> None:
    body = (b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title>'
            b'<link rel="alternate" href="http://a.example/a/"/><link rel="edit" href="/e"/>'
            b"<updated>2024-12-17T10:00:00Z</updated></entry></feed>")
    assert find.parse_feed(body) == [
        find.Entry("http://a.example/a/", "2024-12-17T10:00:00Z", None, "A")]
    assert find.parse_feed(b"<html/>") is None


def test_feeds_linked_from_a_page() -> None:
    sel = Selector(text='<link rel="alternate" type="application/rss+xml" href="/feed/">'
                        '<link rel="alternate" hreflang="hi" href="/hi/">')
    assert find.feed_urls(sel) == ["/feed/"]


# --- listings -------------------------------------------------------------------------------


def test_next_page_prefers_rel_next_then_the_following_number() -> None:
    assert find.next_pages(Selector(text='<link rel="next" href="/p/3/"><a href="/page/9/">9</a>'),
                           "http://a.example/p/2/") == ["/p/3/"]
    numbered = '<a href="?page=1">1</a><a href="?page=3">3</a><a href="?page=2">2</a>'
    assert find.next_pages(Selector(text=numbered), "http://a.example/world?page=2") == ["?page=3"]
    assert find.next_pages(Selector(text='<a href="/x/">x</a>'), "http://a.example/") == []


def test_load_more_buttons_carry_their_url() -> None:
    html = ('<button class="btn load-more" data-url="/wp-admin/admin-ajax.php?action=more&p=2">'
            'Load more</button><a class="loadmore" href="#">x</a>'
            '<div data-load-more data-href="/api/more?page=2"></div>')
    assert find.load_more_urls(Selector(text=html)) == [
        "/wp-admin/admin-ajax.php?action=more&p=2", "/api/more?page=2"]


def test_json_answers_give_items_html_links_and_next_pages() -> None:
    data = {"html": '<article><a href="/2024/12/a-b-c/">x</a></article>', "next": "/more?page=3",
            "posts": [{"id": 1, "link": "http://a.example/2024/12/d-e-f/",
                       "_links": {"self": [{"href": "http://a.example/wp-json/wp/v2/posts/1"}]}}]}
    found = find.json_links(data)
    assert found.items == ["http://a.example/2024/12/d-e-f/"]
    assert found.html_links == ["/2024/12/a-b-c/"]
    assert found.pages == ["/more?page=3"]


@pytest.mark.parametrize(("url", "expected"), [
    ("http://a.example/2024/12/17/rain/", True),
    ("http://a.example/national/rain-lashes-delhi-again/", True),
    ("http://a.example/news/story-1234567.html", True),
    ("http://a.example/tag/rain-lashes-delhi/", False),
    ("http://a.example/author/some-one-here/", False),
    ("http://a.example/world/", False),
    ("http://a.example/2024/12/17/rain/amp/", True),  # an AMP-only site's articles
    ("http://a.example/world/page/2/", False),
])
def test_article_shaped_urls(url: str, expected: bool) -> None:
    assert find.article_shaped(url) is expected


# --- target ---------------------------------------------------------------------------------


def test_folder_sites_judge_paths_from_their_folder() -> None:
    assert find.non_article_path("http://h/portal/about-us/", "/portal/")
    assert not find.article_shaped("http://h/wire/section/national-news-today/", "/wire/")
    assert find.article_shaped("http://h/wire/news/world/japan-keen-on-rail-1200044", "/wire/")


def test_links_to_a_page_and_its_amp_twin_keep_the_page(spider: NewsSpider) -> None:
    page = html(BASE, '<a href="/2024/12/17/rain-lashes-delhi/amp/">amp</a>'
                      '<a href="/2024/12/17/rain-lashes-delhi/">page</a>')
    assert spider.frontier.article_links(page) == [BASE + "2024/12/17/rain-lashes-delhi/"]


def test_url_targets_are_generic_and_scoped_to_their_host() -> None:
    target = resolve_target(None, "https://www.example.in/news/", None)
    assert target.profile is None
    assert (target.base, target.scope) == ("https://www.example.in/news/", "/")
    assert target.allowed_domains == ("www.example.in", "example.in")
    assert target.robots_url == "https://www.example.in/robots.txt"
    assert target.sitemap_url == "https://www.example.in/sitemap.xml"
    assert target.name == "www.example.in"


def test_a_profile_moved_onto_base_url() -> None:
    target = resolve_target("ampforwp", None, "http://127.0.0.1:8000/portal/")
    assert target.profile is not None
    assert target.rebased
    assert target.scope == "/portal/"
    assert target.url("https://example-portal.in/news-sitemap.xml?x=1") == (
        "http://127.0.0.1:8000/portal/news-sitemap.xml?x=1")
    assert target.sitemap_url == "http://127.0.0.1:8000/portal/sitemap.xml"


@pytest.mark.parametrize(("site", "url", "message"), [
    (None, None, "give site=NAME or url=URL"),
    ("nope", None, "no site profile named 'nope'"),
    ("ampforwp", None, "no domain"),
    (None, "ftp://a.example/", "not an http"),
])
def test_bad_targets_say_why(site: str | None, url: str | None, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        resolve_target(site, url, None)


def test_lastmod_compares_with_the_lastmod_of_the_last_fetch() -> None:
    assert not_newer("2024-12-17T10:00:00+05:30", "2024-12-17T04:30:00Z")
    assert not not_newer("2024-12-18", "2024-12-17")
    assert not not_newer("2024-12-17", None)
    assert not_newer("odd", "odd")


def test_retry_after_forms() -> None:
    assert parse_retry_after("120", now=0) == 120
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412490.0) == 0.0
    assert parse_retry_after("-1", now=0) is None


# --- the spider's callbacks -----------------------------------------------------------------


@pytest.fixture
def spider() -> NewsSpider:
    return make_spider(url=BASE)


def make_spider(**kwargs: Any) -> NewsSpider:
    crawler = get_crawler(NewsSpider)
    spider: NewsSpider = NewsSpider.from_crawler(crawler, **kwargs)
    crawler.spider = spider
    spider.frontier.stats = crawler.stats
    return spider


def run(callback: Any, response: Response) -> list[Any]:
    return list(callback(response))


def xml(url: str, body: bytes) -> XmlResponse:
    return XmlResponse(url=url, body=body, request=Request(url))


def html(url: str, body: str) -> HtmlResponse:
    return HtmlResponse(url=url, body=body.encode(), request=Request(url), encoding="utf-8")


def test_sitemap_entries_become_article_requests(spider: NewsSpider) -> None:
    requests = run(spider.parse_sitemap, xml(BASE + "news.xml", NEWS_SITEMAP))
    assert [r.url for r in requests] == [
        BASE + "2024/12/17/rain-lashes-delhi/", BASE + "2024/12/16/fog-grounds-flights/"]
    assert requests[0].meta[ARTICLE] is True
    assert requests[0].meta[LASTMOD] == "2024-12-17T10:00:00+05:30"
    assert requests[0].callback == spider.parse_article
    assert run(spider.parse_sitemap, xml(BASE + "news.xml", NEWS_SITEMAP)) == []  # once


def test_sitemap_entries_that_are_no_articles_are_not_requested(spider: NewsSpider) -> None:
    body = (b"<urlset><url><loc>/category/world/</loc></url><url><loc>/author/ann/</loc></url>"
            b"<url><loc>/about/</loc></url><url><loc>/hello-world/</loc></url></urlset>")
    requests = run(spider.parse_sitemap, xml(BASE + "wp-sitemap-1.xml", body))
    assert [r.url for r in requests] == [BASE + "hello-world/"]


def test_gzip_sitemaps_and_off_site_entries(spider: NewsSpider) -> None:
    body = NEWS_SITEMAP.replace(b"http://127.0.0.1:8000/2024/12/16", b"http://127.0.0.1:9/2024")
    response = Response(BASE + "s.xml.gz", body=gzip.compress(body), request=Request(BASE))
    requests = run(spider.parse_sitemap, response)
    assert [r.url for r in requests] == [BASE + "2024/12/17/rain-lashes-delhi/"]  # other port


def test_known_urls_with_unchanged_lastmod_are_not_requested(spider: NewsSpider) -> None:
    state = crawl_state(spider.crawler)
    url = BASE + "2024/12/17/rain-lashes-delhi/"
    state.commit(url, content_hash="sha256:" + "a" * 64, version=1,
                 sitemap_lastmod="2024-12-17T04:30:00+00:00")
    requests = run(spider.parse_sitemap, xml(BASE + "news.xml", NEWS_SITEMAP))
    assert url not in [r.url for r in requests]
    assert spider.crawler.stats.get_value("newsscraper/unchanged_lastmod") == 1


def test_since_skips_older_entries_and_keeps_undated_ones() -> None:
    spider = make_spider(url=BASE, since="2024-12-17")
    old = NEWS_SITEMAP.replace(b"2024-12-17T10:00:00+05:30", b"2024-12-16T10:00:00+05:30")
    old = old.replace(b"2024-12-17T09:00:00+05:30", b"2024-12-16T09:00:00+05:30")
    requests = run(spider.parse_sitemap, xml(BASE + "news.xml", old))
    assert [r.url for r in requests] == [BASE + "2024/12/16/fog-grounds-flights/"]
    assert spider.crawler.stats.get_value("newsscraper/skip/before since") == 1


def test_max_pages_caps_article_requests() -> None:
    spider = make_spider(url=BASE, max_pages="1")
    assert len(run(spider.parse_sitemap, xml(BASE + "news.xml", NEWS_SITEMAP))) == 1


def test_home_page_gives_feeds_and_article_links_only(spider: NewsSpider) -> None:
    page = html(BASE, """<link rel="alternate" type="application/rss+xml" href="/feed/">
        <a href="/2024/12/17/rain-lashes-delhi/">a</a> <a href="/world/">w</a>
        <a href="http://127.0.0.1:9/2024/12/17/canary-story-here/">c</a>
        <a href="file:///etc/passwd">f</a> <a href="javascript:alert(1)">j</a>""")
    requests = run(spider.parse_home, page)
    assert [(r.url, r.callback) for r in requests] == [
        (BASE + "feed/", spider.parse_feed),
        (BASE + "2024/12/17/rain-lashes-delhi/", spider.parse_article),
    ]


def test_listing_walk_stops_at_a_page_of_known_articles(spider: NewsSpider) -> None:
    page = ('<a href="/2024/12/17/rain-lashes-delhi/">a</a>'
            '<a rel="next" href="/world/page/2/">next</a>')
    first = run(spider.parse_listing, html(BASE + "world/", page))
    assert BASE + "world/page/2/" in [r.url for r in first]
    rerun = make_spider(url=BASE)  # a later run: the article is in the state
    crawl_state(rerun.crawler).commit(BASE + "2024/12/17/rain-lashes-delhi/",
                                      content_hash="sha256:" + "a" * 64, version=1)
    again = run(rerun.parse_listing, html(BASE + "world/", page))
    assert [r.url for r in again] == [BASE + "2024/12/17/rain-lashes-delhi/"]  # conditional


def test_known_articles_named_undated_wait_for_the_pending_sitemaps() -> None:
    """A news sitemap (or a feed, a listing) names known articles without a date while the
    sitemap index is still to be read: they are held, and once no sitemap is pending only
    those it did not date unchanged are asked for again."""
    spider = make_spider(url=BASE)
    state = crawl_state(spider.crawler)
    same, moved = BASE + "2024/12/17/rain-lashes-delhi/", BASE + "2024/12/16/fog-grounds-flights/"
    for url in (same, moved):
        state.commit(url, content_hash="sha256:" + "a" * 64, version=1,
                     sitemap_lastmod="2024-12-17T10:00:00+05:30")
    index = spider._sitemap(BASE + "sitemap.xml")
    listing = html(BASE + "world/", f'<a href="{same}">a</a><a href="{moved}">b</a>')
    assert run(spider.parse_listing, listing) == []  # held while the sitemap is pending
    urlset = (f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{same}'
              "</loc><lastmod>2024-12-17T10:00:00+05:30</lastmod></url><url><loc>"
              f"{moved}</loc><lastmod>2024-12-18T09:00:00+05:30</lastmod></url></urlset>")
    requests = run(spider.parse_sitemap, xml(index.url, urlset.encode()))
    assert [(r.url, r.meta[LASTMOD]) for r in requests] == [(moved, "2024-12-18T09:00:00+05:30")]


def test_an_article_fetched_before_a_sitemap_dates_it_takes_that_date() -> None:
    """Fetched undated (the news sitemap came first), then dated by the sitemap index's
    urlset: the state keeps the date, so the next run trusts it."""
    spider = make_spider(url=BASE)
    state = crawl_state(spider.crawler)
    url = BASE + "2024/12/17/rain-lashes-delhi/"
    [request] = run(spider.parse_listing, html(BASE + "world/", f'<a href="{url}">a</a>'))
    assert request.meta[LASTMOD] is None
    state.commit(url, content_hash="sha256:" + "a" * 64, version=1)  # fetched and recorded
    urlset = (f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{url}'
              "</loc><lastmod>2024-12-17T10:00:00+05:30</lastmod></url></urlset>")
    assert run(spider.parse_sitemap, xml(BASE + "sitemap.xml", urlset.encode())) == []
    entry = state.get(url)
    assert entry is not None
    assert entry.sitemap_lastmod == "2024-12-17T10:00:00+05:30"


def test_load_more_json_answers(spider: NewsSpider) -> None:
    body = b'{"html": "<a href=\\"/2024/12/17/rain-lashes-delhi/\\">x</a>", "next": "/more?p=3"}'
    response = TextResponse(BASE + "more?p=2", body=body, request=Request(BASE),
                            headers={"Content-Type": "application/json"})
    requests = run(spider.parse_listing, response)
    assert [r.url for r in requests] == [BASE + "2024/12/17/rain-lashes-delhi/", BASE + "more?p=3"]


# --- Arc XP: "Load more" from Fusion's content cache -----------------------------------------

FUSION_API = BASE + "pf/api/v3/content/fetch/story-feed"


def fusion_front(stories: int, query: str = '{"feedOffset":0,"feedSize":2,"section":"/world"}',
                 more: str = "") -> str:
    """An Arc XP front: two cards, a "Load more" button with no URL, Fusion's state."""
    cache = {"story-feed": {query: {"data": {"content_elements": [
        {"canonical_url": f"/world/story-number-{n}-2024-12-17/"} for n in range(stories)]}}},
        "site-menu": {'{"hierarchy":"default"}': {"data": {"children": []}}}}
    return ('<script id="fusion-metadata">window.Fusion=window.Fusion||{};Fusion.arcSite="wire";'
            'Fusion.contextPath="/pf";Fusion.deployment="88";Fusion.globalContent={};'
            f"Fusion.contentCache={json.dumps(cache, separators=(',', ':'))};{more}</script>"
            '<a href="/world/story-number-0-2024-12-17/">0</a>'
            '<a href="/world/story-number-1-2024-12-17/">1</a>'
            '<button class="topic__load-more__3RgqS">Load more</button>')


def api(query: str) -> str:
    return (f"{FUSION_API}?query={quote(query, safe='')}&d=88&_website=wire")


def fusion_answer(url: str, stories: list[str], request: Request | None = None) -> TextResponse:
    body = json.dumps({"content_elements": [
        {"canonical_url": s, "credits": {"by": [{"url": "/authors/jane-doe/"}]},
         "promo_items": {"basic": {"url": "https://images.example/x.jpg"}}} for s in stories],
        "next": 4}).encode()
    return TextResponse(url, body=body, request=request or Request(url),
                        headers={"Content-Type": "application/json"})


@pytest.mark.parametrize(("query", "after"), [
    ('{"feedOffset":0,"feedSize":2,"section":"/world"}',
     '{"feedOffset":2,"feedSize":2,"section":"/world"}'),
    ('{"section_id":"/wörld","from":"0","size":"2"}',
     '{"section_id":"/wörld","from":"2","size":"2"}'),
    ('{"limit":2,"offset":4,"website":"wire"}', '{"limit":2,"offset":6,"website":"wire"}'),
])
def test_fusion_cache_query_gives_the_next_offset_page(query: str, after: str) -> None:
    """The cached query with offset + size: its keys in their order, compact JSON, the
    value's type kept, URL-encoded as `encodeURIComponent` does, with `d` and `_website`."""
    assert find.fusion_pages(fusion_front(2, query).encode()) == [
        "/pf/api/v3/content/fetch/story-feed?query=" + quote(after, safe="!*'()")
        + "&d=88&_website=wire"]


def test_fusion_cache_without_a_paged_query_or_with_its_last_page_gives_nothing() -> None:
    assert find.fusion_pages(fusion_front(1).encode()) == []  # fewer stories than the size
    assert find.fusion_pages(fusion_front(2, '{"section":"/world"}').encode()) == []
    assert find.fusion_pages(fusion_front(2, '{"offset":0,"size":0}').encode()) == []
    assert find.fusion_pages(b"<script>Fusion.contentCache={broken</script>") == []
    # No deployment, site or context path in the state: Fusion's defaults, nothing made up.
    page = fusion_front(2).replace('Fusion.deployment="88";', "").replace(
        'Fusion.arcSite="wire";', "").replace('Fusion.contextPath="/pf";', "")
    assert find.fusion_pages(page.encode()) == [
        "/pf/api/v3/content/fetch/story-feed?query=" + quote(
            '{"feedOffset":2,"feedSize":2,"section":"/world"}', safe="")]


def test_fusion_blocks_of_one_feed_go_on_from_the_furthest() -> None:
    """A front's blocks page one feed (a lead story at offset 0, four more at 1): one walk,
    from offset 5 by four. A source caching one story (no list of stories) is no listing."""
    def stories(n: int) -> dict[str, Any]:
        return {"data": {"content_elements": [{"canonical_url": f"/w/s-{i}-x/"} for i in range(n)]}}
    cache = {"feed": {'{"from":0,"size":1,"section":"/w"}': stories(1),
                      '{"from":1,"size":4,"section":"/w"}': stories(4)},
             "story": {'{"from":0,"size":1,"_id":"ABC"}': {"data": {
                 "canonical_url": "/w/a-b-c/", "content_elements": [{"type": "text"}] * 5}}}}
    page = f"<script>Fusion.contentCache={json.dumps(cache)};</script>".encode()
    assert find.fusion_pages(page) == ["/pf/api/v3/content/fetch/feed?query="
                                       + quote('{"from":5,"size":4,"section":"/w"}', safe="")]


def test_json_answers_name_stories_by_canonical_url() -> None:
    found = find.json_links({"content_elements": [{"canonical_url": "/world/a-b-c-2024-12-17/"},
                                                  {"website_url": "/world/d-e-f/"}]})
    assert found.items == ["/world/a-b-c-2024-12-17/", "/world/d-e-f/"]


def test_fusion_front_walks_its_content_api(spider: NewsSpider) -> None:
    """The front's cards, then the API's offset pages: their stories (ANS canonical_url, not
    the authors' or pictures' links), the next offset while a page is full."""
    requests = run(spider.parse_listing, html(BASE + "world/", fusion_front(2)))
    page_2 = api('{"feedOffset":2,"feedSize":2,"section":"/world"}')
    assert [r.url for r in requests] == [BASE + "world/story-number-0-2024-12-17/",
                                         BASE + "world/story-number-1-2024-12-17/", page_2]
    answer = fusion_answer(page_2, ["/world/story-number-2-2024-12-17/",
                                    "/world/story-number-3-2024-12-17/"], requests[-1])
    second = run(spider.parse_listing, answer)
    page_3 = api('{"feedOffset":4,"feedSize":2,"section":"/world"}')
    assert [r.url for r in second] == [BASE + "world/story-number-2-2024-12-17/",
                                       BASE + "world/story-number-3-2024-12-17/", page_3]
    assert [r.callback for r in second] == [spider.parse_article] * 2 + [spider.parse_listing]
    # The last page (fewer stories than the size): no further request.
    last = run(spider.parse_listing, fusion_answer(page_3, ["/world/story-number-4-2024-12-17/"],
                                                   second[-1]))
    assert [r.url for r in last] == [BASE + "world/story-number-4-2024-12-17/"]
    assert run(spider.parse_listing, fusion_answer(page_3, [], second[-1])) == []


def test_fusion_walk_stops_at_known_stories_and_at_a_repeated_answer() -> None:
    """A later run: an offset page of known stories ends the walk (kept for `_rewalk`); an
    API that ignores the offset (the same stories again) ends it too."""
    spider = make_spider(url=BASE)
    state = crawl_state(spider.crawler)
    stories = ["/world/story-number-2-2024-12-17/", "/world/story-number-3-2024-12-17/"]
    for story in stories:
        state.commit(BASE + story[1:], content_hash="sha256:" + "a" * 64, version=1)
    page_2 = api('{"feedOffset":2,"feedSize":2,"section":"/world"}')
    page_3 = api('{"feedOffset":4,"feedSize":2,"section":"/world"}')
    again = run(spider.parse_listing, fusion_answer(page_2, stories))
    assert [r.url for r in again] == [BASE + s[1:] for s in stories]  # conditional
    assert spider._stopped == [page_3]
    fresh = make_spider(url=BASE)
    first = run(fresh.parse_listing, fusion_answer(page_2, stories))
    assert first[-1].url == page_3
    repeated = run(fresh.parse_listing, fusion_answer(page_3, stories, first[-1]))
    assert repeated == []  # its stories claimed already; and no page 4


def test_article_pages_go_to_extract_once(spider: NewsSpider) -> None:
    body = SEED.read_text(encoding="utf-8")
    first = run(spider.parse_article, html(BASE + "2024/12/17/story/", body))
    assert len(first) == 1
    assert isinstance(first[0], Article)
    assert first[0].fetched_at.endswith("+00:00")
    # The same article at another address (its canonical URL already emitted): one record.
    assert run(spider.parse_article, html(BASE + "2024/12/17/story/?amp=1", body)) == []
    stats = spider.crawler.stats
    assert stats.get_value("newsscraper/skip/duplicate") == 1


def test_non_articles_are_skipped_and_counted(spider: NewsSpider) -> None:
    assert run(spider.parse_article, html(BASE + "tag/rain/", "<html><p>tags</p></html>")) == []
    assert spider.crawler.stats.get_value("newsscraper/skip/not an article") == 1


def test_site_politeness_comes_from_the_profile_unless_overridden() -> None:
    polite = SiteProfile(name="polite", discovery=Discovery(download_delay=3.0, concurrency=2))
    target = Target(BASE, polite, rebased=True)
    settings = Settings({"DOWNLOAD_DELAY": 1.0})
    apply_site_politeness(target, settings)
    assert settings.getdict("DOWNLOAD_SLOTS") == {"127.0.0.1": {"delay": 3.0, "concurrency": 2}}
    fast = Settings()
    fast.set("DOWNLOAD_DELAY", 0, priority="cmdline")  # -s DOWNLOAD_DELAY=0 wins
    apply_site_politeness(target, fast)
    assert fast.getdict("DOWNLOAD_SLOTS") == {}


# --- which sitemaps a later run may fetch conditionally ---------------------------------------


def served(url: str, body: bytes = b"<urlset/>", etag: str | None = '"v1"') -> XmlResponse:
    headers = {"ETag": etag} if etag else {}
    return XmlResponse(url=url, body=body, headers=headers, request=Request(url))


def settled_state(spider: NewsSpider, *dated: tuple[str, str]) -> Any:
    state = crawl_state(spider.crawler)
    for url, lastmod in dated:
        state.commit(url, content_hash="sha256:" + "a" * 64, version=1, sitemap_lastmod=lastmod)
    return state


def test_a_sitemap_whose_entries_are_all_settled_keeps_its_validators(
    spider: NewsSpider,
) -> None:
    a, b = BASE + "2024/12/17/rain-lashes-delhi/", BASE + "2024/12/16/fog-grounds-flights/"
    state = settled_state(spider, (a, "2024-12-17"), (b, "2024-12-16"))
    ledger = DocumentLedger()
    ledger.read(served(BASE + "s1.xml"), [(a, "2024-12-17"), (b, "2024-12-16")], "sitemap")
    ledger.read(served(BASE + "s2.xml"), [(a, "2024-12-18")], "sitemap")  # newer than fetched
    ledger.read(served(BASE + "s3.xml"), [(a, None)], "sitemap")  # undated: always re-read
    ledger.read(served(BASE + "s4.xml", etag=None), [(a, "2024-12-17")], "sitemap")
    ledger.read(served(BASE + "s5.xml"), [(BASE + "never-fetched-story-here/", "2024-12-17")],
                "sitemap")
    ledger.read(served(BASE + "s6.xml"), [(a, "2024-12-17"), ("http://other.example/x", "1")],
                "sitemap")  # an off-site entry is no one's business
    assert ledger.settle(state, spider.frontier.wanted) == 2
    kept = {n: state.document(f"{BASE}s{n}.xml") for n in range(1, 7)}
    assert kept[1] == Validators(etag='"v1"')
    assert kept[6] == Validators(etag='"v1"')
    assert [kept[n] for n in (2, 3, 4, 5)] == [None] * 4


def test_sitemap_requests_are_conditional_once_settled(spider: NewsSpider) -> None:
    state = crawl_state(spider.crawler)
    state.keep_document(BASE + "news.xml", Validators('"v1"', "Tue, 17 Dec 2024 04:30:00 GMT"))
    middleware = ConditionalRequestMiddleware(state, spider.crawler.stats)
    request = Request(BASE + "news.xml", meta={DOCUMENT: True})
    middleware.process_request(request)
    assert request.headers[b"If-None-Match"] == b'"v1"'
    assert request.headers[b"If-Modified-Since"] == b"Tue, 17 Dec 2024 04:30:00 GMT"
    with pytest.raises(IgnoreRequest):
        middleware.process_response(request, Response(request.url, status=304))
    assert spider.crawler.stats.get_value("newsscraper/documents_not_modified") == 1
    plain = Request(BASE + "other.xml", meta={DOCUMENT: True})
    middleware.process_request(plain)
    assert b"If-None-Match" not in plain.headers


def test_a_settled_child_sitemap_the_index_dates_no_later_is_not_requested(
        spider: NewsSpider) -> None:
    """Arc XP's index names one sitemap a day: a settled one whose `<lastmod>` (to the
    minute) is no later than the copy read (its Last-Modified) is not asked for at all; a
    later lastmod, a day alone, or a sitemap never settled is (conditionally, if kept)."""
    state = crawl_state(spider.crawler)
    served = "Tue, 17 Dec 2024 18:30:00 GMT"
    for day in ("16", "17", "18", "19"):
        state.keep_document(f"{BASE}sitemap/2024-12-{day}.xml", Validators('"v1"', served))
    index = ('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             + "".join(f"<sitemap><loc>/sitemap/{loc}.xml</loc><lastmod>{mod}</lastmod></sitemap>"
                       for loc, mod in (("2024-12-16", "2024-12-16T23:50:00Z"),
                                        ("2024-12-17", "2024-12-17T18:30:00Z"),
                                        ("2024-12-18", "2024-12-17T19:00:00Z"),
                                        ("2024-12-19", "2024-12-17"),
                                        ("2024-12-20", "2024-12-16T10:00:00Z")))
             + "</sitemapindex>").encode()
    requests = run(spider.parse_sitemap, xml(BASE + "sitemap-index.xml", index))
    assert [r.url for r in requests] == [
        BASE + "sitemap/2024-12-18.xml", BASE + "sitemap/2024-12-19.xml",
        BASE + "sitemap/2024-12-20.xml"]
    assert spider.crawler.stats.get_value("newsscraper/unchanged_sitemap") == 2
    assert spider._sitemap_unread  # they date what they did last time: no `_rewalk`


def test_a_sitemap_dates_an_article_a_listing_claimed_first(spider: NewsSpider) -> None:
    listed = run(spider.parse_listing, html(BASE + "world/",
                                            '<a href="/2024/12/17/rain-lashes-delhi/">a</a>'))
    assert listed[0].meta[LASTMOD] is None
    run(spider.parse_sitemap, xml(BASE + "news.xml", NEWS_SITEMAP))
    assert listed[0].meta[LASTMOD] == "2024-12-17T10:00:00+05:30"  # carried to the state


def _http_error(request: Request, status: int) -> Any:
    from scrapy.spidermiddlewares.httperror import HttpError
    from twisted.python.failure import Failure
    response = Response(request.url, status=status, request=request)
    failure = Failure(HttpError(response, "Ignoring non-200 response"))
    failure.request = request  # as Scrapy sets it for an errback
    return failure


def test_without_a_sitemap_line_the_cms_sitemap_indexes_are_tried_in_turn(
    spider: NewsSpider,
) -> None:
    """robots.txt names none and /sitemap.xml is missing (no redirect from it): WordPress
    core's /wp-sitemap.xml, then Yoast's /sitemap_index.xml, each only when the one before
    answered 4xx or was no sitemap."""
    (first,) = spider._sitemaps_from_robots(b"User-agent: *\nDisallow: /wp-admin/\n")
    assert first.url == BASE + "sitemap.xml"
    assert first.meta[DOCUMENT] is True
    (second,) = first.errback(_http_error(first, 404))
    assert second.url == BASE + "wp-sitemap.xml"
    page = HtmlResponse(second.url, body=b"<html><body>Page not found</body></html>",
                        request=second)  # a "soft 404": 200 and HTML
    (third,) = run(spider.parse_sitemap, page)
    assert third.url == BASE + "sitemap_index.xml"
    assert list(third.errback(_http_error(third, 404))) == []  # the last guess
    from twisted.python.failure import Failure
    not_modified = Failure(IgnoreRequest("not modified"))
    not_modified.request = first
    assert list(first.errback(not_modified)) == []  # a 304 or robots.txt: no guessing
    assert list(first.errback(_http_error(first, 503))) == []
    # A sitemap named by robots.txt is no guess: nothing else is tried for it.
    (named,) = spider._sitemaps_from_robots(b"Sitemap: /wp-sitemap.xml\n")
    assert list(named.errback(_http_error(named, 404)) or ()) == []


#: A Google News sitemap whose every entry is a news entry.
NEWS_ONLY_SITEMAP = NEWS_SITEMAP.replace(
    b"<url><loc>http://127.0.0.1:8000/2024/12/16/fog-grounds-flights/</loc></url>",
    b"<url><loc>http://127.0.0.1:8000/2024/11/01/story-number-1/</loc><news:news><news:publication>"
    b"<news:name>Portal</news:name></news:publication><news:publication_date>2024-12-16T09:00"
    b":00+05:30</news:publication_date><news:title>Story</news:title></news:news></url>")


@pytest.mark.parametrize("sitemap", ["none", "news", "news-most", "full", "settled"])
def test_a_rerun_walks_the_listings_to_their_end_unless_sitemaps_date_the_site(
    sitemap: str,
) -> None:
    """Listings run by publication: when no sitemap dates most of the articles the state
    knows (none, or a news sitemap of the last days alone), only walking them all shows an
    older article that was updated. A full sitemap, or a settled one (304), ends the walk."""
    page = ('<a href="/2024/12/17/rain-lashes-delhi/">a</a>'
            '<a rel="next" href="/page/2/">next</a>')
    spider = make_spider(url=BASE)
    state = crawl_state(spider.crawler)
    known = [BASE + f"2024/11/{day:02d}/story-number-{day}/" for day in range(1, 6)]
    if sitemap == "full":
        known = known[:2]  # the sitemap's two entries, one undated, then list most of them
    if sitemap == "news-most":
        known = known[:1]  # listed by a news sitemap alone, which dates no archive
    for url in [BASE + "2024/12/17/rain-lashes-delhi/", *known]:
        state.commit(url, content_hash="sha256:" + "a" * 64, version=1)
    if sitemap in ("news", "full"):
        run(spider.parse_sitemap, xml(BASE + "news-sitemap.xml", NEWS_SITEMAP))
    if sitemap == "news-most":
        run(spider.parse_sitemap, xml(BASE + "news-sitemap.xml", NEWS_ONLY_SITEMAP))
    if sitemap == "settled":
        request = spider._sitemap(BASE + "wp-sitemap.xml")
        request.headers[b"If-None-Match"] = b'"abc"'  # as ConditionalRequestMiddleware does
        from twisted.python.failure import Failure
        not_modified = Failure(IgnoreRequest("not modified"))
        not_modified.request = request
        request.errback(not_modified)
    again = run(spider.parse_listing, html(BASE, page))
    assert BASE + "page/2/" not in [r.url for r in again]  # the walk stops
    rewalk = spider._rewalk()
    if sitemap in ("full", "settled"):
        assert rewalk == []
        return
    assert [r.url for r in rewalk] == [BASE + "page/2/"]
    assert spider._rewalk() == []  # once a run
    older = ('<a href="/2024/11/01/story-number-1/">b</a>'
             '<a rel="next" href="/page/3/">next</a>')
    response = HtmlResponse(BASE + "page/2/", body=older.encode(), request=rewalk[0],
                            encoding="utf-8")
    walked = run(spider.parse_listing, response)
    listed = [] if sitemap == "news-most" else [BASE + "2024/11/01/story-number-1/"]  # asked
    assert [r.url for r in walked] == [*listed, BASE + "page/3/"]  # for once in a run
    assert walked[-1].meta == rewalk[0].meta | walked[-1].meta  # still walking to the end


def test_campaign_parameters_are_no_part_of_an_article_link() -> None:
    """A widget's "?utm_source=…" link is the known article itself: asked for at its own
    address (conditionally), and a page of such links still ends the listing walk."""
    page = ('<a href="/2024/12/17/rain-lashes-delhi/?utm_source=sidebar&amp;utm_medium=w">a</a>'
            '<a href="/2024/12/17/rain-lashes-delhi/?fbclid=IwAR0x">b</a>'
            '<a rel="next" href="/world/page/2/">next</a>')
    spider = make_spider(url=BASE)
    crawl_state(spider.crawler).commit(BASE + "2024/12/17/rain-lashes-delhi/",
                                       content_hash="sha256:" + "a" * 64, version=1)
    requests = run(spider.parse_listing, html(BASE + "world/", page))
    assert [r.url for r in requests] == [BASE + "2024/12/17/rain-lashes-delhi/"]


def test_a_broken_link_costs_only_itself(spider: NewsSpider) -> None:
    """An unbalanced "[" in a link's host ("Invalid IPv6 URL") once ended the callback, and
    every link after it in the listing, sitemap or feed was lost."""
    page = ('<a href="https://127.0.0.1:8000[/2024/12/16/bad-link/">x</a>'
            '<a href="//[::1/2024/12/16/bad/">y</a>'
            '<a href="/2024/12/17/rain-lashes-delhi/">a</a><a rel="next" href="/page/2/">next</a>')
    assert [r.url for r in run(spider.parse_listing, html(BASE, page))] == [
        BASE + "2024/12/17/rain-lashes-delhi/", BASE + "page/2/"]
    sitemap = (b"<urlset><url><loc>https://127.0.0.1:8000[/2024/12/16/bad/</loc></url>"
               b"<url><loc>http://127.0.0.1:8000/2024/12/17/good-one/</loc></url></urlset>")
    assert [r.url for r in run(spider.parse_sitemap, xml(BASE + "s.xml", sitemap))] == [
        BASE + "2024/12/17/good-one/"]
    feed = (b"<rss><channel><item><link>https://127.0.0.1:8000]/2024/12/16/x/</link></item>"
            b"<item><link>http://127.0.0.1:8000/2024/12/15/fog-in-delhi/</link></item>"
            b"</channel></rss>")
    assert [r.url for r in run(spider.parse_feed, xml(BASE + "feed/", feed))] == [
        BASE + "2024/12/15/fog-in-delhi/"]
