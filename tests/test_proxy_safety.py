"""The proxy probed as a reverse proxy is probed: stdlib upstreams on 127.0.0.1 that misbehave on
purpose (bad framing, silence, huge or deeply nested answers), and clients that misbehave on purpose
(raw request targets with dot-segments, bodies on a GET, huge URIs, half-sent heads, idle
connections). Every misbehaving upstream gets 502 or 504 with a problem body, never 500, and no
answer reaches a client other than the one that asked."""

from __future__ import annotations

import io
import json
import logging
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from broker_contracts.brokers import ROOT
from broker_contracts.mock import load_behaviour
from broker_contracts.proxy import Journal, create_proxy, server
from tests.conftest import BALANCES, BROKERS

sys.path.insert(0, str(ROOT / "scripts"))
from proxy import limits_from

BROKER = BROKERS[0]
BEHAVIOUR = load_behaviour(BROKER).operation(BALANCES)
ACCOUNT = next(a for a, r in BEHAVIOUR.accounts.items() if r.status == 200)
GOOD = BEHAVIOUR.accounts[ACCOUNT].body
PATH = BEHAVIOUR.url(ACCOUNT).removeprefix(BEHAVIOUR.base_path)  # the path under the API base
AUTH = {c.header: c.sent_value(c.accepted) for c in BEHAVIOUR.credentials}
Handler = Callable[[bytes, socket.socket], None]


def _answer(body: bytes, status: int = 200, extra: bytes = b"", length: int | None = None) -> bytes:
    size = len(body) if length is None else length
    head = f"HTTP/1.1 {status} OK\r\ncontent-type: application/json\r\ncontent-length: {size}\r\n\r\n"
    return head.encode() + body + extra


class RawUpstream:
    """A stdlib TCP server on 127.0.0.1: each request head it reads is recorded (its target) and
    answered by `handler(target, socket)`; connections are kept alive."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.targets: list[bytes] = []
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.stop = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        self.listener.settimeout(0.1)
        while not self.stop.is_set():
            try:
                conn, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:  # closed at the end of the block
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        buffer = b""
        with conn:
            while not self.stop.is_set():
                while b"\r\n\r\n" not in buffer:
                    try:
                        chunk = conn.recv(65536)
                    except OSError:
                        return
                    if not chunk:
                        return
                    buffer += chunk
                head, _, buffer = buffer.partition(b"\r\n\r\n")
                target = head.split(b"\r\n")[0].split(b" ")[1]
                self.targets.append(target)
                try:
                    self.handler(target, conn)
                except OSError:
                    return

    def close(self) -> None:
        self.stop.set()
        self.listener.close()


class _Errors(logging.Handler):
    """uvicorn's error log (an exception in the app is logged there with its traceback), kept."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(self.format(record))


@contextmanager
def proxy_in_front(
    handler: Handler, *limits: str, base: str = "", strict: bool = False
) -> Iterator[tuple[str, RawUpstream, list[str]]]:
    """The proxy as `make proxy` serves it (`broker_contracts.proxy.server`, limits parsed as the
    CLI parses them), in a thread, in front of a `RawUpstream`: its address, the upstream, and the
    proxy's output lines (complete when the block ends). No error may be logged."""
    upstream = RawUpstream(handler)
    out = io.StringIO()
    folder = tempfile.TemporaryDirectory()
    journal = Journal(Path(folder.name) / "violations.ndjson", out=out)
    url = f"http://127.0.0.1:{upstream.port}{base}"
    app = create_proxy(BROKER, url, journal, strict, limits=limits_from(list(limits)))
    sock = socket.create_server(("127.0.0.1", 0))
    running = server(app)
    errors = _Errors()
    logging.getLogger("uvicorn.error").addHandler(errors)
    thread = threading.Thread(target=running.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not running.started:
        assert thread.is_alive(), "the proxy did not start"
        time.sleep(0.01)
    output: list[str] = []
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}", upstream, output
    finally:
        running.should_exit = True
        thread.join(timeout=10)
        logging.getLogger("uvicorn.error").removeHandler(errors)
        upstream.close()
        folder.cleanup()
        output += out.getvalue().splitlines()
    assert errors.records == [], errors.records


def _request(
    address: str, target: str, headers: dict[str, str] | None = None, raw: bytes | None = None
) -> tuple[int, dict[str, str], bytes]:
    """One request over a raw socket (the target sent exactly as given); the status, headers and body."""
    host, port = address.removeprefix("http://").split(":")
    lines = [
        f"GET {target} HTTP/1.1",
        f"host: {host}:{port}",
        *[f"{k}: {v}" for k, v in {**AUTH, **(headers or {})}.items()],
    ]
    with socket.create_connection((host, int(port)), timeout=20) as conn:
        conn.sendall(raw if raw is not None else ("\r\n".join(lines) + "\r\n\r\n").encode())
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                break
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        status = int(head.split(b" ")[1])
        fields = dict(line.decode().lower().split(": ", 1) for line in head.split(b"\r\n")[1:])
        length = int(fields.get("content-length", "0"))
        while len(body) < length:
            chunk = conn.recv(65536)
            if not chunk:
                break
            body += chunk
    return status, fields, body


def _problem(status: int, fields: dict[str, str], body: bytes) -> dict[str, object]:
    assert fields["content-type"] == "application/problem+json", (status, fields, body)
    document: dict[str, object] = json.loads(body)
    assert document["status"] == status
    return document


# --- 1. never out of step ------------------------------------------------------------------------------------

SMUGGLED = _answer(b'{"accountId": "SMUGGLED-000001"}')


@pytest.mark.parametrize(
    "extra",
    [b"garbage-after-the-body", SMUGGLED],
    ids=["extra-bytes", "a-second-response"],
)
def test_bytes_beyond_the_framing_are_a_502_and_never_reach_the_next_request(extra: bytes) -> None:
    calls = {"n": 0}

    def handler(target: bytes, conn: socket.socket) -> None:
        calls["n"] += 1
        conn.sendall(_answer(GOOD, extra=extra if calls["n"] == 1 else b""))

    with proxy_in_front(handler) as (address, _, _output):
        first = _request(address, PATH)
        later = [_request(address, PATH) for _ in range(5)]
    assert first[0] == 502 and "beyond its answer's framing" in str(_problem(*first)["detail"])
    assert all((status, body) == (200, GOOD) for status, _, body in later), later
    assert all(b"SMUGGLED" not in body for _, _, body in later)


def test_a_body_after_a_head_answer_is_a_502() -> None:
    """HEAD is forwarded to a local upstream; its answer may carry no body, whatever its length says."""
    with proxy_in_front(lambda t, c: c.sendall(_answer(GOOD))) as (address, _, output):
        host, port = address.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=20) as conn:
            conn.sendall(f"HEAD {PATH} HTTP/1.1\r\nhost: x\r\n\r\n".encode())
            head = conn.recv(65536)
    assert head.startswith(b"HTTP/1.1 502 "), head
    assert any(" 502: " in line and "beyond its answer's framing" in line for line in output), output


def test_a_body_shorter_than_its_length_is_a_502() -> None:
    def handler(target: bytes, conn: socket.socket) -> None:
        conn.sendall(_answer(GOOD[:10], length=len(GOOD)))
        conn.shutdown(socket.SHUT_WR)

    with proxy_in_front(handler) as (address, _, output):
        status, fields, body = _request(address, PATH)
    assert status == 502 and "without sending complete message body" in str(_problem(status, fields, body)["detail"])
    assert any(" 502: " in line for line in output)


def test_an_idle_pooled_connection_that_receives_data_is_never_reused() -> None:
    """The extra bytes come in a second write, while the connection waits in the pool: it is closed.
    (Bytes an upstream sends after the proxy has sent the next request are, in HTTP/1.1, that
    request's answer: nothing on the wire tells them apart.)"""

    def handler(target: bytes, conn: socket.socket) -> None:
        conn.sendall(_answer(GOOD))
        time.sleep(0.2)
        conn.sendall(SMUGGLED)

    with proxy_in_front(handler) as (address, upstream, _output):
        answers = []
        for _ in range(3):
            answers.append(_request(address, PATH))
            time.sleep(0.5)  # the smuggled bytes arrive while the connection is idle
    assert all(body == GOOD for _, _, body in answers), answers
    assert len(upstream.targets) == 3


# --- 2. the path as sent, inside the base path ----------------------------------------------------------------


@pytest.mark.parametrize(
    "target",
    [
        "/v1/accounts/..%2F..%2Fadmin/balances",
        "/../../etc/passwd",
        "/v1/accounts/%2e%2e/balances",
        "/v1/accounts/x/../../admin",
        "/v1/./accounts",
        "/v1/accounts/a%5cb/balances",
    ],
)
def test_dot_segments_and_encoded_separators_are_refused_before_the_upstream(target: str) -> None:
    with proxy_in_front(lambda t, c: c.sendall(_answer(GOOD)), base="/api") as (address, upstream, _):
        status, fields, body = _request(address, target)
    assert status == 400 and _problem(status, fields, body)["title"] == "Bad request"
    assert upstream.targets == []


def test_the_raw_target_is_forwarded_unchanged_under_the_base_path() -> None:
    with proxy_in_front(lambda t, c: c.sendall(_answer(GOOD)), base="/api") as (address, upstream, _):
        _request(address, "/v1/accounts/A%20B/balances?x=1&y=%41")
        _request(address, PATH)
    assert upstream.targets == [b"/api/v1/accounts/A%20B/balances?x=1&y=%41", b"/api" + PATH.encode()]


# --- 3. 502 and 504 as a reverse proxy gives them; answers too large or too deep -------------------------------


def test_an_upstream_that_never_answers_is_a_504_within_the_read_timeout() -> None:
    with proxy_in_front(lambda t, c: time.sleep(5), "read_timeout=0.5") as (address, _, output):
        started = time.monotonic()
        status, fields, body = _request(address, PATH)
        waited = time.monotonic() - started
    assert status == 504 and _problem(status, fields, body)["title"] == "Gateway timeout"
    assert waited < 4, waited  # the read timeout, not the upstream's 5 s
    assert sum(" 504: " in line for line in output) == 1


def test_the_overall_deadline_bounds_a_slow_trickle() -> None:
    def trickle(target: bytes, conn: socket.socket) -> None:
        conn.sendall(f"HTTP/1.1 200 OK\r\ncontent-length: {len(GOOD)}\r\n\r\n".encode())
        for byte in GOOD:
            conn.sendall(bytes([byte]))
            time.sleep(0.2)

    with proxy_in_front(trickle, "read_timeout=1", "deadline=1.5") as (address, _, _output):
        status, fields, body = _request(address, PATH)
    assert status == 504 and "within 1.5 s" in str(_problem(status, fields, body)["detail"])


def test_a_refused_connection_is_a_502() -> None:
    unused = socket.create_server(("127.0.0.1", 0))
    port = unused.getsockname()[1]
    unused.close()
    command = [sys.executable, str(ROOT / "scripts" / "proxy.py"), "--broker", BROKER.slug]
    process = subprocess.Popen(
        [*command, "--upstream", f"http://127.0.0.1:{port}"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        address = process.stdout.readline().split(" ")[4]
        status, fields, body = _request(address, PATH)
    finally:
        process.terminate()
        _, err = process.communicate(timeout=10)
    assert status == 502 and "cannot connect" in str(_problem(status, fields, body)["detail"])
    assert "Traceback" not in err


@pytest.mark.parametrize("strict", [False, True], ids=["passing-through", "strict"])
def test_an_answer_too_deep_to_validate_is_reported_as_such(strict: bool) -> None:
    deep = b"[" * 2000 + b"]" * 2000
    with proxy_in_front(lambda t, c: c.sendall(_answer(deep)), strict=strict) as (address, _, output):
        status, _, body = _request(address, PATH)
    assert (status, body) == ((502, body) if strict else (200, deep)) and (not strict or b"not-validated" in body)
    assert any("[not-validated]" in line and "too deeply" in line for line in output), output


def test_an_answer_over_the_validation_cap_is_passed_on_and_reported_not_validated() -> None:
    big = b'{"padding": "' + b"x" * 300_000 + b'"}'
    with proxy_in_front(lambda t, c: c.sendall(_answer(big)), "max_validated_bytes=100000") as (address, _, output):
        status, _, body = _request(address, PATH)
    assert (status, body) == (200, big)
    assert any("[not-validated]" in line and "over the validation cap" in line for line in output), output


def test_an_answer_over_the_size_cap_is_a_502() -> None:
    big = b'{"padding": "' + b"x" * 300_000 + b'"}'
    with proxy_in_front(lambda t, c: c.sendall(_answer(big)), "max_answer_bytes=100000") as (address, _, _output):
        status, fields, body = _request(address, PATH)
    assert status == 502 and "larger than 100,000 bytes" in str(_problem(status, fields, body)["detail"])


def test_a_large_answer_is_validated_off_the_event_loop_while_small_ones_go_through() -> None:
    """A 20 MB answer (5 million decimals: parsed and validated in a worker process for about a
    second; the validation cap raised to take it) is asked for first; small answers asked for while
    it is in flight keep coming back."""
    large = b'{"accountId": "LARGE", "padding": [' + b",".join([b"1.5"] * 5_000_000) + b"]}"

    def handler(target: bytes, conn: socket.socket) -> None:
        conn.sendall(_answer(large if b"LARGE" in target else GOOD))

    done = threading.Event()
    with proxy_in_front(handler, "max_validated_bytes=40000000") as (address, _, _output):
        _request(address, PATH)  # the proxy is warm
        large_path = BEHAVIOUR.url("LARGE").removeprefix(BEHAVIOUR.base_path)

        def ask_large() -> None:
            _request(address, large_path)
            done.set()

        slow = threading.Thread(target=ask_large)
        started = time.monotonic()
        slow.start()
        waits = []
        while not done.is_set():
            asked = time.monotonic()
            assert _request(address, PATH)[0] == 200
            waits.append(time.monotonic() - asked)
        slow.join(timeout=60)
        took = time.monotonic() - started
    assert took > 0.5, f"the large answer took {took:.2f} s: too little to tell"
    # Validated on the event loop, one small answer would wait for the whole validation.
    assert len(waits) >= 5 and max(waits) < took / 3, (took, waits)


# --- 4. bounded resources ---------------------------------------------------------------------------------


def test_a_get_with_a_body_is_refused_and_nothing_is_forwarded() -> None:
    with proxy_in_front(lambda t, c: c.sendall(_answer(GOOD))) as (address, upstream, _):
        status, fields, body = _request(address, PATH, {"content-length": "5"}, raw=None)
    assert status == 413 and _problem(status, fields, body)["title"] == "Content too large"
    assert upstream.targets == []


def test_ten_thousand_query_parameters_are_a_414() -> None:
    query = "&".join(f"p{i}=1" for i in range(10_000))
    with proxy_in_front(lambda t, c: c.sendall(_answer(GOOD))) as (address, upstream, _):
        status, _, _ = _request(address, f"{PATH}?{query}")
    assert status == 414 and upstream.targets == []


def test_oversized_headers_are_a_431() -> None:
    with proxy_in_front(lambda t, c: c.sendall(_answer(GOOD))) as (address, upstream, _):
        status, _, _ = _request(address, PATH, {f"x-h{i}": "v" * 100 for i in range(400)})
    assert status == 431 and upstream.targets == []


@pytest.mark.parametrize("sent", [b"", b"GET /v1/acc"], ids=["idle", "half-sent-head"])
def test_idle_and_half_sent_connections_are_closed(sent: bytes) -> None:
    with proxy_in_front(lambda t, c: c.sendall(_answer(GOOD)), "header_timeout=1", "idle_timeout=1") as (address, _, _):
        host, port = address.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=8) as conn:
            conn.sendall(sent)
            started = time.monotonic()
            assert conn.recv(1024) == b""  # closed by the proxy
            assert time.monotonic() - started < 5


def test_a_kept_alive_connection_is_closed_after_the_idle_timeout() -> None:
    with proxy_in_front(lambda t, c: c.sendall(_answer(GOOD)), "idle_timeout=1") as (address, _, _):
        host, port = address.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=8) as conn:
            conn.sendall(f"GET {PATH} HTTP/1.1\r\nhost: x\r\n\r\n".encode())
            assert conn.recv(65536).startswith(b"HTTP/1.1 ")
            started = time.monotonic()
            while conn.recv(65536):
                pass
            assert time.monotonic() - started < 5


def test_an_unknown_limit_is_a_usage_error() -> None:
    command = [sys.executable, str(ROOT / "scripts" / "proxy.py"), "--broker", BROKER.slug]
    command += ["--upstream", "http://127.0.0.1:9", "--limit", "speed=3"]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 2 and "unknown limit 'speed'" in done.stderr


def test_an_upstream_failure_is_one_output_line() -> None:
    """Upstream failures are one output line each (not violations of the contract), no traceback."""
    with proxy_in_front(lambda t, c: c.close()) as (address, _, output):
        status, _, _ = _request(address, PATH)
    assert status == 502
    assert sum(line.startswith("proxy: GET ") and " 502: " in line for line in output) == 1
