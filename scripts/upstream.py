"""`make upstream BROKER=<slug> SPEC=<path>`: reconcile a contract with the broker's published spec.

Writes `build/upstream/<slug>.md` (atomically), prints one line per unacknowledged difference and a
summary, and exits 0 when every difference is acknowledged in `specs/<slug>/upstream.yaml`, 1 when
one is not, 2 on bad input or usage (no such file, not OpenAPI/Swagger, no matching operation).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from _cli import entry

from broker_contracts.brokers import ROOT, select
from broker_contracts.errors import ContractError
from broker_contracts.reports import write_atomic
from broker_contracts.upstream import ACK_FILE, load_acknowledgements, reconcile, render
from broker_contracts.validate import load_spec


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--brokers", required=True, help="one broker slug")
    p.add_argument("--spec", required=True, type=Path, help="the broker's OpenAPI 3.x or Swagger 2.0 document")
    p.add_argument("--root", type=Path, default=ROOT)
    args = p.parse_args()
    try:
        brokers = select(args.brokers, args.root)
        if len(brokers) != 1 or not args.brokers:
            raise ContractError(args.root / "specs", "", "name exactly one broker: BROKER=<slug>")
        broker = brokers[0]
        result = reconcile(broker, load_spec(broker.spec_path), args.spec)
        header, _ = load_acknowledgements(broker.spec_path.parent / ACK_FILE)
    except ContractError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    out = args.root / "build" / "upstream" / f"{broker.slug}.md"
    write_atomic(out, render(result, header))
    for diff in result.unacknowledged:
        print(
            f"unacknowledged: {diff.operation}: {diff.kind} at {diff.where} "
            f"(ours {diff.ours}, upstream {diff.upstream})",
            file=sys.stderr,
        )
    for operation, kind, where in result.stale:
        print(f"stale acknowledgement: {operation}: {kind} at {where}", file=sys.stderr)
    print(
        f"upstream: {broker.slug} vs {result.operation}: {len(result.differences)} difference(s), "
        f"{len(result.unacknowledged)} unacknowledged -> {out.relative_to(args.root)}"
    )
    return 1 if result.unacknowledged else 0


if __name__ == "__main__":
    entry(main)
