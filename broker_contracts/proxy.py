"""A validating reverse proxy in front of one broker (`make proxy BROKER=<slug> UPSTREAM=<url>`).

Point a client (or a whole staging environment) at the proxy instead of the broker: each request
is forwarded to `UPSTREAM`, each answer goes back to the client byte for byte, and on the way it is
checked against the broker's contract with the checks of `make traffic` (`broker_contracts.traffic`,
coverage left out: the proxy computes only what it reports). Each violation is appended as one
JSON line to `build/proxy/violations.ndjson` and printed as one line; with `strict`, the client
gets `502 Bad Gateway` with an RFC 9457 problem body naming the violation instead of the answer.

It fails as a reverse proxy fails, never with a 500 or a traceback:

- **Framing.** An upstream answer with bytes beyond its framing (more than its `Content-Length`,
  a body after a HEAD answer), or fewer (the connection closed mid-body), is answered 502, and the
  connection it came on is closed, never reused; an idle pooled connection on which anything
  arrives is closed too. No answer can reach a client other than the one that asked.
- **The path as sent, inside the base path.** The raw request target is forwarded unchanged under
  the upstream's base path (`UPSTREAM=https://host/api`); a dot-segment or an encoded slash, dot or
  backslash in the path is refused with 400, so nothing outside the base path is ever requested.
- **502 and 504.** Connection and protocol errors 502, upstream timeouts (connect, each read, the
  whole answer's deadline, a full pool) 504: each with a problem body and one log line.
- **Limits** (`ProxyLimits`, every default documented there and in docs/commands.md): request
  bodies refused (413), URI and header sizes (414, 431), header-read and idle timeouts, concurrent
  requests (503 beyond), the upstream pool, the answer's size (502 beyond). An answer too large or
  too deep to validate is passed on and reported as not validated (502 in strict mode).
- **Validation off the event loop.** Answers above `inline_validation_bytes` are validated in a
  worker process, so one large answer delays no other request; small ones (balances bodies are a
  few kB) are validated inline, where a worker's round trip would cost more than the check.

Safety, as in live conformance runs: to an upstream that is not this machine (anything but
127.0.0.0/8, `::1`, `localhost`), only GET is forwarded; any other method is answered 405 without
being sent. Credentials are forwarded, never written: the violation lines hold the method, path,
status and finding only. The proxy listens on 127.0.0.1 unless told otherwise.

Our own code for the upstream side, on h11 (the HTTP/1.1 state machine httpx and uvicorn use): an
httpx client pools connections without a way to see bytes left after an answer (they were read as
the next answer: the out-of-step fault above), and neither httpx nor httpcore can refuse a pooled
connection on which data arrived while idle. The client side is uvicorn's h11 server with a
header-read timeout and URI/header limits added (`proxy_protocol`). Not mitmproxy's reverse mode:
the proxy reuses our own checks and contract routing in-process, needs no certificate authority,
and stays inside the pinned dependencies.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import itertools
import json
import re
import signal
import socket
import ssl
import sys
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlsplit

import h11
from broker_contracts_runtime.network import is_loopback
from uvicorn.protocols.http.h11_impl import H11Protocol

from .brokers import Broker
from .traffic import Exchange, Route, Router, Violation, check, routes

HOP_BY_HOP = frozenset(
    {b"connection", b"keep-alive", b"proxy-authenticate", b"proxy-authorization", b"te", b"trailers",
     b"transfer-encoding", b"upgrade", b"host", b"content-length", b"content-encoding", b"accept-encoding"}
)  # fmt: skip
# A dot-segment, or an encoded slash, dot or backslash (or a backslash), anywhere in the raw path.
UNSAFE_PATH = re.compile(rb"(^|/)\.{1,2}(/|$)|%2[fFeE]|%5[cC]|\\")
LINE_SLACK = 32  # a request line's bytes besides its target: method, two spaces, "HTTP/1.1"
Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


@dataclass(frozen=True)
class ProxyLimits:
    """Every bound the proxy keeps; defaults in parentheses (sizes in bytes, times in seconds).

    Client side: `max_uri_bytes` (8,192; 414 beyond), `max_header_bytes` (32,768 for the whole
    request head; 431 beyond), `header_timeout` (10: a connection whose request head is not complete
    by then is closed), `idle_timeout` (15: a keep-alive connection with no request is closed),
    `max_concurrency` (256 connections or requests in flight; 503 beyond). Upstream side:
    `upstream_connections` (256, as many as `max_concurrency`: upstream requests that hang can fill
    the client-side limit, never make a healthy request wait for a connection), `connect_timeout`
    (5), `read_timeout` (15, each read),
    `deadline` (30, the whole answer, a wait for a pooled connection included), `max_answer_bytes`
    (32 MiB; 502 beyond). Validation: `max_validated_bytes` (8 MiB: larger answers are passed on,
    reported as not validated), `inline_validation_bytes` (65,536: larger answers are validated in a
    worker process), `validation_workers` (2 processes).
    """

    max_uri_bytes: int = 8192
    max_header_bytes: int = 32768
    header_timeout: float = 10.0
    idle_timeout: float = 15.0
    max_concurrency: int = 256
    upstream_connections: int = 256
    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    deadline: float = 30.0
    max_answer_bytes: int = 32 * 1024 * 1024
    max_validated_bytes: int = 8 * 1024 * 1024
    inline_validation_bytes: int = 65536
    validation_workers: int = 2


def problem(status: int, title: str, detail: str, **extra: Any) -> bytes:
    """An RFC 9457 problem body (`application/problem+json`)."""
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    body = {"type": f"https://broker-contracts.invalid/problems/{slug}", "title": title, "status": status}
    return json.dumps({**body, "detail": detail, **extra}).encode()


def violation_problem(violations: list[Violation]) -> bytes:
    """The problem body of a strict proxy's 502: the first violation, and how many there were."""
    first = violations[0]
    return problem(
        502,
        "The upstream answer breaks the contract",
        f"{first.check} at {first.pointer or '/'}: {first.message}",
        broker=first.broker,
        operation=first.operation,
        violations=len(violations),
    )


class Journal:
    """Where findings go: one JSON line per violation in `path` (append), one line each on `out`;
    upstream failures get one line on `out` (`note`)."""

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

    def note(self, method: str, path: str, status: int, message: str) -> None:
        """One line for a request the proxy answered itself (an upstream failure, a refusal)."""
        with self._lock:
            print(f"proxy: {method} {path} {status}: {message}", file=self.out, flush=True)


# --- the upstream side ---------------------------------------------------------------------------------


class UpstreamError(Exception):
    """The upstream could not give a well-framed answer in time: `status` 502 or 504, and why."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status, self.reason = status, reason


class _Stale(UpstreamError):
    """The connection closed before any answer: on a reused connection, the request is sent again on a new one."""


@dataclass(frozen=True)
class Answer:
    """An upstream answer, read whole: status, headers (lower-case names, as sent) and body."""

    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes


class _Connection(asyncio.Protocol):
    """One upstream connection: an h11 client state machine fed by the transport. Data that arrives
    while no request is in flight marks it `dirty`: it is closed, never reused."""

    def __init__(self) -> None:
        self.h11 = h11.Connection(h11.CLIENT)
        self.transport: asyncio.Transport | None = None
        self.busy = False
        self.dirty = False
        self.closed = False
        self._wake = asyncio.Event()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]  # an asyncio.Transport (or uvloop's own)

    def data_received(self, data: bytes) -> None:
        if not self.busy:
            self.dirty = True  # nothing was asked: whatever this is, it must not answer the next request
            self.close()
            return
        self.h11.receive_data(data)
        self._wake.set()

    def eof_received(self) -> bool | None:
        if self.busy:
            self.h11.receive_data(b"")
            self._wake.set()
        return None

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        if self.busy and self.h11.their_state is not h11.ERROR:
            with contextlib.suppress(RuntimeError):  # already told
                self.h11.receive_data(b"")
        self._wake.set()

    def close(self) -> None:
        self.closed = True
        if self.transport is not None:
            self.transport.close()

    @property
    def reusable(self) -> bool:
        return not (self.closed or self.dirty or (self.transport is not None and self.transport.is_closing()))

    async def next_event(self, read_timeout: float) -> Any:
        """The next h11 event, waiting at most `read_timeout` seconds for each chunk of data."""
        while True:
            event = self.h11.next_event()
            if event is not h11.NEED_DATA:
                return event
            self._wake.clear()
            try:
                await asyncio.wait_for(self._wake.wait(), read_timeout)
            except TimeoutError:
                raise UpstreamError(504, f"the upstream sent nothing for {read_timeout:g} s") from None


class UpstreamPool:
    """Pooled HTTP/1.1 connections to one upstream origin, at most `limits.upstream_connections`.

    `fetch` raises `UpstreamError` (502: refused, reset, a protocol or framing fault, an answer over
    `max_answer_bytes`; 504: a connect, read or deadline timeout). A connection goes back to the pool
    only when its answer ended exactly where its framing said and the upstream keeps it open.
    """

    def __init__(self, origin: str, limits: ProxyLimits) -> None:
        parts = urlsplit(origin)
        self.host = parts.hostname or "127.0.0.1"
        self.tls = parts.scheme == "https"
        self.port = parts.port or (443 if self.tls else 80)
        self.host_header = parts.netloc.rsplit("@", 1)[-1].encode()
        self.limits = limits
        self.idle: list[_Connection] = []
        self.slots = asyncio.Semaphore(limits.upstream_connections)
        self._tls: ssl.SSLContext | None = None

    async def _connect(self) -> _Connection:
        loop = asyncio.get_running_loop()
        if self.tls and self._tls is None:
            from broker_contracts_runtime.calls import tls_context  # the library's one TLS context (certifi's roots)

            self._tls = tls_context()
        try:
            transport, connection = await asyncio.wait_for(
                loop.create_connection(
                    _Connection, self.host, self.port, ssl=self._tls, server_hostname=self.host if self.tls else None
                ),
                self.limits.connect_timeout,
            )
        except TimeoutError:
            raise UpstreamError(504, f"connecting took over {self.limits.connect_timeout:g} s") from None
        except OSError as exc:
            raise UpstreamError(502, f"cannot connect: {exc.strerror or type(exc).__name__}") from None
        connection.transport = transport
        return connection

    def _take_idle(self) -> _Connection | None:
        while self.idle:
            connection = self.idle.pop()
            if connection.reusable:
                return connection
            connection.close()
        return None

    async def fetch(self, method: str, target: bytes, headers: list[tuple[bytes, bytes]]) -> Answer:
        """Send one request (no body) and read its whole answer; see the class docstring."""
        try:
            async with asyncio.timeout(self.limits.deadline):
                async with self.slots:
                    return await self._exchange(method, target, headers)
        except TimeoutError:
            raise UpstreamError(504, f"no complete answer within {self.limits.deadline:g} s") from None

    async def _exchange(self, method: str, target: bytes, headers: list[tuple[bytes, bytes]]) -> Answer:
        reused = self._take_idle()
        if reused is not None:
            try:
                return await self._over(reused, method, target, headers)
            except _Stale:  # closed by the upstream while idle, before it read the request: GET is safe to resend
                pass
        return await self._over(await self._connect(), method, target, headers)

    async def _over(
        self, connection: _Connection, method: str, target: bytes, headers: list[tuple[bytes, bytes]]
    ) -> Answer:
        connection.busy = True
        keep = False
        try:
            request = h11.Request(method=method, target=target, headers=[(b"host", self.host_header), *headers])
            assert connection.transport is not None
            connection.transport.write(connection.h11.send(request) + connection.h11.send(h11.EndOfMessage()))
            answer = await self._read(connection)
            keep = self._finish(connection)
            return answer
        except h11.ProtocolError as exc:
            raise UpstreamError(502, f"the upstream broke HTTP/1.1: {exc}") from None
        except (ConnectionError, OSError) as exc:
            raise UpstreamError(502, f"the connection failed: {type(exc).__name__}") from None
        finally:
            connection.busy = False
            if keep:
                self.idle.append(connection)
            else:
                connection.close()

    async def _read(self, connection: _Connection) -> Answer:
        response = await connection.next_event(self.limits.read_timeout)
        while isinstance(response, h11.InformationalResponse):
            response = await connection.next_event(self.limits.read_timeout)
        if not isinstance(response, h11.Response):
            raise _Stale(502, "the upstream closed the connection without an answer")
        chunks, size = [], 0
        while True:
            event = await connection.next_event(self.limits.read_timeout)
            if isinstance(event, h11.Data):
                size += len(event.data)
                if size > self.limits.max_answer_bytes:
                    raise UpstreamError(502, f"the answer is larger than {self.limits.max_answer_bytes:,} bytes")
                chunks.append(event.data)
            elif isinstance(event, h11.EndOfMessage):
                break
            else:  # ConnectionClosed before the end
                raise UpstreamError(502, "the upstream closed the connection mid-answer")
        return Answer(response.status_code, list(response.headers), b"".join(chunks))

    def _finish(self, connection: _Connection) -> bool:
        """After a complete answer: whether the connection may serve another request. Bytes beyond
        the answer's framing are a 502 (the connection is closed by the caller)."""
        extra, _closed = connection.h11.trailing_data
        if extra:
            raise UpstreamError(502, f"the upstream sent {len(extra)} byte(s) beyond its answer's framing")
        if connection.h11.our_state is h11.DONE and connection.h11.their_state is h11.DONE:
            connection.h11.start_next_cycle()
            return connection.reusable
        return False

    def close(self) -> None:
        """Close every idle connection."""
        for connection in self.idle:
            connection.close()
        self.idle.clear()


# --- validation ------------------------------------------------------------------------------------------


_WORKER_ROUTER = Router([])


def _worker_init(slug: str, root: str, base: str) -> None:
    """Each validation worker builds its broker's routes once, and ends on SIGTERM and SIGINT as a
    process does by default (a worker forked from uvicorn would inherit its handlers, which only
    tell a server that is not running in the worker to stop)."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    global _WORKER_ROUTER
    _WORKER_ROUTER = _router(Broker(slug, Path(root)), base)


def _router(broker: Broker, base: str) -> Router:
    """The broker's routes, with the upstream as their one base URL."""
    table = routes([broker], env={})
    for route in table:
        route.bases = [base]
    return Router(table)


def _findings(router: Router, exchange: Exchange) -> list[Violation]:
    """The violations of one exchange; an answer that cannot be validated (too deep) is one finding."""
    route = router(exchange.method, exchange.url)
    if route is None:
        return []
    try:
        return check(exchange, route)
    except RecursionError:
        message = "the body is nested too deeply to be validated"
    except (ValueError, MemoryError) as exc:  # whatever a body makes the checks raise is a finding, never a 500
        message = f"the body could not be validated ({type(exc).__name__})"
    return [_not_validated(exchange, route, message)]


def _not_validated(exchange: Exchange, route: Route, message: str) -> Violation:
    """The finding of an answer the proxy passed on without validating it, and why."""
    return Violation(
        exchange.source, exchange.entry, route.broker.slug, route.operation, "not-validated", "", message, route.at
    )


def _validate_in_worker(exchange: Exchange) -> list[tuple[str, str, str, str, str]]:
    return [(v.broker, v.operation, v.check, v.pointer, v.message) for v in _findings(_WORKER_ROUTER, exchange)]


# --- the proxy ---------------------------------------------------------------------------------------------


@dataclass
class Proxy:
    """The proxy as an ASGI app (see the module docstring). Build it with `create_proxy`."""

    broker: Broker
    upstream: str
    journal: Journal
    strict: bool = False
    validate: bool = True
    limits: ProxyLimits = field(default_factory=ProxyLimits)

    def __post_init__(self) -> None:
        parts = urlsplit(self.upstream.rstrip("/"))
        self.origin = f"{parts.scheme}://{parts.netloc}"
        self.base_path = parts.path.encode()
        self.base = self.upstream.rstrip("/")
        self.local = is_loopback(self.base)
        self.router = _router(self.broker, self.base)
        self.pools: dict[asyncio.AbstractEventLoop, UpstreamPool] = {}  # one pool per event loop
        self.counter = itertools.count()
        self._workers: concurrent.futures.ProcessPoolExecutor | None = None

    def _pool(self) -> UpstreamPool:
        loop = asyncio.get_running_loop()
        pool = self.pools.get(loop)
        if pool is None:
            pool = self.pools[loop] = UpstreamPool(self.origin, self.limits)
        return pool

    def _executor(self) -> concurrent.futures.ProcessPoolExecutor:
        if self._workers is None:
            self._workers = concurrent.futures.ProcessPoolExecutor(
                self.limits.validation_workers,
                initializer=_worker_init,
                initargs=(self.broker.slug, str(self.broker.root), self.base),
            )
        return self._workers

    def close(self) -> None:
        """Stop the validation workers and close idle upstream connections."""
        for pool in self.pools.values():
            pool.close()
        if self._workers is not None:
            self._workers.shutdown(cancel_futures=True)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            self.close()
            await send({"type": "lifespan.shutdown.complete"})
            return
        if scope["type"] != "http":
            return
        status, headers, body = await self.handle(scope)
        headers.append((b"content-length", b"%d" % len(body)))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def handle(self, scope: Scope) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        """One request, start to end: `(status, headers, body)` for the client."""
        method: str = scope["method"]
        raw_path: bytes = scope.get("raw_path") or scope["path"].encode()
        query: bytes = scope.get("query_string", b"")
        shown = raw_path.decode("latin-1")
        refusal = self._refusal(method, raw_path, query, scope["headers"])
        if refusal is not None:
            status, title, detail = refusal
            self.journal.note(method, shown, status, detail)
            return self._problem(status, title, detail)
        target = self.base_path + raw_path + (b"?" + query if query else b"")
        sent = [(k, v) for k, v in scope["headers"] if k not in HOP_BY_HOP]
        sent.append((b"accept-encoding", b"identity"))
        try:
            answer = await self._pool().fetch(method, target, sent)
        except UpstreamError as exc:
            self.journal.note(method, shown, exc.status, exc.reason)
            title = "Bad gateway" if exc.status == 502 else "Gateway timeout"
            return self._problem(exc.status, title, exc.reason)
        passed = [(k, v) for k, v in answer.headers if k.lower() not in HOP_BY_HOP]
        if self.validate:
            found = await self._check(method, target, scope["headers"], answer)
            if found:
                self.journal.write(method, shown, answer.status, found)
                if self.strict:
                    return 502, [(b"content-type", b"application/problem+json")], violation_problem(found)
        return answer.status, passed, answer.body

    def _refusal(
        self, method: str, raw_path: bytes, query: bytes, headers: list[tuple[bytes, bytes]]
    ) -> tuple[int, str, str] | None:
        """Why a request is answered without being forwarded, or None."""
        if method != "GET" and not self.local:
            return 405, "Method not allowed", "Only GET is forwarded to a remote broker"
        names = {k for k, _ in headers}
        length = next((v for k, v in headers if k == b"content-length"), b"0")
        if b"transfer-encoding" in names or length.strip() not in (b"0", b""):
            return 413, "Content too large", "the proxy forwards no request body (GET and HEAD carry none)"
        if len(raw_path) + len(query) + 1 > self.limits.max_uri_bytes:
            return 414, "URI too long", f"the request target is over {self.limits.max_uri_bytes:,} bytes"
        if not raw_path.startswith(b"/") or UNSAFE_PATH.search(raw_path):
            return 400, "Bad request", "the path has a dot-segment or an encoded slash, dot or backslash"
        return None

    @staticmethod
    def _problem(status: int, title: str, detail: str) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        headers = [(b"content-type", b"application/problem+json")]
        if status in (413, 414):
            headers.append((b"connection", b"close"))
        return status, headers, problem(status, title, detail)

    async def _check(
        self, method: str, target: bytes, request_headers: list[tuple[bytes, bytes]], answer: Answer
    ) -> list[Violation]:
        content_type = next((v.decode("latin-1") for k, v in answer.headers if k.lower() == b"content-type"), "")
        exchange = Exchange(
            "proxy", next(self.counter), method, self.origin + target.decode("latin-1"), answer.status,
            frozenset(k.decode("latin-1").lower() for k, _ in request_headers), content_type, answer.body,
        )  # fmt: skip
        route = self.router(exchange.method, exchange.url)
        if route is None:
            return []
        if len(answer.body) > self.limits.max_validated_bytes:
            message = f"the body ({len(answer.body):,} bytes) is over the validation cap of "
            return [_not_validated(exchange, route, message + f"{self.limits.max_validated_bytes:,} bytes")]
        if len(answer.body) <= self.limits.inline_validation_bytes:
            return _findings(self.router, exchange)
        loop = asyncio.get_running_loop()
        try:
            found = await loop.run_in_executor(self._executor(), _validate_in_worker, exchange)
        except concurrent.futures.process.BrokenProcessPool:  # a worker died (killed, out of memory)
            self._workers = None
            return [_not_validated(exchange, route, "the validation worker died on this body")]
        return [Violation(exchange.source, exchange.entry, b, o, c, p, m, route.at) for b, o, c, p, m in found]


def create_proxy(
    broker: Broker,
    upstream: str,
    journal: Journal,
    strict: bool = False,
    validate: bool = True,
    limits: ProxyLimits | None = None,
) -> Proxy:
    """The proxy app for `broker`, forwarding to `upstream` (the API base URL, e.g. ETNA's `.../api`).

    `validate=False` turns the checks off (for measuring what they cost); `limits` defaults to
    `ProxyLimits()`.
    """
    return Proxy(broker, upstream, journal, strict, validate, limits or ProxyLimits())


# --- the client side: uvicorn's h11 server with a header-read timeout and size limits -----------------------


def proxy_protocol(limits: ProxyLimits) -> type[H11Protocol]:
    """uvicorn's h11 protocol with what it lacks for a proxy: a request head must be complete within
    `header_timeout` seconds (the connection is closed), its request line within `max_uri_bytes` (414)
    and the whole head within `max_header_bytes` (431). Pass it as `uvicorn.Config(http=...)`."""

    class ProxyProtocol(H11Protocol):
        _head_timer: asyncio.TimerHandle | None = None
        _head_bytes = 0
        _line_bytes = 0
        _line_done = False

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            # asyncio turns Nagle's algorithm off only for sockets whose protocol number is TCP;
            # a socket from socket.create_server says 0, and each answer's second write then waits
            # for the client's delayed ACK (40 ms a request on Linux).
            sock = transport.get_extra_info("socket")
            if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self._arm()

        def _arm(self) -> None:
            if self._head_timer is None:
                self._head_timer = self.loop.call_later(limits.header_timeout, self._head_timeout)

        def _disarm(self) -> None:
            if self._head_timer is not None:
                self._head_timer.cancel()
                self._head_timer = None
            self._head_bytes = self._line_bytes = 0
            self._line_done = False

        def _head_timeout(self) -> None:
            self._head_timer = None
            if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
                self.transport.close()  # the head never came whole: nothing to answer

        def data_received(self, data: bytes) -> None:
            if self.conn.their_state is h11.IDLE:  # reading a request head
                self._arm()
                self._head_bytes += len(data)
                if not self._line_done:
                    end = data.find(b"\r\n")
                    self._line_bytes += len(data) if end < 0 else end
                    self._line_done = end >= 0
                    if self._line_bytes > limits.max_uri_bytes + LINE_SLACK:  # method, spaces, HTTP version
                        self._refuse(414, b"URI Too Long")
                        return
                end_of_head = data.find(b"\r\n\r\n")
                head = self._head_bytes if end_of_head < 0 else self._head_bytes - len(data) + end_of_head
                if head > limits.max_header_bytes:
                    self._refuse(431, b"Request Header Fields Too Large")
                    return
            super().data_received(data)
            if self.conn.their_state is not h11.IDLE:
                self._disarm()

        def on_response_complete(self) -> None:
            super().on_response_complete()  # arms uvicorn's keep-alive (idle) timer
            self._disarm()

        def _refuse(self, status: int, reason: bytes) -> None:
            body = problem(status, reason.decode(), "the request head is over the proxy's limits")
            head = b"HTTP/1.1 %d %s\r\ncontent-type: application/problem+json\r\n" % (status, reason)
            head += b"content-length: %d\r\nconnection: close\r\n\r\n" % len(body)
            self.transport.write(head + body)
            self.transport.close()
            self._disarm()

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

    return ProxyProtocol


def server(app: Proxy) -> Any:
    """The `uvicorn.Server` that serves `app` with its limits: the protocol above, asyncio's own loop,
    lifespan on (its shutdown stops the validation workers), no access log, `max_concurrency` and
    `idle_timeout` as uvicorn's `limit_concurrency` and `timeout_keep_alive`. Run it with
    `.run(sockets=[...])`; `should_exit = True` stops it."""
    import uvicorn

    limits = app.limits
    config = uvicorn.Config(
        app,
        http=proxy_protocol(limits),
        loop="asyncio",
        log_level="warning",
        access_log=False,
        lifespan="on",
        limit_concurrency=limits.max_concurrency,
        timeout_keep_alive=max(1, round(limits.idle_timeout)),
        h11_max_incomplete_event_size=limits.max_header_bytes + 1024,
    )
    return uvicorn.Server(config)
