"""Page: one response parsed once — the lxml tree plus its structured metadata.

Everything later stages read (JSON-LD objects, <meta> values, language, canonical link) is
computed here a single time. The tree is the page's own (not the response's cached selector),
so extraction may drop boilerplate from it without affecting link discovery on the response.
"""

from __future__ import annotations

import codecs
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeAlias
from urllib.parse import urljoin

import lxml.html
import orjson
from lxml import etree
from w3lib.encoding import html_body_declared_encoding

if TYPE_CHECKING:
    from scrapy.http import TextResponse

logger = logging.getLogger(__name__)

#: An lxml element. lxml ships no type hints (and lxml-stubs types every XPath result as a
#: union), so elements are `Any` to mypy; the name says what the value is.
Element: TypeAlias = Any

#: Objects nested deeper than this in JSON-LD are ignored (hostile 10k-deep nesting).
MAX_JSONLD_DEPTH = 12
#: A JSON-LD block larger than this is skipped with a warning (hostile 1 MB strings).
MAX_JSONLD_BYTES = 2_000_000
_XP_ITEMPROP = etree.XPath("//*[@itemprop]")
_STRAY_END_TAGS = re.compile(rb"</(?:body|html)\s*>", re.I)
_REPORTED_ERRORS = frozenset({"ERR_RESOURCE_LIMIT", "ERR_INVALID_ENCODING"})
_SINGLE_BYTE_DECLARED = {"iso8859-1", "iso8859-15", "cp1252", "latin-1", "ascii"}


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
    _dom_dates: dict[str, list[str]] | None = None

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
        page = cls(url=response.url, root=root, truncated="ERR_RESOURCE_LIMIT" in errors)
        page._read_head()
        # Script and style text is never article text; dropping it once here keeps every
        # later text_content() honest (a leaf <td> holding a <script>, say).
        etree.strip_elements(root, "script", "style", "noscript", "template", with_tail=False)
        return page

    def first_meta(self, *names: str) -> str | None:
        """The first non-empty value among `names`, in the order the names are given."""
        for name in names:
            for value in self.meta.get(name, ()):
                if value.strip():
                    return value.strip()
        return None

    def jsonld_of_type(self, *types: str) -> Iterator[dict[str, Any]]:
        """JSON-LD objects whose @type is one of `types` (or contains one, for type lists)."""
        wanted = set(types)
        for obj in self.jsonld:
            t = obj.get("@type")
            names = t if isinstance(t, list) else [t]
            if any(isinstance(n, str) and n in wanted for n in names):
                yield obj

    def _read_head(self) -> None:
        html = self.root
        self.lang = html.get("lang") or html.get("xml:lang")
        for el in html.iter("meta", "link", "script", "title"):
            tag = el.tag
            if tag == "meta":
                self._add_meta(el)
            elif tag == "link":
                rel = (el.get("rel") or "").lower().split()
                if "canonical" in rel and el.get("href") and self.canonical is None:
                    self.canonical = urljoin(self.url, el.get("href", "").strip())
            elif tag == "script":
                if (el.get("type") or "").strip().lower() == "application/ld+json":
                    self.jsonld.extend(_load_jsonld(el.text or "", self.url))
            elif self.title_tag is None:
                self.title_tag = el.text_content()

    def dom_dates(self, kind: str) -> list[str]:
        """Dates marked up in the body, in document order: "published" (<time pubdate>,
        itemprop=datePublished, then the first <time datetime>) or "modified"
        (itemprop=dateModified). Read on first use: most pages' metadata already has them."""
        if self._dom_dates is None:
            self._dom_dates = self._read_dom_dates()
        return self._dom_dates[kind]

    def _read_dom_dates(self) -> dict[str, list[str]]:
        published: list[str] = []
        modified: list[str] = []
        times: list[str] = []
        # `//*[@itemprop]` then a Python test is ~3x cheaper than XPath value comparisons.
        for el in _XP_ITEMPROP(self.root):
            prop, value = el.get("itemprop"), el.get("datetime") or el.get("content")
            if value and prop == "dateModified":
                modified.append(value)
            elif value and prop == "datePublished":
                published.append(value)
        for el in self.root.iter("time"):
            value = el.get("datetime")
            if value and el.get("pubdate") is not None:
                published.insert(0, value)
            elif value:
                times.append(value)
        return {"published": published + times[:1], "modified": modified}

    def _add_meta(self, el: lxml.html.HtmlElement) -> None:
        key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        content = el.get("content")
        if key and content is not None:
            self.meta.setdefault(key.strip().lower(), []).append(content)


def choose_encoding(response: TextResponse) -> str:
    """The response's encoding (BOM, HTTP header, <meta>, detection — Scrapy's order), unless
    the bytes contradict it: a page declared single-byte whose bytes are UTF-8 (re-encoded
    after it was saved), or a page served as UTF-8 whose bytes are not (RELIABILITY.md #26)."""
    encoding: str = response.encoding
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return "utf-8"
    body = response.body
    if body[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"  # a byte-order mark beats any declaration (WHATWG)
    # Non-ASCII bytes that are valid UTF-8 are UTF-8 whatever a single-byte declaration says
    # (header or <meta>): real Latin-1 text is practically never valid UTF-8 by accident.
    if name in _SINGLE_BYTE_DECLARED and not body.isascii() and _is_utf8(body):
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


def parse_html(body: bytes, encoding: str) -> tuple[lxml.html.HtmlElement, set[str]]:
    """lxml tree of `body` decoded as `encoding` (bytes parse: ~17 % cheaper than str), and
    the kinds of error libxml2 met: ERR_RESOURCE_LIMIT (nesting deeper than 256: the rest of
    the tree is dropped), ERR_INVALID_ENCODING (bytes not in `encoding`)."""
    # A stray </body> or </html> mid-page (RELIABILITY.md #21) makes libxml2 put what follows
    # outside <body> or into a second root; dropping the end tags lets it close them at the end.
    body = _STRAY_END_TAGS.sub(b"", body)
    try:
        parser = lxml.html.HTMLParser(encoding=encoding, remove_comments=True)
        root = lxml.html.document_fromstring(body or b"<html></html>", parser=parser)
    except (etree.ParserError, LookupError, ValueError):
        # libxml2 rejects some codec names and empty documents; decode in Python instead.
        parser = lxml.html.HTMLParser(remove_comments=True)
        try:
            text = body.decode(encoding, errors="replace") if body else "<html></html>"
        except LookupError:  # a codec name Python does not know either
            text = body.decode("utf-8", errors="replace")
        text = text.replace("<?xml", "<!--?xml", 1)
        root = lxml.html.document_fromstring(text or "<html></html>", parser=parser)
    return root, {e.type_name for e in parser.error_log} & _REPORTED_ERRORS


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
            logger.debug("unreadable JSON-LD on %s", url)
            return []
    out: list[dict[str, Any]] = []
    _flatten(data, out, 0)
    return out


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
