"""The pages of `tests.intl_pages` (26 countries' sites, portal heads, full metadata,
stamps without an offset or of the day alone) give
their records: no date is wrong (a swapped day, a lost offset, a Buddhist or Solar Hijri year
misread), nearly every date and wire is found, and no boilerplate stays in a text.
`python -m tests.intl_measure -v` shows each miss."""

from __future__ import annotations

from collections import Counter

import pytest

import newsscraper
from newsscraper.items import Skip
from tests.intl_measure import _same
from tests.intl_pages import AD_LABEL, CLOSING_LINE, LANGS, PHOTO_CREDIT, pages


@pytest.fixture(scope="module")
def results() -> Counter[str]:
    count: Counter[str] = Counter()
    boiler = {lg.code: [lg.share, lg.related, *lg.teasers, AD_LABEL[lg.code],
                        CLOSING_LINE[lg.code], PHOTO_CREDIT[lg.code]] for lg in LANGS}
    for page in pages((False, True, "naive", "day")):
        got = newsscraper.extract_html(page.html, page.url, fetched_at=page.fetched)
        assert not isinstance(got, Skip), page.url
        want = page.truth
        count["pages"] += 1
        published = _same(got.published_at, str(want["published_at"]))
        modified = _same(got.modified_at, want["modified_at"]) if want["modified_at"] else (
            got.modified_at in (None, got.published_at))
        count["published"] += published
        count["modified"] += modified
        count["wrong"] += (got.published_at is not None and not published) or (
            got.modified_at is not None and not modified)
        count["agency"] += got.agency == want["agency"]
        count["clean"] += not any(w in (got.body or "") for w in boiler[page.lang])
    return count


def test_no_wrong_dates(results: Counter[str]) -> None:
    assert results["wrong"] == 0


def test_dates_and_wires_found(results: Counter[str]) -> None:
    n = results["pages"]
    assert results["published"] / n >= 0.98
    assert results["modified"] / n >= 0.98
    assert results["agency"] / n >= 0.99


def test_no_boilerplate_in_text(results: Counter[str]) -> None:
    assert results["clean"] == results["pages"]
