"""Shared plumbing of the thin CLIs in `scripts/`: broker selection, error reporting, bench figures.

Every CLI prints problems as `<file>: <place>: <reason>` on stderr and exits 1 on bad input, 2 on
misuse; none leaves a partial result behind (the library functions are atomic).
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

from broker_contracts.brokers import ROOT, Broker, select
from broker_contracts.errors import ContractError


def parser(description: str) -> argparse.ArgumentParser:
    """An argument parser with the common `--brokers slug[,slug]` option (default: every broker)."""
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--brokers", default="", help="comma-separated slugs (default: every broker under specs/)")
    p.add_argument("--root", type=Path, default=ROOT, help="project root holding specs/ and generated/")
    return p


def report(problems: list[ContractError]) -> int:
    """Print each problem as `error: <file>: <place>: <reason>` on stderr; 1 if there were any, else 0."""
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    return 1 if problems else 0


def main(run: Callable[[list[Broker], argparse.Namespace], int], p: argparse.ArgumentParser) -> None:
    """Parse arguments, select brokers under `--root`, call `run(brokers, args)` and exit with its status.

    A `ContractError` raised anywhere is printed on stderr and turned into exit status 1.
    """
    args = p.parse_args()
    try:
        status = run(select(args.brokers, args.root), args)
    except ContractError as exc:
        print(f"error: {exc}", file=sys.stderr)
        status = 1
    sys.exit(status)


def spread(values: list[float]) -> str:
    """Bench figures as `min / median / max`, two decimals (seconds, or cases per second)."""
    return " / ".join(f"{v:.2f}" for v in (min(values), statistics.median(values), max(values)))
