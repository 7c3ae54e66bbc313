"""Every URL of the wire in one revision: stories, listings with their "Load more" endpoint,
topic and author pages, About and Contact, the Atom feed, sitemaps, the robots-disallowed
page, and `/s/ID` share links that redirect.

URL layout (under the site's prefix): `/` (front page); `/latest/` and `/section/<slug>/`
with `?page=2` (HTML pages stop at `wire.HTML_PAGES`); `/api/more?section=<latest|slug>&page=N`
(JSON); `/topic/<slug>/`; `/author/<slug>/`; `/news/<section>/<slug>-<id>` stories; `/about/`,
`/contact/`; `/feeds/latest.atom`; `/sitemaps/index.xml` → `/sitemaps/stories-<yyyy>-<mm>.xml`
(the oldest month `.xml.gz`) and `/sitemaps/pages.xml`; `/sitemaps/news.xml`;
`/internal/…` (disallowed); `/s/ID` → story.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial
from itertools import groupby

from newsscraper.testsite import feeds, wire
from newsscraper.testsite.context import LAUNCHED, SiteContext, month_of, newest, pages_of
from newsscraper.testsite.fmt import esc, iso
from newsscraper.testsite.model import Head, Page, route_key
from newsscraper.testsite.topics import WIRE_SECTIONS
from newsscraper.testsite.writer import slugify

Routes = dict[str, Callable[[], Page]]
HTML = "text/html; charset=utf-8"
JSON = "application/json; charset=utf-8"
PRIVATE_PATH = "/internal/embargoed-gdp-estimates-briefing"
FEED_SIZE = 20
NEWS_SITEMAP_SIZE = 20
TOPIC_PAGE_SIZE = 10
_STATIC = {
    "about": ("About us", "The National Wire publishes the Press Trust of India’s national "
              "and international file, around the clock, for readers and for newsrooms.",
              "AboutPage"),
    "contact": ("Contact", 'Reach the desk at <a href="mailto:desk@wire.testsite.invalid">'
                'desk@wire.testsite.invalid</a>. Licensing: <a href="http://offsite.invalid/'
                'licensing/pti">PTI licensing</a>.', "ContactPage"),
}


def routes(ctx: SiteContext, prefix: str) -> tuple[Routes, dict[str, str]]:
    """The wire's pages by route key, and its redirects (route key → target URL)."""
    out: Routes = {f"{prefix}/": partial(_front, ctx)}
    _listing(out, ctx, prefix, "latest", "/latest/", "Latest news", ctx.heads)
    for slug, name in WIRE_SECTIONS.items():
        heads = ctx.plan.in_section(ctx.revision).get(slug, ())
        _listing(out, ctx, prefix, slug, f"/section/{slug}/", name, heads)
    topics: dict[str, Sequence[Head]] = dict.fromkeys(wire.NAV_TOPICS, ())
    topics |= ctx.plan.by_tag(ctx.revision)
    for slug, tagged in topics.items():
        out[f"{prefix}/topic/{slug}/"] = partial(_topic, ctx, slug, tagged)
    for slug, bylined in _by_author(ctx).items():
        out[f"{prefix}/author/{slug}/"] = partial(_author, ctx, slug, bylined)
    for head in ctx.heads:
        out[prefix + head.path] = partial(_story, ctx, head)
    for slug, (title, text, kind) in _STATIC.items():
        out[f"{prefix}/{slug}/"] = partial(_static, ctx, f"/{slug}/", title, text, kind)
    out[prefix + PRIVATE_PATH] = partial(
        _static, ctx, PRIVATE_PATH, "Embargoed: GDP estimates briefing",
        "Embargoed material for subscribing newsrooms only.", "WebPage")
    out[f"{prefix}/feeds/latest.atom"] = partial(_feed, ctx)
    _sitemaps(out, ctx, prefix)
    return out, {f"{prefix}/s/{h.post_id}": ctx.base + h.path for h in ctx.heads}


def _listing(out: Routes, ctx: SiteContext, prefix: str, key: str, path: str, title: str,
             heads: Sequence[Head]) -> None:
    pages = pages_of(len(heads), wire.PAGE_SIZE)
    for page in range(1, pages + 1):
        if page <= wire.HTML_PAGES:
            target = prefix + path + (f"?page={page}" if page > 1 else "")
            out[route_key(target)] = partial(_listing_page, ctx, key, path, title, heads, page)
        if page > 1:
            api = route_key(f"{prefix}/api/more?section={key}&page={page}")
            out[api] = partial(_more, ctx, key, heads, page)


def _slice(heads: Sequence[Head], page: int) -> Sequence[Head]:
    return heads[(page - 1) * wire.PAGE_SIZE:page * wire.PAGE_SIZE]


def _listing_page(ctx: SiteContext, key: str, path: str, title: str, heads: Sequence[Head],
                  page: int) -> Page:
    extra = _private_teaser(ctx.base) if key == "latest" and page == 1 else ""
    text = wire.listing(ctx.base, path=path, key=key, title=title, heads=_slice(heads, page),
                        page=page, pages=pages_of(len(heads), wire.PAGE_SIZE), extra=extra)
    return ctx.page(text, HTML, newest(heads, LAUNCHED))


def _more(ctx: SiteContext, key: str, heads: Sequence[Head], page: int) -> Page:
    text = wire.more_json(ctx.base, key, _slice(heads, page), page,
                          pages_of(len(heads), wire.PAGE_SIZE))
    return ctx.page(text, JSON, newest(heads, LAUNCHED))


def _private_teaser(base: str) -> str:
    # A robots.txt-disallowed page linked from a listing: a polite crawler never fetches it.
    return (f'<article class="teaser teaser-locked">\n<div class="teaser-text">\n'
            f'<h2 class="teaser-headline"><a href="{base}{PRIVATE_PATH}">Embargoed: GDP '
            f"estimates briefing (subscribers)</a></h2>\n</div>\n</article>\n")


def _front(ctx: SiteContext) -> Page:
    blocks = []
    for slug, name in WIRE_SECTIONS.items():
        heads = ctx.plan.in_section(ctx.revision).get(slug, ())[:3]
        links = "".join(f'<li><h3><a href="{ctx.base}{h.path}">{esc(h.title)}</a></h3></li>'
                        for h in heads)
        blocks.append(f'<section class="front-block"><h2><a href="{ctx.base}/section/{slug}/"'
                      f">{esc(name)}</a></h2><ul>{links}</ul></section>")
    top = "\n".join(wire.teaser(ctx.base, h) for h in ctx.heads[:6])
    main = (f'<h1 class="listing-title">Top stories</h1>\n<div class="teaser-list">\n{top}\n'
            f'</div>\n<p><a href="{ctx.base}/latest/">All the latest news</a></p>\n'
            + "\n".join(blocks))
    text = wire.page_html(ctx.base, url=ctx.base + "/", title="The National Wire: news from "
                          "the PTI desk", main=main, kind="CollectionPage", body_class="front")
    return ctx.page(text, HTML, newest(ctx.heads, LAUNCHED))


def _topic(ctx: SiteContext, slug: str, heads: Sequence[Head]) -> Page:
    name = next((t for t in heads[0].tags if slugify(t) == slug), slug) if heads else \
        slug.replace("-", " ").capitalize()
    shown = heads[:TOPIC_PAGE_SIZE]
    teasers = "\n".join(wire.teaser(ctx.base, h) for h in shown) or "<p>No stories yet.</p>"
    main = (f'<h1 class="listing-title">{esc(name)}</h1>\n<div class="teaser-list">\n'
            f"{teasers}\n</div>")
    text = wire.page_html(ctx.base, url=f"{ctx.base}/topic/{slug}/", title=name, main=main,
                          kind="CollectionPage", body_class="topic-page")
    return ctx.page(text, HTML, newest(heads, LAUNCHED))


def _by_author(ctx: SiteContext) -> dict[str, list[Head]]:
    out: defaultdict[str, list[Head]] = defaultdict(list)
    for slug, _ in (wire.DESK, *wire.CORRESPONDENTS):
        out[slug] = []
    for head in ctx.heads:
        out[wire.author_of(head, ctx.seed)[0]].append(head)
    return out


def _author(ctx: SiteContext, slug: str, heads: Sequence[Head]) -> Page:
    name = dict((wire.DESK, *wire.CORRESPONDENTS))[slug]
    teasers = "\n".join(wire.teaser(ctx.base, h) for h in heads[:TOPIC_PAGE_SIZE])
    main = (f'<h1 class="listing-title">{esc(name)}</h1>\n<p class="listing-intro">Stories '
            f'filed by {esc(name)}.</p>\n<div class="teaser-list">\n{teasers}\n</div>')
    text = wire.page_html(ctx.base, url=f"{ctx.base}/author/{slug}/", title=name, main=main,
                          kind="ProfilePage", body_class="author-page")
    return ctx.page(text, HTML, newest(heads, LAUNCHED))


def _story(ctx: SiteContext, head: Head) -> Page:
    text = wire.article(ctx.base, head, ctx.body(head), ctx.related(head, 4),
                        ctx.trending(head), ctx.seed)
    return ctx.page(text, HTML, head.last_modified)


def _static(ctx: SiteContext, path: str, title: str, text: str, kind: str) -> Page:
    main = f"<h1>{esc(title)}</h1>\n<p>{text}</p>"
    return ctx.page(wire.page_html(ctx.base, url=ctx.base + path, title=title, main=main,
                                   kind=kind), HTML, LAUNCHED)


def _feed(ctx: SiteContext) -> Page:
    updated = max(h.modified for h in ctx.heads)
    text = feeds.atom(ctx.base, ctx.heads[:FEED_SIZE], updated,
                      lambda h: wire.author_of(h, ctx.seed)[1])
    return ctx.page(text, feeds.ATOM_TYPE, updated)


def _sitemaps(out: Routes, ctx: SiteContext, prefix: str) -> None:
    by_month = {m: tuple(g) for m, g in groupby(ctx.heads, key=month_of)}
    oldest = min(by_month)
    index: list[tuple[str, datetime]] = []
    for month, heads in by_month.items():
        name = f"/sitemaps/stories-{month}.xml" + (".gz" if month == oldest else "")
        out[prefix + name] = partial(ctx.urlset, heads, name.endswith(".gz"))
        index.append((ctx.base + name, max(h.lastmod for h in heads)))
    pages = [(f"{ctx.base}/section/{s}/", LAUNCHED) for s in WIRE_SECTIONS]
    pages += [(f"{ctx.base}/{s}/", LAUNCHED) for s in _STATIC]
    out[f"{prefix}/sitemaps/pages.xml"] = partial(
        ctx.page, feeds.urlset(pages), feeds.XML_TYPE, LAUNCHED)
    index.append((f"{ctx.base}/sitemaps/pages.xml", LAUNCHED))
    out[f"{prefix}/sitemaps/index.xml"] = partial(
        ctx.page, feeds.sitemap_index(index), feeds.XML_TYPE, max(at for _, at in index))
    news = ctx.heads[:NEWS_SITEMAP_SIZE]
    out[f"{prefix}/sitemaps/news.xml"] = partial(
        ctx.page, feeds.news_sitemap(ctx.base, wire.NAME, "en", news), feeds.XML_TYPE,
        newest(news, LAUNCHED))


def describe(ctx: SiteContext) -> str:
    """One line for the root index page."""
    return (f'<li><a href="{esc(ctx.base)}/">{wire.NAME}</a> (agency site, PTI copy; '
            f"{len(ctx.heads)} stories, updated {iso(ctx.now)})</li>")
