"""Which articles each site holds in each revision, and when each was published, modified
and changed: the `Head`s that pages, listings, feeds and sitemaps are built from, and the
manifest that tells tests what a crawl of a revision should find.

Revision 1 is the site at `REVISION_1_AT`. Revision 2, one day later, adds new articles,
updates the body of some, and changes others only around the article (a new comment, a
rotated "trending" widget); for half of those the sitemap <lastmod> moves too.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from newsscraper.testsite.model import (
    IST,
    REVISION_1_AT,
    REVISION_STEP,
    ArticleInfo,
    Change,
    Head,
    Section,
    SiteName,
    Status,
)
from newsscraper.testsite.topics import PORTAL_SECTIONS, WIRE_SECTIONS
from newsscraper.testsite.writer import AGENCY, draft, rng, slugify

REVISIONS = (1, 2)
MIN_ARTICLES = 4
#: Revision 1's articles span at least this long (so the sitemaps have several months) …
MIN_SPAN = timedelta(days=90)
#: … and are at least this far apart.
MIN_SPACING = timedelta(hours=3)
_POST_ID_BASE = {"portal": 40_000, "wire": 1_200_000, "wpportal": 48_000}
_POST_ID_STEP = {"portal": 4, "wire": 7, "wpportal": 3}


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity: cached per plan
class Plan:
    """One site's articles in every revision, newest first, with lookups by section."""

    site: SiteName
    articles: int
    seed: int
    revisions: dict[int, tuple[Head, ...]]

    def heads(self, revision: int) -> tuple[Head, ...]:
        """The articles of `revision`, newest first."""
        if revision not in self.revisions:
            raise ValueError(f"revision must be one of {REVISIONS}, not {revision!r}")
        return self.revisions[revision]

    def in_section(self, revision: int) -> dict[str, tuple[Head, ...]]:
        """Section slug → its articles, newest first (a parent section holds its children's)."""
        return _sections(self, revision)

    def by_tag(self, revision: int) -> dict[str, tuple[Head, ...]]:
        """Tag slug → its articles, newest first."""
        return _tags(self, revision)


@lru_cache(maxsize=8)
def site_plan(site: SiteName, articles: int, seed: int) -> Plan:
    """The plan of `site` with `articles` articles in revision 1 (cached: it is immutable)."""
    if articles < MIN_ARTICLES:
        raise ValueError(f"articles_per_site must be at least {MIN_ARTICLES}, not {articles}")
    slugs: dict[str, int] = {}
    first = _revision_1(site, articles, seed, slugs)
    second = _revision_2(site, articles, seed, first, slugs)
    return Plan(site, articles, seed, {1: first, 2: second})


def _revision_1(site: SiteName, n: int, seed: int, slugs: dict[str, int]) -> tuple[Head, ...]:
    spacing = max(MIN_SPACING, MIN_SPAN / n)
    heads: list[Head] = []
    for i in reversed(range(n)):  # oldest first, so a repeated slug gets "-2" on the later one
        r = rng(seed, site, i, "time")
        jitter = r.randint(10, max(11, int(spacing.total_seconds() / 75)))  # ≤ 0.8 × spacing
        published = _minute(REVISION_1_AT - spacing * i - timedelta(minutes=jitter))
        modified = min(published + timedelta(minutes=r.randint(7, 26 * 60)),
                       REVISION_1_AT - timedelta(minutes=1))
        heads.append(_head(site, i, seed, n, published, modified, slugs))
    return tuple(reversed(heads))


def _revision_2(
    site: SiteName, n: int, seed: int, first: tuple[Head, ...], slugs: dict[str, int]
) -> tuple[Head, ...]:
    r = rng(seed, site, "revision-2")
    k = max(2, n // 20) if n >= 8 else 1
    picked = r.sample(range(n), 2 * k)
    updated, touched = picked[:k], picked[k:]
    by_index = {h.index: h for h in first}
    changed = dict(by_index)
    for i in updated:
        modified = _minute(REVISION_1_AT + timedelta(minutes=r.randint(60, 22 * 60)))
        changed[i] = dataclasses.replace(by_index[i], modified=modified, change="body")
    for j, i in enumerate(touched):
        kind: Change = "comment" if site != "wire" and j % 4 in (0, 3) else "widget"
        at = _minute(REVISION_1_AT + timedelta(minutes=r.randint(60, 22 * 60)))
        changed[i] = dataclasses.replace(by_index[i], change=kind, page_changed=at,
                                         lastmod_follows_page=j % 2 == 1)
    end = REVISION_1_AT + REVISION_STEP - timedelta(minutes=1)
    for j in range(k):
        published = _minute(REVISION_1_AT + REVISION_STEP * (j + 1) / (k + 1))
        modified = min(published + timedelta(minutes=r.randint(5, 50)), end)
        changed[n + j] = _head(site, n + j, seed, n, published, modified, slugs, added_in=2)
    return tuple(sorted(changed.values(), key=lambda h: h.published, reverse=True))


def _head(
    site: SiteName, index: int, seed: int, n: int, published: datetime, modified: datetime,
    slugs: dict[str, int], added_in: int = 1,
) -> Head:
    d = draft(site, index, seed, published)
    sections = WIRE_SECTIONS if site == "wire" else PORTAL_SECTIONS
    # Ids grow with time, as a CMS assigns them: the newest article has the highest.
    rank = n - index if index < n else index + 1
    step = _POST_ID_STEP[site]
    post_id = _POST_ID_BASE[site] + rank * step + rng(seed, site, index).randrange(step)
    return Head(
        site=site, index=index, post_id=post_id, dateline=d.dateline,
        path=_path(site, d.title, d.section, post_id, published, slugs),
        title=d.title, standfirst=d.standfirst, section=Section(d.section, sections[d.section]),
        tags=d.tags, published=published, modified=modified, added_in=added_in,
    )


def _path(site: SiteName, title: str, section: str, post_id: int, published: datetime,
          slugs: dict[str, int]) -> str:
    if site == "wire":
        return f"/news/{section}/{slugify(title, max_words=8)}-{post_id}"
    slug = slugify(title)
    seen = slugs.get(slug, 0) + 1
    slugs[slug] = seen
    local = published.astimezone(IST)
    unique = slug if seen == 1 else f"{slug}-{seen}"
    if site == "wpportal":  # permalinks "/%category%/%postname%/", the top-level category
        return f"/{section.split('/')[0]}/{unique}/"
    return f"/{local.year}/{local.month:02d}/{unique}/amp/"


def _minute(at: datetime) -> datetime:
    return at.replace(second=0, microsecond=0)


@lru_cache(maxsize=16)
def _sections(plan: Plan, revision: int) -> dict[str, tuple[Head, ...]]:
    out: defaultdict[str, list[Head]] = defaultdict(list)
    for head in plan.heads(revision):
        slug = head.section.slug
        out[slug].append(head)
        if "/" in slug:
            out[slug.split("/")[0]].append(head)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=16)
def _tags(plan: Plan, revision: int) -> dict[str, tuple[Head, ...]]:
    out: defaultdict[str, list[Head]] = defaultdict(list)
    for head in plan.heads(revision):
        for tag in head.tags:
            out[slugify(tag)].append(head)
    return {k: tuple(v) for k, v in out.items()}


def manifest_rows(plan: Plan, revision: int, base: str) -> list[ArticleInfo]:
    """What a crawl of `revision` should find on this site, newest first; URLs under `base`."""
    before = {h.index: h for h in plan.heads(1)}
    rows = []
    for head in plan.heads(revision):
        old = before.get(head.index) if revision > 1 else None
        rows.append(ArticleInfo(
            site=plan.site, url=base + head.path, path=head.path, title=head.title,
            status=_status(head, revision), section=head.section.name,
            published=head.published, modified=head.modified, lastmod=head.lastmod,
            change=head.change, lastmod_changed=old is None or old.lastmod != head.lastmod,
            agency=AGENCY[plan.site], dateline=head.dateline, tags=head.tags,
        ))
    return rows


def _status(head: Head, revision: int) -> Status:
    if revision == 1 or head.added_in == revision:
        return "new"
    if head.change == "body":
        return "updated"
    return "comment-only" if head.change else "unchanged"
