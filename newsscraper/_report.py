"""Run accounting for the CLI: counts by outcome and reason, a terminal progress line, the summary.

Every input ends in exactly one bucket — written, skipped, dropped, an input problem or an
error — so `pages read + input problems` accounts for everything (RELIABILITY.md #31).
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import TextIO

__all__ = ["Progress", "RunReport"]


@dataclass
class RunReport:
    """What a run did. `started` is a monotonic time: only elapsed time is ever shown."""

    pages: int = 0
    written: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    dropped: Counter[str] = field(default_factory=Counter)
    problems: Counter[str] = field(default_factory=Counter)
    errors: int = 0
    started: float = field(default_factory=time.monotonic)

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def rate(self) -> float:
        return self.pages / max(self.elapsed(), 1e-6)

    def summary(self, command: str) -> str:
        """A few aligned lines for stderr."""
        rows = [
            ("pages read", self.pages, f"({self.rate():.1f}/s)"),
            ("records written", self.written, ""),
            ("skipped", self.skipped.total(), _by_reason(self.skipped)),
            ("dropped", self.dropped.total(), _by_reason(self.dropped)),
            ("input problems", self.problems.total(), _by_reason(self.problems)),
            ("errors", self.errors, ""),
        ]
        lines = [f"newsscraper {command}: done in {self.elapsed():.2f} s"]
        lines += [f"  {name:<16}{count:>8}  {extra}".rstrip() for name, count, extra in rows]
        return "\n".join(lines)


def _by_reason(counts: Counter[str]) -> str:
    # Most frequent first; ties by name, so the summary reads the same run after run.
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return ", ".join(f"{reason}: {n}" for reason, n in ordered)


class Progress:
    """A self-overwriting "pages, pages/s" line, only on a terminal, at most 5 times a second."""

    def __init__(self, stream: TextIO, *, enabled: bool) -> None:
        self.stream = stream
        self.enabled = enabled
        self._last = 0.0
        self._shown = False

    def tick(self, report: RunReport) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < 0.2:
            return
        self._last = now
        self.stream.write(f"\r  {report.pages} pages  {report.rate():.1f}/s")
        self.stream.flush()
        self._shown = True

    def clear(self) -> None:
        """Erase the line before anything else is printed under it."""
        if self._shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self._shown = False
