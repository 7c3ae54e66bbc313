"""Read every variant of `tests.saved_pages` the way `newsscraper parse` reads a saved file and
print, per tool, the pages whose whole record equals the expected one and the fields that differ:
`python -m tests.saved_measure [-v] [TOOL|PAGE…]`."""

from __future__ import annotations

import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from tests.saved_pages import TOOLS, mismatches, parse, variants


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    only = [a for a in argv if not a.startswith("-")]
    exact: Counter[str] = Counter()
    total: Counter[str] = Counter()
    fields: dict[str, Counter[str]] = defaultdict(Counter)
    seconds: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        every = list(variants())
        parse(every[0], Path(tmp))  # imports and first-use caches: not the first tool's cost
        for variant in every:
            if only and variant.tool not in only and variant.key not in only:
                continue
            start = time.perf_counter()
            got = parse(variant, Path(tmp))
            seconds[variant.tool] += time.perf_counter() - start
            bad = mismatches(variant, got)
            total[variant.tool] += 1
            exact[variant.tool] += not bad
            fields[variant.tool].update(list(bad))
            if verbose and bad:
                print(f"{variant.label}")
                for name, (have, want) in bad.items():
                    print(f"    {name}: got {str(have)[:150]!r}\n    {' ' * len(name)}  want "
                          f"{str(want)[:150]!r}")
    print(f"{'tool':14} exact   ms/page  fields that differ")
    for tool in TOOLS:
        if total[tool]:
            diff = ", ".join(f"{k} {n}" for k, n in fields[tool].most_common())
            print(f"{tool:14} {exact[tool]:2}/{total[tool]:<2}  "
                  f"{1000 * seconds[tool] / total[tool]:7.1f}  {diff or '-'}")
    print(f"{'all':14} {sum(exact.values())}/{sum(total.values())}")


if __name__ == "__main__":
    main(sys.argv[1:])
