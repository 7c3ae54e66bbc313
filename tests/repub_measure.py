"""Measure `extract()` on the look-alike portal pages of `tests.repub_pages` (set 1),
`tests.repub_pages2` (set 2) or `tests.repub_pages3` (set 3), each as printed (full) and with
its metadata taken out (ablated): `python -m tests.repub_measure [-v] [--set 2|3]`.
Scored as `tests.wire_measure` scores the wires' own sites (its docstring says how).
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime

from tests import repub_pages2, repub_pages3, wire_measure
from tests.repub_pages import pages

#: When the pages are read: after the last of them was printed (March 2025), so no printed
#: date reads as one in the future.
FETCHED_AT = datetime(2025, 3, 20, 6, tzinfo=UTC)
REPUBLISHED: wire_measure.PageSet = (pages, FETCHED_AT)
#: The second set, read when the first is (its pages were printed in 2023-2024).
REPUBLISHED2: wire_measure.PageSet = (repub_pages2.pages, FETCHED_AT)
#: The third set, read when the first is (its pages were printed in 2023-2025, the last in
#: February 2025).
REPUBLISHED3: wire_measure.PageSet = (repub_pages3.pages, FETCHED_AT)
SETS = {"1": REPUBLISHED, "2": REPUBLISHED2, "3": REPUBLISHED3}


def averages(page_set: str = "1") -> dict[str, dict[str, float]]:
    """Each field's average over a set's pages, full and ablated."""
    return wire_measure.averages(SETS[page_set])


if __name__ == "__main__":
    args = sys.argv[1:]
    chosen = args[args.index("--set") + 1] if "--set" in args else "1"
    wire_measure.main(args, SETS[chosen], name_width=18)
