"""The testsite's value types: served pages, article headers, manifest rows, and route keys.

Everything here is plain data shared by the writer, the two layouts, the feeds and the server;
nothing renders HTML or does I/O.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Literal
from urllib.parse import parse_qsl, urlencode, urlsplit

#: India Standard Time: both sites' newsrooms print local time in it.
IST = timezone(timedelta(hours=5, minutes=30), "IST")
#: "Now" for revision 1 of the site, and the step to revision 2 (time is data, not the clock).
REVISION_1_AT = datetime(2024, 12, 18, 6, 0, tzinfo=UTC)
REVISION_STEP = timedelta(days=1)
#: The origin pages are built for when no server has given them one.
DEFAULT_ORIGIN = "http://testsite.localhost"
SiteName = Literal["portal", "wire", "wpportal"]
#: The two layouts built and served by default (the demo's), in that order.
SITE_NAMES: tuple[SiteName, ...] = ("portal", "wire")
#: Every layout: the default two, and "wpportal" (an ordinary WordPress theme), served only
#: when asked for by name.
LAYOUTS: tuple[SiteName, ...] = (*SITE_NAMES, "wpportal")
Group = Sequence[Mapping[str, str]]
Status = Literal["new", "updated", "comment-only", "unchanged"]
#: How revision 2 changes an article page: body text, a new comment, a rotated widget.
Change = Literal["", "body", "comment", "widget"]


@dataclass(frozen=True, slots=True)
class Page:
    """One served resource: bytes, their media type and when they last changed."""

    body: bytes
    content_type: str
    last_modified: datetime
    #: Strong validator: a hash of exactly these bytes.
    etag: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        digest = hashlib.sha256(self.body).hexdigest()[:32]
        object.__setattr__(self, "etag", f'"{digest}"')


@dataclass(frozen=True, slots=True)
class Section:
    """A listing section: URL slug (may hold a parent, "world/asia") and display name."""

    slug: str
    name: str


@dataclass(frozen=True, slots=True)
class Head:
    """What listings, feeds and sitemaps know of an article; the body is written lazily."""

    site: SiteName
    index: int
    post_id: int
    path: str
    title: str
    standfirst: str
    section: Section
    tags: tuple[str, ...]
    #: The dateline place as the body prints it, or None.
    dateline: str | None
    published: datetime
    modified: datetime
    #: Revision in which the article first appears.
    added_in: int = 1
    #: How the page differs from revision 1 (only in revision 2).
    change: Change = ""
    #: When the page's bytes last changed: `modified`, or a later comment / widget rotation.
    page_changed: datetime | None = None
    #: Whether the sitemap's <lastmod> follows `page_changed` (else it stays `modified`).
    lastmod_follows_page: bool = False

    @property
    def last_modified(self) -> datetime:
        """The HTTP Last-Modified of the article page."""
        return self.page_changed or self.modified

    @property
    def lastmod(self) -> datetime:
        """The sitemap <lastmod> of the article."""
        return self.last_modified if self.lastmod_follows_page else self.modified


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """One row of the manifest: what a crawl of this revision should find at `url`."""

    site: SiteName
    url: str
    path: str
    title: str
    status: Status
    section: str
    published: datetime
    modified: datetime
    lastmod: datetime
    #: How the page changed from revision 1 ("" when it did not, or is new).
    change: Change
    #: Whether the sitemap <lastmod> differs from revision 1's.
    lastmod_changed: bool
    agency: str
    dateline: str | None
    tags: tuple[str, ...]


def route_key(target: str) -> str:
    """The key a request target is served under: its path, plus the query with sorted
    parameters, so `?section=world&page=2` and `?page=2&section=world` are one page.

    >>> route_key("/wire/api/more?section=world&page=2")
    '/wire/api/more?page=2&section=world'
    >>> route_key("http://127.0.0.1:8000/portal/?p=48213#x")
    '/portal/?p=48213'
    """
    parts = urlsplit(target)
    path = parts.path or "/"
    if not parts.query:
        return path
    return f"{path}?{urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))}"


@dataclass(frozen=True, slots=True)
class Topic:
    """One kind of story: wire-copy templates with `{slot}` fields.

    The writer draws one value per slot (grouped slots together, so a country keeps its
    capital), fills a title, a standfirst, a lead and an ordered subset of the paragraphs;
    `updates` are what revision 2 adds to an updated story.
    """

    key: str
    #: Section slug templates: the portal's WordPress category, the wire's section.
    portal_section: str
    wire_section: str
    titles: tuple[str, ...]
    standfirsts: tuple[str, ...]
    #: The opening paragraph, without dateline (the writer adds the agency's style).
    leads: tuple[str, ...]
    #: Body paragraphs in story order; the writer keeps an ordered subset.
    paras: tuple[str, ...]
    #: Revision 2: a paragraph inserted after the lead, and one replacing the last.
    updates: tuple[str, str]
    tags: tuple[str, ...]
    #: Dateline place template.
    place: str = "New Delhi"
    slots: Mapping[str, Sequence[str]] = field(default_factory=dict)
    groups: tuple[Group, ...] = ()
