"""`make dist [BROKER=<slug>[,<slug>]]`: the runtime and one wheel and sdist per generated client
in `dist/`, each built with `python -m build` and checked with `twine check` (broker_contracts.dist).

Prints each file written. Exits 1 when a build or check fails (nothing is moved into `dist/` then),
2 on bad usage.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from _cli import main, parser

from broker_contracts.brokers import ROOT, Broker
from broker_contracts.dist import build


def run(brokers: list[Broker], args: argparse.Namespace) -> int:
    for file in build(brokers, Path(args.out), runtime=not args.no_runtime):
        print(f"dist: {file.relative_to(ROOT) if file.is_relative_to(ROOT) else file}")
    return 0


if __name__ == "__main__":
    p = parser(__doc__ or "")
    p.add_argument("--out", default=str(ROOT / "dist"), help="where the distributions go (default: dist/)")
    p.add_argument("--no-runtime", action="store_true", help="build the clients only")
    main(run, p)
