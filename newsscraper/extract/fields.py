"""Field sources in precedence order: site rules, then metadata, then generic page reading.

Each `apply_*` adds a field only while the loader has no cleaned value for it, so the first
source (and within a source, the first rule) that yields a value wins.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from functools import lru_cache
from itertools import chain, islice
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import urlsplit

from lxml import etree

from newsscraper.extract import boilerplate as bp
from newsscraper.extract import css, generic, hydration, metadata
from newsscraper.extract.marks import COMPONENT_ATTRS, Boilerplate
from newsscraper.extract.pagekind import drupal_page, wordpress_single_post
from newsscraper.page import Element, in_comment, in_related, text_content
from newsscraper.processors import (
    clean_text,
    credit_then_day,
    dated_tail,
    is_date_line,
    normalise_agency,
    role_of_wire,
    split_authors,
    strip_site_suffix,
    unescape_entities,
)

if TYPE_CHECKING:
    from datetime import tzinfo

    from newsscraper.loaders import ArticleLoader
    from newsscraper.page import Page
    from newsscraper.sites.profile import SiteProfile

_TRANSLATOR = css.Translator()
_LIST_FIELDS = frozenset({"authors", "tags"})
#: A kicker before the headline proper: "Kicker: ", "Kicker - ", "Kicker / ", "«Quote»: ".
_KICKER = re.compile(r"^.{2,80}?(?::| [-–—/|]) ")
_KICKER_END = re.compile(r"(?::| [-–—/|]) $")
#: Class names of kicker/overline elements inside an <h1> (Dachzeile, Spitzmarke, roofline).
_KICKER_NAME = re.compile(
    r"overline|kicker|topline|roofline|dachzeile|spitzmarke|supertitle|eyebrow|flag", re.I
)
_DATE_FIELDS = frozenset({"published_at", "modified_at"})
#: A related-stories heading ends the body only after this many words of it.
STOP_AFTER_WORDS = 60
#: A paragraph this long right after a related-stories heading means the article goes on.
LONG_PARAGRAPH_WORDS = 40
#: … also after at most this many link blocks (over this link density) of an inline box.
INLINE_BOX_LINKS = 2
LINK_BLOCK_DENSITY = 0.6
#: What follows the last <hr> is set apart when it has at most this share of the words above
#: (about a third: a two-paragraph company profile under a 350-word release).
SET_APART_SHARE = 0.35
#: A repeated label beside a paragraph of this many words is a widget's (`_repeated_labels`).
LABEL_NEIGHBOUR_WORDS = 15
#: A standfirst shares an ancestor with the <h1> at most this many levels above the <h1>.
STANDFIRST_REACH = 2
#: The visible "last modified" line is searched this many levels above the <h1>.
DATE_LINE_REACH = 5

# Generic standfirst, byline and headline locations (named constants, not inline selectors).
# Name tests first: a predicate on every element (`.//*[@class][self::p or …]`) is ~8x slower.
#: A standfirst is a sentence or two; a longer "lead" paragraph, even classed so (the bold
#: opening of Austrian and German papers' text: `p.article-leadtext`), is the text's first
#: paragraph, and stays in the body.
MAX_STANDFIRST_CHARS = 320
SUBTITLE_XPATH = etree.XPath(
    "descendant::p[@class] | descendant::div[@class] | descendant::h2[@class] | "
    "descendant::h3[@class] | descendant::span[@class]"
)
SUBTITLE_TOKEN = re.compile(
    # A one-letter block prefix before "summary" (Il Sole 24 Ore's "atitle", "asummary").
    r"^(?:.*[-_]|[a-z](?=summary$))?(?:standfirst|subtitle|sub-?title|dek|subheadline|sub-?headline|excerpt|"
    r"lead|lede|deck|sub-?deck|strapline|summary|intro|teaser-?text|article-?teaser|desc|description|"
    # German CMSs' "leadText"/"lead-text" and the Vorspann (standfirst).
    r"lead-?text|intro-?text|vorspann|"
    # FOCUS Online's teaser paragraph ("leadIn"); News24's "article__synopsis".
    r"lead-?in|synopsis|"
    # The Nordic papers' name for it: "ingress" (Norwegian, Swedish, Danish), "ingressi".
    r"ingress|ingressi|"
    # Brazilian papers' "linha fina" (the line under the headline): "linha-fina-noticia".
    r"linha-?fina(?:-\w+)?|"
    # Iberian and Italian names: "entrada", "entradilla", "sumario", Argentina's "bajada",
    # "sommario".
    r"entrada|entradilla|sumario|bajada|sommario|"
    r"subheader|sub-?header|"
    # Korean CMSs' abbreviation: "sub_tit", "subtit" (the line under the headline).
    r"sub[-_]?tit|"
    # The headline's own sub-line named after it: "title-sub" (The Kathmandu Post), "title_sub".
    r"title[-_]?sub|"
    r"chapo|chapeau)"
    # A camelCase component name ("leadModule", La Presse's standfirst).
    r"(?:Module)?$",
    re.I,
)
#: A CSS Modules name (Next.js: "[component]_[local]__[hash]", "NewsHeader_lead__kJ4rH"):
#: five base64 characters, one a capital or digit ("summary__title" is BEM, no hash).
_CSS_MODULE_HASH = re.compile(r"__(?=[\w-]*[A-Z0-9])[\w-]{5}$")
#: What makes an element of the body a printed byline.
BYLINE_TESTS = (
    # rel="schema:author": RDFa, as Drupal prints a node's author.
    "[@rel='author' or @rel='schema:author' or @itemprop='author' or contains(@class,'byline') or "
    # PascalCase components (React, CSS Modules: "Byline", "Byline-name", "Byline_name__x1Yz").
    "contains(@class,'Byline') or "
    "contains(@class,'author-name') or contains(@class,'author__name') or "
    # Portuguese, Spanish and Italian class names: "autor-noticia", "autore"; Corriere
    # della Sera's `span.writer` ("di Francesca Basso").
    "contains(concat(' ', normalize-space(@class)), ' autor') or "
    "contains(concat(' ', normalize-space(@class), ' '), ' writer ') or "
    # Spanish templates' signature line ("firma": "Por Redacción, con EFE").
    "contains(concat(' ', normalize-space(@class), ' '), ' firma ') or "
    # camelCase components ("authorModule": "Caroline Plante La Presse Canadienne").
    "contains(@class,'authorModule') or "
    "contains(concat(' ', normalize-space(@class), ' '), ' author ') or "
    # French templates' "auteur" ("article-auteur", "nom-auteur": "Par Koné Mamadou").
    "contains(concat(' ', normalize-space(@class), ' '), '-auteur ') or "
    "contains(concat(' ', normalize-space(@class), ' '), ' auteur ') or "
    # A bare <span> classed "…-author" (Arena Holdings' `span.heading-author`: "Reuters").
    "(self::span and not(*) and contains(concat(' ', normalize-space(@class), ' '), '-author '))"
    " or "
    "contains(@class, '__author ') or substring(@class, string-length(@class) - 7) = '__author' or "
    # A CSS Modules name ("ContentMetaInfo_author__Nb5xE": "[component]_author__[hash]").
    "contains(@class, '_author__') or "
    # The BEM element in the plural, for a line of several credits (Le Figaro's
    # "fig-content-metas__authors": "Par Le Figaro avec AFP").
    "contains(@class, '__authors ') or "
    "substring(@class, string-length(@class) - 8) = '__authors' or "
    # A link to the author's page, but not a menu's, the "Authors" index link or an author
    # box's button to the archive ("View all posts", WordPress's "View all posts by %s").
    # US papers link the writer's staff page (Gannett: "/staff/2647523001/jane-doe/").
    "self::a[(contains(@href, '/autor') or contains(@href, '/author') or "
    "contains(@href, '/staff/')) and "
    "not(ancestor::nav or ancestor::footer or ancestor::li[contains(@class, 'menu')]) and "
    "not(contains(translate(., 'AUTHOR', 'author'), 'autor') or "
    "contains(translate(., 'AUTHOR', 'author'), 'author') or "
    "contains(translate(., 'STAF', 'staf'), 'staff') or "
    "contains(translate(., 'POST', 'post'), 'posts'))]]"
    # Nor is such a button marked rel="author" (Twenty Twenty-One's author bio: "View all of
    # %s's posts."): a link whose text speaks of posts names no one.
    "[not(self::a and contains(translate(., 'POST', 'post'), 'posts'))]"
    # Commenters are not the authors, nor are the bylines of a related-posts block's teasers
    # (WordPress themes print one under each: "related-posts-wrapper", "jp-relatedposts").
    # A <body> class is a page-wide setting, not such a block.
    "[not(ancestor::*[contains(@class, 'comment') or contains(@id, 'comment') or "
    "contains(@class, 'related') and not(self::body)])]"
    # Nor is a photo's credit in its caption (BLOX prints it as a `tnt-byline` too:
    # "Jacquelyn Maren - staff, AP").
    "[not(ancestor::figcaption)]"
    # Nor is the web producer a line under the text names by "Published By:" / "Edited By:"
    # (India Today's desk credit after an agency byline): who posted it, not who wrote it.
    "[not(self::a and (starts-with(translate(normalize-space(..), 'PUBLISHEDBY', "
    "'publishedby'), 'published by:') or starts-with(translate(normalize-space(..), "
    "'EDITBY', 'editby'), 'edited by:')))]"
    # Nor is the byline of a teaser card in a posts block not classed "related" (Newspack's
    # Homepage Posts block as "More stories" inside the post's content): its nearest
    # <article> is the card, which links its own headline and holds no <h1> and at most an
    # excerpt (a post's <article> without its <h1>, as Drupal prints one, has paragraphs).
    "[not(ancestor::article[1][not(.//h1)]"
    "[.//h2/a or .//h3/a or .//h4/a or .//a/h2 or .//a/h3][not((.//p)[3])])]"
)
BYLINE_XPATH = etree.XPath("//body//*" + BYLINE_TESTS)
#: Every element BYLINE_TESTS can accept has one of these attributes (keep the two in step:
#: tests/test_fields.py checks it on every fixture). Stepping to the attribute and back
#: (`//@class[…]/..`) visits only elements that have one, and the tests then run on a few
#: candidates: on every element of the body they cost ~2 ms a page.
_BYLINE_CANDIDATES = (
    # 'aut' for author, auteur, autor(e); 'yline' for byline and Byline: each contains() is
    # tried on every class of the body (four cost 0.58 ms a page where seven cost 0.88), and
    # BYLINE_TESTS then sorts the few extra candidates ("autoplay") out.
    "{0}*/@class[contains(., 'aut') or contains(., 'yline') or contains(., 'writer')"
    " or contains(., 'firma')]/.. | "
    "{0}*/@rel[. = 'author' or . = 'schema:author']/.. | {0}*/@itemprop[. = 'author']/.. | "
    "{0}a/@href[contains(., '/aut') or contains(., '/staff/')]/.."  # '/aut': autor, author
)
BYLINE_CANDIDATES_XPATH = etree.XPath(_BYLINE_CANDIDATES.format("//body//"))
#: The same from the page's one <body>: `descendant::` from it is cheaper than `//body//`.
_BYLINE_CANDIDATES_IN_BODY = etree.XPath(_BYLINE_CANDIDATES.format("descendant::"))
_IS_BYLINE = etree.XPath("self::*" + BYLINE_TESTS)
# Compiled once, like the above (a string passed to .xpath() is compiled on every call).
_SECOND_P = etree.XPath(".//p[2]")
#: An author box marked up as schema.org Person: its "description" is the author's bio.
_IN_AUTHOR_SCOPE = etree.XPath("boolean(ancestor-or-self::*[@itemprop = 'author'])")

@lru_cache(maxsize=512)
def _compiled(css: str) -> etree.XPath:
    return etree.XPath(_TRANSLATOR.css_to_xpath(css))


@lru_cache(maxsize=64)
def _compiled_union(rules: tuple[str, ...]) -> etree.XPath:
    """All of a profile's drop selectors as one selector group, whose class (and id)
    selectors the translator tests in one pass over the tree instead of one per selector (a
    profile lists a dozen); see `css.merged`."""
    return etree.XPath(_TRANSLATOR.css_to_xpath(", ".join(rules)))


def css_first(root: Element, css: str) -> Any:
    """First match of a CSS selector (parsel dialect, so ::text and ::attr() work)."""
    found = _compiled(css)(root)
    return found[0] if found else None


def css_strings(root: Element, css: str) -> list[str]:
    """Texts of every match: element text content, or the string for ::text / ::attr()."""
    return [m if isinstance(m, str) else text_content(m) for m in _compiled(css)(root)]


def fill(loader: ArticleLoader, field: str, values: Iterable[Any]) -> bool:
    """Add `values` to an empty field; True when the field now has a value."""
    if loader.get_collected_values(field):
        return True
    loader.context["field"] = field
    if field in _DATE_FIELDS:
        # Parsing a date can cost milliseconds: stop at the first candidate that parses.
        for value in values:
            loader.add_value(field, value)
            if loader.get_collected_values(field):
                # The text read, should the page's zone be learnt only later (`redate`).
                loader.context.setdefault("date_sources", {})[field] = value
                return True
        return False
    values = list(values)
    if not values:
        return False
    loader.add_value(field, values)
    return bool(loader.get_collected_values(field))


def redate(loader: ArticleLoader, zone: tzinfo) -> None:
    """Read the dates again in `zone`, a newsroom zone learnt after they were read (from the
    body's wire credit): naive page times move to it, stamps with an offset keep their instant."""
    loader.context["tz"] = zone
    for field, raw in loader.context.get("date_sources", {}).items():
        loader.context["field"] = field
        loader.replace_value(field, raw)


def apply_site_rules(loader: ArticleLoader, page: Page, profile: SiteProfile) -> None:
    """Profile CSS rules (first rule that matches), and its visible-date patterns."""
    for field in ("section", "title", "subtitle", "authors", "tags", "published_at",
                  "modified_at", "image_url", "agency", "dateline"):
        for rule in profile.fields.for_field(field):
            if fill(loader, field, css_strings(page.root, rule)):
                break
    for field, pattern in profile.compiled_date_patterns:
        value = visible_date(page, pattern)
        if value:
            fill(loader, field, [value])


def apply_metadata(loader: ArticleLoader, page: Page) -> None:
    """JSON-LD, OpenGraph and <meta> for whatever is still empty."""
    fill(loader, "canonical_url", metadata.canonical(page))
    fill(loader, "language", metadata.language(page))
    fill(loader, "title", _headline(page))
    fill(loader, "section", metadata.section(page))
    if fill(loader, "authors", metadata.authors(page)):
        _drop_non_names(loader, page)
        _add_printed_coauthors(loader, page)
    if fill(loader, "tags", metadata.tags(page)):
        _prefer_printed_tags(loader, page)
    fill(loader, "image_url", metadata.image(page))
    stated: list[str] = []
    fill(loader, "published_at", _noting(metadata.published(page), stated))
    fill(loader, "modified_at", metadata.modified(page))
    if not stated:
        # A client-rendered page may state its dates only in the state its scripts hydrate.
        # Looked for only then: scanning the raw page costs (0.2-0.5 ms).
        for field in ("published_at", "modified_at"):
            fill(loader, field, filter(None, [hydration.state_date(page, field)]))


_LINKS_NAMED = etree.XPath("descendant::a[normalize-space(.) = $name]")
_BYLINE_GLUE = re.compile(r"^[\s,&]*(?:and[\s,&]*)?$")


def _add_printed_coauthors(loader: ArticleLoader, page: Page) -> None:
    """Ghost's JSON-LD names only a post's primary author, and its byline prints them all as
    links in the headline's header ("<a>Ritika Sharma</a>, <a>IANS</a>"): when the one
    declared author is printed there as a link beside more linked names, and nothing but
    separators between them, the byline's names are the authors.

    >>> import lxml.html
    >>> from newsscraper.loaders import ArticleLoader
    >>> from newsscraper.page import Page
    >>> page = Page(url="u", root=lxml.html.fromstring(
    ...     '<html><body><main><header><h1>T</h1><h4><a href="/author/a/">Jane Doe</a>, '
    ...     '<a href="/author/b/">IANS</a></h4></header><p>x</p></main></body></html>'))
    >>> loader = ArticleLoader().add_value("authors", "Jane Doe")
    >>> _add_printed_coauthors(loader, page)
    >>> loader.get_collected_values("authors")
    ['Jane Doe', 'IANS']
    """
    names = loader.get_collected_values("authors")
    header = headline_block(page) if len(names) == 1 else None
    if header is None or len(list(islice(header.iter("a"), 2))) < 2:
        return  # co-authors are links beside the declared one
    for link in _LINKS_NAMED(header, name=names[0]):
        byline = link.getparent()
        links = [a for a in byline if a.tag == "a"]
        # The byline says nothing but the linked names: no sentence that links people.
        glue = [byline.text or "", *(a.tail or "" for a in links[:-1])]
        if len(links) > 1 and all(_BYLINE_GLUE.match(g) for g in glue) \
                and not (links[-1].tail or "").strip():
            loader.replace_value("authors", [clean_text(text_content(a)) for a in links])
            return


def _prefer_printed_tags(loader: ArticleLoader, page: Page) -> None:
    """All in One SEO pads its article:tag list with the post's categories and keywords,
    lowercased ("floods", "assam"): when the metadata tags name the section too, the
    article's printed tag links are its tags, if the metadata names each of them.
    (Looked at only then: the article's links cost an XPath.)"""
    tags = {t.casefold() for t in loader.get_collected_values("tags")}
    section = loader.get_collected_values("section")
    if not section or section[0].casefold() not in tags:
        return
    printed = [t.strip(" #,;") for t in _link_texts(_printed_tag_links(page))]
    if printed and all(t.casefold() in tags for t in printed):
        loader.replace_value("tags", printed)


def _noting(values: Iterable[str], into: list[str]) -> Iterator[str]:
    """`values`, each also appended to `into` as it is taken."""
    for value in values:
        into.append(value)
        yield value


def apply_generic(loader: ArticleLoader, page: Page, layout: Layout) -> None:
    """Visible page text for what metadata did not give: standfirst, byline, section, tags,
    lead image, dates (`PRINTED_SOURCES`)."""
    if not loader.get_collected_values("subtitle"):
        found = _standfirst(page, layout.marks)
        place, text = place_stamp(found) if found is not None else (None, "")
        if found is not None and fill(loader, "subtitle", [text]):
            layout.standfirst = found
            if place and not loader.get_collected_values("dateline"):
                loader.add_value("dateline", place)
    if not loader.get_collected_values("authors"):
        bylines = _printed_byline_elements(page)
        if layout.following is not None:  # the next story's byline names its own writers
            bylines = [el for el in bylines if layout.following not in el.iterancestors()]
        named = [] if bylines else _component_bylines(page)
        texts = [_spaced_text(el) for el in bylines] or [_credit_text(el) for el in named]
        bylines = bylines or named
        if texts and (filed := agency_place(texts[0])):
            texts[0] = filed[0]  # "UNB, Dhaka": the wire, and the place it filed from
            if not loader.get_collected_values("dateline"):
                loader.add_value("dateline", filed[1])
        if fill(loader, "authors", texts):
            # The byline read is never body text, where a theme prints it inside the text's
            # container under a class no boilerplate rule names ("author": name, role and
            # handle in sibling <span>s). A link inside a sentence stays: it is the sentence's.
            layout.marks.add(el for el in bylines
                             if el.tag != "a" and next(el.iterancestors("p"), None) is None)
        _drop_site_names(loader, page)
    # Each source is read only while its field is empty: the XPaths cost.
    for field, sources in PRINTED_SOURCES:
        for source in sources:
            if loader.get_collected_values(field):
                break
            fill(loader, field, source(page))


#: The place a wire's byline names after it: one or two capitalised words ("Dhaka", "New Delhi").
_BYLINE_PLACE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?")


def agency_place(byline: str) -> tuple[str, str] | None:
    """A wire credited with the place it filed from ("UNB, Dhaka"; Bangladeshi and
    Pakistani papers): (the wire, the place), else None.

    >>> agency_place("UNB, Dhaka"), agency_place("PTI, New Delhi")
    (('UNB', 'Dhaka'), ('PTI', 'New Delhi'))
    >>> agency_place("Jane Doe, Dhaka"), agency_place("AFP, Reuters"), agency_place("UNB")
    (None, None, None)
    """
    wire, comma, place = byline.rpartition(",")
    wire, place = wire.strip(), place.strip()
    if comma and _BYLINE_PLACE.fullmatch(place) and normalise_agency(wire) \
            and not normalise_agency(place):
        return wire, place
    return None


def _printed_byline_elements(page: Page) -> list[Element]:
    return [el for el in printed_bylines(page, limit=5, skip=_no_names) if not _ADMIN_LINK(el)]


#: Bylines named by their component where the classes are hashes (BBC News:
#: `[data-component="byline-block"]` around `[data-testid="byline-new-contributors"]`).
_COMPONENT_BYLINES = etree.XPath(
    "descendant::*/@data-testid[contains(., 'byline')]/.. | "
    "descendant::*/@data-component[contains(., 'byline')]/..")
_CREDIT_BLOCKS = frozenset({"div", "p", "li"})


def _component_bylines(page: Page) -> list[Element]:
    """The first component-named byline that names people alone (not the block that also
    prints the date), looked for only when no byline is marked the usual ways."""
    bodies = page.bodies()
    found = _COMPONENT_BYLINES(bodies[0]) if len(bodies) == 1 else []
    return [el for el in found if not _no_names(el)][:1]


def _credit_text(el: Element) -> str:
    """A byline's text with its lines apart: name and role printed in separate blocks
    ("<span>Katy Austin</span><div>Transport correspondent</div>", one such block per
    contributor) are separate credits, so the role is never read as part of the name.

    >>> import lxml.html
    >>> _credit_text(lxml.html.fragment_fromstring('<div><div><span>Jane Doe</span>'
    ...     '<div>Transport correspondent</div></div><div><span>John Roe</span></div></div>'))
    'Jane Doe, Transport correspondent, John Roe'
    """
    if not any(child.tag in _CREDIT_BLOCKS for child in el):
        return _spaced_text(el)
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str):
            parts.append(_credit_text(child))
        parts.append(child.tail or "")
    return ", ".join(p.strip() for p in parts if p.strip())


def printed_byline_agency(page: Page) -> str | None:
    """The wire a printed byline credits beside the name ("By Jane Doe, PA Political
    Correspondent"): the names are cleaned of it, and JSON-LD authors never print it. Read
    only when nothing else credits a wire, and only after a name: a byline of initials
    alone ("PA" for Povilas Aleksandravičius) credits no one. Looked for in the few elements
    after the headline, where such a byline sits: on most pages no wire is credited at all,
    and the search of the whole body cost 0.3 ms (10 % of an extraction)."""
    h1s = page.h1s()
    for sibling in islice(h1s[0].itersiblings(), DATE_LINE_SIBLINGS) if h1s else ():
        for el in (sibling, *(_BYLINE_CANDIDATES_IN_BODY(sibling) if len(sibling) else ())):
            if not _IS_BYLINE(el) or _no_names(el):
                continue
            parts = split_authors(_spaced_text(el))
            for part in parts[1:]:
                if agency := normalise_agency(part):
                    return agency
            # Or in the staff role after the name: "Pedro Peduzzi - Repórter da Agência Brasil".
            return role_of_wire(parts[0]) if parts else None  # else the byline names no wire
    return None


def _in_scope(find: Callable[[Element], Iterable[str]], first: bool = True
              ) -> Callable[[Page], Iterable[str]]:
    """A source reading the article around the headline (`article_scope`): its first value."""
    return lambda page: islice(find(article_scope(page)), 1 if first else None)


def _in_header(find: Callable[[Element], Iterable[str]], first: bool = True
               ) -> Callable[[Page], Iterable[str]]:
    """A source reading the headline's header block (`headline_block`), when there is one."""
    def source(page: Page) -> Iterable[str]:
        header = headline_block(page)
        return () if header is None else islice(find(header), 1 if first else None)
    return source


def _image_srcs(xpath: etree.XPath) -> Callable[[Element], Iterator[str]]:
    return lambda scope: (image_src(img) for img in xpath(scope))


_MODIFIED_TEXTS = {lang: etree.XPath(xpath) for lang, xpath in bp.MODIFIED_TEXT_XPATHS.items()}


def _visible_modified(page: Page) -> list[str]:
    texts = _MODIFIED_TEXTS.get((page.lang or "")[:2].lower(), _MODIFIED_TEXTS[""])
    return list(filter(None, [visible_date(page, bp.MODIFIED_LINE, texts)]))


def _visible_published(page: Page) -> list[str]:
    # Portals without date metadata print "First Published: Dec 17 2024 | 11:42 AM IST" (the
    # "Last Updated" line beside it is the modified time, read before).
    return list(filter(None, [visible_date(page, PUBLISHED_LINE, _PUBLISHED_TEXTS)]))


def _headline_tag_label(page: Page) -> Iterable[str]:
    """The tag label above the headline in its header block (`_tag_label_above`). The
    headline is the page's (`Page.h1s`), which may be a titled <h2> standing in for an <h1>
    (POLITICO's `<h2 class="headline">`): the block then holds no <h1> at all."""
    if headline_block(page) is None:
        return ()
    return islice(_link_texts(_tag_label_above(page.h1s()[0])), 1)


#: How many elements after the headline may hold its date line (the byline, a share bar…).
DATE_LINE_SIBLINGS = 4


#: One date and its label ("Published: Dec 17, 2024, 1:03 pm IST").
SHORT_DATE_LINE_CHARS = 60


def _date_lines_after(h1s: list[Element]) -> Iterator[str]:
    """Lines that are only a date, in the few elements printed after the headline (a theme
    that prints "Dec 17, 2024 | 01:03 PM IST" without a class, `<time>` or metadata).

    >>> import lxml.html
    >>> article = lxml.html.fragment_fromstring('<article><h1>T</h1><p>By Jane Doe</p>'
    ...     '<div><span>Dec 17, 2024 | 01:03 PM IST</span></div><p>Text.</p></article>')
    >>> list(_date_lines_after([article.find("h1")]))
    ['Dec 17, 2024 | 01:03 PM IST']

    An unmarked byline line gives the date it prints after the name:

    >>> article = lxml.html.fragment_fromstring('<article><h1>T</h1><div class="entry-meta">'
    ...     'By Jane Doe | December 17, 2024 1:03 pm</div><p>Text.</p></article>')
    >>> list(_date_lines_after([article.find("h1")]))
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
    >>> list(_date_lines_after([article.find("h1")]))
    ['17.12.2024, 13:03']
    """
    for h1 in h1s:
        h1 = _headline_wrapper(h1)
        siblings = chain(islice(h1.itersiblings(), DATE_LINE_SIBLINGS),
                         islice(h1.itersiblings(preceding=True), 1))
        for sibling in siblings:
            long_line = None  # both dates in one block: an element inside may hold one alone
            quoted: set[Element] = set()
            for el in sibling.iter():
                if el.tag == "blockquote" or el.getparent() in quoted:
                    quoted.add(el)  # an embedded post's own date ("— Police (@x) <a>Dec 17…")
                    continue
                text = clean_text(text_content(el)) or ""
                if len(text) <= MAX_DATED_BY_LINE_CHARS and _AUTHOR_BOX_NAME.match(text):
                    # An unmarked one-line byline: "By Jane Doe | December 17, 2024".
                    text = dated_tail(_UPDATED_LABEL.split(text, maxsplit=1)[0])
                if el is sibling and (credited := credit_then_day(text)):
                    text = credited[1]  # "MENA , Tuesday 17 Dec 2024": the day
                if is_date_line(text):
                    if len(text) <= SHORT_DATE_LINE_CHARS:
                        long_line = None
                        yield _UPDATED_LABEL.split(text, maxsplit=1)[0].strip(_LINE_SEPARATORS)
                        break
                    long_line = long_line or text
            if long_line:
                yield _UPDATED_LABEL.split(long_line, maxsplit=1)[0].strip(_LINE_SEPARATORS)


#: How many wrappers around the headline `_headline_wrapper` climbs.
HEADLINE_WRAPPERS = 2


def _headline_wrapper(h1: Element) -> Element:
    """The outermost of the few wrappers holding the headline alone
    (`<div class="articleIdentH1"><h1>…</h1></div>`) or with only its dek (the Express:
    `<header><h1>…</h1><h3>…</h3></header>`; Sky News: `<div class="…__wrap"><div><h1>…
    </h1></div><p class="…__sub-title">…</p></div>`): the byline and date lines follow it.

    >>> import lxml.html
    >>> header = lxml.html.fragment_fromstring('<div><div class="wrap"><div><h1>T</h1></div>'
    ...     '<p class="header__sub-title">Dek</p></div><p>Jane Doe</p><p>17 Dec 2024</p></div>')
    >>> _headline_wrapper(header.find(".//h1")).get("class")
    'wrap'
    >>> header = lxml.html.fragment_fromstring('<div><h1>T</h1><p>17 Dec 2024</p></div>')
    >>> _headline_wrapper(header.find("h1")).tag  # a plain line beside it: may be the date
    'h1'
    """
    for _ in range(HEADLINE_WRAPPERS):
        parent = h1.getparent()
        if parent is None or parent.tag in _FRAME_TAGS or not (
                len(parent) == 1 or (len(parent) == 2 and h1.getprevious() is None and (
                    (dek := h1.getnext()).tag in _DEK_HEADINGS
                    or names_say_standfirst(dek.get("class") or "")))):
            break
        h1 = parent
    return h1


def _credit_before_day(page: Page) -> Iterator[str]:
    """The credit of a line after the headline (or its lone wrapper) that prints it, a comma,
    then the day (Ahram Online's "MENA , Tuesday 17 Dec 2024"): the byline.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> list(_credit_before_day(Page(url="u", root=lxml.html.document_fromstring(
    ...     '<html><body><div><div><h1>T</h1></div><div class="date">Amr Kandil , Tuesday 17 '
    ...     'Dec 2024</div><div><p>Text.</p><p>More.</p></div></div></body></html>'))))
    ['Amr Kandil']

    Or its first part, beside the share buttons (China Daily's `div.info`: `span.info_l`
    "Xinhua | Updated: 2024-12-16 10:27", then `span.info_r`):

    >>> list(_credit_before_day(Page(url="u", root=lxml.html.document_fromstring(
    ...     '<html><body><div><h1>T</h1><div class="info"><span>Xinhua | Updated: 2024-12-16 '
    ...     '10:27</span><span><a>Facebook</a></span></div><div><p>Text.</p></div></div>'
    ...     '</body></html>'))))
    ['Xinhua']
    """
    h1s = page.h1s()
    h1 = h1s[0] if h1s else None
    parent = h1.getparent() if h1 is not None else None
    if parent is not None and len(parent) == 1 and parent.tag not in _FRAME_TAGS:
        h1 = parent
    for sibling in islice(h1.itersiblings(), DATE_LINE_SIBLINGS) if h1 is not None else ():
        for el in (sibling, sibling[0]) if len(sibling) and sibling[0].tag == "span" \
                else (sibling,):
            credited = credit_then_day(clean_text(text_content(el)) or "")
            if credited:
                yield credited[0]
                return


#: A one-line byline with its date: the longest name line plus a date line.
MAX_DATED_BY_LINE_CHARS = 140


#: How many elements before the headline (or its block) may hold its date line.
DATE_LINE_SIBLINGS_BEFORE = 2


def _date_line_above(page: Page) -> Iterator[str]:
    """A line that is only a date in the element just above the headline's block: Xinhua's
    header prints the date, in pieces, and the source before the <h1> ("<span class="year">
    2024</span><span class="day">12/17</span><span class="time">13:03:26</span>").

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> list(_date_line_above(Page(url="u", root=lxml.html.document_fromstring(
    ...     '<html><body><div><div><span class="year">2024</span> <span class="day">12/17'
    ...     '</span> <span>13:03:26</span></div><div>来源：新华网</div></div>'
    ...     '<div><h1>T</h1></div><div><p>Text.</p><p>More.</p></div></body></html>'))))
    ['2024 12/17 13:03:26']
    """
    h1s = page.h1s()
    start = headline_block(page) if h1s else None
    start = h1s[0] if start is None and h1s else start
    for sibling in islice(start.itersiblings(preceding=True), DATE_LINE_SIBLINGS_BEFORE) \
            if start is not None else ():
        for el in sibling.iter():
            text = clean_text(text_content(el)) or ""
            if len(text) <= 60 and is_date_line(text):
                yield text
                return


#: rel-tag links (microformats; WordPress prints rel="category tag" for a post's categories and
#: rel="tag" for its tags) in the article: the printed section and tags.
_CATEGORY_LINKS = etree.XPath(
    "descendant::a[contains(concat(' ', normalize-space(@rel), ' '), ' category ')]")
_TAG_LINKS = etree.XPath(
    "descendant::a[contains(concat(' ', normalize-space(@rel), ' '), ' tag ') and "
    "not(contains(concat(' ', normalize-space(@rel), ' '), ' category '))]")
_TAG_LINKS_BEFORE = etree.XPath(
    "preceding::a[contains(concat(' ', normalize-space(@rel), ' '), ' tag ')]")


def _printed_tag_links(page: Page) -> list[Element]:
    """The article's rel="tag" links but those above the headline: themes print the post's
    category there with rel="tag" alone (Kadence's category label), the section, not a tag.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> html = ('<article><a rel="tag" href="/assam/">Assam</a><h1>T</h1><p>x</p>'
    ...         '<a rel="tag" href="/tag/floods/">Floods</a></article>')
    >>> [a.text for a in _printed_tag_links(Page(url="u", root=lxml.html.fromstring(html)))]
    ['Floods']
    """
    links: list[Element] = _TAG_LINKS(article_scope(page))
    h1s = page.h1s()
    if links and h1s:
        before = set(_TAG_LINKS_BEFORE(h1s[0]))
        links = [a for a in links if a not in before]
    return links


#: Drupal links a node's terms to /taxonomy/term/<id> and prints no rel; with Pathauto the
#: links are aliases ("/tags/disasters"), and only the field's wrapper, classed by field
#: name (core's Tags field: "field--name-field-tags"), says they are the tags (read on
#: Drupal's pages only: the walk over every class costs).
_TERM_LINKS = etree.XPath("descendant::a[contains(@href, '/taxonomy/term/')]")
_FIELD_TAG_LINKS = etree.XPath(
    "(descendant::*/@class[contains(., 'field--name-field-tags')]/..)[1]/descendant::a")
#: German papers' topic pages ("Themen: <a href=/thema/wohnungsbau/>"), outside the text.
_THEMA_LINKS = etree.XPath("descendant::a[contains(@href, '/thema/')][not(ancestor::p)]")
#: Italian papers' likewise ("Argomenti: <a href=/argomenti/ftse-mib>", Il Sole 24 Ore's and
#: Corriere's topic pages).
_ARGOMENTI_LINKS = etree.XPath(
    "descendant::a[contains(@href, '/argomenti/')][not(ancestor::p)]")


def _term_links(page: Page) -> Iterator[str]:
    """Tags linked to the CMS's term pages, when no rel="tag" link is printed."""
    scope = article_scope(page)
    links = _printed_tag_links(page) or _TERM_LINKS(scope)
    if not links and drupal_page(page):
        links = _FIELD_TAG_LINKS(scope)
    if not links and (page.lang or "").lower().startswith("de"):
        links = _THEMA_LINKS(scope)
    elif not links and (page.lang or "").lower().startswith("it"):
        links = _ARGOMENTI_LINKS(scope)
    return _link_texts(links)
#: A list classed "tags" inside the element the page's schema.org microdata marks as the
#: article around the headline (Joomla's com_tags layout prints <ul class="tags list-inline">
#: <li><a href="/component/tags/tag/…"> there, with no rel="tag"): its links, when they are all
#: the list says (a line of names, not a paragraph that mentions tags). Only the microdata
#: item is searched: the whole article scope costs ~0.06 ms a page on the dev corpus.
_MICRODATA_ARTICLE = etree.XPath(
    "ancestor::*[@itemscope][contains(@itemtype, 'Article') or "
    "contains(@itemtype, 'BlogPosting')][1]")
_TAG_LISTS = etree.XPath(
    "descendant::*/@class[contains(concat(' ', normalize-space(.), ' '), ' tags ') or "
    # A prefixed class too: "post-tags", BEM blocks ("fig-tags").
    "contains(concat(' ', normalize-space(.), ' '), '-tags ')]/..")
#: The <article> that holds the headline, when no microdata names the item, and the lists
#: among its own children (the whole <article>'s classes cost ~1 % of extraction).
_HEADLINE_ARTICLE = etree.XPath("ancestor::article[1]")
_CHILD_TAG_LISTS = etree.XPath(
    "*/@class[contains(concat(' ', normalize-space(.), ' '), ' tags ') or "
    "contains(concat(' ', normalize-space(.), ' '), '-tags ') or "
    # "tag-list": the block of topic links under the text of British regional templates.
    "contains(concat(' ', normalize-space(.), ' '), ' tag-list ') or "
    # BEM and camelCase blocks: "news-detail__tags" (1C-Bitrix), "article__tags", "newsTags".
    "contains(concat(' ', normalize-space(.), ' '), '_tags ') or "
    "contains(concat(' ', normalize-space(.), ' '), 'Tags ') or "
    # A block named for its tags first: "tags-wrapper", "tags-list", "tags-box".
    "contains(concat(' ', normalize-space(.)), ' tags-') or "
    # A CSS Modules block, its name between the file's and the hash ("styles_tags__x1Y2z",
    # "styles_topics__t7Ju3": Mediahuis's "Read more on" topic links under the text).
    "contains(., '_tags__') or contains(., '_topics__')]/.. | "
    # BBC News's "Related topics" block, named by its component (its classes are hashes);
    # ABC News's "Topic:" list ("TopicList"), as React components name it.
    "*/@data-component[. = 'tags' or . = 'TagList' or . = 'TopicList']/..")
#: Deeper in that <article>, a list classed "-tags" in the wrappers around the text (Fox
#: News's `div.article-tags`, "Related Topics", in the footer of the text's column, four levels
#: down): looked for only when no child lists it, and never inside the text's paragraphs.
#: Or "-topics" (`div.article-topics`, "Read more: <a href=/topic/…>" under an Israeli
#: WordPress paper's text).
_NESTED_TAG_LISTS = etree.XPath(
    "(*/*/@class | */*/*/@class | */*/*/*/@class)"
    "[contains(concat(' ', normalize-space(.), ' '), '-tags ') or "
    "contains(concat(' ', normalize-space(.), ' '), '-topics ')]/..")
#: A box of tags named in the singular ("box-tag", VnExpress's `div.box-tag` of `h4.item-tag`
#: links) in a block after the headline, one level down (the text column's footer), or a
#: BEM block of tags ("tags__container", India Today's under the text).
_FOOTER_TAG_BOXES = etree.XPath(
    "following-sibling::*/*/@class[contains(concat(' ', normalize-space(.), ' '), '-tag ') or "
    "contains(concat(' ', normalize-space(.)), ' tags__')]/..")
#: The article's tag list beside the header block, after it, where no <article> holds the
#: story (Sky News: `div.sdc-article-tags` a sibling of `div.sdc-article-header` in <main>).
_TAGS_AFTER_HEADER = etree.XPath(
    "following-sibling::*/@class[contains(concat(' ', normalize-space(.), ' '), 'article-tags ')"
    " or contains(concat(' ', normalize-space(.), ' '), 'story-tags ')]/..")
#: More links than an article's own tag list holds: a tag cloud.
MAX_TAG_LINKS = 20


def _tag_list_links(page: Page) -> list[Element]:
    """The links of the first list classed "tags" in the microdata article item (else the
    <article>) that holds the headline (a sidebar's tag cloud is no post's tags).

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def tags(html): return [a.text for a in _tag_list_links(Page(
    ...     url="u", root=lxml.html.document_fromstring(html)))]
    >>> item = '<div itemscope itemtype="https://schema.org/Article"><h1>T</h1><p>x</p>'
    >>> tags(item + '<ul class="tags list-inline"><li><a href="/t/a">A</a></li>'
    ...      '<li><a href="/t/b">B</a></li></ul></div>')
    ['A', 'B']
    >>> tags(item + '<p class="tags">Read <a href="/t/a">A</a> and more</p></div>')
    []
    >>> tags(item + '<p class="tags">Tags: <a href="/t/a">A</a>, <a href="/t/b">B</a></p></div>')
    ['A', 'B']
    >>> tags(item + '<div class="asset-tags"><h4>Tags</h4><a href="/s?k=A">A</a></div></div>')
    ['A']
    >>> tags('<main><h1>T</h1><p>x</p><div class="tags"><a href="/t/a">A</a></div></main>')
    []

    Without microdata, the story's own <article> (Le Figaro's `ul.fig-tags` under the text):

    >>> tags('<article><h1>T</h1><p>x</p><ul class="fig-tags"><li><a href="/t/a">A</a></li>'
    ...      '</ul></article>')
    ['A']

    Else the headline's parent (1C-Bitrix's `div.news-detail`), a label before the links:

    >>> tags('<div class="news-detail"><h1>T</h1><p>x</p><div class="news-detail__tags">'
    ...      '<span>Теги:</span> <a href="/tags/a/">A</a></div></div>')
    ['A']

    A list named by its React component (ABC News's "Topic:" list):

    >>> tags('<article><h1>T</h1><p>x</p><div data-component="TopicList"><p>Topic:</p><ul>'
    ...      '<li><a href="/t/a">A</a></li></ul></div></article>')
    ['A']

    A CSS Modules block of topic links (its name hashed), a label before them:

    >>> tags('<article><h1>T</h1><p>x</p><div class="styles_topics__t7Ju3"><span>Read more on'
    ...      '</span> <a href="/topic/a">A</a> <a href="/topic/b">B</a></div></article>')
    ['A', 'B']

    Or deeper, in the wrappers of the text's column (Fox News's "Related Topics"):

    >>> tags('<article><header><h1>T</h1></header><div><div><p>x</p><div class="article-tags">'
    ...      '<div>Related Topics</div><ul><li><a href="/c/a">A</a></li></ul></div>'
    ...      '</div></div></article>')
    ['A']
    >>> tags('<article><h1>T</h1><div class="article-body"><p>x</p><div class="article-topics">'
    ...      '<span>Read more:</span> <a href="/topic/a/">A</a> <a href="/topic/b/">B</a>'
    ...      '</div></div></article>')
    ['A', 'B']

    Or a box named in the singular in the block after the headline (VnExpress's):

    >>> tags('<div><h1>T</h1><p>x</p><div class="footer-content"><div class="box-tag"><h4 '
    ...      'class="item-tag"><a href="/tag/a">A</a></h4><h4 class="item-tag"><a href="/tag/b">'
    ...      'B</a></h4></div></div></div>')
    ['A', 'B']

    >>> tags('<div><h1>T</h1><div class="story"><p>x</p><div class="tags__container">'
    ...      '<a href="/topic/a">A</a><a href="/topic/b">B</a></div></div></div>')
    ['A', 'B']

    Or the article's tag list after the header block, both in <main> (Sky News's):

    >>> tags('<main><div class="header"><div><h1>T</h1></div><p>By X</p></div><div><p>x</p>'
    ...      '</div><div class="sdc-article-tags"><ul><li><a href="/topic/a">A</a></li></ul>'
    ...      '</div></main>')
    ['A']

    Or beside the headline's header block, after the text (GhanaWeb's `div.article-tags`):

    >>> tags('<div class="col"><div class="article-header"><h1>T</h1><p class="date">D</p>'
    ...      '</div><div class="content"><p>x</p></div><div class="article-tags">Tags: '
    ...      '<a href="/t?tag=A">A</a>, <a href="/t?tag=B">B</a></div></div>')
    ['A', 'B']
    """
    h1s = page.h1s()
    items = _MICRODATA_ARTICLE(h1s[0]) if h1s else []
    boxes = _TAG_LISTS(items[0]) if items else []
    if h1s and not items:
        article = _HEADLINE_ARTICLE(h1s[0])
        story = article or [h1s[0].getparent()]
        if story[0] is not None and story[0].tag not in _FRAME_TAGS:
            boxes = _CHILD_TAG_LISTS(story[0])
            if not boxes and article:  # deeper only inside the story's own <article>
                boxes = _NESTED_TAG_LISTS(article[0])
            if not boxes:
                boxes = _FOOTER_TAG_BOXES(h1s[0])
            if not boxes and not article:
                header = _headline_wrapper(h1s[0]).getparent()
                if header is not None and header.tag not in _FRAME_TAGS:
                    boxes = _TAGS_AFTER_HEADER(header)
            # The headline's own header block (a few lines, not the text): the list beside it.
            header = story[0] if not boxes and not article else None
            outer = header.getparent() if header is not None else None
            if header is not None and outer is not None and outer.tag not in _FRAME_TAGS and len(
                    list(islice(header.iter("p"), MAX_HEADER_LINES + 1))) <= MAX_HEADER_LINES:
                boxes = _CHILD_TAG_LISTS(outer)
    for box in boxes[:1]:
        links = list(box.iter("a"))
        if not links or len(links) > MAX_TAG_LINKS:
            return []
        said = "".join(text_content(box).split())
        names = ["".join(text_content(a).split()) for a in links]
        label = said[:said.find(names[0])] if names[0] else said
        rest = said[len(label):]
        for name in names:
            rest = rest.replace(name, "", 1)
        # The links, the separators between them and a label before them ("Tags:"): no
        # sentence that mentions a tag.
        ok = len(label) <= MAX_TAG_LABEL_CHARS and not rest.strip(_TAG_SEPARATORS)
        return links if ok else []
    return []


_TAG_SEPARATORS = ",;|·•/#"
#: A header block prints the headline's few lines (kicker, date, source), not the text.
MAX_HEADER_LINES = 3
#: "Schlagwörter:", "Relatedtopics:" (spaces removed): a tag list's label.
MAX_TAG_LABEL_CHARS = 16
#: Printed breadcrumb trails, which sites print above the headline: elements classed so
#: before the <h1>. Looked for there only (~0.13 ms a page; the whole body costs 0.3-0.7 ms).
#: French templates name the trail "fil d'Ariane" (`ol.fil-ariane`), others "crumbs".
_BREADCRUMBS = etree.XPath("preceding::*/@class[contains(., 'crumb') or "
                           "contains(., 'ariane')]/..")  # (bread)crumb(s), fil-ariane
#: A trail is a line of a few links ("url-breadcrumb" on a whole <article> is no trail),
#: measured without the indentation templates print between its items (Joomla's
#: mod_breadcrumbs: ~100 visible characters in ~320 raw ones).
MAX_TRAIL_CHARS = 300


def printed_breadcrumb_section(page: Page) -> list[str]:
    """The last linked crumb of the printed trail ("Home / Economy / <a>News</a> / Headline"
    gives "News"), the home link and a link to the article itself (by address or headline)
    aside.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> html = ('<html><body><ol class="breadcrumb"><li><a href="/">Home</a></li>'
    ...         '<li><a href="/business">Business</a></li><li>Inflation soars</li></ol>'
    ...         '<h1>Inflation soars</h1></body></html>')
    >>> printed_breadcrumb_section(Page(url="https://x.example/business/a-1",
    ...                                 root=lxml.html.document_fromstring(html)))
    ['Business']
    >>> saved = html.replace("<li>Inflation soars",
    ...                      '<li><a href="/business/a-1">Inflation soars</a>')
    >>> printed_breadcrumb_section(Page(url="file:///saved/page7.html",
    ...                                 root=lxml.html.document_fromstring(saved)))
    ['Business']
    >>> french = html.replace('ol class="breadcrumb"', 'ol class="fil-ariane"')
    >>> printed_breadcrumb_section(Page(url="https://x.example/business/a-1",
    ...                                 root=lxml.html.document_fromstring(french)))
    ['Business']
    >>> indented = html.replace("<li>", "<li>" + " " * 120)
    >>> printed_breadcrumb_section(Page(url="https://x.example/business/a-1",
    ...                                 root=lxml.html.document_fromstring(indented)))
    ['Business']
    """
    h1s = page.h1s()
    if not h1s:
        return []
    own = {urlsplit(url).path.rstrip("/") for url in (page.url, page.canonical or page.url)}
    headlines = metadata.headline_keys(page)
    for trail in _BREADCRUMBS(h1s[0])[:3]:
        if len(" ".join(text_content(trail).split())) > MAX_TRAIL_CHARS:
            continue
        crumbs = [text for a in trail.iter("a")
                  if (path := urlsplit(a.get("href", "")).path.rstrip("/")) and path not in own
                  and (text := clean_text(text_content(a))) and text.casefold() not in headlines]
        section = metadata.innermost_section(crumbs)
        return [section] if section else []
    return []


#: WordPress's default permalinks put a category archive at …/category/<slug>/, a tag archive
#: at …/tag/<slug>/ and a date archive at …/2024/12/ or …/2024/12/17/. Themes that print no
#: rel="category tag" / rel="tag" (Newsup) still link the post's categories, tags and date
#: there, in the block that holds the headline; menus and the headline's own link aside.
_ARCHIVE_LINKS = {
    kind: etree.XPath(f"descendant::a[contains(@href, '/{kind}/') and not(ancestor::h1 or "
                      "ancestor::nav or ancestor::*[contains(@class, 'menu')])]")
    for kind in ("category", "tag")
}
_DATE_ARCHIVE_LINKS = etree.XPath(
    "descendant::a[contains(@href, '/19') or contains(@href, '/20')][not(ancestor::h1)]")
_FIGURE_IMAGES = etree.XPath("descendant::figure//img")
_IMAGE_OBJECT_FIGURES = etree.XPath(
    "(descendant::figure[contains(@itemtype, 'ImageObject')]//img)[1]")
_MICRODATA_IMAGES = etree.XPath(
    "descendant::img[@itemprop='image'][ancestor::*[@itemscope][1][contains(@itemtype, "
    "'Article') or contains(@itemtype, 'BlogPosting')]]")
_DATE_ARCHIVE = re.compile(r"/(?P<year>(?:19|20)\d\d)/[01]\d/(?:[0-3]\d/?)?$")
#: The headline's block is its parent, unless that is the page's frame (sidebar, menus).
_FRAME_TAGS = frozenset({"html", "body", "main"})


def headline_block(page: Page) -> Element | None:
    """The header block of the headline (`_headline_block`), found once per page: the
    section, tag, date and co-author rules all ask."""
    return page.memo("headline_block", _headline_block)


def _headline_block(page: Page) -> Element | None:
    """The header that holds the <h1> and the lines printed with it (category badges, byline,
    date, tags): the <h1>'s parent, or None when that is the page's frame or holds paragraphs
    other than the standfirst (the body, where a tag cloud or a category list under the text
    is no header line; Ghost's Casper and Source print the excerpt as `<p
    class="article-excerpt">` between the <h1> and the byline: a header line).

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def block(html): return _headline_block(Page(url="u", root=lxml.html.fromstring(
    ...     f"<html><body><main><header>{html}</header></main></body></html>")))
    >>> block('<h1>T</h1><p class="article-excerpt">Dek</p>').tag, block('<h1>T</h1><p>Text</p>')
    ('header', None)
    """
    h1s = page.h1s()
    parent = h1s[0].getparent() if h1s else None
    if parent is None or parent.tag in _FRAME_TAGS or any(
            not names_say_standfirst(p.get("class") or "") for p in parent.iter("p")):
        return None  # stops at the first plain paragraph: most <h1> parents hold the text
    return parent


#: Ghost's Casper and Source print the post's primary tag as a label above the headline
#: (`<a href="/tag/delhi/">Delhi</a>`): the one tag-archive link before the <h1> in its header.
_TAG_LINKS_ABOVE = etree.XPath(
    "preceding-sibling::*/descendant-or-self::a[contains(@href, '/tag/')]"
    " | preceding-sibling::a[contains(@href, '/tag/')]")


def _tag_label_above(h1: Element) -> list[Element]:
    """The tag link printed as the headline's label, when it is the only one above it.

    >>> import lxml.html
    >>> header = lxml.html.fragment_fromstring('<header><div><span><a href="/tag/delhi/">'
    ...     'Delhi</a></span></div><h1>T</h1><a href="/tag/metro/">Metro</a></header>')
    >>> [a.text for a in _tag_label_above(header.find("h1"))]
    ['Delhi']
    """
    links = _TAG_LINKS_ABOVE(h1)
    return links if len(links) == 1 else []


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
        match = _DATE_ARCHIVE.search(urlsplit(a.get("href", "")).path)
        text = clean_text(text_content(a))
        if match and text and match["year"] in text and len(text) < 60:
            yield text


#: A header line classed as the date ("jeg_meta_date", "post-date", "date"; not "updated"):
#: JNews links its printed day to the post itself, not to the date archive.
_DATE_CLASSED = etree.XPath("descendant::*[contains(@class, 'date')][not(ancestor::h1)]")
#: A class word naming a date: "date", "post-date", "entry_date", BEM's "submitted-by__date".
_DATE_TOKEN = re.compile(r"^(?:[a-z]+(?:[-_]|__))*date$", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _date_classed_texts(block: Element) -> Iterator[str]:
    """Dates printed in the headline's header in an element its class names a date, with
    a year in the text (a modified line is read apart).

    >>> import lxml.html
    >>> list(_date_classed_texts(lxml.html.fragment_fromstring(
    ...     '<div><h1>T</h1><div class="jeg_meta_date"><a href="/x/">December 17, 2024</a>'
    ...     '</div></div>')))
    ['December 17, 2024']
    >>> list(_date_classed_texts(lxml.html.fragment_fromstring(
    ...     '<div><h1>T</h1><span class="submitted-by__date">December 17, 2024</span></div>')))
    ['December 17, 2024']
    """
    for el in _DATE_CLASSED(block):
        text = clean_text(text_content(el)) or ""
        if any(_DATE_TOKEN.match(t) for t in el.get("class", "").split()) \
                and len(text) < 60 and _YEAR.search(text):
            yield text


def _printed_times(scope: Element) -> Iterator[str]:
    """The printed text of a `<time>` that carries no machine-readable `datetime` (the
    markup says its text is a time: "12/17/2024 01:03 PM EST"), with a year in it; not a
    related story's, a reader comment's, nor an "Updated …" line's.

    >>> import lxml.html
    >>> list(_printed_times(lxml.html.fragment_fromstring(
    ...     '<div><h1>T</h1><p>Updated: <time>12/18/2024 9:10 AM EST</time></p>'
    ...     '<p><time>12/17/2024 01:03 PM EST</time></p><time>13:03</time></div>')))
    ['12/17/2024 01:03 PM EST']
    """
    for el in scope.iter("time"):
        if (el.get("datetime") or "").strip() or in_related(el) or in_comment(el):
            continue
        text = clean_text(text_content(el)) or ""
        parent = el.getparent()
        label = (parent.text or "").strip() if parent is not None else ""
        if len(text) < 60 and _YEAR.search(text) \
                and not bp.MODIFIED_LINE.match(f"{label} {text}".strip()):
            yield text  # an "Updated: …" line's time is read as the modified one


#: Separators between a byline's name and the date printed after it on the same line.
_LINE_SEPARATORS = " ,|•·–—-"


def _byline_line_dates(page: Page) -> Iterator[str]:
    """The date a byline line prints after the name, with a year and nothing else: Drupal's
    Olivero prints "By <span class="node__author">AFP</span>, 17 December, 2024" in the
    node's header, the day alone and outside the headline's block (the page-title block).

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def dates(line): return list(_byline_line_dates(Page(url="u", root=(
    ...     lxml.html.document_fromstring(f"<html><body><h1>T</h1><div>{line}</div>")))))
    >>> dates('<span>By <span class="node__author">AFP</span>, 17 December, 2024</span>')
    ['17 December, 2024']
    >>> dates('<span class="byline">Jane Doe</span> and 3 others, 2024 Fellow')
    []
    >>> dates('<span class="byline">By Jane Doe | Dec 17, 2024</span>')
    ['Dec 17, 2024']
    """
    for el in printed_bylines(page, limit=1, skip=_no_names):
        if not len(el):  # a line of text alone: "By Jane Doe | Dec 17, 2024"
            text = dated_tail(_spaced_text(el))
            if _YEAR.search(text) and not _UPDATED_LABEL.search(text):
                yield text
        text = "".join([el.tail or ""] + [text_content(s) + (s.tail or "")
                                          for s in el.itersiblings()])
        text = (clean_text(text) or "").strip(_LINE_SEPARATORS)
        if len(text) < 40 and _YEAR.search(text) and not _LETTERS_AFTER_YEAR.search(text) \
                and not _UPDATED_LABEL.search(text):  # "| Updated: …" is the modified time
            yield text


#: A date line ends with its year or its clock time (and zone: "IST"), not with more words
#: ("2024 Fellow").
_LETTERS_AFTER_YEAR = re.compile(r"\b(?:19|20)\d\d\b\D*[a-z]{5,}", re.I)
_UPDATED_LABEL = re.compile(r"\(?\b(?:updated|modified|aktualisiert|mis à jour|oppdatert"
                            r"|uppdaterad|opdateret|päivitetty|bijgewerkt|aktualizováno"
                            # Corriere's "17 dicembre 2024 (modifica il 17 dicembre …)".
                            r"|frissítve|modifica|actualizat|ažurirano|ажурирано|обновено"
                            r"|ενημερώθηκε|更新|수정|업데이트|আপডেট|হালনাগাদ)\b", re.I)


def _featured_image_srcs(scope: Element) -> Iterator[str]:
    """The `src` of the post's featured image: WordPress's the_post_thumbnail() always adds
    class "wp-post-image", which the AMP plugin's Reader mode keeps on the <amp-img> it prints
    instead of the <img> (a tag-filtered iter(): an XPath testing both tags cost 7× more).

    >>> import lxml.html
    >>> list(_featured_image_srcs(lxml.html.fragment_fromstring(
    ...     '<article><figure class="amp-wp-article-featured-image"><amp-img width="1200" '
    ...     'src="lead.jpg" class="attachment-large wp-post-image"></amp-img></figure>'
    ...     '<amp-img class="avatar" src="a.png"></amp-img></article>')))
    ['lead.jpg']
    """
    return (src for img in scope.iter("img", "amp-img")
            if "wp-post-image" in img.get("class", "").split() and (src := image_src(img)))


def _amp_hero_srcs(scope: Element) -> Iterator[str]:
    """The `src` of an AMP page's hero image: AMP marks the lead `<amp-img>` with `data-hero`
    (so its cache renders it server-side), which custom CMSs' AMP templates print without any
    WordPress class (Quintype's header card). Only `<amp-img>`s are walked: none on other pages.

    >>> import lxml.html
    >>> list(_amp_hero_srcs(lxml.html.fragment_fromstring(
    ...     '<div><amp-img src="logo.png"></amp-img><amp-img data-hero="true" src="lead.jpg">'
    ...     '</amp-img></div>')))
    ['lead.jpg']
    """
    return (src for img in scope.iter("amp-img")
            if img.get("data-hero") is not None and (src := image_src(img)))


def image_src(img: Element) -> str:
    """The address of the picture an <img> shows. Lazy loading (lazysizes, WP Rocket, a3 Lazy
    Load, themes' own: Soledad, JNews) leaves a placeholder in `src` and puts the picture in
    `data-src` / `data-lazy-src`, which the script copies into `src` once it is in view.

    >>> import lxml.html
    >>> image_src(lxml.html.fragment_fromstring(
    ...     '<img src="/images/holder.png" data-src="/uploads/lead-1170x780.jpg">'))
    '/uploads/lead-1170x780.jpg'
    >>> image_src(lxml.html.fragment_fromstring('<img src="lead.jpg">'))
    'lead.jpg'
    """
    return img.get("data-src") or img.get("data-lazy-src") or img.get("src") or ""


#: WordPress's post_class() names each category and tag of the post on the post's element
#: ("category-kerala", "tag-air-quality", beside "type-post" and "hentry"); a theme that
#: prints no rel="category tag" / rel="tag" (or a page builder's single-post template, as
#: Elementor Pro's) still links them as …/category/kerala/ and …/tag/air-quality/.
_POST_TERM_CLASS = {kind: re.compile(rf"(?<!\S){kind}-([\w-]+)") for kind in ("category", "tag")}
_TERM_HREFS = {kind: etree.XPath(f"descendant::a[contains(@href, '/{kind}/')]")
               for kind in ("category", "tag")}
_POST_ELEMENT = etree.XPath(
    "ancestor::*[contains(concat(' ', normalize-space(@class), ' '), ' type-post ')][1]")


def _post_term_links(post: Element, within: Element, kind: str) -> list[Element]:
    """The links in `within` to the archives of the `kind` ("category", "tag") terms that
    post_class() names on `post`, in printed order."""
    slugs = _POST_TERM_CLASS[kind].findall(post.get("class", ""))
    if not slugs:
        return []
    ends = tuple(f"/{kind}/{slug}" for slug in slugs)
    return [a for a in _TERM_HREFS[kind](within) if a.get("href", "").rstrip("/").endswith(ends)]


def _post_category_texts(scope: Element) -> Iterator[str]:
    post = scope if scope.tag == "article" else next(scope.iterancestors("article"), None)
    links = _post_term_links(post, scope, "category") if post is not None else []
    return (text_content(a) for a in links)


def _post_tag_links(page: Page) -> list[Element]:
    """The links to the post's own tags (…/tag/<slug>/ for each post_class() "tag-<slug>"),
    in printed order.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> html = ('<html><body><div class="post-7 post type-post hentry tag-bmc tag-air-quality">'
    ...         '<h1>Smog</h1><a href="/tag/air-quality/">Air Quality</a>, '
    ...         '<a href="/tag/bmc/">BMC</a><aside><a href="/tag/cricket/">Cricket</a></aside>'
    ...         '</div></body></html>')
    >>> page = Page(url="u", root=lxml.html.document_fromstring(html))
    >>> [a.text for a in _post_tag_links(page)]
    ['Air Quality', 'BMC']
    """
    h1s = page.h1s()
    posts = _POST_ELEMENT(h1s[0]) if h1s else []
    if not posts:
        return []
    return _post_term_links(posts[0], posts[0], "tag")


#: A media-library image (wp_get_attachment_image() classes it "wp-image-<id>") that comes
#: after the headline and before any paragraph: the lead image a page builder's featured-image
#: widget prints without the_post_thumbnail()'s "wp-post-image". Teaser thumbnails, sidebar
#: images and in-text images all come after a paragraph.
_LEAD_ATTACHMENT = etree.XPath(
    "(following::img[contains(@class, 'wp-image-')] | following::p)[1][self::img]")


def _lead_attachment(page: Page) -> list[Element]:
    """The lead image printed between the headline and the text, as `_LEAD_ATTACHMENT`.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def lead(html): return [i.get("src") for i in _lead_attachment(Page(
    ...     url="u", root=lxml.html.document_fromstring(
    ...         f"<html><body class='single postid-7'><h1>T</h1>{html}")))]
    >>> lead('<figure><img class="attachment-large wp-image-3" src="a.jpg"></figure><p>x</p>')
    ['a.jpg']
    >>> lead('<p>Text first.</p><img class="attachment-medium wp-image-9" src="teaser.jpg">')
    []
    """
    h1s = page.h1s()
    # A WordPress post's only: the `following::` walk costs ~0.08 ms, and the class is
    # WordPress's media library's.
    return list(_LEAD_ATTACHMENT(h1s[0])) if h1s and wordpress_single_post(page) else []


#: Classed paragraphs shorter than this, together, are header lines (a date, a source), not
#: the text.
HEADER_LINES_CHARS = 120
_PLAIN_P = etree.XPath("boolean(.//p[not(@class)])")


def _figure_after_headline(page: Page) -> list[str]:
    """The picture of a `<figure>` printed after the headline (or after its header block),
    before the text: CMSs set the lead photo between the standfirst/byline and the body (Le
    Figaro's figure.fig-media in the story's <article>; German regional papers' header, lead
    figure, then the text).

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def lead(html): return _figure_after_headline(Page(url="u", root=(
    ...     lxml.html.document_fromstring(f"<html><body><article><h1>T</h1>{html}"))))
    >>> lead('<p>Chapo.</p><figure><img src="a.jpg"></figure><div><p>x</p><p>y</p></div>')
    ['a.jpg']
    >>> lead('<div><p>x</p><p>y</p></div><figure><img src="b.jpg"></figure>')
    []

    Or opening the wrapper of the text, after a header the headline's block sits alone in
    (Folha's header.c-content-head > div.c-content-head__wrap, then div.c-news__content:
    figure, then the body):

    >>> lead('<div><figure><img src="c.jpg"></figure><div><p>x</p><p>y</p></div></div>')
    ['c.jpg']
    >>> _figure_after_headline(Page(url="u", root=lxml.html.document_fromstring(
    ...     '<article><header><div><h1>T</h1></div></header><div><figure><img src="d.jpg">'
    ...     '</figure><div><p>x</p><p>y</p></div></div></article>')))
    ['d.jpg']

    A header nested twice (a React template's head block holding the kicker, headline and
    lead block, then the byline block), whose lines end without a figure or text, is
    left for the wrapper around it, at most twice:

    >>> lead('<div><div><h1>H</h1><p class="lead">L</p></div><div>SDA</div></div>'
    ...      '<figure><img src="e.jpg"></figure><div><p>x</p><p>y</p></div>')
    ['e.jpg']

    Two short lines beside the headline (the desk and day, the source) are no text yet:

    >>> lead('<p class="l">News of 17 Dec</p><p class="r">Source: GNA</p><figure><img '
    ...      'src="f.jpg"></figure><div><p>x</p><p>y</p></div>')
    ['f.jpg']
    """
    h1s = page.h1s()
    start = headline_block(page) if h1s else None
    start = h1s[0] if start is None and h1s else start
    up = start.getparent() if start is not None and start.getnext() is None else None
    start = up if up is not None and up.tag not in _FRAME_TAGS else start
    for _ in range(3):
        for sibling in islice(start.itersiblings(), DATE_LINE_SIBLINGS) \
                if start is not None else ():
            figure = sibling if sibling.tag == "figure" or _photo_box(sibling) else (
                sibling[0] if len(sibling) and sibling[0].tag == "figure" else None)
            if figure is not None:
                return [image_src(img) for img in figure.iter("img")][:1]
            # The text has begun: a figure below it is no lead image. A `hidden` block (a
            # "Story Saved" pop-up's two lines) is not shown, so no text.
            # Short lines in paragraphs (GhanaWeb's "General News of …" and "Source: GNA"
            # as two <p>s beside the headline) are the header's, not yet the text.
            if sibling.get("hidden") is None and _SECOND_P(sibling) and (
                    _PLAIN_P(sibling) or len(text_content(sibling)) > HEADER_LINES_CHARS):
                return []
        up = start.getparent() if start is not None and start.getnext() is not None else None
        if up is None or up.tag in _FRAME_TAGS:
            break
        start = up
    return []


def _photo_box(el: Element) -> bool:
    """A <div> opening with its photo and holding only a caption's or credit's line after
    it: a lead figure printed without <figure> (`<div class="article__photo"><img …><div
    class="article__photo-author">Фото: …</div></div>`).

    >>> import lxml.html
    >>> _photo_box(lxml.html.fragment_fromstring('<div><img src="a.jpg"><div>Photo: X</div>'
    ...     '</div>')), _photo_box(lxml.html.fragment_fromstring('<div><img src="a.jpg">'
    ...     '<p>Text.</p><p>More.</p></div>'))
    (True, False)
    """
    return el.tag == "div" and len(el) > 0 and el[0].tag in ("img", "picture") \
        and not (el.text or "").strip() and _SECOND_P(el) == [] \
        and len(text_content(el)) <= HEADER_LINES_CHARS


#: The first picture after the headline, when it comes before any text and sits in the text
#: itself: in a paragraph of its own, or in a wrapper followed by the first paragraph.
_PHOTO_OPENING_TEXT = etree.XPath(
    "(following::img | following::p[normalize-space()])[1][self::img]"
    "[parent::p or parent::*/following-sibling::*[1][self::p]]")


def _photo_opening_text(page: Page) -> list[str]:
    """The lead photo of a Chinese page that prints no og:image nor <figure>: Xinhua and the
    portals set it as the text's first paragraph (`<p><img></p>`, Sina's div.img_wrapper),
    its caption the next. Chinese pages only: elsewhere a byline's avatar may come first.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def lead(html): return _photo_opening_text(Page(url="u", lang="zh-CN", root=(
    ...     lxml.html.document_fromstring(f"<html><body><div><h1>T</h1></div>{html}"))))
    >>> lead('<div><p><img src="a.jpg"></p><p>新华社北京12月17日电</p></div>')
    ['a.jpg']
    >>> lead('<div><p>正文。</p><p><img src="b.jpg"></p></div>')
    []
    """
    h1s = page.h1s()
    if not h1s or not (page.lang or "").lower().startswith("zh"):
        return []
    return [image_src(img) for img in _PHOTO_OPENING_TEXT(h1s[0])][:1]


#: Drupal prints a node's image field in a wrapper classed by the field's name (core's
#: article type: "field--name-field-image"); the first in the article is the node's own (a
#: Views row's is "views-field-field-image").
_NODE_IMAGE = etree.XPath(
    "((descendant::*/@class[contains(., 'field--name-field-image')]/..)[1]/descendant::img)[1]")


def _link_texts(links: Iterable[Element]) -> Iterator[str]:
    return (text for text in (clean_text(text_content(a)) for a in links) if text)


#: A byline linking to WordPress's "admin" user names whoever posted, not who wrote.
_ADMIN_LINK = etree.XPath(
    "boolean(descendant-or-self::a[contains(@href, '/author/admin/') or "
    "substring(@href, string-length(@href) - 12) = '/author/admin'])")


#: More words than a person's name has: a role or affiliation split off a byline.
MAX_NAME_WORDS = 5


def _drop_non_names(loader: ArticleLoader, page: Page) -> None:
    """Parts of a credit that name no person — the site itself ("Lrt.lt") or a role
    ("… universiteto … fakulteto profesorius") — when a person is credited beside them."""
    names = loader.get_collected_values("authors")
    people = [n for n in names if len(n.split()) <= MAX_NAME_WORDS and
              not metadata.is_site_name(page, n)]
    if people and len(people) < len(names):
        loader.replace_value("authors", people)


def _drop_site_names(loader: ArticleLoader, page: Page) -> None:
    """Printed bylines name the site's desk beside a person ("von David Straub, MDR
    THÜRINGEN") and repeat a name inside longer text ("More articles from Jane Doe", "Jane Doe
    Contributing Writer"): keep the people, once."""
    names = loader.get_collected_values("authors")
    # The whole name too: a site name of several words ("Le Figaro avec AFP" → "Le Figaro").
    people = [n for n in names if not metadata.is_site_name(page, n.split()[0]) and
              not metadata.is_site_name(page, n) and
              not any(other != n and other in n for other in names)]
    if people and len(people) < len(names):
        loader.replace_value("authors", people)


#: The heading of a WordPress author box: the default themes (Twenty Sixteen, Nineteen,
#: Twenty-One) print the post author there as "Author: %s", "Published by %s", "By %s" (and
#: Twenty-One leaves its footer byline out when the author has a bio). Stepping from the
#: class attribute keeps the scan to classed elements; looked for only when no byline is.
_AUTHOR_BOX_TITLES = etree.XPath(
    "//body//@class[contains(concat(' ', normalize-space(.), ' '), ' author-title ')]/parent::*"
    "[self::h2 or self::h3 or self::h4 or self::p or self::div]"
    "[not(ancestor::*[contains(@class, 'comment') or contains(@class, 'related')])]")
#: Only a heading that says it names the author counts ("About the author" names no one).
_AUTHOR_BOX_NAME = re.compile(
    r"^(?:(?:published|written|posted|reported|story|words)\s+)?(?:by\b:?|author\s*:)\s*(\S.*)",
    re.I)


def _author_box_titles(page: Page) -> list[str]:
    """Author names from WordPress author-box headings ("By PTI" → "PTI").

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def names(body):
    ...     root = lxml.html.document_fromstring(f"<html><body>{body}</body></html>")
    ...     return _author_box_titles(Page(url="u", root=root))
    >>> names('<div class="author-bio"><h2 class="author-title">By PTI</h2></div>')
    ['PTI']
    >>> names('<h2 class="author-title"><span>Author:</span> IANS</h2>')
    ['IANS']
    >>> names('<h4 class="author-title">About the author</h4>')
    []
    """
    found = (_AUTHOR_BOX_NAME.match(_spaced_text(el)) for el in _AUTHOR_BOX_TITLES(page.root))
    return [m.group(1) for m in found if m is not None][:1]


#: A header line short enough to be a byline alone ("By PTI", "By Jane Doe & John Roe").
MAX_BY_LINE_CHARS = 80


_LINE_TAGS = ("div", "span", "p")


def _header_by_line(header: Element | None) -> list[str]:
    """The author a line of the headline's header names by "By …" when nothing marks it as
    the byline: AMP templates of custom CMSs (Quintype's header card) print it as an unclassed
    or hash-classed `<div>By PTI</div>` under the `<h1>`. Only the header's own lines count.

    >>> import lxml.html
    >>> _header_by_line(lxml.html.fragment_fromstring(
    ...     '<div><h5>National</h5><h1>T</h1><div class="sc-x">By PTI</div></div>'))
    ['PTI']
    >>> _header_by_line(lxml.html.fragment_fromstring('<div><h1>T</h1><div>Bystanders</div></div>'))
    []
    >>> _header_by_line(lxml.html.fragment_fromstring('<main><div><h1>T</h1><h2>Dek</h2></div>'
    ...     '<div><div class="editor"><div>By: PTI</div><span>New Delhi</span></div></div></main>'
    ...     ).find("div"))
    ['PTI']
    """
    if header is None:
        return []
    for line in header.iterchildren("div", "span", "p"):
        text = _spaced_text(line)
        if _short_line(text) and (m := _AUTHOR_BOX_NAME.match(text)):
            return [m.group(1)]
    # Or a line of its own in the block right after the header, where the byline and date
    # lines sit apart from the headline and standfirst (The Indian Express: "By: PTI" a few
    # levels inside it, the place and date in a sibling line).
    after = header.getnext()
    for line in after.iter(*_LINE_TAGS) if after is not None else ():
        if any(child.tag in _LINE_TAGS for child in line):
            continue
        text = _spaced_text(line)
        if len(text) <= MAX_BY_LINE_CHARS and (m := _AUTHOR_BOX_NAME.match(text)):
            return [m.group(1)]
    return []


def _short_line(text: str) -> bool:
    """Short enough to be a byline alone, or one with its date after the name ("Story by
    Jane Doe / Special to the Courier | Dec. 17, 2024 1:03 p.m. CT")."""
    return len(text) <= MAX_BY_LINE_CHARS or (
        len(text) <= MAX_DATED_BY_LINE_CHARS and bool(dated_tail(text)))


#: A section label is a word or a few ("National", "Middle East"), not a teaser's headline.
MAX_KICKER_CHARS = 30
_NOT_SLUG = re.compile(r"[\W_]+")


def _kicker_section(h1: Element) -> list[str]:
    """The section a kicker right above the headline names: one link whose address ends in
    the label's own slug (`<div class="cat-name"><a href="/national">National</a></div>`).

    >>> import lxml.html
    >>> def kicker(html): return _kicker_section(lxml.html.fragment_fromstring(
    ...     f"<div>{html}<h1>T</h1></div>").find("h1"))
    >>> kicker('<div class="cat"><a href="/news/middle-east/">Middle East</a></div>')
    ['Middle East']
    >>> kicker('<a class="rubrique" href="/rubrique/economie">Économie</a>')
    ['Économie']
    >>> kicker('<div><a href="/">Home</a></div>'), kicker('<p><a href="/x/42">Read this</a></p>')
    ([], [])
    >>> kicker('<a class="c-kicker" href="/folha-topicos/dolar/">dólar</a>')
    []
    >>> kicker('<a class="main-category" href="/vijesti/rubrika/hrvatska/22.aspx">Hrvatska</a>')
    ['Hrvatska']
    >>> kicker('<span class="category"><a href="/economy/index">Economy</a></span>')
    ['Economy']

    A label in a non-Latin script cannot spell its slug; a link to a one-slug section
    address is enough (Dinamani's `<div class="section-name"><a href="/india">இந்தியா</a>`):

    >>> kicker('<div class="section-name"><a href="https://x.in/india">இந்தியா</a></div>')
    ['இந்தியா']
    >>> kicker('<div><a href="/india/2024/Dec/16/x">இந்தியா</a></div>')
    []

    A slug drops an abbreviation's dots (NBC News's unibrow: "U.S. News", "/us-news"):

    >>> kicker('<div class="unibrow"><a href="/us-news"><span>U.S. News</span></a></div>')
    ['U.S. News']

    A headline alone in its wrapper has the kicker above the wrapper (NPR: `<div
    class="slug-wrap"><h3 class="slug"><a href="/sections/health/">Health</a></h3></div>
    <div class="storytitle"><h1>…</h1></div>`):

    >>> _kicker_section(lxml.html.fragment_fromstring('<div><div><a href="/sections/health/">'
    ...     'Health</a></div><div><h1>T</h1></div></div>').find(".//h1"))
    ['Health']
    """
    above = h1.getprevious()
    parent = h1.getparent()
    if above is None and parent is not None and len(parent) == 1 and parent.tag == "div":
        above = parent.getprevious()
    if above is None or above.tag == "a":
        links = [above] if above is not None else []
    else:
        links = list(above.iter("a"))
    if len(links) != 1:
        return []
    text = " ".join(text_content(above).split())
    if not text or len(text) > MAX_KICKER_CHARS or text != " ".join(text_content(links[0]).split()):
        return []
    path = urlsplit(links[0].get("href") or "").path.rstrip("/")
    if _TOPIC_FOLDER.search(path):
        return []  # a topic kicker ("/folha-topicos/dolar/": "dólar"), not the section
    # A section's numeric id may follow its slug ("/vijesti/rubrika/hrvatska/22.aspx"), or
    # its front's index page ("/economy/index").
    path = _NUMERIC_ID_TAIL.sub("", path)
    slug = _NOT_SLUG.sub("-", path.rsplit("/", 1)[-1].casefold())
    if _ONE_SLUG.match(path) and not _LATIN_LETTER.search(text):
        return [text]  # a label in its own script cannot spell the Latin slug ("/india")
    same = any(slug == _NOT_SLUG.sub("-", label).strip("-")
               for label in {text.casefold(), _unaccented(text),
                             _unaccented(text).replace(".", "")})
    return [text] if slug and same else []


_NUMERIC_ID_TAIL = re.compile(r"/(?:\d+|index)(?:\.[a-z]{2,5})?$")
#: A section's address: one slug of Latin letters under the site root ("/india").
_ONE_SLUG = re.compile(r"^/[a-z]+(?:-[a-z]+)*$")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


#: What a printed trail puts between its links ("사회 > 지역", "News › World").
_TRAIL_SEPARATOR = re.compile(r"^\s*[>›»/]\s*$")
_UNLINKED_TEXTS = etree.XPath("descendant::text()[not(ancestor::a)][normalize-space()]")
#: A trail above the headline is a short line: a few section names.
MAX_TRAIL_ABOVE_CHARS = 60


def _trail_above(h1: Element) -> list[str]:
    """The innermost section of an unclassed trail right above the headline: a short line
    of two to four links and separators only (Korean CMSs' `<p class="section_name"><a>사회
    </a> &gt; <a>지역</a></p>`), the home link aside.

    >>> import lxml.html
    >>> def trail(html): return _trail_above(lxml.html.fragment_fromstring(
    ...     f"<div>{html}<h3>T</h3></div>").find("h3"))
    >>> trail('<p class="section_name"><a href="/l?c=S1N3">사회</a> &gt; '
    ...       '<a href="/l?c=S2N12">지역</a></p>')
    ['지역']
    >>> trail('<p><a href="/">홈</a> › <a href="/economy">Economy</a></p>')
    ['Economy']
    >>> trail('<p><a href="/t/a">#Floods</a> <a href="/t/b">#Rain</a></p>')  # no separator
    []
    >>> trail('<p>Read: <a href="/a">One</a> / <a href="/b">Two</a></p>')
    []
    """
    above = h1.getprevious()
    parent = h1.getparent()
    if above is None and parent is not None and len(parent) == 1 and parent.tag == "div":
        above = parent.getprevious()
    if above is None or above.tag == "a":
        return []
    links = list(above.iter("a"))
    if not 2 <= len(links) <= 4 or len(text_content(above).strip()) > MAX_TRAIL_ABOVE_CHARS:
        return []
    gaps = _UNLINKED_TEXTS(above)
    if not gaps or not all(_TRAIL_SEPARATOR.match(str(gap)) for gap in gaps):
        return []
    crumbs = [text for a in links if urlsplit(a.get("href") or "").path.rstrip("/")
              and (text := clean_text(text_content(a)))]
    section = metadata.innermost_section(crumbs)
    return [section] if section else []


#: A folder of topic or tag pages in a kicker's address: the kicker names a topic.
_TOPIC_FOLDER = re.compile(
    r"(?:^|[/-])(?:tags?|topics?|t[oó]picos?|temas?|themen|thema|sujets?|argomenti)(?:/|$)", re.I)


def _unaccented(text: str) -> str:
    """`text` casefolded without its accents, as a slug spells it ("Économie" → "economie").

    >>> _unaccented("Économie"), _unaccented("Société")
    ('economie', 'societe')
    """
    text = text.casefold()
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _by_line_after_headline(page: Page) -> list[str]:
    """The author a "By …" line names among the few elements after the headline, or in
    their children, when the headline shares its parent with the text (`headline_block` is
    None): `<h1>` then `<div class="article-meta"><span>By Jane Doe</span><time>…`. A short
    line, not a sentence ("By Tuesday, talks had stalled.").

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def by(html): return _by_line_after_headline(Page(url="u", root=(
    ...     lxml.html.document_fromstring(f"<html><body><article><h1>T</h1>{html}<p>Text "
    ...                                   f"of the story.</p></article></body></html>"))))
    >>> by('<div class="meta"><span>By Jane Doe</span><time>Dec 17</time></div>')
    ['Jane Doe']
    >>> by('<p>By Tuesday, the talks had stalled.</p>')
    []
    """
    h1s = page.h1s()
    for sibling in islice(h1s[0].itersiblings(), DATE_LINE_SIBLINGS) if h1s else ():
        for line in (*sibling.iterchildren("div", "span", "p", "strong"), sibling):
            text = _spaced_text(line)
            if _short_line(text) and (m := _AUTHOR_BOX_NAME.match(text)) \
                    and not text.endswith((".", "!", "?")):
                # A marked byline was judged by `printed_bylines` (a WordPress admin
                # account's, say, is no author): only unmarked lines are read here.
                marked = _IS_BYLINE(line) or _BYLINE_CANDIDATES_IN_BODY(line)
                return [] if marked else [m.group(1)]
    return []


#: Arabic bylines name the writer after "كتب"/"كتبت" ("wrote", as Egyptian portals print it:
#: "كتب: محمد عبد الحميد") or "بقلم" ("by the pen of"), in a line of the headline's header.
_ARABIC_WRITER = re.compile(r"^(?:كتبت?|بقلم)\s*[:：\-–]?\s+(\S.*)")


def _arabic_writer_line(page: Page) -> list[str]:
    """The writer an Arabic page's header names by "كتب:"/"بقلم" (Arabic pages only).

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> _arabic_writer_line(Page(url="u", lang="ar", root=lxml.html.document_fromstring(
    ...     '<html><body><main><div><h1>T</h1><div><div class="writeBy"><span>كتب:'
    ...     '</span> <a href="/Editor/17">محمد علي</a></div></div></div></main></body></html>')))
    ['محمد علي']
    """
    header = headline_block(page) if (page.lang or "")[:2].lower() == "ar" else None
    for line in header.iter("div", "span", "p") if header is not None else ():
        text = _spaced_text(line)
        if len(text) <= MAX_BY_LINE_CHARS and (m := _ARABIC_WRITER.match(text)):
            return [m.group(1)]
    return []


def printed_bylines(page: Page, limit: int | None = None,
                    skip: Callable[[Element], bool] | None = None) -> list[Element]:
    """The first `limit` (default: all) elements of the body that BYLINE_XPATH finds, in
    document order, found faster: the tests run on candidates only, and only until `limit`
    pass (a product page has hundreds of "author" classes). Elements `skip` rejects do not
    count towards `limit`."""
    candidates = page.memo("byline_candidates", _byline_candidates)  # asked twice on some pages
    found = (el for el in candidates if _IS_BYLINE(el) and not (skip and skip(el)))
    return list(islice(found, limit))


def _byline_candidates(page: Page) -> list[Element]:
    bodies = page.bodies()
    found = (_BYLINE_CANDIDATES_IN_BODY(bodies[0]) if len(bodies) == 1
             else BYLINE_CANDIDATES_XPATH(page.root))
    return cast(list[Element], found)


def _no_names(el: Element) -> bool:
    """A byline element that names no one and so takes none of the five places: an author
    box's bio, an avatar link (an image, no text), or a byline block that also holds the
    date and reading time ("Dec 17, 2024 • 2 min read"; Casper's article-byline wraps the
    avatars, the names and the date): the names are read from the element inside it.

    >>> from lxml import html
    >>> [_no_names(html.fromstring(h)) for h in ('<a href="/author/x/"><img src="x"></a>',
    ...     '<div class="byline"><h4>Jane Doe</h4><time>Dec 17, 2024</time></div>',
    ...     '<h4 class="author-name">Jane Doe, IANS</h4>',
    ...     '<div class="byline">By Jane Doe | Dec 17, 2024</div>')]
    [True, True, False, False]
    """
    if is_bio(el):
        return True
    text = _spaced_text(el)
    # A line of text alone ("By Jane Doe | Dec 17, 2024") names its author before the date
    # (the author clean-up cuts there); a block with elements inside names them in one.
    return not text or (any(c.isdigit() for c in text) and len(el) > 0)


#: More words than any byline prints, even one naming several people with roles and an
#: agency ("By Jane Doe and John Roe, Special Correspondents, with inputs from PTI"): prose.
MAX_BYLINE_WORDS = 24


def is_bio(el: Element) -> bool:
    """An author box, not a byline: an element marked as the author (WordPress plugins'
    boxes, such as Simple Author Box's `itemprop="author"` div) whose text runs on into the
    author's biography. Its name is read from the byline element inside it instead. Counts
    words only until the limit is passed.

    >>> from lxml import html
    >>> box = html.fromstring('<div itemprop="author"><a class="author">IANS</a>'
    ...     '<p>IANS is an Indian news agency that covers India and South Asia, with '
    ...     'bureaus in every state capital, and files copy round the clock.</p></div>')
    >>> is_bio(box), is_bio(box[0])
    (True, False)
    """
    words = 0
    for text in el.itertext():
        words += len(text.split())
        if words > MAX_BYLINE_WORDS:
            return True
    return False


@lru_cache(maxsize=16384)
def names_say_standfirst(names: str) -> bool:
    """A class naming a dek/standfirst ("article__desc", "standfirst", "sub-title" …).

    >>> names_say_standfirst("article__desc"), names_say_standfirst("article__paragraph")
    (True, False)
    >>> names_say_standfirst("linha-fina-noticia"), names_say_standfirst("linhafina")
    (True, True)
    >>> names_say_standfirst("headlines leadModule"), names_say_standfirst("textModule")
    (True, False)
    >>> names_say_standfirst("asummary"), names_say_standfirst("summaryx")
    (True, False)
    >>> names_say_standfirst("title-sub"), names_say_standfirst("title--line__red")
    (True, False)
    >>> names_say_standfirst("BaseWrap-sc-gjQpdd SplitScreenContentHeaderDek-emptdL")
    True
    >>> names_say_standfirst("ContentHeaderHed-lcUSuI"), names_say_standfirst("Dekstop")
    (False, False)
    >>> names_say_standfirst("article__synopsis")
    True

    Drupal's field type is no name: its body field is `field--type-text-with-summary`
    (Drupal 7: `field-type-text-with-summary`); `field--name-field-summary` still is one.

    >>> names_say_standfirst("field field--name-body field--type-text-with-summary")
    False
    >>> names_say_standfirst("field--name-field-summary field--type-string-long")
    True
    """
    return any(SUBTITLE_TOKEN.match(t) or _STYLED_DEK.match(t)
               for t in names.split() if not _FIELD_TYPE.match(t))


#: A styled-components name closing in a dek's name, its hash after a hyphen (Condé Nast's
#: "SplitScreenContentHeaderDek-emptdL", "ContentHeaderDek-gNjOuC"): PascalCase words glued.
_STYLED_DEK = re.compile(r"^[A-Z][A-Za-z]*?(?-i:Dek|Standfirst|Subhed)(?:-[A-Za-z0-9]{5,7})?$")


#: A Drupal field's type class ("field--type-text-with-summary", Drupal 7's "field-type-…").
_FIELD_TYPE = re.compile(r"field--?type-")


@lru_cache(maxsize=4096)
def hashed_names_say_standfirst(names: str) -> bool:
    """A CSS Modules class naming a standfirst once its hash is off (`_CSS_MODULE_HASH`).

    >>> hashed_names_say_standfirst("NewsHeader_lead__kJ4rH")
    True
    >>> hashed_names_say_standfirst("summary__title"), hashed_names_say_standfirst("lead")
    (False, False)
    """
    return any(SUBTITLE_TOKEN.match(_CSS_MODULE_HASH.sub("", t)) for t in names.split()
               if "__" in t and _CSS_MODULE_HASH.search(t))


#: The byline's text, without a place printed in it as its own element: portals print the
#: desk's city beside the name ("<span>Press Trust of India</span> <span class=city-name>").
_BYLINE_TEXTS = etree.XPath(
    "descendant::text()[not(ancestor::*[contains(@class, 'city') or contains(@class, 'location')"
    " or contains(@class, 'dateline')])]", smart_strings=False)


def _spaced_text(el: Element) -> str:
    """Text with a space between elements: "ERIC TUCKER<br>Associated Press" stays two words."""
    # The XPath only when a descendant is classed at all like a place: most bylines are not.
    places = any(w in c for d in el.iterdescendants() if (c := d.get("class") or "")
                 for w in ("city", "location", "dateline"))
    texts = _BYLINE_TEXTS(el) if places else el.itertext()
    return " ".join(t.strip() for t in texts if t.strip())


def _headline(page: Page) -> list[str]:
    """Headline candidates, best first: the newsroom's own JSON-LD headline and og:title
    (suffix-stripped by the loader), then the printed <h1>, then twitter:title and <title>.

    On the dev corpus this order matches the reviewed headline most often; <h1> alone loses
    to kickers folded into it ("Overline: Headline") and to site-name <h1>s.
    """
    # The first <h1> with text (later ones are not read: logos, teasers).
    h1_el = next((el for el in page.h1s() if printed_headline(el)), None)
    h1 = printed_headline(h1_el) if h1_el is not None else None
    declared = [*metadata.headline(page), *page.meta.get("og:title", [])]
    social = page.meta.get("twitter:title", [])
    candidates = [*declared, *filter(None, [h1]), *social, *filter(None, [page.title_tag])]
    printed = _printed_with_kicker(h1_el, [*declared, *social]) if h1_el is not None else None
    if printed is not None:
        return [printed, *(c for c in candidates if c is not printed)]
    candidates = without_kicker(without_truncated(candidates, [*page.meta.get("og:title", []), h1]))
    return without_site_name(candidates, metadata.own_names(page))


def without_site_name(candidates: list[str], names: tuple[str, ...]) -> list[str]:
    """Candidates that are just the site's own name moved last: a theme that prints og:title
    from the site's settings names the site on every page, and the <h1> is the headline.

    >>> without_site_name(["Daily Courier", "Storms cut power"], ("Daily Courier",))
    ['Storms cut power', 'Daily Courier']
    """
    if not names:
        return candidates
    own = {n.casefold() for n in names}
    named = [c for c in candidates if (clean_text(c) or "").casefold() in own]
    return [*(c for c in candidates if c not in named), *named] if named else candidates


def _printed_with_kicker(h1: Element, declared: list[str]) -> str | None:
    """The declared title ("Nationale Demo / Der 9. Juli naht…") that is exactly what the
    <h1> prints, kicker element and headline ("<h1><span>Nationale Demo</span>Der 9. Juli
    naht…</h1>"): the newsroom's own title, kicker included."""
    children = {clean_text(text_content(child)) for child in h1}
    full = clean_text(" ".join(h1.itertext()))  # "<span>Demo</span>Der 9." reads "Demo Der 9."
    for candidate in declared:
        text = clean_text(unescape_entities(candidate)) or ""
        match = _KICKER.match(text)
        if match is None:
            continue
        kicker = _KICKER_END.sub("", match.group())
        if kicker in children and full == f"{kicker} {text[match.end():]}":
            return candidate
    return None


def without_kicker(candidates: list[str]) -> list[str]:
    """Candidates with the first one moved behind any other candidate that is its tail after a
    kicker ("Neue Leipziger Schule: Judy Lybke…" → "Judy Lybke…"): a kicker (overline,
    Dachzeile) is printed above the headline, not part of it.

    >>> without_kicker(["Olympics: Germany wins", "Germany wins"])
    ['Germany wins', 'Olympics: Germany wins']
    """
    cleaned = [clean_text(unescape_entities(c)) or "" for c in candidates]
    first = cleaned[0] if cleaned else ""
    for i, other in enumerate(cleaned[1:], start=1):
        if other and first != other and _KICKER.sub("", first, count=1) == other:
            return [candidates[i], *candidates[:i], *candidates[i + 1:]]
    return candidates


#: Structured data cuts a long headline to fit Google's old 110-character limit: at the last
#: space (@unhead/schema-org, Nuxt's) or with an ellipsis. A first candidate this long that
#: another one continues is such a cut.
CUT_HEADLINE_CHARS = 80
_ELLIPSIS = re.compile(r"\s*(?:\.{3}|…)$")


def without_truncated(candidates: list[str], wholes: list[str | None]) -> list[str]:
    """Candidates with the first one moved behind the longer headline it is a cut of, when
    og:title or the <h1> (`wholes`) carries it whole: a JSON-LD headline shortened with an
    ellipsis, or at a word.

    >>> cut, whole = "Storms cut power to…", "Storms cut power to 40,000 homes | Site"
    >>> without_truncated([cut, whole], [whole])
    ['Storms cut power to 40,000 homes | Site', 'Storms cut power to…']
    >>> short = ["Storms cut power", "Storms cut power today"]  # a short headline is no cut
    >>> without_truncated(short, short[1:])
    ['Storms cut power', 'Storms cut power today']
    """
    if not candidates or (len(candidates[0]) < CUT_HEADLINE_CHARS
                          and not candidates[0].rstrip().endswith(("...", "…"))):
        return candidates  # most headlines: too short to be cut, and no ellipsis
    first = clean_text(unescape_entities(candidates[0])) or ""
    stem = _ELLIPSIS.sub("", first)
    if stem == first:
        if len(first) < CUT_HEADLINE_CHARS:
            return candidates  # a short headline is no cut
        stem += " "  # cut at a word: the whole one goes on after a space
    for whole in wholes:
        text = strip_site_suffix(clean_text(unescape_entities(whole or "")) or "")
        if len(text) > len(stem) and text.startswith(stem):
            return [whole, *(c for c in candidates if c is not whole)]  # type: ignore[list-item]
    return candidates


def printed_headline(h1: Element) -> str | None:
    """An <h1>'s text without its overline/kicker element, visually hidden separators and
    text for screen readers only ("<span class="sr-only">(opens in new tab)</span>").

    >>> import lxml.html
    >>> printed_headline(lxml.html.fragment_fromstring('<h1><a href="/a">Talks go on<span '
    ...     'class="visually-hidden"> (opens in new tab)</span></a></h1>'))
    'Talks go on'
    >>> printed_headline(lxml.html.fragment_fromstring(
    ...     '<h1><span class="badge live">LIVE</span>Talks go on</h1>'))
    'Talks go on'
    """
    return clean_text(" ".join(_h1_texts(h1)))


def _h1_texts(h1: Element, depth: int = 0) -> Iterator[str]:
    if h1.text:
        yield h1.text
    for child in h1:
        names = f"{child.get('class', '')} {child.get('id', '')}"
        if child.get("aria-hidden") == "true" or (depth == 0 and _KICKER_NAME.search(names)):
            pass
        elif depth == 0 and _BADGE_NAME.search(names) \
                and len(text_content(child).strip()) <= MAX_BADGE_CHARS:
            pass  # a badge set in the headline ("LIVE", "Updated", "Exclusive")
        elif _SCREEN_READER_ONLY.search(names) and any(
                c.isalpha() for c in text_content(child)):
            pass  # words for screen readers; a hidden ": " joining a kicker is printed text
        elif len(child) and depth < 2:  # a link around the headline, a span in it
            yield from _h1_texts(child, depth + 1)
        else:
            yield text_content(child)
        if child.tail:
            yield child.tail


_SCREEN_READER_ONLY = re.compile(r"\b(?:sr-only|visually-?hidden|screen-reader-text)\b", re.I)
#: A badge in the headline's element: a word or two on a coloured pill, not headline text.
_BADGE_NAME = re.compile(r"badge|label|pill|\blive\b|breaking|exclusive", re.I)
MAX_BADGE_CHARS = 20


def place_stamp(standfirst: Element) -> tuple[str | None, str]:
    """(place, text) of a standfirst opening with the place it was filed from in an element
    of its own ("<p class=description><span class=location-stamp>Hà Nội</span>Đường sắt…"):
    the place is the dateline, not the standfirst's first words.

    >>> import lxml.html
    >>> place_stamp(lxml.html.fragment_fromstring('<p class="description"><span class='
    ...     '"location-stamp">Hà Nội</span>Đường sắt Việt Nam đề xuất</p>'))
    ('Hà Nội', 'Đường sắt Việt Nam đề xuất')
    >>> place_stamp(lxml.html.fragment_fromstring('<p><b>Hà Nội</b> Đường sắt</p>'))
    (None, 'Hà Nội Đường sắt')
    """
    first = standfirst[0] if len(standfirst) else None
    if first is None or (standfirst.text or "").strip() or not any(
            w in (first.get("class") or "") for w in ("location", "dateline", "city")):
        return None, text_content(standfirst)
    place = " ".join(text_content(first).split())
    rest = text_content(standfirst)[len(text_content(first)):].lstrip(" -–—:")
    if not place or len(place) > 40 or not rest.strip():
        return None, text_content(standfirst)
    return place, rest.strip()


#: The unclassed heading tags a dek is printed in right after the <h1>.
_DEK_HEADINGS = frozenset({"h2", "h3"})


def _dek_heading(after: Element | None) -> Element | None:
    """The element after the headline, or the lone heading a wrapper right after it holds
    (India Today's `<div class="story-kicker"><h2>Dek</h2></div>`).

    >>> import lxml.html
    >>> def dek(html): return _dek_heading(lxml.html.fragment_fromstring(html)).tag
    >>> dek('<div class="story-kicker"><h2>A sentence.</h2></div>'), dek('<h3>A sentence.</h3>')
    ('h2', 'h3')
    >>> dek('<div><h2>One</h2><p>Two</p></div>')
    'div'
    """
    if after is not None and after.tag == "div" and len(after) == 1 \
            and after[0].tag in _DEK_HEADINGS and not (after.text or "").strip() \
            and not (after[0].tail or "").strip():
        return after[0]
    return after


def _standfirst(page: Page, marks: Boilerplate) -> Element | None:
    """A dek/standfirst element printed with the headline: its class says so, and it sits
    next to the <h1> (sharing an ancestor at most `STANDFIRST_REACH` levels above it), so
    author-bio "descriptions" and sub-headings further down do not qualify."""
    h1s = page.h1s()
    if not h1s:
        return None
    ancestors = list(h1s[0].iterancestors())[:STANDFIRST_REACH]
    if not ancestors:
        return None
    title = clean_text(text_content(h1s[0])) or ""
    for el in SUBTITLE_XPATH(ancestors[-1]):
        # A "lede" wrapper around the headline itself is a section, not the standfirst; a
        # classed paragraph after other paragraphs is body text.
        # DER SPIEGEL names its teaser by its `data-area` ("intro"), the Süddeutsche by its
        # `data-manual` ("teaserText"), their classes being layout.
        names = f"{el.get('class', '')} {el.get('data-area', '')} {el.get('data-manual', '')}"
        if el in ancestors or not (names_say_standfirst(names) or (
                # A hashed lead right before the text's paragraphs is their bold opening
                # (n-tv's "storyline_lead_text_leadtext__q_wg8"), not a standfirst.
                hashed_names_say_standfirst(names) and _next_tag(el) != "p")):
            continue
        if _follows_paragraph(el, h1s[0], ancestors) or marks.covers(el) \
                or _IN_AUTHOR_SCOPE(el):
            continue
        text = clean_text(text_content(el)) or ""
        if 15 <= len(text) <= MAX_STANDFIRST_CHARS and text != title and not _SECOND_P(el):
            return el
    named = _component_standfirst(h1s[0])
    if named is not None and not marks.covers(named):
        return named
    # Unnamed (or tersely named: "strydsc") deks: an <h2> (the Express: an <h3>) printed
    # right after the <h1>, as a sentence, not a link or a label.
    after = _dek_heading(h1s[0].getnext())
    if after is not None and after.tag in _DEK_HEADINGS and not after.findall(".//a") \
            and not marks.covers(after):
        text = clean_text(text_content(after)) or ""
        if 40 <= len(text) <= MAX_STANDFIRST_CHARS and text != title \
                and not generic.is_label(text):
            return after
    return None


#: A standfirst named by its component follows the headline's wrapper this many levels up.
COMPONENT_REACH = 3


def _component_standfirst(h1: Element) -> Element | None:
    """The element after the headline (or after one of its wrappers) whose component name
    says standfirst, where CSS-in-JS templates hash their classes: the Guardian's
    `<div data-gu-name="headline">…<h1>` then `<div data-gu-name="standfirst"><p>…`.

    >>> import lxml.html
    >>> div = lxml.html.fragment_fromstring('<div><div data-gu-name="headline"><div><h1>T</h1>'
    ...     '</div></div><div data-gu-name="standfirst"><p>A sentence or two.</p></div></div>')
    >>> _component_standfirst(div.find(".//h1")).get("data-gu-name")
    'standfirst'
    """
    for el in (h1, *islice(h1.iterancestors(), COMPONENT_REACH)):
        after = el.getnext()
        if after is None or not any(names_say_standfirst(after.get(a) or "")
                                    for a in COMPONENT_ATTRS):
            continue
        text = clean_text(text_content(after)) or ""
        return after if 15 <= len(text) <= MAX_STANDFIRST_CHARS else None
    return None


def _next_tag(el: Element) -> str | None:
    """The tag of the element after `el`, if any."""
    after = el.getnext()
    return after.tag if after is not None else None


def article_scope(page: Page) -> Element:
    """The element around the headline that holds the article: the <h1>'s nearest <article>
    or <main> ancestor, else its ancestor `DATE_LINE_REACH` levels up, else the page."""
    h1s = page.h1s()
    if not h1s:
        return page.root
    ancestors = [a for a in h1s[0].iterancestors() if a.tag not in ("html", "body")]
    for el in ancestors[:DATE_LINE_REACH]:
        if el.tag in ("article", "main"):
            return el
    return ancestors[min(DATE_LINE_REACH, len(ancestors)) - 1] if ancestors else page.root


def _follows_paragraph(el: Element, headline: Element | None = None,
                       around: Iterable[Element] = ()) -> bool:
    """A paragraph comes before `el` after the headline (a kicker <p> above the <h1> does not
    count): then `el` is body text, not the standfirst. The headline may be an <h2>/<h3>
    standing in for the <h1> (`Page.h1s`), `around` its wrappers.

    >>> import lxml.html
    >>> head = lxml.html.fragment_fromstring('<div><p class="section">News</p><h3>T</h3>'
    ...     '<p class="sub_tit">Dek</p></div>')
    >>> _follows_paragraph(head[2]), _follows_paragraph(head[2], head[1])
    (True, False)
    """
    sibling = el.getprevious()
    while sibling is not None:
        if sibling.tag == "h1" or sibling is headline or sibling in around or (
                sibling.tag != "p" and sibling.find(".//h1") is not None):
            return False
        if sibling.tag == "p":
            return True
        sibling = sibling.getprevious()
    return False


#: A printed publication line, and the text nodes worth testing for one.
#: German-language papers label it "Publiziert: 17.12.2024, 13:03" (Swiss), "Veröffentlicht
#: am 17.12.2024 um 13:03 Uhr".
PUBLISHED_LINE = re.compile(
    r"^(?:first )?(?:published|posted|publiziert|veröffentlicht)(?: on| at| am)?\s*:?\s*"
    r"(?P<value>(?=.*\d).{6,60})$", re.I)
_PUBLISHED_TEXTS = etree.XPath(".//text()[contains(., 'ublished') or contains(., 'osted')"
                               " or contains(., 'ubliziert') or contains(., 'eröffentlicht')]")


def visible_date(page: Page, pattern: re.Pattern[str],
                 texts: etree.XPath | None = None) -> str | None:
    """The `value` group of the first short text block matching `pattern`, searched in the
    article around the headline (the "last modified" line sits in or just after the article;
    scanning every menu and footer text node cost more than parsing the page). A label
    printed in an element of its own (`<span class="label">Updated</span> <time>…`) is read
    with the line holding it. A line whose date is a `<time datetime>` gives that stamp
    (BLOX: `<span>Updated <time datetime="2024-12-17T14:20:11-06:00">Dec 17, 2024</time>`,
    the day alone in the text). A line printing both dates ("Published 1:03 p.m. ET Dec.
    17, 2024 | Updated 3:20 p.m. ET Dec. 17, 2024", Gannett's) is read part by part.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> page = Page(url="u", root=lxml.html.document_fromstring("<html><body><h1>T</h1>"
    ...     "<div>Published 1:03 p.m. ET Dec. 17, 2024 | Updated 3:20 p.m. ET Dec. 17, 2024"
    ...     "</div><p>Text.</p></body></html>"))
    >>> visible_date(page, PUBLISHED_LINE), visible_date(page, bp.MODIFIED_LINE)
    ('1:03 p.m. ET Dec. 17, 2024', '3:20 p.m. ET Dec. 17, 2024')
    >>> page = Page(url="u", root=lxml.html.document_fromstring("<html><body><h1>T</h1>"
    ...     "<div><span>Publiziert: 17.12.2024, 13:03</span></div><p>Text.</p></body></html>"))
    >>> visible_date(page, PUBLISHED_LINE, _PUBLISHED_TEXTS)
    '17.12.2024, 13:03'
    """
    for node in (texts or _literal_xpath(pattern.pattern))(article_scope(page)):
        parent = node.getparent()
        if parent is None:
            continue
        text = clean_text(text_content(parent)) or ""
        label = None
        if len(text) <= MAX_LABEL_CHARS and (line := parent.getparent()) is not None:
            label, parent, text = parent, line, clean_text(text_content(line)) or ""
        if len(text) >= 200:
            continue
        parts = _LABELLED_PARTS.split(text) if "|" in text or " / " in text else [text]
        for part in parts:
            if m := pattern.search(part):
                # An "Updated" line whose date is a <time datetime>: that stamp, not the day
                # its text prints (only when the line holds one date).
                stamps = [t.get("datetime") for t in parent.iter("time") if t.get("datetime")]
                if len(stamps) == 1 and len(parts) == 1:
                    return str(stamps[0])
                value = _PLACE_TAIL.sub("", m.group("value"))
                # The parenthesis the line closes: "17 dicembre 2024 (modifica il 17
                # dicembre 2024 | 15:20)".
                value = value.rstrip(")") if "(" not in value else value
                return _with_printed_day(value, parent)
        if label is not None and (sibling := _labelled_sibling(label, pattern)):
            return sibling
    return None


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


#: A clock time alone ("3:20 PM PT"), and the day a date line prints ("July 17, 2024",
#: "Dec. 17, 2024", "17 December 2024").
_CLOCK_ONLY = re.compile(r"^\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$", re.I)
_PRINTED_DAY = re.compile(
    r"\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}"
    r"|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{4})")


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
    if not _CLOCK_ONLY.match(value) or box is None:
        return value
    day = _PRINTED_DAY.search(text_content(box)[:200])
    return f"{day.group(0)} {value}" if day else value


#: Where a date line printing both dates starts its second ("… | Updated …").
#: NBC News slashes them: "Dec. 17, 2024, 1:03 PM EST / Updated Dec. 17, 2024, 3:20 PM EST".
_LABELLED_PARTS = re.compile(
    r"\s+[|•·/]\s+(?=(?:last |first )?(?:updated|modified|published|posted)\b)", re.I)


#: A label alone in its element ("Updated", "Last modified:"), not a date line.
MAX_LABEL_CHARS = 16


@lru_cache(maxsize=64)
def _literal_xpath(pattern: str) -> etree.XPath:
    """Text nodes worth a regex test: those containing the pattern's literal prefix."""
    literal = re.match(r"[\w ]{6,}", pattern.lstrip("^"))
    if literal and not pattern.startswith("^(?"):
        words = literal.group(0).strip().split()
        probe = " ".join(words[-3:])
        return etree.XPath(f".//text()[contains(., '{probe}')]")
    return etree.XPath(bp.MODIFIED_TEXT_XPATH)


@dataclass(slots=True)
class Layout:
    """What the body and standfirst searches share: the page's voting paragraphs and the
    boilerplate verdicts (generic rules plus the profile's drops)."""

    paragraphs: generic.Voters
    marks: Boilerplate
    #: The element read as the standfirst: it is the subtitle, so never also a body paragraph.
    standfirst: Element | None = None
    #: The wrapper of the next story an infinite-scroll page prints below this one.
    following: Element | None = None
    #: Credit lines ("By Jane Doe") dropped from the top of the body, before any paragraph:
    #: they name the writers where the metadata names only the site.
    credits: list[str] = dataclass_field(default_factory=list)


def page_layout(page: Page, profile: SiteProfile | None) -> Layout:
    """Voters and boilerplate marks for `page`, computed once per page."""
    paragraphs = page.memo("voters", generic.voters)  # the listing test may have read them
    votes, total = generic.subtree_votes(paragraphs)
    total -= generic.dropped_votes(paragraphs, votes)
    kept = {a for h1 in page.h1s() for a in (h1, *h1.iterancestors())}
    kept |= generic.known_container_paths(paragraphs)
    drops = _compiled_union(profile.drop)(page.root) if profile and profile.drop else []
    # An infinite-scroll page's next story is never this body (looked for only on pages
    # with two <h1>s: the titles cost a JSON-LD walk).
    following = generic.next_story(page.h1s(), paragraphs, metadata.title(page)) \
        if len(page.h1s()) > 1 else None
    if following is not None:
        drops = [*drops, following]
    return Layout(paragraphs, Boilerplate(votes, total, kept, drops), following=following)


def body_paragraphs(
    page: Page, profile: SiteProfile | None, layout: Layout, title: str = ""
) -> list[str]:
    """Body paragraphs: profile body rules, else the generic container, then filtered."""
    marks = layout.marks
    # The headline is the title and the standfirst the subtitle: never body paragraphs.
    standfirst = [] if layout.standfirst is None else [layout.standfirst]
    marks.add([*page.h1s(), *standfirst, *_summary_list(page.h1s())])
    blocks: list[Element | str] = []
    containers: list[Element] = []
    for rule in profile.fields.body if profile else ():
        matches = [m for m in _compiled(rule)(page.root) if not marks.covers(m)]
        if matches:
            for m in matches:
                blocks.extend(generic.iter_blocks(m, marks))
            break
    if not blocks:
        containers = generic.choose_containers(layout.paragraphs, marks)
        lead = _leading_standfirst(containers[0]) if containers else None
        if layout.standfirst is None:
            layout.standfirst = lead
            marks.add([lead] if lead is not None else [])
        elif lead is not None and lead.tag in ("ul", "ol"):
            marks.add([lead])  # a summary list opening the text, the dek printed above: no body
        for container in containers:
            blocks.extend(generic.iter_blocks(container, marks))
    phrases = frozenset(p.casefold().strip(" .…") for p in profile.drop_phrases) if profile \
        else frozenset()
    patterns = [p for _, p in profile.compiled_date_patterns] if profile else []
    paragraphs = _filter_blocks(generic.block_texts(blocks), phrases, patterns, title,
                                layout.credits)
    if not profile and containers and \
            sum(len(p.split()) for p in paragraphs) < GALLERY_MAX_INTRO_WORDS:
        paragraphs += gallery_captions(containers[0], page.h1s())
    return paragraphs


#: A photo gallery's printed text is a short intro (fewer words than this) …
GALLERY_MAX_INTRO_WORDS = 80
#: … then at least this many captions of a sentence (`GALLERY_CAPTION_WORDS` words) each.
GALLERY_MIN_CAPTIONS = 3
GALLERY_CAPTION_WORDS = 8
_CAPTIONS = etree.XPath("descendant::figcaption | descendant::*[contains(@class, 'caption')]")
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
    """
    scope = next((a for a in container.iterancestors() if h1s and h1s[0] in a.iterdescendants()),
                 None)
    if scope is None:
        return []
    texts = []
    for el in _CAPTIONS(scope):
        if el.tag != "figcaption" and any(True for _ in _CAPTIONS(el)):
            continue  # a wrapper around the caption proper
        text = _caption_text(el)
        if len(text.split()) >= GALLERY_CAPTION_WORDS:
            texts.append(text)
    return texts if len(texts) >= GALLERY_MIN_CAPTIONS else []


def _caption_text(caption: Element) -> str:
    """A caption's text without the credit elements in it."""
    pieces: list[str] = []

    def walk(el: Element) -> None:
        for child in el:
            if isinstance(child.tag, str) and not _CREDIT_CLASS.search(child.get("class", "")):
                pieces.append(child.text or "")
                walk(child)
            pieces.append(child.tail or "")

    pieces.append(caption.text or "")
    walk(caption)
    return clean_text(" ".join(pieces)) or ""


def _summary_list(h1s: list[Element]) -> list[Element]:
    """A list printed right after the headline, before the byline and the text: the story's
    summary points (MailOnline's `ul.mol-bullets-with-font`), not body text.

    >>> import lxml.html
    >>> div = lxml.html.fragment_fromstring('<div><h1>T</h1><ul><li>Point</li></ul><p>x</p></div>')
    >>> [el.tag for el in _summary_list([div[0]])]
    ['ul']
    """
    after = h1s[0].getnext() if h1s else None
    return [after] if after is not None and after.tag in ("ul", "ol") else []


def _leading_standfirst(container: Element) -> Element | None:
    """The body's first element when its class names a standfirst and it holds one short
    line: a page with no headline <h1> to look beside (the portal's logo is its <h1>) prints
    the dek as the body's opening (`<strong class="media_end_summary">`)."""
    children = [el for el in container if isinstance(el.tag, str)]
    while len(children) == 1 and not (container.text or "").strip():  # a wrapper: go in
        container = children[0]
        children = [el for el in container if isinstance(el.tag, str)]
    first = children[0] if children else None
    if first is None or not names_say_standfirst(first.get("class", "")):
        return None
    text = clean_text(text_content(first)) or ""
    return first if 15 <= len(text) <= MAX_STANDFIRST_CHARS and not (container.text or "").strip() \
        else None


def _filter_blocks(
    texts: Iterable[tuple[str, float]], phrases: frozenset[str],
    patterns: list[re.Pattern[str]], title: str, credits: list[str] | None = None,
) -> list[str]:
    """Drop boilerplate blocks; cut at a related-stories heading that starts the page's tail.
    Byline lines dropped before the first paragraph kept go to `credits`."""
    blocks = list(texts)
    out: list[str] = []
    words = counted = 0  # words in out[:counted]: counted only at such a heading (rare)
    kept = -2  # index of the block last kept (none yet: not "the one before the first")
    last_break = None  # len(out) at the last <hr>
    for i, (text, density) in enumerate(blocks):
        if text == generic.THEMATIC_BREAK:
            last_break = len(out)
            continue
        if len(text) < 60 and bp.STOP_HEADING.match(text):
            # "Related coverage" mid-article (AP) is followed by more article than preceded it,
            # and a widget repeated between paragraphs ("Most Popular") is inline; a related
            # list at the end is shorter than the article above it.
            words += sum(len(t.split()) for t in out[counted:])
            counted = len(out)
            rest = sum(len(t.split()) for t, _ in blocks[i + 1:])
            repeated = sum(1 for t, _ in blocks if t == text) > 1
            if words >= STOP_AFTER_WORDS and rest < words and not repeated \
                    and not _article_follows(blocks[i + 1:i + 2 + INLINE_BOX_LINKS]):
                break
            continue
        if generic.is_boilerplate_text(text, density, phrases) or text == title:
            if density > 0.6 and kept == i - 1 and generic.is_label(out[-1]):
                out.pop()  # "More on this:" over a list of links goes with the list
            continue
        if len(text) < 60 and bp.BYLINE_LINE.match(text):
            if not out and credits is not None:
                credits.append(text)
            continue
        if is_date_line(text):
            continue
        if text[-1:] in "摄）)" and bp.PHOTO_CREDIT_END.search(text[-30:]):
            continue  # a Chinese photo caption, printed as a paragraph of the text
        if patterns and any(p.search(text) for p in patterns):
            continue
        out.append(text)
        kept = i
    if last_break:
        out = _without_set_apart_tail(out, last_break)
    labels = _repeated_labels(out)
    return [t for t in out if t not in labels] if labels else out


def _without_set_apart_tail(out: list[str], last_break: int) -> list[str]:
    """Without what a thematic break (<hr>) sets apart at the end, when it is short beside the
    article above it: a press release's "about the company" text, an author's bio, a footnote.

    >>> _without_set_apart_tail(["Story " * 80, "Acme is a maker of widgets."], 1)[1:]
    []
    >>> len(_without_set_apart_tail(["Part one " * 30, "Part two " * 30], 1))
    2
    """
    head = sum(len(t.split()) for t in out[:last_break])
    tail = sum(len(t.split()) for t in out[last_break:])
    if head >= STOP_AFTER_WORDS and tail <= SET_APART_SHARE * head:
        return out[:last_break]
    return out


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


def _article_follows(following: list[tuple[str, float]]) -> bool:
    """Is the first block after a related-stories heading and its few links a long paragraph
    of text? Then the heading labels an inline box ("Related Story" over one link) and the
    article goes on (a teaser list has short, linked items, and more of them).

    >>> link, para = ("Maternity wards are closing", 1.0), ("word " * 45, 0.0)
    >>> _article_follows([para]), _article_follows([link, para])
    (True, True)
    >>> _article_follows([link, link, link, para]), _article_follows([("Short", 0.0), para])
    (False, False)
    """
    for text, density in following[:INLINE_BOX_LINKS + 1]:
        if density <= LINK_BLOCK_DENSITY:
            return len(text.split()) >= LONG_PARAGRAPH_WORDS and density < 0.3
    return False


#: Where the printed page gives a field that metadata did not, best first.
PRINTED_SOURCES: tuple[tuple[str, tuple[Callable[[Page], Iterable[str]], ...]], ...] = (
    ("authors", (
        _author_box_titles,
        lambda page: _header_by_line(headline_block(page)),
        lambda page: [] if headline_block(page) is not None else _by_line_after_headline(page),
        _arabic_writer_line,
        _credit_before_day,
        metadata.site_authors,
    )),
    ("section", (
        _in_scope(lambda scope: _link_texts(_CATEGORY_LINKS(scope))),
        _in_scope(_post_category_texts),
        printed_breadcrumb_section,
        _in_header(lambda header: _link_texts(_ARCHIVE_LINKS["category"](header))),
        _headline_tag_label,
        lambda page: _kicker_section(page.h1s()[0]) if page.h1s() else [],
        lambda page: _trail_above(page.h1s()[0]) if page.h1s() else [],
    )),
    ("tags", (
        _term_links,
        lambda page: _link_texts(_post_tag_links(page)),
        lambda page: _link_texts(_tag_list_links(page)),
        _in_header(lambda header: _link_texts(_ARCHIVE_LINKS["tag"](header)), first=False),
    )),
    ("image_url", (
        _in_scope(_featured_image_srcs),
        lambda page: [image_src(img) for img in _lead_attachment(page)][:1],
        # The schema.org microdata image of the article (Joomla's "full article image":
        # `<img itemprop="image">` in the Article item), for pages that print no og:image.
        _in_scope(_image_srcs(_MICRODATA_IMAGES)),
        _in_scope(_amp_hero_srcs),
        lambda page: [image_src(img) for img in _NODE_IMAGE(article_scope(page))]
        if drupal_page(page) else (),
        # A picture in a <figure> of the headline's header is the lead image (Ghost's
        # feature image: Casper's figure.article-image); the byline's avatars are no figures.
        _in_header(_image_srcs(_FIGURE_IMAGES)),
        _figure_after_headline,
        _photo_opening_text,
        # The first photo the text prints as a schema.org ImageObject (VnExpress's figure
        # `itemtype="http://schema.org/ImageObject"` between paragraphs), when nothing above
        # names a lead image.
        _in_scope(_image_srcs(_IMAGE_OBJECT_FIGURES)),
    )),
    ("modified_at", (_visible_modified,)),
    ("published_at", (
        _visible_published,
        _in_header(date_archive_texts),
        _in_header(_date_classed_texts),
        lambda page: islice(_byline_line_dates(page), 1),
        lambda page: islice(_date_lines_after(page.h1s()[:1]), 1),
        _date_line_above,
        _in_scope(_printed_times),
    )),
)
