"""`newsscraper.extract_html`: the library call gives the record `parse` gives."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

import newsscraper
from newsscraper.items import Skip
from tests.fixturetool import ROOT, json_path

SEED = ROOT / "sites" / "ampforwp" / \
    "2024-12-17-talks-on-future-of-russian-military-bases-in-syria.html"
#: A page that declares windows-1251 in its <meta> (bytes must be decoded by that).
CYRILLIC = next(p for p in sorted((ROOT / "generic").glob("*.html"))
                if b"windows-1251" in p.read_bytes()[:4000].lower())


@pytest.mark.parametrize("page", [SEED, CYRILLIC], ids=["seed", "windows-1251"])
def test_bytes_give_the_fixture_record(page: Path) -> None:
    expected = json.loads(json_path(page).read_text(encoding="utf-8"))
    record = newsscraper.extract_html(page.read_bytes(), expected["url"],
                                      fetched_at=datetime.fromisoformat(expected["fetched_at"]))
    assert dataclasses.asdict(record) == expected


def test_text_is_taken_as_decoded() -> None:
    expected = json.loads(json_path(CYRILLIC).read_text(encoding="utf-8"))
    text = CYRILLIC.read_bytes().decode("windows-1251")
    record = newsscraper.extract_html(text, expected["url"],
                                      fetched_at=datetime.fromisoformat(expected["fetched_at"]))
    assert (record.title, record.body) == (expected["title"], expected["body"])


def test_the_same_bytes_give_what_parse_writes(tmp_path: Path) -> None:
    url = json.loads(json_path(SEED).read_text(encoding="utf-8"))["url"]
    out = tmp_path / "out.jsonl"
    subprocess.run([sys.executable, "-m", "newsscraper.cli", "parse", str(SEED), "--url", url,
                    "-o", str(out)], check=True, capture_output=True)
    written = json.loads(out.read_text(encoding="utf-8"))
    fetched = datetime.fromisoformat(written["fetched_at"])
    record = newsscraper.extract_html(SEED.read_bytes(), url, fetched_at=fetched)
    assert dataclasses.asdict(record) == written


def test_a_non_article_is_a_skip_with_its_reason() -> None:
    page = ROOT / "skip" / "contact-page.html"
    url = json.loads(json_path(page).read_text(encoding="utf-8"))["url"]
    result = newsscraper.extract_html(page.read_bytes(), url)
    assert result == Skip("not an article", url)


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"url": "story.html"}, "url must be absolute"),
    ({"fetched_at": datetime(2024, 12, 17, 12)}, "fetched_at must be timezone-aware"),
])
def test_bad_arguments_are_clear_errors(kwargs: dict[str, object], message: str) -> None:
    args: dict[str, object] = {"url": "https://daily.example/a/",
                               "fetched_at": datetime(2024, 12, 17, tzinfo=UTC), **kwargs}
    with pytest.raises(ValueError, match=message):
        newsscraper.extract_html("<html></html>", **args)  # type: ignore[arg-type]


def test_an_unknown_site_names_the_known_ones() -> None:
    with pytest.raises(KeyError, match=r"no site profile named 'nope'.*ampforwp"):
        newsscraper.extract_html("<html></html>", "https://daily.example/a/", site="nope")
