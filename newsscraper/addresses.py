"""Addresses that are never articles: section fronts, tags, authors, static pages, listings.

Read from the URL alone, so the crawler can sort links without loading the extractor, and
`extract()` can skip such pages before parsing them.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote, urlsplit

#: URL paths that are never articles (section fronts, tags, authors, static pages).
NON_ARTICLE_PATH = re.compile(
    # A language's (or a country's edition's) front: "/de", "/en/", "/de-at/", "/uk/".
    r"^/(?:$|[a-z]{2}(?:[-_][a-z]{2})?/?$|(?:[a-z]{2}(?:-[a-z]{2})?/)?(?:tag|tags|topic|topics|category|categories|section|"
    r"author|authors|profile|about|about-us|contact|contact-us|privacy|privacy-policy|terms|"
    r"terms-of-use|terms-and-conditions|disclaimer|cookie-policy|advertise|careers|sitemap|"
    # A listing's page number ends the path ("/page/2/"); "/page/202412/1325033.shtml" is a
    # story filed under "page/<month>".
    r"search|page/\d+(?=/?$)|feed|comments/feed|login|register|subscribe|newsletter|"
    # A date or category archive; "/archives/2146078" is a post (WordPress's "archives/%post_id%"
    # permalinks, common on Japanese sites), a year ("/archives/2019/") is not, and neither is
    # a named entry filed under its year and month ("/archives/2011/08/a_story.html": Movable
    # Type's individual archives, WordPress's "archives/%year%/%monthnum%/%postname%").
    r"archives?(?!/(?!(?:19|20)\d\d/?$)\d+(?:\.html?)?/?$)"
    r"(?!/(?:19|20)\d\d/[01]\d/(?:[0-3]\d/)?[^/]*[a-z][^/]*/?$)|"
    r"wp-admin|wp-login\.php|"
    # Drupal's system paths of a taxonomy term's listing and a user's profile, which its
    # sitemaps list beside the stories ("/taxonomy/term/175", "/user/7").
    r"taxonomy/term/\d+|user/\d+|"
    # A glossary's or wiki's entries ("/wiki/europaeische-zentralbank-ezb/"): reference, no news.
    r"wiki|glossary|glossar|lexikon)(?:/|$)"
    # WordPress date archives: /2024/, /2024/12/, /2024/12/17/ (optionally paginated)
    r"|\d{4}/(?:\d{2}/){0,2}(?:page/\d+/?)?$)",
    re.I,
)
#: The same pages when a site lives under a folder ("/portal/about-us/", "/news/tag/x/").
NON_ARTICLE_TAIL = re.compile(
    # A page filed as a file named with a date or a number ("/security/topics/alert20190402.html":
    # Japanese sites' "トピックス" are news items) is a story, not a topic's listing.
    r"/(?:(?:tag|tags|topic|topics|category|categories|author|authors)/"
    r"(?![^/]*\d{6}[^/]*\.s?html?$)[^/]+/?"
    r"(?:page/\d+/?)?|about|about-us|contact|contact-us|privacy|privacy-policy|terms|"
    r"terms-of-use|terms-and-conditions|disclaimer|cookie-policy|advertise|careers|"
    r"page/\d+)/?$"
    # A small site's static pages saved as files ("/termine.html", "/legal/terms-of-use.html",
    # "/impressum.php"): a story's file is named by its headline or its number, never so.
    r"|/(?:about|about-us|contact|contact-us|kontakt|impressum|imprint|datenschutz|privacy|"
    r"privacy-policy|terms|terms-of-use|terms-and-conditions|nutzungsbedingungen|agb|"
    r"disclaimer|cookie-policy|termine|veranstaltungen|events|calendar|kalender)"
    r"\.(?:s?html?|php|aspx?)$"
    # A hand-written PHP or ASP.NET portal's listing scripts, one per kind of listing, the
    # query naming whose ("/reporter.php?id=7", "/tags.php?tag=x", "/Category.aspx?cid=5"):
    # a story's script is named for the story ("/news-details.php?id=…"), never so.
    r"|/(?:reporters?|authors?|writers?|columnists?|profile|tags?|topics?|category|"
    r"categories|section|search)\.(?:php|aspx?|jsp|cfm)$",
    re.I,
)
#: A language's front ("/en/", "/de-at"), where a multilingual WordPress site's posts live.
_LANGUAGE_FRONT = re.compile(r"^/[a-z]{2}(?:[-_][a-z]{2})?/?$", re.I)
_INDEX_FILE = re.compile(r"/index\.html?(?:\.gz)?$", re.I)
#: WordPress query variables of listings (search, category, tag, author, date, paging).
_LISTING_QUERY = frozenset({"s", "cat", "category_name", "tag", "author", "author_name",
                            "paged", "m", "year", "monthnum", "day", "feed", "page_id"})


def is_non_article_address(url: str) -> bool:
    """A listing, tag, author or static page by its address.

    >>> [is_non_article_address(u) for u in ("https://x.in/tag/delhi/", "https://x.in/")]
    [True, True]
    >>> [is_non_article_address("https://x.at" + p) for p in ("/de", "/en/", "/de-at/",
    ...  "/en/index.html", "/de/radfahren", "/e1/")]
    [True, True, True, True, False, False]
    >>> [is_non_article_address(u) for u in ("https://x.in/?p=48043", "https://x.in/?s=a")]
    [False, True]
    >>> [is_non_article_address("https://x.sy/en/" + q) for q in ("?p=334512", "?s=a", "")]
    [False, True, True]
    >>> is_non_article_address("file:///mirror/about-us/index.html")
    True
    >>> [is_non_article_address("https://x.cn" + p) for p in ("/page/2/", "/page/202412/1.shtml")]
    [True, False]
    >>> [is_non_article_address("https://x.jp" + p) for p in ("/archives/2146078", "/archives/",
    ...                                                       "/archives/2019/", "/archives/cat/x")]
    [False, True, True, True]
    >>> [is_non_article_address("https://x.com/archives" + p)
    ...  for p in ("/2011/08/a_story.html", "/2011/08/", "/2011/08/index.html", "/2011/08/page/2/")]
    [False, True, True, True]
    >>> [is_non_article_address("http://x.de" + p) for p in ("/termine.html", "/impressum.php",
    ...  "/wiki/ezb/", "/legal/terms-of-use.html", "/news/termine-fuer-2016.html", "/a/wiki.html")]
    [True, True, True, True, False, False]
    >>> [is_non_article_address("https://x.in" + p) for p in ("/taxonomy/term/175", "/user/7",
    ...  "/taxonomy/term/175?page=1", "/news/user-7-story")]
    [True, True, True, False]
    >>> [is_non_article_address("https://x.in" + p) for p in ("/reporter.php?id=7",
    ...  "/tags.php?tag=Delhi", "/Category.aspx?cid=5", "/news-details.php?id=48062")]
    [True, True, True, False]
    >>> [is_non_article_address("https://x.go.jp/security/topics/" + p)
    ...  for p in ("alert20190402.html", "malware/", "malware.html")]
    [False, True, True]
    """
    parts = urlsplit(url)
    # A saved page's file name ("about/index.html") stands for its folder's address.
    path = _INDEX_FILE.sub("/", parts.path) or "/"
    if (path == "/" or _LANGUAGE_FRONT.match(path)) and parts.query:
        # WordPress without pretty permalinks: every page is "/?…"; a post is "?p=N". A
        # site in several languages runs one install a language ("/en/?p=334512").
        return not _LISTING_QUERY.isdisjoint(k for k, _ in parse_qsl(parts.query))
    return bool(NON_ARTICLE_PATH.match(path) or NON_ARTICLE_TAIL.search(path))


#: The folders some sites file their stories in as their listings' ("/category/states/south/
#: tamil-nadu/<story>"): a section's page, or a story's.
_FILING_FOLDERS = frozenset({"category", "categories", "section", "topic", "topics"})
#: A story's file name: its headline as a slug, ending with the story's number
#: ("…-as-imd-issues-orange-alert-163522"), or a headline's worth of words without one. A
#: section's or topic's name is a word or three ("tamil-nadu", "lok-sabha-election-2024").
#: Or the headline's slug and the story's NewsML identifier, the IPTC standard's URN wires
#: give their items ("…-no-confidence-urn:newsml:dpa.com:20090101:241216-99-123456").
#: A story's number closing the address after its slug ("…/govt-to-import-rice/145678") or
#: under a "news" folder ("/topic/1912/news/82345678/"): the number names the item.
_STORY_NUMBER = re.compile(r"\d{5,}")
_ITEM_FOLDERS = frozenset({"news", "article", "articles", "story", "stories"})
_STORY_SLUG = re.compile(r"(?:[^\W_]+-){3,}\d{5,}(?:\.\w{2,5})?|(?:[^\W_]+-){5,}[^\W_]+"
                         r"|(?:[^\W_]+-){3,}urn:newsml:[\w.:-]+", re.I)


def filed_story_address(url: str) -> bool:
    """An address under a section's or topic's folder whose last part names a story, not a
    section: the address alone cannot tell them apart as it can "/category/world/"
    (`is_non_article_address`), so the page is asked whether it reads as one story.

    >>> [filed_story_address("https://x.in/category/states/" + p) for p in (
    ...  "chennai-rains-schools-shut-in-four-districts-163522", "tamil-nadu/", "election-2024-10",
    ...  "schools-shut-in-four-districts-as-rains-lash", "page/2/")]
    [True, False, False, True, False]
    >>> [filed_story_address("https://x.bd/category/Bangladesh/" + p) for p in (
    ...  "govt-to-import-rice-from-myanmar/145678", "politics/145678", "page/2/")]
    [True, False, False]
    >>> filed_story_address("https://x.lt/topic/1912/news/82345678/")
    True
    >>> filed_story_address("https://x.in/about/the-paper-and-its-history-since-1990-12345")
    False
    >>> filed_story_address("https://x.com/topic/scholz-loses-confidence-vote-urn:newsml:"
    ...                     "dpa.com:20090101:241216-99-123456")
    True

    The colons percent-encoded as links and crawlers often leave them ("urn%3Anewsml%3A…")
    read as the same story's address:

    >>> filed_story_address("https://x.com/topic/scholz-loses-confidence-vote-urn%3Anewsml"
    ...                     "%3Adpa.com%3A20090101%3A241216-99-123456")
    True
    """
    path = urlsplit(url).path
    segments = [s for s in (unquote(path) if "%" in path else path).split("/") if s]
    if len(segments) < 2 or _FILING_FOLDERS.isdisjoint(s.lower() for s in segments[:-1]):
        return False
    if len(segments) >= 3 and _STORY_NUMBER.fullmatch(segments[-1]):
        # The story's number after its slug or under the topic's "news" folder.
        return segments[-2].lower() in _ITEM_FOLDERS \
            or _STORY_SLUG.fullmatch(segments[-2] + "-" + segments[-1]) is not None
    return _STORY_SLUG.fullmatch(segments[-1]) is not None
