"""The headline and what sits around it: the <h1>'s block and wrapper, the article's scope,
the headline chosen among declared and printed candidates (site names, kickers and cut
headlines stripped), and the standfirst (dek) under it.

Separate because every other printed field is found relative to the headline: bylines,
dates, tags and the lead image all import their landmarks from here, and nothing here
imports them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from lxml import etree

from newsscraper.extract import boilerplate as bp
from newsscraper.extract import generic, metadata
from newsscraper.extract.marks import COMPONENT_ATTRS, Boilerplate
from newsscraper.page import Element, text_content
from newsscraper.processors import (
    breadcrumb_last,
    clean_text,
    is_date_line,
    is_home_label,
    names_a_site,
    strip_site_suffix,
    unescape_entities,
)

if TYPE_CHECKING:
    from newsscraper.page import Page

#: A kicker before the headline proper: "Kicker: ", "Kicker - ", "Kicker / ", "«Quote»: ".
_KICKER = re.compile(r"^.{2,80}?(?::| [-–—/|]) ")
_KICKER_END = re.compile(r"(?::| [-–—/|]) $")
#: Class names of kicker/overline elements inside an <h1> (Dachzeile, Spitzmarke, roofline).
_KICKER_NAME = re.compile(
    r"overline|kicker|topline|roofline|dachzeile|spitzmarke|supertitle|eyebrow|flag", re.I
)

#: A standfirst shares an ancestor with the <h1> at most this many levels above the <h1>.
STANDFIRST_REACH = 2
#: The visible "last modified" line is searched this many levels above the <h1>.
DATE_LINE_REACH = 5

# Generic standfirst, byline and headline locations (named constants, not inline selectors).
#: A standfirst is a sentence or two; a longer "lead" paragraph, even classed so (the bold
#: opening of Austrian and German papers' text: `p.article-leadtext`), is the text's first
#: paragraph, and stays in the body.
MAX_STANDFIRST_CHARS = 320
#: The tags a standfirst is printed in (walked with a tag-filtered iterdescendants(): the
#: union of five `descendant::` XPaths walked the subtree five times, at 3x the cost).
SUBTITLE_TAGS = ("p", "div", "h2", "h3", "span")
SUBTITLE_TOKEN = re.compile(
    # A one-letter block prefix before "summary" (Il Sole 24 Ore's "atitle", "asummary").
    r"^(?:.*[-_]|[a-z](?=summary$))?(?:standfirst|subtitle|sub-?title|dek|subheadline|sub-?headline|excerpt|"
    r"lead|lede|deck|sub-?deck|strapline|summary|intro|teaser[-_]?text|article-?teaser|desc|description|"
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
    # "subhead" alone: POLITICO's `<p class="subhead">` under its <h1>; in a text's run a
    # sub-heading so named follows a paragraph, and is not read as one.
    r"sub-?head|"
    # Korean CMSs' abbreviation: "sub_tit", "subtit" (the line under the headline).
    r"sub[-_]?tit|"
    # The headline's own sub-line named after it: "title-sub" (The Kathmandu Post), "title_sub",
    # and abbreviated as Korean CMSs do: "view_tit_sub" (The Korea Herald's, under `h1.view_tit`).
    r"tit(?:le)?[-_]?sub|"
    r"chapo|chapeau|"
    # An abstract (`div.abstract`, MSN's glued `p.articleabstract`, Pitchfork's
    # `review-detail__abstract`) and the German word for an introduction ("Einleitung": MDR's
    # and WDR's `p.einleitung`). Not "introduction": QQ's opens its text, which GNE counts.
    r"(?:article-?)?abstract|einleitung|"
    # German public broadcasters' "shorttext" (the teaser over the text); Korean
    # broadcasters' "midtitle" (the line under the headline: "midtitle_text").
    r"short-?text|mid-?title(?:[-_]?text)?)"
    # A camelCase component name ("leadModule", La Presse's standfirst).
    r"(?:module)?$",
    re.I,
)
#: `SUBTITLE_TOKEN.match(token) is not None`, cheaper (on a first pass over new pages).
subtitle_token = bp.caseless_match(SUBTITLE_TOKEN)
#: A CSS Modules name (Next.js: "[component]_[local]__[hash]", "NewsHeader_lead__kJ4rH"):
#: five base64 characters, one a capital or digit ("summary__title" is BEM, no hash).
_CSS_MODULE_HASH = re.compile(r"__(?=[\w-]*[A-Z0-9])[\w-]{5}$")

# Compiled once, like the above (a string passed to .xpath() is compiled on every call).
SECOND_P = etree.XPath(".//p[2]")
#: An author box marked up as schema.org Person: its "description" is the author's bio.
_IN_AUTHOR_SCOPE = etree.XPath("boolean(ancestor-or-self::*[@itemprop = 'author'])")


#: How many elements after the headline may hold its date line (the byline, a share bar…).
DATE_LINE_SIBLINGS = 4


#: How many wrappers around the headline `headline_wrapper` climbs.
HEADLINE_WRAPPERS = 2


def headline_wrapper(h1: Element) -> Element:
    """The outermost of the few wrappers holding the headline alone
    (`<div class="articleIdentH1"><h1>…</h1></div>`) or with only its dek (the Express:
    `<header><h1>…</h1><h3>…</h3></header>`; Sky News: `<div class="…__wrap"><div><h1>…
    </h1></div><p class="…__sub-title">…</p></div>`): the byline and date lines follow it.

    >>> import lxml.html
    >>> header = lxml.html.fragment_fromstring('<div><div class="wrap"><div><h1>T</h1></div>'
    ...     '<p class="header__sub-title">Dek</p></div><p>Jane Doe</p><p>17 Dec 2024</p></div>')
    >>> headline_wrapper(header.find(".//h1")).get("class")
    'wrap'
    >>> header = lxml.html.fragment_fromstring('<div><h1>T</h1><p>17 Dec 2024</p></div>')
    >>> headline_wrapper(header.find("h1")).tag  # a plain line beside it: may be the date
    'h1'
    """
    for _ in range(HEADLINE_WRAPPERS):
        parent = h1.getparent()
        if parent is None or parent.tag in FRAME_TAGS or not (
                len(parent) == 1 or (len(parent) == 2 and h1.getprevious() is None and (
                    (dek := h1.getnext()).tag in _DEK_HEADINGS
                    or names_say_standfirst(dek.get("class") or "")))):
            break
        h1 = parent
    return h1


#: The headline's block is its parent, unless that is the page's frame (sidebar, menus).
FRAME_TAGS = frozenset({"html", "body", "main"})


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
    if parent is None or parent.tag in FRAME_TAGS or any(
            not names_say_standfirst(p.get("class") or "") for p in parent.iter("p")):
        return None  # stops at the first plain paragraph: most <h1> parents hold the text
    return parent


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
    >>> names_say_standfirst("shorttext"), names_say_standfirst("midtitle_text")
    (True, True)
    >>> names_say_standfirst("teaser_text"), names_say_standfirst("teaser_image")  # snake_case
    (True, False)

    Drupal's field type is no name: its body field is `field--type-text-with-summary`
    (Drupal 7: `field-type-text-with-summary`); `field--name-field-summary` still is one.

    >>> names_say_standfirst("field field--name-body field--type-text-with-summary")
    False
    >>> names_say_standfirst("field--name-field-summary field--type-string-long")
    True
    """
    return any(subtitle_token(t) or _STYLED_DEK.match(t)
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

    The name's words may be glued in camelCase: the component's last word ("Article_
    elementLead__N3pGr", 20 Minuten's lead) or words ("ArticleItemTeaserText_text__H_RS_",
    BR24's teaser text; Turbopack's "ArticleItemTeaserText-module-scss-module__A6SG_q__text"
    puts the hash in the middle).

    >>> hashed_names_say_standfirst("Article_elementLead__N3pGr")
    True
    >>> hashed_names_say_standfirst("ArticleItemTeaserText-module-scss-module__A6SG_q__text")
    True
    >>> hashed_names_say_standfirst("Article_elementLeadImage__N3pGr")
    False
    """
    return any(subtitle_token(name) or subtitle_token(_CAMEL_WORD.sub(r"\1-\2", name))
               for t in names.split() if "__" in t
               for name in _module_names(t))


#: A lower-case letter or digit before a capital: where camelCase glues two words.
_CAMEL_WORD = re.compile(r"([a-z0-9])([A-Z])")
#: Turbopack's CSS Modules name: "[component]-module-scss-module__[hash]__[local]".
_TURBOPACK_MODULE = re.compile(r"^(\w+?)-module-(?:s?css|sass)-module__[\w-]{6}__(\w+)$")


def _module_names(name: str) -> tuple[str, ...]:
    """The names a CSS Modules class is made of once its hash is off: ("Component_local",)
    or, from Turbopack's, the component and the local name; none if `name` has no hash.

    >>> _module_names("NewsHeader_lead__kJ4rH"), _module_names("summary__title")
    (('NewsHeader_lead',), ())
    >>> _module_names("ArticleItemTeaserText-module-scss-module__A6SG_q__text")
    ('ArticleItemTeaserText', 'text')
    >>> _module_names("ArticleItemTeaserText_text__H_RS_"), _module_names("Summary_title__x1Y2z")
    (('ArticleItemTeaserText', 'text'), ('Summary_title',))
    """
    if (turbo := _TURBOPACK_MODULE.match(name)) is not None:
        component, local = turbo.groups()
    elif _CSS_MODULE_HASH.search(name):
        bare = _CSS_MODULE_HASH.sub("", name)
        component, _, local = bare.partition("_")
        if local.lower() not in _PLAIN_LOCALS:
            return (bare,)
    else:
        return ()
    # The component names the element where its local name is a plain part of it ("text",
    # "root"): not where it names a part of its own ("ArticleSummary_title", a box's title).
    return (component, local) if local.lower() in _PLAIN_LOCALS else (local,)


#: The local names of a CSS Modules class that leave the naming to its component.
_PLAIN_LOCALS = frozenset({"text", "root", "content", "body", "wrapper", "container", "inner",
                           "paragraph"})


def headline(page: Page) -> list[str]:
    """Headline candidates, best first: the newsroom's own JSON-LD headline and og:title
    (suffix-stripped by the loader), then the printed <h1>, then twitter:title and <title>.

    On the dev corpus this order matches the reviewed headline most often; <h1> alone loses
    to kickers folded into it ("Overline: Headline") and to site-name <h1>s.
    """
    # The first <h1> with text (later ones are not read: logos, teasers), unless the <title>
    # names another.
    first = page.h1s()[:1]
    h1_el, h1 = next(((el, text) for el in
                      headline_after_kicker(title_named_first(page.h1s(), page.title_tag))
                      if (text := first_printed(page) if first and el is first[0]
                          else printed_headline(el))
                      and not names_no_headline(el, text, page.title_tag)), (None, None))
    if h1 and page.title_tag:
        h1 = _worded_as_titled(page, h1_el, h1, page.title_tag)
    site_og = site_opengraph_titles(page)
    declared = with_edited_og_first(page, metadata.headline(page), [
        t for t in page.meta.get("og:title", []) if t not in site_og], h1)
    if page.title_tag and declared:
        declared = [without_title_named_prefix(t, page.title_tag) for t in declared]
    social = page.meta.get("twitter:title", [])
    candidates = [*declared, *filter(None, [h1]), *social, *filter(None, [page.title_tag]),
                  *site_og]
    if h1 and (level := site_level_titles(page, [*declared, *social], h1)):
        candidates = [*(c for c in candidates if c not in level), *level]
    printed = _printed_with_kicker(h1_el, [*declared, *social]) if h1_el is not None else None
    if printed is not None:
        return [printed, *(c for c in candidates if c is not printed)]
    candidates = without_kicker(without_truncated(
        without_quote_cut(candidates, h1), [*page.meta.get("og:title", []), h1],
        page.title_tag), metadata.site_names(page), _host_names(page))
    candidates = without_trails(without_site_name(with_printed_head(candidates, h1),
                                                  metadata.own_names(page)),
                                (*metadata.site_names(page), *_host_names(page)))
    if h1 is None and not declared and not social and candidates \
            and candidates[0] == page.title_tag and _names_rights_holder(page, candidates[0]) \
            and (heading := titled_heading(page)):
        # "<title>Jordan News Agency</title>", the footer's "Jordan News Agency (Petra) ©":
        # the <title> is the site's name; the story's headline is a titled <h2>.
        return [heading, *candidates]
    whole = printed_whole_headline(page)
    if whole and candidates and candidates[0] != whole \
            and (clean_text(unescape_entities(candidates[0])) or "").startswith(whole):
        # "… – Überblick - Kreisbote Süd": the <h1> prints where the headline ends.
        return [whole, *(c for c in candidates if c != whole)]
    return without_live_status(candidates, h1)


#: A footer's rights line: its text nodes holding the sign or the word.
_FOOTER_RIGHTS_TEXT = etree.XPath(
    "//footer//text()[contains(., '©') or contains(., 'opyright')]", smart_strings=False)
#: Headings a page without an <h1> may print its headline in: before the text, in the body.
_TITLED_HEADINGS = etree.XPath(
    "//body//*[self::h2 or self::h3][not(ancestor::header or ancestor::nav or ancestor::aside"
    " or ancestor::footer or ancestor::a or descendant::a)][following::p][position() <= 3]")
#: A title class: "news-title", "article_title", "headline".
_TITLE_CLASS = re.compile(r"(?:^|[-_ ])(?:title|headline)(?:$|[-_ ])", re.I)


def _names_rights_holder(page: Page, title: str) -> bool:
    """Is the whole `title` (a few words, no separator) the name a footer's rights line
    gives ("Jordan News Agency (Petra) © 2024")? Then it names the site, not the story.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> page = Page(url="u", root=lxml.html.fromstring("<html><body><p>x</p><footer><p>"
    ...     "Jordan News Agency (Petra) © 2024</p></footer></body></html>"))
    >>> _names_rights_holder(page, "Jordan News Agency"), _names_rights_holder(page, "Petra")
    (True, False)
    """
    if not 2 <= len(title.split()) <= 6:
        return False
    key = title.casefold()
    return any(key in text.casefold() and len(text) < 200
               for text in _FOOTER_RIGHTS_TEXT(page.root)[:4])


def titled_heading(page: Page) -> str | None:
    """The headline a page without an <h1> prints in a titled `<h2>` (or `<h3>`): its own or
    its wrapper's class names a title ("news-title"), before the text, no link.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> titled_heading(Page(url="u", root=lxml.html.fromstring(
    ...     '<html><body><div class="news-title"><h2>King receives new ambassadors</h2></div>'
    ...     '<p>Amman, Dec. 17 (Petra) -- His Majesty King Abdullah II …</p></body></html>')))
    'King receives new ambassadors'
    """
    for el in _TITLED_HEADINGS(page.root):
        parent = el.getparent()
        names = f"{el.get('class') or ''} {parent.get('class') or '' if parent is not None else ''}"
        text = clean_text(text_content(el)) or ""
        if _TITLE_CLASS.search(names) and MIN_TITLED_HEADING_CHARS <= len(text) <= 300:
            return text
    return None


#: A titled heading shorter than this is a label ("News", "Latest").
MIN_TITLED_HEADING_CHARS = 15


def without_live_status(candidates: list[str], h1: str | None) -> list[str]:
    """The first candidate without a live blog's status opening it ("LIVE: Storm hits …",
    "Liveblog | …", "EN DIRECT - …"): a mark of the page's state, not of its headline,
    unless the <h1> prints it as its own words.

    >>> without_live_status(["LIVE: Storm hits the coast", "Storm batters"], "Storm batters")
    ['Storm hits the coast', 'Storm batters']
    >>> without_live_status(["Live: Storm hits the coast"], "Live: Storm hits the coast")
    ['Live: Storm hits the coast']
    >>> without_live_status(["Live music returns to the park"], None)
    ['Live music returns to the park']
    >>> without_live_status(["Vivo: the X200 phone launches in India"], None)  # a brand
    ['Vivo: the X200 phone launches in India']
    """
    if not candidates or (m := _LIVE_STATUS.match(candidates[0])) is None:
        return candidates  # most titles
    if h1 and _LIVE_STATUS.match(h1):
        return candidates  # printed as words of the headline
    rest = candidates[0][m.end():]
    return [rest, *candidates[1:]] if len(rest.split()) >= MIN_LIVE_REST_WORDS else candidates


def without_trails(candidates: list[str], names: tuple[str, ...] = ()) -> list[str]:
    """Candidates with the breadcrumb trails ("Home » News » Storm hits", an <h1> or a
    <title> a theme fills with the trail) behind the others: a trail's last crumb may be the
    headline cut short, and the loader reads a trail left first as its last crumb.

    >>> without_trails(["Home » News » Storm hits", "Storm hits the coast | Daily"])
    ['Storm hits the coast | Daily', 'Home » News » Storm hits']
    """
    trails = [c for c in candidates if breadcrumb_last(c, names) != c]
    if not trails:
        return candidates  # most pages
    return [*(c for c in candidates if c not in trails), *trails]


def site_level_titles(page: Page, declared: list[str], h1: str) -> list[str]:
    """The declared titles (og:title, the JSON-LD headline, twitter:title) that describe the
    site or a section, not the story, where the <h1> prints a headline: a theme that fills
    them from the site's settings on every page. Such a title is the name the <title> prints
    after the <h1>'s headline ("Example News" beside "Storm hits | Example News"), or that
    name then a separator and its tagline (the home page's title: "Example News - Breaking
    news, sport and weather"), or a section's or the home page's label the page prints as a
    link ("Local News", "Home", "Startseite"). Most pages: [].

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> page = Page(url="https://daily.example/a", title_tag="Storm hits the coast | Daily",
    ...             root=lxml.html.fromstring("<html><body><a href='/n'>News</a></body></html>"))
    >>> site_level_titles(page, ["Daily", "Daily - News for all", "News", "Storm hits"],
    ...                   "Storm hits the coast")
    ['Daily', 'Daily - News for all', 'News']
    """
    if len(h1) < MIN_SITE_LEVEL_H1_CHARS or not declared:
        return []
    title = clean_text(page.title_tag or "") or ""
    site = ""
    if title.startswith(h1) and (sep := _TITLE_PARTS.match(title, len(h1))):
        site = title[sep.end():].strip()
    folded = h1.casefold()
    level = []
    for candidate in declared:
        if h1 in candidate:
            continue  # most pages: the headline itself, with the site's name or not
        text = clean_text(unescape_entities(candidate)) or ""
        if not text or text.casefold() in folded or folded in text.casefold():
            continue  # the headline, or a part of it
        if site and (text == site or (text.startswith(site)
                                      and _TITLE_PARTS.match(text, len(site)))):
            level.append(candidate)  # the site's name, or its home page's title
        elif len(text.split()) <= MAX_LABEL_WORDS and (
                is_home_label(text)
                or "".join(text.split()) in metadata.section_labels(page)):
            level.append(candidate)  # a section's label, printed as a link
    return level


#: A printed headline this long is one that a site's or section's name cannot stand for.
MIN_SITE_LEVEL_H1_CHARS = 20
#: A section's label is a word or a few ("Local News", "Middle East").
MAX_LABEL_WORDS = 3


def declared_printed_headlines(page: Page) -> list[str]:
    """The headline the page prints in its first <h1> and declares word for word as its
    JSON-LD headline: the headline as the newsroom wrote it, with no site name after it to
    cut, though it may end in a dashed word of its own ("Was ab Montag gilt - Überblick",
    "… – Live", "… - Video"), which read like a site's name after a <title>'s dash.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> page = Page(url="u", root=lxml.html.document_fromstring(
    ...     "<html><body><h1>Was ab Montag gilt - Überblick</h1><p>x</p></body></html>"),
    ...     jsonld=[{"@type": "NewsArticle", "headline": "Was ab Montag gilt - Überblick"}])
    >>> declared_printed_headlines(page)
    ['Was ab Montag gilt - Überblick', 'Was ab Montag gilt - Überblick']
    """
    declared = metadata.headline(page)
    og = not declared
    if og:
        # No JSON-LD headline: og:title word for word the <h1> is the newsroom's as well
        # ("Storm hits the coast - Video" printed and declared), unless the part after its
        # last mark is the site's own name, which a theme may print in both.
        declared = page.meta.get("og:title", [])
    printed = first_printed(page) if declared else None
    if not printed or clean_text(printed) not in {clean_text(d) for d in declared}:
        whole = printed_whole_headline(page)
        return [whole] if whole else []
    if og and (not _TITLE_PARTS.search(printed) or _ends_with_own_name(page, printed)):
        return []  # no mark to be cut at, or the site's name after it
    return [printed, *(d for d in declared if clean_text(d) == clean_text(printed))]


def printed_whole_headline(page: Page) -> str | None:
    """The first <h1>'s headline where a title declares it whole and a site's name may follow
    ("Neue Parkregeln: Was ab Montag gilt – Überblick" printed, og:title or the <title> that
    and "- Kreisbote Süd"), but the cut of that name would go on into the headline's own
    dashed tail ("– Überblick" reads as a name too); worked out once a page."""
    return page.memo("printed_whole_headline", _printed_whole_headline)


def _printed_whole_headline(page: Page) -> str | None:
    titles = [*page.meta.get("og:title", ()), *filter(None, [page.title_tag]),
              *page.meta.get("twitter:title", ())]
    printed = first_printed(page) if titles else None
    if not printed or not _TITLE_PARTS.search(printed):
        return None  # most headlines: no separator of their own to be cut at
    names, addresses = metadata.site_names(page), _host_names(page)
    for title in titles:
        text = clean_text(unescape_entities(title)) or ""
        if _named_before(text, printed) and not _ends_with_own_name(page, printed):
            # "BERNAMA - Govt to … - Anwar": the <title> names the site first, so the printed
            # headline's dashed tail is its own (the speaker), no site's name.
            return printed
        if text != printed and not (text.startswith(printed)
                                    and _TITLE_PARTS.match(text, len(printed))):
            continue
        cut = strip_site_suffix(text, names, addresses)
        if len(cut) < len(printed) and printed.startswith(cut) \
                and not _ends_with_own_name(page, printed):
            return printed
    return None


#: The most a site's name set before the headline in a <title> holds.
MAX_TITLE_PREFIX_WORDS = 4


def _named_before(title: str, printed: str) -> bool:
    """Does the <title> set a name (a short one, capitalised: the site's) and a separator
    before the printed headline, and nothing after it?

    >>> _named_before("BERNAMA - Govt to raise wages - Anwar", "Govt to raise wages - Anwar")
    True
    >>> _named_before("Govt to raise wages - Anwar", "Govt to raise wages - Anwar")
    False
    >>> _named_before("Talks go on - what we know", "what we know")  # a clause, no name
    False
    """
    if len(title) <= len(printed) or not title.endswith(printed):
        return False
    head = title[:len(title) - len(printed)]
    sep = _TITLE_PARTS.search(head)
    if sep is None or sep.end() != len(head):
        return False
    name = head[:sep.start()]
    return 0 < len(name.split()) <= MAX_TITLE_PREFIX_WORDS and names_a_site(name)


def _ends_with_own_name(page: Page, title: str) -> bool:
    """The title's part after its last separator names the site, as it declares its name or
    its address spells it ("… - Example News", "… | example.com")."""
    names = [*metadata.site_names(page), *_host_names(page)]
    key = _name_key(title[len(strip_site_suffix(title, metadata.site_names(page),
                                                _host_names(page))):])
    if not key:
        return False
    return any(k and (k in key or key in k) for k in map(_name_key, names))


def first_printed(page: Page) -> str | None:
    """The first <h1>'s printed headline (`printed_headline`); worked out once a page."""
    return page.memo("first_printed", _first_printed)


def _first_printed(page: Page) -> str | None:
    h1s = page.h1s()
    return printed_headline(h1s[0]) if h1s else None


def _host_names(page: Page) -> tuple[str, ...]:
    """`metadata.host_names` of the page's address; worked out once a page."""
    return page.memo("host_names", lambda page: metadata.host_names(page.url))


def _name_key(name: str) -> str:
    """A name's letters and digits, case-folded ("The Example-News" → "theexamplenews")."""
    return "".join(c for c in name.casefold() if c.isalnum())


def with_edited_og_first(page: Page, ld: list[str], og: list[str], h1: str | None) -> list[str]:
    """The declared headlines, JSON-LD's first, og:title's first where the newsroom wrote it
    apart: the JSON-LD headline is the printed <h1> and the <title>'s headline word for word,
    and og:title another wording (n-tv, 20 Minuten, Tages-Anzeiger, the Evening Standard:
    "Deutscher Aggressor beeindruckt, Frankreich hadert" over the <h1> "Olympische Spiele:
    Deutscher Basketball-Aggressor beeindruckt, Frankreich zerfetzt sich"). The headline the
    newsroom reviewed is then the one edited on its own: on the dev corpus og:title 8 times of
    8 (4 sites); where og:title is the <title>'s or the <h1>'s wording, JSON-LD's 14 of 14.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> page = Page(url="https://daily.example/a", title_tag="Storm hits the coast | Daily",
    ...             root=lxml.html.fromstring("<html></html>"))
    >>> head = "Storm hits the coast"
    >>> with_edited_og_first(page, [head], ["Coast braces"], head)
    ['Coast braces', 'Storm hits the coast']
    >>> with_edited_og_first(page, ["Storm hits"], ["Coast braces"], "Storm hits")  # no <title>'s
    ['Storm hits', 'Coast braces']
    >>> with_edited_og_first(page, [head], ["News"], head)
    ['Storm hits the coast', 'News']
    """
    if not ld or not og or not h1 or not page.title_tag:
        return [*ld, *og]  # most pages: one of them undeclared
    head = clean_text(unescape_entities(ld[0])) or ""
    title = clean_text(page.title_tag) or ""
    if head != h1 or not title.startswith(head) or not (
            len(title) == len(head) or _TITLE_PARTS.match(title, len(head))):
        return [*ld, *og]
    social = strip_site_suffix(clean_text(unescape_entities(og[0])) or "",
                               metadata.site_names(page), metadata.host_names(page.url))
    # A word or two is no headline written apart ("News", the section's or the brand's).
    apart = len(social) * 3 >= len(head) and social.casefold() != head.casefold()
    return [*og, *ld] if apart else [*ld, *og]


def _worded_as_titled(page: Page, h1_el: Element, h1: str, title: str) -> str:
    """The <h1>'s headline as the <title> words it: without the site's name or a kicker the
    <title> lacks, with the kicker and separators it prints, in its letter case, or the
    blog entry's title it names after the blog's <h1>."""
    h1 = without_title_site_name(h1, title)
    h1 = without_untitled_kicker(h1_el, h1, title)
    h1 = with_titled_kicker(h1_el, h1, title)
    if len(page.h1s()) == 1 and not declared_any(page):
        h1 = titled_entry(page, h1, title) or h1
    if len(h1_el) > 1 or (len(h1_el) == 1 and (h1_el.text or "").strip()):
        h1 = with_title_separators(h1, title)  # in parts: elements, or text and one
    return with_title_case(h1, title)


def with_title_case(h1: str, title: str) -> str:
    """An <h1> typed in capitals ("INTERNATIONALE FORDERUNGSBEITREIBUNG", a Joomla site's)
    in the letter case of the <title> that opens with the same words: capitals are the
    layout's emphasis, and the <title> (as og:title, where a page declares one) has the
    headline as written.

    >>> with_title_case("STORM HITS THE COAST", "Storm hits the coast | Daily")
    'Storm hits the coast'
    >>> with_title_case("NATO SUMMIT OPENS", "Summit opens"), with_title_case("Storm", "storm")
    ('NATO SUMMIT OPENS', 'Storm')
    """
    if not h1.isupper():
        return h1  # most headlines
    title = clean_text(title) or ""
    head = title[:len(h1)]
    return head if head.casefold() == h1.casefold() and not head.isupper() \
        and (len(title) == len(h1) or not title[len(h1)].isalnum()) else h1


def without_untitled_kicker(h1_el: Element | None, h1: str, title: str) -> str:
    """The <h1>'s text without the kicker in its first element when the <title> opens with
    the rest and not with that kicker (ITmedia's "<h1><small>さらば平成…：</small><big>Intel NUCで
    …</big></h1>" under the <title> "Intel NUCで… - ITmedia PC USER"; a "pretitle" span's
    "KNOWHOW"): what the page names itself by has no kicker. A <title> that prints the
    kicker too keeps it.

    >>> import lxml.html
    >>> h1 = lxml.html.fragment_fromstring("<h1><small>Ahoy: </small><big>Storm hits</big></h1>")
    >>> without_untitled_kicker(h1, "Ahoy: Storm hits", "Storm hits - Daily")
    'Storm hits'
    >>> without_untitled_kicker(h1, "Ahoy: Storm hits", "Ahoy: Storm hits - Daily")
    'Ahoy: Storm hits'
    """
    title = clean_text(title) or ""
    if h1_el is None or len(h1_el) < 2 or (h1_el.text or "").strip() or title.startswith(h1):
        return h1
    first = clean_text(text_content(h1_el[0])) or ""
    rest = clean_text(h1[len(first):].lstrip(_LEADING_SEPARATORS)) if h1.startswith(first) \
        else None
    if not first or not rest or len(rest) <= len(first):
        return h1
    return rest if title.startswith(rest.rstrip(". ")) else h1


def with_titled_kicker(h1_el: Element | None, h1: str, title: str) -> str:
    """The <h1>'s headline worded as the <title> opening with its kicker, a colon or a dash,
    and the headline: the kicker element `printed_headline` left out (ZEIT ONLINE's `<span
    class="article-heading__kicker">Landtag</span>`, tagesschau's `seitenkopf__topline` under
    the <title> "Ausschuss zur Ahrtal-Flut: Zwei Rücktritte …"), or a first element set on a
    line of its own with no mark after it, which text_content runs into the headline (NZZ's
    `headline__subtitle` "Österreich", FOCUS's `overhead` "Zyklon „Chido“"). What the page
    names itself by holds the kicker, as its declared title does: without og:title, the
    kicker was lost or run in (the ablation audit).

    >>> import lxml.html
    >>> h1 = lxml.html.fragment_fromstring('<h1><span class="kicker">Flut</span>'
    ...                                    '<span>Zwei Rücktritte</span></h1>')
    >>> with_titled_kicker(h1, "Zwei Rücktritte", "Flut: Zwei Rücktritte | Daily")
    'Flut: Zwei Rücktritte'
    >>> with_titled_kicker(h1, "Zwei Rücktritte", "Zwei Rücktritte | Daily")
    'Zwei Rücktritte'
    >>> h1 = lxml.html.fragment_fromstring('<h1><span>Flut</span> <span>Zwei Rücktritte'
    ...                                    '</span></h1>')
    >>> with_titled_kicker(h1, "Flut Zwei Rücktritte", "Flut: Zwei Rücktritte | Daily")
    'Flut: Zwei Rücktritte'
    """
    if h1_el is None or len(h1_el) < 2 or (h1_el.text or "").strip():
        return h1  # most <h1>s: one text, no kicker element
    named = next((child for child in h1_el if _KICKER_NAME.search(
        f"{child.get('class', '')} {child.get('id', '')}")), None)
    kicker = clean_text(text_content(named if named is not None else h1_el[0])) or ""
    rest = h1 if named is not None else h1[len(kicker):].lstrip()
    title = clean_text(title) or ""
    if not kicker or not rest or (named is None and not h1.startswith(f"{kicker} ")) \
            or not title.startswith(kicker):
        return h1
    joiner = _TITLED_KICKER_JOINER.match(title, len(kicker.rstrip(_LEADING_SEPARATORS)))
    if joiner is None or not title.startswith(rest, joiner.end()):
        return h1
    return title[:joiner.end() + len(rest)]


#: What joins a kicker to the headline in a <title>: a colon, or a spaced dash or bar.
_TITLED_KICKER_JOINER = re.compile(r"\s*:\s*|\s+[-–—|/]\s+")


#: The last part of a title after a dash or a bar, and "by" opening it.
_LAST_PART = re.compile(r"\s+(?:--|[-–—|])\s+(?:by\s+)?((?:(?!\s(?:--|[-–—|])\s).)+)$", re.I)
#: What joins the names of a byline: a comma, "&", "and".
_NAME_JOINERS = re.compile(r"\s*(?:,|&|\band\b)\s*", re.I)


def without_byline_tail(title: str, authors: list[str]) -> str:
    """The title without the byline a CMS writes after the headline in og:title and the
    <title> ("2012 map takes unfamiliar shape - Maggie Haberman and Shira Toeplitz -
    POLITICO.com"): a last part after a dash or a bar that names the story's authors, all of
    them and nobody else. The printed <h1> has the headline alone.

    >>> without_byline_tail("Map takes shape - Maggie Haberman and Shira Toeplitz",
    ...                     ["Maggie Haberman", "Shira Toeplitz"])
    'Map takes shape'
    >>> without_byline_tail("Obama meets Merkel - Merkel", ["Merkel"])  # a headline's own
    'Obama meets Merkel - Merkel'
    >>> without_byline_tail("Talks - Jane Doe", ["Jane Doe", "John Roe"])
    'Talks - Jane Doe'
    """
    tail = _LAST_PART.search(title)
    if tail is None:
        return title  # most titles: no dash, or no byline after it
    head = title[:tail.start()]
    if not head.strip():
        return title
    names = {n.casefold() for n in _NAME_JOINERS.split(tail.group(1)) if n}
    if names != {a.casefold() for a in authors} or any(n in head.casefold() for n in names):
        return title
    return head


def declared_any(page: Page) -> bool:
    """Does the page declare a headline (JSON-LD, og:title)?"""
    return bool(page.meta.get("og:title")) or bool(metadata.headline(page))


def titled_entry(page: Page, h1: str, title: str) -> str | None:
    """What the <title> puts after the page's one <h1>, when that is longer than the <h1>
    and an <h2>/<h3> prints it: a blog or diary prints its own name in the <h1> on every
    page and its entry's title in a heading under it, and titles the page "Name - Entry"
    (tDiary: "<h1>高木浩光＠自宅の日記</h1>", "<h3>■ 改正NICT法がプチ炎上…</h3>", the <title>
    without the heading's anchor mark "■"). Most <title>s open with the headline, then the
    site's shorter name: no such heading is looked for.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def entry(title, body, dek=""): return titled_entry(Page(url="u", title_tag=title,
    ...     root=lxml.html.document_fromstring(f"<html><body><h1>Daily Notes</h1>{dek}"
    ...     f"<div>{body}</div></body></html>")), "Daily Notes", title)
    >>> entry("Daily Notes - A law nobody has understood", "<h3>■ A law nobody has "
    ...       "understood</h3>")
    'A law nobody has understood'
    >>> entry("Daily Notes - A law nobody has understood", "<h3>Why a law nobody has "
    ...       "understood</h3>") is None
    True

    A headline whose dek the <title> carries after it, printed right under it, stays:

    >>> entry("Daily Notes - A law nobody has understood", "", "<h2>A law nobody has "
    ...       "understood</h2>") is None
    True
    """
    title = clean_text(title) or ""
    if not title.startswith(h1) or (sep := _TITLE_PARTS.match(title, len(h1))) is None:
        return None
    rest = title[sep.end():]
    if len(rest) < MIN_ENTRY_CHARS or len(rest) <= len(h1):
        return None  # the <title> names the <h1>'s headline, then the site
    for heading in islice(page.root.iter("h2", "h3"), MAX_ENTRY_HEADINGS):
        text = clean_text(text_content(heading)) or ""
        if text.endswith(rest) and not any(c.isalnum() for c in text[:-len(rest)]):
            # Not the dek printed right under a headline the <title> runs on into it.
            previous = heading.getprevious()
            return None if previous is not None and previous.tag == "h1" else rest
    return None


#: An entry's title is at least this long; it is among the page's first headings.
MIN_ENTRY_CHARS = 20
MAX_ENTRY_HEADINGS = 10


#: What a title prints after the headline it shares with the <h1>: a bar or dash, then a
#: name, up to the next separator or the end. The bars include the rest of the separators SEO
#: plugins offer ("~", "«", "*", "⋆": Yoast's and Rank Math's; `wp_title('&laquo;')`).
_SEPARATED_NAME = re.compile(r"\s+[|\-–—·•»›«‹~*⋆]\s+(.+?)(?:\s+[|\-–—·•»›«‹~*⋆:]\s|$)")


#: Where a <title> splits into headline, sections and the site's name.
_TITLE_PARTS = re.compile(r"\s+[|»\-–—·•:/]{1,2}\s+")


def without_title_named_prefix(declared: str, title: str) -> str:
    """A declared headline without the name it opens with ("r/Showerthoughts - Vanilla …")
    when the <title> is that headline, then a separator and the same name ("Vanilla … :
    Showerthoughts"): the <title> puts the site's or the section's name after the headline,
    so it is no part of it; og:title puts it first. The name may be the <title>'s last word
    ("r/aww" for "aww").

    >>> without_title_named_prefix("r/aww - Nothing to see here, human",
    ...                            "Nothing to see here, human : aww")
    'Nothing to see here, human'
    >>> without_title_named_prefix("Daily - Storm hits", "Storm hits | Daily")
    'Storm hits'
    >>> without_title_named_prefix("Ukraine - a year on", "a year on | Daily")  # no name
    'Ukraine - a year on'
    """
    if " " not in declared:
        return declared  # one word: nothing to cut
    last = max(_TITLE_PARTS.finditer(title), key=lambda m: m.start(), default=None)
    if last is None:
        return declared  # most <title>s name the site after a separator; some do not
    head, name = title[:last.start()].strip(), title[last.end():].strip()
    if not head or not name or not declared.endswith(head):
        return declared
    prefix = declared[:-len(head)]
    sep = _TITLE_PARTS.search(prefix)
    if sep is None or sep.end() != len(prefix):
        return declared
    before = prefix[:sep.start()].casefold()
    folded = name.casefold()
    if before == folded or (before.endswith(folded) and not before[-len(folded) - 1].isalnum()):
        return head
    return declared


def without_title_site_name(h1: str, title: str) -> str:
    """The <h1>'s text without the site's name printed after the headline in it (a logo
    link set in the headline's <h1>: "<h1><span>Headline</span><a href="/edition.html">Daily
    Mallorca</a></h1>"), when the <title> is that headline, then sections, then that name.

    >>> without_title_site_name("Storm hits Daily Mallorca",
    ...                         "Storm hits » Local » Daily Mallorca")
    'Storm hits'
    >>> without_title_site_name("Strike called, says Reuters",
    ...                         "Strike called, says Reuters | Reuters")  # the headline's own
    'Strike called, says Reuters'
    """
    parts = _TITLE_PARTS.split(clean_text(title) or "")
    if len(parts) < 2 or not parts[-1] or not h1.endswith(f" {parts[-1]}"):
        return h1
    head = h1[:-len(parts[-1])].rstrip()
    return head if head == parts[0] else h1


#: What joins a headline's parts in a <title>: a dash or a colon between spaces.
_PART_JOINER = re.compile(r"\s+(?:--|[-–—:|])\s+")


def with_title_separators(h1: str, title: str) -> str:
    """The <title>'s wording of a headline the <h1> prints in parts, one element each and set
    on lines of their own ("<span>Prince</span> <span>Woman Warns Estate …</span>"), which
    text_content runs together: the <title> joins the same words with the dash or colon the
    layout shows as a break ("Prince -- Woman Warns Estate … | TMZ.com").

    >>> with_title_separators("Prince Woman Warns Estate", "Prince -- Woman Warns Estate | TMZ")
    'Prince -- Woman Warns Estate'
    >>> with_title_separators("Storm hits", "Storm hits hard | Daily")
    'Storm hits'
    """
    title = clean_text(title) or ""
    seps = list(_TITLE_PARTS.finditer(title))
    # The site's name after the last separator, or after an earlier one (a name with a dash
    # of its own: "… | Ebene 11 - Webentwicklung"), or none.
    for head in (title, *(title[:sep.start()] for sep in reversed(seps))):
        if head and head != h1 and _PART_JOINER.sub(" ", head) == h1:
            return head
    return h1


def with_printed_head(candidates: list[str], h1: str | None) -> list[str]:
    """Candidates with the printed <h1> first when the first one is the <h1> then a bar or a
    dash and a name: the site's, however it goes on ("… - Malawi Nyasa Times - News from
    Malawi about Malawi"), where nothing declares it. Words in lower case are the headline's
    own ("… - Güncel haberler").

    >>> with_printed_head(["Storm hits - Daily Star - News from Here", "Storm hits"], "Storm hits")
    ['Storm hits', 'Storm hits - Daily Star - News from Here']
    >>> with_printed_head(["Storm hits - latest news", "Storm hits"], "Storm hits")
    ['Storm hits - latest news', 'Storm hits']
    >>> with_printed_head(["Storm hits ~ Daily Star", "Storm hits"], "Storm hits")
    ['Storm hits', 'Storm hits ~ Daily Star']
    """
    first = (clean_text(unescape_entities(candidates[0])) or "") if candidates else ""
    rest = _SEPARATED_NAME.match(first, len(h1)) if h1 and first.startswith(h1) else None
    if h1 is None or rest is None or not names_a_site(rest.group(1)):
        return candidates
    return [h1, *(c for c in candidates if c != h1)]


#: An <h1> inside a dialog: a box's heading ("Artikel merken", "Log In"), printed before the
#: headline in the page's source, never the headline.
_IN_DIALOG = etree.XPath(
    "boolean(ancestor::dialog or ancestor::*[@role = 'dialog' or @role = 'alertdialog' "
    "or @aria-modal = 'true'])")


def names_no_headline(h1: Element, text: str, title: str | None) -> bool:
    """Is `h1` (printing `text`) a box's or the site's heading, not the headline, by the
    <title>: a dialog's heading the <title> does not open with (a bookmark `<dialog>`'s
    "<h1>Artikel merken</h1>" before the story's), or the name the <title> puts after its
    headline, alone and much shorter than it (Reddit's "<h1>Showerthoughts</h1>" under the
    <title> "Vanilla becoming … : Showerthoughts")? Pages that declare their headline never
    get here in the first place for most of them; unseen sites without JSON-LD or og:title
    do (the ablation audit).

    >>> import lxml.html
    >>> def no(h1, title): return names_no_headline(el := lxml.html.fragment_fromstring(
    ...     h1).find(".//h1"), el.text_content(), title)
    >>> no('<div><dialog><h1>Save</h1></dialog></div>', "Storm hits | Daily")
    True
    >>> no('<div><h1>Showerthoughts</h1></div>', "Vanilla became the default flavour : "
    ...    "Showerthoughts")
    True
    >>> no('<div><h1>Storm hits</h1></div>', "Daily News Online | Storm hits")  # site first
    False
    """
    title = clean_text(title) if title else None
    if not title:
        return False
    if _IN_DIALOG(h1):
        return not title.startswith(text)
    last = max(_TITLE_PARTS.finditer(title), key=lambda m: m.start(), default=None)
    return last is not None and title[last.end():].strip() == text \
        and len(title[:last.start()].strip()) >= 2 * len(text) and names_a_site(text)


#: Where a <title> splits into parts: a spaced separator, or a colon closing a name.
_NAMED_PARTS = re.compile(r"\s*:\s+|\s+[|»\-–—·•/]{1,2}\s+")


def title_named_first(h1s: list[Element], title: str | None) -> list[Element]:
    """The <h1>s with the one the <title> opens with first, the longest if several: a site's
    name in an <h1> of its header ("<h1 class="news-header__logo"><a href="/news/">NHK NEWS
    WEB</a></h1>", linked to a section's front page) does not open the <title> the headline
    opens. Most pages have one <h1>: left as they are; and a subheading the <title> names
    later ("… 10 кг. Отзывы", "<h1>Отзывы</h1>") is not the headline.

    >>> import lxml.html
    >>> page = lxml.html.fromstring('<div><h1><a href="/news/">Daily News</a></h1>'
    ...                             '<h1>Storm hits</h1></div>')
    >>> [h.text_content() for h in title_named_first(page.findall("h1"), "Storm hits | Daily")]
    ['Storm hits', 'Daily News']
    >>> [h.text_content() for h in title_named_first(page.findall("h1"),
    ...                                              "Markets: Storm hits | Daily")]
    ['Storm hits', 'Daily News']
    """
    title = clean_text(title) if title and len(h1s) > 1 else None  # spaces as the <h1>'s
    if not title:
        return h1s
    named = [el for el in h1s if (text := printed_headline(el)) and title.startswith(text)]
    if not named:
        # None opens it: the one it prints whole between separators, after a section's or
        # a blog's name ("Stock Market and Investing: Fed's Statement … - CNBC" over
        # "<h1>Market Insider</h1>" and "<h1>Fed's Statement …</h1>"), not as its last part.
        parts = _NAMED_PARTS.split(title)[1:-1]
        named = [el for el in h1s if (text := printed_headline(el)) and text in parts]
    if not named:
        return h1s
    best = max(named, key=lambda el: len(printed_headline(el) or ""))
    return [best, *(el for el in h1s if el is not best)]


#: A kicker printed as an <h1> of its own is a label: this many characters and words at most.
MAX_KICKER_H1_CHARS = 40
MAX_KICKER_H1_WORDS = 4


def headline_after_kicker(h1s: list[Element]) -> list[Element]:
    """The <h1>s with the headline first where the first is a kicker set as an <h1> of its
    own right above it ("<h1 class="kicker">Stadtrat</h1><h1 class="title">Neues Hallenbad
    soll 2027 öffnen</h1>"): a short label (four words at most, no sentence's end), its next
    element the longer headline <h1>, of three words or more.

    >>> import lxml.html
    >>> def first(html): return headline_after_kicker(
    ...     lxml.html.fragment_fromstring(html, create_parent="div").findall("h1"))[0].text
    >>> first("<h1>Stadtrat</h1><h1>Neues Hallenbad soll 2027 öffnen</h1>")
    'Neues Hallenbad soll 2027 öffnen'
    >>> first("<h1>Storm hits</h1><p>Text.</p><h1>Another story on the page</h1>")
    'Storm hits'
    >>> first("<h1>Stop!</h1><h1>Why the town says no</h1>")  # a headline of its own
    'Stop!'
    """
    if len(h1s) < 2 or h1s[0].getnext() is not h1s[1]:
        return h1s
    kicker, head = printed_headline(h1s[0]) or "", printed_headline(h1s[1]) or ""
    if not kicker or len(kicker) > MAX_KICKER_H1_CHARS \
            or len(kicker.split()) > MAX_KICKER_H1_WORDS or kicker[-1] in ".?!…" \
            or len(head.split()) < 3 or len(head) <= len(kicker) or head.startswith(kicker):
        return h1s
    return [h1s[1], h1s[0], *h1s[2:]]


def site_opengraph_titles(page: Page) -> list[str]:
    """The og:title of an OpenGraph block that describes the site, not the article: its
    og:url is the home page (a theme printing the site's settings on every page, og:title
    the site's name, "Konkan Herald"), whether or not og:site_name says so. Most pages: [].

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def titles(url): return site_opengraph_titles(Page(
    ...     url="https://k.example/mumbai/story/", root=lxml.html.fromstring("<html></html>"),
    ...     meta={"og:title": ["Konkan Herald"], "og:url": [url]}))
    >>> titles("https://k.example/"), titles("https://k.example/mumbai/story/")
    (['Konkan Herald'], [])
    """
    if not any(metadata.is_site_root(url, page.url) for url in page.meta.get("og:url", ())):
        return []
    return list(page.meta.get("og:title", []))


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
    kicked = [(candidate, _KICKER_END.sub("", match.group()), text[match.end():])
              for candidate in declared
              if (match := _KICKER.match(text := clean_text(unescape_entities(candidate)) or ""))]
    if not kicked:
        return None  # most titles: no kicker, and the <h1>'s texts are not read
    # A badge ("LIVE" on a pill) or a live blog's status word in an element of its own is
    # no kicker the newsroom wrote: the declared title keeps it for the feeds, the page
    # prints it as a mark (a badge is left out of the <h1>'s headline as well).
    children = {text for child in h1 if not _is_badge(child)
                and not _LIVE_WORD.match(text := clean_text(text_content(child)) or "")}
    # "<span>Demo</span>Der 9." reads "Demo Der 9."; a separator of its own between them
    # (ZEIT ONLINE's visually hidden ":") is no word of either.
    full = clean_text(" ".join(t for t in h1.itertext() if t.strip(_LEADING_SEPARATORS)))
    for candidate, kicker, rest in kicked:
        if kicker in children and full == f"{kicker} {rest}":
            return candidate
    return None


def without_kicker(candidates: list[str], site_names: tuple[str, ...] = (),
                   address_names: tuple[str, ...] = ()) -> list[str]:
    """Candidates with the first one moved behind any other candidate that is its tail after a
    kicker ("Neue Leipziger Schule: Judy Lybke…" → "Judy Lybke…"): a kicker (overline,
    Dachzeile) is printed above the headline, not part of it.

    >>> without_kicker(["Olympics: Germany wins", "Germany wins"])
    ['Germany wins', 'Olympics: Germany wins']

    Also where the first goes on with the site's name after the headline, as og:title does
    where it is the <title> ("Infant Abandonment Cases In India: Newborns left … | Bhopal News
    - The Times of India" over the <h1> "Newborns left …"):

    >>> without_kicker(["Olympics: Germany wins | Daily", "Germany wins"], ("Daily",))
    ['Germany wins', 'Olympics: Germany wins | Daily']
    """
    cleaned = [clean_text(unescape_entities(c)) or "" for c in candidates]
    first = cleaned[0] if cleaned else ""
    rest = _KICKER.sub("", first, count=1)
    named = None
    for i, other in enumerate(cleaned[1:], start=1):
        if not other or first == other or rest == first:
            continue
        if rest == other:
            return [candidates[i], *candidates[:i], *candidates[i + 1:]]
        if rest.startswith(other) and len(rest) > len(other) and (site_names or address_names):
            if named is None:  # the headline's tail after a separator: the site's name?
                named = strip_site_suffix(rest, site_names, address_names)
            if named == other:
                return [candidates[i], *candidates[:i], *candidates[i + 1:]]
    return candidates


#: Structured data cuts a long headline to fit Google's old 110-character limit: at the last
#: space (@unhead/schema-org, Nuxt's) or with an ellipsis. A first candidate this long that
#: another one continues is such a cut.
CUT_HEADLINE_CHARS = 80
_ELLIPSIS = re.compile(r"\s*(?:\.{3}|…)$")


def without_truncated(candidates: list[str], wholes: list[str | None],
                      title: str | None = None) -> list[str]:
    """Candidates with the first one moved behind the longer headline it is a cut of, when
    og:title or the <h1> (`wholes`) carries it whole: a JSON-LD headline shortened with an
    ellipsis, at a word, or inside one (`_in_word`). The <title> (`title`) is read for a cut
    with an ellipsis or inside a word only: a client-rendered page may print no <h1>, and its
    og:title be the social headline, another text; but a headline whole at a word boundary
    opens the <title> too, before the site's name ("… ~ Patna Pulse").

    >>> cut, whole = "Storms cut power to…", "Storms cut power to 40,000 homes | Site"
    >>> without_truncated([cut, whole], [whole])
    ['Storms cut power to 40,000 homes | Site', 'Storms cut power to…']
    >>> short = ["Storms cut power", "Storms cut power today"]  # a short headline is no cut
    >>> without_truncated(short, short[1:])
    ['Storms cut power', 'Storms cut power today']
    >>> without_truncated([cut], ["Power out"], whole)
    ['Storms cut power to 40,000 homes | Site', 'Storms cut power to…']
    >>> long = ("Council approves a four-year plan to rebuild the harbour wall after winter"
    ...         " storms damaged the sea wall")
    >>> without_truncated([long[:85], long], [long])[0] == long  # cut inside "damaged"
    True
    >>> without_truncated([long[:85]], [None], long + " | Site")[0] == long + " | Site"
    True
    >>> without_truncated([long[:81]], [None], long + " | Site")[0] == long[:81]  # at a word
    True

    An og:title cut with an ellipsis is no whole of itself: the <h1> carries the headline.

    >>> og = "Storms cut power to 40,000 homes as the council warns the worst is still to..."
    >>> without_truncated([og, og[:-3] + " come"], [og, og[:-3] + " come"])[0][-13:]
    'still to come'
    """
    if not candidates or (len(candidates[0]) < CUT_HEADLINE_CHARS
                          and not candidates[0].rstrip().endswith(("...", "…"))):
        return candidates  # most headlines: too short to be cut, and no ellipsis
    first = clean_text(unescape_entities(candidates[0])) or ""
    stem = _ELLIPSIS.sub("", first)
    if stem == first and len(first) < CUT_HEADLINE_CHARS:
        return candidates  # a short headline is no cut
    read = [(whole, True) for whole in wholes]
    if title:
        read.append((title, False))
    for whole, printed in read:
        text = strip_site_suffix(clean_text(unescape_entities(whole or "")) or "")
        # Not the cut itself, nor a copy cut as short (a <title> going on after the same
        # ellipsis with the site's name): an og:title cut so is among the `wholes` too.
        if len(text) > len(stem) and text.startswith(stem) \
                and not text.startswith(("...", "…"), len(stem)) \
                and (stem != first or _in_word(text, len(stem))
                     or (printed and text[len(stem)] == " ")):
            return [whole, *(c for c in candidates if c is not whole)]  # type: ignore[list-item]
    return candidates


def _in_word(whole: str, at: int) -> bool:
    """Is `whole` cut at `at` inside a word: by characters, as a template's
    `mb_substr($title, 0, 110)` cuts the JSON-LD headline, with no ellipsis? No headline of
    its own ends inside the word another goes on with, so a <title> going on so is read
    too; one cut at a word (@unhead/schema-org) is looked up in og:title and the <h1> only.

    >>> _in_word("Storms cut power to 40,000 homes", 9), _in_word("Storms cut power", 10)
    (True, False)
    >>> _in_word("Storms cut power-lines", 16)  # the whole goes on after a hyphen
    False
    """
    return whole[at - 1].isalnum() and whole[at].isalnum()


def without_quote_cut(candidates: list[str], h1: str | None) -> list[str]:
    """Candidates with the <h1> first when a declared headline is the <h1> cut short at a
    straight double quote: a CMS that writes the headline into `content="…"` unescaped ends
    the attribute at the headline's first quote (163.com: `content="…龙湖集团" 暗伤"曝露？"`).

    >>> without_quote_cut(["龙湖集团", '龙湖集团"暗伤"曝露？'], '龙湖集团"暗伤"曝露？')
    ['龙湖集团"暗伤"曝露？', '龙湖集团']
    >>> without_quote_cut(["Storms", 'Storms "hit"'], "Storms hit")
    ['Storms', 'Storms "hit"']
    """
    if not candidates or not h1 or '"' not in h1:
        return candidates  # most pages: no straight quote in the printed headline
    first = candidates[0].rstrip()
    if first and h1.startswith(first) and h1[len(first):].lstrip().startswith('"'):
        return [h1, *(c for c in candidates if c != h1)]
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
    >>> printed_headline(lxml.html.fragment_fromstring(
    ...     '<h1><span>Liveticker</span> Talks go on</h1>'))  # a live blog's status word
    'Talks go on'

    A separator in an element of its own joins the texts it stands between, with no space
    before it (FAZ: "<span>Haushalt 2025</span><span>:</span> <span>Kabinett …</span>"); nor
    does the headline open with the one left after its kicker (ZEIT ONLINE: "<span
    class="…__kicker">Landtag</span><span class="visually-hidden">:</span>").

    >>> printed_headline(lxml.html.fragment_fromstring('<h1><span><span>Haushalt 2025</span>'
    ...     '<span>:</span></span> <span>Kabinett tagt</span></h1>'))
    'Haushalt 2025: Kabinett tagt'
    >>> printed_headline(lxml.html.fragment_fromstring('<h1><span class="x__kicker">Landtag'
    ...     '</span><span class="visually-hidden">:</span> <span>Landtag tagt</span></h1>'))
    'Landtag tagt'

    A kicker-named element that leaves a kicker alone ("Israel:") holds the headline:

    >>> printed_headline(lxml.html.fragment_fromstring('<h1><span class="subline">Israel<span '
    ...     'class="visually-hidden">:</span></span> <span class="topline">Suit filed</span></h1>'))
    'Israel: Suit filed'
    """
    text = _joined(_h1_texts(h1))
    if text.rstrip().endswith(_KICKER_MARKS):
        # What is left ends as a kicker does ("Israel:"): the element named as the kicker
        # was the headline under it (LTO: `<span class="reader__subline">Waffenlieferungen an
        # Israel<span class="visually-hidden">:</span></span><span class="reader__topline">
        # Palästinenser legt … ein</span>`), and is read.
        text = _joined(_h1_texts(h1, keep_kicker=True))
    return clean_text(text.lstrip().lstrip(_LEADING_SEPARATORS))


def _joined(texts: Iterable[str]) -> str:
    """The <h1>'s texts joined by a space, none before a mark that follows a word."""
    return "".join(t if t.lstrip()[:1] in _JOINING_MARKS else f" {t}" for t in texts)


#: Marks a kicker ends with, and a headline never.
_KICKER_MARKS = (":", "|", "/", "–", "—", "-")


#: Marks that follow a word with no space ("Haushalt 2025: …", "Ja, aber …").
_JOINING_MARKS = frozenset(":,;.!?)")
#: Separators a headline never opens with: one left when the kicker before it is dropped.
_LEADING_SEPARATORS = ":|/·•–— "


def _h1_texts(h1: Element, depth: int = 0, *, keep_kicker: bool = False) -> Iterator[str]:
    if h1.text:
        yield h1.text
    for child in h1:
        names = f"{child.get('class', '')} {child.get('id', '')}"
        if child.get("aria-hidden") == "true" or (
                depth == 0 and not keep_kicker and _KICKER_NAME.search(names)):
            pass
        elif depth == 0 and ((_BADGE_NAME.search(names)
                              and len(text_content(child).strip()) <= MAX_BADGE_CHARS) or (
                not len(child) and (word := (child.text or "").strip())
                and len(word) <= MAX_BADGE_CHARS and _LIVE_WORD.match(word)
                and len(text_content(h1).strip()) > len(word))):
            pass  # a badge set in the headline ("LIVE", "Updated", "Exclusive", "Liveticker")
        elif _SCREEN_READER_ONLY.search(names) and any(
                c.isalpha() for c in text_content(child)):
            pass  # words for screen readers; a hidden ": " joining a kicker is printed text
        elif len(child) and depth < 2:  # a link around the headline, a span in it
            yield from _h1_texts(child, depth + 1)
        else:
            yield text_content(child)
        if child.tail:
            yield child.tail


_SCREEN_READER_ONLY = re.compile(
    r"\b(?:sr-only|visually-?hidden|screen-reader-text|show-for-sr|element-invisible)\b", re.I)
#: A badge in the headline's element: a word or two on a coloured pill, not headline text.
_BADGE_NAME = re.compile(r"badge|label|pill|\blive\b|breaking|exclusive", re.I)
MAX_BADGE_CHARS = 20
#: A live blog's status word, set as a kicker: "LIVE", "Liveticker", "EN DIRECT", "Ao vivo".
_LIVE_WORD = re.compile(
    r"(?:live(?:[- ]?(?:blog|ticker|stream|updates?))?|(?:news-?)?ticker|news-?blog|"
    r"(?:en )?direct|en vivo|(?:en )?directo|ao vivo|ao minuto|minuto a minuto|"
    r"(?:in )?diretta|na żywo|živě|canlı)$", re.I)


#: A live blog's status opening a declared title, then a mark: "LIVE: ", "Liveblog | ".
_LIVE_STATUS = re.compile(r"\s*(?:\+\+\+\s*)?(" + _LIVE_WORD.pattern.removesuffix("$")
                          + r")\s*(?:\+\+\+|:|\||[-–—])\s+", re.I)
#: The fewest words a headline left after a live status has.
MIN_LIVE_REST_WORDS = 3


def _is_badge(child: Element) -> bool:
    """A word or two on a pill inside the <h1>, named as a badge or label.

    >>> import lxml.html
    >>> _is_badge(lxml.html.fragment_fromstring('<span class="badge live">LIVE</span>'))
    True
    >>> _is_badge(lxml.html.fragment_fromstring('<span>Nationale Demo</span>'))
    False
    >>> [bool(_LIVE_WORD.match(w)) for w in ("Liveblog", "EN DIRECT", "Newsblog", "Livestock")]
    [True, True, True, False]
    """
    return bool(_BADGE_NAME.search(f"{child.get('class', '')} {child.get('id', '')}")) \
        and len(text_content(child).strip()) <= MAX_BADGE_CHARS


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
        return None, text_without_dates(standfirst)
    place = " ".join(text_content(first).split())
    rest = text_without_dates(standfirst)[len(text_content(first)):].lstrip(" -–—:")
    if not place or len(place) > 40 or not rest.strip():
        return None, text_without_dates(standfirst)
    return place, rest.strip()


def text_without_dates(el: Element) -> str:
    """The text of `el` without its elements that print a date alone: a deck printing the
    day in a span of its own after its sentence ("…its recovery?<span class=date>Monday, 6
    January 2020</span>") reads as one line with it glued on.

    >>> import lxml.html
    >>> text_without_dates(lxml.html.fragment_fromstring('<h2>What is the secret?<span>'
    ...     'Monday, 6 January 2020</span></h2>'))
    'What is the secret?'
    """
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and not is_date_line(
                clean_text(text_content(child)) or ""):
            parts.append(text_without_dates(child))
        parts.append(child.tail or "")
    return "".join(parts)


#: The unclassed heading tags a dek is printed in right after the <h1>.
_DEK_HEADINGS = frozenset({"h2", "h3", "h4"})


def _h4_dek(text: str, page: Page) -> bool:
    """An `<h4>` right after the headline is its dek (Anadolu's) where it is a sentence or
    the page's meta description prints it; a smaller heading there is more often a label
    or a section's than the h2/h3 that pass on length alone."""
    return text.endswith(generic.SENTENCE_ENDS) \
        or text in {clean_text(d) for d in metadata.description(page)}


def _dek_heading(after: Element | None) -> Element | None:
    """The element after the headline, or the lone heading a wrapper right after it holds
    (India Today's `<div class="story-kicker"><h2>Dek</h2></div>`).

    >>> import lxml.html
    >>> def dek(html): return _dek_heading(lxml.html.fragment_fromstring(html)).tag
    >>> dek('<div class="story-kicker"><h2>A sentence.</h2></div>'), dek('<h3>A sentence.</h3>')
    ('h2', 'h3')
    >>> dek('<div><h2>One</h2><p>Two</p></div>')
    'div'
    >>> dek('<div id="abstract"><div class="inner"><h2>A sentence.</h2></div></div>')
    'h2'
    """
    for _ in range(2):  # ITmedia: `<div id="cmsAbstract"><div class="inner"><h2>Dek</h2>`
        if after is None or after.tag != "div" or len(after) != 1 \
                or (after.text or "").strip() or (after[0].tail or "").strip():
            break
        if after[0].tag in _DEK_HEADINGS:
            return after[0]
        after = after[0]
    return after


def _elementor_excerpt(widget: Element) -> Element | None:
    """Elementor Pro's theme builder prints the post's title and its excerpt as widgets side by
    side (`div.elementor-widget-theme-post-title` > `div.elementor-widget-container` > `<h1>`,
    then `div.elementor-widget-theme-post-excerpt`, with post-info lines between): the
    excerpt is the standfirst, though out of `STANDFIRST_REACH` of the <h1>. Looked for only
    after the title's widget, before the post-content widget.

    >>> import lxml.html
    >>> root = lxml.html.fromstring(
    ...     '<div><div class="elementor-widget elementor-widget-theme-post-title"><div><h1>T</h1>'
    ...     '</div></div><div class="elementor-widget elementor-widget-post-info"><ul><li>IANS'
    ...     '</li></ul></div><div class="elementor-widget elementor-widget-theme-post-excerpt">'
    ...     '<div><p>The scheme will be implemented over six years.</p></div></div></div>')
    >>> _elementor_excerpt(root[0]).get("class").split()[-1]
    'elementor-widget-theme-post-excerpt'
    """
    if "elementor-widget-theme-post-title" not in (widget.get("class") or ""):
        return None
    for sibling in widget.itersiblings():
        classes = sibling.get("class") or ""
        if "elementor-widget-theme-post-excerpt" in classes:
            text = clean_text(text_content(sibling)) or ""
            return sibling if 15 <= len(text) <= MAX_STANDFIRST_CHARS else None
        if "elementor-widget-theme-post-content" in classes:
            break
    return None


def standfirst(page: Page, marks: Boilerplate, headline: Element | None = None) -> Element | None:
    """A dek/standfirst element printed with the headline: its class says so, and it sits
    next to the <h1> (sharing an ancestor at most `STANDFIRST_REACH` levels above it), so
    author-bio "descriptions" and sub-headings further down do not qualify. `headline`
    stands in for the <h1> where that is not the story's (a series view's listing header)."""
    h1s = [headline] if headline is not None else story_h1s(page)
    if not h1s:
        return None
    ancestors = list(h1s[0].iterancestors())[:STANDFIRST_REACH]
    if not ancestors:
        return None
    title = clean_text(text_content(h1s[0])) or ""
    for el in ancestors[-1].iterdescendants(*SUBTITLE_TAGS, "strong"):
        classes = el.get("class")
        if el.tag == "strong":
            # RP Online's and hr's lead, `<p><strong data-cy="intro">`: its test hook names it
            # (a class on a bold run is the text's own emphasis).
            classes = el.get("data-cy")
        if classes is None:
            continue
        # A "lede" wrapper around the headline itself is a section, not the standfirst; a
        # classed paragraph after other paragraphs is body text.
        # DER SPIEGEL names its teaser by its `data-area` ("intro"), the Süddeutsche by its
        # `data-manual` ("teaserText"), their classes being layout; Aftonbladet by its test
        # hook (`data-test-tag="lead-text"`), its class a hash ("hyperion-css-19mn1yv").
        names = (f"{classes} {el.get('data-area', '')} {el.get('data-manual', '')} "
                 f"{el.get('data-test-tag', '')}")
        if not (names_say_standfirst(names) or (
                # A hashed lead right before the text's paragraphs is their bold opening
                # (n-tv's "storyline_lead_text_leadtext__q_wg8"), not a standfirst.
                "__" in names and hashed_names_say_standfirst(names)
                and _next_tag(el) != "p")) or el in ancestors:
            continue
        if _follows_paragraph(el, h1s[0], ancestors) or (
                marks.covers(el) and not _declared_in_meta_strip(el, page)) \
                or _IN_AUTHOR_SCOPE(el) or _run_in(el) or _all_link(el) or _credit_or_photo_box(el):
            continue
        # Without the dates it prints: a label and a date ("<a>Digital Life</a><span>05/08/
        # 2019</span>" in a header's "intro") are too short to be a standfirst.
        text = clean_text(text_without_dates(el)) or ""
        if 15 <= len(text) <= MAX_STANDFIRST_CHARS and text != title and not SECOND_P(el) \
                and not photo_caption(el, text) and not bp.PRICE_PITCH.search(text):
            # (A subscription offer's "description", its price a month, is no standfirst.)
            return el
    excerpt = _elementor_excerpt(ancestors[-1])
    if excerpt is not None and not marks.covers(excerpt):
        return excerpt
    named = _component_standfirst(h1s[0])
    if named is not None and not marks.covers(named):
        return named
    # Unnamed (or tersely named: "strydsc") deks: an <h2> (the Express: an <h3>) printed
    # right after the <h1>, as a sentence, not a link or a label.
    # After the <h1>, or after the lone wrappers it sits in (ITmedia: `<div id="cmsTitle">
    # <div class="inner"><h1>…</h1></div></div><div id="cmsAbstract">…<h2>Dek</h2>…`).
    after = h1s[0].getnext()
    after = _dek_heading(headline_wrapper(h1s[0]).getnext() if after is None else after)
    if after is not None and after.tag in _DEK_HEADINGS and not after.findall(".//a") \
            and not marks.covers(after):
        text = clean_text(text_content(after)) or ""
        if 40 <= len(text) <= MAX_STANDFIRST_CHARS and text != title \
                and not generic.is_label(text) and (after.tag != "h4" or _h4_dek(text, page)):
            return after
    below = _below_header(ancestors)
    below = _below_header_media(ancestors) if below is None else below
    if below is not None and not marks.covers(below):
        text = clean_text(text_content(below)) or ""
        if 15 <= len(text) <= MAX_STANDFIRST_CHARS or (
                len(text) <= MAX_DECLARED_STANDFIRST_CHARS
                and text in {clean_text(d) for d in metadata.description(page)}):
            return below
    dek = _header_dek(h1s[0])
    if dek is None:
        dek = _declared_dek(page, h1s[0])
    if dek is not None and not marks.covers(dek):
        return dek
    return _declared_apart(h1s[0], page, marks)


def story_h1s(page: Page) -> list[Element]:
    """The page's <h1>s, the story's first where the first is a dialog's or a form's the
    <title> does not name ("<h1>Log In</h1>" in a login box, "<h1>Artikel merken</h1>" in a
    bookmark `<dialog>`, both printed before the headline): its dek is looked for beside the
    headline, not beside the box's heading.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> root = lxml.html.fromstring('<html><body><div><h1>Log In</h1></div><header>'
    ...     '<h1>Storm hits</h1><h2 class="subtitle">A sentence.</h2></header></body></html>')
    >>> [h.text for h in story_h1s(Page(url="u", root=root, title_tag="Storm hits | Daily"))]
    ['Storm hits', 'Log In']
    """
    h1s = page.h1s()
    if len(h1s) < 2 or not page.title_tag:
        return h1s
    first = printed_headline(h1s[0]) or ""
    title = clean_text(page.title_tag) or ""
    return h1s if first and title.startswith(first) else title_named_first(h1s, page.title_tag)


#: The headline's <article> is looked for this many levels above it (`_declared_apart`).
ARTICLE_REACH = 4


def _declared_apart(h1: Element, page: Page, marks: Boilerplate) -> Element | None:
    """The element classed as a standfirst that prints the page's meta description, after the
    headline in its <article> but in a block of its own (no other paragraph beside it), past
    the header and the lead image: Gazeta.Ru prints the header (`<h1>`, byline), then a block
    of the photo, the share bar and `<div><p><span class="intro">…`, then the sidebar's
    widgets, then the text.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> root = lxml.html.fromstring('<html><body><article><div><h1>T</h1></div><div><figure>'
    ...     '<img src="x.jpg"></figure><div><p><span class="intro">Dek here.</span></p></div>'
    ...     '</div><div><p>Text.</p></div></article></body></html>')
    >>> page = Page(url="u", root=root, meta={"description": ["Dek here."]})
    >>> _declared_apart(root.find(".//h1"), page, Boilerplate({}, 0)).tag
    'span'
    >>> root.find(".//div/p").getparent().append(lxml.html.fragment_fromstring("<p>More.</p>"))
    >>> _declared_apart(root.find(".//h1"), page, Boilerplate({}, 0)) is None  # a lead paragraph
    True
    """
    article = next((a for a in islice(h1.iterancestors(), ARTICLE_REACH) if a.tag == "article"),
                   None)
    if article is None:
        return None
    described = {d for d in map(clean_text, metadata.description(page)) if d}
    if not described:
        return None
    after = False
    for el in article.iter(*SUBTITLE_TAGS, "h1"):
        if not after:
            after = el is h1
            continue
        # Most of an article's elements are its text's unclassed paragraphs: no cache lookup
        # for them (a name-less element says nothing).
        if not (classes := el.get("class")) or not names_say_standfirst(classes):
            continue
        text = clean_text(text_content(el)) or ""
        if text not in described or len(text) > MAX_STANDFIRST_CHARS or marks.covers(el):
            continue
        block = el.getparent()
        while block is not None and block.tag in ("p", "span"):
            block = block.getparent()
        if block is None:
            return None
        own = {el, *el.iterdescendants("p"), *el.iterancestors("p")}
        return None if any(p not in own for p in block.iter("p")) else el
    return None


#: A paragraph of the text holds more than this many characters (a label, a source line less).
_TEXT_PARAGRAPH_CHARS = 100
#: A dek whose first this many characters (spaces aside) the text prints is the text's own.
DEK_OPENING_CHARS = 60
#: A description cut short with an ellipsis names its printed dek by this many characters.
_CUT_DESCRIPTION_CHARS = 80
#: A dek printed apart from the headline is one of the elements this close after it (20
#: Minuten's: the 16th, past the ad slots and the date line; The Nation's the 41st): a
#: cheap walk, on every page whose subtitle is still empty.
DECLARED_DEK_REACH = 60
#: The blocks a declared dek is printed in.
_DECLARED_DEK_TAGS = frozenset({"p", "div", "span", "h2", "h3"})


def _following(el: Element) -> Iterator[Element]:
    """The elements after `el` in document order, its own descendants aside (the XPath
    `following::` axis, walked lazily: libxml2 builds the whole node-set first)."""
    node: Element | None = el
    while node is not None:
        for sibling in node.itersiblings():
            if isinstance(sibling.tag, str):
                yield sibling
                yield from sibling.iterdescendants()
        node = node.getparent()


def _opening_text(el: Element) -> str:
    """The text an element opens with, before any child element (past a comment: Vue's
    `<p><!---->Los residentes …`), spaces collapsed."""
    text = el.text or ""
    for child in el:
        if text.strip() or isinstance(child.tag, str):
            break
        text = child.tail or ""
    return " ".join(text.split())
#: The first paragraph of text after an element (more than a label or a date line).
_TEXT_PARAGRAPH_AFTER = etree.XPath(
    f"following::p[string-length(normalize-space()) > {_TEXT_PARAGRAPH_CHARS}][1]")


def declared_printed(page: Page, h1: Element, marks: Boilerplate, held: str = "") -> Element | None:
    """The block after the headline that prints the page's declared description (og:,
    twitter: or the plain description) word for word, before the text's first paragraph,
    wherever the template puts it and however it names it (read once the body is, for a dek
    no other rule found and the text does not hold): 20 Minuten's `<article><header>
    <div type="lead"><p>…` under an <h1> outside the <article>, BR24's CSS Modules
    "ArticleItemTeaserText" paragraph, a storefront's `<storefront-html class="excerpt"><div>`,
    Público's unnamed `<div>` beside the <h1>. A description whose opening `held` (the text
    chosen, spaces aside) prints is not looked for. The text's own first paragraph is often the
    description too: a block followed by a paragraph, or by a wrapper like its own (a text
    printed one `<div><p>` per paragraph), is that paragraph, not a dek; so is a declared
    lead longer than a standfirst (`MAX_STANDFIRST_CHARS`: the bold opening paragraph).

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> root = lxml.html.fromstring('<html><body><div><h1>T</h1></div><article><header>'
    ...     '<div class="x1"><p>Tiktok is suspected of failing to act. Fines loom.</p></div>'
    ...     '</header><div><p>' + 'Text. ' * 30 + '</p><p>More.</p></div></article></body></html>')
    >>> desc = {"og:description": ["Tiktok is suspected of failing to act. Fines loom."]}
    >>> declared_printed(Page(url="u", root=root, meta=desc), root.find(".//h1"),
    ...                   Boilerplate({}, 0)).tag
    'p'
    >>> root = lxml.html.fromstring('<html><body><h1>T</h1><div class="t"><p>Tiktok is '
    ...     'suspected of failing to act. Fines loom.</p></div><div class="t"><p>'
    ...     + 'More. ' * 30 + '</p></div></body></html>')
    >>> declared_printed(Page(url="u", root=root, meta=desc), root.find(".//h1"),
    ...                   Boilerplate({}, 0)) is None  # the text's first paragraph
    True
    """
    described: dict[str, str] = {}
    cut: dict[str, str] = {}  # descriptions cut short ("… el contr..."): their printed opening
    for value in (*metadata.description(page), *page.meta.get("twitter:description", ())):
        text = clean_text(value) or ""
        if held and "".join(text.split())[:DEK_OPENING_CHARS] in held:
            continue  # the text chosen prints it: its opening paragraph
        stem = text.removesuffix("...").removesuffix("…")
        if stem != text and len(stem) >= _CUT_DESCRIPTION_CHARS:
            cut["".join(stem.split())] = stem
        # A sentence or two: a longer lead declared so is the text's bold opening paragraph.
        if 40 <= len(text) <= MAX_STANDFIRST_CHARS:
            described["".join(text.split())] = text
    if not (described or cut):
        return None
    first_text: Element | bool | None = False  # not looked for yet
    starts = tuple(dict.fromkeys(" ".join(text.split()[:3])
                                 for text in (*described.values(), *cut.values())))
    firsts = tuple({start.split()[0] for start in starts if start})
    for el in islice(_following(h1), DECLARED_DEK_REACH):
        if el.tag not in _DECLARED_DEK_TAGS:
            continue
        # Most blocks open with no text of their own, or with other words: read first.
        own = el.text
        if own is None or not own.strip():
            if not len(el) or isinstance(el[0].tag, str):
                continue  # its text, if any, is a child's
        elif not own.lstrip().startswith(firsts):
            continue
        if _opening_text(el).startswith(starts):
            printed = "".join((clean_text(text_content(el)) or "").split())
            if not (printed in described or (
                    len(printed) <= MAX_STANDFIRST_CHARS and any(map(printed.startswith, cut)))) \
                    or marks.covers(el) or _IN_AUTHOR_SCOPE(el):
                continue
            # Before the text's first paragraph (or that paragraph is this block's own).
            if first_text is False:
                first_text = next(iter(_TEXT_PARAGRAPH_AFTER(h1)), None)
            if isinstance(first_text, etree._Element) and first_text is not el \
                    and el not in first_text.iterancestors() \
                    and first_text not in el.iterancestors() \
                    and first_text is not next(iter(_TEXT_PARAGRAPH_AFTER(el)), None):
                continue
            block = el
            while (parent := block.getparent()) is not None and parent.tag != "body" \
                    and sum(1 for c in parent if isinstance(c.tag, str)) == 1 \
                    and not (parent.text or "").strip():
                block = parent
            # A paragraph of text after it beside it (a photo's box may come between), or a
            # wrapper like its own holding one: the text's first paragraph.
            if any(isinstance(after.tag, str) and (after.tag == "p" or (
                    after.tag == block.tag and after.get("class") == block.get("class")))
                    and len(text_content(after).strip()) > _TEXT_PARAGRAPH_CHARS
                    for after in block.itersiblings()):
                return None
            return el
    return None


def _declared_dek(page: Page, h1: Element) -> Element | None:
    """The block right after the headline that prints the page's declared description word
    for word, in a header that holds no other paragraph: the dek, however it is named or
    broken into lines (a WordPress theme's `<h1>…</h1><div class="font-size-big"><p>Older
    workers are often<br>considered less efficient,<br>…</p></div>` under og:description
    "Older workers are often considered less efficient, …").

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> root = lxml.html.fromstring('<html><body><div><h1>T</h1><div class="big"><p>Is that '
    ...     'so?<br>Is it?</p></div><div><a href="/t">tag</a></div></div><div><p>Text.</p>'
    ...     '</div></body></html>')
    >>> page = Page(url="u", root=root, meta={"og:description": ["Is that so? Is it?"]})
    >>> _declared_dek(page, root.find(".//h1")).get("class")
    'big'
    """
    dek, header = h1.getnext(), h1.getparent()
    # Past the elements that print nothing: an empty <h2> (The Independent's `<h1>…</h1><h2>
    # </h2><p>Dek</p>`), a wrapper of empty <span>s (the Evening Standard's).
    while dek is not None and _prints_nothing(dek):
        dek = dek.getnext()
    # A paragraph hidden from readers (`aria-hidden="true"`: The Independent's bookmark prompt
    # in an overlay of the share bar) is no other paragraph of the header.
    # (Counted up to the second shown paragraph only: a header that is the page's whole
    # text column holds hundreds.)
    if dek is None or header is None or header.tag in FRAME_TAGS or dek.tag not in _DECLARED_TAGS \
            or next(islice((p for p in header.iter("p") if not _ARIA_HIDDEN(p)), 1, None),
                    None) is not None:
        return None
    text = clean_text(text_content(dek)) or ""
    if not 15 <= len(text) <= MAX_DECLARED_STANDFIRST_CHARS:
        return None
    # Compared without spaces: a <br> breaking the printed lines leaves none between them.
    bare = "".join(text.split())
    return dek if any("".join(d.split()) == bare for d in metadata.description(page)) else None


def _prints_nothing(el: Element) -> bool:
    """Does `el` print nothing: no text, no picture, no embed (a comment, an empty <h2>, a
    wrapper of empty <span>s)?

    >>> import lxml.html
    >>> _prints_nothing(lxml.html.fragment_fromstring('<div><span> </span></div>'))
    True
    >>> _prints_nothing(lxml.html.fragment_fromstring('<div><img src="x.jpg"></div>'))
    False
    """
    return not isinstance(el.tag, str) or (
        not text_content(el).strip() and next(el.iter(*_PRINTING_TAGS), None) is None)


#: Elements that print without text (an <svg> without text is an icon: the Evening
#: Standard's arrow between its headline and dek).
_PRINTING_TAGS = ("img", "picture", "video", "iframe", "figure", "audio", "object", "embed",
                  "canvas", "input", "button")
#: Inside an element hidden from readers.
_ARIA_HIDDEN = etree.XPath("boolean(ancestor-or-self::*[@aria-hidden = 'true'])")


#: The blocks a declared description may be printed in under the headline.
_DECLARED_TAGS = frozenset({"p", "div", "h2", "h3", "span"})


def _run_in(el: Element) -> bool:
    """A <span> opening a paragraph that goes on after it: the run-in lead of the text's
    first paragraph (`<p><span class="ng_leadin">This week's question:</span> When …</p>`),
    set apart by its style, not a standfirst.

    >>> import lxml.html
    >>> p = lxml.html.fragment_fromstring('<p><span class="leadin">Question:</span> Why?</p>')
    >>> _run_in(p[0]), _run_in(lxml.html.fragment_fromstring('<div><span>Dek.</span></div>')[0])
    (True, False)
    """
    parent = el.getparent()
    return el.tag == "span" and parent is not None and parent.tag == "p" \
        and bool((el.tail or "").strip())


def _declared_in_meta_strip(el: Element, page: Page) -> bool:
    """Is `el`, in a strip under the headline that boilerplate covers (the byline and date
    box: pv magazine's `div.entry-byline` holding `div.article-lead-text`, The Atlantic's
    `div.c-article-meta` holding `p.c-dek` over the byline), the page's declared description
    word for word? Then it is the dek the strip also holds, not a line of the strip. A share
    bar's copy of the description (USA Today's `util-bar-share-summary-description`) is in no
    such strip.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> root = lxml.html.fromstring('<html><body><div class="entry-byline"><div class="lead">'
    ...     'The government has unveiled a plan.</div><span>Jane Doe</span></div></body></html>')
    >>> page = Page(url="u", root=root,
    ...             meta={"description": ["The government has unveiled a plan."]})
    >>> _declared_in_meta_strip(root.find(".//div/div"), page)
    True
    """
    strip = next((a for a in islice(el.iterancestors(), 2)
                  if _META_STRIP.search(a.get("class") or "")), None)
    text = clean_text(text_content(el)) or ""
    return strip is not None and len(text) >= 20 \
        and any(text == clean_text(d) for d in metadata.description(page))


#: A strip of the byline and date under the headline ("entry-byline", "c-article-meta").
_META_STRIP = re.compile(r"(?:^|[-_\s])(?:byline|meta)(?:[-_\s]|$)", re.I)


def _credit_or_photo_box(el: Element) -> bool:
    """Is `el`, whatever standfirst its class names, a writer's box or a photo's: its class
    or its parent's is a writer's, an avatar's or a photo's ("author-intro", "avatar-group__
    description", "image image--lead", a caption's `span.description` in `div.image-text`,
    LRT's photo credit `div.media-block__description`),
    or it holds a byline (The New Yorker's "content-header__accreditation-without-dek": the
    byline and date, a modifier saying there is no dek; Baijiahao's "article-desc": the
    author's icon, name and date line)?

    >>> import lxml.html
    >>> def box(html): return _credit_or_photo_box(lxml.html.fragment_fromstring(html)[0])
    >>> box('<div><div class="author-intro"><p>Jane Doe, professor</p></div></div>')
    True
    >>> box('<div class="image-text"><span class="description">Jane Doe. File image</span></div>')
    True
    >>> box('<div><div class="article-desc"><p class="author-name">Jane Doe</p></div></div>')
    True
    >>> box('<header class="article-header"><p class="article-desc">The court ruled.</p></header>')
    False

    A "lead" block holding only the lead picture (AP's `div.Page-lead`, its `<figure>`'s
    caption the only text) is the photo's:

    >>> box('<div><div class="Page-lead"><figure><img><div class="Figure-caption"><p>Lagarde '
    ...     'in Frankfurt. (AP Photo/Jane Doe)</p></div></figure></div></div>')
    True
    """
    parent = el.getparent()
    if _CREDIT_OR_PHOTO_NAME.search(el.get("class") or "") or (
            parent is not None and _CREDIT_OR_PHOTO_NAME.search(parent.get("class") or "")):
        return True
    if el.tag != "figure" and (figure := el.find(".//figure")) is not None \
            and (clean_text(text_content(el)) or "") == (clean_text(text_content(figure)) or ""):
        return True  # a lead picture's block: its only text the caption
    return bool(_HOLDS_BYLINE(el))


#: A class whose block names a writer, an avatar or a photo ("author-intro", "avatar-group__
#: description", "image--lead", "image-text", "media-block", "caption").
_CREDIT_OR_PHOTO_NAME = re.compile(
    r"(?:^|\s)(?:author|avatar|byline|image|img|photo|media|gallery|caption|figure|figcaption)"
    r"(?:[-_]|\s|$)",
    re.I)
#: An element inside classed as a writer's or a byline ("author-name", "bylines__byline").
_HOLDS_BYLINE = etree.XPath(
    "boolean(.//*[contains(concat(' ', @class), ' author') or contains(@class, 'byline')"
    " or contains(concat(' ', @class), ' avatar')])")


def photo_caption(el: Element, text: str) -> bool:
    """Is `text` only the caption of a photo `el` holds, the words of its `alt` or `title`
    (El Mundo's `div.sumario` box: `<div class="foto"><img alt="Izaskun Lesaka."><p>Izaskun
    Lesaka.</p></div>`)? A photo box, whatever its class says.

    >>> import lxml.html
    >>> box = lxml.html.fragment_fromstring('<div class="sumario"><img alt="Jane Doe." '
    ...     'src="x.jpg"><p>Jane Doe.</p></div>')
    >>> photo_caption(box, "Jane Doe."), photo_caption(box, "The court ruled.")
    (True, False)

    A line set right after the picture, or closing on the picture's credit in brackets (a
    Korean wire's `<img><p class="desc">… (사진=뉴시스 DB)</p>`), is its caption too:

    >>> box = lxml.html.fragment_fromstring('<div><img src="x.jpg"><p class="desc">Jane Doe '
    ...     'at the bank.</p></div>')
    >>> photo_caption(box[1], "Jane Doe at the bank."), photo_caption(box, "Doe. (Photo: AP)")
    (True, True)
    """
    if text[-1:] in ")）]" and _CAPTION_CREDIT.search(text):
        return True
    before = el.getprevious()
    if before is not None and before.tag in ("img", "picture") and not (before.tail or "").strip():
        return True
    return any(text in (clean_text(img.get("alt") or "") or "",
                        clean_text(img.get("title") or "") or "") for img in el.iter("img"))


#: A picture's credit in brackets closing a caption: "(사진=뉴시스 DB)", "(Photo: AP)",
#: "(Foto: dpa)", "（写真：共同）".
_CAPTION_CREDIT = re.compile(
    r"[(（\[](?:사진|photo|foto|写真|図|图片|圖片|image|picture|file photo)\s?[=:：]"
    r"[^()（）\[\]]{1,40}[)）\]]$", re.I)


def _all_link(el: Element) -> bool:
    """Is all of `el`'s text a link's: a link line classed "intro" in a box beside the
    headline ("<p class=intro><a>Browse the <cite>BusinessWeek</cite> Archive</a>"), no dek.

    >>> import lxml.html
    >>> _all_link(lxml.html.fragment_fromstring('<p class="intro"><a href="#">Browse the '
    ...     '<cite>X</cite> Archive</a></p>'))
    True
    >>> _all_link(lxml.html.fragment_fromstring('<p class="intro">The court <a>ruled</a>.</p>'))
    False
    """
    links = el.findall(".//a")
    if not links:
        return False
    text = "".join(text_content(el).split())
    return bool(text) and len("".join("".join(text_content(a).split()) for a in links)) \
        >= len(text)


def _header_dek(h1: Element) -> Element | None:
    """The one paragraph of the headline's <header>, right after the headline, when it is a
    sentence or two: the dek, unclassed (a series view's `<header><span>Kicker</span><h2>…
    </h2><p>…</p></header>`). A byline or a date line is no sentence.

    >>> import lxml.html
    >>> header = lxml.html.fragment_fromstring('<header><h2>T</h2><p>The party denies it '
    ...     'knew of the paper. Documents say otherwise.</p></header>')
    >>> _header_dek(header[0]).tag
    'p'
    >>> header[1].text = "By Jane Doe and John Roe, December 17, 2024"
    >>> _header_dek(header[0]) is None
    True
    >>> wrap = lxml.html.fragment_fromstring('<div><div><h1>T</h1><div>Emergency, healthcare '
    ...     'and transit workers won&apos;t need to pay.</div></div><p>By Jane Doe</p></div>')
    >>> _header_dek(wrap[0][0]).tag
    'div'
    """
    dek, header = h1.getnext(), h1.getparent()
    if dek is None or header is None:
        return None
    # Or a wrapper holding only the headline and one plain <div> of text under it (Engadget:
    # `<div><h1>…</h1><div class="t-d7@m- …">Workers won't need to pay.</div></div>`), when
    # more follows the wrapper: `<article><h1>…</h1><p>…</p></article>` is a one-paragraph text.
    alone = dek.tag == "div" and len(header) == 2 and len(dek) == 0 \
        and header.getnext() is not None
    if not alone and (dek.tag != "p" or header.tag != "header"
                      or sum(1 for _ in header.iter("p")) > 1):
        return None
    text = clean_text(text_content(dek)) or ""
    return dek if 40 <= len(text) <= MAX_STANDFIRST_CHARS and text.endswith(_DEK_ENDS) \
        and not is_date_line(text) else None


#: How a dek's last sentence ends.
_DEK_ENDS = (".", "!", "?", "…", '"', "”", "“", "»", "«")


#: A list named as a standfirst is the summary's bullets (Bloomberg's `<ul class="abstract"
#: data-component="abstract">`), no dek: read as one line, its items ran together ("…than
#: projected in September Powell says…"), as News24's `ul.article__summary` is neither.
_SUMMARY_LISTS = frozenset({"ul", "ol"})


#: What may stand between the headline's <header> and the standfirst below it: the lead
#: image, and markup that prints nothing.
_BESIDE_HEADER = frozenset({"figure", "picture", "img", "script", "noscript", "style"})
#: A standfirst the page also declares as its description (og:description) is the one the
#: site wrote, however long: a paragraph of up to this many characters.
MAX_DECLARED_STANDFIRST_CHARS = 600


def _below_header(around: Iterable[Element]) -> Element | None:
    """The element classed as a standfirst right below the headline's <header> (one of the
    wrappers `around` it), the lead image aside: WordPress themes print the excerpt there,
    after `header.entry-header` and its figure, in the <article> (`div.entry-excerpt`).

    >>> import lxml.html
    >>> article = lxml.html.fragment_fromstring('<article><header><h1>T</h1></header>'
    ...     '<figure><img src="x.jpg"></figure><div class="entry-excerpt"><p>Dek.</p></div>'
    ...     '<div class="entry-content"><p>Text.</p></div></article>')
    >>> _below_header(article.find(".//h1").iterancestors()).get("class")
    'entry-excerpt'
    >>> article.remove(article[2])
    >>> _below_header(article.find(".//h1").iterancestors()) is None
    True
    """
    header = next((el for el in around if el.tag == "header"), None)
    for el in () if header is None else header.itersiblings():
        if isinstance(el.tag, str) and el.tag not in _BESIDE_HEADER:
            return el if names_say_standfirst(el.get("class") or "") \
                and el.tag not in _SUMMARY_LISTS else None
    return None


#: A class naming a header block: "fig-article-header", "article_header", "header".
_HEADER_NAME = re.compile(r"(?:^|\s|[-_])header(?:\s|$)")


def _below_header_media(around: Iterable[Element]) -> Element | None:
    """The standfirst opening the column after a header block named so (a <div>, not a
    <header>), right after the lead image: Le Figaro prints `div.fig-article-header` (the
    <h1>, the byline), then `div.fig-main-col` holding the photo's `<div><figure>` and then
    `p.fig-chapo`.

    >>> import lxml.html
    >>> article = lxml.html.fragment_fromstring('<article><div class="fig-article-header">'
    ...     '<div><h1>T</h1></div></div><div class="fig-main-col"><div><figure><img src="x.jpg">'
    ...     '<figcaption>Caption</figcaption></figure></div><p class="fig-chapo">Dek.</p>'
    ...     '<div class="fig-article-body"><p>Text.</p></div></div></article>')
    >>> _below_header_media(article.find(".//h1").iterancestors()).get("class")
    'fig-chapo'
    """
    header = next((el for el in around if _HEADER_NAME.search(el.get("class") or "")), None)
    column = next((el for el in header.itersiblings() if isinstance(el.tag, str)), None) \
        if header is not None else None
    children = [el for el in column if isinstance(el.tag, str)] if column is not None else []
    if len(children) < 2 or not _media_wrapper(children[0]):
        return None
    return children[1] if names_say_standfirst(children[1].get("class") or "") else None


def _media_wrapper(el: Element) -> bool:
    """A lead image's wrapper: one <figure>, <picture> or <img> inside, nothing else."""
    return el.tag in ("figure", "picture", "img") or (
        len(el) == 1 and el[0].tag in ("figure", "picture", "img")
        and not (el.text or "").strip())


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
        if after is None or after.tag in _SUMMARY_LISTS or not any(
                names_say_standfirst(after.get(a) or "") for a in COMPONENT_ATTRS):
            continue
        text = clean_text(text_content(after)) or ""
        return after if 15 <= len(text) <= MAX_STANDFIRST_CHARS else None
    return None


def _next_tag(el: Element) -> str | None:
    """The tag of the element after `el`, if any."""
    after = el.getnext()
    return after.tag if after is not None else None


def article_scope(page: Page) -> Element:
    """The element around the headline that holds the article (`_article_scope`), found
    once per page: the date, section, tag and image readers all ask."""
    return page.memo("article_scope", _article_scope)


def _article_scope(page: Page) -> Element:
    """The element around the headline that holds the article: the <h1>'s nearest <article>
    or <main> ancestor, else its ancestor `DATE_LINE_REACH` levels up, else the page."""
    h1s = page.h1s()
    if not h1s:
        return page.root
    ancestors = [a for a in h1s[0].iterancestors() if a.tag not in ("html", "body")]
    for el in ancestors[:DATE_LINE_REACH]:
        if el.tag in ("article", "main"):
            return el
    if not ancestors:
        return page.root
    top = ancestors[min(DATE_LINE_REACH, len(ancestors)) - 1]
    if len(ancestors) < DATE_LINE_REACH and len(top) == 1 and not (top.text or "").strip() \
            and (body := top.getparent()) is not None:
        # A wrapper holding the headline alone, straight under the <body> (The Tribune's
        # `div.glb-heading`, its date line `div.time-share` a sibling): the page is the scope.
        return body
    return top


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

