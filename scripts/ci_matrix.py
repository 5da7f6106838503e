"""The CI matrix: one job per broker discovered under `specs/`, printed as GitHub Actions JSON.

`python3 scripts/ci_matrix.py` prints `{"broker": ["aries", "clear_street", ...]}` for
`strategy.matrix`; it needs nothing but the standard library and `broker_contracts.brokers`, so the
workflow runs it before any install. Adding a broker folder adds a job.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from broker_contracts.brokers import discover


def matrix() -> dict[str, list[str]]:
    """`{"broker": [slug, ...]}`, sorted, from the broker folders under `specs/`."""
    return {"broker": [broker.slug for broker in discover()]}


if __name__ == "__main__":
    print(json.dumps(matrix(), separators=(",", ":")))
