"""Article text from a client-rendered page's hydration data.

Some newsrooms (React/Next.js front ends) send a page whose DOM holds only the frame: the
story is in a script, as the HTML string a JSON state object carries under a key such as
`contentHtml`, for the browser to render. When the printed DOM and JSON-LD give no body, that
string is the article: it is found in the raw bytes (scripts are not kept in the parsed tree),
decoded as JSON, and read as an HTML fragment, block by block.

A Next.js page carries its state as one JSON object in `<script id="__NEXT_DATA__">`; a
headless CMS behind it (WPGraphQL, Contentful, Sanity) names the article HTML as it likes
(`"content"`, `"body"`), too common a key to hunt in raw bytes. That object is read whole
instead, and its longest HTML string (or run of HTML blocks) with paragraphs is the article.

A Vue or React front end may carry the story as a serialized DOM tree instead (htmlparser2's
node objects, `{"type": "p", "children": [{"type": "text", "data": "…"}]}`, in an Apollo
cache): the state object holding it is read whole, and its first list of such nodes with
paragraphs is the article's (the page's own content comes before the related stories the
state also holds).

Such pages may also carry their dates only there ("deployDt": "2026.01.29 18:40", a Chinese
CMS's "pubtime": "2019-09-07 19:02:26"): a date key
with one value in the page's scripts is the article's own; one with several belongs to lists
of other stories (related, most read), and is not read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import lxml.html
from lxml import etree

from newsscraper.extract.generic import is_boilerplate_text
from newsscraper.page import text_content
from newsscraper.processors import clean_text

if TYPE_CHECKING:
    from newsscraper.page import Page

#: A JSON string value of at least 200 characters under a key that names the article's HTML.
_CONTENT_HTML = re.compile(
    rb'"(?:contentHtml|contentHTML|content_html|bodyHtml|bodyHTML|body_html|articleHtml|'
    rb'articleHTML|article_html|htmlContent|html_content)"\s*:\s*"((?:[^"\\]|\\.){200,}?)"')
#: The Next.js state script, and where its JSON ends.
_NEXT_DATA = b'id="__NEXT_DATA__"'
_SCRIPT_END = b"</script>"
#: An HTML string worth parsing: it holds a paragraph.
_HAS_PARAGRAPH = re.compile(r"<p[\s>]")
#: Date keys of article state objects, by preference, as JSON (or escaped JSON inside a
#: script string).
_DATE_KEYS = {
    # Arc XP's "publish_date" is the last (re)publication; "first_publish_date" the first.
    "published_at": ("datePublished", "publishedAt", "published_at", "publishDate",
                     "publishedDate", "first_publish_date", "publish_date", "firstPublishedAt",
                     "firstPublishDate", "deployDt", "deployedAt",
                     # Chinese CMSs' article objects (Tencent's `"pubtime": "2019-09-07
                     # 19:02:26"` in its window.DATA, others' `"publishTime"`).
                     "publishTime", "publish_time", "pubtime", "pubTime", "pub_time"),
    "modified_at": ("dateModified", "modifiedAt", "modified_at", "updatedAt", "updated_at",
                    "updateDate", "updatedDate", "lastModified", "reDeployDt", "redeployDt",
                    # Arc XP's ANS story (Fusion.globalContent): its last update.
                    "last_updated_date"),
}
#: Each key's values: a day first ("2024-11-18…", "18-11-2024", "2026.01.29 18:40",
#: "20241118T…", an epoch), never a clock alone (Metro's `"pubTime":"21:26:36"` beside its
#: `"pubDate"`: read against the fetch's day, it dated the story eleven days late). One
#: pattern for every key, read in one pass (most pages come here: modified_at is often stated
#: nowhere else): it opens with the quote before the key (`"updatedAt"`, not
#: `"lastUpdatedAt"`), a literal the regex engine looks for fast, then a first and a second
#: letter some key opens with, so that most of the page's quotes are passed at once; it takes
#: only the quote and the key, the value read ahead, so that every occurrence of every key is
#: found as a pattern per key finds it. The pass costs about what three scans of the page for
#: a word do: a dev page that prints "Published" and states no date key made 23 such scans
#: (key by key, behind five for parts of keys), 1.6 ms.
_DATE_VALUE = re.compile(
    rb'"(?=[' + bytes(sorted({ord(k[0]) for ks in _DATE_KEYS.values() for k in ks}))
    + rb'][' + bytes(sorted({ord(k[1]) for ks in _DATE_KEYS.values() for k in ks})) + rb'])('
    + b"|".join(key.encode() for keys in _DATE_KEYS.values() for key in keys)
    + rb')(?=\\?"\s*:\s*\\?"((?:[0-9]{1,4}[-./]|[0-9]{8})[0-9 .:/T+\-Z]{2,32})\\?")')
#: Printed blocks of the fragment, innermost (an <li> or <blockquote> wrapping <p>s gives
#: the <p>s), and not a picture's caption.
_BLOCKS = etree.XPath(
    "//*[self::p or self::h2 or self::h3 or self::h4 or "
    "((self::li or self::blockquote) and not(.//p))]"
    "[not(ancestor-or-self::*[self::figure or self::figcaption or "
    "contains(@class, 'caption') or contains(@class, 'img-box')])]")


def hydration_body(page: Page) -> list[str]:
    """Paragraphs of the longest article-HTML string in the page's scripts, or [].

    >>> from newsscraper.page import Page
    >>> import lxml.html
    >>> html = ('{"contentHtml":"<div class=\\\\"caption\\\\"><p>Photo: Yonhap</p></div>'
    ...         + '<p>' + 'Word ' * 50 + '<\\\\/p><p>Second.</p>"}')
    >>> page = Page(url="u", root=lxml.html.fromstring("<p>x</p>"), raw=html.encode())
    >>> [p[:10] for p in hydration_body(page)]
    ['Word Word ', 'Second.']
    """
    best: list[str] = []
    for match in _CONTENT_HTML.finditer(page.raw):
        try:
            fragment = json.loads('"' + match.group(1).decode(page.encoding, "replace") + '"')
        except ValueError:  # not a JSON string after all (a JavaScript literal, say)
            continue
        paragraphs = _paragraphs(fragment)
        if sum(map(len, paragraphs)) > sum(map(len, best)):
            best = paragraphs
    return best


#: Arc XP's Fusion front end: the story (ANS) the page renders, as a script's JSON object.
_FUSION_CONTENT = b"Fusion.globalContent="
#: ANS content elements read as paragraphs; the others (image, video, raw_html, the
#: newsletter promo "interstitial_link", related links) are no text of the story.
_ANS_TEXT = frozenset({"text", "header"})


def fusion_body(page: Page) -> list[str]:
    """Paragraphs of the ANS story in an Arc XP page's `Fusion.globalContent`, or [].

    A Fusion page may print only its frame and headline, the copy rendered by script from
    that object: its `content_elements` of type "text" and "header" are the story, in order
    (their `content` is an HTML fragment).

    >>> from newsscraper.page import Page
    >>> import lxml.html
    >>> raw = (b'<script>window.Fusion={};Fusion.globalContent={"type":"story",'
    ...        b'"content_elements":[{"type":"text","content":"LIMA, Dec 17 (Reuters) - <b>One'
    ...        b'</b>."},{"type":"interstitial_link","content":"Sign up here."},{"type":"image",'
    ...        b'"caption":"A photo."},{"type":"text","content":"Two &amp; three."}]};'
    ...        b'Fusion.globalContentConfig={};</script>')
    >>> fusion_body(Page(url="u", root=lxml.html.fromstring("<p>x</p>"), raw=raw))
    ['LIMA, Dec 17 (Reuters) - One.', 'Two & three.']
    """
    at = page.raw.find(_FUSION_CONTENT)
    if at < 0:
        return []
    text = page.raw[at + len(_FUSION_CONTENT):page.raw.find(_SCRIPT_END, at)]
    try:
        story, _ = json.JSONDecoder().raw_decode(text.decode(page.encoding, "replace"))
    except ValueError:
        return []
    elements = story.get("content_elements") if isinstance(story, dict) else None
    if not isinstance(elements, list):
        return []
    out = []
    for element in elements:
        if not isinstance(element, dict) or element.get("type") not in _ANS_TEXT:
            continue
        content = element.get("content")
        if not isinstance(content, str) or not content.strip():
            continue
        try:
            fragment = lxml.html.fragment_fromstring(content, create_parent="div")
        except (etree.ParserError, ValueError):
            continue
        if (paragraph := clean_text(text_content(fragment))) and not is_boilerplate_text(
                paragraph, 0.0, frozenset()):
            out.append(paragraph)
    return out


def fusion_page(page: Page) -> bool:
    """Whether the page is rendered by Arc XP's Fusion: its body opens with the element the
    engine hydrates, `<div id="fusion-app">` (a look at three elements, where searching the
    raw page for the state script, set at the body's end, costs a scan of all its bytes).

    >>> from newsscraper.page import Page
    >>> import lxml.html
    >>> fusion_page(Page(url="u", root=lxml.html.fromstring(
    ...     '<html><body><noscript></noscript><div id="fusion-app"><p>x</p></div></body>'
    ...     '</html>'), raw=b""))
    True
    """
    body = page.root.find("body")
    return body is not None and any(el.get("id") == "fusion-app" for el in body[:3])


def fusion_story_unprinted(page: Page, printed: list[str]) -> list[str]:
    """The ANS story of an Arc XP page (`fusion_body`) when the printed body is not it: the
    story is longer and shares no paragraph with it (the frame's rails, read as a body);
    else [].

    Looked for on a Fusion page only (`fusion_page`), where decoding the state costs ~1 ms.

    >>> from newsscraper.page import Page
    >>> import lxml.html
    >>> raw = (b'<script>Fusion.globalContent={"content_elements":[{"type":"text","content":'
    ...        b'"The minister said the talks would resume on Monday."},{"type":"text",'
    ...        b'"content":"Two more."}]};</script>')
    >>> root = lxml.html.fromstring('<html><body><div id="fusion-app"></div></body></html>')
    >>> page = Page(url="u", root=root, raw=raw)
    >>> fusion_story_unprinted(page, ["Markets fell on Tuesday."])
    ['The minister said the talks would resume on Monday.', 'Two more.']
    >>> fusion_story_unprinted(page, ["The minister said the talks would resume on Monday."])
    []
    """
    if not printed or not fusion_page(page):
        return []
    story = fusion_body(page)
    if set(story) & set(printed) or sum(map(len, story)) <= sum(map(len, printed)):
        return []
    return story


#: A picture story's captions in its script state, one a picture, in order: Toutiao's
#: galleries carry `gallery: JSON.parse("{…\\"sub_abstracts\\":[\\"…\\", …]}")` and print none
#: of them (a script shows each under its picture). Found in the raw bytes first.
_GALLERY_CAPTIONS = b"sub_abstracts"
_JSON_PARSE = b'JSON.parse("'
#: Captions enough for a gallery's to be its text, as for a printed gallery (body.py).
MIN_GALLERY_CAPTIONS = 3


def gallery_captions_body(page: Page) -> list[str]:
    r"""The captions of a picture story its scripts hold as a JSON string (`JSON.parse("…")`)
    under "sub_abstracts", each once, in order, when three or more: the story's text, told
    picture by picture; else [].

    >>> from newsscraper.page import Page
    >>> import lxml.html
    >>> raw = (b'<script>BASE_DATA.galleryInfo = {gallery: JSON.parse("{\\"count\\":3,'
    ...        b'\\"sub_abstracts\\":[\\"\\\\u8499 One.\\",\\"Two.\\",\\"Two.\\",\\"Three.\\"]}")}')
    >>> gallery_captions_body(Page(url="u", root=lxml.html.fromstring("<p>x</p>"), raw=raw))
    ['蒙 One.', 'Two.', 'Three.']
    """
    at = page.raw.find(_GALLERY_CAPTIONS)
    if at < 0:
        return []
    start = page.raw.rfind(_JSON_PARSE, 0, at)
    end = page.raw.find(b'")', at)
    if start < 0 or end < 0:
        return []
    try:
        state = json.loads(json.loads(
            '"' + page.raw[start + len(_JSON_PARSE):end].decode(page.encoding, "replace") + '"'))
    except ValueError:
        return []
    captions = state.get("sub_abstracts") if isinstance(state, dict) else None
    if not isinstance(captions, list):
        return []
    texts = list(dict.fromkeys(
        text for caption in captions if isinstance(caption, str) and (text := clean_text(caption))))
    return texts if len(texts) >= MIN_GALLERY_CAPTIONS else []


def next_data_body(page: Page) -> list[str]:
    """Paragraphs of the article HTML in a Next.js page's `__NEXT_DATA__` state, or [].

    The state holds other HTML too (teasers' excerpts, captions): the string, or list of
    block strings, with the most paragraph text wins. Link and credit blocks the story HTML
    carries ("Also Read: …") are dropped as in the printed body.

    >>> from newsscraper.page import Page
    >>> import lxml.html
    >>> raw = ('<script id="__NEXT_DATA__" type="application/json">{"props":{"post":{'
    ...        '"excerpt":"<p>Short.</p>","content":"<p>' + 'Word ' * 30 + '</p>'
    ...        '<p>Also Read: <a>Other</a></p><p>Second.</p>"}}}</script>').encode()
    >>> page = Page(url="u", root=lxml.html.fromstring("<p>x</p>"), raw=raw)
    >>> [p[:10] for p in next_data_body(page)]
    ['Word Word ', 'Second.']
    """
    state = _next_data(page)
    return [] if state is None else _richest_html(state)


def _next_data(page: Page) -> object | None:
    """The pages router's state object, `__NEXT_DATA__`, or None."""
    start = page.raw.find(_NEXT_DATA)
    if start < 0:
        return None
    start = page.raw.find(b">", start) + 1
    end = page.raw.find(_SCRIPT_END, start)
    try:
        state: object = json.loads(page.raw[start:end].decode(page.encoding, "replace"))
    except ValueError:
        return None
    return state


#: The Next.js app router's React Server Components payload, streamed as string pieces:
#: `self.__next_f.push([1,"…"])`, each a JSON array (Next escapes `<` as `\u003c` in it).
_FLIGHT_PUSH = b"self.__next_f.push([1,"
_FLIGHT_PIECE = re.compile(rb'self\.__next_f\.push\((\[1,\s*"(?:[^"\\]|\\.)*"\])\)')
#: A payload row: a hex id, a colon, then JSON (or a letter's tag: `I[…]` a module, `HL[…]`
#: a preload, `T…,` a text row, which are no state).
_FLIGHT_ROW = re.compile(r"^[0-9a-f]+:(?=[\[{\"])", re.MULTILINE)


def flight_body(page: Page) -> list[str]:
    """Paragraphs of the article HTML in a Next.js app-router page's flight data, or [].

    The app router sends no `__NEXT_DATA__`: the page's server-rendered element tree and the
    props of its client components travel as rows of the RSC payload, pushed in pieces. A
    story its client component renders alone (`dynamic(…, {ssr: false})`: the DOM shows a
    skeleton) is there only, as the props' HTML (one string or a list of blocks), read as
    `next_data_body` reads the pages router's state.

    >>> from newsscraper.page import Page
    >>> import lxml.html
    >>> row = json.dumps(["$", "$L3", None, {"article": {"summary": "<p>Short.</p>",
    ...     "body": "<p>" + "Word " * 30 + "</p><p>Second.</p>"}}])
    >>> payload = '2:I[5613,[],""]\\n' + "4:" + row + "\\n"
    >>> def push(piece): return json.dumps([1, piece], separators=(",", ":")).replace(
    ...     "<", "\\\\u003c")
    >>> raw = ("<script>self.__next_f.push(" + push(payload[:50]) + ")</script><script>"
    ...        "self.__next_f.push(" + push(payload[50:]) + ")</script>").encode()
    >>> page = Page(url="u", root=lxml.html.fromstring("<p>x</p>"), raw=raw)
    >>> [p[:10] for p in flight_body(page)]
    ['Word Word ', 'Second.']
    """
    return _richest_html(_flight_rows(page))


def _flight_rows(page: Page) -> list[object]:
    """The JSON rows of an app-router page's RSC payload, in order ([] on another page)."""
    if _FLIGHT_PUSH not in page.raw:
        return []
    pieces = []
    for match in _FLIGHT_PIECE.finditer(page.raw):
        try:
            piece = json.loads(match.group(1).decode(page.encoding, "replace"))
        except ValueError:
            continue
        if isinstance(piece, list) and len(piece) == 2 and isinstance(piece[1], str):
            pieces.append(piece[1])
    payload = "".join(pieces)
    rows = []
    decoder = json.JSONDecoder()
    for row in _FLIGHT_ROW.finditer(payload):
        try:
            rows.append(decoder.raw_decode(payload, row.end())[0])
        except ValueError:
            continue
    return rows


#: Sanity's Portable Text in a Next.js state: `"_type":"block"`, as JSON or escaped in the
#: flight data's strings.
_PORTABLE_BLOCK = re.compile(rb'_type\\?"\s*:\s*\\?"block\\?"')


def portable_text_body(page: Page) -> list[str]:
    """Paragraphs of the story a Next.js page's state holds as Sanity's Portable Text, or [].

    A headless CMS may store the copy as blocks of text spans, no HTML at all
    (`{"_type": "block", "style": "normal", "markDefs": [links], "children": [{"_type":
    "span", "text": "…", "marks": [...]}]}`): each list of such blocks is a text, one
    paragraph a block (pictures and embeds are other `_type`s), and the longest is the
    story's (a teaser's excerpt is short). "Also Read" links and promos are dropped as in a
    printed body.

    >>> from newsscraper.page import Page
    >>> import lxml.html
    >>> def block(*spans, links=()):
    ...     return {"_type": "block", "style": "normal", "markDefs": [
    ...         {"_key": k, "_type": "link", "href": "/x"} for k in links], "children": [
    ...         {"_type": "span", "text": t, "marks": list(m)} for t, *m in spans]}
    >>> body = [block(("LIMA, Dec 17 (Reuters) - One ",), ("two", "strong"), (".",)),
    ...         {"_type": "image", "caption": "A photo."},
    ...         block(("Also Read: ", "strong"), ("Rain lashes Delhi", "l1"), links=["l1"]),
    ...         block(("Three & four.",))]
    >>> state = {"props": {"post": {"excerpt": [block(("Short.",))], "body": body}}}
    >>> raw = ('<script id="__NEXT_DATA__" type="application/json">'
    ...        + json.dumps(state, separators=(",", ":")) + "</script>").encode()
    >>> portable_text_body(Page(url="u", root=lxml.html.fromstring("<p>x</p>"), raw=raw))
    ['LIMA, Dec 17 (Reuters) - One two.', 'Three & four.']
    """
    if b"_type" not in page.raw or not _PORTABLE_BLOCK.search(page.raw):
        return []
    state = page.memo("next_state", _next_state)
    best: list[str] = []
    for blocks in _portable_lists(state):
        paragraphs = []
        for block in blocks:
            links = {d.get("_key") for d in block.get("markDefs") or ()
                     if isinstance(d, dict) and d.get("_type") == "link"}
            spans = [c for c in block.get("children") or () if isinstance(c, dict)
                     and isinstance(c.get("text"), str)]
            text = clean_text("".join(str(c["text"]) for c in spans))
            if not text:
                continue
            linked = sum(len(str(c["text"])) for c in spans
                         if not links.isdisjoint(c.get("marks") or ()))
            if not is_boilerplate_text(text, min(linked, len(text)) / len(text), frozenset()):
                paragraphs.append(text)
        if sum(map(len, paragraphs)) > sum(map(len, best)):
            best = paragraphs
    return best


def _portable_lists(node: object) -> Iterator[list[dict[str, Any]]]:
    """The lists of Portable Text blocks in a JSON state (their text blocks), depth first."""
    if isinstance(node, dict):
        for value in node.values():
            yield from _portable_lists(value)
    elif isinstance(node, list):
        blocks = [item for item in node if isinstance(item, dict)
                  and item.get("_type") == "block" and isinstance(item.get("children"), list)]
        if blocks:
            yield blocks
            return
        for item in node:
            yield from _portable_lists(item)


#: Text blocks of a headless CMS's rich-text JSON: Contentful's `nodeType`s and Prismic's
#: `type`s (lists and quotes hold such blocks, walked into).
_RICH_TEXT_BLOCKS = frozenset({
    "paragraph", "heading-2", "heading-3", "heading-4", "heading-5", "heading-6",
    "heading2", "heading3", "heading4", "heading5", "heading6", "list-item", "o-list-item"})
_RICH_TEXT_LINKS = frozenset({"hyperlink", "entry-hyperlink", "asset-hyperlink"})


def rich_text_body(page: Page) -> list[str]:
    """Paragraphs of the story a Next.js page's state holds as a headless CMS's rich-text
    JSON, or []: Contentful's document (`{"nodeType": "paragraph", "content": [{"nodeType":
    "text", "value": "…"}, {"nodeType": "hyperlink", …}]}`) or Prismic's blocks (`{"type":
    "paragraph", "text": "…", "spans": [{"type": "hyperlink", "start": 0, "end": 9}]}`).
    Each list of such blocks is a text, a block a paragraph (embedded entries and pictures
    are none), the longest the story's; "Also Read" links and promos dropped as in a
    printed body.

    >>> from newsscraper.page import Page
    >>> import lxml.html
    >>> def text(value): return {"nodeType": "text", "value": value, "marks": []}
    >>> def para(*content): return {"nodeType": "paragraph", "content": list(content)}
    >>> link = {"nodeType": "hyperlink", "data": {"uri": "/x"}, "content": [text("Fog")]}
    >>> doc = {"nodeType": "document", "content": [
    ...     para(text("LIMA, Dec 17 (Reuters) - One "), text("two.")),
    ...     {"nodeType": "embedded-asset-block", "data": {}, "content": []},
    ...     para(text("Also Read: "), link), para(text("Three."))]}
    >>> prismic = [{"type": "paragraph", "text": "Short teaser.", "spans": []}]
    >>> state = {"props": {"story": {"body": {"json": doc}}, "teaser": prismic}}
    >>> raw = ('<script id="__NEXT_DATA__" type="application/json">' + json.dumps(state)
    ...        + "</script>").encode()
    >>> rich_text_body(Page(url="u", root=lxml.html.fromstring("<p>x</p>"), raw=raw))
    ['LIMA, Dec 17 (Reuters) - One two.', 'Three.']
    """
    if b"paragraph" not in page.raw:
        return []
    state = page.memo("next_state", _next_state)
    best: list[str] = []
    for nodes in _rich_text_lists(state):
        paragraphs = []
        for raw, linked in _rich_text_paragraphs(nodes):
            text = clean_text(raw)
            if text and not is_boilerplate_text(text, min(linked, len(text)) / len(text),
                                                frozenset()):
                paragraphs.append(text)
        if sum(map(len, paragraphs)) > sum(map(len, best)):
            best = paragraphs
    return best


def _rich_block(node: object) -> bool:
    return isinstance(node, dict) and (
        (node.get("nodeType") in _RICH_TEXT_BLOCKS and isinstance(node.get("content"), list))
        or (node.get("type") in _RICH_TEXT_BLOCKS and isinstance(node.get("text"), str)))


def _rich_text_lists(node: object) -> Iterator[list[dict[str, Any]]]:
    """The lists of rich-text blocks in a JSON state, depth first."""
    if isinstance(node, dict):
        for value in node.values():
            yield from _rich_text_lists(value)
    elif isinstance(node, list):
        if any(_rich_block(item) for item in node):
            yield [item for item in node if isinstance(item, dict)]
            return
        for item in node:
            yield from _rich_text_lists(item)


def _rich_text_paragraphs(nodes: list[dict[str, Any]]) -> Iterator[tuple[str, int]]:
    """(text, characters of link text) of each text block in a list of rich-text nodes."""
    for node in nodes:
        if isinstance(text := node.get("text"), str) and node.get("type") in _RICH_TEXT_BLOCKS:
            spans = node.get("spans")
            yield text, sum(int(s.get("end", 0)) - int(s.get("start", 0))
                            for s in spans if isinstance(s, dict)
                            and s.get("type") in _RICH_TEXT_LINKS) if isinstance(spans, list) else 0
        elif node.get("nodeType") in _RICH_TEXT_BLOCKS - {"list-item"}:
            yield _rich_value(node), len(_rich_value(node, links_only=True))
        elif isinstance(content := node.get("content"), list) \
                and not str(node.get("nodeType", "")).startswith("embedded"):
            yield from _rich_text_paragraphs([c for c in content if isinstance(c, dict)])


def _rich_value(node: dict[str, Any], links_only: bool = False) -> str:
    """The text of a Contentful node (of the links in it, `links_only`)."""
    if node.get("nodeType") == "text":
        value = node.get("value")
        return value if isinstance(value, str) and not links_only else ""
    if links_only and node.get("nodeType") in _RICH_TEXT_LINKS:
        return _rich_value(node)
    content = node.get("content")
    return "".join(_rich_value(c, links_only) for c in content if isinstance(c, dict)) \
        if isinstance(content, list) else ""


#: Keys naming a story object's headline in a Next.js page's state.
_TITLE_KEYS = ("headline", "title", "heading", "name")
#: A date value of a state object ("2024-12-17T13:03:00+05:30", "20241217", an epoch's
#: digits are no date here).
_STATE_DATE = re.compile(r"(?:[0-9]{1,4}[-./]|[0-9]{8})[0-9 .:/T+\-Z]{2,32}")
#: `next_state_date`'s answer where every dated object of the state is another story.
OTHER_STORIES = ""


def next_state_date(page: Page, field: str, title: str) -> str | None:
    """The `field` date ("published_at", "modified_at") of the story itself in a Next.js
    page's state (`__NEXT_DATA__`, or the app router's flight data): the object whose headline
    is the page's `title`. `OTHER_STORIES` where the state's dated objects are all other
    stories (each titled, none so): the related and trending teasers the page renders, whose
    dates a scan for a key with one value takes for the page's own where only one such teaser
    is there. None where the state tells neither (no Next.js state; untitled objects).

    >>> from newsscraper.page import Page
    >>> import lxml.html
    >>> def date(state, field="published_at"):
    ...     raw = ('<script id="__NEXT_DATA__" type="application/json">' + json.dumps(state)
    ...            + "</script>").encode()
    ...     page = Page(url="u", root=lxml.html.fromstring("<p>x</p>"), raw=raw)
    ...     return next_state_date(page, field, "Rain lashes Delhi")
    >>> teaser = {"title": "Fog delays flights", "publishedAt": "2024-12-01T10:00:00+05:30"}
    >>> date({"props": {"article": {"headline": "Rain lashes Delhi", "publishedAt":
    ...       "2024-12-17T13:03:00+05:30"}, "related": [teaser]}})
    '2024-12-17T13:03:00+05:30'
    >>> date({"props": {"related": [teaser]}}) == OTHER_STORIES
    True
    >>> print(date({"props": {"related": [{"publishedAt": "2024-12-01"}]}}))
    None
    """
    state = page.memo("next_state", _next_state)
    if state is None:
        return None
    wanted = " ".join(title.split()).casefold()
    keys = _DATE_KEYS[field]
    own: str | None = None
    others = 0
    for obj in _dated_objects(state, frozenset(keys)):
        titles = [" ".join(v.split()).casefold() for k in _TITLE_KEYS
                  if isinstance(v := obj.get(k), str)]
        if not titles:
            return None  # an untitled dated object: whose it is, the state does not say
        if wanted in titles:
            own = own or next((v for k in keys if isinstance(v := obj.get(k), str)
                               and _STATE_DATE.fullmatch(v)), None)
        else:
            others += 1
    return own if own is not None else (OTHER_STORIES if others else None)


#: Keys naming a story object's writers in a Next.js page's state.
_AUTHOR_KEYS = ("authors", "author", "byline", "writers")


def next_state_authors(page: Page, title: str) -> list[str]:
    """The writers of the story itself in a Next.js page's state: the `"authors"` (names, or
    objects with a `"name"`) of the object whose headline is the page's `title`; else [].

    A page its client renders whole prints no byline, and its head may name nobody.

    >>> from newsscraper.page import Page
    >>> import lxml.html
    >>> state = {"props": {"pageProps": {"article": {"headline": "Rain lashes Delhi",
    ...          "authors": [{"name": "Zeba Siddiqui", "slug": "zeba-siddiqui"}]},
    ...          "related": [{"title": "Fog delays flights", "author": "Kunal Purohit"}]}}}
    >>> raw = ('<script id="__NEXT_DATA__" type="application/json">' + json.dumps(state)
    ...        + "</script>").encode()
    >>> page = Page(url="u", root=lxml.html.fromstring("<p>x</p>"), raw=raw)
    >>> next_state_authors(page, "Rain lashes Delhi"), next_state_authors(page, "Other")
    (['Zeba Siddiqui'], [])
    """
    state = page.memo("next_state", _next_state)
    if state is None or not title:
        return []
    wanted = " ".join(title.split()).casefold()
    for obj in _dated_objects(state, frozenset(_TITLE_KEYS)):
        if wanted not in (" ".join(v.split()).casefold() for k in _TITLE_KEYS
                          if isinstance(v := obj.get(k), str)):
            continue
        for key in _AUTHOR_KEYS:
            value = obj.get(key)
            people = value if isinstance(value, list) else [value]
            names = [name.strip() for p in people
                     if isinstance(name := p.get("name") if isinstance(p, dict) else p, str)
                     and name.strip()]
            if names:
                return names
    return []


def _next_state(page: Page) -> object | None:
    """A Next.js page's state: `__NEXT_DATA__`, or the app router's flight rows."""
    state = _next_data(page)
    if state is not None:
        return state
    return _flight_rows(page) or None


def _dated_objects(node: object, keys: frozenset[str]) -> Iterator[dict[str, object]]:
    """The objects of a JSON state holding one of `keys`, depth first."""
    if isinstance(node, dict):
        if not keys.isdisjoint(node):
            yield node
        for value in node.values():
            yield from _dated_objects(value, keys)
    elif isinstance(node, list):
        for item in node:
            yield from _dated_objects(item, keys)


def _richest_html(state: object) -> list[str]:
    """The paragraphs of the HTML string, or run of HTML blocks, in a JSON state with the
    most paragraph text (link and credit blocks dropped as in a printed body)."""
    best: list[str] = []
    for html in _html_candidates(state):
        paragraphs = [text for text in _paragraphs(html)
                      if not is_boilerplate_text(text, 0.0, frozenset())]
        if sum(map(len, paragraphs)) > sum(map(len, best)):
            best = paragraphs
    return best


#: A text node of a serialized DOM tree, the first child of its element, as the state's JSON
#: prints it: the page's bytes are searched for it before any script is parsed.
_DOM_TEXT_NODE = b'"children":[{"type":"text","data":"'
#: Elements of such a tree read as one paragraph each; other elements are walked into.
_DOM_PARAGRAPHS = frozenset({"p", "h2", "h3", "h4"})
_DOM_ITEMS = frozenset({"li", "blockquote"})  # paragraphs too, when they hold no <p>
_DOM_ASIDES = frozenset({"figure", "figcaption", "script", "style"})
#: A list of nodes is the article's with at least this many paragraphs (the summary under
#: the headline, listed first, has one).
MIN_DOM_PARAGRAPHS = 3


def dom_state_body(page: Page) -> list[str]:
    """Paragraphs of the article a page's state carries as a serialized DOM tree, or [].

    >>> from newsscraper.page import Page
    >>> import lxml.html
    >>> def node(tag, *children): return {"type": tag, "children": list(children)}
    >>> def text(data): return {"type": "text", "data": data}
    >>> link = {"type": "a", "attribs": {"href": "/x"}, "children": [text("Other story")]}
    >>> state = {"summary": {"json": [node("p", text("Summary."))]},
    ...          "body": {"json": [node("p", text("One.")), {"type": "ad"}, node("h3", link),
    ...                            node("p", text("Two, as the minister said in "), link),
    ...                            node("ul", node("li", text("Three.")))]}}
    >>> raw = ("<script>window.__APOLLO_STATE__=" + json.dumps(state, separators=(",", ":"))
    ...        + ";</script>").encode()
    >>> dom_state_body(Page(url="u", root=lxml.html.fromstring("<p>x</p>"), raw=raw))
    ['One.', 'Two, as the minister said in Other story', 'Three.']
    """
    at = page.raw.find(_DOM_TEXT_NODE)
    if at < 0:
        return []
    start = page.raw.rfind(b"<script", 0, at)
    end = page.raw.find(_SCRIPT_END, at)
    if start < 0 or end < 0:
        return []
    script = page.raw[page.raw.find(b">", start) + 1:end].decode(page.encoding, "replace")
    brace = script.find("{")
    try:
        state, _ = json.JSONDecoder().raw_decode(script, max(brace, 0))
    except ValueError:
        return []  # no JSON object literal (`JSON.parse("…")`, a function call)
    for nodes in _dom_lists(state):
        paragraphs = [text for text, links in _dom_paragraphs(nodes)
                      if not is_boilerplate_text(text, links / len(text), frozenset())]
        if len(paragraphs) >= MIN_DOM_PARAGRAPHS:
            return paragraphs
    return []


def _dom_lists(node: object) -> Iterator[list[dict[str, object]]]:
    """The lists of DOM element objects in a JSON state, in its order (depth first)."""
    if isinstance(node, dict):
        for value in node.values():
            yield from _dom_lists(value)
    elif isinstance(node, list):
        if any(isinstance(item, dict) and item.get("type") in _DOM_PARAGRAPHS
               and isinstance(item.get("children"), list) for item in node):
            yield [item for item in node if isinstance(item, dict)]
            return  # its own paragraphs are read by `_dom_paragraphs`
        for item in node:
            yield from _dom_lists(item)


def _dom_paragraphs(nodes: list[dict[str, object]]) -> Iterator[tuple[str, int]]:
    """(text, characters of link text) of each paragraph in a list of DOM nodes, in order."""
    for node in nodes:
        tag, children = node.get("type"), node.get("children")
        if not isinstance(children, list) or tag in _DOM_ASIDES:
            continue
        if tag in _DOM_PARAGRAPHS or (tag in _DOM_ITEMS and not _dom_holds(node, "p")):
            text = clean_text(_dom_text(node))
            if text:
                yield text, min(len(clean_text(_dom_text(node, links_only=True)) or ""),
                                len(text))
        else:
            yield from _dom_paragraphs([c for c in children if isinstance(c, dict)])


def _dom_text(node: dict[str, object], links_only: bool = False) -> str:
    """The text of a DOM node (of the links in it, `links_only`), without the asides."""
    if node.get("type") == "text":
        data = node.get("data")
        return data if isinstance(data, str) and not links_only else ""
    children = node.get("children")
    if not isinstance(children, list) or node.get("type") in _DOM_ASIDES:
        return ""
    if links_only and node.get("type") == "a":
        return _dom_text(node)
    return "".join(_dom_text(c, links_only) for c in children if isinstance(c, dict))


def _dom_holds(node: dict[str, object], tag: str) -> bool:
    children = node.get("children")
    return isinstance(children, list) and any(
        isinstance(c, dict) and (c.get("type") == tag or _dom_holds(c, tag)) for c in children)


def _html_candidates(node: object) -> Iterator[str]:
    """HTML strings with a paragraph in a JSON state, and each list of blocks (objects that
    hold such a string, as block editors store a story) joined in order."""
    if isinstance(node, str):
        if _HAS_PARAGRAPH.search(node):
            yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _html_candidates(value)
    elif isinstance(node, list):
        blocks = [html for item in node if isinstance(item, dict) for html in item.values()
                  if isinstance(html, str) and _HAS_PARAGRAPH.search(html)]
        if len(blocks) > 1:
            yield "".join(blocks)
        for item in node:
            yield from _html_candidates(item)


def _paragraphs(fragment: str) -> list[str]:
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return []
    texts = (clean_text(text_content(el)) for el in _BLOCKS(root))
    return [text for text in texts if text]


def state_date(page: Page, field: str) -> str | None:
    """The raw `field` ("published_at", "modified_at") of the first date key, by preference,
    that has one value in the page's scripts.

    >>> from newsscraper.page import Page
    >>> import lxml.html
    >>> raw = (b'{"article":{"deployDt":"2026.01.29 18:40","reDeployDt":"2026.01.29 18:49"},'
    ...        b'"related":[{"updatedAt":"2026-01-20"},{"updatedAt":"2026-01-21"}]}')
    >>> page = Page(url="u", root=lxml.html.fromstring("<p>x</p>"), raw=raw)
    >>> state_date(page, "published_at"), state_date(page, "modified_at")
    ('2026.01.29 18:40', '2026.01.29 18:49')
    >>> arc = (b'{"publish_date":"2024-12-17T11:40:02.207Z",'
    ...        b'"first_publish_date":"2024-12-17T09:12:48.511Z"}')  # Arc XP: republished
    >>> state_date(Page(url="u", root=lxml.html.fromstring("<p>x</p>"), raw=arc), "published_at")
    '2024-12-17T09:12:48.511Z'

    A clock alone is no date (`"pubTime":"21:26:36"` beside `"pubDate":"18-11-2024"`):

    >>> wp = b'{"pubDate":"18-11-2024","pubTime":"21:26:36"}'
    >>> print(state_date(Page(url="u", root=lxml.html.fromstring("<p>x</p>"), raw=wp),
    ...                  "published_at"))
    None
    """
    stated = page.memo("state_date_values", _state_date_values)
    for key in _DATE_KEYS[field]:
        values = stated.get(key)
        if values is not None and len(values) == 1:
            return next(iter(values)).decode("ascii")
    return None


def _state_date_values(page: Page) -> dict[str, set[bytes]]:
    """Each date key's values in the page's bytes (`_DATE_VALUE`)."""
    found: dict[str, set[bytes]] = {}
    for m in _DATE_VALUE.finditer(page.raw):
        found.setdefault(m[1].decode("ascii"), set()).add(m[2])
    return found


#: WeChat's article template (its public accounts' pages, and the many sites that copy them)
#: states the post's time only as a script variable, in epoch seconds (`var ct = "1581517074"`),
#: and prints a relative word ("昨天", yesterday) its script fills in.
_SCRIPT_EPOCH = re.compile(rb'\bvar ct\s*=\s*"(1\d{9})"')


def script_epoch(page: Page) -> str | None:
    """The publication time a WeChat-style page states only as `var ct = "<epoch seconds>"`.

    >>> from newsscraper.page import Page
    >>> import lxml.html
    >>> raw = b'<script>var appmsg_type = "9"; var ct = "1581517074";</script>'
    >>> script_epoch(Page(url="u", root=lxml.html.fromstring("<p>x</p>"), raw=raw))
    '1581517074'
    """
    if b"var ct" not in page.raw:
        return None
    found = {m.group(1) for m in _SCRIPT_EPOCH.finditer(page.raw)}
    return found.pop().decode("ascii") if len(found) == 1 else None


#: A publication time set as a script object's literal, in single quotes (Toutiao's
#: `BASE_DATA`: `publish_time: '2019-09-08 11:42:03'`; its picture stories print the time only
#: in their sharing bar, far from the headline). Starts with the literal, found fast.
_SCRIPT_PUBLISH_TIME = re.compile(
    rb"publish_?[tT]ime\s*:\s*'((?:19|20)\d\d-[01]\d-[0-3]\d[ T][0-2]\d:[0-5]\d(?::[0-5]\d)?)'")


def script_publish_time(page: Page) -> str | None:
    """The publication time a script object states as a literal (`publish_time: '…'`, the
    key's own word: not "first_publish_time" nor "republish_time"), one value only (a list of
    related stories states several); else None.

    >>> from newsscraper.page import Page
    >>> import lxml.html
    >>> def found(raw): return script_publish_time(Page(url="u", root=lxml.html.fromstring(
    ...     "<p>x</p>"), raw=raw))
    >>> found(b"var BASE_DATA = {group_id: '67', publish_time: '2019-09-08 11:42:03'};")
    '2019-09-08 11:42:03'
    >>> found(b"{publish_time: '2019-09-08 11:42:03'}, {publish_time: '2019-09-07 10:00:00'}")
    >>> found(b"{republish_time: '2019-09-08 11:42:03'}")
    """
    values = {m.group(1) for m in _SCRIPT_PUBLISH_TIME.finditer(page.raw)
              if not page.raw[m.start() - 1:m.start()].isalnum()
              and page.raw[m.start() - 1:m.start()] not in (b"_", b"'", b'"')}
    return values.pop().decode("ascii") if len(values) == 1 else None
