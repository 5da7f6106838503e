"""`make bench` (and `make bench-install`): what a team installs for one client, and what importing it costs.

Builds the runtime and the Aries v2 client (`broker_contracts.dist`), installs the client into a
fresh virtual environment offline (wheels from `dist` and from `.venv/wheelhouse`, which `make
setup` fills), then measures: the distributions installed (pip and setuptools not counted) and
the megabytes of the environment's site-packages; and the wall time of `python -c "import
aries_v2_client.api.balances.get_account_balances"` as a whole process, `--runs` times (min /
median / max), beside a bare `python -c pass` in the same environment. Goals: at most 12
distributions and 35 MB; at most 200 ms median for the import. Writes benchmarks/install.md
atomically; exits 1 if a goal is missed.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _cli import publish, spread

from broker_contracts.brokers import ROOT, select
from broker_contracts.dist import client_distribution, distributions, install_fresh

RESULTS = ROOT / "benchmarks" / "install.md"
PACKAGES_GOAL, MEGABYTES_GOAL, IMPORT_GOAL_MS = 12, 35.0, 200.0
NOT_COUNTED = {"pip", "setuptools"}


def _wall(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, capture_output=True)
    return 1000 * (time.perf_counter() - start)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--runs", type=int, default=7)
    args = p.parse_args()
    (client,) = select("aries_v2")
    dist = client_distribution(client)
    with tempfile.TemporaryDirectory(prefix="bench-install-") as tmp:
        folder = Path(tmp)
        python = install_fresh([client], folder)
        counted = [n for n in distributions(python) if n.lower() not in NOT_COUNTED]
        site = next((python.parent.parent / "lib").glob("python*/site-packages"))
        megabytes = sum(f.stat().st_size for f in site.rglob("*") if f.is_file()) / 1e6
        module = f"import {dist.package}.api.balances.get_account_balances"
        imports, bare = [], []
        for _ in range(args.runs):  # interleaved with a bare interpreter start
            imports.append(_wall([str(python), "-c", module], folder))
            bare.append(_wall([str(python), "-c", "pass"], folder))
    goals = [
        (f"distributions installed (pip, setuptools not counted): {len(counted)}", len(counted) <= PACKAGES_GOAL,
         f"at most {PACKAGES_GOAL}"),
        (f"site-packages: {megabytes:.1f} MB", megabytes <= MEGABYTES_GOAL, f"at most {MEGABYTES_GOAL:g} MB"),
        (f"import of the client, whole process: {statistics.median(imports):.0f} ms median",
         statistics.median(imports) <= IMPORT_GOAL_MS, f"at most {IMPORT_GOAL_MS:g} ms"),
    ]  # fmt: skip
    lines = [
        "# Installing one client",
        "",
        "Written by `scripts/bench_install.py` (module docstring: what is measured and how).",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
        f"client `{dist.name}` {dist.version}; {args.runs} runs.",
        "",
        f"Installed: {', '.join(counted)}.",
        "",
        "| process | ms (min / median / max) |",
        "| --- | --- |",
        f'| `python -c "{module}"` | {spread(imports)} |',
        f"| `python -c pass` (the interpreter alone) | {spread(bare)} |",
        "",
    ]
    figures = {"packages": len(counted), "megabytes": megabytes, "import_ms": statistics.median(imports)}
    return publish(RESULTS, lines, goals, figures)


if __name__ == "__main__":
    sys.exit(main())
