"""The same article saved by seven tools gives the page's own record (`tests.saved_pages`).

Every variant is written under its tool's usual file name and read as `newsscraper parse`
reads it, without ``--url``: the whole record must equal the fixture's, except the fields
`saved_pages` lists as lost by that tool. archive.today, which strips every class and id, is
held to its measured floor (`python -m tests.saved_measure -v archive.today` shows the rest).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.saved_pages import TOOLS, Variant, mismatches, parse, variants

ALL = list(variants())
EXACT_TOOLS = tuple(t for t in TOOLS if t != "archive.today")
#: archive.today variants whose record is exact (measured): the others lose section, tags,
#: bylines or a standfirst that their page marks only by class names, which it removes.
ARCHIVE_TODAY_EXACT = {"de-spiegel-dpa-afp-kicker", "thehindu-pti-no-metadata"}
#: Text of the tools' own insertions: none of it may reach any field of any record.
TOOL_TEXT = ("Wayback Machine", "captures", "COLLECTED BY", "About this capture", "TIMESTAMPS",
             "webpage capture", "Saved from", "All snapshots", "download .zip", "Screenshot",
             "report bug", "archive.today", "FILE ARCHIVED", "SingleFile", "saved from url",
             "MultipartBoundary", "=3D", "base64,")


def _ids(items: list[Variant]) -> list[str]:
    return [v.label for v in items]


EXACT = [v for v in ALL if v.tool in EXACT_TOOLS]


@pytest.mark.parametrize("variant", EXACT, ids=_ids(EXACT))
def test_saved_copy_gives_the_pages_record(variant: Variant, tmp_path: Path) -> None:
    got = parse(variant, tmp_path)
    bad = mismatches(variant, got)
    assert not bad, "\n".join(f"{k}: got {have!r}, want {want!r}" for k, (have, want)
                              in bad.items())
    _no_tool_text(got)


def test_archive_today_captures_reach_their_floor(tmp_path: Path) -> None:
    captures = [v for v in ALL if v.tool == "archive.today"]
    records = {v.key: parse(v, tmp_path) for v in captures}
    exact = {v.key for v in captures if not mismatches(v, records[v.key])}
    assert exact >= ARCHIVE_TODAY_EXACT, sorted(ARCHIVE_TODAY_EXACT - exact)
    for variant in captures:
        got = records[variant.key]
        _no_tool_text(got)
        # What archive.today can never lose: the original address, the title, the dates its
        # text prints (never the capture's time), the wire.
        wrong = {k for k in ("url", "canonical_url", "site", "title", "published_at",
                             "modified_at", "agency", "language")
                 if k not in variant.unrecoverable and got.get(k) != variant.expected[k]}
        assert not wrong, (variant.key, wrong)


def test_every_tool_and_page_is_in_the_set() -> None:
    assert {v.tool for v in ALL} == set(TOOLS)
    assert len(ALL) == len(TOOLS) * len({v.key for v in ALL}) >= 7 * 12


def _no_tool_text(record: dict[str, object]) -> None:
    text = " ".join(str(v) for k, v in record.items() if k not in ("url", "canonical_url"))
    found = [t for t in TOOL_TEXT if t in text]
    assert not found, found

