"""The bundled sample news site for `newsscraper demo`, the crawl tests and the benchmarks.

Two sites, deterministic (seeded) and generated in memory, served on 127.0.0.1:

- **portal** (`/portal/`): an Indian WordPress portal's AMP pages in the "AMP for WP" Swift
  markup of the seed fixture, carrying IANS copy; RSS feed, Yoast-style sitemaps.
- **wire** (`/wire/`): an agency-style site carrying PTI copy, with JSON-LD, an Atom feed,
  and listings whose older stories come from a "Load more" JSON endpoint.
- **wpportal** (only when named, `sites=("wpportal",)`): an ordinary WordPress news theme
  (GeneratePress-style `article.post`/`.entry-content` markup, Yoast SEO head on two posts in
  three, Jetpack share box, author bio, comments) carrying IANS copy; Yoast sitemaps, RSS,
  `/wp-json/wp/v2/posts`.

Revision 2 of the site adds, updates and merely touches (new comment, rotated widget)
articles; `manifest()` says which. Typical use::

    with serve(build_site(articles_per_site=12)) as server:
        crawl(server.url)                 # http://127.0.0.1:PORT
        server.set_revision(2)
        expected = server.manifest()

Modules: `site` (build_site, SitePages, manifest), `server` (serve), `hooks` (Fault,
RequestLog), `plan` (what each revision holds), `writer`/`topics`/`stories_*`/`words` (the
copy), `portal`/`wire`/`wpportal` (+ `wpportal_pages`) and `routes_*` (the layouts and their
URLs), `feeds` (robots, sitemaps, RSS, Atom), `templates/` (the static HTML the layouts are
built on).
"""

from __future__ import annotations

from newsscraper.testsite.hooks import Fault, LoggedRequest, RequestLog
from newsscraper.testsite.model import ArticleInfo, Page
from newsscraper.testsite.server import TestSiteServer, serve
from newsscraper.testsite.site import SitePages, build_site, manifest

__all__ = [
    "ArticleInfo",
    "Fault",
    "LoggedRequest",
    "Page",
    "RequestLog",
    "SitePages",
    "TestSiteServer",
    "build_site",
    "manifest",
    "serve",
]
