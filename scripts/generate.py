"""`make generate`: bring generated/<slug>_client up to date (only brokers whose inputs changed; all or nothing)."""

from __future__ import annotations

import argparse
import sys

from _cli import main, parser, report

from broker_contracts.brokers import Broker
from broker_contracts.generate import GenerationError, generate


def run(brokers: list[Broker], args: argparse.Namespace) -> int:
    try:
        targets = generate(brokers, args.root, force=args.force)
    except GenerationError as exc:
        report(exc.problems)
        print("generate: stopped; generated/ is unchanged", file=sys.stderr)
        return 1
    for target in targets:
        print(f"generate: {target.relative_to(args.root)}")
    if not targets:
        print("generate: every client is up to date (no input changed)")
    return 0


if __name__ == "__main__":
    cli = parser(__doc__ or "")
    cli.add_argument("--force", action="store_true", help="rewrite every client even if no input changed")
    main(run, cli)
