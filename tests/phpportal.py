"""A hand-written PHP news portal republishing wire copy (IANS, PTI, ANI) beside its staff's
stories, for crawl rehearsals on a site with no CMS at all (`tests.tagdiv_portal`,
`tests.drupal_portal`, `tests.arc_portal` and `tests.nextjs_portal` each have one): the kind
of Bootstrap-and-jQuery site many South Asian and Gulf republishers run, every page a PHP
script reading a `news` table by its numeric id.

Addresses (`scheme`): "php" (`/news-details.php?id=123&title=<slug>`, listings
`/news.php?cat=5&page=2`), "aspx" (the same site on ASP.NET Web Forms:
`/NewsDetail.aspx?nid=123`, `/Category.aspx?cid=5&page=2`) or "pretty" (mod_rewrite:
`/news/123/<slug>`, `/category/5/<slug>?page=2`).

Pages: the home page (a "Breaking News" marquee ticker, blocks per section), section listings
(a numbered pager, or with no sitemap a "Load more..." link to `/ajax/load-more.php?cat=N&page=M`
that answers an HTML fragment of cards and the next link), reporter pages
(`/reporter.php?id=N`: photo, bio, stories), tag pages (`/tags.php?tag=…`), search
(`/search.php?q=…`, disallowed), one-picture photo pages (`/photo-gallery.php?id=N`) and video
pages (`/video.php?id=N`: a player and a caption), print versions (`/print.php?id=N`, their
canonical the article's) and AMP copies (`/amp/…`, canonical the article's), an e-paper page
(`/epaper.php`, and one per edition `?date=`), About, Contact and a long Privacy Policy, and a
deleted story's address the ticker still links: "News not found", served with status 200.
Discovery: robots.txt → `/sitemap.xml` (`sitemaps="xml"`), or no sitemap at all ("none"):
`/rss.php` and `/rss.php?cat=N` feeds, the listings and their "Load more...".

Articles: `<div class="news-details">` with `h1.news-title`, a summary on half of them, a
byline ("By IANS", "By <a>Rakesh Verma</a>" for the staff's own), "Published: 19 Dec 2024,
03:30 AM IST" and "Updated: …" lines, a share bar above the copy, the lead picture with its
caption, the copy in `div#newsContent` (as `<p>`s, or pasted as one block with `<br><br>`
between paragraphs on one in four; the dateline bold on some), among it an "Also Read:" link,
an AdSense slot and empty `<p>&nbsp;</p>`s; after it "This post was last modified on …" on
one in two, tags, the wire's or the reporter's bio box, "Related News" with "Load more...",
and comments with a form. Heads: og:* and a JSON-LD NewsArticle (one in three), og:* alone
(one in three), or bare (title, description, keywords: the page's printed lines alone date
it, and no canonical).

Copy, titles and revision 2's changes come from the testsite's plan ("wpportal" stories under
another seed); `build()` renders every page of one revision eagerly.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from string import Template
from urllib.parse import quote_plus

from newsscraper.testsite.context import LAUNCHED, SiteContext, pages_of
from newsscraper.testsite.fmt import esc, iso, rfc822
from newsscraper.testsite.model import IST, Head, Page, route_key
from newsscraper.testsite.plan import manifest_rows, site_plan
from newsscraper.testsite.topics import PORTAL_SECTIONS
from newsscraper.testsite.words import MONTHS, MONTHS_SHORT
from newsscraper.testsite.writer import rng, slugify

NAME = "Dainik Dispatch"
HTML = "text/html; charset=UTF-8"
XML = "application/xml; charset=UTF-8"
PAGE_SIZE = 10
DISALLOWED = ("/search.php", "/admin/", "/post-comment.php")
AGENCIES = ("IANS", "PTI", "ANI")
SEARCHES = ("budget", "cricket", "monsoon")
_REPORTERS = ("Rakesh Verma", "Shabnam Qureshi", "Anil Menon", "Farhan Siddiqui",
              "Kavita Reddy", "Imran Sheikh")
_BIOS = {
    "IANS": "Indo-Asian News Service (IANS) is India's largest independent private news "
            "agency, with a network of correspondents across the country and abroad.",
    "PTI": "Press Trust of India (PTI) is the country's premier news agency, supplying news "
           "to newspapers, broadcasters and portals since 1947.",
    "ANI": "Asian News International (ANI) is South Asia's leading multimedia news agency "
           "with over 100 bureaus in India and around the world.",
}
_STATIC = {"about-us": "About Us", "contact-us": "Contact Us",
           "privacy-policy": "Privacy Policy"}
#: Section slug → the `cat` id of the `categories` table.
_CATS = {slug: n for n, slug in enumerate(PORTAL_SECTIONS, start=1)}
_DELETED = 1000


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
    #: Whether the head is bare (no og:*, no JSON-LD): only the printed lines date it.
    thin: bool


@dataclass
class Portal:
    """One revision: request path (route key) → Page, redirects, the truth, the others."""

    pages: dict[str, Page]
    redirects: dict[str, str]
    truth: list[Truth]
    #: Paths of pages that are no article (a record of one is an error).
    other: list[str]
    #: None here: every page is either an article or none (the other portals' measure
    #: takes galleries a record of which is no error).
    galleries: list[str]


def agency_of(head: Head) -> str | None:
    return None if head.dateline is None else AGENCIES[head.index % 3]


def head_kind(head: Head) -> str:
    """"full" (og:* and JSON-LD), "og" (og:* alone) or "bare"."""
    return ("full", "og", "bare")[head.index % 3]


def has_amp(head: Head) -> bool:
    return head.index % 4 == 1


def pasted(head: Head) -> bool:
    """The copy pasted into the CMS's textarea as one block, `nl2br()` on output."""
    return head.index % 4 == 2


def _printed(at: datetime) -> str:
    """"19 Dec 2024, 03:30 AM IST"."""
    u = at.astimezone(IST)
    return f"{u.day:02d} {MONTHS_SHORT[u.month - 1][:3]} {u.year}, {u.strftime('%I:%M %p')} IST"


def _wp_modified(at: datetime) -> str:
    """"December 19, 2024 8:05 pm" (the theme copies WordPress's line; IST, unmarked)."""
    u = at.astimezone(IST)
    clock = u.strftime("%-I:%M %p")
    return f"{MONTHS[u.month - 1]} {u.day}, {u.year} {clock[:-2]}{clock[-2:].lower()}"


def build(origin: str, revision: int, *, articles: int = 120, seed: int = 53,
          scheme: str = "php", sitemaps: str = "xml") -> Portal:
    """`scheme`: "php", "aspx" or "pretty" (the addresses); `sitemaps`: "xml" (robots.txt
    names /sitemap.xml) or "none" (feeds, listings and their "Load more..." alone)."""
    base = origin.rstrip("/")
    ctx = SiteContext(site_plan("wpportal", articles, seed), revision, base)
    return _Site(ctx, base, scheme, sitemaps).build()


class _Site:
    def __init__(self, ctx: SiteContext, base: str, scheme: str, sitemaps: str) -> None:
        self.ctx, self.base, self.heads = ctx, base, ctx.heads
        self.scheme, self.sitemaps = scheme, sitemaps
        self.pages: dict[str, Page] = {}
        self.other: list[str] = []
        self.photos = [h for h in self.heads if h.index % 9 == 4]
        self.videos = [h for h in self.heads if h.index % 11 == 7]
        self.reporters = {name: n for n, name in enumerate(_REPORTERS, start=3)}
        self.reporters.update({a: 100 + n for n, a in enumerate(AGENCIES)})
        self.reporters["Web Desk"] = 99

    # -- addresses ------------------------------------------------------------------------
    def path(self, head: Head) -> str:
        slug = slugify(head.title, max_words=10)
        if self.scheme == "aspx":
            return f"/NewsDetail.aspx?nid={head.post_id}"
        if self.scheme == "pretty":
            return f"/news/{head.post_id}/{slug}"
        return f"/news-details.php?id={head.post_id}&title={slug}"

    def url(self, head: Head) -> str:
        return self.base + self.path(head)

    def cat_path(self, slug: str, page: int = 1) -> str:
        cat = _CATS[slug]
        if self.scheme == "aspx":
            out = f"/Category.aspx?cid={cat}"
        elif self.scheme == "pretty":
            out = f"/category/{cat}/{slug.replace('/', '-')}"
        else:
            out = f"/news.php?cat={cat}"
        if page > 1:
            out += ("&" if "?" in out else "?") + f"page={page}"
        return out

    def amp_path(self, head: Head) -> str:
        return "/amp" + self.path(head)

    def add(self, path: str, text: str, changed: datetime, kind: str = HTML,
            article: bool = False) -> None:
        key = route_key(path)
        self.pages[key] = Page(text.encode(), kind, changed)
        if not article and kind == HTML:
            self.other.append(key)

    def authors(self, head: Head) -> tuple[str, ...]:
        agency = agency_of(head)
        if agency:
            return (agency,)
        return (rng(self.ctx.seed, "php", head.index, "reporter").choice(_REPORTERS),)

    def copy(self, head: Head) -> list[str]:
        """The story's paragraphs as the wire files them."""
        paras = self.ctx.body(head)
        agency = agency_of(head)
        if agency and agency != "IANS":
            place, when_rest = paras[0].split(", ", 1)
            when, rest = when_rest.split(" (IANS) — ", 1)
            if agency == "PTI":
                paras[0] = f"{place}, {when} (PTI) — {rest}"
            else:
                mon, day = when.split()
                month = MONTHS[MONTHS_SHORT.index(mon)]
                paras[0] = f"{place.title()} [India], {month} {day} (ANI): {rest}"
        return paras

    def dateline(self, head: Head) -> str | None:
        if head.dateline is None:
            return None
        return head.dateline.title() if agency_of(head) == "ANI" else head.dateline

    def image(self, head: Head) -> str:
        u = head.published.astimezone(IST)
        name = f"{head.post_id}_{slugify(head.title, max_words=4)}"
        return f"{self.base}/uploads/news/{u.year}/{u.month:02d}/{name}.jpg"

    # -- the site -------------------------------------------------------------------------
    def build(self) -> Portal:
        truth = []
        rows = manifest_rows(self.ctx.plan, self.ctx.revision, self.base)
        for head, row in zip(self.heads, rows, strict=True):
            paras = self.copy(head)
            self._article(head, paras)
            truth.append(Truth(self.url(head), head.title, "\n\n".join(paras), head.published,
                               head.modified, row.status, self.authors(head), agency_of(head),
                               self.dateline(head), head_kind(head) == "bare"))
        for h in self.photos:
            self._photo(h)
        for h in self.videos:
            self._video(h)
        self._not_found()
        self._listings()
        self._static()
        self._epaper()
        self._feeds()
        self._robots_and_sitemap()
        return Portal(self.pages, {}, truth, self.other, [])

    # -- frame ----------------------------------------------------------------------------
    def frame(self, title: str, head: str, content: str, *, sidebar: bool = True,
              crumbs: Sequence[tuple[str, str]] = ()) -> str:
        b = self.base
        menu = "".join(f'<li class="nav-item"><a class="nav-link" href="{self.cat_path(s)}">'
                       f"{esc(n)}</a></li>" for s, n in PORTAL_SECTIONS.items() if "/" not in s)
        ticker = " ".join(
            f'<a href="{self.path(h)}"><i class="fa fa-circle"></i> {esc(h.title)}</a>'
            for h in self.heads[:6])
        ticker += (f' <a href="/news-details.php?id={_DELETED}&amp;title=minister-resigns-'
                   f'ahead-of-cabinet-reshuffle"><i class="fa fa-circle"></i> Minister resigns '
                   f"ahead of Cabinet reshuffle</a>" if self.scheme == "php" else "")
        latest = "".join(
            f'<li class="media"><img src="{self.image(h)}" class="mr-2" width="80" alt=""><div '
            f'class="media-body"><a href="{self.path(h)}">{esc(h.title)}</a><small class="text-'
            f'muted d-block">{_printed(h.published)}</small></div></li>' for h in self.heads[:5])
        side = (f'<div class="col-lg-4 sidebar"><div class="widget"><h4 class="widget-title">'
                f'Latest News</h4><ul class="list-unstyled">{latest}</ul></div><div class="'
                f'widget epaper-widget"><h4 class="widget-title">E-Paper</h4><a href="/epaper.'
                f'php"><img src="{b}/epaper/thumb/today.jpg" class="img-fluid" alt="E-Paper">'
                f'</a></div><div class="widget ads"><ins class="adsbygoogle" style="display:'
                f'block" data-ad-client="ca-pub-4410972312345678" data-ad-slot="2211334455">'
                f"</ins><script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script>"
                f"</div></div>") if sidebar else ""
        crumb = "".join(f'<li class="breadcrumb-item"><a href="{u}">{esc(t)}</a></li>'
                        for u, t in crumbs)
        crumb = (f'<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-'
                 f'item"><a href="/index.php">Home</a></li>{crumb}</ol></nav>') if crumbs else ""
        footer = "".join(f'<li><a href="/{s}.php">{esc(t)}</a></li>' for s, t in _STATIC.items())
        today = self.ctx.now.astimezone(IST)
        return _template("frame").substitute(
            title=esc(title),
            head=head,
            name=NAME,
            b=b,
            today=today.strftime('%A, %d %B %Y'),
            menu=menu,
            ticker=ticker,
            crumb=crumb,
            column='col-lg-8' if sidebar else 'col-12',
            content=content,
            side=side,
            footer=footer,
        )

    # -- articles -------------------------------------------------------------------------
    def _head(self, head: Head) -> str:
        url, kind = self.url(head), head_kind(head)
        lines = [f'<meta name="description" content="{esc(head.standfirst)}">',
                 f'<meta name="keywords" content="{esc(", ".join(head.tags))}">']
        if kind == "bare":
            return "\n".join(lines)
        lines += [f'<link rel="canonical" href="{url}">']
        if has_amp(head):
            lines.append(f'<link rel="amphtml" href="{self.base}{self.amp_path(head)}">')
        lines += [f'<meta property="{k}" content="{esc(v)}">' for k, v in (
            ("og:site_name", NAME), ("og:type", "article"), ("og:title", head.title),
            ("og:description", head.standfirst), ("og:url", url),
            ("og:image", self.image(head)), ("article:section", head.section.name),
            ("article:published_time", iso(head.published)),
            ("article:modified_time", iso(head.modified)))]
        lines.append('<meta name="twitter:card" content="summary_large_image">')
        if kind == "full":
            ld = {"@context": "https://schema.org", "@type": "NewsArticle",
                  "mainEntityOfPage": {"@type": "WebPage", "@id": url},
                  "headline": head.title, "description": head.standfirst,
                  "image": [self.image(head)], "datePublished": iso(head.published),
                  "dateModified": iso(head.modified),
                  "author": ({"@type": "Organization", "name": agency_of(head)}
                             if agency_of(head) else
                             {"@type": "Person", "name": self.authors(head)[0]}),
                  "publisher": {"@type": "Organization", "name": NAME, "logo": {
                      "@type": "ImageObject", "url": f"{self.base}/images/logo.png"}}}
            lines.append('<script type="application/ld+json">'
                         + json.dumps(ld, ensure_ascii=False) + "</script>")
        return "\n".join(lines)

    def _byline(self, head: Head) -> str:
        who = self.authors(head)[0]
        rid = self.reporters[who]
        return (f'<span class="author"><i class="fa fa-user"></i> By <a href="/reporter.php?id='
                f'{rid}">{esc(who)}</a></span>')

    def _copy_html(self, head: Head, paras: Sequence[str]) -> str:
        related = self.ctx.related(head, 1)
        if pasted(head):
            text = "<br />\r\n<br />\r\n".join(esc(p) for p in paras)
            return f'<div class="news-content" id="newsContent">{text}</div>'
        out = [f"<p>{esc(p)}</p>" for p in paras]
        lead = paras[0]
        if head.index % 4 == 3 and " — " in lead:
            where, rest = lead.split(" — ", 1)
            out[0] = f"<p><strong>{esc(where)}</strong> — {esc(rest)}</p>"
        if head.index % 2 == 0 and related and len(out) > 3:
            out.insert(2, f'<p><strong>Also Read: <a href="{self.path(related[0])}">'
                          f"{esc(related[0].title)}</a></strong></p>")
        if len(out) > 4:
            out.insert(4, '<div class="ads-inside text-center"><small>Advertisement</small>'
                          '<ins class="adsbygoogle" style="display:block; text-align:center;" '
                          'data-ad-layout="in-article" data-ad-format="fluid" data-ad-client="'
                          'ca-pub-4410972312345678" data-ad-slot="9988776655"></ins><script>'
                          "(adsbygoogle = window.adsbygoogle || []).push({});</script></div>")
        if head.index % 3 == 1:
            out.append("<p>&nbsp;</p>")
        return f'<div class="news-content" id="newsContent">{"".join(out)}</div>'

    def _article(self, head: Head, paras: Sequence[str]) -> None:
        url = self.url(head)
        enc = quote_plus(url)
        share = (f'<div class="share-bar"><span class="share-label">Share:</span> <a class="btn '
                 f'btn-fb" href="https://www.facebook.com/sharer.php?u={enc}" target="_blank">'
                 f'<i class="fa fa-facebook"></i> Facebook</a> <a class="btn btn-tw" href="https'
                 f'://twitter.com/share?url={enc}&amp;text={quote_plus(head.title)}" target="_'
                 f'blank"><i class="fa fa-twitter"></i> Twitter</a> <a class="btn btn-wa" href="'
                 f'https://api.whatsapp.com/send?text={enc}" target="_blank"><i class="fa fa-'
                 f'whatsapp"></i> WhatsApp</a> <a class="btn btn-print" href="/print.php?id='
                 f'{head.post_id}" target="_blank"><i class="fa fa-print"></i> Print</a> <a '
                 f'class="btn btn-mail" href="mailto:?subject={quote_plus(head.title)}&amp;body='
                 f'{enc}"><i class="fa fa-envelope"></i> Email</a></div>')
        summary = (f'<p class="news-summary lead">{esc(head.standfirst)}</p>'
                   if head.index % 2 else "")
        modified_line = (f'<p class="last-modified"><em>This post was last modified on '
                         f"{_wp_modified(head.modified)}</em></p>" if head.index % 2 == 0
                         and head_kind(head) != "bare" else "")
        tags = " ".join(f'<a href="/tags.php?tag={quote_plus(t)}" class="badge badge-light">'
                        f"{esc(t)}</a>" for t in head.tags)
        who = self.authors(head)[0]
        bio = _BIOS.get(who, f"{who} is a Senior Correspondent with {NAME} and covers "
                             "politics and civic affairs.")
        box = (f'<div class="author-box media"><img src="/uploads/reporters/{slugify(who)}.jpg"'
               f' class="mr-3 rounded-circle" width="80" alt="{esc(who)}"><div class="media-'
               f'body"><h5><a href="/reporter.php?id={self.reporters[who]}">{esc(who)}</a></h5>'
               f"<p>{esc(bio)}</p></div></div>")
        related = "".join(
            f'<div class="col-md-6 news-item"><a href="{self.path(h)}"><img src="'
            f'{self.image(h)}" class="img-fluid" alt=""></a><h6><a href="{self.path(h)}">'
            f'{esc(h.title)}</a></h6><small>{_printed(h.published)}</small></div>'
            for h in self.ctx.related(head, 4))
        comments = [("Ramesh Gupta", "Very informative, thanks for sharing."),
                    ("Ayesha Khan", "Good news for the people of the state.")][:1 + head.index % 2]
        if head.change == "comment":
            comments.append(("Suresh P", "When will this be implemented in our district?"))
        shown = "".join(f'<div class="comment-item"><strong>{esc(n)}</strong> <small class="'
                        f'text-muted">{_printed(head.published)}</small><p>{esc(c)}</p></div>'
                        for n, c in comments)
        trending = "".join(f'<li><a href="{self.path(h)}">{esc(h.title)}</a></li>'
                           for h in self.ctx.trending(head)[:5])
        content = _template("article").substitute(
            section_url=self.cat_path(head.section.slug),
            section=esc(head.section.name),
            title=esc(head.title),
            summary=summary,
            byline=self._byline(head),
            published=_printed(head.published),
            modified=_printed(head.modified),
            views=1000 + head.post_id % 7919,
            share=share,
            image=self.image(head),
            caption=esc(head.tags[0]),
            copy=self._copy_html(head, paras),
            modified_line=modified_line,
            tags=tags,
            box=box,
            related=related,
            cat=_CATS[head.section.slug],
            trending=trending,
            count=len(comments),
            shown=shown,
            news_id=head.post_id,
        )
        crumbs = [(self.cat_path(head.section.slug), head.section.name)]
        self.add(self.path(head), self.frame(f"{head.title} | {NAME}", self._head(head),
                                             content, crumbs=crumbs),
                 head.last_modified, article=True)
        self._print(head, paras)
        if has_amp(head):
            self._amp(head, paras)

    def _print(self, head: Head, paras: Sequence[str]) -> None:
        body = "".join(f"<p>{esc(p)}</p>" for p in paras)
        html = _template("print").substitute(
            title=esc(head.title),
            name=NAME,
            url=self.url(head),
            author=esc(self.authors(head)[0]),
            published=_printed(head.published),
            body=body,
        )
        self.add(f"/print.php?id={head.post_id}", html, head.last_modified)

    def _amp(self, head: Head, paras: Sequence[str]) -> None:
        body = "".join(f"<p>{esc(p)}</p>" for p in paras)
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": head.title,
              "datePublished": iso(head.published), "dateModified": iso(head.modified),
              "author": {"@type": "Person", "name": self.authors(head)[0]},
              "mainEntityOfPage": self.url(head), "image": [self.image(head)]}
        html = _template("amp").substitute(
            title=esc(head.title),
            name=NAME,
            url=self.url(head),
            ld=json.dumps(ld, ensure_ascii=False),
            base=self.base,
            author=esc(self.authors(head)[0]),
            published=_printed(head.published),
            image=self.image(head),
            body=body,
        )
        self.add(self.amp_path(head), html, head.last_modified)

    # -- other pages ----------------------------------------------------------------------
    def _photo(self, head: Head) -> None:
        pid = head.post_id % 5000
        caption = f"{head.dateline.title() if head.dateline else 'New Delhi'}: {head.standfirst}"
        content = (f'<div class="photo-details"><h1 class="page-title">{esc(head.tags[0])}'
                   f'</h1><p class="date"><i class="fa fa-clock-o"></i> {_printed(head.published)}'
                   f'</p><div class="gallery-image"><img src="{self.base}/uploads/gallery/'
                   f'{pid}.jpg" class="img-fluid" alt="{esc(head.tags[0])}"><p class="caption">'
                   f"{esc(caption)} (Photo: IANS)</p></div>{self._share_small()}</div>")
        head_html = (f'<meta property="og:type" content="article">\n<meta property="og:title" '
                     f'content="{esc(head.tags[0])}">\n<meta property="og:image" content="'
                     f'{self.base}/uploads/gallery/{pid}.jpg">')
        self.add(f"/photo-gallery.php?id={pid}", self.frame(
            f"{head.tags[0]} | Photo Gallery | {NAME}", head_html, content,
            crumbs=[("/photo-gallery.php", "Photo Gallery")]), head.published)

    def _video(self, head: Head) -> None:
        vid = head.post_id % 3000
        content = (f'<div class="video-details"><h1 class="page-title">{esc(head.title)}</h1>'
                   f'<p class="date">{_printed(head.published)}</p><div class="embed-responsive '
                   f'embed-responsive-16by9"><iframe class="embed-responsive-item" src="https://'
                   f'www.youtube.com/embed/v{vid}x" allowfullscreen></iframe></div><p class="'
                   f'video-caption">{esc(head.standfirst)}</p>{self._share_small()}</div>')
        self.add(f"/video.php?id={vid}", self.frame(
            f"{head.title} | Videos | {NAME}", '<meta property="og:type" content="video.other">',
            content, crumbs=[("/video.php", "Videos")]), head.published)

    def _share_small(self) -> str:
        return ('<div class="share-bar"><span class="share-label">Share:</span> <a href="https://'
                'www.facebook.com/sharer.php" class="btn btn-fb">Facebook</a> <a href="https://'
                'twitter.com/share" class="btn btn-tw">Twitter</a></div>')

    def _not_found(self) -> None:
        if self.scheme != "php":
            return
        content = ('<div class="not-found text-center"><h2>News not found</h2><p>The news you '
                   'are looking for has been removed or does not exist.</p><a href="/index.php" '
                   'class="btn btn-danger">Go to Home</a></div>')
        self.add(f"/news-details.php?id={_DELETED}&title=minister-resigns-ahead-of-cabinet-"
                 f"reshuffle", self.frame(f"News not found | {NAME}", "", content), LAUNCHED)

    def _card(self, h: Head) -> str:
        return (f'<div class="news-item media mb-3"><a href="{self.path(h)}"><img src="'
                f'{self.image(h)}" class="mr-3" width="200" alt=""></a><div class="media-body">'
                f'<h5><a href="{self.path(h)}">{esc(h.title)}</a></h5><small class="text-muted">'
                f'<i class="fa fa-clock-o"></i> {_printed(h.published)}</small><p>'
                f"{esc(h.standfirst)}</p></div></div>")

    def _listings(self) -> None:
        sections = self.ctx.plan.in_section(self.ctx.revision)
        blocks = "".join(
            f'<div class="home-block"><h3 class="section-title"><a href="{self.cat_path(s)}">'
            f'{esc(PORTAL_SECTIONS[s])}</a></h3>{"".join(self._card(h) for h in hs[:3])}</div>'
            for s, hs in sections.items())
        lead = self.heads[0]
        top = (f'<div class="top-story"><a href="{self.path(lead)}"><img src="{self.image(lead)}'
               f'" class="img-fluid" alt=""></a><h2><a href="{self.path(lead)}">'
               f"{esc(lead.title)}</a></h2><p>{esc(lead.standfirst)}</p></div>")
        home_head = (f'<meta name="description" content="{NAME}: latest news from India and the '
                     f'world.">\n<meta property="og:type" content="website">')
        page = self.frame(f"{NAME} - Latest News, Breaking News", home_head, top + blocks)
        self.add("/", page, self.heads[0].published)
        self.add("/index.php", page, self.heads[0].published)
        for slug, heads in sections.items():
            self._listing(slug, heads)
        for who, rid in self.reporters.items():
            mine = [h for h in self.heads if self.authors(h)[0] == who]
            bio = _BIOS.get(who, f"{who} is a Senior Correspondent with {NAME}.")
            intro = (f'<div class="reporter-profile media"><img src="/uploads/reporters/'
                     f'{slugify(who)}.jpg" class="mr-3" width="120" alt=""><div class="media-'
                     f'body"><h1>{esc(who)}</h1><p>{esc(bio)}</p></div></div>')
            cards = "".join(self._card(h) for h in mine[:20])
            self.add(f"/reporter.php?id={rid}", self.frame(f"{who} | {NAME}", "", intro + cards),
                     mine[0].published if mine else LAUNCHED)
        for slug, heads in self.ctx.plan.by_tag(self.ctx.revision).items():
            name = next(t for t in heads[0].tags if slugify(t) == slug)
            cards = "".join(self._card(h) for h in heads[:20])
            self.add(f"/tags.php?tag={quote_plus(name)}", self.frame(
                f"{name} News | {NAME}", "", f'<h1 class="page-title">Tag: {esc(name)}</h1>'
                + cards), heads[0].published)
        for term in SEARCHES:
            found = [h for h in self.heads if term in f"{h.title} {h.standfirst}".lower()]
            cards = "".join(self._card(h) for h in found) or "<p>No news found.</p>"
            self.add(f"/search.php?q={term}", self.frame(
                f"Search: {term} | {NAME}", "", f'<h1 class="page-title">Search results for '
                f'"{term}"</h1>{cards}'), LAUNCHED)
        for kind, items, title in (("photo-gallery", self.photos, "Photo Gallery"),
                                   ("video", self.videos, "Videos")):
            mod = 5000 if kind == "photo-gallery" else 3000
            cards = "".join(f'<div class="col-md-4"><a href="/{kind}.php?id={h.post_id % mod}">'
                            f'<img src="{self.image(h)}" class="img-fluid" alt=""><p>'
                            f"{esc(h.tags[0])}</p></a></div>" for h in items)
            self.add(f"/{kind}.php", self.frame(f"{title} | {NAME}", "", f'<h1 class="page-'
                                                f'title">{title}</h1><div class="row">{cards}'
                                                f"</div>"), LAUNCHED)

    def _listing(self, slug: str, heads: Sequence[Head]) -> None:
        name = PORTAL_SECTIONS[slug]
        pages = pages_of(len(heads), PAGE_SIZE)
        loadmore = self.sitemaps == "none"
        for page in range(1, pages + 1):
            shown = heads[(page - 1) * PAGE_SIZE:page * PAGE_SIZE]
            cards = "".join(self._card(h) for h in shown)
            more = page < pages
            if loadmore:
                if page > 1:  # the endpoint's fragment: cards and the next link
                    nxt = (f'<div class="load-more-wrap text-center"><a href="/ajax/load-more.'
                           f'php?cat={_CATS[slug]}&amp;page={page + 1}" class="btn load-more" '
                           f'data-page="{page + 1}">Load more...</a></div>' if more else "")
                    self.add(f"/ajax/load-more.php?cat={_CATS[slug]}&page={page}",
                             cards + nxt, shown[0].published)
                    continue
                nav = (f'<div class="load-more-wrap text-center"><a href="/ajax/load-more.php?cat='
                       f'{_CATS[slug]}&amp;page=2" class="btn load-more" data-page="2">Load '
                       f"more...</a></div><script>$(document).on('click','.load-more',function(e)"
                       f"{{e.preventDefault();var a=$(this);$.get(a.attr('href'),function(d){{a."
                       f"parent().replaceWith(d);}});}});</script>" if more else "")
            else:
                items = "".join(
                    f'<li class="page-item{" active" if n == page else ""}"><a class="page-link" '
                    f'href="{self.cat_path(slug, n)}">{n}</a></li>' for n in range(1, pages + 1))
                prev = (f'<li class="page-item"><a class="page-link" href="'
                        f'{self.cat_path(slug, page - 1)}">&laquo; Prev</a></li>' if page > 1
                        else "")
                nxt = (f'<li class="page-item"><a class="page-link" href="'
                       f'{self.cat_path(slug, page + 1)}">Next &raquo;</a></li>' if more else "")
                nav = f'<nav><ul class="pagination">{prev}{items}{nxt}</ul></nav>'
            content = (f'<h1 class="page-title">{esc(name)}</h1><div class="news-list">{cards}'
                       f"</div>{nav}")
            head = f'<meta name="description" content="{esc(name)} news from {NAME}.">'
            self.add(self.cat_path(slug, page), self.frame(
                f"{name} News{f' - Page {page}' if page > 1 else ''} | {NAME}", head, content,
                crumbs=[(self.cat_path(slug), name)]), shown[0].published)

    def _static(self) -> None:
        texts = {
            "about-us": [f"{NAME} is a digital news portal publishing news from India and the "
                         "world in English since 2011, from its newsroom in New Delhi.",
                         "We carry the copy of the country's news agencies beside the reports "
                         "of our own correspondents in the state capitals.",
                         "Our editorial team works round the clock to bring readers accurate, "
                         "balanced and timely news on politics, business, sports and more."],
            "contact-us": ["For news tips, corrections and feedback write to "
                           "editor@dainikdispatch.example.",
                           "Office: 4th Floor, Press Enclave, Saket, New Delhi 110017. "
                           "Phone: +91 11 4050 6070."],
            "privacy-policy": [
                f"This Privacy Policy describes how {NAME} collects, uses and protects the "
                "information you give us when you use this website.",
                "We may collect your name and email address when you post a comment, "
                "subscribe to our newsletter or write to us through the contact form.",
                "Like most websites we use cookies and web server logs to understand how "
                "readers use our pages and to improve them. You can turn cookies off in the "
                "settings of your browser.",
                "Third-party vendors, including Google, use cookies to serve ads based on a "
                "user's prior visits to this website or other websites. You may opt out of "
                "personalised advertising by visiting Ads Settings.",
                "We do not sell, trade or rent your personal information to others. We may "
                "share generic aggregated demographic information not linked to any personal "
                "information with our business partners and advertisers.",
                "We may update this policy from time to time. We encourage you to check this "
                "page for any changes. Your continued use of the website after changes means "
                "you accept them.",
                "If you have any questions about this Privacy Policy, please contact us at "
                "privacy@dainikdispatch.example."]}
        for slug, title in _STATIC.items():
            paras = "".join(f"<p>{esc(p)}</p>" for p in texts[slug])
            form = ('<form action="/contact-us.php" method="post" class="contact-form"><input '
                    'class="form-control" name="name" placeholder="Your Name"><input class="form-'
                    'control" name="email" placeholder="Your Email"><textarea class="form-control"'
                    ' name="message" placeholder="Message"></textarea><button class="btn btn-'
                    'danger" type="submit">Send</button></form>' if slug == "contact-us" else "")
            content = (f'<div class="static-page"><h1 class="page-title">{esc(title)}</h1>'
                       f"{paras}{form}</div>")
            self.add(f"/{slug}.php", self.frame(f"{title} | {NAME}", "", content), LAUNCHED)

    def _epaper(self) -> None:
        today = self.ctx.now.astimezone(IST).date()
        editions = [today.fromordinal(today.toordinal() - n) for n in range(3)]
        for n, day in enumerate(editions):
            pages = "".join(f'<div class="col-md-3 epaper-page"><a href="/uploads/epaper/{day}/'
                            f'page-{p}.pdf" target="_blank"><img src="/uploads/epaper/{day}/'
                            f'thumb-{p}.jpg" class="img-fluid" alt="Page {p}"></a><p>Page {p}'
                            f"</p></div>" for p in range(1, 9))
            picker = "".join(f'<option value="{d}"{" selected" if d == day else ""}>'
                             f"{d.strftime('%d-%m-%Y')}</option>" for d in editions)
            shown = day.strftime("%d %B %Y")
            content = (f'<div class="epaper"><h1 class="page-title">E-Paper: {shown}</h1>'
                       f'<form action="/epaper.php" method="get"><select name="date"'
                       f' onchange="this.form.submit()">{picker}</select></form><div class="row">'
                       f"{pages}</div></div>")
            page = self.frame(f"E-Paper | {NAME}", "", content, sidebar=False)
            changed = datetime(day.year, day.month, day.day, tzinfo=IST).astimezone(UTC)
            if n == 0:
                self.add("/epaper.php", page, changed)
            self.add(f"/epaper.php?date={day}", page, changed)

    def _feeds(self) -> None:
        def feed(path: str, title: str, heads: Sequence[Head]) -> None:
            items = "".join(
                f"<item><title>{esc(h.title)}</title><link>{esc(self.url(h))}</link><guid>"
                f"{esc(self.url(h))}</guid><description>{esc(h.standfirst)}</description>"
                f"<pubDate>{rfc822(h.published)}</pubDate></item>" for h in heads[:20])
            built = max((h.modified for h in heads), default=LAUNCHED)
            self.add(path, f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
                           f"<title>{esc(title)}</title><link>{self.base}/</link><description>"
                           f"{NAME}</description><language>en-in</language>{items}</channel>"
                           f"</rss>", built, "application/rss+xml; charset=UTF-8")

        feed("/rss.php", f"{NAME} - Latest News", self.heads)
        for slug, heads in self.ctx.plan.in_section(self.ctx.revision).items():
            feed(f"/rss.php?cat={_CATS[slug]}", f"{NAME} - {PORTAL_SECTIONS[slug]}", heads)

    def _robots_and_sitemap(self) -> None:
        rules = ["User-agent: *", *(f"Disallow: {p}" for p in DISALLOWED), ""]
        if self.sitemaps == "xml":
            rules.append(f"Sitemap: {self.base}/sitemap.xml")
        self.add("/robots.txt", "\n".join(rules) + "\n", LAUNCHED, "text/plain")
        if self.sitemaps != "xml":
            return
        newest = max(h.lastmod for h in self.heads)
        entries = [(f"{self.base}/", newest)]
        entries += [(self.base + self.cat_path(s), hs[0].published)
                    for s, hs in self.ctx.plan.in_section(self.ctx.revision).items()]
        entries += [(self.url(h), h.lastmod) for h in self.heads]
        entries += [(f"{self.base}/photo-gallery.php?id={h.post_id % 5000}", h.published)
                    for h in self.photos]
        entries += [(f"{self.base}/video.php?id={h.post_id % 3000}", h.published)
                    for h in self.videos]
        stamp = "%Y-%m-%dT%H:%M:%S+00:00"
        urls = "".join(f"<url><loc>{esc(u)}</loc><lastmod>{at.astimezone(UTC).strftime(stamp)}"
                       f"</lastmod><changefreq>daily</changefreq></url>\n" for u, at in entries)
        self.add("/sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://'
                                 f'www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n',
                 newest, XML)


@functools.cache
def _template(name: str) -> Template:
    """A page skeleton of the portal (phpportal_templates/NAME.html), `${name}` placeholders."""
    return Template((Path(__file__).parent / "phpportal_templates" / f"{name}.html").read_text(
        encoding="utf-8"))
