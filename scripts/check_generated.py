"""`make check-generated`: generated/ equals a fresh generation byte for byte, and passes mypy --strict."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

from _cli import main, parser, report

from broker_contracts.brokers import ROOT, Broker
from broker_contracts.generate import GenerationError, drift


def run(brokers: list[Broker], args: argparse.Namespace) -> int:
    try:
        lines = drift(brokers, args.root)
    except GenerationError as exc:
        return report(exc.problems)
    for line in lines:
        print(f"drift: {line}", file=sys.stderr)
    if lines:
        print("check-generated: generated/ is stale; run `make generate` and commit it", file=sys.stderr)
        return 1
    folders = [b.package for b in brokers]
    # mypy's cache goes to build/, not generated/: other processes copy generated/ while this runs.
    # One cache per project, shared by concurrent runs (mypy replaces each cache file atomically).
    cache = args.root / "build" / "mypy-generated"
    # The clients import broker_contracts (drift, failures): mypy reads it from where it is installed.
    env = {**os.environ, "MYPYPATH": str(ROOT)}
    typed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), *folders],
        cwd=args.root / "generated",
        check=False,
        env=env,
    )
    if typed.returncode != 0:
        return 1
    print(f"check-generated: {len(brokers)} client(s) match a fresh generation and pass mypy --strict")
    return 0


if __name__ == "__main__":
    main(run, parser(__doc__ or ""))
