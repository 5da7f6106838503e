"""`make bench`: `make traffic` against `redocly drift` on the same HAR.

1. A HAR of `--exchanges` (10,000) distinct Aries exchanges (each account id and one amount
   differ) is checked by `scripts/traffic.py` and by `redocly drift` (our pinned @redocly/cli),
   each as a whole process, start-up included, `--runs` times; the report gives min / median / max
   and the ratio of the medians (ours / theirs; the goal is at most 1.0). Redocly checks less: it
   ignores `format: decimal`.
(The proxy has its own bench beside Prism's: scripts/bench_proxy.py.)

Writes `benchmarks/traffic.md` atomically and prints a JSON line for scripts/bench.py.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _cli import spread
from build_docs import QUIET, REDOCLY

from broker_contracts.brokers import ROOT, select
from broker_contracts.mock import load_behaviour
from broker_contracts.reports import write_atomic

REPORT = ROOT / "benchmarks" / "traffic.md"


def make_har(path: Path, count: int) -> None:
    """`count` distinct Aries exchanges: account id and `netBuyingPower` differ in each."""
    (aries,) = select("aries")
    body = json.loads(
        next(r.body for r in load_behaviour(aries).operation("getAccountBalances").accounts.values() if r.status == 200)
    )
    entries = []
    for i in range(count):
        item = copy.deepcopy(body)
        item["accountId"] = f"ACC-{i:06d}"
        item["netBuyingPower"] = f"{100000 + i}.{i % 100:02d}"
        entries.append({
            "startedDateTime": "2026-11-22T00:00:00.000Z", "time": 1,
            "request": {"method": "GET", "url": f"https://api.aries.com/v1/accounts/ACC-{i:06d}/balances",
                        "httpVersion": "HTTP/1.1", "headers": [{"name": "Authorization", "value": "Bearer x"}],
                        "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},
            "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                         "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                         "content": {"size": 0, "mimeType": "application/json", "text": json.dumps(item)},
                         "redirectURL": "", "headersSize": -1, "bodySize": -1},
            "cache": {}, "timings": {"send": 0, "wait": 1, "receive": 0},
        })  # fmt: skip
    path.write_text(json.dumps({"log": {"version": "1.2", "creator": {"name": "bench", "version": "1"},
                                        "entries": entries}}))  # fmt: skip


def _timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, env=env, cwd=ROOT, check=False)
    return time.perf_counter() - start


def time_checkers(har: Path, runs: int, out: Path) -> tuple[list[float], list[float]]:
    env = {**os.environ, **QUIET}
    ours_cmd = [sys.executable, str(ROOT / "scripts" / "traffic.py"), "--files", str(har), "--out", str(out)]
    theirs_cmd = [str(REDOCLY), "drift", str(har), "--api", str(ROOT / "specs" / "aries" / "openapi.yaml"),
                  "--match-mode", "basepath", "--format", "json"]  # fmt: skip
    ours, theirs = [], []
    for _ in range(runs):  # interleaved, so both meet the same machine
        ours.append(_timed(ours_cmd, env))
        theirs.append(_timed(theirs_cmd, env))
    return ours, theirs


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--exchanges", type=int, default=10_000)
    p.add_argument("--runs", type=int, default=3)
    args = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-traffic-") as tmp:
        har = Path(tmp) / "aries.har"
        make_har(har, args.exchanges)
        ours, theirs = time_checkers(har, args.runs, Path(tmp) / "out")
    ratio = statistics.median(ours) / statistics.median(theirs)
    lines = [
        "# Traffic: `make traffic` beside `redocly drift`",
        "",
        f"Written by `make bench` (`scripts/bench_traffic.py`) on {platform.machine()}, {os.cpu_count()} cores,"
        f" Python {platform.python_version()}.",
        "",
        f"{args.exchanges:,} distinct Aries exchanges in one HAR, each tool as a whole process (start-up included),"
        f" {args.runs} runs each, interleaved:",
        "",
        "| checker | seconds: min / median / max | exchanges/s (median) |",
        "| --- | --- | --- |",
        f"| `make traffic` (ours) | {spread(ours)} | {args.exchanges / statistics.median(ours):,.0f} |",
        f"| `redocly drift` | {spread(theirs)} | {args.exchanges / statistics.median(theirs):,.0f} |",
        "",
        f"Ours / theirs (medians): **{ratio:.2f}** (goal: at most 1.0). Redocly checks less: it ignores"
        " `format: decimal`; ours checks every decimal string's pattern and reads numbers as Decimal.",
    ]
    write_atomic(REPORT, "\n".join(lines) + "\n")
    print(json.dumps({"traffic_ratio": ratio}))
    return 0 if ratio <= 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
