"""`make validate`: every spec is valid OpenAPI 3.1.0 and every example fits its schema."""

from __future__ import annotations

import argparse
import sys

from _cli import main, parser

from broker_contracts.brokers import Broker
from broker_contracts.validate import validate_spec


def run(brokers: list[Broker], args: argparse.Namespace) -> int:
    problems = [problem for broker in brokers for problem in validate_spec(broker.spec_path)]
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    if not problems:
        print(f"validate: {len(brokers)} spec(s) valid, every example matches its schema")
    return 1 if problems else 0


if __name__ == "__main__":
    main(run, parser(__doc__ or ""))
