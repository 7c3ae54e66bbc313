"""The cyclic garbage collector around a crawl's start-up (`crawlcli.py`, `crawl.py`).

Importing Scrapy, Twisted and the crawl's modules makes some 300,000 objects that live for the
whole run and next to no garbage; the collector still runs ~150 young and ~15 older collections
and one full one over them, ~30 ms of a re-run's ~0.4 s. It is paused until the crawl starts;
then what exists is frozen (`gc.freeze()`: later collections skip it, exit included) and
collections go on as usual for what the crawl itself makes.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["paused"]


@contextmanager
def paused() -> Iterator[None]:
    """No collections inside; on the way out what was made is frozen (it lives for the run,
    and a young collection would otherwise walk all of it) and the collector is as it was."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()
