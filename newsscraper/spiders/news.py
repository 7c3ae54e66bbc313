"""NewsSpider: finds a site's articles and hands each page to `extract`. Discovery only.

    scrapy crawl news -a site=NAME                    # a site profile (see `newsscraper sites`)
    scrapy crawl news -a url=https://example.in/      # any site: generic extraction
    scrapy crawl news -a site=NAME -a base_url=http://127.0.0.1:8080/   # a profile elsewhere
    optional: -a max_pages=N (article pages to fetch), -a since=2024-12-01 (older ones skipped)

Where article URLs come from, all at once (the scheduler orders them by priority):

1. robots.txt ``Sitemap:`` lines (read by RobotsPolicyMiddleware, sent here as a signal), or
   ``/sitemap.xml`` when there are none, then ``/wp-sitemap.xml`` and ``/sitemap_index.xml``
   should the one before be missing; on an Arc XP site (its home page a Fusion page), Arc's
   ``/arc/outboundfeeds/sitemap-index/?outputType=xml`` too, named or not; sitemap indexes
   recursively, gzip or not; urlsets with ``<lastmod>`` and Google News dates;
2. RSS/Atom feeds the profile names or the home page links;
3. the home page and the profile's listings, following the next page (``rel="next"``,
   ``/page/N/``, ``?page=N``) and "Load more" URLs (``data-url`` and kin, JSON or HTML), and
   on an Arc XP page the next offset page of Fusion's content API for each paged query its
   ``Fusion.contentCache`` holds (``find.fusion_pages``; the button has no URL); when no
   sitemap lists an article and the home page names no next page, its menu's (``<nav>``)
   section fronts too, walked the same way once all else is done;
4. last resort, when none of that listed a single article: in-site links from the home page
   (a few levels deep) and the WordPress REST API when the site advertises one.

A listing page is never extracted; an article page (the profile's ``article_url``, else a
sitemap or feed entry, an article-shaped URL, or ``og:type=article``) goes to `extract`, whose
`Skip` is logged and counted as ``newsscraper/skip/<reason>``. This is the one place that reads
the clock: each response is stamped ``fetched_at`` (to the second) on arrival.

Incremental runs: a sitemap entry whose ``<lastmod>`` is no newer than the one recorded when the
URL was last fetched is not requested; known articles, and the pages a run found to be no
article (a web story, a tag page under an article-shaped address: `_remember_skip`), are
requested conditionally
(`crawlstate.ConditionalRequestMiddleware`), and so are the sitemaps and feeds whose every entry
the last completed run settled (`spiders.documents`): a 304 for one means nothing to read. Such
a sitemap that an index dates (to the minute) no later than the copy read is not requested.
A listing walk ends at a page of known articles; on a site whose sitemaps list fewer than half
the articles the state knows (none, or a news sitemap alone, whose entries never count) the
walks so ended are taken up again, to their end, when all else is done (`_rewalk`).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import UTC, datetime
from typing import Any, NoReturn
from urllib.parse import urldefrag, urljoin

from scrapy import Request, Spider, signals
from scrapy.exceptions import DontCloseSpider, IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from newsscraper.archive import page_fetched
from newsscraper.crawlstate import (
    DOCUMENT,
    LASTMOD,
    SKIPPED,
    CrawlState,
    crawl_state,
    lasting_skip,
)
from newsscraper.items import Article, Skip
from newsscraper.middlewares import robots_fetched
from newsscraper.spiders import discovery as find
from newsscraper.spiders.documents import DocumentLedger
from newsscraper.spiders.pages import Frontier
from newsscraper.spiders.target import (
    apply_site_politeness,
    not_newer,
    parse_since,
    parse_when,
    resolve_target,
)

__all__ = ["NewsSpider"]

logger = logging.getLogger(__name__)

# Scheduler priorities: sitemaps first (their lastmods let known URLs be skipped), then the
# pages that list articles, then articles, then the last-resort link crawl.
SITEMAP, HOME, FEED, LISTING, ARTICLE_PAGE, LINKS = 30, 20, 15, 10, 0, -10
#: Where CMSs serve their sitemap index, tried in turn when robots.txt names no sitemap and
#: /sitemap.xml is missing (a server or plugin that drops WordPress's redirect from it):
#: WordPress core (5.5+), then Yoast SEO and Rank Math.
_SITEMAP_GUESSES = ("wp-sitemap.xml", "sitemap_index.xml")
_GUESS = "newsscraper_sitemap_guess"
#: An Arc XP home page (Fusion's state script) and where Arc serves the sitemap index: its
#: robots.txt may name none, or only the news sitemap of the last days.
_ARC_FUSION = b"Fusion.arcSite="
_ARC_SITEMAP_INDEX = "/arc/outboundfeeds/sitemap-index/?outputType=xml"
#: A listing walked to its end, known articles or not (`_rewalk`).
_WALK_ALL = "newsscraper_walk_all"
#: The stories of the content API answer that asked for this offset page (`_fusion`).
_FUSION_SEEN = "newsscraper_fusion_seen"
_ABSOLUTE = ("http://", "https://")


class NewsSpider(Spider):
    """One spider for every site: `site=NAME` or `url=URL` (module docstring)."""

    name = "news"

    def __init__(
        self,
        site: str | None = None,
        url: str | None = None,
        base_url: str | None = None,
        max_pages: str | int | None = None,
        since: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.target = resolve_target(site, url, base_url)
        self.allowed_domains = list(self.target.allowed_domains)
        self.since = parse_since(since)
        self.frontier = Frontier(self.target, max_pages=int(max_pages) if max_pages else None)
        self._records: set[str] = set()  # URLs and canonical URLs emitted this run
        self.documents = DocumentLedger()
        self._last_resort_done = False
        #: Article entries the sitemaps read this run list, and whether one went unread (a
        #: 304, or not asked for as settled since its index's date: its entries are as they
        #: were): how far the sitemaps date the site.
        self._sitemap_entries = 0
        self._sitemap_unread = False
        #: Every sitemap entry read this run, a news sitemap's too; and whether the home page's
        #: menu sections were walked for want of any (`_idle`).
        self._sitemap_any = 0
        self._sections_done = False
        #: Whether the home page names a next page (a pager, "Load more"): its walk lists the
        #: archive, and the menu's sections need no walk.
        self._home_paged = False
        #: Next pages of listing walks that stopped at a page of known articles.
        self._stopped: list[str] = []
        self._rewalked = False

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> NewsSpider:
        spider: NewsSpider = super().from_crawler(crawler, *args, **kwargs)
        apply_site_politeness(spider.target, crawler.settings)
        crawler.signals.connect(spider._robots_fetched, signal=robots_fetched)
        crawler.signals.connect(spider._idle, signal=signals.spider_idle)
        return spider

    @property
    def state(self) -> CrawlState:
        return crawl_state(self.crawler)

    def on_site(self, url: str) -> bool:
        """Whether `url` belongs to the crawled site (SameSiteMiddleware asks, for redirects)."""
        return self.frontier.on_site(url)

    # --- start ------------------------------------------------------------------------------

    async def start(self) -> AsyncIterator[Any]:
        self.frontier.stats = self.crawler.stats  # exists only once the crawl has started
        # Or resume the crawl a killed or stopped run left (crawlstate.py).
        self.state.begin(datetime.now(UTC),
                         max_age=self.settings.getfloat("NEWSSCRAPER_RESUME_MAX_AGE", 86400.0))
        target, profile = self.target, self.target.profile
        logger.info("crawling %s (%s)", target.base,
                    f"site profile {profile.name}" if profile else "generic extraction")
        if not self.settings.getbool("ROBOTSTXT_OBEY"):
            # Nobody else reads robots.txt then; still take its Sitemap: lines.
            yield Request(target.robots_url, self.parse_robots, priority=SITEMAP)
        yield Request(target.base, self.parse_home, priority=HOME)
        discovery = profile.discovery if profile else None
        for ref in discovery.sitemaps if discovery else ():
            yield self._sitemap(target.url(ref))
        for ref in discovery.feeds if discovery else ():
            yield _document(target.url(ref), self.parse_feed, FEED)
        for ref in (*discovery.listings, *discovery.start_urls) if discovery else ():
            yield Request(target.url(ref), self.parse_listing, priority=LISTING)

    # --- robots.txt and sitemaps ------------------------------------------------------------

    def _robots_fetched(self, netloc: str, body: bytes, **kwargs: Any) -> None:
        if netloc != self.target.netloc:
            return
        for request in self._sitemaps_from_robots(body):
            self.crawler.engine.crawl(request)

    def parse_robots(self, response: Response) -> Iterator[Request]:
        yield from self._sitemaps_from_robots(response.body)

    def _sitemaps_from_robots(self, body: bytes) -> Iterator[Request]:
        # One robots.txt may serve several sites (folders on one host): keep this site's.
        listed = [u for u in find.robots_sitemaps(body, self.target.robots_url)
                  if self.frontier.on_site(u)]
        declared = self.target.profile.discovery.sitemaps if self.target.profile else ()
        if not listed and not declared:
            yield self._guessed_sitemap(0)
        for url in listed:
            yield self._sitemap(url)

    def _sitemap(self, url: str) -> Request:
        request = Request(url, self.parse_sitemap, errback=self._sitemap_failed,
                          priority=SITEMAP, meta={DOCUMENT: True})
        self.frontier.sitemaps_pending.add(request.url)
        return request

    def _settled_since(self, url: str, lastmod: str | None) -> bool:
        """Does the state hold a child sitemap as settled (every entry fetched, validators
        kept: `spiders.documents`) from a copy served after the index's `<lastmod>` for it?
        Then nothing in it changed since, and not even a conditional request is needed: an
        Arc XP site's index names one sitemap a day, each unchanged once its day is over.
        A day alone ("2024-12-17") says too little: the copy read that morning is older
        than the evening's entries."""
        if not lastmod or "T" not in lastmod:
            return False
        kept = self.state.document(url)
        return kept is not None and not_newer(lastmod, kept.last_modified)

    def _sitemap_done(self, request: Request | None) -> list[Request]:
        """A sitemap answered (or failed): once none is pending, the known articles held
        meanwhile. (A request the scheduler dropped as a duplicate has its URL's answer.)"""
        if request is not None:
            self.frontier.sitemaps_pending.discard(
                request.meta.get("redirect_urls", [request.url])[0])
        if self.frontier.sitemaps_pending:
            return []
        return self.frontier.release_known_undated(self.state)

    def _sitemap_failed(self, failure: Failure) -> list[Request]:
        """A conditional request for a settled sitemap ended without a response: its 304."""
        request = getattr(failure, "request", None)
        if isinstance(failure.value, IgnoreRequest) and request is not None and (
                b"If-None-Match" in request.headers or b"If-Modified-Since" in request.headers):
            self._sitemap_unread = True
        return self._sitemap_done(request)

    def _guessed_sitemap(self, n: int) -> Request:
        """The n-th place a sitemap may be when robots.txt names none: /sitemap.xml, then
        where CMSs keep their index (`_SITEMAP_GUESSES`) should the one before be missing."""
        url = (self.target.sitemap_url if n == 0 else
               urljoin(self.target.base, self.target.scope + _SITEMAP_GUESSES[n - 1]))
        request = Request(url, self.parse_sitemap, errback=self._sitemap_missing,
                          priority=SITEMAP, meta={DOCUMENT: True, _GUESS: n})
        self.frontier.sitemaps_pending.add(request.url)
        return request

    def _next_guess(self, request: Request | None) -> Iterator[Request]:
        n = None if request is None else request.meta.get(_GUESS)
        if n is not None and n < len(_SITEMAP_GUESSES):
            yield self._guessed_sitemap(n + 1)

    def _sitemap_missing(self, failure: Failure) -> Iterator[Request]:
        """A guessed sitemap answered 4xx (not a 304, not robots.txt): try the next place."""
        error = failure.value
        if isinstance(error, HttpError) and 400 <= error.response.status < 500:
            yield from self._next_guess(getattr(failure, "request", None))
        yield from self._sitemap_failed(failure)

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        self._stamp(response)
        kind, entries = find.parse_sitemap(self.frontier.xml_body(response, self.settings))
        if kind == "sitemapindex":
            for entry in entries:
                if self._recent(entry.lastmod) and find.lists_articles(entry.url):
                    url = response.urljoin(entry.url)
                    if self._settled_since(url, entry.lastmod):
                        # Unread as a 304 is: it dates what it did last time (`_rewalk`).
                        self.crawler.stats.inc_value("newsscraper/unchanged_sitemap")
                        self._sitemap_unread = True
                        continue
                    yield self._sitemap(url)
        elif kind == "urlset":
            # A Google News sitemap's entries (`news:publication_date`) are the last two days'
            # stories alone: they date no archive, however few articles the state holds yet.
            self._sitemap_entries += sum(entry.published is None for entry in entries)
            self._sitemap_any += len(entries)
            self.documents.read(response, _dated(response, entries), "sitemap")
            yield from self._articles(response, entries, "sitemap")
        else:
            logger.warning("%s is not a sitemap", response.url)
            yield from self._next_guess(response.request)
        yield from self._sitemap_done(response.request)

    def parse_feed(self, response: Response) -> Iterator[Request]:
        self._stamp(response)
        entries = find.parse_feed(self.frontier.xml_body(response, self.settings))
        if entries is None:
            logger.warning("%s is not an RSS or Atom feed", response.url)
            return
        self.documents.read(response, _dated(response, entries), "feed")
        yield from self._articles(response, entries, "feed")

    def _articles(self, response: Response, entries: Iterable[find.Entry], source: str
                  ) -> Iterator[Request]:
        for entry in entries:
            if not self._recent(entry.lastmod or entry.published):  # updated counts as new
                self._count("before since")
                continue
            request = self.frontier.article(_absolute(response, entry.url), source, self.state,
                                            lastmod=entry.lastmod,
                                            callback=self.parse_article,
                                            priority=ARTICLE_PAGE)
            if request is not None:
                yield request

    # --- listings ---------------------------------------------------------------------------

    def parse_home(self, response: Response) -> Iterator[Request]:
        self._stamp(response)
        if not isinstance(response, TextResponse):
            return
        for href in find.feed_urls(response.selector):
            if self.frontier.on_site(response.urljoin(href)):
                yield _document(response.urljoin(href), self.parse_feed, FEED)
        if _ARC_FUSION in response.body:
            # Requested once: the scheduler drops it when robots.txt named it already.
            index = response.urljoin(_ARC_SITEMAP_INDEX)
            if self.frontier.on_site(index):
                yield self._sitemap(index)
        self.frontier.remember_home(response)
        self._home_paged = bool(self.frontier.next_pages(response))
        yield from self._listing(response, "home")

    def parse_listing(self, response: Response) -> Iterator[Request]:
        self._stamp(response)
        if self.frontier.is_json(response) and (
                fusion := self.frontier.fusion_listing(response)) is not None:
            yield from self._fusion(response, *fusion)
        elif self.frontier.is_json(response):
            found = self.frontier.json_listing(response)
            yield from self._articles(response, (find.Entry(u) for u in found.items), "feed")
            yield from self._follow(response, found.pages)
        elif isinstance(response, TextResponse):
            yield from self._listing(response, "listing")

    def _listing(self, response: TextResponse, source: str) -> Iterator[Request]:
        urls = self.frontier.article_links(response)
        for url in urls:
            request = self.frontier.article(url, source, self.state,
                                            callback=self.parse_article,
                                            priority=ARTICLE_PAGE)
            if request is not None:
                yield request
        # Listings run newest first: a page whose articles are all known from earlier runs
        # ends the walk (on a re-run, usually after page one). A first run follows them all.
        if (response.meta.get(_WALK_ALL) or not urls
                or any(self.state.get(url) is None for url in urls)):
            yield from self._follow(response, self.frontier.next_pages(response))
        else:
            self._stopped += (response.urljoin(u) for u in self.frontier.next_pages(response))

    def _fusion(self, response: Response, items: list[str], after: str | None
                ) -> Iterator[Request]:
        """An offset page of Arc XP's content API: its stories, then the next offset while
        the walk rules of `_listing` say so. An answer that names no story of this site, or
        repeats the one before (an API that ignores the offset), ends the walk."""
        yield from self._articles(response, (find.Entry(u) for u in items), "feed")
        seen = hash(tuple(items))
        if after is None or not items or response.meta.get(_FUSION_SEEN) == seen:
            return
        if response.meta.get(_WALK_ALL) or any(self.state.get(url) is None for url in items):
            for request in self._follow(response, [after]):
                request.meta[_FUSION_SEEN] = seen
                yield request
        else:
            self._stopped.append(response.urljoin(after))

    def _follow(self, response: Response, urls: Iterable[str]) -> Iterator[Request]:
        meta = {_WALK_ALL: True} if response.meta.get(_WALK_ALL) else None
        for url in urls:
            absolute = response.urljoin(url)
            if self.frontier.on_site(absolute):
                yield Request(absolute, self.parse_listing, priority=LISTING, meta=meta)

    def _rewalk(self) -> list[Request]:
        """The stopped listing walks, to their end, when no sitemap dates most of the site's
        articles (none at all, or a news sitemap of the last days alone): its listings run
        by publication, so nothing else can show that an older article was updated since the
        last run. Each article they list is asked for again (conditionally: a 304 when
        unchanged). A settled sitemap that answered 304 dates what it did last time."""
        if self._rewalked or not self._stopped or self._sitemap_unread:
            return []
        if self._sitemap_entries >= len(self.state) // 2:
            return []
        self._rewalked = True
        return [Request(url, self.parse_listing, priority=LISTING, meta={_WALK_ALL: True})
                for url in dict.fromkeys(self._stopped) if self.frontier.on_site(url)]

    # --- last resort: in-site links -----------------------------------------------------------

    def _keep_open_for(self, requests: list[Request]) -> NoReturn:
        """Schedule `requests` from the idle signal, and keep the spider open for them."""
        for request in requests:
            self.crawler.engine.crawl(request)
        raise DontCloseSpider

    def _idle(self, **kwargs: Any) -> None:
        """Nothing left to do: the last resort if nothing listed an article, else the end."""
        if not self._last_resort_done and not self.frontier.listed:
            self._last_resort_done = True
            requests = list(self.frontier.last_resort(self.parse_page, self.parse_listing))
            if requests:
                logger.info("no sitemap, feed or listing named an article: following in-site "
                            "links from the home page (%d)", len(requests))
                self._keep_open_for(requests)
        if not (self._sections_done or self._sitemap_any or self._sitemap_unread
                or self._home_paged):
            # No sitemap, and a home page with no pager: it and the feeds name the newest
            # stories alone; the menu's section fronts and their pagers list the rest.
            self._sections_done = True
            requests = list(self.frontier.sections(self.parse_listing))
            if requests:
                logger.info("no sitemap: walking the home page's menu sections (%d)",
                            len(requests))
                self._keep_open_for(requests)
        requests = self.frontier.release_known_undated(self.state)
        if requests:
            self._keep_open_for(requests)
        requests = self._rewalk()
        if requests:
            logger.info("no sitemap: walking the listings to their end for updated articles "
                        "(%d)", len(requests))
            self._keep_open_for(requests)
        self._settle_documents()
        self.state.complete()

    def _settle_documents(self) -> None:
        """The crawl ends normally: sitemaps and feeds whose entries are all settled may be
        fetched conditionally next time (spiders/documents.py)."""
        read = len(self.documents)
        kept = self.documents.settle(self.state, self.frontier.wanted)
        if read:
            logger.info("%d of %d sitemaps and feeds read in full are settled: the next run "
                        "asks for them conditionally", kept, read)

    def parse_page(self, response: Response) -> Iterator[Any]:
        """A page met by following links: an article if it says so, else more links."""
        if not isinstance(response, TextResponse):
            return
        if find.declares_article(response.selector) and self.frontier.claim(response.url):
            yield from self.parse_article(response)
            return
        self._stamp(response)
        yield from self._listing(response, "listing")
        for request in self.frontier.deeper(response, self.parse_page):
            yield request.replace(priority=LINKS)

    # --- articles ---------------------------------------------------------------------------

    def parse_article(self, response: Response) -> Iterator[Article]:
        fetched_at = self._stamp(response)
        if not isinstance(response, TextResponse):
            self._skip("not HTML", response.url)
            return
        # Imported on first use: a re-run that finds nothing new never loads the extractor
        # (35 ms of a 0.37 s re-run).
        from newsscraper.extract import extract

        result = extract(response, fetched_at=fetched_at, profile=self.target.profile)
        if isinstance(result, Skip):
            self._skip(result.reason, response.url)
            self._remember_skip(response, result.reason, fetched_at)
            return
        keys = {result.url, self._canonical(result)}
        if keys & self._records:
            self._skip("duplicate", response.url)  # one article reached by several URLs
            return
        self._records |= keys
        if not self._recent(result.modified_at or result.published_at):
            self._skip("before since", response.url)
            return
        self.state.note(
            result.url, etag=_header(response, b"ETag"),
            last_modified=_header(response, b"Last-Modified"), status=response.status,
            sitemap_lastmod=response.meta.get(LASTMOD), fetched_at=result.fetched_at,
        )
        yield result

    def _remember_skip(self, response: Response, reason: str, fetched_at: datetime) -> None:
        """Keep a skipped page in the state: the next run asks for it conditionally, and a
        304 spares its download and extraction. Its sitemap `<lastmod>` is kept only for a
        page that is no article by its kind (`crawlstate.lasting_skip`), so only then does an
        unchanged one spare the request too. A URL that once gave a record keeps its entry:
        its version counts on from there."""
        entry = self.state.get(response.url)
        if entry is not None and entry.version > 0:
            return
        self.state.commit(
            response.url, content_hash=SKIPPED + reason, version=0,
            etag=_header(response, b"ETag"), last_modified=_header(response, b"Last-Modified"),
            status=response.status,
            sitemap_lastmod=response.meta.get(LASTMOD) if lasting_skip(reason) else None,
            fetched_at=fetched_at.isoformat(),
        )

    # --- helpers ----------------------------------------------------------------------------

    def _canonical(self, article: Article) -> str:
        """The canonical URL when it looks like an article's, else the URL: some sites point
        every page's canonical at their home page, which identifies nothing."""
        canonical = article.canonical_url
        if canonical and self.frontier.is_article_link(canonical):
            return canonical
        return article.url

    def _stamp(self, response: Response) -> datetime:
        """Now, to the second (the record's precision), sent to the archive with the page."""
        fetched_at = datetime.now(UTC).replace(microsecond=0)
        self.crawler.signals.send_catch_log(page_fetched, response=response,
                                            fetched_at=fetched_at)
        return fetched_at

    def _recent(self, when: str | None) -> bool:
        if self.since is None or not when:
            return True
        parsed = parse_when(when)
        return parsed is None or parsed >= self.since

    def _skip(self, reason: str, url: str) -> None:
        self._count(reason)
        logger.info("skipped %s: %s", url, reason)

    def _count(self, reason: str) -> None:
        self.crawler.stats.inc_value(f"newsscraper/skip/{reason}")


def _document(url: str, callback: Any, priority: int) -> Request:
    """A sitemap or feed request: conditional when the state keeps the document's validators."""
    return Request(url, callback, priority=priority, meta={DOCUMENT: True})


def _absolute(response: Response, url: str) -> str:
    """Sitemaps must list absolute URLs (sitemaps.org): no urljoin for those, thousands a run."""
    if url.startswith(_ABSOLUTE) or not url:
        return url
    return response.urljoin(url)


def _dated(response: Response, entries: Iterable[find.Entry]) -> list[tuple[str, str | None]]:
    """A document's entries as the frontier sees them (absolute, no fragment) with their date."""
    return [(urldefrag(_absolute(response, e.url))[0], e.lastmod) for e in entries]


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None

