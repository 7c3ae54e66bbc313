"""Which elements are boilerplate: decided lazily, per element, and remembered.

Classifying every element of a page up front cost more than parsing it (XPath attribute tests
over ~2,500 elements); extraction only ever asks about the ancestors of paragraphs and the
elements inside the chosen body, so `Boilerplate` answers those questions on demand.

An element is boilerplate when its tag never holds article text (`DROP_TAGS`), the page hides it
or marks it as an aside (ARIA landmark, `hidden`, `display:none`), or its class/id says so
(`BOILERPLATE_TOKEN`) — unless it holds the headline or most of the page's paragraph text (a
theme's mis-named "content-sidebar-wrap"), or names a known body container.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from lxml import etree

from newsscraper.extract import boilerplate as bp
from newsscraper.page import Element, is_logo_heading, text_content

#: A "boilerplate"-named element holding this share of the paragraph text is kept.
PROTECT_SHARE = 0.5
_HIDING_ROLES = frozenset({"complementary", "navigation", "banner", "contentinfo", "dialog",
                           "alertdialog", "search"})
_DROP_TAGS = frozenset(bp.DROP_TAGS)
_SOFT_DROP_TAGS = frozenset(bp.SOFT_DROP_TAGS)

#: The blockquotes that embed codes print for a post on a social network, with its text: a
#: tweet (`twitter-tweet`, `twitter-video`), a Facebook post (`fb-xfbml-parse-ignore`, inside
#: `div.fb-post`), an Instagram, TikTok, Reddit, Bluesky or Threads post.
EMBEDDED_POSTS = etree.XPath(
    "descendant-or-self::blockquote[contains(@class, 'twitter-tweet')"
    " or contains(@class, 'twitter-video') or contains(@class, 'fb-xfbml-parse-ignore')"
    " or contains(@class, 'instagram-media')"
    " or contains(@class, 'tiktok-embed') or contains(@class, 'reddit-embed-bq')"
    " or contains(@class, 'bluesky-embed') or contains(@class, 'text-post-media')]",
    smart_strings=False)


@lru_cache(maxsize=65536)
def names_say_boilerplate(names: str) -> bool:
    """Do these class/id tokens mark boilerplate (and none marks a body container)?

    Cached: a page repeats the same class strings hundreds of times, and a site's pages share
    them, so the regexes run once per distinct string.

    >>> names_say_boilerplate("share-buttons top"), names_say_boilerplate("entry-content share")
    (True, False)
    >>> names_say_boilerplate("InlineVideo-container"), names_say_boilerplate("ArticleBody-group")
    (True, False)
    >>> names_say_boilerplate("d-flex article_details_prev_next")
    True
    >>> names_say_boilerplate("cmp cmp-text aem-GridColumn")  # Adobe AEM's text component
    False
    >>> names_say_boilerplate("item image_hit no_caption"), names_say_boilerplate("caption")
    (False, True)
    >>> names_say_boilerplate("InlineImage-imageEmbedCredit"), names_say_boilerplate("x img_cptn")
    (True, True)
    """
    tokens = names.split()
    if any(bp.KEEP_TOKEN.match(t) for t in tokens):
        return False
    if "cmp" in tokens and aem_component(tokens):
        tokens = [t for t in tokens if t != "cmp" and not t.startswith("cmp-")]
    elif "cmp-" in names:
        tokens = [t for t in tokens if not _AEM_CLASS.match(t)]
    return any(token_says_boilerplate(t) for t in tokens)


@lru_cache(maxsize=65536)
def token_says_boilerplate(token: str) -> bool:
    """Does this one class/id token mark boilerplate (`names_say_boilerplate`)?

    Cached apart from the strings holding it: a new page's class strings are mostly new
    combinations of tokens met before ("col-md-8", a site's BEM names, "post-12345"), and
    `BOILERPLATE_TOKEN` costs 2-3 µs a token (a first pass over the dev corpus asks ~11,000
    tokens, ~6,700 of them distinct).

    >>> token_says_boilerplate("share-buttons"), token_says_boilerplate("InlineVideo-container")
    (True, True)
    """
    # Each search only where the words it needs are there: "prev" (any case), a capital
    # letter, a caption's or credit's word last.
    return bp.boilerplate_token(token) \
        or ("prev" in token.lower() and bp.PREV_NEXT_TOKEN.search(token) is not None) \
        or (token.endswith(_CAMEL_CAPTION_WORDS) and _CAMEL_CAPTION.search(token) is not None) \
        or (not token.islower() and _CAMEL_HUMP.search(token) is not None
            and bp.boilerplate_token(_CAMEL_HUMP.sub("-", token)))


#: A camelCase class whose last word names a picture's caption or credit, however many
#: words come before it (CNBC's "InlineImage-imageEmbedCredit": the photo credit that would
#: open the text).
_CAMEL_CAPTION = re.compile(r"[a-z0-9](?:Caption|Credits?)$")
_CAMEL_CAPTION_WORDS = ("Caption", "Credit", "Credits")
#: Where a CamelCase component name changes word: CSS Modules and React templates print
#: `Component-element` classes ("InlineVideo-container", "RelatedContent-headline", CNBC's),
#: read as the hyphenated words they spell ("Inline-Video-container").
_CAMEL_HUMP = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


@lru_cache(maxsize=16384)
def names_say_body(names: str) -> bool:
    """Do these class/id tokens name a known body container ("entry-content", …)?

    >>> names_say_body("post entry-content clearfix")
    True
    """
    return any(t in bp.BODY_CONTAINER_NAMES for t in names.lower().split())


#: Utility classes that hide an element (display: none).
_HIDING_CLASSES = frozenset({"hidden", "hide"})


def hidden_or_aside(attrs: Mapping[str, str]) -> bool:
    """The page hides the element, or marks it as a landmark that is not the article.

    >>> hidden_or_aside({"style": "display: none"}), hidden_or_aside({"role": "main"})
    (True, False)
    >>> hidden_or_aside({"class": "onee-bar hidden"}), hidden_or_aside({"class": "hidden-xs"})
    (True, False)
    >>> hidden_or_aside({"class": "hide"}), hidden_or_aside({"class": "hide-on-mobile"})
    (True, False)
    """
    if attrs.get("role") in _HIDING_ROLES or "hidden" in attrs:
        return True
    # The utility class that hides an element ("hidden": Bootstrap's and most CSS kits'
    # display: none), shown by a script only in some cases: a language bar's "Translate to
    # English >" for each edition. Its variants ("hidden-xs") hide it on some screens only.
    # Bootstrap 2's and Foundation's "hide" too (Jianshu's `div#short-abbr.hide`, the post's
    # excerpt for sharing, under its text).
    classes = attrs.get("class")
    if classes and "hid" in classes and not names_say_body(classes) \
            and not _HIDING_CLASSES.isdisjoint(classes.split()):
        return True
    if attrs.get("aria-hidden") == "true":
        return True
    style = attrs.get("style")
    return style is not None and "display:none" in style.replace(" ", "")


def comment_names(names: str) -> bool:
    """Class and id words naming the readers' comments ("comments", "comment-list",
    WordPress's `id="comments"`, Disqus's `disqus_thread`): boilerplate however much text
    the element holds (an open thread's comments outweigh its post).

    >>> [comment_names(n) for n in (" comments", "comment-list ", "entry-content ",
    ...                             "commentary ")]
    [True, True, False, False]
    """
    return ("omment" in names and any(_COMMENT_TOKEN.match(t) for t in names.split())) \
        or "disqus_thread" in names


_COMMENT_TOKEN = re.compile(r"^(?:[a-z]+[-_])?comments?(?:[-_][a-z]+)*$", re.I)


def consent_dialog(attrs: Mapping[str, str]) -> bool:
    """The element is a cookie-consent or modal dialog: never the article, even where its
    policy text outweighs a short story's (a boilerplate-named wrapper holding most of the
    paragraph text is otherwise kept, as a theme's mis-named wrapper).

    >>> consent_dialog({"id": "onetrust-consent-sdk"}), consent_dialog({"role": "alertdialog"})
    (True, True)
    >>> consent_dialog({"class": "content-sidebar-wrap"})
    False
    """
    if attrs.get("role") in ("dialog", "alertdialog") or attrs.get("aria-modal") == "true":
        return True
    return consent_names(f"{attrs.get('class', '')} {attrs.get('id', '')}")


@lru_cache(maxsize=16384)
def consent_names(names: str) -> bool:
    """Class and id words naming a cookie-consent box (`consent_dialog`); not Adobe
    Experience Manager's core components, whose block class is "cmp" too (`<div class="cmp
    cmp-text">` holds a post's paragraphs).

    >>> consent_names("cmp-container"), consent_names("cmp cmp-text aem-GridColumn")
    (True, False)
    >>> consent_names("cmp-text"), consent_names("cmp-title__text"), consent_names("cmp-box")
    (False, False, True)
    """
    if names.isascii():  # no token can match without a word of them (re.I folds only A-Z here)
        low = names.lower()
        if not any(word in low for word in bp.CONSENT_WORDS):
            return False
    tokens = names.split()
    if "cmp" in tokens and aem_component(tokens):
        return False
    return any(bp.CONSENT_TOKEN.match(t) and not _AEM_CLASS.match(t) for t in tokens)


def aem_component(tokens: list[str]) -> bool:
    """Do these class words name an Adobe Experience Manager core component: the bare "cmp"
    block class with "cmp-<component>"? Not a consent-management platform's box."""
    return any(t.startswith("cmp-") and t[4:] in _AEM_COMPONENTS for t in tokens)


#: A class of an Adobe Experience Manager core component as its templates print it, with no
#: bare "cmp" beside it: "cmp-text", "cmp-title__text", "cmp-image__title", "cmp-text--lead".
#: Not "cmp-container", "cmp-button" or "cmp-navigation", also a consent box's words.
_AEM_CLASS = re.compile(
    r"^cmp-(?:text|image|title|teaser|list|embed|separator|tabs|carousel|accordion|breadcrumb|"
    r"download|experiencefragment|contentfragment|table|pdfviewer|articlemeta)"
    r"(?:__[a-z0-9]+(?:-[a-z0-9]+)*|--[a-z0-9]+(?:-[a-z0-9]+)*)*$")

#: Adobe Experience Manager's core components ("cmp-text", "cmp-image", …).
_AEM_COMPONENTS = frozenset({
    "text", "image", "title", "teaser", "list", "embed", "button", "separator", "tabs",
    "carousel", "accordion", "breadcrumb", "download", "container", "experiencefragment",
    "contentfragment", "table", "pdfviewer", "navigation", "languagenavigation", "search"})


def video_player(attrs: Mapping[str, str]) -> bool:
    """The element is a video player: an attribute carries its video's id (`data-video-id`,
    Sky News' `data-sdc-video-id`, `data-videoid`), so the line inside is the clip's title.

    >>> video_player({"class": "sdc-site-video", "data-sdc-video-id": "6365432198"})
    True
    >>> video_player({"class": "x", "data-id": "1"})
    False
    """
    return any(k.endswith(("video-id", "videoid", "video_id")) for k in attrs)


#: Attributes naming a component where CSS-in-JS templates hash their classes ("dcr-1ak5ahh",
#: "sc-18fde0d6-0"): the Guardian's `data-gu-name`, React's `data-component` / `data-testid`.
COMPONENT_ATTRS = ("data-component", "data-testid", "data-gu-name", "data-qa")


def _component_names(attrs: Mapping[str, str]) -> str:
    """The component names among `attrs`, each led by a space, for the class/id test.

    >>> _component_names({"data-component": "byline-block", "class": "sc-1"})
    ' byline-block'
    """
    return "".join(f" {attrs[a]}" for a in COMPONENT_ATTRS if a in attrs)


class Boilerplate:
    """Boilerplate verdicts for one page's elements.

    `votes`/`total` (paragraph text per element, page total) protect wrappers that hold most
    of the article; `kept` (the <h1>s, named body containers and their ancestors) are never
    boilerplate; `extra` are elements dropped by a site profile or by the caller.
    """

    def __init__(self, votes: dict[Element, int], total: int,
                 kept: Iterable[Element] = (), extra: Iterable[Element] = ()) -> None:
        self._protect = PROTECT_SHARE * total
        self._votes = votes
        self._kept = set(kept)
        self._items: set[Element] = set()
        self._own: dict[Element, bool] = dict.fromkeys(extra, True)
        self._covered: dict[Element, bool] = {}

    def add(self, elements: Iterable[Element]) -> None:
        """Mark more elements (profile drops, the headline for the body)."""
        for el in elements:
            self._own[el] = True
        self._covered.clear()

    def drop(self, elements: Iterable[Element]) -> None:
        """Take back `add`: the elements are judged again."""
        for el in elements:
            self._own.pop(el, None)
        self._covered.clear()

    def keep_items(self, elements: Iterable[Element]) -> None:
        """A listicle's items (`generic.numbered_items`): never boilerplate, whatever their
        names say."""
        for el in elements:
            self._kept.add(el)
            self._items.add(el)
            self._own[el] = False
        self._covered.clear()

    def votes(self, el: Element) -> int:
        """Paragraph text inside `el`, boilerplate's included."""
        return self._votes.get(el, 0)

    def has_items(self) -> bool:
        """Is the body a listicle's items (`keep_items`)?"""
        return bool(self._items)

    def kept(self, el: Element) -> bool:
        """Is `el` one of the elements never boilerplate (`keep_items`, the <h1>s' paths …)?"""
        return el in self._kept

    def own(self, el: Element, said: AttributeMarks | None = None) -> bool:
        """Is `el` itself boilerplate (its subtree with it)? `said`: what its attributes say
        (`attribute_marks`), when the caller has it already."""
        verdict = self._own.get(el)
        if verdict is None:
            verdict = self._judge(el, said)
            self._own[el] = verdict
        return verdict

    def covers(self, el: Element) -> bool:
        """Is `el`, or any ancestor of it, boilerplate?"""
        covered, own = self._covered, self._own  # asked ~100 times a page: no method calls
        path: list[Element] = []
        verdict = False
        node = el
        while node is not None:
            known = covered.get(node)
            if known is not None:
                verdict = known
                break
            mine = own.get(node)
            if mine is None:
                mine = own[node] = self._judge(node)
            if mine:
                verdict = True
                break
            path.append(node)
            node = node.getparent()
        for seen in path:
            covered[seen] = verdict
        return verdict

    def _judge(self, el: Element, said: AttributeMarks | None = None) -> bool:
        tag = el.tag
        if not isinstance(tag, str):
            return True
        if tag in _DROP_TAGS and not (tag == "aside" and headline_aside(el)):
            # A data table set in a <figure> (the block editor's `figure.wp-block-table`) is
            # the article's; its <figcaption> is still a caption. So is a post embedded by the
            # block editor (`figure.wp-block-embed-twitter`): its text is kept as a pasted
            # embed code's is.
            return tag != "figure" or (el.find(".//table") is None
                                       and not EMBEDDED_POSTS(el))
        if tag == "article" and next(el.iterancestors("article"), None) is not None:
            # An <article> inside an article is a teaser card (kicker, link, byline) or a
            # comment, unless it holds the headline or most of the text (a nested wrapper),
            # or is a live blog's entry (`article.live-entry`, schema's liveBlogUpdate).
            return el not in self._kept and self._votes.get(el, 0) < self._protect \
                and not live_entry(el)
        if tag in bp.PROTECTED_TAGS:
            return False
        if (el.get("placeholder") is not None or el.get("fallback") is not None) \
                and tag != "blockquote" and _in_amp_component(el):
            # What an AMP component shows until its content loads, or if it cannot ("Loading
            # map…", "This browser does not support the video element."): no text of the
            # article, and not on its canonical page. A <blockquote> is the embedded post
            # itself (the AMP plugin keeps a tweet as amp-twitter's placeholder, a Facebook
            # post as amp-facebook's fallback), as the canonical page prints it.
            return True
        marked, whole, _ = element_marks(el) if said is None else said
        if marked is None or not (marked or tag in _SOFT_DROP_TAGS) or el in self._kept:
            return False
        if tag == "blockquote" and "embed" in (el.get("class") or "") and EMBEDDED_POSTS(el):
            # An embed code's own name ("reddit-embed-bq", "tiktok-embed") says "embed", but
            # the blockquote is the post, its text kept as a tweet's is (a "twitter-video"
            # is still judged by its name).
            return False
        if not whole and self._names_body_part(el):
            return False
        return whole or self._votes.get(el, 0) < self._protect or not self._protect \
            or teaser_cards(el)

    def _names_body_part(self, el: Element) -> bool:
        """Is `el` the wrapper of all the paragraphs of the named body container it sits in
        (`<div class="post-content"><div class="gallery-body"><p>…`)? Its name says what
        kind of post the text opens (a gallery's intro), not that it is no text; hidden
        it is still hidden."""
        held = self._votes.get(el, 0)
        parent = el.getparent()
        return held > 0 and parent is not None and parent in self._kept \
            and self._votes.get(parent, 0) == held and element_marks(parent)[2] \
            and not hidden_or_aside(el.attrib)


#: A live blog's entry, by its microdata or its class ("live-entry", "liveblog-post",
#: Liveblog's "lb-post", "ticker-item", "live-update"), printed as an <article> of its own.
_LIVE_ENTRY_CLASS = re.compile(
    r"(?:^|[\s_-])(?:live|liveblog|live-?blog|lb|ticker|liveticker)[-_]?"
    r"(?:entry|post|update|item|event|block)s?(?:$|[\s_-])", re.I)


#: … or by its id where its classes are a build's hashes: the Guardian's "block-" and the
#: entry's 24-digit hex id, "live-…", "liveblog-…", "update-…" (never "post-…", a WordPress
#: teaser card's id too).
_LIVE_ENTRY_ID = re.compile(
    r"block-[0-9a-f]{16,}|(?:live|liveblog|live-?update|update)-[\w-]*\d[\w-]*", re.I)


def live_entry(el: Element) -> bool:
    """Is the <article> `el` a live blog's entry (its text the story's, not a teaser's)?

    >>> import lxml.html
    >>> live_entry(lxml.html.fragment_fromstring('<article class="live-entry"><p>x</p></article>'))
    True
    >>> live_entry(lxml.html.fragment_fromstring(
    ...     '<article itemprop="liveBlogUpdate" itemscope><p>x</p></article>'))
    True
    >>> live_entry(lxml.html.fragment_fromstring('<article class="card post"><p>x</p></article>'))
    False
    >>> live_entry(lxml.html.fragment_fromstring(
    ...     '<article id="block-6763f0c48f08a0f0f8a9d51c" class="dcr-1x2y3z"><p>x</p></article>'))
    True
    >>> live_entry(lxml.html.fragment_fromstring('<article id="post-12345"><p>x</p></article>'))
    False
    """
    if "liveBlogUpdate" in (el.get("itemprop") or ""):
        return True
    names = el.get("class")
    if names is not None and _LIVE_ENTRY_CLASS.search(names) is not None:
        return True
    ident = el.get("id")
    return ident is not None and _LIVE_ENTRY_ID.fullmatch(ident) is not None


#: A boilerplate-named element holding this many cards of other stories is their list.
MIN_TEASER_CARDS = 3
_CARD_HEADINGS = ("h2", "h3", "h4")


def teaser_cards(el: Element) -> bool:
    """Does `el` hold `MIN_TEASER_CARDS` children that each open with a heading that is all
    link (`<div class="nextstory"><h2><a href="…">Other story</a></h2><p>Its excerpt […]
    </p></div>`)? A boilerplate-named element holding most of the page's paragraph text is
    kept as a mis-named wrapper of the article, but not such a list: the excerpts of the
    next posts outweigh a short post's one paragraph.

    >>> import lxml.html
    >>> card = '<div><h2><a href="/x">Other</a></h2><p>Excerpt.</p></div>'
    >>> teaser_cards(lxml.html.fragment_fromstring(f"<div>{card * 3}</div>"))
    True
    >>> teaser_cards(lxml.html.fragment_fromstring(
    ...     "<div><div><h2>Part one</h2><p>Text.</p></div>" * 3 + "</div>"))
    False
    """
    cards = 0
    for child in el:
        heading = next(child.iter(*_CARD_HEADINGS), None) if isinstance(child.tag, str) \
            else None
        if heading is None:
            continue
        text = "".join(heading.itertext()).strip()
        linked = "".join(t for a in heading.iter("a") if a.get("href") is not None
                         for t in a.itertext()).strip()
        if text and linked == text:
            cards += 1
            if cards >= MIN_TEASER_CARDS:
                return True
    return False


_XP_H1 = etree.XPath("//body//h1")


def headline_aside(el: Element) -> bool:
    """Is `el` an <aside> around the page's headline (its first <h1> that is no logo)? Some
    templates wrap the whole story in one (`<main><aside class="…-content"><section><header>
    <h1>`): it is the article, not an aside, and is judged as a <div> would be. A sidebar's
    <h1> widget titles come after the headline.

    >>> import lxml.html
    >>> page = lxml.html.document_fromstring('<html><body><h1><a href="/">Daily</a></h1>'
    ...     '<main><aside><h1>Storm hits</h1><p>Text.</p></aside><aside><h1>Most read</h1>'
    ...     '</aside></main></body></html>')
    >>> [headline_aside(a) for a in page.iter("aside")]
    [True, False]
    """
    if el.tag != "aside" or el.find(".//h1") is None:
        return False  # on most pages no <aside> holds an <h1>: no walk of the page's
    headline = next((h1 for h1 in _XP_H1(el) if not is_logo_heading(h1)), None)
    return headline is not None and any(a is el for a in headline.iterancestors("aside"))


def _in_amp_component(el: Element) -> bool:
    """Is `el` inside an AMP component (`<amp-iframe>`, `<amp-video>`, …)? Not only as its
    child: libxml2 nests what follows a `<source>` (void in HTML5, not in HTML 4) in it.

    >>> import lxml.html
    >>> video = lxml.html.fragment_fromstring('<amp-video><source src="v.mp4">'
    ...                                       '<div fallback>Not supported.</div></amp-video>')
    >>> _in_amp_component(video[0][0]), _in_amp_component(video)
    (True, False)
    """
    return any(isinstance(a.tag, str) and a.tag.startswith("amp-") for a in el.iterancestors())


#: What an element's attributes say (`attribute_marks`): boilerplate by them (None: never,
#: itemprop=articleBody), boilerplate whatever it holds (a consent or modal dialog, the
#: readers' comments), names a known body container.
AttributeMarks = tuple[bool | None, bool, bool]
_NOTHING_SAID: AttributeMarks = (False, False, False)


def element_marks(el: Element) -> AttributeMarks:
    """What `el`'s attributes say (`attribute_marks`); an element without any says nothing.
    A sub-heading's id that is its own jump target (`heading_anchor`) names no box.

    >>> import lxml.html
    >>> h2 = lxml.html.fragment_fromstring('<h2 class="article-heading" id="toc_1">Protests</h2>')
    >>> element_marks(h2)[0], attribute_marks(tuple(h2.items()))[0]
    (False, True)
    >>> element_marks(lxml.html.fragment_fromstring('<h3 class="v-cmp-suh">Votes</h3>'))[0]
    False
    """
    items = tuple(el.items())
    if not items:
        return _NOTHING_SAID
    said = attribute_marks(items)
    if said[0] and (style := el.get("style")) and "none" in style and revealed_rest(el):
        return _NOTHING_SAID
    # Asked only of what its names drop: the tag is read on few elements.
    if said[0] and el.tag in _SUB_HEADINGS and (anchor := el.get("id")) \
            and heading_anchor(anchor, el):
        return attribute_marks(tuple(item for item in items if item[0] != "id"))
    if said[0] and el.tag in _SUB_HEADINGS and (classes := el.get("class")) \
            and consent_names(classes):
        # A sub-heading is no consent box: a class word that spells one ("v-cmp-suh", a
        # component's sub-heading: "cmp" read as a consent platform's) says nothing of it;
        # a real box's heading goes with the box, marked by its own names.
        rest = " ".join(t for t in classes.split() if not bp.CONSENT_TOKEN.match(t))
        return attribute_marks(tuple((k, rest if k == "class" else v) for k, v in items))
    return said


_SUB_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
#: A truncated story's button that shows the rest of its text: "Read more", Hindi "आगे पढ़ें"
#: and "और पढ़ें", "Continue reading", "Weiterlesen", "Lire la suite", "Leer más", …
_REVEAL_WORDS = frozenset({
    "read more", "read full story", "continue reading", "show more", "आगे पढ़ें", "और पढ़ें",
    "पूरा पढ़ें", "weiterlesen", "mehr lesen", "lire la suite", "leer más", "seguir leyendo",
    "leia mais", "continua a leggere", "czytaj dalej", "devamını oku", "baca selengkapnya",
    "đọc tiếp", "اقرأ المزيد", "続きを読む", "阅读全文", "展开全文", "더보기"})


def revealed_rest(el: Element) -> bool:
    """Is `el`, hidden by its style (`display: none`), the rest of a truncated story that the
    button just before it shows ("<div><button>आगे पढ़ें</button></div><div style="display:
    none"><p>…"), holding paragraphs? Its text is the article's, however the page first shows
    it.

    >>> import lxml.html
    >>> box = lxml.html.fragment_fromstring('<div><p>One.</p><div><button>Read more</button>'
    ...     '</div><div style="display:none"><p>Two.</p></div></div>')
    >>> revealed_rest(box[2]), revealed_rest(box[1])
    (True, False)
    """
    if "display:none" not in (el.get("style") or "").replace(" ", "") \
            or el.find(".//p") is None:
        return False
    before = el.getprevious()
    if before is None or not isinstance(before.tag, str):
        return False
    controls = [before] if before.tag in ("button", "a") else before.iter("button", "a")
    return any(text_content(c).strip().casefold().rstrip(" .…»›>") in _REVEAL_WORDS
               for c in controls)
#: A table of contents' jump target: "toc_1", "toc-2", "nav_phishing_masche__0".
_JUMP_TARGET = re.compile(r"^(?:toc|nav)[-_]+([\w-]+)$", re.I)


def heading_anchor(anchor: str, heading: Element) -> bool:
    """Is the id `anchor` of a sub-heading the target its story's table of contents jumps to
    ("toc_1", SRF's; "nav_phishing_masche__0", heise's: the heading's own words), not the name
    of a navigation box or a table of contents (`BOILERPLATE_TOKEN` reads "toc" and "nav")?

    >>> import lxml.html
    >>> h = lxml.html.fragment_fromstring('<h3>Phishing-Masche "Zustimmung"</h3>')
    >>> heading_anchor("nav_phishing_masche__0", h), heading_anchor("toc_1", h)
    (True, True)
    >>> heading_anchor("nav_title", h), heading_anchor("nav", h), heading_anchor("toc-list", h)
    (False, False, False)
    """
    jump = _JUMP_TARGET.match(anchor)
    if jump is None:
        return False
    words = [w for w in re.split(r"[-_]+", jump[1].casefold()) if w and not w.isdigit()]
    if not words:
        return True  # numbered: "toc_1"
    own = set(re.findall(r"\w+", text_content(heading).casefold()))
    return all(w in own for w in words)


@lru_cache(maxsize=65536)
def attribute_marks(items: tuple[tuple[str, str], ...]) -> AttributeMarks:
    """What an element's attributes (its `items()`) say, for the boilerplate verdicts, the
    set-apart test of the votes and the body-container test: read once an element for all
    three, and cached by them (a page's wrappers repeat the same few class strings, and a
    site's pages share them).

    >>> attribute_marks((("class", "share-buttons"),)), attribute_marks((("id", "comments"),))
    ((True, False, False), (True, True, False))
    >>> attribute_marks((("class", "post entry-content"), ("itemprop", "articleBody")))
    (None, False, True)
    """
    attrs = dict(items)
    names = f"{attrs.get('class', '')} {attrs.get('id', '')}"
    whole = consent_dialog(attrs) or comment_names(names)
    body = attrs.get("itemprop") == "articleBody" or names_say_body(attrs.get("class", ""))
    if attrs.get("itemprop") == "articleBody":
        return None, whole, body
    marked = hidden_or_aside(attrs) or names_say_boilerplate(
        f"{names}{_component_names(attrs)}") or video_player(attrs)
    return marked, whole, body
