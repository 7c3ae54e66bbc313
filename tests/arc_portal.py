"""A news portal on Arc XP (the Washington Post's publishing platform, which Reuters and many
papers and agencies run), for crawl rehearsals: not WordPress, and unlike the testsite's
layouts. Markup after `fixtures/generic/arc-fusion-*` and Arc's documented feeds.

Pages: the home page; section fronts `/<section>/` (`/world/asia/`), ten cards and a
"Load more" button (no URL) whose stories come from Fusion's content API,
`/pf/api/v3/content/fetch/articles-by-section-alias-or-id-v1?query={…}&d=…&_website=…`
(JSON; `query` is `{"offset":N,"section_id":…,"size":10,"website":…}`); the front's
`fusion-metadata` script holds, as real Arc fronts print it, `Fusion.deployment` (the `d`),
`Fusion.arcSite` (the `_website`) and `Fusion.contentCache` = {content source: {the first
page's query (offset 0) as a JSON string: {"data": the cards' stories, …}}};
articles `/<section>/<slug>-YYYY-MM-DD/`; author pages `/authors/<slug>/`; tag pages
`/tags/<slug>/`; video pages `/video/watch/<slug>-id<N>/` (a player and one line: no
article); picture galleries `/pictures/<slug>-YYYY-MM-DD/` (captions: a record or not, as
the reader decides; neither expected nor counted as extra); a few static pages; Arc's
outbound feeds, named in robots.txt: `/arc/outboundfeeds/sitemap-index/?outputType=xml` →
one sitemap a day `/arc/outboundfeeds/sitemap/YYYY-MM-DD/?outputType=xml`, a news sitemap
`/arc/outboundfeeds/news-sitemap/?outputType=xml`, an RSS feed
`/arc/outboundfeeds/rss/?outputType=xml`.

Article pages: Fusion's head (og:*, article:published_time / modified_time, JSON-LD
NewsArticle on five in six; the sixth has neither JSON-LD nor article:modified_time, only
Fusion's state; one in ten has og:* alone, no date at all), `<script id="fusion-metadata">`
with `Fusion.globalContent` (the ANS story: headlines, credits, dates, `content_elements`),
and a DOM as the client renders it: `h1[data-testid=Heading]`, byline links "By Jane Doe and
John Roe" ("… | AP" on AP copy; "By Reuters" on some Reuters copy, whose writers the
sign-off alone names), the time with an "Updated 2 hours ago" stamp (relative to the
revision's now: every page's bytes change between revisions), share buttons, the copy as
`div[data-testid=paragraph-N]` (even articles) or `p[data-testid=Body]` (odd), with the
newsletter promo "… Sign up here." as one of the numbered paragraphs on some, an `<h2>`
subheading in some (the copy's), the ad slot "Advertisement · Scroll to continue" after the
third paragraph, a captioned picture in the copy of some, the sign-off "Reporting by …;
Editing by …" (in the copy), "Suggested Topics:", "Our Standards: The Thomson Reuters Trust
Principles.", "Read Next" and "More from" rails. One article in seven prints no copy at all:
its DOM is the frame, headline and byline, and the story is only in `Fusion.globalContent`;
half of those print not even their header (a loading skeleton, then the rails).

Copy: the testsite's plan (`wpportal` stories under another seed), the lead's dateline in
the wire's style: "NEW DELHI, Dec 17 (Reuters) - …" (four in five wire stories) or
"NEW DELHI (AP) — …"; stories without a dateline are the staff's own (no agency).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

from newsscraper.testsite.context import LAUNCHED, SiteContext
from newsscraper.testsite.feeds import XML_TYPE, rss
from newsscraper.testsite.fmt import esc
from newsscraper.testsite.model import Head, Page
from newsscraper.testsite.plan import manifest_rows, site_plan
from newsscraper.testsite.topics import PORTAL_SECTIONS
from newsscraper.testsite.writer import rng, slugify

NAME = "The Meridian Wire"
WEBSITE = "meridian"
HTML = "text/html; charset=utf-8"
JSON_TYPE = "application/json; charset=utf-8"
PAGE_SIZE = 10
#: Fusion's deployment (the API's `d`) and the content source behind the fronts' "Load more".
DEPLOYMENT = "1482"
CONTENT_SOURCE = "articles-by-section-alias-or-id-v1"
DISALLOWED = ("/pf/api/", "/search/", "/account/")
_FEED = "/arc/outboundfeeds"
_REPORTERS = ("Aditi Shah", "Sudipto Ganguly", "Rupam Jain", "Krishn Kaushik", "Shivam Patel",
              "Sarita Chaganti Singh", "Nikunj Ohri", "Tanvi Mehta", "Jatindra Dash",
              "Neha Arora", "Munsif Vengattil", "Aftab Ahmed")
_EDITORS = ("Savio D'Souza", "Kim Coghill", "Janane Venkatraman", "Raju Gopalakrishnan",
            "Sonia Cheema", "Edwina Gibbs")
_BIO = ("covers politics and the economy from the New Delhi bureau. She joined the wire in "
        "2015 after reporting for regional dailies.")
_PROMO = ("Get a look at the day ahead in Asian markets with our Morning Bid Asia email "
          "newsletter.")
_SUBHEADS = ("WHAT COMES NEXT", "MARKET REACTION", "A LONG ROAD", "BACKGROUND")
_AD = ('<div data-testid="ResponsiveAdSlot" class="responsive-ad-slot__container"><span '
       'class="text__text__1FZLe ad-slot__label">Advertisement · Scroll to continue</span>'
       '<div id="ad-slot-{n}" class="ad-slot__ad"></div><button data-testid="Button" class="'
       'ad-slot__report">Report This Ad</button></div>')
_STATIC = {"about": "About Us", "info-pages/contact-us": "Contact Us",
           "info-pages/privacy-policy": "Privacy Policy"}
_MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                 "Dec")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


@dataclass(frozen=True)
class Truth:
    """One article of the revision: what a crawl should emit for it."""

    url: str
    title: str
    body: str
    published: datetime
    modified: datetime
    status: str
    authors: tuple[str, ...]
    agency: str | None
    dateline: str | None
    #: The page prints no copy: the story is only in Fusion.globalContent.
    thin: bool


@dataclass
class Portal:
    """One revision: request path (route key) → Page, redirects, the truth, the others."""

    pages: dict[str, Page]
    redirects: dict[str, str]
    truth: list[Truth]
    #: Paths of pages that are no article (a record of one is an error).
    other: list[str]
    #: Galleries: a record of one is neither expected nor an error.
    galleries: list[str]


def agency_of(head: Head) -> str | None:
    if head.dateline is None:
        return None
    return "AP" if head.index % 5 == 4 else "Reuters"


def thin(head: Head) -> bool:
    return head.index % 7 == 3


def shell(head: Head) -> bool:
    """Half the thin pages print no header either: headline and byline only in the head and
    in Fusion's state."""
    return head.index % 14 == 3


def subhead_at(head: Head, paragraphs: int) -> int | None:
    """Where a subheading (`<h2>`, ANS "header") stands in the copy, if it has one."""
    return 4 if head.index % 4 == 1 and paragraphs > 6 else None


def bare_head(head: Head) -> bool:
    """The head has og:* alone: no article:published_time or modified_time, no JSON-LD."""
    return head.index % 10 == 7


def wire_byline(head: Head) -> bool:
    """A Reuters story bylined "By Reuters": its writers are named in the sign-off alone."""
    return agency_of(head) == "Reuters" and head.index % 8 == 6


def article_path(head: Head) -> str:
    day = head.published.astimezone(UTC).date().isoformat()
    return f"/{head.section.slug}/{slugify(head.title, max_words=12)}-{day}/"


def _stamp(at: datetime, ms: int) -> str:
    """Arc's ISO instant with milliseconds: "2024-12-17T07:33:00.517Z"."""
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S") + f".{ms:03d}Z"


def _printed(at: datetime) -> str:
    u = at.astimezone(UTC)
    return (f"{_MONTHS[u.month - 1]} {u.day}, {u.year} {u.hour % 12 or 12}:{u.minute:02d} "
            f"{'AM' if u.hour < 12 else 'PM'} UTC")


def _ago(now: datetime, at: datetime) -> str:
    hours = int((now - at).total_seconds() // 3600)
    if hours < 1:
        return "Updated less than an hour ago"
    if hours < 24:
        return f"Updated {hours} hour{'s' if hours > 1 else ''} ago"
    days = hours // 24
    return f"Updated {days} day{'s' if days > 1 else ''} ago"


def build(origin: str, revision: int, *, articles: int = 300, seed: int = 29,
          sitemaps: str = "arc", content_api: str = "disallowed") -> Portal:
    """`sitemaps`: "arc" (robots.txt names the sitemap index and the news sitemap),
    "news-only" (it names the news sitemap alone), "unnamed" (it names none; they are
    served all the same), "none" (no sitemap at all: the RSS feed, the fronts and their
    "Load more" list the articles). `content_api`: "disallowed" (robots.txt disallows
    `/pf/api/`, as many Arc sites' do) or "allowed" (it does not)."""
    base = origin.rstrip("/")
    ctx = SiteContext(site_plan("wpportal", articles, seed), revision, base)
    site = _Site(ctx, base)
    site.sitemaps = sitemaps
    site.content_api = content_api
    return site.build()


class _Site:
    def __init__(self, ctx: SiteContext, base: str) -> None:
        self.ctx, self.base, self.heads = ctx, base, ctx.heads
        self.pages: dict[str, Page] = {}
        self.redirects: dict[str, str] = {}
        self.other: list[str] = []
        self.galleries: list[str] = []
        self.path = {h.index: article_path(h) for h in self.heads}
        self.videos = [h for h in self.heads if h.index % 9 == 1]
        self.pictures = [h for h in self.heads if h.index % 11 == 5]
        self.sitemaps = "arc"
        self.content_api = "disallowed"

    def url(self, head: Head) -> str:
        return self.base + self.path[head.index]

    def add(self, path: str, text: str, changed: datetime, kind: str = HTML) -> None:
        self.pages[path] = Page(text.encode(), kind, changed)

    def authors(self, head: Head) -> tuple[str, ...]:
        r = rng(self.ctx.seed, "arc", head.index, "authors")
        return tuple(r.sample(_REPORTERS, 1 + (head.index % 3 == 0)))

    def editor(self, head: Head) -> str:
        return rng(self.ctx.seed, "arc", head.index, "editor").choice(_EDITORS)

    def copy(self, head: Head) -> list[str]:
        """The article's paragraphs as the wire files them, sign-off included."""
        paras = self.ctx.body(head)
        agency = agency_of(head)
        if agency == "Reuters":
            paras[0] = paras[0].replace(" (IANS) — ", " (Reuters) - ", 1)
        elif agency == "AP":
            place, _, rest = paras[0].partition(", ")
            paras[0] = f"{place} (AP) — " + rest.split(" (IANS) — ", 1)[1]
        if (at := subhead_at(head, len(paras))) is not None:
            paras.insert(at, _SUBHEADS[head.index % len(_SUBHEADS)])
        if agency == "Reuters":
            names = " and ".join(self.authors(head))
            paras.append(f"Reporting by {names}; Editing by {self.editor(head)}")
        return paras

    # -- the site -----------------------------------------------------------------------
    def build(self) -> Portal:
        truth = []
        rows = manifest_rows(self.ctx.plan, self.ctx.revision, self.base)
        for head, row in zip(self.heads, rows, strict=True):
            paras = self.copy(head)
            self._article(head, paras)
            place = head.dateline
            agency = agency_of(head)
            truth.append(Truth(self.url(head), head.title, "\n\n".join(paras),
                               head.published, head.modified, row.status, self.authors(head),
                               agency, place, thin(head)))
        for h in self.videos:
            self._video(h)
        for h in self.pictures:
            self._gallery(h)
        self._fronts()
        self._people_and_tags()
        self._static()
        self._feeds()
        return Portal(self.pages, self.redirects, truth, self.other, self.galleries)

    # -- frame --------------------------------------------------------------------------
    def frame(self, head: str, main: str, global_content: dict[str, object] | None,
              page_type: str, content_cache: dict[str, object] | None = None) -> str:
        b = self.base
        nav = "".join(f'<li data-testid="NavItem"><a href="{b}/{s}/" data-testid="Link">'
                      f"{esc(n)}</a></li>" for s, n in PORTAL_SECTIONS.items() if "/" not in s)
        foot = "".join(f'<li><a href="{b}/{s}/">{esc(n)}</a></li>' for s, n in _STATIC.items())
        state = json.dumps(global_content or {}, ensure_ascii=False).replace("</", "<\\/")
        cache = json.dumps(content_cache or {}, ensure_ascii=False,
                           separators=(",", ":")).replace("</", "<\\/")
        return (
            '<!DOCTYPE html><html lang="en"><head><meta charSet="UTF-8"/>'
            '<meta name="viewport" content="width=device-width, initial-scale=1"/>'
            f'{head}<link rel="alternate" type="application/rss+xml" title="{NAME}" href="'
            f'{b}{_FEED}/rss/?outputType=xml"/>'
            f'<link rel="stylesheet" href="/pf/resources/dist/{WEBSITE}/css/main.css?d=1482"/>'
            '<script async="" src="/pf/dist/engine/react.js?d=1482"></script>'
            f'<script type="application/javascript" id="fusion-metadata">window.Fusion='
            f'window.Fusion||{{}};Fusion.arcSite="{WEBSITE}";Fusion.contextPath="/pf";'
            f'Fusion.mxId="00000000";Fusion.deployment="{DEPLOYMENT}";Fusion.globalContent={state};'
            f'Fusion.globalContentConfig={{"source":"{page_type}","query":{{}}}};'
            f'Fusion.contentCache={cache};Fusion.lastModified=1734500000000;'
            f'Fusion.spa=false;Fusion.spaEnabled=false;</script></head>'
            f'<body><div id="fusion-app"><div class="regular-article-layout__container">'
            f'<header class="site-header__container" data-testid="Header"><a href="{b}/" '
            f'aria-label="{NAME} home" data-testid="Link" class="site-header__logo">'
            f'<svg viewBox="0 0 100 20"></svg></a><nav aria-label="Main"><ul>{nav}</ul></nav>'
            f'<a href="{b}/account/register/" data-testid="Button">Register</a>'
            f'<a href="{b}/search/" data-testid="Link">Search</a></header>'
            f'<main id="main-content">{main}</main>'
            f'<footer data-testid="Footer" class="site-footer"><ul>{foot}</ul><p>All quotes '
            f'delayed a minimum of 15 minutes.</p><p>© 2024 {NAME}. All rights reserved</p>'
            f'</footer></div></div><script>window.__FUSION_HYDRATE=1;</script></body></html>')

    def _card(self, h: Head, *, teaser: bool = True) -> str:
        url = self.path[h.index]  # Fusion's cards link by path
        desc = (f'<p data-testid="Description" class="media-story-card__description">'
                f"{esc(h.standfirst)}</p>") if teaser else ""
        return (f'<li class="story-collection__list-item"><div data-testid="MediaStoryCard" '
                f'class="media-story-card__hub"><span data-testid="Label"><a href="/'
                f'{h.section.slug}/" data-testid="Link">{esc(h.section.name)}</a></span>'
                f'<a data-testid="Heading" href="{url}" class="media-story-card__heading">'
                f'<span data-testid="TitleHeading">{esc(h.title)}</span></a>{desc}'
                f'<time data-testid="Label" datetime="{_stamp(h.published, 0)}">'
                f"{_printed(h.published)}</time></div></li>")

    # -- articles -----------------------------------------------------------------------
    def _ans(self, head: Head, paras: Sequence[str], promo_at: int | None) -> dict[str, object]:
        authors = self.authors(head)
        elements: list[dict[str, object]] = []
        for n, p in enumerate(paras):
            if promo_at == n:
                elements.append({"_id": f"PROMO{head.post_id}", "type": "interstitial_link",
                                 "content": _PROMO + " Sign up here.",
                                 "url": "/newsletters/morning-bid-asia/"})
            kind = "header" if n == subhead_at(head, len(paras) - 1) and p.isupper() else "text"
            elements.append({"_id": f"P{head.post_id}{n:02d}", "type": kind,
                             "content": esc(p), **({"level": 2} if kind == "header" else {})})
        elements.insert(1, {"_id": f"I{head.post_id}", "type": "image",
                            "url": self._image(head), "caption": f"File photo: {head.tags[0]}."})
        return {
            "_id": f"ARC{head.post_id}", "type": "story", "version": "0.10.9",
            "canonical_url": self.path[head.index], "website": WEBSITE,
            "headlines": {"basic": head.title, "web": head.title},
            "description": {"basic": head.standfirst},
            "subheadlines": {"basic": ""},
            "display_date": _stamp(head.published, head.post_id % 1000),
            "first_publish_date": _stamp(head.published, head.post_id % 1000),
            "publish_date": _stamp(head.modified, head.post_id % 997),
            "last_updated_date": _stamp(head.modified, head.post_id % 997),
            "credits": {"by": [{"type": "author", "name": "Reuters", "org": "Reuters"}]
                        if wire_byline(head) else
                        [{"_id": slugify(a), "type": "author", "name": a, "byline": a,
                          "url": f"/authors/{slugify(a)}/"} for a in authors]},
            "distributor": {"name": agency_of(head) or NAME, "category": "wires"
                            if agency_of(head) else "staff"},
            "taxonomy": {"primary_section": {"_id": f"/{head.section.slug}",
                                             "name": head.section.name},
                         "tags": [{"text": t, "slug": slugify(t)} for t in head.tags]},
            "content_elements": elements,
            "related_content": {"basic": []},
            "promo_items": {"basic": {"type": "image", "url": self._image(head)}},
        }

    def _image(self, h: Head) -> str:
        return f"{self.base}/resizer/v2/{slugify(h.title, max_words=3).upper()}{h.post_id}.jpg"

    def _head(self, head: Head, full: bool) -> str:
        url = self.url(head)
        pub, mod = (_stamp(head.published, head.post_id % 1000),
                    _stamp(head.modified, head.post_id % 997))
        authors = self.authors(head)
        metas = [("property", "og:title", head.title), ("property", "og:type", "article"),
                 ("property", "og:url", url), ("property", "og:image", self._image(head)),
                 ("property", "og:site_name", NAME),
                 ("property", "og:description", head.standfirst),
                 ("name", "description", head.standfirst),
                 ("property", "article:section", head.section.name),
                 ("name", "twitter:card", "summary_large_image"),
                 ("name", "twitter:site", "@meridianwire"),
                 ("name", "article:author",
                  "Reuters" if wire_byline(head) else ", ".join(authors))]
        metas += [("property", "article:tag", t) for t in head.tags]
        if not bare_head(head):
            metas.insert(7, ("property", "article:published_time", pub))
        if full and not bare_head(head):
            metas.insert(8, ("property", "article:modified_time", mod))
        out = [f"<title>{esc(head.title)} | {NAME}</title>",
               f'<link rel="canonical" href="{url}"/>']
        out += [f'<meta {k}="{key}" content="{esc(v)}"/>' for k, key, v in metas]
        if full and not bare_head(head):
            ld = {"@context": "https://schema.org", "@type": "NewsArticle",
                  "headline": head.title, "description": head.standfirst,
                  "datePublished": pub, "dateModified": mod,
                  "author": [{"@type": "Organization", "name": "Reuters"}] if wire_byline(head)
                  else [{"@type": "Person", "name": a,
                         "url": f"{self.base}/authors/{slugify(a)}/"} for a in authors],
                  "publisher": {"@type": "NewsMediaOrganization", "name": NAME,
                                "logo": {"@type": "ImageObject",
                                         "url": f"{self.base}/pf/resources/logo.png"}},
                  "image": [self._image(head)], "mainEntityOfPage": url,
                  "articleSection": head.section.name, "isAccessibleForFree": True,
                  "keywords": list(head.tags)}
            out.append('<script type="application/ld+json">'
                       + json.dumps(ld, ensure_ascii=False) + "</script>")
        return "".join(out)

    def _article(self, head: Head, paras: Sequence[str]) -> None:
        b, url = self.base, self.url(head)
        authors = self.authors(head)
        promo_at = 2 if head.index % 3 == 0 and len(paras) > 4 else None
        ans = self._ans(head, paras, promo_at)
        byline = " and ".join(
            f'<a href="{b}/authors/{slugify(a)}/" data-testid="AuthorNameLink" class="'
            f'author-name__author__a1b2c">{esc(a)}</a>' for a in authors)
        if wire_byline(head):
            byline = "Reuters"
        # AP copy carries the wire's name after the writers, as WaPo's pages print it.
        credit = " | AP" if agency_of(head) == "AP" else ""
        stamp = (f'<div class="article-header__dateline__4jE04" data-testid="DateLine">'
                 f'<time datetime="{_stamp(head.published, head.post_id % 1000)}"><span class='
                 f'"date-line__date___kNbY">{_printed(head.published).rsplit(" ", 3)[0]}'
                 f'</span><span class="date-line__date___kNbY">'
                 f'{" ".join(_printed(head.published).rsplit(" ", 3)[1:])}</span></time>'
                 f'<span class="date-line__date___kNbY" data-testid="UpdatedTime">'
                 f"{_ago(self.ctx.now, head.modified)}</span></div>")
        share = ('<div data-testid="ShareButtons" class="share-buttons">'
                 + "".join(f'<button aria-label="Share on {n}" data-testid="Button" class="'
                           f'share-button">{n}</button>' for n in ("X", "Facebook", "LinkedIn",
                                                                   "Email"))
                 + '<button data-testid="Button" class="share-button">Share</button>'
                 '<a data-testid="Link" href="https://www.reutersagency.example/licensing/?url='
                 f'{quote(url)}">Purchase Licensing Rights</a></div>')
        blocks = []
        n = 0
        for i, p in enumerate(paras):
            if promo_at == i:
                blocks.append(self._para(head, n, f'{esc(_PROMO)} <a href="{b}/newsletters/'
                                                  f'morning-bid-asia/" data-testid="Link">Sign '
                                                  f"up here.</a>"))
                n += 1
            if i == 3:  # the ad slot Fusion sets after the third paragraph
                blocks.append(_AD.format(n=head.post_id))
            if i == 5 and head.index % 5 == 2:  # a picture in the copy, with its credit
                blocks.append(
                    f'<figure data-testid="Figure" class="article-body__figure"><img src="'
                    f'{self._image(head)}?width=640&amp;i=2" alt=""/><figcaption data-testid='
                    f'"Caption"><span>People gather as {esc(head.tags[0].lower())} makes news, '
                    f"December 17, 2024. REUTERS/Adnan Abidi</span> <a href=\"https://www."
                    f'reutersagency.example/licensing/" data-testid="Link">Purchase Licensing '
                    f"Rights</a></figcaption></figure>")
            if p.isupper() and i == subhead_at(head, len(paras) - 1):
                blocks.append(f'<h2 data-testid="Heading" class="text__text__1FZLe text__'
                              f'heading_5__1qUJ5 body__heading__x8a">{esc(p)}</h2>')
                continue
            cls = " sign-off" if p.startswith("Reporting by ") else ""
            blocks.append(self._para(head, n, esc(p), cls))
            n += 1
        figure = (f'<figure data-testid="primary-image" class="article-body__figure"><div '
                  f'class="styles__image-container"><img src="{self._image(head)}?width=960" '
                  f'alt="{esc(head.tags[0])}"/></div><figcaption data-testid="primary-image-'
                  f'caption"><span>File photo: {esc(head.tags[0])}. {NAME}/File Photo</span>'
                  f"</figcaption></figure>")
        body = "" if thin(head) else (
            f'<div class="article-body__content__17Yit" data-testid="ArticleBody">'
            f'{"".join(blocks)}</div>')
        standards = ('<div class="article-body__trust__x1" data-testid="TrustBadge"><p '
                     'class="text__text__1FZLe">Our Standards: <a href="https://www.'
                     'thomsonreuters.example/en/about-us/trust-principles.html" data-testid='
                     '"Link">The Thomson Reuters Trust Principles.</a></p></div>')
        tags = '<h2 data-testid="Heading">Suggested Topics:</h2>' + "".join(
            f'<li><a href="{b}/tags/{slugify(t)}/" data-testid="Link">{esc(t)}</a></li>'
            for t in head.tags)
        read_next = self.ctx.trending(head)
        related = self.ctx.related(head, 3)
        rail = ('<div data-testid="ReadNext" class="read-next__container"><h2 '
                'data-testid="Heading">Read Next</h2><ul>'
                + "".join(self._card(h, teaser=False) for h in read_next) + "</ul></div>")
        more = (f'<div data-testid="MoreFrom" class="more-from__container"><h2 data-testid='
                f'"Heading">More from {NAME}</h2><ul>'
                + "".join(self._card(h) for h in related) + "</ul></div>")
        bios = "".join(
            f'<div data-testid="AuthorBio" class="author-bio__container"><a href="{b}/authors/'
            f'{slugify(a)}/">{esc(a)}</a> <p class="author-bio__text">{esc(a.split()[0])} '
            f"{_BIO}</p></div>" for a in authors[:1] if not wire_byline(head))
        main = (
            f'<article class="article__container__2vR8B" data-testid="Article">'
            f'<header class="article-header__container"><nav data-testid="Breadcrumb"><a href="'
            f'{b}/{head.section.slug.split("/")[0]}/" data-testid="Link">'
            f'{esc(PORTAL_SECTIONS[head.section.slug.split("/")[0]])}</a>'
            + (f'<a href="{b}/{head.section.slug}/" data-testid="Link">'
               f"{esc(head.section.name)}</a>" if "/" in head.section.slug else "")
            + f'</nav><h1 data-testid="Heading" class="text__text__1FZLe article-header__'
            f'heading__15OpQ">{esc(head.title)}</h1><div class="article-header__byline">'
            f'<div data-testid="AuthorByline" class="info-content__author-date__1Epi_">By '
            f"{byline}{credit}</div>{stamp}</div>{share}</header>"
            f'<div class="article__main__33WV2">{figure}<div class="article-body__container">'
            f"{body}"
            + f'{standards}<div data-testid="Tags" class="tags__container"><ul>{tags}</ul>'
            f"</div>{bios}</div></div>{rail}{more}</article>")
        if shell(head):  # not even the header: Fusion's loading skeleton, then the rails
            main = (f'<article class="article__container__2vR8B" data-testid="Article"><div '
                    f'data-testid="Skeleton" class="article__skeleton" aria-busy="true"></div>'
                    f"{rail}{more}</article>")
        page = self.frame(self._head(head, head.index % 6 != 5), main,
                          ans, "content-api")
        self.add(self.path[head.index], page, head.last_modified)

    def _para(self, head: Head, n: int, html: str, cls: str = "") -> str:
        if head.index % 2 == 0:
            return (f'<div data-testid="paragraph-{n}" class="text__text__1FZLe text__dark-grey'
                    f'__3Ml43 text__regular__2N1Xr text__large__nEccO body__full_width__ekUdw '
                    f'body__large_body__FV5_X article-body__paragraph__2-BtD{cls}">{html}</div>')
        return f'<p data-testid="Body" class="c-paragraph{cls}">{html}</p>'

    # -- videos and galleries -----------------------------------------------------------
    def _video(self, h: Head) -> None:
        path = f"/video/watch/{slugify(h.title, max_words=8)}-id{h.post_id}/"
        url = self.base + path
        head = (f"<title>{esc(h.title)} | {NAME} Video</title>"
                f'<link rel="canonical" href="{url}"/>'
                f'<meta property="og:type" content="video.other"/>'
                f'<meta property="og:title" content="{esc(h.title)}"/>'
                f'<meta property="og:url" content="{url}"/>'
                f'<meta property="og:video" content="{self.base}/video/{h.post_id}.mp4"/>')
        ans = {"_id": f"V{h.post_id}", "type": "video", "headlines": {"basic": h.title},
               "description": {"basic": h.standfirst},
               "streams": [{"url": f"{self.base}/video/{h.post_id}.mp4"}]}
        main = (f'<div class="video-page__container" data-testid="VideoPage"><div '
                f'data-testid="VideoPlayer" class="video-player"></div><h1 data-testid="Heading">'
                f'{esc(h.title)}</h1><p data-testid="Description">{esc(h.standfirst)}</p>'
                f'<time datetime="{_stamp(h.published, 0)}">{_printed(h.published)}</time>'
                f'<div data-testid="Playlist"><h2>Up Next</h2><ul>'
                + "".join(self._card(x, teaser=False) for x in self.videos[:6] if x != h)
                + "</ul></div></div>")
        self.add(path, self.frame(head, main, ans, "video-api"), h.published)
        self.other.append(path)

    def video_path(self, h: Head) -> str:
        return f"/video/watch/{slugify(h.title, max_words=8)}-id{h.post_id}/"

    def gallery_path(self, h: Head) -> str:
        day = h.published.astimezone(UTC).date().isoformat()
        return f"/pictures/{slugify(h.tags[0])}-in-pictures-{day}/"

    def _gallery(self, h: Head) -> None:
        path = self.gallery_path(h)
        url = self.base + path
        title = f"In pictures: {h.tags[0]}"
        captions = [f"{h.standfirst}", f"People gather as {h.tags[0].lower()} dominates the "
                    "day's news.", f"A view of the scene. {NAME}/Staff"]
        head = (f"<title>{esc(title)} | {NAME}</title><link rel=\"canonical\" href=\"{url}\"/>"
                f'<meta property="og:type" content="article"/>'
                f'<meta property="og:title" content="{esc(title)}"/>'
                f'<meta property="article:published_time" content="{_stamp(h.published, 0)}"/>')
        items = "".join(f'<figure data-testid="GalleryImage"><img src="{self._image(h)}?g={i}" '
                        f'alt=""/><figcaption>{esc(c)}</figcaption></figure>'
                        for i, c in enumerate(captions))
        ans = {"_id": f"G{h.post_id}", "type": "gallery", "headlines": {"basic": title},
               "content_elements": [{"type": "image", "caption": c} for c in captions]}
        main = (f'<div data-testid="Gallery"><h1 data-testid="Heading">{esc(title)}</h1>'
                f"{items}</div>")
        self.add(path, self.frame(head, main, ans, "content-api"), h.published)
        self.galleries.append(path)

    # -- fronts, load more --------------------------------------------------------------
    def _fronts(self) -> None:
        sections = self.ctx.plan.in_section(self.ctx.revision)
        self._front("/", NAME, self.heads, "")
        for slug, name in PORTAL_SECTIONS.items():
            if slug in sections:
                self._front(f"/{slug}/", name, sections[slug], f"/{slug}")

    def _front(self, path: str, name: str, heads: Sequence[Head], section_id: str) -> None:
        b = self.base
        first = heads[:PAGE_SIZE]
        cards = "".join(self._card(h) for h in first)
        media = ""
        if path == "/":
            media = ('<div data-testid="VideoRail"><h2>Videos</h2><ul>'
                     + "".join(f'<li><a href="{b}{self.video_path(h)}">{esc(h.title)}</a></li>'
                               for h in self.videos[:5])
                     + '</ul></div><div data-testid="PicturesRail"><h2>Pictures</h2><ul>'
                     + "".join(f'<li><a href="{b}{self.gallery_path(h)}">In pictures: '
                               f"{esc(h.tags[0])}</a></li>" for h in self.pictures[:3])
                     + "</ul></div>")
        more = ('<button data-testid="Button" class="button__button topic__load-more__'
                '3RgqS"><span class="button__link">Load more articles</span></button>'
                if len(heads) > PAGE_SIZE else "")
        main = (f'<div class="section-page" data-testid="SectionPage"><h1 data-testid="Heading">'
                f'{esc(name)}</h1><ul class="story-collection__list">{cards}</ul>{more}'
                f"{media}</div>")
        head = (f"<title>{esc(name)} | {NAME}</title><link rel=\"canonical\" href=\"{b}{path}\"/>"
                f'<meta property="og:type" content="website"/>'
                f'<meta property="og:title" content="{esc(name)} | {NAME}"/>')
        # Fusion's content API behind "Load more": offset pages of cards as JSON. The front's
        # own first page is in its content cache, under the query the client pages on.
        first_query = _query(0, section_id)
        cache = {CONTENT_SOURCE: {first_query: {
            "data": self._cards_json(heads, 0), "expires": 1734500300000,
            "lastModified": 1734500000000}}}
        self.add(path, self.frame(head, main, {"_id": section_id or "/", "type": "section",
                                               "name": name}, "site-service", cache),
                 heads[0].published if heads else LAUNCHED)
        self.other.append(path)
        # Every offset a client may ask for: the last is empty when the cards end on a page.
        for offset in range(PAGE_SIZE, len(heads) + 1, PAGE_SIZE):
            key = (f"/pf/api/v3/content/fetch/{CONTENT_SOURCE}?query="
                   f"{quote(_query(offset, section_id), safe='')}&d={DEPLOYMENT}"
                   f"&_website={WEBSITE}")
            self.add(_route(key), json.dumps(self._cards_json(heads, offset)),
                     heads[0].published, JSON_TYPE)

    def _cards_json(self, heads: Sequence[Head], offset: int) -> dict[str, object]:
        """One offset page of the content source's answer: the cards' stories."""
        return {"statusCode": 200, "message": "Success", "result": {
            "articles": [{"id": f"ARC{h.post_id}", "canonical_url": self.path[h.index],
                          "title": h.title, "description": h.standfirst,
                          "published_time": _stamp(h.published, 0)}
                         for h in heads[offset:offset + PAGE_SIZE]],
            "pagination": {"size": PAGE_SIZE, "expected_size": PAGE_SIZE,
                           "total_size": len(heads)}}}

    def _people_and_tags(self) -> None:
        b = self.base
        by_author: dict[str, list[Head]] = {}
        for h in self.heads:
            for a in self.authors(h):
                by_author.setdefault(a, []).append(h)
        for a, heads in by_author.items():
            path = f"/authors/{slugify(a)}/"
            main = (f'<div data-testid="AuthorPage"><h1 data-testid="Heading">{esc(a)}</h1><p '
                    f'data-testid="Bio">{esc(a.split()[0])} {_BIO}</p><ul>'
                    + "".join(self._card(h) for h in heads[:PAGE_SIZE]) + "</ul></div>")
            head = (f"<title>{esc(a)} | {NAME}</title><link rel=\"canonical\" href=\"{b}{path}"
                    f'"/><meta property="og:type" content="profile"/>')
            self.add(path, self.frame(head, main, {"type": "author", "name": a}, "author-api"),
                     heads[0].published)
            self.other.append(path)
        for slug, heads in self.ctx.plan.by_tag(self.ctx.revision).items():
            name = next(t for t in heads[0].tags if slugify(t) == slug)
            path = f"/tags/{slug}/"
            main = (f'<div data-testid="TagPage"><h1 data-testid="Heading">{esc(name)}</h1><ul>'
                    + "".join(self._card(h) for h in heads[:PAGE_SIZE]) + "</ul></div>")
            head = (f"<title>{esc(name)} News | {NAME}</title><link rel=\"canonical\" href=\""
                    f'{b}{path}"/><meta property="og:type" content="website"/>')
            self.add(path, self.frame(head, main, {"type": "tag", "name": name}, "tag-api"),
                     heads[0].published)
            self.other.append(path)

    def _static(self) -> None:
        for slug, title in _STATIC.items():
            path = f"/{slug}/"
            main = (f'<div data-testid="StaticPage"><h1>{esc(title)}</h1><p>{NAME} is a news '
                    f"agency serving newspapers, broadcasters and websites in 40 countries "
                    f"with text, pictures and video.</p><p>Write to the desk at desk@meridian."
                    f"invalid for {esc(title.lower())} matters.</p></div>")
            head = (f"<title>{esc(title)} | {NAME}</title><link rel=\"canonical\" href=\""
                    f'{self.base}{path}"/>')
            self.add(path, self.frame(head, main, {"type": "page"}, "content-api"), LAUNCHED)
            self.other.append(path)

    # -- feeds ---------------------------------------------------------------------------
    def _feeds(self) -> None:
        b = self.base
        newest = max(h.lastmod for h in self.heads)
        if self.sitemaps != "none":
            self._sitemaps(newest)
        feed_heads = [_with_path(h, self.path[h.index]) for h in self.heads[:20]]
        self.add(_route(f"{_FEED}/rss/?outputType=xml"),
                 rss(b, feed_heads, newest, lambda h: [h.standfirst], title=NAME,
                     creator=NAME), newest, "application/rss+xml; charset=utf-8")
        disallowed = [p for p in DISALLOWED
                      if p != "/pf/api/" or self.content_api == "disallowed"]
        robots = ["User-agent: *", *(f"Disallow: {p}" for p in disallowed), ""]
        if self.sitemaps == "arc":
            robots.append(f"Sitemap: {b}{_FEED}/sitemap-index/?outputType=xml")
        if self.sitemaps in ("arc", "news-only"):
            robots.append(f"Sitemap: {b}{_FEED}/news-sitemap/?outputType=xml")
        self.add("/robots.txt", "\n".join(robots) + "\n", LAUNCHED, "text/plain; charset=utf-8")

    def _sitemaps(self, newest: datetime) -> None:
        b = self.base
        days: dict[str, list[tuple[str, datetime]]] = {}
        for h in self.heads:
            day = h.published.astimezone(UTC).date().isoformat()
            days.setdefault(day, []).append((self.url(h), h.lastmod))
        for h in self.videos:
            day = h.published.astimezone(UTC).date().isoformat()
            days.setdefault(day, []).append((b + self.video_path(h), h.published))
        for h in self.pictures:
            day = h.published.astimezone(UTC).date().isoformat()
            days.setdefault(day, []).append((b + self.gallery_path(h), h.published))
        index = []
        for day, entries in sorted(days.items(), reverse=True):
            items = "".join(
                f"<url><loc>{esc(loc)}</loc><lastmod>{_stamp(at, 0)}</lastmod>"
                f"<changefreq>hourly</changefreq></url>" for loc, at in entries)
            path = f"{_FEED}/sitemap/{day}/?outputType=xml"
            self.add(_route(path), '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://'
                     'www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/'
                     f'schemas/sitemap-image/1.1">{items}</urlset>',
                     max(at for _, at in entries), XML_TYPE)
            index.append((b + path, max(at for _, at in entries)))
        self.add(_route(f"{_FEED}/sitemap-index/?outputType=xml"),
                 '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.'
                 'sitemaps.org/schemas/sitemap/0.9">' + "".join(
                     f"<sitemap><loc>{esc(loc)}</loc><lastmod>{_stamp(at, 0)}</lastmod>"
                     f"</sitemap>" for loc, at in index) + "</sitemapindex>", newest, XML_TYPE)
        recent = [h for h in self.heads if h.published >= self.ctx.now - timedelta(days=2)]
        news = "".join(
            f"<url><loc>{esc(self.url(h))}</loc><news:news><news:publication><news:name>{NAME}"
            f"</news:name><news:language>eng</news:language></news:publication>"
            f"<news:publication_date>{_stamp(h.published, 0)}</news:publication_date>"
            f"<news:title>{esc(h.title)}</news:title></news:news></url>" for h in recent)
        self.add(_route(f"{_FEED}/news-sitemap/?outputType=xml"),
                 '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/'
                 'schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/'
                 f'0.9">{news}</urlset>', newest, XML_TYPE)


def _query(offset: int, section_id: str) -> str:
    """The content source's query as the client writes it (JSON.stringify: compact, keys in
    the component's order): the content cache's key, and the API's `query` parameter."""
    return json.dumps({"offset": offset, "section_id": section_id or "/", "size": PAGE_SIZE,
                       "website": WEBSITE}, separators=(",", ":"))


def _with_path(h: Head, path: str) -> Head:
    import dataclasses
    return dataclasses.replace(h, path=path)


def _route(target: str) -> str:
    from newsscraper.testsite.model import route_key
    return route_key(target)
