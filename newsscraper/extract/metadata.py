"""Structured metadata candidates: JSON-LD (incl. @graph), OpenGraph, <meta>, <time>.

Each function returns raw candidate values for one field, best first; the loader cleans them
and the extractor keeps the first that survives cleaning.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from lxml import etree

from newsscraper.extract.boilerplate import ARTICLE_TYPES
from newsscraper.page import text_content
from newsscraper.processors import normalise_agency, split_url, unescape_entities

if TYPE_CHECKING:
    from newsscraper.page import Page

_ARTICLE_TYPES = tuple(t for t in ARTICLE_TYPES if t != "WebPage")
#: (The same, for other modules: an Article of some kind, not a mere WebPage.)
ARTICLE_OBJECT_TYPES = _ARTICLE_TYPES


def article_objects(page: Page) -> list[dict[str, Any]]:
    """JSON-LD objects describing the article (Article types first, then WebPage); found
    once a page (every field asks)."""
    return list(page.memo("article_objects", _find_article_objects))


def _find_article_objects(page: Page) -> tuple[dict[str, Any], ...]:
    found = tuple(page.jsonld_of_type(*_ARTICLE_TYPES))
    if len(found) > 1:
        # Related or "up next" stories printed as NewsArticle objects beside the page's own
        # (their headline, dates and authors are not this article's): left out when they
        # name another address and one object does not.
        # A page with no object of its own has only other stories' when they name two or
        # more addresses (one address named by all is this story's, moved or syndicated).
        here = {_address_key(u) for u in (page.url, page.canonical, *page.meta.get("og:url", ()))
                if u}
        elsewhere = [a if a.isdisjoint(here) else set() for a in map(_addresses, found)]
        own = tuple(obj for obj, away in zip(found, elsewhere, strict=True) if not away)
        found = own or (() if len(set().union(*elsewhere)) > 1 else found)
    return found or tuple(page.jsonld_of_type("WebPage"))


def _addresses(obj: dict[str, Any]) -> set[str]:
    """The addresses a JSON-LD object gives itself (url, @id, mainEntityOfPage), as keys."""
    main = obj.get("mainEntityOfPage")
    urls = [obj.get("url"), obj.get("@id"), main.get("@id") if isinstance(main, dict) else main]
    return {_address_key(u) for u in urls if isinstance(u, str) and u.startswith("http")}


def _address_key(url: str) -> str:
    """Host and path, without "www.", query, fragment or trailing slash.

    >>> _address_key("https://www.x.example/news/story-1/#article")
    'x.example/news/story-1'
    """
    parts = split_url(url.strip())
    return (parts.hostname or "").removeprefix("www.") + parts.path.rstrip("/")


def _strings(value: Any, key: str = "name") -> Iterator[str]:
    """Strings in a JSON-LD value that may be a string, an object, or a list of either."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        inner = value.get(key) or value.get("@value")
        if isinstance(inner, str):
            yield inner
        elif isinstance(inner, list) and key == "name":
            # A person's name given as a list ({"@type": "Person", "name": ["Jane Doe"]}, as
            # some CMSs serialise a one-value field): its strings.
            yield from (v for v in inner[:10] if isinstance(v, str))
        elif key == "name" and isinstance(value.get("familyName"), str):
            # schema.org Person given as parts: {"givenName": "Anna Giulia", "familyName": …}
            given = value.get("givenName")
            family = value["familyName"]
            yield f"{given} {family}" if isinstance(given, str) else family
    elif isinstance(value, list):
        for item in value[:50]:
            yield from _strings(item, key)


def _from_articles(page: Page, *keys: str, inner: str = "name") -> list[str]:
    out: list[str] = []
    for obj in article_objects(page):
        for key in keys:
            out.extend(_strings(obj.get(key), inner))
    return out


def _stamps(page: Page, *keys: str) -> list[str]:
    """Date values of the article objects: strings, or epoch numbers as some CMSs print them
    (`"datePublished": 1734420780`, in seconds or milliseconds)."""
    out = _from_articles(page, *keys)
    for obj in article_objects(page):
        out.extend(str(obj[key]) for key in keys
                   if type(obj.get(key)) is int)  # not bool, a subclass of int
    return out


def title(page: Page) -> list[str]:
    """Headline candidates: JSON-LD headline, og:title, twitter:title, <title>."""
    values = _from_articles(page, "headline", "name")
    values += [v for k in ("og:title", "twitter:title", "title") for v in page.meta.get(k, ())]
    if page.title_tag:
        values.append(page.title_tag)
    return values


def headline(page: Page) -> list[str]:
    """JSON-LD headline of the article object."""
    return _from_articles(page, "headline")


def article_body(page: Page) -> list[str]:
    """JSON-LD articleBody as paragraphs (split on line breaks), or []."""
    for text in _from_articles(page, "articleBody"):
        paragraphs = [p.strip() for p in text.splitlines() if p.strip()]
        if paragraphs:
            return paragraphs
    return []


def description(page: Page) -> list[str]:
    """Meta descriptions: used to recognise a printed standfirst, not as one by themselves."""
    values = _from_articles(page, "description")
    return values + [v for k in ("og:description", "description") for v in page.meta.get(k, ())]


#: JSON-LD types that name an organisation, not a person, as the author.
ORGANISATION_TYPES = frozenset({"Organization", "NewsMediaOrganization", "Corporation",
                                "NewsAgency", "OnlineBusiness", "WebSite"})
#: <meta> names that carry the byline. `twitter:misc:written by` is Yoast SEO's (WordPress).
#: `citation_author`: the Highwire Press tags scholarly publishers print for Google Scholar,
#: one per author (bioRxiv's preprints, journals' article pages).
AUTHOR_META = ("author", "article:author", "dc.creator", "sailthru.author", "parsely-author",
               "cxenseparse:author", "twitter:misc:written by", "citation_author")


#: Library-catalogue <meta>s whose convention is the name inverted, "Surname, Given" (Dublin
#: Core's `DC.Creator` in an IETF draft: "Kooman, F.", "Jong, Michiel de").
INVERTED_AUTHOR_META = frozenset({"dc.creator", "citation_author"})
#: "Surname, Given names": one surname word (perhaps after a particle), then given names or
#: initials, each capitalised, or a particle ("Michiel de").
_INVERTED_NAME = re.compile(
    r"^(?P<surname>(?:(?:de|van|von|der|den|da|di|du|le|la)\s+)*[^\W\d_][\w'’-]*)\s*,\s*"
    r"(?P<given>(?:(?:[A-Z]\.|[A-Z][a-z][\w'’-]*|de|van|von|der|den|da|di|du|le|la)\s*){1,4})$")


def uninverted(name: str) -> str:
    """A name a catalogue <meta> prints inverted, in reading order; any other as it is.

    >>> uninverted("Kooman, F."), uninverted("Jong, Michiel de"), uninverted("Doe, Jane A.")
    ('F. Kooman', 'Michiel de Jong', 'Jane A. Doe')
    >>> uninverted("Jane Doe"), uninverted("Jane Doe, Reuters"), uninverted("Doe, AFP")
    ('Jane Doe', 'Jane Doe, Reuters', 'Doe, AFP')
    """
    m = _INVERTED_NAME.match(name.strip())
    if m is None:
        return name
    given = m["given"].split()
    particles: list[str] = []
    while given and given[-1].islower():
        particles.insert(0, given.pop())  # "Michiel de": the particle goes with the surname
    return " ".join([*given, *particles, m["surname"]]) if given else name


#: CMS login accounts that SEO plugins print as the JSON-LD author when the post was entered
#: by the site's administrator: the printed byline, if any, names the writer.
#: Joomla's first account is "Super User" (viehbacher.com's `<meta name="author">`); a
#: newsroom's shared posting account is named for its role ("Content Writer", "Content
#: Editor": Eyethu News's JSON-LD over the printed "<span class=meta-author>").
ACCOUNT_PLACEHOLDERS = frozenset({"admin", "administrator", "webmaster", "wpadmin", "root",
                                  "super user", "content writer", "content editor"})
#: A web address in an author <meta> ("Arentik d.o.o. - www.arentik.com"): the web agency
#: that built the site signs its theme so, no writer (the site's own address is the site's
#: credit: `_without_own_address`).
_WEB_ADDRESS = re.compile(r"\bwww\.[\w-]+\.[a-z]{2,}\b")


def authors(page: Page) -> list[str]:
    """People credited as authors: JSON-LD author/creator persons (with any wire service
    credited beside them), else the byline <meta>s, else the organisations JSON-LD credits
    (the publisher as author, a common SEO-plugin default, is the last resort: a byline
    <meta> names the people more often).
    """
    credited = [(name, is_org) for name, is_org in jsonld_authors(page)
                if name.strip().casefold() not in ACCOUNT_PLACEHOLDERS]
    keys = _site_keys(page)
    # A Person named as the site ("Vanguard News"): the copy was posted under the site's
    # account, and the printed byline, if any, names the writer (else the site comes back
    # as the last resort, `site_authors`).
    names = [name for name, is_org in credited if (not is_org or normalise_agency(name))
             and _squash(name) not in keys]
    if names:
        return names
    names = [uninverted(v) if k in INVERTED_AUTHOR_META else v
             for k in AUTHOR_META for v in page.meta.get(k, ()) if "@" not in v]
    names = [(_linked_name(page, v) or v) if "://" in v else v for v in names]
    # Yoast's older form: twitter:label1 "Written by" + twitter:data1 "Jane Doe".
    for i in "12":
        if [v.casefold() for v in page.meta.get(f"twitter:label{i}", ())] == ["written by"]:
            names.extend(page.meta.get(f"twitter:data{i}", ()))
    # The site's own name in the author <meta> ("hessenschau.de, Frankfurt") is no better
    # than the organisation JSON-LD credits: that comes first.
    # The desk editor who posted the copy, named again as its author (China Daily's
    # `<meta name="editor">` and `<meta name="author">` both "高夏" over a wire story).
    editors = {v.strip() for v in page.meta.get("editor", ())}
    people = [n for n in names
              if not _is_site_name(n, keys) and _desk_site(n, keys) is None
              and _WEB_ADDRESS.search(n) is None
              and n.strip().casefold() not in ACCOUNT_PLACEHOLDERS
              and n.strip() not in editors and _without_own_address(page, n) is None]
    if len(people) > 1 and (persons := [n for n in people if not is_company(n)]):
        # The publishing company in one author <meta> and the writer in the next (a CMS's
        # site-wide "mediagene Inc." before the post's own): the writer.
        people = persons
    if len(people) > 1 and (persons := [n for n in people if not _holds_copyright(page, n)]):
        # Or the company the page's copyright line names (Money.pl's "PAP" and "Grupa
        # Wirtualna Polska" over its "© 2016 Grupa Wirtualna Polska S.A."): the publisher.
        people = persons
    if people and all(is_company(n) for n in people):
        # Only the publishing company by its legal form (Wprost's "AWR Wprost Sp. z o.o."): a
        # CMS's site-wide owner, no writer; the printed byline or the site's name decides.
        people = []
    return people or [name for name, _ in credited if not _is_site_name(name, keys)]


_LINKS_TO = etree.XPath("//body//a[contains(@href, $slug)]")


def _linked_name(page: Page, url: str) -> str | None:
    """The writer an author <meta> gives as the address of their page (OpenGraph's
    article:author is a profile URL: "https://www.engadget.com/editors/jon-fingas"), as the
    page prints it in a link to a page of that slug whose text is the name the slug spells
    ("<a href="/about/editors/jon-fingas/">Jon Fingas</a>"). A slug of one word ("nytimes",
    a Facebook page) is not looked for.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> page = Page(url="u", root=lxml.html.document_fromstring('<html><body><a href='
    ...     '"/about/editors/jon-fingas/"><img></a><a href="/about/editors/jon-fingas/">Jon '
    ...     'Fingas</a></body></html>'))
    >>> _linked_name(page, "https://example.com/editors/jon-fingas")
    'Jon Fingas'
    >>> _linked_name(page, "https://www.facebook.com/engadget") is None
    True
    """
    slug = split_url(url).path.rstrip("/").rpartition("/")[2].casefold()
    if "-" not in slug or not slug.replace("-", "").isalnum():
        return None
    for link in _LINKS_TO(page.root, slug=slug):
        name = " ".join(text_content(link).split())
        if name and name_slug(name) == slug:
            return name
    return None


def name_slug(name: str) -> str:
    """`name` as a URL slug: "José García" → "jose-garcia"."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded.casefold()).strip("-")


#: A company's legal form closing its name ("mediagene Inc.", "Example Media GmbH", "Foo Co.,
#: Ltd."), or the Japanese one before or after it ("株式会社メディアジーン").
_COMPANY_FORM = re.compile(
    # Not "Co" nor "SA" without their stop: surnames ("Jane Co", "Luis Sa").
    r"(?:[\s,](?:inc|ltd|llc|gmbh|corp|corporation|plc|limited)\.?$|\sco\.$|\s(?-i:AG)$"
    # Continental forms with their stops ("AWR Wprost Sp. z o.o.", "Grupa X S.A.", "Y S.p.A.",
    # "Z B.V."): without them they are initials or surnames.
    r"|\s(?:sp\. z o\.o|s\.a|s\.p\.a|s\.r\.l|b\.v|n\.v|a\.s|s\.l)\.$)"
    r"|株式会社|有限会社|合同会社", re.I)


#: Text nodes of a copyright notice: "©" and a year ("© 2016 Grupa Wirtualna Polska S.A.").
_COPYRIGHT_TEXTS = etree.XPath("//body//text()[contains(string(), '©')]", smart_strings=False)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _holds_copyright(page: Page, name: str) -> bool:
    """Does a copyright notice of the page ("© 2016 Example Media S.A.") name `name`?"""
    notices = page.memo("copyright_notices", lambda p: [
        t.casefold() for t in _COPYRIGHT_TEXTS(p.root) if _YEAR.search(t)])
    folded = " ".join(name.split()).casefold()
    return len(folded) > 3 and any(folded in notice for notice in notices)


def is_company(name: str) -> bool:
    """Does `name` name a company by its legal form?

    >>> is_company("mediagene Inc."), is_company("Foo Co., Ltd."), is_company("株式会社X")
    (True, True, True)
    >>> is_company("AWR Wprost Sp. z o.o."), is_company("Grupa Wirtualna Polska S.A.")
    (True, True)
    >>> is_company("Jane Doe"), is_company("Jane Co"), is_company("Incognito Doe")
    (False, False, False)
    >>> is_company("Luis Sa"), is_company("Jane S.A"), is_company("J. B. V.")
    (False, False, False)
    """
    return bool(_COMPANY_FORM.search(name.strip()))


def site_authors(page: Page) -> list[str]:
    """Byline <meta>s that only name the site ("mdr.de"): used when no printed byline is found.
    Without the address a publisher's credit prints after its name ("Süddeutsche.de GmbH,
    Munich, Germany"): the clean-up would split it at its commas into three authors. A
    credit that gives the site's address in parentheses is the site's too, by its name.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> site_authors(Page(url="https://www.example.de/a", root=lxml.html.fromstring(
    ...     "<html></html>"), meta={"author": ["Example.de GmbH, Munich, Germany"]}))
    ['Example.de GmbH']
    >>> site_authors(Page(url="https://www.dw.com/a", root=lxml.html.fromstring(
    ...     "<html></html>"), meta={"author": ["Deutsche Welle (www.dw.com)"]}))
    ['Deutsche Welle']
    """
    keys = _site_keys(page)
    names = [name for name, _ in jsonld_authors(page)]
    names += [v for k in AUTHOR_META for v in page.meta.get(k, ())]
    credits = []
    for name in names:
        if _is_site_name(name, keys):
            credits.append(name.partition(",")[0].strip())
        elif site := _without_own_address(page, name) or _desk_site(name, keys):
            credits.append(site)
    return credits


#: A credit, a dash or bar, and what follows it: "Zone Justice et faits divers - ICI.Radio-
#: Canada.ca".
_DASHED_TAIL = re.compile(r"^(?P<head>.*\w)\s+[|–—-]\s+(?P<tail>\S.*)$")
#: Lower-case words a person's name holds: particles and the "and" between two names.
_NAME_PARTICLES = frozenset({"de", "du", "des", "da", "di", "do", "dos", "das", "del", "della",
                             "van", "von", "der", "den", "ter", "la", "le", "bin", "ibn", "al",
                             "el", "and", "et", "und", "y", "e"})


def _desk_site(name: str, keys: frozenset[str]) -> str | None:
    """The site's name where a credit names a desk of the site after a dash ("Zone Justice
    et faits divers - ICI.Radio-Canada.ca": the newsroom's section, no person; its " et "
    would split it into two "authors"); None for a person so credited ("Jane Doe - Site"),
    whose name holds no lower-case word but particles.

    >>> keys = frozenset({"iciradiocanadaca"})
    >>> _desk_site("Zone Justice et faits divers - ICI.Radio-Canada.ca", keys)
    'ICI.Radio-Canada.ca'
    >>> _desk_site("Jane Doe - ICI.Radio-Canada.ca", keys), _desk_site("a news desk - X", keys)
    (None, None)
    """
    m = _DASHED_TAIL.match(name.strip()) if " " in name else None
    if m is None or _squash(m["tail"]) not in keys:
        return None
    lower = [w for w in m["head"].split() if w[:1].islower() and w not in _NAME_PARTICLES]
    return m["tail"].strip() if lower else None


#: A credit's parenthesised web address at its end: "Deutsche Welle (www.dw.com)".
_PAREN_ADDRESS = re.compile(
    r"\s*\(\s*(?:https?://)?(?:www\.)?(?P<host>[\w-]+(?:\.[\w-]+)+)/?\s*\)$")


def _without_own_address(page: Page, name: str) -> str | None:
    """The name of a credit that gives this site's own address after it, the way a
    publisher signs ("Deutsche Welle (www.dw.com)", the site being dw.com): the site's
    credit, no person, whatever the name it spells; None for any other name."""
    m = _PAREN_ADDRESS.search(name)
    host = (split_url(page.url).hostname or "").removeprefix("www.").casefold()
    if m is None or not host or m["host"].casefold() != host:
        return None
    return name[:m.start()].strip() or None


def is_site_name(page: Page, word: str) -> bool:
    """`word` is one of the site's own names ("MDR" on mdr.de)."""
    return _squash(word) in _site_keys(page)


def declared_site_name(page: Page, parts: list[str]) -> str | None:
    """The site name `parts` spell when read together: a byline split at its "&" ("The Mail",
    "Guardian") that is the site's own name, as the site declares it.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> page = Page(url="https://mg.co.za/a", root=lxml.html.fromstring("<html></html>"),
    ...             meta={"og:site_name": ["The Mail & Guardian"]})
    >>> declared_site_name(page, ["The Mail", "Guardian"]), declared_site_name(page, ["A", "B"])
    ('The Mail & Guardian', None)
    """
    parts = list(dict.fromkeys(parts))  # once each: collected from several sources
    key = _squash("".join(parts))
    if len(parts) < 2 or key not in _site_keys(page):
        return None
    return next((n for n in site_names(page) if _squash(n) == key), None)


def _site_keys(page: Page) -> frozenset[str]:
    """The site's own names, squashed: og:site_name, publisher, host name labels (worked
    out once a page: every author name is checked against them)."""
    return page.memo("site_keys", _squashed_site_names)


def _squashed_site_names(page: Page) -> frozenset[str]:
    host = (split_url(page.url).hostname or "").removeprefix("www.")
    labels = [label for label in host.split(".")[:-1] if len(label) >= 3]
    return frozenset(k for k in map(_squash, (*site_names(page), host, *labels)) if k)


def _is_site_name(name: str, keys: frozenset[str]) -> bool:
    """The name starts with one of the site's own names ("mdr.de", "hessenschau.de, Frankfurt").

    >>> _is_site_name("hessenschau.de, Frankfurt", frozenset({"hessenschau"}))
    True
    """
    key = _squash(name)
    return bool(key) and any(key.startswith(k) for k in keys)


@lru_cache(maxsize=4096)
def _squash(text: str) -> str:
    """Casefolded letters and digits only: "n-tv NACHRICHTEN" → "ntvnachrichten"."""
    return "".join(c for c in text.casefold() if c.isalnum())


def jsonld_authors(page: Page) -> Iterator[tuple[str, bool]]:
    """(name, is an organisation) for each JSON-LD author/creator of the article."""
    for obj in article_objects(page):
        for key in ("author", "creator"):
            value = obj.get(key)
            for item in (value if isinstance(value, list) else [value])[:50]:
                if isinstance(item, str) and item.startswith("{") and item.endswith("}"):
                    item = _json_object(item)  # a Person printed as a string of JSON
                if isinstance(item, dict) and "name" not in item and "@id" in item:
                    item = _graph_node(page, item["@id"]) or item
                types = item.get("@type") if isinstance(item, dict) else None
                types = types if isinstance(types, list) else [types]
                is_org = any(t in ORGANISATION_TYPES for t in types if isinstance(t, str))
                if isinstance(item, dict) and _is_admin_account(item):
                    continue
                yield from ((name, is_org) for name in _strings(item))


def _json_object(text: str) -> dict[str, Any] | str:
    """The object a JSON-LD string value spells, when a template printed a Person as text
    (`"author": "{ \\"@type\\":\\"Person\\", \\"name\\":\\"Alice Wu\\" }"`), else the
    text.

    >>> _json_object('{ "@type":"Person", "name":"Alice Wu" }')
    {'@type': 'Person', 'name': 'Alice Wu'}
    >>> _json_object("{Jane Doe}")
    '{Jane Doe}'
    """
    try:
        value = json.loads(text)
    except ValueError:
        return text
    return value if isinstance(value, dict) else text


def _graph_node(page: Page, node_id: object) -> dict[str, Any] | None:
    """The @graph node a bare reference ({"@id": "…#/schema/person/…"}) points to: graphs
    such as @unhead/schema-org's (Nuxt) name the author only in the Person node."""
    if not isinstance(node_id, str):
        return None
    return page.memo("jsonld_ids", _nodes_by_id).get(node_id)


def _nodes_by_id(page: Page) -> dict[str, dict[str, Any]]:
    return {obj["@id"]: obj for obj in page.jsonld if isinstance(obj.get("@id"), str)}


def _is_admin_account(person: dict[str, Any]) -> bool:
    """WordPress's "admin" user (author/admin/): whoever posted, not who wrote it.

    >>> _is_admin_account({"@id": "https://x.co.za/author/admin/", "name": "Ilanga D"})
    True
    >>> _is_admin_account({"@id": "https://x.co.za/author/jane-doe/", "name": "Jane Doe"})
    False
    """
    for key in ("@id", "url"):
        value = person.get(key)
        if isinstance(value, str) and value.rstrip("/").endswith("/author/admin"):
            return True
    return False


# "article:published:time" (a colon for the underscore) is what some CMSs print; others
# put Open Graph's article namespace under "og:" ("og:article:published_time": Le Monde,
# Mashable, Reuters, Inquisitr, POPSUGAR in 2016-2019).
PUBLISHED_META = ("article:published_time", "article:published:time", "og:published_time",
                  "og:article:published_time", "published_time",
                  "datepublished", "pubdate", "publishdate", "publish-date", "parsely-pub-date",
                  "sailthru.date", "dc.date.issued", "dc.date", "date", "dcterms.created",
                  "article.published", "cxenseparse:recs:publishtime",
                  # Advance Local's sites (NJ.com, AL.com): "Tuesday, December 13, 2016,  4:51 PM".
                  "article_date_original")
MODIFIED_META = ("article:modified_time", "article:modified:time", "og:updated_time",
                 "og:article:modified_time", "modified_time", "datemodified",
                 "last-modified", "dcterms.modified", "article.updated", "lastmod",
                 "article_date_updated")
#: More names for the two dates, from htmldate's and newspaper4k's vocabularies, as pages of
#: several CMSs print them (`<meta name="dcterms.date">` of WordPress SEO plugins,
#: `name="published"` (Daily Maverick), `name="content:publishDate"` (Rzeczpospolita),
#: `name="publish_date"`, `name="og:pubdate"` (CNN), `itemprop="dateUpdate"` (Baidu's
#: Baijiahao), `og:regDate` (Korean portals)): read after the names above, and only an ISO
#: 8601 value (`EXTRA_DATE`). Not a microdata `<meta itemprop="dateCreated">`: the
#: Rhein-Neckar-Zeitung's is the day its page was rebuilt (2019 over a story of 2015, which
#: its text prints). Older templates wrote an RFC
#: 2822 date in some of them with a zone word that is not the clock's (politico.com's 2010
#: `publish_date` "Sat, 09 Oct 2010 07:15:45 EST", its page printing 7:15 AM on New York's
#: summer clock).
EXTRA_PUBLISHED_META = ("publish_date", "publication_date", "published_date", "date_published",
                        "og:pubdate", "og:publish_date", "dcterms.date", "dcterms.issued",
                        "dc.date.created", "dc.created", "article:published",
                        "displaydate", "originalpublicationdate", "citation_publication_date",
                        "rnews:datepublished", "og:regdate", "published_at",
                        "content:publishdate", "published")
EXTRA_MODIFIED_META = ("og:modified_time", "article:modified", "dc.date.modified", "dc.modified",
                       "updated_time", "modified_date", "dateupdate")
#: An ISO 8601 date opening a value: "2024-12-17", "2024-12-17T13:03:00Z", "2024-12-17 13:03".
EXTRA_DATE = re.compile(r"\s*(?:19|20)\d\d-[01]\d-[0-3]\d(?:$|[T ])")


#: An epoch number, seconds or milliseconds, as a whole <meta> value.
_EPOCH_VALUE = re.compile(r"\s*1\d{9}(?:\d{3})?\s*")
#: Words of a <meta> name that is not the publication's ("epoch-end-date").
_NOT_PUBLICATION = ("end", "expir", "modif", "updat")


def epoch_published(page: Page) -> list[str]:
    """The publication moment a <meta> named for it states as an epoch number (AFPBB's
    `<meta name="epoch-publish-date" content="1529283660000">`), as a UTC stamp: an instant no
    zone can be mistaken in.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> epoch_published(Page(url="u", root=lxml.html.fromstring("<p/>"), meta={
    ...     "epoch-end-date": ["1623942000000"], "epoch-publish-date": ["1529283660000"]}))
    ['2018-06-18T01:01:00+00:00']
    """
    for name, values in page.meta.items():
        if "publish" in name and not any(word in name for word in _NOT_PUBLICATION):
            for value in values:
                if _EPOCH_VALUE.fullmatch(value):
                    return [datetime.fromtimestamp(int(value.strip()[:10]), UTC).isoformat()]
    return []


#: A clock time alone ("10:05", "1:03 PM"): half of a date some CMSs split over two <meta>s.
_CLOCK_ONLY = re.compile(r"\s*\d{1,2}:\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?\s*", re.I)


def _dated(values: Iterable[str]) -> Iterator[str]:
    """The <meta> date values that name a day: a template that writes the day and the clock
    in two <meta>s (`gsa_date` "2017 01 09", `article:published_time` "10:05") left the clock
    alone in the standard name, which the parser would put on the day of the fetch.

    >>> list(_dated(["10:05", "1:03 pm", "2017-01-09T15:05:00Z"]))
    ['2017-01-09T15:05:00Z']
    """
    return (v for v in values if not _CLOCK_ONLY.fullmatch(v))


def _iso_meta(page: Page, names: tuple[str, ...]) -> Iterator[str]:
    """The ISO 8601 values of the <meta>s `names` names (`EXTRA_DATE`).

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> page = Page(url="u", root=lxml.html.fromstring("<p/>"), meta={"publish_date": [
    ...     "Sat, 09 Oct 2010 07:15:45 EST", "2010-10-09T07:15:45-04:00"]})
    >>> list(_iso_meta(page, ("publish_date",)))
    ['2010-10-09T07:15:45-04:00']
    """
    return (v for k in names for v in page.meta.get(k, ()) if EXTRA_DATE.match(v))


def head_published(page: Page) -> Iterator[str]:
    """The publication stamps of the page's JSON-LD and <meta>s alone (`published`'s first)."""
    yield from _stamps(page, "datePublished", "dateCreated", "uploadDate")
    yield from _dated(v for k in PUBLISHED_META for v in page.meta.get(k, ()))
    yield from _iso_meta(page, EXTRA_PUBLISHED_META)


def published(page: Page, *, hatom: bool = True) -> Iterator[str]:
    """Publication time candidates, most trustworthy first (lazily: the first that parses
    wins, and the body's <time> markup is read only if JSON-LD and <meta> have none).
    `hatom=False` skips the hAtom class walk and printed microdata text (the time zone wants
    machine stamps only)."""
    yield from head_published(page)
    yield from page.dom_dates("published")
    if hatom:
        yield from page.hatom_dates("published")
        yield from page.printed_dates("published")
    yield from page.dom_dates("time")
    if hatom:  # after the first <time datetime>: the walk over every attribute costs more
        yield from page.data_dates("published")


def modified(page: Page, *, hatom: bool = True) -> Iterator[str]:
    """Modification time candidates, lazily, like `published`."""
    yield from _stamps(page, "dateModified")
    yield from _dated(v for k in MODIFIED_META for v in page.meta.get(k, ()))
    yield from _iso_meta(page, EXTRA_MODIFIED_META)
    yield from page.dom_dates("modified")
    if hatom:
        yield from page.hatom_dates("modified")
        yield from page.printed_dates("modified")
        # Read only if the publication date came from there too (`published` runs first).
        yield from page.data_dates("modified", read=False)


def head_modified(page: Page) -> list[str]:
    """The modification stamps the page's head states for the article (JSON-LD
    `dateModified`, the modified-time `<meta>`s): the CMS's own record, as against a date
    printed or marked up in the body."""
    return [*_stamps(page, "dateModified"),
            *(v for k in MODIFIED_META for v in page.meta.get(k, ())),
            *_iso_meta(page, EXTRA_MODIFIED_META)]


def section(page: Page) -> list[str]:
    """Section candidates: JSON-LD articleSection, article:section, then the innermost
    section of a JSON-LD BreadcrumbList, then the article's JSON-LD genre (NHK's
    `"genre": ["経済"]`, its only section) when it names no kind of text ("news").

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def page(genre): return Page(url="https://x.example/a", root=lxml.html.fromstring(
    ...     "<p/>"), jsonld=[{"@type": "NewsArticle", "headline": "T", "genre": genre}])
    >>> section(page(["経済"])), section(page("News"))
    (['経済'], [])

    A section naming the page's kind names none; "News" is a section:

    >>> def meta(name): return Page(url="https://x.example/a", root=lxml.html.fromstring(
    ...     "<p/>"), meta={"article:section": [name]})
    >>> section(meta("article")), section(meta("Story")), section(meta("News"))
    ([], [], ['News'])
    """
    values = [_first_term(v, page) for v in _from_articles(page, "articleSection")]
    values += page.meta.get("article:section", [])
    # Open Graph's article namespace under "og:" (Reuters, Mashable, Le Monde: see PUBLISHED_META).
    values += page.meta.get("og:article:section", [])
    # A theme filling article:section with the page's kind ("article") names no section.
    values = [v for v in values if v.strip().casefold() not in _PAGE_KINDS]
    return values or breadcrumb_section(page) or [
        g for g in _from_articles(page, "genre")[:1] if g.casefold() not in _TEXT_GENRES]


#: schema.org genres that name the kind of text, not its section.
_TEXT_GENRES = frozenset({"news", "article", "report", "opinion", "analysis", "blog",
                          "press release", "breaking news"})


def _first_term(section: str, page: Page) -> str:
    """All in One SEO's articleSection joins every term of the post, categories first and
    then tags ("Assam, Brahmaputra, Floods"): when the page's `article:section` or
    `article:tag`s name its parts, the section is the category among them.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> page = Page(url="https://x.example/a/", root=lxml.html.fromstring("<p/>"))
    >>> page.meta = {"article:tag": ["floods", "assam"]}
    >>> _first_term("Assam, Brahmaputra, Floods", page), _first_term("Arts, Culture", page)
    ('Assam', 'Arts, Culture')
    >>> page.meta = {"article:section": ["Floods"]}
    >>> _first_term("Assam, Floods", page)
    'Floods'

    Without the `article:tag`s, the tag links the post prints name them:

    >>> page = Page(url="https://x.example/a/", root=lxml.html.fromstring(
    ...     '<div><a href="/tag/floods/" rel="tag">Floods</a></div>'))
    >>> _first_term("Assam, Brahmaputra, Floods", page)
    'Assam'
    """
    if ", " not in section:
        return section
    parts = [p.strip() for p in section.split(",")]
    keys = [p.casefold() for p in parts]
    for named in page.meta.get("article:section", ()):
        if named.strip().casefold() in keys:
            return parts[keys.index(named.strip().casefold())]
    tags = {t.strip().casefold() for t in page.meta.get("article:tag", ())}
    if not tags:
        # Its Social Networks module off (no og:*, no article:tag): the tags the post
        # prints, WordPress's `<a href="…/tag/…/" rel="tag">` links.
        tags = {" ".join(text_content(a).split()).casefold() for a in _REL_TAG_LINKS(page.root)}
    if any(k in tags for k in keys[1:]):
        return parts[0]
    return section


#: WordPress's tag links (`the_tags()`: `<a href="…/tag/floods/" rel="tag">Floods</a>`).
_REL_TAG_LINKS = etree.XPath("//a[@rel = 'tag']")


def breadcrumb_section(page: Page) -> list[str]:
    """The last crumb of a JSON-LD BreadcrumbList that links to a section: not the home page,
    not the article itself (Yoast's last crumb has no link; others link the page's URL).

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> page = Page(url="https://x.example/world/me/story-1", root=lxml.html.fromstring("<p/>"))
    >>> page.jsonld = [{"@type": "BreadcrumbList", "itemListElement": [
    ...     {"position": 1, "name": "Home", "item": "https://x.example/"},
    ...     {"position": 2, "name": "World", "item": "https://x.example/world"},
    ...     {"position": 3, "name": "Middle East", "item": {"@id": "https://x.example/world/me"}},
    ...     {"position": 4, "name": "Story"}]}]
    >>> breadcrumb_section(page)
    ['Middle East']
    """
    own = {_crumb_key(page.url), _crumb_key(page.canonical or page.url)}
    headlines = headline_keys(page)
    for crumbs in page.jsonld_of_type("BreadcrumbList"):
        items = crumbs.get("itemListElement")
        if not isinstance(items, list):
            continue
        sections = []
        for item in items[:20]:
            if not isinstance(item, dict):
                continue
            target = item.get("item")
            url = target.get("@id") or target.get("url") if isinstance(target, dict) else target
            name = item.get("name") or (target.get("name") if isinstance(target, dict) else None)
            if not isinstance(url, str) or not isinstance(name, str) or not name.strip():
                continue
            path = split_url(url).path.strip("/")
            if path and _crumb_key(url) not in own and name.strip().casefold() not in headlines:
                sections.append(name)
        section = innermost_section(sections)
        if section:
            return [section]
    return []


#: Names of a page's kind, not of a section (article:section "article").
_PAGE_KINDS = frozenset({"article", "articles", "story", "stories", "post", "posts", "page",
                         "website", "blogposting", "newsarticle"})
#: Crumbs that name a page type or the site's front, not a section ("Home / Article / …").
_NOT_SECTIONS = _PAGE_KINDS | {"home", "homepage", "startseite", "accueil", "inicio", "portada",
                               "홈", "ホーム", "首页"}
#: Crumbs that are a section only when nothing more specific is named ("Economy / News").
_GENERIC_SECTIONS = frozenset({"news", "latest news", "nachrichten", "noticias", "actualités"})


def innermost_section(crumbs: list[str]) -> str | None:
    """The most specific section a breadcrumb trail names.

    >>> innermost_section(["Home", "Economy", "News"]), innermost_section(["Home", "Article"])
    ('Economy', None)
    >>> innermost_section(["News"])
    'News'
    """
    named = [c for c in crumbs if c.strip().casefold() not in _NOT_SECTIONS]
    specific = [c for c in named if c.strip().casefold() not in _GENERIC_SECTIONS]
    found = specific or named
    return found[-1] if found else None


def headline_keys(page: Page) -> set[str]:
    """The page's headlines (JSON-LD, og:title, the first <h1>), case-folded: a breadcrumb's
    last crumb often names the article itself, linked to an address that is not the page's
    own (a saved copy, a tracking variant)."""
    texts = [*headline(page), *page.meta.get("og:title", ())]
    h1s = page.h1s()
    if h1s:
        texts.append(" ".join(h1s[0].itertext()))
    return {" ".join(t.split()).casefold() for t in texts}


def _crumb_key(url: str) -> str:
    parts = split_url(url)
    return f"{parts.netloc.lower()}{parts.path.rstrip('/')}"


_BARE_COMMA = re.compile(r",(?!\s)")


def tags(page: Page) -> list[str]:
    """Keyword candidates: article:tag metas, JSON-LD keywords, news_keywords or `tags` (not
    the plain `keywords`, which sites pad with their own name and "news")."""
    declared = page.meta.get("article:tag", [])
    # One <meta> listing them all is split at its commas. Several are a tag each, a comma and
    # a space in one part of its name (NYT's "Rahami, Ahmad Khan", "Chelsea (Manhattan, NY)"):
    # only a bare comma ("a,b") still lists.
    values = [t for v in declared
              for t in (_BARE_COMMA.split(v) if len(declared) > 1 else split_keywords(v))]
    if not values:
        for raw in _from_articles(page, "keywords"):
            values.extend(split_keywords(raw))
    if not values:
        # news_keywords, else a CMS's own `<meta name="tags">` (Sina's, beside the padded
        # `keywords`).
        for raw in page.meta.get("news_keywords", []) or page.meta.get("tags", []):
            values.extend(split_keywords(raw))
    # The paper's own name among them ("…,München,Süddeutsche Zeitung"): no topic. A one-word
    # name may be a channel's and a topic too (heise's og:site_name "Security"): kept.
    own = {n.casefold() for n in own_names(page) if " " in n.strip()} if values else set()
    return [v for v in values if v.strip().casefold() not in own] if own else values


def split_keywords(raw: str) -> list[str]:
    """The keywords one value lists: at its commas, or at its semicolons where those are the
    more (a newsroom system's "United States;Janet Yellen;Interest Rates / Policy"). An
    entity's ";" separates nothing: entities are decoded first.

    >>> split_keywords("Fed, Janet Yellen"), split_keywords("United States;Janet Yellen;US")
    (['Fed', ' Janet Yellen'], ['United States', 'Janet Yellen', 'US'])
    >>> split_keywords("AT&amp;T, Verizon"), split_keywords("AT&amp;T"), split_keywords("Yellen")
    (['AT&T', ' Verizon'], ['AT&T'], ['Yellen'])
    """
    text = unescape_entities(raw)
    return text.split(";" if text.count(";") > text.count(",") else ",")


def canonical(page: Page) -> list[str]:
    """The canonical link, else og:url; not the home page (some themes print the site's own
    address on every page: it identifies no article)."""
    values = [page.canonical] if page.canonical else page.meta.get("og:url", [])
    return [url for url in map(_with_scheme, values, [page.url] * len(values))
            if not is_site_root(url, page.url)]


def _with_scheme(url: str, page_url: str) -> str:
    """`url` with the page's scheme where it starts with the page's host but no scheme (El
    Mundo's og:url "www.elmundo.es/elmundo/2012/10/28/…": resolved as a path it doubled).

    >>> _with_scheme("www.x.example/a/1.html", "http://www.x.example/b/1.html")
    'http://www.x.example/a/1.html'
    >>> _with_scheme("a/1.html", "http://www.x.example/b/1.html")
    'a/1.html'
    """
    parts = split_url(page_url)
    return f"{parts.scheme}://{url}" if parts.netloc and url.startswith(f"{parts.netloc}/") \
        else url


def is_site_root(url: str, page_url: str) -> bool:
    """`url` is a site's home page and `page_url` is not.

    >>> is_site_root("https://x.example/", "https://x.example/news/story-1/")
    True
    >>> is_site_root("https://x.example/news/story-1/", "https://x.example/news/story-1/")
    False
    """
    parts = split_url(url.strip())
    return parts.path in ("", "/") and not parts.query and \
        split_url(page_url).path not in ("", "/")


def _site_opengraph(page: Page) -> bool:
    """The page's OpenGraph block describes the site, not the article: its og:url is the home
    page (a theme printing the site's settings on every page: og:image is then the logo)."""
    return any(is_site_root(url, page.url) for url in page.meta.get("og:url", ()))


def image(page: Page) -> list[str]:
    """Lead image candidates: og:image, JSON-LD image, twitter:image."""
    values = [] if _site_opengraph(page) else [*page.meta.get("og:image", []),
                                                *page.meta.get("og:image:url", [])]
    values += _from_articles(page, "image", inner="url")
    return values + page.meta.get("twitter:image", [])


def language(page: Page) -> list[str]:
    """Language candidates: <html lang>, JSON-LD inLanguage, og:locale, content-language,
    then `<meta name="language">` (and Dublin Core's `dc.language`), which older CMSs print
    where the <html> element names none."""
    values = [page.lang] if page.lang else []
    values += _from_articles(page, "inLanguage")
    return values + page.meta.get("og:locale", []) + page.meta.get("content-language", []) \
        + page.meta.get("language", []) + page.meta.get("dc.language", [])


def site_names(page: Page) -> tuple[str, ...]:
    """Names the site gives itself (to strip " | Site" from titles); worked out once a page."""
    return page.memo("site_names", _site_names)


def _site_names(page: Page) -> tuple[str, ...]:
    names = [*own_names(page), *page.meta.get("application-name", [])]
    names.extend(_strings(list(page.jsonld_of_type("Organization", "NewsMediaOrganization",
                                                   "WebSite"))))
    return tuple(n.strip() for n in names if n and n.strip())


#: Second-level labels under which a country's sites register ("bbc.co.uk", "abc.net.au").
_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "gov", "ac", "edu", "ne", "or", "go",
                           "gob", "nic", "info", "gv", "mil"})


def host_names(url: str) -> tuple[str, ...]:
    """The names a site's address gives it, as a title's tail may print them: the host, the
    registered domain and its label ("… - Pastebin.com", "… - The Washington Post" for
    washingtonpost.com), for titles whose site declares its name in another form or not at
    all.

    >>> host_names("https://www.washingtonpost.com/news/a/"), host_names("https://news.bbc.co.uk/x")
    (('washingtonpost.com', 'washingtonpost'), ('news.bbc.co.uk', 'bbc.co.uk', 'bbc'))
    >>> host_names("http://localhost/a"), host_names("file:///tmp/a.html"), host_names("http://10.0.0.1/")
    ((), (), ())
    """
    labels = (split_url(url).hostname or "").removeprefix("www.").split(".")
    if len(labels) < 2 or not all(labels) or labels[-1].isdigit():  # nor an IP address
        return ()
    cut = 3 if len(labels) >= 3 and (labels[-2] in _SECOND_LEVEL or len(labels[-2]) <= 2) \
        else 2
    domain = ".".join(labels[-cut:])
    names = [".".join(labels), domain, labels[-cut]]
    return tuple(dict.fromkeys(names))


def own_names(page: Page) -> tuple[str, ...]:
    """The names the site declares for itself: og:site_name and the article's publisher (not
    every Organization or WebSite object, nor application-name: some name them after the
    page); worked out once a page."""
    return page.memo("own_names", _own_names)


def _own_names(page: Page) -> tuple[str, ...]:
    names = list(page.meta.get("og:site_name", []))
    for obj in article_objects(page):
        names.extend(_strings(obj.get("publisher")))
    return tuple(n.strip() for n in names if n and n.strip())


def agency_credits(page: Page) -> list[str]:
    """Names that may credit a wire service: JSON-LD sourceOrganization, author orgs."""
    return _from_articles(page, "sourceOrganization", "provider", "author")


def declares_own_article(page: Page) -> bool:
    """JSON-LD holds an Article object of this page's own: one naming this page's address,
    or none. (A listing's teaser objects name their own stories.)"""
    here = {_address_key(u) for u in (page.url, page.canonical, *page.meta.get("og:url", ()))
            if u}
    return any(not (named := _addresses(obj)) or not named.isdisjoint(here)
               for obj in page.jsonld_of_type(*_ARTICLE_TYPES))


def is_declared_non_article(page: Page) -> bool:
    """JSON-LD says listing/profile/contact page and no Article object is present."""
    from newsscraper.extract.boilerplate import NON_ARTICLE_TYPES

    if any(True for _ in page.jsonld_of_type(*_ARTICLE_TYPES)):
        return False
    return any(True for _ in page.jsonld_of_type(*NON_ARTICLE_TYPES))


def section_labels(page: Page) -> frozenset[str]:
    """The labels a page prints or declares for its sections: its links' short texts (the
    navigation's and breadcrumb's channels) and its declared section. Asked for only when a
    title's tail may be a section's name, and remembered.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> root = lxml.html.fromstring('<div><a href="/f/"> 财经 </a>'
    ...                             '<a href="/a">数据业大整顿：爬虫与现金贷共生共荣</a></div>')
    >>> sorted(section_labels(Page(url="https://x.example/a", root=root)))
    ['财经']
    """
    return page.memo("section_labels", _section_labels)


#: The longest link text read as a section's label.
MAX_SECTION_LABEL_CHARS = 12


def _section_labels(page: Page) -> frozenset[str]:
    links = ("".join(text_content(a).split()) for a in page.root.iter("a"))
    return frozenset({*(t for t in links if 0 < len(t) <= MAX_SECTION_LABEL_CHARS),
                      *(s.strip() for s in section(page))})
