"""The look-alike CMS-family pages (`tests.cms_pages`) and special article types
(`tests.types_pages`) keep the figures measured when their rules were fixed:
`python -m tests.cms_measure -v` and `python -m tests.types_measure -v` print them per page."""

from __future__ import annotations

from tests.cms_measure import measure, totals
from tests.publisher_measure import record
from tests.tagdiv_measure import f1
from tests.types_measure import lost_kept
from tests.types_pages import pages


def test_cms_family_pages_are_read_right() -> None:
    """Every article of the 16 CMS families a record, every other page a Skip; no body keeps
    the family's boilerplate; titles, bodies, authors and dates as measured."""
    tot = totals(measure([]))
    articles = tot["articles"]
    assert tot["right"] == tot["pages"]
    assert tot["boiler"] == 0
    assert tot["title"] == articles
    assert tot["body"] / articles >= 0.99
    assert tot["authors"] / articles >= 0.95
    assert tot["pub"] >= articles - 2
    assert tot["mod"] >= articles - 3


def test_special_article_types_are_read_whole() -> None:
    """Live blogs, briefs, Q&As, FAQs, listicles, tables, press releases, podcasts and
    reviews on four layouts: each a record with its title, its text kept and nothing else."""
    found = titles = wrong_authors = 0
    body: list[float] = []
    kept_lines = lost_lines = 0
    every = pages()
    for page in every:
        got = record(page.url, page.html)
        if got is None:
            continue
        found += 1
        # (an ideographic space in a Japanese headline is a space in the record)
        titles += got["title"].split() == page.truth["title"].split()
        body.append(f1(got["body"] or "", page.truth["body"]))
        # A name where the truth has another or none (a desk, an advertiser's label, a wire
        # credited alone: "Reuters" on a brief stays, the dev truth's convention).
        wrong_authors += bool(got["authors"]) and got["authors"] != page.truth["authors"]
        lost, kept = lost_kept(page.truth["body"], got["body"] or "")
        lost_lines += len(lost)
        kept_lines += len(kept)
    assert found == len(every)
    assert titles == len(every)
    assert wrong_authors <= 4  # 20 before the twenty-fifth session's desk labels
    assert sum(body) / len(body) >= 0.99
    assert kept_lines == 0
    assert lost_lines / len(every) <= 0.11
