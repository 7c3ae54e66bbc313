"""The version-state seam: StateEntry, the VersionState protocol, MemoryState."""

from __future__ import annotations

import dataclasses

import pytest

from newsscraper.state import HTTP_FIELDS, MemoryState, StateEntry, VersionState

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
