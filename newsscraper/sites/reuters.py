"""Reuters: reuters.com story pages.

Reuters' own pages are worth reading exactly: they are the original of the copy that portals
republish (`fixtures/generic/wire-credit-opening.html`), and the page wraps the story in a
summary box, newsletter promos, ad slots and the "Our Standards" badge that generic reading
takes for text. Two templates of the same Arc XP (Fusion) site, both read by `data-testid`
attributes, which survived the restyles, and by class-name prefixes without their hash:

- since 2025, CSS-module class names (`article-body-module__content__bnXL1`): a rendered page
  recorded on 2026-09-14 (tests/fixtures/reuters/article_dangote_ipo.html in the public
  repository 011-sam-110/NewsScraper);
- before, hashed BEM names (`article-body__content__17Yit`): a server-rendered page of
  2023-11-19 (spec/fixtures/reuters_raw.json in meedan/fetch) and scrapers written against
  2024 pages; the story paragraphs are `<p>` in 2023 and `<div>` from 2024 on
  (flairNLP/fundus, `publishers/us/reuters.py`), which the rules below do not depend on.

Fixtures: `fixtures/sites/reuters/` (a business story in the current template, a world story
with a sub-heading in the 2024 one).

The body is the story's content box read whole, in order: the paragraphs
(`[data-testid^="paragraph-"]`), the sub-headings (`h2[data-testid="Heading"]`) and the sign-off.
Dropped inside it: the "Summary" bullets (`ContextWidget`, a digest of the paragraphs below),
newsletter promos ("… Sign up here.", `promo-box`), ad slots (`data-testid="element"`; a rendered
page prints "Advertisement · Scroll to continue" in them), the "Our Standards: The Thomson
Reuters Trust Principles." badge, the "Suggested Topics" list and the licensing/share row.

The sign-off ("Reporting by Jane Doe in Geneva; Editing by John Roe") stays in the body, as
printed. fundus leaves it out (its paragraph selector never reaches the `SignOff` element), but
this project keeps a story's closing credits as the page prints them: AP's "… contributed to
this report." (`sites/apnews.py`) and the "(Reporting by …; editing by …)" line portals print
under Reuters copy (`fixtures/generic/wire-credit-opening.json`). Keeping it makes the
reuters.com record the same text as its republications; story matching drops such lines
itself (`datasets/stories.py`), and `extract/agency.py` never reads them as a credit.

Links that open a new tab (stock quotes, outside sources, the badge) end in a visually hidden
"<span>, opens new tab</span>" for screen readers (fundus removes the span before reading).
It is part of the paragraph's text, and a `drop` rule cannot take an inline element out of a
paragraph (a paragraph is read whole), so `post` strips the label from the body: "Shares of
Apple (AAPL.O), opens new tab rose" → "Shares of Apple (AAPL.O) rose".

Metadata does the rest: the headline, dates and section come from the JSON-LD `NewsArticle`
(`headline`, `datePublished`, `dateModified`, `articleSection`) and `article:section`; the
authors from `<meta name="article:author">`, as fundus reads them, because the JSON-LD
author objects of some years carry `byline` instead of `name`. The `article:tag` and keyword
metas are Reuters' internal codes ("REPI:REFINING", "DEST:OUSNRG", …), so the tags are the
printed "Suggested Topics" links. The credit is Reuters on every story (`og:site_name`): the
printed one varies ("LONDON, Sept 14 (Reuters) -", "(Reuters Breakingviews) -",
"BEIRUT/THE HAGUE, March 7 (Reuters) -"), and a page without one is still Reuters copy.

All dates in the metadata carry an offset ("…Z"), and the server prints times in UTC
("4:13 PM UTC"); a wire filing from every time zone has no newsroom zone of its own: UTC.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from newsscraper.sites.profile import Rules, SiteProfile

#: The screen-reader label after a link that opens a new tab, as the body prints it.
_NEW_TAB_LABEL = re.compile(r", opens new tab\b")


def without_new_tab_labels(article: Any) -> Any:
    """The article without the hidden ", opens new tab" labels in its body (`extract.finalize`
    recounts the words and rehashes the text after a `post` hook).

    >>> @dataclasses.dataclass
    ... class Story:
    ...     body: str
    >>> without_new_tab_labels(Story("Shares of Apple (AAPL.O), opens new tab rose.")).body
    'Shares of Apple (AAPL.O) rose.'
    """
    body, labels = _NEW_TAB_LABEL.subn("", article.body)
    return dataclasses.replace(article, body=body) if labels else article


PROFILE = SiteProfile(
    name="reuters",
    domains=("reuters.com",),
    timezone="UTC",
    languages=("en",),
    # Stories end in their date ("/business/energy/dangote-…-2026-09-14/"); the legacy
    # "/article/…-idUSKBN1ZI0EH" addresses redirect to them and are still in archives. Section
    # fronts, author pages and quote pages ("/markets/companies/AAPL.O") are not stories.
    article_url=(
        r"^https?://(?:[\w-]+\.)*reuters\.com/(?:[\w.-]+/)*[\w.-]+-\d{4}-\d{2}-\d{2}/?(?:[?#]|$)"
        r"|^https?://(?:[\w-]+\.)*reuters\.com/article/[^?#]*-id[A-Z0-9]{6,}"
    ),
    fields=Rules(
        body=(
            '[class*="article-body-module__content__"]',  # since 2025
            '[class*="article-body__content__"]',  # 2022-2025
            # Should the class names change again: the story blocks by their test ids.
            '[data-testid^="paragraph-"], h2[data-testid="Heading"][class*="article-body"], '
            '[data-testid="SignOff"]',
        ),
        authors=('meta[name="article:author"]::attr(content)',),
        tags=('[data-testid="Tags"] a',),
        # Or in `value=` under `name=`: a saved copy whose tool moved every `content` there
        # (Mercury Parser's 2016 pages), as `Page.meta` reads it.
        agency=('meta[property="og:site_name"]::attr(content)',
                'meta[property="og:site_name"]::attr(value), '
                'meta[name="og:site_name"]::attr(value)'),
    ),
    drop=(
        # "Summary" bullets: the widget, and its list where it stands without one.
        '[data-testid="ContextWidget"]', '[data-testid="Summary"]',
        '[data-testid="promo-box"]',  # newsletter promos: "… Sign up here."
        '[data-testid="element"]',  # ad slots between paragraphs
        '[class*="trust-badge"]',  # "Our Standards: The Thomson Reuters Trust Principles."
        '[data-testid="Tags"]',  # "Suggested Topics:" (the tags rule still reads it)
        '[data-testid="ArticleBodyRow"]', '[class*="article-body__row__"]',  # share toolbar …
        '[data-testid="LicenceContentButton"]',  # … and its "Purchase Licensing Rights" button
    ),
    drop_phrases=(
        # The badge where it has no class of its own (2022-2025), with and without the label.
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Our Standards: The Thomson Reuters Trust Principles., opens new tab",
        "Advertisement · Scroll to continue",
    ),
    post=without_new_tab_labels,
)
