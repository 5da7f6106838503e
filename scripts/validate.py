"""`make validate`: every spec is valid OpenAPI 3.1.0, every example fits its schema, and every
`current` evidence payload (`specs/<slug>/evidence/`) fits the contract; superseded ones are listed;
each contract names its API version and each broker has one current version (`broker_contracts.versions`)."""

from __future__ import annotations

import argparse

from _cli import main, parser, report

from broker_contracts.brokers import Broker
from broker_contracts.errors import ContractError
from broker_contracts.evidence import check_evidence, summary
from broker_contracts.validate import load_spec, validate_spec
from broker_contracts.versions import check_index, index


def run(brokers: list[Broker], args: argparse.Namespace) -> int:
    problems: list[ContractError] = []
    lines: list[str] = []
    for broker in brokers:
        spec_problems = validate_spec(broker.spec_path)
        problems += spec_problems
        if spec_problems:
            continue
        corpus, evidence_problems = check_evidence(broker, load_spec(broker.spec_path))
        problems += evidence_problems
        if corpus is not None:
            lines += summary(broker, corpus)
    if not problems:  # across contracts: one current version per broker (every contract, not only those chosen)
        problems += check_index(index(args.root), args.root)
    if lines:
        print("\n".join(lines))
    if not problems:
        print(f"validate: {len(brokers)} spec(s) valid, every example and current evidence payload matches")
    return report(problems)


if __name__ == "__main__":
    main(run, parser(__doc__ or ""))
