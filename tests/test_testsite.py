"""The bundled test site: discovery documents, listings, conditional requests, revision 2,
fault and redirect hooks, and that `extract()` reads both layouts. Over loopback, no sleeps."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import NamedTuple
from urllib.robotparser import RobotFileParser

import pytest
from parsel import Selector
from scrapy.http import HtmlResponse

from newsscraper.extract import extract
from newsscraper.items import Article, Skip
from newsscraper.testsite import (
    ArticleInfo,
    Fault,
    TestSiteServer,
    build_site,
    manifest,
    serve,
)
from newsscraper.testsite.model import IST
from newsscraper.testsite.server import FaultSpec
from newsscraper.testsite.site import SitePages

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"
ATOM = "{http://www.w3.org/2005/Atom}"
BODY = {"portal": ".cntn-wrp.artl-cnt > p", "wire": ".story-body p"}
FETCHED_AT = datetime(2024, 12, 19, 6, 0, tzinfo=UTC)


class Reply(NamedTuple):
    status: int
    headers: Mapping[str, str]
    body: bytes
    url: str


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


# Loopback only: never through a proxy the environment may name.
_FOLLOW = urllib.request.build_opener(urllib.request.ProxyHandler({}))
_PLAIN = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect)


def fetch(url: str, headers: Mapping[str, str] | None = None, *, method: str = "GET",
          follow: bool = True) -> Reply:
    request = urllib.request.Request(url, headers=dict(headers or {}), method=method)
    opener = _FOLLOW if follow else _PLAIN
    try:
        with opener.open(request, timeout=10) as r:
            return Reply(r.status, dict(r.headers), r.read(), r.url)
    except urllib.error.HTTPError as e:
        return Reply(e.code, dict(e.headers), e.read(), url)


@pytest.fixture(scope="module")
def server() -> Iterator[TestSiteServer]:
    with serve(build_site()) as running:
        yield running
    assert not running.errors


@pytest.fixture
def own_server() -> Iterator[TestSiteServer]:
    """A server a test may switch and break."""
    with serve(build_site()) as running:
        yield running
    assert not running.errors


def xml(data: bytes) -> ET.Element:
    return ET.fromstring(data)  # noqa: S314  # the test site's own XML, from loopback


def by_site(rows: list[ArticleInfo], site: str) -> list[ArticleInfo]:
    return [r for r in rows if r.site == site]


def sitemap_locs(url: str) -> tuple[str, list[str]]:
    reply = fetch(url)
    assert reply.status == 200, url
    data = gzip.decompress(reply.body) if url.endswith(".gz") else reply.body
    root = xml(data)
    return root.tag, [loc.text or "" for loc in root.iter(f"{SM}loc")]


# robots.txt and sitemaps ------------------------------------------------------------------


def test_robots_txt_names_the_sitemaps_and_forbids_the_private_sections(
        server: TestSiteServer) -> None:
    robots = RobotFileParser(server.url + "/robots.txt")
    robots.parse(fetch(server.url + "/robots.txt").body.decode().splitlines())
    assert robots.site_maps() == [
        f"{server.url}/portal/sitemap_index.xml", f"{server.url}/portal/news-sitemap.xml",
        f"{server.url}/wire/sitemaps/index.xml", f"{server.url}/wire/sitemaps/news.xml"]
    private = (f"{server.url}/portal/private/2024/12/embargoed-budget-preview-for-subscribers"
               "/amp/", f"{server.url}/wire/internal/embargoed-gdp-estimates-briefing")
    for url in private:
        assert not robots.can_fetch("newsscraper", url)
        assert fetch(url).status == 200  # it exists: only robots.txt keeps a crawler out
    assert all(robots.can_fetch("newsscraper", r.url) for r in server.manifest())
    linked = fetch(server.url + "/portal/").body + fetch(server.url + "/wire/latest/").body
    assert all(url.encode() in linked for url in private)


def test_sitemap_indexes_list_every_article_exactly_once(server: TestSiteServer) -> None:
    for site, index in (("portal", "/portal/sitemap_index.xml"),
                        ("wire", "/wire/sitemaps/index.xml")):
        tag, urlsets = sitemap_locs(server.url + index)
        assert tag == f"{SM}sitemapindex"
        lastmods = xml(fetch(server.url + index).body).findall(f".//{SM}lastmod")
        assert len(lastmods) == len(urlsets)
        assert all(datetime.fromisoformat(m.text or "").tzinfo for m in lastmods)
        assert any(u.endswith(".xml.gz") for u in urlsets), "one monthly urlset is gzipped"
        seen = Counter(loc for u in urlsets for loc in sitemap_locs(u)[1])
        expected = [r.url for r in by_site(server.manifest(), site)]
        assert {url: seen[url] for url in expected} == dict.fromkeys(expected, 1)


def test_news_sitemaps_carry_publication_date_and_title(server: TestSiteServer) -> None:
    for site, path in (("portal", "/portal/news-sitemap.xml"), ("wire", "/wire/sitemaps/news.xml")):
        rows = {r.url: r for r in by_site(server.manifest(), site)}
        urls = xml(fetch(server.url + path).body).findall(f"{SM}url")
        assert urls
        for url in urls:
            row = rows[url.findtext(f"{SM}loc") or ""]
            news = url.find(f"{NEWS}news")
            assert news is not None
            published = datetime.fromisoformat(news.findtext(f"{NEWS}publication_date") or "")
            assert published == row.published
            assert news.findtext(f"{NEWS}title") == row.title
            assert news.findtext(f"{NEWS}publication/{NEWS}language") == "en"


# feeds and listings -----------------------------------------------------------------------


def test_rss_and_atom_feeds_parse_and_list_the_newest_articles(server: TestSiteServer) -> None:
    portal = by_site(server.manifest(), "portal")
    channel = xml(fetch(server.url + "/portal/feed/").body).find("channel")
    assert channel is not None
    items = channel.findall("item")
    assert [i.findtext("link") for i in items] == [r.url for r in portal[:len(items)]]
    guid = items[0].findtext("guid") or ""
    assert "?p=" in guid
    assert fetch(guid).url == items[0].findtext("link")  # the GUID redirects to the article
    wire = by_site(server.manifest(), "wire")
    entries = xml(fetch(server.url + "/wire/feeds/latest.atom").body).findall(
        f"{ATOM}entry")
    links = [link.get("href") for e in entries for link in e.findall(f"{ATOM}link")]
    assert links == [r.url for r in wire[:len(entries)]]
    for home, feed in (("/portal/", "/portal/feed/"), ("/wire/", "/wire/feeds/latest.atom"),
                       ("/", "/portal/feed/")):
        alternates = Selector(text=fetch(server.url + home).body.decode()).css(
            'link[rel="alternate"]::attr(href)').getall()
        assert server.url + feed in alternates


def test_listing_pagination_and_load_more_reach_every_article(server: TestSiteServer) -> None:
    found: set[str] = set()
    url: str | None = server.url + "/portal/"
    while url:
        page = Selector(text=fetch(url).body.decode())
        found.update(page.css("h2.loop-title a::attr(href)").getall())
        url = page.css('link[rel="next"]::attr(href)').get()
    assert {r.url for r in by_site(server.manifest(), "portal")} <= found
    url, html_pages = server.url + "/wire/latest/", 0
    while url:
        page = Selector(text=fetch(url).body.decode())
        found.update(page.css("h2.teaser-headline a::attr(href)").getall())
        more, html_pages = page.css("button.load-more::attr(data-url)").get(), html_pages + 1
        url = page.css('link[rel="next"]::attr(href)').get()
    wire = {r.url for r in by_site(server.manifest(), "wire")}
    assert not wire <= found, "older stories come only through Load more"
    while more:
        reply = fetch(more)
        assert reply.headers["Content-Type"].startswith("application/json")
        data = json.loads(reply.body)
        found.update(Selector(text=data["html"]).css("h2.teaser-headline a::attr(href)").getall())
        more = data["next"]
    assert wire <= found
    assert html_pages == 2


# HTTP behaviour -------------------------------------------------------------------------------


def test_conditional_requests_answer_304(server: TestSiteServer) -> None:
    url = server.manifest()[0].url
    first = fetch(url)
    etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
    assert first.status == 200
    assert etag.startswith('"')
    assert first.body
    assert fetch(url, {"If-None-Match": etag}).status == 304
    assert fetch(url, {"If-None-Match": f'"other", W/{etag}'}).status == 304
    assert fetch(url, {"If-Modified-Since": modified}).status == 304
    assert fetch(url, {"If-Modified-Since": "Mon, 01 Jan 2024 00:00:00 GMT"}).status == 200
    # If-None-Match decides when both are sent (RFC 9110 §13.2.2).
    assert fetch(url, {"If-None-Match": '"stale"', "If-Modified-Since": modified}).status == 200
    head = fetch(url, method="HEAD")
    assert (head.status, head.body, head.headers["ETag"]) == (200, b"", etag)
    assert fetch(server.url + "/no/such/page/").status == 404
    bare = fetch(url.rstrip("/"), follow=False)
    assert (bare.status, bare.headers["Location"]) == (301, url)


def test_request_log_records_method_path_and_headers(own_server: TestSiteServer) -> None:
    fetch(own_server.url + "/robots.txt", {"X-Probe": "1"})
    (logged,) = own_server.requests
    assert (logged.method, logged.path, logged.headers["x-probe"]) == ("GET", "/robots.txt", "1")


def test_faults_and_redirects_given_to_serve() -> None:
    limited = Fault(429, {"Retry-After": "2"}, times=1)
    faults: dict[str, FaultSpec] = {"/robots.txt": (503, {}), "/wire/": limited}
    with serve(build_site(), faults=faults, redirects={"/p/1": "/portal/"}) as running:
        assert fetch(running.url + "/robots.txt").status == 503
        assert fetch(running.url + "/wire/").status == 429
        assert fetch(running.url + "/wire/").status == 200
        assert fetch(running.url + "/p/1").url == running.url + "/portal/"
    assert limited.times == 1, "the caller's Fault is not used up"


def test_redirect_map_and_fault_map(own_server: TestSiteServer) -> None:
    article = own_server.manifest()[0].url
    own_server.add_redirect("/p/123", article.removeprefix(own_server.url))
    reply = fetch(own_server.url + "/p/123", follow=False)
    assert (reply.status, reply.headers["Location"]) == (301, article)
    own_server.add_fault("/robots.txt", 503)
    assert fetch(own_server.url + "/robots.txt").status == 503
    own_server.add_fault(article, 429, {"Retry-After": "2"}, times=1)
    limited = fetch(article)
    assert (limited.status, limited.headers["Retry-After"]) == (429, "2")
    assert fetch(article).status == 200
    own_server.clear_faults()
    assert fetch(own_server.url + "/robots.txt").status == 200


# revision 2 -----------------------------------------------------------------------------------


def body_text(site: str, html: bytes) -> list[str]:
    return Selector(text=html.decode()).css(BODY[site]).xpath("string()").getall()


def lastmods(pages: SitePages) -> dict[str, str]:
    out = {}
    for key in pages:
        if "sitemap" in key and "news" not in key and "index" not in key:
            data = pages[key].body
            root = xml(gzip.decompress(data) if key.endswith(".gz") else data)
            out.update({u.findtext(f"{SM}loc") or "": u.findtext(f"{SM}lastmod") or ""
                        for u in root.iter(f"{SM}url")})
    return out


def test_revision_2_statuses_match_what_changed_in_the_pages() -> None:
    old, new = build_site(1), build_site(2)
    old_lastmods, new_lastmods = lastmods(old), lastmods(new)
    rows = new.manifest()
    assert {r.status for r in rows} == {"new", "updated", "comment-only", "unchanged"}
    assert {r.lastmod_changed for r in rows if r.status == "comment-only"} == {True, False}
    for row in rows:
        key = row.url.removeprefix(old.origin)
        after = new[key]
        if row.status == "new":
            assert key not in old
            assert row.url in new_lastmods
            continue
        before = old[key]
        text_changed = body_text(row.site, before.body) != body_text(row.site, after.body)
        assert text_changed == (row.status == "updated"), row
        assert (before.body != after.body) == (row.status != "unchanged"), row
        assert (before.etag == after.etag) == (row.status == "unchanged")
        moved = old_lastmods[row.url] != new_lastmods[row.url]
        assert moved == row.lastmod_changed, row
        if row.status != "comment-only":
            assert moved == (row.status == "updated"), row
    assert manifest(2) == rows


def test_set_revision_swaps_content_and_keeps_unchanged_pages_304(
        own_server: TestSiteServer) -> None:
    etags = {r.url: fetch(r.url).headers["ETag"] for r in own_server.manifest()}
    own_server.set_revision(2)
    rows = own_server.manifest()
    for row in rows:
        if row.status == "new":
            continue
        expected = 304 if row.status == "unchanged" else 200
        assert fetch(row.url, {"If-None-Match": etags[row.url]}).status == expected, row
    newest = {r.url for r in rows if r.status == "new"}
    feed = fetch(own_server.url + "/portal/feed/").body.decode()
    home = fetch(own_server.url + "/wire/").body.decode()
    assert all(url in feed or url in home for url in newest)


# extraction -------------------------------------------------------------------------------


def extracted(pages: SitePages, key: str) -> Article | Skip:
    response = HtmlResponse(url=pages.origin + key, body=pages[key].body, encoding="utf-8")
    return extract(response, fetched_at=FETCHED_AT)


@pytest.mark.parametrize("site", ["portal", "wire"])
def test_extract_reads_both_layouts(site: str) -> None:
    pages = build_site(2)
    for row in by_site(pages.manifest(), site)[:6]:
        result = extracted(pages, row.url.removeprefix(pages.origin))
        assert isinstance(result, Article), row
        paragraphs = pages.paragraphs(row.url)
        assert result.title == row.title
        assert result.body.startswith(paragraphs[0][:80])
        assert result.body.endswith(paragraphs[-1])
        assert result.body == "\n\n".join(paragraphs)
        assert result.modified_at == row.modified.astimezone(IST).isoformat()
        assert result.published_at == row.published.astimezone(IST).isoformat()
        assert (result.agency, result.dateline) == (row.agency, row.dateline)
        assert result.tags == list(row.tags)


@pytest.mark.parametrize("key", [
    "/portal/", "/portal/page/2/", "/portal/category/india/", "/portal/tag/weather/",
    "/portal/author/ians/", "/wire/", "/wire/latest/", "/wire/section/national/",
    "/wire/topic/weather/", "/wire/author/pti-desk/", "/wire/about/", "/wire/contact/",
])
def test_non_article_pages_give_a_skip(key: str) -> None:
    assert isinstance(extracted(build_site(), key), Skip)


@pytest.mark.parametrize("key", ["/about-us/", "/contact-us/", "/privacy-policy/", "/tag/india/"])
def test_a_portal_served_at_the_root_gives_skips_for_its_pages(key: str) -> None:
    assert isinstance(extracted(build_site(sites=("portal",)), key), Skip)


# generation -----------------------------------------------------------------------------------


def test_generation_is_deterministic_and_seeded() -> None:
    a, b, c = build_site(), build_site(), build_site(seed=8)
    keys = [r.url.removeprefix(a.origin) for r in a.manifest()[:3]] + ["/portal/feed/"]
    assert [a[k].body for k in keys] == [b[k].body for k in keys]
    assert [r.title for r in a.manifest()] != [r.title for r in c.manifest()]


def test_scale_knob_gives_distinct_articles_of_realistic_size() -> None:
    pages = build_site(2, articles_per_site=300)
    rows = pages.manifest()
    assert len({r.url for r in rows}) == len(rows) == 2 * 300 + 2 * 15
    for site in ("portal", "wire"):
        titles = [r.title for r in by_site(rows, site)]
        assert len(set(titles)) > 0.95 * len(titles)
    sizes = [len(pages[r.url.removeprefix(pages.origin)].body) for r in rows[::25]]
    assert all(20_000 <= s <= 60_000 for s in sizes), sizes


def test_single_site_is_served_at_the_root() -> None:
    pages = build_site(sites=("wire",))
    assert "/news/" in pages.manifest()[0].path
    assert all(not key.startswith("/wire/") for key in pages)
    assert b"Sitemap: http://testsite.localhost/sitemaps/index.xml" in pages["/robots.txt"].body


def test_command_line_prints_the_url_and_serves() -> None:
    cmd = [sys.executable, "-m", "newsscraper.testsite", "--port", "0", "--articles", "4"]
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          text=True) as proc:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        try:
            assert url.startswith("http://127.0.0.1:")
            assert fetch(url + "/robots.txt").status == 200
        finally:
            proc.terminate()
    assert proc.returncode == 0


def test_last_modified_is_the_newest_change_as_an_http_date(server: TestSiteServer) -> None:
    reply = fetch(server.url + "/portal/feed/")
    newest = max(r.modified for r in by_site(server.manifest(), "portal"))
    assert parsedate_to_datetime(reply.headers["Last-Modified"]) == newest
