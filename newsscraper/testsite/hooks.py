"""What tests give the server and read back from it: canned `Fault` answers, and the
`RequestLog` of every request received (thread-safe: read it while the server runs).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple


@dataclass(slots=True)
class Fault:
    """A canned answer for one path: status, headers, body; `times` limits how many
    requests get it (None: all), after which the path is served normally again."""

    status: int
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""
    times: int | None = None


class LoggedRequest(NamedTuple):
    """One request as received: `time.monotonic()` seconds, method, target (path and
    query as sent), headers with lower-case names."""

    time: float
    method: str
    path: str
    headers: dict[str, str]


class RequestLog:
    """The requests a server has received, in order; safe to read while it serves."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: list[LoggedRequest] = []

    def append(self, item: LoggedRequest) -> None:
        with self._lock:
            self._items.append(item)

    def snapshot(self) -> list[LoggedRequest]:
        """A copy of the log so far."""
        with self._lock:
            return list(self._items)

    def paths(self, method: str | None = None) -> list[str]:
        """Request targets in order, optionally of one method."""
        return [r.path for r in self.snapshot() if method is None or r.method == method]

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __iter__(self) -> Iterator[LoggedRequest]:
        return iter(self.snapshot())

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)
