"""Voters: the paragraph-like elements of a page, the weight of their votes for a container,
and the small tree of their ancestors that the container choice and the boilerplate verdicts
read (see `generic`).

Paragraphs (<p>, <pre>, <div>s with loose text) vote their text length, links discounted;
sub-headlines count as article text but do not vote. Iterative walks only: 10,000 nested
<div>s must not raise RecursionError.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from lxml import etree

from newsscraper.extract import boilerplate as bp
from newsscraper.extract.marks import AttributeMarks, Boilerplate, element_marks, headline_aside
from newsscraper.page import Element, Page, text_content

#: Paragraph text shorter than this does not vote for a container.
MIN_VOTE_CHARS = 25
#: <div>s with a text child longer than 25 characters once spaces are normalised, found from
#: their text (`div/text()[…]/..`, a raw length test first): 2x cheaper than testing every
#: <div> (`div[text()[…]]`), and the same elements. `string-length()`, not `string-length(.)`:
#: the same value, without a node-set built for each text (~10 % off the walk).
_LOOSE_TEXT = "text()[string-length() > 25][string-length(normalize-space()) > 25]/.."
_LOOSE_DIV = f"div/{_LOOSE_TEXT}"
#: An <article> can hold its text loose too, lines split by <br>s with no <p> (portals that
#: print an agency's copy as sent: `<article id="dic_area">…<br><br>…`); it votes as a <div>.
_LOOSE_ARTICLE = f"article/{_LOOSE_TEXT}"
_XP_LOOSE_DIVS = etree.XPath(f"descendant::{_LOOSE_DIV}")
#: … tested one by one (`_loose_articles`): a page has few <article>s, and a second XPath
#: walk of the whole body would cost every page.
_XP_LOOSE_SELF = etree.XPath(f"self::*[{_LOOSE_TEXT[:-3]}]")
#: The voter tags but <div>: a page has hundreds of <div>s, and the few with loose text come
#: from `_XP_LOOSE_DIVS`.
_VOTER_TAGS = ("p", "pre", "h2", "h3", "h4", "article")
_LOOSE_TAGS = frozenset({"div", "article"})
#: Two lists of elements merged into one in document order (libxml2 sorts the union).
_XP_MERGED = etree.XPath("$one | $other")
#: The voter candidates of a page with no <body> or several (none, or the union's).
_XP_VOTERS = etree.XPath(
    f"//body//p | //body//pre | //body//{_LOOSE_DIV} | //body//{_LOOSE_ARTICLE} | //body//h2"
    " | //body//h3 | //body//h4"
)
_XP_LOOSE_TEXT = etree.XPath("text()", smart_strings=False)
#: Below this much paragraph text a page's table cells with loose text vote too.
MIN_PAGE_VOTES = 400
_XP_LOOSE_CELLS = etree.XPath(f"//body//td/{_LOOSE_TEXT} | //body//td//font/{_LOOSE_TEXT}"
                              # … or in a <span>: an ASP.NET label control prints the story
                              # loose in `<span id="…_lblArticleText">`, split by <br>s.
                              f" | //body//span/{_LOOSE_TEXT}"
                              # … or in a <section> (a blog template's `<section
                              # class="body" itemprop="articleBody">`, lines split by <br>s).
                              f" | //body//section/{_LOOSE_TEXT}")
#: … and, likewise, <div>s whose text sits in a <span> (Draft.js editors' blocks, `<div
#: class="public-DraftStyleDefault-block"><span data-text="true">…</span></div>`, one per
#: paragraph, with no <p>; a Hebrew portal's React pages print their stories so).
_XP_SPAN_TEXT_DIVS = etree.XPath(
    f"//body//div/span/{_LOOSE_TEXT}/.. | //body//div/span/span/{_LOOSE_TEXT}/../..")
_HEADINGS = frozenset({"h2", "h3", "h4"})
#: A sub-headline shorter than this is a label ("Share", "Tags"), not article text.
MIN_HEADING_CHARS = 12


class Voter(NamedTuple):
    """One paragraph-like element and the weight of its vote."""

    element: Element
    weight: int
    #: Sub-headlines count as article text when widening the container, but do not vote
    #: for their parent (a heading alone does not make a container).
    heading: bool = False


class Voters(list[Voter]):
    """The page's voting paragraphs in document order, and (built on first use) the tree of
    their ancestors: ~100 nodes a page, so subtree sums take one pass over it instead of a
    walk up every paragraph's ~10 ancestors each time they are asked for."""

    _parents: dict[Element, Element | None] | None = None
    _bottom_up: list[Element]
    _named: tuple[list[Element], list[Element]] | None = None
    _said: dict[Element, AttributeMarks] | None = None
    #: What `_reaches` read of the first paragraphs' ancestors on the way (`said` reuses it).
    _seen: dict[Element, AttributeMarks] | None = None

    def parents(self) -> dict[Element, Element | None]:
        """Each voter and each of their ancestors, mapped to its parent (None at the top)."""
        if self._parents is None:
            self._parents, depth = _ancestor_tree(v.element for v in self)
            self._bottom_up = sorted(depth, key=depth.__getitem__, reverse=True)
        return self._parents

    def said(self) -> dict[Element, AttributeMarks]:
        """What the attributes of each element of the tree say (`marks.attribute_marks`), read
        once a page for every question asked of them (set apart, body container, boilerplate):
        reading them is the cost, not the tests, and the tree's elements are asked about again
        after the rest of the page has pushed them out of the CPU's caches."""
        if self._said is None:
            seen = self._seen or {}  # (the marks are never empty tuples: `or` reads as a test)
            self._said = {el: seen.get(el) or element_marks(el) for el in self.parents()}
        return self._said

    def named(self) -> tuple[list[Element], list[Element]]:
        """The elements of the tree that are set apart (`_apart`), and those that name a known
        body container."""
        if self._named is None:
            apart: list[Element] = []
            bodies: list[Element] = []
            for el, (_, whole, body) in self.said().items():
                if whole or (el.tag in _HARD_DROP_TAGS and not headline_aside(el)):
                    apart.append(el)
                if body:
                    bodies.append(el)
            self._named = apart, bodies
        return self._named

    def covered(self, marks: Boilerplate) -> dict[Element, bool]:
        """For each element of the tree, `marks.covers(el)`, worked out from the top down: an
        element under boilerplate is covered without judging it, so the paragraphs of a
        comment thread or a related-stories list cost one verdict, not one per ancestor."""
        parents, said = self.parents(), self.said()
        covered: dict[Element, bool] = {}
        for el in reversed(self._bottom_up):  # parents before children
            parent = parents[el]
            covered[el] = (parent is not None and covered[parent]) or marks.own(el, said[el])
        return covered

    def subtree_sums(self, weights: dict[Element, int]) -> dict[Element, int]:
        """For each element of the tree, the weights of the voters strictly inside it."""
        parents = self.parents()
        total = dict.fromkeys(self._bottom_up, 0)
        total.update(weights)  # each voter's own weight, then what is inside it
        for el in self._bottom_up:  # children before parents: `total[el]` is complete
            parent = parents[el]
            if parent is not None:
                total[parent] += total[el]
        for el, weight in weights.items():
            total[el] -= weight  # strictly inside: not its own
        return total


def _ancestor_tree(
    elements: Iterable[Element],
) -> tuple[dict[Element, Element | None], dict[Element, int]]:
    """Parent and depth of `elements` and all their ancestors. Each walk up stops at the
    first ancestor an earlier walk reached, so every element is visited once."""
    parents: dict[Element, Element | None] = {}
    depth: dict[Element, int] = {}
    for el in elements:
        path: list[Element] = []
        node = el
        while node not in parents:
            parent = node.getparent()
            parents[node] = parent
            path.append(node)
            if parent is None:
                break
            node = parent
        level = -1 if path and path[-1] is node else depth[node]  # a new top, or known
        for below in reversed(path):
            level += 1
            depth[below] = level
    return parents, depth


def voters(page: Page) -> Voters:
    """Every paragraph that votes, with its weight (text length minus twice its link text)."""
    out = Voters()
    for el in _candidates(page):
        tag = el.tag
        if tag in _HEADINGS:
            text_len = len(_text(el).strip())
            if text_len >= MIN_HEADING_CHARS and not _link_chars(el) and not _in_link(el):
                out.append(Voter(el, text_len, heading=True))
            continue
        if tag in _LOOSE_TAGS:
            text_len = len("".join(_XP_LOOSE_TEXT(el)).strip())
            weight = text_len
        else:
            text_len = len(_text(el).strip())
            weight = text_len - 2 * _link_chars(el) if text_len >= MIN_VOTE_CHARS else 0
        if text_len >= MIN_VOTE_CHARS and weight > 0:
            out.append(Voter(el, weight))
    if not _reaches(out, MIN_PAGE_VOTES):
        # Next to no paragraph text: a legacy table layout may hold the story loose in a
        # <td> or a <font> in one, split by <br>s (`<td><font size="5"><b>Headline</b>
        # </font><br>…<br><br>…`), or a legacy CMS in a <span>.
        for el in _XP_LOOSE_CELLS(page.root):
            text_len = len("".join(_XP_LOOSE_TEXT(el)).strip())
            if text_len >= MIN_VOTE_CHARS and not _set_apart(el):
                out.append(Voter(el, text_len))
        voting = {v.element for v in out}
        added = False
        for el in _XP_SPAN_TEXT_DIVS(page.root):
            if el in voting or el.find(".//div") is not None or _set_apart(el):
                continue  # a wrapper of blocks is no paragraph; comments are no story
            weight = len(_text(el).strip()) - 2 * _link_chars(el)
            if weight >= MIN_VOTE_CHARS:
                out.append(Voter(el, weight))
                added = True
        if added:  # back into document order, as the container choice reads them
            order = {el: i for i, el in enumerate(page.root.iter())}
            out.sort(key=lambda v: order[v.element])
    return out


def _candidates(page: Page) -> list[Element]:
    """<p>, <pre>, <h2>-<h4> and <div>s and <article>s with loose text (`_LOOSE_DIV`) in
    <body>, in document order: one walk over the body for all but the <div>s, with its tags
    filtered in C (the few <article>s tested on the way), merged with the loose <div>s. Not
    a walk of every <div> (a Python object for each), nor a union of XPath scans."""
    bodies = page.bodies()
    if len(bodies) != 1:
        return _XP_VOTERS(page.root)  # type: ignore[no-any-return]
    found = [el for el in bodies[0].iter(*_VOTER_TAGS)
             if el.tag != "article" or _XP_LOOSE_SELF(el)]
    loose = _XP_LOOSE_DIVS(bodies[0])
    return _XP_MERGED(bodies[0], one=loose, other=found) if loose else found


def subtree_votes(
    paragraphs: Voters, marks: Boilerplate | None = None
) -> tuple[dict[Element, int], int]:
    """Paragraph weight held by each element's subtree, and the page total."""
    weights = weights_outside(paragraphs, marks)
    return paragraphs.subtree_sums(weights), sum(weights.values())


def weights_outside(paragraphs: Voters, marks: Boilerplate | None) -> dict[Element, int]:
    """Each voter's weight, for voters outside boilerplate."""
    if marks is None:
        return {v.element: v.weight for v in paragraphs}
    covered = paragraphs.covered(marks)
    return {v.element: v.weight for v in paragraphs if not covered[v.element]}


def dropped_votes(paragraphs: Voters, votes: dict[Element, int]) -> int:
    """Paragraph weight in elements that are boilerplate whatever they hold: tags that never
    hold article text (a sticky <aside> of "Most read" excerpts), cookie-consent or modal
    dialogs, and the readers' comments. That text is not the page's, so it must not lower a
    short story's share of the page (which keeps a boilerplate-named body wrapper,
    "storyDetails taboola-readmore")."""
    found = paragraphs.named()[0]
    if not found:
        return 0
    outer = set(found)
    return sum(votes.get(el, 0) for el in found
               if not any(a in outer for a in el.iterancestors()))


def _reaches(voters: Voters, chars: int) -> bool:
    """Do the paragraphs outside comments and asides hold `chars` of text? Stops as soon as
    they do: on an article, after its first few paragraphs. The attribute marks read on the
    way are kept for `Voters.said`, which asks them of the same elements again."""
    total = 0
    memo: dict[Element, bool] = {}  # the voters share their ancestors
    said = voters._seen = {}
    for voter in voters:
        # A reader's comment is a voter of its own (`<div class="comment">` with loose text).
        if not voter.heading and not _set_apart(voter.element, memo, said) \
                and not _apart(voter.element, said):
            total += voter.weight
            if total >= chars:
                return True
    return False


def _set_apart(el: Element, memo: dict[Element, bool] | None = None,
               said: dict[Element, AttributeMarks] | None = None) -> bool:
    """Is `el` inside the readers' comments, an <aside>, <nav> or <footer>, or a consent
    dialog: text that is never the page's own (`dropped_votes` leaves it out likewise)?

    `memo` remembers the answer for each ancestor walked (is it, or one above it, such an
    element?): a page's paragraphs share their ancestors, so the next paragraph's walk stops
    at its parent."""
    memo = {} if memo is None else memo
    path: list[Element] = []
    verdict = False
    node = el.getparent()
    while node is not None:
        known = memo.get(node)
        if known is not None:
            verdict = known
            break
        path.append(node)
        if _apart(node, said):
            verdict = True
            break
        node = node.getparent()
    for seen in path:
        memo[seen] = verdict
    return verdict


def _apart(el: Element, said: dict[Element, AttributeMarks] | None = None) -> bool:
    """Is `el` itself such an element (`_set_apart`)? What its attributes say goes into
    `said` when given."""
    if el.tag in _HARD_DROP_TAGS and not headline_aside(el):
        return True
    marks = element_marks(el)
    if said is not None:
        said[el] = marks
    return marks[1]


#: `bp.DROP_TAGS` but <figure>, which may hold the article's table.
_HARD_DROP_TAGS = frozenset(bp.DROP_TAGS) - {"figure"}


def known_container_paths(paragraphs: Voters) -> set[Element]:
    """Named body containers above any paragraph ("entry-content", itemprop=articleBody), and
    their ancestors: a wrapper around the article is never boilerplate, whatever its class
    says ("l-sidebar-fixed l-article-body-segment")."""
    named = paragraphs.named()[1]
    if not named:
        return set()
    above = {p for p in paragraphs.parents().values() if p is not None}  # voters' ancestors
    found: set[Element] = set()
    for el in named:
        if el in above:
            found.add(el)
            found.update(el.iterancestors())
    return found


def _text(el: Element) -> str:
    """`text_content(el)`, read without the serializer when `el` has no child nodes (most
    paragraphs): then its text is all of it."""
    return text_content(el) if len(el) else el.text or ""


def _in_link(el: Element) -> bool:
    """Is `el` inside a link? A heading wrapped in <a> (`<a><h2>…</h2></a>`) is a teaser
    card's headline, not a sub-headline: as article text it would pull the container up into
    the teaser list."""
    return any(a.get("href") is not None for a in el.iterancestors("a"))


def _link_chars(el: Element) -> int:
    """Text length of the links in a paragraph or heading (never itself a link)."""
    if not len(el):
        return 0  # no child elements, as in most paragraphs: nothing to walk
    chars = 0
    for a in el.iter("a"):
        if a.get("href") is not None:  # <a name=…> marks a place in the text: not a link
            chars += len(text_content(a))
    return chars
