"""extract(response, *, fetched_at) -> Article | Skip: the only way a page becomes a record.

The same function serves crawled responses and re-parsed saved pages (DESIGN.md §1):
page parsed once → site rules → metadata → generic → agency/dateline → finalize.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from functools import lru_cache, partial
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import cssselect
from lxml import etree

from newsscraper.addresses import filed_story_address, is_non_article_address
from newsscraper.dates import to_iso
from newsscraper.extract import css, fields, hydration, metadata, pagekind
from newsscraper.extract.agency import (
    DASH_DATELINE,
    closing_reporters,
    closing_signoff,
    colon_dateline,
    dash_dateline,
    dateline_reporters,
    dot_dateline,
    find_agency,
    find_dateline,
    lone_place,
    note_agency,
    reporter_credit_place,
    reuters_closing_line,
    speaker_label,
    staff_bracket,
    uncredited_day_dateline,
    wire_stamp,
    without_desk_code,
    without_opening_caption,
    without_repeated_dateline,
)
from newsscraper.extract.body import (
    Layout,
    body_paragraphs,
    closing_line,
    page_layout,
    standfirst_text,
)
from newsscraper.extract.body_byline import (
    closing_bio,
    closing_by_line,
    closing_credit,
    closing_plain_by,
    closing_signature,
    credit_line,
    edited_by,
    ja_correspondent_credit,
    korean_signoff,
    leading_byline,
    leading_credit,
    opening_bio,
    signoff_author,
    staff_line,
)
from newsscraper.extract.bylines import (
    labelled_source,
    meta_wire_credit,
    printed_byline_agency,
    source_after_day,
    without_linked_outlets,
    without_own_name,
    without_site_desks,
    writer_comma_wire,
)
from newsscraper.extract.headline import (
    DEK_OPENING_CHARS,
    declared_printed,
    without_byline_tail,
)
from newsscraper.extract.timezone import (
    day_first,
    language_guess,
    page_zone,
    utc_stated,
    wire_zone,
)
from newsscraper.items import SCHEMA_VERSION, Article, Skip
from newsscraper.loaders import ArticleLoader
from newsscraper.page import Page, text_content
from newsscraper.processors import clean_text, dated_tail, normalise_agency, without_publications
from newsscraper.sites import family_profiles, profile_for

if TYPE_CHECKING:
    from scrapy.http import TextResponse

    from newsscraper.sites.profile import SiteProfile

__all__ = ["Skip", "extract"]

_WORD = re.compile(r"\w+")
#: The day opening the text as its dateline, before a dash (WebMD's news: "Feb. 23, 2015 --
#: Life-threatening peanut allergies …"): the story's date where nothing else gives one.
_DATE_DATELINE = re.compile(
    r"^((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s+"
    r"(?:19|20)\d\d)\s*(?:--|[—–])\s"
    # Or in parentheses, day first, before the first sentence (a German association's news:
    # "(18.01.2018) Deutschlands Landwirte zittern …").
    r"|^\(([0-3]?\d\.[01]?\d\.(?:19|20)\d\d)\)\s", re.I)
_TRANSLATOR = css.Translator()
#: The site of a saved page that has no web address (a file:// URL and no canonical link).
LOCAL_SITE = "local"
#: Bodies shorter than this many words are not articles (teasers, error pages, listings).
MIN_BODY_WORDS = 20
MIN_BODY_CHARS = 200


def _add_printed_dek(loader: ArticleLoader, page: Page, layout: Layout,
                     paragraphs: list[str], title: str) -> None:
    """The subtitle from the page's declared description printed as a block between the
    headline and the text (`declared_printed`), where no class or place named it a
    standfirst and the text chosen does not hold it: 20 Minuten's, BR24's, a storefront's or
    Público's dek was read nowhere. A dek the text holds stays its opening paragraph."""
    # The <h1> printing the title, where the site's name is an <h1> too (CNET.de's).
    h1s = page.h1s()
    head = layout.headline if layout.headline is not None else next(
        (h1 for h1 in h1s if clean_text(text_content(h1)) == title), next(iter(h1s), None))
    if head is None:
        return
    held = _without_spaces("".join(paragraphs))  # the text, spaces aside
    dek = declared_printed(page, head, layout.marks, held)
    if dek is None:
        return
    text = standfirst_text(dek)
    # Its opening words anywhere in the text: the text holds it, or says it again.
    opening = "".join(text.split())[:DEK_OPENING_CHARS]
    if opening and opening not in held:
        loader.add_value("subtitle", text)


def extract(
    response: TextResponse, *, fetched_at: datetime, profile: SiteProfile | None = None
) -> Article | Skip:
    """Turn one HTML response into an Article, or a Skip with its reason."""
    page = Page.from_response(response)
    profile = profile or profile_for(response.url) or _family_profile(page)
    reason = _skip_reason(page, profile)
    if reason:
        return Skip(reason, response.url)
    zone = page_zone(page, profile)
    loader = ArticleLoader(
        tz=zone,
        base=fetched_at,
        url=response.url,
        site_names=metadata.site_names(page),
        own_names=metadata.own_names(page),
        address_names=metadata.host_names(response.url),
        section_labels=partial(metadata.section_labels, page),
        date_formats=profile.date_formats if profile else (),
        languages=profile.languages if profile else (),
        day_first=day_first(page, zone),
    )
    if profile:
        fields.apply_site_rules(loader, page, profile)
    fields.apply_metadata(loader, page)
    layout = page_layout(page, profile)
    fields.apply_generic(loader, page, layout)
    title = loader.get_output_value("title") or ""
    if not loader.get_collected_values("authors") and (b"__next" in page.raw):
        # A Next.js page its client renders whole prints no byline: its state's story names
        # the writers.
        fields.fill(loader, "authors", hydration.next_state_authors(page, title))
    paragraphs = body_paragraphs(page, profile, layout, title)
    if layout.later_page:
        return Skip("not an article (a later page of a paged article)", response.url)
    if layout.standfirst is not None and not loader.get_collected_values("subtitle"):
        loader.add_value("subtitle", standfirst_text(layout.standfirst))  # the body's opening dek
    if _too_short(paragraphs):
        # Pages rendered by JavaScript carry the text only in JSON-LD or in the state their
        # scripts hydrate. The printed DOM is preferred otherwise: articleBody often drops
        # paragraph breaks or stops at a teaser.
        paragraphs = (metadata.article_body(page) or hydration.hydration_body(page)
                      or hydration.next_data_body(page) or hydration.flight_body(page)
                      or hydration.portable_text_body(page) or hydration.rich_text_body(page)
                      or hydration.fusion_body(page)
                      or hydration.dom_state_body(page)
                      or hydration.gallery_captions_body(page) or paragraphs)
    elif story := hydration.fusion_story_unprinted(page, paragraphs):
        # An Arc XP page that prints no copy (Fusion renders it from its state) still prints
        # its rails' teasers: a longer story in Fusion.globalContent sharing no paragraph
        # with the printed text is the article, the printed text is not.
        paragraphs = story
    paragraphs = _take_body_byline(loader, page, paragraphs, layout.credits, layout.closers)
    if (bio := closing_bio(paragraphs, loader.get_output_value("authors") or [])) is not None:
        paragraphs = paragraphs[:bio]
    if opening_bio(paragraphs, loader.get_output_value("authors") or []):
        paragraphs = paragraphs[1:]  # a guest writer's bio set over the text
    # Desk slugs ("ats/vajo"), source lines ("Quelle: dpa") and the site's name closing the
    # text: read, then cut.
    paragraphs, sources, desk_agency = closing_signoff(paragraphs, metadata.own_names(page))
    paragraphs = without_opening_caption(paragraphs)  # "… (Xinhua/Zhou Mu)" over the dateline
    paragraphs = without_repeated_dateline(paragraphs)  # IPS's dateline line, then its copy
    loader.add_value("body", paragraphs)
    if paragraphs and not loader.get_collected_values("subtitle"):
        _add_printed_dek(loader, page, layout, paragraphs, title)
    if paragraphs and not loader.get_collected_values("published_at") \
            and (dated := _DATE_DATELINE.match(paragraphs[0][:40])):
        # "Feb. 23, 2015 -- Life-threatening …", "(18.01.2018) Deutschlands …"
        fields.fill(loader, "published_at", [dated[1] or dated[2]])
    # A wire's stamp dropped from the text ("ANI | Updated: …") credits it as a dateline does.
    stamp = next(filter(None, map(wire_stamp, layout.notes)), None) if layout.notes else None
    _add_agency(loader, page, [*paragraphs, *sources, *layout.source_after], stamp or desk_agency,
                layout.notes)
    if layout.credits and not loader.get_collected_values("dateline") \
            and (place := reporter_credit_place(layout.credits[0])):
        loader.add_value("dateline", place)  # "記者王小明／台北即時報導" over the text
    # The page said nothing of its zone, or only its language did, one of several countries.
    if (zone is UTC or language_guess(page)) and not (profile and profile.timezone):
        # The zone one date's printed text names ("Dec 16, 2016, 12:37 PM ET") is the one
        # the other's naive clock is in (`Last-Modified` "2016-12-16 12:40:25"), else the wire's.
        # Or the zone of the publication stamp closing the text ("… First published November
        # 29, 2016: 3:33 AM ET").
        # Or the offset a naive clock showed against its moment's stamp (`paired_zone`).
        learnt = (fields.printed_date_zone(loader, layout.stamps) or fields.paired_zone(loader)
                  if zone is UTC else None) or wire_zone(loader.get_output_value("agency"))
        if learnt:
            fields.redate(loader, learnt)
        elif zone is UTC and not utc_stated(page):
            fields.drop_unzoned_clocks(loader)
    fields.read_swapped_modified(loader)
    fields.drop_modified_before_published(loader, page)
    values = loader.load_item()
    # Nothing but the site credited, split at its "&" ("The Mail", "Guardian"): its own spelling.
    if site := metadata.declared_site_name(page, list(values.get("authors") or [])):
        values["authors"] = [site]
    elif len(values.get("authors") or []) > 1:
        # "Jane Doe, The Times": the paper she writes for is no author.
        values["authors"] = without_own_name(page, without_linked_outlets(
            page, without_publications(list(values["authors"]))))
    if values.get("authors"):  # "Tribune Desk": the site's own desk, no one
        values["authors"] = without_site_desks(page, list(values["authors"]))
    if values.get("authors") and (by := _BARE_BY_WORDS.get((page.lang or "")[:2].lower())):
        # "Oleh Ahmad Zaki": Malay and Indonesian "by" without its colon (elsewhere a
        # Ukrainian first name, so read as the by-word on those pages only); "Na Elizabeth
        # Edward": Swahili's (elsewhere a Korean family name).
        values["authors"] = [a[len(by):] if a.startswith(by) and " " in a[len(by):].strip()
                             else a for a in values["authors"]]
    if not values.get("title"):
        return Skip("no title", response.url)
    if values.get("authors"):  # "Headline - Jane Doe and John Roe"
        values["title"] = without_byline_tail(values["title"], list(values["authors"]))
    body = values.get("body") or ""
    if _too_short([body]) and not (values.get("published_at") and (
            _whole_ideographic_story(body) or _wire_brief(body, values))):
        if not page.truncated and (page.first_meta("og:type") or "").startswith("video."):
            # A video's own page (Open Graph "video.other"): a player and a line. No article
            # for as long as it is that page, where a missing body may be passing.
            return Skip("not an article (a video page)", response.url)
        if not page.truncated and (media := pagekind.drupal_media_kind(page)):
            return Skip(f"not an article ({media})", response.url)  # the same, by its bundle
        return Skip("too deeply nested" if page.truncated else "no body", response.url)
    return finalize(values, page=page, profile=profile, fetched_at=fetched_at,
                    embedded=layout.embedded)


#: The by-word a byline starts with, without its colon, on pages in a language: "Oleh Ahmad
#: Zaki", "Na Elizabeth Edward".
_BARE_BY_WORDS = {"id": "Oleh ", "ms": "Oleh ", "sw": "Na "}


def _too_short(paragraphs: list[str]) -> bool:
    """Fewer than MIN_BODY_WORDS words and MIN_BODY_CHARS characters: a teaser, an error page.
    Characters count too because Chinese and Japanese text has few spaces."""
    chars = sum(len(p) for p in paragraphs)
    return chars < MIN_BODY_CHARS and sum(len(p.split()) for p in paragraphs) < MIN_BODY_WORDS


#: A wire's one-sentence brief is a story from this many words.
MIN_BRIEF_WORDS = 12


def _wire_brief(body: str, values: Mapping[str, object]) -> bool:
    """A short text that is a wire's whole brief: one paragraph opening with the wire's
    dateline (read as `dateline` and `agency`: "Mumbai, Dec 17 (PTI) The Sensex rose 212
    points …"), at least `MIN_BRIEF_WORDS` words, ending its sentence. Asked of a dated
    page's short body only.

    >>> _wire_brief("Mumbai, Dec 17 (PTI) The Sensex rose 212 points to close at 81,510 on"
    ...             " Tuesday, led by banking stocks.", {"agency": "PTI", "dateline": "Mumbai"})
    True
    >>> _wire_brief("Mumbai, Dec 17 (PTI) Sensex up 212 points.", {"agency": "PTI",
    ...             "dateline": "Mumbai"})  # a headline's worth: no story
    False
    >>> _wire_brief("The Sensex rose 212 points to close at 81,510 on Tuesday, led by banks.",
    ...             {"agency": None, "dateline": None})
    False
    """
    return bool(values.get("agency") and values.get("dateline")) \
        and len(body.split()) >= MIN_BRIEF_WORDS and body.rstrip()[-1:] in ".!?\"”" \
        and "\n" not in body.strip()


def _whole_ideographic_story(body: str) -> bool:
    """A short Chinese or Japanese text long enough to be a whole story, its ideographs and
    kana counted twice: a word of it takes one or two of them where an English word takes five
    or six letters and a space, so a dated wire flash of 120 characters ("据财联社9月26日消息，
    …") says what 25 English words would. Asked of a dated page's short body only.

    >>> _whole_ideographic_story("据财联社9月26日消息，今日从交通运输部行新闻发布会获悉，"
    ...     "目前京津冀交通一体化建设各项工作取得积极成效，下一步将着力打造三地综合立体交通网络，"
    ...     "实现区域内快速铁路覆盖所有地级及以上城市，形成相邻城市间基本实现“1.5小时交通圈”。")
    True
    >>> _whole_ideographic_story("返回首页 | 联系我们 | 网站地图 | 版权所有 © 2019")
    False
    >>> _whole_ideographic_story("Da liegt sie. Wo einst finsterer Wald, Rabennest und"
    ...     " Meinradszelle waren; heute stehen hier das Kloster und seine Schule.")
    False
    """
    return len(body) + len(_IDEOGRAPHS.findall(body)) >= MIN_BODY_CHARS


#: Han ideographs and Japanese kana (Korean is written with spaces between its words).
_IDEOGRAPHS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _family_profile(page: Page) -> SiteProfile | None:
    for candidate in family_profiles():
        if candidate.marker and marker_xpath(candidate.marker)(page.root):
            return candidate
    return None


@lru_cache(maxsize=64)
def marker_xpath(marker: str) -> etree.XPath:
    """A family marker (CSS) as XPath for the root element, with each alternative that starts
    at `html` ("html[amp] …") anchored there: libxml2 never nests an <html> element, so the
    usual `descendant-or-self::html` finds only the root, after a walk of the whole tree per
    alternative (five for AMP for WP, on every page that is not AMP)."""
    alternatives = []
    for selector in cssselect.parse(marker):
        tree = selector.parsed_tree
        while not isinstance(tree, cssselect.parser.Element):
            tree = tree.selector  # down the left side to the leftmost element
        at_root = (tree.element or "").lower() == "html"
        alternatives.append(_TRANSLATOR.selector_to_xpath(
            selector, "self::" if at_root else "descendant-or-self::",
            translate_pseudo_elements=True))
    return etree.XPath(" | ".join(alternatives))


#: Kinds of page told by the page itself, whatever the profile says, asked first: documents
#: that are no web page of a story at all.
_NOT_STORY_DOCUMENTS: tuple[tuple[Callable[[Page], bool], str], ...] = (
    (pagekind.json_document, "not an HTML page (a JSON document)"),
    (pagekind.web_story, "not an article (a web story)"),
    (pagekind.print_copy, "not an article (a print copy of a post)"),
    (pagekind.wordpress_later_page, "not an article (a later page of a paged article)"),
)
#: The kinds of page a CMS names in its markup, asked only where no profile tells articles
#: by their address.
_CMS_NON_ARTICLES: tuple[Callable[[Page], bool], ...] = (
    pagekind.wordpress_non_article, pagekind.amp_plugin_static_page,
    pagekind.blogger_non_article, pagekind.joomla_non_article, pagekind.drupal_non_article,
    pagekind.k2_listing, pagekind.bitrix_news_list,
)
#: What the page declares or prints, asked last, of every page.
_NON_ARTICLE_KINDS: tuple[tuple[Callable[[Page], bool], str], ...] = (
    (metadata.is_declared_non_article, "not an article"),
    (pagekind.looks_like_listing, "not an article"),
    (pagekind.later_listing_page, "not an article (a later page of a listing)"),
    (pagekind.error_page, "not an article (an error page)"),
    (pagekind.author_profile, "not an article"),
    (pagekind.legal_page, "not an article (a legal page)"),
    (pagekind.site_page, "not an article (an about or contact page)"),
    (pagekind.declared_object_page, "not an article (a profile, product or photo page)"),
    (pagekind.microdata_thing_page, "not an article (a business, product or profile page)"),
    (pagekind.shop_product_page, "not an article (a shop's product page)"),
    # Last: a page of another kind (an error page's "Recent posts") keeps its own reason.
    (pagekind.few_teasers_listing, "not an article"),
)


def _skip_reason(page: Page, profile: SiteProfile | None) -> str | None:
    """Why `page` is not an article, from its URL and declared type; None when it may be."""
    if xml := pagekind.xml_document(page):
        return f"not an HTML page ({xml})"
    for test, reason in _NOT_STORY_DOCUMENTS:
        if test(page):
            return reason
    by_profile = profile.is_article_url(page.url) if profile else None
    if by_profile is False:
        return "not an article"
    if by_profile is None:
        # Some sites file their stories under "/category/…" or "/topics/…" addresses: the
        # page's own Article object outweighs the address; without one, a story's slug
        # closing it and a page that reads as one story under its headline do.
        if is_non_article_address(page.url) and not metadata.declares_own_article(page) \
                and not (filed_story_address(page.url) and pagekind.reads_as_one_story(page)):
            return "not an article"
        if any(test(page) for test in _CMS_NON_ARTICLES):
            return "not an article"
    for test, reason in _NON_ARTICLE_KINDS:
        if test(page):
            return reason
    return None


def _take_body_byline(loader: ArticleLoader, page: Page, paragraphs: list[str],
                      credits: tuple[str, ...] | list[str] = (),
                      closers: tuple[str, ...] | list[str] = ()) -> list[str]:
    """The body without a byline printed as its own leading paragraph; that byline gives the
    authors when the page's metadata names only the site (or nobody). A "By Jane Doe" line
    already dropped from the top of the body (`credits`) gives them too: wire copy posted
    under the site's name ("Vanguard News") prints its writer there, and pages with no
    author metadata at all (Yonhap's English pages) print it only there."""
    if credits and paragraphs and (_names_site(page, authors := loader.get_collected_values(
            "authors")) or edited_by(closers, authors)) \
            and (credited := leading_credit([credits[0], *paragraphs])):
        # NAN's metadata names the editor who posted the copy, as its closing "Edited by …"
        # line does: the "By …" line over the text names the reporter.
        loader.replace_value("authors", credited[1])  # also where no one else is credited
    if closers and (named := closing_by_line(["", closers[-1]])
                    or closing_plain_by(["", closers[-1]])) \
            and (_names_site(page, authors := loader.get_collected_values("authors"))
                 or _names_own_wire(page, authors)):
        # A reporter's by-line dropped after the text (Focus Taiwan's "(By Lai Yu-chen and
        # Sean Lin)" over "Enditem/AW", the Kenya News Agency's "By Jane Wanjiru"): the
        # authors, where the page credits only the site or its wire.
        loader.replace_value("authors", named)
    if (staff := staff_line(paragraphs)) is not None:
        if _names_site(page, loader.get_collected_values("authors")):
            loader.replace_value("authors", staff)
        paragraphs = paragraphs[:-1]
    elif (closing := closing_by_line(paragraphs) or signoff_author(paragraphs)) is not None:
        if _names_site(page, loader.get_collected_values("authors")):
            loader.replace_value("authors", closing)
        paragraphs = paragraphs[:-1]
    elif (signoff := korean_signoff(paragraphs)) is not None:
        # "정덕현 칼럼니스트 thekian1@…": the writer's sign-off, no text.
        if _names_site(page, loader.get_collected_values("authors")):
            loader.replace_value("authors", signoff)
        paragraphs = paragraphs[:-1]
    elif (signed := closing_signature(paragraphs)) is not None \
            and (_printed_as_signature(page, paragraphs[-1])
                 or _signed_wire_copy(paragraphs, signed[0])):
        names, source = signed
        if _names_site(page, loader.get_collected_values("authors")):
            loader.replace_value("authors", names)
        if source and (agency := normalise_agency(source.split(",")[0])):
            loader.add_value("agency", agency)
        paragraphs = paragraphs[:-1]
    if paragraphs and paragraphs[0][:1] == "【" \
            and (filed := ja_correspondent_credit(paragraphs)) \
            and _names_site(page, loader.get_collected_values("authors")):
        # "【ロンドン＝岡田浩幸】…": the paper's correspondent, who stays in the text.
        loader.replace_value("authors", filed)
    found = leading_byline(paragraphs)
    if found is not None and _printed_as_heading(page, paragraphs[found[0]]):
        found = None  # a sub-heading ("Server Software", "Page Inspector"): no names
    if found is None and (not (authors := loader.get_collected_values("authors"))
                          or _names_site(page, authors)):
        found = leading_credit(paragraphs)  # "By Jane Doe, Staff Writer" as the first line
    if found is None:
        authors = loader.get_output_value("authors") or []
        if closing_credit(paragraphs, authors):
            paragraphs = paragraphs[:-1]
        elif paragraphs[-1:] and "/" in paragraphs[-1] \
                and (text := without_desk_code(paragraphs)) is not paragraphs \
                and closing_credit(text, authors):
            # "Autorka: Anna Nowak⏎an/ mok/": PAP's credit over its desk's initials, which
            # stay for the sign-off's reading (`closing_signoff`).
            paragraphs = [*text[:-1], paragraphs[-1]]
            while len(paragraphs) > 1 and closing_line(paragraphs[-1]):
                paragraphs = paragraphs[:-1]  # the calls the credit closed in
        credit = credit_line(paragraphs, loader.get_output_value("authors") or [])
        return paragraphs if credit is None else paragraphs[:credit] + paragraphs[credit + 1:]
    index, names = found
    authors = loader.get_collected_values("authors")
    if not authors or _names_site(page, authors):
        loader.replace_value("authors", names)
        if (dated := dated_tail(paragraphs[index])) and not loader.get_collected_values(
                "published_at"):
            fields.fill(loader, "published_at", [dated])  # "By Jane Doe, … December 17, 2024"
    elif {a.casefold() for a in authors} != {n.casefold() for n in names}:
        return paragraphs  # someone else is credited: the line may be anything
    return paragraphs[:index] + paragraphs[index + 1:]


def _names_own_wire(page: Page, authors: list[str]) -> bool:
    """The credited authors are only the site's own wire, by its short name ("KNA" on the
    Kenya News Agency's site): a reporter's by-line names a person where they name none."""
    wires = {normalise_agency(a) for a in authors}
    return bool(authors) and None not in wires and own_wire(page) in wires


def _names_site(page: Page, authors: list[str]) -> bool:
    """The credited authors only name the site: each one ("Vanguard News"), or all together
    (the loader splits "The Mail & Guardian" at its "&")."""
    return all(metadata.is_site_name(page, a) for a in authors) \
        or metadata.declared_site_name(page, authors) is not None


#: Paragraphs set apart as a signature: right-aligned, or all in bold.
_SIGNATURE_LIKE = etree.XPath(
    "//p[contains(@style, 'right') or @align='right' or (strong or b or em or i)]",
    smart_strings=False)


#: Five name tests in a union (put back in document order), not five `self::` tests on every
#: element: 0.39 against 1.23 ms a dev page.
_SUB_HEADINGS = etree.XPath("//body//h2 | //body//h3 | //body//h4 | //body//h5 | //body//h6")


def _printed_as_heading(page: Page, text: str) -> bool:
    """Is `text` printed as a sub-heading (`<h2>`-`<h6>`), a section's title shaped like a
    name ("<h2>Server Software</h2>" in a colophon, "<h3>Study Webtext</h3>"), not a byline
    line? (Read only for a leading line that is only names, so the walk is rare.)"""
    return any(" ".join(text_content(h).split()) == text for h in _SUB_HEADINGS(page.root))


def _signed_wire_copy(paragraphs: list[str], names: list[str]) -> bool:
    """Does copy a wire's dateline credits ("Damascus, SANA- …") close with its writer's name
    alone, a person's two or three capitalised words and no wire's (SANA's English pages:
    "<p>Hamda Mustafa</p>" under the text)?"""
    return len(names) == 1 and 2 <= len(words := paragraphs[-1].split()) <= 3 \
        and all(w[:1].isupper() and w[1:].islower() for w in words) \
        and normalise_agency(names[0]) is None and find_dateline(paragraphs[0])[1] is not None


def _printed_as_signature(page: Page, text: str) -> bool:
    """Is the paragraph printing `text` right-aligned or wholly bold, as a signature is, or
    wholly in italics (German weeklies and satire sites sign off "<p><em>Moritz
    Hürtgen</em></p>")? (Read only for a last paragraph that is only names, so the walk is
    rare.)"""
    for p in _SIGNATURE_LIKE(page.root):
        if " ".join(text_content(p).split()) != text:
            continue
        bold = "".join(text_content(b) for b in p if b.tag in ("strong", "b")).strip()
        aligned = "right" in (p.get("style") or "") or p.get("align") == "right"
        if aligned or (bold and text.startswith(bold) and len(bold) * 2 >= len(text)):
            return True
        italic = " ".join("".join(text_content(i) for i in p if i.tag in ("em", "i")).split())
        if italic == text and not (p.text or "").strip():
            return True
    return False


#: Chinese portals reposting a paper's or agency's copy open it with the headline it first
#: ran under: "（原标题：…）" (163.com), "原标题：…" (Sina). The wire's dateline follows it.
_ORIGINAL_TITLE = re.compile(r"^[（(]?原标题[:：]")


def _add_agency(loader: ArticleLoader, page: Page, paragraphs: list[str],
                desk_agency: str | None = None, notes: list[str] | None = None) -> None:
    if len(paragraphs) > 1 and _ORIGINAL_TITLE.match(paragraphs[0][:5]):
        paragraphs = paragraphs[1:]  # the reposted copy's own first paragraph holds the dateline
    dateline, agency = find_dateline(paragraphs[0]) if paragraphs else (None, None)
    if paragraphs and paragraphs[0][:1] in ("〔", "【", "[") \
            and not loader.get_collected_values("authors") \
            and (staff := staff_bracket(paragraphs[0])):
        # The Liberty Times' "〔記者林宏／台北報導〕" opening the text: its reporters, its place.
        loader.add_value("authors", staff[0])
        dateline = dateline or staff[1]
    if dateline and not agency and speaker_label(paragraphs):
        dateline = None  # a transcript's first speaker ("MARK BANNERMAN: …"), not a place
    if dateline and not loader.get_collected_values("dateline"):
        loader.add_value("dateline", dateline)
    if agency and (reporters := dateline_reporters(paragraphs[0])):
        # Chinese wire copy names its reporters in the dateline ("（记者 张三 李四）"): they are
        # the authors where the page credits only the agency (or no one).
        authors = loader.get_collected_values("authors")
        if all(normalise_agency(a) for a in authors):
            loader.replace_value("authors", reporters)
    if not loader.get_collected_values("agency"):
        names = [*loader.get_collected_values("authors"), *metadata.agency_credits(page)]
        loader.add_value("agency", agency or desk_agency or find_agency(paragraphs, names)
                         or printed_byline_agency(page)
                         or writer_comma_wire(page, loader.get_collected_values("authors"))
                         or meta_wire_credit(page)
                         or note_agency(notes or ())
                         or source_after_day(page) or labelled_source(page) or own_wire(page)
                         or reuters_closing_line(paragraphs))
    if (not loader.get_collected_values("agency") and len(paragraphs) > 1
            and len(head := paragraphs[0][:60]) > 2 and head[1].isupper()
            and (lone_place(paragraphs[0]) or colon_dateline(head)
                 or DASH_DATELINE.match(head))):
        # Copy opening with a bare dateline ("ANKARA", "TOKYO - …") on a page that credits no
        # wire: the wire's own site, whose footer's rights line names it.
        loader.add_value("agency", footer_wire(page))
    if (loader.get_collected_values("agency")
            and all(normalise_agency(a) for a in without_site_desks(
                page, loader.get_collected_values("authors")))
            and (reporters := closing_reporters(paragraphs))):
        # Reuters's copy closes "(Reporting by Will Dunham; Editing by Tom Brown)": its
        # reporters are the authors where the page credits only the agency, the site's own
        # desk ("Devdiscourse News Desk", which posted the copy) or no one.
        loader.replace_value("authors", reporters)
    if (not dateline and paragraphs and not loader.get_collected_values("dateline")
            and loader.get_collected_values("agency")
            and (place := colon_dateline(paragraphs[0]))):
        loader.add_value("dateline", place)  # "New Delhi: …", "Wien – …" opening wire copy
    if (not dateline and paragraphs and not loader.get_collected_values("dateline")
            and ", " in paragraphs[0][:40] and loader.get_collected_values("agency")
            and (place := uncredited_day_dateline(paragraphs[0]))):
        loader.add_value("dateline", place)  # "Mumbai, Oct 9 The …": the credit cut
    if (not dateline and len(paragraphs) > 1 and not loader.get_collected_values("dateline")
            and len(paragraphs[0]) <= 30 and loader.get_collected_values("agency")
            and (place := lone_place(paragraphs[0]))):
        loader.add_value("dateline", place)  # "ANKARA" alone over Anadolu's copy
    if (not dateline and paragraphs and not loader.get_collected_values("dateline")
            and DASH_DATELINE.match(paragraphs[0][:60])
            and (place := dash_dateline(paragraphs[0], _bold_lead(page, paragraphs[0])))):
        loader.add_value("dateline", place)  # "<strong>Washington</strong> — …"
    if (not dateline and paragraphs and not loader.get_collected_values("dateline")
            and ". " in paragraphs[0][:40] and (place := dot_dateline(paragraphs[0]))):
        loader.add_value("dateline", place)  # "Dar es Salaam. The …"


def own_wire(page: Page) -> str | None:
    """The wire the site is, by the name it declares for itself (og:site_name, the article's
    publisher: "Ukrinform", "Anadolu Ajansı", "Sputnik International"): a wire's own site
    credits itself nowhere else when its copy prints no dateline credit. Read last, when
    nothing on the page credits a wire.

    >>> import lxml.html
    >>> root = lxml.html.fromstring("<html><body><p>x</p></body></html>")
    >>> own_wire(Page(url="u", root=root, meta={"og:site_name": ["Ukrinform"]}))
    'Ukrinform'
    >>> own_wire(Page(url="u", root=root, meta={"og:site_name": ["Daily Courier"]})) is None
    True

    Without them, the `<title>`'s last part names the site ("Reserve Bank holds rate | AAP",
    "Gaza crisis deepens - 14.11.2023, Sputnik International"):

    >>> own_wire(Page(url="u", root=root, title_tag="Rates on hold | AAP"))
    'AAP'
    >>> own_wire(Page(url="u", root=root, title_tag="Crisis - 14.11.2023, Sputnik International"))
    'Sputnik'
    >>> own_wire(Page(url="u", root=root, title_tag="Reuters: the wire at 170")) is None
    True
    """
    if found := next(filter(None, map(_site_wire, metadata.own_names(page))), None):
        return found
    title = page.title_tag or ""
    parts = _TITLE_TAIL.split(title[-80:]) if len(title) < 300 else []
    if len(parts) < 2:
        return None
    return next(filter(None, map(_site_wire, parts[-1].split(", ")[-2:])), None)


#: The page footer's rights lines ("© Kyodo News. All Rights Reserved.", "© Anadolu Agency
#: 2024. All rights reserved.").
_FOOTER_RIGHTS = etree.XPath("//footer//text()[contains(., '©') or contains(., '(C)')"
                             " or contains(., '(c)')]", smart_strings=False)
_RIGHTS_NAME = re.compile(r"(?:©|\([cC]\))\s*(?:\d{4}\s*)?(?P<name>[^\W\d][\w .'’-]{1,40}?)"
                          r"(?:\s+\d{4})?\s*(?:[.,]|all rights|$)", re.I)


def footer_wire(page: Page) -> str | None:
    """The wire a page footer's rights line names ("© Kyodo News. All Rights Reserved."), or
    None: asked only of a page whose copy opens with a dateline and credits no wire.

    >>> import lxml.html
    >>> footer_wire(Page(url="u", root=lxml.html.fromstring("<html><body><p>x</p><footer>"
    ...     "<p>© Anadolu Agency 2024. All rights reserved.</p></footer></body></html>")))
    'Anadolu'
    >>> footer_wire(Page(url="u", root=lxml.html.fromstring("<html><body><p>x</p><footer>"
    ...     "<p>© 2024 Daily Courier. All rights reserved.</p></footer></body></html>"))) is None
    True
    """
    for text in _FOOTER_RIGHTS(page.root)[:4]:
        if (m := _RIGHTS_NAME.search(text[:120])) and (wire := _site_wire(m["name"].strip())):
            return wire
    return None


#: Wires that are newsrooms in their own right: their own pages credit no agency (a Bloomberg
#: story on its site; fixture byline-more-stories-by-link).
_NEWSROOM_WIRES = frozenset({"Bloomberg"})


def _site_wire(name: str) -> str | None:
    wire = normalise_agency(name)
    return None if wire in _NEWSROOM_WIRES else wire


#: What sets a site's name apart after the headline in a `<title>`: a bar or a dash between
#: spaces.
_TITLE_TAIL = re.compile(r"\s+[|｜\-–—]\s+")


def _bold_lead(page: Page, text: str) -> str:
    """The bold run opening the paragraph that prints `text`, or "" (read only for a text
    opening with a title-case place and a dash, so the walk is rare)."""
    for p in _SIGNATURE_LIKE(page.root):
        if p.text and p.text.strip():
            continue
        first = next(iter(p), None)
        if first is None or first.tag not in ("strong", "b"):
            continue
        if " ".join(text_content(p).split()).startswith(text[:40]):
            return text_content(first)
    return ""


def finalize(
    values: dict[str, object], *, page: Page, profile: SiteProfile | None, fetched_at: datetime,
    embedded: Iterable[str] = (),
) -> Article:
    """Computed fields: word count, content hash, extractor, schema version; version 1 until
    the Version pipeline compares it with the state. `embedded`: the paragraphs of posts
    embedded in the body, which the content hash leaves out (`content_hash`)."""
    embedded = frozenset(embedded)
    title = str(values["title"])
    body = str(values.get("body", ""))
    article = Article(
        url=page.url,
        canonical_url=_str_or_none(values.get("canonical_url")),
        site=profile.name if profile else (urlsplit(page.url).hostname or LOCAL_SITE),
        language=_str_or_none(values.get("language")),
        section=_str_or_none(values.get("section")),
        title=title,
        subtitle=_str_or_none(values.get("subtitle")),
        body=body,
        authors=list(values.get("authors") or []),  # type: ignore[call-overload]
        agency=_str_or_none(values.get("agency")),
        dateline=_str_or_none(values.get("dateline")),
        tags=list(values.get("tags") or []),  # type: ignore[call-overload]
        image_url=_str_or_none(values.get("image_url")),
        published_at=_str_or_none(values.get("published_at")),
        modified_at=_str_or_none(values.get("modified_at")),
        fetched_at=to_iso(fetched_at.astimezone(UTC)),
        word_count=word_count(body),
        content_hash=content_hash(title, body, embedded),
        version=1,
        extractor=f"site:{profile.name}" if profile else "generic",
        schema_version=SCHEMA_VERSION,
    )
    if profile and profile.post:
        article = profile.post(article)
        # The hook may rewrite the text; what is computed from it follows, so a profile
        # never repeats these formulas.
        article.word_count = word_count(article.body)
        article.content_hash = content_hash(article.title, article.body, embedded)
    return article


def content_hash(title: str, body: str, embedded: frozenset[str] = frozenset()) -> str:
    """What the Version pipeline compares: the article's text, not the page around it, nor
    the posts embedded in it (`embedded`: their paragraphs). A tweet's text is no part of the
    story's own, and an AMP copy often cannot print it (AMP for WP's `<amp-twitter>` holds the
    tweet's id alone): with it, a story and its AMP copy read as two versions of one article.

    >>> content_hash("T", "Body.")[:15]
    'sha256:a2e5069d'
    >>> content_hash("T", "Body.\\n\\nA tweet.", frozenset({"A tweet."}))[:15]
    'sha256:a2e5069d'
    """
    if embedded:
        body = "\n\n".join(p for p in body.split("\n\n") if p not in embedded)
    return "sha256:" + hashlib.sha256(f"{title}\n\n{body}".encode()).hexdigest()


def word_count(text: str) -> int:
    """Runs of word characters (`\\w+`) in `text`, counted at half the cost of findall: a
    whitespace-separated token that is all letters and digits is exactly one run, and so is
    one that is so once the punctuation at its ends is stripped ("said,", "“Yes”": no word
    character among `_EDGE_MARKS`); only the others ("U.S.", "2.1%") go through the regex.

    >>> word_count("The U.S. economy grew 2.1% — officials said.")
    9
    """
    tokens = text.split()
    # isalnum() is `\w` without "_"
    mixed = [t for t in tokens if not t.isalnum() and not t.strip(_EDGE_MARKS).isalnum()]
    return len(tokens) - len(mixed) + len(_WORD.findall(" ".join(mixed)))


#: Punctuation that opens or closes a word ("said,", "(AP)", "“Yes”"), none of it a word
#: character (`\w`): "_" is one.
_EDGE_MARKS = "!\"#$%&'()*+,-./:;<=>?@[\\]^`{|}~“”‘’«»—–…„‚‹›·•¿¡、。，：；！？（）「」『』"


def _without_spaces(text: str) -> str:
    """`text` without its white space: a printable text's only white space is " " (every
    other space, break and separator is unprintable to `str.isprintable`), which `replace`
    drops without splitting the text into words.

    >>> _without_spaces("Two words,\u00a0three."), _without_spaces("a b")
    ('Twowords,three.', 'ab')
    """
    return text.replace(" ", "") if text.isprintable() else "".join(text.split())


def _str_or_none(value: object) -> str | None:
    return str(value) if value else None
