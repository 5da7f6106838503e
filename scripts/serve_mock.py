"""`make mock BROKER=<slug>`: serve a broker's faithful mock with uvicorn on 127.0.0.1.

Prints one line `mock <slug> listening on http://127.0.0.1:<port><base path>` (flushed) once the
socket is bound: that URL is the API base to give clients and `BASE_URL`. Serves until interrupted.
`--port 0` (the default) picks a free port. Only loopback is ever bound.
"""

from __future__ import annotations

import argparse
import socket
import sys

import uvicorn

from broker_contracts.brokers import select
from broker_contracts.errors import ContractError
from broker_contracts.mock import create_app, load_behaviour

HOST = "127.0.0.1"


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--broker", required=True, help="the broker's slug")
    p.add_argument("--port", type=int, default=0, help="TCP port on 127.0.0.1 (0: any free port)")
    args = p.parse_args()
    try:
        (broker,) = select(args.broker)
        behaviour = load_behaviour(broker)
        app = create_app(behaviour)
    except ContractError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((HOST, args.port))
    port = sock.getsockname()[1]
    print(f"mock {broker.slug} listening on http://{HOST}:{port}{behaviour.base_path}", flush=True)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    server.run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
