"""What kind of page this is: an article, or a listing, tag, author, search or static page.

Read from the page itself, for pages whose address says nothing (a saved portal's
`page0042.html`): teaser lists, and the markers the common CMSs print for the kind of page
they render (WordPress, Joomla and Drupal in `<body class>`, Blogger and Quintype in the data
their scripts carry). A rule that skipped a real article would lose it, so each names only
kinds of page that never are one. `extract._skip_reason` asks these after the address rules.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lxml import etree

from newsscraper.extract import metadata
from newsscraper.extract.votes import voters
from newsscraper.page import Element, is_logo_heading, text_content
from newsscraper.processors import is_date_line, join_url

if TYPE_CHECKING:
    from newsscraper.page import Element, Page

#: Teaser <article>s; WordPress prints each comment in an <article class="comment-body"> too,
#: and a post with a few comments is not a listing. An <article> inside another is no teaser
#: either: a story's embedded posts (Drupal's `<article class="media media-instagram">` in
#: the text) are, and a listing prints its cards side by side.
_TEASERS = etree.XPath(
    "count(//body//article[not(contains(@class, 'comment') or ancestor::article"
    " or ancestor::*[@id = 'comments'"
    " or contains(@class, 'comment-list') or contains(@class, 'commentlist')])])")
#: Linked sub-headlines (teaser lists): a link inside the headline, or a headline inside the
#: link (React card components wrap the whole <h2> in the story's <a>). Name tests, not a
#: predicate on every element.
_HEADLINE_LINKS = etree.XPath("count(//body//h2/a | //body//h3/a | //body//a/h2 | //body//a/h3)")
#: The same, less a menu's items: a small site's navigation printed as linked <h3>s
#: ("首页", "医院概况", "Home", "Sport") names a section in a word or two, a teaser's link its
#: story in a headline. A link of some text under `MIN_TEASER_LINK_CHARS` characters is no
#: teaser; one of none still counts (a card its script fills, a row of icons: no menu's).
MIN_TEASER_LINK_CHARS = 8
_TEASER_HEADLINE_LINKS = etree.XPath(
    f"count((//body//h2/a | //body//h3/a | //body//a/h2 | //body//a/h3)"
    f"[not(string-length(normalize-space()) > 0"
    f" and string-length(normalize-space()) < {MIN_TEASER_LINK_CHARS})])")
#: Quintype (malibu) pages carry their store as JSON in <script id="static-page">, opening
#: with the page type: '{"qt":{"pageType":"section-page",...'. Found in the raw bytes
#: (scripts are not kept in the tree); the pattern starts with a literal, found fast.
_QT_PAGE_TYPE = re.compile(rb'id="static-page">\s*\{"qt":\{"pageType":"([a-z-]{1,40})"')
#: Linked headlines enough for a page to be asked whether its CMS calls it a listing.
MIN_MARKED_TEASERS = 5
#: Quintype's listing page types (PAGE_TYPE in malibu's isomorphic/constants); a story is
#: "story-page" (or an AMP/preview/visual-story variant), never one of these.
_QT_LISTING_PAGES = frozenset({"home-page", "section-page", "tag-page", "author-page",
                               "search-page", "collection-page", "authors-page"})
#: schema.org microdata posts of a Blog: a listing declares one per teaser (Joomla's blog and
#: featured views, Blogger's home and label pages); a post page declares itself, once.
_BLOG_POSTS = etree.XPath("count(//body//@itemprop[string() = 'blogPost'])")


#: Root elements of XML documents that are not web pages: feeds (RSS, Atom, RSS 1.0) and
#: sitemaps. Saved as ".html" (`wget -E` names a feed's address "feed/index.html") they
#: parse as HTML with the feed's root in <body>, and its items' text read as one story.
_XML_ROOTS = {"rss": "an RSS feed", "feed": "an Atom feed", "rdf:rdf": "an RSS feed",
              "urlset": "a sitemap", "sitemapindex": "a sitemap index"}


def xml_document(page: Page) -> str | None:
    """What XML document `page` is, if its bytes are a feed or a sitemap, not HTML.

    >>> from scrapy.http import HtmlResponse
    >>> from newsscraper.page import Page
    >>> def kind(html): return xml_document(Page.from_response(HtmlResponse(
    ...     "https://example.com/feed/", body=html, encoding="utf-8")))
    >>> kind('<?xml version="1.0"?> <rss version="2.0"> <channel><item><title>Story'
    ...      '</title></item></channel></rss>')
    'an RSS feed'
    >>> kind('<html><body><feed>Latest</feed><p>A story.</p></body></html>')
    """
    body = page.root.find("body")
    first = body[0] if body is not None and len(body) else None
    if first is None or not isinstance(first.tag, str) or (first.text or "").strip() \
            or (body.text or "").strip():
        return None
    return _XML_ROOTS.get(first.tag.lower())


#: The bytes a JSON document opens with (after a byte-order mark and white space): an object or
#: an array. No HTML page opens so.
_JSON_START = re.compile(rb"(?:\xef\xbb\xbf)?\s*[\[{]\s*[\"\[{\]}]")


def json_document(page: Page) -> bool:
    """Are the page's bytes a JSON document, not HTML? A mirror saves WordPress's REST answers
    (`/wp-json/wp/v2/posts/48213`) as ".html" files; parsed as HTML they are one paragraph
    of JSON, read as a page without a title.

    >>> from newsscraper.page import Page
    >>> import lxml.html
    >>> def kind(raw): return json_document(Page(url="u", root=lxml.html.fromstring("<p>x</p>"),
    ...                                          raw=raw))
    >>> kind(b'{"id":48213,"title":{"rendered":"Story"}}'), kind(b' [{"id":1}]'), kind(b"[]")
    (True, True, True)
    >>> kind(b"<!doctype html><p>{x}</p>"), kind(b"[Updated] Story text")
    (False, False)
    """
    return _JSON_START.match(page.raw) is not None


def web_story(page: Page) -> bool:
    """A Web Story (AMP's story format: the "Web Stories" WordPress plugin, a portal's
    "/web-stories/<slug>/"): `<body>` holds an `<amp-story>`, as the format requires, whose
    slides print a line or two each. Its JSON-LD says "Article", but the slides' captions
    strung together are no story's text; a post that shows a story embeds an
    `<amp-story-player>`, never the document's own element.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def kind(body): return web_story(Page(url="u", root=lxml.html.fromstring(
    ...     f"<html><body>{body}</body></html>")))
    >>> kind("<amp-story standalone><amp-story-page id='p1'><p>Slide.</p></amp-story-page>"
    ...      "</amp-story>"), kind("<p>Text.</p><amp-story-player><a href='/s/'>S</a>"
    ...      "</amp-story-player>")
    (True, False)
    """
    body = page.root.find("body")
    return body is not None and body.find("amp-story") is not None


#: WP-Print (the "wp-print" plugin's print-posts.php) prints a post's print copy at
#: "<post>/print/" or "?print=1": the title in `<p id="BlogTitle">`, the text in
#: `<div id="BlogContent">`, and "Article printed from …", "URL to article: …" under it.
#: Looked for near the top of <body> only (the template nests it two levels down: `main.center >
#: div.Post`): a search of the whole tree, or of the raw bytes, costs on every page. The title
#: first: the union of the <p>s up there is smaller than the <div>s' (3.5 against 8 µs a page).
_WP_PRINT = etree.XPath(
    "boolean((/html/body/p | /html/body/*/p | /html/body/*/*/p)[@id = 'BlogTitle']"
    "/../div[@id = 'BlogContent'])")


#: Drupal's print module (print.tpl.php; the printable module after it): the story again
#: in `div.print-content` under the "Published on …" `div.print-site_name`, closed by the
#: "Source URL:" line.
#: Its parts are <body>'s own children: looked for there alone (a whole-page walk cost).
_DRUPAL_PRINT = etree.XPath(
    "boolean(/html/body/div[@class = 'print-source_url'] | /html/body/div[@class ="
    " 'print-content'][preceding-sibling::div[@class = 'print-site_name']])")


def print_copy(page: Page) -> bool:
    """A post's print copy (WP-Print's template; Drupal's print module), which a mirror saves
    beside the post: the same story again under another address, with the site's name over
    the title, no date metadata and the plugin's "Article printed from" or "Source URL:"
    lines. The post itself gives the record.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> html = ('<html><body><main class="center"><div class="Post"><p id="BlogTitle">Story</p>'
    ...         '<div id="BlogContent"><p>Text.</p></div></div></main></body></html>')
    >>> print_copy(Page(url="u", root=lxml.html.fromstring(html)))
    True
    >>> print_copy(Page(url="u", root=lxml.html.fromstring("<html><body><p>x</p></body></html>")))
    False
    >>> print_copy(Page(url="u", root=lxml.html.fromstring(
    ...     '<html><body><div class="print-site_name">Published on Site</div><div class='
    ...     '"print-content"><h1 class="print-title">Story</h1><p>Text.</p></div></body></html>')))
    True
    """
    return bool(_WP_PRINT(page.root)) or bool(_DRUPAL_PRINT(page.root))


#: WordPress names the kind of page in <body class>: a post is "single", a static page "page",
#: and listings "home", "blog", "archive", "category", "tag", "author", "search", "error404".
_WORDPRESS_NON_ARTICLE = frozenset({"page", "home", "blog", "archive", "category", "tag",
                                    "author", "search", "error404", "date"})
_BODY_CLASS = etree.XPath("string(/html/body/@class)")
#: The card WordPress renders at a post's "/embed/" address (wp-includes/theme-compat/
#: embed-content.php): the post's own <body class> ("single postid-…") around a
#: <div class="wp-embed …"> holding the title, the excerpt and "Continue reading".
_WORDPRESS_EMBED = etree.XPath(
    "boolean(/html/body/div[contains(concat(' ', normalize-space(@class), ' '), ' wp-embed ')])")


def _body_class(page: Page) -> str:
    """The page's <body class>, read once: the WordPress, Joomla and Drupal rules all ask."""
    return page.memo("body_class", lambda p: str(_BODY_CLASS(p.root)))


#: AMP for WP prints its own <body class>, not body_class(): a post is "single-post
#: amp-single", a static page "single-post amp-single-page" (Swift's `amp_header_core`,
#: design 1's single.php), listings "amp-archive", "amp-index amp-home" (home) or
#: "amp_home_body" (designs 1-3 and Swift's search view). A saved "…/about-us/amp/" names its
#: page only by its canonical link, which says nothing at an "/editorial-policy/" address.
_AMPFORWP_NON_ARTICLE = frozenset({"amp-single-page", "amp-archive", "amp-index",
                                   "amp_home_body"})
#: The single views of post types that are never articles, by the class body_class() prints
#: for them ("single-<post type>"): a media file's page, an event of The Events Calendar
#: (`tribe_events`: a date, a venue and a blurb). WooCommerce's "single-product" is asked
#: with its own "woocommerce" class (a review site may name a post type "product").
_WORDPRESS_NON_ARTICLE_SINGLES = frozenset({"single-attachment", "single-tribe_events"})
#: body_class() tokens only WordPress prints: on a search view "search" comes with
#: "search-results" or "search-no-results", whatever classes the theme adds.
_WORDPRESS_ONLY = ("archive", "home", "blog", "error404", "search-results", "search-no-results")


def wordpress_non_article(page: Page) -> bool:
    """A WordPress static page or listing by its <body class> (a saved page without its web
    address has no URL to tell by): no "single" (post) class, and a page or listing class;
    AMP for WP's copies of such pages by the classes that plugin prints instead.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def kind(cls): return wordpress_non_article(Page(
    ...     url="u", root=lxml.html.fromstring(f'<html><body class="{cls}"><p>x</p></body>')))
    >>> kind("page-template-default page page-id-2"), kind("single single-post postid-9")
    (True, False)
    >>> kind("archive category category-india"), kind("page")  # "page" alone: not WordPress
    (True, False)
    >>> kind("attachment single single-attachment postid-7 attachmentid-7 attachment-jpeg")
    True
    >>> kind("product-template-default single single-product postid-48600 woocommerce")
    True
    >>> kind("tribe_events-template-default single single-tribe_events postid-48700")
    True
    >>> kind("search search-results soledad-ver-8-5-9"), kind("search")  # no wp-… class
    (True, False)
    >>> kind("body single-post amp-single-page 9 post-id-9 singular-9 page 1.1.2")
    True
    >>> kind("body single-post 48213 post-id-48213 singular-48213 amp-single post 1.1.2")
    False
    """
    cls = _body_class(page)
    classes = set(cls.split())
    if not classes.isdisjoint(_WORDPRESS_NON_ARTICLE_SINGLES) or _WORDPRESS_EMBED(page.root):
        return True  # a media file's or an event's own page; a post's embed card
    if "single-product" in classes and "woocommerce" in classes:
        return True  # a WooCommerce product (an e-paper subscription): a shop's blurb
    if "amp" in cls and not _AMPFORWP_NON_ARTICLE.isdisjoint(classes):
        return True
    if "single" in classes or not any(c.startswith(("page-id-", "page-template", "wp-"))
                                      or c in _WORDPRESS_ONLY for c in classes):
        return False
    return not _WORDPRESS_NON_ARTICLE.isdisjoint(classes) and _wordpress_made(page, classes)


#: Words of WordPress's <body class> that other sites' templates print too.
_SHARED_BODY_WORDS = frozenset({"home", "blog"})


#: The stylesheets and scripts a WordPress site loads from its own install.
_WORDPRESS_ASSETS = etree.XPath(
    "boolean(/html/head/link[contains(@href, '/wp-content/') or contains(@href, '/wp-includes/')]"
    " | //script[contains(@src, '/wp-content/') or contains(@src, '/wp-includes/')])")


def _wordpress_made(page: Page, classes: set[str]) -> bool:
    """Is the page WordPress's, when the only WordPress words its <body class> holds are words
    other sites use too ("home", "blog")? A 2010 blog network's post says `<body class="home
    article">`, a blog platform's post `<body class="overlord blog">`: WordPress prints a class
    of its own beside them ("page-id-2", "wp-custom-logo"), or the page loads the install's
    assets or names it as its generator.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def made(html): return _wordpress_made(Page(url="u", root=lxml.html.fromstring(html)),
    ...                                         {"home", "article"})
    >>> made('<html><head><link rel="stylesheet" href="/wp-content/themes/x/style.css">'
    ...      '</head><body><p>x</p></body></html>'), made('<html><body><p>x</p></body></html>')
    (True, False)
    """
    if any(c.startswith(("page-id-", "page-template", "wp-")) for c in classes) \
            or not classes.intersection(_WORDPRESS_ONLY) <= _SHARED_BODY_WORDS:
        return True
    return (page.first_meta("generator") or "").lower().startswith("wordpress") \
        or bool(_WORDPRESS_ASSETS(page.root))


#: Blogger prints the kind of view in the data context its widget script is given
#: (`_WidgetManager._SetDataContext`, Blogger's own output whatever the template): the
#: documented `data:blog.pageType` is "item" for a post and "index" (home, label and search
#: views), "archive", "static_page" (`/p/...`) or "error_page" otherwise. Class names and
#: titles of a Blogger page are the template's, not Blogger's; this is the stable marker.
_BLOGGER_PAGE_TYPE = re.compile(rb"'pageType': '(?:index|archive|static_page|error_page)'")


def blogger_non_article(page: Page) -> bool:
    """A Blogger listing or static page by the page type Blogger declares (a saved page has no
    web address to tell by, and a search view of eight teasers is too few for the teaser count).
    Only pages whose generator meta says "blogger" are searched; a post says "item".

    >>> from scrapy.http import HtmlResponse
    >>> from newsscraper.page import Page
    >>> def kind(kind, generator="blogger"):
    ...     html = (f"<html><head><meta name='generator' content='{generator}'></head><body>"
    ...             "<script>_WidgetManager._SetDataContext([{'name': 'blog', 'data': "
    ...             f"{{'blogId': '1', 'pageType': '{kind}', 'postId': '2'}}}}]);</script>")
    ...     return blogger_non_article(Page.from_response(HtmlResponse(
    ...         url="file:///saved/page0042.html", body=html.encode(), encoding="utf-8")))
    >>> kind("index"), kind("static_page"), kind("item"), kind("index", generator="WordPress")
    (True, True, False, False)
    """
    if page.first_meta("generator") != "blogger":
        return False
    return _BLOGGER_PAGE_TYPE.search(page.raw) is not None


#: Joomla's core components and com_content views that never show one article. Joomla
#: templates (Cassiopeia, Protostar, and most third-party ones) print the request's component
#: and view in <body class> ("site com_content view-category layout-blog", "com_contact
#: view-contact"); a saved page has nothing more general to tell a contact page by, and
#: an article is always "com_content view-article" (third-party components such as K2 are
#: not judged).
_JOOMLA_NON_ARTICLE_COMPONENTS = frozenset({"com_contact", "com_tags", "com_users", "com_search",
                                            "com_finder", "com_newsfeeds", "com_privacy"})
_JOOMLA_CONTENT_LISTING_VIEWS = frozenset({"view-featured", "view-category", "view-categories",
                                           "view-archive"})


def joomla_non_article(page: Page) -> bool:
    """A Joomla listing, tag, contact or search page by the component and view its template
    prints in <body class>.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def kind(cls): return joomla_non_article(Page(
    ...     url="u", root=lxml.html.fromstring(f'<html><body class="{cls}"><p>x</p></body>')))
    >>> kind("site com_content view-article no-layout"), kind("site com_contact view-contact")
    (False, True)
    >>> kind("site com_content view-category layout-blog"), kind("site com_k2 view-item")
    (True, False)
    >>> kind("view-category")  # no component class: not Joomla's
    False
    """
    cls = _body_class(page)
    if "com_" not in cls:
        return False
    classes = set(cls.split())
    if "com_content" in classes:
        return not _JOOMLA_CONTENT_LISTING_VIEWS.isdisjoint(classes)
    return not _JOOMLA_NON_ARTICLE_COMPONENTS.isdisjoint(classes) and any(
        c.startswith("view-") for c in classes)


def k2_listing(page: Page) -> bool:
    """A listing of Joomla's K2 component: its container `div#k2Container` names the view,
    "itemView" for one item and "itemListView" (a category), "userView" (an author's items),
    "tagView", "genericItemListView" (search, a date's items) or "latestView" for lists of
    item intros, each with its "Read more..." link. Templates print no view in <body class>
    for K2 as they do for com_content; K2 prints its own, whatever the template.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def kind(cls): return k2_listing(Page(url="u", raw=b'k2Container', root=lxml.html.
    ...     fromstring('<html><head><link rel="stylesheet" href="/media/k2/assets/css/k2.css">'
    ...                f'</head><body><div id="k2Container" class="{cls}"><p>x</p></div></body>'
    ...                '</html>')))
    >>> kind("itemListView"), kind("userView"), kind("itemView"), kind("k2 itemView")
    (True, True, False, False)
    """
    # K2 links its style sheets in every page's head ("/components/com_k2/css/k2.css",
    # "/media/k2/assets/css/k2.fonts.css"): the head's links first, then the bytes.
    if _declares_article(page) or "k2" not in head_links(page) \
            or b"k2Container" not in page.raw:
        return False
    box = _K2_CONTAINER(page.root)
    return bool(box) and not _K2_LISTING_VIEWS.isdisjoint(str(box[0].get("class", "")).split())


def _declares_article(page: Page) -> bool:
    """The page's JSON-LD holds an Article (no CMS listing's does): the listing rules gated on
    the head's links (`head_links`) are not asked."""
    return any(True for _ in page.jsonld_of_type(*metadata.ARTICLE_OBJECT_TYPES))


def head_links(page: Page) -> str:
    """The `href`s of the `<link>`s in the page's `<head>`, joined by spaces, read once: a
    CMS names itself in its style sheets' paths ("/bitrix/cache/css/…", "com_k2/css/k2.css"),
    a test far cheaper than a search of the page's bytes."""
    return page.memo("head_links", lambda p: " ".join(map(str, _HEAD_LINKS(p.root))))


_HEAD_LINKS = etree.XPath("/html/head/link/@href")
_K2_CONTAINER = etree.XPath('//*[@id="k2Container"]')
_K2_LISTING_VIEWS = frozenset({"itemListView", "userView", "tagView", "genericItemListView",
                               "latestView"})


def bitrix_news_list(page: Page) -> bool:
    """1C-Bitrix's `news.list` component (Russian city portals, agencies' regional sites):
    `div.news-list` holding one `p.news-item`/`div.news-item` a teaser (date, linked title,
    preview text), no `news-detail` of an item, and the component's pager ("Новости 1 - 20 из
    412", its links "?PAGEN_1=2"): a rail of other news beside a custom template's story
    has no pager.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> item = '<p class="news-item"><a href="/n/1/"><b>T</b></a><br>x</p>'
    >>> html = ('<html><head><link href="/bitrix/cache/css/s1/t/styles.css" rel="stylesheet">'
    ...         '</head>'
    ...         f'<body><div class="news-list">{item * 3}<a href="?PAGEN_1=2">2</a></div></body>'
    ...         '</html>')
    >>> bitrix_news_list(Page(url="u", raw=html.encode(), root=lxml.html.fromstring(html)))
    True
    >>> html = html.replace("PAGEN_1", "page")
    >>> bitrix_news_list(Page(url="u", raw=html.encode(), root=lxml.html.fromstring(html)))
    False
    """
    raw = page.raw  # Bitrix's ShowHead() links its "/bitrix/…" style sheets in the head
    if _declares_article(page) or "/bitrix/" not in head_links(page) or b"news-list" not in raw \
            or b"news-detail" in raw or b"PAGEN_" not in raw:
        return False
    return any(len(_NEWS_ITEMS(box)) >= 3 for box in _NEWS_LIST(page.root))


_NEWS_LIST = etree.XPath(
    '//div[contains(concat(" ", normalize-space(@class), " "), " news-list ")]')
_NEWS_ITEMS = etree.XPath(
    './*[contains(concat(" ", normalize-space(@class), " "), " news-item ")]')


#: Drupal's html.html.twig (Olivero, Classy-based and most contrib themes) prints the internal
#: route's first segment in <body class>: "path-node" on every node page, whatever its alias,
#: and "path-frontpage" on the front page. These roots never show one article: the front
#: page, taxonomy term listings, user (author) pages, search results, the contact form.
_DRUPAL_NON_ARTICLE_PATHS = frozenset({"path-frontpage", "path-taxonomy", "path-user",
                                       "path-search", "path-contact"})


def drupal_page(page: Page) -> bool:
    """A page Drupal made: its Generator <meta> ("Drupal 10 (https://www.drupal.org)") or the
    "path-…" route classes its themes print in <body class>. Gates the field-wrapper rules
    (`field--name-field-tags`, `…-image`), whose walk over every class costs on other pages.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> drupal_page(Page(url="u", root=lxml.html.fromstring(
    ...     '<html><body class="path-node"><p>x</p></body></html>')))
    True
    """
    generators = page.meta.get("generator", ())
    return any("drupal" in g.lower() for g in generators) or "path-" in _body_class(page)


def drupal_non_article(page: Page) -> bool:
    """A Drupal listing, user, search or basic page by the classes its theme prints in
    <body class>, Drupal 8 and later's "path-…" or Drupal 7's (a saved page has no web
    address; an author's page prints a short bio and a list of linked titles, an "About us"
    page reads as an undated article).

    A CMS marker, used because nothing more general tells these pages: an article is always
    "path-node" and a page of the standard profile's "Basic page" bundle (static content,
    "page-node-type-page") or a photo gallery's or a video's bundle without a body field of
    its own is judged only when it declares no JSON-LD article.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def kind(cls): return drupal_non_article(Page(
    ...     url="u", root=lxml.html.fromstring(f'<html><body class="{cls}"><p>x</p></body>')))
    >>> kind("path-node page-node-type-article"), kind("path-user"), kind("path-taxonomy")
    (False, True, True)
    >>> kind("path-node page-node-type-page"), kind("path-frontpage"), kind("user-page")
    (True, True, False)
    >>> kind("path-node page-node-type-photo-gallery"), kind("path-node page-node-type-video")
    (True, True)
    >>> drupal_non_article(Page(url="u", root=lxml.html.fromstring(
    ...     '<html><body class="path-node page-node-type-gallery"><div class="field '
    ...     'field--name-body"><p>Storm Darragh battered Wales.</p></div></body></html>')))
    False
    >>> d7 = "html not-front not-logged-in one-sidebar "
    >>> kind(d7 + "page-taxonomy page-taxonomy-term page-taxonomy-term-12"), kind(d7 + "page-user")
    (True, True)
    >>> kind(d7 + "page-node page-node- page-node-123 node-type-article")
    False
    >>> kind(d7 + "page-node node-type-page"), kind(d7 + "page-node node-type-photo-gallery")
    (True, True)
    """
    cls = _body_class(page)
    if "path-" not in cls and "logged-in" not in cls:
        return False  # neither Drupal 8+'s nor Drupal 7's <body class>
    classes = set(cls.split())
    if "path-" in cls:
        if not _DRUPAL_NON_ARTICLE_PATHS.isdisjoint(classes):
            return True
        node, prefix = "path-node" in classes, "page-node-type-"
    elif _drupal7_classes(classes):  # Drupal 7's classes ("front", "page-taxonomy-term", …)
        if not _DRUPAL7_NON_ARTICLE_PAGES.isdisjoint(classes):
            return True
        node, prefix = "page-node" in classes, "node-type-"
    else:
        return False
    if not node or metadata.article_objects(page):
        return False
    if f"{prefix}page" in classes:
        return True
    # A gallery or video node with no text field of its own: photos and their captions, or
    # an embed. One whose body field tells the story beside them is an "In pictures" article.
    return any(f"{prefix}{b}" in classes for b in _DRUPAL_MEDIA_BUNDLES) \
        and not _DRUPAL_BODY_FIELD(page.root)


def drupal_media_kind(page: Page) -> str | None:
    """What a Drupal node of a video, audio or gallery bundle is ("a video page"), by the
    <body class> its theme prints ("page-node-type-video", Drupal 7's "node-type-video");
    None for any other page. Asked only of a page whose text was too short to be a story:
    a video's page with an embed and one line is that page for as long as it exists, not an
    article whose body is missing for now.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def kind(cls): return drupal_media_kind(Page(
    ...     url="u", root=lxml.html.fromstring(f'<html><body class="{cls}"><p>x</p></body>')))
    >>> kind("path-node page-node-type-video"), kind("html not-front not-logged-in page-node "
    ...                                               "node-type-photo-gallery")
    ('a video page', 'a photo gallery')
    >>> kind("path-node page-node-type-article"), kind("path-node page-node-type-podcast")
    (None, 'an audio page')
    """
    cls = _body_class(page)
    if "node-type-" not in cls:
        return None
    for name in cls.split():
        bundle = name.removeprefix("page-node-type-").removeprefix("node-type-")
        if bundle != name and bundle in _DRUPAL_MEDIA_BUNDLES:
            return _DRUPAL_MEDIA_KINDS.get(bundle, "a photo gallery")
    return None


#: What a media bundle's page is, for the skip's reason (the rest are galleries).
_DRUPAL_MEDIA_KINDS = {"video": "a video page", "videos": "a video page",
                       "video-gallery": "a video page", "podcast": "an audio page",
                       "audio": "an audio page"}


def _drupal7_classes(classes: set[str]) -> bool:
    """Drupal 7's html.tpl.php <body class>: "html", then "front" or "not-front", then
    "logged-in" or "not-logged-in", whatever the theme adds.

    >>> _drupal7_classes({"html", "not-front", "not-logged-in", "page-node"})
    True
    >>> _drupal7_classes({"html", "front"})
    False
    """
    return "html" in classes and ("front" in classes or "not-front" in classes) \
        and ("not-logged-in" in classes or "logged-in" in classes)


#: Drupal 7 names the route in <body class> by its path: "front" on the front page,
#: "page-taxonomy-term" on a term's listing, "page-user" on a user's, "page-search" and
#: "page-contact"; a node page is "page-node" with "node-type-<bundle>".
_DRUPAL7_NON_ARTICLE_PAGES = frozenset({"front", "page-taxonomy-term", "page-user",
                                        "page-search", "page-contact"})
#: The photo gallery and video bundles a newsroom adds beside "article", as
#: "page-node-type-…" (Drupal 8 and later) or "node-type-…" (Drupal 7) names them.
_DRUPAL_MEDIA_BUNDLES = ("gallery", "photo-gallery", "photogallery", "image-gallery", "photo",
                         "photos", "video", "videos", "video-gallery", "podcast", "audio")
#: Drupal's body field, the text of a node (`field--name-body`; Drupal 7's `field-name-body`),
#: anywhere in the page.
_DRUPAL_BODY_FIELD = etree.XPath(
    "boolean(//body//@class[contains(., 'field--name-body') or contains(., 'field-name-body')])")


#: The AMP plugin's legacy Reader template's article with nothing but its title and text:
#: no post meta (byline, time, categories) and no article footer.
_AMP_READER_PAGE = etree.XPath(
    "boolean(/html/body//article[@class = 'amp-wp-article'][header[@class ="
    " 'amp-wp-article-header']][not(.//*[contains(@class, 'amp-wp-meta')"
    " or @class = 'amp-wp-article-footer'])])")


def amp_plugin_static_page(page: Page) -> bool:
    """A WordPress static page as the official AMP plugin's Reader mode prints it ("About us",
    "Our team" at "…/?amp=1"): its legacy template prints no <body class>, but its own
    JSON-LD names the page "WebPage" where a post is "BlogPosting" (`is_page() ? 'WebPage'
    : 'BlogPosting'`), with the headline and mainEntityOfPage of its shape, which Yoast's
    WebPage never has. Asked only of pages whose generator <meta> names the plugin.

    >>> from scrapy.http import HtmlResponse
    >>> from newsscraper.page import Page
    >>> def kind(kind, generator="AMP Plugin v2.5.5; mode=reader; theme=legacy"):
    ...     html = (f"<html><head><meta name='generator' content='{generator}'>"
    ...             '<script type="application/ld+json">{"@context": "http://schema.org", '
    ...             f'"@type": "{kind}", "mainEntityOfPage": "https://x.in/our-team/", '
    ...             '"headline": "Our Team"}</script></head><body><p>x</p></body></html>')
    ...     return amp_plugin_static_page(Page.from_response(HtmlResponse(
    ...         url="https://x.in/our-team/?amp=1", body=html.encode(), encoding="utf-8")))
    >>> kind("WebPage"), kind("BlogPosting"), kind("WebPage", generator="WordPress 6.7.1")
    (True, False, False)
    """
    if not any(g.startswith("AMP Plugin") for g in page.meta.get("generator", ())):
        return False
    if metadata.declares_own_article(page):
        return False
    webpages = list(page.jsonld_of_type("WebPage"))
    if any("headline" in obj and "mainEntityOfPage" in obj for obj in webpages):
        return True
    # Its JSON-LD gone (a metadata ablation, a plugin removing it): the legacy template's
    # page.php prints the title and the text alone, where single.php prints a post's
    # header meta (`amp-wp-meta amp-wp-byline`, `amp-wp-posted-on`) and its footer (the
    # categories, the comments link).
    return not webpages and not page.first_meta("article:published_time") \
        and bool(_AMP_READER_PAGE(page.root))


def wordpress_later_page(page: Page) -> bool:
    """A later page of a WordPress post split by `<!--nextpage-->` ("/story/2/"): body_class()
    prints "single-paged-<N>" there, only for N > 1. The page links that tell it in the text
    (`span.post-page-numbers.current`) are missed where the theme prints them outside the
    text's container; the class is printed whatever the theme.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def kind(cls): return wordpress_later_page(Page(
    ...     url="u", root=lxml.html.fromstring(f'<html><body class="{cls}"><p>x</p></body>')))
    >>> kind("single single-post postid-9 paged-2 single-paged-2"), kind("single postid-9")
    (True, False)
    """
    cls = _body_class(page)
    return "single-paged-" in cls and any(c.startswith("single-paged-") and c[13:].isdigit()
                                          for c in cls.split())


def wordpress_single_post(page: Page) -> bool:
    """A WordPress post by its <body class>: body_class() prints "single" with "postid-<N>"
    only on a single post's page, never on a listing.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def kind(cls): return wordpress_single_post(Page(
    ...     url="u", root=lxml.html.fromstring(f'<html><body class="{cls}"><p>x</p></body>')))
    >>> kind("post-template-default single single-post postid-9"), kind("archive category")
    (True, False)
    >>> kind("single")  # "single" alone: not WordPress's
    False
    """
    classes = _body_class(page).split()
    return "single" in classes and any(c.startswith("postid-") for c in classes)


def ghost_post(page: Page) -> bool:
    """A Ghost post by its <body class>: Ghost's body_class helper prints "post-template" on a
    post's page only (a static page is "page-template", listings "home-template",
    "tag-template", "author-template"; WordPress prints the token only on a single post
    with a custom template). Casper's "read more" cards are <article>s: with the post's own
    <article>, four teasers.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def kind(cls): return ghost_post(Page(
    ...     url="u", root=lxml.html.fromstring(f'<html><body class="{cls}"><p>x</p></body>')))
    >>> kind("post-template tag-delhi"), kind("tag-template tag-delhi")
    (True, False)
    """
    return "post-template" in _body_class(page).split()


#: Paragraph text one element must hold for a page with teasers to read as one story (a
#: two-paragraph wire brief does) …
STORY_CHARS = 280
#: … under a headline this long: a section front's or tag page's <h1> names the section
#: ("World News", "Tag: Floods"), in a word or three.
MIN_HEADLINE_CHARS = 20
MIN_HEADLINE_WORDS = 4
#: Chinese, Japanese and Korean write a word in one to three characters and set few spaces:
#: a section's name is a few of them ("国内新闻", "財経"), a headline a dozen or more
#: ("姚明对周琦说了啥？周琦上下半场判若两人": 19 characters, one "word").
MIN_HEADLINE_CJK = 8
_CJK = re.compile("[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


def reads_as_one_story(page: Page) -> bool:
    """Does the page print one story under its headline, teasers or not? An <h1> outside
    any link that reads as a headline (not a section's name), and paragraphs sharing one
    parent that hold `STORY_CHARS` of text: a story's body does, a listing's excerpts (one
    per card) do not. A "More news" module of a dozen linked headlines under an article
    whose head declares nothing made it a listing.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def page(body): return Page(url="u", root=lxml.html.fromstring(
    ...     f"<html><body>{body}</body></html>"))
    >>> story = ("<h1>Flood waters recede as the city cleans up</h1><div>"
    ...          + "<p>" + "Words of the story. " * 20 + "</p>" * 4 + "</div>")
    >>> cards = "<div><h3><a href='/s'>Other story</a></h3><p>Excerpt.</p></div>" * 12
    >>> reads_as_one_story(page(story + cards)), reads_as_one_story(page(cards))
    (True, False)
    >>> reads_as_one_story(page("<h1>World News</h1>" + story[46:] + cards))
    False
    >>> wrapped = story.replace("<p>", "<div class='paragraph'><p>").replace("</p>", "</p></div>")
    >>> reads_as_one_story(page(wrapped + cards))
    True
    """
    h1s = page.h1s()
    headline = next((h1 for i, h1 in enumerate(h1s) if _reads_as_headline(h1, i == 0)), None)
    if headline is not None:
        # A story in Chinese or Japanese says in a character what English says in two or
        # three: Nikkei's paywalled page prints its opening paragraph, 190 characters.
        need = STORY_CHARS_CJK if _cjk_headline(headline) else STORY_CHARS
    elif _titled_h1(page):
        need = LONG_STORY_CHARS
    else:
        return False
    held: dict[Element, int] = {}
    for voter in page.memo("voters", voters):
        if not voter.heading and (parent := _holder(voter.element)) is not None:
            held[parent] = held.get(parent, 0) + voter.weight
            if held[parent] >= need:
                return True
    return False


#: Paragraph text one element must hold under an <h1> only the <title> shows to be the
#: headline: a running text of several long paragraphs, which no listing's excerpts make.
LONG_STORY_CHARS = 2000
#: The bar or dash a <title> joins the site's name (and section) with; not a colon, which
#: joins a headline's kicker ("Genetik: Das Geheimnis …").
_SITE_BAR = re.compile(r"\s+[|\-–—·•»›｜]\s+")
_BODY_H1 = etree.XPath("//body//h1")


def _titled_h1(page: Page) -> bool:
    """An <h1> the headline test passes over (a breadcrumb's last crumb, Spektrum's and the
    ARD's `<li><h1>Headline</h1></li>`, itself linked to the page; a headline of three
    words, "Day-to-day with Subversion") that the <title> names as the headline: its first or
    last part beside the site's name (and section), the longest, `MIN_HEADLINE_CHARS` long.
    A section front's <h1> names the section in its <title> too ("World News | Daily"), but
    in a word or two; a blog's front its name, no longer than its tagline, nor linked to the
    home page; and neither holds a running text (`LONG_STORY_CHARS`) in one element.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def titled(title, h1): return _titled_h1(Page(url="u", title_tag=title,
    ...     root=lxml.html.fromstring(f"<html><body><ol><li>{h1}</li></ol></body></html>")))
    >>> titled("Blog - Day-to-day with Subversion", "<h1>Day-to-day with Subversion</h1>")
    True
    >>> titled("Genetik: Das Geheimnis der Rafflesien - Spektrum", "<h1><a href='/g'>Genetik: "
    ...        "Das Geheimnis der Rafflesien</a></h1>")
    True
    >>> titled("World News | Daily", "<h1>World News</h1>"), titled("Other | Daily",
    ...     "<h1>Day-to-day with Subversion</h1>")
    (False, False)
    >>> titled("Day-to-day with Subversion", "<h1>Day-to-day with Subversion</h1>")
    False
    """
    parts = _SITE_BAR.split(" ".join((page.title_tag or "").split()))
    if len(parts) < 2:
        return False  # a title of one part may be the site's name alone, as its logo <h1>
    longest = max(parts, key=len)
    if len(longest) < MIN_HEADLINE_CHARS or longest not in (parts[0], parts[-1]) \
            or sum(len(part) == len(longest) for part in parts) > 1:
        return False
    for h1 in _BODY_H1(page.root):
        if " ".join(text_content(h1).split()) == longest and not is_logo_heading(h1, page.url):
            return True
    return False


#: `STORY_CHARS` for a story whose headline is written in Chinese or Japanese.
STORY_CHARS_CJK = 140


def _cjk_headline(h1: Element) -> bool:
    """Is `h1` written in Chinese, Japanese or Korean characters, `MIN_HEADLINE_CJK` of them?"""
    return len(_CJK.findall(text_content(h1))) >= MIN_HEADLINE_CJK


def _reads_as_headline(h1: Element, first: bool) -> bool:
    """Does `h1` read as a story's headline, not a section's or site's name? Outside any
    link; a later <h1> (the first one a header's "Trending" or the site's logo) also holding
    none: a teaser's headline links to its story."""
    if next(h1.iterancestors("a"), None) is not None or (not first and h1.find(".//a") is not None):
        return False
    headline = " ".join(text_content(h1).split())
    words = len(headline.split())
    if not headline.isascii() and len(_CJK.findall(headline)) >= MIN_HEADLINE_CJK:
        return True  # "华为Mate20X 5G版半天不到需充电 耗电制约5G芯片": three "words", 19 characters
    return len(headline) >= MIN_HEADLINE_CHARS and (words >= MIN_HEADLINE_WORDS or (
        words < 3 and not headline.isascii()))  # Chinese and Japanese set no spaces


def _holder(paragraph: Element) -> Element | None:
    """The element holding `paragraph` among its story's others: its parent, or above a
    wrapper that holds it alone (`<div class="paragraph"><p>…</p></div>`, one per paragraph);
    a teaser card's wrapper holds its headline and link too."""
    parent = paragraph.getparent()
    if parent is not None and len(parent) == 1 and not (parent.text or "").strip() \
            and not (paragraph.tail or "").strip() and parent.getparent() is not None:
        return parent.getparent()
    return parent


def looks_like_listing(page: Page) -> bool:
    """Section fronts and tag pages: many teaser <article>s and no article metadata.

    A WordPress post is no listing however many teasers its related-posts block prints (an
    Elementor Pro posts widget renders each as an <article>, Kadence's "Similar Posts" six;
    without an SEO plugin's head nothing else says "article").

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> teasers = "<article><h3><a href='/a'>A</a></h3></article>" * 4
    >>> def listing(cls): return looks_like_listing(Page(url="u", root=lxml.html.fromstring(
    ...     f'<html><body class="{cls}"><article><h1>T</h1></article>{teasers}</body></html>')))
    >>> listing("single single-post postid-9"), listing("archive category")
    (False, True)

    A card component may wrap the whole headline in the story's link (``<a><h2>``): ten such
    cards are a listing too.

    >>> cards = "<div><a href='/s'><h2>Floods cut the road</h2></a><p>Excerpt</p></div>"
    >>> def cards_page(n): return Page(url="u", root=lxml.html.fromstring(
    ...     f'<html><body>{cards * n}</body></html>'))
    >>> looks_like_listing(cards_page(10)), looks_like_listing(cards_page(5))
    (True, False)

    A site's menu printed as linked <h3>s ("Home", "医院概况") is no teaser list:

    >>> menu = "".join(f"<h3><a href='/{i}'>Menu {i}</a></h3>" for i in range(12))
    >>> looks_like_listing(Page(url="u", root=lxml.html.fromstring(
    ...     f"<html><body>{menu}<div><p>Text.</p></div></body></html>")))
    False

    Teasers printed as <div>s count when microdata declares them posts of a Blog:

    >>> post = "<div itemprop='blogPost' itemscope><h2><a href='/a'>A</a></h2></div>"
    >>> def blog(n): return looks_like_listing(Page(url="u", root=lxml.html.fromstring(
    ...     f"<html><body><div itemscope itemtype='https://schema.org/Blog'>{post * n}</div>"
    ...     "</body></html>")))
    >>> blog(1), blog(6)
    (False, True)

    Posts embedded in the story, each an <article> inside its <article>, are no teasers:

    >>> embed = "<article class='media-instagram'><a href='/p'>View this post</a></article>"
    >>> looks_like_listing(Page(url="u", root=lxml.html.fromstring(
    ...     f"<html><body><article><h2>T</h2><p>a</p>{embed * 3}</article></body></html>")))
    False

    A page that declares itself one video (Open Graph's "video.other", "video.episode") is
    the video's own page, however many "More videos" cards follow its text:

    >>> from scrapy.http import HtmlResponse
    >>> def video(og_type): return looks_like_listing(Page.from_response(HtmlResponse(
    ...     url="https://x.ng/v/1", encoding="utf-8", body=(
    ...     f"<html><head><meta property='og:type' content='{og_type}'></head><body>"
    ...     f"<h1>T</h1><article><p>a</p></article>{teasers}</body></html>").encode())))
    >>> video("video.other"), video("website")
    (False, True)
    """
    og_type = page.first_meta("og:type") or ""
    if metadata.article_objects(page) or og_type == "article" or og_type.startswith("video."):
        return False
    if wordpress_single_post(page) or ghost_post(page):
        return False
    teasers = _TEASERS(page.root)
    if teasers == 4 and _story_article(page):
        teasers -= 1
    headline_links = _HEADLINE_LINKS(page.root)
    if teasers < 4 and headline_links >= 10:
        # Asked only here (a second walk): a site's menu printed as linked <h3>s holds no
        # teaser's headline.
        headline_links = _TEASER_HEADLINE_LINKS(page.root)
    if teasers >= 4 or headline_links >= 10:
        return not reads_as_one_story(page)
    # Declared teasers and a CMS's own page type are looked for (a walk of every attribute, a
    # scan of the raw page) only where some linked headlines are.
    if headline_links < MIN_MARKED_TEASERS:
        return False
    return bool(_BLOG_POSTS(page.root) >= 3 or quintype_listing(page))


#: A teaser's linked headline: the <h2>/<h3> holding the story's link or inside it.
_LINKED_HEADS = etree.XPath(
    "//body//*[self::h2 or self::h3][a or parent::a]"
    "[not(ancestor::header or ancestor::footer or ancestor::nav or ancestor::aside)]")
#: The page's chrome, whose text (a rail's, a footer's) is no story's.
_CHROME = frozenset(("header", "footer", "nav", "aside"))
#: A date printed alone in a teaser ("Dec 17, 2024"): an element's whole text this short.
MAX_TEASER_DATE_CHARS = 40


def few_teasers_listing(page: Page) -> bool:
    """A tag's or section's listing of a few stories under a theme that declares nothing
    (no route class in `<body>`, an aliased address as "/kerala-floods", perhaps an
    `og:type` "article" on every page): an <h1> that is a short label ("Elections", "Kerala
    Floods"), two teasers at least side by side, each its one linked headline and a date,
    and no paragraph outside them but the chrome's. Two or three teasers are too few for
    `looks_like_listing`, and their excerpts read as the text. A story's related list sits
    beside its own paragraphs, under a headline; a page declaring its own Article is one.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> card = ("<div class='item'><h2><a href='/s{0}'>Assembly polls: party names its "
    ...         "candidates</a></h2><p>The list names all the seats in the district.</p>"
    ...         "<span>Dec 1{0}, 2024</span></div>")
    >>> def page(h1, text=""): return Page(url="u", root=lxml.html.fromstring(
    ...     f"<html><body><h1>{h1}</h1>{text}<div>{card.format(1)}{card.format(2)}</div>"
    ...     "<footer><p>Copyright 2024 The Daily. All rights reserved.</p></footer></body></html>"))
    >>> few_teasers_listing(page("Elections"))
    True
    >>> few_teasers_listing(page("Elections", "<p>" + "The story's own text. " * 5 + "</p>"))
    False
    >>> few_teasers_listing(page("Party names its candidates for the Assembly polls"))
    False
    """
    h1s = page.h1s()
    if len(h1s) != 1 or _reads_as_headline(h1s[0], True) or next(h1s[0].iterancestors("a"), None) \
            is not None or _TEASER_HEADLINE_LINKS(page.root) < 2:
        return False
    heads = [h for h in _LINKED_HEADS(page.root)
             if len(" ".join(text_content(h).split())) >= MIN_HEADLINE_CHARS]
    teasers = _teaser_group(heads)
    if len(teasers) < 2 or not all(_dated(teaser) for teaser in teasers):
        return False
    if _titled_h1(page) or metadata.declares_own_article(page):
        return False
    for voter in page.memo("voters", voters):
        if voter.heading:
            continue
        el = voter.element
        ancestors = set(el.iterancestors())
        if el not in teasers and ancestors.isdisjoint(teasers) \
                and not any(a.tag in _CHROME for a in ancestors):
            return False  # a paragraph of the page's own
    return True


def _teaser_group(heads: list[Element]) -> list[Element]:
    """The elements side by side (one parent's children, of one tag and class) that each
    hold one of `heads` alone: the first such group of two or more, else []."""
    held = set(heads)
    for head in heads:
        child = head
        for parent in head.iterancestors():
            group = [c for c in parent if c is child or any(d in held for d in c.iter())]
            if len(group) > 1:
                if all(sum(d in held for d in c.iter()) == 1 for c in group) \
                        and len({(c.tag, c.get("class")) for c in group}) == 1:
                    return group
                break  # two headlines in one card, or cards of other kinds
            child = parent
    return []


def _dated(teaser: Element) -> bool:
    """Does a teaser print a date: a `<time>`, or an element of a date alone?"""
    for el in teaser.iter():
        if el.tag == "time":
            return True
        if isinstance(el.tag, str) and len(el) == 0:
            text = " ".join(text_content(el).split())
            if 0 < len(text) <= MAX_TEASER_DATE_CHARS and is_date_line(text):
                return True
    return False


#: The `<link rel="prev">` of the page's head (HTML's "previous page of a series"); blogs
#: print it for the previous post too, so only its address's shape is told by.
_PREV_LINKS = etree.XPath("/html/head/link[@rel = 'prev' or @rel = 'previous']/@href")
#: A page number: the whole last step of the path ("/tests/akkuschrauber,82197/5",
#: "/news/page/5/") or a query parameter that names a page ("?page=5", "&seite=5"); not
#: WordPress's "?p=908", a post's id.
_PAGE_NUMBER = re.compile(
    r"/(\d{1,4})/?(?=[?#]|$)|[?&](?:page|paged|pg|pagenum|seite|pagina)=(\d{1,4})(?=&|#|$)",
    re.I)


def later_listing_page(page: Page) -> bool:
    """A later page of a section's or tag's listing (chip.de's "…,82197/5"): its
    `<link rel="prev">` names its own address with the page number one less (or none, for
    page 2), and it prints a listing's teasers (four <article>s, ten linked headlines). A
    listing's opening page may print an SEO text under its <h1> that reads as a story; its
    later pages print the text again beside other teasers. A blog's "prev" link names the
    previous post, another address; a page declaring an article of its own is never one.

    >>> from scrapy.http import HtmlResponse
    >>> from newsscraper.page import Page
    >>> teasers = "<article><h3><a href='/a'>A story</a></h3></article>" * 6
    >>> def later(url, prev): return later_listing_page(Page.from_response(HtmlResponse(
    ...     url=url, encoding="utf-8", body=(f"<html><head><link rel='prev' href='{prev}'>"
    ...     f"</head><body><h1>Tests</h1>{teasers}</body></html>").encode())))
    >>> later("https://x.de/tests/werkzeug,82197/5", "/tests/werkzeug,82197/4")
    True
    >>> later("https://x.de/news?page=2", "/news"), later("https://x.de/news/page/3/", "../2/")
    (True, True)
    >>> later("https://x.de/news?page=1", "/news?page=0"), later("https://x.de/news?page=1", "/a")
    (True, False)
    >>> later("https://x.de/2019/story-b/", "/2019/story-a/"), later("https://x.de/?p=909",
    ...     "/?p=908")
    (False, False)
    """
    url = page.url.split("#")[0]
    number = next(reversed(list(_PAGE_NUMBER.finditer(url))), None)  # the last one
    if number is None or (n := int(number.group(1) or number.group(2))) < 1:
        return False
    prev = _PREV_LINKS(page.root)
    if not prev:
        return False
    group = 1 if number.group(1) else 2
    wanted = {url[:number.start(group)] + str(n - 1) + url[number.end(group):]}
    if n <= 2:
        # The first page is the listing's own address, without the number: page 1 where
        # pages count from 1, page 0 where they count from 0 (Drupal's "?page=1" is the
        # second page, its "prev" the bare address or "?page=0").
        wanted.add(url[:number.start()] + url[number.end():])
    target = join_url(page.url, str(prev[0]).strip()).split("#")[0]
    if target.rstrip("/") not in {w.rstrip("/") for w in wanted}:
        return False
    if metadata.declares_own_article(page):
        return False
    return bool(_TEASERS(page.root) >= 4 or _TEASER_HEADLINE_LINKS(page.root) >= 10)


#: The <article> that holds the page's headline and the paragraphs under it.
_STORY_ARTICLE = etree.XPath("ancestor::article[count(.//p) >= 3][1]")


def _story_article(page: Page) -> bool:
    """The page's one <h1> heads an <article> of paragraphs: the story itself, not a teaser.

    A story page with three related-story cards printed as <article>s (Le Figaro's "À lire
    aussi" block) has four <article>s, as many as the teaser rule asks of a listing; its own
    is told by the headline and the text inside it. Asked only at exactly four (one more
    teaser is a listing however the story is marked).

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> story = "<article><h1>T</h1><p>a</p><p>b</p><p>c</p></article>"
    >>> teasers = "<article><h3><a href='/a'>A</a></h3></article>" * 3
    >>> looks_like_listing(Page(url="u", root=lxml.html.fromstring(
    ...     f"<html><body>{story}{teasers}</body></html>")))
    False
    """
    h1s = page.h1s()
    if h1s:
        return len(h1s) == 1 and bool(_STORY_ARTICLE(h1s[0]))
    # No <h1> (Der Spiegel prints its headline, kicker and all, as an <h2>): the <h2> the
    # <title> names, where no Open Graph or JSON-LD head says "article" any more.
    head = _titled_h2(page)
    return head is not None and bool(_STORY_ARTICLE(head))


_BODY_H2S = etree.XPath("//body//h2[not(ancestor::a or .//a)]")
_WORDS = re.compile(r"\w+")


def _titled_h2(page: Page) -> Element | None:
    """The unlinked <h2> that prints every word of the <title> but the site's name (its
    first or last part: "Syrien: EU schickt … - DER SPIEGEL"), a headline's length (a
    section front's <title> names the section, in a word or two). Its kicker may differ
    from the one the <title> prints; a teaser's headline is linked.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def titled(title, body): return _titled_h2(Page(url="u", title_tag=title,
    ...     root=lxml.html.fromstring(f"<html><body>{body}</body></html>"))) is not None
    >>> h2 = "<h2><span>Krieg in Syrien</span> EU schickt Gesandten nach Damaskus</h2>"
    >>> titled("Syrien: EU schickt Gesandten nach Damaskus - DER SPIEGEL", h2)
    True
    >>> titled("Ausland - DER SPIEGEL", "<h2>Ausland</h2>"), titled(
    ...     "Syrien: EU schickt Gesandten nach Damaskus - DER SPIEGEL", f"<a href='/s'>{h2}</a>")
    (False, False)
    """
    parts = _SITE_BAR.split(" ".join((page.title_tag or "").split()))
    if len(parts) < 2:
        return None
    heads = [" ".join(parts[:-1]), " ".join(parts[1:])]  # less the site's name, at either end
    wanted = [set(_WORDS.findall(h.casefold())) for h in heads
              if len(h) >= MIN_HEADLINE_CHARS and len(h.split()) >= MIN_HEADLINE_WORDS]
    if not wanted:
        return None
    for h2 in _BODY_H2S(page.root):
        words = set(_WORDS.findall(text_content(h2).casefold()))
        if any(w <= words for w in wanted):
            return h2
    return None


def quintype_listing(page: Page) -> bool:
    """A Quintype home, section, tag, author or search page by the page type its server
    writes at the head of the store JSON (``<script id="static-page">{"qt":{"pageType":…``).

    A CMS marker, used because such a listing may print fewer than ten teasers (a tag with
    nine stories) and declares nothing but og:type "website". It cannot take an article: a
    story's store says "story-page", and only the listing types are named here. Called only
    when the page has no article metadata and prints some linked headlines.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def qt(kind): return quintype_listing(Page(
    ...     url="u", root=lxml.html.fromstring("<p>x</p>"),
    ...     raw=f'<script type="application/json" id="static-page">{{"qt":{{"pageType":'
    ...         f'"{kind}","data":{{}}}}}}</script>'.encode()))
    >>> qt("tag-page"), qt("section-page"), qt("story-page"), qt("visual-story")
    (True, True, False, False)
    """
    found = _QT_PAGE_TYPE.search(page.raw)
    return bool(found and found.group(1).decode() in _QT_LISTING_PAGES)


#: The headline of a server's "not found" page, as CMS themes word it: "404", "Error 404",
#: "404 - Article not found" (Joomla), "Page not found" (Drupal, Ghost, WordPress themes),
#: "Oops! The page you are looking for cannot be found.", "This page doesn't exist".
_ERROR_HEADLINE = re.compile(
    r"(?:(?:error|http)\W*)?(?:404|410)(?:\W+(?:error\W*)?(?:\w+ )?(?:not found|error|gone)\W*)?"
    r"|(?:oops\W*)?(?:sorry\W*)?(?:error\W*)?(?:the |this )?(?:page|article|post|content)"
    r"(?: you(?:'re| are| were) looking for)?"
    r" (?:(?:was |is |could |can )?not|cannot|can't|couldn't|doesn't|does not) (?:be )?"
    r"(?:found|exists?)\W*", re.I)
#: A <title> names the site after a separator ("Page not found | News Desk").
_TITLE_PARTS = re.compile(r"\s+[|–—-]\s+|\s*:\s+")


def error_page(page: Page) -> bool:
    """A "page not found" page, saved by a mirror that followed a dead link: its headline
    (the only `<h1>`, or the `<title>` before the site's name) is the error's. Such pages
    print a few recent stories to help the reader on, and one of their excerpts read as the
    body. A page declaring an article of its own (JSON-LD, og:type "article") is never one.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def err(title, h1): return error_page(Page(url="u", root=lxml.html.fromstring(
    ...     f"<html><head><title>{title}</title></head><body><h1>{h1}</h1><p>x</p></body>")))
    >>> err("404 - Article not found", "Article not found"), err("Site", "404")
    (True, True)
    >>> err("Page not found | News Desk", "Oops! The page you are looking for cannot be found.")
    True
    >>> err("Delhi HC: the page was not found in the file", "Files not found, says CBI")
    False
    >>> err("404 dead in hooch tragedy", "404 dead in hooch tragedy"), err("x", "Error 404")
    (False, True)
    """
    h1s = page.h1s()
    heads = [text_content(h1s[0])] if len(h1s) == 1 else []
    heads += _TITLE_PARTS.split(page.first_meta("title") or "", maxsplit=1)[:1]
    if not any(_ERROR_HEADLINE.fullmatch(h.strip()) for h in heads if h):
        return False
    return "article" not in (page.first_meta("og:type") or "") \
        and not metadata.declares_own_article(page)


#: Class words of the box heading a writer's profile page: Arc XP's "b-full-author-bio",
#: Casper's (Ghost) "author-header"/"author-profile", "author-bio__name".
_AUTHOR_PROFILE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:author|reporter|writer|columnist)-?(?:bio|profile|header)(?:$|[\s_-])", re.I)


def author_profile(page: Page) -> bool:
    """A writer's profile page (a bio, then a few of their stories): its only `<h1>`, the
    writer's name, is in a box whose class names an author bio or profile. Under an address
    that does not say so (Arc XP's "/people/<slug>/") the bio read as an article. A page
    declaring an article of its own (JSON-LD, og:type "article") is never one: a story's
    author box holds no `<h1>`.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def prof(cls): return author_profile(Page(url="u", root=lxml.html.fromstring(
    ...     f'<html><body><div class="{cls}"><h1>IANS</h1><p>Bio.</p></div></body></html>')))
    >>> prof("b-full-author-bio"), prof("author-header"), prof("article-header")
    (True, True, False)
    >>> prof("reporter-profile media"), prof("writer-bio"), prof("reporter-name")
    (True, True, False)
    """
    h1s = page.h1s()
    if len(h1s) != 1:
        return False
    if not any(_AUTHOR_PROFILE_CLASS.search(el.get("class") or "")
               for el in (h1s[0], *h1s[0].iterancestors())):
        return False
    return "article" not in (page.first_meta("og:type") or "") \
        and not metadata.declares_own_article(page)


#: The names a site's legal pages print as their headline, alone or after the company's name
#: (up to two capitalised words: "Intel Terms of Use", "Website Terms and Conditions"), in
#: English, German, French, Spanish and Italian. Matched against the whole headline: a story
#: about new terms of use says more ("Meta changes its terms of service").
_LEGAL_HEADLINE = re.compile(
    r"(?:[A-Z0-9][\w&.'’-]* ){0,2}?(?i:"
    r"(?:general |website |site )?terms (?:of (?:use|service|sale)|and conditions|& conditions)"
    r"|conditions of use|privacy (?:policy|notice|statement)|cookie (?:policy|notice)"
    r"|legal (?:notice|information)|nutzungsbedingungen|allgemeine geschäftsbedingungen"
    r"|datenschutzerklärung|datenschutzhinweise|impressum|mentions légales"
    r"|conditions générales d'utilisation|politique de confidentialité|aviso legal"
    r"|términos y condiciones|política de privacidad|note legali|condizioni d'uso)")
#: A licence's own text: "The GNU General Public License v3.0", "Apache License, Version 2.0",
#: "Creative Commons Attribution 4.0 International Public License". Asked only under an
#: address filed as licences or legal texts (a film called "Poetic License" is reviewed
#: elsewhere).
_LICENCE_HEADLINE = re.compile(
    r"(?:the )?(?:[\w.+-]+ ){0,6}?licen[cs]e(?:,? (?:v|version )?\d+(?:\.\d+)*)?", re.I)
_LICENCE_PATH = re.compile(r"/(?:licen[cs]es?|legal)/", re.I)


def legal_page(page: Page) -> bool:
    """A site's terms of use, privacy notice, imprint or a licence's text: its headline (the
    only `<h1>`, else the `<title>` before the site's name) is the legal text's name. Under
    an address that does not say so ("/legal/terms-of-use.html", "/licenses/gpl-3.0.en.html")
    such pages read as long undated articles. A page declaring an article of its own (JSON-LD,
    og:type "article") or a publication time is never one.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def legal(h1, url="https://x.com/a.html"): return legal_page(Page(
    ...     url=url, root=lxml.html.fromstring(f"<html><body><h1>{h1}</h1><p>x</p></body>")))
    >>> legal("Intel Terms of Use"), legal("Nutzungsbedingungen"), legal("Mentions légales")
    (True, True, True)
    >>> legal("Meta changes its terms of service"), legal("Terms of use: what changes")
    (False, False)
    >>> legal("The GNU General Public License v3.0", "https://x.org/licenses/gpl.html")
    True
    >>> legal("Poetic License"), legal("Poetic License", "https://x.org/licenses/gpl.html")
    (False, True)
    """
    heads = _headlines(page)
    if not any(_LEGAL_HEADLINE.fullmatch(h) for h in heads) and not (
            _LICENCE_PATH.search(page.url) and any(_LICENCE_HEADLINE.fullmatch(h) for h in heads)):
        return False
    return _declares_no_story(page)


#: The names a site's pages about itself print as their headline, the whole headline:
#: "About Us", "Contact Us", "Advertise with Us", "Careers", in English, German, French,
#: Spanish, Italian, Portuguese and Hindi. A story says more ("About us: a family's
#: memoir").
_SITE_PAGE_HEADLINE = re.compile(
    r"(?i:about(?: us)?|contact(?: us)?|get in touch|advertise(?: with us)?|careers|our team"
    r"|who we are|reach us"
    r"|über uns|kontakt|impressum und kontakt|qui sommes-nous ?\??|nous contacter"
    r"|quiénes somos|contacto|contáctenos|chi siamo|contatti|sobre nós|fale conosco)"
    r"|हमारे बारे में|संपर्क करें|संपर्क")


def site_page(page: Page) -> bool:
    """A site's page about itself, "About Us" or "Contact Us", saved without its address
    (whose `/about/` or `/contact-us/` says so already): its headline, the only `<h1>` or the
    `<title>` before the site's name where the page has no one `<h1>` (a story's title may
    open with "Contact:"), is that page's name, and it declares no story of its own, as
    `legal_page`.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def site(h1): return site_page(Page(url="file:///saved/0001.html",
    ...     root=lxml.html.fromstring(f"<html><body><h1>{h1}</h1><p>x</p></body>")))
    >>> site("About Us"), site("Contact Us"), site("Über uns"), site("हमारे बारे में")
    (True, True, True, True)
    >>> site("About This Site")  # a blog's colophon, which reads as a post
    False
    >>> site("About us: a family's memoir"), site("Contact tracing ends")
    (False, False)
    >>> site_page(Page(url="file:///saved/0002.html", root=lxml.html.fromstring(
    ...     "<html><head><title>Contact: police seek witnesses | Daily</title></head><body>"
    ...     "<h1>Police seek witnesses</h1><p>x</p></body>")))
    False
    """
    h1s = page.h1s()
    heads = _headlines(page)[:1] if len(h1s) == 1 else _headlines(page)
    return any(_SITE_PAGE_HEADLINE.fullmatch(h) for h in heads) and _declares_no_story(page)


def _headlines(page: Page) -> list[str]:
    """The page's headline as a static page prints it: its only `<h1>`, and its `<title>`
    before the site's name (read once: `legal_page` and `site_page` both ask)."""
    return page.memo("static_headlines", _read_headlines)


def _read_headlines(page: Page) -> list[str]:
    h1s = page.h1s()
    heads = [" ".join(text_content(h1s[0]).split())] if len(h1s) == 1 else []
    heads += _TITLE_PARTS.split(page.title_tag or "", maxsplit=1)[:1]
    return [h.strip() for h in heads if h and h.strip()]


def _declares_no_story(page: Page) -> bool:
    """No og:type "article", `article:published_time` or JSON-LD article of its own."""
    return "article" not in (page.first_meta("og:type") or "") \
        and not page.first_meta("article:published_time") \
        and not metadata.declares_own_article(page)


#: Open Graph object types that are never an article: a person's profile, a product; and an
#: app's own types ("<app>:photo", "<app>:profile"), which a photo-sharing or shop site
#: declares for its item pages. Not "music.song" (a lyrics site's song page holds its
#: annotation, read as Mercury reads it), "book" or "business.business" (a small site may
#: declare its business on every page).
_OBJECT_OG_TYPES = frozenset({"profile", "product", "product.item", "product.group"})
_APP_OBJECT_OG_TYPE = re.compile(r"[a-z][\w.-]*:(?:photo|picture|image|profile|user|product)",
                                 re.I)


def declared_object_page(page: Page) -> bool:
    """A page that declares itself a thing, not a story: its og:type is a profile or a
    product, or an app's own photo, profile or product type
    ("five_hundred_pixels:photo"). Such a page prints a caption or a shop's blurb, and a
    sign-up banner read as its text. A page declaring an article of its own in JSON-LD or a
    publication time is never one.

    >>> from scrapy.http import HtmlResponse
    >>> from newsscraper.page import Page
    >>> def obj(og_type): return declared_object_page(Page.from_response(HtmlResponse(
    ...     url="https://x.com/p/1", encoding="utf-8", body=(
    ...     f"<html><head><meta property='og:type' content='{og_type}'></head><body>"
    ...     "<p>x</p></body></html>").encode())))
    >>> obj("five_hundred_pixels:photo"), obj("product"), obj("profile")
    (True, True, True)
    >>> obj("article"), obj("website"), obj("video.other"), obj("news:article"), obj("music.song")
    (False, False, False, False, False)
    """
    og_type = (page.first_meta("og:type") or "").strip().lower()
    if og_type not in _OBJECT_OG_TYPES and not _APP_OBJECT_OG_TYPE.fullmatch(og_type):
        return False
    return not page.first_meta("article:published_time") \
        and not metadata.declares_own_article(page)


#: Microdata that declares a page a business, an organisation, a product or a person
#: (Facebook prints its pages inside `<div itemscope itemtype="http://schema.org/LocalBusiness">`,
#: shop and company themes theirs so). Found in the raw bytes first: few pages declare one.
_THING_ITEMTYPE = re.compile(
    rb"""itemtype=["']https?://schema\.org/(?:LocalBusiness|Organization|Corporation|NGO|"""
    rb"""GovernmentOrganization|Product|Person|ProfilePage)["']""")
#: Microdata of a story: an article, a blog post, a report, a live blog.
_STORY_ITEMTYPE = re.compile(
    rb"""itemtype=["'][^"']*(?:Article|BlogPosting|Posting|Report)["']""")
_THING_SCOPES = etree.XPath(
    "//body//*/@itemscope/parent::*[not(ancestor::*[@itemscope])][re:test(@itemtype,"
    " '^https?://schema\\.org/(LocalBusiness|Organization|Corporation|NGO|"
    "GovernmentOrganization|Product|Person|ProfilePage)$')]",
    namespaces={"re": "http://exslt.org/regular-expressions"})
_BODY_H1S = etree.XPath("//body//h1")
_BODY_PARAGRAPHS = etree.XPath("//body//p")
#: Share of the page's paragraph text the declared thing's element must hold.
THING_TEXT_SHARE = 0.9


def microdata_thing_page(page: Page) -> bool:
    """A page that declares in microdata that it shows a business, an organisation, a
    product or a person, not a story: a top-level item of such a type wraps every `<h1>` and
    the page's paragraphs (Facebook's page of a business; a shop's product page). A site's
    logo declared an Organization in its header holds neither its stories' headline nor
    their text; and a page declaring an article anywhere (microdata, JSON-LD, og:type
    "article" or a publication time) is never one.

    >>> from scrapy.http import HtmlResponse
    >>> from newsscraper.page import Page
    >>> def thing(body, head=""): return microdata_thing_page(Page.from_response(HtmlResponse(
    ...     url="https://x.com/p", encoding="utf-8", body=(f"<html><head>{head}</head><body>"
    ...     f"{body}</body></html>").encode())))
    >>> biz = ("<div itemscope itemtype='http://schema.org/LocalBusiness'><h1>Visit Austria</h1>"
    ...        "<p>Official page.</p></div>")
    >>> thing(biz), thing(biz, "<meta property='og:type' content='article'>")
    (True, False)
    >>> logo = "<header itemscope itemtype='https://schema.org/Organization'><a>Daily</a></header>"
    >>> thing(logo + "<h1>Floods cut the road</h1><p>The story.</p>")
    False
    """
    # The head first (most stories declare themselves there), then a scan of the raw page.
    og_type = (page.first_meta("og:type") or "").strip().lower()
    if "article" in og_type or page.first_meta("article:published_time") \
            or metadata.article_objects(page):
        return False
    raw = page.raw
    if not _THING_ITEMTYPE.search(raw) or _STORY_ITEMTYPE.search(raw):
        return False
    h1s = _BODY_H1S(page.root)
    if not h1s:
        return False
    paragraphs = _BODY_PARAGRAPHS(page.root)
    total = sum(len(text_content(p)) for p in paragraphs)
    for scope in _THING_SCOPES(page.root):
        if all(_inside(h1, scope) for h1 in h1s):
            held = sum(len(text_content(p)) for p in paragraphs if _inside(p, scope))
            return held >= THING_TEXT_SHARE * total
    return False


def _inside(element: Element, scope: Element) -> bool:
    return any(ancestor is scope for ancestor in element.iterancestors())


#: A shop's cart in a form's action, class, name or id: "/checkout/cart/add/…" (Magento),
#: "sAddToBasket" (Shopware), "cartform", "/warenkorb/"; not "carta.us19.list-manage.com".
_FOLLOWING_FORMS = etree.XPath("following::form")
_CART = re.compile(r"(?<![a-z])cart(?![a-z])|cartform|addtocart|basket|warenkorb|panier|"
                   r"carrito|carrello|winkelwagen", re.I)
#: Share of the page's text the element holding both the headline and the cart form may
#: hold: a product's box (its name, price, "Add to cart" and description), not the whole
#: page around a story and a shop's sidebar.
PRODUCT_BOX_SHARE = 0.75


def shop_product_page(page: Page) -> bool:
    """A shop's product page (a book's, a wine's, a grease's) told by what it prints, where
    its head declares nothing (og:type "product" and JSON-LD Product are read elsewhere): a
    form that puts the item in the cart ("In den Warenkorb") after the page's headline, in
    a box that holds less than `PRODUCT_BOX_SHARE` of the page's text. Its description read
    as an undated article. A site's cart in its header is beside its logo, no headline; a
    story's page with a shop in its sidebar holds both in the whole page; and a page
    declaring an article (JSON-LD, og:type "article", a publication time, an Article
    microdata item) is never one.

    >>> from scrapy.http import HtmlResponse
    >>> from newsscraper.page import Page
    >>> def shop(box, more=""): return shop_product_page(Page.from_response(HtmlResponse(
    ...     url="https://x.de/p/1", encoding="utf-8", body=(f"<html><body><div>{box}</div>"
    ...     f"<div><p>{'Text of the page. ' * 20}</p>{more}</div></body></html>").encode())))
    >>> product = ("<h1>Beringer Zinfandel Rose Stone Cellars</h1><form method='post' "
    ...            "action='/checkout/cart/add/9'><span>6,99 €</span><button>Buy</button></form>")
    >>> shop(product), shop("<h1>Floods cut the road to the north</h1>", product[40:])
    (True, False)
    >>> shop(product.replace("cart", "carta"))
    False
    >>> shop("<form action='/cart'><a>Cart (0)</a></form><h1>Floods cut the road to the north</h1>")
    False
    """
    # What the head declares first (most stories say "article" there), then the walk.
    og_type = (page.first_meta("og:type") or "").strip().lower()
    if "article" in og_type or page.first_meta("article:published_time") \
            or metadata.declares_own_article(page):
        return False
    forms = [f for f in page.root.iter("form")
             if _CART.search(" ".join(f.get(a) or "" for a in ("action", "class", "name", "id")))]
    if not forms or _STORY_ITEMTYPE.search(page.raw):
        return False
    heads = [h1 for i, h1 in enumerate(page.h1s())
             if _reads_as_headline(h1, i == 0) and not is_logo_heading(h1, page.url)]
    body = page.root.find("body")
    if not heads or body is None:
        return False
    total = _text_length(body)
    for h1 in heads:
        # The buy box follows the product's name; a site's cart in its header comes first.
        after = set(_FOLLOWING_FORMS(h1))
        for form in (f for f in forms if f in after):
            around = set(form.iterancestors())
            box = next((a for a in h1.iterancestors() if a in around), None)
            if box is not None and box is not body \
                    and _text_length(box) < PRODUCT_BOX_SHARE * total:
                return True
    return False


def _text_length(element: Element) -> int:
    """Characters of text `element` prints, its runs of white space as one."""
    return len(" ".join(text_content(element).split()))
