"""``--stories`` and ``--dedupe-stories``: a stable `story_id` per wire story.

`stories.StoryClusterer` groups near-duplicate bodies (see docs/stories.md) and labels each row
with the smallest row number in its cluster. Row numbers depend on input order, so they are not
ids. The id of a story is derived from one of its members, chosen without regard to order: the
**earliest published** member (``published_at``, else ``modified_at``, undated members last),
ties broken by the smaller hash. The id is the first 16 hex digits of the SHA-1 of that member's
URL, so the same input and options always give the same ids, whatever the row order, and a
story whose copies were seen once alone keeps the id of that one URL. ``--dedupe-stories``
keeps exactly that member: one record per story, the earliest published.

Only the records an export keeps (after filters and version choice) are clustered, in a
streaming pass: the clusterer gets title and body, this module keeps 32 bytes per row.
"""

from __future__ import annotations

import hashlib
import math
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

__all__ = ["Stories", "assign_stories", "story_id_of"]


def story_id_of(url: str) -> str:
    """The story id a story gets from its earliest-published member's URL.

    >>> story_id_of("https://example.in/a")
    'd552afc6c7eb16d4'
    """
    return hashlib.sha1(url.encode(), usedforsecurity=False).hexdigest()[:16]


@dataclass(slots=True)
class Stories:
    """Per kept row (the i-th record the export keeps): its story id and whether it is the
    story's representative (the one ``--dedupe-stories`` keeps)."""

    ids: npt.NDArray[np.uint64]
    representative: npt.NDArray[np.bool_]
    count: int

    def id_text(self, row: int) -> str:
        return f"{int(self.ids[row]):016x}"


def assign_stories(records: Iterable[dict[str, Any]], *, workdir: Path) -> Stories:
    """Cluster `records` (the rows an export keeps, in order) and derive their story ids."""
    import numpy as np

    from newsscraper.datasets.stories import StoryClusterer

    url_ids = array("Q")
    published = array("d")
    with StoryClusterer(workdir=workdir) as clusterer:  # closing removes its spill files
        for row, rec in enumerate(records):
            added = clusterer.add(rec["title"], rec["body"])
            if added != row:  # the interface promises 0..n-1 in order; ids rely on it
                raise RuntimeError(f"StoryClusterer.add returned row {added}, expected {row}")
            url_ids.append(int(story_id_of(rec["url"]), 16))
            when = rec["published_at"] or rec["modified_at"]
            published.append(
                math.inf if when is None else datetime.fromisoformat(when).timestamp()
            )
        n = len(url_ids)
        if n == 0:
            return Stories(np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=bool), 0)
        labels = np.asarray(clusterer.labels(), dtype=np.int64)
    if labels.shape != (n,):
        raise RuntimeError(f"StoryClusterer.labels() gave shape {labels.shape}, expected ({n},)")
    return _derive(labels, np.frombuffer(url_ids, dtype=np.uint64),
                   np.frombuffer(published, dtype=np.float64))


def _derive(labels: npt.NDArray[np.int64], url_ids: npt.NDArray[np.uint64],
            published: npt.NDArray[np.float64]) -> Stories:
    """Each cluster's representative = min (published, url id, row); rows take its id."""
    import numpy as np

    n = len(labels)
    rows = np.arange(n)
    order = np.lexsort((rows, url_ids, published, labels))
    first = np.ones(n, dtype=bool)
    first[1:] = labels[order[1:]] != labels[order[:-1]]
    rep_by_label = np.empty(n, dtype=np.int64)
    rep_by_label[labels[order[first]]] = order[first]
    rep = rep_by_label[labels]
    return Stories(url_ids[rep], rep == rows, int(first.sum()))
