"""The article body: the page's `Layout` (voting paragraphs, boilerplate verdicts, the next
story on an infinite-scroll page), `body_paragraphs` and the filtering of its blocks
(related-stories headings, set-apart tails, repeated labels), gallery captions and the
summary list under the headline.

Separate because it reads the text itself rather than one printed field: the layout is
computed before the printed fields (the standfirst search shares its verdicts) and the
paragraphs after them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from itertools import islice, takewhile
from typing import TYPE_CHECKING

from cssselect import SelectorError
from lxml import etree

from newsscraper.extract import boilerplate as bp
from newsscraper.extract import generic, metadata
from newsscraper.extract.agency import SOURCE_CREDIT_LINE, wire_stamp
from newsscraper.extract.css import compiled, compiled_union
from newsscraper.extract.headline import (
    MAX_STANDFIRST_CHARS,
    names_say_standfirst,
    photo_caption,
)
from newsscraper.extract.marks import EMBEDDED_POSTS, Boilerplate
from newsscraper.page import Element, text_content
from newsscraper.processors import (
    clean_text,
    credit_then_day,
    day_then_source,
    is_date_line,
    normalise_agency,
    without_comment_count,
)

if TYPE_CHECKING:
    from newsscraper.page import Page
    from newsscraper.sites.profile import SiteProfile

#: A line of the writer, the day and a comment count over the text is shorter.
MAX_CREDIT_DAY_CHARS = 80
#: A related-stories heading ends the body only after this many words of it.
STOP_AFTER_WORDS = 60
#: A paragraph this long right after a related-stories heading means the article goes on.
LONG_PARAGRAPH_WORDS = 40
#: … or a run of unlinked paragraphs as long, opening with one of at least this many words.
MIN_FOLLOWING_WORDS = 15
#: … also after at most this many link blocks (over this link density) of an inline box.
INLINE_BOX_LINKS = 2
LINK_BLOCK_DENSITY = 0.6
#: What follows the last <hr> is set apart when it has at most this share of the words above
#: (about a third: a two-paragraph company profile under a 350-word release).
SET_APART_SHARE = 0.35
#: A rights line or syndication note longer than this is not kept for its credit.
MAX_NOTE_CHARS = 400
#: A repeated label beside a paragraph of this many words is a widget's (`_repeated_labels`).
LABEL_NEIGHBOUR_WORDS = 15


@dataclass(slots=True)
class Layout:
    """What the body and standfirst searches share: the page's voting paragraphs and the
    boilerplate verdicts (generic rules plus the profile's drops)."""

    paragraphs: generic.Voters
    marks: Boilerplate
    #: The element read as the standfirst: it is the subtitle, so never also a body paragraph.
    standfirst: Element | None = None
    #: The standfirst was found beside the story's <h1>, a box's <h1> ("Log In") printed
    #: first: the text is still read as before, and keeps the dek where it holds it.
    standfirst_in_text: bool = False
    #: The wrappers of other stories the page prints whole: the next story an infinite-scroll
    #: page prints below this one, a series view's sibling <article>s.
    stories: list[Element] = dataclass_field(default_factory=list)
    #: The heading of the page's own story where the page's <h1> is not its headline (a
    #: series view's <h2>): the standfirst is looked for beside it.
    headline: Element | None = None
    #: Credit lines ("By Jane Doe") dropped from the top of the body, before any paragraph:
    #: they name the writers where the metadata names only the site.
    credits: list[str] = dataclass_field(default_factory=list)
    #: Rights lines, syndication notes and wire stamps dropped from the text ("© 2024 AFP",
    #: "… hat diese Meldung redaktionell nicht bearbeitet. Sie wurde … (dpa) übernommen.",
    #: "ANI | Updated: Dec 17, 2024 13:03 IST"): on some pages the only line that credits the
    #: wire.
    notes: list[str] = dataclass_field(default_factory=list)
    #: Credit lines dropped after the text: a reporter's closing by-line ("(By Lai Yu-chen and
    #: Sean Lin)", "By Jane Wanjiru"), an editor's ("Edited by Emmanuel Yashim").
    closers: list[str] = dataclass_field(default_factory=list)
    #: Publication stamps dropped from the text ("CNNMoney (New York) First published November
    #: 29, 2016: 3:33 AM ET"): the zone they name is the page's when nothing else states one.
    stamps: list[str] = dataclass_field(default_factory=list)
    #: The paragraphs of the posts embedded in the body (`embedded_posts`): kept in the body,
    #: left out of the content hash.
    embedded: list[str] = dataclass_field(default_factory=list)
    #: The body prints a paged article's counter past its first page ("Page 2 of 2", Joomla's
    #: pagebreak at `?start=1`, the first page's canonical): not the article's record, which
    #: is the first page's, but a version 2 holding its last paragraphs.
    later_page: bool = False
    #: A source line printed just after the text's container ("Source: Reuters/fh" in a
    #: `div.source` under CNA's text): no body text, but the copy's only wire credit.
    source_after: list[str] = dataclass_field(default_factory=list)


def page_layout(page: Page, profile: SiteProfile | None) -> Layout:
    """Voters and boilerplate marks for `page`, computed once per page."""
    paragraphs = page.memo("voters", generic.voters)  # the listing test may have read them
    votes, total = generic.subtree_votes(paragraphs)
    total -= generic.dropped_votes(paragraphs, votes)
    kept = {a for h1 in page.h1s() for a in (h1, *h1.iterancestors())}
    kept |= generic.known_container_paths(paragraphs)
    drops = compiled_union(profile.drop)(page.root) if profile and profile.drop else []
    # An infinite-scroll page's next story is never this body (looked for only on pages
    # with two <h1>s: the titles cost a JSON-LD walk).
    following = generic.next_story(page.h1s(), paragraphs, metadata.title(page)) \
        if len(page.h1s()) > 1 else None
    # A series view's other stories, printed whole beside this one, are never its body
    # (looked for only where several <article>s hold paragraphs, for the same cost).
    series = generic.series_story(page.h1s(), votes, metadata.title(page)) \
        if following is None and sum(el.tag == "article" for el in votes) > 1 else None
    stories = [following] if following is not None else series[1] if series else []
    return Layout(paragraphs, Boilerplate(votes, total, kept, [*drops, *stories]),
                  stories=stories, headline=series[0] if series else None)


def body_paragraphs(
    page: Page, profile: SiteProfile | None, layout: Layout, title: str = ""
) -> list[str]:
    """Body paragraphs: profile body rules, else the generic container, then filtered."""
    marks = layout.marks
    # The headline is the title and the standfirst the subtitle: never body paragraphs.
    standfirst = [] if layout.standfirst is None or layout.standfirst_in_text \
        else [layout.standfirst]
    marks.add([*page.h1s(), *standfirst, *_summary_list(page.h1s())])
    blocks: list[Element | str] = []
    containers: list[Element] = []
    for rule in profile.fields.body if profile else ():
        matches = [m for m in compiled(rule)(page.root) if not marks.covers(m)]
        if matches:
            for m in matches:
                blocks.extend(generic.iter_blocks(m, marks))
            containers = matches
            break
    if not blocks:
        containers = generic.choose_containers(layout.paragraphs, marks)
        if containers and (own := _headline_article(page, layout)) is not None \
                and _other_stories(containers, own):
            # Other stories' cards (each an <article> with its excerpt in an "entry-content")
            # outweigh a short story in the headline's own <article>: that story is the body.
            marks.add(containers)
            again = generic.choose_containers(layout.paragraphs, marks)
            if again and all(c is own or own in c.iterancestors() for c in again) \
                    and sum(len(text_content(c)) for c in again) >= MIN_OWN_STORY_CHARS:
                containers = again
            else:
                marks.drop(containers)
        lead = _leading_standfirst(containers[0]) if containers else None
        if layout.standfirst is None:
            layout.standfirst = lead
            marks.add([lead] if lead is not None else [])
        elif lead is not None and lead.tag in ("ul", "ol"):
            marks.add([lead])  # a summary list opening the text, the dek printed above: no body
        marks.add(_leading_boxes(containers[0]) if containers else [])
        marks.add(_closing_topic_box(containers[-1]) if containers else [])
        if page.email_fields:
            for container in containers:
                marks.add(_signup_boxes(container, page.email_fields))
        for container in containers:
            marks.add(widget_boxes(container))
            marks.add(results_widgets(container))
        head = layout.headline if layout.headline is not None else next(iter(page.h1s()), None)
        if containers and head is not None:
            marks.add(_over_headline(containers[0], head))
        if len(page.h1s()) > 1 and head is not None:
            marks.drop(_subhead_h1s(containers, page.h1s(), head, title))
        if containers and (locked := _paywalled_parts(page)):
            containers = [*_free_paragraphs(containers[0], locked, marks), *containers]
        for container in containers:
            marks.add(pull_quotes(container))
        for container in containers:
            blocks.extend(generic.iter_blocks(container, marks))
    phrases = frozenset(p.casefold().strip(" .…") for p in profile.drop_phrases) if profile \
        else frozenset()
    patterns = [p for _, p in profile.compiled_date_patterns] if profile else []
    texts = list(generic.block_texts(blocks))
    # One body container (most pages): its embedded posts and its page links found in one
    # walk of it, not two.
    posts_and_pages = _POSTS_AND_PAGE_LINKS(containers[0]) if len(containers) == 1 else None
    layout.later_page = any(len(text) < 40 and (n := bp.PAGE_COUNTER.fullmatch(text)) is not None
                            and int(n.group(1)) > 1 for text, _ in texts) \
        or (any(_current_post_page(container) > 1 for container in containers)
            if posts_and_pages is None else _shown_post_page(posts_and_pages) > 1)
    layout.embedded = embedded_posts(containers, marks) if posts_and_pages is None \
        else _posts_text([el for el in posts_and_pages if el.tag == "blockquote"], marks)
    cells = _phrase_cells(texts, containers)
    if layout.embedded:
        cells |= _linked_posts_text(containers, posts_and_pages, marks)
    paragraphs = _filter_blocks(texts, phrases, patterns, title, layout.credits, layout.closers,
                                layout.notes, layout.stamps, cells,
                                _closing_paragraphs(containers[-1]) if containers else frozenset())
    if containers:
        layout.source_after = source_after_text(containers[-1])
    if not profile and _gallery_intro(paragraphs):
        # A gallery with no text container of its own (Arc's captions alone; a photostory
        # whose one-paragraph intro is the standfirst, or its text) is looked for beside the
        # headline.
        anchor = containers[0] if containers else next(iter(page.h1s()), None)
        if anchor is not None:
            paragraphs += gallery_captions(anchor, page.h1s())
    return paragraphs


#: A source line after the text is short; the elements after the text looked at.
MAX_SOURCE_AFTER_CHARS = 60
SOURCE_AFTER_SIBLINGS = 2
#: … and holds at most this many child elements (a line's links or bold runs).
MAX_SOURCE_AFTER_CHILDREN = 3


def source_after_text(container: Element) -> list[str]:
    """The source line one of the two elements after the text's `container` prints alone
    ("Source: Reuters/fh", "Quelle: dpa"), as a closing line for `find_agency` to read.

    >>> root = etree.fromstring('<div><div class="text"><p>Sales slowed.</p></div>'
    ...                         '<div class="source">Source: Reuters/fh</div></div>')
    >>> source_after_text(root[0])
    ['Source: Reuters/fh']
    >>> root = etree.fromstring('<div><div><p>Sales slowed.</p></div><p>Sources say more '
    ...                         'cuts are coming next year, officials said.</p></div>')
    >>> source_after_text(root[0])
    []
    """
    for sibling in islice(container.itersiblings(), SOURCE_AFTER_SIBLINGS):
        if not isinstance(sibling.tag, str) or len(sibling) > MAX_SOURCE_AFTER_CHILDREN:
            continue  # a box of its own (a newsletter form, a rail): never a line's text
        text = clean_text(text_content(sibling)) or ""
        if len(text) <= MAX_SOURCE_AFTER_CHARS and SOURCE_CREDIT_LINE.match(text):
            return [text]
    return []


#: The headline's own <article> is the body in place of other stories' cards only where it
#: prints this much text: more than its header and a standfirst.
MIN_OWN_STORY_CHARS = 2 * MAX_STANDFIRST_CHARS
#: The headline's <article> is looked for this many levels above the headline.
HEADLINE_ARTICLE_REACH = 4


def _headline_article(page: Page, layout: Layout) -> Element | None:
    """The <article> the page's headline is printed in (a few levels up), or None."""
    head = layout.headline if layout.headline is not None else next(iter(page.h1s()), None)
    if head is None:
        return None
    for el in islice(head.iterancestors(), HEADLINE_ARTICLE_REACH):
        if el.tag == "article":
            return el
    return None


def _other_stories(containers: list[Element], own: Element) -> bool:
    """Are the body `containers` other stories' <article>s (or hold them), none of them in
    or around the headline's own <article>?"""
    return all(c is not own and own not in c.iterancestors() and c not in own.iterancestors()
               for c in containers) \
        and all(c.tag == "article" or next(c.iter("article"), None) is not None
                for c in containers)


#: WordPress's page links under a post split by `<!--nextpage-->` (wp_link_pages, in the
#: content container): the page shown is a `span.post-page-numbers.current`.
_CURRENT_POST_PAGE = etree.XPath(
    "string(descendant::span[@aria-current = 'page' and contains(@class, 'post-page-numbers')])")
_NUMBER = re.compile(r"\d+")



#: A pull quote repeats at least a clause (a shorter line may be repeated by chance), and is
#: no longer than a few sentences.
PULL_QUOTE_WORDS = (6, 60)


def _flat(text: str) -> str:
    return " ".join(text.split())


def pull_quotes(container: Element) -> list[Element]:
    """Pull quotes in the body container: a blockquote whose line (its first paragraph: a
    speaker's name and role may follow) the text prints again in one of its paragraphs,
    quoted or not. It repeats the text for the eye, so it is no paragraph of it (National
    Geographic's `div.pull-quote > blockquote`; CNBC's `<blockquote>` with "Natalia Brown"
    and her title under the line). A quotation printed once stays.

    >>> page = etree.fromstring(
    ...     "<div><p>Rates rose. \u201cKnow your dollar will not pay for as much as it did "
    ...     "before,\u201d said Natalia Brown.</p><blockquote><p>Know your dollar will not pay "
    ...     "for as much as it did before.</p><p>Natalia Brown</p></blockquote><blockquote>"
    ...     "The court found that the law was void from the start.</blockquote></div>")
    >>> [text_content(q)[:30] for q in pull_quotes(page)]
    ['Know your dollar will not pay ']

    Embedded posts (a tweet's blockquote) are `embedded_posts`', never pull quotes.
    """
    # Blockquotes only: a class test ("pull-quote") on every element of the body cost ten
    # times as much, and the pull quotes seen so far are blockquotes inside such boxes.
    candidates = [q for q in container.iterdescendants("blockquote") if not EMBEDDED_POSTS(q)]
    if not candidates:
        return []
    whole = ""
    found = []
    for quote in candidates:
        first = quote.find(".//p")
        # Without the quotation marks and the stop around it: the text may print it as a
        # quotation ("“Know your dollar …,” said …").
        line = _flat(text_content(first if first is not None else quote)).strip(
            " \"'.,;:!?…“”‘’«»„")
        low, high = PULL_QUOTE_WORDS
        if not low <= len(line.split()) <= high:
            continue
        whole = whole or _flat(text_content(container))
        # Counted in the whole container: once as the pull quote, once more in the text.
        if whole.count(line) >= 2 or _repeated_sentences(line, whole):
            found.append(_with_credit(quote, container))
    return found


#: A sentence of a pull quote is looked for in the text when it has at least this many words.
QUOTE_SENTENCE_WORDS = 4
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
#: The speaker's name and role printed beside a pull quote, in its box: at most this long.
MAX_QUOTE_CREDIT_CHARS = 80
_SUBHEAD_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _repeated_sentences(line: str, whole: str) -> bool:
    """Does the text print each sentence of a pull quote of two or more, with the speaker
    named between them ("„Die Regierung muss sich jetzt endlich bewegen“, stellt Nora Back
    klar. „Wir müssen das Sozialmodell … wieder hochhalten.“")?

    >>> _repeated_sentences("Rates rose fast this year. We will act on it soon",
    ...     "Rates rose fast this year. We will act on it soon "
    ...     "“Rates rose fast this year,” she said. “We will act on it soon.”")
    True
    >>> _repeated_sentences("Rates rose fast this year. We will act on it soon",
    ...     "Rates rose fast this year. We will act on it soon “Rates rose fast this year.”")
    False
    """
    sentences = [s.strip(" \"'.,;:!?…“”‘’«»„") for s in _SENTENCE_END.split(line)]
    return len(sentences) > 1 and all(
        len(s.split()) >= QUOTE_SENTENCE_WORDS and whole.count(s) >= 2 for s in sentences)


def _with_credit(quote: Element, container: Element) -> Element:
    """The pull quote's box where the speaker's name and role are printed beside the
    blockquote, not in it (Tageblatt's `div.blockquote` holding the blockquote and
    `div.blockquote__credentials`: "Nora Back, OGBL-Präsidentin"); else the blockquote."""
    box = quote.getparent()
    if box is None or box is container or len(box) > 3 \
            or (box.text or "").strip() or (quote.tail or "").strip() \
            or any(el.tag in _SUBHEAD_TAGS for el in box.iter() if el is not quote):
        return quote  # (a sub-heading beside it is the text's next section)
    credit = " ".join(_flat(text_content(el)) for el in box if el is not quote).strip()
    # A name and a role, no sentence: a short paragraph of the text beside it stays.
    return box if 0 < len(credit) <= MAX_QUOTE_CREDIT_CHARS and credit[-1] not in ".!?:…" \
        else quote


def _current_post_page(container: Element) -> int:
    """The page of a paged WordPress post that `container` shows (1 when it says none).

    >>> import lxml.html
    >>> _current_post_page(lxml.html.fragment_fromstring(
    ...     '<div><p>Text.</p><nav class="page-links"><a class="post-page-numbers">Page 1</a>'
    ...     '<span class="post-page-numbers current" aria-current="page">Page 2</span></nav>'
    ...     '</div>'))
    2
    >>> _current_post_page(lxml.html.fragment_fromstring('<div><p>Text.</p></div>'))
    1
    """
    number = _NUMBER.search(_CURRENT_POST_PAGE(container))
    return int(number.group()) if number else 1


#: `EMBEDDED_POSTS` and the current page's link of `_CURRENT_POST_PAGE`, in one walk.
_POSTS_AND_PAGE_LINKS = etree.XPath(
    f"{EMBEDDED_POSTS.path} | descendant::span[@aria-current = 'page'"
    " and contains(@class, 'post-page-numbers')]")


def _shown_post_page(found: list[Element]) -> int:
    """`_current_post_page` of the container `_POSTS_AND_PAGE_LINKS` found `found` in."""
    link = next((el for el in found if el.tag == "span"), None)
    number = _NUMBER.search(text_content(link)) if link is not None else None
    return int(number.group()) if number else 1


def _posts_text(posts: list[Element], marks: Boilerplate) -> list[str]:
    """The paragraphs of `posts`, as `embedded_posts` reads them."""
    return [text for post in posts
            for text, _ in generic.block_texts(generic.iter_blocks(post, marks))]


def _linked_posts_text(containers: list[Element], found: list[Element] | None,
                       marks: Boilerplate) -> frozenset[str]:
    """The lines of the embedded posts that print no paragraph, their text all links: a Reddit
    embed before its script runs ("<blockquote class=reddit-embed-bq><a>The post's title</a>
    <br> by<a>u/name</a> in<a>sub</a>": a title and its attribution). They are the post, as a
    tweet's text is, not a link line; a post with paragraphs is read as its paragraphs are,
    and a lone link (a tweet's address printed until the script runs) is a link line."""
    posts = [el for el in found if el.tag == "blockquote"] if found is not None else \
        [post for container in containers for post in EMBEDDED_POSTS(container)]
    lines = [text for text in (_posts_text([post], marks) for post in posts
                               if post.find(".//p") is None) if len(text) > 1]
    # As its lines, and as the one block the body's walk reads where the post is a leaf.
    return frozenset(line for post in lines for line in post) | {" ".join(post) for post in lines}


def embedded_posts(containers: Iterable[Element], marks: Boilerplate) -> list[str]:
    """The paragraphs of the posts embedded in the body (a tweet, a Facebook post…), as the
    body reads them. They stay in the body, but the content hash leaves them out: they are not
    the story's own text, and the AMP copy of the story often cannot print them (AMP for WP's
    `<amp-twitter>` carries the tweet's id alone), so with them the copy read as another
    version of the article.

    >>> import lxml.html
    >>> from newsscraper.extract.marks import Boilerplate
    >>> body = lxml.html.fragment_fromstring('<div><p>Text.</p><blockquote class="twitter-'
    ...     'tweet"><p>Tweet text.</p>&mdash; Police (@police) <a>Dec 17</a></blockquote></div>')
    >>> embedded_posts([body], Boilerplate({}, 0))
    ['Tweet text.', '— Police (@police) Dec 17']
    """
    return [text for container in containers for post in EMBEDDED_POSTS(container)
            for text, _ in generic.block_texts(generic.iter_blocks(post, marks))]


#: A photo gallery's printed text is a short intro (fewer words than this) …
GALLERY_MAX_INTRO_WORDS = 80
#: … then at least this many captions of a sentence (`GALLERY_CAPTION_WORDS` words) each.
GALLERY_MIN_CAPTIONS = 3
GALLERY_CAPTION_WORDS = 8
#: … or one paragraph of fewer words than this: a slideshow's intro, its text in the slides.
GALLERY_MAX_ONE_PARAGRAPH_WORDS = 150


def _gallery_intro(paragraphs: list[str]) -> bool:
    """Is the text read so far short enough to be a photo gallery's intro, the story told in
    the slides' captions? Under `GALLERY_MAX_INTRO_WORDS`, or a paragraph alone that is
    under `GALLERY_MAX_ONE_PARAGRAPH_WORDS` ("No generation is perfect … Ahead, she shares
    the five biggest decorating mistakes …", a hundred words over five slides).

    >>> _gallery_intro(["word " * 95]), _gallery_intro(["word " * 45, "word " * 50])
    (True, False)
    """
    limit = max(GALLERY_MAX_INTRO_WORDS, GALLERY_MAX_ONE_PARAGRAPH_WORDS) \
        if len(paragraphs) == 1 else GALLERY_MAX_INTRO_WORDS
    words = 0
    for paragraph in paragraphs:
        # Counted up to the limit only (`maxsplit`), and no further than the paragraph that
        # reaches it: an article's whole text split into words cost 0.04 ms a page.
        words += len(paragraph.split(maxsplit=limit))
        if words >= limit:
            return False
    return True


#: As an attribute step (libxml2 then tests only the elements that carry a class); the union
#: puts the two branches back in document order.
_CAPTIONS = etree.XPath(
    "descendant::figcaption | descendant::*/@class[contains(., 'caption')]/..")
_CREDIT_CLASS = re.compile(r"credit|copyright|byline|photographer|source|author", re.I)


def gallery_captions(container: Element, h1s: list[Element]) -> list[str]:
    """A photo gallery's captions, in order and without their credits, when the article
    (the body container's ancestor that holds the headline) prints at least
    `GALLERY_MIN_CAPTIONS` sentence captions: "In pictures" pages tell the story in them.

    >>> import lxml.html
    >>> cap = ('<div class="slide"><img src="x.jpg"><div class="slide__caption"><p>Waves crash '
    ...        'over the harbour wall at Porthcawl on Saturday morning.</p>'
    ...        '<span class="slide__credit">Ben Birchall/PA</span></div></div>')
    >>> art = lxml.html.fragment_fromstring('<article><h1>T</h1><div><p>Intro.</p></div>'
    ...                                     + cap * 3 + '</article>')
    >>> gallery_captions(art[1], [art[0]])[0]
    'Waves crash over the harbour wall at Porthcawl on Saturday morning.'
    >>> len(gallery_captions(art[1], [art[0]])), gallery_captions(art[1], [])
    (3, [])
    >>> fig = ('<figure><img src="x.jpg"><figcaption><span class="fig-caption">Waves crash over '
    ...        'the harbour wall at Porthcawl.</span></figcaption></figure>')
    >>> art = lxml.html.fragment_fromstring(f'<article><h1>T</h1>{fig * 3}</article>')
    >>> len(gallery_captions(art[0], [art[0]]))  # anchored on the headline: no text container
    3
    >>> art = lxml.html.fragment_fromstring(f'<article><header><h1>T</h1><p>Intro.</p></header>'
    ...                                     f'{fig * 3}</article>')
    >>> len(gallery_captions(art[0][0], [art[0][0]]))  # the headline's <header> holds no slide
    3
    """
    scope = next((a for a in container.iterancestors() if h1s and h1s[0] in a.iterdescendants()),
                 None)
    if scope is not None and scope.tag == "header":
        # The headline's `<header>` (an Escenic gallery's: section label, `<h1>`, intro,
        # byline) holds no slides: the article around it does.
        scope = scope.getparent()
    if scope is None:
        return []
    texts = []
    taken: set[Element] = set()
    for el in _CAPTIONS(scope):
        if el.tag != "figcaption" and any(True for _ in _CAPTIONS(el)):
            continue  # a wrapper around the caption proper
        if taken and any(a in taken for a in el.iterancestors()):
            continue  # the text span inside a <figcaption> (Arc's `__fig-caption`): read once
        text = _caption_text(el)
        if _sentence_caption(text):
            # A caption of several paragraphs (a slide's two quotes) is read as they are.
            parts = [t for p in el.findall("p") if (t := _caption_text(p))]
            texts.extend(parts if len(parts) > 1 else [text])
            taken.add(el)
    return texts if len(texts) >= GALLERY_MIN_CAPTIONS else []


def _sentence_caption(text: str) -> bool:
    """A caption that says something: `GALLERY_CAPTION_WORDS` words, or a sentence of five
    words or more and `GALLERY_CAPTION_CHARS` characters, as Swedish, German or Dutch
    captions say it in fewer, longer words ("Kören från kulturskolan avslutade med
    Staffansvisan.": six). Not a label ("Bild 3 av 8") or a credit ("Foto: Anna Svensson").

    >>> _sentence_caption("Kören från kulturskolan avslutade med Staffansvisan.")
    True
    >>> _sentence_caption("Foto: Anna Svensson/Tidningen"), _sentence_caption("Bild 3 av 8.")
    (False, False)
    """
    words = len(text.split())
    return words >= GALLERY_CAPTION_WORDS or (
        words >= 5 and len(text) >= GALLERY_CAPTION_CHARS and text.endswith((".", "!", "?")))


#: A caption of fewer words is a sentence from this many characters (`_sentence_caption`).
GALLERY_CAPTION_CHARS = 40


def _caption_text(caption: Element) -> str:
    """A caption's text without the credit elements in it, nor its slide's counter.

    >>> import lxml.html
    >>> _caption_text(lxml.html.fragment_fromstring('<figcaption><span>Kvällen avslutades med '
    ...     'fyrverkeri.</span> <span class="credit">Foto: A</span> <span>7 / 7</span>'
    ...     '</figcaption>'))
    'Kvällen avslutades med fyrverkeri.'
    """
    pieces: list[str] = []

    def walk(el: Element) -> None:
        for child in el:
            if isinstance(child.tag, str) and not _CREDIT_CLASS.search(child.get("class", "")):
                pieces.append(child.text or "")
                walk(child)
            pieces.append(child.tail or "")

    pieces.append(caption.text or "")
    walk(caption)
    # The slide's counter closing its caption ("… över ån. 7 / 7", "3/12"): no words of it.
    return _SLIDE_COUNTER.sub("", clean_text(" ".join(pieces)) or "")


#: A slideshow's "3 / 12" (or "3 of 12", "Bild 3 av 12") after a caption's sentence.
_SLIDE_COUNTER = re.compile(r"(?<=[.!?…”\"])\s+(?:(?:bild|foto|photo|image) )?\d{1,3} ?"
                            r"(?:/|of|av|af|von|di|de|sur|из) ?\d{1,3}$", re.I)


def _summary_list(h1s: list[Element]) -> list[Element]:
    """A list printed right after the headline, before the byline and the text: the story's
    summary points (MailOnline's `ul.mol-bullets-with-font`), not body text.

    >>> import lxml.html
    >>> div = lxml.html.fragment_fromstring('<div><h1>T</h1><ul><li>Point</li></ul><p>x</p></div>')
    >>> [el.tag for el in _summary_list([div[0]])]
    ['ul']

    Or a box of them under a label (SI's `<div class="quick-hit"><h4>Quickly</h4><ul>…`):

    >>> div = lxml.html.fragment_fromstring('<div><h1>T</h1><div><h4>Quickly</h4><ul><li>'
    ...                                     'Point</li></ul></div><p>x</p></div>')
    >>> [el.tag for el in _summary_list([div[0]])]
    ['div']

    Or after the wrapper the headline closes (Bloomberg's `div.lede-text-v2` holding the
    `<h1>`, then `ul.abstract-v2`):

    >>> div = lxml.html.fragment_fromstring('<div><div><h1>T</h1></div><ul><li>Point</li></ul>'
    ...                                     '<p>x</p></div>')
    >>> [el.tag for el in _summary_list([div[0][0]])]
    ['ul']
    """
    after = h1s[0].getnext() if h1s else None
    up = h1s[0] if h1s else None
    for _ in range(2):  # the headline last in its wrapper(s): what follows the wrapper
        if after is not None or up is None or (up := up.getparent()) is None \
                or up.tag not in _HEADLINE_WRAPPERS:
            break
        after = up.getnext()
    if after is None:
        return []
    if after.tag in ("ul", "ol"):
        return [after]
    kids = [el for el in after if isinstance(el.tag, str)]
    if after.tag == "div" and len(kids) == 2 and kids[0].tag in _LABEL_HEADINGS \
            and kids[1].tag in ("ul", "ol") and not (after.text or "").strip():
        return [after]
    return []


_LABEL_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
#: What may wrap the headline alone, a summary list after it (`_summary_list`).
_HEADLINE_WRAPPERS = frozenset({"div", "header", "hgroup"})


#: A label over the story's summary points: "Story highlights", "Key points", "In brief"…
_HIGHLIGHTS_LABEL = re.compile(
    r"(?:story |the )?highlights|key (?:points|facts|takeaways)|in brief|at a glance|"
    r"das wichtigste(?: in kürze)?|en bref|l'essentiel|in breve|en resumen|in het kort",
    re.I)
#: A fact box is a table of at least this many rows, none longer than `FACT_CELL_CHARS`.
FACT_ROWS = 3
FACT_CELL_CHARS = 60


#: A box printed over the headline with at most this much text is its header's (a label, a
#: date line, a section link), not the story's.
MAX_OVER_HEADLINE_CHARS = 100


def _over_headline(container: Element, head: Element) -> list[Element]:
    """The short boxes the body's container prints before the headline it holds: the entry's
    label and its date-and-author line over a blog's headline ("<dl class=entrydate><dt>Diary
    </dt><dd>│2019年02月13日 Masafumi Negishi│</dd></dl><h3>Masscan と ZMap …</h3>"). The
    story starts under its headline. Only the siblings before the headline and before each
    of its ancestors are read, none longer than a line.

    >>> import lxml.html
    >>> body = lxml.html.fragment_fromstring('<div><span>Diary</span><div><h3>Title</h3>'
    ...     '<p>Text.</p></div></div>')
    >>> [el.text for el in _over_headline(body, body.find('.//h3'))]
    ['Diary']
    >>> _over_headline(body, lxml.html.fragment_fromstring('<h1>Elsewhere</h1>'))
    []
    """
    chain: list[Element] = []
    node = head
    while node is not None and node is not container:
        chain.append(node)
        node = node.getparent()
    if node is None:
        return []  # the headline is outside the container
    return [sib for el in chain for sib in el.itersiblings(preceding=True)
            if isinstance(sib.tag, str)
            and len(clean_text(text_content(sib)) or "") <= MAX_OVER_HEADLINE_CHARS]


def _paywalled_parts(page: Page) -> list[Element]:
    """The elements the page's JSON-LD names as the part of its text held for subscribers
    (`"hasPart": {"@type": "WebPageElement", "isAccessibleForFree": "False", "cssSelector":
    ".paywallBlockedContent"}`, Google's markup for a paywall)."""
    found: list[Element] = []
    for obj in page.jsonld:
        parts = obj.get("hasPart") if isinstance(obj, dict) else None
        for part in parts if isinstance(parts, list) else [parts]:
            if not isinstance(part, dict) or not isinstance(part.get("cssSelector"), str) \
                    or str(part.get("isAccessibleForFree")).casefold() != "false":
                continue
            try:
                found += compiled(part["cssSelector"])(page.root)
            except (etree.XPathError, SelectorError):
                continue  # a selector the page got wrong
    return found


def _free_paragraphs(container: Element, locked: list[Element],
                     marks: Boilerplate) -> list[Element]:
    """The paragraphs printed just before the paywalled part the body's container is (or is
    in): the text's free opening, a paywall's preview ("<p>समस्तीपुर के बंगरा …</p><div
    class="paywallBlockedContent">…"), which a container holding the rest of the text leaves
    out. Only `<p>`s, each a sibling just before it (elements with no text between them).

    >>> import lxml.html
    >>> page = lxml.html.fragment_fromstring('<article><h1>Title</h1><p>Free.</p><div></div>'
    ...     '<div class="locked"><p>Paid.</p></div></article>')
    >>> locked = page.find_class("locked")
    >>> [p.text for p in _free_paragraphs(locked[0], locked, Boilerplate({}, 0))]
    ['Free.']
    """
    top = next((el for el in (container, *container.iterancestors()) if el in locked), None)
    free: list[Element] = []
    for sib in top.itersiblings(preceding=True) if top is not None else ():
        if not isinstance(sib.tag, str) or marks.covers(sib):
            continue
        text = clean_text(text_content(sib)) or ""
        if sib.tag != "p":
            if text:
                break
            continue
        if text:
            free.append(sib)
    return free[::-1]


def _subhead_h1s(containers: list[Element], h1s: list[Element], head: Element,
                 title: str) -> list[Element]:
    """The <h1>s a text prints between its paragraphs as its sub-headings (an old template's
    "<h1>Вторая фаза диеты Аткинса</h1>" under the story's own <h1>): not the headline, nor
    the title printed again, between paragraphs of the text inside the body's container (a
    print edition's headline block after the text, over no paragraph, is no sub-heading).
    Every <h1> is kept out of the body as the headline until then.

    >>> import lxml.html
    >>> body = lxml.html.fragment_fromstring('<div><h1>Diet</h1><p>Text.</p><h1>Phase two</h1>'
    ...     '<p>More.</p></div>')
    >>> h1s = body.findall('h1')
    >>> [h.text for h in _subhead_h1s([body], h1s, h1s[0], "Diet")]
    ['Phase two']
    >>> _subhead_h1s([body], h1s, h1s[1], "Phase two")  # over no paragraph: a headline
    []
    >>> body = lxml.html.fragment_fromstring('<div><p>Text.</p><h1>Print headline</h1><h5>'
    ...     'kra Frankfurt</h5></div>')
    >>> _subhead_h1s([body], body.findall('h1'), h1s[0], "Diet")  # no paragraph after it
    []
    """
    key = " ".join(_WORD.findall(title.casefold()))
    found: list[Element] = []
    for container in containers:
        seen_text = False
        pending: list[Element] = []  # sub-headings once a paragraph follows them
        for el in container.iter("p", "h1"):
            if el.tag == "p":
                if seen_text and not pending:
                    continue  # its text changes nothing
                if (text_content(el) or "").strip():
                    seen_text = True
                    found += pending
                    pending = []
            elif seen_text and el is not head and el in h1s \
                    and " ".join(_WORD.findall(text_content(el).casefold())) != key:
                pending.append(el)
    return found


def _leading_boxes(container: Element) -> list[Element]:
    """The boxes printed in the body before its first paragraph: the story's summary points
    under a highlights label (CNN's "STORY HIGHLIGHTS" over a list), a fact table of short
    label and value rows (a review's "Game Info: Platform …, Publisher …, Developer …").
    They sum the story up or file its facts; the text starts after them.

    >>> import lxml.html
    >>> body = lxml.html.fragment_fromstring('<div><div><b>Story highlights</b><ul><li>A point'
    ...     '</li><li>Another</li></ul></div><p>Text.</p><ul><li>A list in the text</li></ul>'
    ...     '</div>')
    >>> [el.tag for el in _leading_boxes(body)]
    ['b', 'ul']
    >>> row = '<tr><td><small>Platform</small> <strong>PC</strong></td></tr>'
    >>> body = lxml.html.fragment_fromstring(f'<div><table>{row * 3}</table><p>Text.</p></div>')
    >>> [el.tag for el in _leading_boxes(body)]
    ['table']
    >>> body = lxml.html.fragment_fromstring('<div><ul><li>A point</li></ul><p>Text.</p></div>')
    >>> _leading_boxes(body)  # a list under no highlights label: the text's own
    []
    """
    boxes: list[Element] = []
    # A lazy walk, tags filtered in C: it stops at the first paragraph.
    for el in container.iter("p", "ul", "ol", "table"):
        if el is container or (boxes and any(box in el.iterancestors() for box in boxes)):
            continue
        if el.tag == "p":
            if (clean_text(text_content(el)) or "") and not any(
                    a.tag in ("ul", "ol", "table") for a in el.iterancestors()):
                break  # the text's first paragraph
            continue
        if el.tag == "table":
            rows = el.findall(".//tr")
            if len(rows) >= FACT_ROWS and all(
                    len(clean_text(text_content(td)) or "") <= FACT_CELL_CHARS
                    for tr in rows for td in tr):
                boxes.append(el)
            continue
        label = el.getprevious()
        if label is not None and _HIGHLIGHTS_LABEL.fullmatch(
                (clean_text(text_content(label)) or "").strip(" :")):
            boxes += [label, el]
    return boxes


#: A closing topic box prints at most this many words under its heading.
MAX_TOPIC_BOX_WORDS = 60
_BOX_TAGS = frozenset({"div", "aside", "section"})
_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")


def _closing_topic_box(container: Element) -> list[Element]:
    """The box closing the body that points to the story's topic page, no text of the story:
    a heading naming the topic and a short paragraph whose closing link names it again
    ("<h2>Krieg im Nahen Osten</h2> … <p>Die Konflikte … halten an. <a>Hier finden Sie alle
    unsere Inhalte zum Krieg im Nahen Osten.</a></p>"). Only the container's last element
    is looked at.

    >>> import lxml.html
    >>> def box(html): return [el.tag for el in _closing_topic_box(
    ...     lxml.html.fragment_fromstring(f'<div><p>Text.</p>{html}</div>'))]
    >>> box('<div><div><h2>War in Sudan</h2></div><div><p>The fighting goes on. <a href="/t">'
    ...     'All our coverage of the war in Sudan.</a></p></div></div>')
    ['div']

    A box whose link names something else, or that goes on after it, is the story's own
    (a fact box, a sub-heading and its paragraph):

    >>> box('<div><h2>War in Sudan</h2><p>The fighting goes on. <a href="/t">Read the UN '
    ...     'report.</a></p></div>')
    []
    >>> box('<div><h2>War in Sudan</h2><p><a href="/t">The war in Sudan</a> began in April '
    ...     '2023.</p></div>')
    []
    """
    last = None
    for el in reversed(container):
        if isinstance(el.tag, str) and text_content(el).strip():
            last = el
            break
    if last is None or last.tag not in _BOX_TAGS:
        return []
    headings = list(islice(last.iter(*_HEADING_TAGS), 2))
    if len(headings) != 1:
        return []
    topic = " ".join(text_content(headings[0]).split()).casefold()
    if not topic or not generic.is_label(topic):
        return []
    links = [a for a in last.iter("a") if a.get("href") is not None
             and (clean_text(text_content(a)) or "")]
    if not links:
        return []
    linked = " ".join(text_content(links[-1]).split())
    if topic not in linked.casefold():
        return []
    text = " ".join(text_content(last).split())
    _, found, after = text.rpartition(linked)
    if not found or _WORD.search(after) \
            or len(text.split()) > len(topic.split()) + MAX_TOPIC_BOX_WORDS:
        return []
    return [last]


def _signup_boxes(container: Element, email_fields: list[Element]) -> list[Element]:
    """The newsletter sign-up boxes set between the text's paragraphs, whatever their class is
    named: a short box (a `div`, `aside` or `section` child of the container, or of its lone
    wrapper) holding one of the page's e-mail fields (`page.email_field`: "Want more stories
    like this? Get the free daily newsletter …", its field and button), no text of the story.

    >>> import lxml.html
    >>> from newsscraper.page import email_field
    >>> def boxes(html):
    ...     body = lxml.html.fragment_fromstring(f'<div><p>Text.</p>{html}<p>More.</p></div>')
    ...     return [el.tag for el in _signup_boxes(body, [f for f in body.iter("input")
    ...                                                   if email_field(f)])]
    >>> boxes('<div><p>Want more stories like this? Get the free daily newsletter.</p>'
    ...       '<input placeholder="Work Email"><button>Sign up</button></div>')
    ['div']
    >>> boxes('<div><p>Your ZIP code:</p><input type="text" name="zip"></div>')
    []
    """
    top = container
    while len(top) == 1 and top[0].tag in _BOX_TAGS:
        top = top[0]  # a wrapper all the text sits in (`div.content-inner`): its children
    found: list[Element] = []
    for field in email_fields:
        box = field  # the field's ancestor that is a child of the text
        for parent in field.iterancestors():
            if parent is top:
                break
            box = parent
        else:
            continue  # a field elsewhere on the page (the site's search or footer box)
        if box is not field and box.tag in _BOX_TAGS and box not in found \
                and len(text_content(box).split()) <= MAX_SIGNUP_BOX_WORDS:
            found.append(box)
    return found


#: A sign-up box set into the text prints at most this many words beside its e-mail field.
MAX_SIGNUP_BOX_WORDS = 40


#: The fixed labels of a widget set into the text, each alone on its line, that tell the box
#: holding them whatever its class is named (or where the names are gone: saved copies, a
#: CMS's unclassed markup): a video player's ("JUST WATCHED", "Replay", "More Videos ...",
#: "MUST WATCH", "Loading video...", "watch now", a loading app's "Loading Something is
#: loading."), a sign-up form's validation message or button ("Please enter a valid email
#: address.", "Sign up"), a related-links box's heading ("Must read").
_WIDGET_LABELS = frozenset({
    "just watched", "must watch", "more videos", "replay", "loading video", "watch now",
    "please enter a valid email address", "please enter a valid email", "must read",
    "sign up", "sign up now", "loading something is loading",
})
#: A widget box prints at most this many words (a sign-up form's small print included).
MAX_WIDGET_BOX_WORDS = 100


def widget_boxes(container: Element) -> list[Element]:
    """The widget boxes set into the text, found by their fixed labels (`_WIDGET_LABELS`), not
    their class: the box is the `div`, `aside` or `section` whose child element (with no
    elements of its own) prints one label alone, widened to the enclosing boxes that hold
    only boxes (a player's thumbnail beside its caption), never past one holding paragraphs
    (the text itself) nor over `MAX_WIDGET_BOX_WORDS` words.

    >>> import lxml.html
    >>> def boxes(html):
    ...     body = lxml.html.fragment_fromstring(f'<div><p>Text.</p>{html}<p>More.</p></div>')
    ...     return [len(el) for el in widget_boxes(body)]
    >>> boxes('<div><div><span>02:14</span></div><div><h3>JUST WATCHED</h3><p>Caption</p>'
    ...       '<p>Replay</p></div></div>')
    [2]
    >>> boxes('<div><p>Get The Brief.</p><p>Please enter a valid email address.</p></div>')
    [2]

    A label inside the story's own paragraphs, or a paragraph merely saying it, is no box:

    >>> boxes('<div><p>Replay</p>' + '<p>word word word word word.</p>' * 30 + '</div>')
    []
    >>> boxes('<div><p>He said the match was a must watch for everyone.</p></div>')
    []
    """
    found: list[Element] = []
    for box in container.iter(*_BOX_TAGS):
        if box is container:
            continue
        if len(box) >= 2 and _share_run(box):
            found.append(box)
            continue
        for child in box:
            if len(child) or not isinstance(child.tag, str) or not child.text \
                    or len(child.text) > 40 \
                    or child.text.strip(" .…:\n\t").casefold() not in _WIDGET_LABELS:
                continue
            if any(box is f or f in box.iterancestors() for f in found):
                break
            while True:
                parent = box.getparent()
                if parent is None or parent is container or parent.tag not in _BOX_TAGS \
                        or any(isinstance(el.tag, str) and el.tag not in _BOX_TAGS
                               for el in parent) \
                        or len(text_content(parent).split()) > MAX_WIDGET_BOX_WORDS:
                    break
                box = parent
            if len(text_content(box).split()) <= MAX_WIDGET_BOX_WORDS:
                found.append(box)
            break
    return found


#: An election results widget's count of the ballots in: "82% of expected vote counted",
#: "95% of precincts reporting", "Est. 87% of votes in".
_TALLY_LINE = re.compile(r"\d{1,3}(?:\.\d)?% (?:of (?:the )?(?:expected |estimated )?votes? "
                         r"(?:counted|in|reported)|(?:of )?precincts (?:reporting|reported))", re.I)
#: … and the widget holds at most this many words (its races and candidates, no story).
MAX_RESULTS_WIDGET_WORDS = 150


def results_widgets(container: Element) -> list[Element]:
    """The election results widgets set into the text: the smallest box holding a table and
    a tally of the ballots counted ("82% of expected vote counted", "95% of precincts
    reporting"), with its race's name, the candidates' votes and shares, its source and
    update time and its "See full results" link — the newsroom's live data, not the story's
    words (a table of results written into the text prints no tally line and stays).

    >>> import lxml.html
    >>> body = lxml.html.fragment_fromstring('<div><p>Text.</p><div><h4>Governor</h4><span>82% '
    ...     'of expected vote counted</span><table><tr><td>Hobbs</td><td>50.3%</td></tr></table>'
    ...     '</div><p>More.</p></div>')
    >>> [el.tag for el in results_widgets(body)]
    ['div']
    >>> body = lxml.html.fragment_fromstring('<div><p>Text.</p><table><tr><td>Hobbs</td>'
    ...     '<td>50.3%</td></tr></table></div>')
    >>> results_widgets(body)
    []
    """
    found: list[Element] = []
    for table in container.iter("table"):
        box = table.getparent()
        while box is not None and box is not container and box.tag in _BOX_TAGS:
            text = text_content(box)
            if len(text.split()) > MAX_RESULTS_WIDGET_WORDS:
                break
            if _TALLY_LINE.search(text):
                found.append(box)
                break
            box = box.getparent()
    return found


#: A share button's own words beside the network's name ("Share to Twitter", "Share on
#: Facebook") and Blogger's fixed buttons ("Email This", "BlogThis!").
_SHARE_BUTTON = re.compile(r"email this|blogthis|(?:share (?:to|on|via|with) )?(\S+(?: \S+)?)")
#: A share bar's title, printed as one of its buttons ("Share this article" before "Share").
_SHARE_TITLES = frozenset({"share this", "share this article", "share this story",
                           "share this post", "share this page"})


def _share_run(box: Element) -> bool:
    """Is `box` a share bar printed as a run of bare links or spans, whatever its class: two or
    more `a` or `span` children with no elements of their own and no text between them,
    each a share button's name (`bp.SHARE_WORDS`, "Share to Twitter", "Email This",
    "BlogThis!") or the bar's title ("Share this article")? Their words run together into
    one line once the names are gone ("Email ThisBlogThis!Share to TwitterShare to Facebook").

    >>> import lxml.html
    >>> run = lambda html: _share_run(lxml.html.fragment_fromstring(html))
    >>> run('<div><a>Email This</a><a>BlogThis!</a><a>Share to Twitter</a></div>')
    True
    >>> run('<div><span>Share this article</span><span>Share</span></div>')
    True
    >>> run('<div><a>Twitter</a><a>Climate talks stall</a></div>')
    False
    >>> run('<div>Follow us on <a>Twitter</a><a>Facebook</a></div>')
    False
    """
    if (box.text or "").strip():
        return False
    for child in box:
        if child.tag not in ("a", "span") or len(child) or (child.tail or "").strip():
            return False
        label = (child.text or "").strip().rstrip("!:").casefold()
        if label in _SHARE_TITLES:
            continue
        match = _SHARE_BUTTON.fullmatch(label)
        if match is None or (match.group(1) is not None and match.group(1) not in bp.SHARE_WORDS):
            return False
    return True


def _first_children(el: Element) -> list[Element]:
    """The first two child elements of `el` (past comments), or as many as it has: all that
    `_leading_standfirst` reads, not a Python object for each of a body's paragraphs."""
    found: list[Element] = []
    for child in el:
        if isinstance(child.tag, str):
            found.append(child)
            if len(found) == 2:
                break
    return found


def _leading_standfirst(container: Element) -> Element | None:
    """The body's first element when its class names a standfirst and it holds one short
    line: a page with no headline <h1> to look beside (the portal's logo is its <h1>) prints
    the dek as the body's opening (`<strong class="media_end_summary">`)."""
    children = _first_children(container)
    while len(children) == 1 and not (container.text or "").strip():  # a wrapper: go in
        container = children[0]
        children = _first_children(container)
    first = children[0] if children else None
    if first is None or (container.text or "").strip():
        return None
    text = clean_text(text_content(first)) or ""
    if first.tag in ("h2", "h3") and not first.get("class") and first.find(".//a") is None:
        # An unnamed heading opening the text as a sentence or two, where the headline's
        # block is printed apart (a toolbox between them): the dek ("<h2><span class=slug>
        # Analyse</span> Après une semaine agitée, … à Toulouse.</h2>"); a sub-heading
        # is no sentence.
        return first if 40 <= len(text) <= MAX_STANDFIRST_CHARS and text.endswith(DEK_ENDS) \
            else None
    # A photo box so named is no standfirst (`photo_caption`).
    return first if names_say_standfirst(first.get("class", "")) \
        and 15 <= len(text) <= MAX_STANDFIRST_CHARS and not photo_caption(first, text) else None


#: How a dek's last sentence ends.
DEK_ENDS = (".", "!", "?", "…", '"', "”", "“", "»", "«")
#: A kicker label opening a dek is a word or two this long at most.
MAX_KICKER_CHARS = 20


def standfirst_text(el: Element) -> str:
    """The text of a standfirst found in the body, without the kicker label that opens it in
    an element of its own (a section's or genre's word: "Analyse", "Exclusive").

    >>> import lxml.html
    >>> standfirst_text(lxml.html.fragment_fromstring('<h2><span class="slug">Analyse</span> '
    ...     'Après une semaine agitée, le Premier ministre a parlé.</h2>'))
    'Après une semaine agitée, le Premier ministre a parlé.'
    >>> standfirst_text(lxml.html.fragment_fromstring('<p><b>Rain</b> fell all week.</p>'))
    'Rain fell all week.'
    """
    first = el[0] if len(el) else None
    if first is None or (el.text or "").strip() or not first.get("class") \
            or not (first.tail or "").strip():
        return text_content(el)
    label = clean_text(text_content(first)) or ""
    if len(label) > MAX_KICKER_CHARS or len(label.split()) > 2 or label[-1:] in ".!?":
        return text_content(el)
    return (first.tail or "").lstrip() + "".join(
        text_content(c) + (c.tail or "") for c in el[1:] if isinstance(c.tag, str))


#: A live blog entry's stamp: its clock, then its writer's byline ("10:42By Sam Carter" as
#: two spans print it, "9.58am · By Jane Doe", "18:40 Uhr von Lena Wolff").
_CLOCK_BYLINE = re.compile(
    r"(?:[01]?\d|2[0-3])[:.h][0-5]\d\s*(?:[ap]\.?m\.?|uhr|hrs|h|ist|gmt|bst|cet|et|est)?\s*"
    r"[|·•–-]?\s*(?:by|von|par|por|di|door|av|af)\s+[^\W\d][\w.'’\- ]{1,40}", re.I)


#: A timeline's date heading: a date alone, no clock, no label ("November 30, 2023", "30
#: November 2023", "Nov. 30, 2023", "November 2021"), at most `MAX_TIMELINE_DATE_CHARS` long.
_TIMELINE_DATE = re.compile(
    r"(?:\d{1,2}(?:st|nd|rd|th)?\.? )?[^\W\d_]{3,12}\.? (?:\d{1,2}(?:st|nd|rd|th)?,? )?\d{4}")
MAX_TIMELINE_DATE_CHARS = 30
#: Dates between the paragraphs are a timeline's headings when at least this many stand so.
MIN_TIMELINE_DATES = 3


def _timeline_dates(blocks: list[tuple[str, float]]) -> frozenset[int]:
    """The indices of a timeline's date headings among the blocks: dates alone
    (`_TIMELINE_DATE`), unlinked, each over a block that is no such date, at least
    `MIN_TIMELINE_DATES` of them ("November 2021", then what happened; "November 30, 2023",
    then what will). A date line alone is a byline's or a stamp's and goes; these are the
    text's sub-headings. Empty where the blocks hold fewer.

    >>> para = ("The summit opens.", 0.0)
    >>> sorted(_timeline_dates([("Nov 2021", 0.0), para, ("July 2023", 0.0), para,
    ...                         ("November 30, 2023", 0.0), para]))
    [0, 2, 4]
    >>> _timeline_dates([("November 30, 2023", 0.0), para, ("July 2023", 0.0), para])
    frozenset()
    """
    heads = [i for i, (text, density) in enumerate(blocks[:-1])
             if len(text) <= MAX_TIMELINE_DATE_CHARS and density < LINK_BLOCK_DENSITY
             and _TIMELINE_DATE.fullmatch(text)
             and not _TIMELINE_DATE.fullmatch(blocks[i + 1][0])]
    return frozenset(heads) if len(heads) >= MIN_TIMELINE_DATES else frozenset()


#: A line that is a clock or a duration alone ("1:42", "01:02:37"), at most this long, is a
#: player's duration under its label (`_PLAYER_LABEL`).
MAX_CLOCK_CHARS = 8
_CLOCK_ALONE = re.compile(r"\d{1,2}:[0-5]\d(?::[0-5]\d)?")
#: … under a video or audio player's label ("Watch: Durant traded to Suns", "Video: …").
_PLAYER_LABEL = re.compile(r"(?:watch|video|listen|now playing)\b", re.I)


#: A table cell is looked at as a phrase's only when the phrase is this short.
MAX_CELL_PHRASE_CHARS = 30


def _phrase_cells(texts: list[tuple[str, float]], containers: list[Element]) -> frozenset[str]:
    """The texts that print a control's word ("Share", "Print", "Comments": a boilerplate
    phrase) as a data table's cell, in a row whose other cells are not such words (a vote
    share's column heading, not a share bar laid out as a table). Looked for only where such
    a word is printed at all.

    >>> import lxml.html
    >>> box = lxml.html.fragment_fromstring('<div><table><tr><th>Party</th><th>Votes</th>'
    ...     '<th>Share</th></tr></table><p>Share</p></div>')
    >>> _phrase_cells([("Party", 0.0), ("Share", 0.0)], [box])
    frozenset({'Share'})
    >>> bar = lxml.html.fragment_fromstring('<div><table><tr><td>Share</td><td>Print</td>'
    ...     '</tr></table></div>')
    >>> _phrase_cells([("Share", 0.0), ("Print", 0.0)], [bar])
    frozenset()
    """
    words = {text for text, density in texts if density == 0.0
             and len(text) <= MAX_CELL_PHRASE_CHARS
             and text.casefold().strip(" .…:").strip() in bp.BOILERPLATE_PHRASES}
    if not words:
        return frozenset()
    found: set[str] = set()
    for container in containers:
        for row in container.iter("tr"):
            cells = [clean_text(text_content(c)) or "" for c in row if c.tag in ("td", "th")]
            if len(cells) > 1 and any(c.casefold().strip(" .…:").strip()
                                      not in bp.BOILERPLATE_PHRASES for c in cells):
                found.update(c for c in cells if c in words)
    return frozenset(found)


#: A weather widget's place line: a town and its state or country code ("Chicago, IL").
_PLACE_LINE = re.compile(r"[A-Z][\w.'’ -]{1,30}, [A-Z]{2,3}")


#: A game story's closing schedule line under "UP NEXT": "Celtics: Host Cleveland on Tuesday
#: night.", "Raptors: At Brooklyn on Wednesday." (a team, then where it plays next).
_SCHEDULE_LINE = re.compile(r"[A-Z][\w.'’ -]{1,30}: (?:[Hh]osts?|[Vv]isits?|[Aa]t|[Pp]lays?|"
                            r"[Ff]aces?|[Oo]pens?|[Ss]tarts?|[Rr]eturns?)\b")


def _schedule_heading(blocks: list[tuple[str, float]], i: int) -> bool:
    """Is the "Up next" at `blocks[i]` the heading of a game story's schedule (AP's "UP NEXT"
    over "Celtics: Host Cleveland on Tuesday night."), the text's own closing section, not a
    video player's or a related list's label?

    >>> _schedule_heading([("UP NEXT", 0.0), ("Celtics: Host Cleveland on Tuesday.", 0.0)], 0)
    True
    >>> _schedule_heading([("Up next", 0.0), ("Watch: the best plays", 1.0)], 0)
    False
    """
    return blocks[i][0].casefold().strip(" :") == "up next" and i + 1 < len(blocks) \
        and blocks[i + 1][1] == 0.0 and _SCHEDULE_LINE.match(blocks[i + 1][0]) is not None


#: A credit line after the text (`Layout.closers`): "(By … and …)", "By Jane Wanjiru",
#: "Edited by …".
_CLOSER = re.compile(r"^(?:\(by \S|by [A-Z]|edited by )", re.I)
MAX_CLOSER_CHARS = 160


def _filter_blocks(
    texts: Iterable[tuple[str, float]], phrases: frozenset[str],
    patterns: list[re.Pattern[str]], title: str, credits: list[str] | None = None,
    closers: list[str] | None = None, notes: list[str] | None = None,
    stamps: list[str] | None = None,
    cells: frozenset[str] = frozenset(), closing: frozenset[str] = frozenset(),
) -> list[str]:
    """Drop boilerplate blocks; cut at a related-stories heading that starts the page's tail.
    A data table's cell printing a control's word (`cells`: "Share" over the vote shares) is
    the table's. The text's own closing paragraphs after an inline box (`closing`, see
    `_closing_paragraphs`) stay past such a heading: no teaser's excerpt.
    Byline lines dropped before the first paragraph kept go to `credits`, rights lines,
    syndication notes (`boilerplate.WIRE_NOTE`) and wire stamps (`agency.wire_stamp`) to
    `notes`, publication stamps (`boilerplate.PUBLISHED_STAMP`) to `stamps`.

    >>> def kept(*texts): return _filter_blocks([(t, 0.0) for t in texts], frozenset(), [], "")
    >>> kept("ANI | Updated: Dec 17, 2024 13:03 IST", "The court said so.")
    ['The court said so.']
    >>> kept("The court said so.", "Published By: Ritu Sharma | Published On: Dec 17, 2024")
    ['The court said so.']
    >>> kept("Published by: the state's health department, the report found 40 cases.")
    ["Published by: the state's health department, the report found 40 cases."]

    A label over a list of links goes with the list; a sub-heading over a link line that
    prints its own label stays:

    >>> link = ("Sensex falls 500 points as IT stocks drag", 1.0)
    >>> _filter_blocks([("Text.", 0.0), ("Tags", 0.0), link, link], frozenset(), [], "")
    ['Text.']
    >>> kept("10:42By Sam Carter", "Power is back.", "9.58am · By Jane Doe", "Trains run.")
    ['Power is back.', 'Trains run.']
    >>> _filter_blocks([("What the plan will cost", 0.0), ("Also Read | " + link[0], 1.0),
    ...                 ("Text.", 0.0)], frozenset(), [], "")
    ['What the plan will cost', 'Text.']
    """
    blocks = list(texts)
    blocks = blocks[_headline_in_parts(blocks, title):]
    out: list[str] = []
    words = counted = 0  # words in out[:counted]: counted only at such a heading (rare)
    kept = -2  # index of the block last kept (none yet: not "the one before the first")
    breaks: list[int] = []  # len(out) at each <hr>
    in_box = False  # inside an inline related-stories box: its teasers' excerpts go too
    priced = -2  # index of the last shop-widget line dropped (a price and its shop)
    tail = False  # past a related-stories heading that ends the text: its own closing lines
    timeline: frozenset[int] | None = None  # a timeline's date headings, once a date is met
    appeal = 0  # blocks before this index are a reader-revenue appeal's (`_appeal_end`)
    for i, (text, density) in enumerate(blocks):
        if tail and text not in closing:
            continue
        if out and closers is not None and text[:1] in "(BE" and len(text) < MAX_CLOSER_CHARS \
                and _CLOSER.match(text):
            closers.append(text)  # still dropped as before; `extract` reads the names
        if text == generic.THEMATIC_BREAK:
            if not breaks or breaks[-1] != len(out):  # a double rule is one break
                breaks.append(len(out))
            continue
        if in_box:
            if density > LINK_BLOCK_DENSITY:
                continue  # a teaser's linked headline
            if blocks[i - 1][1] > LINK_BLOCK_DENSITY and len(text.split()) < MIN_FOLLOWING_WORDS \
                    and (text.rstrip()[-1:] in ".…!?" or _teaser_stamp(text)) \
                    and text not in closing:
                # The excerpt under it (a sentence; a sub-headline has no stop), or its
                # source and age ("AP - 39 mins ago").
                continue
            in_box = False
        if len(text) < MAX_COMMENTS_TITLE_CHARS and text[:1] in _COMMENTS_TITLE_OPENINGS \
                and bp.COMMENTS_TITLE.match(text):
            if not closing:
                break  # a comment thread's title: the readers' comments follow
            tail = True
            continue
        if len(text) < 60 and bp.STOP_HEADING.match(text) and not _schedule_heading(blocks, i):
            if density > LINK_BLOCK_DENSITY and bp.BOILERPLATE_PREFIX.match(text):
                # "RELATED: <a>Snow totals across Minnesota</a>": one link with its label,
                # set between paragraphs (TV stations' and blogs' templates), not the heading
                # of the page's tail: the line goes, the text goes on.
                continue
            # "Related coverage" mid-article (AP) is followed by more article than preceded it,
            # and a widget repeated between paragraphs ("Most Popular") is inline; a related
            # list at the end is shorter than the article above it.
            words += sum(len(t.split()) for t in out[counted:])
            counted = len(out)
            rest = sum(len(t.split()) for t, _ in blocks[i + 1:])
            repeated = sum(1 for t, _ in blocks if t == text) > 1
            if words >= STOP_AFTER_WORDS and rest < words and not repeated \
                    and not _article_follows(blocks[i + 1:]):
                if not closing:
                    break
                tail = True  # the text's own closing paragraphs after the box still come
                continue
            in_box = True
            continue
        if i < appeal:
            continue
        if len(text) < MAX_APPEAL_LINE_CHARS and _appeal_hint(text[:MAX_APPEAL_LINE_CHARS // 2]) \
                and (end := _appeal_end(blocks, i)):
            appeal = end
            continue
        if len(text) < 14 and (end := _poll_end(blocks, i)):
            appeal = end  # a reader poll: its question, answers and tally
            continue
        if ("tock" in text[:20] or text[:6] == "Should") and (end := _pitch_end(blocks, i)):
            appeal = end  # an investing newsletter's pitch, to its returns footnote
            continue
        if len(text) < 24 and text.casefold().rstrip(" :") in _SPONSOR_LABELS \
                and i + 1 < len(blocks) and len(blocks[i + 1][0].split()) <= MAX_SPONSOR_WORDS:
            appeal = i + 2  # a newsletter's sponsor slot: "Together with", the sponsor's pitch
            continue
        if text[:10] == "Listen to " and len(text) < MAX_LISTEN_LABEL_CHARS \
                and text[-1:] not in ".!?" and i + 1 < len(blocks) \
                and blocks[i + 1][1] > LINK_BLOCK_DENSITY and _STREAMING.search(blocks[i + 1][0]):
            continue  # a music player's label over its links to streaming services
        if priced == i - 1 and len(text) < MAX_SHOP_LINE_CHARS and text[-1:] not in ".!?" \
                and bp.SHOP_WORDS.search(text):
            priced = i  # the shop widget's tagline under its prices ("Prices updated daily")
            continue
        if (generic.is_boilerplate_text(text, density, phrases) and text not in cells) \
                or text == title:
            if notes is not None and len(text) < MAX_NOTE_CHARS and bp.WIRE_NOTE.search(text):
                notes.append(text)
            if kept == i - 1 and len(out[-1]) < 30 and bp.OFFER_HEADING.fullmatch(out[-1]) \
                    and bp.PRICE_PITCH.search(text):
                # A subscription offer's heading ("Abonnement") over its price line.
                out.pop()
                kept = -2
            elif density > 0.6 and kept == i - 1 and _introduces(out[-1]) \
                    and not bp.BOILERPLATE_PREFIX.match(text):
                # "More on this:" over a list of links goes with the list; a link line that
                # prints its own label ("Also Read | …") is introduced by none: the line
                # above it is the text's sub-heading.
                out.pop()
                kept = -2
            if kept == i - 1 and len(text) < 20 and "°" in text and _PLACE_LINE.fullmatch(out[-1]) \
                    and bp.BOILERPLATE_PREFIX.match(text):
                # A weather widget's place over its reading ("Chicago, IL", then "Now 28°").
                out.pop()
                kept = -2
            if text[:1] in _PRICE_SIGNS and density and bp.PRICE_LINE.match(text):
                # A linked price, "$229 at <a>Amazon</a>": a shop widget's line, its label
                # over it ("Example Phone 8 deals") and its tagline under it go too.
                if kept == i - 1 and len(out[-1]) < MAX_SHOP_LINE_CHARS \
                        and out[-1][-1:] not in ".!?:" and bp.SHOP_WORDS.search(out[-1]):
                    out.pop()
                    kept = -2
                priced = i
            continue
        if len(text) < 60 and text[:1].isdigit() and (
                _CLOCK_BYLINE.fullmatch(text)
                or (len(text) <= MAX_CLOCK_CHARS and i and _CLOCK_ALONE.fullmatch(text)
                    and _PLAYER_LABEL.match(blocks[i - 1][0]))):
            # A live entry's time and writer ("10:42 By Sam Carter"): no credit. A clock
            # alone under a player's label ("Watch: …", then "1:42"), the video's duration:
            # no text (a live entry's time alone, "12:30" over its text, stays).
            continue
        if (len(text) < 60 and bp.BYLINE_LINE.match(text)) \
                or (len(text) < 120 and bp.DESK_LINE.match(text)):
            if not out and credits is not None:
                credits.append(text)
            continue
        if not out and len(text) < MAX_CREDIT_DAY_CHARS and text[-1:].isalpha() \
                and (bare := without_comment_count(text)) != text and credit_then_day(bare):
            # The writer, the day and the comment count over the text (WinFuture's "Roland
            # Quandt, 01.10.2024 20:12 Uhr 14 Kommentare", read for the byline): no text.
            continue
        if is_date_line(text):
            if timeline is None and out:
                timeline = _timeline_dates(blocks)
            if not out or timeline is None or i not in timeline:
                continue
        if wire_stamp(text) or day_then_source(text):
            # "ANI | Updated: Dec 17, 2024 13:03 IST", "2019-08-13 14:07来源：新华社": the credit
            # and the date, no text.
            if notes is not None:
                notes.append(text)  # `extract` reads the credit from it
            continue
        if text[-1:] in "摄攝）)" and bp.PHOTO_CREDIT_END.search(text[-30:]):
            continue  # a Chinese photo caption, printed as a paragraph of the text
        if patterns and any(p.search(text) for p in patterns):
            continue
        if not out and _over_text(text, title):
            continue
        out.append(text)
        kept = i
    # Lines the page sets after the text (`closing_line`): looked for at its end only, so that
    # no paragraph of the text pays for them.
    while out and closing_line(out[-1], stamps):
        out.pop()
    if len(out) > MAX_QR_TAIL:
        out = _without_qr_code_tail(out)
    if breaks and breaks[-1]:
        out = _without_set_apart_tail(out, breaks)
    labels = _repeated_labels(out) | _doubled_lines(out)
    return [t for t in out if t not in labels] if labels else out


#: A music player's label ("Listen to boygenius: the record") over its links to streaming
#: services ("Apple Music", "Spotify") left as a line where the player's names say nothing: no
#: text. A "Listen to …" line over anything else stays.
MAX_LISTEN_LABEL_CHARS = 100
_STREAMING = re.compile(r"apple music|spotify|tidal|deezer|amazon music|youtube music|"
                        r"soundcloud|bandcamp", re.I)

#: A reader-revenue appeal's opening line is at most this long, its "Support … journalism"
#: heading at most `MAX_APPEAL_HEADING_WORDS` words, the whole appeal at most
#: `MAX_APPEAL_WORDS` words over at most `APPEAL_BLOCKS` blocks.
MAX_APPEAL_LINE_CHARS = 200
MAX_APPEAL_HEADING_WORDS = 12
MAX_APPEAL_WORDS = 80
APPEAL_BLOCKS = 4


#: The label a newsletter sets over its sponsor's slot between the sections of an issue
#: (beehiiv's and Substack's "Together with", "Presented by", "Brought to you by"), alone on
#: its line; the block under it, of at most `MAX_SPONSOR_WORDS` words, is the sponsor's
#: pitch ("Pillar Cloud — Spin up GPU clusters in minutes. Try it free for 30 days.").
_SPONSOR_LABELS = frozenset({"together with", "presented by", "brought to you by",
                             "in partnership with", "today's sponsor", "today’s sponsor",
                             "this issue is sponsored by", "a message from our sponsor"})
MAX_SPONSOR_WORDS = 40
#: A comment thread's title (`boilerplate.COMMENTS_TITLE`) is at most this long, the post's
#: title quoted in it, and opens with its count.
MAX_COMMENTS_TITLE_CHARS = 220
_COMMENTS_TITLE_OPENINGS = frozenset("0123456789OoTtFfSsEeNn")
#: An investing newsletter's pitch set under the text of the stories it syndicates (The Motley
#: Fool's "10 stocks we like better than Walmart", "Should you invest $1,000 in Enbridge right
#: now?"), its heading alone on its line; it ends, at most `PITCH_BLOCKS` blocks on, with the
#: footnote on its returns ("*Stock Advisor returns as of November 14, 2019").
_PITCH_HEADING = re.compile(r"(?:\d+|ten) stocks (?:we|i) like better than \S.{0,60}"
                            r"|should you invest \$[\d,]+ in \S.{0,60}\?", re.I)
_PITCH_END = re.compile(r"\*\s?[\w ]{0,30}returns as of\b", re.I)
PITCH_BLOCKS = 6


#: A reader poll set into the text (SB Nation's and other Chorus sites' widget): its label
#: alone ("Poll"), the question, the answers, then its tally ("1,204 votes total Vote Now"),
#: at most `POLL_BLOCKS` blocks on.
_POLL_LABELS = frozenset({"poll", "reader poll", "vote", "umfrage", "sondage", "encuesta",
                          "sondaggio", "enquete"})
_POLL_TALLY = re.compile(r"[\d,.]+ (?:votes?|stimmen|votos|voti) (?:total|insgesamt|au total)\b",
                         re.I)
POLL_BLOCKS = 10


def _poll_end(blocks: list[tuple[str, float]], i: int) -> int:
    """Where the reader poll labelled at block `i` ends: after its tally (0: no poll there).

    >>> def end(*texts): return _poll_end([(t, 0.0) for t in texts], 0)
    >>> end("Poll", "Should he start?", "Yes", "No", "1,204 votes total Vote Now", "The end.")
    5
    >>> end("Poll", "The poll closed on Monday with the mayor ahead.")
    0
    """
    if blocks[i][0].casefold().rstrip(" :") not in _POLL_LABELS:
        return 0
    for k in range(i + 1, min(i + 1 + POLL_BLOCKS, len(blocks))):
        if _POLL_TALLY.match(blocks[k][0]):
            return k + 1
    return 0


def _pitch_end(blocks: list[tuple[str, float]], i: int) -> int:
    """Where the investing newsletter's pitch heading block `i` ends (`_PITCH_HEADING`): after
    its returns footnote, or the heading alone where none follows (0: no pitch opens there).

    >>> def end(*texts): return _pitch_end([(t, 0.0) for t in texts], 0)
    >>> end("10 stocks we like better than Enbridge", "When our analysts have a stock tip, it "
    ...     "can pay to listen.", "See the 10 stocks", "*Stock Advisor returns as of May 1, "
    ...     "2019", "Jane Doe owns shares of Enbridge.")
    4
    >>> end("Should you invest $1,000 in Walmart right now?", "Walmart rose 3% on Tuesday.")
    1
    >>> end("Ten stocks rose more than 5% on Tuesday.")
    0
    """
    text = blocks[i][0]
    if len(text) > 100 or text[-1:] == "." or not _PITCH_HEADING.fullmatch(text):
        return 0
    for k in range(i + 1, min(i + 1 + PITCH_BLOCKS, len(blocks))):
        if _PITCH_END.match(blocks[k][0]):
            return k + 1
    return i + 1


def _appeal_hint(head: str) -> bool:
    """The cheap test before `_appeal_end`: the words an appeal's opening holds."""
    return "upport" in head or "profit" in head or "ámogasd" in head or "благодаря" in head


def _appeal_end(blocks: list[tuple[str, float]], i: int) -> int:
    """Where the reader-revenue appeal opening at block `i` ends (0: none opens there). A
    short heading "Support independent Chicago journalism" ("Support PREMIUM TIMES' journalism
    of integrity and credibility"), or a line "The Stranger depends on your support." opens
    one (`boilerplate.APPEAL_OPENING`); it ends with the block that asks for a donation, a
    contribution or a membership (`boilerplate.APPEAL_CALL`: "Your donation keeps our
    reporting free", a "Donate" link), at most `APPEAL_BLOCKS` blocks and `MAX_APPEAL_WORDS`
    words on. An appeal box set into the text, whatever its class; a line that asks for
    nothing is the story's (a report on a fund drive).

    >>> def end(*texts): return _appeal_end([(t, 0.0) for t in texts], 0)
    >>> end("Support independent Chicago journalism", "The Reader is a nonprofit. Your "
    ...     "donation keeps our reporting free.", "The board met on Tuesday.")
    2
    >>> end("Support PREMIUM TIMES' journalism of integrity", "Good journalism costs money.",
    ...     "Donate", "INEC said so.")
    3
    >>> end("The Stranger depends on your support. Please consider a contribution.")
    1
    >>> end("Support for local journalism has fallen sharply since 2008, the survey of 400 "
    ...     "editors found.", "Donations rose.")  # a sentence of the story
    0
    >>> end("Support independent journalism", "The council voted 7-2.", "Rents rose.")
    0
    >>> end("Ridgeline News is a nonprofit newsroom. We rely on readers like you.", "Donate now")
    2
    >>> end("Támogasd a Telexet! A független újságírás nem működik nélküled.", "Támogatom")
    2
    >>> end("We’re a nonprofit newsroom. CalMatters is a nonprofit, nonpartisan media "
    ...     "organization explaining California policies and politics. Support our work.")
    1
    >>> end("«Медуза» работает благодаря читателям", "Поддержите нас — оформите ежемесячное "
    ...     "пожертвование.")
    2
    """
    text = blocks[i][0]
    opening = bp.APPEAL_OPENING.match(text)
    if opening is None or (text[:1] in "Ss" and len(text.split()) > MAX_APPEAL_HEADING_WORDS
                           and opening[0][:7].casefold() == "support"):
        return 0
    words = 0
    for k in range(i, min(i + APPEAL_BLOCKS, len(blocks))):
        words += len(blocks[k][0].split())
        if words > MAX_APPEAL_WORDS:
            return 0
        if bp.APPEAL_CALL.search(blocks[k][0]):
            return k + 1
    return 0


#: A shop widget's label over its prices and tagline under them are at most this long.
MAX_SHOP_LINE_CHARS = 100
#: What a shop widget's price line opens with (`boilerplate.PRICE_LINE`).
_PRICE_SIGNS = frozenset("$€£₹¥")


#: The headline printed in parts is at most this many blocks.
MAX_HEADLINE_PARTS = 3
_WORD = re.compile(r"\w+")
_ARTICLES = frozenset({"the", "a", "an"})


def _headline_in_parts(blocks: list[tuple[str, float]], title: str) -> int:
    """How many of the leading blocks print the headline in parts, one heading each (Medium:
    `<h2>Open Journalism Project:</h2><h4>Better Student Journalism</h4>` under the title
    "The Open Journalism Project: Better Student Journalism"), the leading article aside;
    0 when they do not. A whole headline printed again is dropped as any block equal to it,
    and as the first block when only marks or punctuation set it apart (a diary's entry
    heading under the same title: "■ 改正NICT法がプチ炎上、…").

    >>> _headline_in_parts([("Open Journalism Project:", 0.0), ("Better Student Journalism",
    ...     0.0), ("We pushed out …", 0.0)], "The Open Journalism Project: Better Student "
    ...     "Journalism")
    2
    >>> _headline_in_parts([("Open Journalism", 0.0), ("Text.", 0.0)], "Open Journalism Project")
    0
    >>> _headline_in_parts([("■ Rain, again", 0.0), ("Text.", 0.0)], "Rain again")
    1
    """
    want = _WORD.findall(title.casefold())
    if want and want[0] in _ARTICLES:
        want = want[1:]
    got: list[str] = []
    for i, (text, _) in enumerate(blocks[:MAX_HEADLINE_PARTS]):
        got += _WORD.findall(text.casefold())
        if len(got) >= len(want):
            return i + 1 if got == want else 0
    return 0


#: A line over the text that is no sentence of it: the reading time alone ("2min", "4 min"),
#: an audio player's clock ("00:00 / 03:15").
_LABEL_OVER_TEXT = re.compile(
    r"\d{1,3}\s?min(?:s|utes?)?\.?|\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?", re.I)
#: The section and the date in one line ("Politics / January 11, 2024").
_SECTION_DATE = re.compile(r"([^/|•·]{2,30}?)\s[/|•·]\s(.{6,40})")
#: A wire story's version note over its text, in brackets ("(Corrects 10th paragraph to show
#: the Wii is from Nintendo, not Sony.)", "(Updates with closing prices)", "(Adds quotes,
#: details)"): Bloomberg's and Reuters's notes, kept on portals' copies.
_VERSION_NOTE = re.compile(
    r"\((?:corrects|updates|adds|recasts|refiles|repeats|fixes|clarifies|rewrites|removes"
    r"|changes|moves|deletes|inserts)\b[^()]*(?:\([^()]*\)[^()]*)*\)", re.I)
MAX_VERSION_NOTE = 300
#: The kicker printed in one line with the headline is at most this many words.
MAX_KICKER_WORDS = 12


#: A post's field line over its text is at most this long.
MAX_FIELD_LINE = 200
#: Its parts: "Label: value" between dashes or bars, the label a word or three.
_FIELD_SEPARATOR = re.compile(r"\s+[-–—|•·]\s+")
_FIELD = re.compile(r"[^\W\d](?:[\w.]*\s?){0,3}:\s*\S")
MIN_FIELDS = 2


def _field_line(text: str) -> bool:
    """Is `text` a post's line of fields, the date and labelled values between dashes or bars
    ("05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: sad …", "Posted by:
    admin | Category: News | Tags: rain")? At least two labelled parts among three or more, no
    sentence's end: a theme's meta strip, no line of the text.

    >>> _field_line("Posted by: admin | Category: News | Tags: rain, storm")
    True
    >>> _field_line("Paris - The minister said: rain. Then: more rain - and more.")
    False
    """
    if text.rstrip()[-1:] in ".!?\"”»":
        return False
    parts = _FIELD_SEPARATOR.split(text)
    return len(parts) >= 3 and sum(1 for part in parts if _FIELD.match(part)) >= MIN_FIELDS


def _over_text(text: str, title: str) -> bool:
    """Is `text`, before the text's first paragraph kept, a line set over the text: a label
    (`_LABEL_OVER_TEXT`), the section and the date (`_SECTION_DATE`), or the headline printed
    with its kicker in one line ("SVP-Sonderparteitag zur Migration – Chiesa ruft zum
    «politischen Widerstand» …", ``"Es wird bald beginnen"Trump spricht …``), ending with the
    title's words?

    >>> _over_text("00:00 / 03:15", ""), _over_text("2min", ""), _over_text("2 million", "")
    (True, True, False)
    >>> _over_text("(Corrects 10th paragraph to show the Wii is from Nintendo, not Sony.)", "")
    True
    >>> _over_text("(Updated prices.) The Dow rose.", "")
    False
    >>> _over_text("Politics / January 11, 2024", ""), _over_text("Paris / Berlin talks", "")
    (True, False)
    >>> _over_text("Vote 2024 – Storm hits the coast again", "Storm hits the coast again")
    True
    >>> _over_text("The mayor said: storm hits the coast again", "Storm hits the coast")
    False
    >>> _over_text("(Original title: Storm hits the coast again)", "Storm hits the coast again")
    False
    >>> _over_text("For a year, she followed the last shepherds of the Abruzzo.",
    ...            "The last shepherds of the Abruzzo")  # a sentence ending with its words
    False
    >>> _over_text("05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: sad", "")
    True
    >>> t = "Margaret Ellis Obituary (1938 - 2023) - Columbus, OH"  # the headline's head alone
    >>> _over_text("Margaret Ellis Obituary", t), _over_text("Margaret Ellis", t)
    (True, False)
    """
    if len(text) < 20 and _LABEL_OVER_TEXT.fullmatch(text):
        return True
    if len(text) < MAX_FIELD_LINE and _field_line(text):
        return True
    if text[:1] == "(" and len(text) < MAX_VERSION_NOTE and _VERSION_NOTE.fullmatch(text):
        return True
    if len(text) < 70 and (dated := _SECTION_DATE.match(text)) \
            and len(dated[1].split()) <= 3 and is_date_line(dated[2]):
        return True
    if title[len(text):len(text) + 2] in _TITLE_TAIL_OPENINGS and title.startswith(text) \
            and " " in text:
        # The headline's head printed alone over the text, the `<title>` going on with its
        # dates or its paper ("Margaret Ellis Obituary" under "Margaret Ellis Obituary (1938 -
        # 2023) - Columbus, OH - The Columbus Dispatch"): a heading, no text.
        return True
    want = _WORD.findall(title.casefold())
    if len(want) < 4:
        return False
    words = list(_WORD.finditer(text.casefold()))
    got = [m[0] for m in words]
    if not (len(want) < len(got) <= len(want) + MAX_KICKER_WORDS and got[-len(want):] == want):
        return False
    before = text[:words[-len(want)].start()]
    if text.rstrip()[-1:] == "." and title.rstrip()[-1:] != "." and before.rstrip()[-1:].isalpha():
        # A sentence that ends with the headline's words ("For a year, photographer Lucia
        # Ferrante followed the last shepherds of the Abruzzo."), run into them with no
        # separator and closed by a full stop the headline lacks: the text's first line.
        return False
    # A note quoting the headline after its label is a line of the text (a repost's
    # "原标题：…", "(Original title: …)").
    return not before.rstrip(" \"“«「『(（").endswith((":", "："))


#: How a title goes on after a headline printed alone over the text (`_over_text`).
_TITLE_TAIL_OPENINGS = frozenset({" (", " -", " –", " —", " |"})


#: A like button's label after the text, alone in its box ("+1": Xinhua's `div.zan-i`).
_VOTE_BUTTON = re.compile(r"[+＋]\d{1,3}")


def closing_line(text: str, stamps: list[str] | None = None) -> bool:
    """Is `text` a line the page sets after the article's last paragraph, no sentence of it:
    a publication stamp (kept in `stamps`: it names the page's zone), a newsletter's, a share
    or a follow call, the reporter's contact line, a picture's credit, a gallery's label, a
    promo with its button? Only a short paragraph may be one.

    >>> closing_line("CNNMoney (New York) First published November 29, 2016: 3:33 AM ET")
    True
    >>> closing_line("Can't get enough of Us? Sign up now for the Us Weekly newsletter packed "
    ...              "with the latest celeb news, hot pics and more!")
    True
    >>> closing_line("Be sure to annoy your liberal friends and family – share this post with "
    ...              "them!")
    True
    >>> closing_line("Like this story? Share it with a friend!")
    True
    >>> closing_line("Share this article on WhatsApp")
    True
    >>> closing_line("On Twitter: Follow Wendy Koch and get more environment and energy "
    ...              "coverage at NatGeoEnergy.")
    True
    >>> closing_line("Rajeev Dhir may be reached at rdhir@njadvancemedia.com. Follow him on "
    ...              "Twitter @googasmammoo. Find NJ.com on Facebook.")
    True
    >>> closing_line("[Featured Image by Joe Raedle/Getty Images]")
    True
    >>> closing_line("+1"), closing_line("+1 on rates")
    (True, False)
    >>> closing_line("See photos from this story:")
    True
    >>> closing_line("Like this post? Pin it for later!"), closing_line("Pin me!")
    (True, True)
    >>> closing_line("Do you have a life-changing story you would like us to publish? Please "
    ...              "reach us through news@tuko.example or WhatsApp: 0732000000.")
    True
    >>> closing_line("Do you have a story about the flood? She asked us to write it down.")
    False
    >>> closing_line("Did you make this recipe? Tag @thecozynest on Instagram")
    True
    >>> closing_line("Before it's here, it's on the Bloomberg Terminal. LEARN MORE")
    True
    >>> closing_line("Get real-time updates and result insights on the CBSE 12 Result 2026.")
    True
    >>> closing_line("By registering, you agree to our T&C and Privacy Policy")
    True
    >>> closing_line("For more news about the weather, visit https://example.net/tag/weather")
    True
    >>> closing_line("By signing up, you agree to pay the fee, the company said.")
    False
    >>> [closing_line(t) for t in (
    ...     "Support local journalism. Subscribe today.",
    ...     "Contact reporter Jane Doe at jdoe@example.com or 555-123-4567.",
    ...     "Want more local news? Follow us on Google News.",
    ...     "Sie wollen keine Nachrichten aus der Region verpassen? Dann abonnieren Sie "
    ...     "unseren Newsletter.", "Mehr Nachrichten aus der Region gibt es hier.",
    ...     "Folgen Sie uns auf WhatsApp.", "Har du tips? Mejla oss på tips@example.se",
    ...     "Iscriviti alla newsletter di Corriere Città", "Abonnez-vous à notre newsletter",
    ...     "Подписывайтесь на наш канал в Telegram", "Новости по теме",
    ...     "Media contact: press@northwind.example, +1 555 0100")]
    [True, True, True, True, True, True, True, True, True, True, True, True]

    Sentences that only mention them stay:

    >>> closing_line("She said she would share this story with her children.")
    False
    >>> closing_line("He asked us to share it with a friend.")
    False
    >>> closing_line("More than 4,000 readers signed up for the newsletter in its first week.")
    False
    >>> closing_line("The paper was first published in 1851 by Henry Raymond.")
    False
    >>> closing_line("Officials can be reached at the county office, the statement said.")
    False
    >>> closing_line("Follow the money, she said.")
    False
    >>> closing_line("Students can get real-time updates on the results from the board's site.")
    False
    >>> closing_line("Supporters of the plan said they would contact the council.")
    False
    >>> closing_line("Reach for the stars, the mayor told the graduates.")
    False
    >>> closing_line("Press inquiries: the company declined to take questions, a spokesman said.")
    False
    """
    if len(text) > bp.MAX_CLOSING_LINE_CHARS:
        return False
    if len(text) <= 4 and _VOTE_BUTTON.fullmatch(text):
        return True
    if bp.PUBLISHED_STAMP.match(text):
        if stamps is not None:
            stamps.append(text)
        return True
    return bp.CLOSING_LINE.match(text) is not None or bp.BUTTON_TAIL.search(text) is not None


#: A call to scan the account's QR code ("扫描下方二维码解锁更多技能", "长按识别二维码关注"),
#: which a WeChat post prints over its closing menu.
_QR_CODE_CALL = re.compile(r"(?:请)?(?:长按|扫描|扫码|识别|扫一扫)[^。！!]{0,12}二维码")
#: The menu under it: this many short lines at most, each this short.
MAX_QR_TAIL = 12
MAX_QR_TAIL_LINE = 40


def _without_qr_code_tail(out: list[str]) -> list[str]:
    """`out` without a WeChat post's closing menu: from a call to scan the QR code on, when
    only a few short lines follow it ("1、回复【社保】查询广州社保缴纳记录", "看都看完了，点【在看】
    试试").

    >>> _without_qr_code_tail(["正文。"] * 3 + ["扫描下方二维码解锁更多技能",
    ...                        "1、回复【福利】查看政策", "看都看完了，点【在看】试试"])
    ['正文。', '正文。', '正文。']
    >>> _without_qr_code_tail(["正文。"] * 3 + ["扫描下方二维码解锁更多技能", "正文" * 30])[-1][:4]
    '正文正文'
    """
    for i in range(len(out) - 1, len(out) - 1 - MAX_QR_TAIL, -1):
        if len(out[i]) > MAX_QR_TAIL_LINE:
            return out
        if _QR_CODE_CALL.match(out[i]):
            return out[:i]
    return out


#: A teaser's stamp: its source, a dash or bar, then its age or date ("AP - 39 mins ago").
_TEASER_STAMP = re.compile(r"^[^\W\d][\w .&'-]{0,30}?\s+[-–—|•·]\s+(?P<when>.{4,40})$")
_AGE = re.compile(r"(?:about |over )?(?:\d+|an?|one) (?:sec|second|min|minute|hr|hour|day|week)s?"
                  r"(?: \d+ (?:min|minute)s?)? ago", re.I)


def _teaser_stamp(text: str) -> bool:
    """Is `text` a teaser's source and age or date, printed under its linked headline?

    >>> _teaser_stamp("AP - 39 mins ago"), _teaser_stamp("Reuters | Dec 17, 2024")
    (True, True)
    >>> _teaser_stamp("Rates rise - what it means"), _teaser_stamp("AP - 1 hr 4 mins ago")
    (False, True)
    """
    m = _TEASER_STAMP.match(text)
    return m is not None and (_AGE.fullmatch(m["when"]) is not None or is_date_line(m["when"]))


def _introduces(text: str) -> bool:
    """A label that introduces a list ("More on this:", "Tags", "Lesen Sie auch"), not a
    closing credit or source line printed above the footer's links ("Con información de
    AFP", "Quelle: dpa/jd", "(Reuters)").

    >>> _introduces("More on this:"), _introduces("Lesen Sie auch"), _introduces("Tags")
    (True, True, True)
    >>> _introduces("Con información de AFP"), _introduces("Quelle: dpa/jd")
    (False, False)
    """
    if not generic.is_label(text) or ":" in text.rstrip(" :："):
        return False  # a sentence, or a line saying something after its colon
    last = _CREDIT_WORDS.split(text.strip(" ()[]—–-."))[-1]
    return not normalise_agency(last)


#: Where the words of a closing credit split ("ino/dpa", "— With inputs from PTI").
_CREDIT_WORDS = re.compile(r"[\s/]+")


def _without_set_apart_tail(out: list[str], breaks: list[int]) -> list[str]:
    """Without what a thematic break (<hr>) sets apart at the end, when it is short beside the
    article above it: a press release's "about the company" text, an author's bio, a footnote.
    `breaks` are the places (indexes into `out`) of the text's <hr>s.

    >>> _without_set_apart_tail(["Story " * 80, "Acme is a maker of widgets."], [1])[1:]
    []
    >>> len(_without_set_apart_tail(["Part one " * 30, "Part two " * 30], [1]))
    2

    A text that rules off every few paragraphs (around each embedded clip) ends with a part
    of the story, longer than the part above it, not with a note set apart:

    >>> story = ["Lead " * 200, "Part " * 20, "Last part " * 30]
    >>> len(_without_set_apart_tail(story, [1, 2]))
    3
    """
    last = breaks[-1]
    head = sum(len(t.split()) for t in out[:last])
    tail = sum(len(t.split()) for t in out[last:])
    above = sum(len(t.split()) for t in out[breaks[-2] if len(breaks) > 1 else 0:last])
    if head >= STOP_AFTER_WORDS and tail <= SET_APART_SHARE * head and tail < above:
        return out[:last]
    return out


#: A line printed twice in a row (`_doubled_lines`) is at most this long: a teaser's title.
MAX_DOUBLED_LINE_CHARS = 100


def _doubled_lines(blocks: list[str]) -> set[str]:
    """A short line, no sentence, printed twice in a row between paragraphs: an inline
    teaser's kicker and its title, their link and box lost (a paywall script that shifts the
    text back prints `<p><u><em>Corona in Hamburg – die Bilanz</em></u></p><p>Corona in
    Hamburg – die Bilanz</p>` mid-text). A sub-heading is printed once. One pass of string
    compares over the kept blocks.

    >>> para = "The council approved the plan after a long debate on Tuesday night. " * 2
    >>> _doubled_lines([para, "Corona in Hamburg – die Bilanz", "Corona in Hamburg – die Bilanz",
    ...                 para])
    {'Corona in Hamburg – die Bilanz'}
    >>> _doubled_lines([para, "What the plan will cost", para, "What the plan will cost", para])
    set()
    """
    doubled = set()
    for i in range(1, len(blocks) - 2):
        text = blocks[i]
        if text == blocks[i + 1] and len(text) <= MAX_DOUBLED_LINE_CHARS \
                and not text.endswith(generic.SENTENCE_ENDS) \
                and len(blocks[i - 1].split()) >= LABEL_NEIGHBOUR_WORDS \
                and len(blocks[i + 2].split()) >= LABEL_NEIGHBOUR_WORDS:
            doubled.add(text)
    return doubled


def _repeated_labels(blocks: list[str]) -> set[str]:
    """Short labels printed more than once between paragraphs: a widget's, not the article's
    ("Am beliebtesten" over each inline teaser, "Box aufklappen Box zuklappen" on each fact
    box), between a paragraph and a sentence. A table's header cells repeat too, but next to
    other short cells.
    """
    seen: dict[str, int] = {}
    for text in blocks:
        if len(text) <= generic.MAX_LABEL_CHARS:
            seen[text] = seen.get(text, 0) + 1
    if all(n == 1 for n in seen.values()):
        return set()
    labels = set()
    for i in range(1, len(blocks) - 1):
        text = blocks[i]
        if seen.get(text, 0) < 2 or text in labels or not generic.is_label(text):
            continue
        before, after = blocks[i - 1], blocks[i + 1]
        if max(len(before.split()), len(after.split())) >= LABEL_NEIGHBOUR_WORDS \
                and not generic.is_label(before) and not generic.is_label(after):
            labels.add(text)
    return labels


def _closing_paragraphs(container: Element) -> frozenset[str]:
    """The text's own closing paragraphs after an inline box: the `<p>` children of the text's
    container after its last other child holding text, unlinked and of the class its
    paragraphs before that child have (a closing sentence under a related-stories box,
    "Fares will start at 10 baht …", not the box's teaser excerpt, which sits in the box).
    A sub-heading among them (`<h2>Limitations</h2>` over the last paragraph) is theirs.
    Empty where no such box stands among the last children. One pass over the children.

    >>> import lxml.html
    >>> box = lxml.html.fragment_fromstring('<div><p>One.</p><div><h3>Related</h3><a>Link</a>'
    ...     '</div><p>Two.</p><p class="x">Sign up.</p></div>')
    >>> sorted(_closing_paragraphs(box))
    ['Two.']
    >>> sorted(_closing_paragraphs(lxml.html.fragment_fromstring(
    ...     '<div><p>One.</p><div><h3>Related</h3><a>Link</a></div><h2>Limits</h2><p>Two.</p>'
    ...     '</div>')))
    ['Limits', 'Two.']
    >>> _closing_paragraphs(lxml.html.fragment_fromstring('<div><p>One.</p><p>Two.</p></div>'))
    frozenset()
    """
    children = [c for c in container if isinstance(c.tag, str)]
    last: list[Element] = []
    heads: list[str] = []  # the closing paragraphs' own sub-headings
    for n, child in enumerate(reversed(children)):
        if child.tag in _HEADING_TAGS and last and next(child.iter("a"), None) is None \
                and (head := clean_text(text_content(child))) \
                and not bp.STOP_HEADING.match(head):
            heads.append(head)
            continue
        if child.tag != "p":
            if not len(child) and not (child.text or "").strip():
                continue  # an empty slot (an ad's placeholder): no box
            above = children[:len(children) - 1 - n]
            classes = [c.get("class") for c in above if c.tag == "p"]
            if not classes or not last:
                return frozenset()
            mode = max(set(classes), key=classes.count)
            return frozenset([*heads, *(t for p in last if p.get("class") == mode
                                        and next(p.iter("a"), None) is None
                                        and (t := clean_text(text_content(p))))])
        last.append(child)
    return frozenset()


def _article_follows(following: list[tuple[str, float]]) -> bool:
    """Does text follow a related-stories heading and its few links: a long paragraph, or a
    run of unlinked paragraphs as long? Then the heading labels an inline box ("Related
    Story" over one link, "Mehr zum Thema" over two) and the article goes on (a teaser list
    has short, linked items, and more of them).

    >>> link, para = ("Maternity wards are closing", 1.0), ("word " * 45, 0.0)
    >>> _article_follows([para]), _article_follows([link, para])
    (True, True)
    >>> _article_follows([link, link, link, para]), _article_follows([("Short", 0.0), para])
    (False, False)
    >>> short = ("word " * 25, 0.0)  # two short paragraphs and a sub-headline between them
    >>> _article_follows([link, link, short, ("What next", 0.0), short])
    True
    """
    for i, (text, density) in enumerate(following[:INLINE_BOX_LINKS + 1]):
        if density <= LINK_BLOCK_DENSITY:
            if density >= 0.3 or len(text.split()) < MIN_FOLLOWING_WORDS:
                return False  # a teaser's excerpt, a label: not the article going on
            run = takewhile(lambda block: block[1] < 0.3, following[i:])
            return sum(len(t.split()) for t, _ in run) >= LONG_PARAGRAPH_WORDS
    return False

