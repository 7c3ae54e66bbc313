"""The version-state seam: StateEntry, the VersionState protocol, MemoryState, SqliteState;
and the crawl's shared CrawlState (hints, output replay)."""

from __future__ import annotations

import dataclasses
import os
import sqlite3
import stat
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import orjson
import pytest

from newsscraper.crawlstate import CrawlState, open_state, replay_output
from newsscraper.state import (
    HTTP_FIELDS,
    MemoryState,
    SqliteState,
    StateEntry,
    StateError,
    StateLocked,
    Validators,
    VersionState,
)

URL = "https://news.example.in/2024/12/17/story/"
HASH = "sha256:" + "a" * 64


def test_unknown_url_is_none() -> None:
    assert MemoryState().get(URL) is None


def test_commit_then_get_returns_every_field() -> None:
    state: VersionState = MemoryState()  # MemoryState satisfies the protocol (mypy checks)
    state.commit(
        URL, content_hash=HASH, version=2, etag='"abc"', last_modified="Tue, 17 Dec 2024",
        sitemap_lastmod="2024-12-17", status=200, fetched_at="2024-12-17T07:33:00+00:00",
    )
    assert state.get(URL) == StateEntry(
        URL, HASH, 2, '"abc"', "Tue, 17 Dec 2024", "2024-12-17", 200, "2024-12-17T07:33:00+00:00"
    )


def test_optional_fields_default_to_none() -> None:
    state = MemoryState()
    state.commit(URL, content_hash=HASH, version=1)
    entry = state.get(URL)
    assert entry is not None
    assert all(getattr(entry, name) is None for name in HTTP_FIELDS)


def test_commit_replaces_the_previous_entry() -> None:
    state = MemoryState()
    state.commit(URL, content_hash=HASH, version=1, etag="x")
    state.commit(URL, content_hash="sha256:" + "b" * 64, version=2)
    entry = state.get(URL)
    assert entry is not None
    assert (entry.version, entry.etag) == (2, None)
    assert len(state) == 1


def test_entries_are_frozen() -> None:
    entry = StateEntry(URL, HASH, 1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        entry.version = 2  # type: ignore[misc]


def test_http_fields_are_the_optional_ones() -> None:
    assert HTTP_FIELDS == (
        "etag", "last_modified", "sitemap_lastmod", "status", "fetched_at",
    )


def test_unknown_field_is_refused() -> None:
    with pytest.raises(TypeError, match="etagg"):
        MemoryState().commit(URL, content_hash=HASH, version=1, etagg="x")


def test_version_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="version"):
        MemoryState().commit(URL, content_hash=HASH, version=0)


def test_seeded_entries() -> None:
    state = MemoryState([StateEntry(URL, HASH, 3)])
    entry = state.get(URL)
    assert entry is not None
    assert entry.version == 3


def test_closed_state_refuses_use() -> None:
    state = MemoryState()
    state.close()
    with pytest.raises(RuntimeError, match="closed"):
        state.get(URL)
    with pytest.raises(RuntimeError, match="closed"):
        state.commit(URL, content_hash=HASH, version=1)


# --- SqliteState ----------------------------------------------------------------------------


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "state" / "site.sqlite"


def test_sqlite_commit_then_get_after_reopening(db: Path) -> None:
    state: VersionState = SqliteState(db)
    state.commit(URL, content_hash=HASH, version=2, etag='"abc"', status=200,
                 fetched_at="2024-12-17T07:33:00+00:00")
    state.close()
    reopened = SqliteState(db)
    assert reopened.get(URL) == StateEntry(URL, HASH, 2, '"abc"', None, None, 200,
                                           "2024-12-17T07:33:00+00:00")
    assert reopened.get(URL + "x") is None
    assert len(reopened) == 1
    reopened.close()


def test_sqlite_checks_like_memory(db: Path) -> None:
    state = SqliteState(db)
    with pytest.raises(TypeError, match="etagg"):
        state.commit(URL, content_hash=HASH, version=1, etagg="x")
    with pytest.raises(ValueError, match="version"):
        state.commit(URL, content_hash=HASH, version=0)
    state.close()
    with pytest.raises(RuntimeError, match="closed"):
        state.get(URL)
    state.close()  # twice is fine


def test_sqlite_uses_wal_and_a_private_folder(db: Path) -> None:
    SqliteState(db).close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert stat.S_IMODE(db.parent.stat().st_mode) == 0o700  # RELIABILITY.md #42


def test_a_second_holder_is_refused_with_the_pid(db: Path) -> None:
    first = SqliteState(db)
    code = (
        "import sys\n"
        "from newsscraper.state import SqliteState, StateLocked\n"
        "try:\n    SqliteState(sys.argv[1])\n"
        "except StateLocked as exc:\n    print(exc)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    assert f"in use by another newsscraper run (pid {os.getpid()})" in out
    first.close()
    SqliteState(db).close()  # released


def test_the_lock_goes_with_the_process(db: Path) -> None:
    code = ("import os, sys\nfrom newsscraper.state import SqliteState\n"
            "SqliteState(sys.argv[1])\nos._exit(9)")
    subprocess.run([sys.executable, "-c", code, str(db)], timeout=60, check=False)
    SqliteState(db).close()  # a killed run leaves no lock behind


def test_same_process_second_open_is_refused_too(db: Path) -> None:
    first = SqliteState(db)
    with pytest.raises(StateLocked):
        SqliteState(db)
    first.close()


def test_other_schema_versions_are_refused(db: Path) -> None:
    SqliteState(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(StateError, match=r"schema version 99.*uses schema version 1"):
        SqliteState(db)


def test_foreign_files_are_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(StateError, match="no newsscraper schema"):
        SqliteState(other)
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StateError, match="not a usable SQLite file"):
        SqliteState(junk)


# --- CrawlState and output replay -----------------------------------------------------------


def test_noted_hints_join_the_commit_and_refresh_keeps_the_version() -> None:
    state = CrawlState(MemoryState())
    state.note(URL, etag='"1"', status=200, sitemap_lastmod="2024-12-17")
    state.commit(URL, content_hash=HASH, version=1, fetched_at="2024-12-17T00:00:00+00:00")
    entry = state.get(URL)
    assert entry is not None
    assert (entry.etag, entry.sitemap_lastmod, entry.version) == ('"1"', "2024-12-17", 1)
    state.note(URL, etag='"2"')
    state.refresh(entry, status=304)
    entry = state.get(URL)
    assert entry is not None
    assert (entry.etag, entry.status, entry.sitemap_lastmod, entry.content_hash) == (
        '"2"', 304, "2024-12-17", HASH)


def test_open_state_memory_or_sqlite(db: Path) -> None:
    assert isinstance(open_state(None).inner, MemoryState)
    assert isinstance(open_state(":memory:").inner, MemoryState)
    sqlite = open_state(str(db))
    assert isinstance(sqlite.inner, SqliteState)
    sqlite.close()


def record(url: str, digest: str, version: int) -> bytes:
    return orjson.dumps({"url": url, "content_hash": digest, "version": version,
                         "fetched_at": "2024-12-17T00:00:00+00:00"}) + b"\n"


def test_replay_commits_records_the_state_missed(tmp_path: Path) -> None:
    """RELIABILITY.md #12: killed between "record flushed" and "state committed"."""
    out = tmp_path / "out.jsonl"
    new_hash = "sha256:" + "b" * 64
    out.write_bytes(record(URL, HASH, 1) + record(URL + "2", HASH, 1) + record(URL, new_hash, 2)
                    + b'{"url": "torn')
    state = MemoryState([StateEntry(URL, HASH, 1)])
    assert replay_output(state, out) == 2
    assert state.get(URL) == StateEntry(URL, new_hash, 2, fetched_at="2024-12-17T00:00:00+00:00")
    assert state.get(URL + "2") is not None
    assert replay_output(state, out) == 0  # idempotent
    assert replay_output(state, tmp_path / "missing.jsonl") == 0


# --- sitemap validators and the crawl under way (crawling: documents, resume) ------------------


def test_document_validators_and_marks_outlive_the_run(db: Path) -> None:
    state = SqliteState(db)
    state.keep_document("https://a.example/s.xml", Validators('"v1"', None))
    state.set_mark("crawl_started", "2024-12-18T06:00:00+00:00")
    state.close()
    state = SqliteState(db)
    assert state.document("https://a.example/s.xml") == Validators('"v1"', None)
    assert state.mark("crawl_started") == "2024-12-18T06:00:00+00:00"
    state.keep_document("https://a.example/s.xml", None)  # unsettled this time: forgotten
    state.set_mark("crawl_started", None)
    assert state.document("https://a.example/s.xml") is None
    assert state.mark("crawl_started") is None
    state.close()


def test_a_state_file_from_before_gets_the_new_tables(db: Path) -> None:
    state = SqliteState(db)
    state.commit(URL, content_hash=HASH, version=1)
    state.close()
    with sqlite3.connect(db) as raw:  # as a file written before the tables existed
        raw.execute("DROP TABLE documents")
        raw.execute("DROP TABLE marks")
    state = SqliteState(db)
    assert state.get(URL) is not None
    assert state.document(URL) is None
    assert state.mark("crawl_started") is None
    state.close()


def test_a_crawl_left_unfinished_is_resumed() -> None:
    """RELIABILITY.md #13: a run after a killed or stopped one does only what was left."""
    inner = MemoryState()
    first = CrawlState(inner)
    first.begin(datetime(2024, 12, 18, 6, 0, tzinfo=UTC))
    first.commit(URL, content_hash=HASH, version=1, fetched_at="2024-12-18T06:01:00+00:00")
    old = "https://news.example.in/2024/11/01/older/"
    first.commit(old, content_hash=HASH, version=1, fetched_at="2024-11-01T06:00:00+00:00")
    # ... killed: never completes. The next run resumes the same crawl:
    second = CrawlState(inner)
    second.begin(datetime(2024, 12, 18, 6, 5, tzinfo=UTC))
    assert second.resuming_since == datetime(2024, 12, 18, 6, 0, tzinfo=UTC)
    assert second.done_before(_get(second, URL))  # fetched by the crawl it resumes
    assert not second.done_before(_get(second, old))  # from an earlier, completed crawl
    second.complete()
    third = CrawlState(inner)
    third.begin(datetime(2024, 12, 18, 7, 0, tzinfo=UTC))
    assert third.resuming_since is None  # a new crawl checks every page again
    assert not third.done_before(_get(third, URL))
    # Killed again; the next run comes two days later: too old to resume.
    late = CrawlState(inner)
    late.begin(datetime(2024, 12, 20, 7, 0, tzinfo=UTC), max_age=86400)
    assert late.resuming_since is None
    assert inner.mark("crawl_started") == "2024-12-20T07:00:00+00:00"


def _get(state: CrawlState, url: str) -> StateEntry:
    entry = state.get(url)
    assert entry is not None
    return entry
