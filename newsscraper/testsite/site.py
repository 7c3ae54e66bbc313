"""The test site as a whole: `build_site()` → `SitePages`, a read-only mapping of request
path → `Page`, and `manifest()` → what a crawl of a revision should find.

Two sites share one origin as path prefixes, `/portal/` and `/wire/` (virtual hosts would need
DNS for `*.localhost`, which a crawler on 127.0.0.1 cannot count on). The origin root holds what
crawlers only look for there: `/robots.txt` (both sites' rules and Sitemap lines), `/` (links
to both) and `/sitemap.xml` (a redirect to the portal's sitemap index). Built with one site,
`sites=("portal",)`, that site is served at the root itself, as a real site would be; the
third layout, "wpportal", is built only when named in `sites`.

Pages are rendered when first asked for and the last `cache_size` are kept, so 2 × 10,000
articles cost the route table, not 20,000 rendered pages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import lru_cache, partial

from newsscraper.testsite import routes_portal, routes_wire, routes_wpportal
from newsscraper.testsite.context import LAUNCHED, SiteContext
from newsscraper.testsite.feeds import robots
from newsscraper.testsite.fmt import esc
from newsscraper.testsite.model import (
    DEFAULT_ORIGIN,
    LAYOUTS,
    SITE_NAMES,
    ArticleInfo,
    Page,
    SiteName,
    route_key,
)
from newsscraper.testsite.plan import manifest_rows, site_plan

__all__ = ["SitePages", "build_site", "manifest"]

_ROUTES = {"portal": routes_portal.routes, "wire": routes_wire.routes,
           "wpportal": routes_wpportal.routes}
_DESCRIBE = {"portal": routes_portal.describe, "wire": routes_wire.describe,
             "wpportal": routes_wpportal.describe}
_ROBOTS_RULES = {
    "portal": (("Disallow", "/private/"), ("Disallow", "/wp-admin/"),
               ("Allow", "/wp-admin/admin-ajax.php")),
    "wire": (("Disallow", "/internal/"), ("Disallow", "/newsletter/")),
    "wpportal": (("Disallow", "/wp-admin/"), ("Allow", "/wp-admin/admin-ajax.php")),
}
_SITEMAPS = {"portal": ("/sitemap_index.xml", "/news-sitemap.xml"),
             "wire": ("/sitemaps/index.xml", "/sitemaps/news.xml"),
             "wpportal": ("/sitemap_index.xml",)}
_FEEDS = {"portal": ("application/rss+xml", "/feed/", "India News Portal"),
          "wire": ("application/atom+xml", "/feeds/latest.atom", "The National Wire"),
          "wpportal": ("application/rss+xml", "/feed/", "Desh Videsh Times")}


class SitePages(Mapping[str, Page]):
    """Every page of the test site in one revision, keyed by request path (`route_key`)."""

    def __init__(
        self, revision: int = 1, *, articles_per_site: int = 12, seed: int = 7,
        origin: str = DEFAULT_ORIGIN, sites: Sequence[SiteName] = SITE_NAMES,
        cache_size: int = 256,
    ) -> None:
        self.revision = revision
        self.articles_per_site = articles_per_site
        self.seed = seed
        self.origin = origin.rstrip("/")
        self.sites: tuple[SiteName, ...] = _check_sites(sites)
        self.cache_size = cache_size
        self.prefixes: dict[SiteName, str] = {
            s: "" if len(self.sites) == 1 else f"/{s}" for s in self.sites}
        self._contexts = {s: SiteContext(site_plan(s, articles_per_site, seed), revision,
                                         self.origin + p) for s, p in self.prefixes.items()}
        self._routes: dict[str, Callable[[], Page]] = {}
        #: Route key → absolute target URL, answered with 301 (shortlinks, feed GUIDs).
        self.redirects: dict[str, str] = {}
        for site, ctx in self._contexts.items():
            pages, redirects = _ROUTES[site](ctx, self.prefixes[site])
            self._routes.update(pages)
            self.redirects.update(redirects)
        self._add_root()
        self._render = lru_cache(maxsize=cache_size)(self._build)

    def at(self, revision: int | None = None, *, origin: str | None = None) -> SitePages:
        """The same site in another revision and/or under another origin."""
        return SitePages(
            self.revision if revision is None else revision,
            articles_per_site=self.articles_per_site, seed=self.seed,
            origin=self.origin if origin is None else origin, sites=self.sites,
            cache_size=self.cache_size)

    def base(self, site: SiteName) -> str:
        """The URL `site` is served under (no trailing slash)."""
        return self.origin + self.prefixes[site]

    def manifest(self) -> list[ArticleInfo]:
        """The articles of this revision, newest first per site."""
        return [row for ctx in self._contexts.values()
                for row in manifest_rows(ctx.plan, self.revision, ctx.base)]

    def paragraphs(self, url: str) -> list[str]:
        """The body paragraphs of the article at `url` (a URL or path) as its page prints
        them: what extraction should give. KeyError when it is no article of this revision."""
        key = route_key(url.removeprefix(self.origin))
        for site, ctx in self._contexts.items():
            head = ctx.by_path.get(key.removeprefix(self.prefixes[site]))
            if head is not None and key.startswith(self.prefixes[site]):
                return ctx.body(head)
        raise KeyError(url)

    def __getitem__(self, key: str) -> Page:
        return self._render(route_key(key))

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and route_key(key) in self._routes

    def __iter__(self) -> Iterator[str]:
        return iter(self._routes)

    def __len__(self) -> int:
        return len(self._routes)

    def _build(self, key: str) -> Page:
        return self._routes[key]()

    def _add_root(self) -> None:
        rules = [(verb, self.prefixes[s] + path) for s in self.sites
                 for verb, path in _ROBOTS_RULES[s]]
        maps = [self.base(s) + path for s in self.sites for path in _SITEMAPS[s]]
        text = robots(rules, maps).encode()
        self._routes["/robots.txt"] = partial(Page, text, "text/plain; charset=utf-8", LAUNCHED)
        if len(self.sites) > 1:
            self._routes["/"] = self._root_index
        first = self.sites[0]
        if self.prefixes[first] + _SITEMAPS[first][0] != "/sitemap.xml":
            self.redirects["/sitemap.xml"] = self.base(first) + _SITEMAPS[first][0]

    def _root_index(self) -> Page:
        items = "\n".join(_DESCRIBE[s](ctx) for s, ctx in self._contexts.items())
        alternates = "\n".join(
            f'<link rel="alternate" type="{kind}" title="{esc(title)}" href="{self.base(s)}'
            f'{path}">' for s in self.sites for kind, path, title in [_FEEDS[s]])
        html = (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
                f"<title>newsscraper test site</title>\n{alternates}\n</head>\n<body>\n"
                f"<h1>newsscraper test site</h1>\n<ul>\n{items}\n</ul>\n</body>\n</html>\n")
        changed = max(ctx.now for ctx in self._contexts.values())
        return Page(html.encode(), "text/html; charset=utf-8", changed)


def _check_sites(sites: Sequence[SiteName]) -> tuple[SiteName, ...]:
    chosen = tuple(sites)
    if not chosen or len(set(chosen)) != len(chosen) or not set(chosen) <= set(LAYOUTS):
        raise ValueError(f"sites must be distinct names among {LAYOUTS}, not {sites!r}")
    return chosen


def build_site(
    revision: int = 1, *, articles_per_site: int = 12, seed: int = 7,
    origin: str = DEFAULT_ORIGIN, sites: Sequence[SiteName] = SITE_NAMES,
) -> SitePages:
    """The test site in `revision` (1 or 2): URL path → Page, rendered on first access.

    `serve()` re-bases it on the server's own origin; `origin` matters only for pages read
    without a server.
    """
    return SitePages(revision, articles_per_site=articles_per_site, seed=seed, origin=origin,
                     sites=sites)


def manifest(
    revision: int = 1, *, articles_per_site: int = 12, seed: int = 7,
    origin: str = DEFAULT_ORIGIN, sites: Sequence[SiteName] = SITE_NAMES,
) -> list[ArticleInfo]:
    """What a crawl of `revision` should find: every article with its status against
    revision 1 ("new" | "updated" | "comment-only" | "unchanged"), without rendering pages."""
    chosen = _check_sites(sites)
    rows = []
    for site in chosen:
        base = origin.rstrip("/") + ("" if len(chosen) == 1 else f"/{site}")
        rows += manifest_rows(site_plan(site, articles_per_site, seed), revision, base)
    return rows
