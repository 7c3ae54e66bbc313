"""Every fixture pair: the whole record `extract()` gives equals the expected JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsscraper.items import DATETIME_FIELDS, FIELD_ORDER
from newsscraper.sites import all_profiles
from tests.fixturetool import ROOT, differences, html_paths, json_path, run

PAGES = html_paths()


@pytest.mark.parametrize("html", PAGES, ids=[str(p.relative_to(ROOT)) for p in PAGES])
def test_fixture_record(html: Path) -> None:
    expected = json.loads(json_path(html).read_text(encoding="utf-8"))
    actual = run(html, expected["url"], expected["fetched_at"])
    diffs = differences(expected, actual)
    assert not diffs, (
        f"{html.relative_to(ROOT)}: {len(diffs)} field(s) differ\n" + "\n".join(diffs)
        + f"\ninspect: python -m tests.fixturetool rerun {html}"
    )


def test_every_page_has_its_json() -> None:
    missing = [str(p) for p in PAGES if not json_path(p).exists()]
    assert not missing, f"pages without an expected record: {missing}"


def test_fixture_counts() -> None:
    groups = {p.relative_to(ROOT).parts[0] for p in PAGES}
    assert groups >= {"sites", "generic", "skip"}
    assert len(list((ROOT / "generic").glob("*.json"))) >= 8
    assert len(list((ROOT / "skip").glob("*.json"))) >= 3


@pytest.mark.parametrize("html", PAGES, ids=[str(p.relative_to(ROOT)) for p in PAGES])
def test_expected_json_shape(html: Path) -> None:
    text = json_path(html).read_text(encoding="utf-8")
    record = json.loads(text)
    assert text.endswith("\n")
    if "skip" in record:
        assert set(record) == {"url", "fetched_at", "skip"}
        return
    assert list(record) == list(FIELD_ORDER), "keys must be in schema order"
    for field in DATETIME_FIELDS:
        value = record[field]
        assert value is None or value[-6] in "+-", f"{field} {value!r} has no UTC offset"


def test_every_profile_has_a_fixture_folder_and_back() -> None:
    names = {p.name for p in all_profiles()}
    folders = {d.name for d in (ROOT / "sites").iterdir() if d.is_dir()}
    assert names - folders == set(), f"profiles without fixtures: {names - folders}"
    assert folders - names == set(), f"fixture folders without a profile: {folders - names}"
    for folder in folders:
        assert list((ROOT / "sites" / folder).glob("*.json")), f"{folder} has no pairs"
