"""Page: one response parsed once — the lxml tree plus its structured metadata.

Everything later stages read (JSON-LD objects, <meta> values, language, canonical link) is
computed here a single time. The tree is the page's own (not the response's cached selector),
so extraction may drop boilerplate from it without affecting link discovery on the response.
"""

from __future__ import annotations

import codecs
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache, partial
from itertools import islice
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar, cast

import lxml.html
import orjson
from lxml import etree
from w3lib.encoding import html_body_declared_encoding

from newsscraper import dates
from newsscraper.processors import (
    archived_original,
    clean_text,
    is_date_line,
    join_url,
    split_url,
)

if TYPE_CHECKING:
    from scrapy.http import TextResponse

logger = logging.getLogger(__name__)

#: An lxml element. lxml ships no type hints (and lxml-stubs types every XPath result as a
#: union), so elements are `Any` to mypy; the name says what the value is.
Element: TypeAlias = Any
T = TypeVar("T")


class BodyXPath:
    """An XPath over the page's <body>: `template`'s `{body}` stands for each <body> of the
    document (`//body/`), or for nothing when the search starts from the page's one <body>,
    which `Page.bodies()` knows from its first walk of the tree (a second root, which stray
    end tags leave, has a <body> of its own): `//body` alone is a walk of the whole tree.

    >>> descendants = BodyXPath("{body}descendant::p")
    >>> page = Page(url="u", root=lxml.html.document_fromstring(
    ...     "<html><head><title>h</title></head><body><div><p>b</p></div></body></html>"))
    >>> [p.text for p in descendants(page)], descendants.path
    (['b'], '//body/descendant::p')
    """

    def __init__(self, template: str) -> None:
        self.path = template.format(body="//body/")
        self._whole = etree.XPath(self.path)
        self._from_body = etree.XPath(template.format(body=""))

    def __call__(self, page: Page) -> Any:
        bodies = page.bodies()
        if len(bodies) == 1:
            return self._from_body(bodies[0])
        return self._whole(page.root)


#: Objects nested deeper than this in JSON-LD are ignored (hostile 10k-deep nesting).
MAX_JSONLD_DEPTH = 12
#: A JSON-LD block larger than this is skipped with a warning (hostile 1 MB strings).
MAX_JSONLD_BYTES = 2_000_000
#: Elements with itemprop=datePublished/dateModified. Stepping to the attribute and back
#: (`//*/@itemprop[…]/..`) tests only elements that have one: ~5x cheaper than `//*[@itemprop]`,
#: which evaluates a predicate on every element.
_XP_DATE_ITEMPROPS = etree.XPath(
    "//*/@itemprop[string() = 'dateModified' or string() = 'datePublished']/..")
#: RDFa date properties (Drupal prints its node's dates so: `<span property="schema:dateCreated"
#: content="2024-12-16T14:27:10+00:00">`; Drupal 7: property="dc:date dc:created"), by kind.
_XP_DATE_RDFA = BodyXPath(
    "{body}descendant::*/@property[contains(string(), 'date') or contains(string(), 'created') or "
    "contains(string(), 'modified')]/parent::*[@content]")
_RDFA_PUBLISHED = frozenset({"schema:dateCreated", "schema:datePublished", "dc:created",
                             "dc:date", "dcterms:created", "dcterms:issued"})
_RDFA_MODIFIED = frozenset({"schema:dateModified", "dc:modified", "dcterms:modified"})
#: hAtom date classes, as WordPress themes print them ("entry-date published", "updated"):
#: stepping through the class attributes visits only elements that have one. Both words hold
#: "ed", which few class values do: one contains() on most of them, not two (each copies the
#: value; the walk costs ~30 % less, the same elements).
_XP_HATOM_DATES = BodyXPath(
    "{body}descendant::*/@class[contains(string(), 'ed')]"
    "[contains(string(), 'published') or contains(string(), 'updated')]/..")
_HATOM_MAX_CHARS = 60
#: Elements with a date in a `data-` attribute named for one: portals that print the date for
#: people ("2024.12.17. 오전 11:15") keep the stamp for their scripts beside it
#: (`<span data-date-time="2024-12-17 11:15:02">`, `data-modify-date-time`).
_XP_DATA_DATES = BodyXPath(
    "{body}descendant::*/@*[starts-with(name(), 'data-') and (contains(name(), 'date')"
    # or named for the publication (247Sports: `<time data-published="2016-12-09 09:13:00Z">
    # 4 hours ago</time>`).
    " or contains(name(), 'publish')"
    # or a time (`<span class="date" data-time="2024-12-17T13:03:00+01:00">gestern</span>`,
    # `<time data-timestamp="…">`, a Chinese portal's `data-pubtime`).
    " or contains(name(), 'time'))]"
    "[starts-with(normalize-space(), '1') or starts-with(normalize-space(), '2')]")
_MODIFIED_NAMES = ("modif", "updat", "edit")
#: Words of a `data-…time…` name that is no publication's or update's: an event's, a live
#: ticker's, an expiry.
_OTHER_TIME_NAMES = ("start", "end", "expir", "event", "live", "read")
#: A `data-…time…` name for the publication's (NetEase's `data-ptime`, `data-pubtime`,
#: `data-posttime`), or an element printing a date or time.
_PUBLICATION_TIME_NAME = re.compile(r"^data-(?:p|pub|post)[-_]?time$")
_DATE_OR_TIME_CLASS = re.compile(r"date|time", re.I)


def _stamps_printed_time(el: lxml.html.HtmlElement, name: str) -> bool:
    """Is the `data-…time…` attribute `name` of `el` the article's time: named for the
    publication, or on a `<time>` or an element classed for a date or time (not a link: a
    game's release day on a "PC" link, a list's), and named for no other moment?

    >>> from lxml.html import fragment_fromstring as f
    >>> _stamps_printed_time(f('<span class="date">x</span>'), "data-time")
    True
    >>> _stamps_printed_time(f('<a class="date">PC</a>'), "data-time")
    False
    >>> _stamps_printed_time(f('<div>x</div>'), "data-ptime")
    True
    >>> _stamps_printed_time(f('<time>x</time>'), "data-start-time")
    False
    """
    if any(word in name for word in _OTHER_TIME_NAMES) or el.tag == "a":
        return False
    return bool(_PUBLICATION_TIME_NAME.match(name)) or el.tag == "time" \
        or bool(_DATE_OR_TIME_CLASS.search(el.get("class") or ""))
_XP_BODIES = etree.XPath("//body")
_XP_H1 = etree.XPath("//body//h1")
#: How many <h2>s are read for the headline of a page without one in an <h1>.
MAX_TITLED_H2 = 10
#: Through the class and id attributes, as `_XP_DATE_ITEMPROPS` (half the cost of testing
#: every element's; the union keeps document order).
_XP_HEADLINE_CLASSED = BodyXPath(
    "({body}descendant::*/@class[contains(string(), 'headline') or "
    "contains(string(), 'Headline') or "
    "contains(string(), 'title')]/.. | {body}descendant::*/@id[contains(string(), 'Headline')]/..)"
    "[not(self::a)]")
#: The <h2>s of an article's header box (`<header class="article-header"><h2>…`, a theme
#: that prints its logo in the <h1>s), for a <title> worded for search engines.
_XP_HEADER_H2 = BodyXPath(
    "{body}descendant::header[contains(@class, 'article-header') or "
    "contains(@class, 'entry-header') or contains(@class, 'post-header')"
    " or contains(@class, 'article__header') or contains(@class, 'post__header')]//h2")
#: The <h2>s classed as an entry's title: WordPress's `entry-title`, older themes' `post-title`.
_XP_ENTRY_TITLE_H2 = BodyXPath(
    "{body}descendant::h2[contains(@class, 'entry-title') or contains(@class, 'post-title') "
    "or contains(@class, 'article-title') or contains(@class, 'story-title') "
    # Or a plain <h2> alone in a box so classed (Petra's `<div class="news-title"><h2>`).
    "or (not(@class) and not(preceding-sibling::*) and not(following-sibling::*) and parent::div["
    "contains(@class, 'news-title') or contains(@class, 'article-title') "
    "or contains(@class, 'story-title') or contains(@class, 'post-title')])]")
#: The <h2>s in <body> (`Page._text_heading_h2`), of which this many are read.
_XP_BODY_H2 = BodyXPath("{body}descendant::h2")
MAX_LISTED_H2 = 30
#: Elements (not <meta>s) a microdata item names its headline with (`_microdata_headline`).
_XP_MICRODATA_HEADLINE = BodyXPath(
    "{body}descendant::*/@itemprop[string() = 'headline']/parent::*[not(self::meta)]")
_HAS_ARTICLE_BODY = etree.XPath("boolean(descendant::*/@itemprop[string() = 'articleBody'])")
#: The separators a <title> joins its parts with. Tried only where a run of white space
#: begins (from inside a run it fails as from its start): a <title> of thousands of spaces
#: made the split quadratic.
_TITLE_PARTS = re.compile(r"(?<!\s)\s+(?:[|\-–—:·•»›]|::)\s+")
#: What a <title> prints after its last bar: the site's part.
_LAST_BAR = re.compile(r"\s[|｜]\s+([^|｜]+)$")
#: A part of a <title> this long is a headline, not a site or section name.
MIN_TITLE_PART_CHARS = 20
_HTML_CLASSES = etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity)
_STRAY_END_TAGS = re.compile(rb"</(?:body|html)\s*>", re.I)
_REPORTED_ERRORS = frozenset({"ERR_RESOURCE_LIMIT", "ERR_INVALID_ENCODING"})
#: Declared encodings that bytes valid as UTF-8 overrule (codec names): Western, Central
#: European and Cyrillic single-byte ones, and the Chinese, Japanese and Korean multi-byte
#: ones, whose text is no more valid UTF-8 by accident than Latin-1's.
_LEGACY_DECLARED = frozenset({
    "iso8859-1", "iso8859-15", "cp1252", "latin-1", "ascii", "iso8859-2", "cp1250", "cp1251",
    "koi8-r", "gb2312", "gbk", "gb18030", "big5", "big5hkscs", "shift_jis", "cp932", "euc_jp",
    "euc_kr", "cp949"})


#: text_content(el): the text of `el` and its descendants, like `HtmlElement.text_content()`
#: (the same libxml2 string value), but through the serializer: about half the cost of the
#: XPath call that `text_content()` makes, which adds up over the hundreds of elements a page
#: reads. A partial, not a function around the call: one Python frame less each time.
text_content: Callable[[Element], str] = partial(
    etree.tostring, method="text", encoding=str, with_tail=False)


def email_field(field: Element) -> bool:
    """Is this `<input>` a field for an e-mail address: `type="email"`, or a text field whose
    placeholder, name or label says "mail" ("Work Email", "Enter your email", "E-Mail-Adresse")?

    >>> email_field(lxml.html.fragment_fromstring('<input placeholder="Work Email">'))
    True
    >>> email_field(lxml.html.fragment_fromstring('<input type="text" name="zip">'))
    False
    """
    kind = (field.get("type") or "text").lower()
    return kind == "email" or (kind == "text" and any(
        "mail" in (field.get(a) or "").lower() for a in ("placeholder", "name", "aria-label")))


@dataclass(slots=True)
class Page:
    """A parsed page: `root` is an lxml HtmlElement; `meta` maps lower-cased name/property/
    itemprop to every content value in document order; `jsonld` lists JSON-LD objects with
    @graph and lists flattened."""

    url: str
    root: lxml.html.HtmlElement
    meta: dict[str, list[str]] = field(default_factory=dict)
    jsonld: list[dict[str, Any]] = field(default_factory=list)
    canonical: str | None = None
    lang: str | None = None
    title_tag: str | None = None
    #: The parser gave up on nesting too deep (hostile or broken pages): the tree is partial.
    truncated: bool = False
    #: The bytes parsed and their encoding: client-rendered pages keep the article in a
    #: script's JSON (see `metadata.hydration_body`), and scripts are not kept in `root`.
    raw: bytes = field(default=b"", repr=False, compare=False)
    encoding: str = "utf-8"
    _dom_dates: dict[str, list[str]] | None = None
    # Found on first use and kept (see the methods): not part of what the page is.
    _h1s: list[Element] | None = field(default=None, repr=False, compare=False)
    _bodies: list[Element] | None = field(default=None, repr=False, compare=False)
    _times: list[Element] | None = field(default=None, repr=False, compare=False)
    _jsonld_by_type: dict[tuple[str, ...], tuple[dict[str, Any], ...]] = field(
        default_factory=dict, repr=False, compare=False)
    _memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    #: The form fields for an e-mail address met in the head walk (`_read_head`): a
    #: newsletter box's, where one is set into the text (`body._signup_boxes`).
    email_fields: list[Element] = field(default_factory=list, repr=False, compare=False)

    @classmethod
    def from_response(cls, response: TextResponse) -> Page:
        """Parse `response` once and collect its metadata."""
        encoding = choose_encoding(response)
        root, errors = parse_html(response.body, encoding)
        if "ERR_INVALID_ENCODING" in errors and codecs.lookup(encoding).name == "utf-8":
            # Served as UTF-8, but the bytes are not (RELIABILITY.md #26): checked only here,
            # after libxml2 complained, so valid pages never pay for a second decode.
            fallback = legacy_encoding(response.body)
            if fallback:
                root, errors = parse_html(response.body, fallback)
                encoding = fallback
        page = cls(url=response.url, root=root, truncated="ERR_RESOURCE_LIMIT" in errors,
                   raw=response.body, encoding=encoding)
        landmarks = page._read_head()
        canonical = page.canonical or ""
        if "//archive." in canonical or "web.archive.org/web/" in canonical or any(
                "web.archive.org/web/" in value for value in page.meta.get("og:image", ())):
            page._unwrap_archive()  # a web archive's copy: a few string tests on every page
        # Script and style text is never article text; dropping it once here keeps every
        # later text_content() honest (a leaf <td> holding a <script>, say). Nor are ruby
        # readings: a browser prints <rt> small above its characters (<rp> only where it
        # cannot), so "<ruby>雨<rt>あめ</rt></ruby>が" reads "雨が", not "雨あめが".
        etree.strip_elements(root, "script", "style", "noscript", "template", "rt", "rp",
                             with_tail=False)
        for frame in landmarks:
            if frame.tag == "iframe":
                # Its text is the fallback markup the parser keeps as raw text ('<span
                # data-mce-type="bookmark" …>'), shown by no browser: never a paragraph's words.
                frame.text = None
        page._keep_landmarks(landmarks)
        return page

    def first_meta(self, *names: str) -> str | None:
        """The first non-empty value among `names`, in the order the names are given."""
        for name in names:
            for value in self.meta.get(name, ()):
                if value.strip():
                    return value.strip()
        return None

    def jsonld_of_type(self, *types: str) -> Iterator[dict[str, Any]]:
        """JSON-LD objects whose @type is one of `types` (or contains one, for type lists).
        Remembered per `types`: the metadata readers ask the same question for every field."""
        found = self._jsonld_by_type.get(types)
        if found is None:
            wanted = set(types)
            found = tuple(obj for obj in self.jsonld if not wanted.isdisjoint(_type_names(obj)))
            self._jsonld_by_type[types] = found
        return iter(found)

    def memo(self, key: str, compute: Callable[[Page], T]) -> T:
        """`compute(self)`, remembered under `key`: for a value derived from the page that
        several fields ask for (the site's own names, say). Values must not be mutated."""
        if key not in self._memo:
            self._memo[key] = compute(self)
        return cast(T, self._memo[key])

    def _read_head(self) -> list[Element]:
        """Read <meta>s, the canonical link, JSON-LD and <title>, and return the <body>s,
        <h1>s, <time>s and <iframe>s met on the way (one walk of the tree for all of them)."""
        html = self.root
        self.lang = html.get("lang") or html.get("xml:lang")
        meta = self.meta
        landmarks: list[Element] = []
        own_item: list[Element] = []  # the first article item a microdata <meta> is in
        for el in html.iter("meta", "link", "script", "title", "body", "h1", "time", "iframe",
                            "input"):
            tag = el.tag
            if tag == "meta":  # inline, and the name read only with a content: dozens a page
                content = el.get("content")
                if content is None:
                    # A saved copy whose tool moved every `content` to `value` (Mercury
                    # Parser's pages: `<meta name="date" value="2017-01-09T15:05:00Z">`).
                    content = el.get("value")
                if content is not None:
                    key = el.get("property") or el.get("name")
                    if key is None and (key := el.get("itemprop")) and _other_item(el, own_item):
                        continue
                    key = key or el.get("http-equiv")
                    if key:
                        meta.setdefault(key.strip().lower(), []).append(content)
            elif tag == "link":
                if self.canonical is None:  # the first canonical link wins
                    rel = (el.get("rel") or "").lower().split()
                    if "canonical" in rel and (href := el.get("href", "").strip()):
                        self.canonical = join_url(self.url, href) or None
                        if "/" not in href and self.canonical in (f"{self.url}index.html",
                                                                  f"{self.url}.html"):
                            # `wget --convert-links -E` made the page's own address its file
                            # name ("index.html", "story.html"): the canonical is the page.
                            self.canonical = self.url
            elif tag == "script":
                if (el.get("type") or "").strip().lower() == "application/ld+json":
                    self.jsonld.extend(_load_jsonld(el.text or "", self.url))
            elif tag == "title":
                if self.title_tag is None:
                    self.title_tag = text_content(el)
            elif tag == "input":
                if email_field(el):
                    self.email_fields.append(el)
            else:
                landmarks.append(el)
        return landmarks

    def _unwrap_archive(self) -> None:
        """A web archive's playback of the page: the canonical link and the metas' addresses
        are the original's again (the Wayback Machine rewrites them to its own:
        ".../web/20241218060000im_/https://…"). An archive.today capture keeps none of the
        page's head: its metas are the archive's own (its name, the capture's time as
        `article:published_time`, its screenshot as og:image), so none is read."""
        if self.canonical and (original := archived_original(self.canonical)):
            self.canonical = original
        if any(name.startswith("archive.") for name in self.meta.get("og:site_name", ())):
            self.meta = {}
            self._unwrap_capture()
            return
        for key, values in self.meta.items():
            if any("/web/" in value for value in values):
                self.meta[key] = [archived_original(value) or value for value in values]

    def _unwrap_capture(self) -> None:
        """An archive.today capture: the metas in its head are the archive's (its name, the
        capture's time as `article:published_time`, its screenshot as og:image), and so is
        its header atop the body (the "webpage capture" table: the "Saved from" address box,
        "archived <date>", "history", "Screenshot", "download .zip"); its links lead to the
        original's addresses again ("https://archive.ph/o/Xq3Rk/https://x.example/world/" →
        "https://x.example/world/"): sections and tags are read from where links lead."""
        for head in self.root.iter("head"):
            for meta in list(head.iter("meta")):  # the archive's, read by the date finders too
                if meta.getparent() is not None:
                    meta.getparent().remove(meta)
        for body in _XP_BODIES(self.root)[:1]:
            for child in body:
                if child.tag == "div" and child.find(".//input[@name='q']") is not None:
                    body.remove(child)  # its tail is the page's: none, or blank text
                    break
            for link in body.iter("a"):
                href = link.get("href")
                if href and (original := archived_original(href)) is not None:
                    link.set("href", original)

    def _keep_landmarks(self, found: list[Element]) -> None:
        """Keep the <body>s, the <h1>s in them and the <time>s that `_read_head` met and the
        stripping left in place, for `bodies()`, `h1s()` and `dom_dates()`: unless the document
        has a second root, which that walk of the first one did not see."""
        root = self.root
        if root.getprevious() is not None or root.getnext() is not None:
            return
        kept = [el for el in found if el.getroottree().getroot() is root]  # not stripped
        self._bodies = [el for el in kept if el.tag == "body"]
        self._times = [el for el in kept if el.tag == "time"]
        h1s = [el for el in kept
               if el.tag == "h1" and next(el.iterancestors("body"), None) is not None
               and _may_head(el, self.url) and not self._pictures_site(el)]
        self._h1s = self._unless_section_h1(h1s) if h1s else self._titled_h2()

    def bodies(self) -> list[Element]:
        """The <body> elements: one, unless the page has none, or stray end tags left
        content in a second root. Found once (the tree's elements do not move after
        parsing, so the lists these methods keep stay true)."""
        if self._bodies is None:
            self._bodies = _XP_BODIES(self.root)
        return self._bodies

    def h1s(self) -> list[Element]:
        """The <h1>s in <body>, in document order; found once, as the headline, standfirst,
        date-line and body searches all start from them."""
        if self._h1s is None:
            h1s = [h1 for h1 in _XP_H1(self.root)
                   if _may_head(h1, self.url) and not self._pictures_site(h1)]
            self._h1s = self._unless_section_h1(h1s) if h1s else self._titled_h2()
        return self._h1s

    def _pictures_site(self, h1: Element) -> bool:
        """Is `h1` the site's header: its logo, a picture the site's name is the `alt` of, beside
        a line of text, the <title> printing both after its bar ("… | Ebene 11 - Webentwicklung
        . AutoCAD . Schulung" over `<h1><object><img alt="Ebene 11"></object><span>Webentwicklung
        . AutoCAD . Schulung</span></h1>`)? The headline is then in an <h2>.

        >>> def site(h1): return Page(
        ...     url="u", title_tag="Storm hits | Daily - News for all",
        ...     root=lxml.html.document_fromstring("<html></html>"))._pictures_site(
        ...     lxml.html.fragment_fromstring(h1))
        >>> site('<h1><img alt="Daily" src="l.png"><span>News for all</span></h1>')
        True
        >>> site('<h1><img alt="Storm" src="s.png"><span>Storm hits</span></h1>')
        False
        """
        img = next(h1.iter("img"), None)
        if img is None or not self.title_tag:
            return False  # most headlines: no picture in them
        bar = _LAST_BAR.search(self.title_tag)
        site = (clean_text(bar.group(1)) if bar else None) or ""
        alt = clean_text(img.get("alt") or "") or ""
        text = clean_text(text_content(h1)) or ""
        return bool(site and alt and text) and site.startswith(alt) and text in site

    def _unless_section_h1(self, h1s: list[Element]) -> list[Element]:
        """`h1s`, unless the <title> names none of them and prints an <h2>'s text whole: a
        portal's title bar names the channel in the page's <h1> ("<h1>Allergies Health
        Center</h1>") over the story's `<h2>Babies Who Eat Peanuts …</h2>`, the <title>.
        Only a headline-long <h2> (a title that is the site's name names no headline).

        >>> def headline(title, body): return [h.text for h in Page(
        ...     url="u", title_tag=title, root=lxml.html.document_fromstring(
        ...     f"<html><body><h1>Allergies Health Center</h1>{body}</body></html>")).h1s()]
        >>> headline("Babies Who Eat Peanuts Early", "<h2>Babies Who Eat Peanuts Early</h2>")
        ['Babies Who Eat Peanuts Early']
        >>> headline("Babies Who Eat Peanuts - Allergies Health Center",
        ...          "<h2>Babies Who Eat Peanuts</h2>")
        ['Allergies Health Center']
        """
        title = clean_text(self.title_tag or "")
        if not title or len(title) < MIN_TITLE_PART_CHARS:
            return h1s
        folded = title.casefold()
        if any((text := clean_text(text_content(h1))) and text.casefold() in folded
               for h1 in h1s):
            return h1s
        for h2 in islice(self.root.iter("h2"), MAX_TITLED_H2):
            text = clean_text(text_content(h2))
            if text and len(text) >= MIN_TITLE_PART_CHARS and _opens_title(title, text):
                return [h2]
        return h1s

    def _titled_h2(self) -> list[Element]:
        """For a page without a headline <h1> (old themes print the logo in it, or nothing;
        AP's hosted pages print `h2.ap-story-headline`): the first <h2> (else <h3>) that the
        <title> or og:title names, standing in for it, so the article around it is found.

        >>> def headline(body): return [(h.tag, h.text) for h in Page(
        ...     url="u", title_tag="Storm hits - Daily", root=lxml.html.document_fromstring(
        ...     "<html><body><h1 class=logo><a href='/'>Daily</a></h1><h3>Latest</h3>"
        ...     f"{body}</body></html>")).h1s()]
        >>> headline("<div><h3 class=heading>Storm hits</h3><p>Text.</p></div>")
        [('h3', 'Storm hits')]
        >>> headline("<div><h2>Storm hits</h2><h3>Storm hits</h3></div>")
        [('h2', 'Storm hits')]
        """
        titles = [t for t in (self.title_tag, *self.meta.get("og:title", ())) if t]
        if not titles:  # none, or an empty `<title></title>`: only what the markup says
            return self._microdata_headline() or self._text_heading_h2()
        names = {clean_text(t) or "" for t in titles}
        for h2 in islice(self.root.iter("h2"), MAX_TITLED_H2):
            text = clean_text(text_content(h2))
            if text and any(_opens_title(n, text) or _kicker_then(h2, text, n)
                            or _closes_title(n, text) for n in names):
                return [h2]
            if len(h2) > 1 and printed_parts(h2) in names:
                return [h2]  # "<span>SZ Plus icon</span><span>Kicker</span><span>:</span>…"
            if len(h2) and text and any(_opens_title_parts(n, text) for n in names):
                return [h2]  # "<h2>Headline <span>Dek</span></h2>", "Headline - Dek | Site"
        # No <h2> either: Korean CMSs (ndsoft's `<h1 class="logo">` over `<h3 class="heading">`)
        # print the headline in an <h3> that og:title or the <title> names whole.
        for h3 in islice(self.root.iter("h3"), MAX_TITLED_H2):
            text = clean_text(text_content(h3))
            if text and any(_opens_title(n, text) or _closes_title(n, text) for n in names):
                return [h3]
        # Legacy CMSs print the headline in a classed <span>/<div> ("lblHeadline", "headline")
        # and their <title> puts the site first ("Site | Business | Headline"): an element so
        # classed whose text is one of the title's parts.
        parts = {p.strip() for n in names for p in _TITLE_PARTS.split(n)
                 if len(p) >= MIN_TITLE_PART_CHARS}
        for el in islice(_XP_HEADLINE_CLASSED(self), MAX_TITLED_H2):
            text = clean_text(text_content(el))
            if text in parts or (text and any(_heads_title(n, text) for n in names)):
                return [el]
        # Nothing named by the <title> (one worded for search engines: "As Electoral College
        # Elects Trump, Hillary is Embarrassed …" over "Hillary Clinton Gets More Faithless
        # Electors Than Trump"): the one <h2> of the article's header box, a sentence long.
        header_h2: list[Element] = _XP_HEADER_H2(self)
        if len(header_h2) == 1 and header_h2[0].find(".//a") is None \
                and len(clean_text(text_content(header_h2[0])) or "") >= MIN_TITLE_PART_CHARS:
            return header_h2
        return self._microdata_headline() or self._entry_title_h2() or self._text_heading_h2()

    def _text_heading_h2(self) -> list[Element]:
        """The one plain <h2> that opens the article's text, for a page whose <h1>s are its
        logo and whose <title> (og:title) names no <h2>: an old theme's `<h2>Storm hits …
        </h2><p class="meta">…</p><p>…</p><p>…</p>` under a <title> that is the site's name.
        The <h2> (or a wrapper of it, two at most) has no text before it in its box and the
        text's paragraphs after it; no link to another page, nor in a sidebar, menu or footer
        (their titles head lists), and no second <h2> does the same (an archive's posts).

        >>> def headline(body): return [h.text for h in Page(
        ...     url="https://daily.example/2024/storm/", title_tag="Daily",
        ...     root=lxml.html.document_fromstring(f"<html><body>{body}</body></html>")).h1s()]
        >>> text = "<p>" + "A storm swept the coast overnight, knocking out power. " * 3 + "</p>"
        >>> headline(f'<h1><a href="/">Daily</a></h1><div><h2>Storm hits the coast</h2>'
        ...          f'{text}{text}</div><div id="sidebar"><h2>Recent posts</h2>{text}</div>')
        ['Storm hits the coast']
        >>> headline(f'<h1><a href="/">Daily</a></h1><div>{text}<h2>What the council said</h2>'
        ...          f'{text}{text}</div>')  # a section's
        []
        >>> headline(f'<div><h2>Storm hits the coast</h2>{text}{text}</div>')  # no logo <h1>
        []
        >>> headline(f'<h1><a href="/">Daily</a></h1><div><h2><a href="/2024/market/">'
        ...          f'Market reopens on Main Street</a></h2>{text}{text}</div>'
        ...          f'<div><h2>Council approves the budget</h2>{text}{text}</div>')
        ['Council approves the budget']
        >>> headline(f'<h1><a href="/">Daily</a></h1><div><h2>Storm hits the coast</h2>{text}'
        ...          f'{text}</div><div><h2>Council approves the budget</h2>{text}{text}</div>')
        []
        """
        logos = _XP_H1(self.root)
        if not logos or not all(is_logo_heading(h1, self.url) or self._pictures_site(h1)
                                for h1 in logos):
            return []  # no <h1> (a headline in a <div>, its dek in the <h2>), or not a logo
        found = [h2 for h2 in islice(_XP_BODY_H2(self), MAX_LISTED_H2)
                 if _heads_text(h2, self.url)]
        return found if len(found) == 1 else []

    def _entry_title_h2(self) -> list[Element]:
        """The one <h2> classed as the entry's title (`h2.entry-title`, `h2.post-title`) of a
        page whose <h1> is its logo and whose <title> names the site alone ("Daily" or
        "Daily | News for all" on every page, a theme's default left): old WordPress, Blogger
        and Joomla themes print the post's headline so. Not one linked elsewhere (a teaser's),
        nor one of several (an archive's list).

        >>> def headline(body): return [h.text for h in Page(
        ...     url="https://daily.example/2024/storm/", title_tag="Daily",
        ...     root=lxml.html.document_fromstring(f"<html><body>{body}</body></html>")).h1s()]
        >>> headline('<h2 class="post-title">Storm hits the coast overnight</h2><p>Text.</p>')
        ['Storm hits the coast overnight']
        >>> headline('<h2 class="post-title">Storm hits the coast overnight</h2>'
        ...          '<h2 class="post-title">Council approves new budget</h2>')
        []
        """
        found: list[Element] = _XP_ENTRY_TITLE_H2(self)
        if len(found) != 1:
            return []
        h2 = found[0]
        here = _page_key(self.url)
        if any(_page_key(join_url(self.url, a.get("href") or "")) != here
               for a in h2.iter("a")):
            return []  # a teaser's title, linked to its story
        text = clean_text(text_content(h2)) or ""
        return [h2] if len(text) >= MIN_TITLE_PART_CHARS else []

    def _microdata_headline(self) -> list[Element]:
        """The headline the page's own article item declares in microdata, where nothing
        else names one: TYPO3's news extension prints `<div class="article" itemscope
        itemtype="http://schema.org/Article">…<h3 itemprop="headline">…</h3>…<div
        itemprop="articleBody">` under a <title> that names the detail page ("Veranstaltung |
        BELTZ"), and its logo in the <h1>s. The item holds the text (`articleBody`): a
        teaser's item in a list of related stories does not.

        >>> def headline(body): return [h.text for h in Page(
        ...     url="u", title_tag="Events | Daily", root=lxml.html.document_fromstring(
        ...     f"<html><body>{body}</body></html>")).h1s()]
        >>> item = '<div itemscope itemtype="http://schema.org/Article">{}</div>'
        >>> headline(item.format('<h3 itemprop="headline">Storm hits</h3>'
        ...                      '<div itemprop="articleBody"><p>Text.</p></div>'))
        ['Storm hits']
        >>> headline(item.format('<h3 itemprop="headline">Storm hits</h3>'))  # a teaser's
        []
        """
        for el in islice(_XP_MICRODATA_HEADLINE(self), MAX_TITLED_H2):
            item = next((a for a in el.iterancestors() if a.get("itemscope") is not None), None)
            if item is not None and _ARTICLE_ITEM.search(item.get("itemtype") or "") \
                    and _HAS_ARTICLE_BODY(item) and clean_text(text_content(el)):
                return [el]
        return []

    def dom_dates(self, kind: str) -> list[str]:
        """Dates marked up in the body, in document order: "published" (<time pubdate>,
        itemprop=datePublished), "time" (the first <time datetime> outside the comments and
        related-stories blocks), "stamps" (the first outside the comments: the zone's word)
        or "modified" (itemprop=dateModified). Read on first use: most pages' metadata
        already has them."""
        if self._dom_dates is None:
            self._dom_dates = self._read_dom_dates()
        return self._dom_dates[kind]

    def _read_dom_dates(self) -> dict[str, list[str]]:
        published: list[str] = []
        modified: list[str] = []
        times: list[str] = []
        unstamped: list[Element] = []  # printed only: `printed_dates` reads their text
        for el in _XP_DATE_ITEMPROPS(self.root):
            prop, value = el.get("itemprop"), _machine_date(el)
            if not value:
                unstamped.append(el)
            elif prop == "dateModified":
                modified.append(value)
            elif prop == "datePublished":
                published.append(value)
        self._memo["unstamped_itemprops"] = unstamped
        if not published and not modified:
            # RDFa only where microdata says nothing, and a reader comment's own not at all.
            for el in _XP_DATE_RDFA(self):
                props = set(el.get("property", "").split())
                if in_comment(el):
                    continue
                if props & _RDFA_PUBLISHED:
                    published.append(el.get("content"))
                elif props & _RDFA_MODIFIED:
                    modified.append(el.get("content"))
        stamps: list[str] = []
        pubdates: list[str] = []
        local: list[str] = []  # UTC stamps whose clock the <time> prints (`_prints_utc_clock`)
        for el in self.root.iter("time") if self._times is None else self._times:
            value = el.get("datetime")
            if value and _NAIVE_STAMP.match(value):
                value = _with_printed_zone(el, value)
            elif value and len(value) == 10 and len(el) and _ISO_DATE.match(value):
                value = _with_printed_clock(el, value)
            if value and _prints_utc_clock(el, value):
                local.append(value)
            if value and el.get("pubdate") is not None:
                # HTML5's `pubdate` marks a post's date, and WordPress themes print it on
                # every reader comment and listed story too (Twenty Eleven's comment
                # template; SPIP's lists): the first outside them is the article's.
                if not in_comment(el) and not in_quote(el) and not in_related(el) \
                        and not in_sidebar_list(el):
                    pubdates.append(value)
            elif value and not times and not in_comment(el) and not in_quote(el):
                # (Once `times` has its one, only `stamps[:1]` is read of the rest: the
                # tests' ancestor walks are spared, on pages that stamp every comment.)
                # A reader's comment is stamped too, and a post the article quotes (an
                # Instagram embed's `<blockquote>`: "A photo posted by … on <time …>").
                stamps.append(value)
                # A related-stories block's <time> (a Drupal view's rows) stamps another
                # story: no date of this one, though its offset is still the newsroom's.
                # One labelled "Updated" (CBS: "<time …>Updated on: …</time>") is not the
                # publication's.
                # So does a sidebar's list (`in_sidebar_list`: Mediapart's aside of the
                # club's latest posts, each "<time>30 juil. 2019</time> Par …").
                # One marked as the modification (NYT's `<time itemprop="dateModified">
                # SEPT. 19, 2016</time>` in its byline) is not the publication's either.
                if not times and not in_related(el) and not _labelled_updated(el) \
                        and not in_sidebar_list(el) and el.get("itemprop") != "dateModified":
                    times.append(_printed_day_over_stamp(el, value))
        return {"published": pubdates + published, "time": times, "modified": modified,
                "stamps": stamps[:1], "utc_printed_clock": local}

    def printed_dates(self, kind: str) -> list[str]:
        """"published" or "modified" dates printed as microdata text
        (`_printed_itemprop_dates`); read on first use, the last resort before a page's
        first <time datetime>."""
        found = self._memo.get("printed_dates")
        if found is None:
            self.dom_dates(kind)  # one walk finds both: the stamped and the printed-only
            found = self._memo["printed_dates"] = _printed_itemprop_dates(
                self._memo["unstamped_itemprops"])
        return found[kind]

    def data_dates(self, kind: str, *, read: bool = True) -> list[str]:
        """"published" or "modified" ISO 8601 dates in `data-…date…` attributes
        (`_XP_DATA_DATES`), outside reader comments; read on first use, after the printed
        microdata and hAtom dates. `read=False` gives only what an earlier call read (the
        walk over every attribute costs ~0.25 ms: not for every page without a modified
        date, only for one that gave no publication date elsewhere either)."""
        found = self._memo.get("data_dates")
        if found is None and not read:
            return []
        if found is None:
            found = self._memo["data_dates"] = {"published": [], "modified": []}
            for attr in _XP_DATA_DATES(self):
                value, el = attr.strip(), attr.getparent()
                if not _ISO_DATE.match(value) or in_comment(el):
                    continue
                name = attr.attrname
                if "date" not in name and "publish" not in name and not _stamps_printed_time(
                        el, name):
                    continue
                modified = any(w in name for w in _MODIFIED_NAMES)
                found["modified" if modified else "published"].append(value)
        return found[kind]  # type: ignore[no-any-return]

    def hatom_dates(self, kind: str) -> list[str]:
        """Dates in the hAtom classes WordPress themes print: "published", or "modified"
        (class "updated", counted only beside a "published": tagDiv marks its publication
        time "updated"). Read on first use, apart from `dom_dates`: the walk over every
        class attribute is wanted only when nothing better dated the article."""
        found = self._memo.get("hatom")
        if found is None:
            # An "updated" counts only beside a "published": without one, no walk.
            published, updated = _hatom_dates(self) if _may_print_token(self, b"published") \
                else ([], [])
            found = self._memo["hatom"] = {"published": published,
                                           "modified": updated if published else []}
        return found[kind]  # type: ignore[no-any-return]


#: A clock time in a printed date ("December 17, 2024 11:42 am").
_HAS_CLOCK = re.compile(r"\d:\d\d")
#: A printed clock time alone ("11:42 am", "13:03"): a date line's separate time item.
_CLOCK_TIME = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?$", re.I)


def _other_item(meta: Element, own_item: list[Element]) -> bool:
    """Whether a microdata <meta> belongs to another article than the page's own, the first
    article item one is met in (`own_item` remembers it): a list of teasers marks each one
    up (`<li itemscope itemtype="http://schema.org/NewsArticle"><meta itemprop=
    "datePublished" …>`), and their dates are not the story's.

    >>> import lxml.html
    >>> root = lxml.html.fromstring(
    ...     '<div><article itemscope itemtype="https://schema.org/NewsArticle"><meta '
    ...     'itemprop="dateModified"></article><ul><li itemscope itemtype="https://schema.org/'
    ...     'NewsArticle"><meta itemprop="datePublished"></li></ul></div>')
    >>> own, teaser = root.iter("meta")
    >>> seen = []
    >>> _other_item(own, seen), _other_item(teaser, seen)
    (False, True)
    """
    item = next((a for a in meta.iterancestors() if a.get("itemscope") is not None), None)
    if item is None or not _ARTICLE_ITEM.search(item.get("itemtype") or ""):
        return False  # the page's own <head>, or a publisher's or a person's item
    if not own_item:
        own_item.append(item)
    return item is not own_item[0]


_ARTICLE_ITEM = re.compile(r"Article|BlogPosting|Report")


def _printed_itemprop_dates(unstamped: Iterable[Element]) -> dict[str, list[str]]:
    """Printed values of microdata date properties that carry no machine value (the value
    of an element other than <meta>/<time datetime> is its text): Elementor Pro's post-info
    line prints `<li itemprop="datePublished">December 17, 2024</li>` and the time of day
    as the next item, which is joined on ("December 17, 2024 11:42 am"). `unstamped` are
    the date-property elements without a machine value, as `Page._read_dom_dates` finds them.

    >>> root = lxml.html.fromstring('<ul><li itemprop="datePublished"><time>December 17, '
    ...     '2024</time></li><li><time>11:42 am</time></li><li itemprop="author">IANS</li></ul>')
    >>> _printed_itemprop_dates(_XP_DATE_ITEMPROPS(root))
    {'published': ['December 17, 2024 11:42 am'], 'modified': []}
    """
    found: dict[str, list[str]] = {"published": [], "modified": []}
    for el in unstamped:
        if _machine_date(el) or in_comment(el):
            continue
        text = " ".join(text_content(el).split())
        if not text or len(text) > _HATOM_MAX_CHARS or not any(c.isdigit() for c in text):
            continue
        after = el.getnext()
        # (A label's colon, "Updated: December 17, 2024", is no clock's.)
        if not _HAS_CLOCK.search(text) and after is not None:
            clock = " ".join(text_content(after).split())
            if _CLOCK_TIME.match(clock):
                text = f"{text} {clock}"
        found["published" if el.get("itemprop") == "datePublished" else "modified"].append(text)
    return found


def _hatom_dates(page: Page) -> tuple[list[str], list[str]]:
    """(published, updated) values of the hAtom date classes WordPress themes print
    (`<time class="entry-date published" datetime=…>`, Astra's `<span class="published">
    December 17, 2024 11:42 am</span>`): the machine value, else the short printed text."""
    published: list[str] = []
    updated: list[str] = []
    h1s: list[Element] | None = None
    for el in _XP_HATOM_DATES(page):
        tokens = el.get("class", "").split()
        kind = published if "published" in tokens else updated if "updated" in tokens else None
        if kind is None or in_comment(el):
            continue
        if h1s is None:
            h1s = page.h1s()
        if h1s and in_teaser(el, h1s[0]):
            continue
        value = _machine_date(el) or text_content(el).strip()
        if value and len(value) <= _HATOM_MAX_CHARS:
            kind.append(value)
    return published, updated


def _may_print_token(page: Page, word: bytes) -> bool:
    """Whether the page's bytes may hold `word` as a class token: False only where they hold
    it nowhere but as the start of a longer name ("article:published_time", "publishedAt"),
    so the tree has no element classed so. The walk over every class attribute (~90 us a
    page) is spared on the pages without one, most of them; a search of the bytes costs a
    quarter of it. Bytes in an encoding that spells ASCII otherwise (UTF-16) are walked.

    >>> import lxml.html
    >>> def may(raw, encoding="utf-8"): return _may_print_token(Page(url="u", root=(
    ...     lxml.html.fromstring("<p>x</p>")), raw=raw, encoding=encoding), b"published")
    >>> may(b'<meta property="article:published_time">'), may(b'<p class="x published">')
    (False, True)
    >>> may(b""), may('<p class="x">'.encode("utf-16"), "utf-16")
    (True, True)
    """
    raw = page.raw
    if not raw or not _ascii_compatible(page.encoding):
        return True
    at = raw.find(word)
    while at >= 0:
        end = at + len(word)
        if not raw[end:end + 1].isalnum() and raw[end:end + 1] not in (b"_", b":", b"-"):
            return True
        at = raw.find(word, end)
    return False


@lru_cache(maxsize=32)
def _ascii_compatible(encoding: str) -> bool:
    """Does `encoding` spell ASCII letters as ASCII, and only so (not UTF-16, nor UTF-7's
    base64 runs)?"""
    try:
        return codecs.lookup(encoding).name != "utf-7" \
            and "published updated".encode(encoding) == b"published updated"
    except (LookupError, UnicodeError):
        return False


#: An ISO 8601 date at the start of a value: what the microformats abbr pattern puts in `title`.
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


#: A machine stamp with a clock time and no offset ("2024-12-17 13:03").
_NAIVE_STAMP = re.compile(r"^\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?$")


def _with_printed_zone(el: lxml.html.HtmlElement, value: str) -> str:
    """A <time>'s naive stamp given the zone its printed text names: POLITICO writes
    `<time datetime="2024-12-17 13:03">12/17/2024 01:03 PM EST</time>`, New York's clock.

    >>> _with_printed_zone(lxml.html.fromstring('<time>12/17/2024 01:03 PM EST</time>'),
    ...                    "2024-12-17 13:03")
    '2024-12-17T13:03:00-05:00'
    >>> _with_printed_zone(lxml.html.fromstring('<time>Dec 17</time>'), "2024-12-17 13:03")
    '2024-12-17 13:03'

    Vox Media's Chorus writes the stamp in UTC instead (`<time datetime="2019-11-20T00:53:52">
    Nov 19, 2019, 7:53pm EST</time>`): where the printed clock is not the stamp's but is the
    stamp's UTC moment on the printed zone's clock, the stamp is that moment.

    >>> _with_printed_zone(lxml.html.fromstring('<time>Nov 19, 2019, 7:53pm EST</time>'),
    ...                    "2019-11-20T00:53:52")
    '2019-11-19T19:53:52-05:00'
    """
    text = text_content(el)
    zone = dates.printed_zone(text)
    if zone is None:
        return value
    stamp = datetime.fromisoformat(value)
    clock = _PRINTED_HOUR_MINUTE.search(text)
    if clock:
        hour, minute = int(clock["hour"]) % 12 if clock["half"] else int(clock["hour"]), \
            int(clock["minute"])
        if clock["half"] and clock["half"].lower() == "p":
            hour += 12
        moment = stamp.replace(tzinfo=UTC).astimezone(zone)
        if (stamp.hour, stamp.minute) != (hour, minute) \
                and (moment.hour, moment.minute) == (hour, minute):
            return moment.isoformat()
    return stamp.replace(tzinfo=zone).isoformat()


def _prints_utc_clock(el: lxml.html.HtmlElement, value: str) -> bool:
    """Does the <time> `el` print the clock of its UTC stamp `value`, and no zone? A newsroom
    prints its own wall clock: where that is the stamp's, the stamp is the local clock
    labelled UTC (a Luxembourg paper's `<time datetime="2026-07-12T16:30:00.000Z">16:30
    </time>`, 14:30 UTC by its JSON-LD; a Japanese WordPress theme's `datetime="2019-03-02T
    09:18:32+00:00">2019年3月2日09:18`), unless the page's zone is UTC's then.

    >>> def prints(text, value): return _prints_utc_clock(lxml.html.fromstring(
    ...     f"<time>{text}</time>"), value)
    >>> prints("16:30", "2026-07-12T16:30:00.000Z"), prints("18:30", "2026-07-12T16:30:00Z")
    (True, False)
    >>> prints("4:30 PM GMT", "2026-07-12T16:30:00Z"), prints("Jul 12", "2026-07-12T16:30:00Z")
    (False, False)
    >>> prints("2019年3月2日09:18", "2019-03-02T09:18:32+00:00")
    True
    """
    if not _UTC_ENDING.search(value) or len(value) < 16 or value[13:14] != ":":
        return False
    text = text_content(el)
    clock = _GLUED_HOUR_MINUTE.search(text)
    if clock is None or dates.printed_zone(text) is not None:
        return False
    hour = int(clock["hour"]) % 12 if clock["half"] else int(clock["hour"])
    if clock["half"] and clock["half"].lower() == "p":
        hour += 12
    return (hour, int(clock["minute"])) == (int(value[11:13]), int(value[14:16]))


#: `_PRINTED_HOUR_MINUTE`, also glued to a CJK day ("2019年3月2日09:18").
_GLUED_HOUR_MINUTE = re.compile(
    r"(?<![\d:])(?P<hour>[012]?\d):(?P<minute>[0-5]\d)(?::\d\d)?\s*(?:(?P<half>[aApP])\.?[mM]\b)?")
#: A stamp's UTC ending: "Z" or a zero offset.
_UTC_ENDING = re.compile(r"\d(?:Z|[+-]00:?00)$")


#: A printed clock time, hour and minute, with its half of the day if printed ("7:53pm").
_PRINTED_HOUR_MINUTE = re.compile(
    r"\b(?P<hour>[012]?\d):(?P<minute>[0-5]\d)(?::\d\d)?\s*(?:(?P<half>[aApP])\.?[mM]\b)?")


#: A clock time in a date's printed text ("1:03 PM ET", "13:03").
_PRINTED_CLOCK = re.compile(r"\b\d{1,2}:\d\d\b")


#: A word in a date's printed text: its month's name (or a label beside it).
_PRINTED_WORD = re.compile(r"[^\W\d_]{3,}")


def _printed_day_over_stamp(el: lxml.html.HtmlElement, value: str) -> str:
    """The printed text of a <time> whose whole date (a month by name, the year) names
    another day than its `datetime` stamp, more than a day apart: SPIP prints `<time
    datetime="2019-07-03T10:18:46Z">Publié le 29 juin 2019</time>`, the day the article
    went online as the stamp and the day it dates as the text; the reader sees the text.
    Numeric texts ("12/09/2019": which order?) and texts naming the stamp's day keep it.

    >>> _printed_day_over_stamp(lxml.html.fromstring('<time>Publié le 29 juin 2019</time>'),
    ...                         "2019-07-03T10:18:46Z")
    'Publié le 29 juin 2019'
    >>> _printed_day_over_stamp(lxml.html.fromstring('<time>3 juillet 2019</time>'),
    ...                         "2019-07-03T10:18:46Z")
    '2019-07-03T10:18:46Z'
    """
    text = " ".join(text_content(el).split())
    if value[:4] not in text or not _PRINTED_WORD.search(text) or not is_date_line(text):
        return value
    try:
        stamp = datetime.fromisoformat(value)
    except ValueError:
        return value
    if re.search(rf"(?<!\d)0?{stamp.day}(?!\d)", text):
        return value  # names the stamp's day: they agree
    printed = dates.parse_datetime(text, tz=stamp.tzinfo or UTC, languages=None,
                                   base=stamp + timedelta(days=366))
    if printed is None or abs((printed.date() - stamp.date()).days) <= 1:
        return value  # a day apart: the zone's midnight
    return text


def _with_printed_clock(el: lxml.html.HtmlElement, value: str) -> str:
    """A <time>'s date-only stamp given the clock its printed parts add: NPR prints
    `<time datetime="2024-12-17"><span class="date">December 17, 2024</span><span
    class="time">1:03 PM ET</span></time>`. The parts are read apart, as they show, not
    glued ("December 17, 20241:03 PM ET").

    >>> _with_printed_clock(lxml.html.fromstring('<time><span>December 17, 2024</span>'
    ...     '<span>1:03 PM ET</span></time>'), "2024-12-17")
    'December 17, 2024 1:03 PM ET'
    >>> _with_printed_clock(lxml.html.fromstring('<time><b>Dec 17</b></time>'), "2024-12-17")
    '2024-12-17'
    """
    text = " ".join(" ".join(el.itertext()).split())
    if value[:4] in text and _PRINTED_CLOCK.search(text):
        return text
    return value


def _machine_date(el: lxml.html.HtmlElement) -> str | None:
    """The machine-readable date an element carries: `datetime`, `content`, or — the
    microformats abbr pattern (hAtom; Blogger's `<abbr class='published' title=…>`) — the
    ISO 8601 `title` of an `<abbr>`, whose text is only the printed date without the time.

    >>> _machine_date(lxml.html.fromstring('<abbr class="published" itemprop="datePublished" '
    ...     'title="2024-12-17T11:42:00+05:30">December 17, 2024</abbr>'))
    '2024-12-17T11:42:00+05:30'
    >>> _machine_date(lxml.html.fromstring('<abbr title="Indian Standard Time">IST</abbr>'))
    """
    value = el.get("datetime") or el.get("content")
    if value is None and el.tag == "meta":
        value = el.get("value")  # a saved copy's `<meta>`, as `Page._read_head` reads it
    if value:
        return value  # type: ignore[no-any-return]
    if el.tag == "abbr":
        title = el.get("title", "").strip()
        if _ISO_DATE.match(title):
            return title  # type: ignore[no-any-return]
    return None


#: An update label in a line's own language, before the time it labels.
_UPDATED_WORD = re.compile(r"(?i)\b(?:(?:last )?updated|modified|aktualisiert|actualizado"
                           r"|atualizado|mis à jour|modifié|aggiornato|oppdatert|uppdaterad"
                           r"|opdateret|bijgewerkt|обновлено|güncellendi"
                           # The Polish, Turkish, Greek and Arabic labels the modified-line
                           # reader knows ("Aktualizacja: <time …>").
                           r"|actualizada|atualizada|aggiornata|aktualizacja|zaktualizowano"
                           r"|güncelleme|ενημέρωση|ενημερώθηκε|تحديث|(?:最終)?更新(?:日時?)?)\b")


def _labelled_updated(el: lxml.html.HtmlElement) -> bool:
    """Is the <time> `el` an update's: its text, or its parent's text before it, is labelled
    so ("Updated on: December 17, 2024 / 11:48 PM EST", "Updated <time>…</time>")?

    >>> _labelled_updated(lxml.html.fragment_fromstring(
    ...     '<p>Updated: <time datetime="2024-12-17">Dec 17</time></p>').find("time"))
    True
    >>> _labelled_updated(lxml.html.fragment_fromstring('<time datetime="x">Dec 17</time>'))
    False
    """
    parent = el.getparent()
    before = (parent.text or "") if parent is not None else ""
    if parent is not None:
        for sibling in parent:
            if sibling is el:
                break
            before += (sibling.text_content() or "") + (sibling.tail or "")
    return bool(_UPDATED_WORD.search(before[-40:]) or _UPDATED_WORD.match(
        (el.text_content() or "").strip()))


def in_teaser(el: lxml.html.HtmlElement, h1: lxml.html.HtmlElement) -> bool:
    """Is `el` inside another story's teaser: the nearest `<article>` around it holds no
    headline `h1` but a heading linking elsewhere (Elementor's Posts widget lists
    `<article class="elementor-post">`, each with its `<time class="entry-date published">`,
    under a story whose own date is printed in its post-info line).

    >>> root = lxml.html.fromstring('<div><h1>T</h1><article><h3><a href="/b">B</a></h3>'
    ...     '<time class="published"/></article><article><h2>C</h2><time class="published"/>'
    ...     '</article><p><time class="published"/></p></div>')
    >>> [in_teaser(t, root.find(".//h1")) for t in root.iter("time")]
    [True, False, False]
    """
    article = next(el.iterancestors("article"), None)
    if article is None or any(a is article for a in h1.iterancestors("article")):
        return False
    return any(h.find(".//a[@href]") is not None for h in article.iter("h2", "h3", "h4"))


def in_related(el: lxml.html.HtmlElement) -> bool:
    """Is `el` inside a block classed or named "related" (not the <body>: its classes are
    page-wide settings)? The bylines of such a block are not the article's either."""
    for a in el.iterancestors():
        if a.tag != "body" and ("related" in (a.get("class") or "")
                                or "related" in (a.get("id") or "")):
            return True
    return False


_SIDEBAR_WORDS = frozenset({"aside", "sidebar", "secondary"})
_SIDEBAR_TAGS = frozenset({"aside", "nav"})


def in_sidebar_list(el: lxml.html.HtmlElement) -> bool:
    """Is `el` inside a sidebar (`<aside>`, a block classed "aside", "sidebar" or
    "secondary") that does not hold the headline? There the themes list other stories, each
    stamped with its own `<time pubdate>` (SPIP's "Le message du jour" and "latest" lists).
    Verfassungsblog's header, headline and date sit in `<div id="sidebar">`: the story's
    own. A list item alone says nothing (the NYT's and Gizmodo Japan's headers print the
    date in a `<li>`). A `<nav>` is one too: Politico's site menu carries a carousel of the
    latest stories, each with its `<time datetime>`, above the article's own.

    >>> root = lxml.html.fromstring('<div><div class="extra secondary"><time/></div>'
    ...     '<aside><ul><li><time/></li></ul></aside><article><ul><li><time/></li></ul>'
    ...     '</article><div id="sidebar"><h1>T</h1><time/></div><nav><time/></nav></div>')
    >>> [in_sidebar_list(t) for t in root.iter("time")]
    [True, True, False, False, True]
    """
    for a in el.iterancestors():
        if a.tag == "body":
            break
        if (a.tag in _SIDEBAR_TAGS or _SIDEBAR_WORDS.intersection(
                f"{a.get('class', '')} {a.get('id', '')}".lower().split())) \
                and a.find(".//h1") is None:
            return True
    return False


def in_quote(el: lxml.html.HtmlElement) -> bool:
    """Is `el` inside a `<blockquote>`: a post the article embeds (Instagram's and
    Twitter's embeds are blockquotes), whose time is the post's, not the article's?

    >>> root = lxml.html.fromstring('<div><blockquote><p><time/></p></blockquote><time/></div>')
    >>> [in_quote(t) for t in root.iter("time")]
    [True, False]
    """
    return any(a.tag == "blockquote" for a in el.iterancestors())


def in_comment(el: lxml.html.HtmlElement) -> bool:
    """Is `el` inside a reader comment (WordPress: `li.comment`, `#comments`)? Not by the
    <body>'s or <html>'s classes: they are page-wide settings (Kinja's `<body class="…
    f_amp_comments_on …">` put the whole article in a "comment"); nor by a post's state
    "commented" (Kinja's `<article class="post hentry … commented">`: it has comments).

    >>> root = lxml.html.document_fromstring('<html><body class="f_comments_on"><article '
    ...     'class="post commented"><div class="comment"><time/></div><time/></article>'
    ...     '</body></html>')
    >>> [in_comment(t) for t in root.iter("time")]
    [True, False]
    """
    for a in el.iterancestors():
        if a.tag in ("body", "html"):
            break
        # "comment" in neither value is in neither once joined (a space between): most
        # ancestors are answered without the join.
        cls, name = a.get("class") or "", a.get("id") or ""
        if ("comment" in cls or "comment" in name) \
                and "comment" in f"{cls} {name}".replace("commented", ""):
            return True
    return False


def is_logo_heading(h1: Element, url: str = "") -> bool:
    """An <h1> that holds the site's name linked to its home page (old themes print the logo
    so on every page, and the headline in an <h2>), or to its portal's and its section's
    (Naver News: "NAVER" and "뉴스", each a link): no headline. So is one set inside the home
    page's link (`<a href="/"><h1 class="site-logo">The Atlantic</h1></a>`), and, given the
    page's address, one that only links to a folder that address lies in: the section's
    name over its story (`<h1><a href="/news/business/">Business</a></h1>`).

    >>> is_logo_heading(lxml.html.fragment_fromstring('<h1><a href="/">Daily Courier</a></h1>'))
    True
    >>> is_logo_heading(lxml.html.fragment_fromstring('<h1><a href="https://www.naver.com/">'
    ...     'NAVER</a><a href="https://news.naver.com/">뉴스</a></h1>'))
    True
    >>> is_logo_heading(lxml.html.fragment_fromstring('<h1 class="news-header__logo">'
    ...     '<a href="/news/"><img alt="NHK"></a></h1>'))
    True
    >>> is_logo_heading(lxml.html.fragment_fromstring('<h1><a href="/x/">Storms</a></h1>'))
    False
    >>> is_logo_heading(lxml.html.fragment_fromstring(
    ...     '<div><a href="/"><h1>The Daily</h1></a></div>').find("a/h1"))
    True
    >>> section = lxml.html.fragment_fromstring('<h1><a href="/news/biz/">Business</a></h1>')
    >>> is_logo_heading(section, "https://x.com/news/biz/a1.html"), is_logo_heading(
    ...     section, "https://x.com/news/biz/")  # the section's own front
    (True, False)
    """
    around = next(h1.iterancestors("a"), None)
    if around is not None and _is_home_page(around.get("href") or ""):
        return True
    links = h1.findall(".//a")
    if not links:
        return _names_home_link_after(h1)
    if (h1.text or "").strip() or any((a.tail or "").strip() for a in links):
        return False
    if "logo" in f"{h1.get('class', '')} {h1.get('id', '')}".lower():
        return True  # named so (NHK's h1.news-header__logo links to its /news/ front)
    if not h1.text_content().strip() and h1.find(".//img") is not None:
        return True  # a linked picture alone (Asahi's logo, its home link with ?iref=…)
    return all(_is_home_page(a.get("href") or "") or _holds_address(a.get("href") or "", url)
               for a in links)


def _opens_title_parts(title: str, text: str) -> bool:
    """Is `text` the first two or more parts of `title` run together, as a heading printing
    them in elements of its own reads ("<h2>Dateien mit Migrationshintergrund <span>Ein
    Ablaufplan …</span></h2>" for "Dateien mit Migrationshintergrund - Ein Ablaufplan … |
    Ebene 11")?

    >>> _opens_title_parts("Storm hits - Power is out | Daily", "Storm hits Power is out")
    True
    >>> _opens_title_parts("Storm hits - Power is out | Daily", "Storm hits")  # one part
    False
    """
    parts = _TITLE_PARTS.split(title)
    return any(" ".join(parts[:k]) == text for k in range(2, len(parts) + 1))


def _opens_title(title: str, text: str) -> bool:
    """Is `text` the whole `title`, or its head before a space or an underscore (Chinese
    CMSs join the headline, section and site with "_": "这个约会软件…_智能_好奇心日报")?

    >>> _opens_title("Storm hits - Daily", "Storm hits"), _opens_title("标题_智能_日报", "标题")
    (True, True)
    >>> _opens_title("Stormy night", "Storm")
    False
    """
    return title == text or (title.startswith(text) and title[len(text)] in " _")


def _heads_title(title: str, text: str) -> bool:
    """Is `text` the head of `title` before a bar, dash or underscore that joins the site's
    name, half as long at most, with no spaces around (Chinese CMSs:
    "法国全国大罢工再次严重影响交通-新华网")?

    >>> _heads_title("法国全国大罢工再次严重影响交通-新华网", "法国全国大罢工再次严重影响交通")
    True
    >>> _heads_title("Daily Herald-Storm hits", "Daily Herald"), _heads_title("AB-C", "AB")
    (False, False)
    """
    rest = len(title) - len(text) - 1
    return len(text) >= MIN_HEADED_TITLE_CHARS and 0 < 2 * rest <= len(text) \
        and title.startswith(text) and title[len(text)] in "-_|｜"


#: A title's head this long at least is a headline (`_heads_title`).
MIN_HEADED_TITLE_CHARS = 6
#: How far above an <h1> a breadcrumb trail holding it is looked for.
_BREADCRUMB_LEVELS = 4


#: A path separator and a space opening an <h1>'s text: the section's crumb after the site's
#: logo (Dariknews's `<h1><span>/</span> България</h1>` in its header), no headline. Not
#: "»": Danish, Swedish and German headlines open with a quotation so marked.
_CRUMB_MARK = re.compile(r"\s*[/>]\s")


def _page_key(url: str) -> str:
    """An address as a page: host and path, no scheme, query, fragment or closing slash."""
    parts = split_url(url)
    return f"{(parts.hostname or '').removeprefix('www.')}{parts.path.rstrip('/')}"


#: The boxes whose headings head no article: a page's chrome and its comments.
_CHROME_TAGS = frozenset({"nav", "aside", "footer", "form"})
_CHROME_NAMES = re.compile(r"sidebar|widget|footer|menu|comment|respond|related", re.I)
_CODE_TAGS = frozenset({"script", "style", "noscript", "template"})
_FRAME_ROOTS = frozenset({"body", "html"})
#: How far `_heads_text` climbs from an <h2> to the box its text is in: its own, or that of
#: its wrapper and the wrapper's (`<div class="post-head"><div class="title-wrap"><h2>`).
_HEADING_BOX_LEVELS = 3
#: The text after a heading that opens it: this many paragraphs, this many characters.
MIN_HEADED_PARAGRAPHS = 2
MIN_HEADED_CHARS = 200
#: A sibling before the heading this long is text the heading does not open.
MAX_LINE_BEFORE_HEADING = 40


def _heads_text(h2: Element, url: str) -> bool:
    """Does `h2` open an article's text (`Page._text_heading_h2`): a sentence-long heading
    linked nowhere else, outside the page's chrome, with nothing but short lines before it in
    its box (or in the box of a wrapper holding it, two up at most) and two or more paragraphs
    after it?

    >>> text = "<p>" + "A storm swept the coast overnight. " * 4 + "</p>"
    >>> box = lxml.html.fragment_fromstring(f'<div><p>Dec 17</p><h2>Storm hits the coast</h2>'
    ...                                     f'{text}{text}</div>')
    >>> _heads_text(box.find("h2"), "u")
    True
    >>> box = lxml.html.fragment_fromstring(f'<div><header><h2>Storm hits the coast</h2>'
    ...                                     f'</header><div>{text}{text}</div></div>')
    >>> _heads_text(box.find(".//h2"), "u")
    True
    >>> box = lxml.html.fragment_fromstring(f'<div><div><div><h2>Storm hits the coast</h2></div>'
    ...                                     f'<p>Dec 17</p></div><div>{text}{text}</div></div>')
    >>> _heads_text(box.find(".//h2"), "u")
    True
    >>> loose = "A storm swept the coast overnight. " * 4
    >>> box = lxml.html.fragment_fromstring(f'<div><h2>Storm hits the coast</h2>{loose}<br><br>'
    ...                                     f'{loose}<br><br>{loose}</div>')
    >>> _heads_text(box.find("h2"), "u")
    True
    >>> box = lxml.html.fragment_fromstring(f'<div>{loose}<h2>Storm hits the coast</h2>{text}'
    ...                                     f'{text}</div>')  # loose text before: a section's
    >>> _heads_text(box.find("h2"), "u")
    False
    >>> page = lxml.html.document_fromstring(f'<html><body class="single right-sidebar"><div>'
    ...     f'<h2>Storm hits the coast</h2>{text}{text}</div></body></html>')
    >>> _heads_text(page.find(".//h2"), "u")
    True
    >>> box = lxml.html.fragment_fromstring(f'<div class="widget"><h2>Storm hits the coast'
    ...                                     f'</h2>{text}{text}</div>')
    >>> _heads_text(box.find("h2"), "u")
    False
    """
    text = clean_text(text_content(h2)) or ""
    if len(text) < MIN_TITLE_PART_CHARS or is_hidden(h2):
        return False
    here = _page_key(url)
    if any(_page_key(join_url(url, a.get("href") or "")) != here for a in h2.iter("a")):
        return False  # a teaser's title, linked to its story
    # Not <body>'s classes: a layout's ("single two-column right-sidebar"), not a box's.
    if any(el.tag in _CHROME_TAGS or _CHROME_NAMES.search(
            f"{el.get('class', '')} {el.get('id', '')}")
           for el in h2.iterancestors() if el.tag not in _FRAME_ROOTS):
        return False
    node = h2
    for _ in range(_HEADING_BOX_LEVELS):
        parent = node.getparent()
        if parent is None:
            return False
        before = [len(clean_text(text_content(el)) or "") if el.tag not in _CODE_TAGS else 0
                  for el in node.itersiblings(preceding=True) if isinstance(el.tag, str)]
        loose = [(el.tail or "").strip() for el in node.itersiblings(preceding=True)]
        if any(n > MAX_LINE_BEFORE_HEADING for n in before) or any(
                len(t) > MAX_LINE_BEFORE_HEADING for t in (*loose, (parent.text or "").strip())):
            return False  # text the heading follows: a section's
        # The text after it: paragraphs, or runs of loose text between <br>s.
        paragraphs = [n for el in node.itersiblings() if isinstance(el.tag, str)
                      for p in el.iter("p") if (n := len(clean_text(text_content(p)) or ""))]
        paragraphs += [len(t) for el in (node, *node.itersiblings())
                       if (t := (el.tail or "").strip())]
        if len(paragraphs) >= MIN_HEADED_PARAGRAPHS and sum(paragraphs) >= MIN_HEADED_CHARS:
            return True
        if parent.tag in _FRAME_ROOTS:
            return False  # the page's frame: no box of its own
        node = parent
    return False


def _may_head(h1: Element, url: str) -> bool:
    """May `h1` be the headline: no logo, hidden <h1>, nor a breadcrumb's item or crumb, nor
    an empty one alone in its box (a floating bar's `<div class="fixhead-con"><h1></h1>`,
    which a script fills on scrolling; an `<h1>` emptied by the parser, its `<p>` set after
    it, is still the headline's place)?"""
    text = text_content(h1)
    return not is_logo_heading(h1, url) and not is_hidden(h1) and not in_breadcrumb(h1) \
        and not _CRUMB_MARK.match(text) and not (
            not len(h1) and (not text or text.isspace()) and _alone_in_parent(h1))


def _alone_in_parent(el: Element) -> bool:
    """Is `el` its parent's only child element, with no text beside it?"""
    parent = el.getparent()
    return parent is not None and len(parent) == 1 and not (parent.text or "").strip() \
        and not (el.tail or "").strip()


def in_breadcrumb(h1: Element) -> bool:
    """Is `h1` an item of a breadcrumb trail, the current page's crumb (Spektrum's `<ol
    class="breadcrumbs" itemtype="…/BreadcrumbList">…<li itemprop="itemListElement"><h1
    itemprop="name">`)? The headline is printed below, in an <h2>. An <h1> set in the trail's
    bar but no item of its list (n-tv's `<nav class="breadcrumb"><h1>`) stays the headline.

    >>> in_breadcrumb(lxml.html.fragment_fromstring('<ol class="breadcrumbs"><li><a href="/">'
    ...     'Home</a></li><li><h1>Storm hits</h1></li></ol>').find(".//h1"))
    True
    >>> in_breadcrumb(lxml.html.fragment_fromstring('<nav class="breadcrumb"><a href="/">Home'
    ...     '</a><h1>Storm hits</h1></nav>').find("h1"))
    False
    """
    item = False
    for el in islice(h1.iterancestors(), _BREADCRUMB_LEVELS):
        item = item or el.tag == "li" or el.get("itemprop") == "itemListElement"
        names = f"{el.get('class', '')} {el.get('id', '')} {el.get('itemtype', '')}"
        if "readcrumb" in names:
            return item
    return False


def is_hidden(el: Element) -> bool:
    """Does the page hide `el` from its readers: the `hidden` attribute, an inline
    "display: none", or the utility class "hidden" (the site's name in a hidden <h1> for
    search engines, `<h1 class="hidden">好奇心日报</h1>`; a print-only <h1>)?

    >>> is_hidden(lxml.html.fragment_fromstring('<h1 class="hidden">Daily</h1>'))
    True
    >>> is_hidden(lxml.html.fragment_fromstring('<h1 style="display: none">Daily</h1>'))
    True
    >>> is_hidden(lxml.html.fragment_fromstring('<h1 class="hidden-xs">Storm hits</h1>'))
    False
    """
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    if style and "display:none" in style.replace(" ", "").lower():
        return True
    classes = el.get("class")
    return bool(classes) and "hidden" in classes.split()


#: Elements a theme sets its logo's link alone in, beside the site's name.
_LINK_WRAPPERS = frozenset({"figure", "div", "span", "p"})


def _names_home_link_after(h1: Element) -> bool:
    """Is `h1` the site's name set beside its logo: the next element a link to the home page
    whose text or picture says the same (`<h1>How-To Geek</h1><a href="/"><img
    alt="How-To Geek"></a>`, the headline printed in an <h2>)?

    >>> div = lxml.html.fragment_fromstring('<div><h1>Daily</h1><a href="/"><img alt="Daily">'
    ...                                     '</a></div>')
    >>> _names_home_link_after(div[0])
    True
    >>> div = lxml.html.fragment_fromstring('<div><h1>Daily</h1><figure><a href="https://d.fr">'
    ...                                     '<img alt="Daily"></a></figure></div>')
    >>> _names_home_link_after(div[0])
    True
    """
    after = h1.getnext()
    if after is not None and after.tag in _LINK_WRAPPERS and len(after) == 1 \
            and not (after.text or "").strip():
        after = after[0]  # the link alone in a <figure> (`<h1>Name</h1><figure><a href="/">`)
    if after is None or after.tag != "a" or not _is_home_page(after.get("href") or ""):
        return False
    name = " ".join(h1.text_content().split())
    return bool(name) and (name == " ".join(after.text_content().split()) or any(
        (img.get("alt") or "").strip() == name for img in after.iter("img")))


def _holds_address(href: str, url: str) -> bool:
    """Is `href` a folder (a path ending "/") of the site at `url` that holds `url` below it?"""
    if not url or not href.strip():
        return False
    link, own = split_url(join_url(url, href.strip())), split_url(url)
    return link.netloc == own.netloc and link.path.endswith("/") \
        and own.path.startswith(link.path) and len(own.path) > len(link.path)


def _is_home_page(href: str) -> bool:
    parts = split_url(href.strip())
    return parts.path in ("", "/", "/index.html", "/index.php") and not parts.query \
        and (bool(parts.netloc) or parts.path != "")


def _type_names(obj: dict[str, Any]) -> list[str]:
    """The string @type names of a JSON-LD object (one name, or a list of them)."""
    t = obj.get("@type")
    return [n for n in (t if isinstance(t, list) else [t]) if isinstance(n, str)]


def choose_encoding(response: TextResponse) -> str:
    """The response's encoding (BOM, HTTP header, <meta>, detection — Scrapy's order), unless
    the bytes contradict it: a page declared in a legacy encoding (Latin-1, windows-1251,
    GB2312, Shift_JIS…) whose bytes are UTF-8 (re-encoded after it was saved), or a page
    served as UTF-8 whose bytes are not (RELIABILITY.md #26)."""
    encoding: str = response.encoding
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return "utf-8"
    body = response.body
    if body[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"  # a byte-order mark beats any declaration (WHATWG)
    # Non-ASCII bytes that are valid UTF-8 are UTF-8 whatever a legacy declaration says
    # (header or <meta>): real Latin-1 or GB2312 text is practically never valid UTF-8 by
    # accident (a saved Sina page, converted to UTF-8 under its gb2312 <meta>).
    if name in _LEGACY_DECLARED and not body.isascii() and _is_utf8(body):
        return "utf-8"
    return encoding


def legacy_encoding(body: bytes) -> str | None:
    """For bytes served as UTF-8 that are not: the page's own non-UTF-8 declaration, else
    cp1252 (the usual culprit); None when they are UTF-8 after all (a few stray bytes)."""
    if _is_utf8(body):
        return None
    declared = html_body_declared_encoding(body)
    return declared if declared and codecs.lookup(declared).name != "utf-8" else "cp1252"


def _is_utf8(body: bytes) -> bool:
    """Valid UTF-8, tolerating a few stray bytes (one bad byte does not make a page cp1252)."""
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        text = body.decode("utf-8", errors="replace")
        return text.count("\ufffd") * 50 < len(text) - len(text.encode("ascii", "ignore"))
    return True


#: Paragraphs a paywall prints with every character shifted up by one, their markup too
#: (`<p class="obfuscated">=tqbo dmbttµ#bsujdmf``mpdbujpo#?Ibncvsh/…</p>` is `<span
#: class="article__location">Hamburg.…`): the scheme of a German publishers' CMS family,
#: whose scripts shift the text back for subscribers.
#: A list is shifted whole in a `<div class="obfuscated">`.


class _ShiftBack(dict[int, str]):
    """The `str.translate` table undoing the shift: each character one code point down,
    the space kept, and the four the scheme moves elsewhere so that no '<', '&' or '"' of
    the markup it hides is printed ('±' '&', '²' '!', '´' ';', 'µ' '=')."""

    def __missing__(self, code: int) -> str:
        return chr(code - 1) if code > 33 else chr(code)


_SHIFT_BACK = _ShiftBack({177: "&", 178: "!", 180: ";", 181: "="})
_VOWELS = frozenset("aeiouAEIOU")


def shifted_back(text: str) -> str | None:
    """`text` shifted back (see `_SHIFT_BACK`), or None when the shift does not make it more
    like words: the vowels' share of its Latin letters must grow, as it does for shifted
    prose ("Hbcj" → "Gabi"), never for a paragraph that merely carries the class.

    >>> shifted_back("Hbcj Fvufnýmmfs voe =tuspoh?Hspànbsluft=0tuspoh?")
    'Gabi Eutemüller und <strong>Großmarktes</strong>'
    >>> shifted_back("Gabi und Eva") is None
    True
    """
    decoded = text.translate(_SHIFT_BACK)
    return decoded if _vowel_share(decoded) > _vowel_share(text) else None


def _vowel_share(text: str) -> float:
    letters = [c for c in text if c.isascii() and c.isalpha()]
    return sum(c in _VOWELS for c in letters) / len(letters) if letters else 0.0


def decode_shifted(p: Element) -> bool:
    """Shift a paywall-shifted paragraph (`<p class="obfuscated">`) back and parse it as the
    HTML it is, in place: the article is its text, and the shifted characters are never
    words. Its elements that are not shifted (a link the script leaves alone) are kept.
    False for a paragraph the shift does not turn into words, to be left out: never printed
    as garbage. A paragraph that merely carries the class and reads as prose stays as it is.
    Called by the body's block walk on the blocks so classed (a page-wide search for the
    class, in the tree or in the bytes, cost 1-2 % of every page's extraction).

    >>> p = lxml.html.fragment_fromstring('<p class="obfuscated">Ejf Sfhjfsvoh ibu '
    ...     '=tuspoh?ofvf Sfhfmo=0tuspoh? <a href="/x">real link</a> cftdimpttfo/</p>')
    >>> decode_shifted(p), p.text, p[0].tag, p[0].text, p[1].text, p[1].tail
    (True, 'Die Regierung hat ', 'strong', 'neue Regeln', 'real link', ' beschlossen.')
    >>> decode_shifted(lxml.html.fragment_fromstring('<p class="obfuscated">Xq9 #% zzk</p>'))
    False
    """
    # The texts are shifted, the child elements not (the script shifts text nodes only).
    texts = [p.text or "", *(child.tail or "" for child in p)]
    shifted = "".join(texts)
    if shifted_back(shifted) is None:
        if _vowel_share(shifted) >= MIN_PROSE_VOWEL_SHARE:
            return True  # prose already: the class alone
        logger.info("shifted paragraph left out, no words when shifted back: %r", shifted[:40])
        return False
    markup = [texts[0].translate(_SHIFT_BACK)]
    for child, tail in zip(p, texts[1:], strict=True):
        markup += [etree.tostring(child, encoding=str, with_tail=False),
                   tail.translate(_SHIFT_BACK)]
    try:
        fresh = lxml.html.fragment_fromstring("".join(markup), create_parent=p.tag)
    except etree.ParserError:
        logger.info("shifted paragraph left out, no HTML when shifted back: %r", shifted[:40])
        return False
    for child in list(p):
        p.remove(child)
    p.text = fresh.text
    p.extend(list(fresh))
    return True


#: Latin-letter prose in any European language has about two fifths vowels; under this share a
#: paragraph is neither prose nor prose the shift recovers.
MIN_PROSE_VOWEL_SHARE = 0.25


def parse_html(body: bytes, encoding: str) -> tuple[lxml.html.HtmlElement, set[str]]:
    """lxml tree of `body` decoded as `encoding` (bytes parse: ~17 % cheaper than str), and
    the kinds of error libxml2 met: ERR_RESOURCE_LIMIT (nesting deeper than 256: the rest of
    the tree is dropped), ERR_INVALID_ENCODING (bytes not in `encoding`)."""
    root, parser = _parse(body, encoding)
    if _misplaced_by_end_tags(root):
        # A stray </body> or </html> mid-page (RELIABILITY.md #21) made libxml2 put what
        # follows outside <body> or into a second root; without the end tags it closes them at
        # the end. Looked for in the tree, not the bytes: a case-insensitive scan of every
        # page cost 0.2 ms (8 % of an extraction), and libxml2 gets most pages right anyway.
        root, parser = _parse(_STRAY_END_TAGS.sub(b"", body), encoding)
    return root, {e.type_name for e in parser.error_log} & _REPORTED_ERRORS


def _parse(body: bytes, encoding: str) -> tuple[lxml.html.HtmlElement, etree.HTMLParser]:
    try:
        parser = _html_parser(encoding)
        return lxml.html.document_fromstring(body or b"<html></html>", parser=parser), parser
    except (etree.ParserError, LookupError, ValueError):
        # libxml2 rejects some codec names and empty documents; decode in Python instead.
        parser = _html_parser(None)
        try:
            text = body.decode(encoding, errors="replace") if body else "<html></html>"
        except LookupError:  # a codec name Python does not know either
            text = body.decode("utf-8", errors="replace")
        text = text.replace("<?xml", "<!--?xml", 1)
        try:
            return lxml.html.document_fromstring(text or "<html></html>", parser=parser), parser
        except etree.ParserError:  # nothing but markup debris ("<!"): an empty page, skipped
            return lxml.html.document_fromstring("<html></html>", parser=parser), parser


def _misplaced_by_end_tags(root: lxml.html.HtmlElement) -> bool:
    """Did content land after <body> or in a second root (what a stray end tag does)?

    >>> import lxml.html
    >>> _misplaced_by_end_tags(lxml.html.fromstring("<html><body><p>a</p></body></html>"))
    False
    >>> _misplaced_by_end_tags(lxml.html.document_fromstring(
    ...     "<html><body><div><p>a</p></body><p>b</p></div></body></html>"))
    True
    """
    if root.getprevious() is not None or root.getnext() is not None:
        return True
    body = root.find("body")
    return body is not None and (body.getnext() is not None or bool((body.tail or "").strip()))


def _html_parser(encoding: str | None) -> etree.HTMLParser:
    """libxml2's HTML parser making `lxml.html` elements (`text_content()` and the rest)
    through a lookup done in C: lxml.html's own parser picks each element's class in a Python
    method (forms, inputs… get subclasses nothing here uses), called for every element the
    extraction touches."""
    # collect_ids=False: no table of id attributes (only XPath id() reads it, and no
    # selector here uses it); building it costs ~4 % of the parse.
    parser = etree.HTMLParser(encoding=encoding, remove_comments=True, collect_ids=False)
    parser.set_element_class_lookup(_HTML_CLASSES)
    return parser


def _load_jsonld(text: str, url: str) -> list[dict[str, Any]]:
    if len(text) > MAX_JSONLD_BYTES:
        logger.warning("JSON-LD block of %d bytes ignored on %s", len(text), url)
        return []
    text = text.strip().removeprefix("<![CDATA[").removesuffix("]]>").strip().rstrip(";")
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError:
        # Raw newlines/tabs inside strings are common in hand-made JSON-LD; try once without.
        try:
            data = orjson.loads(text.replace("\n", " ").replace("\r", " ").replace("\t", " "))
        except orjson.JSONDecodeError:
            try:
                data = orjson.loads(_repaired_jsonld(text))
            except orjson.JSONDecodeError:
                logger.debug("unreadable JSON-LD on %s", url)
                return []
    out: list[dict[str, Any]] = []
    _flatten(data, out, 0)
    return out


#: A `//` comment on a line of its own or after a value's comma (`"@type" : "Organization",
#: //"Person",`); a web address's "//" follows a quote or a colon, never these.
_JSONLD_COMMENT = re.compile(r"(^|,)[ \t]*//[^\n]*$", re.M)
#: A comma before a closing bracket (`"keywords": ["News", "Science", ],`).
_JSONLD_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
#: A line holding one key and its string value, whole: `"description": "… 'Jewels", a …",`.
_JSONLD_STRING_LINE = re.compile(r'^(\s*"[^"\n]+"\s*:\s*")(.*)("\s*,?\s*)$', re.M)
#: A straight double quote not escaped.
_BARE_QUOTE = re.compile(r'(?<!\\)"')
#: Two keys or values on the line (`"@type": "Person", "name": "…"`): JSON's own quotes, not
#: a quotation's, which are left as they are.
_JSON_PUNCTUATION = re.compile(r'"\s*[,:]\s*"')


def _repaired_jsonld(text: str) -> str:
    """Hand-made JSON-LD (a theme's template, not a plugin's encoder) without the slips JSON
    forbids and browsers' readers forgive: `//` comments, a comma before a closing bracket,
    and a straight double quote inside a one-line string value (an editor's quotation in the
    description: `"… features 'Jewels after Jewels", a light installation …"`), which left
    the whole block, the headline with it, unread. Read only where JSON.parse fails.

    >>> block = '{"a": "x", //"y",\\n "b": [1, 2, ],\\n "c": "say "hi" now"\\n}'
    >>> orjson.loads(_repaired_jsonld(block))
    {'a': 'x', 'b': [1, 2], 'c': 'say "hi" now'}
    >>> _repaired_jsonld('{\\n "@type": "Person", "name": "A",\\n}')  # no quotation: kept
    '{  "@type": "Person", "name": "A" }'
    """
    text = _JSONLD_COMMENT.sub(r"\1", text)
    text = _JSONLD_TRAILING_COMMA.sub(r"\1", text)
    text = _JSONLD_STRING_LINE.sub(
        lambda m: m.group() if _JSON_PUNCTUATION.search(m.group(2))
        else m.group(1) + _BARE_QUOTE.sub(r'\\"', m.group(2)) + m.group(3), text)
    return text.replace("\n", " ").replace("\r", " ").replace("\t", " ")


def _flatten(data: Any, out: list[dict[str, Any]], depth: int) -> None:
    if depth > MAX_JSONLD_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            _flatten(item, out, depth + 1)
    elif isinstance(data, dict):
        graph = data.get("@graph")
        if isinstance(graph, list):
            _flatten(graph, out, depth + 1)
        if "@type" in data:
            out.append(data)
            # An Article nested as mainEntity of a WebPage is still an Article.
            for key in ("mainEntity", "mainEntityOfPage", "itemListElement"):
                if isinstance(data.get(key), dict | list):
                    _flatten(data[key], out, depth + 1)


#: A space the joining of a heading's parts puts before punctuation ("München : Warum").
_SPACE_BEFORE_MARK = re.compile(r"\s+(?=[:,.;!?])")


def printed_parts(heading: Element) -> str:
    """A heading's parts joined as printed, without an inline icon's `<svg>` label (the
    Süddeutsche's "SZ Plus" badge is an SVG titled so) and without a space before a
    punctuation mark printed in an element of its own.

    >>> from lxml import html
    >>> printed_parts(html.fromstring('<h2><span><svg><title>SZ Plus</title></svg></span>'
    ...     '<span>Wohnungsnot</span><span>:</span><span>Warum …</span></h2>'))
    'Wohnungsnot: Warum …'
    """
    return _SPACE_BEFORE_MARK.sub("", clean_text(" ".join(_texts_without_svg(heading))) or "")


def _texts_without_svg(el: Element) -> Iterator[str]:
    if el.text and el.tag != "svg":
        yield el.text
    for child in el:
        if child.tag != "svg" and isinstance(child.tag, str):
            yield from _texts_without_svg(child)
        if child.tail:
            yield child.tail


#: A blog's or site's name before the headline in a title ("IIJ Security Diary: ", "Blog - ").
#: WordPress's default theme of 2005-2008 (Kubrick) titles a post "Blog » Blog Archive » Post"
#: over its `<h2>`: that crumb trail is a name before the headline too.
_NAME_BEFORE = re.compile(r"^(?:.{2,60}?(?::| [-–—|｜])|.{2,60}? » Blog Archive ») $")


def _closes_title(title: str, text: str) -> bool:
    """Is `text` the end of `title`, after a name and a colon or a bar (a blog's <title> and
    og:title "IIJ Security Diary: Masscan と ZMap …" over its `<h3>Masscan と ZMap …</h3>`)?

    >>> _closes_title("IIJ Security Diary: Masscan と ZMap", "Masscan と ZMap")
    True
    >>> _closes_title("Rain: a history of it", "history of it")
    False
    >>> _closes_title("Reel Talk » Blog Archive » Burn After Reading", "Burn After Reading")
    True
    """
    return len(text) < len(title) and title.endswith(text) \
        and _NAME_BEFORE.match(title[: -len(text)]) is not None


def _kicker_then(h2: Element, text: str, title: str) -> bool:
    """The <h2> prints a kicker element and then `title` (DER SPIEGEL's `<h2><span>Krieg in
    Syrien</span> <span>EU schickt …</span></h2>` under og:title "EU schickt …").

    >>> from lxml import html
    >>> h2 = html.fromstring("<h2><span>Krieg in Syrien</span> <span>EU schickt …</span></h2>")
    >>> _kicker_then(h2, "Krieg in Syrien EU schickt …", "EU schickt …")
    True
    """
    if len(h2) < 2 or not title or not text.endswith(" " + title):
        return False
    return clean_text(text_content(h2[0])) == text[: -len(title) - 1]
