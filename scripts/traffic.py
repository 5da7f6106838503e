"""`make traffic FILE=<path|glob>[,...] [SHARD=i/n] [OUT=<dir>]`: check recorded exchanges (HAR, vcrpy
cassettes, our NDJSON) against the contracts (broker_contracts.traffic), streaming them.

Prints a table and the first violations; writes `report.md`, `junit.xml`, `results.sarif` and
`state.json` into `build/traffic/` (or OUT), each atomically. With `--shard i/n`, checks only shard i
of n (every machine cuts the files alike); `--merge <state.json|glob>[,...]` combines the shards'
states into the reports one run would have written (`make traffic-merge STATES=...`).
Exits 0 when every routed exchange fits its contract, 1 on a violation, 2 on an unreadable recording
(the file and the entry index are named), a bad state file, or bad usage.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from _cli import entry

from broker_contracts.brokers import ROOT, select
from broker_contracts.traffic import (
    expand,
    load_state,
    merge,
    parse_shard,
    render_table,
    routes,
    run,
    write_reports,
)


def split(names: str) -> list[str]:
    """The comma-separated names of a flag, blanks dropped."""
    return [name.strip() for name in names.split(",") if name.strip()]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--files", help="comma-separated recordings or globs: .har, .yaml (vcrpy), .ndjson")
    source.add_argument("--merge", help="comma-separated state.json files or globs of the shards of one run")
    p.add_argument("--shard", default="1/1", help="i/n: check shard i of n (default 1/1, everything)")
    p.add_argument("--workers", type=int, default=None, help="worker processes (default: one per core, at most 3)")
    p.add_argument("--root", type=Path, default=ROOT)
    p.add_argument("--out", type=Path, default=None, help="report folder (default build/traffic)")
    args = p.parse_args()
    try:
        shard = parse_shard(args.shard)
    except ValueError as exc:
        p.error(str(exc))
    if args.workers is not None and args.workers < 1:
        p.error("--workers: at least 1")
    brokers = select(None, args.root)
    # An unreadable recording or state file raises TrafficError: `entry` prints it and exits 2.
    if args.merge:
        result = merge([(path, load_state(path)) for path in expand(split(args.merge))])
    else:
        paths = expand(split(args.files))
        if not paths:
            p.error("--files names no recording")
        result = run(paths, brokers, shard=shard, workers=args.workers)
    table = routes(brokers, {})
    out = args.out or args.root / "build" / "traffic"
    write_reports(result, table, args.root, out)
    print(render_table(result, table))
    print(f"traffic: reports in {out}")
    return 1 if result.failed else 0


if __name__ == "__main__":
    entry(main)
