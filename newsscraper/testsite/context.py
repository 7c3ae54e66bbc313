"""One site in one revision at one base URL: what every page of it is rendered from.

Besides the plan's heads it answers what a page shows around an article: its body, related
articles (the next older ones in its section, stable across revisions), the "trending" /
"most read" widget (rotated in revision 2 on pages whose change is "widget"), and when a
listing last changed.
"""

from __future__ import annotations

import gzip
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property

from newsscraper.testsite import feeds
from newsscraper.testsite.model import IST, REVISION_1_AT, REVISION_STEP, Head, Page, SiteName
from newsscraper.testsite.plan import Plan
from newsscraper.testsite.writer import paragraphs, rng

#: Static pages exist since the sites launched.
LAUNCHED = datetime(2023, 5, 1, 4, 30, tzinfo=UTC)
#: Trending widgets pick from revision 1's newest articles, so they never change by themselves.
TRENDING_POOL = 30
TRENDING_SIZE = 5


@dataclass(frozen=True)
class SiteContext:
    """A site (`plan`) in `revision`, served under `base` (origin + path prefix)."""

    plan: Plan
    revision: int
    base: str

    @property
    def site(self) -> SiteName:
        return self.plan.site

    @property
    def seed(self) -> int:
        return self.plan.seed

    @property
    def now(self) -> datetime:
        """The moment this revision of the site is published."""
        return REVISION_1_AT + REVISION_STEP * (self.revision - 1)

    @cached_property
    def heads(self) -> tuple[Head, ...]:
        """This revision's articles, newest first."""
        return self.plan.heads(self.revision)

    @cached_property
    def by_path(self) -> dict[str, Head]:
        return {h.path: h for h in self.heads}

    def body(self, head: Head) -> list[str]:
        """The article's paragraphs in this revision."""
        return paragraphs(self.site, head.index, self.seed, head.published,
                          updated=head.change == "body")

    def related(self, head: Head, count: int) -> list[Head]:
        """The next `count` older articles of the same section."""
        same = self.plan.in_section(self.revision)[head.section.slug]
        at = self._positions[head.index]
        return list(same[at + 1:at + 1 + count])

    @cached_property
    def _positions(self) -> dict[int, int]:
        """Article index → its position in its own section's listing."""
        return {h.index: i for slug, heads in self.plan.in_section(self.revision).items()
                for i, h in enumerate(heads) if h.section.slug == slug}

    def trending(self, head: Head) -> list[Head]:
        """The trending widget on `head`'s page."""
        pool = [h for h in self.plan.heads(1)[:TRENDING_POOL] if h.index != head.index]
        size = min(TRENDING_SIZE, len(pool))
        first = rng(self.seed, self.site, head.index, "trending", 1).sample(pool, size)
        if head.change != "widget":
            return first
        rotated = rng(self.seed, self.site, head.index, "trending", 2).sample(pool, size)
        return rotated if rotated != first else first[1:] + first[:1]

    def page(self, text: str, content_type: str, last_modified: datetime) -> Page:
        """A served page from its text."""
        return Page(text.encode("utf-8"), content_type, last_modified)

    def urlset(self, heads: Sequence[Head], gzipped: bool) -> Page:
        """A sitemap urlset of `heads` with their lastmod, gzipped or not."""
        xml = feeds.urlset([(self.base + h.path, h.lastmod) for h in heads])
        changed = max(h.lastmod for h in heads)
        if gzipped:
            return Page(gzip.compress(xml.encode(), mtime=0), feeds.GZIP_TYPE, changed)
        return self.page(xml, feeds.XML_TYPE, changed)


def newest(heads: Sequence[Head], default: datetime) -> datetime:
    """When a listing of `heads` (newest first) last changed: its newest article's
    publication (articles only enter listings by being published; nothing a listing shows
    changes otherwise)."""
    return heads[0].published if heads else default


def month_of(head: Head) -> str:
    """The monthly urlset an article is listed in: its publication month, local time."""
    return head.published.astimezone(IST).strftime("%Y-%m")


def pages_of(count: int, size: int) -> int:
    """How many listing pages `count` items fill (at least one).

    >>> pages_of(0, 10), pages_of(10, 10), pages_of(11, 10)
    (1, 1, 2)
    """
    return max(1, -(-count // size))
