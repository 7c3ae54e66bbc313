"""What the input readers hand on: `SavedPage`, `InputProblem`, and the size cap they share.

Split from `inputs.py` so the WARC reader (`_warc.py`) and the file reader share them without an
import cycle; `newsscraper.inputs` re-exports the public names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from scrapy.http import HtmlResponse

__all__ = ["MAX_PAGE_BYTES", "BadInput", "InputProblem", "SavedPage"]

#: Largest page, after decompression, that is read (a bomb stops here: RELIABILITY.md #24).
MAX_PAGE_BYTES = 32 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class SavedPage:
    """One saved page, ready for `extract(response, fetched_at=fetched_at)`."""

    response: HtmlResponse
    fetched_at: datetime  # aware, UTC
    source: str  # "path/to/file.html" or "crawl.warc.gz#1234" (the record's byte offset)


@dataclass(frozen=True, slots=True)
class InputProblem:
    """Input that yields no page. `reason` is short and countable; `detail` says more."""

    source: str
    reason: str
    detail: str = ""
    #: Expected in ordinary archives (revisit, non-HTML, non-200 records): counted, not warned.
    benign: bool = False


class BadInput(Exception):
    """Raised inside a reader, turned into an InputProblem at the source's boundary."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(reason, detail)
        self.reason, self.detail = reason, detail
