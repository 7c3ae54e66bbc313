"""Generic main-content extraction on lxml: which blocks of a page are the article body.

1. Voters: paragraphs (<p>, <pre>, <div>s with loose text) vote their text length, links
   discounted, for their parent and half for their grandparent (readability's rule).
2. Container: the top candidate, climbed to the ancestor with the best balance of paragraph
   text against other text; a known body container around it is taken whole.
3. Blocks: its leaf blocks and inline runs in document order, boilerplate skipped
   (`marks.Boilerplate`), then filtered for link lists and boilerplate phrases.
Iterative walks only: 10,000 nested <div>s must not raise RecursionError.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from lxml import etree

from newsscraper.extract import boilerplate as bp
from newsscraper.extract.marks import Boilerplate, names_say_body
from newsscraper.page import Element
from newsscraper.processors import clean_text

#: Paragraph text shorter than this does not vote for a container.
MIN_VOTE_CHARS = 25
#: How much non-paragraph text costs against paragraph text when widening the container.
OTHER_TEXT_PENALTY = 3.0
_PARA_SPLIT = re.compile(r"\n\s*\n")
_TEXT_LENGTH = etree.XPath("string-length(normalize-space(.))")
_BLOCK_LIKE = bp.BLOCK_TAGS | bp.CONTAINER_TAGS - {"span", "font"} | {"h1"}
_XP_VOTERS = etree.XPath(
    "//body//p | //body//pre | //body//div[text()[string-length(normalize-space(.)) > 25]]"
    " | //body//h2 | //body//h3 | //body//h4"
)
_HEADINGS = frozenset({"h2", "h3", "h4"})
#: A sub-headline shorter than this is a label ("Share", "Tags"), not article text.
MIN_HEADING_CHARS = 12


@dataclass(frozen=True, slots=True)
class Voter:
    """One paragraph-like element and the weight of its vote."""

    element: Element
    weight: int
    #: Sub-headlines count as article text when widening the container, but do not vote
    #: for their parent (a heading alone does not make a container).
    heading: bool = False


def voters(root: Element) -> list[Voter]:
    """Every paragraph that votes, with its weight (text length minus twice its link text)."""
    out: list[Voter] = []
    for el in _XP_VOTERS(root):
        if el.tag in _HEADINGS:
            text_len = len(el.text_content().strip())
            if text_len >= MIN_HEADING_CHARS and not _link_chars(el):
                out.append(Voter(el, text_len, heading=True))
            continue
        if el.tag == "div":
            text_len = len("".join(el.xpath("text()")).strip())
            weight = text_len
        else:
            text_len = len(el.text_content().strip())
            weight = text_len - 2 * _link_chars(el) if text_len >= MIN_VOTE_CHARS else 0
        if text_len >= MIN_VOTE_CHARS and weight > 0:
            out.append(Voter(el, weight))
    return out


def subtree_votes(
    paragraphs: list[Voter], marks: Boilerplate | None = None
) -> tuple[dict[Element, int], int]:
    """Paragraph weight held by each element's subtree, and the page total."""
    votes: dict[Element, int] = {}
    total = 0
    for voter in paragraphs:
        if marks is not None and marks.covers(voter.element):
            continue
        total += voter.weight
        for anc in voter.element.iterancestors():
            votes[anc] = votes.get(anc, 0) + voter.weight
    return votes, total


def known_container_paths(paragraphs: list[Voter]) -> set[Element]:
    """Named body containers above any paragraph ("entry-content", itemprop=articleBody), and
    their ancestors: a wrapper around the article is never boilerplate, whatever its class
    says ("l-sidebar-fixed l-article-body-segment")."""
    seen: set[Element] = set()
    found: set[Element] = set()
    for voter in paragraphs:
        for el in voter.element.iterancestors():
            if el in seen:
                break
            seen.add(el)
            if el.get("itemprop") == "articleBody" or names_say_body(el.get("class", "")):
                found.add(el)
                found.update(el.iterancestors())
    return found


def inside(el: Element, marks: Boilerplate) -> bool:
    """Is `el` or an ancestor boilerplate?"""
    return marks.covers(el)


def _link_chars(el: Element) -> int:
    return sum(len(a.text_content()) for a in el.iter("a"))


def choose_containers(paragraphs: list[Voter], marks: Boilerplate) -> list[Element]:
    """The element(s) holding the article's paragraphs, in document order."""
    scores: dict[Element, float] = {}
    for voter in paragraphs:
        if voter.heading or marks.covers(voter.element):
            continue
        parent = voter.element.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0.0) + voter.weight
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + voter.weight / 2
    if not scores:
        return []
    top = max(scores, key=scores.__getitem__)
    best = _climb(top, subtree_votes(paragraphs, marks)[0])
    known = _known_container(best, marks)
    if known is None:
        return [best]
    # A body split in two named containers (a paywall break, an ad slot) is one body.
    parent = known.getparent()
    return [el for el in parent if el is known or (
        isinstance(el.tag, str) and names_say_body(el.get("class", "")) and not marks.own(el)
    )] if parent is not None else [known]


def _climb(top: Element, votes: dict[Element, int]) -> Element:
    """From the top candidate up, the ancestor with the best paragraph-text balance.

    Paragraphs wrapped one per <div> (React sites) never share a parent, so the winner alone is
    one paragraph; climbing collects them, and stops where a step brings in more other text
    (navigation, teasers, widgets) than paragraph text.
    """
    best, best_gain = top, -1.0
    previous = -1
    page_total = max(votes.values(), default=0)
    for el in (top, *top.iterancestors()):
        para = votes.get(el, 0)
        if el.tag in ("html", "body") or previous == page_total:
            break
        if para == previous:
            continue  # a wrapper adding no paragraph text only adds other text: cannot win
        previous = para
        total = _TEXT_LENGTH(el)
        gain = para - OTHER_TEXT_PENALTY * (total - para)
        if gain > best_gain:
            best, best_gain = el, gain
    return best


def _known_container(top: Element, marks: Boilerplate) -> Element | None:
    """A named body container (itemprop=articleBody, .entry-content …) holding `top`."""
    for el in (top, *top.iterancestors()):
        if marks.own(el):
            return None
        if el.get("itemprop") == "articleBody" or names_say_body(el.get("class", "")):
            return el
    return None


def iter_blocks(container: Element, marks: Boilerplate) -> Iterator[Element | str]:
    """Leaf block elements, and runs of inline content between blocks, in document order."""
    has_blocks = _block_map(container)
    stack: list[Iterator[Element | str]] = [iter([container])]
    while stack:
        item = next(stack[-1], None)
        if item is None:
            stack.pop()
        elif isinstance(item, str):
            yield item
        elif isinstance(item.tag, str) and not marks.own(item):
            if not has_blocks.get(item, False):
                yield item
            else:
                stack.append(_children_and_runs(item, has_blocks, marks))


def _children_and_runs(
    el: Element, has_blocks: dict[Element, bool], marks: Boilerplate
) -> Iterator[Element | str]:
    """A container's children, with the inline content between its block children joined
    into one text run (`<div>NEW DELHI: <a>Pakistan</a>'s army…<p>…</p></div>`): a link
    inside a sentence must not become a block of its own."""
    run: list[str] = [el.text or ""]
    for child in el:
        if not isinstance(child.tag, str) or marks.own(child):
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
