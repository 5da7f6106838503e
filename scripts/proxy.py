"""`make proxy BROKER=<slug> UPSTREAM=<url> [PORT=<n>] [HOST=<addr>] [STRICT=1] [LIMITS="name=value ..."]`:
a validating reverse proxy in front of one broker (broker_contracts.proxy).

Prints `proxy <slug> listening on http://<host>:<port> -> <upstream>`, then one line per violation
and per request it answered itself (an upstream failure, a refusal); appends the violations to
`build/proxy/violations.ndjson`. Listens on 127.0.0.1 unless HOST says otherwise. `--limit
name=value` (repeatable; LIMITS in make) sets one of `ProxyLimits`' bounds, e.g. `deadline=10`.
Exits 2 on bad usage (an unknown broker, an upstream that is not an http(s) URL, an unknown limit).
"""

from __future__ import annotations

import argparse
import dataclasses
import socket
import sys
from urllib.parse import urlsplit

from _cli import entry

from broker_contracts.brokers import ROOT, select
from broker_contracts.proxy import Journal, ProxyLimits, create_proxy, server


def limits_from(pairs: list[str]) -> ProxyLimits:
    """`ProxyLimits` with each `name=value` applied. Raises `ValueError` naming an unknown limit or a bad value."""
    fields = {f.name: f for f in dataclasses.fields(ProxyLimits)}
    values: dict[str, int | float] = {}
    for pair in pairs:
        name, _, value = pair.partition("=")
        if name not in fields:
            raise ValueError(f"unknown limit {name!r}; known: {', '.join(fields)}")
        kind = float if fields[name].type in ("float", float) else int
        try:
            values[name] = kind(value)
        except ValueError:
            raise ValueError(f"limit {name} takes a number, got {value!r}") from None
        if values[name] <= 0:
            raise ValueError(f"limit {name} must be positive, got {value}")
    return ProxyLimits(**values)  # type: ignore[arg-type]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--broker", required=True)
    p.add_argument("--upstream", required=True, help="the broker's API base URL")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--strict", action="store_true", help="answer 502 with a problem body instead of a violating answer")
    p.add_argument("--no-validate", action="store_true", help="forward without checking (to measure the checks)")
    p.add_argument("--limit", action="append", default=[], metavar="NAME=VALUE", help="one of ProxyLimits' bounds")
    args = p.parse_args()
    (broker,) = select(args.broker)
    if urlsplit(args.upstream).scheme not in ("http", "https"):
        print("error: UPSTREAM must be an http(s) URL", file=sys.stderr)
        return 2
    try:
        limits = limits_from(" ".join(args.limit).split())
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    journal = Journal(ROOT / "build" / "proxy" / "violations.ndjson")
    app = create_proxy(broker, args.upstream, journal, strict=args.strict, validate=not args.no_validate, limits=limits)
    sock = socket.create_server((args.host, args.port), backlog=1024)
    host, port = sock.getsockname()[:2]
    print(f"proxy {broker.slug} listening on http://{host}:{port} -> {args.upstream}", flush=True)
    try:
        server(app).run(sockets=[sock])
    finally:
        app.close()
    return 0


if __name__ == "__main__":
    entry(main)
