"""The `export` subcommand (placeholder: being built)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from newsscraper._usage import UsageError

__all__ = ["add_export", "cmd_export"]

Runner = Callable[[argparse.Namespace], int]


def add_export(sub: Any, common: argparse.ArgumentParser, run: Runner) -> None:
    p = sub.add_parser("export", parents=[common], help="(being built)")
    p.set_defaults(run=run)


def cmd_export(args: argparse.Namespace) -> int:
    raise UsageError("export: not implemented yet")
