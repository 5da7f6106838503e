"""`make traffic FILE=<path>[,<path>...]`: check recorded exchanges (HAR, vcrpy cassettes, our NDJSON)
against the contracts (broker_contracts.traffic).

Prints a table and every violation; writes `build/traffic/report.md`, `junit.xml` and
`results.sarif` atomically. Exits 0 when every routed exchange fits its contract, 1 on a violation,
2 on an unreadable recording (the file and the entry index are named) or bad usage.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from _cli import entry

from broker_contracts.brokers import ROOT, select
from broker_contracts.reports import write_atomic
from broker_contracts.traffic import render_junit, render_markdown, render_sarif, render_table, run


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--files", required=True, help="comma-separated recordings: .har, .yaml (vcrpy), .ndjson")
    p.add_argument("--root", type=Path, default=ROOT)
    p.add_argument("--out", type=Path, default=None, help="report folder (default build/traffic)")
    args = p.parse_args()
    paths = [Path(f.strip()) for f in args.files.split(",") if f.strip()]
    result = run(paths, select(None, args.root))
    out = args.out or args.root / "build" / "traffic"
    write_atomic(out / "report.md", render_markdown(result))
    write_atomic(out / "junit.xml", render_junit(result))
    write_atomic(out / "results.sarif", json.dumps(render_sarif(result, args.root), indent=2) + "\n")
    print(render_table(result))
    print(f"traffic: reports in {out}")
    return 1 if result.violations else 0


if __name__ == "__main__":
    entry(main)
