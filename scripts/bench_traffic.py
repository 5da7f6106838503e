"""`make bench`: `make traffic` against `redocly drift` on the same HAR, and what the proxy's checks cost.

1. A HAR of `--exchanges` (10,000) distinct Aries exchanges (each account id and one amount
   differ) is checked by `scripts/traffic.py` and by `redocly drift` (our pinned @redocly/cli),
   each as a whole process, start-up included, `--runs` times; the report gives min / median / max
   and the ratio of the medians (ours / theirs; the goal is at most 1.0). Redocly checks less: it
   ignores `format: decimal`.
2. The proxy in front of a local upstream (the Aries mock on 127.0.0.1), `--requests` GETs at
   concurrency 16, with validation on and off in the same run: requests per second and p50 / p99
   latency; validation may add at most 20% to p50.

Writes `benchmarks/traffic.md` atomically and prints a JSON line for scripts/bench.py.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import io
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from _cli import spread
from build_docs import QUIET, REDOCLY

from broker_contracts.brokers import ROOT, select
from broker_contracts.mock import create_app, load_behaviour
from broker_contracts.proxy import Journal, create_proxy
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


def _serve(app: Any) -> tuple[uvicorn.Server, threading.Thread, str]:
    sock = socket.create_server(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    return server, thread, f"http://127.0.0.1:{sock.getsockname()[1]}"


async def _load(url: str, headers: dict[str, str], requests: int, concurrency: int) -> tuple[float, list[float]]:
    latencies: list[float] = []
    queue = iter(range(requests))
    async with httpx.AsyncClient(headers=headers, timeout=30) as client:

        async def worker() -> None:
            for _ in queue:
                start = time.perf_counter()
                answer = await client.get(url)
                latencies.append(time.perf_counter() - start)
                assert answer.status_code == 200

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return time.perf_counter() - start, latencies


def time_proxy(requests: int) -> dict[str, tuple[float, float, float]]:
    """`{"on"|"off": (requests/s, p50 ms, p99 ms)}` through the proxy in front of the Aries mock."""
    (aries,) = select("aries")
    mock = load_behaviour(aries)
    behaviour = mock.operation("getAccountBalances")
    account = next(a for a, r in behaviour.accounts.items() if r.status == 200)
    headers = {c.header: c.sent_value(c.accepted) for c in behaviour.credentials}
    upstream, up_thread, up_url = _serve(create_app(mock))
    figures = {}
    with tempfile.TemporaryDirectory() as tmp:
        for mode in ("off", "on", "off", "on"):  # each twice, interleaved; the second of each is kept
            journal = Journal(Path(tmp) / "violations.ndjson", out=io.StringIO())
            proxy, thread, url = _serve(create_proxy(aries, up_url, journal, validate=mode == "on"))
            elapsed, latencies = asyncio.run(_load(url + behaviour.url(account), headers, requests, 16))
            ordered = sorted(latencies)
            figures[mode] = (
                requests / elapsed,
                1000 * statistics.median(ordered),
                1000 * ordered[int(0.99 * len(ordered)) - 1],
            )
            proxy.should_exit = True
            thread.join(timeout=10)
    upstream.should_exit = True
    up_thread.join(timeout=10)
    return figures


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--exchanges", type=int, default=10_000)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--requests", type=int, default=2000)
    args = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-traffic-") as tmp:
        har = Path(tmp) / "aries.har"
        make_har(har, args.exchanges)
        ours, theirs = time_checkers(har, args.runs, Path(tmp) / "out")
    ratio = statistics.median(ours) / statistics.median(theirs)
    proxy = time_proxy(args.requests)
    added = proxy["on"][1] / proxy["off"][1] - 1
    lines = [
        "# Traffic: `make traffic` beside `redocly drift`, and the proxy's checks",
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
        "",
        f"The proxy in front of the Aries mock on 127.0.0.1, {args.requests:,} GETs at concurrency 16:",
        "",
        "| validation | requests/s | p50 ms | p99 ms |",
        "| --- | --- | --- | --- |",
        *[f"| {mode} | {rps:,.0f} | {p50:.2f} | {p99:.2f} |" for mode, (rps, p50, p99) in sorted(proxy.items())],
        "",
        f"Validation adds **{100 * added:.0f}%** to p50 (limit 20%).",
    ]
    write_atomic(REPORT, "\n".join(lines) + "\n")
    print(json.dumps({"traffic_ratio": ratio, "proxy_p50_added": added}))
    return 0 if ratio <= 1.0 and added <= 0.2 else 1


if __name__ == "__main__":
    sys.exit(main())
