"""`make generate`: regenerate every broker's client into generated/<slug>_client (all or nothing)."""

from __future__ import annotations

import argparse
import sys

from _cli import main, parser, report

from broker_contracts.brokers import Broker
from broker_contracts.generate import GenerationError, generate


def run(brokers: list[Broker], args: argparse.Namespace) -> int:
    try:
        targets = generate(brokers, args.root)
    except GenerationError as exc:
        report(exc.problems)
        print("generate: stopped; generated/ is unchanged", file=sys.stderr)
        return 1
    for target in targets:
        print(f"generate: {target.relative_to(args.root)}")
    return 0


if __name__ == "__main__":
    main(run, parser(__doc__ or ""))
