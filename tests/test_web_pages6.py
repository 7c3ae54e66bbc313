"""The sixth set of look-alike open-web pages (`tests.web_pages6`) keeps its measured body F1:
`python -m tests.web_measure --set 6 -v` prints it per page and per family group, with the
lines kept and lost, and for the same pages with their class and id names taken out."""

from __future__ import annotations

import pytest

from tests.publisher_measure import score_path
from tests.web_measure import average_f1

#: The figures measured when the pages were written (0.952, bare 0.973, over 35 pages).
FLOOR = 0.951
BARE_FLOOR = 0.972


@pytest.mark.skipif(score_path() is None, reason="the corpus's score.py is not here")
def test_web_pages6_keep_their_body_f1() -> None:
    assert average_f1("6") >= FLOOR


@pytest.mark.skipif(score_path() is None, reason="the corpus's score.py is not here")
def test_web_pages6_without_class_names_keep_their_body_f1() -> None:
    assert average_f1("6", bare=True) >= BARE_FLOOR
