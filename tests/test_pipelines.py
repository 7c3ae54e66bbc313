"""Validate → Version → JsonlWriter: checks, versions, durability order, file safety."""

from __future__ import annotations

import dataclasses
import logging
import os
import sys
from pathlib import Path
from typing import Any

import orjson
import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from newsscraper.items import FIELD_ORDER, Article
from newsscraper.pipelines import (
    Dropped,
    JsonlWriterPipeline,
    OutputClosed,
    OutputLocked,
    ValidatePipeline,
    VersionPipeline,
)
from newsscraper.state import MemoryState, StateEntry

URL = "https://news.example.in/2024/12/17/monsoon-rains/"


def make_article(n: int = 0, **changes: Any) -> Article:
    values: dict[str, Any] = {
        "url": f"{URL}{n}", "canonical_url": None, "site": "news.example.in", "language": "hi",
        "section": None, "title": f"बारिश से तटीय ज़िले बेहाल {n}", "subtitle": None,
        "body": "Heavy rain lashed the coast.\n\nMüller said “stay home”.", "authors": [],
        "agency": "IANS", "dateline": None, "tags": [], "image_url": None,
        "published_at": "2024-12-17T09:30:00+05:30", "modified_at": None,
        "fetched_at": "2024-12-17T08:00:00+00:00", "word_count": 9,
        "content_hash": f"sha256:{n:064x}", "version": 1, "extractor": "generic",
        "schema_version": 1,
    }
    values.update(changes)
    return Article(**values)


class Events:
    """One ordered log of what the fake output and the fake state saw."""

    def __init__(self) -> None:
        self.log: list[tuple[str, Any]] = []


class RecordingOutput:
    """Stands in for sys.stdout.buffer: records writes and flushes."""

    def __init__(self, events: Events, fail: type[BaseException] | None = None) -> None:
        self.events, self.fail = events, fail

    def write(self, data: bytes) -> int:
        if self.fail:
            raise self.fail()
        self.events.log.append(("write", data))
        return len(data)

    def flush(self) -> None:
        self.events.log.append(("flush", None))


class RecordingStdout:
    def __init__(self, buffer: RecordingOutput) -> None:
        self.buffer = buffer

    def flush(self) -> None:
        pass


class RecordingState(MemoryState):
    def __init__(self, events: Events) -> None:
        super().__init__()
        self.events = events

    def commit(self, url: str, *, content_hash: str, version: int, **http: Any) -> None:
        self.events.log.append(("commit", url))
        super().commit(url, content_hash=content_hash, version=version, **http)


def chain(out: Path | None, state: MemoryState) -> tuple[ValidatePipeline, VersionPipeline,
                                                          JsonlWriterPipeline]:
    version = VersionPipeline(state)
    writer = JsonlWriterPipeline(out, on_durable=[version.commit])
    return ValidatePipeline(), version, writer


def run(pipes: tuple[Any, ...], *articles: Article) -> list[str]:
    """Push articles through opened pipelines; the DropItem keys, in order ("" = written)."""
    outcomes = []
    for article in articles:
        try:
            item: Any = article
            for pipe in pipes:
                item = pipe.process_item(item)
            outcomes.append("")
        except Dropped as drop:
            outcomes.append(drop.key)
    return outcomes


# --- Validate -------------------------------------------------------------------------------


def test_validate_passes_a_good_record() -> None:
    article = make_article()
    assert ValidatePipeline().process_item(article) is article


def test_validate_names_field_value_and_url() -> None:
    article = make_article(published_at="2024-12-17 09:30")
    with pytest.raises(DropItem) as caught:
        ValidatePipeline().process_item(article)
    assert str(caught.value) == (
        f"invalid published_at '2024-12-17 09:30': must be ISO 8601 with a UTC offset "
        f"({article.url})"
    )
    assert isinstance(caught.value, Dropped)
    assert caught.value.key == "invalid published_at"


def test_validate_truncates_long_values() -> None:
    with pytest.raises(DropItem) as caught:
        ValidatePipeline().process_item(make_article(content_hash="x" * 10_000))
    assert len(str(caught.value)) < 200
    assert "…" in str(caught.value)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("published_at", "2024-13-45T09:30:00+05:30"),  # the right shape, not a real date
        ("title", "bad \ud800 surrogate"),  # orjson could not write it
        ("authors", ["ok", None]),
        ("word_count", True),  # a bool is no integer in JSON
    ],
)
def test_validate_catches(field: str, value: Any) -> None:
    with pytest.raises(Dropped, match=f"invalid {field}"):
        ValidatePipeline().process_item(make_article(**{field: value}))


def test_validate_drops_what_is_not_an_article() -> None:
    with pytest.raises(Dropped, match="not an Article"):
        ValidatePipeline().process_item({"url": URL})


# --- Version --------------------------------------------------------------------------------


def test_version_new_unchanged_changed() -> None:
    state = MemoryState([StateEntry(f"{URL}2", "sha256:" + "f" * 64, 4)])
    version = VersionPipeline(state)
    assert version.process_item(make_article(1, version=7)).version == 1
    state.commit(f"{URL}1", content_hash=make_article(1).content_hash, version=1)
    with pytest.raises(Dropped) as caught:
        version.process_item(make_article(1))
    assert caught.value.key == "unchanged"
    assert version.process_item(make_article(2)).version == 5


def test_version_does_not_commit_on_its_own() -> None:
    state = MemoryState()
    VersionPipeline(state).process_item(make_article())
    assert state.get(make_article().url) is None


def test_durability_order_write_flush_then_commit(monkeypatch: pytest.MonkeyPatch) -> None:
    """RELIABILITY.md #56: the state commit comes only after the line is written and flushed."""
    events = Events()
    monkeypatch.setattr(sys, "stdout", RecordingStdout(RecordingOutput(events)))
    pipes = chain(None, RecordingState(events))
    for pipe in pipes:
        pipe.open_spider()
    assert run(pipes, make_article(1), make_article(2)) == ["", ""]
    kinds = [kind for kind, _ in events.log]
    assert kinds == ["write", "flush", "commit", "write", "flush", "commit"]
    assert events.log[2] == ("commit", make_article(1).url)


def test_failed_write_commits_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    events = Events()
    monkeypatch.setattr(sys, "stdout", RecordingStdout(RecordingOutput(events, OSError)))
    state = RecordingState(events)
    pipes = chain(None, state)
    for pipe in pipes:
        pipe.open_spider()
    with pytest.raises(OSError):  # noqa: PT011 -- any write failure; there is no message
        run(pipes, make_article(1))
    assert events.log == []
    assert state.get(make_article(1).url) is None  # a re-run fetches it again: nothing lost


def test_commit_sees_the_record_already_on_disk(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    seen: list[int] = []
    state = MemoryState()
    version = VersionPipeline(state)

    def commit(article: Article) -> None:
        seen.append(out.read_bytes().count(b"\n"))  # what another process would read now
        version.commit(article)

    writer = JsonlWriterPipeline(out, on_durable=[commit])
    writer.open_spider()
    for n in range(3):
        writer.process_item(version.process_item(make_article(n)))
    writer.close_spider()
    assert seen == [1, 2, 3]
    assert len(state) == 3


def test_scrapy_wiring_commits_through_the_signal(tmp_path: Path) -> None:
    crawler = get_crawler(settings_dict={"NEWSSCRAPER_OUTPUT": str(tmp_path / "o.jsonl")})
    version = VersionPipeline.from_crawler(crawler)
    writer = JsonlWriterPipeline.from_crawler(crawler)
    writer.open_spider()
    article = version.process_item(make_article())
    assert version.state.get(article.url) is None
    writer.process_item(article)
    entry = version.state.get(article.url)
    assert entry is not None
    assert (entry.version, entry.content_hash) == (1, article.content_hash)
    writer.close_spider()
    version.close_spider()


# --- JsonlWriter ----------------------------------------------------------------------------


def test_lines_are_utf8_json_in_field_order(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    pipes = chain(out, MemoryState())
    for pipe in pipes:
        pipe.open_spider()
    assert run(pipes, make_article(1), make_article(1), make_article(2)) == ["", "unchanged", ""]
    for pipe in reversed(pipes):
        pipe.close_spider()
    data = out.read_bytes()
    assert "बारिश".encode() in data
    assert b"\\u" not in data
    lines = data.split(b"\n")
    assert lines[-1] == b""
    assert len(lines) == 3
    for line in lines[:-1]:
        assert tuple(orjson.loads(line)) == FIELD_ORDER


def test_one_write_per_record(monkeypatch: pytest.MonkeyPatch) -> None:
    events = Events()
    monkeypatch.setattr(sys, "stdout", RecordingStdout(RecordingOutput(events)))
    writer = JsonlWriterPipeline(None)
    writer.open_spider()
    big = make_article(body="word " * 500_000)  # 2.5 MB: still one write
    writer.process_item(big)
    writes = [data for kind, data in events.log if kind == "write"]
    assert len(writes) == 1
    assert writes[0].endswith(b"\n")
    assert writes[0].count(b"\n") == 1
    assert orjson.loads(writes[0])["body"] == big.body


def test_appends_to_an_existing_file(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    for n in (1, 2):
        writer = JsonlWriterPipeline(out)
        writer.open_spider()
        writer.process_item(make_article(n))
        writer.close_spider()
    assert out.read_bytes().count(b"\n") == 2


def test_torn_tail_is_repaired(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    out = tmp_path / "out.jsonl"
    whole = [orjson.dumps(make_article(n), option=orjson.OPT_APPEND_NEWLINE) for n in (1, 2)]
    torn = orjson.dumps(make_article(3))[:150]  # a crash in the middle of the third write
    out.write_bytes(b"".join(whole) + torn)
    offset = len(b"".join(whole))
    writer = JsonlWriterPipeline(out)
    with caplog.at_level(logging.WARNING, logger="newsscraper.pipelines"):
        writer.open_spider()
    writer.close_spider()
    assert out.read_bytes() == b"".join(whole)
    [record] = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert f"byte offset {offset}" in record.getMessage()
    assert f"dropping {len(torn)} bytes" in record.getMessage()


def test_torn_only_line_is_dropped_whole(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"url": "half')
    writer = JsonlWriterPipeline(out)
    writer.open_spider()
    writer.process_item(make_article())
    writer.close_spider()
    [line] = out.read_bytes().splitlines()
    assert orjson.loads(line)["url"] == make_article().url


def test_intact_file_is_left_alone(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"a":1}\n')
    writer = JsonlWriterPipeline(out)
    with caplog.at_level(logging.WARNING):
        writer.open_spider()
    writer.close_spider()
    assert out.read_bytes() == b'{"a":1}\n'
    assert not caplog.records


def test_second_writer_is_refused_with_the_pid(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    first = JsonlWriterPipeline(out)
    first.open_spider()
    second = JsonlWriterPipeline(out)
    with pytest.raises(OutputLocked) as caught:
        second.open_spider()
    assert str(caught.value) == (
        f"output {out} is locked by another newsscraper run (pid {os.getpid()})"
    )
    first.close_spider()
    second.open_spider()  # released at close
    second.close_spider()
    assert not (tmp_path / "out.jsonl.lock").exists()


def test_unwritable_output_raises_oserror(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        JsonlWriterPipeline(tmp_path / "missing" / "out.jsonl").open_spider()


@pytest.mark.parametrize(("mode", "expected"), [("close", 1), ("record", 3), ("never", 0)])
def test_fsync_modes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: Any,
                     expected: int) -> None:
    calls: list[int] = []
    monkeypatch.setattr(os, "fsync", calls.append)
    writer = JsonlWriterPipeline(tmp_path / "out.jsonl", fsync=mode)
    writer.open_spider()
    writer.process_item(make_article(1))
    writer.process_item(make_article(2))
    writer.close_spider()
    assert len(calls) == expected


@pytest.mark.parametrize("mode", ["close", "record"])
def test_output_fsync_cannot_sync_is_no_error(mode: Any) -> None:
    """`-o /dev/null` (a benchmark throwing the records away) says EINVAL to fsync: the run
    ends normally, with every record counted as written."""
    writer = JsonlWriterPipeline(os.devnull, fsync=mode)
    writer.open_spider()
    writer.process_item(make_article(1))
    writer.process_item(make_article(2))
    writer.close_spider()
    assert writer.written == 2


def test_broken_pipe_on_stdout_closes_quietly(monkeypatch: pytest.MonkeyPatch) -> None:
    events = Events()
    monkeypatch.setattr(sys, "stdout", RecordingStdout(RecordingOutput(events, BrokenPipeError)))
    committed: list[Article] = []
    writer = JsonlWriterPipeline(None, on_durable=[committed.append])
    writer.open_spider()
    with pytest.raises(OutputClosed):
        writer.process_item(make_article(1))
    with pytest.raises(OutputClosed):  # and stays closed, without touching stdout again
        writer.process_item(make_article(2))
    writer.close_spider()
    assert committed == []


def test_articles_pass_through_unchanged(tmp_path: Path) -> None:
    writer = JsonlWriterPipeline(tmp_path / "o.jsonl")
    writer.open_spider()
    article = make_article()
    before = dataclasses.asdict(article)
    assert writer.process_item(article) is article
    assert dataclasses.asdict(article) == before
    writer.close_spider()
