"""A national news agency's own site on Drupal 10, for crawl rehearsals on a CMS that is not
WordPress (`tests.tagdiv_portal` is): the agency's copy with its dateline
"NEW DELHI, Dec 17 (PTI) — …", served as a Drupal newsroom prints it.

Pages: the front page `/` (blocks per section, a "Latest news" view with `?page=N`); section
fronts `/news/<section>[?page=N]` (a full pager, or views_load_more's "Load More" button:
`pager`); tag pages `/taxonomy/term/<tid>[?page=N]`; reporter and desk pages
`/user/<uid>[?page=N]`; `/search/node?keys=<term>` results (robots.txt disallows `/search/`,
the header links three); basic pages `/about-us`, `/contact-us` (a webform), `/privacy-policy`,
`/terms-of-use` (`node--type-page`, several paragraphs in `field--name-body`); photo galleries
`/photos/<nid>-<slug>` (captions of a sentence or two under each photo) and video pages
`/videos/<nid>-<slug>` (an embed and one paragraph), both with their own dates and og:type
article; `/node/<nid>` (301 to the alias, as the redirect module does); articles
`/news/<section>/<nid>-<slug>` or `/story/<slug>-<nid>.html` (`paths`). Every page's sidebar
"Latest news" view has a "Load More" link `?page=1` relative to the page: on an article that is
the article's own address with a query, which Drupal serves as the same page.

Discovery: `/rss.xml` (Drupal's front-page feed: articles and a gallery, teaser HTML), the
simple_sitemap module's `/sitemap.xml` index over `/sitemap.xml?page=N` chunks of 100 links
(articles, galleries, videos, pages, terms, users, with <lastmod>), named in robots.txt or not
(`sitemaps`: "named", "unnamed" as Drupal's default robots.txt, "none").

Articles: `<article class="node node--type-article node--view-mode-full">` with the title field
in `h1.page-title`, the summary field (the standfirst), `field--name-field-byline` ("By Priya
Sharma", on some with "Edited by: …" under it, or "PTI" alone on one in three), Drupal's `<time
datetime="…Z">` submitted line and an "Updated: Dec 18, 2024, 10:12 IST" line, a share bar
above and below the copy, the lead image with caption, `field--name-body`, tags
(`field--name-field-tags`), a reporter or desk box with a bio, then a "Related stories" view.
The metatag module's head (og:*, article:published_time/modified_time in +05:30) on three in
four; a JSON-LD NewsArticle on one in three; the rest date only in the visible lines. Among the
paragraphs on some: a media embed with its figcaption, a "Also read:" link, an ad slot, an
"Updated on …" line the desk typed into the copy, a "Follow PTI on X" promo.

Articles, titles, copy and revision 2's changes come from the testsite's plan (the "wire"
stories under another seed); `build()` renders every page of one revision eagerly.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from string import Template
from urllib.parse import quote_plus

from newsscraper.testsite.context import LAUNCHED, SiteContext, pages_of
from newsscraper.testsite.fmt import esc, iso, rfc822, wire_time
from newsscraper.testsite.model import IST, Head, Page
from newsscraper.testsite.plan import manifest_rows, site_plan
from newsscraper.testsite.topics import WIRE_SECTIONS
from newsscraper.testsite.words import PEOPLE
from newsscraper.testsite.writer import rng, slugify

NAME = "Press Trust of India"
AGENCY = "PTI"
HTML = "text/html; charset=UTF-8"
XML = "application/xml; charset=utf-8"
PAGE_SIZE = 10
SITEMAP_CHUNK = 100
SEARCHES = ("delhi", "cricket", "monsoon")
DISALLOWED = ("/search/", "/admin/", "/user/login", "/user/register", "/node/add/")
REPORTERS = 8
_DESK_BIO = ("Press Trust of India is the country's largest news agency, supplying news, "
             "photographs and video to newspapers, broadcasters and portals since 1947.")
#: Wire styles: the agency's name, and its dateline and credit as it opens its copy.
STYLES = {
    "pti": ("PTI", "{place}, {mon} {day} (PTI) — {rest}"),
    "ansa": ("ANSA", "(ANSA) - {place}, {MON} {day} - {rest}"),
    "tass": ("TASS", "{place}, {month} {day}. /TASS/. {rest}"),
    "wam": ("WAM", "{place}, {day}th {month}, {year} (WAM) -- {rest}"),
    "yonhap": ("Yonhap", "{place}, {mon}. {day} (Yonhap) -- {rest}"),
}
_MONTH_NAMES = {m[:3]: m for m in ("January", "February", "March", "April", "May", "June", "July",
                                   "August", "September", "October", "November", "December")}
_STATIC = {"about-us": "About Us", "contact-us": "Contact Us",
           "privacy-policy": "Privacy Policy", "terms-of-use": "Terms of Use"}


@dataclass(frozen=True)
class Truth:
    """One article of the revision: what a crawl should emit for it."""

    url: str
    title: str
    subtitle: str | None
    body: str
    authors: tuple[str, ...]
    agency: str
    dateline: str | None
    published: datetime
    modified: datetime
    status: str


@dataclass
class Portal:
    """One revision: request path (route key) → Page, 301 redirects, and the truth."""

    pages: dict[str, Page]
    redirects: dict[str, str]
    truth: list[Truth]
    #: Non-article pages served (paths), for the report.
    other: list[str]


def reporter(head: Head, seed: int) -> str | None:
    """The named reporter of the story, or None where the byline is the agency alone."""
    if head.index % 3 == 0:
        return None
    return rng(seed, "drupal", "reporter").sample(PEOPLE, REPORTERS)[head.index % REPORTERS]


def has_summary(head: Head) -> bool:
    """Whether the desk filled the summary field (else the metatag module's description is
    the copy's opening, trimmed)."""
    return head.index % 4 != 0


def _description(head: Head, paragraphs: Sequence[str]) -> str:
    if has_summary(head):
        return head.standfirst
    text = " ".join(paragraphs)
    return text[:text.rfind(" ", 0, 160)] + "..."


def build(origin: str, revision: int, *, articles: int = 300, seed: int = 23,
          sitemaps: str = "named", paths: str = "news", pager: str = "full",
          theme: str = "d10", style: str = "pti") -> Portal:
    """`sitemaps`: "named" (robots.txt names /sitemap.xml), "unnamed" (Drupal's default
    robots.txt, no Sitemap line; /sitemap.xml is there), "none" (no sitemap: /rss.xml and the
    listings). `paths`: "news" (/news/<section>/<nid>-<slug>) or "story"
    (/story/<slug>-<nid>.html). `pager`: "full" (Drupal's numbered pager) or "loadmore"
    (views_load_more's single "Load More" link on section and tag pages). `theme`: "d10", or
    "d7": the same site as a Drupal 7 theme prints it (`drupal7`). `style`: the agency whose
    copy it is and its dateline (`STYLES`: "pti", "ansa", "tass", "wam", "yonhap")."""
    base = origin.rstrip("/")
    ctx = SiteContext(site_plan("wire", articles, seed), revision, base)
    site = _Site(ctx, base, sitemaps, paths, pager)
    site.d7 = theme == "d7"
    site.style, site.agency = style, STYLES[style][0]
    site.uids[site.agency] = site.uids.pop(AGENCY)
    return site.build()


class _Site:
    def __init__(self, ctx: SiteContext, base: str, sitemaps: str, paths: str,
                 pager: str) -> None:
        self.ctx, self.base, self.sitemaps, self.pager = ctx, base, sitemaps, pager
        self.heads = ctx.heads
        self.pages: dict[str, Page] = {}
        self.redirects: dict[str, str] = {}
        self.other: list[str] = []
        self.path = {h.index: self._path(h, paths) for h in self.heads}
        self.d7 = False
        #: The wire's style of dateline and credit (`STYLES`), and its name.
        self.style = "pti"
        self.agency = AGENCY
        self.tids = {slug: 100 + n for n, slug in
                     enumerate(sorted(ctx.plan.by_tag(1) | ctx.plan.by_tag(2)))}
        names = rng(ctx.seed, "drupal", "reporter").sample(PEOPLE, REPORTERS)
        self.uids = {name: 20 + n for n, name in enumerate(names)}
        self.uids[self.agency] = 7
        #: Galleries and videos: one each for every tenth article (nid, kind, head).
        self.media = [(h.post_id + 1, "photos" if h.index % 20 == 4 else "videos", h)
                      for h in self.heads if h.index % 10 == 4]

    @staticmethod
    def _path(head: Head, paths: str) -> str:
        slug = slugify(head.title, max_words=10)
        if paths == "story":
            return f"/story/{slug}-{head.post_id}.html"
        return f"/news/{head.section.slug}/{head.post_id}-{slug}"

    def body(self, head: Head) -> list[str]:
        """The story's paragraphs, its dateline in the agency's style."""
        paragraphs = self.ctx.body(head)
        if self.style == "pti":
            return paragraphs
        m = re.match(r"(.+?), (\w+) (\d+) \(PTI\) — (.*)", paragraphs[0], re.S)
        if m is None:
            return paragraphs
        place, month, day, rest = m.groups()
        year = head.published.astimezone(IST).year
        lead = STYLES[self.style][1].format(place=place, mon=month[:3], MON=month[:3].upper(),
                                            month=_MONTH_NAMES[month[:3]], day=day,
                                            year=year, rest=rest)
        return [lead, *paragraphs[1:]]

    def url(self, head: Head) -> str:
        return self.base + self.path[head.index]

    @staticmethod
    def media_title(kind: str, head: Head) -> str:
        return f"In pictures: {head.tags[0]}" if kind == "photos" else f"Watch: {head.title}"

    def media_path(self, nid: int, kind: str, head: Head) -> str:
        return f"/{kind}/{nid}-{slugify(self.media_title(kind, head), max_words=8)}"

    def add(self, path: str, text: str, changed: datetime, kind: str = HTML,
            article: bool = False) -> None:
        if self.d7 and kind == HTML:
            text = drupal7(text)
        self.pages[path] = Page(text.encode(), kind, changed)
        if not article:
            self.other.append(path)

    # -- the whole site -------------------------------------------------------------------
    def build(self) -> Portal:
        truth = []
        rows = manifest_rows(self.ctx.plan, self.ctx.revision, self.base)
        for head, row in zip(self.heads, rows, strict=True):
            paragraphs = self.body(head)
            self._article(head, paragraphs)
            who = reporter(head, self.ctx.seed)
            truth.append(Truth(self.url(head), head.title,
                               head.standfirst if has_summary(head) else None,
                               "\n\n".join(paragraphs), (who or self.agency,), self.agency,
                               head.dateline, head.published, head.modified, row.status))
            self.redirects[f"/node/{head.post_id}"] = self.url(head)
        self._media()
        self._listings()
        self._static()
        self._feed()
        self._sitemaps_and_robots()
        return Portal(self.pages, self.redirects, truth, self.other)

    # -- frame ----------------------------------------------------------------------------
    def frame(self, title: str, head: str, body_class: str, current: str, crumbs: str,
              content: str, query: str = "", trending: Sequence[Head] | None = None) -> str:
        b = self.base
        menu = "".join(
            f'<li class="menu-item"><a href="{b}/news/{s}" data-drupal-link-system-path="'
            f'taxonomy/term/{n + 1}">{esc(name)}</a></li>'
            for n, (s, name) in enumerate(WIRE_SECTIONS.items()))
        menu += (f'<li class="menu-item"><a href="{b}/photos">Photos</a></li>'
                 f'<li class="menu-item"><a href="{b}/videos">Videos</a></li>')
        searches = "".join(f'<li><a href="{b}/search/node?keys={t}">{t}</a></li>'
                           for t in SEARCHES)
        latest = "".join(
            f'<div class="views-row"><div class="views-field views-field-title"><span class="'
            f'field-content"><a href="{self.url(h)}" hreflang="en">{esc(h.title)}</a></span>'
            f'</div><div class="views-field views-field-created"><span class="field-content">'
            f'<time datetime="{_z(h.published)}" class="datetime">{_ago(h, self.ctx.now)}'
            f"</time></span></div></div>" for h in self.heads[:5])
        most = "".join(
            f'<li><a href="{self.url(h)}?utm_source=most_read&amp;utm_medium=sidebar">'
            f"{esc(h.title)}</a></li>" for h in (trending or self.heads[5:10]))
        footer = "".join(f'<li class="menu-item"><a href="{b}/{s}" data-drupal-link-system-path'
                         f'="node/{n + 1}">{esc(t)}</a></li>'
                         for n, (s, t) in enumerate(_STATIC.items()))
        settings = json.dumps({
            "path": {"baseUrl": "/", "pathPrefix": "", "currentPath": current,
                     "currentPathIsAdmin": False, "isFront": current == "node",
                     "currentLanguage": "en", "currentQuery": query or None},
            "pluralDelimiter": "\u0003", "ajaxPageState": {"libraries": "eJx1j0EOgzAM",
                                                            "theme": "agency", "theme_token": None},
            "views": {"ajax_path": "/views/ajax", "ajaxViews": {
                "views_dom_id:5f1c0a": {"view_name": "latest_news", "view_display_id": "block_1",
                                        "view_args": "", "view_path": "/" + current,
                                        "pager_element": 0}}},
            "user": {"uid": 0, "permissionsHash": "8b3f1a0c2e"}}, separators=(",", ":"))
        return _template("frame").substitute(
            head=head, b=b, name=NAME, title=esc(title), settings=settings,
            body_class=body_class, searches=searches, menu=menu, crumbs=crumbs,
            content=content, latest=latest, most=most, footer=footer)

    # -- articles -------------------------------------------------------------------------
    def _article(self, head: Head, paragraphs: Sequence[str]) -> None:
        html = self._article_page(head, paragraphs)
        path = self.path[head.index]
        self.add(path, html, head.last_modified, article=True)
        # The sidebar's "Load More" (`?page=1`, relative): Drupal ignores the query on a node.
        self.pages[f"{path}?page=1"] = self.pages[path]
        self._print(head, paragraphs)

    def _print(self, head: Head, paragraphs: Sequence[str]) -> None:
        """The print module's copy of the node (print.tpl.php at /print/<nid>): the article
        again, noindex, with its "Source URL:" line."""
        who = reporter(head, self.ctx.seed) or self.agency
        body = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
        url, b = self.url(head), self.base
        html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" version="XHTML+RDFa 1.0" dir="ltr">
  <head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <title>{esc(head.title)} | {NAME}</title>
    <meta name="robots" content="noindex, nofollow" />
    <link rel="canonical" href="{url}" />
    <link type="text/css" rel="stylesheet" href="{b}/sites/all/modules/print/css/print.css" />
  </head>
  <body>
    <div class="print-logo"><img class="print-logo" src="{b}/themes/custom/agency/logo.svg" \
alt="" /></div>
    <div class="print-site_name">Published on <em>{NAME}</em> (<a href="{b}">{b}</a>)</div>
    <p />
    <div class="print-breadcrumb"><a href="{b}/">Home</a> &gt; \
<a href="{b}/news/{head.section.slug}">{esc(head.section.name)}</a></div>
    <hr class="print-hr" />
    <div class="print-content"><h1 class="print-title">{esc(head.title)}</h1>
<div class="print-submitted">{esc(who)} &middot; {wire_time(head.published)}</div>
<div class="field field-name-body">{body}</div></div>
    <div class="print-footer">© 2024 {NAME}. All rights reserved.</div>
    <hr class="print-hr" />
    <div class="print-source_url"><strong>Source URL:</strong> <a href="{url}">{url}</a></div>
    <div class="print-links"></div>
  </body>
</html>
"""
        self.add(f"/print/{head.post_id}", html, head.last_modified)

    def _head_meta(self, head: Head, url: str) -> str:
        b, img = self.base, self._image(head)
        metas: list[tuple[str, str, str]] = [
            ("name", "description", _description(head, self.body(head))),
            ("name", "keywords", ", ".join(head.tags))]
        links = [f'<link rel="canonical" href="{url}" />',
                 f'<link rel="shortlink" href="{b}/node/{head.post_id}" />',
                 f'<link rel="image_src" href="{img}" />']
        if head.index % 4 != 3:  # the metatag module's Open Graph and article tags
            metas += [("property", "og:site_name", NAME), ("property", "og:type", "article"),
                      ("property", "og:url", url), ("property", "og:title", head.title),
                      ("property", "og:description", _description(head, self.body(head))),
                      ("property", "og:image", img),
                      ("property", "article:section", head.section.name),
                      *(("property", "article:tag", t) for t in head.tags),
                      ("property", "article:published_time", iso(head.published)),
                      ("property", "article:modified_time", iso(head.modified)),
                      ("name", "twitter:card", "summary_large_image"),
                      ("name", "twitter:site", "@PTI_News"),
                      ("name", "twitter:title", head.title)]
        lines = [f'<meta {k}="{key}" content="{esc(v)}" />' for k, key, v in metas] + links
        if head.index % 3 == 0:
            who = reporter(head, self.ctx.seed)
            author = ({"@type": "Person", "name": who} if who else
                      {"@type": "Organization", "name": self.agency})
            ld = {"@context": "https://schema.org", "@graph": [{
                "@type": "NewsArticle", "headline": head.title, "name": head.title,
                "description": _description(head, self.body(head)), "about": list(head.tags),
                "image": {"@type": "ImageObject", "representativeOfPage": "True", "url": img},
                "datePublished": iso(head.published), "dateModified": iso(head.modified),
                "isAccessibleForFree": "True", "author": author,
                "publisher": {"@type": "NewsMediaOrganization", "@id": f"{b}/", "name": NAME,
                              "url": f"{b}/", "logo": {
                                  "@type": "ImageObject",
                                  "url": f"{b}/themes/custom/agency/logo.png"}},
                "mainEntityOfPage": url}]}
            lines.append('<script type="application/ld+json">'
                         + json.dumps(ld, ensure_ascii=False, indent=4) + "</script>")
        return "\n".join(lines)

    def _image(self, h: Head) -> str:
        local = h.published.astimezone(IST)
        return (f"{self.base}/sites/default/files/styles/large/public/{local.year}-"
                f"{local.month:02d}/{slugify(h.title, max_words=5)}.jpg?itok=Xy{h.post_id % 97}")

    def _article_page(self, head: Head, paragraphs: Sequence[str]) -> str:
        b, url, title = self.base, self.url(head), esc(head.title)
        who = reporter(head, self.ctx.seed)
        uid = self.uids[who or self.agency]
        byline = (f'By <a href="{b}/user/{uid}" hreflang="en">{esc(who)}</a>' if who else
                  f'<a href="{b}/user/{uid}" hreflang="en">{self.agency}</a>')
        if who and head.index % 9 == 8:  # the desk's editor credited under the reporter
            editor = next(n for n in self.uids if n not in (who, self.agency))
            byline += f"<br />\nEdited by: {esc(editor)}"
        if head.index % 8 == 6:  # the wire's text pasted as one block: <br><br> between
            body = ["<p>" + "<br />\n<br />\n".join(esc(p) for p in paragraphs) + "</p>"]
        else:
            body = self._noise(head, [f"<p>{esc(p)}</p>" for p in paragraphs])
        enc = quote_plus(url)
        share = (f'<div class="social-share"><span class="social-share__label">Share</span>'
                 f'<ul class="social-share__links"><li><a href="https://www.facebook.com/sharer/'
                 f'sharer.php?u={enc}" class="share-facebook" target="_blank">Facebook</a></li>'
                 f'<li><a href="https://twitter.com/intent/tweet?url={enc}&amp;text='
                 f'{quote_plus(head.title)}" class="share-x" target="_blank">X</a></li><li><a '
                 f'href="https://api.whatsapp.com/send?text={enc}" class="share-whatsapp" '
                 f'target="_blank">WhatsApp</a></li><li><a href="https://www.linkedin.com/'
                 f'sharing/share-offsite/?url={enc}" class="share-linkedin">LinkedIn</a></li>'
                 f'<li><button class="share-copy" data-url="{url}">Copy link</button></li>'
                 f'<li><a href="{b}/print/{head.post_id}" title="Display a printer-friendly '
                 f'version of this page." class="print-page" rel="nofollow">Printer-friendly '
                 f"version</a></li>"
                 f"</ul></div>")
        tags = "".join(f'<div class="field__item"><a href="{b}/taxonomy/term/'
                       f'{self.tids[slugify(t)]}" hreflang="en">{esc(t)}</a></div>'
                       for t in head.tags)
        if who:
            box = (f'<div class="author-box"><div class="author-box__picture"><img src="/sites/'
                   f'default/files/pictures/{slugify(who)}.jpg" alt="{esc(who)}" /></div><div '
                   f'class="author-box__info"><h3 class="author-box__name"><a href="{b}/user/'
                   f'{uid}">{esc(who)}</a></h3><div class="author-box__bio">{esc(who)} is a '
                   f"Special Correspondent with {NAME} and writes on politics, courts and "
                   f"governance.</div></div></div>")
        else:
            box = (f'<div class="author-box author-box--desk"><div class="author-box__info"><h3 '
                   f'class="author-box__name">About {self.agency}</h3><div class="author-box__bio">'
                   f"{_DESK_BIO}</div></div></div>")
        related = "".join(
            f'<div class="views-row"><div class="views-field views-field-field-image"><div '
            f'class="field-content"><a href="{self.url(h)}"><img src="{self._image(h)}" alt="" '
            f'/></a></div></div><div class="views-field views-field-title"><span class="field-'
            f'content"><a href="{self.url(h)}" hreflang="en">{esc(h.title)}</a></span></div>'
            f'<div class="views-field views-field-created"><span class="field-content"><time '
            f'datetime="{_z(h.published)}">{_medium(h.published)}</time></span></div></div>'
            for h in self.ctx.related(head, 4))
        subtitle = (f'<div class="field field--name-field-summary field--type-string-long '
                    f'field--label-hidden field__item">{esc(head.standfirst)}</div>'
                    if has_summary(head) else "")
        caption = f"{esc(head.tags[0])}: A file image. (PTI Photo)"
        content = _template("article").substitute(
            nid=head.post_id, url=url, b=b, section_slug=head.section.slug,
            section=esc(head.section.name), title=title, subtitle=subtitle, byline=byline,
            published_z=_z(head.published), published_long=_long(head.published),
            published=wire_time(head.published), updated=_updated(head), share=share,
            image=self._image(head), image_alt=esc(head.tags[0]), caption=caption,
            body="".join(body), tags=tags, box=box, related=related)
        crumbs = (f'<li><a href="{b}/news/{head.section.slug}">{esc(head.section.name)}</a></li>'
                  f"<li>{title}</li>")
        return self.frame(
            f"{head.title} | {NAME}", self._head_meta(head, url),
            f"path-node page-node-type-article section-{head.section.slug}",
            f"node/{head.post_id}", crumbs, content, trending=self.ctx.trending(head)[:5])

    def _noise(self, head: Head, body: list[str]) -> list[str]:
        """What the desk and the CMS put among the paragraphs, none of it the copy."""
        out = list(body)
        if head.index % 4 == 1 and len(out) > 3:  # a media embed with its caption
            out.insert(2, f'<figure role="group" class="caption caption-drupal-media align-'
                          f'center"><div><article class="media media--type-image media--view-'
                          f'mode-default"><div class="field field--name-field-media-image field'
                          f'--type-image field--label-visually_hidden"><div class="field__label '
                          f'visually-hidden">Image</div><div class="field__item"><img loading="'
                          f'lazy" src="{self._image(head)[:-4]}-2.jpg" width="640" height="360" '
                          f'alt="" /></div></div></article></div><figcaption>'
                          f"{esc(head.tags[-1])}: officials at the site on Tuesday. (PTI Photo)"
                          f"</figcaption></figure>")
        related = self.ctx.related(head, 1)
        if head.index % 4 == 2 and related and len(out) > 4:
            out.insert(3, f'<p><strong>Also read:</strong> <a href="{self.url(related[0])}">'
                          f"{esc(related[0].title)}</a></p>")
        if head.index % 6 == 3 and len(out) > 3:
            out.insert(2, f'<div class="ad-slot ad-slot--inline"><div class="ad-slot__label">'
                          f'Advertisement</div><div id="div-gpt-ad-{head.post_id}-0" style="'
                          f'min-height:250px"></div></div>')
        if head.index % 5 == 1:  # the desk's own note, typed into the copy
            out.insert(0, f"<p><em>Updated on {wire_time(head.modified)}</em></p>")
        if head.index % 7 == 5:
            out.append('<p><strong>Follow PTI on <a href="https://x.com/PTI_News">X</a> and '
                       '<a href="https://whatsapp.com/channel/0029Va">WhatsApp</a> for the '
                       "latest news.</strong></p>")
        return out

    # -- galleries and videos -------------------------------------------------------------
    def _media(self) -> None:
        b = self.base
        for nid, kind, head in self.media:
            path = self.media_path(nid, kind, head)
            url = b + path
            title = self.media_title(kind, head)
            paragraphs = self.body(head)
            if kind == "photos":
                items = "".join(
                    f'<div class="field__item"><figure class="gallery-item"><img src="'
                    f'{self._image(head)[:-4]}-{n}.jpg" width="1024" height="683" alt="" />'
                    f"<figcaption>{esc(p.split(' — ')[-1].split('. ')[0].rstrip('.'))}. (PTI Photo)"
                    f"</figcaption></figure></div>"
                    for n, p in enumerate(paragraphs[:6], 1))
                inner = (f'<div class="field field--name-field-gallery-images field--type-'
                         f'image field--label-hidden field__items">{items}</div>')
            else:
                inner = (f'<div class="field field--name-field-video field--type-video-embed-'
                         f'field field--label-hidden field__item"><div class="video-embed-field'
                         f'-provider-youtube video-embed-field-responsive-video"><iframe width="'
                         f'854" height="480" frameborder="0" allowfullscreen="allowfullscreen" '
                         f'src="https://www.youtube.com/embed/v{nid}?autoplay=0&amp;start=0&amp;'
                         f'rel=0"></iframe></div></div><div class="clearfix text-formatted field '
                         f'field--name-body field--type-text-with-summary field--label-hidden '
                         f'field__item"><p>{esc(head.standfirst)}</p></div>')
            ntype = "photo-gallery" if kind == "photos" else "video"
            content = (
                f'<div id="block-agency-content" class="block block-system block-system-main-'
                f'block"><article data-history-node-id="{nid}" class="node node--type-{ntype} '
                f'node--view-mode-full"><h1 class="page-title"><span class="field field--name-'
                f'title field--type-string field--label-hidden">{esc(title)}</span></h1><div '
                f'class="node__meta"><div class="node__submitted">Published: <span class="field '
                f'field--name-created"><time datetime="{_z(head.published)}" class="datetime">'
                f'{wire_time(head.published)}</time></span></div></div>{inner}</div></article>'
                f"</div>")
            meta = "\n".join(
                f'<meta property="{k}" content="{esc(v)}" />' for k, v in (
                    ("og:site_name", NAME), ("og:type", "article"), ("og:url", url),
                    ("og:title", title), ("og:image", self._image(head)),
                    ("article:published_time", iso(head.published)))
            ) + f'\n<link rel="canonical" href="{url}" />'
            crumbs = f'<li><a href="{b}/{kind}">{kind.title()}</a></li>'
            self.add(path, self.frame(f"{title} | {NAME}", meta,
                                      f"path-node page-node-type-{ntype}", f"node/{nid}",
                                      crumbs, content), head.published)
            self.redirects[f"/node/{nid}"] = url

    # -- listings -------------------------------------------------------------------------
    def _teaser(self, h: Head) -> str:
        return (f'<article data-history-node-id="{h.post_id}" class="node node--type-article '
                f'node--promoted node--view-mode-teaser"><div class="field field--name-field-'
                f'image"><a href="{self.url(h)}"><img src="{self._image(h)}" width="320" height'
                f'="180" alt="" /></a></div><h2 class="node__title"><a href="{self.url(h)}" rel='
                f'"bookmark"><span class="field field--name-title">{esc(h.title)}</span></a></h2>'
                f'<div class="node__submitted"><time datetime="{_z(h.published)}">'
                f'{wire_time(h.published)}</time></div><div class="field field--name-body field'
                f'--type-text-with-summary field--label-hidden field__item"><p>'
                f"{esc(h.standfirst)}</p></div></article>")

    def _listings(self) -> None:
        self._listing("/", "", self.heads, "path-frontpage", "node", front=True)
        sections = self.ctx.plan.in_section(self.ctx.revision)
        for n, (slug, name) in enumerate(WIRE_SECTIONS.items()):
            if slug in sections:
                self._listing(f"/news/{slug}", name, sections[slug],
                              f"path-taxonomy section-{slug}", f"taxonomy/term/{n + 1}")
        for slug, heads in self.ctx.plan.by_tag(self.ctx.revision).items():
            name = next(t for t in heads[0].tags if slugify(t) == slug)
            tid = self.tids[slug]
            self._listing(f"/taxonomy/term/{tid}", name, heads, "path-taxonomy",
                          f"taxonomy/term/{tid}")
        for who, uid in self.uids.items():
            mine = [h for h in self.heads if (reporter(h, self.ctx.seed) or self.agency) == who]
            bio = (_DESK_BIO if who == self.agency else
                   f"{who} is a Special Correspondent with {NAME}.")
            profile = (f'<article class="profile"><div class="field field--name-user-picture">'
                       f'<img src="/sites/default/files/pictures/{slugify(who)}.jpg" alt="" />'
                       f'</div><div class="field field--name-field-bio">{esc(bio)}</div>'
                       f"</article>")
            name = who if who != self.agency else f"{self.agency} Desk"
            self._listing(f"/user/{uid}", name, mine, "path-user", f"user/{uid}", intro=profile)
        for kind in ("photos", "videos"):
            items = [m for m in self.media if m[1] == kind]
            cards = "".join(
                f'<div class="views-row"><a href="{self.base}{self.media_path(*m)}"><img src="'
                f'{self._image(m[2])}" alt="" /></a><h3><a href="{self.base}'
                f'{self.media_path(*m)}">{esc(m[2].tags[0])}</a></h3></div>' for m in items)
            content = (f'<h1 class="page-title">{kind.title()}</h1><div class="view view-'
                       f'{kind}"><div class="view-content">{cards}</div></div>')
            self.add(f"/{kind}", self.frame(f"{kind.title()} | {NAME}", "",
                                            "path-view", kind, "", content), LAUNCHED)
        for term in SEARCHES:
            found = [h for h in self.heads if term in f"{h.title} {h.standfirst}".lower()]
            self._listing("/search/node", f"Search for {term}", found, "path-search",
                          "search/node", query=f"keys={term}")

    def _listing(self, path: str, title: str, heads: Sequence[Head], body_class: str,
                 current: str, *, query: str = "", front: bool = False, intro: str = "") -> None:
        b = self.base
        pages = pages_of(len(heads), PAGE_SIZE)
        loadmore = self.pager == "loadmore" and not front

        def at(n: int) -> str:  # Drupal counts pages from 0: ?page=1 is the second
            q = "&".join(x for x in (query, f"page={n}" if n else "") if x)
            return f"?{q}" if q else path

        for page in range(pages):
            shown = heads[page * PAGE_SIZE:(page + 1) * PAGE_SIZE]
            if loadmore:
                nav = ("" if page + 1 >= pages else
                       f'<ul class="pager pager--load-more js-pager__items"><li class="pager__'
                       f'item"><a href="{at(page + 1)}" title="Load more items" rel="next">Load '
                       f"More</a></li></ul>")
            else:
                items = "".join(
                    f'<li class="pager__item{" is-active" if n == page else ""}"><a href="'
                    f'{at(n)}" title="Go to page {n + 1}">{n + 1}</a></li>'
                    for n in range(pages) if abs(n - page) < 4)
                nav = ('<nav class="pager" role="navigation" aria-labelledby="pagination-'
                       'heading"><h4 id="pagination-heading" class="visually-hidden">'
                       'Pagination</h4><ul class="pager__items js-pager__items">'
                       + (f'<li class="pager__item pager__item--first"><a href="{at(0)}" title='
                          f'"Go to first page">« First</a></li><li class="pager__item pager__item'
                          f'--previous"><a href="{at(page - 1)}" title="Go to previous page" rel='
                          f'"prev">‹ Previous</a></li>' if page else "") + items
                       + (f'<li class="pager__item pager__item--next"><a href="{at(page + 1)}" '
                          f'title="Go to next page" rel="next">Next ›</a></li><li class="pager__'
                          f'item pager__item--last"><a href="{at(pages - 1)}" title="Go to last '
                          f'page">Last »</a></li>' if page + 1 < pages else "") + "</ul></nav>")
            teasers = "".join(self._teaser(h) for h in shown) or (
                '<div class="view-empty"><h3>Your search yielded no results.</h3></div>')
            blocks = self._front_blocks() if front and page == 0 else ""
            heading = "" if front else f'<h1 class="page-title">{esc(title)}</h1>'
            content = (f'<div id="block-agency-content" class="block block-system block-system-'
                       f'main-block">{heading}{intro if page == 0 else ""}{blocks}<div class="'
                       f'views-element-container"><div class="view view-taxonomy-term view-id-'
                       f'taxonomy_term view-display-id-page_1 js-view-dom-id-a1b2c3"><div class='
                       f'"view-content">{teasers}</div>{nav}</div></div></div>')
            key = path if not (query or page) else f"{path}{at(page)}"
            shown_title = title or f"{NAME} | Latest news from India and the world"
            if page:
                shown_title = f"{title or 'Latest news'} | Page {page + 1}"
            canonical = b + (path if not (query or page) else f"{path}{at(page)}")
            head = (f'<link rel="canonical" href="{canonical}" />\n'
                    f'<meta property="og:site_name" content="{NAME}" />\n'
                    f'<meta property="og:type" content="website" />\n'
                    f'<meta property="og:title" content="{esc(shown_title)}" />')
            if query:
                head += '\n<meta name="robots" content="noindex" />'
            changed = heads[0].published if heads else LAUNCHED
            self.add(key, self.frame(f"{shown_title} | {NAME}" if title else shown_title,
                                     head, body_class, current, "", content,
                                     query=at(page).lstrip("?") if page or query else ""),
                     changed)

    def _front_blocks(self) -> str:
        sections = self.ctx.plan.in_section(self.ctx.revision)
        blocks = []
        for slug in ("national", "world", "business", "sports"):
            heads = sections.get(slug, ())[:3]
            rows = "".join(
                f'<div class="views-row"><h3><a href="{self.url(h)}">{esc(h.title)}</a></h3>'
                f'<time datetime="{_z(h.published)}">{wire_time(h.published)}</time></div>'
                for h in heads)
            blocks.append(f'<div class="block block-views section-block"><h2 class="block-title">'
                          f'<a href="{self.base}/news/{slug}">{esc(WIRE_SECTIONS[slug])}</a>'
                          f'</h2><div class="view-content">{rows}</div></div>')
        return "".join(blocks)

    # -- the rest -------------------------------------------------------------------------
    def _static(self) -> None:
        texts = {
            "about-us": [f"{NAME} is the country's largest news agency. It was registered in "
                         "1947 and took over from the Associated Press of India in 1949.",
                         "The agency has more than 400 journalists and 500 stringers across "
                         "every district headquarters, and correspondents in major capitals "
                         "of the world.",
                         "It supplies news in English and Hindi, photographs and video to "
                         "about 500 newspapers and hundreds of television channels, radio "
                         "stations and websites.",
                         "Its board is drawn from the newspapers that own it as a non-profit "
                         "cooperative."],
            "contact-us": ["Write to the news desk for corrections and feedback on our copy.",
                           "For subscriptions to the news, photo and video services, contact "
                           "the marketing department at our head office in New Delhi."],
            "privacy-policy": ["We collect the information you give us when you subscribe "
                               "to our services or write to us, and the usual web server logs.",
                               "We use cookies to remember your preferences and to measure "
                               "how our pages are read. You can turn cookies off in your "
                               "browser.",
                               "We do not sell your personal information. We share it only "
                               "with service providers who process it for us, under contract.",
                               "You may ask us for a copy of the information we hold about "
                               "you, and to correct or delete it."],
            "terms-of-use": ["All content on this website is the copyright of the agency. "
                             "You may not reproduce, republish or redistribute it without "
                             "written permission.",
                             "The agency makes every effort to ensure the accuracy of its "
                             "reports but accepts no liability for errors or omissions.",
                             "These terms are governed by the laws of India and the courts of "
                             "New Delhi have exclusive jurisdiction."]}
        for n, (slug, title) in enumerate(_STATIC.items()):
            paras = "".join(f"<p>{esc(p)}</p>" for p in texts[slug])
            form = ""
            if slug == "contact-us":
                form = ('<form class="webform-submission-form" action="/contact-us" method="post"'
                        ' id="webform-submission-contact-node-2-add-form"><div class="form-item">'
                        '<label for="edit-name">Your Name</label><input type="text" id="edit-'
                        'name" name="name" class="form-text required" /></div><div class="form-'
                        'item"><label for="edit-message">Message</label><textarea id="edit-'
                        'message" name="message"></textarea></div><input type="submit" value="'
                        'Send message" class="button" /></form>')
            content = (f'<div id="block-agency-content" class="block block-system block-system-'
                       f'main-block"><article data-history-node-id="{n + 1}" class="node node--'
                       f'type-page node--view-mode-full"><h1 class="page-title"><span class="field'
                       f' field--name-title field--type-string field--label-hidden">{esc(title)}'
                       f'</span></h1><div class="node__content"><div class="clearfix text-'
                       f'formatted field field--name-body field--type-text-with-summary field--'
                       f'label-hidden field__item">{paras}</div>{form}</div></article></div>')
            url = f"{self.base}/{slug}"
            head = (f'<link rel="canonical" href="{url}" />\n<link rel="shortlink" href="'
                    f'{self.base}/node/{n + 1}" />\n<meta property="og:site_name" content="'
                    f'{NAME}" />\n<meta property="og:type" content="article" />\n<meta property'
                    f'="og:title" content="{esc(title)}" />')
            self.add(f"/{slug}", self.frame(f"{title} | {NAME}", head, "path-node page-node-"
                                            "type-page", f"node/{n + 1}", "", content), LAUNCHED)
            self.redirects[f"/node/{n + 1}"] = url

    def _feed(self) -> None:
        """Drupal's /rss.xml: the promoted nodes (a gallery among them), teaser HTML."""
        built = max(h.modified for h in self.heads)
        entries: list[tuple[str, str, str, datetime, int]] = [
            (self.url(h), h.title, f"<p>{esc(h.standfirst)}</p>", h.published, h.post_id)
            for h in self.heads[:10]]
        photos = [m for m in self.media if m[1] == "photos"][:1]
        for nid, kind, h in photos:
            entries.insert(3, (self.base + self.media_path(nid, kind, h),
                               self.media_title(kind, h), "<p>Photos.</p>", h.published, nid))
        items = "".join(
            f"<item>\n  <title>{esc(t)}</title>\n  <link>{esc(u)}</link>\n  <description>"
            f"{esc(d)}</description>\n  <pubDate>{rfc822(p)}</pubDate>\n  <dc:creator>{self.agency}"
            f'</dc:creator>\n  <guid isPermaLink="false">{nid} at {esc(self.base)}</guid>\n'
            f"</item>\n" for u, t, d, p, nid in entries)
        self.add("/rss.xml", f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xml:base="{esc(self.base)}/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>{NAME}</title>
  <link>{esc(self.base)}/</link>
  <description>Latest news</description>
  <language>en</language>
  <atom:link href="{esc(self.base)}/rss.xml" rel="self" type="application/rss+xml" />
{items}</channel>
</rss>
""", built, "application/rss+xml; charset=utf-8")

    def _sitemaps_and_robots(self) -> None:
        b = self.base
        rules = ["#", "# robots.txt", "#", "User-agent: *", "# CSS, JS, Images",
                 "Allow: /core/*.css$", "Allow: /core/*.js$", "# Directories",
                 "Disallow: /core/", "Disallow: /profiles/", "# Files", "Disallow: /README.md",
                 "# Paths (clean URLs)", *(f"Disallow: {p}" for p in DISALLOWED),
                 "Disallow: /filter/tips", "Disallow: /user/password", "Disallow: /user/logout",
                 "# Paths (no clean URLs)", "Disallow: /index.php/admin/",
                 "Disallow: /index.php/search/", ""]
        if self.sitemaps == "named":
            rules.append(f"Sitemap: {b}/sitemap.xml")
        self.add("/robots.txt", "\n".join(rules) + "\n", LAUNCHED, "text/plain; charset=UTF-8")
        if self.sitemaps == "none":
            return
        newest = max(h.lastmod for h in self.heads)
        entries: list[tuple[str, datetime, str]] = [(f"{b}/", newest, "daily")]
        entries += [(self.url(h), h.lastmod, "weekly")
                    for h in sorted(self.heads, key=lambda h: h.post_id)]
        entries += [(b + self.media_path(*m), m[2].published, "monthly") for m in self.media]
        entries += [(f"{b}/{s}", LAUNCHED, "yearly") for s in _STATIC]
        entries += [(f"{b}/news/{s}", newest, "daily") for s in WIRE_SECTIONS]
        entries += [(f"{b}/taxonomy/term/{tid}", newest, "weekly")
                    for slug, tid in self.tids.items()
                    if slug in self.ctx.plan.by_tag(self.ctx.revision)]
        chunks = [entries[i:i + SITEMAP_CHUNK] for i in range(0, len(entries), SITEMAP_CHUNK)]
        xsl = f'<?xml-stylesheet type="text/xsl" href="{b}/sitemap_generator/default/sitemap.xsl"?>'
        for n, chunk in enumerate(chunks, 1):
            urls = "".join(
                f"<url><loc>{esc(loc)}</loc><lastmod>{iso(at)}</lastmod><changefreq>{freq}"
                f"</changefreq><priority>{'1.0' if loc == b + '/' else '0.5'}</priority></url>"
                for loc, at, freq in chunk)
            self.add(f"/sitemap.xml?page={n}",
                     f'<?xml version="1.0" encoding="UTF-8"?>{xsl}<urlset xmlns="http://www.'
                     f'sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/'
                     f'xhtml" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">'
                     f"{urls}</urlset>", max(at for _, at, _ in chunk), XML)
        index = "".join(f"<sitemap><loc>{b}/sitemap.xml?page={n}</loc><lastmod>{iso(newest)}"
                        f"</lastmod></sitemap>" for n in range(1, len(chunks) + 1))
        self.add("/sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?>{xsl}<sitemapindex '
                 f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{index}</sitemapindex>',
                 newest, XML)


_D7_FIELD = re.compile(r"\bfield--(name|type|label)-")
_D7_NODE = re.compile(r'class="node node--type-([\w-]+)')
_D7_BODY = re.compile(r'<body class="([^"]*)">')
_D7_SETTINGS = re.compile(
    r'<script type="application/json" data-drupal-selector="drupal-settings-json">(.*?)</script>')


def drupal7(html: str) -> str:
    """A page of the Drupal 10 theme as a Drupal 7 (Zen-style HTML5) theme prints it: its
    generator, `<body class>` ("html not-front not-logged-in … page-node page-node-
    page-node-<nid> node-type-article", "front", "page-taxonomy-term", "page-user"),
    `field-name-*` field classes, `node node-article` nodes and `Drupal.settings`."""
    settings = _D7_SETTINGS.search(html)
    current = json.loads(settings.group(1))["path"]["currentPath"] if settings else ""

    def body(m: re.Match[str]) -> str:
        cls = m.group(1).split()
        out = ["html", "front" if "path-frontpage" in cls else "not-front", "not-logged-in",
               "one-sidebar", "sidebar-second"]
        parts = current.split("/")
        if "path-node" in cls:
            kind = next(c for c in cls if c.startswith("page-node-type-"))
            out += ["page-node", "page-node-", f"page-node-{parts[-1]}",
                    kind.replace("page-node-type-", "node-type-")]
        elif "path-taxonomy" in cls:
            out += ["page-taxonomy", "page-taxonomy-term", f"page-taxonomy-term-{parts[-1]}"]
        elif "path-user" in cls:
            out += ["page-user", f"page-user-{parts[-1]}"]
        elif "path-search" in cls:
            out += ["page-search", "page-search-node"]
        elif "path-view" in cls:
            out.append(f"page-{parts[0]}")
        elif "path-frontpage" in cls:
            out.append("page-node")
        return f'<body class="{" ".join(out)}">'

    html = _D7_BODY.sub(body, html)
    html = _D7_FIELD.sub(lambda m: f"field-{m.group(1)}-", html)
    html = _D7_NODE.sub(lambda m: f'class="node node-{m.group(1)}', html)
    html = (html.replace(" node--view-mode-full", " view-mode-full")
            .replace(" node--view-mode-teaser", " node-teaser view-mode-teaser")
            .replace(" node--promoted", " node-promoted")
            .replace('content="Drupal 10 (https://www.drupal.org)"',
                     'content="Drupal 7 (http://drupal.org)"'))
    if settings:
        html = html.replace(settings.group(0), '<script>jQuery.extend(Drupal.settings, '
                            '{"basePath":"\\/","pathPrefix":"","ajaxPageState":{"theme":'
                            '"agency","theme_token":"x9Qm"}});</script>')
    return html


@functools.cache
def _template(name: str) -> Template:
    """A page skeleton of the theme (drupal_templates/NAME.html), `$name` placeholders."""
    return Template((Path(__file__).parent / "drupal_templates" / f"{name}.html").read_text(
        encoding="utf-8"))


def _updated(head: Head) -> str:
    """The visible "Updated" line: the theme's, or on one in eight a custom field's format."""
    if head.index % 8 == 7:
        local = head.modified.astimezone(IST)
        return "Last Updated: " + local.strftime("%d %b %Y %I:%M %p") + " (IST)"
    return f"Updated: {wire_time(head.modified)}"


def _z(at: datetime) -> str:
    """Drupal's `<time datetime>`: UTC with a Z."""
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _medium(at: datetime) -> str:
    """Drupal's "medium" date format in IST: "Tue, 12/17/2024 - 13:03"."""
    local = at.astimezone(IST)
    return local.strftime("%a, %m/%d/%Y - %H:%M")


def _long(at: datetime) -> str:
    """Drupal's "long" format, the `<time title>`: "Tuesday, December 17, 2024 - 13:03"."""
    return at.astimezone(IST).strftime("%A, %B %-d, %Y - %H:%M")


def _ago(head: Head, now: datetime) -> str:
    """The views "time ago" formatter."""
    minutes = max(1, int((now - head.published) / timedelta(minutes=1)))
    if minutes < 60:
        return f"{minutes} min ago"
    if minutes < 60 * 24:
        return f"{minutes // 60} hours ago"
    return f"{minutes // (60 * 24)} days ago"
