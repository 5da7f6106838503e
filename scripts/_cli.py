"""Shared plumbing of the thin CLIs in `scripts/`: broker selection, error reporting, bench figures.

Exit codes, the same for every CLI of the project (`make review`, `make upstream` and
`make conformance` state theirs alike): 0 clean; 1 findings (a spec, an example, an evidence
payload, a generated client or a report that is wrong: each printed as one line
`<file>: <place>: <reason>` on stderr, never a traceback); 2 bad input or usage (an unknown broker,
a bad flag). None leaves a partial result behind (the library functions are atomic).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

from broker_contracts.brokers import ROOT, Broker, select
from broker_contracts.errors import BrokerContractsError, ContractError
from broker_contracts.reports import write_atomic


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

    An unknown broker exits 2 (usage); a `ContractError` raised by `run` (a finding in a project
    file) is printed on stderr and exits 1. argparse exits 2 on a bad flag.
    """
    args = p.parse_args()
    try:
        brokers = select(args.brokers, args.root)
    except ContractError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(2)
    try:
        status = run(brokers, args)
    except ContractError as exc:
        print(f"error: {exc}", file=sys.stderr)
        status = 1
    sys.exit(status)


def entry(command: Callable[[], int]) -> None:
    """Run a CLI's own `main()` (one that parses its own flags) and exit with its status; any error of
    the project's family that escapes it is bad input: one line on stderr, exit 2, no traceback."""
    try:
        status = command()
    except BrokerContractsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        status = 2
    sys.exit(status)


def spread(values: list[float]) -> str:
    """Bench figures as `min / median / max`, two decimals (seconds, or cases per second)."""
    return " / ".join(f"{v:.2f}" for v in (min(values), statistics.median(values), max(values)))


Goal = tuple[str, bool, str]
"""One bench goal: what was measured (with its figure), whether it was met, and what was wanted."""


def publish(path: Path, lines: list[str], goals: list[Goal], figures: dict[str, float]) -> int:
    """End a bench: `lines` and the goals' table written to `path` atomically and printed, then the
    `figures` as one JSON line (for scripts/bench.py); 0 if every goal was met, else 1."""
    table = ["| goal | wanted | verdict |", "| --- | --- | --- |"]
    table += [f"| {what} | {wanted} | {'met' if ok else 'MISSED'} |" for what, ok, wanted in goals]
    text = "\n".join([*lines, *table, ""])
    write_atomic(path, text)
    print(text)
    print(json.dumps(figures))
    return 0 if all(ok for _, ok, _ in goals) else 1
