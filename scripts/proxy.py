"""`make proxy BROKER=<slug> UPSTREAM=<url> [PORT=<n>] [HOST=<addr>] [STRICT=1]`: a validating reverse
proxy in front of one broker (broker_contracts.proxy).

Prints `proxy <slug> listening on http://<host>:<port> -> <upstream>`, then one line per violation;
appends them to `build/proxy/violations.ndjson`. Listens on 127.0.0.1 unless HOST says otherwise.
Exits 2 on bad usage (an unknown broker, an upstream that is not an http(s) URL).
"""

from __future__ import annotations

import argparse
import socket
import sys
from urllib.parse import urlsplit

import uvicorn
from _cli import entry

from broker_contracts.brokers import ROOT, select
from broker_contracts.proxy import Journal, create_proxy


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--broker", required=True)
    p.add_argument("--upstream", required=True, help="the broker's API base URL")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--strict", action="store_true", help="answer 502 with a problem body instead of a violating answer")
    args = p.parse_args()
    (broker,) = select(args.broker)
    if urlsplit(args.upstream).scheme not in ("http", "https"):
        print("error: UPSTREAM must be an http(s) URL", file=sys.stderr)
        return 2
    journal = Journal(ROOT / "build" / "proxy" / "violations.ndjson")
    app = create_proxy(broker, args.upstream, journal, strict=args.strict)
    sock = socket.create_server((args.host, args.port))
    host, port = sock.getsockname()[:2]
    print(f"proxy {broker.slug} listening on http://{host}:{port} -> {args.upstream}", flush=True)
    uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off")).run(sockets=[sock])
    return 0


if __name__ == "__main__":
    entry(main)
