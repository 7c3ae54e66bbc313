"""The Associated Press: apnews.com story pages and AP Hosted News (hosted.ap.org).

AP is the wire most portals republish, so its own pages are worth reading exactly rather than
generically. Three layouts, each read from the pages in `fixtures/sites/apnews/`:

- apnews.com since 2024 (Brightspot, `html.StoryPage`): the byline in
  `.Page-authors` ("By STEVE PEOPLES, THOMAS BEAUMONT and …"), the section as the first
  `.Page-breadcrumbs` link, the story as the direct `<p>`/`<h2>` children of
  `.RichTextStoryBody` (ads, embedded link lists and info boxes are `<div>` enhancements there);
- apnews.com 2021–2023 (React, generated class names such as `Component-heading-0-2-16`, so
  only the stable `data-key` attributes and class prefixes are used): the story as the direct
  `<p>` children of
  `[data-key="article"]`, the byline in `[class^="Component-bylines"]`;
- AP Hosted News, the white-label pages member papers embed (Drupal): the byline in
  `.field-name-field-byline-original`, the credit line ("Associated Press") in
  `.field-name-field-byline-title`, which names the agency, not an author.

The headline is left to the metadata: AP's JSON-LD headline is the one syndication partners
print, while the page's <h1> is sometimes a later rewrite. Dates come from the pages'
metadata (`article:published_time`, JSON-LD); the printed timestamps are templates filled in
by script ("Updated [hour]:[minute] …").
"""

from __future__ import annotations

from newsscraper.sites.profile import Rules, SiteProfile

PROFILE = SiteProfile(
    name="apnews",
    domains=("apnews.com", "hosted.ap.org"),
    timezone="America/New_York",
    languages=("en",),
    # AP Noticias, the Spanish service, files its stories under a section and a hub's slug
    # ("/world-news/general-news-<32 hex digits>"), no "/article/".
    article_url=r"^https?://(?:www\.)?apnews\.com/(?:article/|[a-z-]+/[a-z0-9-]+-[0-9a-f]{32}/?$)"
                r"|^https?://hosted\.ap\.org/[^/]+/article/",
    fields=Rules(
        section=(".Page-breadcrumbs a",),
        body=(
            ".RichTextStoryBody > p, .RichTextStoryBody > h2",
            '[data-key="article"] > p',
        ),
        authors=(
            ".Page-authors",
            '[class^="Component-bylines"]',
            ".field-name-field-byline-original",
        ),
        agency=(".field-name-field-byline-title",),
    ),
    drop=(
        ".Advertisement", ".SovrnAd",  # ads inside the story body
        ".HTMLModuleEnhancement", ".PageListEnhancementGeneric",  # embeds and "Read more" lists
    ),
)
