"""A Next.js news portal republishing wire copy (IANS, PTI, ANI, Reuters, AP) beside its staff's
stories, for crawl rehearsals: a React front end over a headless CMS, unlike the WordPress,
Drupal and Arc XP portals. Two generations of Next.js side by side, as a site mid-migration
runs them (`router`: "mixed" by section, or "pages" / "app" throughout):

- the pages router: the story's props in `<script id="__NEXT_DATA__" type="application/json">`
  (`props.pageProps.article`: headline, summary, the body as one HTML string or as a list of
  HTML blocks, authors, `publishedAt` / `updatedAt`, section, tags; beside it `related` and
  `trending` stories with their own dates), `_next/static/<buildId>/…` scripts;
- the app router (world, technology, science, health, education): no `__NEXT_DATA__`; the
  React Server Components payload in `self.__next_f.push([1,"…"])` scripts (the page's
  element tree, and the props of its client components), JSON-LD in the body, and streamed
  Suspense boundaries: `<!--$?--><template id="B:0"></template>` with a skeleton where the
  content goes, the content itself in `<div hidden id="S:0">` at the body's end, moved by
  `$RC("B:0","S:0")`. On one app-router article in three the copy itself streams so.

Every page: `next/image` markup (`<img … data-nimg="1" srcSet="/_next/image?url=…&w=640&q=75
640w, …">` and its `<noscript>` copy), CSS-module class names (`Article_headline__Ab3Xy`,
`styles_articleBody__x1Y2z`), a header with the sections and a search link (`/search?q=`,
disallowed), a footer. The build id changes with every deploy: every page's bytes change
between revisions.

The props' body: one HTML string, a list of HTML blocks, Sanity's Portable Text (one in
four: `{"_type": "block", "children": [{"_type": "span", "text": …}]}`) or Contentful's
rich-text document (one in eight: `{"nodeType": "paragraph", "content": [{"nodeType": "text",
"value": …}]}`), the last two with no HTML at all.

Articles `/<section>/<slug>-<id>`: og:*, article:published_time / modified_time (+05:30) on
seven in eight; JSON-LD NewsArticle on five in six, the others with dates only in the props
and the printed lines ("Published: Dec 16, 2024 10:00 IST", "Updated: Dec 17, 2024 13:03
IST"); a share bar, the lead picture with its credit, an ad slot, an inline "Also Read: …"
link in the copy of every other story, a captioned picture in the copy of some, tags, an
author bio box, "Also Read" and "Trending" rails. One in nine is rendered by the client only
(`dynamic(…, {ssr: false})`): the DOM shows a skeleton, the story is only in `__NEXT_DATA__`
(pages router) or in the flight data's client-component props (app router). Pages-router
stories have an AMP copy `/amp/<section>/<slug>-<id>` on one in four (`rel="amphtml"`).

Other pages: the home page and section fronts `/<section>` (twelve cards and a "Load more"
button whose cards come from `/api/articles?section=…&page=N`, JSON, disallowed); topic
(tag) pages `/topic/<slug>`, author pages `/author/<slug>`; video pages `/videos/<slug>-<id>`
(a player and one line: no article); Web Stories `/web-stories/<slug>-<id>` (AMP stories,
slides of a picture and a line: no article); photo galleries `/photos/<slug>-<id>` and live
blogs `/live-updates/<slug>-<id>` (a record of one is neither expected nor an error); static
pages.

Discovery as next-sitemap writes it: robots.txt → `/sitemap.xml` (an index) →
`/sitemap-0.xml` (articles with their lastmod from the CMS, the other pages with the build
time), `/news-sitemap.xml` (the last two days), and an RSS feed `/rss.xml`.

Copy: the testsite's plan ("wpportal" stories under another seed); a dateline's agency by the
story: "NEW DELHI, Dec 17 (IANS) — …", "(PTI) — …", "New Delhi [India], December 17 (ANI):
…", "NEW DELHI, Dec 17 (Reuters) - …", "NEW DELHI (AP) — …"; stories without a dateline are
the staff's own (no agency).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

from newsscraper.testsite.context import LAUNCHED, SiteContext
from newsscraper.testsite.feeds import XML_TYPE
from newsscraper.testsite.fmt import esc, iso, rfc822
from newsscraper.testsite.model import IST, Head, Page, route_key
from newsscraper.testsite.plan import manifest_rows, site_plan
from newsscraper.testsite.topics import PORTAL_SECTIONS
from newsscraper.testsite.words import MONTHS, MONTHS_SHORT
from newsscraper.testsite.writer import rng, slugify

NAME = "Bharat Ledger"
HTML = "text/html; charset=utf-8"
JSON_TYPE = "application/json; charset=utf-8"
PAGE_SIZE = 12
DISALLOWED = ("/api/", "/search")
APP_SECTIONS = frozenset({"world", "technology", "science", "health", "education"})
AGENCIES = ("IANS", "PTI", "ANI", "Reuters", "AP")
_REPORTERS = ("Ananya Bhardwaj", "Rahul Tripathi", "Shreya Menon", "Kunal Purohit",
              "Meera Srinivasan", "Vikram Chauhan", "Zeba Siddiqui", "Arjun Sengupta",
              "Nidhi Razdan", "Prakash Iyer")
_WIRE_WRITERS = {"Reuters": ("Sakshi Dayal", "Aditya Kalra", "Shivangi Acharya"),
                 "AP": ("Sheikh Saaliq", "Krutika Pathi", "Rajesh Roy")}
_EDITORS = ("Sanya Mathur", "Devika Bhattacharya", "Harshit Sabarwal", "Aniruddha Dhar")
_STATIC = {"about-us": "About Us", "contact-us": "Contact Us",
           "privacy-policy": "Privacy Policy", "terms-of-use": "Terms of Use"}
_SEARCHES = ("budget", "cricket", "monsoon")


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
    #: The page prints no copy: the story is only in the props or the flight data.
    thin: bool
    router: str


@dataclass
class Portal:
    """One revision: request path (route key) → Page, redirects, the truth, the others."""

    pages: dict[str, Page]
    redirects: dict[str, str]
    truth: list[Truth]
    #: Paths of pages that are no article (a record of one is an error).
    other: list[str]
    #: Galleries and live blogs: a record of one is neither expected nor an error.
    galleries: list[str]


def agency_of(head: Head) -> str | None:
    return None if head.dateline is None else AGENCIES[head.index % 5]


def client_only(head: Head) -> bool:
    """The copy is rendered by the client: the DOM shows a skeleton."""
    return head.index % 9 == 4


def shell(head: Head) -> bool:
    """Half the client-rendered stories print not even their header (a skeleton, then the
    rails), and their head has og:* alone: headline, byline and dates only in the props."""
    return head.index % 18 == 13


def has_json_ld(head: Head) -> bool:
    return head.index % 6 != 5 and has_meta_dates(head)


def has_meta_dates(head: Head) -> bool:
    """article:published_time / modified_time in the head (not on one in eight, which has
    no JSON-LD either: its dates are in the props and the printed lines only; nor on the
    shells, dated in the props alone)."""
    return head.index % 8 != 3 and not shell(head)


def has_amp(head: Head) -> bool:
    return head.index % 4 == 2


def streamed(head: Head) -> bool:
    """An app-router story whose copy streams in a Suspense boundary (`<div hidden id=S:1>`)."""
    return head.index % 3 == 1 and not client_only(head)


def blocks_body(head: Head) -> bool:
    """The props hold the body as HTML blocks (else as one HTML string, or as Portable Text)."""
    return head.index % 2 == 1


def portable_body(head: Head) -> bool:
    """The props hold the body as Sanity's Portable Text: blocks of spans, no HTML."""
    return head.index % 4 == 0


def contentful_body(head: Head) -> bool:
    """The props hold the body as Contentful's rich-text document: nodes, no HTML."""
    return head.index % 8 == 5


def _contentful(kind: str, html: str) -> dict[str, object]:
    """One block of the copy as a Contentful rich-text node."""
    import lxml.html
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    if kind == "image":
        return {"nodeType": "embedded-asset-block", "data": {"target": {"sys": {
            "id": "4xYz", "type": "Link", "linkType": "Asset"}}}, "content": []}

    def nodes(el: object, marks: list[dict[str, str]]) -> list[dict[str, object]]:
        tag = getattr(el, "tag", "")
        mine = [*marks, {"type": {"strong": "bold", "em": "italic"}[tag]}] \
            if tag in ("strong", "em") else marks
        out: list[dict[str, object]] = []
        if el.text:
            out.append({"nodeType": "text", "value": el.text, "marks": mine, "data": {}})
        for child in el:
            if child.tag == "a":
                out.append({"nodeType": "hyperlink", "data": {"uri": child.get("href")},
                            "content": nodes(child, mine)})
            else:
                out += nodes(child, mine)
            if child.tail:
                out.append({"nodeType": "text", "value": child.tail, "marks": mine,
                            "data": {}})
        return out

    return {"nodeType": "paragraph", "data": {},
            "content": [n for p in root for n in nodes(p, [])]}


def _portable(kind: str, html: str, key: str) -> dict[str, object]:
    """One block of the copy as Sanity's Portable Text stores it."""
    import lxml.html
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    if kind == "image":
        return {"_type": "image", "_key": key, "asset": {"_ref": f"image-{key}-1200x675-jpg"},
                "caption": root.findtext(".//figcaption")}
    spans: list[dict[str, object]] = []
    links: list[dict[str, object]] = []

    def walk(el: object, marks: list[str]) -> None:
        tag = getattr(el, "tag", "")
        mine = list(marks)
        if tag in ("strong", "em"):
            mine.append(tag)
        elif tag == "a":
            links.append({"_key": f"{key}l{len(links)}", "_type": "link", "href": el.get("href")})
            mine.append(str(links[-1]["_key"]))
        if el.text:
            spans.append({"_type": "span", "_key": f"{key}s{len(spans)}", "text": el.text,
                          "marks": mine})
        for child in el:
            walk(child, mine)
            if child.tail:
                spans.append({"_type": "span", "_key": f"{key}s{len(spans)}",
                              "text": child.tail, "marks": marks if tag == "p" else mine})

    for p in root:
        walk(p, [])
    return {"_type": "block", "_key": key, "style": "normal", "markDefs": links,
            "children": spans}


def also_read_at(head: Head, paragraphs: int) -> int | None:
    return 2 if head.index % 2 == 0 and paragraphs > 4 else None


def article_path(head: Head) -> str:
    return f"/{head.section.slug}/{slugify(head.title, max_words=10)}-{head.post_id}"


def _printed(at: datetime) -> str:
    """"Dec 17, 2024 13:03 IST"."""
    u = at.astimezone(IST)
    return f"{MONTHS_SHORT[u.month - 1]} {u.day}, {u.year} {u.hour:02d}:{u.minute:02d} IST"


def _cls(component: str, name: str) -> str:
    """A CSS-module class name: `Article_headline__Ab3Xy`."""
    digest = hashlib.sha1(f"{component}.{name}".encode()).hexdigest()  # noqa: S324
    tail = "".join(c.upper() if int(d, 16) % 2 else c for c, d in zip(
        digest[:5].translate(str.maketrans("0123456789", "ghijklmnop")), digest[5:10],
        strict=True))
    return f"{component}_{name}__{tail}"


def _html_escape_json(text: str) -> str:
    """As Next.js escapes JSON set in a script: `<`, `>`, `&` and the line separators."""
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def build(origin: str, revision: int, *, articles: int = 300, seed: int = 37,
          router: str = "mixed") -> Portal:
    """`router`: "mixed" (the app router for `APP_SECTIONS`, the pages router elsewhere),
    "pages" or "app" throughout."""
    base = origin.rstrip("/")
    ctx = SiteContext(site_plan("wpportal", articles, seed), revision, base)
    return _Site(ctx, base, router).build()


class _Site:
    def __init__(self, ctx: SiteContext, base: str, router: str) -> None:
        self.ctx, self.base, self.heads, self.router = ctx, base, ctx.heads, router
        self.build_id = hashlib.sha1(f"build{ctx.revision}".encode()).hexdigest()[:21]  # noqa: S324
        self.pages: dict[str, Page] = {}
        self.redirects: dict[str, str] = {}
        self.other: list[str] = []
        self.galleries: list[str] = []
        self.path = {h.index: article_path(h) for h in self.heads}
        self.videos = [h for h in self.heads if h.index % 9 == 1]
        self.photos = [h for h in self.heads if h.index % 11 == 5]
        self.lives = [h for h in self.heads if h.index % 13 == 6]
        self.stories = [h for h in self.heads if h.index % 15 == 7]

    def url(self, head: Head) -> str:
        return self.base + self.path[head.index]

    def add(self, path: str, text: str, changed: datetime, kind: str = HTML) -> None:
        self.pages[route_key(path)] = Page(text.encode(), kind, changed)

    def app(self, head: Head) -> bool:
        if self.router != "mixed":
            return self.router == "app"
        return head.section.slug.split("/")[0] in APP_SECTIONS

    def authors(self, head: Head) -> tuple[str, ...]:
        agency = agency_of(head)
        r = rng(self.ctx.seed, "nextjs", head.index, "authors")
        if agency in _WIRE_WRITERS:
            return (r.choice(_WIRE_WRITERS[agency]),)
        if agency:
            return (agency,)
        return tuple(r.sample(_REPORTERS, 1 + (head.index % 4 == 0)))

    def editor(self, head: Head) -> str:
        return rng(self.ctx.seed, "nextjs", head.index, "editor").choice(_EDITORS)

    def copy(self, head: Head) -> list[str]:
        """The story's paragraphs as the desk files them."""
        paras = self.ctx.body(head)
        agency = agency_of(head)
        if agency and agency != "IANS":
            place, when_rest = paras[0].split(", ", 1)
            when, rest = when_rest.split(" (IANS) — ", 1)
            if agency == "PTI":
                paras[0] = f"{place}, {when} (PTI) — {rest}"
            elif agency == "ANI":
                mon, day = when.split()
                month = MONTHS[MONTHS_SHORT.index(mon)]
                paras[0] = f"{place.title()} [India], {month} {day} (ANI): {rest}"
            elif agency == "Reuters":
                paras[0] = f"{place}, {when} (Reuters) - {rest}"
            else:
                paras[0] = f"{place} (AP) — {rest}"
        return paras

    def dateline(self, head: Head) -> str | None:
        if head.dateline is None:
            return None
        return head.dateline.title() if agency_of(head) == "ANI" else head.dateline

    # -- the site -----------------------------------------------------------------------
    def build(self) -> Portal:
        truth = []
        rows = manifest_rows(self.ctx.plan, self.ctx.revision, self.base)
        for head, row in zip(self.heads, rows, strict=True):
            paras = self.copy(head)
            self._article(head, paras)
            truth.append(Truth(self.url(head), head.title, "\n\n".join(paras), head.published,
                               head.modified, row.status, self.authors(head), agency_of(head),
                               self.dateline(head), client_only(head),
                               "app" if self.app(head) else "pages"))
        for h in self.videos:
            self._video(h)
        for h in self.photos:
            self._gallery(h)
        for h in self.lives:
            self._live(h)
        for h in self.stories:
            self._web_story(h)
        self._fronts()
        self._people_and_topics()
        self._static()
        self._feeds()
        return Portal(self.pages, self.redirects, truth, self.other, self.galleries)

    # -- frame --------------------------------------------------------------------------
    def _header(self) -> str:
        nav = "".join(f'<li class="{_cls("Header", "navItem")}"><a href="/{s}">{esc(n)}</a></li>'
                      for s, n in PORTAL_SECTIONS.items() if "/" not in s)
        quick = "".join(f'<a href="/search?q={q}" class="{_cls("Header", "trending")}">'
                        f"#{q.title()}</a>" for q in _SEARCHES)
        return (f'<header class="{_cls("Header", "header")}"><div class="{_cls("Header", "top")}'
                f'"><a href="/" class="{_cls("Header", "logo")}" aria-label="{NAME}"><img alt="'
                f'{NAME}" width="180" height="40" decoding="async" data-nimg="1" style="color:'
                f'transparent" src="/images/logo.svg"/></a><form action="/search" class="'
                f'{_cls("Header", "search")}"><input name="q" placeholder="Search"/></form>'
                f'<a href="/login" class="{_cls("Header", "login")}">Sign In</a></div><nav '
                f'class="{_cls("Header", "nav")}"><ul>{nav}</ul></nav><div class="'
                f'{_cls("Header", "trendingBar")}"><span>Trending:</span>{quick}</div></header>')

    def _footer(self) -> str:
        links = "".join(f'<li><a href="/{s}">{esc(n)}</a></li>' for s, n in _STATIC.items())
        return (f'<footer class="{_cls("Footer", "footer")}"><ul>{links}</ul><div class="'
                f'{_cls("Footer", "social")}"><a href="https://x.example/bharatledger" aria-'
                f'label="X">X</a><a href="https://facebook.example/bharatledger" aria-label="'
                f'Facebook">Facebook</a></div><p class="{_cls("Footer", "copy")}">Copyright © '
                f"2024 {NAME}. All rights reserved.</p></footer>")

    def _chunks(self) -> str:
        return "".join(
            f'<script src="/_next/static/chunks/{n}-{hashlib.sha1(n.encode()).hexdigest()[:16]}'  # noqa: S324
            f'.js" defer=""></script>' for n in ("framework", "main", "pages/_app"))

    def pages_frame(self, head: str, main: str, page: str, props: dict[str, object],
                    query: dict[str, str]) -> str:
        """A page as the pages router serves it: `__next` root, `__NEXT_DATA__`."""
        data = {"props": {"pageProps": props, "__N_SSP": True}, "page": page, "query": query,
                "buildId": self.build_id, "isFallback": False, "gssp": True,
                "scriptLoader": []}
        state = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
        b = self.build_id
        return (
            '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"/>{head}'
            f'<link rel="alternate" type="application/rss+xml" title="{NAME}" href="{self.base}'
            '/rss.xml"/><meta name="next-head-count" content="31"/><link rel="preload" href="/'
            '_next/static/css/8f2d1c0a7b3e4d5f.css" as="style"/><link rel="stylesheet" href="/'
            '_next/static/css/8f2d1c0a7b3e4d5f.css" data-n-g=""/><noscript data-n-css="">'
            '</noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-'
            '42372ed130431b0a.js"></script><script src="/_next/static/chunks/webpack-'
            f'59c5c889f52620d6.js" defer=""></script>{self._chunks()}<script src="/_next/'
            f'static/{b}/_buildManifest.js" defer=""></script><script src="/_next/static/{b}/'
            f'_ssgManifest.js" defer=""></script></head><body><div id="__next"><div class="'
            f'{_cls("Layout", "wrapper")}">{self._header()}<main class="{_cls("Layout", "main")}'
            f'">{main}</main>{self._footer()}</div></div><script id="__NEXT_DATA__" type="'
            f'application/json">{state}</script></body></html>')

    def app_frame(self, head: str, main: str, rows: Sequence[object], tail: str = "") -> str:
        """A page as the app router streams it: metadata in the head, the RSC payload in
        `self.__next_f.push` scripts, streamed boundaries (`tail`) after the layout."""
        payload = "".join(f"{i:x}:{json.dumps(r, ensure_ascii=False, separators=(',', ':'))}\n"
                          for i, r in enumerate(rows, start=4))
        payload = (f'0:["{self.build_id}",[["children","__PAGE__",{{}}],"$L1",null]]\n'
                   '1:HL["/_next/static/css/c1a7d8f9e0b2a3c4.css","style"]\n'
                   '2:I[5613,[],""]\n3:I[1778,["778","static/chunks/778-0f3e.js"],"default"]\n'
                   + payload)
        pieces = [payload[i:i + 1800] for i in range(0, len(payload), 1800)]
        flight = ('<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,'
                  'null])</script>' + "".join(
                      "<script>self.__next_f.push("
                      + _html_escape_json(json.dumps([1, p], ensure_ascii=False,
                                                     separators=(",", ":")))
                      + ")</script>"
                      for p in pieces))
        return (
            '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" '
            'content="width=device-width, initial-scale=1"/><link rel="stylesheet" href="/_next'
            '/static/css/c1a7d8f9e0b2a3c4.css" data-precedence="next"/><link rel="preload" as='
            '"script" fetchPriority="low" href="/_next/static/chunks/webpack-3b6a9f1e2d4c5b7a.js'
            '"/><script src="/_next/static/chunks/fd9d1056-6e3f2a1b0c9d8e7f.js" async=""></script>'
            '<script src="/_next/static/chunks/main-app-1a2b3c4d5e6f7a8b.js" async=""></script>'
            f'{head}<link rel="alternate" type="application/rss+xml" title="{NAME}" href="'
            f'{self.base}/rss.xml"/><meta name="next-size-adjust"/><script src="/_next/static/'
            'chunks/polyfills-78c92fac7aa8fdd8.js" noModule=""></script></head><body class="'
            f'__className_aaf875"><div class="{_cls("layout", "wrapper")}">{self._header()}'
            f'<main class="{_cls("layout", "main")}">{main}</main>{self._footer()}</div>'
            '<script src="/_next/static/chunks/webpack-3b6a9f1e2d4c5b7a.js" async=""></script>'
            f"{flight}{tail}</body></html>")

    def _image(self, h: Head, n: int = 0) -> str:
        return f"/uploads/2024/12/{slugify(h.title, max_words=3)}-{h.post_id}-{n}.jpg"

    def _img(self, src: str, alt: str, *, eager: bool = False, width: int = 1200) -> str:
        """next/image markup: srcSet of `/_next/image` widths, data-nimg, a <noscript> copy."""
        u = quote(src, safe="")
        srcset = ", ".join(f"/_next/image?url={u}&amp;w={w}&amp;q=75 {w}w"
                           for w in (640, 750, 828, 1080, 1200))
        img = (f'<img alt="{esc(alt)}" loading="{"eager" if eager else "lazy"}" width="{width}" '
               f'height="{width * 9 // 16}" decoding="async" data-nimg="1" style="color:'
               f'transparent" sizes="100vw" srcSet="{srcset}" src="/_next/image?url={u}&amp;'
               f'w={width}&amp;q=75"/>')
        plain = img.replace(' loading="lazy"', "")
        return img + f"<noscript>{plain}</noscript>"

    def _card(self, h: Head, *, teaser: bool = True, component: str = "StoryCard") -> str:
        desc = (f'<p class="{_cls(component, "summary")}">{esc(h.standfirst)}</p>'
                if teaser else "")
        return (f'<div class="{_cls(component, "card")}"><a href="{self.path[h.index]}" class="'
                f'{_cls(component, "imageLink")}">{self._img(self._image(h), h.title, width=640)}'
                f'</a><div class="{_cls(component, "content")}"><a href="/'
                f'{h.section.slug}" class="{_cls(component, "section")}">{esc(h.section.name)}'
                f'</a><h3 class="{_cls(component, "title")}"><a href="{self.path[h.index]}">'
                f'{esc(h.title)}</a></h3>{desc}<span class="{_cls(component, "time")}">'
                f"{_printed(h.published)}</span></div></div>")

    def _teaser(self, h: Head) -> dict[str, object]:
        return {"id": h.post_id, "title": h.title, "slug": self.path[h.index],
                "summary": h.standfirst, "image": self._image(h),
                "publishedAt": iso(h.published), "updatedAt": iso(h.modified),
                "section": {"name": h.section.name, "slug": h.section.slug}}

    # -- articles -----------------------------------------------------------------------
    def _props(self, head: Head, paras: Sequence[str]) -> dict[str, object]:
        agency = agency_of(head)
        fragments = self._fragments(head, paras, props=True)
        article: dict[str, object] = {
            "id": head.post_id, "headline": head.title, "summary": head.standfirst,
            "slug": self.path[head.index],
            "authors": [{"name": a, "slug": slugify(a), "bio": self._bio(a)}
                        if a not in AGENCIES else {"name": a, "slug": a.lower(), "bio": ""}
                        for a in self.authors(head)],
            "editor": {"name": self.editor(head), "slug": slugify(self.editor(head))},
            "source": agency or NAME, "publishedAt": iso(head.published),
            "updatedAt": iso(head.modified),
            "section": {"name": head.section.name, "slug": head.section.slug},
            "tags": [{"name": t, "slug": slugify(t)} for t in head.tags],
            "image": {"url": self._image(head), "caption": self._caption(head)},
        }
        if contentful_body(head):
            article["body"] = {"json": {"nodeType": "document", "data": {}, "content": [
                _contentful(kind, html) for kind, html in fragments]}, "links": {
                    "assets": {"block": []}}}
        elif portable_body(head):
            article["body"] = [_portable(kind, html, f"{head.post_id:x}{n:02d}")
                               for n, (kind, html) in enumerate(fragments)]
        elif blocks_body(head):
            article["blocks"] = [{"id": f"b{n}", "type": kind, "html": html}
                                 for n, (kind, html) in enumerate(fragments)]
        else:
            article["body"] = "".join(html for _, html in fragments)
        return article

    def _bio(self, name: str) -> str:
        return (f"{name.split()[0]} is a senior correspondent at {NAME}, writing on politics, "
                "policy and the economy. Before joining in 2019, she reported for regional "
                "dailies.")

    def _caption(self, head: Head) -> str:
        credit = agency_of(head) or "Representational image"
        return f"{head.tags[0]}. (Photo: {credit})"

    def _fragments(self, head: Head, paras: Sequence[str], *, props: bool
                   ) -> list[tuple[str, str]]:
        """The copy's blocks as HTML: paragraphs, and the inline "Also Read" link and picture
        the desk put in it (the ad slot is the page's, not the CMS's)."""
        out = []
        also = also_read_at(head, len(paras))
        related = self.ctx.related(head, 1)
        for i, p in enumerate(paras):
            if i == also and related:
                r = related[0]
                label = ("<strong>Also Read:</strong> " if head.index % 4 == 0 else
                         "<strong>ALSO READ |</strong> ")
                out.append(("paragraph", f'<p>{label}<a href="'
                            f'{self.path[r.index]}">{esc(r.title)}</a></p>'))
            if i == 4 and head.index % 5 == 2:
                out.append(("image", f'<figure><img src="{self._image(head, 2)}" alt=""/>'
                            f"<figcaption>People gather as {esc(head.tags[0].lower())} makes "
                            f"news. (Photo: {agency_of(head) or NAME})</figcaption></figure>"))
            out.append(("paragraph", f"<p>{esc(p)}</p>"))
        agency = agency_of(head)
        if agency in ("IANS", "PTI", "ANI") and head.index % 3 != 2:
            out.append(("paragraph", f"<p><em>(Except for the headline, this story has not been "
                        f"edited by {NAME} staff and is published from a syndicated feed.)</em>"
                        "</p>"))
        elif agency is None and head.index % 3 == 0:
            out.append(("paragraph", f'<p><strong>Follow {NAME} on <a href="https://news.google.'
                        f'example/publications/bharatledger">Google News</a> and <a href="'
                        f'https://whatsapp.example/channel/bharatledger">WhatsApp</a> for the '
                        "latest updates.</strong></p>"))
        return out

    def _head(self, head: Head, *, amp: str = "") -> str:
        url = self.url(head)
        authors = self.authors(head)
        metas = [("name", "description", head.standfirst),
                 ("property", "og:title", head.title), ("property", "og:type", "article"),
                 ("property", "og:url", url), ("property", "og:image", self.base
                                               + self._image(head)),
                 ("property", "og:site_name", NAME),
                 ("property", "og:description", head.standfirst),
                 ("property", "article:section", head.section.name),
                 ("name", "twitter:card", "summary_large_image"),
                 ("name", "twitter:site", "@bharatledger")]
        if has_meta_dates(head):
            metas += [("property", "article:published_time", iso(head.published)),
                      ("property", "article:modified_time", iso(head.modified))]
        metas += [("property", "article:tag", t) for t in head.tags]
        out = [f"<title>{esc(head.title)} | {NAME}</title>"]
        out += [f'<meta {k}="{key}" content="{esc(v)}"/>' for k, key, v in metas]
        out.append(f'<link rel="canonical" href="{url}"/>')
        if amp:
            out.append(f'<link rel="amphtml" href="{self.base}{amp}"/>')
        if has_json_ld(head):
            ld = {"@context": "https://schema.org", "@type": "NewsArticle",
                  "headline": head.title, "description": head.standfirst,
                  "datePublished": iso(head.published), "dateModified": iso(head.modified),
                  "author": [{"@type": "Organization" if a in AGENCIES else "Person",
                              "name": a} | ({} if a in AGENCIES else
                                            {"url": f"{self.base}/author/{slugify(a)}"})
                             for a in authors],
                  "publisher": {"@type": "NewsMediaOrganization", "name": NAME,
                                "logo": {"@type": "ImageObject",
                                         "url": f"{self.base}/images/logo.png"}},
                  "image": {"@type": "ImageObject", "url": self.base + self._image(head),
                            "width": 1200, "height": 675},
                  "mainEntityOfPage": {"@type": "WebPage", "@id": url},
                  "articleSection": head.section.name, "keywords": ", ".join(head.tags),
                  "inLanguage": "en-IN"}
            out.append('<script type="application/ld+json">'
                       + json.dumps(ld, ensure_ascii=False).replace("</", "<\\/") + "</script>")
        return "".join(out)

    def _byline(self, head: Head, c: str) -> str:
        agency = agency_of(head)
        names = self.authors(head)
        if agency in AGENCIES and names == (agency,):
            who = f'<span class="{_cls(c, "agency")}">{esc(agency)}</span>'
        else:
            who = "By " + " and ".join(
                f'<a href="/author/{slugify(a)}" class="{_cls(c, "author")}">{esc(a)}</a>'
                for a in names)
            if agency:
                who += f" | {esc(agency)}"
        if head.index % 2 == 0 and (agency is None or names == (agency,)):
            # The desk editor who handled the copy: no writer of it.
            ed = self.editor(head)
            who = (f'{"Written by " + who[3:] if agency is None else who}<span class="'
                   f'{_cls(c, "separator")}"> | </span><span class="{_cls(c, "editor")}">'
                   f'Edited by: <a href="/author/{slugify(ed)}">{esc(ed)}</a></span>')
        published = (f'<span class="{_cls(c, "published")}">Published: '
                     f"{_printed(head.published)}</span>")
        return (f'<div class="{_cls(c, "byline")}"><div class="{_cls(c, "authors")}">{who}'
                f'</div><div class="{_cls(c, "dates")}">{published}<span class="'
                f'{_cls(c, "updated")}">Updated: {_printed(head.modified)}</span></div></div>')

    def _share(self, head: Head) -> str:
        u = quote(self.url(head), safe="")
        return (f'<div class="{_cls("ShareBar", "share")}"><span class="'
                f'{_cls("ShareBar", "label")}">Share</span>' + "".join(
                    f'<a href="https://{n.lower()}.example/share?u={u}" aria-label="Share on '
                    f'{n}" class="{_cls("ShareBar", "button")}" target="_blank" rel="noopener">'
                    f"{n}</a>" for n in ("Facebook", "X", "WhatsApp", "LinkedIn"))
                + f'<button class="{_cls("ShareBar", "copy")}">Copy Link</button></div>')

    def _copy_html(self, head: Head, paras: Sequence[str], c: str) -> str:
        out = []
        for n, (kind, html) in enumerate(self._fragments(head, paras, props=False)):
            if kind == "image":
                html = (f'<figure class="{_cls(c, "inlineImage")}">'
                        f'{self._img(self._image(head, 2), "", width=828)}<figcaption>'
                        + html.split("<figcaption>", 1)[1])
            out.append(html)
            if n == 3:
                out.append(f'<div class="{_cls("AdSlot", "ad")}"><span class="'
                           f'{_cls("AdSlot", "label")}">Advertisement</span><div id="div-gpt-ad-'
                           f'{head.post_id}-1" style="min-height:250px"></div></div>')
        if head.index % 5 == 3 and (more := self.ctx.related(head, 3)):
            # The page's "Read More" box, set by the template at the copy's end.
            out.append(f'<div class="{_cls("ReadMore", "box")}"><h3 class="'
                       f'{_cls("ReadMore", "title")}">Read More</h3><ul>' + "".join(
                           f'<li><a href="{self.path[h.index]}">{esc(h.title)}</a></li>'
                           for h in more) + "</ul></div>")
        return "".join(out)

    def _rails(self, head: Head) -> tuple[str, str]:
        related = self.ctx.related(head, 4)
        trending = self.ctx.trending(head)
        rel = (f'<section class="{_cls("Related", "related")}"><h2 class="'
               f'{_cls("Related", "heading")}">Also Read</h2><div class="'
               f'{_cls("Related", "grid")}">' + "".join(self._card(h, component="Related")
                                                        for h in related) + "</div></section>")
        trend = (f'<aside class="{_cls("Trending", "rail")}"><h2>Trending Now</h2><ol>'
                 + "".join(f'<li><a href="{self.path[h.index]}">{esc(h.title)}</a></li>'
                           for h in trending) + "</ol></aside>")
        return rel, trend

    def _bio_box(self, head: Head) -> str:
        people = [a for a in self.authors(head) if a not in AGENCIES]
        return "".join(
            f'<div class="{_cls("AuthorBio", "box")}">'
            f'{self._img(f"/authors/{slugify(a)}.jpg", a, width=96)}'
            f'<div class="{_cls("AuthorBio", "text")}"><a href="/author/{slugify(a)}" class="'
            f'{_cls("AuthorBio", "name")}">{esc(a)}</a><p>{esc(self._bio(a))}</p></div></div>'
            for a in people[:1])

    def _article(self, head: Head, paras: Sequence[str]) -> None:
        app = self.app(head)
        c = "page" if app else "Article"
        crumbs = (f'<nav class="{_cls("Breadcrumb", "crumbs")}"><a href="/">Home</a><span>›'
                  f'</span><a href="/{head.section.slug.split("/")[0]}">'
                  f'{esc(PORTAL_SECTIONS[head.section.slug.split("/")[0]])}</a></nav>')
        header = (f'{crumbs}<h1 class="{_cls(c, "headline")}">{esc(head.title)}</h1><h2 class="'
                  f'{_cls(c, "summary")}">{esc(head.standfirst)}</h2>{self._byline(head, c)}'
                  f"{self._share(head)}")
        lead = (f'<figure class="{_cls(c, "leadImage")}">'
                f"{self._img(self._image(head), head.tags[0], eager=True)}"
                f"<figcaption>{esc(self._caption(head))}</figcaption></figure>")
        skeleton = (f'<div class="{_cls("Skeleton", "body")}" aria-busy="true">'
                    + "".join(f'<div class="{_cls("Skeleton", "line")}"></div>' for _ in range(8))
                    + "</div>")
        copy = self._copy_html(head, paras, c)
        body = (skeleton if client_only(head) else
                f'<div class="{_cls("styles", "articleBody")}">{copy}</div>')
        tags = (f'<div class="{_cls("Tags", "tags")}"><span>Tags:</span>' + "".join(
            f'<a href="/topic/{slugify(t)}" class="{_cls("Tags", "tag")}">{esc(t)}</a>'
            for t in head.tags) + "</div>")
        rel, trend = self._rails(head)
        article = self._props(head, paras)
        tail = ""
        if shell(head):
            header = (f'<div class="{_cls("Skeleton", "header")}" aria-busy="true"><div class="'
                      f'{_cls("Skeleton", "title")}"></div><div class="'
                      f'{_cls("Skeleton", "meta")}"></div></div>')
            lead = tags = ""
        if app and streamed(head):
            body = (f'<!--$?--><template id="B:1"></template>{skeleton}<!--/$-->')
            tail = (f'<div hidden id="S:1"><div class="{_cls("styles", "articleBody")}">'
                    f'{copy}</div></div><script>$RC=function(b,c,e){{e=document.getElementById'
                    f'(b);e.parentNode.removeChild(e.previousSibling)}};$RC("B:1","S:1")'
                    "</script>")
        if app:
            rel_streamed = (f'<!--$?--><template id="B:0"></template><div class="'
                            f'{_cls("Skeleton", "rail")}"></div><!--/$-->')
            tail = (f'<div hidden id="S:0">{rel}</div><script>$RC("B:0","S:0")</script>'
                    + tail) if head.index % 2 else tail
            main = (f'<article class="{_cls(c, "article")}">{header}{lead}{body}{tags}'
                    f'{"" if shell(head) else self._bio_box(head)}</article>'
                    f'{rel_streamed if head.index % 2 else rel}{trend}')
            tree = ["$", "article", None, {"className": _cls(c, "article"), "children": [
                ["$", "h1", None, {"children": head.title}],
                *(["$", "p", str(n), {"children": p}] for n, p in enumerate(paras))]}]
            rows: list[object] = [
                ["$", "$L3", None, {"article": article}] if client_only(head) else tree,
                ["$", "$L2", None, {"related": [self._teaser(h)
                                                for h in self.ctx.related(head, 4)]}]]
            page = self.app_frame(self._head(head), main, rows, tail)
        else:
            amp = f"/amp{self.path[head.index]}" if has_amp(head) else ""
            main = (f'<article class="{_cls(c, "article")}">{header}{lead}{body}{tags}'
                    f'{"" if shell(head) else self._bio_box(head)}</article>{rel}{trend}')
            props = {"article": article,
                     "related": [self._teaser(h) for h in self.ctx.related(head, 4)],
                     "trending": [self._teaser(h) for h in self.ctx.trending(head)]}
            page = self.pages_frame(self._head(head, amp=amp), main, "/[...slug]", props,
                                    {"slug": self.path[head.index].strip("/").split("/")})
            if amp:
                self._amp(head, paras, amp)
        self.add(self.path[head.index], page, head.last_modified)

    def _amp(self, head: Head, paras: Sequence[str], path: str) -> None:
        url = self.url(head)
        copy = "".join(f"<p>{esc(p)}</p>" for p in paras)
        ld = ({"@context": "https://schema.org", "@type": "NewsArticle", "headline": head.title,
               "datePublished": iso(head.published), "dateModified": iso(head.modified)}
              if has_json_ld(head) else None)
        page = (
            '<!doctype html><html amp lang="en"><head><meta charset="utf-8"/><script async src='
            '"https://cdn.ampproject.example/v0.js"></script><meta name="viewport" content='
            f'"width=device-width,minimum-scale=1,initial-scale=1"/><title>{esc(head.title)} | '
            f'{NAME}</title><link rel="canonical" href="{url}"/>'
            f'<meta property="og:title" content="{esc(head.title)}"/>'
            + ('<script type="application/ld+json">' + json.dumps(ld) + "</script>" if ld else "")
            + '<style amp-boilerplate>body{visibility:hidden}</style></head><body><header>'
            f'<a href="/">{NAME}</a></header><article><h1>{esc(head.title)}</h1><p class="byline">'
            f'{esc(", ".join(self.authors(head)))} · Updated: {_printed(head.modified)}</p>'
            f'<amp-img src="{self._image(head)}" width="1200" height="675" layout="responsive">'
            f"</amp-img>{copy}</article><footer>© 2024 {NAME}</footer></body></html>")
        self.add(path, page, head.last_modified)
        self.other.append(path)

    # -- videos, galleries, live blogs ------------------------------------------------------
    def video_path(self, h: Head) -> str:
        return f"/videos/{slugify(h.title, max_words=8)}-{h.post_id}"

    def photo_path(self, h: Head) -> str:
        return f"/photos/{slugify(h.tags[0])}-in-pictures-{h.post_id}"

    def story_path(self, h: Head) -> str:
        return f"/web-stories/{slugify(h.title, max_words=6)}-{h.post_id}"

    def _web_story(self, h: Head) -> None:
        """A Web Story (AMP's story format) the newsroom makes of a story: slides of a
        picture and a line each."""
        path = self.story_path(h)
        lines = [h.standfirst, *(p.split(". ")[0].rstrip(".") + "."
                                 for p in self.ctx.body(h)[1:5])]
        slides = "".join(
            f'<amp-story-page id="page-{i}" auto-advance-after="7s"><amp-story-grid-layer '
            f'template="fill"><amp-img src="{self._image(h, i)}" width="720" height="1280" '
            f'layout="responsive" alt=""></amp-img></amp-story-grid-layer><amp-story-grid-layer '
            f'template="vertical" class="bottom"><p class="caption">{esc(line)}</p>'
            "</amp-story-grid-layer></amp-story-page>" for i, line in enumerate(lines))
        ld = {"@context": "https://schema.org", "@type": "Article", "headline": h.title,
              "datePublished": iso(h.published), "dateModified": iso(h.published),
              "author": {"@type": "Organization", "name": NAME}}
        page = (
            '<!doctype html><html amp lang="en"><head><meta charset="utf-8"/><title>'
            f'{esc(h.title)} | {NAME} Web Stories</title><link rel="canonical" href="'
            f'{self.base}{path}"/><meta name="viewport" content="width=device-width"/>'
            '<script async src="https://cdn.ampproject.example/v0.js"></script><script async '
            'custom-element="amp-story" src="https://cdn.ampproject.example/v0/amp-story-1.0.js">'
            f'</script><meta property="og:type" content="article"/><meta property="og:title" '
            f'content="{esc(h.title)}"/><meta property="article:published_time" content="'
            f'{iso(h.published)}"/><script type="application/ld+json">{json.dumps(ld)}</script>'
            '<style amp-boilerplate>body{visibility:hidden}</style></head><body><amp-story '
            f'standalone title="{esc(h.title)}" publisher="{NAME}" publisher-logo-src="/images/'
            f'logo.png" poster-portrait-src="{self._image(h)}"><amp-story-page id="cover">'
            f'<amp-story-grid-layer template="fill"><amp-img src="{self._image(h)}" width="720" '
            'height="1280" layout="responsive" alt=""></amp-img></amp-story-grid-layer>'
            f'<amp-story-grid-layer template="vertical"><h1>{esc(h.title)}</h1><p>By {NAME} '
            f"Desk</p></amp-story-grid-layer></amp-story-page>{slides}</amp-story></body></html>")
        self.add(path, page, h.published)
        self.other.append(path)

    def live_path(self, h: Head) -> str:
        return f"/live-updates/{slugify(h.tags[0])}-live-{h.post_id}"

    def _simple(self, path: str, title: str, og_type: str, main: str, props: dict[str, object],
                changed: datetime, ld: dict[str, object] | None = None) -> None:
        head = (f"<title>{esc(title)} | {NAME}</title><meta property=\"og:type\" content=\""
                f'{og_type}"/><meta property="og:title" content="{esc(title)}"/><meta '
                f'property="og:url" content="{self.base}{path}"/><link rel="canonical" href="'
                f'{self.base}{path}"/>')
        if ld:
            head += '<script type="application/ld+json">' + json.dumps(ld) + "</script>"
        self.add(path, self.pages_frame(head, main, "/[...slug]", props,
                                        {"slug": path.strip("/").split("/")}), changed)

    def _video(self, h: Head) -> None:
        path = self.video_path(h)
        main = (f'<div class="{_cls("Video", "page")}"><div class="{_cls("Video", "player")}" '
                f'data-src="/media/{h.post_id}.m3u8"></div><h1 class="{_cls("Video", "title")}">'
                f'{esc(h.title)}</h1><p class="{_cls("Video", "desc")}">{esc(h.standfirst)}</p>'
                f'<span>{_printed(h.published)}</span><section><h2>More Videos</h2>'
                + "".join(f'<a href="{self.video_path(x)}">{esc(x.title)}</a>'
                          for x in self.videos[:6] if x != h) + "</section></div>")
        ld = {"@context": "https://schema.org", "@type": "VideoObject", "name": h.title,
              "description": h.standfirst, "uploadDate": iso(h.published),
              "thumbnailUrl": self.base + self._image(h),
              "contentUrl": f"{self.base}/media/{h.post_id}.m3u8"}
        self._simple(path, h.title, "video.other", main,
                     {"video": {"id": h.post_id, "title": h.title, "description": h.standfirst,
                                "publishedAt": iso(h.published)}}, h.published, ld)
        self.other.append(path)

    def _gallery(self, h: Head) -> None:
        path = self.photo_path(h)
        title = f"In Pictures: {h.tags[0]}"
        captions = [h.standfirst, f"People gather as {h.tags[0].lower()} dominates the day's "
                    "news.", f"A view of the scene. (Photo: {NAME})"]
        items = "".join(f'<figure class="{_cls("Gallery", "item")}">'
                        f'{self._img(self._image(h, i), "", width=1080)}<figcaption>{esc(c)}'
                        "</figcaption></figure>" for i, c in enumerate(captions))
        main = (f'<div class="{_cls("Gallery", "page")}"><h1>{esc(title)}</h1>{items}</div>')
        self._simple(path, title, "article", main,
                     {"gallery": {"title": title, "publishedAt": iso(h.published),
                                  "photos": [{"caption": c} for c in captions]}}, h.published,
                     {"@context": "https://schema.org", "@type": "ImageGallery",
                      "headline": title, "datePublished": iso(h.published)})
        self.galleries.append(path)

    def _live(self, h: Head) -> None:
        path = self.live_path(h)
        title = f"{h.tags[0]} Live Updates: {h.title}"
        updates = [(h.published + timedelta(minutes=20 * i), p)
                   for i, p in enumerate(self.ctx.body(h)[:5])]
        items = "".join(f'<div class="{_cls("LiveBlog", "entry")}"><time>{_printed(at)}</time>'
                        f"<p>{esc(p)}</p></div>" for at, p in reversed(updates))
        main = (f'<div class="{_cls("LiveBlog", "page")}"><span class="'
                f'{_cls("LiveBlog", "badge")}">LIVE</span><h1>{esc(title)}</h1>{items}</div>')
        self._simple(path, title, "article", main,
                     {"live": {"title": title, "updates": [
                         {"at": iso(at), "html": f"<p>{esc(p)}</p>"} for at, p in updates]}},
                     updates[-1][0],
                     {"@context": "https://schema.org", "@type": "LiveBlogPosting",
                      "headline": title, "coverageStartTime": iso(h.published),
                      "datePublished": iso(h.published)})
        self.galleries.append(path)

    # -- fronts, load more --------------------------------------------------------------
    def _fronts(self) -> None:
        sections = self.ctx.plan.in_section(self.ctx.revision)
        self._front("/", NAME, self.heads, "")
        for slug, name in PORTAL_SECTIONS.items():
            if slug in sections:
                self._front(f"/{slug}", name, sections[slug], slug)

    def _front(self, path: str, name: str, heads: Sequence[Head], section: str) -> None:
        cards = "".join(self._card(h) for h in heads[:PAGE_SIZE])
        media = ""
        if path == "/":
            media = (f'<section class="{_cls("Home", "videos")}"><h2>Videos</h2>'
                     + "".join(f'<a href="{self.video_path(h)}">{esc(h.title)}</a>'
                               for h in self.videos[:5])
                     + f'</section><section class="{_cls("Home", "photos")}"><h2>Photos</h2>'
                     + "".join(f'<a href="{self.photo_path(h)}">In Pictures: {esc(h.tags[0])}'
                               "</a>" for h in self.photos[:3])
                     + f'</section><section class="{_cls("Home", "live")}"><h2>Live</h2>'
                     + "".join(f'<a href="{self.live_path(h)}">{esc(h.tags[0])} Live Updates'
                               "</a>" for h in self.lives[:2])
                     + f'</section><section class="{_cls("Home", "webStories")}"><h2>Web '
                     "Stories</h2>" + "".join(f'<a href="{self.story_path(h)}">{esc(h.title)}'
                                              "</a>" for h in self.stories[:6]) + "</section>")
        more = (f'<button class="{_cls("Listing", "loadMore")}" type="button">Load More'
                "</button>" if len(heads) > PAGE_SIZE else "")
        main = (f'<div class="{_cls("Listing", "page")}"><h1>{esc(name)}</h1><div class="'
                f'{_cls("Listing", "grid")}">{cards}</div>{more}{media}</div>')
        head = (f"<title>{esc(name)} News: Latest {esc(name)} News | {NAME}</title><meta "
                f'property="og:type" content="website"/><link rel="canonical" href="'
                f'{self.base}{path}"/>')
        changed = heads[0].published if heads else LAUNCHED
        props = {"section": {"name": name, "slug": section},
                 "stories": [self._teaser(h) for h in heads[:PAGE_SIZE]],
                 "total": len(heads)}
        self.add(path, self.pages_frame(head, main, "/" if path == "/" else "/[...slug]", props,
                                        {} if path == "/" else {"slug": section.split("/")}),
                 changed)
        self.other.append(path)
        for page in range(2, -(-len(heads) // PAGE_SIZE) + 1):
            chunk = heads[(page - 1) * PAGE_SIZE:page * PAGE_SIZE]
            data = {"stories": [self._teaser(h) for h in chunk], "page": page,
                    "hasMore": page * PAGE_SIZE < len(heads)}
            self.add(f"/api/articles?section={section or 'home'}&page={page}", json.dumps(data),
                     changed, JSON_TYPE)

    def _people_and_topics(self) -> None:
        by_author: dict[str, list[Head]] = {}
        for h in self.heads:
            for a in self.authors(h):
                if a not in AGENCIES:
                    by_author.setdefault(a, []).append(h)
        for a, heads in by_author.items():
            path = f"/author/{slugify(a)}"
            main = (f'<div class="{_cls("Author", "page")}"><h1>{esc(a)}</h1><p>'
                    f'{esc(self._bio(a))}</p><div>'
                    + "".join(self._card(h) for h in heads[:PAGE_SIZE]) + "</div></div>")
            head = (f"<title>{esc(a)}: Latest stories by {esc(a)} | {NAME}</title><meta "
                    f'property="og:type" content="profile"/><link rel="canonical" href="'
                    f'{self.base}{path}"/>')
            self.add(path, self.pages_frame(head, main, "/author/[slug]",
                                            {"author": {"name": a, "bio": self._bio(a)},
                                             "stories": [self._teaser(h) for h in heads[:6]]},
                                            {"slug": slugify(a)}), heads[0].published)
            self.other.append(path)
        for slug, heads in self.ctx.plan.by_tag(self.ctx.revision).items():
            name = next(t for t in heads[0].tags if slugify(t) == slug)
            path = f"/topic/{slug}"
            main = (f'<div class="{_cls("Topic", "page")}"><h1>{esc(name)}</h1><p>Read the '
                    f"latest news on {esc(name)}.</p><div>"
                    + "".join(self._card(h) for h in heads[:PAGE_SIZE]) + "</div></div>")
            head = (f"<title>{esc(name)} News | {NAME}</title><meta property=\"og:type\" "
                    f'content="website"/><link rel="canonical" href="{self.base}{path}"/>')
            self.add(path, self.pages_frame(head, main, "/topic/[slug]",
                                            {"topic": name, "stories": [
                                                self._teaser(h) for h in heads[:6]]},
                                            {"slug": slug}), heads[0].published)
            self.other.append(path)
        for q in _SEARCHES:
            self.add(f"/search?q={q}", self.pages_frame(
                f"<title>Search: {q}</title>", f"<h1>Results for {q}</h1>", "/search", {},
                {"q": q}), self.ctx.now)

    def _static(self) -> None:
        for slug, title in _STATIC.items():
            path = f"/{slug}"
            main = (f'<div class="{_cls("Static", "page")}"><h1>{esc(title)}</h1><p>{NAME} is '
                    "a digital news publication bringing readers the latest from India and the "
                    "world, with stories from its own reporters and the wire services.</p><p>"
                    f"Write to editor@bharatledger.invalid for {esc(title.lower())} matters."
                    "</p></div>")
            head = (f"<title>{esc(title)} | {NAME}</title><link rel=\"canonical\" href=\""
                    f'{self.base}{path}"/>')
            self.add(path, self.pages_frame(head, main, f"/{slug}", {}, {}), LAUNCHED)
            self.other.append(path)

    # -- feeds ---------------------------------------------------------------------------
    def _feeds(self) -> None:
        b = self.base
        built = self.ctx.now
        stamp = built.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")

        def lastmod(at: datetime) -> str:
            return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")

        entries = [(self.url(h), lastmod(h.lastmod), "0.8") for h in self.heads]
        entries += [(b + self.video_path(h), lastmod(h.published), "0.6") for h in self.videos]
        entries += [(b + self.photo_path(h), lastmod(h.published), "0.6") for h in self.photos]
        entries += [(b + self.live_path(h), stamp, "0.6") for h in self.lives]
        entries += [(b + self.story_path(h), lastmod(h.published), "0.5") for h in self.stories]
        entries += [(f"{b}/{s}", stamp, "0.7") for s in PORTAL_SECTIONS]
        entries += [(f"{b}/{s}", stamp, "0.3") for s in _STATIC]
        urls = "".join(f"<url><loc>{esc(loc)}</loc><lastmod>{mod}</lastmod><changefreq>daily"
                       f"</changefreq><priority>{p}</priority></url>" for loc, mod, p in entries)
        self.add("/sitemap-0.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http:'
                 '//www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/'
                 'schemas/sitemap-news/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" '
                 'xmlns:mobile="http://www.google.com/schemas/sitemap-mobile/1.0" xmlns:image="'
                 'http://www.google.com/schemas/sitemap-image/1.1" xmlns:video="http://www.'
                 f'google.com/schemas/sitemap-video/1.1">\n{urls}\n</urlset>', built, XML_TYPE)
        self.add("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="'
                 f'http://www.sitemaps.org/schemas/sitemap/0.9">\n<sitemap><loc>{b}/sitemap-0.xml'
                 "</loc></sitemap>\n</sitemapindex>", built, XML_TYPE)
        recent = [h for h in self.heads if h.published >= self.ctx.now - timedelta(days=2)]
        news = "".join(
            f"<url><loc>{esc(self.url(h))}</loc><news:news><news:publication><news:name>{NAME}"
            f"</news:name><news:language>en</news:language></news:publication>"
            f"<news:publication_date>{iso(h.published)}</news:publication_date>"
            f"<news:title>{esc(h.title)}</news:title></news:news></url>" for h in recent)
        self.add("/news-sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="'
                 'http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/'
                 f'schemas/sitemap-news/0.9">{news}</urlset>',
                 max((h.published for h in recent), default=LAUNCHED), XML_TYPE)
        items = "".join(
            f"<item><title><![CDATA[{h.title}]]></title><link>{esc(self.url(h))}</link><guid "
            f'isPermaLink="true">{esc(self.url(h))}</guid><pubDate>{rfc822(h.published)}'
            f"</pubDate><description><![CDATA[{h.standfirst}]]></description><dc:creator>"
            f"<![CDATA[{', '.join(self.authors(h))}]]></dc:creator><category>{esc(h.section.name)}"
            f"</category></item>" for h in self.heads[:30])
        newest = max(h.published for h in self.heads)
        self.add("/rss.xml", '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc'
                 '="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">'
                 f"<channel><title>{NAME}</title><link>{b}</link><description>Latest news from "
                 f'{NAME}</description><atom:link href="{b}/rss.xml" rel="self" type="application'
                 f'/rss+xml"/><lastBuildDate>{rfc822(newest)}</lastBuildDate><language>en-in'
                 f"</language>{items}</channel></rss>", newest,
                 "application/rss+xml; charset=utf-8")
        robots = ["# *", "User-agent: *", "Allow: /", *(f"Disallow: {p}" for p in DISALLOWED),
                  "", "# Host", f"Host: {b}", "", "# Sitemaps", f"Sitemap: {b}/sitemap.xml",
                  f"Sitemap: {b}/news-sitemap.xml", ""]
        self.add("/robots.txt", "\n".join(robots), LAUNCHED, "text/plain; charset=utf-8")
