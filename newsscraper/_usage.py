"""`UsageError`: the one exception subcommand modules raise for a usage problem.

`cli.py` prints it as one line and exits 2. It lives apart so the subcommand modules
(`crawlcli`, `datasets.*cli`) need not import `cli` (nothing imports the CLI, DESIGN.md §2).
"""

from __future__ import annotations

__all__ = ["UsageError"]


class UsageError(Exception):
    """A usage problem (unknown site, locked state, missing extra…): one line, exit status 2."""
