"""Where article URLs come from: robots.txt, sitemaps, feeds, listings, JSON endpoints.

Pure functions of a page's bytes or selector that return URLs (and what a sitemap or feed
says about them); no requests, no clock, no extraction. The spider decides what to fetch.

XML is parsed with lxml set up against hostile input (RELIABILITY.md #25): no entity
expansion, no DTD, no network, no huge trees. Scrapy's own `Sitemap` helper keeps only the
direct children of ``<url>``, so the Google News ``news:`` fields are read here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urljoin, urlsplit, urlunsplit

from lxml import etree
from parsel import Selector

from newsscraper.addresses import NON_ARTICLE_PATH

__all__ = [
    "Entry",
    "JsonFound",
    "article_shaped",
    "declares_article",
    "feed_urls",
    "fusion_next",
    "fusion_pages",
    "json_links",
    "links",
    "lists_articles",
    "load_more_urls",
    "next_pages",
    "non_article_path",
    "page_number",
    "parse_feed",
    "parse_sitemap",
    "robots_sitemaps",
    "site_path",
    "without_amp_twins",
    "wp_api_root",
]


@dataclass(frozen=True, slots=True)
class Entry:
    """One URL from a sitemap or feed, with what the document says about it."""

    url: str
    lastmod: str | None = None  # <lastmod>, Atom <updated>
    published: str | None = None  # news:publication_date, RSS <pubDate>, Atom <published>
    title: str | None = None  # news:title, feed <title>


def _xml_parser() -> etree.XMLParser:
    # A fresh parser per document: lxml parsers are not shareable across threads.
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
        recover=True, remove_comments=True, remove_pis=True,
    )


def _root(body: bytes) -> Any:
    try:
        return etree.fromstring(body.lstrip(), parser=_xml_parser())
    except (etree.XMLSyntaxError, ValueError):
        return None


def _local(tag: object) -> str:
    return tag.split("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _child_text(element: Any, *names: str) -> str | None:
    """Text of the first descendant whose local name is in `names` (namespaces ignored)."""
    for child in element.iter():
        if _local(child.tag) in names and child.text and child.text.strip():
            return str(child.text.strip())
    return None


# --- robots.txt and sitemaps ----------------------------------------------------------------

_SITEMAP_LINE = re.compile(rb"^[ \t]*sitemap[ \t]*:[ \t]*(\S+)", re.I | re.M)


def usable(url: str) -> bool:
    """Whether `url` can be requested at all: urlsplit (and so urljoin, urldefrag and Scrapy's
    Request) refuses an address whose host holds an unbalanced "[" ("Invalid IPv6 URL"),
    and one such link in a listing, sitemap or feed once cost every link after it.

    >>> usable("https://a.example/x/"), usable("/x/"), usable("https://a.example[/x/")
    (True, True, False)
    """
    try:
        urlsplit(url)
    except ValueError:
        return False
    return True


def robots_sitemaps(body: bytes, base: str) -> list[str]:
    """The ``Sitemap:`` URLs of a robots.txt, absolute, in order.

    >>> robots_sitemaps(b"User-agent: *\\nSitemap: /news.xml\\n", "http://a.example/robots.txt")
    ['http://a.example/news.xml']
    """
    lines = (m.decode("utf-8", "replace") for m in _SITEMAP_LINE.findall(body))
    return [urljoin(base, line) for line in lines if usable(line)]


def parse_sitemap(body: bytes) -> tuple[str, list[Entry]]:
    """("sitemapindex" | "urlset" | "", entries). Index entries are child sitemaps.

    >>> kind, entries = parse_sitemap(b'<urlset xmlns:news="n"><url><loc> /a </loc>'
    ...     b'<lastmod>2024-12-17</lastmod><news:news><news:title>T</news:title>'
    ...     b'<news:publication_date>2024-12-16</news:publication_date></news:news></url></urlset>')
    >>> kind, entries
    ('urlset', [Entry(url='/a', lastmod='2024-12-17', published='2024-12-16', title='T')])
    """
    root = _root(body)
    kind = _local(root.tag) if root is not None else ""
    if kind not in ("sitemapindex", "urlset"):
        return "", []
    child = "sitemap" if kind == "sitemapindex" else "url"
    entries = [_sitemap_entry(e) for e in root if _local(e.tag) == child]
    return kind, [e for e in entries if e is not None and usable(e.url)]


def _sitemap_entry(element: Any) -> Entry | None:
    """One ``<url>``/``<sitemap>``: loc and lastmod among its children (an ``image:loc`` deeper
    down is not the page), news date and title anywhere below; one pass, as a sitemap can
    hold 50,000 of them."""
    found: dict[str, str] = {}
    for node in element.iter():
        name = _local(node.tag)
        if name in _ENTRY_FIELDS and name not in found and node.text and node.text.strip():
            if name in ("loc", "lastmod") and node.getparent() is not element:
                continue
            found[name] = node.text.strip()
    if "loc" not in found:
        return None
    return Entry(found["loc"], found.get("lastmod"), found.get("publication_date"),
                 found.get("title"))


_ENTRY_FIELDS = frozenset({"loc", "lastmod", "publication_date", "title"})


#: Child sitemaps that list static pages, taxonomies, people or media pages, not articles, by
#: file name: Yoast, Rank Math, AIOSEO (page-sitemap.xml, category-sitemap.xml, post_tag-…,
#: author-…, attachment-sitemap.xml when media pages are on), WordPress core
#: (wp-sitemap-posts-page-1.xml, wp-sitemap-taxonomies-…, wp-sitemap-users-…), pages.xml.
_NON_ARTICLE_SITEMAP = re.compile(
    r"(?:^|[-_])(?:pages?|categor(?:y|ies)|tags?|authors?|users?|taxonomies|attachments?)"
    r"(?:[-_.]|$)", re.I
)


def lists_articles(sitemap_url: str) -> bool:
    """Whether a child sitemap may list articles, judged by its file name.

    >>> [lists_articles(u) for u in ("/post-sitemap-2024-12.xml", "/page-sitemap.xml",
    ...                               "/wp-sitemap-posts-page-1.xml", "/sitemaps/pages.xml",
    ...                               "/attachment-sitemap.xml")]
    [True, False, False, False, False]
    """
    name = urlsplit(sitemap_url).path.rsplit("/", 1)[-1]
    return _NON_ARTICLE_SITEMAP.search(name) is None


# --- feeds ----------------------------------------------------------------------------------


def parse_feed(body: bytes) -> list[Entry] | None:
    """Entries of an RSS or Atom feed (None: not a feed)."""
    root = _root(body)
    kind = _local(root.tag) if root is not None else ""
    if kind in ("rss", "rdf"):
        rss = (_rss_entry(item) for item in root.iter() if _local(item.tag) == "item")
        return [e for e in rss if usable(e.url)]
    if kind == "feed":
        return [e for e in map(_atom_entry, root) if e is not None and usable(e.url)]
    return None


def _rss_entry(item: Any) -> Entry:
    link = _child_text(item, "link")
    guid = next((c for c in item if _local(c.tag) == "guid"), None)
    # A permalink GUID (the default) is the article's address when <link> is missing.
    if not link and guid is not None and guid.get("isPermaLink", "true") != "false":
        link = (guid.text or "").strip()
    return Entry(link or "", None, _child_text(item, "pubdate", "date"), _child_text(item, "title"))


def _atom_entry(entry: Any) -> Entry | None:
    if _local(entry.tag) != "entry":
        return None
    href = None
    for link in entry:
        if _local(link.tag) == "link" and link.get("rel", "alternate") == "alternate":
            href = link.get("href")
            break
    return Entry((href or "").strip(), _child_text(entry, "updated"),
                 _child_text(entry, "published"), _child_text(entry, "title"))


def feed_urls(sel: Selector) -> list[str]:
    """Feeds a page links with ``<link rel="alternate" type="application/rss+xml|atom+xml">``."""
    return [u for u in sel.xpath(
        "//link[contains(concat(' ', normalize-space(@rel), ' '), ' alternate ')]"
        "[contains(@type, 'rss') or contains(@type, 'atom')]/@href"
    ).getall() if usable(u)]


# --- HTML listings --------------------------------------------------------------------------

_PAGE_NUMBER = re.compile(r"/page/\d+/?$|[?&](?:page|paged|pg)=\d+(?:&|$)", re.I)
_LOAD_MORE = (
    "[class*=load-more], [class*=loadmore], [class*=load_more], [id*=load-more], "
    "[id*=loadmore], [data-load-more]"
)


def links(sel: Selector) -> list[str]:
    """Every ``<a href>`` of the page, as written, that can be requested (`usable`)."""
    return [href for href in sel.css("a::attr(href)").getall() if usable(href)]


def menu_links(sel: Selector) -> list[str]:
    """The ``<a href>``s of the page's navigation menus (``<nav>``, ``role="navigation"``):
    a site's section fronts, as written.

    >>> menu_links(Selector(text='<nav><a href="/news.php?cat=5">India</a></nav><a href="/x">'))
    ['/news.php?cat=5']
    """
    return [href for href in sel.xpath(
        "//nav//a/@href | //*[@role='navigation']//a/@href").getall() if usable(href)]


def next_pages(sel: Selector, url: str) -> list[str]:
    """The next page of a listing: ``rel="next"``, else the ``/page/N+1/`` or ``?page=N+1``
    link; then any "Load more" URL. Only the next one, so a walk can stop at any page.

    >>> html = '<a href="/world/page/2/">2</a><a href="/world/page/3/">3</a>'
    >>> next_pages(Selector(text=html), "https://a.example/world/")
    ['/world/page/2/']
    """
    found: list[str] = sel.xpath(
        "//*[self::link or self::a][contains(concat(' ', normalize-space(@rel), ' '), ' next ')]"
        "/@href"
    ).getall()[:1]
    if not found:
        wanted = page_number(url) + 1
        found = [h for h in links(sel) if _PAGE_NUMBER.search(h) and page_number(h) == wanted][:1]
    return [u for u in found if usable(u)] + load_more_urls(sel)


def page_number(url: str) -> int:
    """The page number a listing URL carries (1 when none).

    >>> page_number("/x/page/3/"), page_number("/x?page=4&a=1"), page_number("/x/")
    (3, 4, 1)
    """
    match = _PAGE_NUMBER.search(url)
    return int(re.sub(r"\D", "", match.group())) if match else 1


def load_more_urls(sel: Selector) -> list[str]:
    """The URL a "Load more" control carries: its href, data-url, data-href or data-next."""
    found = []
    for control in sel.css(_LOAD_MORE):
        for attr in ("href", "data-url", "data-href", "data-next", "data-endpoint"):
            value = control.attrib.get(attr)
            if value and not value.startswith(("#", "javascript:")) and usable(value):
                found.append(value)
    return found


def wp_api_root(sel: Selector) -> str | None:
    """The WordPress REST root a page advertises (``<link rel="https://api.w.org/">``)."""
    root: str | None = sel.xpath("//link[@rel='https://api.w.org/']/@href").get()
    return root if root is not None and usable(root) else None


def declares_article(sel: Selector) -> bool:
    """The page says it is an article: og:type "article"."""
    kind = sel.xpath("//meta[@property='og:type' or @name='og:type']/@content").get() or ""
    return kind.strip().lower() == "article"


_DATE_PATH = re.compile(r"/(?:19|20)\d{2}/(?:0?[1-9]|1[0-2])/")
_SLUG = re.compile(r"/[^/?#]*[a-z0-9]+(?:-[a-z0-9]+){2,}[^/?#]*/?$", re.I)
_NUMERIC_ID = re.compile(r"/[^/?#]*\d{5,}[^/?#]*(?:\.html?)?/?$")
_AMP = re.compile(r"(?:/amp/?|[?&]amp(?:=1)?)$", re.I)
#: A hand-written PHP or ASP.NET portal's story script and the story's number in its query
#: ("/news-details.php?id=48062&title=…", "/NewsDetail.aspx?nid=48062", "/story.php?newsid=7").
_SCRIPT_ID = re.compile(
    r"/[\w-]*(?:news|story|stories|article|detail|post|read)[\w-]*\.(?:php|aspx?|jsp|cfm)"
    r"\?(?:[^#]*&)?(?:id|nid|newsid|news_?id|aid|sid|story_?id|article_?id)=\d+(?:[&#]|$)",
    re.I)


def site_path(url: str, scope: str = "/") -> str:
    """The URL's path as seen from the site's folder (`scope`), so that rules written for
    a site at the root (``/tag/…``) hold for one served at ``/portal/``.

    >>> site_path("http://a.example/portal/tag/x/", "/portal/"), site_path("http://a.example/")
    ('/tag/x/', '/')
    """
    path = urlsplit(url).path or "/"
    if scope != "/" and path.startswith(scope):
        return "/" + path[len(scope):]
    return path


_POST_ID_QUERY = re.compile(r"\?(?:[^#]*&)?p=\d+(?:[&#]|$)")


def non_article_path(url: str, scope: str = "/") -> bool:
    """Section fronts, tags, authors, static pages (extract's own list of such paths).

    >>> non_article_path("https://a.example/category/india/"), non_article_path("https://a.example/?p=7")
    (True, False)
    """
    if _is_post_id(url, scope):
        return False
    return NON_ARTICLE_PATH.match(site_path(url, scope)) is not None


def _is_post_id(url: str, scope: str) -> bool:
    """WordPress without pretty permalinks, and its shortlinks: "/?p=48043"."""
    return (_POST_ID_QUERY.search(url) is not None
            and site_path(url, scope).rstrip("/") in ("", "/index.php"))


#: Campaign and click-tracking query parameters: the same page whatever their values.
_TRACKING = re.compile(r"utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_[ce]id|igshid", re.I)


def without_tracking(url: str) -> str:
    """The URL without campaign-tracking parameters (``utm_*``, ``fbclid``, ``gclid`` …): a
    widget's "?utm_source=sidebar" link is the article its teaser names, fetched once.

    >>> without_tracking("https://a.example/x/?utm_source=sidebar&utm_medium=latest")
    'https://a.example/x/'
    >>> without_tracking("https://a.example/?p=7&utm_source=x"), without_tracking("/y/?id=3")
    ('https://a.example/?p=7', '/y/?id=3')
    """
    if "?" not in url:
        return url
    parts = urlsplit(url)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if not _TRACKING.fullmatch(k)]
    if len(kept) == len(pairs):
        return url
    return urlunsplit(parts._replace(query=urlencode(kept)))


def article_shaped(url: str, scope: str = "/") -> bool:
    """Generic guess from the URL alone: a dated path, a long slug or a numeric id.

    >>> article_shaped("https://a.example/2024/12/17/rain-lashes-delhi/")
    True
    >>> article_shaped("https://a.example/tag/rain-delhi-today/"), article_shaped("https://a.example/x/")
    (False, False)
    >>> article_shaped("https://a.example/?p=48043")
    True
    >>> [article_shaped("https://a.example" + p) for p in ("/news-details.php?id=48062&title=x",
    ...  "/NewsDetail.aspx?nid=48062", "/news.php?cat=5", "/video.php?id=7", "/print.php?id=7")]
    [True, True, False, False, False]
    """
    path = site_path(url, scope)
    if _is_post_id(url, scope):
        return True
    if NON_ARTICLE_PATH.match(path) or _PAGE_NUMBER.search(url):
        return False
    return bool(_DATE_PATH.search(path) or _SLUG.search(path) or _NUMERIC_ID.search(path)
                or ("?" in url and _SCRIPT_ID.search(url)))


def without_amp_twins(urls: list[str]) -> list[str]:
    """Drops an AMP URL (``…/amp/``, ``?amp=1``) when its canonical page is listed too.

    >>> without_amp_twins(["https://a.in/x-y-z/", "https://a.in/x-y-z/amp/", "https://a.in/q/amp/"])
    ['https://a.in/x-y-z/', 'https://a.in/q/amp/']
    """
    listed = set(urls)

    def twin(url: str) -> str:
        plain = _AMP.sub("", url)
        return plain if plain.endswith("/") or "?" in plain else plain + "/"

    return [u for u in urls if not (_AMP.search(u) and twin(u) in listed and twin(u) != u)]


# --- JSON endpoints (WordPress REST, admin-ajax, "load more") -------------------------------

_LINK_KEYS = frozenset({"link", "url", "permalink", "href", "canonical_url", "website_url"})
_HTML_KEYS = frozenset({"html", "content", "rendered", "data", "markup", "items"})
#: WordPress REST's hypermedia links point at the API itself, not at pages.
_SKIP_KEYS = frozenset({"_links", "_embedded"})
_NEXT_KEYS = frozenset({"next", "next_url", "nexturl", "next_page_url", "more", "more_url"})


@dataclass(slots=True)
class JsonFound:
    """What a JSON document links: item URLs, links inside HTML fragments, next pages."""

    items: list[str] = field(default_factory=list)
    html_links: list[str] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)


def json_links(data: object, *, depth: int = 0, found: JsonFound | None = None,
               keys: frozenset[str] = _LINK_KEYS) -> JsonFound:
    """Links found anywhere in a JSON document ("load more" and REST answers); item links
    under `keys` (lower case).

    >>> json_links([{"id": 1, "link": "https://a.example/x/"}, {"next": "/more?page=2"}])
    JsonFound(items=['https://a.example/x/'], html_links=[], pages=['/more?page=2'])
    """
    found = JsonFound() if found is None else found
    if depth > 20:  # hostile nesting: stop rather than recurse forever
        return found
    for key, value in _pairs(data):
        name = key.lower()
        if name in _SKIP_KEYS:
            continue
        if isinstance(value, str):
            if name in keys and not value.startswith(("#", "javascript:")) \
                    and usable(value):
                found.items.append(value)
            elif name in _NEXT_KEYS and usable(value):
                found.pages.append(value)
            elif name in _HTML_KEYS and "<a" in value:
                found.html_links += links(Selector(text=value))
        elif isinstance(value, (dict, list)):
            json_links(value, depth=depth + 1, found=found, keys=keys)
    return found


def _pairs(data: object) -> Iterator[tuple[str, object]]:
    if isinstance(data, dict):
        yield from ((str(k), v) for k, v in data.items())
    elif isinstance(data, list):
        yield from (("", v) for v in data)


# --- Arc XP: Fusion's content API behind a "Load more" without a URL ------------------------

#: The query keys a Fusion content source pages on: the offset, and the page size.
_OFFSET_KEYS = ("offset", "from", "feedOffset")
_SIZE_KEYS = ("size", "feedSize", "limit")
_FUSION_CACHE = b"contentCache="
_FUSION_VALUE = re.compile(rb'Fusion\.(deployment|arcSite|contextPath)\s*=\s*["\']?([^"\';<]*)')
#: What `encodeURIComponent` leaves as it is, beyond letters, digits and "-_.~".
_URI_COMPONENT_SAFE = "!*'()"
#: Fusion's content API, under the context path (Fusion.contextPath, "/pf").
FUSION_FETCH = "/api/v3/content/fetch/"
#: Where an ANS story in an answer names its own address.
STORY_KEYS = frozenset({"canonical_url", "website_url"})


def _paged(query: str) -> tuple[dict[str, Any], str, str] | None:
    """A content source's query (a JSON object) with its offset-like and size-like keys."""
    try:
        parsed = json.loads(query)
    except ValueError:
        return None
    if not isinstance(parsed, dict):
        return None
    offset = next((k for k in _OFFSET_KEYS if _whole(parsed.get(k)) is not None), None)
    size = next((k for k in _SIZE_KEYS if (_whole(parsed.get(k)) or 0) > 0), None)
    if offset is None or size is None:
        return None
    return parsed, offset, size


def _whole(value: object) -> int | None:
    """A non-negative whole number, as JSON may write it: 10 or "10"."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


def _next_query(query: dict[str, Any], offset: str, size: str) -> str:
    """The query of the page after: offset + size, the keys in their order, as the client's
    `JSON.stringify` writes it (compact, non-ASCII as it is)."""
    step = _whole(query[offset]) or 0
    step += _whole(query[size]) or 0
    bumped = {**query, offset: step if isinstance(query[offset], int) else str(step)}
    return json.dumps(bumped, ensure_ascii=False, separators=(",", ":"))


def _component(value: str) -> str:
    return quote(value, safe=_URI_COMPONENT_SAFE)


def _items(data: object, depth: int = 0) -> int:
    """How many stories a content source's answer holds: its longest list of objects that
    name a story's address (ANS ``canonical_url``; not a story's own paragraphs or images).

    >>> _items({"result": {"articles": [{"canonical_url": "/a/"}, {"canonical_url": "/b/"}]}})
    2
    >>> _items({"canonical_url": "/a/", "content_elements": [{"type": "text"}] * 9})
    0
    """
    if depth > 8:
        return 0
    values = data.values() if isinstance(data, dict) else data if isinstance(data, list) else ()
    most = 0
    if isinstance(data, list) and any(isinstance(v, dict) and not STORY_KEYS.isdisjoint(v)
                                      for v in data):
        most = len(data)
    for value in values:
        if isinstance(value, (dict, list)):
            most = max(most, _items(value, depth + 1))
    return most


def fusion_pages(body: bytes) -> list[str]:
    r"""The next page of each paged content source an Arc XP page's Fusion state caches: the
    query its server rendered (``Fusion.contentCache`` = {source: {query JSON: {"data": …}}})
    with offset + size, asked of Fusion's content API as the client's "Load more" does
    (``Fusion.contextPath`` + ``/api/v3/content/fetch/<source>?query=…&d=<Fusion.deployment>
    &_website=<Fusion.arcSite>``). Blocks of one feed (the same query but offset and size)
    go on from the one that reaches furthest; a cached page that holds fewer stories than
    its size is the last; a page without ``contentCache`` costs a substring test.

    >>> page = (b'<script id="fusion-metadata">Fusion.arcSite="wire";Fusion.contextPath="/pf";'
    ...     b'Fusion.deployment="88";Fusion.contentCache={"story-feed":{"{\\"feedOffset\\":0,'
    ...     b'\\"feedSize\\":2,\\"section\\":\\"/world\\"}":{"data":{"content_elements":'
    ...     b'[{"canonical_url":"/world/a-b-c/"},{"canonical_url":"/world/d-e-f/"}]}}},'
    ...     b'"site-menu":{"{\\"hierarchy\\":\\"default\\"}":{"data":{}}}};</script>')
    >>> fusion_pages(page)
    ['/pf/api/v3/content/fetch/story-feed?query=%7B%22feedOffset%22%3A2%2C%22feedSize%22%3A2%2C%22section%22%3A%22%2Fworld%22%7D&d=88&_website=wire']
    >>> fusion_pages(page.replace(b',{"canonical_url":"/world/d-e-f/"}', b'')), fusion_pages(b"<p>")
    ([], [])
    """
    start = body.find(_FUSION_CACHE)
    if start < 0:
        return []
    text = body[start + len(_FUSION_CACHE):].decode("utf-8", "replace")
    try:
        cache, _ = json.JSONDecoder().raw_decode(text)
    except ValueError:
        return []
    if not isinstance(cache, dict):
        return []
    values = {m.group(1).decode(): m.group(2).decode("utf-8", "replace")
              for m in _FUSION_VALUE.finditer(body)}
    # Blocks of one feed (the same query but offset and size: a lead story at 0, four more
    # at 1, ten at 5) are one listing: the one that reaches furthest goes on.
    furthest: dict[tuple[str, str], tuple[int, dict[str, Any], str, str, object]] = {}
    for source, entries in cache.items():
        if not isinstance(entries, dict):
            continue
        for key, entry in entries.items():
            paged = _paged(key)
            if paged is None:
                continue
            query, offset, size = paged
            feed = (str(source), json.dumps({k: v for k, v in query.items()
                                             if k not in (offset, size)}))
            end = (_whole(query[offset]) or 0) + (_whole(query[size]) or 0)
            if feed not in furthest or end > furthest[feed][0]:
                data = entry.get("data") if isinstance(entry, dict) else None
                furthest[feed] = (end, query, offset, size, data)
    found = []
    for (source, _), (_, query, offset, size, data) in furthest.items():
        if data is not None and _items(data) < (_whole(query[size]) or 0):
            continue  # the last page already
        url = (values.get("contextPath", "/pf").rstrip("/") + FUSION_FETCH
               + _component(source) + "?query=" + _component(_next_query(query, offset, size)))
        if values.get("deployment"):
            url += "&d=" + _component(values["deployment"])
        if values.get("arcSite"):
            url += "&_website=" + _component(values["arcSite"])
        found.append(url)
    return [u for u in found if usable(u)]


def fusion_next(url: str, data: object) -> str | None:
    """The next offset page of a Fusion content API answer (`data`, from `url`): the same
    address with the query's offset + size; None when the answer holds fewer stories than
    the size (the end), or `url` is no paged content API address.

    >>> url = ('https://a.example/pf/api/v3/content/fetch/story-feed?query=%7B%22from%22%3A'
    ...        '%2210%22%2C%22size%22%3A%2210%22%7D&d=88&_website=wire')
    >>> fusion_next(url, {"content_elements": [{"canonical_url": "/a-b-c/"}] * 10})
    'https://a.example/pf/api/v3/content/fetch/story-feed?query=%7B%22from%22%3A%2220%22%2C%22size%22%3A%2210%22%7D&d=88&_website=wire'
    >>> fusion_next(url, {"content_elements": [{"canonical_url": "/a-b-c/"}] * 9})
    >>> fusion_next("https://a.example/pf/api/v3/content/fetch/menu?query=%7B%7D", {})
    """
    parts = urlsplit(url)
    if FUSION_FETCH not in parts.path or "query=" not in parts.query:
        return None
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    query = next((v for k, v in pairs if k == "query"), None)
    paged = None if query is None else _paged(query)
    if paged is None:
        return None
    parsed, offset, size = paged
    if _items(data) < (_whole(parsed[size]) or 0):
        return None
    bumped = _next_query(parsed, offset, size)
    new = "&".join(f"{_component(k)}={_component(bumped if k == 'query' else v)}"
                   for k, v in pairs)
    return urlunsplit(parts._replace(query=new))
