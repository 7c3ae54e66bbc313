"""Unit tests for newsscraper.extract.agency: datelines as wire copy prints them, closing and
inline credits, agency names among authors, and regex cost on hostile paragraphs (#46).
"""

from __future__ import annotations

import pytest

from newsscraper.extract.agency import find_agency, find_dateline
from tests.test_processors import BUDGET_S, timed

# (first paragraph, expected place, expected agency)
DATELINES: list[tuple[str, str | None, str | None]] = [
    ("NEW DELHI, Dec 17 (IANS) — The government said on Tuesday.", "NEW DELHI", "IANS"),
    ("NEW DELHI, Dec 17 (PTI) The government said on Tuesday.", "NEW DELHI", "PTI"),
    ("Mumbai, Dec 3 (PTI) Shares rose on Tuesday.", "Mumbai", "PTI"),
    ("Pune [India], December 3 (ANI): Police said on Tuesday.", "Pune", "ANI"),
    ("MOSCOW, Dec 17 (Reuters) - Russia said on Tuesday.", "MOSCOW", "Reuters"),
    ("NEW YORK, Dec. 17, 2024 (Reuters) - Stocks rose.", "NEW YORK", "Reuters"),
    ("Paris (AFP) - France said on Tuesday.", "Paris", "AFP"),
    ("WASHINGTON (AP) — The Senate voted on Tuesday.", "WASHINGTON", "AP"),
    ("LA CROSSE, Wis. (AP) — After a summer of historic tumult.", "LA CROSSE, Wis.", "AP"),
    ("ST. LOUIS (AP) — A jury found.", "ST. LOUIS", "AP"),
    ("New Delhi, Dec 3 (IANS) The national capital woke up.", "New Delhi", "IANS"),
    ("Srinagar, Dec 17 (IANS): Security forces said.", "Srinagar", "IANS"),
    ("BEIJING, 17 December (Xinhua) -- China said.", "BEIJING", "Xinhua"),
    ("TOKYO, Dec 17 (Kyodo) - Japan said.", "TOKYO", "Kyodo"),
    ("BEIRUT/THE HAGUE, March 7 (Reuters) - Syria said.", "BEIRUT/THE HAGUE", "Reuters"),
    ("NEW YORK/LONDON, Dec 17 (Reuters) - Oil rose.", "NEW YORK/LONDON", "Reuters"),
    ("WASHINGTON — The Senate voted on Tuesday.", "WASHINGTON", None),
    ("NEW DELHI: Pakistan's army said on Tuesday.", "NEW DELHI", None),
    # AP's foreign and US datelines name the country or state after the city.
    ("KYIV, Ukraine (AP) — Russian drones struck.", "KYIV, Ukraine", "AP"),
    ("ISLAMABAD, Pakistan (AP) — Police said.", "ISLAMABAD, Pakistan", "AP"),
    # Not datelines.
    ("The government said on Tuesday that talks would resume.", None, None),
    ("He said: yes, the talks would go on.", None, None),
    ("", None, None),
]


@pytest.mark.parametrize(("text", "place", "agency"), DATELINES,
                         ids=[t[:28] or "empty" for t, _, _ in DATELINES])
def test_find_dateline(text: str, place: str | None, agency: str | None) -> None:
    assert find_dateline(text) == (place, agency)


@pytest.mark.parametrize("text", [
    "The government (PTI) said on Tuesday that talks would resume.",
    "Kremlin spokesman Dmitry Peskov told reporters (Reuters) on Monday that talks continue.",
])
def test_agency_in_parentheses_mid_sentence_is_not_a_dateline(text: str) -> None:
    # The no-separator form ("New Delhi, Dec 3 (IANS) The …") needs a capital after the credit.
    assert find_dateline(text)[0] is None


BODY = ["The spokesman said no final decision had been made on the issue.",
        "Everything will be determined through dialogue, he said at a briefing."]


@pytest.mark.parametrize(("closing", "agency"), [
    ("— With inputs from IANS", "IANS"),
    ("With inputs from PTI", "PTI"),
    ("(With inputs from PTI)", "PTI"),
    ("— PTI", "PTI"),
    ("-- IANS", "IANS"),
    ("(IANS)", "IANS"),
    ("IANS", "IANS"),
    ("(Reuters)", "Reuters"),
    ("Source: Reuters, AFP", "Reuters"),
    ("(Quelle: APA/sda/dpa)", "APA"),
    ("Photo: © AFP", "AFP"),
    ("The ministry said the talks would go on. — IANS", "IANS"),
])
def test_closing_credit(closing: str, agency: str) -> None:
    assert find_agency([*BODY, closing], []) == agency


@pytest.mark.parametrize("closing", [
    "(With inputs from agencies)",
    "Reporting by Jane Doe; Editing by John Roe",
    "Also read: talks on Syria resume",
    "Guests can book treatments at the hotel's new day-spa.",
    "Customers can pay through the bank's mobile e-app.",
])
def test_no_closing_credit(closing: str) -> None:
    assert find_agency([*BODY, closing], []) is None


def test_closing_credit_only_in_the_last_two_paragraphs() -> None:
    assert find_agency(["— PTI", *BODY, "More text follows here."], []) is None


@pytest.mark.parametrize(("first", "agency"), [
    ("© AFP 2024", "AFP"),
    ("Copyright Reuters 2024. All rights reserved.", "Reuters"),
    ("(c) AFP", "AFP"),
])
def test_inline_credit_in_the_first_paragraphs(first: str, agency: str) -> None:
    assert find_agency([first, *BODY], []) == agency


@pytest.mark.parametrize(("names", "agency"), [
    (["Indo-Asian News Service"], "IANS"),
    (["Jane Doe", "Press Trust of India"], "PTI"),
    (["Asian News International"], "ANI"),
    (["The Associated Press"], "AP"),
    (["Agence France-Presse"], "AFP"),
    (["Reuters"], "Reuters"),
    (["Jane Doe", "John Roe"], None),
])
def test_agency_among_author_names(names: list[str], agency: str | None) -> None:
    assert find_agency(BODY, names) == agency


def test_closing_credit_beats_author_names() -> None:
    assert find_agency([*BODY, "— With inputs from IANS"], ["Press Trust of India"]) == "IANS"


def test_no_paragraphs() -> None:
    assert find_agency([], []) is None
    assert find_dateline("") == (None, None)


HOSTILE = {
    "spaces": " " * 100_000,
    "parens": "(" * 100_000,
    "dashes": "— " * 25_000,
    "caps": "NEW DELHI " * 10_000 + "(",
    "letters": "a" * 100_000,
    "credit": "With inputs from " * 6_000,
}


@pytest.mark.parametrize("name", HOSTILE)
def test_find_dateline_cost_on_hostile_paragraphs(name: str) -> None:
    took = timed(find_dateline, HOSTILE[name])
    assert took < BUDGET_S, f"find_dateline({name!r} x 100 KB) took {took:.3f} s"


@pytest.mark.parametrize("name", HOSTILE)
def test_find_agency_cost_on_hostile_paragraphs(name: str) -> None:
    took = timed(lambda text: find_agency([text], [text]), HOSTILE[name])
    assert took < BUDGET_S, f"find_agency({name!r} x 100 KB) took {took:.3f} s"
