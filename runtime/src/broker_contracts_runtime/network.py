"""Calling a broker over HTTP: timeouts, retries with backoff, and one typed error per outcome.

Nothing here knows a broker: a caller hands `call`/`call_async` one attempt (a function that sends
the request and returns the raw `httpx.Response`), and `raise_for_status` turns the final answer
into the typed errors of `broker_contracts_runtime.failures`.

Retries (tenacity, pinned in pyproject.toml) follow what Clear Street's Stainless-generated SDK
does (clear-street/clear-street-python): only idempotent GETs are retried, on a connection error,
a timeout, a 429 or a 5xx; at most `RetryPolicy.attempts` attempts; between two attempts the wait
the broker asked for in `Retry-After` (RFC 9110 §10.2.3: delta-seconds or an HTTP-date), capped
at `RetryPolicy.retry_after_max`, else capped exponential backoff with full jitter (a uniform draw
in [0, min(backoff_max, backoff_initial * 2**(retry - 1))] seconds).
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import httpx
from tenacity import AsyncRetrying, RetryCallState, Retrying, stop_after_attempt, wait_random_exponential

from .failures import (
    AccountNotFound,
    AuthenticationFailed,
    BrokerError,
    BrokerUnavailable,
    ContractViolation,
    RateLimited,
)

LOG = logging.getLogger(__name__)

DEFAULT_CONNECT_TIMEOUT = 5.0
"""Seconds to wait for a TCP (and TLS) connection to the broker."""
DEFAULT_READ_TIMEOUT = 30.0
"""Seconds to wait for each chunk of the answer (also the write and connection-pool timeouts)."""

RETRYABLE_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.TimeoutException,  # connect, read, write and pool timeouts
    httpx.NetworkError,  # connection refused or reset, read and write errors
    httpx.RemoteProtocolError,  # the server closed the connection without an answer
)
"""Transport errors after which a GET is sent again; others (e.g. an unsupported URL scheme) are not."""

RETRYABLE_METHODS = frozenset({"GET"})
"""Only requests without side effects are sent twice."""


def is_loopback(url: str) -> bool:
    """Whether `url`'s host is this machine: localhost, 127.0.0.0/8 or ::1 (the safety rules of live
    conformance runs and of the proxy send anything but GET only there)."""
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def is_retryable_status(status: int) -> bool:
    """Whether a response with `status` is worth another attempt: 429 and every 5xx."""
    return status == 429 or 500 <= status <= 599


def timeout(connect: float = DEFAULT_CONNECT_TIMEOUT, read: float = DEFAULT_READ_TIMEOUT) -> httpx.Timeout:
    """The `httpx.Timeout` for one attempt: `connect` seconds to connect, `read` seconds for the rest
    (reading, writing, waiting for a pooled connection). Raises `ValueError` for a value <= 0.
    """
    if connect <= 0 or read <= 0:
        raise ValueError(f"timeouts must be positive, got connect={connect}, read={read}")
    return httpx.Timeout(read, connect=connect)


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait that a `Retry-After` header value asks for, never negative; None if absent or unreadable.

    Accepts delta-seconds (`"120"`, a non-negative integer; a decimal such as `"1.5"` is tolerated)
    or an HTTP-date (`"Wed, 21 Oct 2015 07:28:00 GMT"`), which is compared to `now` (default: the
    current time, UTC). A date in the past gives 0. Source: RFC 9110 §10.2.3.
    """
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:  # RFC 9110 dates are GMT; a "-0000" zone parses naive
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if seconds != seconds or seconds in (float("inf"), float("-inf")):  # NaN or infinite
        return None
    return max(0.0, seconds)


def request_id(response: httpx.Response) -> str | None:
    """The broker's id for this request: the `X-Request-Id` header, else `metadata.request_id` of a
    JSON body (Clear Street's envelope, docs.clearstreet.com api-fundamentals); None when neither is there.
    """
    header: str | None = response.headers.get("x-request-id")
    if header:
        return header
    try:
        body = json.loads(response.content)
    except ValueError:
        return None
    metadata = body.get("metadata") if isinstance(body, dict) else None
    found = metadata.get("request_id") if isinstance(metadata, dict) else None
    return str(found) if isinstance(found, str | int) and not isinstance(found, bool) else None


def json_body(broker: str, operation: str, response: httpx.Response) -> Any:
    """A 200 body parsed as JSON, numbers with a fraction as `Decimal` (no digit lost).

    Raises `ContractViolation` (pointer `""`, expected "a JSON body", got `<content-type>: <first 60
    characters>`) when the body is not JSON, e.g. an HTML page from a proxy or a maintenance screen.
    """
    try:
        return json.loads(response.content, parse_float=Decimal)
    except ValueError as exc:  # json.JSONDecodeError and UnicodeDecodeError are ValueErrors
        content_type = response.headers.get("content-type", "no content-type")
        got = f"{content_type}: {response.content[:60].decode('utf-8', errors='replace')}"
        raise ContractViolation(
            broker, operation, response.status_code, "", "a JSON body", got, response.content, request_id(response)
        ) from exc


def raise_for_status(broker: str, response: httpx.Response, attempts: int = 1) -> None:
    """Return for a 200; raise the typed error for any other status of the final `response`.

    401/403 `AuthenticationFailed`, 404 `AccountNotFound`, 429 `RateLimited` (with the broker's
    `Retry-After` in seconds, uncapped), 5xx `BrokerUnavailable`, anything else `BrokerError`. Each
    carries `broker`, the status, the request id (`request_id`) and the redacted body. `attempts`
    (how many were made) is only quoted in the message.
    """
    status = response.status_code
    if status == 200:
        return
    message = f"{response.reason_phrase or 'error'}" + (f" after {attempts} attempts" if attempts > 1 else "")
    common: dict[str, Any] = {"body": response.content, "request_id": request_id(response)}
    if status in (401, 403):
        raise AuthenticationFailed(broker, status, message, **common)
    if status == 404:
        raise AccountNotFound(broker, status, message, **common)
    if status == 429:
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        raise RateLimited(broker, status, message, retry_after=retry_after, **common)
    if 500 <= status <= 599:
        raise BrokerUnavailable(broker, status, message, **common)
    raise BrokerError(broker, status, message, **common)


def _method(outcome: Any) -> str | None:
    try:
        return str(outcome.request.method)
    except (AttributeError, RuntimeError):  # httpx raises RuntimeError for an error without a request
        return None


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently a GET is sent again.

    `attempts`: attempts in all, including the first (>= 1; 1 turns retrying off).
    `backoff_initial`, `backoff_max`: seconds; the window of the n-th retry's random wait is
    [0, min(backoff_max, backoff_initial * 2**(n - 1))].
    `retry_after_max`: seconds; the longest `Retry-After` honoured (a longer one waits this long).
    `sleep`, `async_sleep`: how a wait is spent (default `time.sleep`, `asyncio.sleep`); tests pass
    recorders so nothing really sleeps.
    """

    attempts: int = 3
    backoff_initial: float = 0.5
    backoff_max: float = 8.0
    retry_after_max: float = 60.0
    sleep: Callable[[float], None] = time.sleep
    async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def __post_init__(self) -> None:
        if self.attempts < 1:
            raise ValueError(f"attempts must be at least 1, got {self.attempts}")
        if min(self.backoff_initial, self.backoff_max, self.retry_after_max) < 0:
            raise ValueError("backoff and Retry-After caps must not be negative")

    def should_retry(self, state: RetryCallState) -> bool:
        """Whether the attempt that just ended deserves another: a GET that failed in a retryable way."""
        outcome = state.outcome
        if outcome is None:
            return False
        if outcome.failed:
            error = outcome.exception()
            return isinstance(error, RETRYABLE_ERRORS) and _method(error) in RETRYABLE_METHODS
        response: httpx.Response = outcome.result()
        return is_retryable_status(response.status_code) and _method(response) in RETRYABLE_METHODS

    def wait(self, state: RetryCallState) -> float:
        """Seconds before the next attempt: the broker's `Retry-After` (capped), else jittered backoff."""
        outcome = state.outcome
        if outcome is not None and not outcome.failed:
            asked = parse_retry_after(outcome.result().headers.get("retry-after"))
            if asked is not None:
                return min(asked, self.retry_after_max)
        backoff = wait_random_exponential(multiplier=self.backoff_initial, max=self.backoff_max)
        return float(backoff(state))


def _log_retry(broker: str, policy: RetryPolicy) -> Callable[[RetryCallState], None]:
    def log(state: RetryCallState) -> None:
        outcome = state.outcome
        assert outcome is not None and state.next_action is not None
        why = repr(outcome.exception()) if outcome.failed else f"HTTP {outcome.result().status_code}"
        LOG.info(
            "%s: %s; attempt %d of %d in %.2f s",
            broker,
            why,
            state.attempt_number + 1,
            policy.attempts,
            state.next_action.sleep,
        )

    return log


def _unavailable(broker: str, error: httpx.TransportError, attempts: int) -> BrokerUnavailable:
    after = f" after {attempts} attempts" if attempts > 1 else ""
    return BrokerUnavailable(broker, None, f"{type(error).__name__}{after}: {error}")


def _retrying_options(broker: str, policy: RetryPolicy) -> dict[str, Any]:
    return {
        "stop": stop_after_attempt(policy.attempts),
        "wait": policy.wait,
        "retry": policy.should_retry,
        "before_sleep": _log_retry(broker, policy),
        # After the last attempt: its response (classified by the caller), or its exception re-raised.
        "retry_error_callback": lambda state: state.outcome.result(),
    }


def call(broker: str, attempt: Callable[[], httpx.Response], policy: RetryPolicy) -> httpx.Response:
    """Run `attempt` until its answer is final, retrying as `policy` says; returns the final 200 response.

    `attempt` sends one request and returns its `httpx.Response` (any status). The final response,
    if not a 200, raises its typed error (`raise_for_status`: `AuthenticationFailed`,
    `AccountNotFound`, `RateLimited`, `BrokerUnavailable` or `BrokerError`). A retryable transport
    error on the last attempt raises `BrokerUnavailable` (status None, the httpx error as
    `__cause__`); any other exception of `attempt` propagates at once, without a retry.
    """
    count = 0

    def counted() -> httpx.Response:
        nonlocal count
        count += 1
        return attempt()

    retrying = Retrying(sleep=policy.sleep, **_retrying_options(broker, policy))
    try:
        response: httpx.Response = retrying(counted)
    except RETRYABLE_ERRORS as error:
        raise _unavailable(broker, error, count) from error
    raise_for_status(broker, response, count)
    return response


async def call_async(
    broker: str, attempt: Callable[[], Awaitable[httpx.Response]], policy: RetryPolicy
) -> httpx.Response:
    """`call` for a coroutine `attempt`; waits are spent with `policy.async_sleep`."""
    count = 0

    async def counted() -> httpx.Response:
        nonlocal count
        count += 1
        return await attempt()

    retrying = AsyncRetrying(sleep=policy.async_sleep, **_retrying_options(broker, policy))
    try:
        response: httpx.Response = await retrying(counted)
    except RETRYABLE_ERRORS as error:
        raise _unavailable(broker, error, count) from error
    raise_for_status(broker, response, count)
    return response
