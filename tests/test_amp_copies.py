"""A story and its AMP copy give one record, whatever the story embeds.

Portals serve each post twice, the canonical page and its AMP copy (`…/story/amp/`), and a
mirror or a crawl reads both. The Version pipeline keys records on the canonical URL and the
content hash, so the two copies must hash alike even where AMP cannot print what the canonical
page embeds: AMP for WP turns a tweet into an `<amp-twitter>` holding its id alone and a
Facebook post into an empty `<amp-facebook>`. The embedded posts' text stays in the canonical
page's body but is no part of the story's own text, so the hash leaves it out; a real change
of the story's text still makes a new version.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse

from newsscraper.extract import extract
from newsscraper.items import Article
from newsscraper.pipelines import Dropped, VersionPipeline
from newsscraper.state import MemoryState
from tests.fixturetool import ROOT

CANONICAL = ROOT / "generic" / "wp-tagdiv-ians-tweet-facebook-post-embeds.html"
AMP = ROOT / "sites" / "ampforwp" / \
    "2024-12-17-kendriya-vidyalayas-swift-amp-twitter-amp-facebook.html"
STORY = "https://delhitoday.example/india/centre-to-open-85-new-kendriya-vidyalayas-next-year-" \
    "says-pradhan/"
FETCHED = datetime(2024, 12, 18, 6, tzinfo=UTC)
#: Both copies are read at the story's address, as `newsscraper parse` reads a saved page at
#: its canonical link's (the Version pipeline's key).


def _article(html: bytes, url: str) -> Article:
    record = extract(HtmlResponse(url, body=html), fetched_at=FETCHED)
    assert isinstance(record, Article), record
    return record


def test_amp_copy_without_the_embeds_is_the_same_version() -> None:
    canonical = _article(CANONICAL.read_bytes(), STORY)
    amp = _article(AMP.read_bytes(), STORY)
    assert "Thank you PM @narendramodi" in canonical.body  # the tweet, read on the page
    assert "@narendramodi" not in amp.body  # <amp-twitter data-tweetid> holds no text
    assert canonical.canonical_url == amp.canonical_url == STORY
    assert canonical.content_hash == amp.content_hash

    for first, second in ((amp, canonical), (canonical, amp)):
        version = VersionPipeline(MemoryState())
        kept = version.process_item(first)
        version.commit(kept)
        with pytest.raises(Dropped) as dropped:
            version.process_item(second)
        assert dropped.value.key == "unchanged"


def test_a_changed_paragraph_is_still_a_new_version() -> None:
    amp = _article(AMP.read_bytes(), STORY)
    edited = CANONICAL.read_bytes().replace(b"82,000 students, the minister",
                                            b"82,500 students, the minister")
    changed = _article(edited, STORY)
    version = VersionPipeline(MemoryState())
    version.commit(version.process_item(amp))
    assert version.process_item(changed).version == 2


def test_a_mirror_of_both_copies_gives_one_record(tmp_path: Path) -> None:
    """As wget saves them: the AMP copy (`amp/index.html`) is read first, by name order."""
    story = tmp_path / "delhitoday.example" / "india" / \
        "centre-to-open-85-new-kendriya-vidyalayas-next-year-says-pradhan"
    (story / "amp").mkdir(parents=True)
    shutil.copy(CANONICAL, story / "index.html")
    shutil.copy(AMP, story / "amp" / "index.html")
    out = tmp_path / "records.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "newsscraper.cli", "parse", str(tmp_path / "delhitoday.example"),
         "-q", "-o", str(out)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["url"], r["version"]) for r in records] == [(STORY, 1)]
