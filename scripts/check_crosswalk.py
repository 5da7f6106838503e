"""`make lint` (crosswalk part): every pointer of specs/crosswalk.yaml (balances) and
specs/crosswalk-accounts.yaml (the account list) resolves in its broker's contract, to a property of
the concept's kind; every broker is covered. Exit 1 on a problem."""

from __future__ import annotations

import sys

from broker_contracts import crosswalk
from broker_contracts.errors import ContractError


def main() -> int:
    problems: list[ContractError] = []
    for path in crosswalk.PATHS:
        try:
            problems += crosswalk.check(crosswalk.load(path), path=path)
        except ContractError as exc:
            problems.append(exc)
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    if not problems:
        print("crosswalk: every pointer of both crosswalks resolves to a property of its concept's kind")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
