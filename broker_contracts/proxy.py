"""A validating reverse proxy in front of one broker (`make proxy BROKER=<slug> UPSTREAM=<url>`).

Point a client (or a whole staging environment) at the proxy instead of the broker: each request
is forwarded to `UPSTREAM`, each answer goes back to the client byte for byte, and on the way
it is checked against the broker's contract with the checks of `make traffic`
(`broker_contracts.traffic`). Each violation is appended as one JSON line to
`build/proxy/violations.ndjson` and printed as one line; with `strict`, the client gets
`502 Bad Gateway` with an RFC 9457 problem body naming the violation instead of the answer.

Safety, as in live conformance runs: to an upstream that is not this machine (anything but
127.0.0.0/8, `::1`, `localhost`), only GET is forwarded; any other method is answered 405 without
being sent. Credentials are forwarded, never written: the violation lines hold the method, path,
status and finding only. The proxy listens on 127.0.0.1 unless told otherwise.

Starlette with an httpx client, not mitmproxy's reverse mode: the proxy reuses our own checks and
contract routing in-process, needs no certificate authority, and stays inside the pinned
dependencies (mitmproxy would add its own TLS stack and event loop to the toolchain).
Responses are buffered (balances bodies are small), and requested with `Accept-Encoding:
identity` so the bytes checked are the bytes passed on.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route as StarletteRoute

from .brokers import Broker
from .network import is_loopback
from .traffic import Exchange, Route, Violation, check, route_of, routes

HOP_BY_HOP = frozenset(
    {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailers",
     "transfer-encoding", "upgrade", "host", "content-length", "content-encoding", "accept-encoding"}
)  # fmt: skip


def problem(violations: list[Violation]) -> bytes:
    """The RFC 9457 problem body of a strict proxy's 502: the first violation, and how many there were."""
    first = violations[0]
    return json.dumps(
        {
            "type": "https://broker-contracts.invalid/problems/contract-violation",
            "title": "The upstream answer breaks the contract",
            "status": 502,
            "detail": f"{first.check} at {first.pointer or '/'}: {first.message}",
            "broker": first.broker,
            "operation": first.operation,
            "violations": len(violations),
        }
    ).encode()


class Journal:
    """Where violations go: one JSON line each in `path` (append), one line each on `out`."""

    def __init__(self, path: Path, out: TextIO = sys.stdout) -> None:
        self.path, self.out, self._lock = path, out, threading.Lock()
        path.parent.mkdir(parents=True, exist_ok=True)

    def write(self, method: str, path: str, status: int, violations: list[Violation]) -> None:
        """Append and print every violation of one exchange (no header, no body, no credential)."""
        when = datetime.now(UTC).isoformat()
        with self._lock, self.path.open("a", encoding="utf-8") as out:
            for v in violations:
                record = {"time": when, "broker": v.broker, "operation": v.operation, "method": method,
                          "path": path, "status": status, "check": v.check, "pointer": v.pointer,
                          "problem": v.message}  # fmt: skip
                out.write(json.dumps(record) + "\n")
                print(f"proxy: {method} {path} {status}: [{v.check}] {v.pointer or '/'}: {v.message}", file=self.out)


def create_proxy(
    broker: Broker, upstream: str, journal: Journal, strict: bool = False, validate: bool = True
) -> Starlette:
    """The proxy app for `broker`, forwarding to `upstream` (the API base URL, e.g. ETNA's `.../api`).

    `validate=False` turns the checks off (for measuring what they cost).
    """
    base = upstream.rstrip("/")
    table: list[Route] = routes([broker], env={})
    for route in table:
        route.bases = [base]
    local = is_loopback(base)
    clients: dict[asyncio.AbstractEventLoop, httpx.AsyncClient] = {}  # one pooled client per event loop
    counter = itertools.count()

    async def forward(request: Request) -> Response:
        if request.method != "GET" and not local:
            body = json.dumps({"title": "Only GET is forwarded to a remote broker", "status": 405}).encode()
            return Response(body, 405, media_type="application/problem+json")
        path = request.url.path
        url = base + path + (f"?{request.url.query}" if request.url.query else "")
        headers = {k: v for k, v in request.headers.items() if k.lower() not in HOP_BY_HOP}
        headers["accept-encoding"] = "identity"
        loop = asyncio.get_running_loop()
        client = clients.get(loop) or clients.setdefault(
            loop, httpx.AsyncClient(timeout=httpx.Timeout(30.0, connect=5.0))
        )
        answer = await client.request(request.method, url, headers=headers, content=await request.body())
        passed = {k: v for k, v in answer.headers.items() if k.lower() not in HOP_BY_HOP}
        if validate:
            exchange = Exchange(
                "proxy", next(counter), request.method, url, answer.status_code,
                frozenset(k.lower() for k in request.headers), answer.headers.get("content-type", ""), answer.content,
            )  # fmt: skip
            route = route_of(exchange, table)
            found = list(check(exchange, route)) if route is not None else []
            if found:
                journal.write(request.method, path, answer.status_code, found)
                if strict:
                    return Response(problem(found), 502, media_type="application/problem+json")
        return Response(answer.content, answer.status_code, headers=passed)

    methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]
    return Starlette(routes=[StarletteRoute("/{path:path}", forward, methods=methods)])
