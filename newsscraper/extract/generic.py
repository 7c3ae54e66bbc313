"""Generic main-content extraction on lxml: which blocks of a page are the article body.

1. Voters (`votes`): paragraphs (<p>, <pre>, <div>s with loose text) vote their text length,
   links discounted, for their parent and half for their grandparent (readability's rule).
2. Container: the top candidate, climbed to the ancestor with the best balance of paragraph
   text against other text; a known body container around it is taken whole.
3. Blocks: its leaf blocks and inline runs in document order, boilerplate skipped
   (`marks.Boilerplate`), then filtered for link lists and boilerplate phrases.
Iterative walks only: 10,000 nested <div>s must not raise RecursionError.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from copy import deepcopy
from itertools import takewhile

from lxml import etree

from newsscraper.extract import boilerplate as bp
from newsscraper.extract.marks import Boilerplate, names_say_body
from newsscraper.extract.votes import (
    Voter,
    Voters,
    dropped_votes,
    known_container_paths,
    subtree_votes,
    voters,
    weights_outside,
)
from newsscraper.page import Element, decode_shifted, text_content
from newsscraper.processors import clean_text

# The voting half lives in `votes`; these names are part of this module's interface too.
__all__ = ["Voter", "Voters", "block_texts", "choose_containers", "dropped_votes", "inside",
           "is_boilerplate_text", "iter_blocks", "known_container_paths", "subtree_votes",
           "voters"]

#: How much non-paragraph text costs against paragraph text when widening the container.
OTHER_TEXT_PENALTY = 3.0
#: Loose inline text counts as links only when links are this share of it or more: a
#: tweet's sign-off ("— Name (@handle) <a>November 19, 2019</a>") is quoted text.
RUN_LINK_SHARE = 0.5
#: What `block_texts` gives for an <hr>: never text (clean_text drops NUL).
THEMATIC_BREAK = "\x00"
#: A paragraph this long with links under this share of its text is prose: the classes of
#: its links are keyword links (`block_texts`).
PROSE_CHARS = 80
PROSE_LINK_SHARE = 0.3
#: A sibling wrapper joins a split body when its paragraphs weigh at least this (a teaser
#: card's one-line summary does not).
MIN_PART_VOTES = 100
#: … and at least this share of the largest part: a module of the same kind holding one
#: newsletter promo or a sources line beside the article is not a part of it.
PART_SHARE = 0.1
#: What a <br> leaves in the text (`_mark_breaks`): a character no page's own whitespace
#: holds, so two of them end a paragraph while the source's blank lines (pretty-printed
#: markup: "<p>\n  <cite>…</cite>\n\n  — The …") are only whitespace.
_BREAK = "\u2029"
_PARA_SPLIT = re.compile(r"\u2029\s*\u2029")
_NON_WORD = re.compile(r"\W+")
#: `normalize-space()`, not `normalize-space(.)`: the context node's string-value either way
#: (XPath 1.0), without a node-set built for `.` (as `votes._LOOSE_TEXT`).
_TEXT_LENGTH = etree.XPath("string-length(normalize-space())")
#: A label over a list of links: this short, this few words, not ending like a sentence.
MAX_LABEL_CHARS = 50
MAX_LABEL_WORDS = 6
#: … Chinese and Japanese full stops and quotes too ("…提出不信任动议。" is a sentence of
#: one "word": no spaces), and the Arabic, Urdu and Devanagari stops.
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "»", "“", ")", "。", "！", "？", "」", "』", "）",
                  "؟", "۔", "।")
SENTENCE_ENDS = _SENTENCE_ENDS  # read by the body filter too
#: Elements whose text never belongs to the block around them (`_text`): a <button>'s is
#: its label ("Show Full Article" in a leaf <div> under the text).
_NESTED_ASIDES = ("figure", "figcaption", "button")
# A <figure> (dropped) is block-like so that a wrapper holding only a figure
# (`<div class="td-post-featured-image"><figure>…<figcaption>`) is walked into, not read
# whole as one leaf block with its caption.
_BLOCK_LIKE = bp.BLOCK_TAGS | bp.CONTAINER_TAGS - {"span", "font"} | {"h1", "figure"}
#: A wrapper around an image holding no more text than this is a media box: its text is the
#: caption and the photo credit, not article text (`_media_boxes`).
MAX_CAPTION_CHARS = 400
#: … and it holds less than this share of the body's text (a short article is no caption).
CAPTION_SHARE = 0.5
_IMAGE_TAGS = ("img", "picture", "amp-img")
#: Form controls whose box is a poll or a quiz ("Sollten Plattformen …?" over radio buttons).
_CHOICE_TYPES = frozenset({"radio", "checkbox"})
_TEXT_HOLDERS = frozenset(bp.BLOCK_TAGS)


def inside(el: Element, marks: Boilerplate) -> bool:
    """Is `el` or an ancestor boilerplate?"""
    return marks.covers(el)


def choose_containers(paragraphs: Voters, marks: Boilerplate) -> list[Element]:
    """The element(s) holding the article's paragraphs, in document order."""
    chosen = _choose_containers(paragraphs, marks)
    if chosen and "ulltext" in chosen[0].get("class", "").lower():
        return _with_intro_text(chosen, marks)
    return chosen


def _with_intro_text(chosen: list[Element], marks: Boilerplate) -> list[Element]:
    """Joomla's K2 (and Joomla's own "introtext"/"fulltext" split) prints an item's text in
    two sibling wrappers, its opening paragraphs in `div.itemIntroText` and the rest, after
    the "read more" break, in `div.itemFullText`: the second alone wins on paragraph text
    and the first, one paragraph beside the picture's caption and the item's tags, was lost.
    """
    if not any(_FULL_TEXT.match(t) for t in chosen[0].get("class", "").split()):
        return chosen
    before = chosen[0].getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    if before is None or marks.own(before) \
            or not any(_INTRO_TEXT.match(t) for t in before.get("class", "").split()):
        return chosen
    return [before, *chosen]


_FULL_TEXT = re.compile(r"^(?:item-?)?full-?text$", re.I)
_INTRO_TEXT = re.compile(r"^(?:item-?)?intro-?text$", re.I)


def _choose_containers(paragraphs: Voters, marks: Boilerplate) -> list[Element]:
    weights = weights_outside(paragraphs, marks)
    parents = paragraphs.parents()
    scores: dict[Element, float] = {}
    for voter in paragraphs:
        if voter.heading or voter.element not in weights:  # not in weights: boilerplate
            continue
        parent = parents[voter.element]
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0.0) + voter.weight
        grand = parents[parent]
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + voter.weight / 2
    if not scores:
        return []
    top = max(scores, key=scores.__getitem__)
    sums = paragraphs.subtree_sums(weights)
    best = _climb(top, sums)
    items = numbered_items(best)
    if items:
        marks.keep_items(items)
        best = items[0].getparent()
    known = _known_container(best, marks)
    if known is None:
        known = _named_body_inside(best, sums, weights, marks, paragraphs)
        if known is not None:
            best = known
    split = _split_body(known if known is not None else best, sums, weights, marks)
    if split is not None:
        return split
    if known is None:
        return [best]
    # A body split in two named containers (a paywall break, an ad slot) is one body; a
    # sibling so named that holds no paragraph is not a part of it (the share buttons' and
    # the related links' boxes, "story-body contextual-links").
    parent = known.getparent()
    return [el for el in parent if el is known or (
        isinstance(el.tag, str) and names_say_body(el.get("class", "")) and not marks.own(el)
        and sums.get(el, 0) + weights.get(el, 0) > 0
    )] if parent is not None else [known]


def next_story(h1s: list[Element], paragraphs: Voters, titles: Iterable[str]) -> Element | None:
    """The wrapper of a second story printed below the article, or None.

    Infinite-scroll templates (JNews's autoload, custom CMSs' `div.next-article`) print the
    next story in full, with its own <h1>, under the first: when it is longer, its paragraphs
    win the vote. The second <h1> starts such a story when the page's titles name the first
    <h1> and not it (a logo <h1> above the headline is named by "Headline - Site" too); its
    wrapper is its highest ancestor without the headline, and must hold no paragraph before
    it (a sub-headline <h1> inside the body shares its wrapper with the text above it), nor
    share the headline's `<article>` (Medium heads each section of a post with an `<h1>`).
    """
    if len(h1s) < 2:
        return None
    named = " ".join(_words(t) for t in titles)
    first, second = h1s[0], h1s[1]
    if not named or _words(text_content(first)) not in named \
            or _words(text_content(second)) in named:
        return None
    article = next(first.iterancestors("article"), None)
    if article is not None and article is next(second.iterancestors("article"), None):
        return None  # one <article> holds both: the second is a section's heading (Medium)
    wrapper = None
    for el in second.iterancestors():
        if first in el.iterdescendants("h1"):
            break
        wrapper = el
    held = {v.element for v in paragraphs if not v.heading}
    for el in () if wrapper is None else wrapper.iter():  # document order, up to the <h1>
        if el is second:
            return wrapper
        if el in held:
            return None
    return None


#: The first heading of an <article>: what it is headed by (`series_story`).
_ARTICLE_HEADING = etree.XPath("(descendant::h1 | descendant::h2 | descendant::h3)[1]")
#: A heading names the page's story only with at least this many words: a one-word section
#: label ("Politik") is also a prefix of many titles.
MIN_SERIES_HEADING_WORDS = 3


def series_story(h1s: list[Element], votes: dict[Element, int],
                 titles: Iterable[str]) -> tuple[Element, list[Element]] | None:
    """The page's own story in a series view, as its heading and the other <article>s
    printed whole beside it, or None.

    Some CMSs serve a story's URL as its series' page: an <h1> for the listing ("Aktuelle
    Artikel"), then each story of the series in full in sibling <article>s, the one asked
    for headed by an <h2>. Together they outweigh it in the vote. When no <h1> is named by
    the page's titles, and one of several <article>s holding paragraphs (`votes`: subtree
    weights) is headed by the declared headline, its sibling <article>s are other stories.

    >>> import lxml.html
    >>> root = lxml.html.document_fromstring(
    ...     "<html><body><h1>Latest</h1><div><article><h2>Storm hits the coast</h2>"
    ...     "<p>Storm text.</p></article><article><h2>Rain again</h2><p>Rain text.</p>"
    ...     "</article></div></body></html>")
    >>> storm, rain = root.iter("article")
    >>> votes = {storm: 200, rain: 400, storm.getparent(): 600}
    >>> h1s = root.xpath("//h1")
    >>> heading, others = series_story(h1s, votes, ["Storm hits the coast - Daily"])
    >>> heading.text, [a.findtext("h2") for a in others]
    ('Storm hits the coast', ['Rain again'])
    >>> series_story(h1s, votes, ["Latest"]) is None  # the <h1> is the page's own headline
    True
    >>> series_story(h1s, votes, ["Flood warning"]) is None  # no <article> is the page's
    True
    """
    articles = [el for el in votes if el.tag == "article"]
    if not h1s or len(articles) < 2:
        return None
    named = " ".join(_words(t) for t in titles)
    # An <h2> standing in for the headline (`Page.h1s`: the listing's <h1> names no story)
    # is the story's own heading, in its <article>: not the listing's.
    if not named or any(h1.tag == "h1" and _words(text_content(h1)) in named for h1 in h1s):
        return None
    for article in sorted(articles, key=votes.__getitem__, reverse=True):
        heading = next(iter(_ARTICLE_HEADING(article)), None)
        if heading is None:
            continue
        text = text_content(heading)
        if len(text.split()) >= MIN_SERIES_HEADING_WORDS and _words(text) in named:
            others = [*article.itersiblings("article", preceding=True),
                      *article.itersiblings("article")]
            return (heading, others) if others else None
    return None


#: A listicle's item heading opens with its number ("1. A few months ago, …", "2) …").
_ITEM_NUMBER = re.compile(r"\s*(\d{1,3})[.)]\s")
#: A list of at least this many numbered items is the article's.
MIN_NUMBERED_ITEMS = 3
#: How far above the chosen container an item may sit.
ITEM_REACH = 3


def numbered_items(container: Element) -> list[Element]:
    """The items of the numbered list the chosen container is one item of (or sits in), or
    none: a listicle prints its text as sibling wrappers each headed by its number ("<div
    class="item item_video"><h2>1. A few months ago, …</h2><blockquote>…</div><div class=
    "item item_text"><h2>2. …</h2><p>…</p></div>"). Its paragraphs vote for one item only,
    and the items whose heading alone carries the text, or whose name marks a video or a
    gallery, would be lost; they are all the text, whatever they are named.

    >>> import lxml.html
    >>> page = lxml.html.fragment_fromstring('<div><div class="ad">Ad</div>' + "".join(
    ...     f'<div class="item"><h2>{n}. Heading of item {n}</h2><p>Text.</p></div>'
    ...     for n in (1, 2, 3)) + '</div>')
    >>> [el.findtext("h2") for el in numbered_items(page[2][1])]
    ['1. Heading of item 1', '2. Heading of item 2', '3. Heading of item 3']
    >>> numbered_items(page[0])
    []
    """
    node: Element | None = container
    for _ in range(ITEM_REACH):
        parent = None if node is None else node.getparent()
        if node is None or parent is None or parent.tag in ("body", "html"):
            return []
        if _item_number(node) is not None:
            items = _numbered_children(parent)
            if len(items) >= MIN_NUMBERED_ITEMS:
                return items
        node = parent
    return []


def _numbered_children(parent: Element) -> list[Element]:
    """The children of `parent` headed by numbers that follow each other, or none."""
    items = []
    expected = None
    for child in parent:
        number = _item_number(child) if isinstance(child.tag, str) else None
        if number is None:
            continue
        if expected is not None and number != expected:
            return []
        items.append(child)
        expected = number + 1
    return items


def _item_number(el: Element) -> int | None:
    """The number that opens `el`'s first <h2> or <h3>, where `el` is no heading itself."""
    if el.tag in ("h2", "h3"):
        return None
    heading = next(el.iter("h2", "h3"), None)
    if heading is None:
        return None
    number = _ITEM_NUMBER.match(text_content(heading))
    return int(number.group(1)) if number else None


def _words(text: str) -> str:
    """Letters and digits only, casefolded: "‘severe’" in an <h1> and "'severe'" in a
    <title> compare equal."""
    return "".join(_NON_WORD.split(text.casefold()))


def _climb(top: Element, votes: dict[Element, int]) -> Element:
    """From the top candidate up, the ancestor with the best paragraph-text balance.

    Paragraphs wrapped one per <div> (React sites) never share a parent, so the winner alone is
    one paragraph; climbing collects them, and stops where a step brings in more other text
    (navigation, teasers, widgets) than paragraph text.
    """
    best, best_gain = top, None
    previous = -1
    page_total = max(votes.values(), default=0)
    for el in (top, *top.iterancestors()):
        para = votes.get(el, 0)
        if el.tag in ("html", "body") or previous == page_total:
            break
        if para == previous:
            continue  # a wrapper adding no paragraph text only adds other text: cannot win
        previous = para
        if el is top:
            continue  # its balance is read once an ancestor competes: on 2 pages in 5 none does
        if best_gain is None:
            best_gain = max(_gain(top, votes), -1.0)
        gain = _gain(el, votes)
        if gain > best_gain:
            best, best_gain = el, gain
    return best


def _gain(el: Element, votes: dict[Element, int]) -> float:
    """Paragraph text of `el` less the penalty for its other text."""
    para = votes.get(el, 0)
    return float(para - OTHER_TEXT_PENALTY * (_TEXT_LENGTH(el) - para))


def _split_body(container: Element, sums: dict[Element, int], weights: dict[Element, int],
                marks: Boilerplate) -> list[Element] | None:
    """The body's parts when the page splits it into sibling wrappers of one kind.

    Some templates put each run of paragraphs in its own wrapper, with images, ads or
    quotes between them (`div.mod.modParagraph`, `div.body.articleBody` twice): the winner is
    one of them. Walking up the wrappers that hold only `container`'s paragraphs, the first
    one with siblings of the same tag and class that hold paragraphs of their own gives all
    of them, in document order. None when there is no such split.
    """
    node = container
    held = sums.get(node, 0) + weights.get(node, 0)
    while True:
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return None
        names = node.get("class")
        if not names and node.get("id") is None and node.tag == "div" \
                and (parts := _unnamed_parts(node, parent, sums)) is not None:
            return parts
        if names:
            kind = _class_kind(names)
            same = [el for el in parent if el is node or (
                el.tag == node.tag and _class_kind(el.get("class")) == kind
                and not marks.own(el))]
            if len(same) > 1:
                floor = max(MIN_PART_VOTES, PART_SHARE * max(sums.get(el, 0) for el in same))
                # A wrapper most of whose paragraph text is boilerplate is a widget of the
                # same kind, not a part: the readers' comments' box, its comments dropped
                # and only their "name - date" lines left.
                parts = [el for el in same if el is node or (
                    (sums.get(el, 0) >= floor or (sums.get(node, 0) < floor
                                                  and _holds_twin(el, node, container, sums)))
                    and 2 * sums.get(el, 0) >= marks.votes(el))]
                if len(parts) < 2 and not (
                        # A lone part whose next of the kind holds only a closing paragraph
                        # (set after a related-stories box and a sub-headline) is a split too.
                        (at := same.index(node)) + 1 < len(same)
                        and _closing_part(same[at + 1])):
                    return None
                # One of the kind between two parts is the body's too, however short: a
                # how-to's steps, each a wrapper, some one short sentence ("Step 2 Insert
                # your plant into the hole.") or a list ("What You'll Need:").
                first, last = same.index(parts[0]), same.index(parts[-1])
                # One of the kind after the last part that holds nothing but a closing
                # paragraph or two, too short to vote (SPIEGEL's last `div.RichText` block
                # after an ad: "Die Verhandlungen sollen … fortgesetzt werden."), is the
                # text's end, as one between two parts is.
                while last + 1 < len(same) and _closing_part(same[last + 1]):
                    last += 1
                parts = same[first:last + 1]
                # A sub-heading between two parts classed as they are (`h2.speakable` between
                # `div.speakable`s) is the body's too.
                if any(el.tag in _SUB_HEADINGS for el in parent):
                    span = parent[parent.index(parts[0]):parent.index(parts[-1]) + 1]
                    parts = [el for el in span if el in parts or (
                        el.tag in _SUB_HEADINGS and _class_kind(el.get("class")) == kind)]
                # A wrapper of another kind before the parts that holds as much text as one
                # of them is the story's opening (Medium: the intro in a <div> before the
                # <section> of each sub-heading).
                first = parent.index(parts[0])
                lead = [el for el in parent[:first] if isinstance(el.tag, str)
                        and not marks.own(el) and sums.get(el, 0) >= floor]
                return [*lead, *parts]
        if sums.get(parent, 0) > held:
            return None  # the parent holds other paragraphs: no longer a wrapper of ours
        node = parent


def _holds_twin(el: Element, node: Element, container: Element,
                sums: dict[Element, int]) -> bool:
    """Does `el`, a sibling of `node` of its kind, hold paragraphs in a wrapper named as
    `container` is, `node` wrapping `container`? Asked where `node` itself weighs less than
    the parts' floor, a short story: there the floor cannot tell a part from a widget, and a
    section of one template, each printing a sub-heading over the same named text wrapper
    (NHK's `div.content--body`s, each an `h2.body-title` over a `div.body-text`), is a part
    however short; only the longest of a short Japanese story's sections was kept. (A long
    text's newsletter box in the same wrapper as its sections stays out, under the floor; a
    topic page's story cards, each a `div.StoryCard_card` over its `div.StoryCard_content`,
    stay apart, each holding the link to its story.)"""
    names = container.get("class")
    return bool(names) and node is not container and sums.get(el, 0) > 0 and any(
        twin.get("class") == names for twin in el.iter(container.tag)) \
        and next(el.iter("a"), None) is None  # a listing's story cards each link their story


def _unnamed_parts(node: Element, parent: Element,
                   sums: dict[Element, int]) -> list[Element] | None:
    """The body's parts when it is split into unnamed `<div>`s (no class, no id), `node`
    one of them, a picture's or an ad's unnamed `<div>` between each two: the `<div>` two
    siblings after (or before) `node`, and so on, when it holds paragraphs of its own weighing
    at least `MIN_PART_VOTES` and the one between holds no paragraph and no link (a tag list,
    a share bar is no picture). Only parts met so, in document order with the ones between;
    None when there is none."""
    parts = [node]
    for step in (_next, _previous):
        el = node
        while True:
            between = step(el)
            if between is None:
                break
            part = step(between)
            if part is None or not _unnamed_div(between) or not _unnamed_div(part) \
                    or sums.get(between, 0) or sums.get(part, 0) < MIN_PART_VOTES \
                    or next(between.iter("a"), None) is not None:
                break
            parts += [between, part]
            el = part
    return sorted(parts, key=parent.index) if len(parts) > 1 else None


def _unnamed_div(el: Element) -> bool:
    return el.tag == "div" and el.get("class") is None and el.get("id") is None


def _next(el: Element) -> Element | None:
    return el.getnext()


def _previous(el: Element) -> Element | None:
    return el.getprevious()


#: The headings that may sit between a split body's parts (`_split_body`).
_SUB_HEADINGS = frozenset({"h2", "h3", "h4"})
#: A closing part (`_closing_part`) prints at most this many characters, in a paragraph of
#: at least this many words.
MAX_CLOSING_PART_CHARS = 400
MIN_CLOSING_PART_WORDS = 8


def _closing_part(el: Element) -> bool:
    """Does `el` (a wrapper of the body's parts' kind, after the last) hold only one short
    unlinked paragraph that ends as a sentence, and nothing else?

    >>> import lxml.html
    >>> def part(html): return _closing_part(lxml.html.fragment_fromstring(html))
    >>> part('<section class="t"><div class="r"><p>Talks between the two sides resume next week.'
    ...      '</p></div></section>')
    True
    >>> part('<section class="t"><p>Any suggestions? Leave a note at the position.</p>'
    ...      '<p>Happy coding.</p></section>')
    False
    >>> part('<section class="t"><p>Mehr zum Thema</p><ul><li><a>X</a></li></ul></section>')
    False
    >>> part('<section class="t"><p><a href="/x">Read the full report.</a></p></section>')
    False
    """
    text = " ".join(text_content(el).split())
    if not text or len(text) > MAX_CLOSING_PART_CHARS:
        return False
    paragraphs = [p for p in el.iter() if isinstance(p.tag, str) and p.tag in _PART_TAGS]
    if not any(p.tag == "p" for p in paragraphs) or any(p.tag not in ("p", "div", "section")
                                                        for p in paragraphs):
        return False
    if any(len(" ".join(text_content(a).split())) > 0 for a in el.iter("a")):
        return False
    texts = [t for p in el.iter("p") if (t := " ".join(text_content(p).split()))]
    # One sentence-ending paragraph: a writer's sign-off set apart in a part of its own
    # ("If you have any suggestions …", "Happy coding.") prints two or more short lines.
    return len(texts) == 1 and len(texts[0].split()) >= MIN_CLOSING_PART_WORDS \
        and texts[0][-1:] in ".!?\"”»“"


#: The elements a closing part may be built of: its paragraphs and their wrappers (a list,
#: a heading, a figure is something else).
_PART_TAGS = frozenset({"p", "div", "section", "ul", "ol", "li", "h2", "h3", "h4", "h5", "h6",
                        "figure", "img", "table", "blockquote", "form", "iframe", "aside"})


def _class_kind(names: str | None) -> frozenset[str] | None:
    """What kind of wrapper a class string names, without its BEM modifiers: a body split
    by a paywall break prints "article-body__part article-body__part--free" then "… --locked".

    >>> _class_kind("body__part body__part--free") == _class_kind("body__part body__part--locked")
    True
    >>> _class_kind("col col-main") == _class_kind("col col-sidebar")
    False

    TYPO3's content elements are one kind whatever their type, layout and spacing: a page's
    text is split into `frame-type-text` and `frame-type-textmedia` frames, a picture's or a
    download's between them.

    >>> _class_kind("frame frame-default frame-type-text frame-layout-0") == _class_kind(
    ...     "frame frame-default frame-type-textmedia frame-layout-0 frame-space-before-s")
    True
    >>> _class_kind("frame frame-default frame-type-text") == _class_kind(
    ...     "frame frame-default frame-type-list")
    False
    """
    if not names:
        return None
    if "frame-type-" in names and any(t[11:] in _TYPO3_TEXT_TYPES for t in names.split()
                                      if t.startswith("frame-type-")):
        return _TYPO3_FRAME
    return frozenset(t for t in names.split() if "--" not in t)


_TYPO3_FRAME = frozenset({"frame"})
#: The content elements that print text (a plugin's list, a downloads list or a shortcut to
#: other records is another kind: no part of the text however many paragraphs it holds).
_TYPO3_TEXT_TYPES = frozenset({"text", "textmedia", "textpic", "bullets", "html", "table"})


def _named_body_inside(best: Element, sums: dict[Element, int], weights: dict[Element, int],
                       marks: Boilerplate, paragraphs: Voters) -> Element | None:
    """A named body container inside `best` that holds all of its paragraph text: a post
    printed as loose text between <br>s in `article.entry-content` wins as its wrapper (the
    text has no <p> of its own to vote for the container), and the wrapper's byline, tags,
    share links and "popular" heading came with it. The outermost named container only: the
    first in document order.

    Such a container holds paragraphs, so it is an element of the voters' tree, whose names
    are read already (`Voters.named`): where one of them is inside `best`, only the elements
    before it are walked, to see that none of them is named first (the header over the text,
    not the whole text); where none is, a named element inside `best` holds no paragraph.
    """
    held = sums.get(best, 0) + weights.get(best, 0)
    if held <= 0:
        return None
    parents = paragraphs.parents()
    inside = []
    for el in paragraphs.named()[1]:
        node = parents[el]
        while node is not None and node is not best:
            node = parents[node]
        if node is best:
            inside.append(el)
    if not inside:
        return None  # the first named element inside holds no paragraph
    if len(inside) > 1:
        return _first_named_inside(best, sums, weights, marks, held)
    named = inside[0]
    if sums.get(named, 0) + weights.get(named, 0) != held:
        return None  # it, or a named element before it, is no such container
    path: list[Element] = []
    node = named
    while node is not best:
        if node is None:  # taken out of the tree since (a shifted paragraph decoded)
            return _first_named_inside(best, sums, weights, marks, held)
        path.append(node)
        node = node.getparent()
    for node in path:
        for before in node.itersiblings(preceding=True):
            for el in before.iter():
                if isinstance(el.tag, str) and (el.get("itemprop") == "articleBody"
                                                or names_say_body(el.get("class", ""))):
                    return None  # named first, and holding no paragraph
    return None if marks.own(named) else named


def _first_named_inside(best: Element, sums: dict[Element, int], weights: dict[Element, int],
                        marks: Boilerplate, held: int) -> Element | None:
    """`_named_body_inside` by a walk of all of `best`."""
    for el in best.iterdescendants():
        if not isinstance(el.tag, str) or (el.get("itemprop") != "articleBody"
                                           and not names_say_body(el.get("class", ""))):
            continue
        if sums.get(el, 0) + weights.get(el, 0) == held and not marks.own(el):
            return el
        return None  # the outermost named container only
    return None


def _known_container(top: Element, marks: Boilerplate) -> Element | None:
    """A named body container (itemprop=articleBody, .entry-content …) holding `top`."""
    for el in (top, *top.iterancestors()):
        if marks.own(el):
            return None
        if el.get("itemprop") == "articleBody" or names_say_body(el.get("class", "")):
            return el
    return None


def iter_blocks(container: Element, marks: Boilerplate) -> list[Element | str]:
    """Leaf block elements, and runs of inline content between blocks, in document order.

    A container's inline content between its block children is joined into one text run
    (`<div>NEW DELHI: <a>Pakistan</a>'s army…<p>…</p></div>`): a link inside a sentence must
    not become a block of its own. One loop with a stack of (children, current run), not a
    generator per container: a page's body has dozens of them.
    """
    holders = _block_holders(container)
    if not isinstance(container.tag, str) or marks.own(container):
        return []
    if container not in holders and container.tag != "td":
        # A leaf is one paragraph, its single <br>s line breaks; a table cell holding a legacy
        # page's story loose is read as runs, each <br> ending a line of its own (headline,
        # byline, date, then the text).
        return [container]
    boxes = _media_boxes(container, marks)
    own: Callable[[Element], bool] = marks.own
    if boxes:
        def own(el: Element) -> bool:
            return el in boxes or marks.own(el)
    blocks: list[Element | str] = []
    # (children, current run, its links, inside a link): text loose in a link that holds
    # blocks (a teaser card: `<a href><div><img></div><span>Headline</span> | mehr</a>`) is
    # all link.
    stack: list[tuple[Iterator[Element], list[str], list[str], bool]] = [
        (iter(container), [container.text or ""], [], False)]
    while stack:
        children, run, links, linked = stack[-1]
        for child in children:
            tag = child.tag
            if not isinstance(tag, str) or own(child):
                pass
            elif tag == "br" or (tag == "span" and _break_span(child)):
                # Loose text split by <br> is paragraphs (inside a <p> it is only a line break).
                run.append(_BREAK + _BREAK)
            elif tag == "hr" or (tag == "div" and is_divider(child)):
                _end_run(run, links, blocks, linked)
                if tag == "hr" or not _frames_aside(child, own):
                    blocks.append(child)  # a thematic break: `block_texts` marks it
            elif tag in _BLOCK_LIKE or child in holders:
                # A paywall's shifted text, shifted back here, on the blocks so classed only
                # (`decode_shifted`); a list shifted whole is a holder once it is read.
                holds = child in holders
                if "obfuscated" in (child.get("class") or ""):
                    if not decode_shifted(child):
                        run.append(child.tail or "")
                        continue  # no words when shifted back: left out
                    holders |= _block_holders(child)
                    holds = child in holders
                _end_run(run, links, blocks, linked)
                run.append(child.tail or "")  # read once the child's blocks are out
                if tag == "div" and not holds and _dated_strip(child):
                    continue  # the byline's name, role and <time>, set among the paragraphs
                if holds or tag == "td":  # a cell's <br>s split it (see above)
                    into_link = linked or (tag == "a" and child.get("href") is not None)
                    stack.append((iter(child), [child.text or ""], [], into_link))
                    break  # into the child; this loop resumes after it
                blocks.append(child)
                continue
            elif tag == "time" and not (child.tail or "").strip() \
                    and "".join(run).split() == " ".join(links).split():
                # A date printed alone between the blocks, or after nothing but links (the
                # header's "<a>NEWS</a> <time>2019.04.25 THU 16:00</time>" over the <h1>): the
                # page's, not text. The links stay, a link line the filter drops.
                continue
            else:
                # A <br> inside an inline element is a line break ("<font>By Jane Doe<br>
                # December 17, 2024</font>"), not words run together.
                anchors = _mark_breaks(child) if len(child) else []
                text = _text(child)
                run.append(text)
                if tag == "a":
                    if child.get("href") is not None:
                        links.append(text)
                elif anchors:
                    links.extend(text_content(a) for a in anchors)
            run.append(child.tail or "")
        else:
            _end_run(run, links, blocks, linked)
            stack.pop()
    return blocks


def _dated_strip(div: Element) -> bool:
    """Is `div` (a leaf block among the paragraphs) a byline and date strip: a `<time>` in
    it and no sentence, however its parts run together ("<div class=author><a>Ben Hill</a>
    <span>News Reporter</span><time>11:32, 14 Apr 2024</time></div>", read "Ben HillNews
    Reporter11:32, 14 Apr 2024")?

    >>> import lxml.html
    >>> def strip(html): return _dated_strip(lxml.html.fragment_fromstring(html))
    >>> strip('<div><a>Ben Hill</a><span>Reporter</span><time>11:32, 14 Apr 2024</time></div>')
    True
    >>> strip('<div><time>12:05</time> Police said the road was closed. More soon.</div>')
    False
    >>> strip('<div class="entry-time"><time>09:30 Uhr</time></div>')
    False
    """
    times = list(div.iter("time"))
    if not times:
        return False
    text = " ".join(text_content(div).split())
    if len(text) > MAX_DATED_STRIP_CHARS or _SENTENCE_END.search(text) is not None:
        return False
    # A name beside the time: a live blog's entry time alone ("<div><time>09:30 Uhr</time>
    # </div>") heads its entry, and is kept.
    rest = "".join(text.split())
    for time in times:
        rest = rest.replace("".join(text_content(time).split()), "", 1)
    return any(c.isalpha() for c in rest)


#: A byline and date strip (`_dated_strip`) prints at most this many characters.
MAX_DATED_STRIP_CHARS = 160
#: A sentence's end: a stop and a space or the text's end.
_SENTENCE_END = re.compile(r"[.!?。！？](?:\s|$)")


def _break_span(span: Element) -> bool:
    """An empty <span> classed "br": a React template's line break component (`<span
    class="id-r-component br" data-pos="2"></span>` between a story's loose paragraphs), a
    <br> under another tag.

    >>> import lxml.html
    >>> _break_span(lxml.html.fragment_fromstring('<span class="id-r-component br"></span>'))
    True
    >>> _break_span(lxml.html.fragment_fromstring('<span class="br">Text</span>'))
    False
    """
    return not len(span) and not span.text and "br" in (span.get("class") or "").split()


#: A class word naming a rule drawn between blocks ("cnn_divline", "section-divider").
_DIVIDER_TOKEN = re.compile(r"(?:^|[-_])(?:div-?line|divider|separator|hr)(?:$|[-_])", re.I)


def is_divider(el: Element) -> bool:
    """An empty <div> whose class names a divider: an <hr> drawn in CSS, a thematic break
    (what follows the last one is set apart, as after an <hr>: `_without_set_apart_tail`).

    >>> import lxml.html
    >>> div = lxml.html.fragment_fromstring
    >>> is_divider(div('<div class="cnn_divline cnn_divln3pxblck"></div>'))
    True
    >>> is_divider(div('<div class="divider">Text</div>')), is_divider(div('<div class="x"></div>'))
    (False, False)
    """
    if len(el) or (el.text or "").strip():
        return False  # most <div>s: children or text, and no class to read
    names = el.get("class")
    return bool(names) and any(_DIVIDER_TOKEN.search(t) for t in names.split())


def _frames_aside(divider: Element, own: Callable[[Element], bool]) -> bool:
    """Is a divider <div> the frame of a box beside it (an ad slot drawn between a top and a
    bottom divider), not a break in the text? Its neighbour is boilerplate, or a divider."""
    for preceding in (True, False):
        neighbour = next((el for el in divider.itersiblings(preceding=preceding)
                          if isinstance(el.tag, str)), None)  # past comments
        if neighbour is not None and (own(neighbour) or (
                neighbour.tag == "div" and is_divider(neighbour))):
            return True
    return False


def _media_boxes(container: Element, marks: Boilerplate) -> set[Element]:
    """Wrappers in `container` that hold an image and only a caption's worth of text, or a
    poll's choices (radio buttons, check boxes) and its question.

    A photo outside a <figure> (`<div><picture/><div>Caption</div><div>Getty Images</div>
    </div>`) brings its caption and credit in as short blocks. From each image, the widest
    wrapper below `container` whose text stays under `MAX_CAPTION_CHARS` is its box; an image
    inside a paragraph (an emoji, an inline icon) has none, and neither has a wrapper holding
    most of a short article's text. A <figure> with its caption beside a paragraph is the
    widest box: the wrapper is the paragraph's too (a block editor's group of text and photo).
    A box stays inside a listicle's item (`numbered_items`, kept by `marks`): the item's
    heading is text, its picture or embed beside it the box.
    """
    first = next(container.iter(*_IMAGE_TAGS, "input"), None)
    if first is None:
        return set()
    lengths: dict[Element, float] = {}
    boxes: set[Element] = set()
    limit = -1.0
    listicle = marks.has_items()
    for anchor in container.iter(*_IMAGE_TAGS, "input"):
        if is_icon(anchor) or (anchor.tag == "input"
                               and anchor.get("type") not in _CHOICE_TYPES):
            continue
        box = None
        bare = anchor  # the widest wrapper of the image with no text
        for parent in anchor.iterancestors():
            if parent is container or (listicle and (marks.kept(parent) or next(
                    parent.iter("h2", "h3"), None) is not None)):
                break  # (an item's heading is its text, never a caption)
            if parent.tag in _TEXT_HOLDERS or _control(parent):
                box = bare = None
                break  # an image inside a paragraph is part of it; in a button, its icon
            size = lengths.get(parent)
            if size is None:
                size = lengths[parent] = _TEXT_LENGTH(parent)
            if size > MAX_CAPTION_CHARS or (size and _sentence_heading(parent)):
                break
            if size:
                box = parent
                if parent.tag == "figure" and _beside_paragraph(parent):
                    break  # the captioned photo's box; the paragraph beside it is text
            elif box is None:
                bare = parent
        if box is None and bare is not None and anchor.get("alt"):
            box = _alt_caption(bare, anchor.get("alt", ""))
            if box is not None:
                lengths[box] = _TEXT_LENGTH(box)
        if box is not None:
            if limit < 0:
                limit = CAPTION_SHARE * _TEXT_LENGTH(container)
            if lengths[box] < limit:
                boxes.add(box)
    return boxes


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _alt_caption(picture: Element, alt: str) -> Element | None:
    """The caption printed loose after a picture, in the text's flow (Dainik Bhaskar's
    `<div><picture><img alt="बरामद गहना"></picture></div><div><span>बरामद गहना</span></div>`
    between two paragraphs): the block right after the picture's wrapper whose text is the
    image's alt text, word for word. A heading or a bold line that names the picture's
    subject is the text's sub-heading, and a paragraph that differs from the alt text by a
    word is text.

    >>> import lxml.html
    >>> box = lxml.html.fragment_fromstring('<div><p>Text.</p><div><img alt="The ASP"></div>'
    ...     '<div><span>The  ASP</span></div><h3>The ASP</h3></div>')
    >>> _alt_caption(box[1], "The ASP").tag
    'div'
    >>> _alt_caption(box[2], "The ASP") is None
    True
    >>> box = lxml.html.fragment_fromstring('<div><div><img alt="Avocados"></div>'
    ...     '<p><strong>Avocados</strong></p></div>')
    >>> _alt_caption(box[0], "Avocados") is None
    True
    """
    caption = picture.getnext()
    while caption is not None and not isinstance(caption.tag, str):
        caption = caption.getnext()  # past comments
    if caption is None or caption.tag in _HEADINGS or (picture.tail or "").strip():
        return None
    if len(caption) == 1 and caption[0].tag in ("strong", "b") and not (caption.text or "").strip():
        return None  # a bold line naming the picture's subject: a list's sub-heading
    alt = " ".join(alt.split())
    if not alt or len(alt) > MAX_CAPTION_CHARS:
        return None
    return caption if " ".join(text_content(caption).split()) == alt else None


#: A class word naming a control: "button", "btn", "print-button", "share_btn".
_CONTROL_TOKEN = re.compile(r"(?:^|[-_])(?:button|btn)s?$", re.I)


def _control(el: Element) -> bool:
    """Is `el` classed as a button? Its image is the control's icon, no photo: ma.hu's print
    and font-size buttons (`<div class="button print"><a …><img src="/img/printer.png">`)
    beside the lead paragraph, the date and the byline made their wrapper a photo box, and
    the lead was dropped as its caption.

    >>> import lxml.html
    >>> [_control(lxml.html.fragment_fromstring(f'<div class="{c}"></div>'))
    ...  for c in ("button print", "share-btn", "buttonless", "photo")]
    [True, True, False, False]
    """
    names = el.get("class")
    return bool(names) and ("butt" in names or "btn" in names) \
        and any(_CONTROL_TOKEN.search(t) for t in names.split())


#: A heading that is a sentence of the text has this many words at least.
MIN_SENTENCE_HEADING_WORDS = 8


def _sentence_heading(el: Element) -> bool:
    """Does `el` hold an <h2>/<h3> that is a sentence, not a link: the text's own line set
    as a heading over a picture (BuzzFeed's story items: `<div class="buzz_superlist_item">
    <h2>The mother of a woman who took … before her death.</h2><img …></div>`), which is no
    caption of it.

    >>> import lxml.html
    >>> _sentence_heading(lxml.html.fragment_fromstring('<div><h2>The mother of a woman who '
    ...     'took the pills has spoken.</h2><img src="x.jpg"></div>'))
    True
    >>> _sentence_heading(lxml.html.fragment_fromstring('<div><h2>A storm at sea</h2></div>'))
    False
    """
    for heading in el.iter("h2", "h3"):
        text = clean_text(text_content(heading)) or ""
        if text.endswith((".", "!", "?")) and len(text.split()) >= MIN_SENTENCE_HEADING_WORDS \
                and heading.find(".//a") is None:
            return True
    return False


def _beside_paragraph(figure: Element) -> bool:
    """Has the wrapper of `figure` a paragraph of its own (a `<p>` with text outside the
    figure, itself wrapped or not)?"""
    wrapper = figure.getparent()
    return wrapper is not None and any(
        p.getparent() is not figure and figure not in p.iterancestors()
        and text_content(p).strip() for p in wrapper.iter("p"))


#: An image declared this many pixels wide or less is an icon (an avatar, a flag), not a photo.
MAX_ICON_PX = 64


def is_icon(img: Element) -> bool:
    """An author's avatar or an inline icon, not a photo: WordPress's get_avatar() prints
    `class="avatar avatar-30 photo"` with its size; other icons declare a small width. A live
    blog's entries each open with their author's avatar: the entry is no photo box.

    >>> import lxml.html
    >>> img = lxml.html.fragment_fromstring
    >>> is_icon(img('<img class="avatar avatar-30 photo" src="a.jpg">'))
    True
    >>> is_icon(img('<img width="30" height="30" src="a.jpg">')), is_icon(img('<img width="640">'))
    (True, False)
    >>> is_icon(img('<img width="100%" src="a.jpg">')), is_icon(img('<img src="a.jpg">'))
    (False, False)
    """
    if "avatar" in img.get("class", ""):
        return True
    width = img.get("width", "")
    return width.isdigit() and int(width) <= MAX_ICON_PX


class Run(str):
    """A run of inline text between blocks, with the texts of the links in it: a run that is
    mostly a link ("Read: <a>…</a>" loose in a <div>) is a link paragraph like a <p> would be."""

    links: tuple[str, ...] = ()


def _end_run(run: list[str], links: list[str], blocks: list[Element | str],
             linked: bool = False) -> None:
    """Close a run of inline text: keep it as a block unless it is blank. A run inside a
    link (`linked`) is all link."""
    text = "".join(run)
    if text.strip():
        block = Run(text)
        block.links = (text,) if linked else tuple(links)
        blocks.append(block)
    run.clear()
    links.clear()


def _block_holders(container: Element) -> set[Element]:
    """The elements of `container` (itself included) that contain a block-level element, so
    are not leaf blocks: each block's ancestors, walked up until one already counted. Only
    block elements are visited (the lxml iterator filters tags in C), not the inline ones."""
    holders: set[Element] = set()
    for block in container.iter(*_BLOCK_LIKE):
        if block is container:
            continue
        node = block.getparent()
        while node not in holders:
            holders.add(node)
            if node is container:
                break
            node = node.getparent()
    return holders


def block_texts(blocks: Iterable[Element | str]) -> Iterator[tuple[str, float]]:
    """(paragraph text, link density) for each block; <br><br> splits a block in two.

    Links of a class the article already used inside its prose are keyword links (sites
    link place and topic names wherever they occur: "宮崎県：<a>高鍋町</a>、<a>新富町</a>"),
    not navigation: they do not make a paragraph a link list."""
    prose_link_classes: set[str] = set()
    for block in blocks:
        if not isinstance(block, str) and (block.tag == "hr" or (
                block.tag == "div" and is_divider(block))):
            yield THEMATIC_BREAK, 0.0
            continue
        if isinstance(block, str):
            raw = block
            links = sum(len(t) for t in getattr(block, "links", ()))
            size = len(raw.strip())
            if links < RUN_LINK_SHARE * size:
                links = 0
        else:
            anchors, raw = _marked_text(block)
            size = len(raw.strip())
            if anchors and next(block.iter("img"), None) is not None:
                cards = _hover_cards(block)  # not read (`_text`): their links do not count
                anchors = [a for a in anchors
                           if not any(card in a.iterancestors() for card in cards)]
            for above in block.iterancestors("a"):  # a loop, not any(<generator>): ~2x cheaper
                if above.get("href") is not None:
                    break
            else:
                above = None
            if above is not None:
                links = len(raw)  # a block inside a link (a teaser card in an <a>): all link
            elif anchors:
                # The text as printed, to weigh its links against; a run above keeps its
                # source's spacing (the IETF's padded `white-space: pre` spans print so).
                size = printed_len(raw)
                # Link text read after the <br>s are marked, as the block's own text is.
                spans = [(a.get("class"), 0 if (t := text_content(a)).startswith(_TWEET_PICTURE)
                          else printed_len(t)) for a in anchors]
                links = sum(n for _, n in spans)
                if len(spans) > 1 and block.tag == "p" and _linked_sentences(raw, anchors):
                    links = 0  # sources linked in a sentence, not a list of links
                elif len(spans) == 1 and links > PROSE_LINK_SHARE * size \
                        and (_link_inside_sentence(raw, anchors[0])
                             or _linked_subheading(block, anchors[0])):
                    links = 0  # a phrase of the sentence linked, not a link line
                if size >= PROSE_CHARS and links < PROSE_LINK_SHARE * size:
                    prose_link_classes.update(c for c, _ in spans if c)
                elif prose_link_classes and len(spans) > 1:
                    # Several keywords in a row; one link alone ("All about the World Cup.")
                    # is still a link line.
                    links -= sum(n for c, n in spans if c in prose_link_classes)
            else:
                links = 0
        size = max(size, 1)
        for part in _PARA_SPLIT.split(raw) if _BREAK in raw else (raw,):
            if _BREAK in part:
                yield from _lines_set_apart(part, links, size)
                continue
            text = clean_text(part)
            if text:
                yield text, min(links / size, 1.0)


def printed_len(text: str) -> int:
    r"""The length of `text` as a browser prints it, each run of white space one space: the
    source's indentation between a tag list's links (`<a>Polityka</a>⏎␣␣␣…<a>AFD</a>`) is
    no text the links leave unlinked.

    >>> printed_len("  Polityka\n            AFD  "), printed_len("")
    (12, 0)
    """
    return len(" ".join(text.split()))


#: A tweet's picture, printed as its link ("Well that's new <a>pic.twitter.com/EWgD…</a>"):
#: no link line, the text beside it is the tweet's.
_TWEET_PICTURE = "pic.twitter.com/"


#: Words a paragraph prints outside its links for them to be parts of its sentences.
PROSE_WORDS_BETWEEN = 8


def _linked_sentences(raw: str, anchors: list[Element]) -> bool:
    """Sentences whose phrases are links to the paper's earlier stories ("Trump <a>imposed
    tariffs … in 2018</a>, prompting Mexico to implement <a>duties on U.S. pork</a>. The
    tariffs were <a>lifted in 2019</a>."): text of its own between the links, and a sentence's
    end. A list of linked headlines prints a few words between them at most.

    >>> import lxml.html
    >>> p = lxml.html.fragment_fromstring('<p>Trump <a>imposed tariffs on steel in 2018</a>, '
    ...     'prompting Mexico to retaliate with <a>duties on pork, apples and bourbon</a>. The '
    ...     'tariffs were <a>lifted in 2019</a>.</p>')
    >>> _linked_sentences(p.text_content(), p.findall("a"))
    True
    >>> p = lxml.html.fragment_fromstring('<p>More: <a>Rates rise</a> and <a>Markets fall</a></p>')
    >>> _linked_sentences(p.text_content(), p.findall("a"))
    False

    A stock's quote link after the company's name ("<a>Enbridge</a> (<a>NYSE:ENB</a>)", as
    investing sites print every company a sentence names) is the sentence's, no headline:

    >>> p = lxml.html.fragment_fromstring('<p><a>Brookfield Infrastructure</a> (<a>NYSE:BIP'
    ...     '</a>), <a>Enbridge</a> (<a>NYSE:ENB</a>), and <a>NextEra Energy</a> (<a>NYSE:NEE'
    ...     '</a>) check all three boxes.</p>')
    >>> _linked_sentences(p.text_content(), p.findall("a"))
    True
    >>> p = lxml.html.fragment_fromstring('<p><a>CSX</a> (<a>NYSE:CSX</a>) looks cheap today.</p>')
    >>> _linked_sentences(p.text_content(), p.findall("a"))
    True
    """
    if raw.rstrip()[-1:] not in ".!?\"”’)":
        return False
    texts = [text_content(a) for a in anchors]
    linked = sum(len(t.split()) for t in texts)
    tickers = sum(1 for t in texts if ":" in t and _TICKER.fullmatch(t.strip()))
    if tickers and 2 * tickers >= len(anchors):
        return len(raw.split()) - linked >= WORDS_BESIDE_TICKERS
    return len(raw.split()) - linked >= PROSE_WORDS_BETWEEN


#: Words of its own a sentence naming companies with their quote links prints, at least.
WORDS_BESIDE_TICKERS = 3
#: A stock's exchange and ticker, linked to its quote page: "NYSE:BIP", "NASDAQ: AAPL", "TSX:ENB".
_TICKER = re.compile(r"(?:NYSE|NASDAQ|Nasdaq|NYSEMKT|NYSEAMERICAN|AMEX|OTC|OTCMKTS|TSX|TSXV|LSE"
                     r"|ASX|NSE|BSE|HKEX|SEHK|TSE|FRA|XETRA|EPA|BME):\s?[A-Z0-9][A-Z0-9.-]{0,7}")


#: Words a sentence prints before and after its one link for the link to be a phrase of it.
WORDS_BEFORE_LINK = 2
WORDS_AFTER_LINK = 3
#: … or this many before it where the link runs to the question mark ending the sentence
#: ("Why had there been such a <a>strong turn away from the Conservatives at the
#: election</a>?"): a promo's link closes a request, not a question.
WORDS_BEFORE_QUESTION_LINK = 4
_QUESTION_END = re.compile(r"\s*[?？][\"”’»]?\s*")
_WORDS = re.compile(r"\w+")


def _link_inside_sentence(raw: str, anchor: Element) -> bool:
    """Is the one link of a block a phrase inside its sentence: words of the sentence before
    it and after it, and the sentence's end after that ("What is his <a>status report on the
    Starmer government</a>, three months in?", "сметана (<a>низкокалорийный аналог
    сметаны</a>) и ряд других продуктов.")? A link line's label stands before its link
    ("Read more: <a>…</a>"), a promo's link closes it ("For more, <a>visit our page</a>.").

    >>> import lxml.html
    >>> p = lxml.html.fragment_fromstring('<p>What is his <a>status report on the Starmer '
    ...     'government</a>, three months in?</p>')
    >>> _link_inside_sentence(p.text_content(), p.find("a"))
    True
    >>> p = lxml.html.fragment_fromstring('<p>For more stories like this, <a>check our news '
    ...     'page</a>.</p>')
    >>> _link_inside_sentence(p.text_content(), p.find("a"))
    False
    >>> p = lxml.html.fragment_fromstring('<p>Why had there been such a <a>strong turn away '
    ...     'from the Conservatives at the election</a>?</p>')
    >>> _link_inside_sentence(p.text_content(), p.find("a"))
    True
    >>> p = lxml.html.fragment_fromstring('<p>Want more? <a>Read our guide</a>?</p>')
    >>> _link_inside_sentence(p.text_content(), p.find("a"))
    False
    """
    linked = text_content(anchor).strip()
    if not linked or raw.rstrip()[-1:] not in ".!?\"”’)":
        return False
    before, found, after = raw.partition(linked)
    if not found:
        return False
    words_before = len(_WORDS.findall(before))
    if words_before >= WORDS_BEFORE_QUESTION_LINK and _QUESTION_END.fullmatch(after):
        return True  # an interviewer's question asked up to its last word, linked
    return words_before >= WORDS_BEFORE_LINK and len(_WORDS.findall(after)) >= WORDS_AFTER_LINK


#: The paragraphs under a linked sub-heading: at least this many, of this many words.
SECTION_PARAGRAPHS = 2
SECTION_WORDS = 40
_SUBHEADINGS = frozenset({"h2", "h3", "h4"})


def _linked_subheading(block: Element, anchor: Element) -> bool:
    """Is `block` a sub-heading that is wholly a link to its subject (a gift guide's
    "<h3><a href=…>RAVPower 61W USB-C PD GaN Wall Charger</a></h3>"), over a section of two
    paragraphs or more? A teaser's linked headline has one excerpt under it, or none.

    >>> import lxml.html
    >>> box = lxml.html.fragment_fromstring('<div><h3><a href="/x">Charger</a></h3><p>' +
    ...     'It charges. ' * 20 + '</p><p>Fast.</p></div>')
    >>> _linked_subheading(box[0], box[0][0])
    True
    >>> box = lxml.html.fragment_fromstring('<div><h3><a href="/x">Rates rise</a></h3><p>' +
    ...     'The bank moved. ' * 20 + '</p><h3><a href="/y">Markets fall</a></h3></div>')
    >>> _linked_subheading(box[0], box[0][0])
    False

    A listicle's numbered items, each linked with a paragraph under it, are its headings:

    >>> item = '<h3><a href="/{0}">{0}. Charger</a></h3><p>' + 'It charges fast. ' * 5 + '</p>'
    >>> box = lxml.html.fragment_fromstring(f'<div>{item.format(1)}{item.format(2)}</div>')
    >>> _linked_subheading(box[0], box[0][0])
    True
    """
    if block.tag not in _SUBHEADINGS \
            or " ".join(text_content(anchor).split()) != " ".join(text_content(block).split()):
        return False
    paragraphs = list(takewhile(lambda el: el.tag == "p", block.itersiblings()))
    words = sum(len(text_content(p).split()) for p in paragraphs)
    if len(paragraphs) >= SECTION_PARAGRAPHS and words >= SECTION_WORDS:
        return True
    # A listicle's numbered item linked to the product ("<h3><a>2. Belkin BoostCharge
    # Pro</a></h3>", then a paragraph on it), beside the item numbered next or before it.
    number = _ITEM_NUMBER.match(text_content(block))
    return number is not None and paragraphs != [] and words >= ITEM_WORDS \
        and _numbered_neighbour(block, int(number[1]))


#: A numbered item's text under its linked heading is at least this many words.
ITEM_WORDS = 12


def _numbered_neighbour(heading: Element, number: int) -> bool:
    """Is a sibling heading of `heading`'s tag numbered just before or after `number`?"""
    for sibling in (*heading.itersiblings(heading.tag),
                    *heading.itersiblings(heading.tag, preceding=True)):
        other = _ITEM_NUMBER.match(text_content(sibling))
        if other is not None and abs(int(other[1]) - number) == 1:
            return True
    return False


def _lines_set_apart(part: str, links: int, size: int) -> Iterator[tuple[str, float]]:
    r"""A paragraph's (text, link density) blocks, a line after a single <br> that opens
    like a note, promo or link line (`bp.BOILERPLATE_PREFIX`: "(This story has not been
    edited …", "Also read: …") being a block of its own, so the filter judges it alone
    ("…he said.<br>(Except for the headline, …)" closing a portal's last paragraph). The
    links are the set-apart lines' first, so the text around them is not a link line.

    >>> [t for t, _ in _lines_set_apart("Rain fell.\u2029(This story has not been edited by "
    ...  "X staff and is from a syndicated feed.)", 0, 80)]
    ['Rain fell.', '(This story has not been edited by X staff and is from a syndicated feed.)']
    >>> [t for t, _ in _lines_set_apart("Rain fell.\u2029The story went on.", 0, 80)]
    ['Rain fell. The story went on.']
    >>> [(t, round(d, 2)) for t, d in _lines_set_apart("He said.\u2029Also read: Rates rise",
    ...                                                 10, 30)]
    [('He said.', 0.0), ('Also read: Rates rise', 0.48)]
    """
    lines = part.split(_BREAK)
    apart = [i for i, line in enumerate(lines) if i and bp.BOILERPLATE_PREFIX.match(line.lstrip())]
    if apart and bp.BOILERPLATE_PREFIX.match(whole := clean_text(" ".join(lines)) or ""):
        # The lines are one note together ("The-CNN-Wire<br>™ & © 2013 Cable News Network,
        # … All rights reserved."): its first line goes with it.
        yield whole, min(links / size, 1.0)
        return
    if not apart:
        text = clean_text(part.replace(_BREAK, "\n"))
        if text:
            yield text, min(links / size, 1.0)
        return
    left = links - sum(min(len(lines[i].strip()), links) for i in apart)  # links elsewhere
    start = 0
    for i in [*apart, len(lines)]:
        run = clean_text("\n".join(lines[start:i]))
        if run:
            yield run, min(max(left, 0) / max(len(run), 1), 1.0)
        if i < len(lines) and (text := clean_text(lines[i])):
            yield text, min(links / max(len(text), 1), 1.0)
        start = i + 1


#: What `_marked_text` walks below a block: `_mark_breaks`' tags and `_text`'s.
_MARKED_TEXT_TAGS = ("br", "img", *_NESTED_ASIDES, "span", "a", "em", "i", "b", "strong",
                     "small", "label")


def _marked_text(block: Element) -> tuple[list[Element], str]:
    r"""`_mark_breaks(block)`, then `_text(block)`, in one walk below `block`, not two: the
    breaks marked and the links found on the way to the tests of `_text` (an image, a nested
    aside, a screen reader's span), which most paragraphs fail; `_text` reads the few that
    pass.

    >>> p = etree.fromstring('<p>See <a href="/x">this</a><br/>Rain.</p>')
    >>> anchors, text = _marked_text(p)
    >>> [a.text for a in anchors], text
    (['this'], 'See this\u2029Rain.')
    """
    if not len(block):
        return _mark_breaks(block), block.text or ""
    tag = block.tag
    found = tag == "img" or tag in _NESTED_ASIDES
    anchors = []
    for el in block.iter(*_MARKED_TEXT_TAGS):  # the block itself too, as `_mark_breaks`
        name = el.tag
        if name == "br":
            tail = (el.tail or "").lstrip(" \t\r\n")
            try:
                el.tail = _BREAK + tail
            except ValueError:  # (as `_mark_breaks`)
                el.tail = _BREAK + _NOT_XML_TEXT.sub(_xml_safe, tail)
            continue
        if name == "a" and el.get("href") is not None:
            anchors.append(el)
        if found or el is block:
            continue
        if name == "img" or name in _NESTED_ASIDES or (
                (names := el.get("class")) and _SCREEN_READER_ONLY.search(names)):
            found = True
    return anchors, _text(block) if found else text_content(block)


def _text(el: Element) -> str:
    """The text of `el` without the figures and asides nested in it: a captioned photo or a
    fact box inside a paragraph, or inside a link loose in the body, is not article text.

    >>> import lxml.html
    >>> _text(lxml.html.fragment_fromstring('<p>Read on <button>Share</button></p>'))
    'Read on '
    >>> _text(lxml.html.fragment_fromstring(
    ...     '<h3 class="accordion-header"><button>Is there a fee?</button></h3>'))
    'Is there a fee?'
    """
    if not len(el):
        return el.text or ""  # no child nodes: its text, what `text_content` gives, cheaper
    # One walk below `el` for the three tests (an image, a nested aside, a screen reader's
    # span), not three: most paragraphs hold none, and each walk cost as much as the tests.
    tag = el.tag
    cards = tag == "img"
    aside = tag in _NESTED_ASIDES
    unread = False
    for below in el.iterdescendants("img", *_NESTED_ASIDES, *_INLINE_TAGS):
        name = below.tag
        if name == "img":
            cards = True
        elif name in _NESTED_ASIDES:
            aside = True
        elif not unread and (names := below.get("class")) and _SCREEN_READER_ONLY.search(names):
            unread = True
    if not cards and not unread and not aside:
        return text_content(el)
    copy = deepcopy(el)
    if aside and tag in _TOGGLE_HEADINGS and copy.find(".//button") is not None:
        # An accordion's heading printed as its toggle (Bootstrap's `h3.accordion-header >
        # button`: an FAQ's question): the button's words are the heading's, where it prints
        # no other.
        bare = deepcopy(copy)
        etree.strip_elements(bare, *_NESTED_ASIDES, with_tail=False)
        if not text_content(bare).strip():
            etree.strip_tags(copy, "button")
    etree.strip_elements(copy, *_NESTED_ASIDES, with_tail=False)
    for span in _screen_reader_spans(copy) if unread else ():
        span.drop_tree()  # its tail stays
    for card in [*_hover_cards(copy), *_inline_pictures(copy)] if cards else ():
        if card.getparent() is not None:  # not the block itself (a <span> read as one)
            card.drop_tree()  # its tail stays
    return text_content(copy)


#: Headings whose words an accordion's toggle button may print (`_text`).
_TOGGLE_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


#: A screen reader's words set inside a line of text, which the page does not print: a link's
#: "(link is external)" or "(opens in new tab)" (`<span class="sr-only">`, Bootstrap's,
#: WordPress's, Drupal's and Foundation's names for it). Whole blocks so named are boilerplate
#: already (`bp.BOILERPLATE_TOKEN`); these are the inline ones.
_SCREEN_READER_ONLY = re.compile(
    r"(?:^|\s)(?:sr-only|visually-?hidden|screen-reader-text|show-for-sr|element-invisible"
    # … and the "offscreen" helpers ("h-offscreen", "u-offscreen": a box's "Box aufklappen"
    # toggle label beside its heading).
    r"|(?:[a-z]{1,2}-)?offscreen)(?:$|\s)",
    re.I)


def _screen_reader_spans(el: Element) -> list[Element]:
    """The inline elements inside `el` that only a screen reader reads (outermost first).

    >>> import lxml.html
    >>> p = lxml.html.fragment_fromstring('<p>See <a href="/x">the report<span class='
    ...     '"visually-hidden"> (link is external)</span></a> here.</p>')
    >>> _text(p)
    'See the report here.'
    """
    return [d for d in el.iterdescendants(_INLINE_TAGS)
            if (names := d.get("class")) and _SCREEN_READER_ONLY.search(names)]


_INLINE_TAGS = ("span", "a", "em", "i", "b", "strong", "small", "label")


#: Class words of a picture's caption or credit; beside the <img>, its "source" is its credit
#: (Business Insider's `<span class="source-only source">Justin Sullivan/Getty Images</span>`).
_CAPTION_NAME = re.compile(r"caption|credit|attribution|(?<![a-z])source", re.I)


def _inline_pictures(el: Element) -> list[Element]:
    """The pictures a paragraph sets inline, their caption and credit with them: a <span>
    holding an <img> and a caption- or credit-named element (`<p><span class="storyimage">
    <img><span class="caption"><span class="attribution">© Getty Images</span></span>
    </span><strong>The text.</strong></p>`), the outermost such <span>.

    >>> import lxml.html
    >>> p = lxml.html.fragment_fromstring('<p><span class="pic"><img src="a.jpg"><span '
    ...     'class="caption">© Getty Images</span></span> The text.</p>')
    >>> for pic in _inline_pictures(p): pic.drop_tree()
    >>> p.text_content()
    ' The text.'
    """
    found: list[Element] = []
    for span in el.iterdescendants("span"):
        if next(span.iter("img"), None) is None or any(span in f.iterdescendants() for f in found):
            continue
        if any(_CAPTION_NAME.search(d.get("class") or "") for d in span.iter()):
            found.append(span)
    return found


def _hover_cards(el: Element) -> list[Element]:
    """The cards a paragraph hides inside a name until the pointer rests on it: an inline
    <span> holding a photo and links to the person's page and latest stories ("Rep.
    <span><a>Ilhan Omar</a><span class="…-block"><img><a>Ilhan Omar</a><a>Hillicon Valley:
    …</a><a>MORE</a></span></span> (D-Minn.)"), the innermost such <span>.

    >>> import lxml.html
    >>> p = lxml.html.fragment_fromstring('<p>Rep. <span><a href="/p/o">Ilhan Omar</a><span>'
    ...     '<img src="o.jpg"><a href="/p/o">Ilhan Omar</a><a href="/s/1">Latest story</a>'
    ...     '</span></span> (D-Minn.) said.</p>')
    >>> for card in _hover_cards(p): card.drop_tree()
    >>> p.text_content()
    'Rep. Ilhan Omar (D-Minn.) said.'
    """
    found = [span for span in el.iter("span")
             if next(span.iter("img"), None) is not None and len(span.findall(".//a")) > 1]
    return [span for span in found if not any(span in other.iterancestors() for other in found)]


def _mark_breaks(block: Element) -> list[Element]:
    r"""Mark the <br>s in `block` (itself included) as line breaks, and return its <a>s.

    The source's own newline after a <br> is no second break: WordPress's wpautop prints
    every line break in a post as "<br />" and a newline, and one <br> inside a paragraph
    is only a line break ("…in the country.<br />\n(ANI)" stays one paragraph); two
    <br>s still end one.

    >>> p = etree.fromstring("<p>Rain fell.<br />\n(ANI)<br/>\n<br/>\nNext.</p>")
    >>> _ = _mark_breaks(p); etree.tostring(p, method="text", encoding=str)
    'Rain fell.\u2029(ANI)\u2029\u2029Next.'
    """
    if not len(block) and block.tag not in ("br", "a"):
        return []  # no child elements, as in most paragraphs: nothing to walk
    anchors = []
    for el in block.iter("br", "a"):  # one walk for both
        if el.tag == "br":
            tail = (el.tail or "").lstrip(" \t\r\n")
            try:
                el.tail = _BREAK + tail
            except ValueError:
                # libxml2 keeps control characters it reads (Word's line break "\v", pasted
                # into a CMS), which lxml refuses to write back: the record would be lost.
                el.tail = _BREAK + _NOT_XML_TEXT.sub(_xml_safe, tail)
        elif el.get("href") is not None:  # <a name=…> marks a place in the text: not a link
            anchors.append(el)
    return anchors


#: Characters XML text may not hold (lxml refuses to set them): C0 controls but tab and the
#: line breaks, and the noncharacters U+FFFE/U+FFFF.
_NOT_XML_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_safe(match: re.Match[str]) -> str:
    r"""A vertical tab or form feed is white space (Unicode's, and Word's line break); any other
    such character is dropped, as `clean_text` drops it.

    >>> _NOT_XML_TEXT.sub(_xml_safe, "one\vtwo\x01")
    'one two'
    """
    return " " if match.group() in "\x0b\x0c" else ""


def is_label(text: str) -> bool:
    """A short line that introduces what follows rather than saying something.

    >>> is_label("More on this:"), is_label("Lesen Sie auch"), is_label("He resigned.")
    (True, True, False)
    >>> is_label("民主党此前计划提出不信任动议。"), is_label("相关新闻")
    (False, True)
    """
    return len(text) <= MAX_LABEL_CHARS and len(text.split()) <= MAX_LABEL_WORDS \
        and not text.endswith(_SENTENCE_ENDS)


#: An icon line is a few code points (an emoji with its joiners and selectors).
MAX_SYMBOLS = 12


def _only_symbols(key: str) -> bool:
    """A block of symbols alone: the emoji of a callout box ("📲" beside its text, as Ghost's
    callout card prints it), an icon. Punctuation lines ("___", AP's section break) are text.

    >>> _only_symbols("📲"), _only_symbols("❤️"), _only_symbols("___"), _only_symbols("")
    (True, True, False, False)
    """
    # Symbols (S*), with the joiners and variation selectors (Cf, Mn) emoji are built with.
    return 0 < len(key) <= MAX_SYMBOLS and all(
        unicodedata.category(c)[0] in "SCM" or c.isspace() for c in key)


#: What a block's phrase key (`is_boilerplate_text`) drops from its ends.
_KEY_STRIP = " .…:|»›>-–—"
_LONGEST_PHRASE = max(MAX_SYMBOLS, *map(len, bp.BOILERPLATE_PHRASES))


def _may_be_phrase(text: str, extra_phrases: frozenset[str]) -> bool:
    """Can the phrase key of `text` (casefolded, `_KEY_STRIP` and spaces stripped) be a
    phrase or an icon line? Not when `text` stripped alone is longer than them all: casefold
    never shortens a character, and folds none into or out of the stripped ones (checked over
    all of Unicode), so the key is at least that long. Long paragraphs skip the casefold.

    >>> _may_be_phrase("— Load more —", frozenset()), _may_be_phrase("word " * 20, frozenset())
    (True, False)

    The check over all of Unicode (a stripped character folds to itself, no other one folds
    to anything with a stripped character in it):

    >>> def stripped(c): return c in _KEY_STRIP or c.isspace()
    >>> all(c.casefold() == c if stripped(c) else not any(map(stripped, c.casefold()))
    ...     for c in map(chr, range(0x110000)))
    True
    """
    longest = max(_LONGEST_PHRASE, *map(len, extra_phrases)) if extra_phrases \
        else _LONGEST_PHRASE
    return len(text.strip(_KEY_STRIP).strip()) <= longest


#: What an editor's update note gives after its date, which a theme's "last modified" line
#: never does: the reason ("This article was updated on December 17 to include comment from
#: the owner.", "… with the final results").
_UPDATE_REASON = re.compile(
    r"\s(?:to (?:include|add|correct|reflect|clarify|remove|show|note|make clear)|"
    r"with (?:comment|additional|new|more|further|the (?:latest|final))|after (?:the|a|an) )", re.I)


#: The publication's stamp (perhaps labelled: "פורסם:") then the update's, their elements'
#: texts run together in one line: RBC's "17 декабря 2024, 13:03Последнее обновление: 17
#: декабря 2024, 14:10", Maariv's "פורסם: 17/12/2024 13:03עודכן לאחרונה: 17/12/2024 14:10",
#: Al Arabiya's "نشر في: 17 ديسمبر ,2024: 01:03 م KSAآخر تحديث: …".
_STAMP_BEFORE_UPDATE = re.compile(
    r"(?:[^\W\d]{2,12}(?: [^\W\d]{1,8})?\s*:\s*)?"  # "פורסם:", "نشر في:"
    r"\d{1,2}[./ ][^\s,]{1,12}[./ ]?\s*,?\s*\d{4}[,:]?\s+\d{1,2}:\d{2}"
    # Then perhaps the half of the day and the zone ("01:03 م KSA", "1:03 PM ET").
    r"(?:\s+[^\W\d]{1,3}\.?(?=\s))?(?:\s+[A-Z]{2,4}(?![A-Z]))?\s*"
    r"(?P<update>\D.{8,80})$")


def is_boilerplate_text(text: str, link_density: float, extra_phrases: frozenset[str]) -> bool:
    """A block that is a phrase, a credit line, a link list, or a 'last modified' line.

    >>> is_boilerplate_text("Load more...", 0.0, frozenset())
    True
    >>> is_boilerplate_text("Also Read: Markets fall", 1.0, frozenset())
    True
    >>> is_boilerplate_text("Got a story? Email the newsroom", 0.0, frozenset())
    True
    >>> is_boilerplate_text("Facebook Twitter WhatsApp Email", 0.0, frozenset())
    True
    >>> is_boilerplate_text("Pages: 1 2 3", 0.0, frozenset())  # a paged post's page links
    True
    >>> is_boilerplate_text("字級 分享 LINE 複製連結", 0.0, frozenset())
    True
    >>> is_boilerplate_text("Image caption, Voters queue in Leeds", 0.0, frozenset())
    True
    >>> is_boilerplate_text("Leia mais notícias sobre a região no g1 DF.", 0.1, frozenset())
    True
    >>> is_boilerplate_text("Jetzt mit BILDplus weiterlesen", 0.0, frozenset())
    True
    >>> is_boilerplate_text("Schon am Montag hatte der Abonnent geklagt.", 0.0, frozenset())
    False
    >>> [is_boilerplate_text(t, 0.0, frozenset()) for t in (  # a caption ending on its credit
    ...     "Xe buýt trên đường Lê Văn Lương. Ảnh: Ngọc Thành",
    ...     "地铁列车。 图片来源：成都轨道交通集团", "Ông nói: ảnh hưởng lớn.")]
    [True, True, False]
    >>> is_boilerplate_text("This article is for subscribers only.", 0.0, frozenset())
    True
    >>> [is_boilerplate_text(t, 0.0, frozenset()) for t in ("Bild: Armin Weigel/dpa",
    ...     "Symbolbild: dpa", "(Foto: dpa)", "Fot. PAP/Leszek Szymański", "Kuva: Lehtikuva",
    ...     "Credit: AP", "Bild: Die Zeitung berichtete am Montag über den Fall.")]
    [True, True, True, True, True, True, False]
    >>> [is_boilerplate_text(t, 0.0, frozenset()) for t in (
    ...     "Dieser Artikel ist nur für Abonnenten", "Sie sind bereits Abonnent? Hier anmelden",
    ...     "Denne artikkelen er for abonnenter.", "Redan prenumerant? Logga in",
    ...     "Questo articolo è riservato agli abbonati", "Материал доступен только подписчикам")]
    [True, True, True, True, True, True]
    >>> is_boilerplate_text("This content is available to members of the public from Monday.",
    ...                     0.0, frozenset())
    False
    >>> [is_boilerplate_text(t, 0.0, frozenset()) for t in ("ANNONSE", "Spread the love",
    ...                                                     "Teilen:", "Drucken")]
    [True, True, True, True]
    >>> is_boilerplate_text("The spokesman said no decision was made.", 0.0, frozenset())
    False
    >>> is_boilerplate_text("Get a look at the day ahead in U.S. and global markets with our "
    ...                     "Morning Bid U.S. email newsletter. Sign up here.", 0.0, frozenset())
    True
    >>> is_boilerplate_text("Get Metro Headlines in your inbox: The 10 top local news stories "
    ...                     "delivered daily. Sign Up", 0.2, frozenset())
    True
    >>> is_boilerplate_text("Missing out on the latest scoop? Sign up for POLITICO Playbook "
    ...                     "and get the latest news, every morning — in your inbox.", 0.0,
    ...                     frozenset())
    True
    >>> is_boilerplate_text("Get the latest news from KUNC delivered to your inbox. Sign up for"
    ...                     " our newsletter.", 0.3, frozenset())
    True
    >>> [is_boilerplate_text(t, 0.0, frozenset()) for t in (
    ...     "Each evening at 1830 UTC, DW's editors send out a selection of the day's hard news."
    ...     " You can sign up to receive it directly here.", "Get a note direct from our "
    ...     "correspondents. Sign up for the weekly What in the World newsletter here.",
    ...     "She told readers they could sign up here.")]  # a newsletter's teaser and call
    [True, True, False]
    >>> [is_boilerplate_text(t, 0.0, frozenset()) for t in (
    ...     "Our journalism needs your support. Please subscribe today to NJ.com.",
    ...     "Subscribe for unlimited access to Haaretz. Get the full experience. Subscribe",
    ...     "Abonnez-vous au Point pour 1€ le premier mois", "📣 The Indian Express is now on "
    ...     "Telegram. Click here to join our channel", "Was this article helpful?",
    ...     "The agency is now on Telegram, where it posts updates.")]  # calls to subscribe
    [True, True, True, True, True, False]
    >>> [is_boilerplate_text(t, 0.0, frozenset()) for t in (
    ...     "This advertisement has not loaded yet, but your article continues below.",
    ...     "By clicking on the sign up button you consent to receive the above newsletter.",
    ...     "Get our best travel deals in your inbox every week.", "Get unlimited digital "
    ...     "access to The Star. Subscribe now for just $1.", "Follow @htTweets for more",
    ...     "Watch more in iWantTFC", "SIGN UP", "Watch more in the video below, which shows"
    ...     " the storm.", "Receive the best of The Daily, every day, in your in-box.",
    ...     "Residents receive the letters in their inbox.")]  # lines only a box's class names mark
    [True, True, True, True, True, True, True, False, True, False]
    >>> [is_boilerplate_text(t, 0.0, frozenset()) for t in (
    ...     "This story was originally published November 21, 2019 5:45 PM.",
    ...     "This story was originally published November 21, 2019, in the print edition "
    ...     "with a different headline and has been updated to include the latest figures.")]
    [True, False]
    >>> is_boilerplate_text("Readers of the newsletter were asked what they thought. Sign up "
    ...                     "rates rose by a third after that.", 0.0, frozenset())
    False
    >>> is_boilerplate_text("Keep up with all the latest news from the UK and around the world"
    ...                     " by following Sky News", 0.0, frozenset())
    True
    >>> is_boilerplate_text("Join The Irish Times on WhatsApp and stay up to date", 0.0,
    ...                     frozenset())
    True
    >>> is_boilerplate_text("Copyright © 2024 The Washington Times, LLC.", 0.0, frozenset())
    True
    >>> is_boilerplate_text("This article has been published from a wire agency feed without "
    ...                     "modifications to the text.", 0.0, frozenset())
    True
    >>> is_boilerplate_text("This story was published from the courthouse steps.", 0.0,
    ...                     frozenset())
    False
    >>> is_boilerplate_text("ZEIT ONLINE hat diese Meldung redaktionell nicht bearbeitet.", 0.0,
    ...                     frozenset())
    True
    >>> is_boilerplate_text("(इस खबर को एनडीटीवी टीम ने संपादित नहीं किया है. यह सिंडीकेट फीड से "
    ...                     "सीधे प्रकाशित की गई है।)", 0.0, frozenset())
    True
    >>> is_boilerplate_text("ये भी पढ़ें- उत्तर भारत में शीतलहर का अलर्ट", 0.0, frozenset())
    True
    >>> is_boilerplate_text("For more news like this, visit our India page.", 0.0, frozenset())
    True
    >>> is_boilerplate_text("For more news on the budget, wait for Monday.", 0.0, frozenset())
    False
    >>> is_boilerplate_text("This article was updated on December 17 to include comment from"
    ...                     " the owner.", 0.0, frozenset())  # an editor's note: text
    False
    >>> is_boilerplate_text("This post was last modified on December 17, 2024 3:20 pm", 0.0,
    ...                     frozenset())
    True
    >>> is_boilerplate_text("Page 1 of 2", 0.0, frozenset())  # a paged article's counter
    True
    >>> is_boilerplate_text("20 hours ago", 0.0, frozenset())  # a theme's time stamp
    True
    >>> is_boilerplate_text("Images: Pexels; Hannah Burton/Bustle", 0.0, frozenset())
    True
    >>> is_boilerplate_text("Microsoft may earn an Affiliate Commission if you purchase "
    ...                     "something through recommended links in this article.", 0.0,
    ...                     frozenset()), is_boilerplate_text("Filed under: Politics |", 0.0,
    ...                     frozenset())  # an affiliate disclosure, a theme's tag line
    (True, True)
    >>> is_boilerplate_text("The broker may earn a commission if it sells the shares.", 0.0,
    ...                     frozenset())
    False
    >>> is_boilerplate_text("<Copyright ⓒ 한국일보. All rights reserved. 무단 전재 및 재배포 금지>",
    ...                     0.0, frozenset())  # a Korean paper's rights line
    True
    >>> [is_boilerplate_text(t, 0.0, frozenset()) for t in (
    ...     "Score: 7/10", "Our rating: 4 out of 5", "Bewertung: 4 von 5 Sternen", "4.5/5 stars",
    ...     "3/5", "Score: 7/10 for the first half")]
    [True, True, True, True, False, False]
    >>> [is_boilerplate_text(t, 0.0, frozenset()) for t in (  # a subscription offer's price
    ...     "Stay informed with The Namibian – your source for credible journalism. Get "
    ...     "in-depth reporting and opinions for only N$85 a month.",
    ...     "Få adgang til alle artikler for 99 kr. om måneden",
    ...     "The streaming service will cost $7.99 a month, the company said.",
    ...     '"Get it for $5 a month," he said.')]
    [True, True, False, False]
    >>> is_boilerplate_text("법원은 기사의 무단 전재 및 재배포 금지 조항이 유효하다고 "
    ...                     "판단했다.", 0.0, frozenset())  # a sentence about such a ban
    False
    >>> is_boilerplate_text("17 декабря 2024, 13:03Последнее обновление: 17 декабря 2024, "
    ...                     "14:10", 0.0, frozenset())  # two stamps run together
    True
    """
    if len(text) < 80 or _may_be_phrase(text, extra_phrases):
        key = text.casefold().strip(_KEY_STRIP).strip()
        if key in bp.BOILERPLATE_PHRASES or key in extra_phrases or _only_symbols(key):
            return True
        if text.strip() and not key.strip("_*=~•· "):
            return True  # nothing but stops, dashes, bars and rules (".", "---", "___", "***")
        if len(text) < 80 and key.partition(" ")[0].rstrip(",") in bp.SHARE_WORDS \
                and set(key.replace(",", " ").split()) <= bp.SHARE_WORDS:
            return True
        if "|" in key and len(text) < 80 and all(
                part in bp.SHARE_WORDS or part in bp.TOOL_LINKS for part in key.split(" | ")):
            return True  # an old CMS's tools line: "Print | Email this story"
    # The link test before the prefix regex (both say True): the regex, ~170 alternatives
    # tried one by one, is the dearest test here, and a link line need not pay for it.
    if link_density > 0.6 or (link_density > 0.3 and len(text) < 80):
        return True
    if text[-1:] == ")" and len(text) <= 120 and bp.AFFILIATE_LINE.fullmatch(text.rstrip()):
        return True
    if bp.BOILERPLATE_PREFIX.match(text):
        # "This article was updated …" is a theme's stamp, but an editor's note when it
        # gives its reason.
        return text[:5].casefold() != "this " or _UPDATE_REASON.search(text) is None
    if text[-16:].lower().rstrip(".! ").endswith(("sign up here", "sign up", "sign up now",
                                                  "sign up today", "your inbox",
                                                  "newsletter", "newsletter here",
                                                  "directly here", "receive it here")) \
            and bp.SIGN_UP_PROMO.fullmatch(text) is not None:
        return True
    if len(text) < bp.MAX_PRICE_PITCH_CHARS and ("month" in text or "måned" in text
                                                 or "Monat" in text or "mois" in text
                                                 or " mes" in text) \
            and bp.PRICE_PITCH.search(text) is not None:
        return True  # a subscription offer's price a month, set into the text
    if 40 <= len(text) < 120 and ":" in text[:30] \
            and (stamp := _STAMP_BEFORE_UPDATE.match(text)) \
            and bp.MODIFIED_LINE.match(stamp["update"]) is not None:
        return True  # "17 декабря 2024, 13:03Последнее обновление: …": two stamps' spans
    return len(text) < 80 and ((bp.MODIFIED_LINE.match(text) is not None
                                and _UPDATE_REASON.search(text) is None)
                               or bp.CREDIT_LINE.match(text) is not None
                               or bp.PUBLISHED_DATE_LINE.match(text) is not None
                               or bp.PAGE_COUNTER.fullmatch(text) is not None
                               or bp.POST_PAGE_LINKS.fullmatch(text) is not None
                               or bp.RELATIVE_TIME.fullmatch(text) is not None
                               or (text[:1] in "WLDd" and bp.VIDEO_LABEL.fullmatch(text)
                                   is not None)
                               or (text[-1:] in "0123456789.sSn"
                                   and bp.RATING_LINE.fullmatch(text) is not None)
                               or ((" from " in text or "ime" in text)
                                   and bp.RECIPE_META_LINE.fullmatch(text) is not None))
