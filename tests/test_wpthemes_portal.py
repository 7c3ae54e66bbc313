"""Twelve WordPress news themes the other rehearsals do not cover (`tests.wpthemes_portal`:
Jannah, Soledad, Foxiz, Newspack, ColorMag, SmartMag, Zox News, Publisher, GeneratePress,
Kadence, Astra with Elementor Pro, Sahifa; Yoast, Rank Math, All in One SEO with and without
its Open Graph, or no SEO plugin), each saved whole as a `wget -m -E` mirror (home and its
`/page/2/`, category, tag, author, date and search archives, an attachment page, About,
Contact and a long Privacy Policy, every post's `/embed/` card, `?replytocom=` and `/amp/`
copies, the feed saved as `feed/index.html`, a 404 page) and re-parsed with `newsscraper
parse FOLDER`. Figures by `python -m tests.wpthemes_measure [-v] [bare]`.

Measured before the rules this rehearsal brought (`git archive` of the start): every article
found, no other record, no boilerplate; subtitle 88/96, section 80/96, published 88/96,
modified 88/96, image 88/96, tags 88/96 (Elementor's excerpt, dates and featured image; All
in One SEO's joined articleSection without og:*; Sahifa's tags after its article element)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.wpthemes_measure import FIELDS, Figures, reparse, report
from tests.wpthemes_portal import THEMES, build

ARTICLES = 8


def _assert_exact(fig: Figures) -> None:
    print(report(fig, verbose=True))
    expected = ARTICLES * len(THEMES)
    assert (fig.expected, fig.found, fig.records, fig.duplicates) == (expected,) * 3 + (0,)
    assert fig.non_articles == []
    assert fig.boilerplate == []
    assert fig.rates == dict.fromkeys(FIELDS, expected), fig.misses


def test_the_mirror_holds_the_non_article_pages() -> None:
    """What a mirror of each site holds besides its posts (the test's premise)."""
    mirror = build(ARTICLES)
    names = list(mirror.files)
    for part in ("/page/2/index.html", "/category/", "/tag/", "/author/", "/about-us/",
                 "/privacy-policy/", "/embed/index.html", "/amp/index.html", "?replytocom=",
                 "/feed/index.html", "/this-page-does-not-exist/", "/attachment-", "?s="):
        assert sum(part in n for n in names) >= len(THEMES), part
    assert len(names) > 4 * len(mirror.truth)


@pytest.mark.parametrize("bare", [False, True], ids=["served", "no-address"])
def test_every_article_exact_and_nothing_else(tmp_path: Path, bare: bool) -> None:
    """Each post once, every field exact (title, subtitle, body, authors, agency, dateline,
    section, published and modified with their +05:30 offset, image, tags); no record for a
    listing, archive, search, attachment, static, embed, AMP, reply or 404 page; no share,
    "Load more", last-modified, bio, related or comment text in a body. `bare`: the pages'
    canonical links, shortlinks and og:url taken out (only the page tells)."""
    _assert_exact(reparse(tmp_path, ARTICLES, bare=bare))
