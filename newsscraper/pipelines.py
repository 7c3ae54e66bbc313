"""Item pipelines: Validate (100) → Version (200) → JsonlWriter (800).

Each takes plain constructor arguments, so `newsscraper parse` drives the very same instances by
hand (`open_spider()` / `process_item(item)` / `close_spider()`); `from_crawler` builds them from
settings for `scrapy crawl`:

- ``NEWSSCRAPER_OUTPUT``: the JSON Lines file; unset or ``"-"`` means stdout.
- ``NEWSSCRAPER_FSYNC``: ``"close"`` (default: fsync the file once, at close), ``"record"``
  (fsync after every record, before the state commit) or ``"never"``.
- ``NEWSSCRAPER_STATE``: unset or ``":memory:"`` for the in-memory state, else the path of a
  SQLite state file (`newsscraper.crawlstate.open_state`).

Under ``scrapy crawl -o FILE`` (FEEDS set, ``NEWSSCRAPER_OUTPUT`` unset) the JSON Lines writer
steps aside and Scrapy's feed exporter writes the records; the state is then committed on
``item_scraped``, which Scrapy sends after the feed exporter has taken the item.

Durability order (RELIABILITY.md #56): VersionPipeline only *decides* — it sets
`article.version` or drops an unchanged page — and never commits. The writer writes the whole
line, flushes it, and only then calls its `on_durable` hooks; `VersionPipeline.commit` is one of
them (wired by hand in the CLI, through the `record_durable` signal under Scrapy). A crash
between the two costs a re-fetch, never a record. (Scrapy's `send_catch_log` logs a failing
commit instead of raising it: the record stays written, the URL is simply fetched again.)
"""

from __future__ import annotations

import errno
import logging
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any, Literal

import orjson
from scrapy import signals
from scrapy.exceptions import DropItem, NotConfigured

from newsscraper._checks import find_problem, short
from newsscraper._outfile import OutputLocked, open_locked, release
from newsscraper.crawlstate import CrawlState, crawl_state, open_state
from newsscraper.items import Article
from newsscraper.state import VersionState

__all__ = [
    "Dropped",
    "DuplicateContentPipeline",
    "JsonlWriterPipeline",
    "OutputClosed",
    "OutputLocked",
    "ValidatePipeline",
    "VersionPipeline",
    "record_durable",
]

logger = logging.getLogger(__name__)

#: Scrapy signal sent by JsonlWriterPipeline (from_crawler) once a record is flushed; kwargs: item.
record_durable = object()

FsyncMode = Literal["close", "record", "never"]
DurableHook = Callable[[Article], object]


class Dropped(DropItem):
    """A DropItem with a short countable `key` ("unchanged", "invalid title") beside the message."""

    def __init__(self, key: str, message: str | None = None, log_level: str | None = None):
        super().__init__(message or key, log_level)
        self.key = key


class OutputClosed(Dropped):
    """stdout's reader went away (`… | head -1`): the run should stop quietly."""

    def __init__(self) -> None:
        super().__init__("output closed", "stdout was closed by its reader", "DEBUG")


# --- Validate -------------------------------------------------------------------------------


class ValidatePipeline:
    """Drops records that break the shipped schema, naming field, value and URL."""

    @classmethod
    def from_crawler(cls, crawler: Any) -> ValidatePipeline:
        return cls()

    def open_spider(self, spider: object = None) -> None:
        pass

    def process_item(self, item: Any, spider: object = None) -> Article:
        if not isinstance(item, Article):
            raise Dropped("not an Article", f"not an Article: {short(item)}")
        problem = find_problem(item)
        if problem is None:
            return item
        field, value, why = problem
        url = item.url if isinstance(item.url, str) else "?"
        raise Dropped(f"invalid {field}", f"invalid {field} {short(value)}: {why} ({url})")

    def close_spider(self, spider: object = None) -> None:
        pass


# --- Duplicates -----------------------------------------------------------------------------


class DuplicateContentPipeline:
    """Drops a record whose title and body (its content hash) this run already passed under
    another URL: two saved copies of one story, or a WordPress post's "Older Comments" pages
    (`…/comment-page-2/`) saved without the canonical link that names the post. `parse` uses
    it: a saved page may carry no address that tells its copies apart. A crawl tells them by
    canonical URL before extraction, and a re-run does not fetch what it already holds, so
    content is no key there.

    Kept per record: 64 bits of its hash and the URL string the version state holds anyway
    (~80 bytes with the dict's own: ~80 MB a million records).

    >>> from types import SimpleNamespace
    >>> def record(url): return SimpleNamespace(url=url, content_hash="sha256:" + "ab" * 32)
    >>> pipeline = DuplicateContentPipeline()
    >>> pipeline.process_item(record("file:///a.html")).url
    'file:///a.html'
    >>> pipeline.process_item(record("file:///b.html"))
    Traceback (most recent call last):
    newsscraper.pipelines.Dropped: duplicate of file:///a.html: file:///b.html
    """

    def __init__(self) -> None:
        self._first: dict[int, str] = {}

    def open_spider(self, spider: object = None) -> None:
        pass

    def process_item(self, item: Article, spider: object = None) -> Article:
        key = int(item.content_hash[7:23], 16)  # "sha256:" and 64 bits of the digest
        first = self._first.setdefault(key, item.url)
        if first != item.url:
            raise Dropped("duplicate", f"duplicate of {first}: {item.url}", "INFO")
        return item

    def close_spider(self, spider: object = None) -> None:
        self._first.clear()


# --- Version --------------------------------------------------------------------------------


def state_from_setting(spec: str | None) -> VersionState:
    """The state NEWSSCRAPER_STATE names: in memory, or a SQLite file."""
    return open_state(spec)


def feeds_only(settings: Any) -> bool:
    """True when Scrapy's FEEDS, not our writer, take the records (`scrapy crawl -o`)."""
    return not settings.get("NEWSSCRAPER_OUTPUT") and bool(settings.getdict("FEEDS"))


class VersionPipeline:
    """Sets `version` from the state; drops a page whose content hash has not changed.

    It never commits in `process_item`: the writer calls `commit(article)` once the record is
    durable (see the module docstring).
    """

    def __init__(self, state: VersionState) -> None:
        self.state = state

    @classmethod
    def from_crawler(cls, crawler: Any) -> VersionPipeline:
        pipeline = cls(crawl_state(crawler))  # the state the spider and middlewares share
        durable = signals.item_scraped if feeds_only(crawler.settings) else record_durable
        crawler.signals.connect(pipeline._on_record_durable, signal=durable)
        return pipeline

    def open_spider(self, spider: object = None) -> None:
        pass

    def process_item(self, item: Article, spider: object = None) -> Article:
        previous = self.state.get(item.url)
        if previous is None:
            item.version = 1
        elif previous.content_hash == item.content_hash:
            if isinstance(self.state, CrawlState):
                # Keep the new ETag/Last-Modified, so the next run can get a 304. Safe before
                # any write: the record of this hash and version is already durable.
                self.state.refresh(previous, fetched_at=item.fetched_at)
            # DEBUG: on a re-crawl most pages are unchanged; the summary counts them.
            msg = f"unchanged since version {previous.version}: {item.url}"
            raise Dropped("unchanged", msg, "DEBUG")
        else:
            item.version = previous.version + 1
        return item

    def commit(self, article: Article) -> None:
        """Commit the decision for `article`; call only once its record is durable."""
        self.state.commit(
            article.url,
            content_hash=article.content_hash,
            version=article.version,
            fetched_at=article.fetched_at,
        )

    def _on_record_durable(self, item: Article, **kwargs: Any) -> None:
        self.commit(item)

    def close_spider(self, spider: object = None) -> None:
        # The pipeline owns its state: Scrapy closes the writer (priority 800) first.
        self.state.close()


# --- Write ----------------------------------------------------------------------------------


def _fsync(out: IO[bytes]) -> None:
    """fsync `out`, unless it is no file fsync applies to: `-o /dev/null` (a benchmark's
    output) or a named pipe say EINVAL, and have nothing to make durable."""
    try:
        os.fsync(out.fileno())
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP):
            raise


class JsonlWriterPipeline:
    """Appends one JSON line per record to a file (locked, torn tail repaired) or to stdout.

    Each record is one `write` of the complete line followed by a flush, so a crash tears at
    most the last line, which the next open repairs. `on_durable` hooks run after the flush
    (and after fsync in "record" mode).
    """

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        fsync: FsyncMode = "close",
        on_durable: Iterable[DurableHook] = (),
    ) -> None:
        self.path = None if path is None or str(path) == "-" else Path(path)
        self.fsync: FsyncMode = fsync
        self.on_durable = list(on_durable)
        self.written = 0
        self._out: IO[bytes] | None = None
        self._closed_by_reader = False

    @classmethod
    def from_crawler(cls, crawler: Any) -> JsonlWriterPipeline:
        def send(item: Article) -> None:
            crawler.signals.send_catch_log(signal=record_durable, item=item)

        settings = crawler.settings
        if feeds_only(settings):
            # No message: Scrapy would log the expected as a WARNING.
            raise NotConfigured  # FEEDS take the records (scrapy crawl -o)
        return cls(
            settings.get("NEWSSCRAPER_OUTPUT"),
            fsync=settings.get("NEWSSCRAPER_FSYNC", "close"),
            on_durable=[send],
        )

    @property
    def label(self) -> str:
        return "stdout" if self.path is None else str(self.path)

    def open_spider(self, spider: object = None) -> None:
        """Open (and lock, and repair) the output. OSError/OutputLocked when it cannot."""
        if self.path is None:
            sys.stdout.flush()  # keep anything printed earlier ahead of the records
            self._out = sys.stdout.buffer
            return
        # Closing the file (close_spider) releases the lock.
        self._out = os.fdopen(open_locked(self.path), "ab")
        logger.info("writing records to %s", self.path)

    def process_item(self, item: Article, spider: object = None) -> Article:
        if self._closed_by_reader:
            raise OutputClosed()
        if self._out is None:
            raise RuntimeError(f"{self.label}: process_item() before open_spider()")
        line = orjson.dumps(item, option=orjson.OPT_APPEND_NEWLINE)
        try:
            self._out.write(line)  # one write of the whole line: never half a record from us
            self._out.flush()
        except BrokenPipeError:
            if self.path is not None:
                raise
            self._reader_went_away()
            raise OutputClosed() from None
        if self.fsync == "record" and self.path is not None:
            _fsync(self._out)
        self.written += 1
        for hook in self.on_durable:  # only now: the record is durable
            hook(item)
        return item

    def close_spider(self, spider: object = None) -> None:
        out, self._out = self._out, None
        if out is None:
            return
        if self.path is None:
            try:
                out.flush()
            except BrokenPipeError:
                self._reader_went_away()
            return
        out.flush()
        if self.fsync != "never":
            _fsync(out)
        release(self.path)  # while still holding the lock
        out.close()  # releases the flock

    def _reader_went_away(self) -> None:
        self._closed_by_reader = True
        # Point fd 1 at /dev/null so the interpreter's final flush cannot raise again
        # (https://docs.python.org/3/library/signal.html#note-on-sigpipe).
        try:
            fd = self._out.fileno() if self._out is not None else sys.stdout.fileno()
        except (OSError, ValueError, AttributeError):
            return  # stdout is no real file (captured, say): no final flush to protect
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, fd)
        os.close(devnull)
