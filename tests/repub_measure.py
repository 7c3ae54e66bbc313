"""Measure `extract()` on the look-alike portal pages of `tests.repub_pages`, each as
printed (full) and with its metadata taken out (ablated): `python -m tests.repub_measure [-v]`.
Scored as `tests.wire_measure` scores the wires' own sites (its docstring says how).
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime

from tests import wire_measure
from tests.repub_pages import pages

#: When the pages are read: after the last of them was printed (March 2025), so no printed
#: date reads as one in the future.
FETCHED_AT = datetime(2025, 3, 20, 6, tzinfo=UTC)
REPUBLISHED: wire_measure.PageSet = (pages, FETCHED_AT)


def averages() -> dict[str, dict[str, float]]:
    """Each field's average over the pages, full and ablated."""
    return wire_measure.averages(REPUBLISHED)


if __name__ == "__main__":
    wire_measure.main(sys.argv[1:], REPUBLISHED, name_width=18)
