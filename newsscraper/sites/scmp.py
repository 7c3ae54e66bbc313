"""South China Morning Post: scmp.com story pages.

Hong Kong's English-language paper of record, and a common republisher of Xinhua and wire
copy about China. Its pages say nothing of their zone: the metadata carries no offset
(`article:published_time` is absent, the Open Graph head has none), the page prints
"Published: 1:03pm, 17 Dec 2024" without a zone, and the domain is a `.com` — so, read
generically, every time came out in UTC, eight hours off. The newsroom's zone is all this
profile adds; everything else is read generically, with the templates' `data-qa` component
names (`NewsletterSignUp-Container`, emotion CSS hashes its classes) marking boilerplate.

Fixtures: `fixtures/sites/scmp/` (a transport story, Open Graph head only; an opinion page
whose DOM holds no text, read from the serialized DOM in its Apollo state).
"""

from __future__ import annotations

from newsscraper.sites.profile import SiteProfile

PROFILE = SiteProfile(
    name="scmp",
    domains=("scmp.com",),
    timezone="Asia/Hong_Kong",
    languages=("en",),
    article_url=r"^https?://(?:www\.)?scmp\.com/.+/article/\d+/",
)
