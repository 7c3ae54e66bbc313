"""The wire layout: an agency-style news site (not WordPress) carrying PTI copy.

Articles: `<article class="story">`, `h1.story-headline`, `.story-dek`, `.story-byline`,
`<time datetime>`, `.story-body p` with a "NEW DELHI, Dec 17 (PTI) —" dateline and an inline
"Also read" aside, JSON-LD NewsArticle with offsets. Listings are `<article class="teaser">`
lists whose HTML pagination (`?page=N`, `rel="next"`) stops after `HTML_PAGES` pages; a "Load
more" button's `data-url` (`/api/more?section=…&page=N`) returns the rest as JSON.
Non-article pages declare themselves in JSON-LD (CollectionPage, ProfilePage …).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from newsscraper.testsite.assets import fragment, skeleton
from newsscraper.testsite.fmt import esc, iso, wire_time
from newsscraper.testsite.model import Head
from newsscraper.testsite.words import PEOPLE
from newsscraper.testsite.writer import rng, slugify

NAME = "The National Wire"
PAGE_SIZE = 5
#: Listings print `?page=` links up to here; older stories come only through "Load more".
HTML_PAGES = 2
DESK = ("pti-desk", "Press Trust of India")
#: Named correspondents; the rest of the copy is bylined to the desk.
CORRESPONDENTS = tuple((slugify(p), p) for p in PEOPLE[5:200:41])
#: Topic pages the navigation links to, served even when no story carries the tag yet.
NAV_TOPICS = ("supreme-court", "weather", "indian-railways", "road-accident", "diplomacy",
              "climate-change", "sensex", "economy")


def _chrome(base: str) -> dict[str, str]:
    return {name: fragment(f"wire_{name}", base) for name in ("assets", "header", "footer")}


def author_of(head: Head, seed: int) -> tuple[str, str]:
    """(slug, name) of the story's byline: the desk, or one in three to a correspondent."""
    r = rng(seed, head.site, head.index, "byline")
    return r.choice(CORRESPONDENTS) if r.randrange(3) == 0 else DESK


def image_url(base: str, head: Head) -> str:
    """The story's lead image (not served)."""
    return f"{base}/static/photos/{head.post_id}/{slugify(head.title, max_words=5)}.jpg"


def article(base: str, head: Head, paragraphs: Sequence[str], related: Sequence[Head],
            trending: Sequence[Head], seed: int) -> str:
    """One story page."""
    url, image = base + head.path, image_url(base, head)
    author_slug, author = author_of(head, seed)
    body = [f"<p>{esc(p)}</p>" for p in paragraphs]
    if related and len(body) > 4:
        also = related[0]
        body.insert(3, f'<aside class="inline-related"><span>Also read</span>'
                       f'<a href="{base}{also.path}">{esc(also.title)}</a></aside>')
    return skeleton("wire_article").substitute(
        _chrome(base), base=base, url=url, url_q=quote(url, safe=""),
        title=esc(head.title), title_q=quote(head.title, safe=""),
        standfirst=esc(head.standfirst), image=image, story_id=head.post_id,
        section_slug=head.section.slug, section=esc(head.section.name),
        author_slug=author_slug, author=esc(author), caption=esc(head.tags[0]),
        published_iso=iso(head.published), published=wire_time(head.published),
        modified_iso=iso(head.modified), modified=wire_time(head.modified),
        paragraphs="\n".join(body),
        tags="".join(f'<li><a href="{base}/topic/{slugify(t)}/" rel="tag">{esc(t)}</a></li>'
                     for t in head.tags),
        trending="\n".join(f'<li><a href="{base}{h.path}">{esc(h.title)}</a></li>'
                           for h in trending),
        related="\n".join(_card(base, h) for h in related),
        jsonld=_json(_news_article(url, image, head, author_slug, author, base)),
    )


def _news_article(url: str, image: str, head: Head, author_slug: str, author: str,
                  base: str) -> dict[str, Any]:
    by: dict[str, str] = (
        {"@type": "Organization", "name": author} if author_slug == DESK[0]
        else {"@type": "Person", "name": author, "url": f"{base}/author/{author_slug}/"})
    return {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": head.title, "description": head.standfirst, "image": [image],
        "datePublished": iso(head.published), "dateModified": iso(head.modified),
        "author": [by], "articleSection": head.section.name,
        "keywords": ", ".join(head.tags), "inLanguage": "en-IN",
        "sourceOrganization": {"@type": "Organization", "name": "Press Trust of India"},
        "publisher": {"@type": "NewsMediaOrganization", "name": NAME, "logo": {
            "@type": "ImageObject", "url": f"{base}/static/img/logo-600x60.png"}},
    }


def _json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def _card(base: str, head: Head) -> str:
    return (f'<div class="card"><a href="{base}{head.path}"><img src="{image_url(base, head)}" '
            f'width="280" height="158" alt="" loading="lazy"></a><h3><a href="{base}'
            f'{head.path}">{esc(head.title)}</a></h3><p>{esc(head.standfirst)}</p>'
            f'<time datetime="{iso(head.published)}">{wire_time(head.published)}</time></div>')


def teaser(base: str, head: Head, *, path: str | None = None) -> str:
    """One listing teaser."""
    url = base + (path or head.path)
    return (f'<article class="teaser">\n<a class="teaser-media" href="{url}" tabindex="-1">'
            f'<img src="{image_url(base, head)}" width="200" height="113" alt="" '
            f'loading="lazy"></a>\n<div class="teaser-text">\n<span class="teaser-section">'
            f'{esc(head.section.name)}</span>\n<h2 class="teaser-headline"><a href="{url}">'
            f'{esc(head.title)}</a></h2>\n<p class="teaser-dek">{esc(head.standfirst)}</p>\n'
            f'<time datetime="{iso(head.published)}">{wire_time(head.published)}</time>\n'
            f"</div>\n</article>")


def listing(base: str, *, path: str, key: str, title: str, heads: Sequence[Head], page: int,
            pages: int, extra: str = "") -> str:
    """A section or "latest" listing page (`page` ≤ HTML_PAGES) with its "Load more" button."""
    url = base + path + (f"?page={page}" if page > 1 else "")
    newer = base + path + (f"?page={page - 1}" if page > 2 else "")
    older = f"{base}{path}?page={page + 1}"
    has_older_page = page < min(pages, HTML_PAGES)
    rel = (f'<link rel="prev" href="{newer}">\n' if page > 1 else "") + (
        f'<link rel="next" href="{older}">\n' if has_older_page else "")
    pager = (f'<a rel="prev" href="{newer}">Newer stories</a>' if page > 1 else "<span></span>"
             ) + (f'<a rel="next" href="{older}">Older stories</a>' if has_older_page else "")
    more = (f'<button class="load-more" type="button" data-url="{more_url(base, key, page + 1)}"'
            f' data-target="#stories">Load more</button>' if page < pages else "")
    teasers = "\n".join(teaser(base, h) for h in heads)
    main = (f'<h1 class="listing-title">{esc(title)}</h1>\n<div class="teaser-list" '
            f'id="stories">\n{extra}{teasers}\n</div>\n<nav class="pager" '
            f'aria-label="Pagination">{pager}</nav>\n{more}')
    heading = title if page == 1 else f"{title} (page {page})"
    return page_html(base, url=url, title=heading, main=main, rel_links=rel,
                     kind="CollectionPage", body_class="listing-page")


def more_url(base: str, key: str, page: int) -> str:
    """The "Load more" endpoint for page `page` of listing `key` ("latest" or a section)."""
    return f"{base}/api/more?section={key}&amp;page={page}"


def more_json(base: str, key: str, heads: Sequence[Head], page: int, pages: int) -> str:
    """The "Load more" answer: the teasers' HTML and the URL of the next batch (or null)."""
    following = more_url(base, key, page + 1).replace("&amp;", "&") if page < pages else None
    return json.dumps({"section": key, "page": page, "pages": pages,
                       "html": "\n".join(teaser(base, h) for h in heads), "next": following},
                      ensure_ascii=False, indent=1)


def page_html(base: str, *, url: str, title: str, main: str, rel_links: str = "",
              kind: str = "WebPage", body_class: str = "static-page",
              description: str = "") -> str:
    """Any non-story page: listings, topic and author pages, About, Contact."""
    ld = {"@context": "https://schema.org", "@type": kind, "name": title, "url": url,
          "isPartOf": {"@type": "WebSite", "name": NAME, "url": base + "/"}}
    return skeleton("wire_page").substitute(
        _chrome(base), base=base, url=url, title=esc(title), main=main,
        rel_links=rel_links, body_class=body_class, jsonld=_json(ld),
        description=esc(description or f"{title}: news from {NAME}."))
