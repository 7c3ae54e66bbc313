"""The look-alike open-web pages (`tests.web_pages`) keep their measured body F1:
`python -m tests.web_measure -v` prints it per page, with the lines kept and lost."""

from __future__ import annotations

import pytest

from tests.publisher_measure import score_path
from tests.web_measure import average_f1

#: The figure measured when the pages were written and the rules they found were fixed
#: (0.979 over 78 pages; what is left is mostly lines the project leaves out by rule, where
#: the benchmark's annotation keeps them: rights lines, reporters' e-mail lines); 0.985 once
#: a reader poll, a "sub-cta" pitch, an "article-affiliate" price line and an "appbox" store
#: card left it (twenty-fifth session).
FLOOR = 0.984


@pytest.mark.skipif(score_path() is None, reason="the corpus's score.py is not here")
def test_web_pages_keep_their_body_f1() -> None:
    assert average_f1() >= FLOOR
