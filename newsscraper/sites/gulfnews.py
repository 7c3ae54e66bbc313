"""Gulf News: gulfnews.com story pages.

Dubai's English-language daily, a common republisher of WAM (the Emirates News Agency), ANI and
the wires. Its pages say nothing of their zone: the metadata's times carry no offset and the
page prints "Published: December 17, 2024 13:03" and "Last updated: …" without one, on a `.com`
whose name ("Gulf") names no single country. Read generically, those times are dropped (an
unknown zone gives no time rather than a wrong one); the newsroom's zone, the UAE's (+04:00,
no daylight saving), is all this profile adds.

Fixtures: `fixtures/sites/gulfnews/` (a government story whose dates are printed and naive).
"""

from __future__ import annotations

from newsscraper.sites.profile import SiteProfile

PROFILE = SiteProfile(
    name="gulfnews",
    domains=("gulfnews.com",),
    timezone="Asia/Dubai",
    languages=("en",),
)
