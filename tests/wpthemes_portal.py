"""WordPress news themes the other rehearsal portals do not cover, each a whole agency portal
saved as a `wget -m -E` mirror would save it, for `newsscraper parse FOLDER`.

Ten themes, each its own site (folder `<host>/…`) with the markup its templates print: Jannah
(TieLabs, `tie-`), Soledad (PenciDesign, `penci-`), Foxiz (`s-`/`p-` blocks), Newspack
(Automattic), ColorMag (ThemeGrill, `cm-`), SmartMag (Bunyad, `the-post`), Zox News (`mvp-`),
Publisher (BetterStudio, `bs-`/`post-`), GeneratePress and Kadence. Around the copy: breadcrumbs,
meta lines, share bars, featured-image captions, in-content ads, "Also Read" boxes, tags,
author box with the agency's bio, post navigation, related posts, comments with replies, the
comment form, newsletter boxes, "Load more"/"Show more" buttons, the "Last updated:" and "This
post was last modified on …" lines.

Metadata by theme: Yoast SEO (head + JSON-LD @graph, times in UTC), Rank Math (its @graph with
Person and NewsArticle, local offsets), All in One SEO (its @graph, BlogPosting/NewsArticle),
or no SEO plugin (the page's visible text and `<time>` attributes only).

Non-article pages each site's mirror holds: home and `/page/2/`, category (+ `/page/2/`), tag,
author archive, date archive, search results, attachment page, About and Contact, each post's
`/embed/` card, `?replytocom=` copy and `/amp/` copy, the feed saved as `feed/index.html`, a
404 page.

Stories: the testsite's "wpportal" plan (datelines, Indian newsroom zone +05:30), credited in
turn to IANS, PTI and ANI (the byline is the agency).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from newsscraper.testsite.context import SiteContext
from newsscraper.testsite.fmt import esc, iso, rfc822, wp_date, wp_datetime, wp_time
from newsscraper.testsite.model import IST, Head
from newsscraper.testsite.plan import site_plan
from newsscraper.testsite.words import COMMENTERS, COMMENTS

#: theme → SEO plugin ("yoast", "rankmath", "aioseo", "none").
THEMES = {
    "jannah": "yoast", "soledad": "rankmath", "foxiz": "rankmath", "newspack": "yoast",
    "colormag": "none", "smartmag": "aioseo", "zoxnews": "yoast", "publisher": "none",
    "generatepress": "rankmath", "kadence": "aioseo", "elementor": "none", "sahifa": "aioseo",
}
#: All in One SEO sites with its Social Networks module off (JSON-LD only, no og:*).
AIOSEO_NO_SOCIAL = {"kadence", "sahifa"}
#: Themes that print the excerpt/secondary title as a subtitle under the headline.
SUBTITLED = {"jannah", "newspack", "zoxnews", "publisher", "foxiz", "elementor"}
AGENCIES = (("IANS", "Indo-Asian News Service", "ians"), ("PTI", "Press Trust of India", "pti"),
            ("ANI", "Asian News International", "ani"))
BIOS = {
    "IANS": "Indo-Asian News Service or IANS is a private Indian news agency. It was founded "
            "in 1986 by Indian American publisher Gopal Raju as the \"India Abroad News "
            "Service\" and later renamed.",
    "PTI": "Press Trust of India is the largest news agency in India. It is headquartered in "
           "New Delhi and is a nonprofit cooperative among more than 450 newspapers.",
    "ANI": "Asian News International is an Indian news agency that provides syndicated "
           "multimedia news feed to television, online, broadband and mobile networks.",
}
#: Themes whose byline prints the agency's long name (the record's author is that name).
LONG_BYLINE = {"colormag", "smartmag"}
HTML = "text/html; charset=UTF-8"


@dataclass(frozen=True)
class Truth:
    url: str
    title: str
    subtitle: str | None
    body: str
    authors: tuple[str, ...]
    agency: str
    dateline: str | None
    section: str
    published: str
    modified: str
    theme: str
    image: str
    tags: tuple[str, ...]


@dataclass
class Story:
    head: Head
    paragraphs: list[str]
    agency: str
    long: str
    slug: str
    url: str
    path: str
    byline: str
    dateline: str | None


@dataclass
class Mirror:
    #: file path inside the mirror folder → bytes
    files: dict[str, bytes]
    #: file path → the URL it was saved from
    address: dict[str, str]
    truth: list[Truth]


_OPENING = re.compile(r"^(?P<place>[A-Z][A-Z .'-]+), (?P<mon>[A-Z][a-z]{2}) (?P<day>\d+) "
                      r"\(IANS\) — ")
_FULL_MONTHS = {m[:3]: m for m in ("January", "February", "March", "April", "May", "June",
                                   "July", "August", "September", "October", "November",
                                   "December")}


def _credit(paragraphs: list[str], agency: str, world: bool) -> tuple[list[str], str | None]:
    """The copy as the agency writes its opening, and the dateline place as printed: IANS
    "NEW DELHI, Dec 8 (IANS) — …", PTI "New Delhi, Dec 8 (PTI) …", ANI "New Delhi [India],
    December 8 (ANI): …" (the country in brackets at home)."""
    out = list(paragraphs)
    m = _OPENING.match(out[0])
    if not m:
        return out, None
    rest = out[0][m.end():]
    place = m["place"]
    if agency == "PTI":
        place = place.title()
        out[0] = f"{place}, {m['mon']} {m['day']} (PTI) {rest}"
    elif agency == "ANI":
        place = place.title()
        where = place if world else f"{place} [India]"
        out[0] = f"{where}, {_FULL_MONTHS[m['mon']]} {m['day']} (ANI): {rest}"
    return out, place


def build(articles: int = 8, themes: tuple[str, ...] = tuple(THEMES)) -> Mirror:
    mirror = Mirror({}, {}, [])
    for n, theme in enumerate(themes):
        _Site(theme, n, articles, mirror).build()
    return mirror


class _Site:
    def __init__(self, theme: str, n: int, articles: int, mirror: Mirror) -> None:
        self.theme, self.seo, self.mirror = theme, THEMES[theme], mirror
        self.host = f"www.{theme}-news.example"
        self.base = f"https://{self.host}"
        self.name = f"{theme.capitalize()} Samachar"
        ctx = SiteContext(site_plan("wpportal", articles, 31 + n), 1, self.base)
        self.stories: list[Story] = []
        for h in ctx.heads:
            agency, long, aslug = AGENCIES[(h.index + n) % 3]
            slug = h.path.strip("/").split("/")[-1]
            local = h.published.astimezone(IST)
            path = f"/{local.year}/{local.month:02d}/{local.day:02d}/{slug}/"
            if theme in ("newspack", "kadence"):
                path = f"/{h.section.slug.split('/')[-1]}/{slug}/"
            byline = long if theme in LONG_BYLINE else agency
            copy, place = _credit(ctx.body(h), agency, h.section.slug.startswith("world"))
            self.stories.append(Story(h, copy, agency, long, aslug, self.base + path, path,
                                      byline, place))

    # -- files --------------------------------------------------------------------------
    def save(self, path: str, text: str, name: str = "index.html") -> None:
        """A page at `path` (URL path, maybe with ?query) as wget -m -E saves it."""
        route, _, query = path.partition("?")
        file = f"{self.host}{route}"
        if route.endswith("/"):
            file += name
        if query:
            file += f"?{query}.html"
        self.mirror.files[file] = text.encode()
        self.mirror.address[file] = self.base + path

    def build(self) -> None:
        for s in self.stories:
            self.save(s.path, self.post(s))
            self.mirror.truth.append(Truth(
                s.url, s.head.title, s.head.standfirst if self.theme in SUBTITLED else None,
                "\n\n".join(s.paragraphs), (s.byline,), s.agency, s.dateline,
                s.head.section.name, iso(s.head.published), iso(s.head.modified), self.theme,
                self.image(s), s.head.tags))
            self.save(s.path + "?replytocom=" + str(s.head.post_id * 10 + 1),
                      self.post(s, reply=True))
            self.save(s.path + "amp/", self.amp(s))
            self.save(s.path + "embed/", self.embed(s))
        s0 = self.stories[0]
        self.save(s0.path + "attachment-" + str(s0.head.post_id + 1) + "/", self.attachment(s0))
        self.listings()
        for slug, title in (("about-us", "About Us"), ("contact", "Contact"),
                            ("privacy-policy", "Privacy Policy")):
            self.save(f"/{slug}/", self.static(slug, title))
        self.save("/feed/", self.feed())
        self.save("/this-page-does-not-exist/", self.not_found())

    # -- head ---------------------------------------------------------------------------
    def _seo_title(self, s: Story) -> str:
        return f"{s.head.title} - {self.name}"

    def head(self, s: Story, url: str | None = None) -> str:
        h = s.head
        url = url or s.url
        img = self.image(s)
        tags = h.tags
        common = (f'<link rel="canonical" href="{url}" />\n'
                  f"<link rel='shortlink' href='{self.base}/?p={h.post_id}' />\n"
                  f'<link rel="amphtml" href="{s.url}amp/" />\n'
                  f'<link rel="alternate" type="application/json+oembed" href="{self.base}'
                  f'/wp-json/oembed/1.0/embed?url={s.url}" />\n')
        if self.seo == "none":
            return (f"<title>{esc(h.title)} &#8211; {self.name}</title>\n"
                    f"<meta name='robots' content='max-image-preview:large' />\n{common}")
        utc = self.seo == "yoast"

        def at(d: datetime) -> str:
            return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00") if utc else iso(d)

        og = (f'<meta property="og:locale" content="en_US" />\n'
              f'<meta property="og:type" content="article" />\n'
              f'<meta property="og:title" content="{esc(h.title)}" />\n'
              f'<meta property="og:description" content="{esc(h.standfirst)}" />\n'
              f'<meta property="og:url" content="{url}" />\n'
              f'<meta property="og:site_name" content="{self.name}" />\n'
              f'<meta property="article:published_time" content="{at(h.published)}" />\n'
              f'<meta property="article:modified_time" content="{at(h.modified)}" />\n'
              f'<meta property="og:image" content="{img}" />\n'
              f'<meta name="description" content="{esc(h.standfirst)}" />\n'
              f'<meta name="twitter:card" content="summary_large_image" />\n')
        if self.seo == "aioseo":
            if self.theme in AIOSEO_NO_SOCIAL:  # its Social Networks module off: no og:*
                og = f'<meta name="description" content="{esc(h.standfirst)}" />\n'
            else:  # AIOSEO's og:* names the first category and the tags
                og += (f'<meta property="article:section" content="{esc(h.section.name)}" />\n'
                       + "".join(f'<meta property="article:tag" content="{esc(t)}" />\n'
                                 for t in tags))
        author_url = f"{self.base}/author/{s.slug}/"
        if self.seo == "yoast":
            graph = [
                {"@type": "NewsArticle", "@id": f"{s.url}#article",
                 "isPartOf": {"@id": s.url},
                 "author": {"name": s.byline, "@id": f"{self.base}/#/schema/person/{s.slug}"},
                 "headline": h.title, "datePublished": at(h.published),
                 "dateModified": at(h.modified), "mainEntityOfPage": {"@id": s.url},
                 "wordCount": sum(len(p.split()) for p in s.paragraphs),
                 "publisher": {"@id": f"{self.base}/#organization"},
                 "image": {"@id": f"{s.url}#primaryimage"},
                 "thumbnailUrl": img, "keywords": list(tags),
                 "articleSection": [h.section.name], "inLanguage": "en-US"},
                {"@type": "WebPage", "@id": s.url, "url": s.url, "name": self._seo_title(s),
                 "isPartOf": {"@id": f"{self.base}/#website"}, "datePublished": at(h.published),
                 "dateModified": at(h.modified), "breadcrumb": {"@id": f"{s.url}#breadcrumb"}},
                {"@type": "BreadcrumbList", "@id": f"{s.url}#breadcrumb", "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Home", "item": self.base + "/"},
                    {"@type": "ListItem", "position": 2, "name": h.title}]},
                {"@type": "WebSite", "@id": f"{self.base}/#website", "url": self.base + "/",
                 "name": self.name},
                {"@type": "Organization", "@id": f"{self.base}/#organization", "name": self.name},
                {"@type": "Person", "@id": f"{self.base}/#/schema/person/{s.slug}",
                 "name": s.byline, "description": BIOS[s.agency], "url": author_url},
            ]
            ld = (f'<script type="application/ld+json" class="yoast-schema-graph">'
                  f'{json.dumps({"@context": "https://schema.org", "@graph": graph})}</script>')
        elif self.seo == "rankmath":
            graph = [
                {"@type": ["Person", "Organization"], "@id": f"{self.base}/#person",
                 "name": self.name},
                {"@type": "WebSite", "@id": f"{self.base}/#website", "url": self.base,
                 "name": self.name, "publisher": {"@id": f"{self.base}/#person"}},
                {"@type": "ImageObject", "@id": img, "url": img, "width": "1200",
                 "height": "675", "inLanguage": "en-US"},
                {"@type": "BreadcrumbList", "@id": f"{s.url}#breadcrumb", "itemListElement": [
                    {"@type": "ListItem", "position": "1", "item": {"@id": self.base,
                                                                    "name": "Home"}},
                    {"@type": "ListItem", "position": "2", "item": {
                        "@id": f"{self.base}/category/{h.section.slug}/",
                        "name": h.section.name}}]},
                {"@type": "WebPage", "@id": f"{s.url}#webpage", "url": s.url,
                 "name": self._seo_title(s), "datePublished": at(h.published),
                 "dateModified": at(h.modified), "isPartOf": {"@id": f"{self.base}/#website"},
                 "primaryImageOfPage": {"@id": img}, "inLanguage": "en-US",
                 "breadcrumb": {"@id": f"{s.url}#breadcrumb"}},
                {"@type": "Person", "@id": author_url, "name": s.byline, "url": author_url,
                 "image": {"@type": "ImageObject", "@id": "https://secure.gravatar.com/avatar/"
                           "0?s=96", "caption": s.byline}, "sameAs": [self.base],
                 "worksFor": {"@id": f"{self.base}/#person"}},
                {"@type": "NewsArticle", "headline": self._seo_title(s),
                 "keywords": ", ".join(tags), "datePublished": at(h.published),
                 "dateModified": at(h.modified), "articleSection": h.section.name,
                 "author": {"@id": author_url, "name": s.byline},
                 "publisher": {"@id": f"{self.base}/#person"}, "description": h.standfirst,
                 "name": self._seo_title(s), "@id": f"{s.url}#richSnippet",
                 "isPartOf": {"@id": f"{s.url}#webpage"}, "image": {"@id": img},
                 "inLanguage": "en-US", "mainEntityOfPage": {"@id": f"{s.url}#webpage"}},
            ]
            ld = (f'<script type="application/ld+json" class="rank-math-schema">'
                  f'{json.dumps({"@context": "https://schema.org", "@graph": graph})}</script>')
        else:  # aioseo
            graph = [
                {"@type": "BlogPosting", "@id": f"{s.url}#blogposting", "name":
                 self._seo_title(s), "headline": h.title,
                 "author": {"@id": f"{author_url}#author"},
                 "publisher": {"@id": f"{self.base}/#organization"},
                 "image": {"@type": "ImageObject", "url": img, "width": 1200, "height": 675},
                 "datePublished": at(h.published), "dateModified": at(h.modified),
                 "inLanguage": "en-US", "mainEntityOfPage": {"@id": f"{s.url}#webpage"},
                 "isPartOf": {"@id": f"{s.url}#webpage"}, "articleSection":
                 ", ".join([h.section.name, *tags])},
                {"@type": "BreadcrumbList", "@id": f"{s.url}#breadcrumblist",
                 "itemListElement": [
                     {"@type": "ListItem", "@id": f"{self.base}/#listItem", "position": 1,
                      "name": "Home", "item": f"{self.base}/"},
                     {"@type": "ListItem", "@id": f"{s.url}#listItem", "position": 2,
                      "name": h.title}]},
                {"@type": "Organization", "@id": f"{self.base}/#organization",
                 "name": self.name, "url": f"{self.base}/"},
                {"@type": "Person", "@id": f"{author_url}#author", "url": author_url,
                 "name": s.byline, "image": {"@type": "ImageObject",
                                             "url": "https://secure.gravatar.com/avatar/0"}},
                {"@type": "WebPage", "@id": f"{s.url}#webpage", "url": s.url,
                 "name": self._seo_title(s), "description": h.standfirst,
                 "inLanguage": "en-US", "isPartOf": {"@id": f"{self.base}/#website"},
                 "breadcrumb": {"@id": f"{s.url}#breadcrumblist"},
                 "author": {"@id": f"{author_url}#author"},
                 "creator": {"@id": f"{author_url}#author"},
                 "datePublished": at(h.published), "dateModified": at(h.modified)},
                {"@type": "WebSite", "@id": f"{self.base}/#website", "url": f"{self.base}/",
                 "name": self.name, "inLanguage": "en-US"},
            ]
            ld = (f'<script type="application/ld+json" class="aioseo-schema">'
                  f'{json.dumps({"@context": "https://schema.org", "@graph": graph})}</script>')
        return (f"<title>{esc(self._seo_title(s))}</title>\n"
                f"<meta name='robots' content='index, follow, max-image-preview:large' />\n"
                f"{common}{og}{ld}\n")

    def image(self, s: Story) -> str:
        local = s.head.published.astimezone(IST)
        name = s.path.strip("/").split("/")[-1][:40].rstrip("-")
        return f"{self.base}/wp-content/uploads/{local.year}/{local.month:02d}/{name}.jpg"

    # -- frame --------------------------------------------------------------------------
    def page(self, head: str, body_class: str, main: str, sidebar: bool = True) -> str:
        b, t = self.base, self.theme
        menu = "".join(f'<li id="menu-item-{10 + i}" class="menu-item menu-item-type-taxonomy '
                       f'menu-item-object-category menu-item-{10 + i}"><a href="{b}/category/'
                       f'{slug}/">{name}</a></li>' for i, (slug, name) in enumerate(
                           (("india", "India"), ("world", "World"), ("business", "Business"),
                            ("sports", "Sports"), ("entertainment", "Entertainment"))))
        recent = "".join(f'<li><a href="{s.url}">{esc(s.head.title)}</a><span class='
                         f'"post-date">{wp_date(s.head.published)}</span></li>'
                         for s in self.stories[:5])
        side = (f'<aside id="secondary" class="widget-area sidebar {t}-sidebar" role='
                f'"complementary"><section id="recent-posts-2" class="widget widget_recent_'
                f'entries"><h2 class="widget-title">Recent Posts</h2><ul>{recent}</ul></section>'
                f'<section class="widget widget_newsletter"><h2 class="widget-title">Subscribe '
                f'to our Newsletter</h2><p>Get the day\'s top stories in your inbox.</p><form '
                f'class="newsletter-form"><input type="email" placeholder="Your email address">'
                f'<button type="submit">Subscribe</button></form></section>'
                f'<section class="widget widget_block"><div class="ad-slot">Advertisement</div>'
                f'</section></aside>') if sidebar else ""
        header = self.header(menu)
        footer = (f'<footer id="colophon" class="site-footer {t}-footer"><div class="footer-'
                  f'widgets"><section class="widget widget_text"><h2 class="widget-title">About '
                  f'Us</h2><div class="textwidget"><p>{self.name} brings you news from India and '
                  f'the world, with copy from news agencies.</p></div></section></div><div '
                  f'class="site-info">&copy; 2024 {self.name}. All rights reserved. <a href="'
                  f'{b}/about-us/">About Us</a> | <a href="{b}/contact/">Contact</a></div>'
                  f"</footer>")
        return (f'<!DOCTYPE html>\n<html lang="en-US">\n<head>\n<meta charset="UTF-8">\n'
                f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
                f"{head}<link rel='stylesheet' id='{t}-style-css' href='{b}/wp-content/themes/"
                f"{t}/style.css?ver=5.1' media='all' />\n<meta name=\"generator\" content="
                f'"WordPress 6.6.2" />\n</head>\n<body class="{body_class} wp-embed-responsive '
                f'theme-{t}">\n<div id="page" class="site {t}-site">{header}\n'
                f'<div id="content" class="site-content"><div class="content-area {t}-content">'
                f'<main id="main" class="site-main">{main}</main>{side}</div></div>\n{footer}'
                f"</div>\n<script src='{b}/wp-content/themes/{t}/js/main.js'></script>\n"
                f"</body>\n</html>\n")

    def header(self, menu: str) -> str:
        b, t = self.base, self.theme
        top = (f'<div class="top-bar"><span class="today-date">Tuesday, December 17, 2024'
               f'</span><a href="{b}/?s=" class="search-toggle">Search</a></div>')
        if t == "jannah":
            return (f'<header id="theme-header" class="theme-header header-layout-3 main-nav-'
                    f'dark">{top}<div class="container header-container"><div id="logo" '
                    f'class="image-logo"><a title="{self.name}" href="{b}/">{self.name}</a>'
                    f'</div></div><nav id="main-nav" class="main-nav header-nav"><div id="main-'
                    f'nav-menu" class="main-menu header-menu"><ul id="menu-main" class="menu">'
                    f'{menu}</ul></div></nav></header>')
        if t == "zoxnews":
            return (f'<header id="mvp-main-head-wrap" class="left relative"><nav id="mvp-main-'
                    f'nav-wrap"><div id="mvp-main-nav-top"><div class="mvp-main-box"><div id='
                    f'"mvp-nav-top-wrap"><a class="mvp-nav-logo-reg" href="{b}/">{self.name}'
                    f'</a></div></div></div><div id="mvp-main-nav-bot"><div class="mvp-nav-menu">'
                    f'<ul>{menu}</ul></div></div></nav></header>')
        return (f'<header id="masthead" class="site-header {t}-header" role="banner">{top}'
                f'<div class="site-branding"><p class="site-title"><a href="{b}/" rel="home">'
                f'{self.name}</a></p><p class="site-description">News from India and the world'
                f'</p></div><nav id="site-navigation" class="main-navigation"><ul id="primary-'
                f'menu" class="menu">{menu}</ul></nav></header>')

    # -- pieces of a post ---------------------------------------------------------------
    def copy(self, s: Story) -> str:
        """The copy's paragraphs with the theme's in-content ad and an "Also Read" box."""
        other = self.stories[(self.stories.index(s) + 1) % len(self.stories)]
        ad = {"jannah": '<div class="stream-item stream-item-in-post stream-item-inline-post '
                        'aligncenter"><span class="stream-title">- Advertisement -</span><a '
                        'href="#"><img src="/ad.jpg" alt=""></a></div>',
              "soledad": '<div class="penci-custom-html-inside-content"><div class="penci-ad">'
                         'Advertisement</div></div>',
              "zoxnews": '<div id="mvp-content-main-ad" class="mvp-post-ad"><span class="mvp-ad'
                         '-label">Advertisement</span></div>',
              "publisher": '<div class="bsac bsac-clearfix bsac-post-inline bsac-float-center">'
                           '<div class="bsac-container"><p class="bsac-caption">- Advertisement'
                           ' -</p></div></div>',
              "smartmag": '<div class="a-wrap a-wrap-base a-wrap-2"><span class="a-label">'
                          'Advertisement</span></div>',
              "foxiz": '<div class="inline-single-ad ad_single_index"><div class="ad-wrap">'
                       '<span class="ad-description">- Advertisement -</span></div></div>',
              }.get(self.theme, '<div class="code-block code-block-2"><span>Advertisement'
                                '</span></div>')
        also = (f'<p><strong>Also Read:</strong> <a href="{other.url}">'
                f'{esc(other.head.title)}</a></p>')
        parts = []
        for i, p in enumerate(s.paragraphs):
            parts.append(f"<p>{esc(p)}</p>")
            if i == 1:
                parts.append(ad)
            if i == 3 and s.head.index % 2 == 0:
                parts.append(also)
        return "\n".join(self.plugins(s, parts))

    def plugins(self, s: Story, parts: list[str]) -> list[str]:
        """What plugins append to (or put before) the copy through `the_content`, inside the
        theme's content element: WP Last Modified Info's line, Jetpack's sharing and related
        posts, Simple Author Box, AddToAny, Ajax Load More, a "Follow us on Google News" line,
        the syndication disclaimer; and the seed's closing run ("This post was last modified
        on …", "Share", the agency's name and bio, "Load more...")."""
        t, h, b = self.theme, s.head, self.base
        au = f"{b}/author/{s.slug}/"
        mod = h.modified
        others = [o for o in self.stories if o is not s][:3]
        kind = h.index % 4
        before, after = [], []
        if t in ("jannah", "smartmag", "generatepress") and kind != 3:
            after.append(f'<p class="post-modified-info">This post was last modified on '
                         f"{wp_datetime(mod)}</p>")
        if t == "kadence" and kind in (0, 1):
            before.append(f'<p class="post-modified-info">Last Updated on {wp_date(mod)} by '
                          f'<a href="{au}">{s.byline}</a></p>')
        if t in ("newspack", "generatepress"):
            after.append(
                '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-'
                'block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share '
                'this:</h3><div class="sd-content"><ul><li class="share-twitter"><a class="'
                'share-twitter sd-button share-icon" href="?share=twitter"><span>X</span></a>'
                '</li><li class="share-facebook"><a class="share-facebook sd-button share-icon"'
                ' href="?share=facebook"><span>Facebook</span></a></li><li class="share-jetpack'
                '-whatsapp"><a class="share-jetpack-whatsapp sd-button share-icon" href="?share'
                '=jetpack-whatsapp"><span>WhatsApp</span></a></li></ul></div></div></div>')
            items = "".join(
                f'<div class="jp-relatedposts-post jp-relatedposts-post{i} jp-relatedposts-'
                f'post-thumbs"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts'
                f'-post-a" href="{o.url}">{esc(o.head.title)}</a></h4><p class="jp-'
                f'relatedposts-post-date">{wp_date(o.head.published)}</p><p class="jp-'
                f'relatedposts-post-context">In &quot;{esc(o.head.section.name)}&quot;</p>'
                f"</div>" for i, o in enumerate(others))
            after.append(f"<div id='jp-relatedposts' class='jp-relatedposts' ><h3 class=\"jp-"
                         f'relatedposts-headline"><em>Related</em></h3><div class="jp-related'
                         f'posts-items jp-relatedposts-items-visual">{items}</div></div>')
        if t in ("soledad", "zoxnews"):
            after.append(
                f'<div class="saboxplugin-wrap" itemtype="http://schema.org/Person" itemscope '
                f'itemprop="author"><div class="saboxplugin-tab"><div class="saboxplugin-'
                f'gravatar"><img src="https://secure.gravatar.com/avatar/0" width="100" alt="'
                f'{s.byline}" itemprop="image"></div><div class="saboxplugin-authorname"><a '
                f'href="{au}" class="vcard author" rel="author"><span class="fn">{s.byline}'
                f'</span></a></div><div class="saboxplugin-desc"><div itemprop="description">'
                f'<p>{esc(BIOS[s.agency])}</p></div></div><div class="clearfix"></div></div>'
                f"</div>")
        if t in ("colormag", "foxiz") and kind != 2:
            after.append(
                '<div class="addtoany_share_save_container addtoany_content addtoany_content_'
                'bottom"><div class="addtoany_header">Share this:</div><div class="a2a_kit '
                'a2a_kit_size_32 addtoany_list"><a class="a2a_button_facebook" href="https://'
                'www.addtoany.com/add_to/facebook" title="Facebook" rel="nofollow noopener" '
                'target="_blank"></a><a class="a2a_button_whatsapp" href="https://www.addtoany'
                '.com/add_to/whatsapp" title="WhatsApp" rel="nofollow noopener" target="_blank">'
                '</a><a class="a2a_dd addtoany_share_save addtoany_share" href="https://www.'
                'addtoany.com/share"></a></div></div>')
        if t == "publisher" and kind in (1, 3):
            after.append('<div class="alm-btn-wrap"><button class="alm-load-more-btn more" '
                         'rel="next">Load More</button></div>')
        if t == "colormag":  # the seed's closing run, every line its own element
            after += [f'<p class="post-modified-info">This post was last modified on '
                      f"{wp_datetime(mod)}</p>",
                      '<div class="share-post"><span class="share-label">Share</span></div>',
                      f'<div class="author-box-inline"><h4 class="author-title"><a href="{au}">'
                      f'{s.long}</a></h4><p class="author-bio">{esc(BIOS[s.agency])}</p></div>',
                      '<div class="load-more-posts"><a href="#" class="load-more">Load more...'
                      "</a></div>"]
        if kind in (0, 3):
            after.append(f'<p><strong>Follow {self.name} on <a href="https://news.google.com/'
                         f'publications/CAAqBwgKMJbRswsw" target="_blank" rel="noopener">Google '
                         f"News</a> for the latest updates.</strong></p>")
        if kind in (0, 2):
            after.append(f"<p><em>(Only the headline and picture of this report may have been "
                         f"reworked by the {self.name} staff; the rest of the content is auto-"
                         f"generated from a syndicated feed.)</em></p>")
        return before + parts + after

    def share(self, label: str = "Share") -> str:
        t = self.theme
        nets = ("Facebook", "Twitter", "WhatsApp", "Telegram", "LinkedIn")
        links = "".join(f'<a class="{t}-share-{n.lower()} share-{n.lower()}" href="https://'
                        f'{n.lower()}.com/share?u=x" rel="nofollow noopener" target="_blank">'
                        f'<span class="social-text">{n}</span></a>' for n in nets)
        return (f'<div class="{t}-share share-buttons post-share"><span class="share-title">'
                f"{label}</span>{links}</div>")

    def author_box(self, s: Story) -> str:
        t, au = self.theme, f"{self.base}/author/{s.slug}/"
        cls = {"jannah": "about-author container-wrapper about-author-1",
               "soledad": "post-author abio-style-1", "zoxnews": "mvp-author-box-wrap",
               "publisher": "post-author-box", "smartmag": "author-box",
               "foxiz": "usr-holder entry-sec", "newspack": "author-bio",
               "colormag": "cm-author-box author-box", "generatepress": "author-box",
               "kadence": "entry-author entry-author-style-normal",
               "elementor": "elementor-author-box", "sahifa": "author-bio"}[t]
        return (f'<div class="{cls}"><div class="author-avatar"><a href="{au}"><img alt="'
                f'{s.byline}" src="https://secure.gravatar.com/avatar/0?s=96" width="96"></a>'
                f'</div><div class="author-info"><h3 class="author-name"><a href="{au}">'
                f'{s.byline}</a></h3><div class="author-description author-bio"><p>'
                f'{esc(BIOS[s.agency])}</p></div><a class="author-link" href="{au}">View all '
                f"posts by {s.byline}</a></div></div>")

    def related(self, s: Story, heading: str = "Related Posts") -> str:
        others = [o for o in self.stories if o is not s][:3]
        items = "".join(f'<article class="related-item"><a href="{o.url}" class="post-thumb">'
                        f'<img src="{self.image(o)}" alt=""></a><h3 class="post-title"><a href'
                        f'="{o.url}">{esc(o.head.title)}</a></h3><span class="date">'
                        f"{wp_date(o.head.published)}</span></article>" for o in others)
        return (f'<div id="related-posts" class="related-posts {self.theme}-related"><h3 '
                f'class="related-title">{heading}</h3>{items}<div class="load-more-wrap">'
                f'<a class="load-more-button" href="#">Load more</a></div></div>')

    def post_nav(self, s: Story) -> str:
        i = self.stories.index(s)
        prev = self.stories[i + 1] if i + 1 < len(self.stories) else None
        nxt = self.stories[i - 1] if i else None
        out = '<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links">'
        if prev:
            out += (f'<div class="nav-previous"><a href="{prev.url}" rel="prev"><span class='
                    f'"meta-nav">Previous Post</span> {esc(prev.head.title)}</a></div>')
        if nxt:
            out += (f'<div class="nav-next"><a href="{nxt.url}" rel="next"><span class="meta-'
                    f'nav">Next Post</span> {esc(nxt.head.title)}</a></div>')
        return out + "</div></nav>"

    def comments(self, s: Story, reply: bool) -> str:
        h = s.head
        n = h.index % 4
        items = []
        for k in range(n):
            cid = h.post_id * 10 + k
            when = h.published + timedelta(hours=k + 1)
            child = ""
            if k == 0:
                child = (f'<ol class="children"><li id="comment-{cid + 5}" class="comment '
                         f'byuser depth-2"><article class="comment-body"><footer class="comment'
                         f'-meta"><div class="comment-author vcard"><b class="fn">{s.byline}</b>'
                         f' <span class="says">says:</span></div><div class="comment-metadata">'
                         f'<time datetime="{iso(when + timedelta(minutes=30))}">'
                         f"{wp_datetime(when + timedelta(minutes=30))}</time></div></footer>"
                         f'<div class="comment-content"><p>Thank you for reading.</p></div>'
                         f"</article></li></ol>")
            items.append(
                f'<li id="comment-{cid}" class="comment even thread-even depth-1"><article '
                f'id="div-comment-{cid}" class="comment-body"><footer class="comment-meta">'
                f'<div class="comment-author vcard"><b class="fn">{COMMENTERS[k]}</b> <span '
                f'class="says">says:</span></div><div class="comment-metadata"><a href="'
                f'{s.url}#comment-{cid}"><time datetime="{iso(when)}">{wp_date(when)} at '
                f'{wp_time(when)}</time></a></div></footer><div class="comment-content"><p>'
                f'{esc(COMMENTS[k])}</p></div><div class="reply"><a rel="nofollow" class="'
                f'comment-reply-link" href="{s.url}?replytocom={cid}#respond">Reply</a></div>'
                f"</article>{child}</li>")
        listing = (f'<h2 class="comments-title">{n} thoughts on &ldquo;{esc(h.title)}&rdquo;'
                   f'</h2><ol class="comment-list">{"".join(items)}</ol>') if n else ""
        title = "Leave a Reply to Arvind Kulkarni" if reply else "Leave a Reply"
        cancel = ('<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond">'
                  "Cancel reply</a></small>") if reply else ""
        return (f'<div id="comments" class="comments-area">{listing}<div id="respond" class="'
                f'comment-respond"><h3 id="reply-title" class="comment-reply-title">{title} '
                f'{cancel}</h3><form action="{self.base}/wp-comments-post.php" method="post" '
                f'id="commentform" class="comment-form"><p class="comment-notes">Your email '
                f'address will not be published. Required fields are marked *</p><p class='
                f'"comment-form-comment"><label for="comment">Comment</label><textarea id="'
                f'comment" name="comment"></textarea></p><p class="form-submit"><input name="'
                f'submit" type="submit" class="submit" value="Post Comment" /></p></form></div>'
                f"</div>")

    def tag_links(self, s: Story) -> str:
        return " ".join(f'<a href="{self.base}/tag/{t.lower().replace(" ", "-")}/" rel="tag">'
                        f"{esc(t)}</a>" for t in s.head.tags)

    def tags(self, s: Story, label: str = "Tags:") -> str:
        links = "".join(f'<a href="{self.base}/tag/{t.lower().replace(" ", "-")}/" rel="tag">'
                        f"{esc(t)}</a>" for t in s.head.tags)
        return f'<div class="post-tags {self.theme}-tags"><span>{label}</span> {links}</div>'

    def cat(self, s: Story, cls: str) -> str:
        sec = s.head.section
        return f'<a class="{cls}" href="{self.base}/category/{sec.slug}/" rel="category tag">' \
               f"{esc(sec.name)}</a>"

    def crumbs(self, s: Story, sep: str = "»") -> str:
        sec = s.head.section
        parts = [f'<a href="{self.base}/">Home</a>']
        if "/" in sec.slug:
            parent = sec.slug.split("/")[0]
            parts.append(f'<a href="{self.base}/category/{parent}/">{parent.capitalize()}</a>')
        parts.append(f'<a href="{self.base}/category/{sec.slug}/">{esc(sec.name)}</a>')
        parts.append(f'<span class="current">{esc(s.head.title)}</span>')
        return f" <span class='sep'>{sep}</span> ".join(parts)

    def lastmod_line(self, s: Story) -> str:
        """WP Last Modified Info's line (minute precision, site time)."""
        return (f'<p class="post-modified-info">This post was last modified on '
                f"{wp_datetime(s.head.modified)}</p>")

    # -- the post page, by theme ---------------------------------------------------------
    def post(self, s: Story, reply: bool = False) -> str:
        """The post's page; its element carries post_class()'s term classes."""
        terms = " ".join([f"category-{s.head.section.slug.split('/')[-1]}",
                          *(f"tag-{t.lower().replace(' ', '-')}" for t in s.head.tags)])
        return self._post(s, reply).replace(" type-post", f" type-post {terms}", 1)

    def _post(self, s: Story, reply: bool = False) -> str:
        h, t, b = s.head, self.theme, self.base
        au = f"{b}/author/{s.slug}/"
        title, sub = esc(h.title), esc(h.standfirst)
        pub, mod = h.published, h.modified
        img = self.image(s)
        feat = f'<img src="{img}" class="attachment-full size-full wp-post-image" alt="">'
        caption = f"Representative image. (Photo: {s.agency})"
        copy = self.copy(s)
        extra = self.related(s) + self.comments(s, reply)
        if t == "jannah":
            main = (
                f'<article id="the-post" class="container-wrapper post-content tie-standard">'
                f'<header class="entry-header-outer"><nav id="breadcrumb">{self.crumbs(s, "/")}'
                f'</nav><div class="entry-header"><span class="post-cat-wrap">'
                f'{self.cat(s, "post-cat tie-cat-4")}</span><h1 class="post-title entry-title">'
                f'{title}</h1><h2 class="entry-sub-title">{sub}</h2><div id="single-post-meta" '
                f'class="post-meta clearfix"><span class="author-meta single-author with-'
                f'avatars"><span class="meta-item meta-author-wrapper"><span class="meta-author">'
                f'<a href="{au}" class="author-name tie-icon" title="{s.byline}">{s.byline}</a>'
                f'</span></span></span><span class="date meta-item tie-icon">{wp_date(pub)}'
                f'</span><span class="meta-item last-updated">Last Updated: {wp_date(mod)}'
                f'</span><div class="tie-alignright"><span class="meta-comment tie-icon meta-'
                f'item fa-before">{h.index % 4}</span><span class="meta-views meta-item"><span '
                f'class="tie-icon-fire" aria-hidden="true"></span> 1,204 </span><span class="'
                f'meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden='
                f'"true"></span> 2 minutes read</span></div></div></div></header>'
                f'<div class="featured-area"><figure class="single-featured-image"><img src="'
                f'{img}" alt=""><figcaption class="single-caption-text"><span class="tie-icon-'
                f'camera" aria-hidden="true"></span> {caption}</figcaption></figure></div>'
                f'<div class="entry-content entry clearfix">{copy}</div>'
                f'<div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class='
                f'"post-bottom-meta-title"><span class="tie-icon-tags" aria-hidden="true">'
                f'</span> Tags</div><span class="tagcloud">{self.tags(s, "")}</span></div>'
                f'<div id="share-buttons-bottom" class="share-buttons share-buttons-bottom">'
                f'{self.share()}</div></article><div class="post-components">'
                f'{self.author_box(s)}{self.post_nav(s)}{extra}</div>')
            return self.page(self.head(s), f"post-template-default single single-post postid-"
                             f"{h.post_id} single-format-standard tie-no-js block-head-1 "
                             f"post-layout-1", main)
        if t == "soledad":
            main = (
                f'<div class="penci-single-wrapper"><div class="container container-single '
                f'penci_sidebar"><div class="penci-breadcrumb single-breadcrumb"><span>'
                f'{self.crumbs(s, "/")}</span></div><article id="post-{h.post_id}" class="post-'
                f'{h.post_id} post type-post status-publish format-standard hentry"><div class='
                f'"header-standard header-classic single-header"><div class="penci-standard-'
                f'cat"><span class="cat">{self.cat(s, "penci-cat-name penci-cat-3")}</span></div>'
                f'<h1 class="post-title single-post-title entry-title">{title}</h1><div class="'
                f'penci-hide-tagupdated"><span class="author-italic author vcard">by <a class="'
                f'author-url url fn n" href="{au}">{s.byline}</a></span><time class="entry-date '
                f'updated" datetime="{iso(mod)}">{wp_date(mod)}</time></div><div class="post-box'
                f'-meta-single"><span class="author-post byline"><span class="author vcard">'
                f'written by <a class="author-url url fn n" href="{au}">{s.byline}</a></span>'
                f'</span><span><time class="entry-date published" datetime="{iso(pub)}">'
                f'{wp_date(pub)}</time></span><span class="penci-comment-count">{h.index % 4} '
                f'comments</span><span class="penci-post-countview">312 views</span></div></div>'
                f'<div class="post-image">{feat}<div class="penci-featured-'
                f'caption">{caption}</div></div><div class="post-entry blockquote-style-1"><div '
                f'class="inner-post-entry entry-content" id="penci-post-entry-inner">{copy}'
                f'<div class="penci-single-link-pages"></div><div class="post-tags">'
                f'{self.tags(s, "")}</div></div></div><div class="tags-share-box hide-tags '
                f'center-box"><span class="single-comment-o"><i class="fa fa-comment-o"></i>'
                f'{h.index % 4} comments</span><div class="post-share">{self.share("Share")}'
                f'<a class="penci-post-like" href="#"><span class="count-number-like">0</span>'
                f'</a></div></div>{self.author_box(s)}<div class="post-pagination">'
                f'{self.post_nav(s)}</div><div class="post-related"><div class="post-title-box">'
                f'<h4 class="post-box-title">You may also like</h4></div>{self.related(s)}</div>'
                f'{self.comments(s, reply)}</article></div></div>')
            return self.page(self.head(s), f"post-template-default single single-post postid-"
                             f"{h.post_id} soledad-ver-8-4-9 penci-body-single-style-1", main)
        if t == "foxiz":
            main = (
                f'<div class="single-standard-1 is-sidebar-right"><div class="rb-container">'
                f'<article id="post-{h.post_id}" class="p-wrap post-{h.post_id} post type-post">'
                f'<header class="single-header"><aside class="breadcrumb-wrap breadcrumb-navxt '
                f's-breadcrumb"><div class="breadcrumb-inner">{self.crumbs(s, "&gt;")}</div>'
                f'</aside><div class="s-cats ecat-bg-1 custom-size">'
                f'{self.cat(s, "cat-3 category-el")}</div><h1 class="s-title">{title}</h1>'
                f'<h2 class="s-tagline">{sub}</h2><div class="single-meta meta-s-default">'
                f'<div class="smeta-in"><a class="meta-el meta-avatar" href="{au}"><img src="'
                f'https://secure.gravatar.com/avatar/0" alt=""></a><div class="smeta-sec"><div '
                f'class="smeta-bottom meta-text"><time class="updated-date" datetime="'
                f'{iso(mod)}">Last updated: {wp_date(mod)} {wp_time(mod)}</time></div><div '
                f'class="p-meta"><div class="meta-inner is-meta"><span class="meta-el meta-'
                f'author"><a href="{au}">{s.byline}</a></span><span class="meta-el meta-date">'
                f'<time class="date published" datetime="{iso(pub)}">{wp_date(pub)}</time>'
                f'</span></div></div></div></div><div class="smeta-extra"><div class="t-shared-'
                f'sec tooltips-n is-color"><div class="t-shared-header is-meta"><i class="rbi '
                f'rbi-share"></i><span class="share-label">Share</span></div></div></div></div>'
                f'</header><div class="s-feat-outer"><div class="s-feat">{feat}'
                f'</div><div class="feat-caption meta-text"><span class="caption-text meta-bold">'
                f'{caption}</span></div></div><div class="s-ct"><div class="s-ct-inner"><div '
                f'class="e-ct-outer"><div class="entry-content rbct clearfix is-highlight-shares">'
                f'{copy}</div><div class="efoot"><div class="efoot-bar is-meta"><div class="'
                f'efoot-commom tag-label"><span class="blabel">Tagged:</span>{self.tags(s, "")}'
                f'</div></div></div><div class="e-shared-sec entry-sec">'
                f'{self.share("Share This Article")}'
                f'</div></div>{self.author_box(s)}<div class="entry-sec">'
                f'{self.post_nav(s)}</div>{self.comments(s, reply)}</div></div></article><div '
                f'class="sfoter-sec single-related"><div class="block-h heading-layout-1">'
                f'<h3 class="heading-title">You Might Also Like</h3></div>{self.related(s)}'
                f'<div class="pagination-wrap pagination-loadmore"><a href="#" class="loadmore-'
                f'trigger"><span>Show More</span></a></div></div></div></div>')
            return self.page(self.head(s), f"post-template-default single single-post postid-"
                             f"{h.post_id} is-single-1 sticky-nav", main)
        if t == "newspack":
            main = (
                f'<article id="post-{h.post_id}" class="post-{h.post_id} post type-post status-'
                f'publish format-standard has-post-thumbnail hentry entry"><header class="entry-'
                f'header"><span class="cat-links"><span class="screen-reader-text">Posted in'
                f'</span>{self.cat(s, "")}</span><h1 class="entry-title">{title}</h1><div class'
                f'="newspack-post-subtitle">{sub}</div><div class="entry-subhead"><div class="'
                f'entry-meta"><span class="author-avatar"><img src="https://secure.gravatar.com/'
                f'avatar/0" alt=""></span><span class="byline"><span>by</span> <span class="'
                f'author vcard"><a class="url fn n" href="{au}">{s.byline}</a></span></span>'
                f'<span class="posted-on"><time class="entry-date published" datetime="'
                f'{iso(pub)}">{wp_date(pub)}</time><span class="updated-label">Updated:</span>'
                f' <time class="updated" datetime="{iso(mod)}">{wp_date(mod)} {wp_time(mod)}'
                f'</time></span></div><div class="share-buttons"><div class="sharedaddy sd-'
                f'sharing-enabled"><h3 class="sd-title">Share this:</h3>{self.share("")}</div>'
                f'</div></div></header><figure class="post-thumbnail">{feat}'
                f'<figcaption><span class="image-caption">{caption}</span></figcaption></figure>'
                f'<div class="main-content"><div class="entry-content">{copy}<div class="'
                f'wp-block-newspack-blocks-donate"><p>Support independent journalism. '
                f'<a href="{b}/donate/">Donate now</a></p></div></div><footer class="entry-'
                f'footer"><span class="tags-links"><span>Tagged:</span>{self.tags(s, "")}</span>'
                f'</footer>{self.author_box(s)}</div></article>{self.post_nav(s)}<div class="'
                f'wp-block-newspack-blocks-homepage-articles"><h2 class="article-section-title">'
                f'<span>More from {esc(h.section.name)}</span></h2>{self.related(s)}<button class'
                f'="button" data-next="{b}/wp-json/newspack-blocks/v1/articles?page=2">Load more '
                f'posts</button></div>{self.comments(s, reply)}')
            return self.page(self.head(s), f"post-template-default single single-post postid-"
                             f"{h.post_id} single-format-standard newspack-front-page "
                             f"h-sb h-ll h-dh", main)
        if t == "colormag":
            main = (
                f'<article id="post-{h.post_id}" class="post-{h.post_id} post type-post status-'
                f'publish format-standard has-post-thumbnail hentry"><div class="cm-featured-'
                f'image">{feat}</div><div class="cm-post-content"><div class='
                f'"cm-entry-header-meta"><div class="cm-post-categories">'
                f'{self.cat(s, "cm-post-category")}</div></div><header class="cm-entry-header">'
                f'<h1 class="cm-entry-title">{title}</h1></header><div class="cm-below-entry-'
                f'meta"><span class="cm-post-date"><a href="{s.url}" title="{wp_time(pub)}" '
                f'rel="bookmark"><time class="entry-date published" datetime="{iso(pub)}">'
                f'{wp_date(pub)}</time><time class="updated" datetime="{iso(mod)}">'
                f'{wp_date(mod)}</time></a></span><span class="cm-author cm-vcard"><a class="'
                f'url fn n" href="{au}" title="{s.byline}">{s.byline}</a></span><span class="'
                f'cm-post-views">215 Views</span><span class="cm-comments-link"><a href="{s.url}'
                f'#comments">{h.index % 4} Comments</a></span></div><div class="cm-entry-'
                f'summary">{copy}</div></div>{self.share("Share")}'
                f'{self.tags(s, "Tags:")}</article>{self.author_box(s)}<ul class="default-wp-'
                f'page"><li class="previous">{self.post_nav(s)}</li></ul><div class="related-'
                f'posts-wrapper"><h3 class="related-posts-main-title"><span>You May Also Like'
                f'</span></h3>{self.related(s)}</div>{self.comments(s, reply)}')
            return self.page(self.head(s), f"post-template-default single single-post postid-"
                             f"{h.post_id} single-format-standard cm-layout-2-0 cm-right-"
                             f"sidebar", main)
        if t == "smartmag":
            main = (
                f'<div class="the-post-header s-head-modern s-head-modern-a"><div class="post-'
                f'meta post-meta-a post-meta-left post-meta-single has-below"><div class="post-'
                f'meta-items meta-above"><span class="meta-item cat-labels">'
                f'{self.cat(s, "category term-color-1")}</span></div><h1 class="is-title post-'
                f'title">{title}</h1><div class="post-meta-items meta-below has-author-img">'
                f'<span class="meta-item post-author has-img"><img src="https://secure.gravatar'
                f'.com/avatar/0" alt=""><span class="by">By</span> <a href="{au}" title="Posts '
                f'by {s.byline}" rel="author">{s.byline}</a></span><span class="meta-item has-'
                f'next-icon date"><time class="post-date" datetime="{iso(pub)}">{wp_date(pub)}'
                f'</time></span><span class="meta-item has-next-icon date-modified"><span class='
                f'"updated-on">Updated:</span><time class="post-date" datetime="{iso(mod)}">'
                f'{wp_date(mod)}</time></span><span class="meta-item read-time has-icon"><i '
                f'class="tsi tsi-clock"></i>2 Mins Read</span></div></div><div class="post-'
                f'share post-share-b spc-social-colors post-share-b1">{self.share("Share")}'
                f'<a href="#" class="show-more" title="Show More Social Sharing"><span class="'
                f'visuallyhidden">Share</span></a></div></div><div class="single-featured"><div '
                f'class="featured">{feat}<div class="wp-caption-text">'
                f'{caption}</div></div></div><div class="the-post s-post-modern"><article id="'
                f'post-{h.post_id}" class="the-post-content"><div class="post-content cf entry-'
                f'content content-spacious">{copy}</div><div class="the-post-tags">'
                f'{self.tags(s, "Tags")}</div><div class="post-share-bot"><span class="info">'
                f'Share.</span>{self.share("")}</div>{self.author_box(s)}</article>'
                f'{self.post_nav(s)}<section class="related-posts"><div class="block-head block-'
                f'head-ac block-head-a"><h4 class="heading">Related <span class="color">Posts'
                f'</span></h4></div>{self.related(s)}</section>{self.comments(s, reply)}</div>')
            return self.page(self.head(s), f"post-template-default single single-post postid-"
                             f"{h.post_id} right-sidebar post-layout-modern has-lb", main)
        if t == "zoxnews":
            main = (
                f'<article id="mvp-article-wrap" itemscope itemtype="http://schema.org/News'
                f'Article"><div id="mvp-article-cont" class="left relative"><div id="mvp-post-'
                f'main" class="left relative"><header id="mvp-post-head" class="left relative">'
                f'<h3 class="mvp-post-cat left relative"><a class="mvp-post-cat-link" href="'
                f'{b}/category/{h.section.slug}/"><span class="mvp-post-cat left">'
                f'{esc(h.section.name)}</span></a></h3><h1 class="mvp-post-title left entry-'
                f'title" itemprop="headline">{title}</h1><span class="mvp-post-excerpt left">'
                f'<p>{sub}</p></span><div class="mvp-author-info-wrap left relative"><div class='
                f'"mvp-author-info-thumb left relative"><img src="https://secure.gravatar.com/'
                f'avatar/0" alt=""></div><div class="mvp-author-info-text left relative"><div '
                f'class="mvp-author-info-date left relative"><p>Published</p> <span class="mvp-'
                f'post-date">{wp_date(pub)} {wp_time(pub)}</span></div><div class="mvp-author-'
                f'info-name left relative" itemprop="author" itemscope itemtype="https://schema.'
                f'org/Person"><p>By</p> <span class="author-name vcard fn author" itemprop="name"'
                f'><a href="{au}" title="Posts by {s.byline}" rel="author">{s.byline}</a></span>'
                f'</div><div class="mvp-author-info-date left relative"><p>Updated</p> <span '
                f'class="mvp-post-date updated"><time class="post-date updated" itemprop="'
                f'dateModified" datetime="{iso(mod)}">{wp_date(mod)}</time></span></div></div>'
                f'</div></header><div id="mvp-post-content" class="left relative"><div id="mvp-'
                f'post-feat-img" class="left relative mvp-post-feat-img-wide2"><img src="{img}" '
                f'alt=""><span class="mvp-post-img-cap">{caption}</span></div><div id="mvp-'
                f'content-wrap" class="left relative"><div class="mvp-post-soc-out right '
                f'relative"><div class="mvp-post-soc-in"><div id="mvp-post-soc-wrap" class="left'
                f' relative">{self.share("Share")}</div></div></div><div class="mvp-post-soc-'
                f'out"><div id="mvp-content-body" class="left relative"><div id="mvp-content-'
                f'body-top" class="left relative"><div id="mvp-content-main" class="left '
                f'relative">{copy}</div><div id="mvp-content-bot" class="left"><div class="mvp-'
                f'post-tags"><span class="mvp-post-tags-header">Related Topics:</span><span '
                f'itemprop="keywords">{self.tags(s, "")}</span></div><div class="posts-nav-link">'
                f'{self.post_nav(s)}</div><div id="mvp-author-box-wrap" class="left relative">'
                f'{self.author_box(s)}</div></div></div><div class="mvp-cont-read-wrap"><div id='
                f'"mvp-related-posts" class="left relative"><h4 class="mvp-widget-home-title">'
                f'<span class="mvp-widget-home-title">You may like</span></h4>{self.related(s)}'
                f'</div><div class="mvp-cont-read-but-wrap left relative"><span class="mvp-cont'
                f'-read-but">Continue Reading</span></div><div id="mvp-comments-button" class='
                f'"left relative mvp-com-click"><span class="mvp-comment-but-text">Click to '
                f'comment</span></div>{self.comments(s, reply)}</div></div></div></div></div>'
                f'</div></div></article>')
            return self.page(self.head(s), f"post-template-default single single-post postid-"
                             f"{h.post_id} single-format-standard", main)
        if t == "publisher":
            main = (
                f'<div class="bf-breadcrumb clearfix bc-top-style"><div class="bf-breadcrumb-'
                f'items">{self.crumbs(s, "")}</div></div><div class="single-container"><article'
                f' id="post-{h.post_id}" class="post-{h.post_id} post type-post status-publish '
                f'single-post-content"><div class="post-header post-tp-1-header"><div class="'
                f'post-header-inner"><div class="term-badges floated"><span class="term-badge '
                f'term-3">{self.cat(s, "")}</span></div><h1 class="single-post-title"><span '
                f'class="post-title" itemprop="headline">{title}</span></h1><h2 class="post-'
                f'subtitle">{sub}</h2><div class="post-meta-wrap clearfix"><div class="post-'
                f'meta single-post-meta"><a href="{au}" title="Browse Author Articles" class="'
                f'post-author-a post-author-avatar"><img src="https://secure.gravatar.com/avatar'
                f'/0" alt=""><span class="post-author-name">By <b>{s.byline}</b></span></a>'
                f'<span class="time"><time class="post-published updated" datetime="{iso(pub)}"'
                f'>On <b>{wp_date(pub)} {wp_time(pub)}</b></time></span><span class="time"><span'
                f' class="post-modified">Last updated: <b>{wp_date(mod)} {wp_time(mod)}</b>'
                f'</span></span></div></div><div class="single-featured">{feat}'
                f'<span class="image-credit">{caption}</span></div></div></div><div class="post-'
                f'share single-post-share top-share clearfix style-1"><div class="post-share-btn'
                f'-group"><a href="#comments" class="post-share-btn post-share-btn-comments '
                f'comments"><b class="number">{h.index % 4}</b></a><span class="views post-share'
                f'-btn post-share-btn-views rank-default"><b class="number">1.2k</b></span></div>'
                f'<div class="share-handler-wrap"><span class="share-handler post-share-btn rank'
                f'-default"><i class="bf-icon fa fa-share-alt"></i><b class="text">Share</b>'
                f'</span>{self.share("")}</div></div><div class="entry-content clearfix single-'
                f'post-content">{copy}</div><div class="entry-terms post-tags clearfix style-1">'
                f'<span class="terms-label"><i class="fa fa-tags"></i></span>{self.tags(s, "")}'
                f'</div><div class="post-share single-post-share bottom-share clearfix style-1">'
                f'{self.share("Share")}</div></article><section class="post-author clearfix">'
                f'{self.author_box(s)}</section><section class="next-prev-post clearfix">'
                f'{self.post_nav(s)}</section><div class="post-related"><div class="section-'
                f'heading sh-t1 sh-s1 multi-tab"><span class="h-text main-link">Related Posts'
                f'</span></div>{self.related(s)}<div class="bs-pagination bs-ajax-pagination '
                f'more_btn main-term-none"><a class="btn-bs-pagination" data-id="1" rel="next">'
                f'<span class="loading">Loading...</span><span class="loaded txt">Load More '
                f'Posts</span></a></div></div>{self.comments(s, reply)}</div>')
            return self.page(self.head(s), f"post-template-default single single-post postid-"
                             f"{h.post_id} active-light-box ltr close-rh page-layout-2-col "
                             f"page-layout-2-col-right full-width main-menu-sticky-smart", main)
        if t == "generatepress":
            main = (
                f'<article id="post-{h.post_id}" class="post-{h.post_id} post type-post status-'
                f'publish format-standard has-post-thumbnail hentry" itemtype="https://schema.'
                f'org/CreativeWork" itemscope><div class="inside-article"><div class="featured-'
                f'image page-header-image-single grid-container grid-parent"><img src="{img}" '
                f'alt="" itemprop="image"></div><header class="entry-header"><h1 class="entry-'
                f'title" itemprop="headline">{title}</h1><div class="entry-meta"><span class='
                f'"posted-on"><time class="updated" datetime="{iso(mod)}" itemprop="date'
                f'Modified">{wp_date(mod)}</time><time class="entry-date published" datetime="'
                f'{iso(pub)}" itemprop="datePublished">{wp_date(pub)}</time></span> <span class='
                f'"byline">by <span class="author vcard" itemprop="author" itemtype="https://'
                f'schema.org/Person" itemscope><a class="url fn n" href="{au}" title="View all '
                f'posts by {s.byline}" rel="author" itemprop="url"><span class="author-name" '
                f'itemprop="name">{s.byline}</span></a></span></span></div></header><div class='
                f'"entry-content" itemprop="text">{copy}</div><footer class="entry-meta" aria-'
                f'label="Entry meta"><span class="cat-links"><span class="screen-reader-text">'
                f'Categories </span>{self.cat(s, "")}</span> <span class="tags-links">'
                f'{self.tags(s, "")}</span>{self.post_nav(s)}</footer></div></article>'
                f'<div class="gb-container gb-container-share">{self.share("Share this:")}</div>'
                f'{self.author_box(s)}{self.related(s)}<div class="comments-area">'
                f'{self.comments(s, reply)}</div>')
            return self.page(self.head(s), f"post-template-default single single-post postid-"
                             f"{h.post_id} single-format-standard wp-custom-logo right-sidebar "
                             f"nav-float-right separate-containers", main)
        if t == "elementor":
            return self.page(self.head(s), f"post-template-default single single-post postid-"
                             f"{h.post_id} single-format-standard ast-single-post ast-inherit-"
                             f"site-logo-transparent elementor-default elementor-template-full-"
                             f"width elementor-kit-5 elementor-page-1234", self.elementor(s, reply),
                             sidebar=False)
        if t == "sahifa":
            return self.page(self.head(s), f"post-template-default single single-post postid-"
                             f"{h.post_id} single-format-standard lazy-enabled", self.sahifa(
                                 s, reply))
        # kadence
        main = (
            f'<div class="content-container site-container"><div id="primary" class="content-'
            f'area"><div class="content-wrap"><article id="post-{h.post_id}" class="entry '
            f'content-bg single-entry post-{h.post_id} post type-post"><div class="entry-'
            f'content-wrap"><header class="entry-header post-title title-align-inherit"><nav '
            f'id="kadence-breadcrumbs" aria-label="Breadcrumbs" class="kadence-breadcrumbs">'
            f'<div class="kadence-breadcrumb-container">{self.crumbs(s, "/")}</div></nav><div '
            f'class="entry-taxonomies"><span class="category-links term-links category-style-'
            f'normal">{self.cat(s, "")}</span></div><h1 class="entry-title">{title}</h1><div '
            f'class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="'
            f'meta-label">By</span><span class="author vcard"><a class="url fn n" href="{au}">'
            f'{s.byline}</a></span></span><span class="posted-on"><time class="entry-date '
            f'published" datetime="{iso(pub)}">{wp_date(pub)}</time><time class="updated" '
            f'datetime="{iso(mod)}">{wp_date(mod)}</time></span><span class="updated-on"><span '
            f'class="meta-label">Last updated:</span> {wp_date(mod)}</span></div></header><div '
            f'class="post-thumbnail article-post-thumbnail kadence-thumbnail-position-below '
            f'kadence-thumbnail-ratio-2-3"><div class="post-thumbnail-inner"><img src="{img}" '
            f'alt=""></div><figcaption class="kadence-featured-caption">{caption}</figcaption>'
            f'</div><div class="entry-content single-content">{copy}<div class="kb-row-layout-'
            f'wrap kb-newsletter"><h3>Get the news in your inbox</h3><p>Sign up for our daily '
            f'newsletter.</p><a class="kb-button" href="{b}/newsletter/">Subscribe</a></div>'
            f'</div><footer class="entry-footer"><div class="entry-tags"><span class="tags-'
            f'links"><span class="tags-label screen-reader-text">Post Tags:</span>'
            f'{self.tags(s, "")}</span></div></footer></div></article><div class="kadence-'
            f'social-share">{self.share("Share this Article")}</div>{self.author_box(s)}'
            f'{self.post_nav(s)}<div class="entry-related alignfull entry-related-style-wide">'
            f'<h2 class="entry-related-title">Similar Posts</h2>{self.related(s)}</div>'
            f'{self.comments(s, reply)}</div></div></div>')
        return self.page(self.head(s), f"post-template-default single single-post postid-"
                         f"{h.post_id} single-format-standard wp-custom-logo content-title-"
                         f"style-normal content-width-normal", main)

    def elementor(self, s: Story, reply: bool) -> str:
        """Astra with an Elementor Pro "single post" template: every part a widget."""
        h, b = s.head, self.base
        au = f"{b}/author/{s.slug}/"
        pub, mod = h.published, h.modified
        n = [0]

        def widget(kind: str, inner: str, wtype: str = "") -> str:
            n[0] += 1
            return (f'<div class="elementor-element elementor-element-{n[0]:x}a7f elementor-'
                    f'widget elementor-widget-{kind}" data-id="{n[0]:x}a7f" data-element_type="'
                    f'widget" data-widget_type="{wtype or kind}.default"><div class="elementor-'
                    f'widget-container">{inner}</div></div>')

        def item(kind: str, text: str, prop: str = "", link: str = "") -> str:
            inner = (f'<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas '
                     f'fa-circle"></i></span><span class="elementor-icon-list-text elementor-post-'
                     f'info__item elementor-post-info__item--type-{kind}">{text}</span>')
            if link:
                inner = f'<a href="{link}">{inner}</a>'
            return (f'<li class="elementor-icon-list-item elementor-repeater-item-{kind[:3]}9c '
                    f'elementor-inline-item"{f" itemprop={chr(34)}{prop}{chr(34)}" if prop else ""}'
                    f">{inner}</li>")

        updated = ('<span class="elementor-post-info__item-prefix">Updated: </span>'
                   f"<time>{wp_date(mod)}</time>")
        info = ('<ul class="elementor-inline-items elementor-icon-list-items elementor-post-'
                'info">' + item("author", s.byline, "author", au)
                + item("date", f"<time>{wp_date(pub)}</time>", "datePublished")
                + item("time", f"<time>{wp_time(pub)}</time>")
                + item("custom", updated, "dateModified")
                + item("time", f"<time>{wp_time(mod)}</time>")
                + item("comments", f"{h.index % 4} Comments", "commentCount") + "</ul>")
        share = "".join(
            f'<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-'
            f'btn_{k.lower()}" role="button" tabindex="0" aria-label="Share on {k.lower()}"><span '
            f'class="elementor-share-btn__icon"><i class="fab fa-{k.lower()}"></i></span><div '
            f'class="elementor-share-btn__text"><span class="elementor-share-btn__title">{k}'
            f"</span></div></div></div>" for k in ("Facebook", "Twitter", "WhatsApp"))
        others = [o for o in self.stories if o is not s][:3]
        posts = "".join(self.teaser(o) for o in others)
        col = "".join([
            widget("breadcrumbs", f'<p id="breadcrumbs">{self.crumbs(s, "»")}</p>'),
            widget("post-info", '<ul class="elementor-inline-items elementor-icon-list-items '
                                'elementor-post-info">' + item("terms", self.cat(
                                    s, "elementor-post-info__terms-list-item")) + "</ul>"),
            widget("theme-post-title elementor-page-title elementor-widget-heading",
                   f'<h1 class="elementor-heading-title elementor-size-default">'
                   f"{esc(h.title)}</h1>", "theme-post-title"),
            widget("theme-post-excerpt", f"<p>{esc(h.standfirst)}</p>"),
            widget("post-info", info),
            widget("theme-post-featured-image elementor-widget-image",
                   f'<figure class="wp-caption"><img src="{self.image(s)}" class="attachment-'
                   f'large size-large wp-image-{h.post_id + 1}" alt=""><figcaption '
                   f'class="widget-image-caption wp-caption-text">Representative image. (Photo: '
                   f"{s.agency})</figcaption></figure>", "theme-post-featured-image"),
            widget("share-buttons", f'<div class="elementor-grid">{share}</div>'),
            widget("theme-post-content", self.copy(s)),
            widget("post-info", '<ul class="elementor-inline-items elementor-icon-list-items '
                                'elementor-post-info">' + item("terms", "Tags: " + self.tags(
                                    s, "")) + "</ul>"),
            widget("author-box", f'<div class="elementor-author-box"><a href="{au}" class="'
                                 f'elementor-author-box__avatar"><img src="https://secure.'
                                 f'gravatar.com/avatar/0" alt="{s.byline}"></a><div class="'
                                 f'elementor-author-box__text"><a href="{au}"><h4 class="'
                                 f'elementor-author-box__name">{s.byline}</h4></a><div class="'
                                 f'elementor-author-box__bio">{esc(BIOS[s.agency])}</div><a class'
                                 f'="elementor-author-box__button elementor-button elementor-size'
                                 f'-xs" href="{au}">All Posts</a></div></div>'),
            widget("post-navigation", f'<div class="elementor-post-navigation">'
                                      f"{self.post_nav(s)}</div>"),
            widget("heading", '<h2 class="elementor-heading-title elementor-size-default">'
                              "Related News</h2>"),
            widget("posts", f'<div class="elementor-posts-container elementor-posts elementor-'
                            f'posts--skin-classic elementor-grid">{posts}</div><div class="e-load'
                            f'-more-anchor"></div><div class="elementor-button-wrapper"><a href='
                            f'"#" class="elementor-button-link elementor-button" role="button">'
                            f'<span class="elementor-button-content-wrapper"><span class="'
                            f'elementor-button-text">Load More</span></span></a></div>',
                   "posts.classic"),
            widget("post-comments", self.comments(s, reply), "post-comments.theme_comments"),
        ])
        side = widget("sidebar", '<section class="widget"><h2 class="widget-title">Trending'
                                 "</h2><ul>" + "".join(f'<li><a href="{o.url}">{esc(o.head.title)}'
                                                       f"</a></li>" for o in others) + "</ul>"
                                 "</section>")
        return (f'<div data-elementor-type="single-post" data-elementor-id="1234" class="'
                f'elementor elementor-1234 elementor-location-single post-{h.post_id} post type-'
                f'post status-publish format-standard has-post-thumbnail hentry" data-elementor-'
                f'post-type="elementor_library"><section class="elementor-section elementor-top-'
                f'section elementor-element elementor-section-boxed" data-element_type="section">'
                f'<div class="elementor-container elementor-column-gap-default"><div class="'
                f'elementor-column elementor-col-66 elementor-top-column elementor-element" data-'
                f'element_type="column"><div class="elementor-widget-wrap elementor-element-'
                f'populated">{col}</div></div><div class="elementor-column elementor-col-33 '
                f'elementor-top-column elementor-element" data-element_type="column"><div class='
                f'"elementor-widget-wrap elementor-element-populated">{side}</div></div></div>'
                f"</section></div>")

    def sahifa(self, s: Story, reply: bool) -> str:
        """TieLabs' older Sahifa: `.post-listing`, `p.post-meta`, `.entry`, share bars above
        and below the copy inside `.entry`'s neighbourhood, "e3lan" ads."""
        h, b = s.head, self.base
        au = f"{b}/author/{s.slug}/"
        share = ('<div class="share-post"><span class="share-text">Share</span><ul class="flat-'
                 'social">' + "".join(f'<li><a href="#" class="social-{k.lower()}" rel="external"'
                                      f' target="_blank"><i class="fa fa-{k.lower()}"></i> <span>'
                                      f"{k}</span></a></li>" for k in ("Facebook", "Twitter",
                                                                       "WhatsApp")) +
                 '</ul><div class="clear"></div></div>')
        others = [o for o in self.stories if o is not s][:3]
        related = "".join(f'<div class="related-item"><div class="post-thumbnail"><a href="'
                          f'{o.url}"><img src="{self.image(o)}" alt=""><span class="fa overlay-'
                          f'icon"></span></a></div><h3><a href="{o.url}" rel="bookmark">'
                          f'{esc(o.head.title)}</a></h3><p class="post-meta"><span class="tie-'
                          f'date"><i class="fa fa-clock-o"></i>{wp_date(o.head.published)}</span>'
                          f"</p></div>" for o in others)
        return (f'<div class="content"><div xmlns:v="http://rdf.data-vocabulary.org/#" id="'
                f'crumbs">{self.crumbs(s, "/")}</div><article class="post-listing post-'
                f'{h.post_id} post type-post status-publish format-standard" id="the-post">'
                f'<div class="single-post-thumb"><img src="{self.image(s)}" class="'
                f'attachment-slider size-slider wp-post-image" alt=""></div><div '
                f'class="single-post-caption">Representative image. (Photo: {s.agency})</div>'
                f'<div class="post-inner"><h1 class="name post-title entry-title"><span itemprop'
                f'="name">{esc(h.title)}</span></h1><p class="post-meta"><span class="post-meta-'
                f'author"><i class="fa fa-user"></i><a href="{au}" title="">{s.byline} </a>'
                f'</span><span class="tie-date"><i class="fa fa-clock-o"></i>'
                f'{wp_date(h.published)}</span><span class="post-cats"><i class="fa fa-folder">'
                f'</i>{self.cat(s, "")}</span><span class="post-comments"><i class="fa fa-'
                f'comments"></i><a href="{s.url}#respond">Leave a comment</a></span><span class='
                f'"post-views"><i class="fa fa-eye"></i>42 Views</span></p><div class="clear">'
                f'</div><div class="entry">{share}{self.copy(s)}</div>{share}<span style="'
                f'display:none" class="updated">{h.published.astimezone(IST).date()}</span><div '
                f'style="display:none" class="vcard author" itemprop="author"><strong class="fn"'
                f'>{s.byline}</strong></div></div></article><p class="post-tag">Tags '
                f'{self.tag_links(s)}</p><section id="author-box"><div class="block-head"><h3>'
                f'About {s.byline} </h3><div class="stripe-line"></div></div><div class="post-'
                f'listing"><div class="author-bio"><div class="author-avatar"><img src="https://'
                f'secure.gravatar.com/avatar/0" alt=""></div><div class="author-description">'
                f'{esc(BIOS[s.agency])}</div></div></div></section><div class="post-navigation">'
                f'{self.post_nav(s)}</div><section id="related_posts"><div class="block-head"><h3'
                f'>Related Articles</h3><div class="stripe-line"></div></div><div class="post-'
                f'listing">{related}</div></section>{self.comments(s, reply)}</div>')

    # -- copies of a post -----------------------------------------------------------------
    def amp(self, s: Story) -> str:
        h = s.head
        body = "".join(f"<p>{esc(p)}</p>" for p in s.paragraphs)
        return (f'<!doctype html>\n<html amp lang="en-US"><head><meta charset="utf-8"><title>'
                f'{esc(h.title)} &#8211; {self.name}</title><link rel="canonical" href="{s.url}">'
                f'<script async src="https://cdn.ampproject.org/v0.js"></script></head><body '
                f'class="amp-wp-default"><header class="amp-wp-header"><div><a href="{self.base}'
                f'/">{self.name}</a></div></header><article class="amp-wp-article"><header class'
                f'="amp-wp-article-header"><h1 class="amp-wp-title">{esc(h.title)}</h1><div class'
                f'="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">'
                f'{s.byline}</span></div><div class="amp-wp-meta amp-wp-posted-on"><time '
                f'datetime="{iso(h.published)}">{wp_date(h.published)}</time></div></header>'
                f'<div class="amp-wp-article-content">{body}</div><footer class="amp-wp-article'
                f'-footer"><div class="amp-wp-meta amp-wp-tax-category">Categories: '
                f'{esc(h.section.name)}</div></footer></article><footer class="amp-wp-footer">'
                f'<div><h2>{self.name}</h2><a href="#top" class="back-to-top">Back to top</a>'
                f"</div></footer></body></html>\n")

    def embed(self, s: Story) -> str:
        h = s.head
        return (f'<!DOCTYPE html>\n<html lang="en-US" class="no-js"><head><title>{esc(h.title)}'
                f' &#8211; {self.name}</title><meta name="robots" content="noindex, follow" />'
                f'<link rel="canonical" href="{s.url}" /></head><body class="single single-post'
                f' postid-{h.post_id} single-format-standard"><div class="wp-embed post-'
                f'{h.post_id} post type-post"><p class="wp-embed-heading"><a href="{s.url}" '
                f'target="_top">{esc(h.title)}</a></p><div class="wp-embed-excerpt"><p>'
                f'{esc(s.paragraphs[0][:140])}&hellip; <a href="{s.url}" class="wp-embed-more" '
                f'target="_top">Continue reading</a></p></div><div class="wp-embed-footer"><div '
                f'class="wp-embed-site-title"><a href="{self.base}" target="_top"><span>'
                f'{self.name}</span></a></div><div class="wp-embed-meta"><div class="wp-embed-'
                f'share"><button type="button" class="wp-embed-share-dialog-open" aria-label="'
                f'Open sharing dialog"></button></div></div></div></div></body></html>\n')

    def attachment(self, s: Story) -> str:
        img = self.image(s)
        main = (f'<article id="post-{s.head.post_id + 1}" class="post-{s.head.post_id + 1} '
                f'attachment type-attachment status-inherit hentry"><header class="entry-'
                f'header"><h1 class="entry-title">{s.slug}-1</h1></header><div class="entry-'
                f'content"><p class="attachment"><a href="{img}"><img src="{img}" alt=""></a>'
                f'</p><p>{esc(s.head.tags[0])}. (Photo: {s.agency})</p></div></article>')
        return self.page(f"<title>{s.slug}-1 &#8211; {self.name}</title>\n<link rel=\"canonical"
                         f'" href="{s.url}attachment-{s.head.post_id + 1}/" />\n',
                         f"attachment attachment-template-default single single-attachment "
                         f"postid-{s.head.post_id + 1}", main)

    # -- listings and the rest ------------------------------------------------------------
    def teaser(self, s: Story) -> str:
        t, h = self.theme, s.head
        cls = {"jannah": "post-item tie-standard", "soledad": "list-post penci-item-listp",
               "foxiz": "p-wrap p-list p-list-1", "newspack": "post-has-image",
               "colormag": "cm-post", "smartmag": "l-post list-post", "zoxnews":
               "mvp-blog-story-wrap left relative", "publisher": "listing-item listing-item-"
               "blog", "generatepress": "post type-post",
               "elementor": "elementor-post elementor-grid-item",
               "sahifa": "item-list", "kadence": "entry content-bg "
               "loop-entry"}[t]
        return (f'<article class="{cls}"><a href="{s.url}" class="post-thumb"><img src="'
                f'{self.image(s)}" alt=""></a><h2 class="entry-title post-title"><a href="'
                f'{s.url}" rel="bookmark">{esc(h.title)}</a></h2><div class="post-meta"><span '
                f'class="author"><a href="{self.base}/author/{s.slug}/">{s.byline}</a></span> '
                f'<time class="entry-date published" datetime="{iso(h.published)}">'
                f'{wp_date(h.published)}</time></div><div class="entry-summary post-excerpt">'
                f'<p>{esc(h.standfirst)} {esc(s.paragraphs[0][:120])}&hellip;</p></div><a class'
                f'="more-link" href="{s.url}">Read More</a></article>')

    def listing(self, path: str, title: str, stories: list[Story], body_class: str,
                desc: str = "", query: str = "") -> None:
        b = self.base
        per = 4
        pages = max(1, (len(stories) + per - 1) // per)
        for n in range(1, pages + 1):
            shown = stories[(n - 1) * per:n * per]
            arts = "".join(self.teaser(s) for s in shown) or (
                '<section class="no-results not-found"><h2 class="page-title">Nothing Found'
                '</h2><p>Sorry, but nothing matched your search terms.</p></section>')
            nav = ""
            if n < pages:
                nav = (f'<nav class="navigation pagination"><div class="nav-links"><span '
                       f'class="page-numbers current">{n}</span><a class="page-numbers" href="'
                       f'{b}{path}page/{n + 1}/{query}">{n + 1}</a><a class="next page-numbers" '
                       f'href="{b}{path}page/{n + 1}/{query}">Next &raquo;</a></div></nav>'
                       f'<div class="load-more-wrap"><a class="load-more" href="{b}{path}page/'
                       f'{n + 1}/{query}">Load More</a></div>')
            header = (f'<header class="page-header archive-header"><h1 class="page-title">'
                      f'{esc(title)}</h1>{desc}</header>') if title else ""
            main = f'{header}<div class="posts-container {self.theme}-archive">{arts}</div>{nav}'
            route = path + ("" if n == 1 else f"page/{n}/")
            heading = f"{title} &#8211; {self.name}" if title else self.name
            if n > 1:
                heading = f"{title or self.name} &#8211; Page {n} of {pages}"
            head = (f"<title>{heading}</title>\n<link rel=\"canonical\" href=\"{b}{route}"
                    f'{query}" />\n<meta property="og:type" content="website" />\n'
                    f'<meta property="og:title" content="{heading}" />\n')
            self.save(route + query, self.page(head, body_class + (" paged" if n > 1 else ""),
                                               main))

    def listings(self) -> None:
        st = self.stories
        self.listing("/", "", st, "home blog")
        sec = st[0].head.section
        in_sec = [s for s in st if s.head.section.slug.startswith(sec.slug.split("/")[0])]
        self.listing(f"/category/{sec.slug.split('/')[0]}/", sec.slug.split("/")[0].capitalize(),
                     in_sec * 3, f"archive category category-{sec.slug.split('/')[0]}")
        tag = st[0].head.tags[0]
        self.listing(f"/tag/{tag.lower().replace(' ', '-')}/", tag, st[:2],
                     f"archive tag tag-{tag.lower().replace(' ', '-')}")
        au = st[0]
        bio = (f'<div class="author-description archive-description"><p>'
               f"{esc(BIOS[au.agency])}</p></div>")
        self.listing(f"/author/{au.slug}/", f"Author: {au.byline}",
                     [s for s in st if s.slug == au.slug], f"archive author author-{au.slug}",
                     bio)
        local = au.head.published.astimezone(IST)
        self.listing(f"/{local.year}/{local.month:02d}/", f"Month: {wp_date(au.head.published)}",
                     [au], "archive date")
        word = au.head.title.split()[0].lower().strip(":,")
        self.listing("/", f"Search Results for: {word}", [au], "search search-results",
                     query=f"?s={word}")

    def static(self, slug: str, title: str) -> str:
        if slug == "privacy-policy":
            return self.privacy()
        main = (f'<article id="post-2" class="post-2 page type-page status-publish hentry">'
                f'<header class="entry-header"><h1 class="entry-title">{title}</h1></header>'
                f'<div class="entry-content"><p>{self.name} is an independent digital news '
                f"publication based in New Delhi. We publish news from India and abroad, with "
                f"copy from the Indo-Asian News Service (IANS), the Press Trust of India (PTI) "
                f"and Asian News International (ANI).</p><p>For {title.lower()} matters, write "
                f"to the editor at desk@{self.host}. We read every message and reply within two "
                f"working days.</p><p>Our newsroom follows the Norms of Journalistic Conduct of "
                f"the Press Council of India.</p></div></article>")
        return self.page(f"<title>{title} &#8211; {self.name}</title>\n<link rel=\"canonical\" "
                         f'href="{self.base}/{slug}/" />\n', "page-template-default page "
                         "page-id-2", main)

    def privacy(self) -> str:
        """A long policy page, dated by its own "Last updated" line."""
        paras = [
            f"Last updated: {wp_datetime(self.stories[-1].head.published)}",
            f"This Privacy Policy describes how {self.name} collects, uses and discloses "
            "information about you when you use our website and services.",
            "We collect information you provide directly to us, such as when you subscribe to "
            "our newsletter, comment on an article, or contact us for support.",
            "We automatically collect certain information when you visit the website, including "
            "your IP address, browser type, the pages you view and the time of your visit.",
            "We use cookies and similar technologies to remember your preferences, understand "
            "how the website is used and show advertisements that may interest you.",
            "Third-party advertising partners may use cookies to serve ads based on your prior "
            "visits to this website or other websites on the internet.",
            "We do not sell your personal information. We may share it with service providers "
            "who perform services on our behalf, under confidentiality obligations.",
            "You may opt out of personalised advertising by visiting your browser settings or "
            "the opt-out pages of the advertising networks we work with.",
            "We retain personal information for as long as necessary to provide the services "
            "and fulfil the purposes described in this policy.",
            f"If you have any questions about this Privacy Policy, contact us at privacy@"
            f"{self.host}.",
        ]
        body = "".join(f"<p>{esc(p)}</p>" for p in paras)
        main = (f'<article id="post-3" class="post-3 page type-page status-publish hentry">'
                f'<header class="entry-header"><h1 class="entry-title">Privacy Policy</h1>'
                f'</header><div class="entry-content">{body}</div></article>')
        return self.page(f"<title>Privacy Policy &#8211; {self.name}</title>\n<link rel=\""
                         f'canonical" href="{self.base}/privacy-policy/" />\n',
                         "page-template-default page page-id-3", main)

    def feed(self) -> str:
        items = "".join(
            f"<item><title>{esc(s.head.title)}</title><link>{s.url}</link><dc:creator><![CDATA["
            f"{s.byline}]]></dc:creator><pubDate>{rfc822(s.head.published)}</pubDate>"
            f"<category><![CDATA[{s.head.section.name}]]></category><description><![CDATA["
            f"{s.head.standfirst}]]></description><content:encoded><![CDATA["
            + "".join(f"<p>{esc(p)}</p>" for p in s.paragraphs) + "]]></content:encoded></item>"
            for s in self.stories)
        return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://'
                'purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
                f"<channel><title>{self.name}</title><link>{self.base}</link><description>News"
                f"</description>{items}</channel></rss>\n")

    def not_found(self) -> str:
        main = ('<section class="error-404 not-found"><header class="page-header"><h1 class='
                '"page-title">Oops! That page can&rsquo;t be found.</h1></header><div class="'
                'page-content"><p>It looks like nothing was found at this location. Maybe try '
                'one of the links below or a search?</p><form role="search" class="search-form">'
                '<input type="search" class="search-field" name="s"></form></div></section>')
        return self.page(f"<title>Page not found &#8211; {self.name}</title>\n",
                         "error404", main)


def write(mirror: Mirror, folder: Path) -> dict[str, str]:
    """The mirror's files under `folder`; file URI → the address each was saved from."""
    key = {}
    for name, data in mirror.files.items():
        file = folder / name
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_bytes(data)
        key[file.resolve().as_uri()] = mirror.address[name]
    return key
