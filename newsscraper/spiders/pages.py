"""The spider's bookkeeping: which URLs are on site, claimed, articles, worth a request.

`Frontier` owns the per-run sets (article URLs claimed, link-crawl pages seen), the
``max_pages`` budget, the sitemap-lastmod check against the state, and turning a listing
page's links into article URLs and next pages. `NewsSpider` wires it to Scrapy callbacks.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urldefrag, urlsplit

import orjson
from scrapy import Request
from scrapy.http import Response, TextResponse
from scrapy.linkextractors import IGNORED_EXTENSIONS
from scrapy.utils.gz import gunzip
from scrapy.utils.url import url_has_any_extension

from newsscraper.crawlstate import ARTICLE, LASTMOD, CrawlState
from newsscraper.spiders import discovery as find
from newsscraper.spiders.target import Target, not_newer

__all__ = ["LINK_DEPTH", "Frontier"]

logger = logging.getLogger("newsscraper.spiders.news")

#: How far the last-resort link crawl goes from the home page.
LINK_DEPTH = 3
_DEPTH = "newsscraper_depth"
_ASSETS = {f".{ext}" for ext in IGNORED_EXTENSIONS}
_PAGE_PARAM = re.compile(r"([?&])page=\d+")
Callback = Callable[[Response], Any]


class Frontier:
    """What this run has claimed and may still request, for one `Target`."""

    def __init__(self, target: Target, *, max_pages: int | None = None) -> None:
        self.target = target
        self.max_pages = max_pages
        self.stats: Any = None  # the crawler's stats, set by the spider
        self.requested = 0
        #: Article URLs named by sitemaps, feeds and listings (not the home page).
        self.listed = 0
        self._claimed: set[str] = set()
        self._pages: set[str] = set()
        self._home_links: list[str] = []
        #: The home page's menu links that are no article: its section fronts (`sections`).
        self._menu_links: list[str] = []
        self._api_root: str | None = None
        self._capped = False
        #: Meta of article requests made without a sitemap date (listings, feeds), by URL.
        self._undated: dict[str, dict[str, Any]] = {}
        #: Known articles named without a date (a news sitemap's or a feed's entry, a
        #: listing's link), held until the crawl is otherwise done: URL → [callback,
        #: priority, the lastmod a sitemap gave it since].
        self._known_undated: dict[str, list[Any]] = {}
        #: Sitemaps asked for and not yet answered, by URL (the spider keeps them): known
        #: articles named undated meanwhile are held (`article`).
        self.sitemaps_pending: set[str] = set()
        # Asked once per sitemap entry and link: the target's parts are computed once.
        self._host, self._port = target.host, urlsplit(target.base).port
        self._domains = target.allowed_domains

    def on_site(self, url: str) -> bool:
        """An http(s) URL on the target's hosts (and its port, when the target names one)."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return False
        host = parts.hostname or ""
        if host == self._host:
            try:
                same_port = parts.port == self._port
            except ValueError:  # a port out of range
                return False
            return same_port and (parts.path or "/").startswith(self.target.scope)
        return any(host.endswith("." + d) or host == d for d in self._domains)

    def claim(self, url: str) -> bool:
        """True the first time this run meets `url` (fragment ignored)."""
        url = urldefrag(url)[0]
        if url in self._claimed:
            return False
        self._claimed.add(url)
        return True

    def article(self, url: str, source: str, state: CrawlState, *, lastmod: str | None = None,
                callback: Callback | None = None, priority: int = 0) -> Request | None:
        """A request for an article URL, or None: off site, seen, unchanged, over budget."""
        url = find.without_tracking(urldefrag(url)[0])
        if not self.wanted(url, source):
            return None
        if source != "home":
            self.listed += 1
        if not self.claim(url):
            self._stamp(url, lastmod, state)
            return None
        entry = state.get(url)
        if entry is not None and state.done_before(entry):
            self._count("newsscraper/done_before")  # by the interrupted crawl now resumed
            return None
        if entry is not None and not_newer(lastmod, entry.sitemap_lastmod):
            self._count("newsscraper/unchanged_lastmod")
            return None
        if entry is not None and lastmod is None and self.sitemaps_pending:
            # Held: a sitemap still to come may date it unchanged (`_stamp`), where a news
            # sitemap or a feed read before the sitemap index would have it fetched again.
            self._known_undated[url] = [callback, priority, None]
            return None
        return self._request(url, lastmod, callback, priority)

    def _request(self, url: str, lastmod: str | None, callback: Callback | None,
                 priority: int) -> Request | None:
        if self.max_pages is not None and self.requested >= self.max_pages:
            if not self._capped:
                self._capped = True
                logger.info("reached max_pages=%d: no further article requests", self.max_pages)
            return None
        self.requested += 1
        request = Request(url, callback, meta={ARTICLE: True, LASTMOD: lastmod},
                          priority=priority)
        if lastmod is None:
            self._undated[url] = request.meta
        return request

    def wanted(self, url: str, source: str) -> bool:
        """Whether a URL named by `source` may be an article of this site at all."""
        if not url or not self.on_site(url):
            return False
        # Sitemaps list sections, tags and authors too (WordPress does).
        return source != "sitemap" or self._may_be_article(url)

    def _stamp(self, url: str, lastmod: str | None, state: CrawlState) -> None:
        """A sitemap dates a URL a listing claimed first: its request carries the date to the
        state, so the next run can trust the sitemap for it (documents.py); or, the page
        fetched already, the state takes the date (`CrawlState.date_late`)."""
        if lastmod is not None and url in self._undated:
            self._undated.pop(url)[LASTMOD] = lastmod
            state.date_late(url, lastmod)
        if lastmod is not None and url in self._known_undated:
            self._known_undated[url][2] = lastmod

    def release_known_undated(self, state: CrawlState) -> list[Request]:
        """The held known articles (`article`) that no sitemap has dated unchanged since
        their last fetch: requested now, the sitemaps being read (or the crawl done)."""
        held, self._known_undated = self._known_undated, {}
        out = []
        for url, (callback, priority, lastmod) in held.items():
            entry = state.get(url)
            if entry is not None and not_newer(lastmod, entry.sitemap_lastmod):
                self._count("newsscraper/unchanged_lastmod")
                continue
            if (request := self._request(url, lastmod, callback, priority)) is not None:
                out.append(request)
        return out

    def _may_be_article(self, url: str) -> bool:
        """Not ruled out: by the profile's article_url, else by a non-article path."""
        profile = self.target.profile
        verdict = profile.is_article_url(url) if profile is not None else None
        if verdict is None:
            return not find.non_article_path(url, self.target.scope)
        return verdict

    def is_article_link(self, url: str) -> bool:
        profile = self.target.profile
        verdict = profile.is_article_url(url) if profile is not None else None
        return find.article_shaped(url, self.target.scope) if verdict is None else verdict

    def article_links(self, response: TextResponse) -> list[str]:
        """The page's links that point at articles on this site, absolute, in page order."""
        absolute = (find.without_tracking(urldefrag(response.urljoin(h))[0])
                    for h in find.links(response.selector))
        found = dict.fromkeys(u for u in absolute if self.on_site(u) and self.is_article_link(u))
        return find.without_amp_twins(list(found))

    def next_pages(self, response: TextResponse) -> list[str]:
        """The listing's next page (`find.next_pages`), and on an Arc XP page the next offset
        page of each paged content source its Fusion state caches (`find.fusion_pages`)."""
        return (find.next_pages(response.selector, response.url)
                + find.fusion_pages(response.body))

    def xml_body(self, response: Response, settings: Any) -> bytes:
        """A sitemap's or feed's bytes, gunzipped (within DOWNLOAD_MAXSIZE) when gzip."""
        body = response.body
        if body[:2] != b"\x1f\x8b":
            return body
        try:
            return gunzip(body, max_size=settings.getint("DOWNLOAD_MAXSIZE"))
        except Exception as exc:  # too large, truncated or corrupt: one warning, no entries
            logger.warning("%s: cannot gunzip (%s)", response.url, exc)
            return b""

    @staticmethod
    def is_json(response: Response) -> bool:
        kind = response.headers.get(b"Content-Type") or b""
        return b"json" in kind.lower() or response.body.lstrip()[:1] in (b"{", b"[")

    def json_listing(self, response: Response) -> find.JsonFound:
        """Article URLs and next pages of a "load more" or REST answer, absolute."""
        try:
            data = orjson.loads(response.body)
        except orjson.JSONDecodeError:
            logger.warning("%s: not valid JSON", response.url)
            return find.JsonFound()
        found = find.json_links(data)
        html = [response.urljoin(u) for u in found.html_links]
        items = [response.urljoin(u) for u in found.items]
        items += [u for u in html if self.on_site(u) and self.is_article_link(u)]
        return find.JsonFound(items, [], found.pages + _wp_next_page(response))

    def fusion_listing(self, response: Response) -> tuple[list[str], str | None] | None:
        """An answer of Arc XP's Fusion content API (the "Load more" of `find.fusion_pages`):
        its stories' addresses (ANS ``canonical_url``, else article-shaped links), absolute,
        and its next offset page (None at the end); None when it is no such answer."""
        if find.FUSION_FETCH not in response.url:
            return None
        try:
            data = orjson.loads(response.body)
        except orjson.JSONDecodeError:
            return None
        found = find.json_links(data, keys=find.STORY_KEYS).items
        if not found:
            found = [u for u in find.json_links(data).items
                     if self.is_article_link(response.urljoin(u))]
        absolute = (find.without_tracking(urldefrag(response.urljoin(u))[0]) for u in found)
        items = list(dict.fromkeys(u for u in absolute if self.on_site(u)))
        return items, find.fusion_next(response.url, data)

    def remember_home(self, response: TextResponse) -> None:
        """Keep the home page's in-site links and REST root for the last resort."""
        self._api_root = find.wp_api_root(response.selector)
        absolute = (find.without_tracking(urldefrag(response.urljoin(h))[0])
                    for h in find.links(response.selector))
        self._home_links = list(dict.fromkeys(u for u in absolute if self._crawlable(u)))
        menu = (find.without_tracking(urldefrag(response.urljoin(h))[0])
                for h in find.menu_links(response.selector))
        self._menu_links = list(dict.fromkeys(
            u for u in menu if self._crawlable(u) and u.rstrip("/") != response.url.rstrip("/")
            and not self.is_article_link(u)))

    def sections(self, listing: Callback) -> Iterator[Request]:
        """The home page's menu sections walked as listings (the spider asks when no sitemap
        lists a single article: the home page and the feeds name the newest alone)."""
        for url in self._menu_links:
            if url not in self._pages and url not in self._claimed:
                self._pages.add(url)
                yield Request(url, listing, priority=-10)

    def last_resort(self, page: Callback, listing: Callback) -> Iterator[Request]:
        """Requests for the link crawl: the home page's links, and WordPress's post list."""
        if self._api_root and self.on_site(self._api_root):
            api = self._api_root.rstrip("/") + "/wp/v2/posts?per_page=100&_fields=link"
            yield Request(api, listing, priority=10)
        for url in self._home_links:
            if url not in self._pages and url not in self._claimed:
                self._pages.add(url)
                yield Request(url, page, meta={_DEPTH: 1}, priority=-10)

    def deeper(self, response: TextResponse, page: Callback) -> Iterator[Request]:
        """In-site links of a link-crawl page, one level deeper, up to LINK_DEPTH."""
        depth = int(response.meta.get(_DEPTH, LINK_DEPTH))
        if depth >= LINK_DEPTH:
            return
        for href in find.links(response.selector):
            url = urldefrag(response.urljoin(href))[0]
            if self._crawlable(url) and url not in self._pages and url not in self._claimed:
                self._pages.add(url)
                yield Request(url, page, meta={_DEPTH: depth + 1})

    def _crawlable(self, url: str) -> bool:
        return self.on_site(url) and not url_has_any_extension(url, _ASSETS)

    def _count(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(key)


def _wp_next_page(response: Response) -> list[str]:
    """WordPress REST pages its lists with ``X-WP-TotalPages``; ask for the next one."""
    total = response.headers.get(b"X-WP-TotalPages")
    if not total or not total.isdigit():
        return []
    current = find.page_number(response.url)
    if current >= int(total):
        return []
    url = response.url
    if _PAGE_PARAM.search(url):
        return [_PAGE_PARAM.sub(rf"\g<1>page={current + 1}", url, count=1)]
    return [f"{url}{'&' if '?' in url else '?'}page={current + 1}"]
