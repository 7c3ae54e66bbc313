"""Printed dates: visible "Published"/"Updated" lines and site date patterns, date lines
after or above the headline, dates in the byline's line, date-archive links and date-classed
texts.

Separate because these readers turn page text into date strings only (the loader parses
them); they build on the headline's landmarks and the byline readers, which do not need them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from functools import lru_cache
from itertools import chain, islice
from typing import TYPE_CHECKING, Any

from lxml import etree

from newsscraper.extract import boilerplate as bp
from newsscraper.extract.bylines import (
    AUTHOR_BOX_NAME,
    MAX_DATED_BY_LINE_CHARS,
    foreign_by_line_rest,
    no_names,
    no_names_in_line,
    printed_bylines,
    spaced_text,
    under_related_heading,
)
from newsscraper.extract.headline import (
    DATE_LINE_SIBLINGS,
    FRAME_TAGS,
    article_scope,
    headline_block,
    headline_wrapper,
    names_say_standfirst,
)
from newsscraper.page import Element, in_comment, in_related, in_sidebar_list, text_content
from newsscraper.processors import (
    address_then_day,
    clean_text,
    credit_then_day,
    dated_tail,
    day_then_source,
    is_date_line,
    split_url,
    without_comment_count,
)

if TYPE_CHECKING:
    from newsscraper.page import Page

#: The words `bp.MODIFIED_TEXT_XPATHS` test text nodes for (its `contains()` probes).
_PROBE = re.compile(r"contains\(\., '([^']+)'\)")
_MODIFIED_PROBES = {lang: tuple(_PROBE.findall(xpath))
                    for lang, xpath in bp.MODIFIED_TEXT_XPATHS.items()}


def visible_modified(page: Page) -> list[str]:
    """The page's printed "Updated …" line (`visible_date`), its label's words by language.

    The probes are all each language's XPath tests (`_texts_holding` looks for them):

    >>> all(bp.MODIFIED_TEXT_XPATHS[lang] == ".//text()[%s]" % " or ".join(
    ...     f"contains(., '{probe}')" for probe in probes)
    ...     for lang, probes in _MODIFIED_PROBES.items())
    True

    A Hindi page under WordPress's default `lang="en-US"`:

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> page = Page(url="u", lang="en-US", title_tag="गाबा टेस्ट", root=lxml.html.
    ...     document_fromstring("<html><body><h1>गाबा टेस्ट</h1><p>पाठ।</p><p>अपडेटेड: 17 "
    ...     "दिसंबर 2024, 08:40 IST</p></body></html>"))
    >>> visible_modified(page)
    ['17 दिसंबर 2024, 08:40 IST']
    """
    lang = (page.lang or "")[:2].lower()
    probes = _MODIFIED_PROBES.get(lang, _MODIFIED_PROBES[""])
    if lang in ("", "en") and page.title_tag and _DEVANAGARI.search(page.title_tag):
        # A Hindi page declaring no language, or WordPress's default "en-US" (the site's
        # language left unset): its Devanagari title says to look for the Hindi label too.
        probes = (*probes, "अपडेट")
    return list(filter(None, [visible_date(page, bp.MODIFIED_LINE, probes)]))


_DEVANAGARI = re.compile(r"[\u0900-\u097f]")


def visible_published(page: Page) -> list[str]:
    # Portals without date metadata print "First Published: Dec 17 2024 | 11:42 AM IST" (the
    # "Last Updated" line beside it is the modified time, read before).
    return list(filter(None, [visible_date(page, PUBLISHED_LINE, _PUBLISHED_PROBES)]))


#: One date and its label ("Published: Dec 17, 2024, 1:03 pm IST").
SHORT_DATE_LINE_CHARS = 60


def date_before_updated_line(page: Page) -> list[str]:
    """The date printed alone in the element right before the one an "Updated" label opens:
    the publication's (an Indian paper's byline box `<ul><li>Nov 20 2019, 11:06am ist</li>
    <li>updated: Nov 20 2019, 15:24pm ist</li></ul>`, the two lines siblings, the first
    unlabelled).

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def dates(html): return date_before_updated_line(Page(url="u", root=lxml.html.
    ...     document_fromstring(f"<html><body><h1>T</h1>{html}<p>Text.</p></body></html>")))
    >>> dates("<ul><li>Nov 20 2019, 11:06am ist</li><li>updated: Nov 20 2019, 3:24pm ist</li>"
    ...       "</ul>")
    ['Nov 20 2019, 11:06am ist']
    >>> dates("<ul><li>Jane Doe</li><li>updated: Nov 20 2019, 3:24pm ist</li></ul>")
    []
    """
    probes = _MODIFIED_PROBES.get((page.lang or "")[:2].lower(), _MODIFIED_PROBES[""])
    for node in _texts_holding(article_scope(page), probes):
        line = node.getparent()
        if node.is_tail or line is None:
            continue
        text = clean_text(text_content(line)) or ""
        if len(text) <= MAX_LABEL_CHARS and line.getprevious() is None \
                and (parent := line.getparent()) is not None:
            line, text = parent, clean_text(text_content(parent)) or ""  # <span>Updated</span>
        if len(text) > 2 * SHORT_DATE_LINE_CHARS or not bp.MODIFIED_LINE.match(text) \
                or (before := line.getprevious()) is None:
            continue
        day = clean_text(text_content(before)) or ""
        if len(day) <= SHORT_DATE_LINE_CHARS and _has_year(day) and is_date_line(day) \
                and not _UPDATED_LABEL.search(day):
            return [day]
    return []


#: A bare count after a date line's clock: the views or comments an icon stands for.
_VIEW_COUNT_TAIL = re.compile(r"(?<=\d[:.]\d\d)\s+\d{1,7}$")


def date_lines_after(h1s: list[Element]) -> Iterator[str]:
    """Lines that are only a date, in the few elements printed after the headline (a theme
    that prints "Dec 17, 2024 | 01:03 PM IST" without a class, `<time>` or metadata).

    >>> import lxml.html
    >>> article = lxml.html.fragment_fromstring('<article><h1>T</h1><p>By Jane Doe</p>'
    ...     '<div><span>Dec 17, 2024 | 01:03 PM IST</span></div><p>Text.</p></article>')
    >>> list(date_lines_after([article.find("h1")]))
    ['Dec 17, 2024 | 01:03 PM IST']

    An unmarked byline line gives the date it prints after the name:

    >>> article = lxml.html.fragment_fromstring('<article><h1>T</h1><div class="entry-meta">'
    ...     'By Jane Doe | December 17, 2024 1:03 pm</div><p>Text.</p></article>')
    >>> list(date_lines_after([article.find("h1")]))
    ['December 17, 2024 1:03 pm']

    A line printing both dates ("17:03, 17 Dec 2024 Updated 18:20, 17 Dec 2024", the two
    as sibling elements of one block; "Posted … | Last Updated …") gives the one before the
    "Updated" label. Then the element right above the headline: templates print the rubric
    and the date over it (1C-Bitrix news pages: "Общество 17 декабря 2024, 13:03"). The date
    an embedded tweet signs off with, in a <blockquote> of the body, is the tweet's:

    >>> article = lxml.html.fragment_fromstring('<article><div>17.12.2024, 13:03</div>'
    ...     '<h1>T</h1><div><p>Text.</p><blockquote class="twitter-tweet"><p>Tweet.</p>— Police'
    ...     ' (@police) <a href="https://x.com/police/status/1">December 16, 2024</a>'
    ...     '</blockquote></div></article>')
    >>> list(date_lines_after([article.find("h1")]))
    ['17.12.2024, 13:03']

    A date, a separator and a short credit (a blog theme's `<small>`):

    >>> article = lxml.html.fragment_fromstring('<div><h1>T</h1><small>Donnerstag, 15.2.2018, '
    ...     '19:51 <!-- --> &gt; Jane</small><div><p>Text.</p></div></div>')
    >>> list(date_lines_after([article.find("h1")]))
    ['Donnerstag, 15.2.2018, 19:51']

    A line printing its section's link, then the date as its own text:

    >>> article = lxml.html.fragment_fromstring('<article><h1>T</h1><p><a href="/news/">'
    ...     'News</a> 2019年3月15日 09:43</p><p>Text.</p></article>')
    >>> list(date_lines_after([article.find("h1")]))
    ['2019年3月15日 09:43']
    >>> article = lxml.html.fragment_fromstring('<article><h1>T</h1><div>2019-09-07 09:59:22'
    ...     '\u3000来源: <a href="/">新京报</a> <a href="/report">举报</a></div></article>')
    >>> list(date_lines_after([article.find("h1")]))
    ['2019-09-07 09:59:22']

    A meta strip over the headline in its wrapper, taken for a kicker when the wrapper is
    climbed:

    >>> article = lxml.html.fragment_fromstring('<main><div class="header"><div class="meta">'
    ...     '<span>Press release</span><span>12 June 2023</span><span>Brussels</span></div>'
    ...     '<h1>T</h1></div><div><p>Text.</p></div></main>')
    >>> list(date_lines_after([article.find(".//h1")]))
    ['12 June 2023']

    A views counter in the line after the clock (AKP's `<span><i class="fa-clock"></i>
    December 17, 2024 13:03</span><span><i class="fa-eye"></i> 512</span>`):

    >>> article = lxml.html.fragment_fromstring('<div><h1>T</h1><div class="post-meta"><span>'
    ...     '<i></i> December 17, 2024 13:03</span><span><i></i> 512</span></div><p>T.</p></div>')
    >>> list(date_lines_after([article.find("h1")]))
    ['December 17, 2024 13:03']
    """
    for h1 in h1s:
        inner = headline_wrapper(h1)
        h1 = _lone_wrapper(inner)
        siblings = chain(islice(h1.itersiblings(), DATE_LINE_SIBLINGS),
                         islice(h1.itersiblings(preceding=True), 1),
                         # The line taken for a kicker when the wrapper was climbed: a meta
                         # strip over the headline (the EU press corner's "<span>Press
                         # release</span><span>12 June 2023</span><span>Brussels</span>").
                         islice(inner.itersiblings(preceding=True), 1) if h1 is not inner
                         else ())
        for sibling in siblings:
            # The line's own words, not its widgets' (TMZ's `<h5 class="article-posted-date">`:
            # share buttons, then "11/28/2016 11:00 AM PST BY TMZ STAFF"): the date before
            # "by" and the credit.
            own = _own_text(sibling)
            if ((dated := _DATE_BY_CREDIT.match(own)) or (dated := _DATE_SEP_CREDIT.match(own))) \
                    and is_date_line(dated["date"]):
                yield dated["date"]
                continue
            # A section link, then the date as the line's own text (`<p><a>OSS×クラウド
            # 最新TOPICS</a> 2019年3月15日 09:43</p>`, a Japanese CMS under its <h1>); or
            # the date, then a "source:" label whose value is a link (NetEase's "2019-09-07
            # 09:59:22　来源: <a>新京报</a> <a>举报</a>").
            own = _SOURCE_LABEL_END.sub("", own)
            if len(sibling) and len(own) <= SHORT_DATE_LINE_CHARS and is_date_line(own) \
                    and not _UPDATED_LABEL.search(text_content(sibling)):
                # The label a <br> joins to the word before it ("13:03 Uhr<br>Aktualisiert:
                # 17.12.2024, 15:20 Uhr", "1:03 PM<br>Updated …"), seen apart here only:
                # the day before it.
                if glued := _UPDATED_LABEL.search(own):
                    own = own[:glued.start()]
                if own.strip(_LINE_SEPARATORS) and is_date_line(own):
                    yield own.strip(_LINE_SEPARATORS)
                    continue
            long_line = None  # both dates in one block: an element inside may hold one alone
            quoted: set[Element] = set()
            for el in sibling.iter():
                if el.tag == "blockquote" or el.getparent() in quoted:
                    quoted.add(el)  # an embedded post's own date ("— Police (@x) <a>Dec 17…")
                    continue
                text = _VIEW_COUNT_TAIL.sub("", without_comment_count(
                    clean_text(text_content(el)) or ""))
                if el is sibling and (spaced := clean_text(_line_text(el)) or "") != text \
                        and _UPDATED_LABEL.search(spaced) and not _UPDATED_LABEL.search(text):
                    # The line read with its <br>s as spaces where they hid the update label:
                    # "By Anna Smith<br>17 December 2024, 13:03<br>Updated …" ("13:03Updated").
                    text = spaced
                if len(text) <= MAX_DATED_BY_LINE_CHARS and AUTHOR_BOX_NAME.match(text):
                    # An unmarked one-line byline: "By Jane Doe | December 17, 2024".
                    text = dated_tail(_UPDATED_LABEL.split(text, maxsplit=1)[0])
                    if len(el) and (whole := _spaced_dated_tail(el)).endswith(text) \
                            and len(whole) > len(text):
                        # The name's element and the date's side by side with no space
                        # ("<span>By <a>Jane Doe</a></span><span>20 November 2019, 9:10
                        # pm</span>"): "Doe20" hid the day, and the month alone took the 1st.
                        text = whole
                elif len(text) <= MAX_DATED_BY_LINE_CHARS and (rest := foreign_by_line_rest(text)):
                    # The same in other languages ("Von Anna Schmidt<br>17.12.2024, 13:03 Uhr
                    # <br>Aktualisiert …"): the date after the name, before the update label.
                    text = _UPDATED_LABEL.split(rest, maxsplit=1)[0].strip(_LINE_SEPARATORS)
                if el is sibling and (credited := credit_then_day(text)):
                    text = credited[1]  # "MENA , Tuesday 17 Dec 2024": the day
                elif el is sibling and (addressed := address_then_day(text)):
                    text = addressed  # "Kompas.com - 16/01/2024, 09:15 WIB": the day
                elif sourced := day_then_source(text):
                    text = sourced[1]  # "2019-08-13 14:07来源：澎湃新闻": the day
                if is_date_line(text):
                    if el is not sibling and (label := _updated_label_before(el)) is not None:
                        # "on December 22, 2016 at 2:47 PM, updated <span>December 22, 2016
                        # at 3:53 PM</span>": the update's; the publication's is before it.
                        if is_date_line(label):
                            yield label
                            break
                        continue
                    if len(text) <= SHORT_DATE_LINE_CHARS:
                        long_line = None
                        if el is not sibling and (clock := _clock_after(el, text)):
                            text = f"{text} {clock}"  # QNA's "<span>December 17, 2024</span>
                            # <span>01:03 PM</span>": the day, then its clock in the next one
                        yield _UPDATED_LABEL.split(text, maxsplit=1)[0].strip(_LINE_SEPARATORS)
                        break
                    long_line = long_line or text
            if long_line:
                yield _UPDATED_LABEL.split(long_line, maxsplit=1)[0].strip(_LINE_SEPARATORS)
        if (line := _line_after_header(h1)) is not None:
            yield line


def _clock_after(el: Element, day: str) -> str | None:
    """The clock the element after `el` prints alone ("01:03 PM"), where `day` has none.

    >>> import lxml.html
    >>> div = lxml.html.fragment_fromstring('<div><span>Dec 17, 2024</span><span>1:03 PM</span>'
    ...                                     '</div>')
    >>> _clock_after(div[0], "Dec 17, 2024"), _clock_after(div[1], "1:03 PM")
    ('1:03 PM', None)
    """
    after = el.getnext()
    if after is None or _HAS_CLOCK.search(day):
        return None
    clock = clean_text(text_content(after)) or ""
    return clock if _LONE_CLOCK.match(clock) else None


_HAS_CLOCK = re.compile(r"\d{1,2}[:.h]\d\d")


def _spaced_dated_tail(el: Element) -> str:
    """The date a one-line byline prints after the name, its elements' texts read apart.

    >>> import lxml.html
    >>> _spaced_dated_tail(lxml.html.fragment_fromstring('<div><span>By <a>Jane Doe</a></span>'
    ...     '<span class="date">20 November 2019, 9:10 pm</span></div>'))
    '20 November 2019, 9:10 pm'
    """
    spaced = clean_text(" ".join(el.itertext())) or ""
    return dated_tail(_UPDATED_LABEL.split(spaced, maxsplit=1)[0])


#: A Chinese, Japanese or Korean "source:" label ending a line's own text, its value a link.
_SOURCE_LABEL_END = re.compile(r"\s*(?:来源|來源|出典|출처)\s*[:：]\s*$")


def _updated_label_before(given: Element) -> str | None:
    """The text before an "updated" label printed right before `el`, or None where no such
    label is (Advance Local's byline: "on December 22, 2016 at 2:47 PM, updated <span
    class="updated">December 22, 2016 at 3:53 PM</span>").

    >>> import lxml.html
    >>> line = lxml.html.fragment_fromstring('<p>By Jane Doe<br>on December 22, 2016 at 2:47 '
    ...     'PM, updated <span>December 22, 2016 at 3:53 PM</span></p>')
    >>> _updated_label_before(line.find("span")), _updated_label_before(line.find("br"))
    ('on December 22, 2016 at 2:47 PM', None)

    The label an element of its own, the date the element after it:

    >>> line = lxml.html.fragment_fromstring('<div><span>公開日：2024年12月17日 13:03</span>'
    ...     '<span>更新日：</span><span>2024年12月17日 15:20</span></div>')
    >>> _updated_label_before(line[2])
    '公開日：2024年12月17日 13:03'
    """
    el = given
    before = _text_before(el)
    if not before.strip() and (prev := el.getprevious()) is not None and not len(prev) \
            and prev.tag != "br" and len(prev.text or "") <= _LABEL_CHARS:
        # The label an element of its own ("<span>更新日：</span><span>2024年12月17日
        # 15:20</span>", "<span>Updated:</span> <span>…"): the text before it comes first.
        el, before = prev, prev.text or ""
    near = before[-_LABEL_CHARS:]
    label = _UPDATED_LABEL.search(near)
    if label is None or not _LABEL_LINK.fullmatch(near[label.end():]):
        return None  # a label of something else, words between it and the date
    if el is not given:  # the label's own element: the text before it
        before = _text_before(el)
        if not before.strip() and (prior := el.getprevious()) is not None:
            before = clean_text(text_content(prior)) or ""
        return before.strip(_LINE_SEPARATORS)
    return before[:len(before) - len(near) + label.start()].strip(_LINE_SEPARATORS)


#: What may stand between an "Updated" label and its date: a colon, a preposition ("Aggiornata
#: il <time>…</time>", "Actualizado el", "Atualizado em", "Mis à jour le", "Updated on").
_LABEL_LINK = re.compile(r"\s*[:：]?\s*(?:(?:on|at|il|alle|el|em|le|am|um|op|om|den)\s*:?\s*)?",
                         re.I)
#: How far before a date its "Updated" label may be printed.
_LABEL_CHARS = 40


def _text_over(el: Element, limit: int) -> bool:
    """Does `el` print more than `limit` characters (spaces aside)? Read only that far."""
    count = 0
    for piece in el.itertext():
        count += len(piece.strip())
        if count > limit:
            return True
    return False


#: A header block over its date line holds the kicker, the headline and a dek: a few short
#: elements.
MAX_HEADER_BLOCK_CHARS = 600


def _line_after_header(h1: Element) -> str | None:
    """The date line printed right after the headline's own header block, where that block
    is short (a kicker, the headline, a dek: SPIP's `<div class="header-articulo"><h4>…<h1>…
    <p>…</div><p class="fecha-articulo"><span>jeudi 13 juin 2019</span></p>`): only a line
    that is a date and nothing else, as the block after a longer one may be anyone's.

    >>> import lxml.html
    >>> article = lxml.html.fragment_fromstring('<article><div><h4>Kicker</h4><h1>T</h1>'
    ...     '<p>Dek.</p></div><p><span>jeudi 13 juin 2019</span></p><p>Text.</p></article>')
    >>> _line_after_header(article.find("div/h1"))
    'jeudi 13 juin 2019'
    >>> article = lxml.html.fragment_fromstring('<article><div><h1>T</h1><p>Dek.</p></div>'
    ...     '<p>13 juin 2019, les militants ont manifesté.</p></article>')
    >>> _line_after_header(article.find("div/h1")) is None
    True
    """
    block = h1.getparent()
    if block is None or block.tag in FRAME_TAGS or len(block) > DATE_LINE_SIBLINGS \
            or _text_over(block, MAX_HEADER_BLOCK_CHARS):
        return None
    after = block.getnext()
    while after is not None and not _text_over(after, 0):
        after = after.getnext()  # an empty anchor or spacer between them
    if after is None or _text_over(after, 2 * SHORT_DATE_LINE_CHARS):
        return None  # the text's container: read no further
    text = clean_text(text_content(after))
    if text and len(text) <= SHORT_DATE_LINE_CHARS and is_date_line(text) \
            and not _UPDATED_LABEL.search(text):
        return text.strip(_LINE_SEPARATORS)
    return None


#: A date, then "by" and a short credit: "11/28/2016 11:00 AM PST BY TMZ STAFF".
_DATE_BY_CREDIT = re.compile(r"^(?P<date>[^\W_].{5,59}?)\s+by\s+\S.{0,40}$", re.I)
#: A date, then a separator and a short credit of a few words without figures: Kubrick-style
#: blog themes' `<small>Donnerstag, 15.2.2018, 19:51 <!-- by --> &gt; da]v[ax</small>`,
#: "December 17, 2024 | Jane Doe".
_DATE_SEP_CREDIT = re.compile(
    r"^(?P<date>[^\W_].{5,59}?)\s+[|>»•·]\s+(?!\S*(?:updated|modified|aktualisiert))"
    r"[^\s\d|>»•·]+(?:\s+[^\s\d|>»•·]+){0,3}$", re.I)


def _own_text(el: Element) -> str:
    """The text `el` holds outside its child elements, collapsed.

    >>> import lxml.html
    >>> _own_text(lxml.html.fragment_fromstring('<h5><div>Share 1</div> 11/28/2016 BY X</h5>'))
    '11/28/2016 BY X'
    """
    return " ".join(" ".join([el.text or "", *(c.tail or "" for c in el)]).split())


#: How many more wrappers holding the headline alone `_lone_wrapper` climbs.
LONE_WRAPPERS = 2


def _lone_wrapper(wrapper: Element) -> Element:
    """The outermost of the wrappers holding `wrapper` alone, when nothing is printed beside
    it: the Guardian sets each part of the header in a grid area of its own, three levels
    deep (`<div data-gu-name="headline"><div><div><h1>`), the date in the "meta" area after.

    >>> import lxml.html
    >>> header = lxml.html.fragment_fromstring('<div><div class="area"><div><div><h1>T</h1>'
    ...     '</div></div></div><div>17 Dec 2024 13.03 GMT</div></div>')
    >>> _lone_wrapper(header.find(".//h1/..")).get("class")
    'area'

    Or with only its kicker before it (Horizont: `<div class="…_subject"><div
    class="Tagline">Influencer Marketing</div><h1>…</h1></div><div class="PublishDate">`):

    >>> header = lxml.html.fragment_fromstring('<div><div class="subject"><div>Marketing'
    ...     '</div><h1>T</h1></div><div>Dienstag, 29. Januar 2019</div></div>')
    >>> _lone_wrapper(header.find(".//h1")).get("class")
    'subject'
    """
    for _ in range(LONE_WRAPPERS):
        parent = wrapper.getparent()
        if wrapper.getnext() is not None or parent is None or parent.tag in FRAME_TAGS \
                or not _alone_or_under_kicker(wrapper):
            break
        wrapper = parent
    return wrapper


def _alone_or_under_kicker(el: Element) -> bool:
    """Nothing before `el` in its parent, or only one short line of plain text that is no
    paragraph (a kicker: a rubric's name over the headline). A linked section slug (NPR's
    `<div class="slug-wrap"><h3><a>Health</a></h3></div>`) heads a header whose date is read
    from its own `<time>` later (`printed_times`), clock and all."""
    before = el.getprevious()
    return before is None or (
        before.getprevious() is None and before.tag not in _NOT_KICKER_TAGS
        and before.find(".//a") is None and before.find(".//h3") is None
        and len(clean_text(text_content(before)) or "") <= MAX_KICKER_CHARS)


_NOT_KICKER_TAGS = frozenset({"p", "h1", "h2", "h3", "a"})


#: A kicker over a headline is a rubric's name, a few words.
MAX_KICKER_CHARS = 40


#: How many elements before the headline (or its block) may hold its date line.
DATE_LINE_SIBLINGS_BEFORE = 2


def date_line_above(page: Page) -> Iterator[str]:
    """A line that is only a date in the element just above the headline's block: Xinhua's
    header prints the date, in pieces, and the source before the <h1> ("<span class="year">
    2024</span><span class="day">12/17</span><span class="time">13:03:26</span>").

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> list(date_line_above(Page(url="u", root=lxml.html.document_fromstring(
    ...     '<html><body><div><div><span class="year">2024</span> <span class="day">12/17'
    ...     '</span> <span>13:03:26</span></div><div>来源：新华网</div></div>'
    ...     '<div><h1>T</h1></div><div><p>Text.</p><p>More.</p></div></body></html>'))))
    ['2024 12/17 13:03:26']
    """
    h1s = page.h1s()
    start = headline_block(page) if h1s else None
    start = h1s[0] if start is None and h1s else start
    if start is not None and start is h1s[0] and _opens_block(start):
        # The headline opens the story's block, text and all (`<div id="storyBody"><h1>`):
        # the line above is above that block (`<div id="strapBox"><span class="date">`).
        start = start.getparent()
    for sibling in islice(start.itersiblings(preceding=True), DATE_LINE_SIBLINGS_BEFORE) \
            if start is not None else ():
        for el in sibling.iter():
            for text in _line_texts(el):
                text = _before_writer(_after_place(text))
                if len(text) <= 60 and is_date_line(text):
                    yield text
                    return


#: A clock, a bar, then the place and the day without its year (Andina's header line "18:30 |
#: Lima, dic. 12."): the month's name and the day either way round.
_CLOCK_BAR_PLACE_DAY = re.compile(
    r"^(?P<clock>\d{1,2}:\d\d)\s*\|\s*[^\W\d_][^\d,|]{0,29},\s*"
    r"(?P<day>[^\W\d_]{3,}\.?\s+\d{1,2}|\d{1,2}\.?\s+[^\W\d_]{3,}\.?)\.?$")
#: Such a line is short.
MAX_CLOCK_PLACE_DAY_CHARS = 48


def clock_place_day(page: Page) -> list[str]:
    """The day and clock of a line right after the headline that prints the clock, a bar,
    the place and the day without its year ("18:30 | Lima, dic. 12.": "dic. 12 18:30"), for
    a day read alone elsewhere (Andina's "Publicado: 12/12/2024" under its text) to take the
    clock of (`fields._prefer_stated_time`: the same day only).

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def line(html): return clock_place_day(Page(url="u", root=lxml.html.document_fromstring(
    ...     f"<html><body><div><h1>T</h1>{html}<p>Text.</p></div></body></html>")))
    >>> line('<div class="fecha">18:30 | Lima, dic. 12.</div>')
    ['dic. 12 18:30']
    >>> line('<div>18:30 | Lima, Peru</div>'), line('<div>Lima, dic. 12.</div>')
    ([], [])
    """
    h1s = page.h1s()
    for sibling in islice(h1s[0].itersiblings(), DATE_LINE_SIBLINGS) if h1s else ():
        text = clean_text(text_content(sibling)) or ""
        if len(text) <= MAX_CLOCK_PLACE_DAY_CHARS and text[:1].isdigit() \
                and (line := _CLOCK_BAR_PLACE_DAY.match(text)):
            return [f"{line['day'].rstrip('.')} {line['clock']}"]
    return []


def _after_place(line: str) -> str:
    """The date of a press release's "Place, date" line over its headline ("Schengen, 3. Juli
    2018", a ministry's TYPO3 page), else the line.

    >>> _after_place("Schengen, 3. Juli 2018"), _after_place("Dienstag, 3. Juli 2018")
    ('3. Juli 2018', 'Dienstag, 3. Juli 2018')
    >>> _after_place("Read more, 3 comments")
    'Read more, 3 comments'
    """
    place, comma, rest = line.partition(",")
    if comma and len(place) <= MAX_PLACE_CHARS and len(place.split()) <= 3 \
            and place[:1].isupper() and not any(c.isdigit() for c in place) \
            and not is_date_line(line) and is_date_line(rest.strip()):
        return rest.strip()
    return line


#: Rules drawn round a line ("│2019年02月13日 Masafumi Negishi│").
_LINE_RULES = "│|¦‖ \u00a0"
#: A writer's name after the day: one to four words of letters, each capitalised (or in a
#: script without case).
_WRITER_AFTER = re.compile(r"^(?:[^\W\d_][^\W\d_'.-]*\.?)(?:\s+[^\W\d_][^\W\d_'.-]*\.?){0,3}$")


def _before_writer(line: str) -> str:
    """The day of a "date, then the writer's name" line over the headline (a blog's `<dl
    class="entrydate">` "│2019年02月13日 Masafumi Negishi│"), else the line.

    >>> _before_writer("│2019年02月13日 Masafumi Negishi│")
    '2019年02月13日'
    >>> _before_writer("December 17, 2024 Jane Doe"), _before_writer("December 17, 2024")
    ('December 17, 2024', 'December 17, 2024')
    >>> _before_writer("December 17, 2024 Updated 3 times"), _before_writer("2024 World Cup")
    ('December 17, 2024 Updated 3 times', '2024 World Cup')
    """
    line = line.strip(_LINE_RULES)
    if len(line) > 80 or not _YEAR.search(line) or is_date_line(line):
        return line  # (a long line is no date line: `date_line_above` keeps 60 characters)
    words = line.split()
    for cut in range(len(words) - 1, max(len(words) - 5, 0), -1):
        day, writer = " ".join(words[:cut]), " ".join(words[cut:])
        if _WRITER_AFTER.match(writer) and all(w[0].isupper() or not w[0].isascii()
                                               for w in words[cut:]) and is_date_line(day):
            return day
    return line


#: A place a press release is dated from: a town's or a city's name.
MAX_PLACE_CHARS = 30


def _opens_block(h1: Element) -> bool:
    """Is `h1` the first element of a block that is not the page's frame?

    >>> import lxml.html
    >>> div = lxml.html.fragment_fromstring('<div><div><!-- x --><h1>T</h1><p>Text.</p></div>'
    ...                                     '</div>')
    >>> _opens_block(div.find(".//h1")), _opens_block(div.find(".//p"))
    (True, False)
    """
    parent = h1.getparent()
    return parent is not None and parent.tag not in FRAME_TAGS and not any(
        isinstance(el.tag, str) for el in h1.itersiblings(preceding=True))


#: An editor's initials signing the date line, in parentheses: "14.06.2019 (ch)".
_TRAILING_INITIALS = re.compile(r"\s*\((?:[a-zäöü]{2,3})\)$")


def _line_texts(el: Element) -> Iterator[str]:
    """The element's text, then its own text before its first child (a header printing the
    date and then a rating widget in it), each without an editor's initials after it.

    >>> import lxml.html
    >>> list(_line_texts(lxml.html.fragment_fromstring(
    ...     '<div>14.06.2019 (ch) <div>3 von 5 (1 Bewertung)</div></div>')))
    ['14.06.2019 (ch) 3 von 5 (1 Bewertung)', '14.06.2019']
    """
    whole = clean_text(text_content(el)) or ""
    yield _TRAILING_INITIALS.sub("", whole)
    own = clean_text(el.text or "") or ""
    if len(el) and own and own != whole:
        yield _TRAILING_INITIALS.sub("", own)


_DATE_ARCHIVE_LINKS = etree.XPath(
    "descendant::a[contains(@href, '/19') or contains(@href, '/20')][not(ancestor::h1)]")

_DATE_ARCHIVE = re.compile(r"/(?P<year>(?:19|20)\d\d)/[01]\d/(?:[0-3]\d/?)?$")


def date_archive_texts(block: Element) -> Iterator[str]:
    """Dates printed as links to their WordPress date archive (Newsup prints the publication
    day so, without a time or a `<time datetime>`): the link's year must be in its text.

    >>> import lxml.html
    >>> block = lxml.html.fragment_fromstring(
    ...     '<div><h1>T</h1><a href="/2024/12/">Archives</a> '
    ...     '<span><a href="https://x.example/2024/12/">December 17, 2024</a></span></div>')
    >>> list(date_archive_texts(block))
    ['December 17, 2024']
    """
    for a in _DATE_ARCHIVE_LINKS(block):
        match = _DATE_ARCHIVE.search(split_url(a.get("href", "")).path)
        text = clean_text(text_content(a))
        if match and text and match["year"] in text and len(text) < 60:
            yield text


#: A header line classed as the date ("jeg_meta_date", "post-date", "date"; not "updated"):
#: JNews links its printed day to the post itself, not to the date archive.
#: (An attribute step: only the elements with a class are tested.)
_DATE_CLASSED = etree.XPath(
    "descendant::*/@class[contains(string(), 'date')]/parent::*[not(ancestor::h1)]")
#: A class word naming a date: "date", "post-date", "entry_date", BEM's "submitted-by__date".
_DATE_TOKEN = re.compile(r"^(?:[a-z]+(?:[-_]|__))*date$", re.I)
#: A year, or a year a clock time is glued to in the text (NPR's `<time><span>December 17,
#: 2024</span><span>1:03 PM ET</span></time>` reads "December 17, 20241:03 PM ET").
#: Or one "年" follows (a Japanese or Chinese day: "2019年2月27日").
_YEAR = re.compile(r"\b(?:19|20)\d\d(?:\b|(?=\d{1,2}:\d\d)|(?=年))")
_MONTH_DAY = re.compile(r"\b\d{1,2}[/.月]\d{1,2}\b")


def date_classed_texts(block: Element) -> Iterator[str]:
    """Dates printed in the headline's header in an element its class names a date, with
    a year in the text (a modified line is read apart).

    >>> import lxml.html
    >>> list(date_classed_texts(lxml.html.fragment_fromstring(
    ...     '<div><h1>T</h1><div class="jeg_meta_date"><a href="/x/">December 17, 2024</a>'
    ...     '</div></div>')))
    ['December 17, 2024']
    >>> list(date_classed_texts(lxml.html.fragment_fromstring(
    ...     '<div><h1>T</h1><span class="submitted-by__date">December 17, 2024</span></div>')))
    ['December 17, 2024']

    Not the date an "Updated" label is printed before (a live blog's `<span>Updated <time
    class="entry-date updated">December 17, 2024 — 4.05pm</time></span>`: the last entry's):

    >>> list(date_classed_texts(lxml.html.fragment_fromstring('<div><h1>T</h1><span>Updated '
    ...     '<time class="entry-date">December 17, 2024 — 4.05pm</time></span></div>')))
    []

    The day the element prints before its other words (a reading time):

    >>> list(date_classed_texts(lxml.html.fragment_fromstring('<div><p class="readTime date">'
    ...     '2019年2月27日<span class="dot"></span> 読了時間 3 分</p></div>')))
    ['2019年2月27日']

    The publication's, where the update is printed after it (Mainichi Shimbun's):

    >>> list(date_classed_texts(lxml.html.fragment_fromstring('<div><span class="articletag-'
    ...     'date">2025/1/14 21:17（最終更新 1/14 21:40）</span></div>')))
    ['2025/1/14 21:17']
    """
    for el in _DATE_CLASSED(block):
        text = clean_text(text_content(el)) or ""
        own = clean_text(el.text or "") or ""
        if len(el) and not is_date_line(text) and is_date_line(own):
            text = own  # the day, then a reading time: "2019年2月27日<span/> 読了時間 3 分"
        if (head := _UPDATED_LABEL.split(text, maxsplit=1)[0].strip(_LINE_SEPARATORS)) \
                and head != text and is_date_line(head):
            text = head  # the update after it: "2025/1/14 21:17（最終更新 1/14 21:17）"
        if any(_DATE_TOKEN.match(t) for t in el.get("class", "").split()) \
                and len(text) < 60 and _YEAR.search(text) \
                and not _UPDATED_LABEL.search(_text_before(el)):
            yield text


#: A class word naming the publication date of an element printed after the headline:
#: "date", "pubdate", "article-pubdate", "article-publication-date", "post-date".
_PUB_DATE_TOKEN = re.compile(r"^(?:[a-z]+(?:[-_]|__))*(?:pub)?date$", re.I)
#: A class word naming an update ("updated-date", "modified-date") or another day than the
#: story's (an event's, a deadline's, a birth's), never the publication.
_UPDATE_WORD = re.compile(r"updat|modif|aktualis|edited|event|start|end|birth|expir|deadline"
                          r"|due|valid", re.I)
#: A clock printed alone in the element after a day ("18:58 Uhr", "1:03 pm", "13h03").
_LONE_CLOCK = re.compile(r"^\d{1,2}[:.h]\d\d(?:\s*(?:[ap]\.?m\.?|uhr|h))?$", re.I)
#: How many elements after the headline are looked at for a date-classed one.
AFTER_HEADLINE_ELEMENTS = 120
#: A paragraph this long after the headline is the text: no date line comes after it.
_TEXT_PARAGRAPH_CHARS = 150


def date_classed_after_headline(page: Page) -> list[str]:
    """The first date printed after the headline, in the article and before its text, in an
    element its class names a publication date, where the headline's header block does not
    hold it (`date_classed_texts`): a Luxembourg paper's `<header><h1>…</h1><p class="intro">
    …</p></header><div class="article-meta">… <div class="article-pubdate"><span class=
    "pubdate">5. Januar 2026</span><span class="pubtime">18:58 Uhr</span> <a>In Merkliste
    übernehmen</a></div>`, an Austrian one's `<aside>` beside the text opening with `<div
    class="article-publication-date">`. A day whose clock the next element prints alone is
    read with it; an update's class or label, a related story's or a reader comment's date
    is none.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def after(body): return date_classed_after_headline(Page(url="u", root=lxml.html.
    ...     fromstring(f"<html><body><article>{body}</article></body></html>")))
    >>> after('<header><h1>T</h1><p class="intro">' + 'Dek. ' * 40 + '</p></header><div><div '
    ...       'class="article-pubdate"><span class="pubdate">5. Januar 2026</span><span '
    ...       'class="pubtime">18:58 Uhr</span> <a href="#">Merken</a></div></div><p>Text.</p>')
    ['5. Januar 2026 18:58 Uhr']
    >>> after('<header><h1>T</h1></header><p>' + 'Text. ' * 40 + '</p><span class="date">'
    ...       '5. Januar 2026</span>')
    []
    >>> after('<header><h1>T</h1></header><div class="updated-date">5. Januar 2026</div>')
    []
    >>> after('<header><h1>T</h1></header><div class="event-date">5. Januar 2026</div>')
    []
    """
    h1s = page.h1s()
    if not h1s:
        return []
    scope = article_scope(page)
    if h1s[0] is scope or scope not in h1s[0].iterancestors():
        return []
    for count, el in enumerate(_elements_after(h1s[0], scope)):
        if count >= AFTER_HEADLINE_ELEMENTS or (
                el.tag == "p" and _text_over(el, _TEXT_PARAGRAPH_CHARS)
                and not names_say_standfirst(el.get("class") or "")):
            break  # the text (not its dek): a date after its opening is anyone's
        names = el.get("class") or ""
        if "date" not in names.lower() or _UPDATE_WORD.search(names) \
                or not any(_PUB_DATE_TOKEN.match(t) for t in names.split()):
            continue
        text = clean_text(text_content(el)) or ""
        if not _CLOCK_IN.search(text) and (after := el.getnext()) is not None \
                and _LONE_CLOCK.match(clock := clean_text(text_content(after)) or ""):
            text = f"{text} {clock}"  # "5. Januar 2026" + "18:58 Uhr"
        if len(text) < SHORT_DATE_LINE_CHARS and _YEAR.search(text) and is_date_line(text) \
                and not _UPDATED_LABEL.search(f"{_text_before(el)} {text}") \
                and not in_related(el) and not in_comment(el):
            return [text]
    return []


#: A clock time in a text.
_CLOCK_IN = re.compile(r"\d[:.h]\d\d\b|\d\s*[ap]\.?m\b", re.I)


def _elements_after(el: Element, scope: Element) -> Iterator[Element]:
    """The elements after `el` in document order (not its own), inside `scope`."""
    node = el
    while node is not None and node is not scope:
        for sibling in node.itersiblings():
            yield from sibling.iter(etree.Element)
        node = node.getparent()


def _text_before(el: Element) -> str:
    """The text printed right before `el` in its parent: its label, if any."""
    before = el.getprevious()
    if before is not None:
        return before.tail or ""
    parent = el.getparent()
    return (parent.text or "") if parent is not None else ""


def printed_times(scope: Element) -> Iterator[str]:
    """The printed text of a `<time>` that carries no machine-readable `datetime` (the
    markup says its text is a time: "12/17/2024 01:03 PM EST"), with a year or a month and
    day in figures in it (Yahoo! Japan's "12/17(火) 13:03"), not a clock alone; not a related
    story's, a reader comment's, nor an "Updated …" line's.

    >>> import lxml.html
    >>> list(printed_times(lxml.html.fragment_fromstring(
    ...     '<div><h1>T</h1><p>Updated: <time>12/18/2024 9:10 AM EST</time></p>'
    ...     '<p><time>12/17/2024 01:03 PM EST</time></p><time>13:03</time></div>')))
    ['12/17/2024 01:03 PM EST']

    A `<time>` printing both dates gives the one before the "Updated" label (NBC News:
    "Dec. 17, 2024, 11:20 AM PST / Updated Dec. 17, 2024, 4:45 PM PST"):

    >>> list(printed_times(lxml.html.fragment_fromstring('<div><time>Dec. 17, 2024, 11:20 AM'
    ...     ' PST / Updated Dec. 17, 2024, 4:45 PM PST</time></div>')))
    ['Dec. 17, 2024, 11:20 AM PST']
    >>> list(printed_times(lxml.html.fragment_fromstring('<div><span>Last updated: </span>'
    ...     '<time>November 17, 2024 | 4:05 PM</time></div>')))
    []
    >>> list(printed_times(lxml.html.fragment_fromstring('<div><time><span>December 17, 2024'
    ...     '</span><span>1:03 PM ET</span></time></div>')))
    ['December 17, 20241:03 PM ET']
    """
    for el in scope.iter("time"):
        if (el.get("datetime") or "").strip() or in_related(el) or in_comment(el):
            continue
        text = _LABELLED_PARTS.split(clean_text(text_content(el)) or "", maxsplit=1)[0]
        parent = el.getparent()
        label = (parent.text or "").strip() if parent is not None else ""
        if len(text) < 60 and (_YEAR.search(text) or _MONTH_DAY.search(text)) \
                and not bp.MODIFIED_LINE.match(f"{label} {text}".strip()) \
                and not _update_label_element_before(el, text):
            yield text  # an "Updated: …" line's time is read as the modified one


def _update_label_element_before(el: Element, text: str) -> bool:
    """Is the element right before `el` an update's label of its own (Gulf News: "<span>Last
    updated: </span><time>November 17, 2024 | 4:05 PM</time>")?"""
    before = el.getprevious()
    if before is None:
        return False
    label = f"{text_content(before)} {before.tail or ''}".strip()
    return bool(label) and bool(bp.MODIFIED_LINE.match(f"{label} {text}"))


#: Separators between a byline's name and the date printed after it on the same line.
_LINE_SEPARATORS = " ,|•·–—-"


def byline_line_dates(page: Page) -> Iterator[str]:
    """The date a byline line prints after the name, with a year and nothing else: Drupal's
    Olivero prints "By <span class="node__author">AFP</span>, 17 December, 2024" in the
    node's header, the day alone and outside the headline's block (the page-title block).

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def dates(line): return list(byline_line_dates(Page(url="u", root=(
    ...     lxml.html.document_fromstring(f"<html><body><h1>T</h1><div>{line}</div>")))))
    >>> dates('<span>By <span class="node__author">AFP</span>, 17 December, 2024</span>')
    ['17 December, 2024']
    >>> dates('<span class="byline">Jane Doe</span> and 3 others, 2024 Fellow')
    []
    >>> dates('<span class="byline">By Jane Doe | Dec 17, 2024</span>')
    ['Dec 17, 2024']

    The date a line prints before "by" and the name (MacRumors):

    >>> dates('<div class="byline">Tuesday December 17, 2024 11:44 am PST by '
    ...       '<a class="author-url" href="/author/jane-doe/">Jane Doe</a></div>')
    ['Tuesday December 17, 2024 11:44 am PST']
    >>> dates('<span class="firma"><a rel="author">Jane Doe</a></span><span class="data">Madrid'
    ...       '</span><a class="actualizado">27 OCT 2012 - 12:14 <abbr>CET</abbr></a>')
    ['27 OCT 2012 - 12:14 CET']
    """
    for el in printed_bylines(page, limit=1,
                              skip=lambda el: no_names(el) or under_related_heading(el)):
        if not len(el):  # a line of text alone: "By Jane Doe | Dec 17, 2024"
            text = dated_tail(spaced_text(el))
            if _has_year(text) and not _UPDATED_LABEL.search(text):
                yield text
        text = "".join([el.tail or ""] + [text_content(s) + (s.tail or "")
                                          for s in el.itersiblings()])
        text = (clean_text(text) or "").strip(_LINE_SEPARATORS)
        if len(text) < 40 and _has_year(text) and not _LETTERS_AFTER_YEAR.search(text) \
                and not _UPDATED_LABEL.search(text):  # "| Updated: …" is the modified time
            if not is_date_line(text):
                # The place in an element of its own before the date's (El País: "<span
                # class="data">Madrid</span><a …>27 OCT 2012 - 12:14 <abbr>CET</abbr></a>"):
                # the element printing the date alone.
                text = next((own for s in el.itersiblings() if is_date_line(
                    own := (clean_text(text_content(s)) or "").strip(_LINE_SEPARATORS))), text)
            yield text
        # The date printed before "by" and the name: "Wednesday December 18, 2024 11:44 am
        # PST by <a>Jane Doe</a>" (MacRumors' byline).
        dated = _DATE_THEN_BY.match(clean_text(_text_before(el)) or "")
        if dated and _YEAR.search(dated["date"]) and not _UPDATED_LABEL.search(dated["date"]):
            yield dated["date"]
        # The date classed so in the byline's own small block, above the names (InfoQ's
        # `div.article__metadata`: `p.date`, then the authors' widget).
        block = el.getparent()
        if block is not None and len(text_content(block).split()) <= MAX_BYLINE_BLOCK_WORDS:
            # Not an "Updated: …" one: the modified time ("IANS | <span class="news-date">
            # Updated: Dec 17, 2024, 09:48 AM IST</span>").
            yield from islice((text for text in date_classed_texts(block)
                               if not _UPDATED_LABEL.search(text)), 1)
    # A line of text that names its writers in links, then the date, set aside above for the
    # names read from the elements inside it ("Written by <a>Jane Doe</a> in <a>Linux</a> on
    # 1 June 2019 at 08:34 PM EDT."; `no_names_in_line` reads the line for them).
    for el in printed_bylines(page, limit=1, skip=lambda el: no_names_in_line(el)
                              or under_related_heading(el)):
        if len(el) and no_names(el):
            line = spaced_text(el)
            text = dated_tail(line)
            if _has_year(text) and not _UPDATED_LABEL.search(text) and line.find(text) > 0:
                yield text


#: A numeric date with a two-digit year, where `_YEAR` finds none: carta.info's "Klaus-Peter
#: Schöppner, 8.5.12" (day first on its German page), HuffPost's AP byline "By PHILLIP
#: RAWLS 10/ 5/11 09:19 PM ET" (a blank padding the day).
_SHORT_YEAR = re.compile(r"(?<![\d/.])(?:[01]?\d/ ?[0-3]?\d/\d\d"
                         r"|(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.\d\d)(?![\d/.])")


def _has_year(text: str) -> bool:
    """A year in `text`, four digits or a numeric date's two.

    >>> _has_year("8.5.12"), _has_year("10/ 5/11 09:19 PM ET"), _has_year("3 min read")
    (True, True, False)
    """
    return bool(_YEAR.search(text) or _SHORT_YEAR.search(text))


#: A byline's block of more words than this is the article's, not the byline's.
MAX_BYLINE_BLOCK_WORDS = 60
#: A date, then "by" before the name the line goes on with.
_DATE_THEN_BY = re.compile(r"^(?P<date>.{6,60}?)[\s,|•·–—-]+by$", re.I)
#: A stamp in a `title` beside a relative or short printed time: `<abbr title="2011-08-25T
#: 01:40:40Z">1 hr 4 mins ago</abbr>` (the microformats abbr pattern, without its class).
_TITLED_STAMPS = etree.XPath("descendant::abbr[@title] | descendant::span[@title]")


def byline_stamps(page: Page) -> Iterator[str]:
    """The ISO 8601 stamp an element of the first byline carries in its `title`, where the
    byline prints only "By Jane Doe | AP – 1 hr 4 mins ago" (Yahoo! News's 2011 pages).

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> list(byline_stamps(Page(url="u", root=lxml.html.document_fromstring(
    ...     '<html><body><h1>T</h1><cite class="byline">By <span>Jane Doe</span> | AP – '
    ...     '<abbr title="2011-08-25T01:40:40Z">1 hr 4 mins ago</abbr></cite><p>x</p></body>'
    ...     '</html>'))))
    ['2011-08-25T01:40:40Z']
    >>> list(byline_stamps(Page(url="u", root=lxml.html.document_fromstring(
    ...     '<html><body><h1>T</h1><div class="byline"><a>APP</a> <span>Updated</span> '
    ...     '<span title="2024-12-17T15:20:11+05:00">about 20 hours ago</span></div><p>x</p>'
    ...     '</body></html>'))))
    []
    """
    for el in printed_bylines(page, limit=1):
        for stamp in _TITLED_STAMPS(el):
            title = stamp.get("title", "").strip()
            before = stamp.getprevious()
            label = f"{text_content(before) if before is not None else ''} {_text_before(stamp)}"
            if _ISO_STAMP.match(title) and not _UPDATED_LABEL.search(label):
                yield title  # not an "Updated" label's: that is the modified time
                return


#: A date line ends with its year or its clock time (and zone: "IST"), not with more words
#: ("2024 Fellow").
_LETTERS_AFTER_YEAR = re.compile(r"\b(?:19|20)\d\d\b\D*[a-z]{5,}", re.I)
_UPDATED_LABEL = re.compile(r"\(?\b(?:updated|modified|aktualisiert|mis à jour|oppdatert"
                            r"|uppdaterad|opdateret|päivitetty|bijgewerkt|aktualizováno"
                            # Corriere's "17 dicembre 2024 (modifica il 17 dicembre …)".
                            r"|frissítve|modifica|actualizat|ažurirano|ажурирано|обновено"
                            # TASS's "17 декабря 2024, 13:03 обновлено 17 декабря, 15:20".
                            r"|обновлено|оновлено|обновен[оа]|अपडेटेड"
                            r"|ενημερώθηκε|수정|업데이트|আপডেট|হালনাগাদ"
                            # The labels the modified-line reader knows in Spanish, Portuguese,
                            # Italian, Polish, Turkish, Greek and Arabic (`bp.MODIFIED_LINE`):
                            # Rzeczpospolita's "Aktualizacja: 02.02.2025 23:49 Publikacja: …".
                            r"|actualizad[oa]|actualizaci[oó]n|atualizad[oa]|atualiza[cç][aã]o"
                            r"|aggiornat[oa]|aggiornamento|aktualizacja|zaktualizowano"
                            r"|güncelleme|güncellendi|güncellenme|ενημέρωση|تحديث"
                            # Indonesian, Malay, Vietnamese, Slovenian, Slovak, Estonian,
                            # Lithuanian and Icelandic.
                            r"|diperbarui|dikemaskini|dikemas kini|cập nhật|posodobljeno"
                            r"|aktualizované|uuendatud|atnaujinta|uppfært"
                            # Japanese and Chinese: "2025/1/14 21:17（最終更新 1/14 21:17）"
                            # (Mainichi), "更新日：", "更新时间：".
                            # Chinese "最后更新：", "更新于 …"; Korean "최종수정 …".
                            r"|[（(]?(?:最終|最后|最後)?更新(?:日時?|日期|时间|時間|[于於])?"
                            r"|최종\s?수정"
                            # Anadolu's English strip, the noun spaced from its colon:
                            # "17.12.2024 - Update : 17.12.2024" (its Turkish "Güncelleme").
                            r"|update(?=\s+:\s*\d)"
                            # Marathi, Tamil, Kazakh, Azerbaijani, Georgian, Swahili.
                            r"|अपडेट|புதுப்பிக்கப்பட்டத|жаңартылды|yenilənib|განახლდა"
                            r"|imesasishwa)\b", re.I)


#: A printed publication line, and the text nodes worth testing for one.
#: German-language papers label it "Publiziert: 17.12.2024, 13:03" (Swiss), "Veröffentlicht
#: am 17.12.2024 um 13:03 Uhr". French ones "Publié le 17/12/2024 à 13h03", or, on the day,
#: "Publié aujourd’hui à 13h59, mis à jour à 15h25" (Le Monde: the day a word, no year, so
#: no date line `is_date_line` knows; the parser reads the word against the fetch day).
#: Chinese and Korean portals print the label before a numeric date, the next label on the
#: same line ("发布日期：2019-09-23 14:34:05  所属分类：头条", "发布时间: 2018-05-17 | 浏览次数:",
#: "기사입력 :[ 2018-08-25 15:24 ]"): the date alone is the value, the line's next label
#: (CJK words and a colon) or the bracket closing it is no part of it.
#: The same label in other languages, before a date's digits ("Publicado el 17/12/2024 13:03",
#: "Pubblicato il 17/12/2024", Rzeczpospolita's "Publikacja: 17.12.2024 13:03", "Publisert
#: 17.12.2024 13:03", "Yayınlanma: 17.12.2024 13:03", "Δημοσίευση: 17/12/2024 13:03").
_PUBLISHED_WORDS = (r"(?:publicado|pubblicato|publikacja|opublikowano|publisert|publicerad"
                    r"|publiceret|julkaistu|gepubliceerd|publikováno|опубликовано|objavljeno"
                    r"|publicat|yayınlanma(?: tarihi)?|yayın tarihi|δημοσίευση|δημοσιεύθηκε"
                    # Turkish papers' "Giriş Tarihi: 17.12.2024 - 13:03" (the story's entry
                    # day, "Güncelleme Tarihi:" beside it) and "Oluşturulma Tarihi: …".
                    r"|giriş tarihi|oluşturulma tarihi"
                    r"|diterbitkan|dipublikasikan"
                    # Vietnamese, Slovak, Estonian, Lithuanian, Bulgarian and Icelandic:
                    # "Đăng lúc: 17/12/2024 13:03", "Publikované: 17. 12. 2024", "Avaldatud:",
                    # "Paskelbta:", "Публикувана:", "Birt: 17.12.2024 13:03".
                    r"|đăng lúc|đăng ngày|ngày đăng|publikované|avaldatud|paskelbta"
                    r"|публикувана|публикувано|birt)")
#: Chinese, Japanese and Korean publication labels, before a year-first date ("发布时间：",
#: "發佈時間：", "发表于 ", "公開日：", "投稿日時：", "掲載日：", "配信日時：", "입력 ", "등록
#: ", "승인 " (the Korean CMSs' line "입력 2024.12.17 13:03 | 수정 … | 승인 …"), "기사입력 :[").
_CJK_PUBLISHED = (r"(?:(?:发布|發布|發佈|发表|發表|發稿|发稿)(?:时间|時間|日期|[于於])"
                  r"|(?:公開|投稿|掲載|配信)(?:日時|日)?|(?:기사)?입력(?:일시?)?|등록(?:일시?)?"
                  r"|승인(?:일시?)?)")
PUBLISHED_LINE = re.compile(
    r"^(?:(?:first )?(?:published|posted|publiziert|veröffentlicht|publiée?)(?: on| at| am| le)?"
    r"\s*:?\s*"
    # The publication Dow Jones prints after its update, a month's name next ("Original July
    # 2, 2024 3:01 am EDT"), and a portal's "Created: 17-12-2024 13:03 IST" beside its
    # "Updated: …" (Devdiscourse's pair of spans).
    r"|original\s+(?=[^\W\d_]{3,9}\.? \d)|created\s*:\s*(?=\d)"
    # Bangladeshi portals' bare verb, spaced from its colon: "Publish : 17 Nov 2024, 03:45 PM"
    # (Dhaka Tribune's header, "Update : …" beside it).
    r"|publish\s+:\s*(?=\d)"
    rf"|{_PUBLISHED_WORDS}(?: el| em| il| op| på| la| pe| on| am)?\s*:?\s*(?=\d)"
    rf"|{_CJK_PUBLISHED}\s*[:：]?\s*\[?\s*"
    r"(?=(?:19|20)\d\d\s*(?:[-/.]|年|년)\s*\d{1,2}\s*(?:[-/.]|月|월)\s*\d{1,2}))"
    r"(?P<value>(?=.*\d).{6,60}?)"
    r"(?:\s*[]］].{0,20}|\s+(?:\|\s+)?[\u3400-\u9fff\uac00-\ud7af]{2,8}\s*[:：].{0,40})?$",
    re.I)
_PUBLISHED_PROBES = ("ublish", "osted", "ubliziert", "eröffentlicht", "ublié", "Original",
                     "Created",
                     "发布", "發布", "發佈", "发表", "發表", "發稿", "发稿", "公開", "投稿",
                     "掲載", "配信", "입력", "등록", "승인",
                     "ublicado", "ubblicato", "ublikacja", "publikowano", "ublisert",
                     "ublicerad", "ubliceret", "ulkaistu", "epubliceerd", "ublikováno",
                     "публиковано", "bjavljeno", "ublicat", "ayın", "ημοσίευ", "iterbitkan",
                     "ipublikasikan", "ăng lúc", "ăng ngày", "gày đăng", "ublikované",
                     "valdatud", "askelbta", "убликува", "Birt", "iriş", "luşturulma")


def visible_date(page: Page, pattern: re.Pattern[str],
                 probes: tuple[str, ...] | None = None) -> str | None:
    """The `value` group of the first short text block matching `pattern`, searched in the
    article around the headline (the "last modified" line sits in or just after the article;
    scanning every menu and footer text node cost more than parsing the page). A label
    printed in an element of its own (`<span class="label">Updated</span> <time>…`) is read
    with the line holding it. A line whose date is a `<time datetime>` gives that stamp
    (BLOX: `<span>Updated <time datetime="2024-12-17T14:20:11-06:00">Dec 17, 2024</time>`,
    the day alone in the text). A line printing both dates ("Published 1:03 p.m. ET Dec.
    17, 2024 | Updated 3:20 p.m. ET Dec. 17, 2024", Gannett's) is read part by part.
    Only text nodes holding one of `probes` (words of the label) are tested.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> page = Page(url="u", root=lxml.html.document_fromstring("<html><body><h1>T</h1>"
    ...     "<div>Published 1:03 p.m. ET Dec. 17, 2024 | Updated 3:20 p.m. ET Dec. 17, 2024"
    ...     "</div><p>Text.</p></body></html>"))
    >>> visible_date(page, PUBLISHED_LINE), visible_date(page, bp.MODIFIED_LINE)
    ('1:03 p.m. ET Dec. 17, 2024', '3:20 p.m. ET Dec. 17, 2024')
    >>> page = Page(url="u", root=lxml.html.document_fromstring("<html><body><h1>T</h1>"
    ...     "<div><span>Publiziert: 17.12.2024, 13:03</span></div><p>Text.</p></body></html>"))
    >>> visible_date(page, PUBLISHED_LINE, _PUBLISHED_PROBES)
    '17.12.2024, 13:03'
    >>> page = Page(url="u", lang="fr", root=lxml.html.document_fromstring("<html><body>"
    ...     "<h1>T</h1><p><span>Publié aujourd’hui à 13h59, mis à jour à 15h25</span></p>"
    ...     "<p>Text.</p></body></html>"))
    >>> visible_published(page), visible_modified(page)
    (['aujourd’hui à 13h59'], ['à 15h25'])
    >>> page = Page(url="u", lang="fr", root=lxml.html.document_fromstring("<html><body>"
    ...     "<h1>T</h1><p><span>Publié le 30 août 2023 à 14h52, modifié le 30 août 2023 à 15h54"
    ...     "</span></p><p>Text.</p></body></html>"))
    >>> visible_modified(page)
    ['30 août 2023 à 15h54']
    >>> page = Page(url="u", lang="en", root=lxml.html.document_fromstring("<html><body>"
    ...     "<h1>T</h1><span>Published December 16, 2024 9:15 pm, last updated December 17, "
    ...     "2024 1:03 pm</span><p>Text.</p></body></html>"))
    >>> visible_published(page), visible_modified(page)
    (['December 16, 2024 9:15 pm'], ['December 17, 2024 1:03 pm'])
    >>> page = Page(url="u", lang="en", root=lxml.html.document_fromstring("<html><body>"
    ...     "<h1>T</h1><p><em>Published on December 16, 2024 9:15 pm and last modified on "
    ...     "December 17, 2024 1:03 pm</em></p><p>Text.</p></body></html>"))
    >>> visible_published(page), visible_modified(page)
    (['December 16, 2024 9:15 pm'], ['December 17, 2024 1:03 pm'])

    The "Last modified on …" line after the publication date an element of its own prints
    (the Guardian's `<details><summary>Tue 17 Dec 2024 13.03 GMT</summary>Last modified on
    Tue 17 Dec 2024 15.20 GMT</details>`):

    >>> page = Page(url="u", root=lxml.html.document_fromstring("<html><body><h1>T</h1>"
    ...     "<details><summary>Tue 17 Dec 2024 13.03 GMT</summary>Last modified on Tue 17 Dec"
    ...     " 2024 15.20 GMT</details><p>Text.</p></body></html>"))
    >>> visible_modified(page)
    ['Tue 17 Dec 2024 15.20 GMT']
    >>> page = Page(url="u", lang="fr", root=lxml.html.document_fromstring("<html><body>"
    ...     "<h1>T</h1><p>Publié le <time>17/12/2024 à 13h03</time>, modifié le <time>17/12/2024"
    ...     " à 14h10</time></p><p>Text.</p></body></html>"))
    >>> visible_modified(page)
    ['17/12/2024 à 14h10']

    An "updated" label ending a byline's last line, its date in the element after it
    (Advance Local's):

    >>> page = Page(url="u", root=lxml.html.document_fromstring("<html><body><h1>T</h1>"
    ...     "<div>By Jane Doe | Email the author<br>on December 22, 2016 at 2:47 PM, updated "
    ...     "<span>December 22, 2016 at 3:53 PM</span></div><p>Text.</p></body></html>"))
    >>> visible_modified(page)
    ['December 22, 2016 at 3:53 PM']

    A plugin's sentence label in an element of its own, the date in the next one (the
    editor it may name after the date cut):

    >>> page = Page(url="u", root=lxml.html.document_fromstring("<html><body><h1>T</h1>"
    ...     "<p>Text.</p><p><span>Last Updated on</span> <time>December 17, 2024 by <span>"
    ...     "Desk</span></time></p></body></html>"))
    >>> visible_modified(page)
    ['December 17, 2024']

    >>> page = Page(url="u", root=lxml.html.document_fromstring("<html><body><h1>T</h1>"
    ...     "<p>Text.</p><p><span>This post was last modified on</span> <time>December 17, "
    ...     "2024 1:03 pm</time></p></body></html>"))
    >>> visible_modified(page)
    ['December 17, 2024 1:03 pm']

    The sentence label and its date loose among the text's paragraphs:

    >>> page = Page(url="u", root=lxml.html.document_fromstring("<html><body><h1>T</h1>"
    ...     "<div><p>" + "Text. " * 40 + "</p><span>This post was last modified on</span> "
    ...     "<span>December 17, 2024 1:03 pm</span></div></body></html>"))
    >>> visible_modified(page)
    ['December 17, 2024 1:03 pm']

    Chinese and Korean labels before a year-first date, the line's next label cut, and a
    date line printed loose after an element:

    >>> page = Page(url="u", root=lxml.html.document_fromstring("<html><body><h1>T</h1>"
    ...     "<div>发布日期：2019-09-23 14:34:05&nbsp;&nbsp;所属分类：<a>头条</a></div>"
    ...     "<p>Text.</p></body></html>"))
    >>> visible_published(page)
    ['2019-09-23 14:34:05']
    >>> page = Page(url="u", root=lxml.html.document_fromstring("<html><body><div>"
    ...     "<dl><dt>T</dt></dl> 기사입력 :[ 2018-08-25 15:24 ] <div>" + "Text. " * 40
    ...     + "</div></div></body></html>"))
    >>> visible_published(page)
    ['2018-08-25 15:24']
    """
    scope = article_scope(page)
    for node in _texts_holding(scope, probes or _literal_probes(pattern.pattern)):
        parent = owner = node.getparent()
        if parent is None or _styled_hidden(
                parent.getparent() if node.is_tail else parent, scope):  # (a tail: outside)
            continue
        text = clean_text(_line_text(parent)) or ""
        label = None
        if (len(text) <= MAX_LABEL_CHARS or _SENTENCE_LABEL.match(text)) \
                and (line := parent.getparent()) is not None:
            label, parent, text = parent, line, clean_text(_line_text(line)) or ""
        elif node.is_tail and (line := parent.getparent()) is not None:
            # A label after the element printing the other date ("Publié le <time>…</time>,
            # modifié le <time>…</time>", Ouest-France): the line holding both.
            parent, text = line, clean_text(_line_text(line)) or ""
        if len(text) >= 200:
            # A date line printed loose after an element (entermedia's "</dl> 기사입력 :[
            # 2018-08-25 15:24 ]" after the headline's list), its box the whole article.
            if node.is_tail and (m := pattern.search(clean_text(str(node)) or "")):
                return str(m.group("value"))
            # A plugin's sentence label and its date set loose in the post's content (`<span
            # class="post-last-modified-text">This post was last modified on</span> <span>
            # December 17, 2024 1:03 pm</span>` among its paragraphs): the label's next element.
            if label is not None and _SENTENCE_LABEL.match(clean_text(text_content(label)) or "") \
                    and (sibling := _labelled_sibling(label, pattern)):
                return sibling
            continue
        if label is not None and (sibling := _labelled_sibling(label, pattern)) \
                and _ISO_STAMP.match(sibling):
            return sibling  # the label's own element's stamp, before the line's printed parts
        parts = _LABELLED_PARTS.split(text)
        if node.is_tail:  # a line printed after an element's date, unseparated in the text
            parts.append(tail := clean_text(str(node)) or "")
            if (after := owner.getnext()) is not None and _UPDATED_END.search(tail):
                # The label ends the text, its date the element after it: "…, updated <span
                # class="updated">December 22, 2016 at 3:53 PM</span>" (Advance Local).
                parts.extend(_LABELLED_PARTS.split(
                    f"{tail} {clean_text(text_content(after)) or ''}")[1:])
        for part in parts:
            if m := pattern.search(part):
                # An "Updated" line whose date is a <time datetime>: that stamp, not the day
                # its text prints (only when the line holds one date).
                stamps = [t.get("datetime") for t in parent.iter("time") if t.get("datetime")]
                if len(stamps) == 1 and len(parts) == 1:
                    return str(stamps[0])
                value = _EDITOR_TAIL.sub("", _PLACE_TAIL.sub("", m.group("value")))
                # The parenthesis the line closes: "17 dicembre 2024 (modifica il 17
                # dicembre 2024 | 15:20)".
                value = value.rstrip(")") if "(" not in value else value
                return _with_printed_day(value, parent)
        if label is not None and (sibling := _labelled_sibling(label, pattern)):
            return sibling
    return None


def _line_text(el: Element) -> str:
    """`el`'s text, a space where a <br> breaks it: "17.12.2024, 13:03 Uhr<br>Aktualisiert:
    …" is two lines, not the word "UhrAktualisiert" (whose label no pattern then sees).

    >>> import lxml.html
    >>> _line_text(lxml.html.fragment_fromstring('<p>Veröffentlicht: 17.12.2024, 13:03 Uhr'
    ...     '<br>Aktualisiert: 17.12.2024, 15:20 Uhr</p>'))
    'Veröffentlicht: 17.12.2024, 13:03 Uhr Aktualisiert: 17.12.2024, 15:20 Uhr'
    """
    if el.find(".//br") is None:
        return text_content(el)
    return "".join(" " if isinstance(piece, etree._Element) else piece
                   for piece in _TEXTS_AND_BREAKS(el))


_TEXTS_AND_BREAKS = etree.XPath(".//text() | .//br")


def _styled_hidden(el: Element | None, scope: Element) -> bool:
    """Is `el`, or a block around it inside `scope`, hidden by its inline style or the
    `hidden` attribute? Rzeczpospolita keeps a live blog's "Aktualizacja: …" container in
    every story, `style="display: none"` where the story is no live blog: no date the reader
    sees. (Not the class "hidden": Tailwind's "hidden md:block" shows on wide screens.)

    >>> import lxml.html
    >>> box = lxml.html.fragment_fromstring('<div><span style="display: none">Aktualizacja: '
    ...     '<span>02.02.2025 23:49</span></span> Publikacja: <span>02.02.2025 21:52</span></div>')
    >>> _styled_hidden(box[0], box), _styled_hidden(box[1], box)
    (True, False)
    """
    if el is None:
        return False
    for block in chain([el], el.iterancestors()):
        if block is scope:
            return False
        style = block.get("style")
        if block.get("hidden") is not None \
                or (style and "display:none" in style.replace(" ", "").lower()):
            return True
    return False


#: An "updated" label that ends a text, its date in the element after it.
_UPDATED_END = re.compile(r",\s*updated:?\s*$", re.I)


#: The ISO 8601 stamp the timeago convention puts in a relative date's `title` ("about 20
#: hours ago" printed, `title="2024-12-17T15:20:11+05:00"`).
_ISO_STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d")


def _labelled_sibling(label: Element, pattern: re.Pattern[str]) -> str | None:
    """The date a label alone in its element gives with the element after it, where its
    line prints both dates without separators (Dawn's "<span>Published</span> <span>December
    17, 2024</span> <span>Updated</span> <span class="timeago" title="…">about 20 hours
    ago</span>"); the stamp that element carries (`datetime`, an ISO `title`) first.

    >>> import lxml.html
    >>> line = lxml.html.fragment_fromstring('<p><span>Published</span> <span>December 17, '
    ...     '2024</span> <span>Updated</span> <span title="2024-12-17T15:20:11+05:00">about 20 '
    ...     'hours ago</span></p>')
    >>> _labelled_sibling(line[2], bp.MODIFIED_LINE), _labelled_sibling(line[0], PUBLISHED_LINE)
    ('2024-12-17T15:20:11+05:00', 'December 17, 2024')
    """
    after = label.getnext()
    if after is None:
        return None
    m = pattern.search(f"{text_content(label).strip()} {clean_text(text_content(after)) or ''}")
    if not m:
        return None
    stamp = after.get("datetime") or after.get("title") or ""
    return stamp if _ISO_STAMP.match(stamp) else m.group("value")


#: The place a date line names after the date ("Updated - December 17, 2024 03:20 pm IST -
#: NEW DELHI", The Hindu's): no part of the date.
_PLACE_TAIL = re.compile(r"(?<=\w)\s+[-–—]\s+[A-Z][A-Z .'’-]{2,30}$")
#: The editor a modified line names after its date (WP Last Modified Info's "Last Updated on
#: December 17, 2024 by <span class="post-modified-author">Desk</span>"): no part of it.
_EDITOR_TAIL = re.compile(r"(?<=[\dmM.])\s+by\s+[A-Z][\w.'’ -]{1,40}$")


#: A clock time alone ("3:20 PM PT"), and the day a date line prints ("July 17, 2024",
#: "Dec. 17, 2024", "17 December 2024").
_CLOCK_ONLY = re.compile(r"^\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$", re.I)
_PRINTED_DAY = re.compile(
    r"\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}"
    r"|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{4}"
    # … or in figures, day first as the page's language writes it ("10/05/2024").
    r"|\d{1,2}([./])\d{1,2}\1(?:19|20)\d\d\b)")


def _with_printed_day(value: str, line: Element) -> str:
    """An "Updated 3:20 PM PT" line printing the clock time alone (the Los Angeles Times'
    `time.update-date` beside "July 17, 2024 1:03 PM PT") is on the day the date line
    around it prints, not the day the page was fetched.

    >>> import lxml.html
    >>> box = lxml.html.fragment_fromstring('<div><time>July 17, 2024 1:03 PM PT</time>'
    ...     '<time>Updated 3:20 PM PT</time></div>')
    >>> _with_printed_day("3:20 PM PT", box[1])
    'July 17, 2024 3:20 PM PT'
    """
    box = line.getparent()
    value = value.strip()
    if not _CLOCK_ONLY.match(value) or box is None:
        return value
    day = _PRINTED_DAY.search(text_content(box)[:200])
    return f"{day.group(0)} {value}" if day else value


#: Where a date line printing both dates starts its second ("… | Updated …").
#: NBC News slashes them: "Dec. 17, 2024, 1:03 PM EST / Updated Dec. 17, 2024, 3:20 PM EST".
#: The update labels of other languages after a separator (a German paper's "Erstellt:
#: 17.12.2024, 13:03 Uhr | Aktualisiert: 17.12.2024, 15:20 Uhr"), or run together with the
#: publication's last digit where a <br> parted the lines ("Publisert 17.12.2024 13:03<br>
#: Oppdatert 17.12.2024 15:20").
_UPDATE_WORDS = (r"(?:(?:last|sist|senast|sidst|zuletzt|ultimo|última) )?(?:updated|modified"
                 r"|aktualisiert|actualizad[oa]|atualizad[oa]|aggiornat[oa]|aggiornamento"
                 r"|aktualizacja|zaktualizowano|güncelleme|oppdatert|uppdaterad|opdateret"
                 r"|päivitetty|bijgewerkt|aktualizováno|frissítve|actualizat|ažurirano"
                 r"|обновлено|оновлено|ενημέρωση|ενημερώθηκε|güncellen(?:me|di)|diperbarui"
                 r"|dikemaskini|cập nhật|posodobljeno|aktualizované|uuendatud|atnaujinta"
                 r"|uppfært|aangepast|gewijzigd|laatste update)\b")
_LABELLED_PARTS = re.compile(
    r"\s+[|•·/]\s+(?=(?:last |first )?(?:updated|modified|published|posted)\b"
    # Dow Jones's wire pages (Barron's, MarketWatch) print the update first, the publication
    # after a slash: "Updated July 2, 2024 3:01 am EDT / Original July 2, 2024 3:01 am EDT".
    r"|original\s+(?=[^\W\d_]{3,9}\.? \d)|created\s*:"
    # Euronews's "Publié le 10/05/2024 - 08:12 GMT+2 • Mis à jour 10:30".
    r"|mis à jour\b|modifié\b"
    rf"|{_UPDATE_WORDS}"
    r"|(?:发布|發布|发表|發表)(?:时间|時間|日期))"
    rf"|(?<=\d)\s*(?={_UPDATE_WORDS}|{_PUBLISHED_WORDS}\b)"
    # The clock's word before the label: "13:03 Uhr Aktualisiert: …", "1:03 PM Updated …".
    rf"|(?:(?<=\d\sUhr)|(?<=\d\s[ap]m)|(?<=\d[ap]m))\s+(?={_UPDATE_WORDS})"
    # Le Monde's "Publié le 30 août 2023 à 14h52, modifié le 30 août 2023 à 15h54"; the same
    # in Spanish, Portuguese, German and Italian.
    r"|,\s+(?=(?:modifié|mis à jour|actualizado|atualizado|aktualisiert|aggiornato"
    # Advance Local's "on December 22, 2016 at 2:47 PM, updated December 22, 2016 at …"; a
    # theme's "Published December 16, 2024 9:15 pm, last updated December 17, 2024 1:03 pm".
    r"|modificato|(?:last )?(?:updated|modified))\b)"
    # The same joined by "and" after the first date (its figure, clock or zone word): "Published on
    # December 16, 2024 9:15 pm and last modified on December 17, 2024 1:03 pm", "Posted on
    # … and last updated on …", "Published: … and updated: …" (a theme's one line).
    r"|(?<=[\w.])\s+and\s+(?=(?:last )?(?:updated|modified)\b)"
    # Slate.fr's two lines, the second in an <em> after a <br>: "Publié le 29/10/2012 Mis à
    # jour le 29/10/2012 à 14h03" (the day's last digit, then the label, run together where
    # the text joins the lines).
    r"|(?<=\d)\s*(?=(?:modifié|mis à jour)\s+le\b)"
    # A Chinese, Japanese or Korean line printing both dates: "公開日：2024年12月17日 13:03
    # 更新日：2024年12月17日 15:20", "입력 2024.12.17 13:03 수정 2024.12.17 15:20" (after the
    # day's or clock's last figure; a colon after a Chinese or Japanese update label, as
    # "13時03分 更新" is the label printed after its own time).
    r"|(?<=\d)\s*(?=(?:最終|最后|最後)?更新(?:日時|日期|日|时间|時間)?\s*[:：]"
    rf"|{_CJK_PUBLISHED}\s*[:：]?\s*\d|(?:최종\s?)?수정|업데이트)"
    # … or the update in its own parenthesis, label first: "（最終更新 2024年12月17日 14時10分）".
    r"|(?<=[\d分])\s*(?=[（(](?:最終)?更新)", re.I)


#: A label alone in its element ("Updated", "Last modified:"), not a date line.
MAX_LABEL_CHARS = 16
#: … or the whole sentence a WordPress plugin lets the site print as its label (WP Last
#: Modified Info's `<span class="post-last-modified-text">This post was last modified
#: on</span> <time>December 17, 2024 1:03 pm</time>`, AMPforWP's wording): longer, no figure.
_SENTENCE_LABEL = re.compile(
    r"^this (?:post|article|story|page) was last (?:modified|updated)(?: on| at)?\s*:?$", re.I)


@lru_cache(maxsize=64)
def _literal_probes(pattern: str) -> tuple[str, ...]:
    """The words a text node must hold to match `pattern`: its literal prefix, else those
    of a modified line's label."""
    literal = re.match(r"[\w ]{6,}", pattern.lstrip("^"))
    if literal and not pattern.startswith("^(?"):
        words = literal.group(0).strip().split()
        return (" ".join(words[-3:]),)
    return _MODIFIED_PROBES[""]


#: A Chinese publication label before a short numeric date, the clock in the next element:
#: Baidu's Baijiahao prints `<span class="date">发布时间：18-03-08</span><span class="time">
#: 23:16</span>` (two-digit year first, as Chinese dates always are) and "发布时间：09-30"
#: (month and day, this year's).
_CJK_SHORT_DATE = re.compile(
    r"^(?:发布|發布|发表|發表)(?:时间|時間|日期)\s*[:：]\s*(?:(\d\d)-)?(\d\d)-(\d\d)$")
_CJK_SHORT_PROBES = ("发布", "發布", "发表", "發表")
_BARE_CLOCK = re.compile(r"^\d{1,2}:\d\d$")


def cjk_short_date(page: Page) -> list[str]:
    """The date a Chinese "发布时间：" label prints in its element in short form ("18-03-08",
    "09-30"), with the clock the next element prints: "2018-03-08 23:16", or "9月30日 22:46"
    (the parser's year-less form: the latest such day not after the fetch). The label's
    usual line ("发布时间：2018-03-08 23:16") is `visible_published`'s.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def dates(html): return cjk_short_date(Page(url="u", root=lxml.html.document_fromstring(
    ...     f"<html><body><h1>T</h1><div>{html}</div><p>Text.</p></body></html>")))
    >>> dates('<span>发布时间：18-03-08</span><span>23:16</span>')
    ['2018-03-08 23:16']
    >>> dates('<span>发布时间：09-30</span><span>22:46</span>')
    ['9月30日 22:46']
    >>> dates('<span>发布时间：09-30</span>')
    ['9月30日']
    """
    for node in _texts_holding(article_scope(page), _CJK_SHORT_PROBES):
        el = node.getparent()
        if el is None or node.is_tail or not (m := _CJK_SHORT_DATE.match(str(node).strip())):
            continue
        after = el.getnext()
        clock = clean_text(text_content(after)) or "" if after is not None else ""
        clock = f" {clock}" if _BARE_CLOCK.match(clock) else ""
        year, month, day = m.groups()
        return [f"20{year}-{month}-{day}{clock}" if year
                else f"{int(month)}月{int(day)}日{clock}"]
    return []


#: A bare Chinese "时间：" / "日期：" label before a year-first date, at the start of its text or
#: after a space or rule (not "更新时间：", "活动时间：": another word's).
_CJK_BARE_LABEL_DATE = re.compile(
    r"(?:^|(?<=[\s|｜/]))(?:时间|時間|日期)\s*[:：]\s*"
    r"(?P<value>(?:19|20)\d\d\s*(?:[-/.]|年)\s*\d{1,2}\s*(?:[-/.]|月)\s*\d{1,2}\s*日?"
    r"(?:\s*\d{1,2}:\d\d(?::\d\d)?)?)(?![\d:])")
_CJK_BARE_PROBES = ("时间", "時間", "日期")
#: The other labels of a Chinese article's information bar: a bare date label beside one of
#: them is the article's ("来源：本站原创 作者：… 时间：2019年10月31日 23:00 浏览："), where an
#: event notice's "时间：" in the text stands beside "地点：" (its place) instead.
_CJK_INFO_LABEL = re.compile(
    r"(?:来源|來源|作者|浏览|瀏覽|阅读|閱讀|点击|點擊|责任编辑|責任編輯|编辑|編輯|字号|字體|字体)"
    r"(?:次数|次數|量)?\s*[:：]")
#: How long an information bar may be, its labels and values together.
MAX_INFO_BAR_CHARS = 160


def cjk_info_bar_date(page: Page) -> list[str]:
    """The date a bare "时间：" or "日期：" label prints in a Chinese article's information bar,
    the line (or the element around it) also naming the source, writer or view count: small
    portals' and institutions' pages ("来源：本站原创 作者：…<br>时间：2019年10月31日 23:00 浏览：",
    `<span>时间：2019-09-25</span><span>作者：网络整理</span>`) with no date metadata.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def dates(html): return cjk_info_bar_date(Page(url="u", root=lxml.html.document_fromstring(
    ...     f"<html><body><h1>T</h1><div>{html}</div><p>Text.</p></body></html>")))
    >>> dates('<span>时间：2019-09-25</span> <span>作者：网络整理</span>')
    ['2019-09-25']
    >>> dates('来源：本站原创 作者：张三<br>时间：2019年10月31日 23:00&nbsp;&nbsp;浏览：')
    ['2019年10月31日 23:00']
    >>> dates('<span>时间：2019年10月1日 9:00</span> <span>地点：礼堂</span>')  # an event's
    []
    >>> dates('<span>更新时间：2019-09-25</span> <span>作者：网络整理</span>')
    []
    """
    for node in _texts_holding(article_scope(page), _CJK_BARE_PROBES):
        m = _CJK_BARE_LABEL_DATE.search(str(node))
        el = node.getparent()
        if m is None or el is None:
            continue
        if node.is_tail or el.tag in _INLINE_TAGS:
            # The bar holding the label's <span>, or the text after a <br> in it.
            el = el.getparent()
            if el is None:
                continue
        bar = clean_text(text_content(el)) or ""
        if len(bar) <= MAX_INFO_BAR_CHARS and _CJK_INFO_LABEL.search(bar) \
                and not in_comment(el) and not in_related(el):  # a reader's or a listed story's
            return [re.sub(r"\s+", " ", m.group("value")).strip()]
    return []


#: An epoch number, seconds or milliseconds, as a whole attribute value: looked for in the raw
#: bytes first (most pages have none), its attribute's name in the bytes just before it.
_RAW_EPOCH = re.compile(rb'="(1\d{9}(?:\d{3})?)"')
#: A `data-` attribute, or a bare `time`/`timestamp` one (TASS's `<dateformat time=
#: "1734429780" mode="abs">17 Dec, 13:03</dateformat>`).
_RAW_ATTRIBUTE_END = re.compile(rb"\s(data-[a-z][a-z_-]{0,30}|time(?:stamp)?)$")
#: A `data-` name for the publication's moment ("data-timestamp", "data-publishtime",
#: "data-published-at", "data-post-date") and no other's (an update, a countdown's target,
#: an event's start, a layout block's save).
_EPOCH_NAME = re.compile(r"(?:^|[-_])(?:time(?:stamp)?|date"
                         r"|pub(?:lish(?:ed)?)?(?:[-_]?(?:time|date|at|on))?|created(?:[-_]?at)?)$")
_NOT_PUBLICATION_NAME = re.compile(r"modif|updat|edit|expir|end|start|target|count|event|live")
#: The element printing a date: a <time>, or one classed for a date, or a custom element
#: named for one (`<dateformat>`, `<local-time>`).
_DATE_CLASS = re.compile(r"date|time|publish", re.I)
_DATE_TAG = re.compile(r"^(?:[a-z]+-)?(?:date|time)[a-z]*$")
#: A date element's or its holder's class naming an update ("Page-dateModified"), or an
#: "Updated" label printed before it in its holder: the stamp is the update's.
_UPDATE_CLASS = re.compile(r"modif|updat", re.I)
_UPDATE_LABEL = re.compile(r"\b(?:updated?|aktualisiert|actualizado|atualizado|mis à jour"
                           r"|aggiornato)\b", re.I)


def _update_stamp(el: Element) -> bool:
    """Does the date element print an update (AP's `<div class="Page-dateModified"><span>
    Updated </span><bsp-timestamp data-timestamp="…">`)?"""
    holder = el.getparent()
    if _UPDATE_CLASS.search(el.get("class") or "") or (
            holder is not None and _UPDATE_CLASS.search(holder.get("class") or "")):
        return True
    if holder is None:
        return False
    before = [holder.text or ""]
    for child in holder:
        if child is el:
            break
        before.append(text_content(child))
    return _UPDATE_LABEL.search(" ".join(before)[-40:]) is not None


def data_epoch_stamps(page: Page) -> list[str]:
    """The publication moment a printed date's element states as an epoch number in a `data-`
    attribute (Kinja's `<span data-publishtime="1425913200851" class="publish-time">3/09/15
    8:00am</span>`, a `<time data-timestamp="1700000000">2 hours ago</time>`), as a UTC
    stamp: the first such element in the article around the headline, a `<time>` or one
    classed for a date, printing something, outside comments and related-story lists. Read
    last, or to give a naive printed clock its instant (and the page its offset).

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def stamps(html): return data_epoch_stamps(Page(url="u", raw=html.encode(), root=(
    ...     lxml.html.document_fromstring(f"<html><body><h1>T</h1>{html}<p>x</p></body></html>"))))
    >>> stamps('<span data-publishtime="1425913200851" class="publish-time">3/09/15 8:00am</span>')
    ['2015-03-09T15:00:00+00:00']
    >>> stamps('<time data-timestamp="1700000000">2 hours ago</time>')
    ['2023-11-14T22:13:20+00:00']
    >>> stamps('<dateformat time="1734429780" mode="abs">17 Dec, 13:03</dateformat>')
    ['2024-12-17T10:03:00+00:00']
    >>> stamps('<div class="flip" data-counter-target-date="1475629200000">3</div>')
    []
    >>> stamps('<div class="sqs-layout" data-updated-on="1499877332086">x</div>')
    []

    An update's stamp is no publication's (AP's "Updated" line):

    >>> stamps('<div class="Page-dateModified"><span>Updated </span><bsp-timestamp '
    ...        'data-timestamp="1734594051000"><span>2:40 AM EST</span></bsp-timestamp></div>')
    []
    >>> stamps('<div class="byline"><span>Updated </span><time data-timestamp="1700000000">'
    ...        '2 hours ago</time></div>')
    []
    """
    raw = page.raw
    names: list[str] = []
    for m in _RAW_EPOCH.finditer(raw):
        if (attr := _RAW_ATTRIBUTE_END.search(raw, max(0, m.start() - 40), m.start())) is None:
            continue
        name = attr.group(1).decode()
        if name not in names and _EPOCH_NAME.search(name) \
                and not _NOT_PUBLICATION_NAME.search(name):
            names.append(name)
    if not names:
        return []
    scope = article_scope(page)
    for el in scope.xpath(" | ".join(f"descendant-or-self::*[@{n}]" for n in names[:4])):
        if el.tag != "time" and not _DATE_CLASS.search(el.get("class") or "") \
                and not (isinstance(el.tag, str) and _DATE_TAG.search(el.tag)):
            continue
        if not clean_text(text_content(el)) or in_comment(el) or in_related(el) \
                or in_sidebar_list(el) or _update_stamp(el):
            continue
        value = next(el.get(n) for n in names if el.get(n))
        if value.isdigit():
            return [datetime.fromtimestamp(int(value[:10]), UTC).isoformat()]
    return []


#: A date printed short, as the only date a page may give: a relative time within the day
#: ("3 hours ago", "vor 2 Stunden", "il y a 2 heures", "hace 2 horas", "2小时前", "2時間前",
#: "2시간 전"), read against the fetch time; or a day and clock without the year ("17 Dec,
#: 13:03", "Dec 17, 1:03 PM", "12月17日 13:03"), the latest such day not after the fetch; or
#: the fetch's day or the day before as a word, with the clock ("Yesterday 11:04am").
_SHORT_DATE = re.compile(
    r"^(?:(?:\d{1,2}|an?|one)\s+(?:min(?:ute)?s?|hours?|hrs?)\.?\s+ago"
    r"|vor\s+(?:\d{1,2}|einer?)\s+(?:Minuten?|Stunden?)"
    r"|il y a\s+\d{1,2}\s+(?:minutes?|heures?|h)"
    r"|hace\s+(?:\d{1,2}|una?)\s+(?:minutos?|horas?|hs)"
    # Hindi's and Thai's: "3 घंटे पहले", "5 นาทีที่แล้ว".
    r"|\d{1,2}\s+(?:मिनट|घंटे|घंटा)\s+पहले|\d{1,2}\s?(?:นาที|ชั่วโมง|ชม\.)\s?ที่แล้ว"
    # Bengali's and Arabic's: "২ ঘণ্টা আগে", "منذ ساعتين" (two hours), "منذ 3 ساعات".
    r"|\d{1,2}\s+(?:মিনিট|ঘণ্টা|ঘন্টা)\s+আগে|منذ\s+(?:\d{1,2}\s+)?(?:دقيقتين|دقيقة|دقائق|ساعتين"
    r"|ساعة|ساعات)"
    r"|\d{1,2}\s*(?:分钟|分鐘|小时|小時|分|時間)前|\d{1,2}\s*(?:분|시간)\s*전"
    r"|(?:\d{1,2}\s+[^\W\d_]{3,9}\.?|[^\W\d_]{3,9}\.?\s+\d{1,2}),?\s+(?:at\s+)?"
    r"\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?"
    r"|\d{1,2}月\d{1,2}日\s*\d{1,2}:\d\d"
    # or the day a word, the clock exact: "Yesterday 11:04am", "heute, 13:03 Uhr", "昨天 13:03".
    r"|(?:today|yesterday|heute|gestern|aujourd[’']hui|hier|hoy|ayer|oggi|ieri|hoje|ontem"
    r"|vandaag|gisteren|今天|昨天|今日|昨日"
    # … in Russian, Ukrainian and Polish ("Сегодня, 14:40", "вчера в 18:20", "Вчора о 14:40",
    # "wczoraj, 14:40"): Bitrix portals print the day so for a day or two.
    r"|сегодня|вчера|сьогодні|вчора|dzisiaj|dziś|wczoraj)"
    r"[,\s]*(?:at|um|à|a las|alle|às|om|в|о|o)?\s*"
    r"\d{1,2}[:.h]\d\d(?:\s*(?:[ap]\.?m\.?|Uhr))?"
    # … and its zone's word ("Today, 09:05 AM IST").
    r"(?:\s+(?:IST|GMT|UTC|BST|CET|CEST|[ECMP][SD]?T|AE[SD]T|JST|KST|PKT|WIB))?)$", re.I)
#: A class word naming the element printing a date or time ("date", "published_date",
#: "post-time", "timestamp"), not a reading time's ("read-time", "reading-time") nor an
#: update's ("updated-date").
_SHORT_DATE_CLASS = re.compile(
    r"(?:^|\s)(?![\w-]*(?:read|updat|modif))[\w-]*(?:date|time|timestamp|ago|published|posted)"
    r"(?:\s|$)", re.I)
MAX_SHORT_DATE_CHARS = 30


#: How many elements after the headline are looked at for a short date, and the paragraph
#: length that marks the text's start (no header line is read past it).
SHORT_DATE_WINDOW = 40
_XP_AFTER_HEADLINE = etree.XPath(f"following::*[position() <= {SHORT_DATE_WINDOW}]")


def short_header_dates(page: Page) -> Iterator[str]:
    """A relative time ("3 hours ago", "2小时前") or a day and clock without the year ("17
    Dec, 13:03") printed alone under the headline, before the text starts, in a `<time>`
    without `datetime` or an element its class names a date or time: the last resort, where
    the page gives no other date (no metadata, no dated line). The parser reads it against
    the fetch time.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def dates(html): return list(short_header_dates(Page(url="u", root=(
    ...     lxml.html.document_fromstring(f"<html><body><div><h1>T</h1></div>{html}"
    ...                                   "<p>Text.</p></body></html>")))))
    >>> dates('<div><span class="published_date"> 20 hours ago</span></div>')
    ['20 hours ago']
    >>> dates('<div class="meta"><span class="time">2小时前</span></div>')
    ['2小时前']
    >>> dates('<time>17 Dec, 13:03</time>'), dates('<span class="date">12月17日 13:03</span>')
    (['17 Dec, 13:03'], ['12月17日 13:03'])
    >>> dates('<span class="time">Yesterday 11:04am</span>'), dates('<time>heute, 13:03 Uhr</time>')
    (['Yesterday 11:04am'], ['heute, 13:03 Uhr'])
    >>> list(short_header_dates(Page(url="u", root=lxml.html.document_fromstring(
    ...     '<html><body><div class="news-detail"><span class="news-date-time">Вчера, 14:40'
    ...     '</span><h1>T</h1><p>Text.</p></div></body></html>'))))
    ['Вчера, 14:40']
    >>> dates('<div class="ssrcss-timestamp"><span>Yesterday 14:05</span></div>')
    ['Yesterday 14:05']
    >>> dates('<span class="date">২ ঘণ্টা আগে</span>'), dates('<span class="date">منذ ساعتين</span>')
    (['২ ঘণ্টা আগে'], ['منذ ساعتين'])
    >>> dates('<div class="dateTime">Today, 09:05 AM IST</div>')
    ['Today, 09:05 AM IST']
    >>> dates('<span class="read-time">5 min read</span>'), dates('<span>3 hours ago</span>')
    ([], [])
    >>> dates('<span>Updated</span> <span class="date">3 hours ago</span>')
    []
    >>> dates('<p>' + 'Text. ' * 30 + '</p><span class="date">3 hours ago</span>')
    []
    >>> dates('<ul><li><a>Other story</a> <span class="date">3 hours ago</span></li></ul>')
    []
    """
    h1s = page.h1s()
    if not h1s:
        return
    # Or just before the headline, its sibling: 1C-Bitrix's `news.detail` template prints
    # `<span class="news-date-time">Вчера, 14:40</span>` over its `<h1>`.
    for el in islice(h1s[0].itersiblings(preceding=True), 3):
        if not len(el) and _SHORT_DATE_CLASS.search(el.get("class") or "") \
                and len(text := clean_text(text_content(el)) or "") <= MAX_SHORT_DATE_CHARS \
                and _SHORT_DATE.match(text):
            yield text
            return
    for el in _XP_AFTER_HEADLINE(h1s[0]):
        if el.tag == "p" and len(text_content(el)) >= 100:
            return  # the text has started
        if len(el) and not _lone_child_text(el):
            continue
        if not ((el.tag == "time" and el.get("datetime") is None)
                or _SHORT_DATE_CLASS.search(el.get("class") or "")):
            continue
        text = clean_text(text_content(el)) or ""
        if len(text) > MAX_SHORT_DATE_CHARS or not _SHORT_DATE.match(text):
            continue
        if next(el.iterancestors("li", "a"), None) is not None:
            return  # a listed story's time ("Latest: … 2 hours ago"), not this one's
        before = el.getprevious()
        label = f"{text_content(before) if before is not None else ''} {_text_before(el)}"
        if _UPDATED_LABEL.search(f"{label} {text}") or in_comment(el) or in_related(el):
            return
        yield text
        return


def _lone_child_text(el: Element) -> bool:
    """Does `el` print its text in one child element alone, with no words of its own (the
    BBC's `<div class="…-timestamp"><span>Yesterday 14:05</span></div>`: the class on the
    wrapper, the time in the child)?

    >>> import lxml.html
    >>> _lone_child_text(lxml.html.fragment_fromstring('<div><span>3 hours ago</span></div>'))
    True
    >>> _lone_child_text(lxml.html.fragment_fromstring('<div>By <span>Jane</span></div>'))
    False
    """
    return (len(el) == 1 and not len(el[0]) and not (el.text or "").strip()
            and not (el[0].tail or "").strip())


def _texts_holding(scope: Element, probes: tuple[str, ...]) -> list[Any]:
    """The text nodes in `scope` that hold one of `probes`, in document order. The probes
    are first looked for in the scope's whole text (one cheap walk): most pages print none,
    and each `contains()` test on every text node costs more than that walk."""
    text = text_content(scope)
    present = tuple(probe for probe, rare in _probe_gates(probes) if rare in text and probe in text)
    return _texts_holding_xpath(present)(scope) if present else []


@lru_cache(maxsize=64)
def _probe_gates(probes: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Each probe with its first character outside ASCII ("" if none): a text lacking that
    character lacks the probe, and one character is looked for ~50 times faster than a word
    (memchr: 0.7 against 15-50 µs on a 58,000-character text with a curly quote in it, which
    makes every probe in another script a full search; there are 25 of them in the
    publication labels' 44)."""
    return tuple((probe, next((c for c in probe if not c.isascii()), "")) for probe in probes)


@lru_cache(maxsize=64)
def _texts_holding_xpath(probes: tuple[str, ...]) -> etree.XPath:
    tests = " or ".join(f"contains(string(), '{probe}')" for probe in probes)
    return etree.XPath(f"descendant::text()[{tests}]")


#: A line naming who posted the story and when, in a post's meta or footer line: German
#: "Von Christian am 03.05.2013, 11:51 | 0 Meinungen" (Movable Type), "Gespeichert von rasos
#: am 24. Juli 2017 - 18:55" (Drupal's "submitted" line), "Dieser Artikel wurde am 14.
#: Dezember 2015 um 14:48 von Heiner veröffentlicht" (a WordPress footer); Drupal's English
#: "Submitted by rasos on Mon, 24/07/2017 - 18:55"; or the date, then the writer, under the
#: headline ("11.05.2012, 10:22 von jovelstefan", WordPress's Kubrick theme).
_CREDIT_LINE_DATE = re.compile(
    r"^(?:(?:gespeichert|geschrieben|verfasst|erstellt|eingestellt|veröffentlicht)\s+)?von\s+"
    r"\S.{0,40}?\s+am\s+(?P<date>\d.{5,60}?)\s*(?:\||$)"
    r"|^submitted\s+by\s+\S.{0,40}?\s+on\s+(?P<en>\w.{5,60}?)\s*(?:\||$)"
    r"|\bwurde\s+am\s+(?P<was>\d.{5,60}?)\s+(?:von\s+\S.{0,40}?\s+)?"
    r"(?:veröffentlicht|geschrieben|verfasst|erstellt|eingestellt)\b"
    r"|^(?P<first>\d.{5,40}?)\s+von\s+\S[^|\d]{0,40}$", re.I)
#: Text nodes that may hold such a line: a cheap filter before the regex.
_XP_CREDIT_LINE_TEXTS = etree.XPath(
    ".//text()[contains(string(), 'am ') or contains(string(), 'von ')"
    " or contains(string(), ' on ')]")
#: Elements inside a line: the line is the block around them.
_INLINE_TAGS = frozenset({"a", "span", "em", "strong", "b", "i", "abbr", "time", "cite"})
#: A credit line is short: a paragraph that names a date is text, not a post's meta line.
MAX_CREDIT_LINE_CHARS = 140


def credit_line_dates(scope: Element) -> Iterator[str]:
    """The date a post's meta or footer line prints beside its writer's name
    (`_CREDIT_LINE_DATE`), outside reader comments, related and sidebar lists.

    >>> import lxml.html
    >>> list(credit_line_dates(lxml.html.fragment_fromstring(
    ...     '<div><h1>T</h1><p>Text am 3. Juli.</p><div class="submitted">Gespeichert von '
    ...     '<span>rasos</span> am 24. Juli 2017 - 18:55</div></div>')))
    ['24. Juli 2017 - 18:55']
    >>> list(credit_line_dates(lxml.html.fragment_fromstring('<div><div class="post-footer">'
    ...     'Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von <a>Heiner</a> '
    ...     'geschrieben und unter dem Stichwort <a>Arduino</a> eingeordnet.</div></div>')))
    ['14. Dezember 2015 um 14:48']
    >>> list(credit_line_dates(lxml.html.fragment_fromstring('<div><h1>T</h1><small>'
    ...     '11.05.2012, 10:22 von jovelstefan</small></div>')))
    ['11.05.2012, 10:22']

    A reader's comment so signed is the comment's:

    >>> list(credit_line_dates(lxml.html.fragment_fromstring('<div><ol class="comments"><li>'
    ...     '<p>Von Jutta am 12.05.2012, 11:38</p></li></ol></div>')))
    []
    """
    seen: set[Element] = set()
    for node in _XP_CREDIT_LINE_TEXTS(scope):
        el = node.getparent()
        while el is not None and el.tag in _INLINE_TAGS and el is not scope:
            el = el.getparent()  # the line is the block around a linked or marked name
        if el is None or el in seen:
            continue
        seen.add(el)
        text = clean_text(text_content(el)) or ""
        if len(text) > 3 * MAX_CREDIT_LINE_CHARS or not any(map(str.isdigit, text)):
            continue
        # A footer's sentence may go on to the post's tags and category: the credit and the
        # date are its opening.
        match = _CREDIT_LINE_DATE.search(text)
        if match is None or match.end() > MAX_CREDIT_LINE_CHARS \
                or in_comment(el) or in_related(el) or in_sidebar_list(el):
            continue
        day = next(value for value in match.groups() if value).strip(_LINE_SEPARATORS)
        if is_date_line(day):
            yield day
