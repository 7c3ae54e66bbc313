"""Every URL of the wpportal (an ordinary WordPress theme) in one revision.

URL layout (under the site's prefix): `/` and `/page/N/`; `/category/<slug>/[page/N/]`;
`/tag/<slug>/[page/N/]`; `/author/ians/[page/N/]`; `/?s=<term>` search results;
`/<category>/<slug>/` posts; `/about/`, `/contact/`, `/privacy-policy/`; `/feed/`;
Yoast's `/sitemap_index.xml` → `/post-sitemap.xml`, `/page-sitemap.xml`,
`/category-sitemap.xml`; `/wp-json/wp/v2/posts` (the REST API's latest posts); `/?p=ID` →
the post (301).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from functools import partial

from newsscraper.testsite import feeds, wpportal, wpportal_pages
from newsscraper.testsite.context import LAUNCHED, SiteContext, newest, pages_of
from newsscraper.testsite.fmt import esc, iso
from newsscraper.testsite.model import Head, Page
from newsscraper.testsite.topics import PORTAL_SECTIONS
from newsscraper.testsite.wpportal_pages import PAGE_SIZE
from newsscraper.testsite.writer import slugify

Routes = dict[str, Callable[[], Page]]
HTML = "text/html; charset=UTF-8"
JSON = "application/json; charset=UTF-8"
FEED_SIZE = 10
#: Terms the header's "Popular searches" links to.
SEARCHES = ("delhi", "sensex", "cricket")
_STATIC = {
    "about": ("About Us", (
        "Desh Videsh Times brings you news from India and abroad, with copy from the "
        "Indo-Asian News Service (IANS) and our own desk.",
        "We are based in New Delhi and publish around the clock.")),
    "contact": ("Contact", (
        'Write to the desk at <a href="mailto:desk@deshvidesh.invalid">'
        "desk@deshvidesh.invalid</a>.",
        "Address: 2nd Floor, Press Enclave, Saket, New Delhi 110017.")),
    "privacy-policy": ("Privacy Policy", (
        "We collect only what is needed to run this website: anonymous statistics and the "
        "details you give us when you comment.",)),
}


def routes(ctx: SiteContext, prefix: str) -> tuple[Routes, dict[str, str]]:
    """The site's pages by route key, and its redirects (route key → target URL)."""
    out: Routes = {}
    _listing(out, ctx, prefix, "/", "Latest News", ctx.heads, "home blog")
    for slug, name in PORTAL_SECTIONS.items():
        heads = ctx.plan.in_section(ctx.revision).get(slug, ())
        _listing(out, ctx, prefix, f"/category/{slug}/", name, heads,
                 f"archive category category-{slug.split('/')[-1]}")
    for slug, heads in ctx.plan.by_tag(ctx.revision).items():
        name = next(t for t in heads[0].tags if slugify(t) == slug)
        _listing(out, ctx, prefix, f"/tag/{slug}/", name, heads, f"archive tag tag-{slug}")
    _listing(out, ctx, prefix, "/author/ians/", "IANS", ctx.heads, "archive author author-ians")
    for term in SEARCHES:
        found = tuple(h for h in ctx.heads if term in f"{h.title} {h.standfirst}".lower())
        _listing(out, ctx, prefix, "/", f"Search Results for: {term}", found,
                 "search search-results", query=f"?s={term}")
    for head in ctx.heads:
        out[prefix + head.path] = partial(_article, ctx, head)
    for n, (slug, (title, paras)) in enumerate(_STATIC.items()):
        out[f"{prefix}/{slug}/"] = partial(_static, ctx, f"/{slug}/", title, paras, 2 + n)
    out[f"{prefix}/feed/"] = partial(_feed, ctx)
    out[f"{prefix}/wp-json/wp/v2/posts"] = partial(_rest_posts, ctx)
    _sitemaps(out, ctx, prefix)
    redirects = {f"{prefix}/?p={h.post_id}": ctx.base + h.path for h in ctx.heads}
    return out, redirects


def _listing(out: Routes, ctx: SiteContext, prefix: str, path: str, title: str,
             heads: Sequence[Head], body_class: str, query: str = "") -> None:
    pages = pages_of(len(heads), PAGE_SIZE)
    for page in range(1, pages + 1):
        key = prefix + (path if page == 1 else f"{path}page/{page}/") + query
        out[key] = partial(_listing_page, ctx, path, title, heads, page, pages, body_class,
                           query)


def _listing_page(ctx: SiteContext, path: str, title: str, heads: Sequence[Head], page: int,
                  pages: int, body_class: str, query: str) -> Page:
    shown = heads[(page - 1) * PAGE_SIZE:page * PAGE_SIZE]
    text = wpportal_pages.listing(
        ctx.base, path=path, title=title, heads=shown, page=page, pages=pages,
        body_class=body_class, trending=_sidebar_trending(ctx), query=query)
    return ctx.page(text, HTML, newest(heads, LAUNCHED))


def _sidebar_trending(ctx: SiteContext) -> Sequence[Head]:
    return ctx.plan.heads(1)[:5]


def _article(ctx: SiteContext, head: Head) -> Page:
    paragraphs = ctx.body(head)
    extra = head.page_changed if head.change == "comment" else None
    main = wpportal.article(ctx.base, head, paragraphs, ctx.related(head, 4),
                            wpportal.comments_for(ctx.base, head, ctx.seed, extra_at=extra))
    words = sum(len(p.split()) for p in paragraphs)
    text = wpportal_pages.frame(
        ctx.base, head=wpportal.head_meta(ctx.base, head, words),
        body_class=f"post-template-default single single-post postid-{head.post_id} "
                   "single-format-standard", main=main, trending=ctx.trending(head))
    return ctx.page(text, HTML, head.last_modified)


def _static(ctx: SiteContext, path: str, title: str, paras: Sequence[str], page_id: int) -> Page:
    text = wpportal_pages.static_page(ctx.base, path=path, title=title, paragraphs=paras,
                                      page_id=page_id, trending=_sidebar_trending(ctx))
    return ctx.page(text, HTML, LAUNCHED)


def _feed(ctx: SiteContext) -> Page:
    built = max(h.modified for h in ctx.heads)
    text = feeds.rss(ctx.base, ctx.heads[:FEED_SIZE], built, ctx.body, title=wpportal.NAME,
                     creator="IANS")
    return ctx.page(text, feeds.RSS_TYPE, built)


def _rest_posts(ctx: SiteContext) -> Page:
    """`/wp-json/wp/v2/posts`: the REST API's ten latest posts (a subset of its fields)."""
    def post(h: Head) -> dict[str, object]:
        local = "%Y-%m-%dT%H:%M:%S"
        return {
            "id": h.post_id, "date": iso(h.published)[:19],
            "date_gmt": h.published.astimezone(UTC).strftime(local),
            "modified": iso(h.modified)[:19],
            "modified_gmt": h.modified.astimezone(UTC).strftime(local),
            "slug": h.path.strip("/").split("/")[-1], "status": "publish", "type": "post",
            "link": ctx.base + h.path, "title": {"rendered": esc(h.title)},
            "content": {"rendered": "".join(f"<p>{esc(p)}</p>\n" for p in ctx.body(h)),
                        "protected": False},
            "excerpt": {"rendered": f"<p>{esc(h.standfirst)}</p>\n", "protected": False},
            "author": 3, "tags": [], "categories": [],
        }
    heads = ctx.heads[:FEED_SIZE]
    return ctx.page(json.dumps([post(h) for h in heads], ensure_ascii=False), JSON,
                    max(h.modified for h in heads))


def _sitemaps(out: Routes, ctx: SiteContext, prefix: str) -> None:
    posts = (f"{ctx.base}/post-sitemap.xml", max(h.lastmod for h in ctx.heads))
    out[f"{prefix}/post-sitemap.xml"] = partial(ctx.urlset, ctx.heads, False)
    home = newest(ctx.heads, LAUNCHED)
    pages = [(f"{ctx.base}/", home), *((f"{ctx.base}/{slug}/", LAUNCHED) for slug in _STATIC)]
    out[f"{prefix}/page-sitemap.xml"] = partial(_plain, pages)
    sections = ctx.plan.in_section(ctx.revision)
    cats = [(f"{ctx.base}/category/{slug}/", sections[slug][0].published)
            for slug in PORTAL_SECTIONS if slug in sections]
    out[f"{prefix}/category-sitemap.xml"] = partial(_plain, cats)
    index = [posts, (f"{ctx.base}/page-sitemap.xml", home),
             (f"{ctx.base}/category-sitemap.xml", max(at for _, at in cats))]
    out[f"{prefix}/sitemap_index.xml"] = partial(
        ctx.page, feeds.sitemap_index(index), feeds.XML_TYPE, max(at for _, at in index))


def _plain(entries: Sequence[tuple[str, datetime]]) -> Page:
    return Page(feeds.urlset(entries).encode(), feeds.XML_TYPE, max(at for _, at in entries))


def describe(ctx: SiteContext) -> str:
    """One line for the root index page."""
    return (f'<li><a href="{esc(ctx.base)}/">{wpportal.NAME}</a> (WordPress theme, IANS copy; '
            f"{len(ctx.heads)} articles, updated {iso(ctx.now)})</li>")
