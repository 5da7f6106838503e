"""`make bench-proxy` (and `make bench`): our validating proxy beside Prism's, in front of one upstream.

Side by side on this machine, in the same run: `make proxy` with validation on, the same with
validation off, and `prism proxy` (`@stoplight/prism-cli`, pinned in benchmarks/tools/package.json,
validating and logging every request as it does by default), each in front of the same upstream on
127.0.0.1 (a canned asyncio server answering every request with the Aries contract's documented
balances body; it alone serves far more requests a second than any of the proxies) and with the
same contract (specs/aries). Load: `wrk -t1 -c32 -d<duration>s --latency` (Debian's wrk), after a
warm-up. The three are measured in turn, `--runs` rounds interleaved; each figure is given as min /
median / max over the rounds.

Goals (issue: the proxy safe to put in front of a broker), judged on the medians: our throughput
with validation on at least twice Prism's; our p99 lower than Prism's; validation adding at most
20% to our p99 against validation off. Writes benchmarks/proxy.md atomically; exits 1 if a goal is
missed, 2 if wrk or Prism is missing.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from _cli import publish, spread

from broker_contracts.brokers import ROOT, select
from broker_contracts.mock import load_behaviour

RESULTS = ROOT / "benchmarks" / "proxy.md"
TOOLS = ROOT / "benchmarks" / "tools"
PRISM = TOOLS / "node_modules" / ".bin" / "prism"
CONCURRENCY = 32
THROUGHPUT_GOAL = 2.0  # ours (validation on) / Prism's
VALIDATION_P99_LIMIT = 1.2  # our p99, validation on / off


def serve_upstream(port: int, body_file: Path) -> None:
    """The canned upstream: every request answered 200 with `body_file`, keep-alive (asyncio Protocol)."""
    body = body_file.read_bytes()
    answer = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n" % len(body) + body

    class Canned(asyncio.Protocol):
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            assert isinstance(transport, asyncio.WriteTransport)  # asyncio's own loop (no uvloop here)
            self.transport, self.buffer = transport, b""

        def data_received(self, data: bytes) -> None:
            self.buffer += data
            while b"\r\n\r\n" in self.buffer:
                _, _, self.buffer = self.buffer.partition(b"\r\n\r\n")
                self.transport.write(answer)

    async def run() -> None:
        server = await asyncio.get_running_loop().create_server(Canned, "127.0.0.1", port)
        print("ready", flush=True)
        await server.serve_forever()

    asyncio.run(run())


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_for(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port} after {timeout:g} s")


@contextmanager
def _process(command: list[str], port: int, env: dict[str, str] | None = None) -> Iterator[None]:
    """A server process, waited for on `port`, stopped by its PID (its process group: Prism's children too)."""
    process = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, start_new_session=True
    )
    try:
        _wait_for(port)
        yield
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def _milliseconds(text: str) -> float:
    value, unit = re.fullmatch(r"([0-9.]+)(us|ms|s)", text.strip()).groups()  # type: ignore[union-attr]
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def wrk(url: str, headers: dict[str, str], duration: int) -> tuple[float, float, float, int]:
    """`(requests/s, p50 ms, p99 ms, non-2xx answers)` of one wrk run at concurrency 32."""
    command = ["wrk", "-t1", f"-c{CONCURRENCY}", f"-d{duration}s", "--latency"]
    command += [a for k, v in headers.items() for a in ("-H", f"{k}: {v}")] + [url]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([0-9.]+)", out).group(1))  # type: ignore[union-attr]
    p50 = _milliseconds(re.search(r"\n\s+50%\s+(\S+)", out).group(1))  # type: ignore[union-attr]
    p99 = _milliseconds(re.search(r"\n\s+99%\s+(\S+)", out).group(1))  # type: ignore[union-attr]
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    return rate, p50, p99, int(errors.group(1)) if errors else 0


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--duration", type=int, default=10, help="seconds of load per measurement")
    p.add_argument("--serve-upstream", nargs=2, metavar=("PORT", "BODY"), help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.serve_upstream:
        serve_upstream(int(args.serve_upstream[0]), Path(args.serve_upstream[1]))
        return 0
    if shutil.which("wrk") is None:
        print("error: wrk is missing (Debian: apt-get install wrk)", file=sys.stderr)
        return 2
    if not PRISM.exists():
        print(
            f"error: {PRISM} is missing: npm ci --prefix {TOOLS.relative_to(ROOT)} (make bench does)", file=sys.stderr
        )
        return 2
    (aries,) = select("aries")
    behaviour = load_behaviour(aries).operation("getAccountBalances")
    account = next(a for a, r in behaviour.accounts.items() if r.status == 200)
    body = aries.fixtures_dir / "balances_TEST-ACCOUNT-001.json"
    headers = {c.header: c.sent_value(c.accepted) for c in behaviour.credentials}
    path = behaviour.url(account)
    up_port = _free_port()
    upstream = f"http://127.0.0.1:{up_port}"
    python = sys.executable
    env = {**os.environ, "SCARF_ANALYTICS": "false", "NO_COLOR": "1"}

    def ours(port: int, validate: bool) -> list[str]:
        command = [python, "scripts/proxy.py", "--broker", "aries", "--upstream", upstream, "--port", str(port)]
        return command + ([] if validate else ["--no-validate"])

    def prism(port: int) -> list[str]:
        return [str(PRISM), "proxy", str(aries.spec_path), upstream, "--port", str(port), "--host", "127.0.0.1"]

    targets = {
        "ours, validation on": lambda port: ours(port, True),
        "ours, validation off": lambda port: ours(port, False),
        "prism proxy": prism,
    }
    figures: dict[str, list[tuple[float, float, float, int]]] = {name: [] for name in targets}
    with _process([python, __file__, "--serve-upstream", str(up_port), str(body)], up_port):
        for _ in range(args.runs):
            for name, command in targets.items():
                port = _free_port()
                with _process(command(port), port, env):
                    wrk(f"http://127.0.0.1:{port}{path}", headers, 2)  # warm-up
                    figures[name].append(wrk(f"http://127.0.0.1:{port}{path}", headers, args.duration))

    def median(name: str, i: int) -> float:
        return statistics.median(f[i] for f in figures[name])

    throughput = median("ours, validation on", 0) / median("prism proxy", 0)
    p99_lower = median("ours, validation on", 2) < median("prism proxy", 2)
    validation_p99 = median("ours, validation on", 2) / median("ours, validation off", 2)
    failures = sum(f[3] for runs in figures.values() for f in runs)
    goals = [
        (f"throughput, ours (validation on) / Prism's: {throughput:.2f}", throughput >= THROUGHPUT_GOAL, "at least 2"),
        (f"p99, ours {median('ours, validation on', 2):.2f} ms / Prism's {median('prism proxy', 2):.2f} ms",
         p99_lower, "lower"),
        (f"p99, validation on / off: {validation_p99:.2f}", validation_p99 <= VALIDATION_P99_LIMIT, "at most 1.2"),
        (f"non-2xx answers: {failures}", failures == 0, "none"),
    ]  # fmt: skip
    rows = list(figures.items())
    prism_version = subprocess.run([str(PRISM), "--version"], capture_output=True, text=True, check=False)
    lines = [
        "# The proxy beside Prism's",
        "",
        "Written by `scripts/bench_proxy.py` (module docstring: what is measured and how).",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"Prism {prism_version.stdout.strip()}, wrk -t1 -c{CONCURRENCY} -d{args.duration}s, {args.runs} rounds.",
        "",
        "| proxy | requests/s (min / median / max) | p50 ms | p99 ms |",
        "| --- | --- | --- | --- |",
        *[f"| {name} | {' | '.join(spread([f[i] for f in runs]) for i in range(3))} |" for name, runs in rows],
        "",
    ]
    return publish(RESULTS, lines, goals, {"throughput_ratio": throughput, "validation_p99_ratio": validation_p99})


if __name__ == "__main__":
    sys.exit(main())
