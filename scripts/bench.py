"""`make bench`: every speed figure of the project, measured here, written to benchmarks/results.md.

With the environment already set up (`make setup`), measures over `--runs` runs each (min, median,
max): `make check` wall time (budget: 45 s with two operations per contract), `make generate` when
nothing changed (budget: 0.5 s), the scale bench at 4 and `--n` brokers (per-broker cost ratio,
limit 1.2) and at 1 and 10 operations per contract (per-operation cost ratio, limit 1.0;
scripts/bench_scale.py),
the cost of Decimal money (scripts/bench_decimal.py, its own file), and `make traffic` beside
`redocly drift` (scripts/bench_traffic.py, its own file), and the proxy beside `prism proxy` under wrk
(scripts/bench_proxy.py, its own file: benchmarks/proxy.md), and what one client installs and costs
to import (scripts/bench_install.py: benchmarks/install.md). The results file is
written atomically, with the machine, tool versions and the checkout (commit, clean or not).
Exits 1 if a budget is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from importlib.metadata import version
from pathlib import Path

from _cli import spread

from broker_contracts.brokers import ROOT
from broker_contracts.reports import write_atomic

RESULTS = ROOT / "benchmarks" / "results.md"
CHECK_BUDGET = 45.0
GENERATE_BUDGET = 0.5
SCALE_LIMIT = 1.2
OPERATION_LIMIT = 1.0


def _wall(command: list[str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"bench: {' '.join(command)} failed:\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
    return elapsed


def verdict(ok: bool, worst_ok: bool = True) -> str:
    """The verdict: "met" when the median is within budget, saying so when the slowest run was not."""
    if not ok:
        return "MISSED"
    return "met" if worst_ok else "met by the median; the slowest run was over"


def _tool(command: list[str]) -> str:
    try:
        return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        return "not found"


def checkout() -> str:
    """The commit measured and whether the tree was clean, read before anything is measured or written."""
    clean = "uncommitted changes" if _tool(["git", "status", "--porcelain"]) else "clean working tree"
    return f"- checkout: commit {_tool(['git', 'rev-parse', '--short', 'HEAD']) or 'unknown'}, {clean}, in {ROOT}"


def machine() -> list[str]:
    memory = next(
        (line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")), "?"
    )
    return [
        f"- machine: {platform.machine()}, {os.cpu_count()} cores, {int(memory) // 1024 // 1024} GiB, "
        f"{platform.platform()}",
        f"- Python {platform.python_version()}; openapi-python-client {version('openapi-python-client')}, "
        f"schemathesis {version('schemathesis')}, hypothesis {version('hypothesis')}, pytest {version('pytest')}, "
        f"pytest-xdist {version('pytest-xdist')}, ruff {version('ruff')}, mypy {version('mypy')}",
        f"- Node {_tool(['node', '--version'])}; "
        f"Spectral {_tool([str(ROOT / 'node_modules/.bin/spectral'), '--version'])}",
    ]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--n", type=int, default=40, help="the largest size of the scale bench")
    p.add_argument("--scale-runs", type=int, default=2)
    args = p.parse_args()
    python = sys.executable
    measured = checkout()

    print("bench: make check ...", flush=True)
    check = [_wall(["make", "--no-print-directory", "check"]) for _ in range(args.runs)]
    print("bench: make generate (nothing changed) ...", flush=True)
    generate = [_wall([python, "scripts/generate.py"]) for _ in range(max(args.runs, 5))]
    print(f"bench: scale 4 and {args.n} ...", flush=True)
    scale_out = ROOT / "build" / "bench-scale.md"
    command = [
        python,
        "scripts/bench_scale.py",
        "--n",
        str(args.n),
        "--runs",
        str(args.scale_runs),
        "--out",
        str(scale_out),
    ]
    scale = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    scale_data = json.loads(scale.stdout.strip().splitlines()[-1])
    print("bench: Decimal cost ...", flush=True)
    _wall([python, "scripts/bench_decimal.py"])
    print("bench: traffic against redocly drift ...", flush=True)
    traffic = subprocess.run(
        [python, "scripts/bench_traffic.py"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    ok_traffic = traffic.returncode == 0  # its goals: benchmarks/traffic.md
    print("bench: installing one client ...", flush=True)
    install = [python, "scripts/bench_install.py"]
    ok_install = subprocess.run(install, cwd=ROOT, capture_output=True, text=True, check=False).returncode == 0
    print("bench: the proxy beside prism proxy ...", flush=True)
    proxy = subprocess.run([python, "scripts/bench_proxy.py"], cwd=ROOT, capture_output=True, text=True, check=False)
    ok_proxy = proxy.returncode == 0

    scale_table = scale_out.read_text().strip()
    ok_check = statistics.median(check) <= CHECK_BUDGET
    check_verdict = verdict(ok_check, max(check) <= CHECK_BUDGET)
    ok_generate = statistics.median(generate) <= GENERATE_BUDGET
    ok_scale = scale_data["ratio"] <= SCALE_LIMIT
    ok_operations = scale_data["operation_ratio"] <= OPERATION_LIMIT
    lines = [
        "# Benchmark results",
        "",
        "Written by `make bench` (scripts/bench.py); figures are min / median / max over the runs shown.",
        "",
        *machine(),
        measured,
        "",
        "| what | runs | seconds (min / median / max) | budget | verdict |",
        "| --- | --- | --- | --- | --- |",
        f"| `make check` (validate, lint, drift, docs, tests with conformance of every operation of every broker "
        f"and the mutation run) | {len(check)} | {spread(check)} | {CHECK_BUDGET:.0f} s | {check_verdict} |",
        f"| `make generate` with nothing changed | {len(generate)} | {spread(generate)} | "
        f"{GENERATE_BUDGET:g} s | {verdict(ok_generate)} |",
        "",
        f"## Scale: cost per broker at 4 and {args.n} synthetic brokers, and per operation at 1 and 10 "
        f"operations per contract ({args.scale_runs} run(s) each)",
        "",
        scale_table,
        "",
        f"Scale limit {SCALE_LIMIT}: {verdict(ok_scale)}. Per-operation limit {OPERATION_LIMIT}: "
        f"{verdict(ok_operations)}.",
        "",
        "## Cost of Decimal money",
        "",
        (ROOT / "benchmarks" / "decimal_cost.md").read_text().split("\n", 2)[2].strip(),
        "",
        "## Traffic: `make traffic` beside `redocly drift` and the parse-only floor",
        "",
        (ROOT / "benchmarks" / "traffic.md").read_text().split("\n", 2)[2].strip(),
        "",
        "## Installing one client",
        "",
        (ROOT / "benchmarks" / "install.md").read_text().split("\n", 2)[2].strip(),
        "",
        "## The proxy beside Prism's",
        "",
        (ROOT / "benchmarks" / "proxy.md").read_text().split("\n", 2)[2].strip(),
    ]
    write_atomic(RESULTS, "\n".join(lines) + "\n")
    print(f"bench: wrote {RESULTS.relative_to(ROOT)}")
    ok = ok_check and ok_generate and ok_scale and ok_operations and ok_traffic and ok_proxy and ok_install
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
