"""`make validate`: every spec is valid OpenAPI 3.1.0 and every example fits its schema."""

from __future__ import annotations

import argparse

from _cli import main, parser, report

from broker_contracts.brokers import Broker
from broker_contracts.validate import validate_spec


def run(brokers: list[Broker], args: argparse.Namespace) -> int:
    problems = [problem for broker in brokers for problem in validate_spec(broker.spec_path)]
    if not problems:
        print(f"validate: {len(brokers)} spec(s) valid, every example matches its schema")
    return report(problems)


if __name__ == "__main__":
    main(run, parser(__doc__ or ""))
