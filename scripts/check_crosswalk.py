"""`make lint` (crosswalk part): every pointer of specs/crosswalk.yaml resolves in its broker's
contract, to a property of the concept's kind; every broker is covered. Exit 1 on a problem."""

from __future__ import annotations

import sys

from broker_contracts import crosswalk
from broker_contracts.errors import ContractError


def main() -> int:
    try:
        problems = crosswalk.check(crosswalk.load())
    except ContractError as exc:
        problems = [exc]
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    if not problems:
        print("crosswalk: every pointer resolves to a property of its concept's kind")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
