"""What a crawl is aimed at: a site profile, a URL, or a profile served from another address.

`resolve_target(site, url, base_url)` turns the spider's arguments into a `Target`: the profile
(or None for generic extraction), the base URL the crawl starts from, and the domains it may
request. ``base_url`` serves a profile from somewhere else — the bundled test site on
127.0.0.1, a staging mirror — by moving the profile's discovery URLs onto it.

Also the date helpers discovery needs (`parse_when`, `not_newer`): sitemaps and feeds write
W3C dates and RFC 822 dates; both become aware UTC datetimes here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

from scrapy.settings import SETTINGS_PRIORITIES

from newsscraper.sites import SiteProfile, get_profile, profile_for

__all__ = [
    "Target",
    "apply_site_politeness",
    "not_newer",
    "parse_since",
    "parse_when",
    "resolve_target",
]


@dataclass(frozen=True, slots=True)
class Target:
    """The site a spider crawls. `base` ends with "/"; `profile` None means generic."""

    base: str
    profile: SiteProfile | None = None
    #: True when `base` is not on the profile's own domains (its URLs are moved onto base).
    rebased: bool = False
    #: Paths the site owns on its host: "/" unless base_url put it in a folder (the test
    #: site serves two sites as /portal/ and /wire/ on one port).
    scope: str = "/"

    @property
    def host(self) -> str:
        return urlsplit(self.base).hostname or ""

    @property
    def netloc(self) -> str:
        return urlsplit(self.base).netloc

    @property
    def name(self) -> str:
        """The profile's name, else the host (and port): what state files are named after."""
        if self.profile is not None:
            return self.profile.name
        return self.netloc.replace(":", "_")

    @property
    def allowed_domains(self) -> tuple[str, ...]:
        domains = [self.host]
        if self.host.startswith("www."):
            domains.append(self.host[4:])  # www.example.in redirects to example.in, or back
        if self.profile is not None and not self.rebased:
            domains += self.profile.domains
        return tuple(dict.fromkeys(domains))

    @property
    def robots_url(self) -> str:
        return urljoin(self.base, "/robots.txt")  # always at the host's root (RFC 9309)

    @property
    def sitemap_url(self) -> str:
        """Where a sitemap is when robots.txt names none (sitemaps.org)."""
        return urljoin(self.base, self.scope + "sitemap.xml")

    def url(self, reference: str) -> str:
        """An absolute URL for a profile's URL or path, moved onto `base` when rebased.

        >>> Target("http://127.0.0.1:8080/portal/", rebased=True).url("https://a.in/news.xml")
        'http://127.0.0.1:8080/portal/news.xml'
        """
        if not self.rebased:
            return urljoin(self.base, reference)
        parts = urlsplit(reference)
        path = parts.path.lstrip("/")
        rebuilt = urlunsplit(("", "", path, parts.query, ""))
        return urljoin(self.base, rebuilt)


def resolve_target(site: str | None, url: str | None, base_url: str | None) -> Target:
    """The Target for spider arguments; ValueError names what is wrong."""
    if site:
        try:
            profile: SiteProfile | None = get_profile(site)
        except KeyError as exc:
            raise ValueError(exc.args[0]) from None
    else:
        profile = profile_for(url) if url else None
    start = base_url or url or _home_of(profile)
    if not start:
        raise ValueError("give site=NAME or url=URL (see 'newsscraper sites')")
    parts = urlsplit(start)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {start!r}")
    base = urlunsplit((parts.scheme, parts.netloc, _directory(parts.path), "", ""))
    rebased = profile is not None and profile_for(base) is not profile
    return Target(base, profile, rebased, _directory(parts.path) if base_url else "/")


def _home_of(profile: SiteProfile | None) -> str | None:
    if profile is None:
        return None
    if profile.discovery.start_urls:
        return profile.discovery.start_urls[0]
    if not profile.domains:
        raise ValueError(
            f"site profile {profile.name!r} matches pages by their markup and has no domain: "
            f"give the site's address too (url=URL or base_url=URL)"
        )
    return f"https://{profile.domains[0]}/"


def _directory(path: str) -> str:
    """The path up to its last "/": where relative profile paths are resolved."""
    return path[: path.rfind("/") + 1] if "/" in path else "/"


def apply_site_politeness(target: Target, settings: Any) -> None:
    """A profile's own delay/concurrency as the host's DOWNLOAD_SLOTS entry (from the spider's
    from_crawler, before settings freeze), unless the command line set DOWNLOAD_DELAY."""
    discovery = target.profile.discovery if target.profile else None
    if discovery is None or settings.getpriority("DOWNLOAD_DELAY") >= SETTINGS_PRIORITIES[
        "cmdline"
    ]:
        return
    slot: dict[str, float] = {}
    if discovery.download_delay is not None:
        slot["delay"] = discovery.download_delay
    if discovery.concurrency is not None:
        slot["concurrency"] = discovery.concurrency
    if slot:
        slots = {**settings.getdict("DOWNLOAD_SLOTS"), target.host: slot}
        settings.set("DOWNLOAD_SLOTS", slots, priority="spider")


def parse_when(text: str | None) -> datetime | None:
    """A sitemap/feed/CLI date as aware UTC (a date alone is midnight UTC); None if unreadable.

    >>> parse_when("2024-12-17T10:00:00+05:30").isoformat()
    '2024-12-17T04:30:00+00:00'
    >>> parse_when("Tue, 17 Dec 2024 04:30:00 GMT").isoformat(), parse_when("soon")
    ('2024-12-17T04:30:00+00:00', None)
    """
    if not text:
        return None
    text = text.strip()
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(UTC)


def parse_since(text: str | None) -> datetime | None:
    """The `since=` argument; ValueError when it is given but no date."""
    if not text:
        return None
    when = parse_when(text)
    if when is None:
        raise ValueError(f"since={text!r} is not a date (use YYYY-MM-DD or ISO 8601)")
    return when


def not_newer(new: str | None, old: str | None) -> bool:
    """Whether lastmod `new` is no newer than the `old` one recorded at the last fetch.

    Compared with the lastmod seen then, not with our fetch time: the server's clock and
    ours may differ, and a test site serves fixed dates.

    >>> not_newer("2024-12-17", "2024-12-17T00:00:00Z"), not_newer("2024-12-18", "2024-12-17")
    (True, False)
    """
    if not new or not old:
        return False
    new_at, old_at = parse_when(new), parse_when(old)
    if new_at is None or old_at is None:
        return new.strip() == old.strip()
    return new_at <= old_at
