"""`make bench` (and `make bench-traffic-large`): `make traffic` beside `redocly drift` and the parse-only floor.

For each size (`--sizes`, default 10,000 and 100,000 exchanges; `make bench-traffic-large` adds
1,000,000), a HAR of that many distinct Aries exchanges is written (streamed: account id and
`netBuyingPower` differ in each, and one amount in a thousand is a JSON number, a violation both tools
report). Then, each as a whole process, start-up included, `--runs` times, interleaved so all three
meet the same machine:

- ours: `scripts/traffic.py --files <har>` (every check, reports written);
- theirs: `redocly drift <har>` (our pinned @redocly/cli);
- the floor: this script's `--floor <har>`, one process that reads the file with our reader and decodes
  every entry and every body with the same parser (msgspec), and does nothing else.

Each run's wall time and peak memory (the resident set of the process and every process it started,
summed, sampled every 10 ms) are kept. The goals (GitHub issue 26): ours / theirs at most 0.33 and
ours / floor at most 2.0 (medians) at 100,000 and 1,000,000 exchanges, ours at most 200 MB.

Figures per size are kept in `benchmarks/traffic.json`, so `make bench` refreshes the sizes it
measures and keeps the 1,000,000 row of the last `make bench-traffic-large`; `benchmarks/traffic.md`
is written from it, atomically. Exits 1 when a goal is missed.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path
from typing import Any

from _cli import spread

from broker_contracts.brokers import ROOT, select
from broker_contracts.reports import write_atomic

REPORT = ROOT / "benchmarks" / "traffic.md"
FIGURES = ROOT / "benchmarks" / "traffic.json"
GOAL_ANCHOR, GOAL_FLOOR, GOAL_MB = 0.33, 2.0, 200
GOAL_SIZES = (100_000, 1_000_000)


def balances(count: int) -> Iterator[tuple[str, dict[str, Any]]]:
    """`count` distinct Aries balance answers, as (request URL, body): account id and `netBuyingPower`
    differ in each; every thousandth amount is a JSON number (the schema wants a decimal string)."""
    from broker_contracts.mock import load_behaviour  # here: the floor's own process needs none of it

    (aries,) = select("aries")
    behaviour = load_behaviour(aries).operation("getAccountBalances")
    body = json.loads(next(r.body for r in behaviour.accounts.values() if r.status == 200))
    for i in range(count):
        item = {**body, "accountId": f"ACC-{i:07d}"}
        item["netBuyingPower"] = 100000 + i if i % 1000 == 999 else f"{100000 + i}.{i % 100:02d}"
        yield f"https://api.aries.com/v1/accounts/ACC-{i:07d}/balances", item


def write_har(path: Path, count: int) -> None:
    """The `balances(count)` exchanges as a HAR 1.2 file, streamed to `path`."""
    with path.open("w", encoding="utf-8") as out:
        out.write('{"log": {"version": "1.2", "creator": {"name": "bench", "version": "1"}, "entries": [')
        for i, (url, item) in enumerate(balances(count)):
            entry = {
                "startedDateTime": "2026-11-22T00:00:00.000Z", "time": 1,
                "request": {"method": "GET", "url": url,
                            "httpVersion": "HTTP/1.1", "headers": [{"name": "Authorization", "value": "Bearer x"}],
                            "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},
                "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                             "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                             "content": {"size": 0, "mimeType": "application/json", "text": json.dumps(item)},
                             "redirectURL": "", "headersSize": -1, "bodySize": -1},
                "cache": {}, "timings": {"send": 0, "wait": 1, "receive": 0},
            }  # fmt: skip
            out.write(("," if i else "") + json.dumps(entry))
        out.write("]}}")


def write_ndjson(path: Path, count: int) -> None:
    """The `balances(count)` exchanges as our recorder's NDJSON, streamed to `path`."""
    with path.open("w", encoding="utf-8") as out:
        for url, item in balances(count):
            record = {"method": "GET", "url": url, "status": 200, "content_type": "application/json",
                      "request_headers": {"Authorization": "[REDACTED]"},
                      "body_base64": base64.b64encode(json.dumps(item).encode()).decode()}  # fmt: skip
            out.write(json.dumps(record) + "\n")


def floor(path: Path) -> int:
    """Read `path` with our reader and decode every entry and body with msgspec; nothing else."""
    from broker_contracts.traffic import _BODY, blocks, exchanges

    if not path.exists():  # the warm-up run: imports only (their bytecode is then cached)
        import broker_contracts.traffic  # noqa: F401

        return 0
    count = 0
    for block in blocks([path]):
        for exchange in exchanges(block):
            _BODY.decode(exchange.body)
            count += 1
    return count


def _tree_rss(pid: int) -> int:
    """Resident bytes of `pid` and all its descendants (Linux /proc), 0 once it is gone."""
    total, todo = 0, [pid]
    page = os.sysconf("SC_PAGE_SIZE")
    while todo:
        current = todo.pop()
        try:
            total += int(Path(f"/proc/{current}/statm").read_text().split()[1]) * page
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(child) for child in (task / "children").read_text().split()]
        except (OSError, ValueError, IndexError):
            continue
    return total


def measure(command: list[str], env: dict[str, str], count: int) -> tuple[float, float]:
    """(wall seconds, peak MB of the process tree) of one whole process that must have read `count`
    exchanges. Raises RuntimeError with the reason when it did not (Redocly exits 1 for findings and
    for its own failures alike, so its JSON is read)."""
    peak = 0
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(process.pid))
            done.wait(0.01)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = process.communicate()
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    errors = [line for line in stderr.decode(errors="replace").splitlines() if "Error" in line]
    if process.returncode not in (0, 1):
        raise RuntimeError(errors[-1] if errors else f"exit status {process.returncode}")
    if "drift" in command:
        try:
            read = json.loads(stdout)["run"]["totalExchanges"]
        except (ValueError, KeyError, TypeError):
            raise RuntimeError(errors[0] if errors else "no JSON report") from None
        if read != count:
            raise RuntimeError(f"read {read} of {count} exchanges")
    return wall, peak / 1e6


def bench_size(count: int, runs: int, tmp: Path) -> dict[str, Any]:
    """Write a HAR of `count` exchanges and time the three commands `runs` times each, interleaved."""
    from build_docs import QUIET, REDOCLY

    har = tmp / f"aries-{count}.har"
    write_har(har, count)
    # Python as users run it: bytecode cached (a sandbox may set PYTHONDONTWRITEBYTECODE; the warm-up
    # runs below write it), so no timed run pays for compiling the project's modules.
    env = {key: value for key, value in {**os.environ, **QUIET}.items() if key != "PYTHONDONTWRITEBYTECODE"}
    commands = {
        "ours": [sys.executable, str(ROOT / "scripts" / "traffic.py"), "--files", str(har), "--out", str(tmp / "out")],
        "redocly": [str(REDOCLY), "drift", str(har), "--api", str(ROOT / "specs" / "aries" / "openapi.yaml"),
                    "--match-mode", "basepath", "--format", "json"],
        "floor": [sys.executable, str(Path(__file__).resolve()), "--floor", str(har)],
    }  # fmt: skip
    figures: dict[str, dict[str, Any]] = {name: {"seconds": [], "mb": []} for name in commands}
    subprocess.run(
        [*commands["floor"][:2], "--floor", str(tmp / "none.har")], env=env, capture_output=True, check=False
    )
    for _ in range(runs):
        for name, command in commands.items():
            if "failed" in figures[name]:
                continue
            try:
                wall, mb = measure(command, env, count)
            except RuntimeError as exc:
                figures[name]["failed"] = str(exc)[:200]
                continue
            figures[name]["seconds"].append(wall)
            figures[name]["mb"].append(mb)
    size_mb = har.stat().st_size / 1e6
    har.unlink()
    return {"exchanges": count, "har_mb": size_mb, "runs": runs, "date": datetime.now(UTC).date().isoformat(),
            **figures}  # fmt: skip


def _median(figure: dict[str, Any] | None) -> float | None:
    values = (figure or {}).get("seconds")
    return statistics.median(values) if values else None


def render(results: dict[str, dict[str, Any]]) -> tuple[list[str], bool]:
    """The Markdown report and whether every goal was met."""
    lines = [
        "# Traffic: `make traffic` beside `redocly drift` and the parse-only floor",
        "",
        f"Written by `scripts/bench_traffic.py` on {platform.machine()}, {os.cpu_count()} cores, Python"
        f" {platform.python_version()}, msgspec {version('msgspec')}, jsonschema-rs {version('jsonschema_rs')},"
        f" @redocly/cli {json.loads((ROOT / 'node_modules/@redocly/cli/package.json').read_text())['version']},"
        f" Node {subprocess.run(['node', '--version'], capture_output=True, text=True).stdout.strip()}.",
        "",
        "Each command as a whole process (start-up included), runs interleaved. Seconds and peak memory"
        " (resident, the process and its workers summed) as min / median / max. The floor reads the file with"
        " our reader and decodes every entry and body with msgspec, in one process, and checks nothing.",
        "",
        "| exchanges | HAR MB | command | seconds | peak MB | ours / this (medians) |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    met = True
    goals: list[str] = []
    for key in sorted(results, key=int):
        row = results[key]
        ours = _median(row["ours"])
        for name, label in (("ours", "`make traffic`"), ("redocly", "`redocly drift`"), ("floor", "parse-only floor")):
            figure = row[name]
            assert isinstance(figure, dict)
            if figure.get("failed") and not figure.get("seconds"):
                lines.append(
                    f"| {row['exchanges']:,} | {row['har_mb']:.0f} | {label} | failed: {figure['failed']} | | |"
                )
                continue
            theirs = _median(figure)
            ratio = f"{ours / theirs:.2f}" if ours and theirs and name != "ours" else ""
            lines.append(f"| {row['exchanges']:,} | {row['har_mb']:.0f} | {label} | {spread(figure['seconds'])} |"
                         f" {spread(figure['mb'])} | {ratio} |")  # fmt: skip
        if int(key) in GOAL_SIZES:
            redocly, floor_s = _median(row["redocly"]), _median(row["floor"])
            peak = max(row["ours"]["mb"]) if row["ours"].get("mb") else None
            checks = [
                ("ours / redocly", ours / redocly if ours and redocly else None, GOAL_ANCHOR),
                ("ours / floor", ours / floor_s if ours and floor_s else None, GOAL_FLOOR),
                ("ours peak MB", peak, GOAL_MB),
            ]
            for what, value, goal in checks:
                if value is None:
                    verdict = "not measured (redocly failed)" if what == "ours / redocly" else "not measured"
                    met = met and what == "ours / redocly" and bool(row["redocly"].get("failed"))
                else:
                    verdict = "met" if value <= goal else "MISSED"
                    met = met and value <= goal
                    verdict = f"{value:.2f}: {verdict}"
                goals.append(f"| {int(key):,} | {what} | at most {goal} | {verdict} |")
    lines += ["", "| exchanges | goal | wanted | verdict |", "| --- | --- | --- | --- |", *goals]
    dates = ", ".join(f"{int(k):,} on {results[k]['date']}" for k in sorted(results, key=int))
    lines += ["", f"Sizes measured on: {dates}."]
    if any(row["redocly"].get("failed") for row in results.values()):
        lines += ["", "Where Redocly failed: it reads the whole HAR as one string, and Node caps a string at"
                  " 2^29 - 24 characters (about 512 MB), so it cannot read a HAR larger than that (here about"
                  " 340,000 exchanges); no ratio can be measured there."]  # fmt: skip
    lines += ["", "Redocly checks less: it ignores `format: decimal`; ours reads numbers as Decimal, checks every"
              " decimal string's pattern, credentials and coverage, and writes four reports."]  # fmt: skip
    return lines, met


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", default="10000,100000", help="comma-separated exchange counts")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--floor", type=Path, help=argparse.SUPPRESS)  # the parse-only floor, in its own process
    args = p.parse_args()
    if args.floor:
        floor(args.floor)
        return 0
    results = json.loads(FIGURES.read_text()) if FIGURES.exists() else {}
    with tempfile.TemporaryDirectory(prefix="bench-traffic-") as tmp:
        for size in (int(s) for s in args.sizes.split(",") if s.strip()):
            results[str(size)] = bench_size(size, args.runs, Path(tmp))
            print(f"bench-traffic: {size:,} exchanges measured", file=sys.stderr)
    write_atomic(FIGURES, json.dumps(results, indent=2, sort_keys=True) + "\n")
    lines, met = render(results)
    write_atomic(REPORT, "\n".join(lines) + "\n")
    print("\n".join(lines))
    hundred = results.get("100000", {})
    ours, theirs = _median(hundred.get("ours")), _median(hundred.get("redocly"))
    print(json.dumps({"traffic_ratio": ours / theirs if ours and theirs else None}))
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
