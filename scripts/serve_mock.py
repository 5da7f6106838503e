"""`make mock BROKER=<slug>[,<slug>...]`: serve brokers' faithful mocks with uvicorn on 127.0.0.1.

Each broker gets its own port, all served from this one process. For each, once its socket is bound,
prints one line `mock <slug> listening on http://127.0.0.1:<port><base path>` (flushed), in the order
given: that URL is the API base to give clients and `BASE_URL`. Serves until interrupted (SIGINT or
SIGTERM stops every server). `--port 0` (the default) picks free ports; a fixed `--port` takes one
broker. Only loopback is ever bound.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import socket
import sys
from collections.abc import Iterator, Sequence

import uvicorn

from broker_contracts.brokers import select
from broker_contracts.errors import ContractError
from broker_contracts.mock import create_app, load_behaviour

HOST = "127.0.0.1"


class _Server(uvicorn.Server):
    """A uvicorn server that leaves SIGINT and SIGTERM to `_serve_all`, which stops every server."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


async def _serve_all(servers: Sequence[tuple[uvicorn.Server, socket.socket]]) -> None:
    def stop() -> None:
        for server, _ in servers:
            server.should_exit = True

    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop)
    await asyncio.gather(*(server.serve(sockets=[sock]) for server, sock in servers))


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--broker", required=True, help="the brokers' slugs, comma-separated")
    p.add_argument("--port", type=int, default=0, help="TCP port on 127.0.0.1 for one broker (0: any free port)")
    args = p.parse_args()
    try:
        brokers = select(args.broker)
        apps = [(broker, load_behaviour(broker)) for broker in brokers]
    except ContractError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.port and len(brokers) != 1:
        print("error: --port takes one broker; several are served on free ports", file=sys.stderr)
        return 2
    servers = []
    for broker, behaviour in apps:
        sock = socket.create_server((HOST, args.port))  # SO_REUSEADDR set, as proxy.py binds
        base_path = next(iter(behaviour.operations.values())).base_path  # the file's one base path
        print(f"mock {broker.slug} listening on http://{HOST}:{sock.getsockname()[1]}{base_path}", flush=True)
        servers.append((_Server(uvicorn.Config(create_app(behaviour), log_level="warning")), sock))
    asyncio.run(_serve_all(servers))
    return 0


if __name__ == "__main__":
    sys.exit(main())
