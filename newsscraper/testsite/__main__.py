"""`python -m newsscraper.testsite`: serve the test site by hand until interrupted.

Prints the URL first (one line, flushed) so a script can read it from a subprocess.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import threading
from collections.abc import Sequence

from newsscraper.testsite.model import LAYOUTS, SITE_NAMES, SiteName
from newsscraper.testsite.server import serve
from newsscraper.testsite.site import build_site


def main(argv: Sequence[str] | None = None) -> int:
    """Serve until Ctrl-C or SIGTERM; return the exit status."""
    args = _parser().parse_args(argv)
    sites: tuple[SiteName, ...] = SITE_NAMES if args.site == "both" else _one(args.site)
    pages = build_site(args.revision, articles_per_site=args.articles, seed=args.seed,
                       sites=sites)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with serve(pages, args.host, args.port) as server:
        print(server.url, flush=True)
        print(f"revision {args.revision}, {args.articles} articles per site, sites: "
              f"{', '.join(sites)}; robots.txt at {server.url}/robots.txt; Ctrl-C stops",
              file=sys.stderr, flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            stop.wait()
    return 0


def _one(name: str) -> tuple[SiteName, ...]:
    return tuple(s for s in LAYOUTS if s == name)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m newsscraper.testsite",
                                description="Serve the newsscraper test site on loopback.")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    p.add_argument("--revision", type=int, default=1, choices=(1, 2))
    p.add_argument("--articles", type=int, default=12, help="articles per site (default 12)")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--site", default="both", choices=("both", *LAYOUTS),
                   help="serve both under /portal/ and /wire/, or one layout at the root")
    return p


if __name__ == "__main__":
    sys.exit(main())
