"""Unit tests for newsscraper.processors: invisible and control characters (RELIABILITY.md #28,
#29, #30), title suffixes, author clean-up, agency names, and regex cost on hostile input (#46).
"""

from __future__ import annotations

import signal
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import lxml.html
import pytest

from newsscraper.extract import boilerplate as bp
from newsscraper.extract.body_byline import LEAD_CHARS, leading_byline
from newsscraper.extract.generic import is_boilerplate_text
from newsscraper.extract.hydration import hydration_body
from newsscraper.page import _TITLE_PARTS as page_title_parts
from newsscraper.page import Page
from newsscraper.processors import (
    absolute_http_url,
    clean_author,
    clean_paragraphs,
    clean_text,
    language_code,
    normalise_agency,
    split_authors,
    strip_site_suffix,
    unescape_entities,
    unicode_nfc,
)

# --- invisible characters, bidi controls, C0/C1 controls: one row per code point -------------

SPACE, REMOVED, KEPT = "space", "removed", "kept"

CODE_POINTS: list[tuple[str, str, str]] = [
    ("\u00a0", SPACE, "NBSP"),
    ("\u202f", SPACE, "narrow NBSP"),
    ("\u3000", SPACE, "ideographic space"),
    ("\u2009", SPACE, "thin space"),
    ("\t", SPACE, "tab"),
    ("\u200b", REMOVED, "zero-width space"),
    ("\ufeff", REMOVED, "BOM / zero-width no-break space"),
    ("\u00ad", REMOVED, "soft hyphen"),
    ("\u2060", REMOVED, "word joiner"),
    ("\u200c", KEPT, "ZWNJ (Persian, Devanagari)"),
    ("\u200d", KEPT, "ZWJ (Devanagari conjuncts)"),
    ("\u202a", REMOVED, "LRE"),
    ("\u202b", REMOVED, "RLE"),
    ("\u202c", REMOVED, "PDF"),
    ("\u202d", REMOVED, "LRO"),
    ("\u202e", REMOVED, "RLO"),
    ("\u2066", REMOVED, "LRI"),
    ("\u2067", REMOVED, "RLI"),
    ("\u2068", REMOVED, "FSI"),
    ("\u2069", REMOVED, "PDI"),
    ("\u200e", KEPT, "LRM"),
    ("\u200f", KEPT, "RLM"),
    ("\x00", REMOVED, "NUL"),
    ("\x01", REMOVED, "SOH"),
    ("\x02", REMOVED, "STX"),
    ("\x03", REMOVED, "ETX"),
    ("\x04", REMOVED, "EOT"),
    ("\x05", REMOVED, "ENQ"),
    ("\x06", REMOVED, "ACK"),
    ("\x07", REMOVED, "BEL"),
    ("\x08", REMOVED, "BS"),
    ("\x1b", REMOVED, "ESC"),
    ("\x7f", REMOVED, "DEL"),
    ("\x85", REMOVED, "NEL (C1)"),
]


@pytest.mark.parametrize(("char", "verdict"), [(c, v) for c, v, _ in CODE_POINTS],
                         ids=[f"U+{ord(c):04X}-{name}" for c, _, name in CODE_POINTS])
@pytest.mark.parametrize("processor", [clean_text, clean_paragraphs])
def test_code_point(processor: Callable[[str], str | None], char: str, verdict: str) -> None:
    expected = {SPACE: "a b", REMOVED: "ab", KEPT: f"a{char}b"}[verdict]
    assert processor(f"a{char}b") == expected


def test_only_invisible_characters_is_none() -> None:
    assert clean_text("\u200b\ufeff\u00ad \u00a0\u202e\x00") is None
    assert clean_paragraphs("\u200b\n\n\u00a0\n\n") is None


def test_ansi_escape_sequence_is_removed_whole() -> None:
    # RELIABILITY.md #30: "ESC sequences are stripped" -- the bracket codes must not remain.
    assert clean_text("\x1b[31mBreaking\x1b[0m news") == "Breaking news"


def test_clean_text_collapses_newlines_into_one_line() -> None:
    # A field never carries a newline into a JSON Lines record.
    text = "Kremlin\nsays\r\n\r\nno\u2028more\u2029talks"
    assert clean_text(text) == "Kremlin says no more talks"


def test_clean_paragraphs_keeps_paragraph_breaks() -> None:
    text = "One\u00a0two.\nstill one.\n\n\n  Three.\u200b \r\n\r\nFour.\n \n"
    assert clean_paragraphs(text) == "One two. still one.\n\nThree.\n\nFour."


def test_devanagari_conjuncts_survive() -> None:
    # "क्‍ष" written with ZWJ keeps the half-form; removing it would change the word.
    word = "क्\u200dष"
    assert clean_text(f" {word} ") == word


def test_unescape_and_nfc() -> None:
    assert unescape_entities("US&#8217;s &amp; Mexico&#039;s") == "US’s & Mexico's"
    assert unescape_entities("no entities") == "no entities"
    assert unicode_nfc("Cafe\u0301") == "Café"


# --- strip_site_suffix ----------------------------------------------------------------------

@pytest.mark.parametrize(("title", "names", "expected"), [
    ("Markets rally as rates fall | Reuters", (), "Markets rally as rates fall"),
    ("Markets rally as rates fall - Site Name", ("Site Name",), "Markets rally as rates fall"),
    ("Markets rally as rates fall – Site Name", ("site name",), "Markets rally as rates fall"),
    ("Council approves flood wall :: Riverside Gazette", (), "Council approves flood wall"),
    ("Council approves flood wall | Local | Riverside Gazette", ("Riverside Gazette",),
     "Council approves flood wall"),
    ("Riverside Gazette | Council approves flood wall after years of debate",
     ("Riverside Gazette",), "Council approves flood wall after years of debate"),
    # A headline with a dash of its own keeps it.
    ("Twenty-twenty - a year to forget", (), "Twenty-twenty - a year to forget"),
    ("Ukraine - a year on", (), "Ukraine - a year on"),
    ("Talks - and more talks", ("Site Name",), "Talks - and more talks"),
    ("Gaza: talks resume in Cairo", (), "Gaza: talks resume in Cairo"),
    ("Steigende US-Zinsen setzen Dax zu | Börsen-Zeitung", (), "Steigende US-Zinsen setzen Dax zu"),
])
def test_strip_site_suffix(title: str, names: tuple[str, ...], expected: str) -> None:
    assert strip_site_suffix(title, names) == expected


def test_strip_site_suffix_unknown_leading_name_kept() -> None:
    title = "Riverside Gazette | Council approves flood wall after years of debate"
    assert strip_site_suffix(title) == title


# --- authors --------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "expected"), [
    ("By Jane Doe", "Jane Doe"),
    ("by jane doe", "jane doe"),
    ("BY: Jane Doe", "Jane Doe"),
    ("Written by Jane Doe", "Jane Doe"),
    ("Von Anna Schmidt", "Anna Schmidt"),
    ("Por Ana García", "Ana García"),
    ("By Jane Doe, Senior Correspondent", "Jane Doe"),
    ("Jane Doe | Staff Writer", "Jane Doe"),
    ("Jane Doe - Special Correspondent", "Jane Doe"),
    ("Jane Doe jane.doe@example.com", "Jane Doe"),
    ("Rahul Kumar | IANS", "Rahul Kumar"),
    ("Rahul Kumar (PTI)", "Rahul Kumar"),
    ("Jane Doe, AFP", "Jane Doe"),
    ("Tom O’Neil", "Tom O’Neil"),
    ("\u202bأحمد علي\u202c", "أحمد علي"),
])
def test_clean_author(value: str, expected: str) -> None:
    assert clean_author(value) == expected


@pytest.mark.parametrize("value", [
    "https://news.example/author/jane-doe/",
    "/author/jane-doe/",
    "jane.doe@example.com",
    "",
    "\u200b",
    " , | - ",
    "By",
    "By:",
])
def test_clean_author_rejects(value: str) -> None:
    assert clean_author(value) is None


@pytest.mark.parametrize(("value", "expected"), [
    ("By A and B", ["By A", "B"]),
    ("By Jane Doe and John Roe", ["By Jane Doe", "John Roe"]),
    ("Kim, Lee & Park", ["Kim", "Lee", "Park"]),
    ("Kim; Lee", ["Kim", "Lee"]),
    ("Anna Schmidt und Ben Braun", ["Anna Schmidt", "Ben Braun"]),
    ("Marie Dupont et Luc Martin", ["Marie Dupont", "Luc Martin"]),
    ("Sandy Ebersole", ["Sandy Ebersole"]),  # "and"/"e"/"y" inside a word do not split
    ("Andrea Yates", ["Andrea Yates"]),
])
def test_split_authors(value: str, expected: list[str]) -> None:
    assert split_authors(value) == expected


def test_split_then_clean_by_a_and_b() -> None:
    assert [clean_author(p) for p in split_authors("By A and B")] == ["A", "B"]


# --- agencies -------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "expected"), [
    ("Indo-Asian News Service", "IANS"),
    ("Indo Asian News Service", "IANS"),
    ("IANS", "IANS"),
    ("Press Trust of India", "PTI"),
    ("(PTI)", "PTI"),
    ("Asian News International", "ANI"),
    ("ANI", "ANI"),
    ("Associated Press", "AP"),
    ("The Associated Press", "AP"),
    ("AP", "AP"),
    ("Agence France-Presse", "AFP"),
    ("Agence France Presse", "AFP"),
    ("AFP", "AFP"),
    ("Reuters", "Reuters"),
    ("Thomson Reuters", "Reuters"),
    ("REUTERS", "Reuters"),
    ("— With inputs from IANS", "IANS"),
    ("With inputs from PTI.", "PTI"),
    (" Reuters\u200b ", "Reuters"),
])
def test_normalise_agency(value: str, expected: str) -> None:
    assert normalise_agency(value) == expected


@pytest.mark.parametrize("value", ["Jane Doe", "", "Reuters Jane", "agencies", "News Desk"])
def test_normalise_agency_none(value: str) -> None:
    assert normalise_agency(value) is None


@pytest.mark.parametrize(("value", "expected"), [
    ("en-IN", "en"), ("en_US", "en"), ("DE", "de"), ("ar", "ar"), (" fr-FR ", "fr"),
    ("English", None), ("", None), ("x-default", None), ("zh-Hant-TW", "zh"),
])
def test_language_code(value: str, expected: str | None) -> None:
    assert language_code(value) == expected


@pytest.mark.parametrize(("value", "expected"), [
    (" https://x.example/a.jpg ", "https://x.example/a.jpg"),
    ("http://x.example/a", "http://x.example/a"),
    ("javascript:alert(1)", None),
    ("data:image/png;base64,AAA", None),
    ("file:///etc/passwd", None),
    ("/relative/a.jpg", None),
])
def test_absolute_http_url(value: str, expected: str | None) -> None:
    assert absolute_http_url(value) == expected


# --- ReDoS: each processor on 100 KB of pathological input (RELIABILITY.md #46) -------------

PATHOLOGICAL: dict[str, str] = {
    "a-": "a-" * 50_000,
    "spaces": " " * 100_000,
    "By ": "By " * 33_334,
    "x": "x" * 100_000,
    "a | ": "a | " * 25_000,
    "(": "(" * 100_000,
    "A.": "A." * 50_000,
    "— ": "— " * 25_000,  # 4 bytes each in UTF-8
    "&#": "&#" * 50_000,
    "a | b ": "a | b " * 16_667,
}
PROCESSORS: dict[str, Callable[[str], object]] = {
    "clean_text": clean_text,
    "clean_paragraphs": clean_paragraphs,
    "unescape_entities": unescape_entities,
    "unicode_nfc": unicode_nfc,
    "strip_site_suffix": strip_site_suffix,
    "strip_site_suffix+names": lambda s: strip_site_suffix(s, ("Site Name",)),
    "clean_author": clean_author,
    "split_authors": split_authors,
    "normalise_agency": normalise_agency,
    "language_code": language_code,
    "absolute_http_url": absolute_http_url,
    # Extraction helpers that run regexes over page text of their own.
    "leading_byline": lambda s: leading_byline([s[:LEAD_CHARS], s]),
    "hydration_body": lambda s: hydration_body(Page(
        url="u", root=lxml.html.fromstring("<p>x</p>"),
        raw=b'{"contentHtml":"' + s.encode() + b'"contentHtml":"' + s.encode())),
    "_strip_unspaced_site_suffix": lambda s: strip_site_suffix(s + "ㅣ한국일보", ("한국일보",)),
    # The boilerplate line patterns, every block of a body goes through (CLOSING_LINE is asked
    # of short lines only, but a line of bars, "a | a | …", 80 characters long, once took
    # 0.14 s, and twice as long would have hung the page).
    "is_boilerplate_text": lambda s: is_boilerplate_text(s, 0.0, frozenset()),
    "CLOSING_LINE": bp.CLOSING_LINE.match,
    "STOP_HEADING": bp.STOP_HEADING.match,
    # A raw <title>'s parts (not cleaned first).
    "title_parts": page_title_parts.split,
}
BUDGET_S = 0.1
#: A pathological case is abandoned after this long, so a quadratic regex fails fast.
ABANDON_S = 1.0


@contextmanager
def abandon_after(seconds: float) -> Iterator[None]:
    """Raise TimeoutError in the main thread after `seconds` (re checks signals)."""
    def _raise(signum: int, frame: object) -> None:
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def timed(func: Callable[[str], object], text: str, attempts: int = 3) -> float:
    """Best of `attempts` runs of `func(text)` in seconds (noise on a busy machine only ever
    adds time), or ABANDON_S as soon as one run is abandoned."""
    best = ABANDON_S
    for _ in range(attempts):
        start = time.perf_counter()
        try:
            with abandon_after(ABANDON_S):
                func(text)
        except TimeoutError:
            return ABANDON_S
        best = min(best, time.perf_counter() - start)
        if best < BUDGET_S / 4:
            break
    return best


@pytest.mark.parametrize("text_name", PATHOLOGICAL)
@pytest.mark.parametrize("name", PROCESSORS)
def test_processor_cost_on_pathological_input(name: str, text_name: str) -> None:
    text = PATHOLOGICAL[text_name]
    assert 100_000 <= len(text.encode()) < 110_000
    took = timed(PROCESSORS[name], text)
    assert took < BUDGET_S, f"{name}({text_name!r} x 100 KB) took {took:.3f} s"
