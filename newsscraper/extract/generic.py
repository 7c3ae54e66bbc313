"""Generic main-content extraction on lxml: which blocks of a page are the article body.

1. Mark boilerplate: DROP_TAGS, and elements whose class/id token says share/related/comments/
   author-bio/ads… (`boilerplate.BOILERPLATE_TOKEN`), unless they hold the headline or a known
   body container.
2. Choose the container: a known body container holding most of the page's paragraph text,
   else the deepest element holding most of it (paragraph text, links excluded, boilerplate
   excluded).
3. Collect its blocks in document order and filter link lists and boilerplate phrases.
Iterative walks only: 10,000 nested <div>s must not raise RecursionError.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from lxml import etree

from newsscraper.extract import boilerplate as bp
from newsscraper.page import Element
from newsscraper.processors import clean_text

if TYPE_CHECKING:
    import lxml.html


#: Paragraph text shorter than this does not vote for a container.
MIN_VOTE_CHARS = 25
#: How much non-paragraph text costs against paragraph text when widening the container.
OTHER_TEXT_PENALTY = 3.0
#: A "boilerplate"-named element holding this share of the paragraph text is kept.
PROTECT_SHARE = 0.5
_PARA_SPLIT = re.compile(r"\n\s*\n")
_XP_CANDIDATES = etree.XPath(bp.BOILERPLATE_CANDIDATES_XPATH)
_XP_H1 = etree.XPath("boolean(.//h1)")
_XP_HIDDEN_OR_ASIDE = etree.XPath(bp.HIDDEN_OR_ASIDE_XPATH)
_BLOCK_LIKE = bp.BLOCK_TAGS | bp.CONTAINER_TAGS - {"span", "font"} | {"h1"}
_XP_VOTERS = etree.XPath(
    "//body//p | //body//pre"
    " | //body//div[text()[string-length(normalize-space(.)) > 25]]"
)


def paragraph_votes(
    root: lxml.html.HtmlElement, skip: set[Element]
) -> tuple[dict[Element, int], int]:
    """Paragraph text (links discounted) held by each element, and the page total."""
    votes: dict[Element, int] = {}
    total = 0
    for el in _XP_VOTERS(root):
        text_len = len((el.text_content() or "").strip())
        if text_len < MIN_VOTE_CHARS or (skip and inside(el, skip)):
            continue
        weight = text_len - 2 * _link_chars(el)
        if weight <= 0:
            continue
        total += weight
        for anc in el.iterancestors():
            votes[anc] = votes.get(anc, 0) + weight
    return votes, total


def boilerplate_elements(root: lxml.html.HtmlElement) -> set[Element]:
    """Elements (with their subtrees) that never belong to the body.

    An element whose class says "boilerplate" but that holds most of the page's paragraph
    text is a mis-named wrapper (a theme's "content-sidebar-wrap"), so it is kept.
    """
    found: set[Element] = set(root.iter(*bp.DROP_TAGS))
    votes, total = paragraph_votes(root, set())
    for el in _XP_HIDDEN_OR_ASIDE(root):
        if el.tag not in bp.PROTECTED_TAGS and votes.get(el, 0) < PROTECT_SHARE * total:
            found.add(el)
    for el in _XP_CANDIDATES(root):
        if el.tag in bp.PROTECTED_TAGS or el.get("itemprop") == "articleBody":
            continue
        if not names_say_boilerplate(f"{el.get('class', '')} {el.get('id', '')}") or _XP_H1(el):
            continue
        if total and votes.get(el, 0) >= PROTECT_SHARE * total:
            continue
        found.add(el)
    return found


@lru_cache(maxsize=65536)
def names_say_boilerplate(names: str) -> bool:
    """Do these class/id tokens mark boilerplate (and none marks a body container)?

    Cached: a page repeats the same class strings hundreds of times, and a site's pages share
    them, so the regexes run once per distinct string.

    >>> names_say_boilerplate("share-buttons top"), names_say_boilerplate("entry-content share")
    (True, False)
    """
    tokens = names.split()
    if any(bp.KEEP_TOKEN.match(t) for t in tokens):
        return False
    return any(bp.BOILERPLATE_TOKEN.match(t) for t in tokens)


def names_say_body(names: str) -> bool:
    """Do these class/id tokens name a known body container ("entry-content", …)?

    >>> names_say_body("post entry-content clearfix")
    True
    """
    return any(t in bp.BODY_CONTAINER_NAMES for t in names.split())


def inside(el: Element, marked: set[Element]) -> bool:
    if el in marked:
        return True
    return any(a in marked for a in el.iterancestors())


def _link_chars(el: Element) -> int:
    return sum(len(a.text_content()) for a in el.iter("a"))


def choose_containers(root: lxml.html.HtmlElement, skip: set[Element]) -> list[Element]:
    """The element(s) holding the article's paragraphs, in document order.

    Readability's rule: each paragraph votes its text length for its parent and half for its
    grandparent; the top candidate wins, together with siblings that hold a fair share of
    paragraph text (a body split by ad slots). A known body container around the winner is
    taken whole, so sub-headlines and lists inside it come along.
    """
    scores: dict[Element, float] = {}
    for el in _XP_VOTERS(root):
        if skip and inside(el, skip):
            continue
        text_len = len(el.text_content().strip()) if el.tag != "div" else _direct_text(el)
        weight = text_len - 2 * _link_chars(el) if el.tag != "div" else text_len
        if text_len < MIN_VOTE_CHARS or weight <= 0:
            continue
        parent = el.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0.0) + weight
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + weight / 2
    if not scores:
        return []
    top = max(scores, key=scores.__getitem__)
    best = _climb(top, paragraph_votes(root, skip)[0])
    known = _known_container(best, skip)
    return [known if known is not None else best]


def _climb(top: Element, votes: dict[Element, int]) -> Element:
    """From the top candidate up, the ancestor with the best paragraph-text balance.

    Paragraphs wrapped one per <div> (React sites) never share a parent, so the winner alone is
    one paragraph; climbing collects them, and stops where a step brings in more other text
    (navigation, teasers, widgets) than paragraph text.
    """
    best, best_gain = top, -1.0
    for el in (top, *top.iterancestors()):
        if el.tag == "html":
            break
        para = votes.get(el, 0)
        total = el.xpath("string-length(normalize-space(.))")
        gain = para - OTHER_TEXT_PENALTY * (total - para)
        if gain > best_gain:
            best, best_gain = el, gain
    return best


def _direct_text(el: Element) -> int:
    return len("".join(el.xpath("text()")).strip())


def _known_container(top: Element, skip: set[Element]) -> Element | None:
    """A named body container (itemprop=articleBody, .entry-content …) holding `top`."""
    for el in (top, *top.iterancestors()):
        if el in skip:
            return None
        if el.get("itemprop") == "articleBody" or names_say_body(el.get("class", "")):
            return el
    return None


def iter_blocks(container: Element, skip: set[Element]) -> Iterator[Element | str]:
    """Leaf block elements, and runs of inline content between blocks, in document order."""
    has_blocks = _block_map(container)
    stack: list[Iterator[Element | str]] = [iter([container])]
    while stack:
        item = next(stack[-1], None)
        if item is None:
            stack.pop()
        elif isinstance(item, str):
            yield item
        elif isinstance(item.tag, str) and item not in skip:
            if not has_blocks.get(item, False):
                yield item
            else:
                stack.append(_children_and_runs(item, has_blocks, skip))


def _children_and_runs(
    el: Element, has_blocks: dict[Element, bool], skip: set[Element]
) -> Iterator[Element | str]:
    """A container's children, with the inline content between its block children joined
    into one text run (`<div>NEW DELHI: <a>Pakistan</a>'s army…<p>…</p></div>`): a link
    inside a sentence must not become a block of its own."""
    run: list[str] = [el.text or ""]
    for child in el:
        if not isinstance(child.tag, str) or child in skip:
            pass
        elif child.tag == "br":
            # Loose text split by <br> is paragraphs (inside a <p> it is only a line break).
            run.append("\n\n")
        elif child.tag in _BLOCK_LIKE or has_blocks.get(child, False):
            text = "".join(run)
            if text.strip():
                yield text
            run = []
            yield child
        else:
            run.append(child.text_content())
        run.append(child.tail or "")
    text = "".join(run)
    if text.strip():
        yield text


def _block_map(container: Element) -> dict[Element, bool]:
    """For each element: does it contain block-level children (so it is not a leaf block)?"""
    has: dict[Element, bool] = {}
    for el in reversed(list(container.iter(etree.Element))):
        parent = el.getparent()
        if parent is not None and (el.tag in _BLOCK_LIKE or has.get(el, False)):
            has[parent] = True
    return has


def block_texts(blocks: Iterable[Element | str]) -> Iterator[tuple[str, float]]:
    """(paragraph text, link density) for each block; <br><br> splits a block in two."""
    for block in blocks:
        if isinstance(block, str):
            raw, links = block, 0
        else:
            for br in block.iter("br"):
                br.tail = "\n" + (br.tail or "")
            raw = block.text_content()
            # A block inside a link (a teaser card wrapped in <a>) is all link text.
            in_link = any(a.tag == "a" for a in block.iterancestors())
            links = len(raw) if in_link else _link_chars(block)
        size = max(len(raw.strip()), 1)
        for part in _PARA_SPLIT.split(raw) if "\n" in raw else (raw,):
            text = clean_text(part)
            if text:
                yield text, min(links / size, 1.0)


def is_boilerplate_text(text: str, link_density: float, extra_phrases: frozenset[str]) -> bool:
    """A block that is a phrase, a credit line, a link list, or a 'last modified' line.

    >>> is_boilerplate_text("Load more...", 0.0, frozenset())
    True
    >>> is_boilerplate_text("Also Read: Markets fall", 1.0, frozenset())
    True
    >>> is_boilerplate_text("The spokesman said no decision was made.", 0.0, frozenset())
    False
    """
    key = text.casefold().strip(" .…:|»›>-–—").strip()
    if key in bp.BOILERPLATE_PHRASES or key in extra_phrases:
        return True
    if bp.BOILERPLATE_PREFIX.match(text):
        return True
    if link_density > 0.6 or (link_density > 0.3 and len(text) < 80):
        return True
    return len(text) < 80 and bp.MODIFIED_LINE.match(text) is not None
