"""Version state: what the last durable record of each URL was (DESIGN.md §8).

The seam is deliberately small so SQLite, Redis or PostgreSQL can sit behind it later:

- `get(url)` → the last committed `StateEntry`, or None for a URL never recorded;
- `commit(url, *, content_hash, version, **http)` → called only *after* that URL's record is
  durable in the output (written and flushed), never before, so a crash costs a re-fetch and
  never a record (RELIABILITY.md #56);
- `document(url)` / `keep_document(url, validators)` → the ETag and Last-Modified of a sitemap
  or feed whose every entry is settled in the state, for conditional re-fetches of it;
- `mark(name)` / `set_mark(name, value)` → small named values that outlive a run (when the
  crawl now under way began, so that a run after a crash knows it is resuming one);
- `close()`.

`MemoryState` keeps it in a dict: what `newsscraper parse` uses, and what tests use.
`SqliteState(path)` keeps it in one SQLite file between scheduled runs: a checked schema
version, one run at a time (an exclusive lock that names its holder), and each commit its own
WAL transaction, so a kill -9 leaves every earlier commit in place.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import astuple, dataclass, fields
from pathlib import Path
from typing import Protocol

__all__ = [
    "HTTP_FIELDS",
    "SKIPPED",
    "MemoryState",
    "SqliteState",
    "StateEntry",
    "StateError",
    "StateLocked",
    "Validators",
    "VersionState",
]


#: The content hash of a page kept with no record (version 0): one that is no article,
#: "skipped: " and the reason (`spiders.news.NewsSpider._remember_skip`).
SKIPPED = "skipped: "


@dataclass(frozen=True, slots=True)
class StateEntry:
    """The committed state of one URL: its last record's hash and version, plus HTTP hints.
    A page that is no article is kept as version 0 under a `SKIPPED` hash."""

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


@dataclass(frozen=True, slots=True)
class Validators:
    """A document's HTTP validators, for If-None-Match / If-Modified-Since."""

    etag: str | None = None
    last_modified: str | None = None

    def __bool__(self) -> bool:
        return bool(self.etag or self.last_modified)


class VersionState(Protocol):
    """Where versions live between runs. Implementations: MemoryState (now), SQLite (later)."""

    def get(self, url: str) -> StateEntry | None:
        """The last committed entry for `url`, or None."""
        ...

    def __len__(self) -> int:
        """How many URLs it holds."""
        ...

    def commit(
        self, url: str, *, content_hash: str, version: int, **http: str | int | None
    ) -> None:
        """Record that `url`'s record with this hash and version is durable."""
        ...

    def document(self, url: str) -> Validators | None:
        """The validators kept for a sitemap or feed, or None."""
        ...

    def keep_document(self, url: str, validators: Validators | None) -> None:
        """Keep (or, with None, forget) a sitemap's or feed's validators."""
        ...

    def mark(self, name: str) -> str | None:
        """A named value kept between runs, or None."""
        ...

    def set_mark(self, name: str, value: str | None) -> None:
        """Keep (or, with None, forget) a named value."""
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
        self._documents: dict[str, Validators] = {}
        self._marks: dict[str, str] = {}
        self._closed = False

    def __repr__(self) -> str:
        return f"MemoryState({len(self._entries)} urls)"

    def get(self, url: str) -> StateEntry | None:
        self._check_open()
        return self._entries.get(url)

    def commit(
        self, url: str, *, content_hash: str, version: int, **http: str | int | None
    ) -> None:
        self._check_open()
        self._entries[url] = _entry(url, content_hash, version, http)

    def document(self, url: str) -> Validators | None:
        self._check_open()
        return self._documents.get(url)

    def keep_document(self, url: str, validators: Validators | None) -> None:
        self._check_open()
        if validators:
            self._documents[url] = validators
        else:
            self._documents.pop(url, None)

    def mark(self, name: str) -> str | None:
        self._check_open()
        return self._marks.get(name)

    def set_mark(self, name: str, value: str | None) -> None:
        self._check_open()
        if value is None:
            self._marks.pop(name, None)
        else:
            self._marks[name] = value

    def close(self) -> None:
        self._closed = True

    def __len__(self) -> int:
        return len(self._entries)

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError("version state is closed")


def _entry(
    url: str, content_hash: str, version: int, http: dict[str, str | int | None]
) -> StateEntry:
    unknown = sorted(set(http) - set(HTTP_FIELDS))
    if unknown:
        # A typo here would silently lose a validator; fail loudly instead.
        raise TypeError(f"commit() got unknown state fields {unknown} for {url}")
    if version < 1 and not (version == 0 and content_hash.startswith(SKIPPED)):
        raise ValueError(f"version must be >= 1, got {version} for {url}")
    # The keys are checked above; the value types are the caller's contract (str or int).
    return StateEntry(url, content_hash, version, **http)  # type: ignore[arg-type]


# --- SQLite ---------------------------------------------------------------------------------

#: Bump when the table changes; a file with another version is refused, never migrated blindly.
SCHEMA_VERSION = 1
_COLUMNS = tuple(f.name for f in fields(StateEntry))
_CREATE = f"""
CREATE TABLE urls (
    url TEXT PRIMARY KEY, content_hash TEXT NOT NULL, version INTEGER NOT NULL,
    etag TEXT, last_modified TEXT, sitemap_lastmod TEXT, status INTEGER, fetched_at TEXT
) WITHOUT ROWID;
PRAGMA user_version = {SCHEMA_VERSION};
"""
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM urls WHERE url = ?"  # noqa: S608 -- fixed names
_UPSERT = (
    f"INSERT OR REPLACE INTO urls ({', '.join(_COLUMNS)}) "  # noqa: S608 -- fixed names
    f"VALUES ({', '.join('?' for _ in _COLUMNS)})"
)
# Added beside schema version 1 without a version bump: an older newsscraper ignores them, and
# a file without them simply gets them (sitemaps are then fetched in full once more).
_CREATE_DOCUMENTS = """
CREATE TABLE IF NOT EXISTS documents (
    url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT
) WITHOUT ROWID
"""
_CREATE_MARKS = "CREATE TABLE IF NOT EXISTS marks (name TEXT PRIMARY KEY, value TEXT NOT NULL)"


class StateError(Exception):
    """The state file cannot be used (not a state file, another schema version, unreadable)."""


class StateLocked(StateError):
    """Another run holds the state file."""


class SqliteState:
    """A `VersionState` in a SQLite file, held by one run at a time.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     state = SqliteState(Path(tmp) / "site.sqlite")
    ...     state.commit("https://a.example/x", content_hash="sha256:00", version=2, etag='"e"')
    ...     print(state.get("https://a.example/x").etag, len(state))
    ...     state.close()
    "e" 1
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        # State lives next to the crawl's other private files: owner-only (RELIABILITY.md #42).
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._lock_fd = _take_lock(self.path)
        try:
            self._db = _connect(self.path)
        except BaseException:
            os.close(self._lock_fd)
            raise

    def __repr__(self) -> str:
        return f"SqliteState({str(self.path)!r})"

    def get(self, url: str) -> StateEntry | None:
        row = self._conn().execute(_SELECT, (url,)).fetchone()
        return None if row is None else StateEntry(*row)

    def commit(
        self, url: str, *, content_hash: str, version: int, **http: str | int | None
    ) -> None:
        entry = _entry(url, content_hash, version, http)
        # Autocommit mode: this statement is its own transaction, durable once it returns.
        self._conn().execute(_UPSERT, astuple(entry))

    def document(self, url: str) -> Validators | None:
        row = self._conn().execute(
            "SELECT etag, last_modified FROM documents WHERE url = ?", (url,)).fetchone()
        return None if row is None else Validators(*row)

    def keep_document(self, url: str, validators: Validators | None) -> None:
        if validators:
            self._conn().execute("INSERT OR REPLACE INTO documents VALUES (?, ?, ?)",
                                 (url, validators.etag, validators.last_modified))
        else:
            self._conn().execute("DELETE FROM documents WHERE url = ?", (url,))

    def mark(self, name: str) -> str | None:
        row = self._conn().execute("SELECT value FROM marks WHERE name = ?", (name,)).fetchone()
        return None if row is None else str(row[0])

    def set_mark(self, name: str, value: str | None) -> None:
        if value is None:
            self._conn().execute("DELETE FROM marks WHERE name = ?", (name,))
        else:
            self._conn().execute("INSERT OR REPLACE INTO marks VALUES (?, ?)", (name, value))

    def close(self) -> None:
        if self._lock_fd < 0:
            return
        self._db.close()
        _lock_note(self.path).unlink(missing_ok=True)
        os.close(self._lock_fd)  # releases the flock
        self._lock_fd = -1

    def __len__(self) -> int:
        count: int = self._conn().execute("SELECT count(*) FROM urls").fetchone()[0]
        return count

    def _conn(self) -> sqlite3.Connection:
        if self._lock_fd < 0:
            raise RuntimeError("version state is closed")
        return self._db


def _lock_note(path: Path) -> Path:
    # flock cannot say who holds it: the holder writes its pid here for the error message.
    return path.with_name(path.name + ".lock")


def _take_lock(path: Path) -> int:
    note = _lock_note(path)
    fd = os.open(note, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
        os.close(fd)
        raise StateLocked(
            f"state {path} is in use by another newsscraper run (pid {holder}); "
            "wait for it to finish, or give this run another --state"
        ) from None
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
    return fd


def _connect(path: Path) -> sqlite3.Connection:
    """Open, create or check the file; StateError when it is not a state of this schema."""
    try:
        db = sqlite3.connect(path, isolation_level=None)  # autocommit: one commit, one txn
        version = db.execute("PRAGMA user_version").fetchone()[0]
        tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if version == 0 and tables == 0:
            db.executescript(_CREATE)
        elif version != SCHEMA_VERSION:
            db.close()
            found = "no newsscraper schema" if version == 0 else f"schema version {version}"
            raise StateError(
                f"state {path} has {found}; this newsscraper uses schema version "
                f"{SCHEMA_VERSION}. Move the file aside (the next run then re-fetches every "
                "page) or use the newsscraper release that wrote it"
            )
        # WAL: a commit is one append to the log; readers never see half a transaction.
        # synchronous=NORMAL keeps every commit across a process kill (not a power cut,
        # which costs at most a re-fetch: the records themselves are already on disk).
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute(_CREATE_DOCUMENTS)
        db.execute(_CREATE_MARKS)
    except sqlite3.DatabaseError as exc:
        raise StateError(f"state {path} is not a usable SQLite file: {exc}") from None
    return db
