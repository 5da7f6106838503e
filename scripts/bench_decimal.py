"""`make bench`: what Decimal money and contract checking cost. Parses N documented 200 payloads per
broker with a stock float client, with our Decimal client with its response check switched off, and
with our client as shipped (Decimal and the contract check of `broker_contracts.drift`), and writes
both cost ratios.

For each broker the stock client is generated with plain openapi-python-client (same pinned
version and config) into a temporary folder. Each (broker, variant) runs in its own Python process
(the two packages share a name) that times the generated endpoint's own parse of the broker's
first documented 200 payload (`_parse_response`: JSON decoding plus `from_dict`, as a client pays
on every call; no HTTP), `--repeats` times. The report (min, median and max seconds per variant, the
median ratio, machine and versions) is written atomically to `benchmarks/decimal_cost.md`.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import textwrap
from importlib.metadata import version
from pathlib import Path

from _cli import spread

from broker_contracts.brokers import ROOT, Broker, select
from broker_contracts.generate import CONFIG_NAME, tool_env
from broker_contracts.mock import load_behaviour
from broker_contracts.reports import write_atomic

REPORT = ROOT / "benchmarks" / "decimal_cost.md"

WORKER = textwrap.dedent(
    """
    import importlib, json, sys, time
    import httpx
    package, payload_path, count, repeats = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    operation = importlib.import_module(package + ".api.balances.get_account_balances")
    if sys.argv[5] == "unchecked":  # our client with the contract check off: Decimal parsing alone
        from decimal import Decimal
        contract = importlib.import_module(package + ".errors").CONTRACT
        contract.json = lambda response, operation: json.loads(response.content, parse_float=Decimal)
    client = importlib.import_module(package).Client(base_url="http://bench.invalid")
    response = httpx.Response(200, content=open(payload_path, "rb").read())
    timings = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(count):
            operation._parse_response(client=client, response=response)
        timings.append(time.perf_counter() - start)
    print(json.dumps(timings))
    """
)


def _payload(broker: Broker, folder: Path) -> Path:
    """The broker's first documented 200 payload, as the mock serves it."""
    behaviour = load_behaviour(broker).operation("getAccountBalances")
    reply = next(r for r in behaviour.accounts.values() if r.status == 200)
    several = behaviour.account_list is not None and behaviour.account_list.partial is None  # a bare array (v2)
    body = b"[" + reply.body + b"]" if several and not reply.body.strip().startswith(b"[") else reply.body
    path = folder / f"{broker.slug}.json"
    path.write_bytes(body)
    return path


def _stock_client(broker: Broker, folder: Path) -> Path:
    command = [
        sys.executable, "-m", "openapi_python_client", "generate", "--path", str(broker.spec_path),
        "--meta", "none", "--config", str(ROOT / CONFIG_NAME), "--output-path", str(folder / broker.package),
    ]  # fmt: skip
    subprocess.run(command, check=True, capture_output=True, env=tool_env(), cwd=folder)
    return folder


def _time(package_root: Path, broker: Broker, payload: Path, count: int, repeats: int, variant: str) -> list[float]:
    env = dict(os.environ, PYTHONPATH=str(package_root))
    command = [sys.executable, "-c", WORKER, broker.package, str(payload), str(count), str(repeats), variant]
    result = subprocess.run(command, check=True, capture_output=True, text=True, env=env)
    return list(json.loads(result.stdout))


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--brokers", default="")
    p.add_argument("--count", type=int, default=100_000, help="payloads parsed per run")
    p.add_argument("--repeats", type=int, default=3)
    args = p.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-decimal-") as tmp:
        for broker in select(args.brokers):
            stock = Path(tmp) / broker.slug
            stock.mkdir()
            payload = _payload(broker, Path(tmp))
            checked = _time(ROOT / "generated", broker, payload, args.count, args.repeats, "checked")
            decimal = _time(ROOT / "generated", broker, payload, args.count, args.repeats, "unchecked")
            floats = _time(_stock_client(broker, stock), broker, payload, args.count, args.repeats, "stock")
            ratio = statistics.median(decimal) / statistics.median(floats)
            check_ratio = statistics.median(checked) / statistics.median(decimal)
            rows.append((broker.slug, floats, decimal, checked, ratio, check_ratio))
            medians = f"float {statistics.median(floats):.2f}s, Decimal {statistics.median(decimal):.2f}s"
            print(f"bench: {broker.slug}: {medians} (x{ratio:.2f}), checked {statistics.median(checked):.2f}s")
    lines = [
        "# Cost of Decimal money and of the contract check",
        "",
        f"Written by `make bench` (`scripts/bench_decimal.py`): {args.count:,} parses of each broker's first",
        f"documented 200 payload, {args.repeats} runs per variant, each variant in its own process.",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"openapi-python-client {version('openapi-python-client')}.",
        "",
        "Variants: the stock openapi-python-client (float), ours with the contract check switched off",
        "(Decimal), and ours as shipped (Decimal + the jsonschema-rs check that raises `ContractViolation`).",
        "",
        "| broker | float: min / median / max s | Decimal: min / median / max s | checked: min / median / max s "
        "| Decimal / float | checked / Decimal |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    lines += [
        f"| {slug} | {spread(f)} | {spread(d)} | {spread(c)} | {r:.2f} | {cr:.2f} |" for slug, f, d, c, r, cr in rows
    ]
    write_atomic(REPORT, "\n".join(lines) + "\n")
    print(f"bench: wrote {REPORT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
