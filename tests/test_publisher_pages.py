"""The look-alike publisher pages (`tests.publisher_pages`) keep their measured figures:
`python -m tests.publisher_measure -v` prints them per publisher and field."""

from __future__ import annotations

import pytest

from tests.publisher_measure import averages, score_path

#: The figures measured when the pages were written and the rules they found were fixed.
FLOORS = {
    "full": {"title_em": 0.92, "authors_f1": 1.0, "body_f1": 0.944, "pub_min": 1.0,
             "mod_min": 1.0},
    "ablated": {"title_em": 0.88, "authors_f1": 1.0, "authors_none": 0.87, "body_f1": 0.942,
                "pub_min": 0.88, "mod_min": 0.57},
}

#: The same for the English-language publishers' pages (`publisher_pages.ENGLISH`).
ENGLISH_FLOORS = {
    "full": {"title_em": 1.0, "authors_f1": 1.0, "authors_none": 0.33, "body_f1": 0.948,
             "pub_min": 1.0, "mod_min": 1.0},
    "ablated": {"title_em": 1.0, "authors_f1": 0.96, "authors_none": 0.5, "body_f1": 0.948,
                "pub_min": 0.52, "mod_min": 0.46},
}


@pytest.mark.skipif(score_path() is None, reason="the corpus's score.py is not here")
def test_publisher_pages_keep_their_figures() -> None:
    for english, table in ((False, FLOORS), (True, ENGLISH_FLOORS)):
        got = averages(english)
        for variant, floors in table.items():
            for field, floor in floors.items():
                assert got[variant][field] >= floor, (english, variant, field,
                                                      got[variant][field])
