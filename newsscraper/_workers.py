"""Run `extract` over saved pages in input order: in this process, or in forked workers.

`extract_all(items, extract_fn, jobs=N)` yields one `(item, result)` pair per input item, in
input order whatever N is, so `--jobs 4` writes the same bytes as `--jobs 1`. Workers only
extract; the caller's process runs the pipelines (one writer, one state). A worker's exception
comes back as a `Failure` with its traceback, for the caller to log with the URL.
"""

from __future__ import annotations

import multiprocessing
import traceback
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from newsscraper.inputs import InputProblem, SavedPage
from newsscraper.items import Article, Skip
from newsscraper.sites import SiteProfile

__all__ = ["ExtractFn", "Failure", "Item", "Result", "extract_all"]

Item = SavedPage | InputProblem
ExtractFn = Callable[..., Article | Skip]

_BATCH = 16  # pages per worker task: small enough to keep order cheap, big enough for IPC


@dataclass(frozen=True, slots=True)
class Failure:
    """An exception raised by `extract`, carried back as text (tracebacks do not pickle)."""

    url: str
    traceback: str


Result = Article | Skip | Failure | None  # None: the item was an InputProblem, not extracted


def extract_all(
    items: Iterable[Item], extract_fn: ExtractFn, *, jobs: int = 1,
    profile: SiteProfile | None = None,
) -> Generator[tuple[Item, Result], None, None]:
    """(item, result) pairs in input order. Close the generator to stop early (and the pool)."""
    if jobs > 1:
        yield from _pooled(items, extract_fn, jobs, profile)
    else:
        for item in items:
            yield item, _extract_one(item, extract_fn, profile)


def _extract_one(item: Item, extract_fn: ExtractFn, profile: SiteProfile | None) -> Result:
    if isinstance(item, InputProblem):
        return None
    try:
        if profile is None:
            return extract_fn(item.response, fetched_at=item.fetched_at)
        # Only with --site: `profile=` forces that profile instead of matching by URL.
        return extract_fn(item.response, fetched_at=item.fetched_at, profile=profile)
    except Exception:  # a bug in extraction: reported by the caller, the run goes on
        return Failure(item.response.url, traceback.format_exc())


def _pooled(
    items: Iterable[Item], extract_fn: ExtractFn, jobs: int, profile: SiteProfile | None
) -> Iterator[tuple[Item, Result]]:
    # fork: workers inherit the loaded registry and extractor (the initargs are not pickled).
    # At most 2×jobs batches are in flight, so a big WARC is never read ahead into memory, as
    # Pool.imap would do: its feeder thread consumes the whole input up front.
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(extract_fn, profile)) as pool:
        pending: deque[tuple[list[Item], Any]] = deque()
        for batch in _batches(items, _BATCH):
            pending.append((batch, pool.apply_async(_work_batch, (batch,))))
            if len(pending) > 2 * jobs:
                yield from _collect(pending.popleft())
        while pending:
            yield from _collect(pending.popleft())


def _collect(entry: tuple[list[Item], Any]) -> Iterator[tuple[Item, Result]]:
    batch, async_result = entry
    return zip(batch, async_result.get(), strict=True)


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


_worker: tuple[ExtractFn, SiteProfile | None] | None = None


def _init_worker(extract_fn: ExtractFn, profile: SiteProfile | None) -> None:
    global _worker  # set once per worker process, read by every task it runs
    _worker = (extract_fn, profile)


def _work_batch(batch: list[Item]) -> list[Result]:
    assert _worker is not None, "worker used without _init_worker"
    extract_fn, profile = _worker
    return [_extract_one(item, extract_fn, profile) for item in batch]
