"""Printed bylines: the byline candidates (`BYLINE_TESTS`), author boxes, the by-lines after
the headline, bylines that name no one (bios, avatars, date blocks), credits cut to the
people they name, co-authors printed beside the declared one, and the wire agency and place
a byline names.

Separate from the orchestration in `fields`: the authors a page prints, read by one family
of XPaths; the printed dates read byline lines through it (`printed_dates` imports this
module, never the reverse).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from copy import deepcopy
from itertools import chain, islice
from typing import TYPE_CHECKING, cast

from lxml import etree

from newsscraper.extract import metadata
from newsscraper.extract.headline import DATE_LINE_SIBLINGS, FRAME_TAGS, headline_block
from newsscraper.page import BodyXPath, Element, text_content
from newsscraper.processors import (
    clean_author,
    clean_text,
    credit_then_day,
    dated_tail,
    day_then_credit,
    is_date_line,
    normalise_agency,
    role_of_wire,
    source_line,
    spaced_wire,
    split_authors,
    wire_staff_credit,
    without_comment_count,
)

if TYPE_CHECKING:
    from newsscraper.loaders import ArticleLoader
    from newsscraper.page import Page

#: What marks an element of the body as a byline (BYLINE_TESTS: and no other credit).
_BYLINE_MARKS = (
    # rel="schema:author": RDFa, as Drupal prints a node's author; Drupal 7's RDFa names
    # it the node's creator ("| by <span rel="sioc:has_creator"><a>Jane Doe</a></span>").
    "[@rel='author' or @rel='schema:author' or @rel='sioc:has_creator' or @itemprop='author' or "
    "contains(@class,'byline') or "
    # The byline so named by its id alone (ITmedia's `div#byline`: "[田中宏昌，ITmedia]").
    # Or the authors' (Börsen-Zeitung's `<storefront-html id="authors">`).
    "@id='byline' or @id='authors' or "
    # The writer's name in an `<address>`, the HTML element for an article's author contact
    # (Dagbladet's `<address><span class="name">Kari Nordmann</span><span class="email">`);
    # a postal address there names no one.
    "(parent::address and @class='name') or "
    # An element identified as the author (not classed: "flame_author_id", "articleAuthor")
    # that prints a short "By …" line ("<p id=flame_author_id><a href=#>by Rose Orlik</a>"):
    # an id holding "author" marks a comment form's field or a profile tab too, so only with
    # the byline's word first, perhaps with its colon (the Inquirer's `div#art_author`: "By:
    # <a>Jane Doe</a> - Reporter / @handle").
    "(contains(translate(@id, 'AUTHOR', 'author'), 'author') and "
    "string-length(normalize-space()) < 80 and "
    "contains(' by von par por di door av af ', concat(' ', substring-before(translate("
    "normalize-space(), 'BYVONPARDIF:', 'byvonpardif'), ' '), ' '))) or "
    # PascalCase components (React, CSS Modules: "Byline", "Byline-name", "Byline_name__x1Yz").
    "contains(@class,'Byline') or "
    "contains(@class,'author-name') or contains(@class,'author__name') or "
    # And in snake_case (Mashable's `span.author_name`: "By Seth Fiegerman"), as a class of
    # its own: a teaser's "snp_dont_miss_author_name" (HuffPost's rail) is another story's.
    "contains(concat(' ', normalize-space(@class)), ' author_name') or "
    # Portuguese, Spanish and Italian class names: "autor-noticia", "autore"; Corriere
    # della Sera's `span.writer` ("di Francesca Basso").
    "contains(concat(' ', normalize-space(@class)), ' autor') or "
    "contains(concat(' ', normalize-space(@class), ' '), ' writer ') or "
    # Spanish templates' signature line ("firma": "Por Redacción, con EFE").
    "contains(concat(' ', normalize-space(@class), ' '), ' firma ') or "
    # Hungarian templates' "szerző" (author): ma.hu's `<sub class="szerzo"><a>MTI</a></sub>`.
    "contains(concat(' ', normalize-space(@class), ' '), ' szerzo ') or "
    # camelCase components ("authorModule": "Caroline Plante La Presse Canadienne"; CNBC's
    # "Author-authorName", a link to the writer's page with no /author in its address).
    "contains(@class,'authorModule') or contains(@class,'authorName') or "
    # And in lower case (MSN's `span.authorname-txt`), and the writer's name so classed
    # (Thought Catalog's `h4.writer-name` under the headline).
    "contains(@class,'authorname') or contains(@class,'writer-name') or "
    "contains(concat(' ', normalize-space(@class), ' '), ' author ') or "
    # A story's author glued to the kind of item, as old CMS templates name their fields
    # (a ColdFusion paper's `div.newsauthor`: "Karen Lindqvist | Staff Writer").
    "contains(concat(' ', normalize-space(@class), ' '), ' newsauthor ') or "
    "contains(concat(' ', normalize-space(@class), ' '), ' articleauthor ') or "
    "contains(concat(' ', normalize-space(@class), ' '), ' storyauthor ') or "
    # … or the writer ("news-writer", "article-writer": WAM's name alone under its text).
    "contains(concat(' ', normalize-space(@class), ' '), '-writer ') or "
    # A list of the article's writers (Nature's `ul.c-article-author-list`: "<li>By <a>Jeff
    # Tollefson</a></li>"; Ghost's `ul.author-list`).
    "contains(concat(' ', normalize-space(@class), ' '), 'author-list ') or "
    # The plural, a block of the article's bylines (ynet's `div.authors`: "<a>גד ליאור</a>").
    "contains(concat(' ', normalize-space(@class), ' '), ' authors ') or "
    # French templates' "auteur" ("article-auteur", "nom-auteur": "Par Koné Mamadou").
    "contains(concat(' ', normalize-space(@class), ' '), '-auteur ') or "
    "contains(concat(' ', normalize-space(@class), ' '), ' auteur ') or "
    # Spanish, Portuguese and Italian templates' the same ("nombre-autor", "nome-autore",
    # "post-autor", BEM's "article__autor": "Lucía Fernández"), but not a box about the
    # writer ("sobre-autor", "caja-autor", "bio-autor", "perfil-autor", "info-autor"): a
    # bio's name, or a photo's.
    "((contains(concat(' ', normalize-space(@class), ' '), '-autor ') or "
    "contains(concat(' ', normalize-space(@class), ' '), '-autora ') or "
    "contains(concat(' ', normalize-space(@class), ' '), '-autore ') or "
    "contains(concat(' ', normalize-space(@class), ' '), '__autor ')) and not("
    "contains(@class, 'sobre') or contains(@class, 'caja') or contains(@class, 'box') or "
    "contains(@class, 'bio') or contains(@class, 'perfil') or contains(@class, 'profil') or "
    "contains(@class, 'info') or contains(@class, 'foto') or contains(@class, 'avatar') or "
    "contains(@class, 'img') or contains(@class, 'mais') or contains(@class, 'mas-'))) or "
    # A bare <span> classed "…-author" (Arena Holdings' `span.heading-author`: "Reuters").
    "(self::span and not(*) and contains(concat(' ', normalize-space(@class), ' '), '-author '))"
    " or "
    # Or a short line of text so classed whose only element is its `<time>` (Mallorca
    # Magazin's `div.post-author`: "Sabine Schmid | Palma | <time>22.07.2024</time>"): an
    # author box holds a bio, links or a picture.
    "(not(*[not(self::time)]) and string-length(normalize-space()) < 60 and "
    "contains(concat(' ', normalize-space(@class), ' '), '-author ') and time) or "
    # Or one of any shape whose text is a byline word and then a link to the writer's page
    # (FAZ's `span.atc-MetaItem-author`: "Von <a>Henrike Brandt</a>, Berlin") or the name in
    # a <span> ("contributors--author": "By <span>Jane Doe</span>"; a span classed as the
    # name is read alone); an author box or a photo credit so classed says something else
    # first.
    "(contains(concat(' ', normalize-space(@class), ' '), '-author ') and "
    "*[1][self::a or self::span[not(contains(@class, 'aut'))]] and "
    "contains(' by von par por di door av af ', concat(' ', translate(normalize-space("
    "*[1]/preceding-sibling::text()), 'BVPDAF', 'bvpdaf'), ' '))) or "
    "contains(@class, '__author ') or substring(@class, string-length(@class) - 7) = '__author' or "
    # A CSS Modules name ("ContentMetaInfo_author__Nb5xE": "[component]_author__[hash]").
    "contains(@class, '_author__') or "
    # The BEM element in the plural, for a line of several credits (Le Figaro's
    # "fig-content-metas__authors": "Par Le Figaro avec AFP").
    "contains(@class, '__authors ') or "
    "substring(@class, string-length(@class) - 8) = '__authors' or "
    # A link whose title says it leads to the writer's stories, named as the link is ("More
    # Articles by PATRICK HEALY" to "/by/patrick-healy"; GameStar's "Alle Inhalte von Duy
    # Linh Dinh" to a "/thema/…" page), not a menu's.
    "(self::a[@title = concat(substring-before(@title, ' by '), ' by ', normalize-space()) and "
    "contains('|posts|all posts|view all posts|articles|more articles|all articles|stories|"
    "more stories|', concat('|', translate(substring-before(@title, ' by '), 'ACEILMNOPRSTVW', "
    "'aceilmnoprstvw'), '|'))] or "
    "self::a[@title = concat(substring-before(@title, ' von '), ' von ', normalize-space()) and "
    "contains('|alle inhalte|alle artikel|artikel|alle beiträge|beiträge|weitere artikel|"
    "mehr artikel|', concat('|', translate(substring-before(@title, ' von '), 'ABEHIKLMNRTW', "
    "'abehiklmnrtw'), '|'))]) and not(ancestor::nav or ancestor::footer) or "
    # A link to the author's page, but not a menu's, the "Authors" index link or an author
    # box's button to the archive ("View all posts", WordPress's "View all posts by %s").
    # US papers link the writer's staff page (Gannett: "/staff/2647523001/jane-doe/"), some
    # Drupal sites the writer's (Colorlines: "/writers/liliana-segura").
    # An OAuth sign-in link ("…/othersitebind/authorize?site=qq", Sina's "使用QQ登录") is no
    # one's page.
    # French papers' "/auteur/frantz-durupt/" (Libération: "par <a …>Frantz Durupt</a>").
    "self::a[(contains(@href, '/autor') or contains(@href, '/author') or "
    "contains(@href, '/auteur/') or "
    # Norwegian and Danish papers' "/forfatter/<name>" (author; VG's byline list), Indonesian
    # portals' "/penulis/<name>" (writer: "Penulis <a href="/penulis/dewi">Dewi Lestari</a>").
    "contains(@href, '/forfatter/') or contains(@href, '/penulis/') or "
    "contains(@href, '/staff/') or contains(@href, '/writers/') or "
    "contains(@href, '/writer/') or "
    # The Inquirer's "/byline/marlon-ramos": the writer's page, filed under bylines.
    "contains(@href, '/byline/') or "
    # A profile addressed by handle (Medium, Substack: "/@timoreilly?source=post_page…"); one
    # on another site (a YouTube or TikTok channel "…/@nytimes") is set aside as no byline
    # (`_foreign_profile`).
    # The profile itself, not a story under it ("/@timoreilly/wtf-e52ab9515573").
    "(contains(@href, '/@') and not(contains(substring-before(concat("
    "substring-after(@href, '/@'), '?'), '?'), '/'))) or "
    # Papers file their writers as reporters, journalists or editors (Mainichi:
    # "/reporter/matsuokadaichi/", Engadget: "/about/editors/jon-fingas/"; "/journalists/",
    # French "/journaliste/", German "/journalisten/"). Inside a byline already read such a
    # link can name the paper ("<a href=…/reporter/…>聯合報</a> / 記者王小明"): only alone.
    # A folder of its own: Asahi's menu links "/reporter-bio/" ("記者タイムライン").
    "((contains(@href, '/reporter/') or contains(@href, '/reporters/') or "
    "contains(@href, '/journalist/') or contains(@href, '/journalists/') or "
    "contains(@href, '/journaliste/') or contains(@href, '/journalisten/') or "
    "contains(@href, '/editors/')) and not(ancestor::*[contains(@class, 'author') or "
    "contains(@class, 'yline')]) and not("
    # Nor a link naming the list ("Our reporters", "Journalists", "Editors' picks", "記者…").
    "contains(string(), '記者') or contains(translate(., 'REPORT', 'report'), 'reporter') or "
    "contains(translate(., 'JOURNALIST', 'journalist'), 'journalist') or "
    "contains(translate(., 'EDITOR', 'editor'), 'editor')))) and "
    "not(contains(@href, '/authoriz')) and "
    "not(ancestor::nav or ancestor::footer or ancestor::li[contains(@class, 'menu')]) and "
    "not(contains(translate(., 'AUTHOR', 'author'), 'autor') or "
    "contains(translate(., 'AUTHOR', 'author'), 'author') or "
    "contains(translate(., 'STAF', 'staf'), 'staff') or "
    "contains(translate(., 'WRITE', 'write'), 'writer') or "
    "contains(translate(., 'POST', 'post'), 'posts'))]]"
)
#: What makes such an element no byline of the article, also a component's that
#: `component_bylines` finds.
_NOT_OTHER_CREDIT = (
    # Nor is such a button marked rel="author" (Twenty Twenty-One's author bio: "View all of
    # %s's posts."): a link whose text speaks of posts names no one.
    "[not(self::a and contains(translate(., 'POST', 'post'), 'posts'))]"
    # Commenters are not the authors, nor are the bylines of a related-posts block's teasers
    # (WordPress themes print one under each: "related-posts-wrapper", "jp-relatedposts").
    # A <body> class is a page-wide setting, not such a block, and so is a class of a
    # block holding the headline: the post's state ("comments-enabled" on Drupal's <body>,
    # Kinja's `article.post … commented`), not a comment thread.
    "[not(ancestor::*[(contains(@class, 'comment') or contains(@id, 'comment') or "
    "contains(@class, 'related')) and not(self::body or .//h1)])]"
    # Nor is a link inside a paragraph of prose, longer than any byline: an author bio's
    # sentence linking the writer's pages on other sites ("Drew Dietsch is … He's written
    # for <a href="…/author/drew-dietsch/">CHUD.com</a>, …"). The bio's own subject opening
    # it ("<b><a>Craig Lloyd</a></b> is …") is the writer.
    "[not(self::a and ancestor::p[1][string-length(normalize-space()) > 200] and "
    "not(starts-with(normalize-space(ancestor::p[1]), normalize-space())))]"
    # Nor is a photo's credit in its caption (BLOX prints it as a `tnt-byline` too:
    # "Jacquelyn Maren - staff, AP").
    "[not(ancestor::figcaption)]"
    # Nor is the credit of a slide in a slideshow set in the text (a photo gallery's or a
    # teaser carousel's "Author: Jane Doe (jd)" under each slide): the slide's, not the page's.
    # A <body> class is the template's settings, not a slideshow (Squarespace lists every
    # option on it: "tweak-product-item-gallery-design-slideshow").
    "[not(ancestor::*[contains(@class, 'slideshow')][not(self::body)])]"
    # Nor is the writer's job printed beside the name ("byline-author-title": "Kitchen
    # Reviewer", "author-role", "author-position", "author-desc").
    # The byline's own title element is the same ("bylinetitle": "Associated Press" after
    # "By LYNNE O'DONNELL", AP's hosted pages; "byline__title": "BuzzFeed UK News Fellow").
    "[not(contains(@class, 'author-title') or contains(@class, 'author-role') or "
    "contains(@class, 'author-position') or contains(@class, 'author-job') or "
    "contains(@class, 'author-desc') or contains(@class, 'bylinetitle') or "
    "contains(concat(@class, ' '), 'byline-title ') or "
    "contains(concat(@class, ' '), 'byline__title '))]"
    # Nor is another part of the byline's line classed as one of its items: the time
    # (Vox Media's Chorus: `time.c-byline__item`), the story's category or trail
    # ("cb-category cb-byline-element", "byline breadcrumbs"), the writer's employer
    # ("byline-affiliation"), the place the writer files from ("c-byline__location":
    # "Toronto", The Globe and Mail's), the link to the comments ("byline_comment_link": "View
    # Comments") or a share button ("twitter byline-twitter", "facebook byline-fb").
    "[not(self::time or contains(@class, 'categor') or contains(@class, 'breadcrumb') or "
    "contains(@class, 'affiliation') or contains(@class, 'location') or "
    "contains(@class, 'comment') or "
    "contains(@class, 'twitter') or contains(@class, 'facebook'))]"
    # Nor is a byline's block holding nothing but the story's section link (CBC's
    # `div.bylineContainer` over the headline: `<a class="sectionLabel">Politics</a>`).
    "[not(a[contains(@class, 'section')] and "
    "normalize-space() = normalize-space(a[contains(@class, 'section')]))]"
    # Nor is the web producer a line under the text names by "Published By:" / "Edited By:"
    # (India Today's desk credit after an agency byline): who posted it, not who wrote it.
    "[not(self::a and (starts-with(translate(normalize-space(..), 'PUBLISHEDBY', "
    "'publishedby'), 'published by:') or starts-with(translate(normalize-space(..), "
    "'EDITBY', 'editby'), 'edited by:') or "
    # Nor the desk editor's link under "Editor:" (Indonesian portals' credit lines).
    "starts-with(translate(normalize-space(..), 'EDITOR', 'editor'), 'editor:')))]"
    # Nor is the byline of a teaser card in a posts block not classed "related" (Newspack's
    # Homepage Posts block as "More stories" inside the post's content): its nearest
    # <article> is the card, which links its own headline and holds no <h1> and at most an
    # excerpt (a post's <article> without its <h1>, as Drupal prints one, has paragraphs).
    "[not(ancestor::article[1][not(.//h1)]"
    "[.//h2/a or .//h3/a or .//h4/a or .//a/h2 or .//a/h3][not((.//p)[3])])]"
    # Nor is one inside a link that holds a headline: a teaser card linked whole (Quintype's
    # `a > h2 + div.card-…__author__…` in the "More from" rail after the text).
    # The card's headline may be a block classed as one (Bootstrap's `div.h3`: GameStar's
    # "recirculation-box" cards, "<div class="h3">…</div><div class="authors">von …").
    "[not(ancestor::a[.//h2 or .//h3 or .//h4 or "
    ".//*[contains(concat(' ', @class, ' '), ' h2 ') or "
    "contains(concat(' ', @class, ' '), ' h3 ') or contains(concat(' ', @class, ' '), ' h4 ')]])]"
)
#: What makes an element of the body a printed byline.
BYLINE_TESTS = _BYLINE_MARKS + _NOT_OTHER_CREDIT
BYLINE_XPATH = etree.XPath("//body//*" + BYLINE_TESTS)
#: Every element BYLINE_TESTS can accept has one of these attributes (keep the two in step:
#: tests/test_fields.py checks it on every fixture). Stepping to the attribute and back
#: (`//@class[…]/..`) visits only elements that have one, and the tests then run on a few
#: candidates: on every element of the body they cost ~2 ms a page.
_BYLINE_CANDIDATES = (
    # 'aut' for author, auteur, autor(e); 'yline' for byline and Byline: each contains() is
    # tried on every class of the body (four cost 0.58 ms a page where seven cost 0.88), and
    # BYLINE_TESTS then sorts the few extra candidates ("autoplay") out.
    # `string()`, not `.`: the same value, without a node-set built for each test (the class
    # branch ~15 % cheaper).
    "{0}*/@class[contains(string(), 'aut') or contains(string(), 'yline')"
    " or contains(string(), 'writer') or contains(string(), 'firma'){1}]/.. | "
    "{0}*/@rel[string() = 'author' or string() = 'schema:author'"
    " or string() = 'sioc:has_creator']/.. | "
    "{0}*/@itemprop[string() = 'author']/.. | "
    "{0}*/@id[string() = 'byline' or string() = 'authors' or contains(string(), 'uthor')]/.. | "
    # '/aut': autor, author; '/writer': "/writers/jane-doe", "/writer/jane-doe"
    "{0}a/@href[contains(string(), '/aut') or contains(string(), '/staff/')"
    " or contains(string(), '/forfatter/') or contains(string(), '/penulis/')"
    " or contains(string(), '/writer') or contains(string(), '/reporter')"
    " or contains(string(), '/journalist') or contains(string(), '/editors/')"
    " or contains(string(), '/@') or contains(string(), '/byline/')]/.."
)
#: Hungarian templates' byline class ("szerzo"). One more contains() on every class of a body
#: costs 0.14 ms a page (2 % of an extraction), so a whole body is searched for it only on a
#: page in Hungarian (`_in_hungarian`); small blocks always are.
_HUNGARIAN_CLASS = " or contains(string(), 'szerzo')"
#: A link whose title names the writer's stories ("More Articles by …", "Alle Inhalte von …"):
#: its title holds " by " or " von " (`_titled_link`).
_TITLED_LINKS = " | {0}a/@title[contains(string(), ' by ') or contains(string(), ' von ')]/.."
BYLINE_CANDIDATES_XPATH = etree.XPath(
    (_BYLINE_CANDIDATES + _TITLED_LINKS).format("//body//", _HUNGARIAN_CLASS))
#: The same from an element: `descendant::` from the page's one <body> is cheaper than
#: `//body//`.
_BYLINE_CANDIDATES_IN_BODY = etree.XPath(
    _BYLINE_CANDIDATES.format("descendant::", _HUNGARIAN_CLASS))
_BYLINE_CANDIDATES_IN_OTHER_BODY = etree.XPath(_BYLINE_CANDIDATES.format("descendant::", ""))
#: The candidates in a page's one <body> (`_byline_candidates`): the links among them are
#: found in Python (`_WRITER_LINK`, one regex a link where the XPath tried seven contains(),
#: ~0.1 ms a page) and passed in as $links, which the union puts in document order.
_BYLINE_CANDIDATES_BUT_LINKS = _BYLINE_CANDIDATES.rpartition(" | ")[0] + " | $links"
_OTHERS_IN_BODY = etree.XPath(_BYLINE_CANDIDATES_BUT_LINKS.format("descendant::",
                                                                  _HUNGARIAN_CLASS))
_OTHERS_IN_OTHER_BODY = etree.XPath(_BYLINE_CANDIDATES_BUT_LINKS.format("descendant::", ""))
#: The last branch of `_BYLINE_CANDIDATES` (keep the two in step): what a link's address
#: holds.
_WRITER_LINK = re.compile(
    r"/aut|/staff/|/writer|/reporter|/journalist|/editors/|/@|/byline/|/forfatter/|/penulis/")
_IS_BYLINE = etree.XPath("self::*" + BYLINE_TESTS)
#: What the class of each element BYLINE_TESTS accepts by its class holds (keep the two in
#: step): 'yline' for byline and Byline, 'author' (author-name, authorModule, __author…),
#: 'autor', 'auteur', 'writer', 'firma', 'szerzo'.
_BYLINE_CLASS_WORDS = ("yline", "author", "autor", "auteur", "writer", "firma", "szerzo")


def is_byline(el: Element) -> bool:
    """Does BYLINE_TESTS accept `el`? Its class, rel, itemprop and tag are looked at first,
    in Python: the candidates' 'aut' finds "w-auto" and "mr-auto" too (hundreds on a
    Tailwind page), which the XPath, at ~20 µs an element, would reject the slow way.

    >>> import lxml.html
    >>> [is_byline(lxml.html.fragment_fromstring(h)) for h in ('<div class="w-auto">x</div>',
    ...     '<span class="byline">By X</span>', '<a href="/author/x/">X</a>')]
    [False, True, True]

    A link to a reporter's page, not to the reporters' index nor to another folder that
    begins alike (a menu's "/reporter-bio/", NIH's "projectreporter.nih.gov/reporterapi.cfm").

    >>> [is_byline(lxml.html.fragment_fromstring(h)) for h in (
    ...     '<a href="//mainichi.jp/reporter/matsuokadaichi/">松岡大地</a>',
    ...     '<a href="https://www.asahi.com/reporter-bio/">記者タイムライン</a>',
    ...     '<a href="https://projectreporter.nih.gov/reporterapi.cfm?P=1">P30CA012197</a>')]
    [True, False, False]

    Not the other items of a byline's line: its time, the story's trail, a share button.

    >>> [is_byline(lxml.html.fragment_fromstring(h)) for h in (
    ...     '<time class="c-byline__item">Dec 10, 2016</time>',
    ...     '<div class="byline breadcrumbs">Fashion • Holiday</div>',
    ...     '<li class="twitter byline-twitter">twitter</li>')]
    [False, False, False]
    """
    cls = el.get("class") or ""
    if not any(w in cls for w in _BYLINE_CLASS_WORDS) and el.tag != "a" \
            and el.get("rel") not in ("author", "schema:author", "sioc:has_creator") \
            and el.get("itemprop") != "author" and el.get("id") not in ("byline", "authors") \
            and "uthor" not in (el.get("id") or "") \
            and not (cls == "name" and el.getparent() is not None
                     and el.getparent().tag == "address"):
        return False
    return bool(_IS_BYLINE(el))


#: A related-stories block's heading: the teaser cards under it credit their own writers.
_RELATED_HEADING = re.compile(
    r"^(?:related(?: posts| articles| stories| news| content| coverage)?|you (?:may|might) "
    r"(?:also )?like|more (?:from|stories|news|on this)|recommended(?: for you)?|read next"
    r"|up next|most (?:read|popular)|vous aimerez aussi|[àa] lire aussi|sur le même sujet"
    r"|mehr zum thema|weitere artikel|te puede interesar|más noticias|leia também"
    r"|veja também|leggi anche"
    # A sidebar's list of the site's writers ("Our Top Writers", "Featured columnists").
    r"|(?:our (?:top |featured )?|top |featured )(?:writers|columnists|contributors|authors))"
    r"\W*$", re.I)
#: A teaser's byline sits up to this many levels below the block its heading heads (a
#: sidebar widget: its body, list, item, the item's text, the name's line, the link).
RELATED_BLOCK_LEVELS = 6


def under_related_heading(el: Element) -> bool:
    """Is `el` in a block whose heading, printed before it, heads related stories ("<h2>
    Related articles</h2><div><div class=card>… <div><a href=/author/x>Jane Doe</a> /
    December 18, 2004</div>") or lists the site's writers ("Our Top Writers"), in a block
    no class names "related"? Their bylines are other stories' or the staff list's.

    >>> import lxml.html
    >>> page = lxml.html.fromstring('<div><h2>Related articles</h2><div><div><a href="/a/1">'
    ...     'Other</a><div><a href="/author/x">Jane Doe</a></div></div></div></div>')
    >>> under_related_heading(page.find(".//div/a[@href='/author/x']"))
    True
    """
    child = el
    for ancestor in islice(el.iterancestors(), RELATED_BLOCK_LEVELS):
        for before in ancestor.iterchildren():
            if before is child:
                break
            # The heading, or the header wrapping it alone (a widget's `div.widget_header`).
            heading = before if before.tag in _HEADINGS else \
                before[0] if len(before) == 1 and before[0].tag in _HEADINGS else None
            if heading is not None and _RELATED_HEADING.match(text_content(heading).strip()):
                return True
        child = ancestor
    return False


_HEADINGS = frozenset({"h2", "h3", "h4"})

#: How far above a byline the site's rail may be (a sidebar, its widget, the widget's list,
#: the item, the name's line).
RAIL_LEVELS = 8
_RAIL_CLASS = re.compile(r"sidebar|(?:^|[\s_-])(?:right|left|side)?-?rail(?:$|[\s_-])")
#: A layout's side column so named ("article-content-right", "col-right", "right-column",
#: "content-left"), not a utility class ("pull-right", "text-right").
_SIDE_COLUMN = re.compile(r"(?:^|[\s_-])(?:content|col|column)[-_]?(?:right|left)(?:$|\s)"
                          r"|(?:^|\s)(?:right|left)[-_]?(?:col|column|content)(?:$|\s)")


def _rail_named(named: str) -> bool:
    """Does a block's class and id (in lower case) name a rail or a side column? The
    substring tests first: the patterns run on few blocks.

    A rail layout's main column, a BEM element of the layout's block (Arc XP's
    "right-rail__main-interior-item", beside its "right-rail__main-right-rail": the article's
    end and its author box), is named as a rail too: `in_site_rail` tells it apart.

    >>> [_rail_named(n) for n in ("right-rail ", "article-content-right ", "pull-right ")]
    [True, True, False]
    """
    if "rail" in named or "sidebar" in named:
        return _RAIL_CLASS.search(named) is not None
    return ("right" in named or "left" in named) and _SIDE_COLUMN.search(named) is not None


def in_site_rail(el: Element) -> bool:
    """Is `el` in the site's rail beside the article: an `<aside>` or a block classed or
    identified as a sidebar or a rail ("right-rail"), outside the article's `<article>` and
    holding no headline? Its bylines are a list of the site's writers ("Popular authors") or
    other stories' teasers, not this story's; a rail naming one writer alone is the blog's
    own (`_lists_names`).

    >>> import lxml.html
    >>> page = lxml.html.fromstring('<body><article><h1>T</h1><p>Text.</p></article><aside>'
    ...     '<h3>Popular authors</h3><ul><li><a href="/author/x">Amy Lee</a></li>'
    ...     '<li><a href="/author/y">Bo Chen</a></li></ul></aside></body>')
    >>> in_site_rail(page.find(".//aside//a")), in_site_rail(page.find(".//h1"))
    (True, False)

    A portal's side column is one ("article-content-right"); a rail layout's main column
    (Arc XP's "right-rail__main-interior-item": the article's end, its author box) is not.

    >>> ul = '<ul><li><a href="/author/x">Amy Lee</a></li><li><a href="/author/y">Bo</a></li></ul>'
    >>> [in_site_rail(lxml.html.fromstring(f'<body><h1>T</h1><div class="{c}"><div>{ul}'
    ...     '</div></div></body>').find(".//a")) for c in ("article-content-right",
    ...     "right-rail__main-interior-item", "pull-right")]
    [True, False, False]
    """
    for ancestor in islice(el.iterancestors(), RAIL_LEVELS):
        if ancestor.tag in ("article", "body"):
            return False
        named = f"{ancestor.get('class') or ''} {ancestor.get('id') or ''}".lower()
        if ancestor.tag == "aside" or _rail_named(named):
            if "rail__main" in named:
                return False  # the main column of a rail layout, not its rail
            return ancestor.find(".//h1") is None and next(ancestor.iterancestors(
                "article"), None) is None and _lists_names(ancestor)
    return False


def _lists_names(rail: Element) -> bool:
    """Does a rail credit two writers or more? One name alone is a blog's own badge or its
    owner's box ("jovelstefan on", a Google+ badge in a personal blog's sidebar): the
    writer's."""
    names = {spaced_text(el) for el in _BYLINE_CANDIDATES_IN_OTHER_BODY(rail) if is_byline(el)}
    return len(names - {""}) >= 2


_LINKS_NAMED = etree.XPath("descendant::a[normalize-space() = $name]")
#: What a byline prints between its linked names: commas, "&", or "and" in a language of the
#: sites read (Co-Authors Plus's `coauthors_posts_links()` prints its " and ", translated:
#: " и " in Russian, " ve " in Turkish, " dan " in Indonesian).
_BYLINE_GLUE = re.compile(r"^[\s,&]*(?:(?:and|und|et|y|e|og|och|en|i|ja|и|і|та|a|ve|dan|và|ir"
                          r"|és|και)[\s,&]*)?$")


def prefer_printed_over_publisher(loader: ArticleLoader, page: Page) -> None:
    """The publisher a `<meta>` names, repeated as the author (El País: "Ediciones El País"
    as `DC.creator`, `DC.publisher` and `author`), where the page prints a byline naming
    someone else: no author, and the printed byline is read instead. A blog whose owner is
    both publisher and author, printing no byline, keeps the name.

    >>> import lxml.html
    >>> from newsscraper.loaders import ArticleLoader
    >>> from newsscraper.page import Page
    >>> page = Page(url="u", root=lxml.html.document_fromstring(
    ...     '<html><body><h1>T</h1><span class="autor"><a rel="author" href="/autor/jd/">Jane '
    ...     'Doe</a></span><p>x</p></body></html>'), meta={"dc.publisher": ["Ediciones X"]})
    >>> loader = ArticleLoader().add_value("authors", "Ediciones X")
    >>> prefer_printed_over_publisher(loader, page)
    >>> loader.get_collected_values("authors")
    []
    """
    publishers = {v.strip().casefold() for k in ("dc.publisher", "publisher")
                  for v in page.meta.get(k, ())}
    names = loader.get_collected_values("authors")
    if not publishers or not names or any(n.casefold() not in publishers for n in names):
        return
    if any((name := clean_author(part)) and name.casefold() not in publishers
           for el in printed_byline_elements(page) for part in split_authors(spaced_text(el))):
        loader.replace_value("authors", [])  # the printed byline is read as on any page


def prefer_printed_over_org(loader: ArticleLoader, page: Page) -> None:
    """Authors the JSON-LD gives only as organisations (`"author": {"@type": "Organization",
    "name": "Anadolu Agency"}`, a wire's own site crediting itself in English beside its
    Turkish og:site_name) where the page prints a person's byline by the headline (a byline
    element, or a linked name then the day): no author, and the printed byline is read
    instead, as where the metadata names only the site. A wire credited so stays the agency
    (`metadata.agency_credits`).

    >>> import lxml.html
    >>> from newsscraper.loaders import ArticleLoader
    >>> from newsscraper.page import Page
    >>> page = Page(url="u", root=lxml.html.document_fromstring(
    ...     '<html><body><h1>T</h1><span class="byline">Jane Doe</span><p>x</p></body></html>'),
    ...     jsonld=[{"@type": "NewsArticle", "author": {"@type": "Organization",
    ...                                                 "name": "Example Wire"}}])
    >>> loader = ArticleLoader().add_value("authors", "Example Wire")
    >>> prefer_printed_over_org(loader, page)
    >>> loader.get_collected_values("authors")
    []
    """
    names = loader.get_collected_values("authors")
    if not names:
        return
    orgs = {name.casefold() for name, is_org in metadata.jsonld_authors(page) if is_org}
    if not orgs or any(n.casefold() not in orgs for n in names):
        return
    printed = [name for el in printed_byline_elements(page)
               for part in split_authors(spaced_text(el)) if (name := clean_author(part))]
    printed = printed or list(credit_before_day(page))
    if any(n.casefold() not in orgs and not normalise_agency(n)
           and not metadata.is_site_name(page, n) for n in printed):
        loader.replace_value("authors", [])  # the printed byline is read as on any page


def add_printed_coauthors(loader: ArticleLoader, page: Page) -> None:
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
    >>> add_printed_coauthors(loader, page)
    >>> loader.get_collected_values("authors")
    ['Jane Doe', 'IANS']
    """
    names = loader.get_collected_values("authors")
    if len(names) == 1 and (plain := _plain_coauthors(page, names[0])):
        loader.replace_value("authors", plain)
        return
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


def _plain_coauthors(page: Page, declared: str) -> list[str] | None:
    """The names of a byline printed as plain text in the headline's header, "By Michael
    Chen and Laura Ortiz" (a Newscycle/Saxotech paper's `div.byline`, its staff title on the
    next line), that opens with the one writer the `<meta>` declares (`DC.creator` names the
    first only): every part two to four capitalised words, a person's name.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> page = Page(url="u", root=lxml.html.document_fromstring(
    ...     '<html><body><div class="head"><h1>T</h1><div class="byline">By Jane Doe and John '
    ...     'Roe<br><span>Daily Record staff</span></div></div><p>x</p></body></html>'))
    >>> _plain_coauthors(page, "Jane Doe")
    ['Jane Doe', 'John Roe']
    >>> _plain_coauthors(page, "John Roe") is None
    True
    >>> page = Page(url="u", root=lxml.html.document_fromstring(
    ...     '<html><body><div class="head"><h1>T</h1><div class="byline">By Jane Doe and the '
    ...     'team</div></div><p>x</p></body></html>'))
    >>> _plain_coauthors(page, "Jane Doe") is None
    True
    """
    header = headline_block(page)
    if header is None:
        return None
    want = declared.casefold()
    for el in header.iter():
        if el.tag in _NO_BYLINE_TAGS or not el.text or declared not in el.text:
            continue
        line = clean_text(el.text) or ""
        if not _LABEL.sub("", line).casefold().startswith(want):
            continue
        parts = [clean_author(p) for p in split_authors(line)]
        if len(parts) > 1 and all(p and _PERSON_NAME.match(p)
                                  and all(w[:1].isupper() for w in p.split()) for p in parts) \
                and str(parts[0]).casefold() == want:
            return [str(p) for p in parts]
        return None
    return None


#: Elements whose text is no byline: the headline and other headings, scripts' leftovers.
_NO_BYLINE_TAGS = frozenset({"h1", "h2", "h3", "title", "a"})
#: "By" before the first name, in the languages `split_authors` reads.
_LABEL = re.compile(r"^(?:by|von|par|por|av|af|door|di)\s+", re.I)


#: A person's name as a byline prints it: two to four capitalised words.
_PERSON_NAME = re.compile(r"^[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){1,3}$")


#: The markup that names a post's writer as such: a rel=author link, an hCard's `fn` in the
#: post's `author vcard` (Blogger's "Posted by <span class='fn'>"; WordPress themes' `a.author.
#: url.fn`), schema.org microdata. Comment threads print hCards of their own (WordPress's
#: `comment-author vcard`): none inside a comment counts.
#: Stepping to each attribute and back (`_BYLINE_CANDIDATES`), and the class's token test
#: only on a class holding "fn": 2.6x cheaper than the three tests on every element, the
#: same elements.
_STRONG_BYLINES = etree.XPath(
    "(//body//*/@rel[string() = 'author']/.. | //body//*/@itemprop[string() = 'author']/.. | "
    "//body//*/@class[contains(string(), 'fn')]"
    "[contains(concat(' ', normalize-space(), ' '), ' fn ')]"
    "/..)[not(ancestor-or-self::*[contains(@class, 'comment') or contains(@id, 'comment')])]")
_VCARD = etree.XPath("ancestor-or-self::*[contains(concat(' ', normalize-space(@class), ' '),"
                     " ' vcard ') or @rel='author'][1]")
_BY_LINES = etree.XPath(  # (as `_STRONG_BYLINES`)
    "(//body//*/@class[contains(string(), 'byline')]"
    "[contains(concat(' ', normalize-space(), ' '), ' byline ')]/..)"
    "[not(ancestor-or-self::*[contains(@class, 'comment')])]")
_VISIBLE_TEXTS = etree.XPath("//body//text()[not(ancestor::script or ancestor::style)]"
                             " | //body//@content", smart_strings=False)


def strong_byline_names(page: Page) -> list[str]:
    """The distinct names the page's writer markup prints: rel=author links, hCard `fn`s in
    an author's vcard, itemprop=author, and `.byline` lines that say "By …".

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> strong_byline_names(Page(url="u", root=lxml.html.document_fromstring(
    ...     "<html><body><h1>T</h1><span class='post-author vcard'>Posted by <span class='fn'>"
    ...     "Ned Deily</span></span><div class='comment-author vcard'><cite class='fn'>Bo Li"
    ...     "</cite></div></body></html>")))
    ['Ned Deily']
    """
    texts = [el.get("content") or spaced_text(el) for el in _STRONG_BYLINES(page.root)
             if el.get("itemprop") == "author" or _VCARD(el)]
    texts += [name for el in _BY_LINES(page.root) if (name := by_line_name(spaced_text(el)))]
    return list(dict.fromkeys(n for t in texts if (n := clean_author(t))))


def prefer_printed_over_unseen_meta(loader: ArticleLoader, page: Page) -> None:
    """A lone author `<meta>` that names someone the page never prints, where the writer
    markup names one other person: that person. Templates sign the page in the meta for
    whoever set them up: Blogger's `<meta name='author'>` is the blog's owner under a post
    "Posted by" a guest (blog.python.org), a WordPress theme's the web designer ("dehlix")
    over the `rel=author` writer (carta.info). A meta name the page prints anywhere (a
    staff credit, the item's `content` attribute) stays; JSON-LD persons are never read here.

    >>> import lxml.html
    >>> from newsscraper.loaders import ArticleLoader
    >>> from newsscraper.page import Page
    >>> page = Page(url="u", root=lxml.html.document_fromstring(
    ...     '<html><body><h1>T</h1><p>von <a rel="author" href="/author/kp/" class="author url fn">'
    ...     'Klaus-Peter Schöppner</a>, 8.5.12</p><p>x</p></body></html>'),
    ...     meta={"author": ["dehlix"]})
    >>> loader = ArticleLoader().add_value("authors", "dehlix")
    >>> prefer_printed_over_unseen_meta(loader, page)
    >>> loader.get_collected_values("authors")
    ['Klaus-Peter Schöppner']
    """
    names = loader.get_collected_values("authors")
    metas = [v.strip() for v in page.meta.get("author", ())]
    if len(names) != 1 or metas != names or any(
            name.strip() == names[0] for name, _ in metadata.jsonld_authors(page)):
        return
    printed = strong_byline_names(page)
    if len(printed) != 1 or printed[0].casefold() == names[0].casefold() \
            or len(printed[0].split()) < 2 or metadata.is_company(printed[0]) \
            or normalise_agency(printed[0]):
        return  # one person, named with given name and surname
    seen = " ".join(" ".join(_VISIBLE_TEXTS(page.root)).split()).casefold()
    if names[0].casefold() not in seen:
        loader.replace_value("authors", printed)


#: A photo shoot's credit in a byline list, not a writer's: the model and the agency that
#: represents them ("Ariel Pierre-Louis at MSA Models"), the make-up artist and the product
#: used ("Caitlin Wooters using MAC Cosmetics").
_SHOOT_CREDIT = re.compile(r"\w\s+(?:at|using)\s+[A-Z]")


def prefer_printed_writers(loader: ArticleLoader, page: Page) -> None:
    """A byline <meta> that lists the shoot's credits beside the writer ("Connie Wang,
    Sharokh Mirzai, Ariel Pierre-Louis at MSA Models, …, Caitlin Wooters using MAC
    Cosmetics": photographer, models, stylist, make-up), where the printed byline names only
    some of them: the printed byline's names, the article's writers.

    >>> import lxml.html
    >>> from newsscraper.loaders import ArticleLoader
    >>> from newsscraper.page import Page
    >>> page = Page(url="u", root=lxml.html.document_fromstring(
    ...     '<html><body><h1>T</h1><div class="byline"><a href="/author/jw">Jane Doe</a></div>'
    ...     '<p>x</p></body></html>'))
    >>> loader = ArticleLoader().add_value("authors", "Jane Doe, John Roe, Ann Poe at "
    ...                                    "Elite Models, Kim Lee using MAC Cosmetics")
    >>> prefer_printed_writers(loader, page)
    >>> loader.get_collected_values("authors")
    ['Jane Doe']
    """
    names = loader.get_collected_values("authors")
    if len(names) < 2 or not any(_SHOOT_CREDIT.search(name) for name in names):
        return
    listed = {name.casefold() for name in names}
    printed = list(dict.fromkeys(
        name for el in printed_byline_elements(page) for part in split_authors(spaced_text(el))
        if (name := clean_author(part))))
    if printed and len(printed) < len(names) and all(n.casefold() in listed for n in printed):
        loader.replace_value("authors", printed)


#: The place a wire's byline names after it ("Dhaka", "New Delhi"): one or two capitalised
#: words, their letters any Latin script's ("São Paulo", "Zürich", "Kraków"), or two joined by
#: a particle ("Rio de Janeiro", "Frankfurt am Main").
_WIRE_PLACE_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_A-Z]+"
_WIRE_PLACE_PARTICLE = r"(?:(?:de|do|da|del|am|an der|an|im|sur|upon|on) )"
_BYLINE_PLACE = re.compile(
    rf"{_WIRE_PLACE_WORD}(?: {_WIRE_PLACE_PARTICLE}?{_WIRE_PLACE_WORD})?")


def agency_place(byline: str) -> tuple[str, str] | None:
    """A wire credited with the place it filed from ("UNB, Dhaka"; Bangladeshi and
    Pakistani papers): (the wire, the place), else None.

    >>> agency_place("UNB, Dhaka"), agency_place("PTI, New Delhi")
    (('UNB', 'Dhaka'), ('PTI', 'New Delhi'))
    >>> agency_place("Jane Doe, Dhaka"), agency_place("AFP, Reuters"), agency_place("UNB")
    (None, None, None)

    Two words that read as a given name and a surname are the editor the wire's copy is
    credited to beside it (Börsen-Zeitung: "Reuters, Thorsten Kramer"), not a place: a place
    of two words opens or closes with a word places are named with ("New", "San", "Hong",
    "Kuala", "City", "Nagar").

    >>> agency_place("Reuters, Thorsten Kramer"), agency_place("AFP, Hong Kong")
    (None, ('AFP', 'Hong Kong'))

    In any script's letters, with a particle between two words (not a name's: "Jan de Vries"
    is the editor):

    >>> agency_place("Reuters, São Paulo"), agency_place("dpa, Zürich")
    (('Reuters', 'São Paulo'), ('dpa', 'Zürich'))
    >>> agency_place("AFP, Rio de Janeiro"), agency_place("dpa, Frankfurt am Main")
    (('AFP', 'Rio de Janeiro'), ('dpa', 'Frankfurt am Main'))
    >>> agency_place("ANP, Jan de Vries"), agency_place("EFE, Ciudad de México")
    (None, ('EFE', 'Ciudad de México'))
    """
    wire, comma, place = byline.rpartition(",")
    wire, place = wire.strip(), place.strip()
    if comma and _BYLINE_PLACE.fullmatch(place) and normalise_agency(wire) \
            and not normalise_agency(place) and not _person_not_place(place):
        return wire, place
    return None


#: A byline's name, a bar, and the place the writer filed from, perhaps the date line's
#: labelled part after another bar ("By Rajesh Kumar | New Delhi", "Written by Rajesh Kumar |
#: New Delhi | Updated: December 17, 2024 13:03 IST": Indian papers' header line).
_BAR_PLACE = re.compile(r"^(?P<name>[^|]*?\w\.?)\s+\|\s+(?P<place>[^|]+?)(?P<rest>\s+\|\s+.*)?$")
#: Words a bar after the name introduces that are no place: the desk or section, the writer's
#: role, a button, a label ("Jane Doe | Opinion", "Jane Doe | Contributor", "| Follow").
_NOT_PLACES = frozenset((
    "opinion", "opinions", "politics", "news", "sport", "sports", "business", "world", "nation",
    "national", "india", "entertainment", "lifestyle", "technology", "tech", "health", "science",
    "education", "editorial", "analysis", "column", "columns", "columnist", "contributor",
    "blog", "blogs", "live", "video", "videos", "photos", "features", "feature", "review",
    "reviews", "explainer", "staff", "editor", "reporter", "correspondent", "writer", "author",
    "email", "follow", "twitter", "facebook", "linkedin", "instagram", "more", "profile", "bio",
    "guest", "comments", "share", "print", "listen", "updated", "published", "posted",
    "modified", "edited", "today", "yesterday", "local", "city", "metro", "region", "regional"))


def bar_place(byline: str) -> tuple[str, str] | None:
    """A byline naming the place filed from after a bar ("By Rajesh Kumar | New Delhi"):
    (the byline without it, the place), else None. One or two capitalised words, as
    `agency_place` reads them: two that read as a given name and a surname are a second
    writer, a section's or role's word ("| Opinion", "| Contributor") no place; a name of
    two words at least before the bar ("Jane Doe | TNN" is the desk's code, not a place).

    >>> bar_place("By Rajesh Kumar | New Delhi"), bar_place("Special Correspondent | Kochi")
    (('By Rajesh Kumar', 'New Delhi'), ('Special Correspondent', 'Kochi'))
    >>> bar_place("Written by Rajesh Kumar | New Delhi | Updated: December 17, 2024 13:03 IST")
    ('Written by Rajesh Kumar | Updated: December 17, 2024 13:03 IST', 'New Delhi')
    >>> bar_place("Jane Doe | Opinion"), bar_place("Jane Doe | John Roe"), bar_place("Jane | Pune")
    (None, None, None)
    >>> bar_place("Jane Doe | TNN"), bar_place("Jane Doe | Reuters"), bar_place("Jane Doe - Pune")
    (None, None, None)

    A wire alone before the bar (Hindustan Times: "<a>Reuters</a> | Colombo") files from the
    place as a writer does:

    >>> bar_place("Reuters | Colombo"), bar_place("Jane | Colombo")
    (('Reuters', 'Colombo'), None)
    """
    m = _BAR_PLACE.match(byline)
    if m is None:
        return None
    name, place, rest = m["name"], m["place"], m["rest"] or ""
    if (len(name.split()) < 2 and not normalise_agency(name)) \
            or not _BYLINE_PLACE.fullmatch(place) or normalise_agency(place) \
            or _person_not_place(place) or place.casefold() in _NOT_PLACES:
        return None
    return name + rest, place


#: The words two-word places open with ("New Delhi", "Los Angeles", "Hong Kong", "Navi Mumbai",
#: "Bad Homburg") or close with ("Mexico City", "Cape Town", "Cox Bazar", "Gandhi Nagar").
_PLACE_OPENERS = frozenset((
    "new", "san", "santa", "santo", "los", "las", "la", "le", "el", "al", "hong", "kuala", "abu",
    "buenos", "tel", "cape", "port", "saint", "st", "sao", "são", "rio", "addis", "phnom", "dar",
    "ho", "navi", "greater", "north", "south", "east", "west", "upper", "lower", "bad", "mount",
    "fort", "lake", "kota", "bandar", "sri", "palm", "salt", "long", "great", "little", "old",
    "gulf", "ciudad"))
_PLACE_CLOSERS = frozenset((
    "city", "town", "bay", "beach", "island", "islands", "valley", "springs", "falls", "heights",
    "park", "bazar", "nagar", "pur", "khan", "sharif", "harbour", "harbor", "hills", "creek",
    "county", "district", "province", "state", "lumpur", "kong", "delhi"))


def _person_not_place(place: str) -> bool:
    """Is a capitalised two-word credit after a wire a person's name rather than a place:
    neither word is one two-word places are named with? One word is a place ("Dhaka")."""
    words = place.casefold().split()
    if len(words) > 2:  # a particle between: a town's by a river ("am Main"), or an opener's
        return not (set(words[1:-1]) & _PLACE_PARTICLES or words[0] in _PLACE_OPENERS)
    return len(words) == 2 and words[0] not in _PLACE_OPENERS \
        and words[1] not in _PLACE_CLOSERS


#: Particles that join a place's name and no person's: "Frankfurt am Main", "Halle an der
#: Saale", "Stratford upon Avon", "Boulogne sur Mer".
_PLACE_PARTICLES = frozenset(("am", "an", "der", "im", "sur", "upon", "on"))


def printed_byline_elements(page: Page) -> list[Element]:
    """The page's first bylines that name people; those printed before the headline and
    away from it (teaser cards in a menu or a rail above the article: Le Monde's mega-menu
    credits six other writers) only when the article prints none.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> [spaced_text(el) for el in printed_byline_elements(Page(url="u", root=(
    ...     lxml.html.document_fromstring('<html><body><h1>T</h1><div><span class="m-author">'
    ...     'Von <a href="/redaktion/hb/">Henrike Brandt</a>, Berlin</span></div><p>Text.</p>'
    ...     '<a href="/other"><h2>Other story</h2><div class="card__author">IANS</div></a>'
    ...     '</body></html>'))))]
    ['Von Henrike Brandt']
    >>> [spaced_text(el) for el in printed_byline_elements(Page(url="u", root=(
    ...     lxml.html.document_fromstring('<html><body><h1>T</h1><div class="authors"><span>'
    ...     '<a href="/topics/x">Gad Lior</a></span></div><p>Text.</p></body></html>'))))]
    ['Gad Lior']
    """
    h1s = page.h1s()
    limit = BYLINES * 3  # a byline's name in an element of its own counts once (`_outer`)
    found = printed_bylines(page, limit=limit, skip=lambda el: no_names_in_line(el)
                            or photo_credit(el) or _quoted_speaker(page, el)
                            or _far_above(el, h1s[0])
                            or under_related_heading(el) or _links_story(el)
                            or _foreign_profile(page, el) or in_site_rail(el)) if h1s else []
    found = found or printed_bylines(page, limit=limit, skip=lambda el: no_names_in_line(el)
                                     or photo_credit(el) or _quoted_speaker(page, el)
                                     or under_related_heading(el) or _links_story(el)
                                     or _foreign_profile(page, el) or in_site_rail(el))
    found = [el for el in _outer(found, BYLINES)
             if not _ADMIN_LINK(el) or _account_with_bio(page, el)]
    return [el for el in found if _beside(el, found[0])]


#: A story's address dated by day ("/2014/6/26/5846322/…"): no writer's page.
_DATED_STORY_PATH = re.compile(r"/(?:19|20)\d\d/[01]?\d/[0-3]?\d/[^/?#]")


def _links_story(el: Element) -> bool:
    """Is the byline a link to a story (a teaser card's `<a href="/2014/6/26/5846322/ea-sports-
    ufc-review" class="byline">Arthur Gies</a>` under its linked headline, in a carousel of
    other reviews), not to its writer's page?

    >>> import lxml.html
    >>> _links_story(lxml.html.fragment_fromstring('<a class="byline" href="http://x.com/2014/'
    ...     '6/26/5846322/ufc-review">Arthur Gies</a>'))
    True
    >>> _links_story(lxml.html.fragment_fromstring('<a class="byline" href="/users/agies">A</a>'))
    False
    """
    return el.tag == "a" and _DATED_STORY_PATH.search(el.get("href") or "") is not None


def _foreign_profile(page: Page, el: Element) -> bool:
    """Is the byline a link to a handle's profile ("/@name") on another site than the page's:
    a YouTube, TikTok or Mastodon account the page links, not its writer's page here?

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> page = Page(url="https://medium.com/p/x", root=lxml.html.fromstring("<p>x</p>"))
    >>> [_foreign_profile(page, lxml.html.fragment_fromstring(f'<a href="{h}">X</a>'))
    ...  for h in ("/@jane?source=post", "https://medium.com/@jane",
    ...            "https://www.youtube.com/@news", "/author/jane/")]
    [False, False, True, False]
    """
    href = el.get("href") or "" if el.tag == "a" else ""
    if "/@" not in href or href.startswith("/@"):
        return False
    return _host(href) != _host(page.url)


def _host(url: str) -> str:
    """The host of an absolute or scheme-relative address, without "www."; "" for a path."""
    rest = url.partition("//")[2] if url.startswith(("http:", "https:", "//")) else ""
    return rest.split("/", 1)[0].split("?", 1)[0].casefold().removeprefix("www.")


def _account_with_bio(page: Page, el: Element) -> bool:
    """Is the byline linking the "admin" account a person's, that an author box on the page
    introduces ("Maximilian Steinbeis is a legal journalist …" under a post whose byline
    links /author/admin/: Verfassungsblog's founder posts as the admin)? A site's account
    ("Isizwe D") has no bio.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def admin(bio):
    ...     page = Page(url="u", root=lxml.html.document_fromstring(
    ...         '<html><body><h1>T</h1><a rel="author" href="/author/admin/">Jane Doe</a>'
    ...         f'<p>Text.</p><div class="author-info">{bio}</div></body></html>'))
    ...     return [spaced_text(el) for el in printed_byline_elements(page)]
    >>> admin("Jane Doe is a legal journalist and the founder of this blog.")
    ['Jane Doe']
    >>> admin(""), admin("Jane Doe's posts")
    ([], [])
    """
    name = spaced_text(el)
    if len(name.split()) < 2:
        return False
    bio = re.compile(re.escape(name) + _BIO_VERB)
    return any(bio.match(spaced_text(box))
               for box in page.memo("byline_candidates", _byline_candidates) if box is not el)


#: A bio's opening after the name: "Jane Doe is a …", "Jane Doe ist …", "… est …".
_BIO_VERB = r"\s+(?:is|was|ist|war|est|es|è|é)\s"


#: How far above a name its pull quote's block is ("<div class=pull-quote><blockquote>…
#: </blockquote><div class=pull-quote__author><span class=author>…").
QUOTE_CREDIT_LEVELS = 2


def quote_credit(el: Element) -> bool:
    """Is `el` the attribution of a quote set in the text: a pull quote's speaker classed
    "author" (National Geographic's `div.pull-quote__author > span.author`: "Boris Kingma",
    the study's co-author quoted), or a name inside a `<blockquote>`? The speaker, no writer.

    >>> import lxml.html
    >>> page = lxml.html.fromstring('<div><div class="pull-quote"><blockquote>Yes.</blockquote>'
    ...     '<div class="pull-quote__author"><span class="author">Jane Doe</span></div></div>'
    ...     '<span class="author">John Roe</span></div>')
    >>> [quote_credit(el) for el in page.find_class("author")]
    [True, False]
    """
    for up, block in enumerate((el, *el.iterancestors())):
        if block.tag == "blockquote" or "quote" in (block.get("class") or "").casefold():
            return True
        if up >= QUOTE_CREDIT_LEVELS:
            return False
    return False


def _quoted_speaker(page: Page, el: Element) -> bool:
    """A pull quote's attribution (`quote_credit`) that names someone other than the writer:
    a guest author quoting his own piece is introduced by the page's "about the author"
    paragraph ("Martin Gerecke ist Rechtsanwalt …", HORIZONT's commentary), and stays."""
    return quote_credit(el) and not _introduced(page, spaced_text(el))


_PARAGRAPH_OPENING = etree.XPath("//body//p[starts-with(normalize-space(), $name)]")


def _introduced(page: Page, name: str) -> bool:
    """Does a paragraph of the page open as a bio of `name` ("Jane Doe is a …")?"""
    if len(name.split()) < 2:
        return False
    bio = re.compile(re.escape(name) + _BIO_VERB)
    return any(bio.match(" ".join(text_content(p).split()))
               for p in _PARAGRAPH_OPENING(page.root, name=name))


#: The most bylines read, each with the bylines inside it.
BYLINES = 5


def _outer(found: list[Element], limit: int) -> list[Element]:
    """The first `limit` of `found` that are inside no other, each with those inside it: a
    byline of four writers, each a `span.byline` around a `span.byline-author` ("By <span>
    MARC SANTORA</span>, … and <span>ADAM GOLDMAN</span>"), is four bylines, not eight.

    >>> import lxml.html
    >>> page = lxml.html.fromstring('<p><span>A<b>a</b></span><span>B<b>b</b></span></p>')
    >>> [el.text for el in _outer(list(page.iter("span", "b")), 1)]
    ['A', 'a']
    """
    taken: list[Element] = []
    outer = 0
    for el in found:
        if not any(a in taken for a in el.iterancestors()):
            outer += 1
            if outer > limit:
                break
        taken.append(el)
    return taken


#: The article's bylines sit together: co-authors' names, and the name, handle and time of
#: one line, share a block this few levels above the first. A byline further away is another
#: story's (a rail's teaser cards, a "more from" river) or the site's (a staff list).
BYLINE_BLOCK_LEVELS = 2


def _beside(el: Element, first: Element) -> bool:
    """Is `el` inside the block BYLINE_BLOCK_LEVELS levels above `first`?

    >>> import lxml.html
    >>> page = lxml.html.fromstring('<main><article><header><div class="byline"><span>A'
    ...     '</span><span>B</span></div></header><p>Text.</p></article><aside><ul><li><div>'
    ...     '<span class="byline">C</span></div></li></ul></aside></main>')
    >>> a, b, c = page.iter("span")
    >>> _beside(b, a), _beside(c, a)
    (True, False)
    """
    block = first
    for _ in range(BYLINE_BLOCK_LEVELS):
        parent = block.getparent()
        if parent is None:
            break
        block = parent
    return el is block or any(a is block for a in el.iterancestors())


#: A picture's credit: "Photograph by …", "Photos: …", "Foto: …", "Illustration by …"; and a
#: translator's ("Translation by …"): no writer's.
_PHOTO_CREDIT = re.compile(r"^(?:photo(?:graph|graphy)?|image|picture|foto|bild|video"
                           r"|illustration|translation|translated)s?\s*(?:by\b|:|©)", re.I)
#: The label a credit other than the writer's prints before the name, in its own text or
#: element ("Illustration by <a rel=author>…</a>", "<p>翻訳者</p><ul><li>…</li></ul>").
_OTHER_CREDIT_LABEL = re.compile(
    r"(?:^|\W)(?:photo(?:graph|graphy)?s?|images?|pictures?|fotos?|videos?|illustrations?"
    r"|illustrated|translations?|translated|translator|übersetzung|traduction|traducción"
    r"|tradução|traduzione|翻訳者?|訳者|イラスト|写真|撮影)\s*(?:by|von|par|por|di)?\s*[:：]?\s*$",
    re.I)
#: How far up from a byline's name the label before it is looked for (name in a <span> of a
#: <p> of an <li> of the list the label heads).
CREDIT_LABEL_LEVELS = 4
MAX_CREDIT_LABEL_CHARS = 40


def _label_before(el: Element) -> str:
    """The text printed just before `el`, from the nearest level up that has some: the
    label of the credit `el` names someone in.

    >>> from lxml import html
    >>> _label_before(html.fromstring('<p>Illustration by <a>Jane Doe</a></p>')[0])
    'Illustration by'
    >>> _label_before(html.fromstring('<div><figure><figcaption>A long caption of the photo '
    ...                               'above. Photo: Stock image</figcaption></figure>'
    ...                               '<div><a>Jane Doe</a></div></div>')[1][0])
    ''
    >>> page = html.fromstring('<div><p>翻訳者</p><ul><li><p><span>山田</span></p></li></ul></div>')
    >>> _label_before(next(page.iter("span")))
    '翻訳者'
    """
    node = el
    for _ in range(CREDIT_LABEL_LEVELS):
        parent = node.getparent()
        if parent is None:
            return ""
        prev = node.getprevious()
        while prev is not None:
            if (text := (prev.tail or "").strip()):
                return _label(text)
            if len(prev) > 2:
                return ""  # a block before the name, no label: not read whole
            if isinstance(prev.tag, str) and (text := text_content(prev).strip()):
                return _label(text)
            prev = prev.getprevious()
        if (text := (parent.text or "").strip()):
            return _label(text)
        node = parent
    return ""


def _label(text: str) -> str:
    """`text` if it is short enough to be a label: a caption before the byline ("… Photo:
    Collins Stock image") is none."""
    return text if len(text) <= MAX_CREDIT_LABEL_CHARS else ""


def photo_credit(el: Element) -> bool:
    """A picture's credit classed as its "author" (a theme's `img__author`: "Photograph by
    Jane Doe, Fauna & Flora International"): it names the photographer, not the writer; or a
    name linked as an author under another credit's label (the New Yorker's "Illustration by
    <a rel=author>…</a>" beside the writer's "By <a rel=author>…</a>"; a translator's).

    >>> from lxml import html
    >>> [photo_credit(html.fromstring(h)) for h in ('<div class="img__author">Photograph by '
    ...     'Jane Doe</div>', '<div class="author">By Jane Doe</div>')]
    [True, False]
    >>> line = html.fromstring('<p>By <a rel="author">Jane Doe</a>. Illustration by '
    ...                        '<a rel="author">John Roe</a></p>')
    >>> [photo_credit(a) for a in line]
    [False, True]
    >>> photo_credit(html.fromstring('<div class="photo__author">KOMPAS.com/JANE DOE</div>'))
    True
    """
    return bool(_PHOTO_CREDIT.match(spaced_text(el))
                or _OTHER_CREDIT_LABEL.search(_label_before(el))
                or _PICTURE_AUTHOR_CLASS.search(el.get("class") or ""))


#: A class naming a picture's author (an Indonesian portal's `<div class="photo__author">
#: KOMPAS.com/NABILLA RAMADHIAN</div>` under the lead picture): the photographer's credit.
_PICTURE_AUTHOR_CLASS = re.compile(
    r"(?:^|\s)(?:[\w-]*[-_])?(?:photo|img|image|picture|pic|foto|caption)s?(?:__|[-_])"
    r"(?:author|byline)(?:\s|$)", re.I)


#: A byline above the headline in its wrapper this many levels up is the headline's own
#: (a byline printed over the title); from further away, another story's.
HEADLINE_BYLINE_LEVELS = 3


def _far_above(el: Element, headline: Element) -> bool:
    """Does `el` come before `headline` in the page, outside the headline's nearest
    wrappers? Compared at their deepest common ancestor, with no walk of the tree.

    >>> import lxml.html
    >>> page = lxml.html.fromstring('<div><nav><div><span class="byline">A</span></div></nav>'
    ...     '<main><section><header><p class="byline">B</p><h1>T</h1></header></section>'
    ...     '<p class="byline">C</p></main></div>')
    >>> h1 = page.find(".//h1")
    >>> [_far_above(el, h1) for el in page.find_class("byline")]
    [True, False, False]
    """
    path = [headline, *headline.iterancestors()]
    depth = {a: i for i, a in enumerate(path)}
    child = el
    for ancestor in el.iterancestors():
        if ancestor in depth:
            if depth[ancestor] <= HEADLINE_BYLINE_LEVELS:
                return False  # inside the headline's wrappers
            mine = path[depth[ancestor] - 1]  # the headline's side, one level down
            return bool(ancestor.index(child) < ancestor.index(mine))
        child = ancestor
    return False


#: Bylines named by their component where the classes are hashes (BBC News:
#: `[data-component="byline-block"]` around `[data-testid="byline-new-contributors"]`).
_COMPONENT_BYLINES = etree.XPath(
    # Named in either case ("prism-byline", trafilatura's `data-component="Byline"`,
    # `data-testid="AuthorURL"`).
    "descendant::*/@data-testid[contains(string(), 'yline') or contains(string(), 'uthor')]/.. | "
    "descendant::*/@data-component[contains(string(), 'yline')"
    " or contains(string(), 'uthor')]/.. | "
    # A PascalCase "Author" in a component's class, which the byline classes (lower case,
    # `authorName`) miss: Mediagene's `li.p-post-AssistAuthor` (Gizmodo Japan: "<span
    # class="p-post-AssistAuthor--icon"><img alt="author"></span> 小暮ひさのり"),
    # "ArticleAuthor", "o-Attribution__a-Author".
    # Not a button ("followAuthorBtn": "Folgen", a follow button beside the byline).
    "descendant::*/@class[contains(string(), 'Author') and not(contains(string(), 'Btn') or "
    "contains(string(), 'Button') or contains(string(), 'follow'))]/parent::*[not(self::button)]")
_NOT_OTHER_CREDIT_XPATH = etree.XPath("self::*" + _NOT_OTHER_CREDIT)
_CREDIT_BLOCKS = frozenset({"div", "p", "li"})


def component_bylines(page: Page) -> list[Element]:
    """The first component-named byline that names people alone, looked for only when no
    byline is marked the usual ways. Of a block that also prints the date, its first line
    that names people (ABC News's `[data-testid="prism-byline"]`: "<div><span>By</span>
    <span>The Associated Press</span></div><div>December 17, 2024, 6:11 PM</div>").

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> [spaced_text(el) for el in component_bylines(Page(url="u", root=(
    ...     lxml.html.document_fromstring('<html><body><h1>T</h1><div data-testid="x-byline">'
    ...     '<div><span>By</span><span>Jane Doe</span></div><div>December 17, 2024</div>'
    ...     '</div><p>Text.</p></body></html>'))))]
    ['By Jane Doe']

    Or a PascalCase "Author" class's, not a teaser card's after it:

    >>> [spaced_text(el) for el in component_bylines(Page(url="u", root=(
    ...     lxml.html.document_fromstring('<html><body><h1>T</h1><ul><li class="p-post-Assist'
    ...     'Author"><span><img alt="author"></span> Jane Doe</li></ul><p>Text.</p><div class='
    ...     '"related"><li class="p-cardAssistAuthor">John Roe</li></div></body></html>'))))]
    ['Jane Doe']
    """
    bodies = page.bodies()
    h1s = page.h1s()
    # Not another story's, a comment's or a picture's, as a marked byline is not.
    found = [el for el in (_COMPONENT_BYLINES(bodies[0]) if len(bodies) == 1 else [])
             if _NOT_OTHER_CREDIT_XPATH(el) and not (
                 photo_credit(el) or under_related_heading(el) or _links_story(el)
                 or (h1s and _far_above(el, h1s[0])))]
    alone = [el for el in found if not no_names(el)][:1]
    lines = (_first_name_line(el) for el in ([] if alone else found))
    return alone or [el for el in lines if el is not None][:1]


def dated_byline_lines(page: Page) -> list[Element]:
    """The name line of the first byline block set aside for the date it prints beside the
    name in lines of their own (`no_names`), looked for only when no byline names anyone:
    "<div class=author><a class=avatar><img></a><span class=name>谢若含</span><span
    class=date>2017-03-01 14:27:02</span></div>" names her in its first line.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> [spaced_text(el) for el in dated_byline_lines(Page(url="u", root=(
    ...     lxml.html.document_fromstring('<html><body><h1>T</h1><div class="author"><span>'
    ...     'Jane Doe</span><span>2017-03-01 14:27</span></div><p>Text.</p></body></html>'))))]
    ['Jane Doe']
    """
    blocks = printed_bylines(page, limit=1, skip=lambda el: is_bio(el) or not no_names(el)
                             or photo_credit(el) or under_related_heading(el))
    for block in blocks:
        if (items := _list_items_naming(block)):
            return items
    lines = (_first_name_line(block) for block in blocks)
    return [line for line in lines if line is not None]


def _list_items_naming(block: Element) -> list[Element]:
    """The writers a byline block lists before its date, one item each (VG's and
    Aftonbladet's `<div class="byline"><ul><li><a>Jane Doe</a></li><li>…</li></ul><time>…`):
    every item of its first list, when each names someone (letters, no digit) and the list
    comes before any other line that does. None (empty) otherwise.

    >>> import lxml.html
    >>> [spaced_text(el) for el in _list_items_naming(lxml.html.fragment_fromstring(
    ...     '<div class="byline"><ul><li><a href="/av/jd">Jane Doe</a></li><li><a href="/av/jr">'
    ...     'John Roe</a></li></ul><time>Publisert 11.02</time></div>'))]
    ['Jane Doe', 'John Roe']
    >>> _list_items_naming(lxml.html.fragment_fromstring('<div class="byline"><span>Jane Doe</span>'
    ...     '<ul><li>John Roe</li></ul><time>11.02</time></div>'))
    []
    """
    for child in block.iterchildren("div", "span", "p", "ul", "ol"):
        if child.tag not in ("ul", "ol"):
            if _first_name_line(block) is child:
                return []  # a line of its own names someone first
            continue
        items = list(child.iterchildren("li"))
        names = [spaced_text(li) for li in items]
        if items and len(items) <= BYLINES and all(
                any(c.isalpha() for c in text) and not any(c.isdigit() for c in text)
                for text in names):
            return items
        return []
    return []


def _first_name_line(block: Element) -> Element | None:
    """The first child of a byline block that names people: no digit (the date line), no
    button (the share bar)."""
    for child in block.iterchildren("div", "span", "p"):
        text = spaced_text(child)
        # Nor a separator between the date and the name ("<span>October 14, 2009</span><span
        # class="separator">|</span><span>Jane Doe</span>", the Los Angeles Times' byline).
        if any(c.isalpha() for c in text) and not any(c.isdigit() for c in text) \
                and not is_bio(child) \
                and next(child.iter("button"), None) is None \
                and not _social_widget(child):  # nor the share buttons
            return child
    return None


#: Classes of a social widget's box: a "like us" or share bar beside the byline's date.
_SOCIAL_CLASSES = ("like-us", "fb-like", "share", "social", "follow")


def _social_widget(el: Element) -> bool:
    """Is `el` a social widget's box ("<div class="like-us"><span>Polub Money.pl</span><div
    class="fb-like" …></div></div>", "Like Money.pl" beside money.pl's byline date)?

    >>> import lxml.html
    >>> [_social_widget(lxml.html.fragment_fromstring(h)) for h in (
    ...     '<div class="like-us"><span>Polub Money.pl</span></div>',
    ...     '<div><span>Like us</span><div class="fb-like"></div></div>',
    ...     '<div class="author-name">Jane Doe</div>')]
    [True, True, False]
    """
    return any(w in (d.get("class") or "") for d in el.iter() for w in _SOCIAL_CLASSES)


#: A writer's job or affiliation printed beside the name inside the byline's element (The
#: Conversation's `li.author`: "<a class="author-name">Jane Doe</a>, <span class="role">Senior
#: Lecturer in Archaeology, Nottingham Trent University</span>"; schema.org's jobTitle), or
#: the staff line a newspaper template sets under the names after a `<br>` ("By Jane Doe<br>
#: <span class="byline-title">Daily Record staff</span>", run into the last name as one text).
_ROLE_CLASSES = ("byline-title", "byline__title", "byline-role", "byline__role", "author-role",
                 "author__role", "role", "job-title", "jobtitle",
                 # The writer's job or employer beside the name, as `_NOT_OTHER_CREDIT` reads
                 # these classes (Inc.'s "<span class="author-title">Contributor,
                 # Inc.com@EntryLevelRebel</span>" in the byline's `<div>`).
                 "author-title", "author-position", "author-job", "bylinetitle")
_ROLE_TEST = "@itemprop = 'jobTitle' or " + " or ".join(
    f"contains(concat(' ', normalize-space(@class), ' '), ' {c} ')" for c in _ROLE_CLASSES)
_ROLE_PARTS = etree.XPath(f"descendant::*[{_ROLE_TEST}]")
#: A byline element that is itself the role's ("<span class="byline__role">Football
#: writer</span>" beside `span.byline__name`): its words are no one's name.
_IS_ROLE = etree.XPath(f"boolean(self::*[{_ROLE_TEST}])")


def byline_text(el: Element) -> str:
    """A printed byline's text without the writer's job printed inside it, in an element
    classed as one ("role", "job-title", itemprop="jobTitle"): its commas would part it into
    more names ("Senior Lecturer in Archaeology, Nottingham Trent University").

    >>> import lxml.html
    >>> byline_text(lxml.html.fragment_fromstring('<li class="author"><a>Jane Doe</a>, '
    ...     '<span class="role">Lecturer in Law, Keele University</span></li>'))
    'Jane Doe ,'
    >>> byline_text(lxml.html.fragment_fromstring('<div class="byline">By <a>Jane Doe</a>'
    ...     '</div>'))
    'By Jane Doe'
    >>> byline_text(lxml.html.fragment_fromstring('<div class="byline">By Jane Doe<br>'
    ...     '<span class="byline-title">Daily Record staff</span></div>'))
    'By Jane Doe'
    >>> byline_text(lxml.html.fragment_fromstring('<span class="byline__role">Football writer'
    ...     '</span>'))
    ''
    """
    if _IS_ROLE(el):
        return ""
    roles = _ROLE_PARTS(el)
    broken = [br for br in el.iter("br") if _role_line_after(br)]
    if not roles and not broken:
        return spaced_text(el)
    copy = deepcopy(el)
    for role in _ROLE_PARTS(copy):
        role.drop_tree()
    for br in copy.iter("br"):
        if _role_line_after(br):
            br.tail = ""
    return spaced_text(copy)


#: A writer's job alone on the byline's last line, after a `<br>`, perhaps after the paper's
#: short name: "By Patrick Anderson<br>Journal Staff Writer", "By Dennis Thompson<br>HealthDay
#: Reporter", "<br>Staff Writer". Read on one line, the paper's name was kept as a surname.
_ROLE_LINE = re.compile(
    r"^(?:(?-i:[A-Z][\w'’.&-]*) ){0,2}(?:(?:senior|chief|staff|special|contributing|associate"
    r"|deputy) )*(?:writer|reporter|correspondent|columnist|contributor)s?$", re.I)


def _role_line_after(br: Element) -> bool:
    """Is the text after this `<br>`, the element's last, a writer's job alone (`_ROLE_LINE`)?

    >>> import lxml.html
    >>> el = lxml.html.fragment_fromstring('<div>By Jane Doe<br>Journal Staff Writer</div>')
    >>> _role_line_after(el[0]), byline_text(el)
    (True, 'By Jane Doe')
    >>> _role_line_after(lxml.html.fragment_fromstring('<div>By Jane Doe<br>John Roe</div>')[0])
    False
    """
    tail = (br.tail or "").strip()
    return bool(tail) and br.getnext() is None and len(tail) < 50 \
        and bool(_ROLE_LINE.match(tail))


def credit_text(el: Element) -> str:
    """A byline's text with its lines apart: name and role printed in separate blocks
    ("<span>Katy Austin</span><div>Transport correspondent</div>", one such block per
    contributor) are separate credits, so the role is never read as part of the name.

    >>> import lxml.html
    >>> credit_text(lxml.html.fragment_fromstring('<div><div><span>Jane Doe</span>'
    ...     '<div>Transport correspondent</div></div><div><span>John Roe</span></div></div>'))
    'Jane Doe, Transport correspondent, John Roe'
    """
    if not any(child.tag in _CREDIT_BLOCKS for child in el):
        return spaced_text(el)
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str):
            parts.append(credit_text(child))
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
    siblings: Iterator[Element] = iter(())
    if h1s:
        siblings = islice(h1s[0].itersiblings(), DATE_LINE_SIBLINGS)
        if (header := h1s[0].getparent()) is not None and header.tag == "header":
            # The headline in the article's <header>, the byline box after it (a portal's
            # `<header><h1>…</h1></header><div class="info"><div class="autor">…`).
            siblings = chain(siblings, islice(header.itersiblings(), DATE_LINE_SIBLINGS))
    for sibling in siblings:
        for el in (sibling, *(_BYLINE_CANDIDATES_IN_BODY(sibling) if len(sibling) else ())):
            if not is_byline(el) or no_names(el):
                continue
            text = spaced_text(el)
            if " | " in text and (filed := bar_place(text)):
                text = filed[0]  # "By PTI Correspondent | Mumbai": the place filed from, no credit
            parts = split_authors(text)
            for part in parts[1:]:
                if agency := normalise_agency(part):
                    return agency
            # Or in the staff role after the name: "Pedro Peduzzi - Repórter da Agência Brasil";
            # or alone after a spaced dash, slash or bar: "Ana López - EFE".
            if not parts:
                return None  # the byline names no wire
            # Or its staff role alone, no one named: "PTI Correspondent" (a wire's role is no
            # initials' reading of a name, as a bare "PA" might be).
            return role_of_wire(parts[0]) or spaced_wire(parts[0]) \
                or (wire_staff_credit(parts[0]) if len(parts) == 1 else None)
    return None


#: A byline's source label and the wire alone after it: Argentine portals' "Fuente: Télam"
#: in the author box over agency copy, "Quelle: dpa".
_LABELLED_SOURCE = re.compile(r"^(?:fuente|fonte|quelle|source|forrás|źródło)\s*:\s*(.{2,40})$",
                              re.I)


def labelled_source(page: Page) -> str | None:
    """The wire a line of the header after the headline names after a source label, the
    line an element of its own ("<div class="article-author">Fuente: Télam</div>"); only
    the headline's next few siblings and their children are read.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def credit(line): return labelled_source(Page(url="u", root=lxml.html.fromstring(
    ...     f'<html><body><h1>T</h1><div><div>13/11/2023</div><div>{line}</div></div>'
    ...     '<p>Text.</p></body></html>')))
    >>> credit("Fuente: Télam"), credit("Fuente: Ministerio de Salud"), credit("Télam")
    ('Télam', None, None)
    """
    h1s = page.h1s()
    for sibling in islice(h1s[0].itersiblings(), DATE_LINE_SIBLINGS) if h1s else ():
        for el in (sibling, *sibling):
            text = el.text if len(el) == 0 else None
            if text and ":" in text[:12] and (m := _LABELLED_SOURCE.match(text.strip())):
                return normalise_agency(m[1])
    return None


def writer_comma_wire(page: Page, authors: list[str]) -> str | None:
    """The wire a line after the headline names after the credited writer's name and a
    comma ("Shawn Jeffords, The Canadian Press", "By Jane Doe, Press Trust of India"), where
    no class marks the line as a byline (an unclassed `<span>`, a "meta" block) or it is set
    aside for the date beside it: the writer the metadata names stays the author, the wire
    is the agency. Looked for in the first elements of the headline's next few siblings,
    where a text names a credited writer (a search of the page's bytes cost 0.17 ms a page).

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> page = Page(url="u", root=lxml.html.document_fromstring('<html><body><header><h1>T'
    ...     '</h1><div><span>Jane Doe, Associated Press</span><span>Dec. 17, 2024</span></div>'
    ...     '</header><p>Text.</p></body></html>'))
    >>> writer_comma_wire(page, ["Jane Doe"]), writer_comma_wire(page, ["John Roe"])
    ('AP', None)
    """
    names = {n for n in authors if not normalise_agency(n)}
    h1s = page.h1s() if names else []
    for sibling in islice(h1s[0].itersiblings(), DATE_LINE_SIBLINGS) if h1s else ():
        for el in islice(sibling.iter(), _WRITER_LINE_ELEMENTS):
            if not (text := el.text) or not any(n in text for n in names) \
                    or not isinstance(el.tag, str):
                continue
            # The name linked, the wire in the link's tail: the line is the link's parent.
            line = el if "," in text or el.getparent() is None else el.getparent()
            credit = clean_text(text_content(line)) or ""
            if len(credit) > MAX_BY_LINE_CHARS:
                continue
            name, comma, wire = credit.partition(",")
            name = by_line_name(name) or name.strip()
            if comma and name in names and (agency := normalise_agency(wire.strip())):
                return agency
    return None


#: How many elements of each sibling after the headline `writer_comma_wire` reads: a byline
#: box's lines come first; a text's container after the headline is not walked through.
_WRITER_LINE_ELEMENTS = 30


def meta_wire_credit(page: Page) -> str | None:
    """The wire an author `<meta>` credits by its staff role alone ("PTI Correspondent"):
    the name is cleaned away (`clean_author`), the wire is the agency. A bare wire's initials
    there ("PA") may be a person's, and are not read here.

    >>> from newsscraper.page import Page
    >>> import lxml.html
    >>> root = lxml.html.fromstring("<html></html>")
    >>> meta_wire_credit(Page(url="u", root=root, meta={"author": ["PTI Correspondent"]}))
    'PTI'
    >>> meta_wire_credit(Page(url="u", root=root, meta={"author": ["PA"]})) is None
    True
    """
    for name in metadata.AUTHOR_META:
        for value in page.meta.get(name, ()):
            if wire := wire_staff_credit(value):
                return wire
    return None


#: A source label printed alone between a header line's day and its credit, as a text node
#: of its own: "forrás:" (Hungarian), "Source:", "Quelle:", "Fonte:", "Fuente:", "Źródło:".
_SOURCE_LABEL = re.compile(
    r"^\s*[|•·,–-]?\s*(?:forrás|source|quelle|fonte|fuente|źródło|sursa|izvor|извор|източник"
    r"|джерело|источник|πηγή)\s*:\s*$", re.I)


def source_after_day(page: Page) -> str | None:
    """The wire a header's info line credits after the day, the source label between them as
    loose text (zaol.hu's `<div class="cikk_info"><b>2015. augusztus 20., 11:16</b> forrás:
    <b>MTI</b>`, the block that goes on to hold the whole story). Only the children of the
    few elements after the headline are read, not their subtrees.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def credit(html): return source_after_day(Page(url="u", root=lxml.html.fromstring(
    ...     f'<html><body><div><h1>T</h1><div><b>2015. augusztus 20., 11:16</b> {html}<br>'
    ...     '<p>Text.</p></div></div></body></html>')))
    >>> credit("forrás: <b>MTI</b>"), credit("Source: <b>Reuters</b>")
    ('MTI', 'Reuters')
    >>> credit("forrás: <b>Népszava</b>"), credit("by <b>MTI</b>")  # a paper; no label
    (None, None)
    """
    h1s = page.h1s()
    for sibling in islice(h1s[0].itersiblings(), DATE_LINE_SIBLINGS) if h1s else ():
        for child in sibling:
            tail = child.tail
            if tail and ":" in tail and _SOURCE_LABEL.match(tail) \
                    and (credit := child.getnext()) is not None \
                    and is_date_line(clean_text(text_content(child)) or ""):
                return normalise_agency(clean_text(text_content(credit)) or "")
    return None


#: The tags a standfirst printed right under the headline takes: a heading's, for a <p> there
#: is as often the byline itself (Polygon's `p.byline` beside its <h1>).
_DEK_TAGS = frozenset({"h2", "h3", "h4"})


def credit_before_day(page: Page) -> Iterator[str]:
    """The credit of a line after the headline (or its lone wrapper) that prints it, a comma,
    then the day (Ahram Online's "MENA , Tuesday 17 Dec 2024"), or the day, then "by" and
    the credit (TMZ's "11/28/2016 11:00 AM PST BY TMZ STAFF"): the byline.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> list(credit_before_day(Page(url="u", root=lxml.html.document_fromstring(
    ...     '<html><body><div><div><h1>T</h1></div><div class="date">Amr Kandil , Tuesday 17 '
    ...     'Dec 2024</div><div><p>Text.</p><p>More.</p></div></div></body></html>'))))
    ['Amr Kandil']

    Or its first part, beside the share buttons (China Daily's `div.info`: `span.info_l`
    "Xinhua | Updated: 2024-12-16 10:27", then `span.info_r`):

    >>> list(credit_before_day(Page(url="u", root=lxml.html.document_fromstring(
    ...     '<html><body><div><h1>T</h1><div class="info"><span>Xinhua | Updated: 2024-12-16 '
    ...     '10:27</span><span><a>Facebook</a></span></div><div><p>Text.</p></div></div>'
    ...     '</body></html>'))))
    ['Xinhua']
    """
    h1s = page.h1s()
    h1 = h1s[0] if h1s else None
    parent = h1.getparent() if h1 is not None else None
    if parent is not None and parent.tag not in FRAME_TAGS and (len(parent) == 1 or (
            len(parent) == 2 and parent[0] is h1 and parent[1].tag in _DEK_TAGS)):
        # The headline's wrapper, alone or with the standfirst under it (Anadolu's
        # `div.detay-spot-category`: the <h1> and an <h4>, the byline after the wrapper).
        h1 = parent
    for sibling in islice(h1.itersiblings(), DATE_LINE_SIBLINGS) if h1 is not None else ():
        for el in (sibling, sibling[0]) if len(sibling) and sibling[0].tag == "span" \
                else (sibling,):
            # A comment count closing the line is no part of the day (WinFuture's "Roland
            # Quandt, 01.10.2024 20:12 Uhr <a>14 Kommentare</a>").
            line = without_comment_count(_credit_line(el))
            credited = credit_then_day(line) or day_then_credit(line)
            if credited:
                yield credited[0]
                return
            if "|" in line and (name := _linked_name_then_day(el, line)):
                yield name
                return


#: Letters NFKD does not take apart, spelt as slugs spell them ("Yıldırım" → "yildirim").
_SLUG_LETTERS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d",
                               "Đ": "D", "ß": "ss"})


def _linked_name_then_day(el: Element, line: str) -> str | None:
    """The name of a credit-and-day line that prints a person's name as a link to the page
    its address spells, a bar, then only the day (Anadolu's `div.detay-muhabir`: "<span><a
    href="/en/p/burak-bir">Burak Bir</a></span><span>|17.12.2024 - Update : 17.12.2024
    </span>"), or None. A name before a bar is no credit by its text alone ("by Ilanga D |
    5 November 2024"): the link to the name's own page says it is a person's.

    >>> import lxml.html
    >>> el = lxml.html.fragment_fromstring('<div><span><a href="/tr/p/gulbin-yildirim">Gülbin '
    ...     'Yıldırım</a></span><span> |26.12.2024 - Güncelleme : 26.12.2024</span></div>')
    >>> _linked_name_then_day(el, _credit_line(el))
    'Gülbin Yıldırım'
    >>> el = lxml.html.fragment_fromstring('<div><a href="/world/">Middle East</a> | '
    ...     '17.12.2024</div>')
    >>> _linked_name_then_day(el, _credit_line(el)) is None
    True
    """
    name, _, day = line.partition("|")
    name = name.strip()
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words) \
            or any(c.isdigit() for c in name) or not is_date_line(day.strip()):
        return None
    want = metadata.name_slug(name.translate(_SLUG_LETTERS))
    for link in el.iter("a"):
        if clean_text(text_content(link)) == name:
            slug = (link.get("href") or "").split("?")[0].rstrip("/").rpartition("/")[2]
            if slug.casefold() == want or slug.casefold().startswith(want + "-"):
                return name
    return None


#: A block's text nodes and line breaks, in document order.
_TEXTS_AND_BREAKS = etree.XPath("descendant::text() | descendant::br", smart_strings=False)


def _credit_line(el: Element) -> str:
    """A credit-and-day block's text as one line. Lines set apart by <br>s give their first
    (the name) and their last (the day): "Max Blumenthal<br>The Grayzone<br>Thu, 14 May 2020
    17:55 UTC", a repost's writer, the paper first printing it, then the day, is no glued
    "Max BlumenthalThe GrayzoneThu".

    >>> import lxml.html
    >>> _credit_line(lxml.html.fragment_fromstring(
    ...     '<div>Max Blumenthal<br><a href="/x">The Grayzone</a><br>Thu, 14 May 2020</div>'))
    'Max Blumenthal, Thu, 14 May 2020'

    Blocks side by side with no space between are lines too: the wire's name in one `<div>`,
    the place and day in the next (The Tribune's "<div>PTI</div><div>New Delhi, Updated At :
    …</div>") read as "PTI, New Delhi, Updated At : …", never a glued "PTINew Delhi".

    >>> _credit_line(lxml.html.fragment_fromstring(
    ...     '<div><div>PTI</div><div>New Delhi, Updated At : 02:20 PM Nov 29, 2023</div></div>'))
    'PTI, New Delhi, Updated At : 02:20 PM Nov 29, 2023'
    """
    if next(el.iter("br"), None) is None:
        if len(el) > 1 and all(child.tag in _CREDIT_BLOCKS and not child.tail for child in el) \
                and not (el.text or "").strip():  # set apart by no space: glued as text
            return ", ".join(t for child in el if (t := clean_text(text_content(child))))
        return clean_text(text_content(el)) or ""  # most credit lines: one line
    lines = [""]
    for node in _TEXTS_AND_BREAKS(el):
        if isinstance(node, str):
            lines[-1] += node
        else:
            lines.append("")
    kept = [text for line in lines if (text := clean_text(line))]
    return ", ".join(kept[::len(kept) - 1] if len(kept) > 1 else kept)


#: A one-line byline with its date: the longest name line plus a date line.
MAX_DATED_BY_LINE_CHARS = 140


#: A byline linking to WordPress's "admin" user names whoever posted, not who wrote.
_ADMIN_LINK = etree.XPath(
    "boolean(descendant-or-self::a[contains(@href, '/author/admin/') or "
    "substring(@href, string-length(@href) - 12) = '/author/admin'])")


#: More words than a person's name has: a role or affiliation split off a byline.
MAX_NAME_WORDS = 5


def drop_non_names(loader: ArticleLoader, page: Page) -> None:
    """Parts of a credit that name no person — the site itself ("Lrt.lt") or a role
    ("… universiteto … fakulteto profesorius") — when a person is credited beside them."""
    names = loader.get_collected_values("authors")
    people = [n for n in names if len(n.split()) <= MAX_NAME_WORDS and
              not metadata.is_site_name(page, n)]
    if people and len(people) < len(names):
        loader.replace_value("authors", people)


#: Links to a site's front page, another site's where the outlet beside a writer is
#: linked: "https://futurism.com/", "http://www.cnn.com/".
_HOME_LINKS = etree.XPath("//body//a[@href][not(substring-after(substring-after(@href, '//'),"
                          " '/')) and contains(@href, '//')]")


def without_own_name(page: Page, authors: list[str]) -> list[str]:
    """The authors without the site's own declared name (og:site_name) credited beside a
    writer or a wire, perhaps with its desk's place after a dash: Le Figaro's "Par Le Figaro
    avec AFP", g1's "Por João Silva, g1 — São Paulo". The paper is no author.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> page = Page(url="https://www.example.com.br/a", root=lxml.html.document_fromstring(
    ...     "<html><body><h1>T</h1></body></html>"), meta={"og:site_name": ["g1"]})
    >>> without_own_name(page, ["João Silva", "g1 — São Paulo"])
    ['João Silva']
    >>> without_own_name(page, ["g1", "AFP"]), without_own_name(page, ["Ana Souza", "Gil"])
    (['AFP'], ['Ana Souza', 'Gil'])
    >>> without_own_name(page, ["g1", "Ana Souza"])  # a blog named after its writer: kept
    ['g1', 'Ana Souza']
    """
    own = {n.casefold() for n in metadata.own_names(page)}
    if not own:
        return authors
    wire = any(normalise_agency(a) for a in authors)
    # The name alone goes only beside a wire (a blog's og:site_name may be its writer's name,
    # "Jane Doe and John Roe"); with its desk's place after a dash, beside anyone.
    kept = [a for a in authors
            if (desk := _OUTLET_DESK.split(a, maxsplit=1))[0].casefold() not in own
            or not (wire or len(desk) > 1)]
    return kept if kept and len(kept) < len(authors) else authors


#: An outlet's name and its desk's place after a dash ("g1 — São Paulo").
_OUTLET_DESK = re.compile(r"\s+[—–-]\s+")


def without_linked_outlets(page: Page, authors: list[str]) -> list[str]:
    """The authors without a one-word outlet credited beside the writer ("Victor Tangermann,
    Futurism", "Sandee LaMotte, CNN", "Thomas Anderson, Blinkist") that the page links as
    another site's front page, by name (text, title or logo's alt: "originally published by
    <a href="https://futurism.com/">Futurism</a>", MSN's provider logo `<a href="http://www.
    cnn.com/" title="CNN">`) and at that name's address: the outlet the story comes from, no
    author. A wire stays, and so does a word no link names so (a place: "Seb Dumitru, Lille").

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> page = Page(url="https://www.example.com/a", root=lxml.html.document_fromstring(
    ...     '<html><body><h1>T</h1><p>This article was originally published by '
    ...     '<a href="https://futurism.com/">Futurism</a>.</p></body></html>'))
    >>> without_linked_outlets(page, ["Jane Doe", "Futurism"])
    ['Jane Doe']
    >>> without_linked_outlets(page, ["Jane Doe", "Lille"])
    ['Jane Doe', 'Lille']
    >>> without_linked_outlets(page, ["Futurism"])
    ['Futurism']
    """
    words = {a.casefold(): a for a in authors
             if len(a.split()) == 1 and len(authors) > 1 and normalise_agency(a) is None}
    if not words:
        return authors
    own = _host(page.url)
    outlets: set[str] = set()
    for link in _HOME_LINKS(page.root):
        host = _host(link.get("href") or "")
        if not host or host == own:
            continue
        label = host.split(".", 1)[0]
        names = [spaced_text(link), link.get("title") or "",
                 *(img.get("alt") or "" for img in link.iter("img"))]
        outlets.update(w for w in words if re.sub(r"\W", "", w) == label
                       and any(n.strip().casefold() == w for n in names))
    kept = [a for a in authors if a.casefold() not in outlets]
    return kept or authors


def drop_site_names(loader: ArticleLoader, page: Page) -> None:
    """Printed bylines name the site's desk beside a person ("von David Straub, MDR
    THÜRINGEN") and repeat a name inside longer text ("More articles from Jane Doe", "Jane Doe
    Contributing Writer"): keep the people, once.

    >>> import lxml.html
    >>> from newsscraper.loaders import ArticleLoader
    >>> from newsscraper.page import Page
    >>> page = Page(url="u", root=lxml.html.fromstring("<html></html>"),
    ...             title_tag="Drones pose no threat | Fox News")
    >>> loader = ArticleLoader().add_value("authors", "Liam Kessler | Fox News")
    >>> drop_site_names(loader, page)
    >>> loader.get_collected_values("authors")
    ['Liam Kessler']
    """
    titled = title_site_name(page)
    collected = loader.get_collected_values("authors")
    names = [_without_site_tail(page, n, titled) for n in collected]
    # The whole name too: a site name of several words ("Le Figaro avec AFP" → "Le Figaro").
    people = [n for n in names if not _opens_with_site_name(page, n) and
              not metadata.is_site_name(page, n) and n.casefold() != titled and
              not any(other != n and other in n for other in names)]
    if people and people != collected:
        loader.replace_value("authors", people)


def _opens_with_site_name(page: Page, name: str) -> bool:
    """The credit's first word, or first few words, are the site's name: its desk ("MDR
    THÜRINGEN", "Portal Regional Ribeirão Preto e Franca" on a site named "Portal
    Regional"), no person; a wire service the site's name opens is not its desk ("La Presse
    Canadienne" on La Presse)."""
    words = name.split()
    return normalise_agency(name) is None and any(metadata.is_site_name(page, " ".join(words[:k]))
               for k in range(1, min(len(words), MAX_SITE_NAME_WORDS) + 1))


#: A desk credit: one word, perhaps "News"/"Web"/"Online", then "Desk" ("Tribune Desk").
_DESK_CREDIT = re.compile(r"^([^\W\d_][\w.]{2,})\s+(?:(?:news|web|online|digital)\s+)?desk$",
                          re.I)
#: … or the newsroom's word first, then the site's name: "Newsroom Infobae", "Redacción
#: Infobae", "Redação g1" (Latin American portals' credit over agency copy).
#: (German papers' "Redaktion hessenschau.de" is kept: the dev corpus's truth names it.)
_NEWSROOM_CREDIT = re.compile(r"^(?:newsroom|redacción|redação)\s+([^\W\d_][\w.]{1,})$", re.I)
#: … or the site's whole name, then "report" or its "(News/Media) Network": "Saudi Gazette
#: report" over SPA copy, "Daijiworld Media Network" over IANS copy (the site's name is
#: matched against its address with the spaces taken out: "saudigazette").
_SITE_REPORT_CREDIT = re.compile(
    r"^([^\W\d_][\w.' ]{2,40}?)\s+(?:report|(?:news |media )?network)$", re.I)


def without_site_desks(page: Page, authors: list[str]) -> list[str]:
    """`authors` without the site's own desk ("Tribune Desk" on dhakatribune.com): a word of
    the site's name, then "Desk", credits the newsroom, as "Online Desk" does; no person.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> page = Page(url="https://www.dhakatribune.com/a/1", root=lxml.html.fromstring("<p></p>"))
    >>> without_site_desks(page, ["Tribune Desk"]), without_site_desks(page, ["Jane Desk"])
    ([], ['Jane Desk'])
    >>> without_site_desks(page, ["Newsroom Tribune"]), without_site_desks(page, ["Newsroom Jane"])
    ([], ['Newsroom Jane'])
    >>> root = lxml.html.fromstring("<p></p>")
    >>> page = Page(url="https://www.saudigazette.com.sa/a/1", root=root)
    >>> without_site_desks(page, ["Saudi Gazette report"]), without_site_desks(page, ["Jo Report"])
    ([], ['Jo Report'])
    """
    if not any(a.casefold().endswith((" desk", " report", " network"))
               or _NEWSROOM_CREDIT.match(a) for a in authors):
        return authors
    keys = [k.casefold() for k in (*metadata.host_names(page.url), *metadata.site_names(page))]
    return [a for a in authors
            if not (((m := _DESK_CREDIT.match(a) or _NEWSROOM_CREDIT.match(a))
                     and any(m[1].casefold() in k for k in keys))
                    or ((r := _SITE_REPORT_CREDIT.match(a))
                        and _names_site(r[1], keys)))]


def _names_site(name: str, keys: list[str]) -> bool:
    """Is `name` the site's own, its words run together as its address writes them or as it
    declares its name ("Saudi Gazette" on saudigazette.com.sa)?"""
    run = re.sub(r"[\W_]+", "", name).casefold()
    return len(run) >= 4 and any(run in re.sub(r"[\W_]+", "", k) for k in keys)


#: A name, a bar or dash, and what follows it: "Liam Kessler | Fox News".
_SEPARATED_TAIL = re.compile(r"^(.*\w)\s+[|–—-]\s+(.+)$")


def drop_site_tails(loader: ArticleLoader, page: Page) -> None:
    """An author `<meta>` or JSON-LD name with the site's own name after a bar or a dash
    ("Jane Doe | Example News", "Jane Doe - Example News"): the writer alone, as a printed
    byline's is (`drop_site_names`).

    >>> import lxml.html
    >>> from newsscraper.loaders import ArticleLoader
    >>> from newsscraper.page import Page
    >>> page = Page(url="https://www.example.com/a", root=lxml.html.fromstring("<html></html>"),
    ...             meta={"og:site_name": ["Example News"]})
    >>> loader = ArticleLoader().add_value("authors", "Jane Doe - Example News")
    >>> drop_site_tails(loader, page)
    >>> loader.get_collected_values("authors")
    ['Jane Doe']
    """
    collected = loader.get_collected_values("authors")
    if not any(_SEPARATED_TAIL.match(n) for n in collected):
        return
    titled = title_site_name(page)
    names = [_without_site_tail(page, n, titled) for n in collected]
    if names != collected:
        loader.replace_value("authors", names)


def _without_site_tail(page: Page, name: str, titled: str | None) -> str:
    """A writer's name without the site's own name a theme prints after it ("Liam Kessler
    | Fox News"), as the site declares it or its <title> prints it after a bar; another
    outlet ("Jane Doe | Reuters") is left for the agency readers."""
    match = _SEPARATED_TAIL.match(name)
    if match is None:
        return _without_unseparated_site_name(page, name)
    tail = match.group(2).strip()
    return match.group(1) if tail.casefold() == titled or metadata.is_site_name(page, tail) \
        or _is_branded_desk(page, tail) else name


def _without_unseparated_site_name(page: Page, name: str) -> str:
    """A writer's name without the site's declared name of two words or more printed right
    after it, no mark between ("By <a>Jane Doe</a> Fox News" reads "Jane Doe Fox News"): the
    outlet, no part of the name. Two words of the name at least stay, and a one-word site
    name is never cut (a blog's name may be its writer's surname).

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> page = Page(url="https://www.example.com/a", root=lxml.html.fromstring("<html></html>"),
    ...             meta={"og:site_name": ["Example News"]})
    >>> _without_unseparated_site_name(page, "Jane Doe Example News")
    'Jane Doe'
    >>> _without_unseparated_site_name(page, "Doe Example News")
    'Doe Example News'
    """
    words = name.split()
    if len(words) < 4:
        return name
    # As declared or as the <title> prints it, not the address's label ("Mary Jane Doe" on
    # janedoe.com keeps her name).
    declared = {n.casefold() for n in metadata.site_names(page)} | {title_site_name(page)}
    for k in range(2, min(len(words) - 2, MAX_SITE_NAME_WORDS) + 1):
        if " ".join(words[-k:]).casefold() in declared:
            return " ".join(words[:-k])
    return name


def _is_branded_desk(page: Page, tail: str) -> bool:
    """One word opening with the label of the site's address, a channel of the site ("Rizky
    Mahendra - detikNews" on news.detik.com, "… - detikFinance"): the outlet, not a place
    or a second writer; a label of four letters at least, so a short one opens no name.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> page = Page(url="https://news.detik.com/a", root=lxml.html.fromstring("<p></p>"))
    >>> _is_branded_desk(page, "detikNews"), _is_branded_desk(page, "Jakarta")
    (True, False)
    """
    names = metadata.host_names(page.url)
    label = names[-1].casefold() if names else ""
    return len(label) >= 4 and " " not in tail and tail.casefold().startswith(label) \
        and len(tail) > len(label)


#: A site name has no more words than this ("Kapamilya News", "The Daily Star Online").
MAX_SITE_NAME_WORDS = 4


def title_site_name(page: Page) -> str | None:
    """The site's name as the <title> prints it after the headline and a bar ("Senate
    approves bill | Kapamilya News"), casefolded: the site names itself there even where no
    metadata does. None without such a short last part.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> root = lxml.html.fromstring("<html></html>")
    >>> title_site_name(Page(url="u", root=root, title_tag="Senate acts | Kapamilya News"))
    'kapamilya news'
    >>> title_site_name(Page(url="u", root=root, title_tag="Senate acts - Kapamilya News"))
    """
    head, bar, tail = (page.title_tag or "").rpartition(" | ")
    tail = tail.strip()
    if not bar or not head.strip() or not tail or len(tail.split()) > MAX_SITE_NAME_WORDS:
        return None
    return tail.casefold()


#: The heading of a WordPress author box: the default themes (Twenty Sixteen, Nineteen,
#: Twenty-One) print the post author there as "Author: %s", "Published by %s", "By %s" (and
#: Twenty-One leaves its footer byline out when the author has a bio). Stepping from the
#: class attribute keeps the scan to classed elements; looked for only when no byline is.
#: The plain `contains()` first: the token test builds two strings for every class of the
#: body, and only the few classes holding the word need it.
_AUTHOR_BOX_TITLES = BodyXPath(
    "{body}descendant-or-self::*/@class[contains(string(), 'author-title')]"
    "[contains(concat(' ', normalize-space(), ' '), ' author-title ')]/parent::*"
    "[self::h2 or self::h3 or self::h4 or self::p or self::div]"
    "[not(ancestor::*[contains(@class, 'comment') or contains(@class, 'related')])]")
#: Only a heading that says it names the author counts ("About the author" names no one).
AUTHOR_BOX_NAME = re.compile(
    r"^(?:(?:published|written|posted|reported|story|words)\s+)?"
    # Postmedia's "Author of the article:" before the writer's link.
    r"(?:by\b:?|author(?:\s+of\s+the\s+article)?\s*:)\s*(\S.*)",
    re.I)


#: What follows "By" in a sentence, not a byline: a verb's -ing form or an article, in lower
#: case ("By clicking …", "by signing up", "By the way").
_BY_SENTENCE = re.compile(r"^(?:[a-z]+ing|the|a|an|using)\b")


#: The desk producer's label (`by_line_name`).
_PRODUCER_LABEL = re.compile(r"^published\s+by\s*:", re.I)


#: "By" in the bylines of other languages: German "Von", French "Par", Spanish and Portuguese
#: "Por", Dutch "Door", Italian "di", Nordic "Av"/"Af"; or the label "Autor:" (Polish,
#: German, Spanish, Portuguese; German also "Autor/in:", "Autorin:"), "Autore:", "Auteur :";
#: and the label in Russian and Ukrainian ("Автор:"), Turkish ("Yazar:"), Indonesian and Malay
#: ("Penulis:", over the desk editor's "Editor:"), Vietnamese ("Tác giả:"), Hungarian
#: ("Szerző:") and Finnish ("Kirjoittaja:"); isiZulu's "Intatheli:" (reporter).
_FOREIGN_BY = re.compile(
    r"^(?:(?:von|par|por|door|di|av|af)\s+|(?:autor(?:/in|in)?|autore|auteur|автор|yazar"
    r"|penulis|tác giả|szerző|kirjoittaja)\s*:\s*"
    # "Written by" in more languages (`processors._BY_PREFIX`), and more labels read with
    # their colon only: "Tekst:", "Oleh:" (Indonesian "by"), "Piše:" (Croatian "writes") ….
    r"|(?:escrito por|[ée]crit par|scritto da|geschrieben von|skrevet a[fv]|skrivet av"
    r"|napisała?|napsala?)\s+"
    r"|(?:tekst|teksti|texte|autorka|autora|oleh|piše|avtor|autorius|autors|muhabir"
    # isiZulu "Intatheli:" (reporter), Dizindaba's first line of the text.
    r"|toimittaja|intatheli)\s*:\s*)(\S.*)", re.I)
#: A Korean reporter's line: the name (two to four syllables; several joined by "·" or ","),
#: then the role ("기자" reporter, "특파원" correspondent), perhaps the e-mail address: "최민준
#: 기자", "최민준·이서연 기자 choi@example.co.kr". Hankook Ilbo and regional papers print it
#: unclassed under the headline.
_KO_REPORTER_LINE = re.compile(
    r"^(?P<names>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*\s*(?:선임기자|기자|특파원))"
    r"(?:\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?"
    # The time after it in the same line ("입력 2024.05.20 09:40": posted).
    r"(?:\s+(?:입력|수정|승인|등록|업데이트)?\s*:?\s*\d{4}[.\-/]\s?\d{1,2}[.\-/]\s?\d{1,2}.*)?$")
#: Or the role first ("기자 최민준", "기자명 최민준": reporter; "취재" reported by).
_KO_ROLE_FIRST_LINE = re.compile(
    r"^(?:기자명?|취재)\s*:?\s+(?P<names>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*)"
    r"(?:\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?$")
#: A Greek byline line: "Του"/"Της"/"Των" (the name in the genitive) or "Γράφει ο/η"
#: (writes) and then a name of two or three capitalised words, the whole line: a heading
#: that opens with "Της" runs on ("Της Ελλάδας η οικονομία …").
_GREEK_BY_LINE = re.compile(
    r"^(?:(?:Του|Της|Των|ΤΟΥ|ΤΗΣ|ΤΩΝ)\s+|(?:Γράφει|ΓΡΑΦΕΙ|Γράφουν|ΓΡΑΦΟΥΝ)\s+(?:ο|η|οι|Ο|Η|ΟΙ)\s+)"
    r"(?P<name>[\u0386-\u038f\u0391-\u03a9][^\s\d]+(?:\s+[\u0386-\u038f\u0391-\u03a9][^\s\d]+){1,2})$")
#: Where the name ends in such a line when the date follows it: a number, or the label
#: before the date ("Publié le", "Aktualisiert am", "Pubblicato il", "Bijgewerkt").
_NAME_END = re.compile(
    r"\s+(?:\S*\d|(?:publié|publicado|pubblicato|veröffentlicht|aktualisiert|bijgewerkt"
    r"|gepubliceerd|actualizado|atualizado|aggiornato|mis à jour|opdateret|publiceret"
    r"|oppdatert|publisert|uppdaterad|publicerad)\b"
    # Or the next credit's label, in the same line ("Penulis: Budi Santoso Editor: Rina
    # Wulandari": the desk editor, no writer).
    r"|(?:[|·•–—-]\s+)?[^\W\d_]+:(?=\s))", re.I)


def by_line_name(text: str) -> str | None:
    """What a line that says "By …" names, in English or as other languages' bylines do
    ("Von Henrike Brandt, Berlin", "di Francesca Basso"): a capitalised name after the
    word, so a sentence ("Por qué …", "Di tutto un po'") is no byline; up to the date after
    it (the clean-up reads English dates only). None for other lines.

    >>> by_line_name("기자 홍길동")  # Korean: the role before the name too
    '홍길동'
    >>> by_line_name("By: PTI"), by_line_name("Von Henrike Brandt"), by_line_name("di Ivo Rossi")
    ('PTI', 'Henrike Brandt', 'Ivo Rossi')
    >>> by_line_name("Por qué sube el paro"), by_line_name("Bystanders")
    (None, None)
    >>> by_line_name("Par Koné Mamadou Publié le mardi 17 décembre 2024 à 13h03")
    'Koné Mamadou'
    >>> by_line_name("Door ANP 17 dec 2024 om 13:03 Bijgewerkt 17 dec 2024 om 15:20")
    'ANP'
    >>> by_line_name("Autor: Jan Kowalski (PAP) 17 grudnia 2024, 13:03")
    'Jan Kowalski (PAP)'
    >>> by_line_name("Penulis: Budi Santoso Editor: Rina Wulandari")
    'Budi Santoso'
    >>> by_line_name("Escrito por Ana López"), by_line_name("Piše: Ivan Horvat")
    ('Ana López', 'Ivan Horvat')
    >>> by_line_name("최민준 기자 choi@example.co.kr"), by_line_name("온라인 뉴스")
    ('최민준 기자', None)
    >>> by_line_name("Της Μαρίας Κωστοπούλου"), by_line_name("Της Ελλάδας η οικονομία")
    ('Μαρίας Κωστοπούλου', None)

    The label "Published By:" names the desk's web producer (India Today prints it under the
    text beside the real byline, Zee and ABP too), never a writer; a theme's "Published by
    Jane Doe" (no colon) is the post's author:

    >>> by_line_name("Published By: Ritu Sharma"), by_line_name("Published by Jane Doe")
    (None, 'Jane Doe')

    A sentence that opens with "By" and a verb's -ing form or an article is a form's notice
    ("By clicking "Submit," you agree to the Privacy Policy", under TMZ's tip form):

    >>> by_line_name('By clicking "Submit," you agree'), by_line_name("By the way, it rained")
    (None, None)
    """
    if m := AUTHOR_BOX_NAME.match(text):
        if _PRODUCER_LABEL.match(text) or _BY_SENTENCE.match(m.group(1)):
            return None
        return m.group(1)
    m = _FOREIGN_BY.match(text)
    name = _NAME_END.split(m.group(1), maxsplit=1)[0] if m else ""
    if not name and (ko := _KO_REPORTER_LINE.match(text) or _KO_ROLE_FIRST_LINE.match(text)):
        return ko["names"]  # "최민준 기자": a Korean reporter's line, the role after the name
    if not name and (greek := _GREEK_BY_LINE.match(text)):
        return greek["name"]  # "Της Μαρίας Κωστοπούλου": a Greek byline, name in the genitive
    return name if name[:1].isupper() else None


def foreign_by_line_rest(text: str) -> str:
    """What a line that says "By …" in another language prints after the name (the date of
    "Von Anna Schmidt 17.12.2024, 13:03 Uhr"), or "" for other lines: `by_line_name`'s
    name, its end at the first figure or date label.

    >>> foreign_by_line_rest("Von Anna Schmidt 17.12.2024, 13:03 Uhr")
    '17.12.2024, 13:03 Uhr'
    >>> foreign_by_line_rest("Par Jean Dupont Publié le 17 décembre 2024 à 13h03")
    'Publié le 17 décembre 2024 à 13h03'
    >>> foreign_by_line_rest("Von 2019 bis 2024"), foreign_by_line_rest("Von Anna Schmidt")
    ('', '')

    A `<br>` between the name and the date leaves them glued in the element's text:

    >>> foreign_by_line_rest("Von Anna Schmidt17.12.2024, 13:03 Uhr")
    '17.12.2024, 13:03 Uhr'
    """
    if (m := _FOREIGN_BY.match(text)) is None or not m.group(1)[:1].isupper():
        return ""
    end = _NAME_END.search(m.group(1))
    return _GLUED_NAME.sub("", m.group(1)[end.start():].strip()) if end else ""


#: The name's last letters glued to the date that follows it ("Schmidt17.12.2024").
_GLUED_NAME = re.compile(r"^[^\W\d_]+(?=\d)")


def author_box_titles(page: Page) -> list[str]:
    """Author names from WordPress author-box headings ("By PTI" → "PTI").

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def names(body):
    ...     root = lxml.html.document_fromstring(f"<html><body>{body}</body></html>")
    ...     return author_box_titles(Page(url="u", root=root))
    >>> names('<div class="author-bio"><h2 class="author-title">By PTI</h2></div>')
    ['PTI']
    >>> names('<h2 class="author-title"><span>Author:</span> IANS</h2>')
    ['IANS']
    >>> names('<h4 class="author-title">About the author</h4>')
    []
    """
    found = (AUTHOR_BOX_NAME.match(spaced_text(el)) for el in _AUTHOR_BOX_TITLES(page))
    return [m.group(1) for m in found if m is not None][:1]


#: A header line short enough to be a byline alone ("By PTI", "By Jane Doe & John Roe").
MAX_BY_LINE_CHARS = 80


_LINE_TAGS = ("div", "span", "p")


def header_by_line(header: Element | None) -> list[str]:
    """The author a line of the headline's header names by "By …" when nothing marks it as
    the byline: AMP templates of custom CMSs (Quintype's header card) print it as an unclassed
    or hash-classed `<div>By PTI</div>` under the `<h1>`. Only the header's own lines count.

    >>> import lxml.html
    >>> header_by_line(lxml.html.fragment_fromstring(
    ...     '<div><h5>National</h5><h1>T</h1><div class="sc-x">By PTI</div></div>'))
    ['PTI']
    >>> header_by_line(lxml.html.fragment_fromstring('<div><h1>T</h1><div>Bystanders</div></div>'))
    []
    >>> header_by_line(lxml.html.fragment_fromstring('<main><div><h1>T</h1><h2>Dek</h2></div>'
    ...     '<div><div class="editor"><div>By: PTI</div><span>New Delhi</span></div></div></main>'
    ...     ).find("div"))
    ['PTI']
    >>> header_by_line(lxml.html.fragment_fromstring(
    ...     '<main><div><h1>T</h1></div><div><p>' + 'Text. ' * 20 + '</p>'
    ...     '<div class="logoDiv"><a><span>by Taboola</span></a></div></div></main>').find("div"))
    []
    """
    if header is None:
        return []
    for line in header.iterchildren("div", "span", "p"):
        text = spaced_text(line)
        if _short_line(text) and (name := by_line_name(text)):
            return [name]
    # Or a line of its own in the block right after the header, where the byline and date
    # lines sit apart from the headline and standfirst (The Indian Express: "By: PTI" a few
    # levels inside it, the place and date in a sibling line).
    after = header.getnext()
    for line in after.iter(*_LINE_TAGS) if after is not None else ():
        if line.tag == "p" and len(line.text_content()) > MAX_BY_LINE_CHARS:
            # The text has begun: a "by …" line after it is no byline of the header's, but
            # a widget's under the story (a recommendation box's "by Taboola" attribution).
            break
        if any(child.tag in _LINE_TAGS for child in line):
            continue
        text = spaced_text(line)
        if len(text) <= MAX_BY_LINE_CHARS and (name := by_line_name(text)):
            return [name]
    return []


#: A source line is short: the label and a wire, perhaps its desk ("Quelle: dpa Sport").
MAX_SOURCE_LINE_CHARS = 40


def header_source_line(header: Element | None) -> list[str]:
    """The wire a line of the headline's header credits as the story's source, where no byline
    names anyone (ZEIT ONLINE's wire news: `<span class="metadata__source">Quelle: dpa
    Sport</span>` beside the date): the wire, as a "By dpa" line would give it. A photo's
    source in a caption is the photo's; an outlet so credited names no writer.

    >>> import lxml.html
    >>> header_source_line(lxml.html.fragment_fromstring(
    ...     '<header><h1>T</h1><div><time>28. April 2023</time><span>Quelle: dpa Sport</span>'
    ...     '</div></header>'))
    ['dpa']
    >>> header_source_line(lxml.html.fragment_fromstring('<header><h1>T</h1><figure><img>'
    ...     '<figcaption><span>Quelle: dpa</span></figcaption></figure></header>'))
    []
    """
    for line in header.iter("span", "div", "p") if header is not None else ():
        own = line.text or ""
        if ":" not in own or len(own) > MAX_SOURCE_LINE_CHARS:
            continue  # the label is the line's own text: most lines are passed over here
        text = spaced_text(line)
        if len(text) <= MAX_SOURCE_LINE_CHARS and (wire := source_line(text)) \
                and next(line.iterancestors("figure", "figcaption"), None) is None:
            return [wire]
    return []


#: How many elements of each block after the headline are looked at for a wire's name.
WIRE_LINE_ELEMENTS = 8
#: Classes of a line that credits something else than the story: a photo's credit, a tag.
_NOT_WIRE_LINE_CLASS = re.compile(r"credit|photo|caption|image|tag|categor", re.I)


def header_wire_line(page: Page) -> list[str]:
    """The wire a line among the few blocks after the headline prints alone, where nothing
    names a writer: Indian papers' syndicated copy under its headline, with no "By" and no
    byline class (The Tribune's `div.ag-name` "PTI", Business Standard's "<span>Press Trust of
    India</span> <span>New Delhi</span>", Moneycontrol's "<span>PTI</span> / <span>December
    01, 2024</span>", LatestLY's "<span>Agency News</span> <span>IANS</span>", NDTV's linked
    "Indo-Asian News Service" in a `<nav>`). An element of its own whose whole text is a
    wire's name; a link only to the writer's page; none in a figure, a photo's credit or a
    tag; the text's first long paragraph ends the search.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def wire(html): return header_wire_line(Page(url="u", root=(
    ...     lxml.html.document_fromstring(f"<html><body><div><h1>T</h1>{html}<p>"
    ...                                   f"{'Text of the story. ' * 6}</p></div></body></html>"))))
    >>> wire('<div class="author-row"><span>Press Trust of India</span> <span>New Delhi</span>'
    ...      '</div>')
    ['Press Trust of India']
    >>> wire('<figure><img><span class="credit">Reuters</span></figure>'), wire('<a>AFP</a>')
    ([], [])
    >>> wire('<p>Jane Doe</p>'), wire('<div><span>Source: Xinhua</span></div>')
    ([], [])
    """
    for el in _header_line_elements(page):
        if len(el) or el.tag in ("h1", "h2", "h3", "figcaption", "time") \
                or (el.tag == "a" and not _WRITER_LINK.search(el.get("href") or "")):
            continue
        text = spaced_text(el)
        # The name alone: a labelled source ("Source: Xinhua", the wire's own site's line)
        # is `header_source_line`'s to judge.
        if not text or len(text) > MAX_SOURCE_LINE_CHARS or ":" in text \
                or normalise_agency(text) is None or not text[:1].isalpha():
            continue
        if _NOT_WIRE_LINE_CLASS.search(el.get("class") or "") or next(
                el.iterancestors("figure", "figcaption"), None) is not None:
            continue
        return [text]
    return []


def _header_line_elements(page: Page) -> Iterator[Element]:
    """The elements of the few blocks after the headline (and after its lone wrapper), each
    block's first few, in order, until the text's first long paragraph begins."""
    h1s = page.h1s()
    if not h1s:
        return
    block = headline_block(page)
    for start in (h1s[0], *([] if block is None else [block])):
        for sibling in islice(start.itersiblings(), DATE_LINE_SIBLINGS):
            for el in islice(sibling.iter(), WIRE_LINE_ELEMENTS):
                if not isinstance(el.tag, str):
                    continue
                if el.tag == "p" and len(el.text_content()) > MAX_BY_LINE_CHARS:
                    return  # the text has begun
                yield el


#: Classes that name an element as the writer's name in a header's line, where no byline
#: class does: Joomla's `createdby` ("Written by …"), French templates' signature
#: (franceinfo's `c-signature__names`).
_WRITER_NAME_CLASS = re.compile(r"(?:^|\s)(?:createdby|\S*signature__names?)(?:\s|$)")


def header_writer_name(page: Page) -> list[str]:
    """The writer a line among the few blocks after the headline names by markup no byline
    test knows, where nothing else names anyone: Joomla's `span.createdby` ("Kweku Zurek"),
    franceinfo's `span.c-signature__names`, a `span.name` in a block classed as the author's
    (Onet's `div.authorBox`), the writer's link in an `<address>` (Haaretz's). A person's
    name, two to four words; an author box after the text's first long paragraph (a bio) is
    never reached.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def name(html): return header_writer_name(Page(url="u", root=(
    ...     lxml.html.document_fromstring(f"<html><body><div><h1>T</h1>{html}<p>"
    ...                                   f"{'Text of the story. ' * 6}</p></div></body></html>"))))
    >>> name('<div class="info"><span class="createdby">Written by Kweku Zurek</span></div>')
    ['Kweku Zurek']
    >>> name('<div class="authorBox"><span class="name">Andrzej Gajcy</span></div>')
    ['Andrzej Gajcy']
    >>> name('<div class="author-bio"><span class="name">Share</span></div>')
    []
    """
    for el in _header_line_elements(page):
        classes = el.get("class") or ""
        parent = el.getparent()
        if not (_WRITER_NAME_CLASS.search(classes)
                or (classes == "name" and parent is not None
                    and "author" in (parent.get("class") or "").casefold())
                or (el.tag == "a" and parent is not None and parent.tag == "address")):
            continue
        name = clean_author(spaced_text(el))
        if name and _PERSON_NAME.match(name) and normalise_agency(name) is None:
            return [name]
    return []


def heading_labelled_credit(page: Page) -> list[str]:
    """The writer a credit box after the headline names under a label set as a heading of
    its own, no colon (Kompas's `div.read__credit`: "<h6>Penulis</h6><a>Dian Erika
    Nugraheny</a>", then "<h6>Editor</h6><a>…</a>"): read as the labelled line "Penulis: …"
    is (`by_line_name`), so a desk editor's label or a photo's names no writer.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def name(html): return heading_labelled_credit(Page(url="u", root=(
    ...     lxml.html.document_fromstring(f"<html><body><div><h1>T</h1>{html}<p>"
    ...                                   f"{'Text of the story. ' * 6}</p></div></body></html>"))))
    >>> name('<div class="credit"><div><h6>Penulis</h6><a href="/x">Dian Erika Nugraheny</a>'
    ...      '</div><div><h6>Editor</h6><a href="/y">Ihsanuddin</a></div></div>')
    ['Dian Erika Nugraheny']
    >>> name('<div class="credit"><div><h6>Editor</h6><a href="/y">Rina Wulandari</a></div></div>')
    []
    """
    for el in _header_line_elements(page):
        if el.tag not in _LABEL_HEADINGS or len(el):
            continue
        label = clean_text(el.text or "") or ""
        if not label or len(label) > MAX_LABEL_CHARS or " " in label or ":" in label \
                or (after := el.getnext()) is None:
            continue
        name = clean_text(text_content(after)) or ""
        if len(name) <= MAX_BY_LINE_CHARS and (found := by_line_name(f"{label}: {name}")) \
                and _PERSON_NAME.match(found):
            return [found]
    return []


#: Elements a credit box sets its labels in, and how long such a label is.
_LABEL_HEADINGS = frozenset({"h4", "h5", "h6", "dt"})
MAX_LABEL_CHARS = 20


def author_box_spelt_link(page: Page) -> list[str]:
    """The writer an author-classed block after the headline links by name, where its link's
    address spells that name (Krautreporter's `div.author-info`: "<img><a href=
    "/theresa-baeuerlein">Theresa Bäuerlein</a><span>23. Januar 2024</span>", DW's
    `div.author-details` linking "/en/ben-knight/person-36245"): a person's page, though no
    byline test knows the block's class or the address's folder. Looked at in the few blocks
    after the headline (a standfirst first among them), until the text begins.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def name(html): return author_box_spelt_link(Page(url="u", root=(
    ...     lxml.html.document_fromstring(f"<html><body><div><h1>T</h1>{html}<p>"
    ...                                   f"{'Text of the story. ' * 6}</p></div></body></html>"))))
    >>> name('<div class="author-info"><a href="/theresa-baeuerlein">Theresa Bäuerlein</a>'
    ...      '<span>23. Januar 2024</span></div>')
    ['Theresa Bäuerlein']
    >>> name('<div class="author-info"><a href="/themen/schlaf">Schlaf Forschung</a></div>')
    []
    """
    h1s = page.h1s()
    if not h1s:
        return []
    for count, sibling in enumerate(islice(h1s[0].itersiblings(), DATE_LINE_SIBLINGS)):
        if count and sibling.tag == "p" and len(sibling.text_content()) > MAX_BY_LINE_CHARS:
            return []  # the text has begun (the first, a standfirst, is passed)
        for link in islice(sibling.iter("a"), WIRE_LINE_ELEMENTS):
            box = link.getparent()
            if box is None or "author" not in (box.get("class") or "").casefold():
                continue
            name = clean_text(text_content(link)) or ""
            if _PERSON_NAME.match(name) and _address_spells(link.get("href") or "", name) \
                    and normalise_agency(name) is None:
                return [name]
    return []


#: German umlauts as slugs spell them where NFKD would drop the dots ("Bäuerlein" →
#: "baeuerlein").
_UMLAUT_SLUG = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe",
                              "Ü": "Ue"})


def _address_spells(href: str, name: str) -> bool:
    """Does a folder of the address spell the name ("/en/ben-knight/person-36245" for "Ben
    Knight"), as a slug does, its umlauts either way?"""
    base = name.translate(_SLUG_LETTERS)
    wants = {metadata.name_slug(base), metadata.name_slug(base.translate(_UMLAUT_SLUG))}
    folders = href.split("?", 1)[0].split("#", 1)[0].casefold().split("/")
    return any(folder == want or folder.startswith(want + "-")
               for folder in folders for want in wants if want)


#: How far above the headline its <header> may be (`header > div > div > h1`).
HEADER_LEVELS = 4


def headline_header(page: Page) -> Element | None:
    """The <header> the headline is in, a few levels up (ZEIT ONLINE: `header.article-header`
    holds the headline's block and, beside it, the date and source line's), else the
    headline's own block (`headline_block`)."""
    h1s = page.h1s()
    for ancestor in islice(h1s[0].iterancestors(), HEADER_LEVELS) if h1s else ():
        if ancestor.tag == "header":
            return ancestor
    return headline_block(page)


def _short_line(text: str) -> bool:
    """Short enough to be a byline alone, or one with its date after the name ("Story by
    Jane Doe / Special to the Courier | Dec. 17, 2024 1:03 p.m. CT")."""
    return len(text) <= MAX_BY_LINE_CHARS or (
        len(text) <= MAX_DATED_BY_LINE_CHARS and bool(dated_tail(text)))


def by_line_after_headline(page: Page) -> list[str]:
    """The author a "By …" line names among the few elements after the headline, or in
    their children, when the headline shares its parent with the text (`headline_block` is
    None): `<h1>` then `<div class="article-meta"><span>By Jane Doe</span><time>…`. A short
    line, not a sentence ("By Tuesday, talks had stalled.").

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def by(html): return by_line_after_headline(Page(url="u", root=(
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
            text = spaced_text(line)
            if _short_line(text) and (name := by_line_name(text)) \
                    and not text.endswith((".", "!", "?")):
                # A marked byline was judged by `printed_bylines` (a WordPress admin
                # account's, say, is no author): only unmarked lines are read here.
                marked = is_byline(line) or _BYLINE_CANDIDATES_IN_BODY(line)
                return [] if marked else [name]
    return []


#: How many elements of each block after the headline are looked at for a loose by-line.
LOOSE_BY_LINE_ELEMENTS = 12


def loose_by_line(page: Page) -> str:
    """A "by …" line printed loose, as the text after an element rather than an element of
    its own, in the blocks after the headline: a WordPress theme's standfirst, then
    "by Jane Doe / January 19, 2017 /" (`<h3 class="page-subtitle">…</h3> by Jane Doe /
    …`). "" without one.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> loose_by_line(Page(url="u", root=lxml.html.document_fromstring(
    ...     '<html><body><h1>T</h1><div><article><div><h3>Dek.</h3> by Jane Doe / January 19, '
    ...     '2017 / <a href="#respond">Leave a comment</a></div><p>Text.</p></article></div>'
    ...     '</body></html>')))
    'by Jane Doe / January 19, 2017 /'
    """
    return page.memo("loose_by_line", _loose_by_line)


def _loose_by_line(page: Page) -> str:
    h1s = page.h1s()
    for sibling in islice(h1s[0].itersiblings(), DATE_LINE_SIBLINGS) if h1s else ():
        for el in islice(sibling.iter(), LOOSE_BY_LINE_ELEMENTS):
            text = clean_text(el.tail or "") or ""
            if text[:3].casefold() == "by " and _short_line(text) and by_line_name(text) \
                    and next(el.iterancestors("p"), None) is None:  # no sentence's words
                return text
    return ""


def loose_by_line_author(page: Page) -> list[str]:
    """The name a loose by-line (`loose_by_line`) gives."""
    name = by_line_name(loose_by_line(page)) if loose_by_line(page) else None
    return [name] if name else []


def loose_by_line_date(page: Page) -> list[str]:
    """The day a loose by-line (`loose_by_line`) prints after the name."""
    day = dated_tail(loose_by_line(page)) if loose_by_line(page) else ""
    return [day] if day else []


def bio_box_by_line(page: Page) -> list[str]:
    """The writer a byline block that runs on into the author's bio prints in a "By …" line
    of its own ("<section class=authors><strong>Von <span>Jane Doe</span>, Berlin</strong>
    <div>Jane Doe kam 2001 zur Zeitung …</div>"): `no_names` sets the block aside as a bio,
    and no element inside it is marked as the byline. Without the place after the name.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> bio = "Jane Doe kam 2001 zur Zeitung. " * 4
    >>> bio_box_by_line(Page(url="u", root=lxml.html.document_fromstring(
    ...     '<html><body><h2>T</h2><section class="authors"><span><strong> Von <span>Jane Doe'
    ...     f'</span>, Berlin</strong></span><div><p>{bio}</p></div></section><p>Text.</p>'
    ...     '</body></html>')))
    ['Jane Doe']
    """
    for box in printed_bylines(page, limit=1, skip=lambda el: not is_bio(el)):
        for line in box.iter("span", "strong", "p", "div", "b"):
            text = spaced_text(line)
            if len(text) > MAX_BY_LINE_CHARS or not (name := by_line_name(text)):
                continue
            places = (_place_after(el, ("a", "span")) for el in line.iter())
            place = next(filter(None, places), None)
            return [name.removesuffix(place).rstrip(" ,") if place else name]
    return []


#: A fact list's item: a bold label, then its value ("<li><strong>Date</strong> 10.06.2013
#: </li><li><strong>Author</strong> Jane Doe</li>"), outside comments and related blocks.
_FACT_ITEMS = BodyXPath(
    "{body}descendant::li[*[1][self::strong or self::b]]"
    "[not(normalize-space(*[1]/preceding-sibling::text()))]"
    "[not(ancestor::*[contains(@class, 'comment') or contains(@class, 'related')])]")
#: A definition list of the post's facts: a term, then its value in the <dd> right after it
#: ("<dl><dt>Datum</dt><dd>12.01.2017</dd><dt>Kategorie</dt>…"), same exclusions.
_FACT_TERMS = BodyXPath(
    "{body}descendant::dt[following-sibling::*[1][self::dd]]"
    "[not(ancestor::*[contains(@class, 'comment') or contains(@class, 'related')])]")
#: A label is a word or two; a value is a line.
MAX_FACT_LABEL_CHARS = 20
MAX_FACT_CHARS = 80
#: The labels a fact list names the writer and the day by, in the corpus's languages.
AUTHOR_FACT_LABELS = frozenset({"author", "authors", "autor", "autorin", "autoren", "auteur",
                                "auteurs", "autore", "autori", "written by"})
DATE_FACT_LABELS = frozenset({"date", "datum", "fecha", "data", "published", "veröffentlicht",
                              "publié le", "publié", "publicado"})


def labelled_facts(page: Page) -> list[tuple[str, str]]:
    """(label, value) of each item of the page's fact lists, the label casefolded without
    its colon: sites print an article's facts beside the text as a list of bold labels,
    and some print the writer and the day only there ("Date 10.06.2013", "Author Jane Doe").

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> labelled_facts(Page(url="u", root=lxml.html.document_fromstring(
    ...     '<html><body><h1>T</h1><p>Text.</p><ul><li><strong>Date</strong> 10.06.2013</li>'
    ...     '<li><strong>Author:</strong> Jane Doe</li><li>Plain item</li></ul></body></html>')))
    [('date', '10.06.2013'), ('author', 'Jane Doe')]

    Or as a definition list, each term's value in the <dd> after it:

    >>> labelled_facts(Page(url="u", root=lxml.html.document_fromstring(
    ...     '<html><body><h1>T</h1><p>Text.</p><dl><dt>Datum</dt><dd>12.01.2017</dd>'
    ...     '<dt>Kategorie</dt><dd><a href="/c/">AutoCAD</a></dd></dl></body></html>')))
    [('datum', '12.01.2017'), ('kategorie', 'AutoCAD')]
    """
    return page.memo("labelled_facts", _labelled_facts)


def _labelled_facts(page: Page) -> list[tuple[str, str]]:
    facts = []
    for item in _FACT_ITEMS(page):
        label = (clean_text(text_content(item[0])) or "").rstrip(" :").casefold()
        text = clean_text(" ".join([item[0].tail or "", *(spaced_text(el) + " " + (el.tail or "")
                                                         for el in item[1:])])) or ""
        if label and len(label) <= MAX_FACT_LABEL_CHARS and text and len(text) <= MAX_FACT_CHARS:
            facts.append((label, text))
    for term in _FACT_TERMS(page):
        label = (clean_text(text_content(term)) or "").rstrip(" :").casefold()
        text = spaced_text(term.getnext())
        if label and len(label) <= MAX_FACT_LABEL_CHARS and text and len(text) <= MAX_FACT_CHARS:
            facts.append((label, text))
    return facts


def fact_dates(page: Page) -> list[str]:
    """The day a fact list names (`labelled_facts`): "Date 10.06.2013"."""
    return [value for label, value in labelled_facts(page) if label in DATE_FACT_LABELS][:1]


def fact_authors(page: Page) -> list[str]:
    """The writer a fact list names (`labelled_facts`): "Author Jane Doe", or under a label
    naming both genders (DW's "Autorin/Autor", "Autor*in", "Autor:in").

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> fact_authors(Page(url="u", root=lxml.html.document_fromstring(
    ...     '<html><body><h1>T</h1><p>Text.</p><ul><li><strong>Datum</strong> 23.02.2024</li>'
    ...     '<li><strong>Autorin/Autor</strong> Nina Werner</li></ul></body></html>')))
    ['Nina Werner']
    """
    return [value for label, value in labelled_facts(page) if _author_fact_label(label)][:1]


def _author_fact_label(label: str) -> bool:
    """Does a fact list's label (casefolded) name the writer: "autor", "autorin/autor"?"""
    if label in AUTHOR_FACT_LABELS:
        return True
    parts = _GENDERED_LABEL.split(label)
    return len(parts) > 1 and all(p in AUTHOR_FACT_LABELS or p == "in" for p in parts)


#: What joins a label's genders: "Autorin/Autor", "Autor*in", "Autor:in", "Autor_in".
_GENDERED_LABEL = re.compile(r"\s*[/*:_]\s*")


#: Arabic bylines name the writer after "كتب"/"كتبت" ("wrote", as Egyptian portals print it:
#: "كتب: محمد عبد الحميد") or "بقلم" ("by the pen of"), in a line of the headline's header.
_ARABIC_WRITER = re.compile(r"^(?:كتبت?|بقلم)\s*[:：\-–]?\s+(\S.*)")


def arabic_writer_line(page: Page) -> list[str]:
    """The writer an Arabic page's header names by "كتب:"/"بقلم" (Arabic pages only).

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> arabic_writer_line(Page(url="u", lang="ar", root=lxml.html.document_fromstring(
    ...     '<html><body><main><div><h1>T</h1><div><div class="writeBy"><span>كتب:'
    ...     '</span> <a href="/Editor/17">محمد علي</a></div></div></div></main></body></html>')))
    ['محمد علي']
    """
    header = headline_block(page) if (page.lang or "")[:2].lower() == "ar" else None
    for line in header.iter("div", "span", "p") if header is not None else ():
        text = spaced_text(line)
        if len(text) <= MAX_BY_LINE_CHARS and (m := _ARABIC_WRITER.match(text)):
            return [m.group(1)]
    return []


def printed_bylines(page: Page, limit: int | None = None,
                    skip: Callable[[Element], bool] | None = None) -> list[Element]:
    """The first `limit` (default: all) elements of the body that BYLINE_XPATH finds, in
    document order, found faster: the tests run on candidates only, and only until `limit`
    pass (a product page has hundreds of "author" classes). Elements `skip` rejects do not
    count towards `limit`."""
    bylines = page.memo("bylines", _Bylines)  # asked up to six times a page, with other skips
    found = (el for el in bylines.accepted() if not (skip and skip(el)))
    return list(islice(found, limit))


class _Bylines:
    """The page's byline candidates, and which of them BYLINE_TESTS accepts, each tested
    once when first asked for: the askers of `printed_bylines` go down the same candidates
    (half of the tests were repeats). Asked while the fields are read, before the body's
    blocks are marked (`generic._mark_breaks` rewrites the text after <br>s, which a test's
    text can hold): `printed_byline_agency`, read after, tests for itself."""

    def __init__(self, page: Page) -> None:
        self._candidates: list[Element] = page.memo("byline_candidates", _byline_candidates)
        self._accepted: dict[Element, bool] = {}

    def accepted(self) -> Iterator[Element]:
        """The candidates BYLINE_TESTS accepts, in document order, tested as they are reached."""
        for el in self._candidates:
            verdict = self._accepted.get(el)
            if verdict is None:
                verdict = self._accepted[el] = is_byline(el)
            if verdict:
                yield el
                if el.find("address") is not None:
                    # The writers' `<address>`es in a byline block (Dagbladet's: the name, the
                    # e-mail), each name a byline of its own (`is_byline`).
                    for name in el.iterfind("address/*[@class='name']"):
                        if self._accepted.setdefault(name, is_byline(name)):
                            yield name


def _titled_link(title: str | None) -> bool:
    """Might a link's title name the writer's stories (`_TITLED_LINKS`)?"""
    return title is not None and (" by " in title or " von " in title)


def _byline_candidates(page: Page) -> list[Element]:
    bodies = page.bodies()
    if len(bodies) != 1:
        return cast(list[Element], BYLINE_CANDIDATES_XPATH(page.root))
    find = _OTHERS_IN_BODY if _in_hungarian(page) else _OTHERS_IN_OTHER_BODY
    links = [a for a in bodies[0].iter("a") if _WRITER_LINK.search(a.get("href") or "")
             or _titled_link(a.get("title"))]
    return cast(list[Element], find(bodies[0], links=links))


def _in_hungarian(page: Page) -> bool:
    """Is `page` in Hungarian, by its language or its address's country?

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> [_in_hungarian(Page(url=u, lang=lang, root=lxml.html.fromstring("<p>x</p>")))
    ...  for u, lang in (("http://www.ma.hu/a", None), ("https://x.example/a", "hu-HU"),
    ...                  ("https://x.example/a", "en"))]
    [True, True, False]
    """
    return (page.lang or "")[:2].lower() == "hu" or _HUNGARIAN_HOST.search(page.url) is not None


_HUNGARIAN_HOST = re.compile(r"^[a-z]+://[^/?#]*\.hu(?::\d+)?(?:[/?#]|$)", re.I)


def no_names(el: Element) -> bool:
    """A byline element that names no one and so takes none of the five places: an author
    box's bio, an avatar link (an image, no text), or a byline block that also holds the
    date and reading time ("Dec 17, 2024 • 2 min read"; Casper's article-byline wraps the
    avatars, the names and the date): the names are read from the element inside it.

    >>> from lxml import html
    >>> [no_names(html.fromstring(h)) for h in ('<a href="/author/x/"><img src="x"></a>',
    ...     '<div class="byline"><h4>Jane Doe</h4><time>Dec 17, 2024</time></div>',
    ...     '<h4 class="author-name">Jane Doe, IANS</h4>',
    ...     '<div class="byline">By Jane Doe | Dec 17, 2024</div>',
    ...     '<div class="byline"><cite>By Jane Doe</cite><span>5 minute Read</span></div>',
    ...     '<div class="byline">Jane Doe <time>Dec 17, 2024</time></div>')]
    [True, True, False, False, False, False]
    """
    if is_bio(el):
        return True
    if len(el) and all(child.tag == "time" for child in el) and (lead := (el.text or "").strip()) \
            and not any(c.isdigit() for c in lead):
        return False  # "Anne Jensen og Karl Petersen <time>…": the block's own text names them
    text = spaced_text(el)
    # A line of text alone ("By Jane Doe | Dec 17, 2024") names its author before the date
    # (the author clean-up cuts there); a block with elements inside names them in one. A
    # reading time is no date: "<cite>By Jane Doe</cite><span>5 minute Read</span>" names
    # her, and the clean-up cuts the time.
    return not text or (len(el) > 0 and any(c.isdigit() for c in _READING_TIME.sub("", text)))


def no_names_in_line(el: Element) -> bool:
    """`no_names`, but a byline printed as one line of text with the names in links or bold
    and the date after them names them: "By <a>MAGGIE HABERMAN</a> &amp; <a>SHIRA
    TOEPLITZ</a> | 10/9/10 7:15 AM EDT" (Politico's `div.byline`, the links to the writers'
    pages no bylines of their own), "<strong>Jane Doe</strong> | Palma | 08/01/2014" (the
    clean-up cuts the date, `spaced_text` the place).

    >>> from lxml import html
    >>> [no_names_in_line(html.fromstring(h)) for h in (
    ...     '<div class="byline">By <a href="/r/j">Jane Doe</a> | 10/9/10 7:15 AM</div>',
    ...     '<div class="byline"><span>Jane Doe</span> <time>Dec 17, 2024</time></div>')]
    [False, True]
    """
    return no_names(el) and not (len(el) > 0 and _text_line(el) and spaced_text(el)
                                 and not is_bio(el))


def _text_line(el: Element) -> bool:
    """Is `el` one line of text, its elements only links and emphasis, or empty (an admin
    button's placeholder after Polygon's "By <a>Jane Doe</a> on Jul 04, 2014 at 11:30a <a
    class="twitter">@janedoe</a> <span …></span>")? A `<br>` ends a line: "Redaktion: <a>Jane
    Doe</a><br>Sendung: hr-INFO, 25.04.2024" is two."""
    return all(child.tag in _PHRASING or (child.tag != "br" and not len(child)
                                          and not (child.text or "").strip())
               for child in el)


#: Elements inside a line of text, as its names are set: links, bold, italics.
_PHRASING = frozenset({"a", "b", "strong", "em", "i", "u"})


#: A reading time beside the name ("5 minute Read", "3 min read").
_READING_TIME = re.compile(r"\b\d+\s*(?:min|mins|minutes?)\s+read\b", re.I)


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


#: The byline's text, without a place printed in it as its own element: portals print the
#: desk's city beside the name ("<span>Press Trust of India</span> <span class=city-name>").
_BYLINE_TEXTS = etree.XPath(
    "descendant::text()[not(ancestor::*[contains(@class, 'city') or contains(@class, 'location')"
    # Spanish, Italian and French names of the place: "localizacion", "localita", "localisation".
    " or contains(@class, 'dateline') or contains(@class, 'locali')])]", smart_strings=False)


def spaced_text(el: Element) -> str:
    """Text with a space between elements: "ERIC TUCKER<br>Associated Press" stays two words;
    without the place an element of its own names.

    >>> from lxml import html
    >>> spaced_text(html.fromstring('<p class="firma"><em>Jane Doe</em> | <span class='
    ...     '"localizacion">Madrid</span></p>'))
    'Jane Doe |'
    """
    if (listed := _listed_names(el)) is not None:
        return listed
    # The XPath only when a descendant is classed at all like a place: most bylines are not.
    places = any(w in c for d in el.iterdescendants() if (c := d.get("class") or "")
                 for w in ("city", "location", "dateline", "locali"))
    texts = _BYLINE_TEXTS(el) if places else el.itertext()
    if _dated_bar_tail(el):
        texts = list(texts)[:-1]  # the tail is the last text
    text = _join_texts(texts)
    place = place_after_link(el)
    return text.removesuffix(place).rstrip(" ,") if place else text


def _dated_bar_tail(el: Element) -> bool:
    """Does a line of text end, after its last name set in an element of its own, on a bar
    and then the day, perhaps with the place filed from between ("<strong>Jane Doe</strong> |
    Palma de Mallorca | 08/01/2014")? That tail names no one: the place would be read as part
    of the name.

    >>> from lxml import html
    >>> [_dated_bar_tail(html.fromstring(h)) for h in (
    ...     '<p><strong>Jane Doe</strong> | Palma | 08/01/2014</p>',
    ...     '<p>By <a href="/a/jd">Jane Doe</a> | Reuters</p>',
    ...     '<p><strong>Jane Doe</strong> 08/01/2014 | Palma</p>')]
    [True, False, False]
    """
    last = el[-1] if len(el) else None
    if last is None or last.tag not in _PHRASING or not last.tail:
        return False
    tail = last.tail.strip()
    return tail[:1] == "|" and any(c.isdigit() for c in tail)


#: One lowercase letter: a word's last letter in an element of its own.
_WORD_END = re.compile(r"[^\W\d_A-Z]")


def _listed_names(el: Element) -> str | None:
    """The names of a byline listing each writer in an element of its own with nothing but
    blanks between (Der Standard: `<span class="simple">Birgit Baumann</span>  <span
    class="simple">Anna Giulia Fink</span>`), joined with commas: spaced, they would read as
    one long name. Only for two or more sibling elements of one tag, each of two to four words
    without digits (a given name and a surname in elements of their own stay one name).

    >>> from lxml import html
    >>> _listed_names(html.fromstring('<div><div><span>Jane Doe</span> <span>John Roe</span>'
    ...     '</div></div>'))
    'Jane Doe, John Roe'
    >>> _listed_names(html.fromstring('<div><span>Jane</span> <span>Doe</span></div>')) is None
    True
    >>> _listed_names(html.fromstring('<p>By <span>Jane Doe</span> <span>Jo Roe</span></p>'))
    """
    while len(el) == 1 and not (el.text or "").strip() and not (el[0].tail or "").strip():
        el = el[0]
    if len(el) < 2 or (el.text or "").strip():
        return None
    names = []
    for child in el:
        text = child.text or ""
        if child.tag != el[0].tag or len(child) or (child.tail or "").strip() \
                or not 2 <= len(text.split()) <= 4 or any(c.isdigit() for c in text):
            return None
        names.append(" ".join(text.split()))
    return ", ".join(names)


def _join_texts(texts: Iterable[str]) -> str:
    """Text nodes joined with a space, except a word's last letter set in an element of its
    own, glued to it (Condé Nast's `<a>Molly Woo<span class="link__last-letter-
    spacing">d</span></a>`): "Molly Woo d" would be a wrong name.

    >>> _join_texts(["By ", "Molly Woo", "d", " and ", "Jane Doe"])
    'By Molly Wood and Jane Doe'
    >>> _join_texts(["ERIC TUCKER", "Associated Press"]), _join_texts(["janedoe", "on"])
    ('ERIC TUCKER Associated Press', 'janedoe on')
    """
    parts: list[str] = []
    last = ""
    for raw in texts:
        if (stripped := raw.strip()) and parts and last[-1:].isalpha() \
                and _WORD_END.fullmatch(raw) and stripped[0].islower():
            parts[-1] += stripped
        elif stripped:
            parts.append(stripped)
        last = raw
    return " ".join(parts)


#: A place after the name: one word ("Berlin", "Zürich", "Baden-Baden").
_PLACE_WORD = re.compile(r"[^\W\d_]{2,}(?:-[^\W\d_]+)?")


def place_after_link(el: Element) -> str | None:
    """The place a byline prints after its last linked name and a comma, as German papers
    do ("Von <a>Henrike Brandt</a>, Berlin"): one capitalised word, not a wire's name
    ("<a>Jane Doe</a>, Reuters" credits the wire). None when there is none.

    >>> from lxml import html
    >>> [place_after_link(html.fromstring(h)) for h in (
    ...     '<span>Von <a href="/r/hb/">Henrike Brandt</a>, Berlin</span>',
    ...     '<span>By <a href="/a/jd/">Jane Doe</a>, Reuters</span>',
    ...     '<span>By <a href="/a/jd/">Jane Doe</a>, John Roe</span>',
    ...     '<span>By <a href="/a/jd/">Jane Doe</a></span>')]
    ['Berlin', None, None, None]
    """
    return _place_after(el, ("a",))


def _place_after(el: Element, name_tags: tuple[str, ...]) -> str | None:
    """`place_after_link` after a last child of one of `name_tags`."""
    last = el[-1] if len(el) else None
    if last is None or last.tag not in name_tags or not last.tail:
        return None
    tail: str = last.tail
    before, _, place = tail.strip().partition(",")
    place = place.strip()
    if before or not _PLACE_WORD.fullmatch(place) or not place[0].isupper() \
            or normalise_agency(place):
        return None
    return place

