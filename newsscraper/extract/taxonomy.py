"""The article's section and tags as the page prints them: breadcrumbs, kickers and trails
above the headline, category and tag links (post classes, term links, tag lists, archive
links), and the printed tags preferred over padded metadata tags.

Separate because section and tags are link texts found by one family of XPaths, independent
of the byline, date and image readers.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING

from lxml import etree

from newsscraper.extract import metadata
from newsscraper.extract.headline import FRAME_TAGS, article_scope, headline_block, headline_wrapper
from newsscraper.extract.pagekind import drupal_page, wordpress_single_post
from newsscraper.page import Element, text_content
from newsscraper.processors import clean_text, split_url

if TYPE_CHECKING:
    from newsscraper.loaders import ArticleLoader
    from newsscraper.page import Page


def prefer_printed_tags(loader: ArticleLoader, page: Page) -> None:
    """All in One SEO pads its article:tag list with the post's categories and keywords,
    lowercased ("floods", "assam"): when the metadata tags name the section too, the
    article's printed tag links are its tags, if the metadata names each of them.
    (Looked at only then: the article's links cost an XPath.)"""
    tags = {t.casefold() for t in loader.get_collected_values("tags")}
    section = loader.get_collected_values("section")
    if not section or section[0].casefold() not in tags:
        return
    printed = [t.strip(" #,;") for t in link_texts(_printed_tag_links(page))]
    if printed and all(t.casefold() in tags for t in printed):
        loader.replace_value("tags", printed)


def headline_tag_label(page: Page) -> Iterable[str]:
    """The tag label above the headline in its header block (`_tag_label_above`). The
    headline is the page's (`Page.h1s`), which may be a titled <h2> standing in for an <h1>
    (POLITICO's `<h2 class="headline">`): the block then holds no <h1> at all."""
    if headline_block(page) is None:
        return ()
    return islice(link_texts(_tag_label_above(page.h1s()[0])), 1)


#: rel-tag links (microformats; WordPress prints rel="category tag" for a post's categories and
#: rel="tag" for its tags) in the article: the printed section and tags. `[@rel]` first: most
#: links have none, and the string tests on every link cost 2-4x the walk.
CATEGORY_LINKS = etree.XPath(
    "descendant::a[@rel][contains(concat(' ', normalize-space(@rel), ' '), ' category ')]")
_TAG_LINKS = etree.XPath(
    "descendant::a[@rel][contains(concat(' ', normalize-space(@rel), ' '), ' tag ') and "
    "not(contains(concat(' ', normalize-space(@rel), ' '), ' category '))]")
_TAG_LINKS_BEFORE = etree.XPath(
    "preceding::a[@rel][contains(concat(' ', normalize-space(@rel), ' '), ' tag ')]")


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
    "(descendant::*/@class[contains(string(), 'field--name-field-tags')]/..)[1]/descendant::a")
#: German papers' topic pages ("Themen: <a href=/thema/wohnungsbau/>"), outside the text.
_THEMA_LINKS = etree.XPath("descendant::a[contains(@href, '/thema/')][not(ancestor::p)]")
#: Italian papers' likewise ("Argomenti: <a href=/argomenti/ftse-mib>", Il Sole 24 Ore's and
#: Corriere's topic pages).
_ARGOMENTI_LINKS = etree.XPath(
    "descendant::a[contains(@href, '/argomenti/')][not(ancestor::p)]")


def term_links(page: Page) -> Iterator[str]:
    """Tags linked to the CMS's term pages, when no rel="tag" link is printed."""
    scope = article_scope(page)
    links = _printed_tag_links(page) or _TERM_LINKS(scope)
    if not links and drupal_page(page):
        links = _FIELD_TAG_LINKS(scope)
    if not links and (page.lang or "").lower().startswith("de"):
        links = _THEMA_LINKS(scope)
    elif not links and (page.lang or "").lower().startswith("it"):
        links = _ARGOMENTI_LINKS(scope)
    return link_texts(links)
#: A list classed "tags" inside the element the page's schema.org microdata marks as the
#: article around the headline (Joomla's com_tags layout prints <ul class="tags list-inline">
#: <li><a href="/component/tags/tag/…"> there, with no rel="tag"): its links, when they are all
#: the list says (a line of names, not a paragraph that mentions tags). Only the microdata
#: item is searched: the whole article scope costs ~0.06 ms a page on the dev corpus.
_MICRODATA_ARTICLE = etree.XPath(
    "ancestor::*[@itemscope][contains(@itemtype, 'Article') or "
    "contains(@itemtype, 'BlogPosting')][1]")
_TAG_LISTS = etree.XPath(
    "descendant::*/@class[contains(concat(' ', normalize-space(), ' '), ' tags ') or "
    # A prefixed class too: "post-tags", BEM blocks ("fig-tags").
    "contains(concat(' ', normalize-space(), ' '), '-tags ')]/..")
#: The <article> that holds the headline, when no microdata names the item, and the lists
#: among its own children (the whole <article>'s classes cost ~1 % of extraction).
_HEADLINE_ARTICLE = etree.XPath("ancestor::article[1]")
#: Each class is first tested for a piece every name below holds ("ag", "_topics__"): one
#: cheap test, where most classes fail, before the normalised ones.
_CHILD_TAG_LISTS = etree.XPath(
    "*/@class[contains(string(), 'ag') or contains(string(), '_topics__')]"
    "[contains(concat(' ', normalize-space(), ' '), ' tags ') or "
    "contains(concat(' ', normalize-space(), ' '), '-tags ') or "
    # "tag-list": the block of topic links under the text of British regional templates.
    "contains(concat(' ', normalize-space(), ' '), ' tag-list ') or "
    # BEM and camelCase blocks: "news-detail__tags" (1C-Bitrix), "article__tags", "newsTags".
    "contains(concat(' ', normalize-space(), ' '), '_tags ') or "
    "contains(concat(' ', normalize-space(), ' '), 'Tags ') or "
    # A block named for its tags first: "tags-wrapper", "tags-list", "tags-box".
    "contains(concat(' ', normalize-space()), ' tags-') or "
    # A CSS Modules block, its name between the file's and the hash ("styles_tags__x1Y2z",
    # "styles_topics__t7Ju3": Mediahuis's "Read more on" topic links under the text).
    "contains(string(), '_tags__') or contains(string(), '_topics__')]/.. | "
    # BBC News's "Related topics" block, named by its component (its classes are hashes);
    # ABC News's "Topic:" list ("TopicList"), as React components name it.
    "*/@data-component[string() = 'tags' or string() = 'TagList' or string() = 'TopicList']/..")
#: Deeper in that <article>, a list classed "-tags" in the wrappers around the text (Fox
#: News's `div.article-tags`, "Related Topics", in the footer of the text's column, four levels
#: down): looked for only when no child lists it, and never inside the text's paragraphs.
#: Or "-topics" (`div.article-topics`, "Read more: <a href=/topic/…>" under an Israeli
#: WordPress paper's text). A cheap test first, as above: both names hold "-t".
_NESTED_TAG_LISTS = etree.XPath(
    "(*/*/@class | */*/*/@class | */*/*/*/@class)[contains(string(), '-t')]"
    "[contains(concat(' ', normalize-space(), ' '), '-tags ') or "
    "contains(concat(' ', normalize-space(), ' '), '-topics ')]/..")
#: A box of tags named in the singular ("box-tag", VnExpress's `div.box-tag` of `h4.item-tag`
#: links) in a block after the headline, one level down (the text column's footer), or a
#: BEM block of tags ("tags__container", India Today's under the text).
_FOOTER_TAG_BOXES = etree.XPath(
    "following-sibling::*/*/@class[contains(concat(' ', normalize-space(), ' '), '-tag ') or "
    "contains(concat(' ', normalize-space()), ' tags__')]/..")
#: The article's tag list beside the header block, after it, where no <article> holds the
#: story (Sky News: `div.sdc-article-tags` a sibling of `div.sdc-article-header` in <main>).
_TAGS_AFTER_HEADER = etree.XPath(
    "following-sibling::*/@class[contains(concat(' ', normalize-space(), ' '), 'article-tags ')"
    " or contains(concat(' ', normalize-space(), ' '), 'story-tags ')]/..")
#: More links than an article's own tag list holds: a tag cloud.
MAX_TAG_LINKS = 20


def tag_list_links(page: Page) -> list[Element]:
    """The links of the first list classed "tags" in the microdata article item (else the
    <article>) that holds the headline (a sidebar's tag cloud is no post's tags).

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def tags(html): return [a.text for a in tag_list_links(Page(
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

    Or the post's own list anywhere on the page, by WordPress's name for it ("entry-tags"):
    meedia's `ul.entry-tags__list` in a grid slot beside the <article>, once on the page.

    >>> wp = '<body class="single postid-7">'
    >>> entry = ('<ul class="entry-tags__list"><span class="entry-tags__title">Schlagworte'
    ...          '</span><li><a href="/tag/a/">A</a></li><li><a href="/tag/b/">B</a></li></ul>')
    >>> tags(f'{wp}<div><article><h1>T</h1><p>x</p></article></div><div><aside>{entry}'
    ...      '</aside></div>')
    ['A', 'B']
    >>> tags(f'{wp}<article><h1>T</h1><p>x</p></article><div>{entry}</div><div>{entry}</div>')
    []

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
        if story[0] is not None and story[0].tag not in FRAME_TAGS:
            boxes = _CHILD_TAG_LISTS(story[0])
            if not boxes and article:  # deeper only inside the story's own <article>
                boxes = _NESTED_TAG_LISTS(article[0])
            if not boxes:
                boxes = _FOOTER_TAG_BOXES(h1s[0])
            if not boxes and not article:
                header = headline_wrapper(h1s[0]).getparent()
                if header is not None and header.tag not in FRAME_TAGS:
                    boxes = _TAGS_AFTER_HEADER(header)
            # The headline's own header block (a few lines, not the text): the list beside it.
            header = story[0] if not boxes and not article else None
            outer = header.getparent() if header is not None else None
            if header is not None and outer is not None and outer.tag not in FRAME_TAGS and len(
                    list(islice(header.iter("p"), MAX_HEADER_LINES + 1))) <= MAX_HEADER_LINES:
                boxes = _CHILD_TAG_LISTS(outer)
    if not boxes and h1s and wordpress_single_post(page):
        named = {box for box in _ENTRY_TAG_LISTS(page.root)
                 if any(c.startswith("entry-tags") for c in box.get("class", "").split())}
        boxes = [box for box in named if not any(a in named for a in box.iterancestors())]
        boxes = boxes if len(boxes) == 1 else []  # the post's, not a related posts loop's
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


#: WordPress's name for a post's tag list ("entry-tags", BEM's "entry-tags__list"; the
#: "entry-" blocks are the post's own: "entry-title", "entry-content"); the outermost is
#: the list, not its "entry-tags__title" label. Looked for last, over the whole page (~1 ms
#: on a large one: on a WordPress post's page only), as some themes print it outside the
#: post's <article>.
_ENTRY_TAG_LISTS = etree.XPath("descendant::*/@class[contains(string(), 'entry-tags')]/..")
_TAG_SEPARATORS = ",;|·•/#"
#: A header block prints the headline's few lines (kicker, date, source), not the text.
MAX_HEADER_LINES = 3
#: "Schlagwörter:", "Relatedtopics:" (spaces removed): a tag list's label.
MAX_TAG_LABEL_CHARS = 16
#: Printed breadcrumb trails, which sites print above the headline: elements classed so
#: before the <h1>. Looked for there only (~0.13 ms a page; the whole body costs 0.3-0.7 ms).
#: French templates name the trail "fil d'Ariane" (`ol.fil-ariane`), others "crumbs".
#: A trail marked otherwise than by its class is one too: named by its id (`nav#breadcrumb`,
#: Yoast's `#breadcrumbs`; only so: a "breadcrumb_ctr" id wraps a trail and more),
#: by its ARIA label (`<nav aria-label="Breadcrumb">`, the WAI pattern), or declared a schema.org
#: BreadcrumbList in microdata or RDFa (`<ol typeof="BreadcrumbList">`), where the page's
#: metadata names no section. A `<nav aria-label="Breadcrumb">` may hold the <h1> itself,
#: printed as the trail's last item (an SEO headline).
#: Each test steps to its attribute and back, as `_CLASSED_BREADCRUMBS`: five walks over the
#: attributes cost less than the seven tests on every element before the <h1> (0.64 against
#: 1.67 ms a dev page, the same elements).
_BREADCRUMBS = etree.XPath(
    # "ariane": French templates' "fil-ariane"
    "preceding::*/@class[contains(string(), 'crumb') or contains(string(), 'ariane')]/.."
    " | preceding::*/@id[string() = 'breadcrumb' or string() = 'breadcrumbs']/.."
    " | preceding::*/@aria-label[contains(string(), 'readcrumb')]/.."
    " | preceding::*/@itemtype[contains(string(), 'BreadcrumbList')]/.."
    " | preceding::*/@typeof[string() = 'BreadcrumbList']/.."
    " | ancestor::nav[contains(@aria-label, 'readcrumb')]")
#: The same walk for trails marked by class alone: a page whose bytes mark none otherwise
#: (`_marked_otherwise`) is spared the wider test on every element before the <h1> (it cost
#: 0.3 ms a page on CMS pages without a trail, 7 times the class test).
_CLASSED_BREADCRUMBS = etree.XPath(
    "preceding::*/@class[contains(string(), 'crumb') or contains(string(), 'ariane')]/..")
#: An id or ARIA label attribute whose value runs on to "…readcrumb…", its start in view.
_ID_OR_LABEL_BEFORE = re.compile(rb"""(?:\bid|aria-label)\s*=\s*["']?[^"'<>]*$""", re.I)


def _marked_otherwise(raw: bytes) -> bool:
    """Could the page mark a trail by id, ARIA label or schema.org type (`_BREADCRUMBS`)?
    Told from the bytes: a "BreadcrumbList", or "readcrumb" inside an id or aria-label
    value. Unknown bytes (a page built in memory) could.

    >>> _marked_otherwise(b'<ol class="breadcrumb">'), _marked_otherwise(b"<nav id='breadcrumbs'>")
    (False, True)
    >>> _marked_otherwise(b'<nav aria-label="Breadcrumb">'), _marked_otherwise(b"")
    (True, True)
    """
    if not raw:
        return True
    # "BreadcrumbList" holds "readcrumb": a page without the one has neither, told in one scan
    # of the bytes (most pages), and the type name starts at most a byte before the first.
    at = raw.find(b"readcrumb")
    if at != -1 and raw.find(b"BreadcrumbList", max(0, at - 1)) != -1:
        return True
    while at != -1:
        if _ID_OR_LABEL_BEFORE.search(raw, max(0, at - 60), at):
            return True
        at = raw.find(b"readcrumb", at + 1)
    return False
#: A trail is a line of a few links ("url-breadcrumb" on a whole <article> is no trail),
#: measured without the indentation templates print between its items (Joomla's
#: mod_breadcrumbs: ~100 visible characters in ~320 raw ones).
MAX_TRAIL_CHARS = 300


def _archive_crumb(text: str) -> bool:
    """Does a crumb name a date archive ("2015", "KW 15": heise's "Mac & i > News > 2015 >
    KW 15 > headline"), not a section? Its digits are as many as its letters.

    >>> [_archive_crumb(t) for t in ("2015", "KW 15", "11.02.2025", "Fórmula 1 2024", "Web3")]
    [True, True, True, False, False]
    """
    digits = sum(c.isdigit() for c in text)
    return digits > 0 and digits >= sum(c.isalpha() for c in text)


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
    >>> aria = html.replace('ol class="breadcrumb"', 'nav aria-label="Breadcrumb"').replace(
    ...     "</ol><h1>Inflation soars</h1>", "<h1>Inflation soars</h1></nav>")
    >>> printed_breadcrumb_section(Page(url="https://x.example/business/a-1",
    ...                                 root=lxml.html.document_fromstring(aria)))
    ['Business']
    >>> indented = html.replace("<li>", "<li>" + " " * 120)
    >>> printed_breadcrumb_section(Page(url="https://x.example/business/a-1",
    ...                                 root=lxml.html.document_fromstring(indented)))
    ['Business']
    """
    h1s = page.h1s()
    if not h1s:
        return []
    own = {split_url(url).path.rstrip("/") for url in (page.url, page.canonical or page.url)}
    headlines = metadata.headline_keys(page)
    walk = _BREADCRUMBS if _marked_otherwise(page.raw) else _CLASSED_BREADCRUMBS
    trails = walk(h1s[0])[:3]
    for trail in trails:
        if len(" ".join(text_content(trail).split())) > MAX_TRAIL_CHARS:
            continue
        # A wrapper ("div.breadcrumb-wrap") around an empty trail list and other links (a
        # featured-links box) prints no trail.
        lists = [other for other in trails
                 if other.tag in ("ul", "ol", "nav") and trail in other.iterancestors()]
        if lists and all(next(other.iter("a"), None) is None for other in lists):
            continue
        crumbs = [text for a in trail.iter("a")
                  if (path := split_url(a.get("href", "")).path.rstrip("/")) and path not in own
                  and (text := clean_text(text_content(a))) and text.casefold() not in headlines
                  and not _archive_crumb(text)]
        section = metadata.innermost_section(crumbs)
        return [section] if section else []
    return []


#: WordPress's default permalinks put a category archive at …/category/<slug>/, a tag archive
#: at …/tag/<slug>/ and a date archive at …/2024/12/ or …/2024/12/17/. Themes that print no
#: rel="category tag" / rel="tag" (Newsup) still link the post's categories, tags and date
#: there, in the block that holds the headline; menus and the headline's own link aside.
ARCHIVE_LINKS = {
    kind: etree.XPath(f"descendant::a[contains(@href, '/{kind}/') and not(ancestor::h1 or "
                      "ancestor::nav or ancestor::*[contains(@class, 'menu')])]")
    for kind in ("category", "tag")
}


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


def post_category_texts(scope: Element) -> Iterator[str]:
    post = scope if scope.tag == "article" else next(scope.iterancestors("article"), None)
    links = _post_term_links(post, scope, "category") if post is not None else []
    return (text_content(a) for a in links)


def post_tag_links(page: Page) -> list[Element]:
    """The links to the post's own tags (…/tag/<slug>/ for each post_class() "tag-<slug>"),
    in printed order.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> html = ('<html><body><div class="post-7 post type-post hentry tag-bmc tag-air-quality">'
    ...         '<h1>Smog</h1><a href="/tag/air-quality/">Air Quality</a>, '
    ...         '<a href="/tag/bmc/">BMC</a><aside><a href="/tag/cricket/">Cricket</a></aside>'
    ...         '</div></body></html>')
    >>> page = Page(url="u", root=lxml.html.document_fromstring(html))
    >>> [a.text for a in post_tag_links(page)]
    ['Air Quality', 'BMC']

    After the post's element, in its parent (Sahifa's `p.post-tag` after the `</article>`):

    >>> html = ('<html><body><div><article class="post type-post tag-bmc"><h1>Smog</h1></article>'
    ...         '<p class="post-tag">Tagged with: <a href="/tag/bmc/" rel="tag">BMC</a></p>'
    ...         '</div></body></html>')
    >>> [a.text for a in post_tag_links(Page(url="u", root=lxml.html.document_fromstring(html)))]
    ['BMC']
    """
    h1s = page.h1s()
    posts = _POST_ELEMENT(h1s[0]) if h1s else []
    if not posts:
        return []
    links = _post_term_links(posts[0], posts[0], "tag")
    if not links and (parent := posts[0].getparent()) is not None and parent.tag != "body" \
            and _POST_TERM_CLASS["tag"].search(posts[0].get("class", "")):
        # Printed right after the post's element: TieLabs' Sahifa closes its
        # `article.post-listing` before `<p class="post-tag">Tagged with: <a rel="tag">…`.
        links = _post_term_links(posts[0], parent, "tag")
    return links


def link_texts(links: Iterable[Element]) -> Iterator[str]:
    return (text for text in (clean_text(text_content(a)) for a in links) if text)


#: A section label is a word or a few ("National", "Middle East"), not a teaser's headline.
MAX_KICKER_CHARS = 30
_NOT_SLUG = re.compile(r"[\W_]+")


def kicker_section(h1: Element) -> list[str]:
    """The section a kicker right above the headline names: one link whose address ends in
    the label's own slug (`<div class="cat-name"><a href="/national">National</a></div>`).

    >>> import lxml.html
    >>> def kicker(html): return kicker_section(lxml.html.fragment_fromstring(
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

    >>> kicker_section(lxml.html.fragment_fromstring('<div><div><a href="/sections/health/">'
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
    path = split_url(links[0].get("href") or "").path.rstrip("/")
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


def trail_above(h1: Element) -> list[str]:
    """The innermost section of an unclassed trail right above the headline: a short line
    of two to four links and separators only (Korean CMSs' `<p class="section_name"><a>사회
    </a> &gt; <a>지역</a></p>`), the home link aside.

    >>> import lxml.html
    >>> def trail(html): return trail_above(lxml.html.fragment_fromstring(
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
    crumbs = [text for a in links if split_url(a.get("href") or "").path.rstrip("/")
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

