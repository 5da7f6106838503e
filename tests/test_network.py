"""get_balances over a real network: timeouts, retries with backoff and Retry-After, typed errors, concurrency.

Every server here listens on 127.0.0.1 only: the silent ones are stopped by the test that started
them, the one HTTP server of a test process (`serving`) when the process exits. The 200
answers come from a broker's mock (its documented payloads); what a broker does badly (429, 503,
HTML, silence) is scripted in front of it. Waits are recorded instead of slept, except in the
one test that proves `Retry-After: 1` really waits a second.
"""

from __future__ import annotations

import asyncio
import atexit
import json
import socket
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
import uvicorn
from broker_contracts_runtime import network
from broker_contracts_runtime.balances import (
    Balances,
    BalancesRequest,
    get_balances,
    get_balances_async,
    get_many_balances,
    normalize,
)
from broker_contracts_runtime.failures import (
    AccountNotFound,
    AuthenticationFailed,
    BrokerError,
    BrokerUnavailable,
    ContractViolation,
    RateLimited,
)
from broker_contracts_runtime.network import RetryPolicy, parse_retry_after
from starlette.types import Receive, Scope, Send

from broker_contracts.brokers import discover
from broker_contracts.mock import Behaviour, OperationBehaviour, compose_list, create_app, load_behaviour
from broker_contracts.versions import resolve
from tests.conftest import BALANCES, unknown_account


def _broker_with_documented_200s() -> tuple[str, Behaviour, OperationBehaviour, list[str]]:
    """The first broker (by slug) whose mock answers the balances operation with 200 for some account
    and 404 for an unknown one.

    The network code knows no broker; any broker's documented payloads serve as the 200 answers.
    Chosen from the data, not by name, so that a broker's fixtures changing does not break these tests;
    among the contracts whose slug names them alone (a legacy version's slug is also its broker's
    name, which `get_balances` reads as the current version).
    """
    for broker in (b for b in discover() if resolve(b.slug).slug == b.slug):
        mock = load_behaviour(broker)
        behaviour = mock.operation(BALANCES)
        accounts = [account for account, reply in behaviour.accounts.items() if reply.status == 200]
        if accounts and behaviour.unknown_account is not None and behaviour.unknown_account.status == 404:
            return broker.slug, mock, behaviour, accounts
    raise AssertionError("no broker's mock serves a documented 200 and a 404")


# The broker's whole mock (MOCK, every operation served) and its balances operation (BEHAVIOUR).
BROKER, MOCK, BEHAVIOUR, ACCOUNTS = _broker_with_documented_200s()
ACCOUNT = ACCOUNTS[0]
UNKNOWN = unknown_account(BEHAVIOUR)
CREDENTIALS = {c.env: c.accepted for c in BEHAVIOUR.credentials}
WRONG_CREDENTIALS = {name: "wrong" for name in CREDENTIALS}
HTML = b"<!DOCTYPE html><html><body><h1>Down for maintenance</h1></body></html>"


def served_body(account: str) -> bytes:
    """The bytes the mock sends for `account` (a broker with account lists answers with an array)."""
    reply = BEHAVIOUR.accounts[account]
    return compose_list([reply]).body if BEHAVIOUR.account_list else reply.body


def expected(account: str) -> Balances:
    return normalize(BROKER, json.loads(served_body(account), parse_float=Decimal))


@dataclass
class Canned:
    """One scripted answer."""

    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/json"


class Scripted:
    """An ASGI app that answers from `script` first, then with `then` for every later request (None:
    the broker's mock). Counts requests, and the most that were ever in flight at once; each request
    is held `delay` seconds.
    """

    def __init__(self, script: Sequence[Canned] = (), then: Canned | None = None, delay: float = 0.0) -> None:
        self.script, self.then, self.delay = list(script), then, delay
        self.mock = create_app(MOCK)
        self.requests = self.in_flight = self.most_in_flight = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        assert scope["type"] == "http"
        self.requests += 1
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            await asyncio.sleep(self.delay)
            canned = self.script.pop(0) if self.script else self.then
            if canned is None:
                await self.mock(scope, receive, send)
                return
            headers = [(k.lower().encode(), v.encode()) for k, v in canned.headers.items()]
            headers.append((b"content-type", canned.content_type.encode()))
            headers.append((b"content-length", str(len(canned.body)).encode()))
            await send({"type": "http.response.start", "status": canned.status, "headers": headers})
            await send({"type": "http.response.body", "body": canned.body})
        finally:
            self.in_flight -= 1


class _Switchboard:
    """The ASGI app of this process's one test server: it hands each request to the app of the
    `serving` block in progress. (A uvicorn server per block took 0.2 s to stop, its main loop
    ticking every 0.1 s: 3 s of the suite.)"""

    def __init__(self) -> None:
        self.app: Any = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        app = self.app
        assert app is not None, "a request reached the test server outside a serving() block"
        await app(scope, receive, send)


_SERVER: tuple[_Switchboard, int] | None = None


def _stop(server: uvicorn.Server, thread: threading.Thread, sock: socket.socket) -> None:
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


def _test_server() -> tuple[_Switchboard, int]:
    """The switchboard and port of this process's test server (uvicorn in a thread on 127.0.0.1),
    started on first use and stopped when the process exits."""
    global _SERVER
    if _SERVER is None:
        board = _Switchboard()
        sock = socket.create_server(("127.0.0.1", 0))
        server = uvicorn.Server(uvicorn.Config(board, log_level="warning", lifespan="off"))
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        deadline = time.monotonic() + 10
        while not server.started:
            assert time.monotonic() < deadline and thread.is_alive(), "the test server did not start"
            time.sleep(0.01)
        atexit.register(_stop, server, thread, sock)
        _SERVER = board, sock.getsockname()[1]
    return _SERVER


@contextmanager
def serving(app: Any) -> Iterator[str]:
    """`app` served over HTTP on 127.0.0.1 for the block (by the process's test server); yields the
    API base URL."""
    board, port = _test_server()
    board.app = app
    try:
        yield f"http://127.0.0.1:{port}{BEHAVIOUR.base_path}"
    finally:
        board.app = None


@contextmanager
def silent_server() -> Iterator[tuple[str, list[socket.socket]]]:
    """A TCP server on 127.0.0.1 that accepts every connection and never answers.

    Yields its URL and the list of connections it accepted (one per attempt).
    """
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.05)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            accepted.append(connection)

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}{BEHAVIOUR.base_path}", accepted
    finally:
        stop.set()
        thread.join(timeout=5)
        for connection in accepted:
            connection.close()
        listener.close()


@dataclass
class Waits:
    """Records the waits a RetryPolicy asks for instead of sleeping."""

    slept: list[float] = field(default_factory=list)
    awaited: list[float] = field(default_factory=list)

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.awaited.append(seconds)

    def policy(self, **options: Any) -> RetryPolicy:
        return RetryPolicy(sleep=self.sleep, async_sleep=self.async_sleep, **options)


def test_a_429_with_retry_after_1_is_waited_out_for_real_then_the_balances_come_back() -> None:
    app = Scripted([Canned(429, b'{"message": "slow down"}', {"Retry-After": "1"})])
    with serving(app) as url:
        before = datetime.now(UTC)
        started = time.monotonic()
        balances = get_balances(BROKER, ACCOUNT, url, CREDENTIALS)  # the default policy really sleeps
        elapsed = time.monotonic() - started
    assert balances == expected(ACCOUNT)
    assert app.requests == 2
    assert 0.95 <= elapsed < 5  # the jittered backoff alone (<= 0.5 s) would not wait this long
    assert balances.raw == served_body(ACCOUNT)
    assert balances.fetched_at is not None and balances.fetched_at.tzinfo is UTC
    assert before <= balances.fetched_at <= datetime.now(UTC)


def test_503_every_time_ends_in_broker_unavailable_after_exactly_the_configured_attempts() -> None:
    # A contract that documents a JSON 5XX body (TradeStation's) must not let an HTML 503 escape as a JSON error.
    app = Scripted(then=Canned(503, HTML, content_type="text/html"))
    waits = Waits()
    policy = waits.policy(attempts=4, backoff_initial=1, backoff_max=2.5)
    with serving(app) as url, pytest.raises(BrokerUnavailable) as caught:
        get_balances(BROKER, ACCOUNT, url, CREDENTIALS, retry=policy)
    assert app.requests == 4
    assert caught.value.status == 503
    assert "Down for maintenance" in caught.value.redacted_body
    assert len(waits.slept) == 3
    for retry, wait in enumerate(waits.slept):  # full jitter within a doubling window, capped
        assert 0 <= wait <= min(2.5, 1 * 2**retry)


def test_a_server_that_never_answers_times_out_on_every_attempt() -> None:
    waits = Waits()
    with silent_server() as (url, accepted), pytest.raises(BrokerUnavailable) as caught:
        started = time.monotonic()
        try:
            get_balances(BROKER, ACCOUNT, url, CREDENTIALS, read_timeout=0.3, retry=waits.policy(attempts=3))
        finally:
            elapsed = time.monotonic() - started
    assert caught.value.status is None
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert len(accepted) == 3 and len(waits.slept) == 2
    assert 0.9 <= elapsed < 0.9 + 2  # three read timeouts of 0.3 s, nothing near the 30 s default


def test_a_refused_connection_is_retried_then_broker_unavailable() -> None:
    with socket.create_server(("127.0.0.1", 0)) as closed:
        port = closed.getsockname()[1]  # nothing listens there once the socket is closed
    waits = Waits()
    with pytest.raises(BrokerUnavailable) as caught:
        get_balances(
            BROKER,
            ACCOUNT,
            f"http://127.0.0.1:{port}{BEHAVIOUR.base_path}",
            CREDENTIALS,
            retry=waits.policy(attempts=3),
        )
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert caught.value.status is None and len(waits.slept) == 2


def test_an_html_200_is_a_contract_violation_and_not_retried() -> None:
    app = Scripted(then=Canned(200, HTML, content_type="text/html; charset=utf-8"))
    waits = Waits()
    with serving(app) as url, pytest.raises(ContractViolation) as caught:
        get_balances(BROKER, ACCOUNT, url, CREDENTIALS, retry=waits.policy())
    violation = caught.value
    assert (violation.status, violation.pointer, violation.expected) == (200, "", "a JSON body")
    assert violation.got == "text/html; charset=utf-8: " + HTML[:60].decode()
    assert violation.operation == "getAccountBalances" and violation.body == HTML
    assert app.requests == 1 and waits.slept == []


FORBIDDEN = b'{"error": {"code": 403, "message": "no"}, "metadata": {"request_id": "5518f0c6"}}'


@pytest.mark.parametrize(
    ("account", "credentials", "script", "error", "status"),
    [
        (ACCOUNT, WRONG_CREDENTIALS, [], AuthenticationFailed, BEHAVIOUR.credentials[0].wrong.status),
        (ACCOUNT, CREDENTIALS, [Canned(403, FORBIDDEN)], AuthenticationFailed, 403),
        (UNKNOWN, CREDENTIALS, [], AccountNotFound, 404),
        # The generated client fails to parse an HTML body where the contract documents JSON: the status decides.
        (ACCOUNT, CREDENTIALS, [Canned(404, HTML, content_type="text/html")], AccountNotFound, 404),
    ],
    ids=["wrong-credentials", "403", "404-unknown-account", "404-html-body"],
)
def test_refusals_raise_their_typed_error_without_a_retry(
    account: str, credentials: dict[str, str], script: list[Canned], error: type[BrokerError], status: int
) -> None:
    app = Scripted(script)
    waits = Waits()
    with serving(app) as url, pytest.raises(error) as caught:
        get_balances(BROKER, account, url, credentials, retry=waits.policy())
    assert (caught.value.broker, caught.value.status) == (BROKER, status)
    assert app.requests == 1 and waits.slept == []


def test_retry_after_as_an_http_date_is_honoured() -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=3), usegmt=True)
    app = Scripted([Canned(503, b"", {"Retry-After": when})])
    waits = Waits()
    with serving(app) as url:
        balances = get_balances(BROKER, ACCOUNT, url, CREDENTIALS, retry=waits.policy(backoff_max=0.1))
    assert balances == expected(ACCOUNT)
    (wait,) = waits.slept
    assert 1.5 < wait <= 3  # the date has whole seconds; the backoff alone would be <= 0.1 s


def test_a_retry_after_above_the_cap_waits_only_the_cap() -> None:
    app = Scripted([Canned(429, b"", {"Retry-After": "120"})])
    waits = Waits()
    with serving(app) as url:
        balances = get_balances(BROKER, ACCOUNT, url, CREDENTIALS, retry=waits.policy(retry_after_max=2))
    assert balances == expected(ACCOUNT)
    assert waits.slept == [2.0]


def test_429_every_time_is_rate_limited_with_the_wait_the_broker_asked_for() -> None:
    app = Scripted(then=Canned(429, b'{"message": "slow down"}', {"Retry-After": "7"}))
    waits = Waits()
    with serving(app) as url, pytest.raises(RateLimited) as caught:
        get_balances(BROKER, ACCOUNT, url, CREDENTIALS, retry=waits.policy(attempts=2, retry_after_max=1))
    assert (caught.value.status, caught.value.retry_after) == (429, 7.0)
    assert app.requests == 2 and waits.slept == [1.0]


@pytest.mark.parametrize(
    ("headers", "body", "request_id"),
    [
        ({"X-Request-Id": "header-id"}, b"", "header-id"),
        ({}, b'{"error": {"code": 503}, "metadata": {"request_id": "envelope-id"}}', "envelope-id"),
        ({"X-Request-Id": "header-id"}, b'{"metadata": {"request_id": "envelope-id"}}', "header-id"),
        ({}, b'{"metadata": {}}', None),
    ],
    ids=["header", "clear-street-envelope", "header-first", "none"],
)
def test_the_request_id_is_picked_up_from_the_header_or_the_envelope(
    headers: dict[str, str], body: bytes, request_id: str | None
) -> None:
    app = Scripted(then=Canned(503, body, headers))
    with serving(app) as url, pytest.raises(BrokerUnavailable) as caught:
        get_balances(BROKER, ACCOUNT, url, CREDENTIALS, retry=RetryPolicy(attempts=1))
    assert caught.value.request_id == request_id


def test_a_credential_echoed_in_an_error_body_is_redacted() -> None:
    app = Scripted(then=Canned(500, b'{"message": "bad", "access_token": "s3cr3t-value"}'))
    with serving(app) as url, pytest.raises(BrokerUnavailable) as caught:
        get_balances(BROKER, ACCOUNT, url, CREDENTIALS, retry=RetryPolicy(attempts=1))
    assert "s3cr3t-value" not in caught.value.redacted_body and "bad" in caught.value.redacted_body


def test_parse_retry_after_reads_delta_seconds_and_http_dates() -> None:
    now = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert parse_retry_after("1", now) == 1.0
    assert parse_retry_after(" 120 ", now) == 120.0
    assert parse_retry_after("Fri, 02 Jan 2026 03:04:35 GMT", now) == 30.0
    assert parse_retry_after("Fri, 02 Jan 2026 03:00:00 GMT", now) == 0.0  # in the past
    assert parse_retry_after("-5", now) == 0.0
    for unreadable in (None, "", "soon", "nan", "inf"):
        assert parse_retry_after(unreadable, now) is None


@pytest.mark.parametrize(("method", "attempts"), [("GET", 3), ("POST", 1)])
def test_only_a_get_is_sent_again(method: str, attempts: int) -> None:
    sent: list[str] = []

    def attempt() -> httpx.Response:
        sent.append(method)
        return httpx.Response(503, request=httpx.Request(method, "http://127.0.0.1/"))

    with pytest.raises(BrokerUnavailable):
        network.call(BROKER, attempt, Waits().policy(attempts=3))
    assert len(sent) == attempts


def test_the_default_timeouts_are_5_s_to_connect_and_30_s_to_read() -> None:
    timeout = network.timeout()
    assert (timeout.connect, timeout.read, timeout.write, timeout.pool) == (5.0, 30.0, 30.0, 30.0)
    with pytest.raises(ValueError, match="positive"):
        network.timeout(0, 1)


def test_the_async_variant_retries_and_raises_the_same_way() -> None:
    app = Scripted([Canned(429, b"", {"Retry-After": "1"}), Canned(502, b"")])
    waits = Waits()

    async def both() -> tuple[Balances, BaseException]:
        balances = await get_balances_async(BROKER, ACCOUNT, url, CREDENTIALS, retry=waits.policy())
        try:
            await get_balances_async(BROKER, UNKNOWN, url, CREDENTIALS, retry=waits.policy())
        except AccountNotFound as error:
            return balances, error
        raise AssertionError("no AccountNotFound")

    with serving(app) as url:
        balances, error = asyncio.run(both())
    assert balances == expected(ACCOUNT) and balances.raw == served_body(ACCOUNT)
    assert isinstance(error, AccountNotFound)
    assert app.requests == 4
    assert waits.awaited[0] == 1.0 and len(waits.awaited) == 2 and waits.slept == []


@pytest.mark.parametrize("concurrency", [1, 3])
def test_get_many_balances_keeps_the_order_and_never_exceeds_the_concurrency_limit(concurrency: int) -> None:
    accounts = [UNKNOWN if i % 3 == 1 else ACCOUNTS[i % len(ACCOUNTS)] for i in range(7)]
    app = Scripted(delay=0.1)
    with serving(app) as url:
        results = get_many_balances(
            [BalancesRequest(BROKER, a, url, CREDENTIALS) for a in accounts], concurrency, retry=Waits().policy()
        )
    assert app.requests == len(accounts)
    assert app.most_in_flight == concurrency
    for account, result in zip(accounts, results, strict=True):
        if account == UNKNOWN:
            assert isinstance(result, AccountNotFound)
        else:
            assert result == expected(account)


def test_get_many_balances_refuses_a_missing_credential_before_sending_anything() -> None:
    app = Scripted()
    with serving(app) as url, pytest.raises(KeyError):
        get_many_balances([(BROKER, ACCOUNT, url, CREDENTIALS), (BROKER, ACCOUNT, url, {})])
    assert app.requests == 0


def test_tolerated_drift_is_listed_in_the_warnings_not_raised() -> None:
    from broker_contracts.brokers import select

    (clear_street,) = select("clear_street")
    body = json.loads(load_behaviour(clear_street).operation("getAccountBalances").accounts["19816"].body)  # Reg T
    body["data"]["margin_type"] = "NEW_KIND"  # a value Clear Street may add: the enum is open in clients
    served = Canned(200, json.dumps(body).encode())
    with serving(Scripted(then=served)) as url:
        base = url.removesuffix(BEHAVIOUR.base_path)
        balances = get_balances("clear_street", "19816", base, {"TOKEN": "any"}, retry=RetryPolicy(attempts=1))
    assert balances.buying_power == Decimal("90000.00")
    assert len(balances.warnings) == 1
    assert balances.warnings[0].startswith('/data/margin_type: expected one of ["OTHER", "NONE"')
    assert balances.warnings[0].endswith('got "NEW_KIND"')


def test_every_call_shares_one_tls_context(monkeypatch: pytest.MonkeyPatch) -> None:
    """Clients are built per call; the TLS context (CA bundle loaded: about 20 ms) is built once."""
    import ssl

    from broker_contracts_runtime.balances import get_balances_async
    from broker_contracts_runtime.calls import tls_context

    built: list[ssl.SSLContext] = []
    create = ssl.create_default_context

    def counting(*args: Any, **kwargs: Any) -> ssl.SSLContext:
        built.append(create(*args, **kwargs))
        return built[-1]

    monkeypatch.setattr(ssl, "create_default_context", counting)
    tls_context.cache_clear()
    with serving(Scripted()) as url:
        for _ in range(3):
            assert get_balances(BROKER, ACCOUNT, url, CREDENTIALS) == expected(ACCOUNT)
        assert asyncio.run(get_balances_async(BROKER, ACCOUNT, url, CREDENTIALS)) == expected(ACCOUNT)
    assert len(built) == 1 and tls_context() is built[0]
