"""One view across brokers: `Balances`, normalized from any broker's balances through the crosswalk.

`normalize(broker, payload)` reads a broker's 200 body (parsed with `parse_float=Decimal`) and
returns `Balances`: every amount a `decimal.Decimal`, every concept the broker does not report
`None`. There is no per-broker code: where each concept sits comes from `specs/crosswalk.yaml`, and
which account shape an account follows (TradeStation has five) is the component schema of the
broker's contract the account validates against.

`get_balances(broker, account_id, base_url, credentials)` calls the broker through its generated
client and normalizes the answer, with timeouts, retries and typed errors (`broker_contracts_runtime.network`,
`broker_contracts_runtime.failures`); `get_balances_async` does the same in asyncio and `get_many_balances`
fetches several accounts concurrently.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from functools import cache
from typing import Any, NamedTuple

import httpx

from . import crosswalk, network
from .calls import Call, path_parameters, prepare, send, send_async
from .contracts import contract, resolve
from .documents import value_at
from .failures import AccountRefused, BrokerError
from .network import DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, RetryPolicy

__all__ = [
    "CONCEPT_FIELDS",
    "Balances",
    "BalancesRequest",
    "BrokerError",  # re-exported from failures.py, where the error family lives
    "RetryPolicy",
    "get_balances",
    "get_balances_async",
    "get_many_balances",
    "get_many_balances_async",
    "normalize",
    "normalize_all",
]


@dataclass(frozen=True)
class Balances:
    """An account's balances in the crosswalk's terms. `None`: the broker does not report it (or sent null).

    Amounts are `Decimal` in the account's currency; see `specs/crosswalk.yaml` for each definition.
    `start_of_day_as_of` is the broker's own timestamp of the start-of-day figures, as it sent it
    (Aries a date-time, Clear Street a date; None where the broker sends none: never invented).
    `cash_by_currency` is cash per currency where the broker lists it (TradeStation's
    `CurrencyDetails`: `{"USD": Decimal(...), "JPY": ...}`), each in its own currency; None elsewhere.
    `get_balances` also sets `fetched_at` (UTC, when the answer arrived) and `raw` (the body's bytes,
    verbatim); `normalize` leaves them None and empty. `warnings` lists the drift from the contract
    the client tolerated (a deprecated field missing, a value outside a documented enum: see
    `broker_contracts.drift`), one `"<JSON pointer>: expected ..., got ..."` each. These three are
    not compared: equal balances fetched twice are equal.
    """

    broker: str
    shape: str
    account_id: str | None = None
    currency: str | None = None
    total_equity: Decimal | None = None
    cash: Decimal | None = None
    settled_cash: Decimal | None = None
    unsettled_cash: Decimal | None = None
    withdrawable_cash: Decimal | None = None
    buying_power: Decimal | None = None
    stock_buying_power: Decimal | None = None
    option_buying_power: Decimal | None = None
    day_trading_buying_power: Decimal | None = None
    maintenance_requirement: Decimal | None = None
    initial_requirement: Decimal | None = None
    margin_debit: Decimal | None = None
    sma: Decimal | None = None
    realized_pl: Decimal | None = None
    unrealized_pl: Decimal | None = None
    long_market_value: Decimal | None = None
    short_market_value: Decimal | None = None
    start_of_day_equity: Decimal | None = None
    start_of_day_as_of: str | None = None
    pending_orders_count: int | None = None
    pattern_day_trader: bool | None = None
    cash_by_currency: dict[str, Decimal] | None = None
    fetched_at: datetime | None = field(default=None, compare=False)
    raw: bytes = field(default=b"", compare=False, repr=False)
    warnings: tuple[str, ...] = field(default=(), compare=False)


_NOT_CONCEPTS = ("broker", "shape", "cash_by_currency", "fetched_at", "raw", "warnings")
CONCEPT_FIELDS = tuple(f.name for f in dataclasses.fields(Balances) if f.name not in _NOT_CONCEPTS)


def _crosswalk(broker: str) -> crosswalk.Crosswalk:
    return contract(broker).crosswalk("balances")


@cache
def _shape_validators(broker: str) -> tuple[tuple[str, Any], ...]:
    return crosswalk.shape_validators(contract(broker).spec, _crosswalk(broker).brokers[broker].shapes)


def _shape(broker: str, account: Any, pointer: str) -> str:
    return crosswalk.shape_of(broker, OPERATION_ID, _shape_validators(broker), account, pointer)


def _convert(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "amount":
        return Decimal(str(value))
    if kind in ("identifier", "currency", "timestamp"):
        return str(value)  # a timestamp stays the broker's own text: never re-dated or invented
    return value


def _normalize_account(broker: str, account: Any, pointer: str) -> Balances:
    shape = _shape(broker, account, pointer)
    values: dict[str, Any] = {}
    for concept in _crosswalk(broker).concepts:
        mapping = concept.mappings[broker][shape]
        if mapping.pointer is not None:
            values[concept.id] = _convert(concept.kind, value_at(account, mapping.pointer))
    return Balances(broker=broker, shape=shape, cash_by_currency=_cash_by_currency(broker, shape, account), **values)


def _cash_by_currency(broker: str, shape: str, account: Any) -> dict[str, Decimal] | None:
    """`{currency: cash}` from the shape's per-currency lines (crosswalk `currencies`); None where it has none."""
    lines = _crosswalk(broker).brokers[broker].currencies.get(shape)
    items = value_at(account, lines.items) if lines else None
    if lines is None or not isinstance(items, list):
        return None
    found = {}
    for item in items:
        currency, cash = value_at(item, lines.currency), value_at(item, lines.cash)
        if currency is not None and cash is not None:
            found[str(currency)] = Decimal(str(cash))
    return found


def normalize_all(broker: str, payload: Any) -> list[Balances]:
    """Every account of a 200 body (TradeStation answers several keys in one array), in order.

    `payload` should be parsed with `json.loads(..., parse_float=Decimal)` so no digit is lost.
    Raises `ContractViolation` (a `ValueError`; its pointer names the account) if an account matches
    none of the broker's account shapes: a kind of account the contract does not know yet, which the
    generated client keeps as `Other...` but the crosswalk cannot map.
    """
    where = _crosswalk(broker).brokers[broker].accounts
    return [_normalize_account(broker, account, pointer) for account, pointer in crosswalk.items_at(payload, where)]


def normalize(broker: str, payload: Any) -> Balances:
    """The (first) account of a broker's 200 body as `Balances`; see `normalize_all`."""
    return normalize_all(broker, payload)[0]


OPERATION_ID = "getAccountBalances"
"""The balances operation's id, the same in every broker's contract (specs/README.md: naming rules)."""


def _prepare(
    broker: str, account_id: str, base_url: str, credentials: Mapping[str, str], version: str | None = None
) -> Call:
    selected = resolve(broker, version)
    spec = selected.spec
    (account,) = path_parameters(spec, OPERATION_ID)  # the one path parameter that names the account
    return prepare(selected.slug, OPERATION_ID, base_url, credentials, {account["name"]: account_id})


def _refusal(broker: str, payload: Any, response: httpx.Response) -> AccountRefused | None:
    """The `AccountRefused` of a 200 that answers no account and lists a failure (the crosswalk's
    `failures`: TradeStation v3's `Errors`), else None."""
    layout = _crosswalk(broker).brokers[broker]
    if layout.failures is None or any(True for _ in crosswalk.items_at(payload, layout.accounts)):
        return None
    failures = crosswalk.items_at(payload, layout.failures.items)
    if not failures:
        return None
    failure = failures[0][0]
    error, message = value_at(failure, layout.failures.error), value_at(failure, layout.failures.message)
    return AccountRefused(
        broker,
        None if error is None else str(error),
        None if message is None else str(message),
        body=response.content,
        request_id=network.request_id(response),
    )


def _balances(call: Call, response: httpx.Response) -> Balances:
    fetched_at = datetime.now(UTC)  # the body has been read: the answer is complete
    payload = network.json_body(call.broker, OPERATION_ID, response)
    warnings = tuple(call.contract().warnings(payload, response.status_code))
    refused = _refusal(call.broker, payload, response)
    if refused is not None:
        raise refused
    normalized = normalize(call.broker, payload)
    return dataclasses.replace(normalized, fetched_at=fetched_at, raw=response.content, warnings=warnings)


def _fetch(call: Call, timeout: httpx.Timeout, retry: RetryPolicy) -> Balances:
    return _balances(call, send(call, timeout, retry))


async def _fetch_async(call: Call, timeout: httpx.Timeout, retry: RetryPolicy) -> Balances:
    return _balances(call, await send_async(call, timeout, retry))


def get_balances(
    broker: str,
    account_id: str,
    base_url: str,
    credentials: Mapping[str, str],
    *,
    version: str | None = None,
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
    read_timeout: float = DEFAULT_READ_TIMEOUT,
    retry: RetryPolicy | None = None,
) -> Balances:
    """Call `broker`'s balances operation through its generated client and normalize the (first) account.

    `broker` is a broker's name (`"aries"`): its current API version, unless `version` names another
    (`version="v1"`); or a contract's slug (`"aries_v2"`). The versions and their states are in the
    README's broker table (`broker_contracts.versions`); `Balances.broker` is the slug of the
    contract used. An unknown broker or version raises `ContractError` naming the known ones.

    `credentials` maps each credential's variable suffix to its secret: `{"TOKEN": ...}`, plus
    `{"APP_KEY": ...}` for ETNA (the `x-credential` of each security scheme of the contract;
    `broker_contracts.access`). Fixed path values (ETNA's API `version`) come from the contract too.
    `base_url` is the API base (e.g. `https://api.aries.com`, ETNA's `.../api`).

    Each attempt may take `connect_timeout` seconds (default 5) to connect and `read_timeout`
    seconds (default 30) per read. `retry` (default `RetryPolicy()`: 3 attempts, backoff from 0.5 s
    capped at 8 s with full jitter, `Retry-After` honoured up to 60 s) re-sends the GET after a
    connection error, a timeout, a 429 or a 5xx.

    Returns `Balances` with `fetched_at` (UTC) and `raw` (the body) set. Raises, all from
    `broker_contracts_runtime.failures`: `AuthenticationFailed` (401, 403), `AccountNotFound` (404),
    `AccountRefused` (a 200 listing the account among its failures, TradeStation v3's `Errors`),
    `RateLimited` (429 after the retries), `BrokerUnavailable` (5xx, timeout or connection error
    after the retries), `ContractViolation` (a 200 whose body is not JSON), `BrokerError` (any other
    status, or a 200 account of a shape the contract does not know); `KeyError` naming a missing
    credential.
    """
    call = _prepare(broker, account_id, base_url, credentials, version)
    return _fetch(call, network.timeout(connect_timeout, read_timeout), retry or RetryPolicy())


async def get_balances_async(
    broker: str,
    account_id: str,
    base_url: str,
    credentials: Mapping[str, str],
    *,
    version: str | None = None,
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
    read_timeout: float = DEFAULT_READ_TIMEOUT,
    retry: RetryPolicy | None = None,
) -> Balances:
    """`get_balances` in asyncio: the generated client's `asyncio_detailed`, waits spent with `retry.async_sleep`.

    Same arguments, defaults, result and errors as `get_balances`.
    """
    call = _prepare(broker, account_id, base_url, credentials, version)
    return await _fetch_async(call, network.timeout(connect_timeout, read_timeout), retry or RetryPolicy())


class BalancesRequest(NamedTuple):
    """One account to fetch with `get_many_balances`: the first four arguments of `get_balances`, and
    its `version` (None: the broker's current one)."""

    broker: str
    account_id: str
    base_url: str
    credentials: Mapping[str, str]
    version: str | None = None


RequestTuple = tuple[str, str, str, Mapping[str, str]] | tuple[str, str, str, Mapping[str, str], str | None]
"""A `BalancesRequest` given as a plain tuple, with or without its version."""


async def get_many_balances_async(
    requests: Iterable[BalancesRequest | RequestTuple],
    concurrency: int = 4,
    *,
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
    read_timeout: float = DEFAULT_READ_TIMEOUT,
    retry: RetryPolicy | None = None,
) -> list[Balances | BrokerError]:
    """Fetch every request with `get_balances_async`, at most `concurrency` (default 4) in flight at once.

    Returns one entry per request, in the order given: its `Balances`, or the `BrokerError` it
    ended in (`AuthenticationFailed`, `AccountNotFound`, `AccountRefused`, `RateLimited`, `BrokerUnavailable`,
    `ContractViolation` or `BrokerError` itself), so one failing account does not hide the others.
    Before anything is sent, raises `ValueError` if `concurrency` < 1 and `KeyError` for a missing
    credential. Any other exception (a bug, not the broker) is raised
    once every request has finished. Timeouts and `retry` apply to each request as in `get_balances`.
    """
    if concurrency < 1:
        raise ValueError(f"concurrency must be at least 1, got {concurrency}")
    calls = [_prepare(*request) for request in requests]
    timeout, policy = network.timeout(connect_timeout, read_timeout), retry or RetryPolicy()
    limit = asyncio.Semaphore(concurrency)

    async def one(call: Call) -> Balances | BrokerError:
        async with limit:
            try:
                return await _fetch_async(call, timeout, policy)
            except BrokerError as error:
                return error

    results = await asyncio.gather(*(one(call) for call in calls), return_exceptions=True)
    unexpected = next((r for r in results if isinstance(r, BaseException) and not isinstance(r, BrokerError)), None)
    if unexpected is not None:
        raise unexpected
    return [r for r in results if isinstance(r, Balances | BrokerError)]


def get_many_balances(
    requests: Iterable[BalancesRequest | RequestTuple],
    concurrency: int = 4,
    *,
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
    read_timeout: float = DEFAULT_READ_TIMEOUT,
    retry: RetryPolicy | None = None,
) -> list[Balances | BrokerError]:
    """`get_many_balances_async` run to completion in a new event loop (call it where no loop is running).

    Returns, in request order, each account's `Balances` or the `BrokerError` it ended in; see
    `get_many_balances_async` for the errors raised.
    """
    return asyncio.run(
        get_many_balances_async(
            requests, concurrency, connect_timeout=connect_timeout, read_timeout=read_timeout, retry=retry
        )
    )
