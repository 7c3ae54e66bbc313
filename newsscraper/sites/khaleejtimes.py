"""Khaleej Times: khaleejtimes.com story pages.

Dubai's other English-language daily, republishing WAM, AFP and Reuters copy beside its own.
Like Gulf News it prints naive times ("Tue 17 Dec 2024, 1:03 PM") on a `.com` whose name
names no country, so read generically its dates are dropped; the newsroom's zone, the UAE's
(+04:00, no daylight saving), is all this profile adds.

Fixtures: `fixtures/sites/khaleejtimes/` (a Dubai story whose dates are printed and naive).
"""

from __future__ import annotations

from newsscraper.sites.profile import SiteProfile

PROFILE = SiteProfile(
    name="khaleejtimes",
    domains=("khaleejtimes.com",),
    timezone="Asia/Dubai",
    languages=("en",),
)
