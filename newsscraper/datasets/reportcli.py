"""The `report` subcommand (placeholder: being built)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from newsscraper._usage import UsageError

__all__ = ["add_report", "cmd_report"]

Runner = Callable[[argparse.Namespace], int]


def add_report(sub: Any, common: argparse.ArgumentParser, run: Runner) -> None:
    p = sub.add_parser("report", parents=[common], help="(being built)")
    p.set_defaults(run=run)


def cmd_report(args: argparse.Namespace) -> int:
    raise UsageError("report: not implemented yet")
