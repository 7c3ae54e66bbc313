"""Every URL of the portal in one revision: articles, archives, static pages, the RSS feed,
sitemaps, the robots-disallowed page, and the `?p=ID` shortlinks that redirect.

URL layout (under the site's prefix): `/` and `/page/N/`; `/category/<slug>/[page/N/]`;
`/tag/<slug>/[page/N/]`; `/author/ians/[page/N/]`; `/<yyyy>/<mm>/<slug>/amp/` articles;
`/about-us/`, `/contact-us/`, `/privacy-policy/`, `/terms-of-use/`, `/advertise/`; `/feed/`;
`/sitemap_index.xml` → `/post-sitemap-<yyyy>-<mm>.xml` (the oldest month `.xml.gz`) and
`/page-sitemap.xml`; `/news-sitemap.xml`; `/private/…` (disallowed); `/?p=ID` → article.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial
from itertools import groupby

from newsscraper.testsite import feeds, portal
from newsscraper.testsite.context import LAUNCHED, SiteContext, month_of, newest, pages_of
from newsscraper.testsite.fmt import esc, iso
from newsscraper.testsite.model import Head, Page
from newsscraper.testsite.topics import PORTAL_SECTIONS
from newsscraper.testsite.writer import slugify

Routes = dict[str, Callable[[], Page]]
HTML = "text/html; charset=UTF-8"
PRIVATE_PATH = "/private/2024/12/embargoed-budget-preview-for-subscribers/amp/"
#: Articles in the feed (WordPress's default) and the news sitemap.
FEED_SIZE = 10
NEWS_SITEMAP_SIZE = 20
_STATIC = {
    "about-us": ("About Us", (
        "India News Portal brings you the day’s news from India and the world, with copy "
        "from the Indo-Asian News Service (IANS) and our own desk.",
        "We were founded in 2019 and are based in New Delhi. Our editors work around the "
        "clock to publish verified news as it happens.",
        'Our syndication partner: <a href="http://offsite.invalid/partners/ians">IANS feed '
        "services</a>.")),
    "contact-us": ("Contact Us", (
        'Write to the news desk at <a href="mailto:desk@indianewsportal.invalid">'
        "desk@indianewsportal.invalid</a>.",
        "Address: 4th Floor, Media Towers, Connaught Place, New Delhi 110001.",
        'For advertising, see our <a href="http://offsite.invalid/media-kit">media kit</a>.')),
    "privacy-policy": ("Privacy Policy", (
        "We collect only the data needed to run this website, such as anonymous usage "
        "statistics and the details you give us when you comment.",)),
    "terms-of-use": ("Terms of Use", (
        "All content on this website is protected by copyright and may not be reproduced "
        "without permission.",)),
    "advertise": ("Advertise With Us", (
        'Reach millions of readers across India. Email <a href="mailto:ads@indianewsportal.'
        'invalid">ads@indianewsportal.invalid</a>.',)),
}


def routes(ctx: SiteContext, prefix: str) -> tuple[Routes, dict[str, str]]:
    """The portal's pages by route key, and its redirects (route key → target URL)."""
    out: Routes = {}
    _listing(out, ctx, prefix, "/", "Latest News", ctx.heads, "home blog")
    for slug, name in PORTAL_SECTIONS.items():
        heads = ctx.plan.in_section(ctx.revision).get(slug, ())
        _listing(out, ctx, prefix, f"/category/{slug}/", name, heads, "archive category")
    for slug, heads in ctx.plan.by_tag(ctx.revision).items():
        _listing(out, ctx, prefix, f"/tag/{slug}/", _tag_name(heads[0], slug), heads,
                 "archive tag")
    _listing(out, ctx, prefix, "/author/ians/", "Indo-Asian News Service", ctx.heads,
             "archive author")
    for head in ctx.heads:
        out[prefix + head.path] = partial(_article, ctx, head)
    for n, (slug, (title, paras)) in enumerate(_STATIC.items()):
        out[f"{prefix}/{slug}/"] = partial(_static, ctx, f"/{slug}/", title, paras, 2 + n)
    out[prefix + PRIVATE_PATH] = partial(
        _static, ctx, PRIVATE_PATH, "Embargoed: Budget preview for subscribers",
        ("This briefing is under embargo and is for subscribers only.",), 99)
    out[f"{prefix}/feed/"] = partial(_feed, ctx)
    _sitemaps(out, ctx, prefix)
    redirects = {f"{prefix}/?p={h.post_id}": ctx.base + h.path for h in ctx.heads}
    return out, redirects


def _tag_name(head: Head, slug: str) -> str:
    return next(t for t in head.tags if slugify(t) == slug)


def _listing(out: Routes, ctx: SiteContext, prefix: str, path: str, title: str,
             heads: Sequence[Head], body_class: str) -> None:
    pages = pages_of(len(heads), portal.PAGE_SIZE)
    for page in range(1, pages + 1):
        key = prefix + (path if page == 1 else f"{path}page/{page}/")
        out[key] = partial(_listing_page, ctx, path, title, heads, page, pages, body_class)


def _listing_page(ctx: SiteContext, path: str, title: str, heads: Sequence[Head], page: int,
                  pages: int, body_class: str) -> Page:
    shown = heads[(page - 1) * portal.PAGE_SIZE:page * portal.PAGE_SIZE]
    extra = _private_teaser(ctx.base) if path == "/" and page == 1 else ""
    text = portal.listing(ctx.base, path=path, title=title, heads=shown, page=page,
                          pages=pages, body_class=body_class, extra=extra)
    return ctx.page(text, HTML, newest(heads, LAUNCHED))


def _private_teaser(base: str) -> str:
    # A robots.txt-disallowed page linked from a listing: a polite crawler never fetches it.
    return (f'<div class="fsp">\n<div class="fsp-cnt">\n<h2 class="loop-title"><a href="'
            f'{base}{PRIVATE_PATH}">Subscribers only: Budget preview (embargoed)</a></h2>\n'
            f"</div>\n</div>\n")


def _article(ctx: SiteContext, head: Head) -> Page:
    extra = head.page_changed if head.change == "comment" else None
    text = portal.article(
        ctx.base, head, ctx.body(head), ctx.related(head, 5), ctx.trending(head),
        portal.comments_for(ctx.base, head, ctx.seed, extra_at=extra))
    return ctx.page(text, HTML, head.last_modified)


def _static(ctx: SiteContext, path: str, title: str, paras: Sequence[str], page_id: int) -> Page:
    return ctx.page(portal.static_page(ctx.base, path=path, title=title, paragraphs=paras,
                                       page_id=page_id), HTML, LAUNCHED)


def _feed(ctx: SiteContext) -> Page:
    heads = ctx.heads[:FEED_SIZE]
    built = max(h.modified for h in ctx.heads)
    return ctx.page(feeds.rss(ctx.base, heads, built, ctx.body), feeds.RSS_TYPE, built)


def _sitemaps(out: Routes, ctx: SiteContext, prefix: str) -> None:
    by_month = {m: tuple(g) for m, g in groupby(ctx.heads, key=month_of)}
    oldest = min(by_month)
    index: list[tuple[str, datetime]] = []
    for month, heads in by_month.items():
        name = f"/post-sitemap-{month}.xml" + (".gz" if month == oldest else "")
        out[prefix + name] = partial(ctx.urlset, heads, name.endswith(".gz"))
        index.append((ctx.base + name, max(h.lastmod for h in heads)))
    pages = [(f"{ctx.base}/{slug}/", LAUNCHED) for slug in _STATIC]
    out[f"{prefix}/page-sitemap.xml"] = partial(_plain, pages)
    index.append((f"{ctx.base}/page-sitemap.xml", LAUNCHED))
    out[f"{prefix}/sitemap_index.xml"] = partial(
        ctx.page, feeds.sitemap_index(index), feeds.XML_TYPE, max(at for _, at in index))
    news = ctx.heads[:NEWS_SITEMAP_SIZE]
    out[f"{prefix}/news-sitemap.xml"] = partial(
        ctx.page, feeds.news_sitemap(ctx.base, portal.NAME, "en", news), feeds.XML_TYPE,
        newest(news, LAUNCHED))


def _plain(entries: Sequence[tuple[str, datetime]]) -> Page:
    return Page(feeds.urlset(entries).encode(), feeds.XML_TYPE, LAUNCHED)


def describe(ctx: SiteContext) -> str:
    """One line for the root index page."""
    return (f'<li><a href="{esc(ctx.base)}/">{portal.NAME}</a> (AMP for WP portal, IANS copy; '
            f"{len(ctx.heads)} articles, updated {iso(ctx.now)})</li>")
