"""The JSON Lines output file: an exclusive lock that names its holder, and torn-tail repair.

`open_locked(path)` opens for appending (O_APPEND: every write lands at the end), takes a
non-blocking exclusive `flock`, and repairs a last line left without its newline by a crash
mid-write. flock cannot say who holds a lock, so the holder writes its pid to a sidecar
``<output>.lock``, read only when the lock is found taken; `release(path)` removes it.
"""

from __future__ import annotations

import fcntl
import logging
import os
from pathlib import Path

__all__ = ["OutputLocked", "open_locked", "release"]

logger = logging.getLogger("newsscraper.pipelines")

_TAIL_CHUNK = 1 << 16


class OutputLocked(OSError):
    """Another process holds the output file's lock."""


def open_locked(path: Path) -> int:
    """A locked, repaired file descriptor for appending to `path`; OSError when impossible."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_CLOEXEC, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise OutputLocked(
            f"output {path} is locked by another newsscraper run (pid {_holder(path)})"
        ) from None
    try:
        _repair_torn_tail(fd, path)
    except BaseException:
        os.close(fd)
        raise
    _write_pid(_lock_note(path))
    return fd


def release(path: Path) -> None:
    """Remove the pid note; call while still holding the lock, then close the file."""
    _lock_note(path).unlink(missing_ok=True)


def _lock_note(path: Path) -> Path:
    """Sidecar holding the pid of the run that holds the lock: flock cannot tell who holds it."""
    return path.with_name(path.name + ".lock")


def _holder(path: Path) -> str:
    try:
        return _lock_note(path).read_text(encoding="ascii").strip() or "unknown"
    except OSError:
        return "unknown"


def _write_pid(note: Path) -> None:
    try:
        note.write_text(f"{os.getpid()}\n", encoding="ascii")
    except OSError as exc:  # the lock itself still holds; only the message loses the pid
        logger.debug("cannot write lock note %s: %s", note, exc)


def _repair_torn_tail(fd: int, path: Path) -> None:
    """Truncate a last line that lacks its newline (a crash mid-write) back to the last `\\n`."""
    size = os.fstat(fd).st_size
    if size == 0 or os.pread(fd, 1, size - 1) == b"\n":
        return
    keep = _end_of_last_line(fd, size)
    os.ftruncate(fd, keep)
    logger.warning(
        "output %s: torn last line (no trailing newline); truncated at byte offset %d, "
        "dropping %d bytes",
        path, keep, size - keep,
    )


def _end_of_last_line(fd: int, size: int) -> int:
    end = size
    while end > 0:
        start = max(0, end - _TAIL_CHUNK)
        at = os.pread(fd, end - start, start).rfind(b"\n")
        if at >= 0:
            return start + at + 1
        end = start
    return 0
