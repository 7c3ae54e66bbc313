"""Version state: what the last durable record of each URL was (DESIGN.md §8).

The seam is deliberately small so SQLite, Redis or PostgreSQL can sit behind it later:

- `get(url)` → the last committed `StateEntry`, or None for a URL never recorded;
- `commit(url, *, content_hash, version, **http)` → called only *after* that URL's record is
  durable in the output (written and flushed), never before, so a crash costs a re-fetch and
  never a record (RELIABILITY.md #56);
- `close()`.

`MemoryState` keeps it in a dict: what `newsscraper parse` uses, and what tests use.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from typing import Protocol

__all__ = ["HTTP_FIELDS", "MemoryState", "StateEntry", "VersionState"]


@dataclass(frozen=True, slots=True)
class StateEntry:
    """The committed state of one URL: its last record's hash and version, plus HTTP hints."""

    url: str
    content_hash: str
    version: int
    #: Validators for conditional re-fetches (If-None-Match / If-Modified-Since).
    etag: str | None = None
    last_modified: str | None = None
    #: The sitemap <lastmod> last seen, so an unchanged sitemap entry needs no fetch at all.
    sitemap_lastmod: str | None = None
    status: int | None = None
    #: ISO 8601 UTC, as in the record.
    fetched_at: str | None = None


#: The optional keyword arguments `commit(**http)` accepts: every StateEntry field past version.
HTTP_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(StateEntry))[3:]


class VersionState(Protocol):
    """Where versions live between runs. Implementations: MemoryState (now), SQLite (later)."""

    def get(self, url: str) -> StateEntry | None:
        """The last committed entry for `url`, or None."""
        ...

    def commit(
        self, url: str, *, content_hash: str, version: int, **http: str | int | None
    ) -> None:
        """Record that `url`'s record with this hash and version is durable."""
        ...

    def close(self) -> None:
        """Release resources; later calls are errors."""
        ...


class MemoryState:
    """A `VersionState` in a dict: forgotten when the process ends.

    >>> state = MemoryState()
    >>> state.commit("https://a.example/x", content_hash="sha256:00", version=1, status=200)
    >>> state.get("https://a.example/x").version, state.get("https://a.example/y")
    (1, None)
    """

    def __init__(self, entries: Iterable[StateEntry] = ()) -> None:
        self._entries: dict[str, StateEntry] = {e.url: e for e in entries}
        self._closed = False

    def get(self, url: str) -> StateEntry | None:
        self._check_open()
        return self._entries.get(url)

    def commit(
        self, url: str, *, content_hash: str, version: int, **http: str | int | None
    ) -> None:
        self._check_open()
        unknown = sorted(set(http) - set(HTTP_FIELDS))
        if unknown:
            # A typo here would silently lose a validator; fail loudly instead.
            raise TypeError(f"commit() got unknown state fields {unknown} for {url}")
        if version < 1:
            raise ValueError(f"version must be >= 1, got {version} for {url}")
        # The keys are checked above; the value types are the caller's contract (str or int).
        self._entries[url] = StateEntry(url, content_hash, version, **http)  # type: ignore[arg-type]

    def close(self) -> None:
        self._closed = True

    def __len__(self) -> int:
        return len(self._entries)

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError("version state is closed")
