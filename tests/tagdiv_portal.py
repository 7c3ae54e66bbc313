"""A second WordPress agency portal for crawl rehearsals, unlike the testsite's "wpportal":
the tagDiv "Newspaper" theme's markup (as `fixtures/generic/wp-theme-newspaper-tagdiv-ians`),
dated permalinks `/%year%/%monthnum%/%day%/%postname%/`, and what WordPress core itself serves.

Pages: home and `/page/N/`; `/category/<slug>/[page/N/]` (child categories
`/category/world/asia/`); `/tag/<slug>/[page/N/]`; `/author/ians/[page/N/]`; date archives
`/YYYY/MM/[page/N/]` and `/YYYY/MM/DD/` (the sidebar's "Archives" widget); `/?s=<term>`
search results; posts `/YYYY/MM/DD/<slug>/` with paginated comments
(`<post>/comment-page-N/`, three top-level comments a page) and, on every fifth post, an
attachment page `<post>/<image>/` the featured image links to; `/?p=ID` shortlinks (301);
static pages; `/feed/`, `/comments/feed/`; a custom post type `/press-release/<slug>/` that
robots.txt disallows; WordPress core's sitemaps `/wp-sitemap.xml` → `wp-sitemap-posts-post-1.xml`
… (with or without `<lastmod>`, as before and since WP 6.5), `/sitemap.xml` → 301 to it, and a
robots.txt that names it or not (`sitemaps=`).

Posts: two in three carry Yoast SEO's head (og:*, article:modified_time in UTC, JSON-LD); the
others WordPress core's bare head, where the only modified time is the WP Last Modified Info
line "This post was last modified on December 17, 2024 1:03 pm" (after the copy, or before it
on some) — and the theme's `time.entry-date.updated` holds the *published* time. Around the
copy: tagDiv share bars, featured image caption, an "Also Read:" link inside the copy on some,
SOURCE/TAGS box, prev/next, author bio, "RELATED ARTICLES", comments, "LEAVE A REPLY", the
sidebar's "LATEST ARTICLES" with "Load more...".

Among the paragraphs, on some posts: tagDiv's in-content ad, an empty paragraph, a mid-copy
photo with caption, a "Follow … on Google News" line, the syndication disclaimer. On some
Yoast posts a desk-set "SEO title" in <title>/og:title (the JSON-LD headline stays the h1).

`build()` options: `sitemaps` (above), `permalinks` ("dated", "postname": /%postname%/,
"category": /%category%/%postname%/), `theme` ("tagdiv", or "jnews": JNews's post page and
`article.jeg_post` teasers), `rel_next` (Yoast's <link rel="next"> on archives, or none as core).

Articles, titles, copy and revision 2's changes come from the testsite's plan (`wpportal`
stories under another seed); `build()` renders every page of one revision eagerly.
"""

from __future__ import annotations

import dataclasses
import functools
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from string import Template
from urllib.parse import quote_plus

from newsscraper.testsite.context import LAUNCHED, SiteContext, pages_of
from newsscraper.testsite.feeds import XML_TYPE, news_sitemap, rss
from newsscraper.testsite.fmt import esc, iso, wp_date, wp_datetime, wp_time
from newsscraper.testsite.model import IST, Head, Page
from newsscraper.testsite.plan import manifest_rows, site_plan
from newsscraper.testsite.topics import PORTAL_SECTIONS
from newsscraper.testsite.words import COMMENTERS, COMMENTS
from newsscraper.testsite.writer import rng, slugify

NAME = "Bharat Samachar Today"
HTML = "text/html; charset=UTF-8"
PAGE_SIZE = 10
COMMENTS_PER_PAGE = 3
SEARCHES = ("delhi", "sensex", "monsoon")
DISALLOWED = ("/wp-admin/", "/press-release/")
_BIO = ("Indo-Asian News Service (IANS) is an Indian news agency founded in 1986 that supplies "
        "news copy to newspapers, portals and broadcasters.")
_STATIC = {"about-us": "About Us", "contact": "Contact", "privacy-policy": "Privacy Policy",
           "advertise": "Advertise", "terms-of-use": "Terms of Use"}
_PRESS = ("Acme Solar commissions 300 MW plant in Rajasthan",
          "Zenith Learning launches scholarship for rural students",
          "Orbit Foods opens new facility in Pune",
          "Nimbus Health partners with district hospitals for telemedicine")


@dataclass(frozen=True)
class Truth:
    """One article of the revision: what a crawl should emit for it."""

    url: str
    title: str
    body: str
    published: datetime
    modified: datetime
    status: str
    yoast: bool


@dataclass
class Portal:
    """One revision: request path (route key) → Page, 301 redirects, and the truth."""

    pages: dict[str, Page]
    redirects: dict[str, str]
    truth: list[Truth]
    #: Non-article pages served (paths), for the report.
    other: list[str]


def yoast(head: Head) -> bool:
    return head.index % 3 != 1


def post_path(head: Head, permalinks: str = "dated") -> str:
    """The post's address: "dated" /%year%/%monthnum%/%day%/%postname%/, "postname"
    /%postname%/, "category" /%category%/%postname%/."""
    local = head.published.astimezone(IST)
    slug = head.path.strip("/").split("/")[-1]
    if permalinks == "postname":
        return f"/{slug}/"
    if permalinks == "category":
        return head.path
    return f"/{local.year}/{local.month:02d}/{local.day:02d}/{slug}/"


def _attachment_slug(head: Head) -> str | None:
    return f"{slugify(head.tags[0])}-{head.post_id}" if head.index % 5 == 0 else None


def build(origin: str, revision: int, *, articles: int = 300, seed: int = 11,
          sitemaps: str = "core", rel_next: bool = True, theme: str = "tagdiv",
          permalinks: str = "dated") -> Portal:
    """`sitemaps`: "core" (WP ≥ 6.5, with lastmod, robots.txt names the index),
    "core-nolastmod" (WP 5.5–6.4: only <loc>), "unnamed" (robots.txt has no Sitemap line;
    /sitemap.xml redirects to the index), "hidden" (no Sitemap line, /sitemap.xml is 404:
    only /wp-sitemap.xml), "none" (no sitemaps at all), "yoast-media" (Yoast SEO's
    /sitemap_index.xml, named in robots.txt, with attachment-sitemap.xml), "news-only" (a
    Google News sitemap of the last two days, named in robots.txt, and no other)."""
    base = origin.rstrip("/")
    plan = site_plan("wpportal", articles, seed)
    ctx = SiteContext(plan, revision, base)
    site = _Site(ctx, base, sitemaps, permalinks)
    site.rel_next = rel_next
    site.theme = theme
    return site.build()


class _Site:
    def __init__(self, ctx: SiteContext, base: str, sitemaps: str, permalinks: str) -> None:
        self.ctx, self.base, self.sitemaps = ctx, base, sitemaps
        self.heads = ctx.heads
        self.pages: dict[str, Page] = {}
        self.redirects: dict[str, str] = {}
        self.other: list[str] = []
        self.path = {h.index: post_path(h, permalinks) for h in self.heads}
        self.latest = self.heads[:4]
        self.rel_next = True
        #: "tagdiv" (Newspaper), or "jnews": JNews's post pages and `article.jeg_post` teasers.
        self.theme = "tagdiv"

    def url(self, head: Head) -> str:
        return self.base + self.path[head.index]

    def add(self, path: str, text: str, changed: datetime, kind: str = HTML,
            article: bool = False) -> None:
        self.pages[path] = Page(text.encode(), kind, changed)
        if not article:
            self.other.append(path)

    # -- the whole site -------------------------------------------------------------------
    def build(self) -> Portal:
        truth = []
        rows = manifest_rows(self.ctx.plan, self.ctx.revision, self.base)
        for head, row in zip(self.heads, rows, strict=True):
            paragraphs = self.ctx.body(head)
            self._post(head, paragraphs)
            truth.append(Truth(self.url(head), head.title, "\n\n".join(paragraphs),
                               head.published, head.modified, row.status, yoast(head)))
            self.redirects[f"/?p={head.post_id}"] = self.url(head)
        self._listings()
        self._static()
        self._press()
        self._feeds()
        self._sitemaps_and_robots()
        return Portal(self.pages, self.redirects, truth, self.other)

    # -- frame ----------------------------------------------------------------------------
    def frame(self, head: str, body_class: str, crumbs: str, main: str,
              widget: Sequence[Head] | None = None) -> str:
        b = self.base
        menu = "\n".join(
            f'<li class="menu-item td-menu-item td-normal-menu"><a href="{b}/category/{s}/">'
            f"{esc(n)}</a></li>" for s, n in PORTAL_SECTIONS.items() if "/" not in s)
        top = "".join(f'<li class="menu-item"><a href="{b}/{s}/"><span>{esc(n)}</span></a></li>'
                      for s, n in list(_STATIC.items())[:3])
        # The sidebar's links carry campaign parameters (an analytics habit of many desks).
        latest = "\n".join(self._module6(h, "?utm_source=sidebar&amp;utm_medium=latest")
                           for h in (widget or self.latest))
        months = sorted({(h.published.astimezone(IST).year, h.published.astimezone(IST).month)
                         for h in self.heads}, reverse=True)
        archives = "".join(f"<li><a href='{b}/{y}/{m:02d}/'>{_MONTHS[m - 1]} {y}</a></li>"
                           for y, m in months)
        searches = " ".join(f'<a href="{b}/?s={t}">{t}</a>' for t in SEARCHES)
        footer = "".join(f'<li class="menu-item td-menu-item td-normal-menu"><a href="{b}/{s}/">'
                         f"{esc(n)}</a></li>" for s, n in _STATIC.items())
        ajax = (b + "/wp-admin/admin-ajax.php?td_theme_name=Newspaper&v=12.6.8").replace(
            "/", "\\/")
        return _template("frame").substitute(
            head=head, b=b, top=top, menu=menu, site_name=NAME, ajax=ajax,
            body_class=body_class, crumbs=crumbs, main=main, latest=latest,
            archives=archives, searches=searches, footer=footer)

    def _module6(self, h: Head, query: str = "") -> str:
        url, t = self.url(h) + query, esc(h.title)
        if self.theme == "jnews":
            return (f'<article class="jeg_post jeg_pl_sm format-standard"><div class="jeg_'
                    f'postblock_content"><h3 class="jeg_post_title"><a href="{url}">{t}</a></h3>'
                    f'<div class="jeg_post_meta"><div class="jeg_meta_date"><a href="{url}" ><i '
                    f'class="fa fa-clock-o"></i> {wp_date(h.published)}</a></div></div></div>'
                    f"</article>")
        return (f'<div class="td-block-span12"><div class="td_module_6 td_module_wrap '
                f'td-animation-stack"><div class="td-module-thumb"><a href="{url}" rel="bookmark" '
                f'class="td-image-wrap " title="{t}"><img class="entry-thumb" src="'
                f'{self._image(h)[:-4]}-100x70.jpg" alt="" width="100" height="70" /></a></div>'
                f'<div class="item-details"><h3 class="entry-title td-module-title"><a href="'
                f'{url}" rel="bookmark" title="{t}">{t}</a></h3><div class="td-module-meta-info">'
                f'<span class="td-post-date"><time class="entry-date updated td-module-date" '
                f'datetime="{iso(h.published)}" >{wp_date(h.published)}</time></span></div></div>'
                f"</div></div>")

    def _module10(self, h: Head) -> str:
        url, t, cat = self.url(h), esc(h.title), h.section
        if self.theme == "jnews":
            return (f'<article class="jeg_post jeg_pl_lg_2 format-standard"><div class="jeg_thumb">'
                    f'<a href="{url}"><div class="thumbnail-container"><img width="350" height='
                    f'"250" src="{self._image(h)[:-4]}-350x250.jpg" alt="{t}" /></div></a><div '
                    f'class="jeg_post_category"><span><a href="{self.base}/category/{cat.slug}/"'
                    f' class="category-{cat.slug.split("/")[-1]}">{esc(cat.name)}</a></span></div>'
                    f'</div><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href='
                    f'"{url}">{t}</a></h3><div class="jeg_post_meta"><div class="jeg_meta_author">'
                    f'<span class="by">by</span> <a href="{self.base}/author/ians/">IANS</a></div>'
                    f'<div class="jeg_meta_date"><a href="{url}"><i class="fa fa-clock-o"></i> '
                    f'{wp_date(h.published)}</a></div></div><div class="jeg_post_excerpt"><p>'
                    f'{esc(h.standfirst)}</p><a href="{url}" class="jeg_readmore">Read more</a>'
                    f"</div></div></article>")
        return (f'<div class="td_module_10 td_module_wrap td-animation-stack">\n'
                f'<div class="td-module-thumb"><a href="{url}" rel="bookmark" class="td-image-wrap'
                f' " title="{t}"><img class="entry-thumb" src="{self._image(h)[:-4]}-218x150.jpg"'
                f' alt="" width="218" height="150" /></a></div>\n<div class="item-details">\n'
                f'<h3 class="entry-title td-module-title"><a href="{url}" rel="bookmark" title="'
                f'{t}">{t}</a></h3>\n<div class="td-module-meta-info"><a href="'
                f'{self.base}/category/'
                f'{cat.slug}/" class="td-post-category">{esc(cat.name)}</a><span class="td-post-'
                f'author-name"><a href="{self.base}/author/ians/">IANS</a> <span>-</span> </span>'
                f'<span class="td-post-date"><time class="entry-date updated td-module-date" '
                f'datetime="{iso(h.published)}" >{wp_date(h.published)}</time></span>'
                f'<span class="td-module-comments"><a href="{url}#respond">0</a></span></div>\n'
                f'<div class="td-excerpt">{esc(h.standfirst)}</div>\n</div>\n</div>')

    def _image(self, h: Head) -> str:
        local = h.published.astimezone(IST)
        return (f"{self.base}/wp-content/uploads/{local.year}/{local.month:02d}/"
                f"{slugify(h.title, max_words=6)}.jpg")

    # -- posts ----------------------------------------------------------------------------
    def _comments(self, head: Head) -> list[tuple[int, datetime, str, str]]:
        r = rng(self.ctx.seed, "tagdiv", head.index, "comments")
        when, out = head.published, []
        for n in range(r.choice((0, 0, 1, 2, 3, 4, 5, 7))):
            when += timedelta(minutes=r.randint(20, 300))
            out.append((head.post_id * 10 + n, when, r.choice(COMMENTERS), r.choice(COMMENTS)))
        if head.change == "comment" and head.page_changed is not None:
            out.append((head.post_id * 10 + 9, head.page_changed, r.choice(COMMENTERS),
                        r.choice(COMMENTS)))
        return out

    def _post(self, head: Head, paragraphs: Sequence[str]) -> None:
        comments = self._comments(head)
        pages = pages_of(len(comments), COMMENTS_PER_PAGE)
        path = self.path[head.index]
        changed = head.last_modified
        for cpage in range(1, pages + 1):
            key = path if cpage == 1 else f"{path}comment-page-{cpage}/"
            shown = comments[(cpage - 1) * COMMENTS_PER_PAGE:cpage * COMMENTS_PER_PAGE]
            html = self._post_page(head, paragraphs, comments, shown, cpage, pages)
            self.add(key, html, changed, article=cpage == 1)
        att = _attachment_slug(head)
        if att is not None:
            self._attachment(head, att)

    def _post_head(self, head: Head, url: str, words: int) -> str:
        b, title = self.base, esc(head.title)
        if not yoast(head):
            return (f"\t<title>{title} &#8211; {NAME}</title>\n"
                    f"<meta name='robots' content='max-image-preview:large' />\n"
                    f'<link rel="canonical" href="{url}" />\n'
                    f"<link rel='shortlink' href='{b}/?p={head.post_id}' />")
        post = self.url(head)
        utc = "%Y-%m-%dT%H:%M:%S+00:00"
        # Yoast's "SEO title", set by the desk on some posts: <title>, og:title and the
        # WebPage's name differ from the headline (the Article's "headline" stays it).
        seo = (f"{head.title.split(':')[-1].split(';')[0].strip()} | {head.section.name} News"
               if head.index % 5 == 2 else head.title)
        pub, mod = (head.published.astimezone(UTC).strftime(utc),
                    head.modified.astimezone(UTC).strftime(utc))
        graph = {"@context": "https://schema.org", "@graph": [
            {"@type": "Article", "@id": f"{post}#article", "isPartOf": {"@id": post},
             "author": {"name": "IANS", "@id": f"{b}/#/schema/person/9a0c3e1b"},
             "headline": head.title, "datePublished": pub, "dateModified": mod,
             "mainEntityOfPage": {"@id": post}, "wordCount": words,
             "publisher": {"@id": f"{b}/#organization"}, "thumbnailUrl": self._image(head),
             "keywords": list(head.tags), "articleSection": [head.section.name],
             "inLanguage": "en-US"},
            {"@type": "WebPage", "@id": post, "url": post, "name": f"{seo} - {NAME}",
             "isPartOf": {"@id": f"{b}/#website"}, "datePublished": pub,
             "dateModified": mod, "description": head.standfirst, "inLanguage": "en-US"},
            {"@type": "BreadcrumbList", "@id": f"{post}#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home", "item": f"{b}/"},
                {"@type": "ListItem", "position": 2, "name": head.section.name,
                 "item": f"{b}/category/{head.section.slug}/"},
                {"@type": "ListItem", "position": 3, "name": head.title}]},
            {"@type": "WebSite", "@id": f"{b}/#website", "url": f"{b}/", "name": NAME},
            {"@type": "Organization", "@id": f"{b}/#organization", "name": NAME,
             "url": f"{b}/"},
            {"@type": "Person", "@id": f"{b}/#/schema/person/9a0c3e1b", "name": "IANS",
             "description": _BIO, "url": f"{b}/author/ians/"}]}
        metas = (("name", "description", head.standfirst), ("property", "og:locale", "en_US"),
                 ("property", "og:type", "article"),
                 ("property", "og:title", f"{seo} - {NAME}"),
                 ("property", "og:description", head.standfirst), ("property", "og:url", post),
                 ("property", "og:site_name", NAME),
                 ("property", "article:publisher", "https://www.facebook.com/bharatsamachartoday"),
                 ("property", "article:published_time", pub),
                 ("property", "article:modified_time", mod),
                 ("property", "og:image", self._image(head)), ("name", "author", "IANS"),
                 ("name", "twitter:card", "summary_large_image"),
                 ("name", "twitter:label1", "Written by"), ("name", "twitter:data1", "IANS"))
        lines = [f"    <title>{esc(seo)} - {NAME}</title>",
                 "    <meta name='robots' content='index, follow, max-image-preview:large, "
                 "max-snippet:-1, max-video-preview:-1' />",
                 "\t<!-- This site is optimized with the Yoast SEO plugin v23.9 - "
                 "https://yoast.com/wordpress/plugins/seo/ -->",
                 f'\t<link rel="canonical" href="{post}" />']
        lines += [f'\t<meta {k}="{key}" content="{esc(v)}" />' for k, key, v in metas]
        lines.append('\t<script type="application/ld+json" class="yoast-schema-graph">'
                     + json.dumps(graph, ensure_ascii=False) + "</script>")
        lines.append("\t<!-- / Yoast SEO plugin. -->")
        lines.append(f"<link rel='shortlink' href='{b}/?p={head.post_id}' />")
        return "\n".join(lines)

    def _post_page(self, head: Head, paragraphs: Sequence[str], comments: Sequence[tuple],
                   shown: Sequence[tuple], cpage: int, cpages: int) -> str:
        b, post = self.base, self.url(head)
        url = post if cpage == 1 else f"{post}comment-page-{cpage}/"
        # WordPress core's canonical names the comment page; Yoast's the post.
        canonical = post if yoast(head) else url
        title, cat = esc(head.title), head.section
        words = sum(len(p.split()) for p in paragraphs)
        body = [f"<p>{esc(p)}</p>" for p in paragraphs]
        related = self.ctx.related(head, 3)
        if related and head.index % 2 == 0 and len(body) > 4:
            body.insert(3, f'<p><strong>Also Read:</strong> <a href="{self.url(related[0])}">'
                           f"{esc(related[0].title)}</a></p>")
        body = self._noise(head, body)
        line = (f'<p class="post-modified-info">This post was last modified on '
                f"{wp_datetime(head.modified)}</p>")
        if head.index % 4 == 3:
            body.insert(0, line)
        else:
            body.append(line)
        att = _attachment_slug(head)
        img = self._image(head)
        href = f"{post}{att}/" if att else img
        figure = (f'<div class="td-post-featured-image"><figure><a href="{href}" data-caption="'
                  f'{esc(head.tags[0])}. (File Photo: IANS)"><img width="696" height="392" '
                  f'class="entry-thumb td-modal-image" src="{img[:-4]}-696x392.jpg" alt="'
                  f'{esc(head.tags[0])}" title="{slugify(head.title, max_words=6)}"/></a>'
                  f'<figcaption class="wp-caption-text">{esc(head.tags[0])}. (File Photo: IANS)'
                  f"</figcaption></figure></div>")
        tags = "".join(f'<li><a href="{b}/tag/{slugify(t)}/">{esc(t)}</a></li>' for t in head.tags)
        enc = quote_plus(post)
        share = (f'<div class="td-post-sharing-visible"><a class="td-social-sharing-button '
                 f'td-social-network td-social-facebook" href="https://www.facebook.com/sharer.php'
                 f'?u={enc}" title="Facebook" ><div class="td-social-but-icon"><i class="td-icon-'
                 f'facebook"></i></div><div class="td-social-but-text">Facebook</div></a><a class'
                 f'="td-social-sharing-button td-social-network td-social-twitter" href="https://'
                 f'twitter.com/intent/tweet?text={quote_plus(head.title)}&amp;url={enc}" title="'
                 f'Twitter" ><div class="td-social-but-icon"><i class="td-icon-twitter"></i></div>'
                 f'<div class="td-social-but-text">Twitter</div></a><a class="td-social-sharing-'
                 f'button td-social-network td-social-whatsapp" href="https://api.whatsapp.com/'
                 f'send?text={quote_plus(head.title)} %0A%0A {post}" title="WhatsApp" ><div class="'
                 f'td-social-but-icon"><i class="td-icon-whatsapp"></i></div><div class="td-social'
                 f'-but-text">WhatsApp</div></a></div>')
        ordered = self.heads
        at = next(i for i, h in enumerate(ordered) if h.index == head.index)
        prev_next = ""
        if at + 1 < len(ordered):
            p = ordered[at + 1]
            prev_next += (f'<div class="td-block-span6 td-post-prev-post"><div class="td-post-'
                          f'next-prev-content"><span>Previous article</span><a href="'
                          f'{self.url(p)}">{esc(p.title)}</a></div></div>')
        if at > 0:
            n = ordered[at - 1]
            prev_next += (f'<div class="td-block-span6 td-post-next-post"><div class="td-post-'
                          f'next-prev-content"><span>Next article</span><a href="'
                          f'{self.url(n)}">{esc(n.title)}</a></div></div>')
        rel = "".join(
            f'<div class="td-related-span4"><div class="td_module_related_posts td-animation-'
            f'stack td_mod_related_posts"><div class="td-module-image"><div class="td-module-'
            f'thumb"><a href="{self.url(h)}" rel="bookmark" class="td-image-wrap " title="'
            f'{esc(h.title)}"><img class="entry-thumb" src="{self._image(h)[:-4]}-218x150.jpg" '
            f'alt="" width="218" height="150" /></a></div><a href="{b}/category/'
            f'{h.section.slug}/" class="td-post-category" >{esc(h.section.name)}</a></div><div '
            f'class="item-details"><h3 class="entry-title td-module-title"><a href="'
            f'{self.url(h)}" rel="bookmark" title="{esc(h.title)}">{esc(h.title)}</a></h3>'
            f"</div></div></div>" for h in related)
        comment_html = self._comment_block(head, comments, shown, cpage, cpages)
        # tagDiv's "Subtitle" field, printed under the headline on some posts.
        subtitle = (f'<p class="td-post-sub-title">{esc(head.standfirst)}</p>'
                    if head.index % 3 == 2 else "")
        if self.theme == "jnews":
            figure, tags, share, prev_next, rel, comment_html, subtitle = self._jnews_parts(
                head, comments, shown, cpage, cpages, related, at)
        main = _template("post_jnews" if self.theme == "jnews" else "post").substitute(
            tag_classes=" ".join("tag-" + slugify(t) for t in head.tags),
            views=100 + head.post_id % 900, cat_leaf=cat.slug.split("/")[-1],
            body="\n".join(body), cat_name=esc(cat.name),
            published_iso=iso(head.published), published=wp_date(head.published),
            comment_count=len(comments), post_id=head.post_id, cat_slug=cat.slug,
            b=b, title=title, subtitle=subtitle, post=post, share=share, figure=figure,
            tags=tags, prev_next=prev_next, bio=_BIO, rel=rel,
            comment_html=comment_html)
        crumbs = (f' <i class="td-icon-right td-bread-sep"></i> <span><a title="View all posts in '
                  f'{esc(cat.name)}" class="entry-crumb" href="{b}/category/{cat.slug}/">'
                  f"{esc(cat.name)}</a></span>")
        head_html = self._post_head(head, canonical, words)
        if not yoast(head) and canonical != post:
            head_html = head_html.replace(f'href="{post}"', f'href="{canonical}"', 1)
        return self.frame(head_html, f"post-template-default single single-post postid-"
                          f"{head.post_id} single-format-standard", crumbs, main,
                          self.ctx.trending(head)[:4])

    def _noise(self, head: Head, body: list[str]) -> list[str]:
        """What editors and plugins put among the paragraphs, none of it the copy: tagDiv's
        in-content ad, an empty paragraph, a mid-copy photo with its caption, a "Follow us
        on Google News" line and the syndication disclaimer after the copy."""
        out = list(body)
        kind = head.index % 7
        if kind in (1, 4) and len(out) > 3:
            out.insert(2, '<div class="td-a-rec td-a-rec-id-content_inline tdi_9 '
                          'td_block_template_1"><span class="td-adspot-title">- Advertisement -'
                          '</span><div class="td-all-devices"><a href="https://ads.example-'
                          'network.com/click?id=300"><img src="' + self.base + '/wp-content/'
                          'uploads/2023/02/rec300.jpg" alt="" width="300" height="250"></a>'
                          "</div></div>")
        if kind in (2, 5):
            out.insert(1, "<p>&nbsp;</p>")
        if kind == 3 and len(out) > 4:
            img = self._image(head)[:-4] + "-2.jpg"
            out.insert(3, f'<figure class="wp-block-image size-large"><img decoding="async" '
                          f'width="696" height="392" src="{img}" alt="" class="wp-image-'
                          f'{head.post_id + 2}"/><figcaption class="wp-element-caption">'
                          f"{esc(head.tags[-1])}. (Photo: IANS)</figcaption></figure>")
        if kind in (0, 3, 6):
            out.append('<p><strong>Follow Bharat Samachar Today on <a href="https://news.google'
                       '.com/publications/CAAqBwgKMJbRswswm_zJAw" target="_blank" rel="noopener'
                       '">Google News</a> for the latest updates.</strong></p>')
        if kind in (0, 2, 4, 6):
            out.append("<p><em>(Only the headline and picture of this report may have been "
                       "reworked by the Bharat Samachar Today staff; the rest of the content is "
                       "auto-generated from a syndicated feed.)</em></p>")
        return out

    def _jnews_parts(self, head: Head, comments: Sequence[tuple], shown: Sequence[tuple],
                     cpage: int, cpages: int, related: Sequence[Head], at: int
                     ) -> tuple[str, str, str, str, str, str, str]:
        """The JNews theme's pieces of a post page (`fixtures/generic/wp-theme-jnews-*`)."""
        b, post, img = self.base, self.url(head), self._image(head)
        caption = f"{esc(head.tags[0])}. (File Photo: IANS)"
        figure = (f'<div  class="jeg_featured featured_image "><a href="{img}"><div class="'
                  f'thumbnail-container animate-lazy" style="padding-bottom:56.25%"><img width="'
                  f'750" height="422" src="{img[:-4]}-750x422.jpg" class="attachment-jnews-750x375'
                  f' size-jnews-750x375 wp-post-image" alt="{esc(head.tags[0])}" /></div></a>'
                  f'<p class="wp-caption-text">{caption}</p></div>')
        tags = "".join(f'<a href="{b}/tag/{slugify(t)}/" rel="tag">{esc(t)}</a>'
                       for t in head.tags)
        enc = quote_plus(post)
        share = (f'<a href="http://www.facebook.com/sharer.php?u={enc}" rel=\'nofollow\' aria-'
                 f'label=\'Share on Facebook\' class="jeg_btn-facebook expanded"><i class="fa '
                 f'fa-facebook-official"></i><span>Share on Facebook</span></a><a href="https://'
                 f'twitter.com/intent/tweet?text={quote_plus(head.title)}&url={enc}" rel=\'nofollow'
                 f'\' aria-label=\'Share on Twitter\' class="jeg_btn-twitter expanded"><i class='
                 f'"fa fa-twitter"></i><span>Share on Twitter</span></a>')
        ordered = self.heads
        prev_next = ""
        for i, kind, label in ((at + 1, "prev", "Previous"), (at - 1, "next", "Next")):
            if 0 <= i < len(ordered):
                h = ordered[i]
                prev_next += (f'<a href="{self.url(h)}" class="post {kind}-post"><span class='
                              f'"caption">{label} Post</span><h3 class="post-title">'
                              f"{esc(h.title)}</h3></a>")
        rel = "".join(
            f'<article class="jeg_post jeg_pl_md_box format-standard"><div class="box_wrap"><div '
            f'class="jeg_thumb"><a href="{self.url(h)}"><div class="thumbnail-container"><img '
            f'width="360" height="180" src="{self._image(h)[:-4]}-360x180.jpg" alt="{esc(h.title)}'
            f'" /></div></a></div><div class="jeg_postblock_content"><h3 class="jeg_post_title">'
            f'<a href="{self.url(h)}">{esc(h.title)}</a></h3><div class="jeg_post_meta"><div '
            f'class="jeg_meta_date"><a href="{self.url(h)}"><i class="fa fa-clock-o"></i> '
            f"{wp_date(h.published)}</a></div></div></div></div></article>" for h in related)
        items = "\n".join(
            f'<li class="comment even thread-even depth-1" id="comment-{cid}"><div id="div-comment-'
            f'{cid}" class="comment-body"><div class="comment-author vcard"><img alt="" src="https'
            f'://secure.gravatar.com/avatar/{cid:x}?s=50&#038;d=mm&#038;r=g" class="avatar '
            f'avatar-50 photo" height="50" width="50" /><cite class="fn">{esc(who)}</cite> <span '
            f'class="says">says:</span></div><div class="comment-meta commentmetadata"><a href="'
            f'{post}comment-page-{cpage}/#comment-{cid}">{wp_date(when)} at {wp_time(when)}</a>'
            f'</div><p>{esc(text)}</p><div class="reply"><a rel="nofollow" class="comment-reply-'
            f'link" href="#comment-{cid}" data-commentid="{cid}">Reply</a></div></div></li>'
            for cid, when, who, text in shown)
        nav = ""
        if cpages > 1:
            def link(n: int) -> str:
                return post if n == 1 else f"{post}comment-page-{n}/"
            nav = ('<div class="jeg_navigation"><div class="navigation">'
                   + (f'<a class="prev page-numbers" href="{link(cpage - 1)}#comments">Previous'
                      f"</a>" if cpage > 1 else "")
                   + (f'<a class="next page-numbers" href="{link(cpage + 1)}#comments">Next</a>'
                      if cpage < cpages else "") + "</div></div>")
        listing = "" if not comments else (
            f'<div class="jeg_commentlist_container"><div class="jeg_block_heading '
            f'jeg_block_heading_6"><h3 class="jeg_block_title"><span>Discussion about this '
            f'post</span></h3></div><div class="comment-list"><ol class="commentlist">{items}'
            f"</ol></div>{nav}</div>")
        comment_html = (f'<div id="comments" class="comment-wrapper section">{listing}<div id='
                        f'"respond" class="comment-respond"><h3 id="reply-title" class="comment-'
                        f'reply-title">Leave a Reply</h3><form action="{b}/wp-comments-post.php" '
                        f'method="post" id="commentform" class="comment-form"><p class="comment-'
                        f'form-comment"><textarea name="comment" id="comment" cols="45" rows="8">'
                        f'</textarea></p><p class="form-submit"><input name="submit" type="submit"'
                        f' id="submit" class="submit" value="Post Comment" /></p></form></div>'
                        f"</div>")
        subtitle = (f'<h2 class="jeg_post_subtitle">{esc(head.standfirst)}</h2>'
                    if head.index % 3 == 2 else "")
        return figure, tags, share, prev_next, rel, comment_html, subtitle

    def _comment_block(self, head: Head, comments: Sequence[tuple], shown: Sequence[tuple],
                       cpage: int, cpages: int) -> str:
        post = self.url(head)
        items = "\n".join(
            f'<li class="comment even thread-even depth-1" id="li-comment-{cid}">\n<article>\n'
            f"<footer>\n<img alt='' src='https://secure.gravatar.com/avatar/{cid:x}?s=50&#038;d=mm"
            f"&#038;r=g' class='avatar avatar-50 photo' height='50' width='50' />\n"
            f"<cite>{esc(who)}</cite>\n"
            f'<a class="comment-link" href="{post}comment-page-{cpage}/#comment-{cid}"><time '
            f'pubdate="{int(at.timestamp())}">{wp_date(at)} At {wp_time(at)}</time></a>\n'
            f'</footer>\n<div class="comment-content"><p>{esc(text)}</p>\n</div>\n'
            f'<div class="comment-meta" id="comment-{cid}"><a rel="nofollow" class="comment-'
            f'reply-link" href="#comment-{cid}" data-commentid="{cid}" data-postid="'
            f'{head.post_id}" aria-label="Reply to {esc(who)}">Reply</a></div>\n</article>\n'
            f"</li>" for cid, at, who, text in shown)
        nav = ""
        if cpages > 1:
            def link(n: int) -> str:
                return post if n == 1 else f"{post}comment-page-{n}/"
            older = (f'<a href="{link(cpage - 1)}#comments" >&laquo; Older Comments</a>'
                     if cpage > 1 else "")
            newer = (f'<a href="{link(cpage + 1)}#comments" >Newer Comments &raquo;</a>'
                     if cpage < cpages else "")
            nav = (f'<div class="comment-pagination"><div class="alignleft">{older}</div>'
                   f'<div class="alignright">{newer}</div></div>')
        listing = "" if not comments else (
            f'<div class="td-comments-title-wrap td_block_template_1"><h4 class="block-title">'
            f"<span>{len(comments)} COMMENT{'S' if len(comments) > 1 else ''}</span></h4></div>"
            f'\n<ol class="comment-list">\n{items}\n</ol>\n{nav}')
        return (f'\t<div class="comments" id="comments">\n{listing}\n'
                f'\t<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-'
                f'reply-title"><div class="td-comments-title-wrap td_block_template_1"><h4 class="'
                f'block-title"><span>LEAVE A REPLY</span></h4></div></h3><form action="'
                f'{self.base}/wp-comments-post.php" method="post" id="commentform" class="comment-'
                f'form" novalidate><div class="comment-form-input-wrap td-form-comment"><textarea '
                f'placeholder="Comment:" id="comment" name="comment" cols="45" rows="8"></textarea>'
                f'</div><p class="form-submit"><input name="submit" type="submit" id="submit" class'
                f'="submit" value="Post Comment" /> <input type="hidden" name="comment_post_ID" '
                f'value="{head.post_id}" id="comment_post_ID" /></p></form></div>\n\t</div>')

    def _attachment(self, head: Head, att: str) -> None:
        post = self.url(head)
        url = f"{post}{att}/"
        att_id = head.post_id + 1
        img = self._image(head)
        title = esc(slugify(head.title, max_words=6))
        head_html = (f"\t<title>{title} &#8211; {NAME}</title>\n"
                     f"<meta name='robots' content='max-image-preview:large' />\n"
                     f'<link rel="canonical" href="{url}" />\n'
                     f"<link rel='shortlink' href='{self.base}/?p={att_id}' />")
        main = (f'<article id="post-{att_id}" class="post-{att_id} attachment type-attachment '
                f'status-inherit hentry"><div class="td-post-header"><header class="td-post-'
                f'title"><h1 class="entry-title">{title}</h1><div class="td-module-meta-info">'
                f'<div class="td-post-author-name"><div class="td-author-by">By</div> <a href="'
                f'{self.base}/author/ians/">IANS</a></div><span class="td-post-date"><time class="'
                f'entry-date updated td-module-date" datetime="{iso(head.published)}" >'
                f'{wp_date(head.published)}</time></span></div></header></div>'
                f'<div class="td-post-content tagdiv-type"><a href="{post}" title="'
                f'{esc(head.title)}'
                f'" rel="attachment"><img width="696" height="392" src="{img[:-4]}-696x392.jpg" '
                f'class="attachment-696x0 size-696x0" alt="{esc(head.tags[0])}" /></a>'
                f'<div class="wp-caption-text">{esc(head.tags[0])}. (File Photo: IANS)</div>'
                f'<div class="entry-caption"><p>{esc(head.standfirst)}</p></div></div>'
                f'<div class="td-attachment-prev"></div><div class="td-attachment-next"></div>'
                f"</article>")
        self.add(self.path[head.index] + f"{att}/", self.frame(
            head_html, f"attachment attachment-template-default single single-attachment "
            f"postid-{att_id} attachmentid-{att_id} attachment-jpeg", "", main),
            head.published)
        self.redirects[f"/?attachment_id={att_id}"] = url

    # -- listings -------------------------------------------------------------------------
    def _listings(self) -> None:
        self._listing("/", "", self.heads, "home blog", home=True)
        sections = self.ctx.plan.in_section(self.ctx.revision)
        for slug, name in PORTAL_SECTIONS.items():
            if slug in sections:
                self._listing(f"/category/{slug}/", name, sections[slug],
                              f"archive category category-{slug.split('/')[-1]}")
        for slug, heads in self.ctx.plan.by_tag(self.ctx.revision).items():
            name = next(t for t in heads[0].tags if slugify(t) == slug)
            self._listing(f"/tag/{slug}/", name, heads, f"archive tag tag-{slug}")
        self._listing("/author/ians/", "IANS", self.heads, "archive author author-ians")
        months: dict[str, list[Head]] = {}
        days: dict[str, list[Head]] = {}
        for h in self.heads:
            local = h.published.astimezone(IST)
            months.setdefault(f"/{local.year}/{local.month:02d}/", []).append(h)
            days.setdefault(f"/{local.year}/{local.month:02d}/{local.day:02d}/", []).append(h)
        for path, heads in months.items():
            self._listing(path, f"Month: {wp_date(heads[0].published).split()[0]}", heads,
                          "archive date")
        for path, heads in days.items():
            self._listing(path, f"Day: {wp_date(heads[0].published)}", heads, "archive date")
        for term in SEARCHES:
            found = [h for h in self.heads if term in f"{h.title} {h.standfirst}".lower()]
            self._listing("/", f"Search Results for: {term}", found,
                          "search search-results", query=f"?s={term}")

    def _listing(self, path: str, title: str, heads: Sequence[Head], body_class: str,
                 query: str = "", home: bool = False) -> None:
        b = self.base
        pages = pages_of(len(heads), PAGE_SIZE)

        def at(n: int) -> str:
            return f"{b}{path}" + ("" if n == 1 else f"page/{n}/") + query

        for page in range(1, pages + 1):
            shown = heads[(page - 1) * PAGE_SIZE:page * PAGE_SIZE]
            nums = "".join(f'<span class="current">{n}</span>' if n == page else
                           f'<a href="{at(n)}" class="page" title="{n}">{n}</a>'
                           for n in range(1, pages + 1) if abs(n - page) < 3 or n == pages)
            nav = ((f'<a href="{at(page - 1)}"><i class="td-icon-menu-left"></i></a>'
                    if page > 1 else "") + nums +
                   (f'<a href="{at(page + 1)}"><i class="td-icon-menu-right"></i></a>'
                    if page < pages else "") +
                   f'<span class="pages">Page {page} of {pages}</span>')
            modules = "\n".join(self._module10(h) for h in shown) or (
                '<div class="no-results td-pb-padding-side"><h2>No results for your search'
                "</h2></div>")
            header = "" if home else (
                f'<div class="td-category-header td-container-wrap"><h1 class="entry-title '
                f'td-page-title">{esc(title)}</h1></div>')
            main = (f'{header}\n<div class="td-block-row">\n{modules}\n</div>\n'
                    f'<div class="page-nav td-pb-padding-side">{nav}</div>')
            if home and page == 1:
                main = self._home_blocks() + main
            heading = (f"{title} Archives - {NAME}" if title else f"{NAME} - News from India")
            if page > 1:
                heading = f"{title or NAME} - Page {page} of {pages}"
            robots = "noindex, follow" if query else "index, follow, max-image-preview:large"
            rel = ((f'<link rel="prev" href="{at(page - 1)}" />\n' if page > 1 else "") +
                   (f'<link rel="next" href="{at(page + 1)}" />\n' if page < pages else ""))
            if not self.rel_next:  # WordPress core prints none; Yoast did until 2019
                rel = ""
            head = (f"    <title>{esc(heading)}</title>\n<meta name='robots' content='{robots}' />"
                    f'\n<link rel="canonical" href="{at(page)}" />\n{rel}'
                    f'<meta property="og:type" content="website" />\n'
                    f'<meta property="og:title" content="{esc(heading)}" />\n'
                    f'<meta property="og:site_name" content="{NAME}" />')
            key = path + ("" if page == 1 else f"page/{page}/") + query
            changed = heads[0].published if heads else LAUNCHED
            self.add(key, self.frame(head, body_class + (" paged" if page > 1 else ""), "",
                                     main), changed)

    def _home_blocks(self) -> str:
        sections = self.ctx.plan.in_section(self.ctx.revision)
        blocks = []
        for slug in ("india", "business", "sports"):
            heads = sections.get(slug, ())[:4]
            blocks.append(
                f'<div class="td_block_wrap td_block_2 td-pb-border-top td_block_template_1">'
                f'<div class="td-block-title-wrap"><h4 class="block-title td-block-title"><a href'
                f'="{self.base}/category/{slug}/" class="td-pulldown-size">'
                f"{esc(PORTAL_SECTIONS[slug])}</a></h4></div><div class=\"td_block_inner\">"
                + "".join(self._module6(h) for h in heads) + "</div></div>")
        press = "".join(
            f'<li><a href="{self.base}/press-release/{slugify(t)}/">{esc(t)}</a></li>'
            for t in _PRESS)
        blocks.append(f'<div class="td_block_wrap td_block_list_menu"><h4 class="block-title">'
                      f"<span>Press Releases</span></h4><ul>{press}</ul></div>")
        return "\n".join(blocks) + "\n"

    # -- the rest -------------------------------------------------------------------------
    def _static(self) -> None:
        for n, (slug, title) in enumerate(_STATIC.items()):
            pid = 2 + n
            main = (f'<div class="td-page-header"><h1 class="entry-title td-page-title"><span>'
                    f'{esc(title)}</span></h1></div><div class="td-page-content tagdiv-type">'
                    f"<p>{NAME} publishes news from India and abroad, with copy from the "
                    f"Indo-Asian News Service (IANS).</p><p>Write to us at desk@bharatsamachar"
                    f".invalid for {esc(title.lower())} matters.</p></div>")
            url = f"{self.base}/{slug}/"
            head = (f"    <title>{esc(title)} - {NAME}</title>\n"
                    f'<link rel="canonical" href="{url}" />\n'
                    f"<link rel='shortlink' href='{self.base}/?p={pid}' />")
            self.add(f"/{slug}/", self.frame(head, f"page-template-default page page-id-{pid}",
                                             "", main), LAUNCHED)
            self.redirects[f"/?page_id={pid}"] = url

    def _press(self) -> None:
        for n, title in enumerate(_PRESS):
            url = f"{self.base}/press-release/{slugify(title)}/"
            main = (f'<article class="press_release type-press_release"><h1 class="entry-title">'
                    f'{esc(title)}</h1><div class="td-post-content"><p>{esc(title)}, the company '
                    f"said in a statement on Tuesday. The announcement was distributed by a "
                    f"newswire partner.</p><p>Disclaimer: This is a press release; {NAME} takes "
                    f"no editorial responsibility for its content.</p></div></article>")
            head = (f"    <title>{esc(title)} - {NAME}</title>\n"
                    f'<link rel="canonical" href="{url}" />\n'
                    f'<meta property="og:type" content="article" />')
            self.add(f"/press-release/{slugify(title)}/", self.frame(
                head, f"press_release-template-default single single-press_release postid-"
                f"{900 + n}", "", main), LAUNCHED)

    def _feeds(self) -> None:
        built = max(h.modified for h in self.heads)
        feed_heads = [dataclasses.replace(h, path=self.path[h.index]) for h in self.heads[:10]]
        by_path = {h.path: h for h in self.heads}
        text = rss(self.base, feed_heads, built,
                   lambda h: self.ctx.body(by_path.get(h.path, h)), title=NAME, creator="IANS")
        self.add("/feed/", text, built, "application/rss+xml; charset=UTF-8")
        self.add("/comments/feed/", rss(self.base, [], built, lambda h: [], title=NAME),
                 built, "application/rss+xml; charset=UTF-8")

    def _sitemaps_and_robots(self) -> None:
        b, mode = self.base, self.sitemaps
        rules = ["User-agent: *", *(f"Disallow: {p}" for p in DISALLOWED),
                 "Allow: /wp-admin/admin-ajax.php", ""]
        if mode == "core":
            rules.append(f"Sitemap: {b}/wp-sitemap.xml")
        elif mode == "yoast-media":
            rules.append(f"Sitemap: {b}/sitemap_index.xml")
        elif mode == "news-only":
            rules.append(f"Sitemap: {b}/news-sitemap.xml")
        self.add("/robots.txt", "\n".join(rules) + "\n", LAUNCHED, "text/plain; charset=utf-8")
        if mode == "none":
            return
        lastmod = mode != "core-nolastmod"
        # WordPress core's rewrite rule ("hidden": a plugin or the server drops it).
        if mode not in ("hidden", "yoast-media", "news-only"):
            self.redirects["/sitemap.xml"] = f"{b}/wp-sitemap.xml"

        def urlset(entries: Sequence[tuple[str, datetime | None]]) -> str:
            items = "".join(f"<url><loc>{esc(loc)}</loc>" + (
                f"<lastmod>{at.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S+00:00')}</lastmod>"
                if lastmod and at else "") + "</url>" for loc, at in entries)
            return ('<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" '
                    f'href="{b}/wp-sitemap.xsl" ?>\n<urlset xmlns="http://www.sitemaps.org/'
                    f'schemas/sitemap/0.9">{items}</urlset>\n')

        posts = [(self.url(h), h.lastmod) for h in
                 sorted(self.heads, key=lambda h: h.post_id)]  # core sorts by ID
        if mode == "yoast-media":
            self._yoast_sitemaps(urlset, posts)
            return
        if mode == "news-only":  # a Google News sitemap (two days) and no other
            recent = [h for h in self.heads if h.published >= self.ctx.now - timedelta(days=2)]
            self.add("/news-sitemap.xml", news_sitemap(b, NAME, "en", [
                dataclasses.replace(h, path=self.path[h.index]) for h in recent]),
                max(h.lastmod for h in self.heads), XML_TYPE)
            return
        maps = {
            "posts-post-1": posts,
            "posts-page-1": [(f"{b}/", None), *((f"{b}/{s}/", LAUNCHED) for s in _STATIC)],
            "posts-press_release-1": [(f"{b}/press-release/{slugify(t)}/", LAUNCHED)
                                      for t in _PRESS],
            "taxonomies-category-1": [(f"{b}/category/{s}/", None) for s in PORTAL_SECTIONS],
            "taxonomies-post_tag-1": [(f"{b}/tag/{s}/", None)
                                      for s in self.ctx.plan.by_tag(self.ctx.revision)],
            "users-1": [(f"{b}/author/ians/", None)],
        }
        newest = max(h.lastmod for h in self.heads)
        for name, entries in maps.items():
            self.add(f"/wp-sitemap-{name}.xml", urlset(entries), newest, XML_TYPE)
        index = "".join(f"<sitemap><loc>{b}/wp-sitemap-{n}.xml</loc></sitemap>" for n in maps)
        self.add("/wp-sitemap.xml",
                 '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" '
                 f'href="{b}/wp-sitemap-index.xsl" ?>\n<sitemapindex xmlns="http://www.'
                 f'sitemaps.org/schemas/sitemap/0.9">{index}</sitemapindex>\n', newest, XML_TYPE)


    def _yoast_sitemaps(self, urlset: Callable[[Sequence[tuple[str, datetime | None]]], str],
                        posts: Sequence[tuple[str, datetime | None]]) -> None:
        """Yoast SEO's index with "media pages" on: attachment-sitemap.xml lists them."""
        b = self.base
        attachments = [(f"{self.url(h)}{att}/", h.published) for h in self.heads
                       if (att := _attachment_slug(h)) is not None]
        maps = {
            "post": posts,
            "page": [(f"{b}/", None), *((f"{b}/{s}/", LAUNCHED) for s in _STATIC)],
            "attachment": attachments,
            "category": [(f"{b}/category/{s}/", None) for s in PORTAL_SECTIONS],
            "post_tag": [(f"{b}/tag/{s}/", None)
                         for s in self.ctx.plan.by_tag(self.ctx.revision)],
            "author": [(f"{b}/author/ians/", None)],
        }
        newest = max(h.lastmod for h in self.heads)
        for name, entries in maps.items():
            self.add(f"/{name}-sitemap.xml", urlset(entries), newest, XML_TYPE)
        index = "".join(f"<sitemap><loc>{b}/{n}-sitemap.xml</loc><lastmod>"
                        f"{newest.astimezone(UTC).isoformat()}</lastmod></sitemap>" for n in maps)
        self.add("/sitemap_index.xml",
                 '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.'
                 f'sitemaps.org/schemas/sitemap/0.9">{index}</sitemapindex>\n', newest, XML_TYPE)


@functools.cache
def _template(name: str) -> Template:
    """A page skeleton of the theme (tagdiv_templates/NAME.html), `$name` placeholders."""
    return Template((Path(__file__).parent / "tagdiv_templates" / f"{name}.html").read_text(
        encoding="utf-8"))


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
