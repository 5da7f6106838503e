"""The flow a trading UI runs at start: list the accounts, then read every account's balances.

`normalize_accounts(broker, payload)` reads a broker's `listAccounts` 200 body (parsed with
`parse_float=Decimal`) into `Account`s through the accounts crosswalk
(`specs/crosswalk-accounts.yaml`): the id as the balances call takes it, display name, type,
currency and status, each `None` where the broker does not report it. There is no per-broker code:
where each concept sits comes from the crosswalk, which item shape an item follows from the
contract's component schemas (TradeStation lists a legacy and a Japanese shape).

`list_accounts(broker, base_url, credentials)` calls `listAccounts` through the generated client
and walks every page where the contract says the operation pages (`x-pagination: {token, next}`
on the operation: Clear Street's `page_token` and `metadata.next_page_token`).
`get_all_balances(...)` lists, then reads every listed account's balances with at most
`concurrency` requests in flight; an account whose balances fail comes back with its error, the
others with their `Balances`. Both have asyncio variants, and the timeouts, retries and typed
errors of `get_balances` (`broker_contracts.calls`, `broker_contracts_runtime.network`,
`broker_contracts_runtime.failures`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any, NamedTuple

import httpx

from . import crosswalk, network
from .balances import Balances, BalancesRequest, get_many_balances_async
from .calls import Call, prepare, send, send_async, snake
from .contracts import contract, resolve
from .documents import find_operation, value_at
from .failures import BrokerError
from .network import DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, RetryPolicy

__all__ = ["Account", "AccountBalances", "get_all_balances", "get_all_balances_async", "list_accounts"]
__all__ += ["list_accounts_async", "normalize_accounts"]

OPERATION_ID = "listAccounts"
"""The account list's id, the same in every broker's contract (specs/README.md: naming rules)."""
MAX_PAGES = 10_000
"""A broker whose pages never end (a token that keeps coming back) is an error after this many."""


@dataclass(frozen=True)
class Account:
    """One listed account in the accounts crosswalk's terms; `None`: the broker does not report it.

    `account_id` is the id as `getAccountBalances` takes it in its path (text: Aries' and Clear
    Street's integer ids written in decimal). `shape` is the component schema the item follows.
    `raw` is the item as the broker sent it (parsed, amounts as `Decimal`); it is not compared.
    """

    broker: str
    shape: str
    account_id: str | None = None
    display_name: str | None = None
    account_type: str | None = None
    currency: str | None = None
    status: str | None = None
    raw: Any = field(default=None, compare=False, repr=False)


class AccountBalances(NamedTuple):
    """One listed account and what reading its balances gave: `Balances`, or the `BrokerError` it
    ended in (`error`), never both."""

    account: Account
    balances: Balances | None
    error: BrokerError | None


def _crosswalk(broker: str) -> crosswalk.Crosswalk:
    return contract(broker).crosswalk("accounts")


@cache
def _shape_validators(broker: str) -> tuple[tuple[str, Any], ...]:
    return crosswalk.shape_validators(contract(broker).spec, _crosswalk(broker).brokers[broker].shapes)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def _normalize(broker: str, item: Any, pointer: str) -> Account:
    shape = crosswalk.shape_of(broker, OPERATION_ID, _shape_validators(broker), item, pointer)
    values = {
        concept.id: _text(value_at(item, mapping.pointer))
        for concept in _crosswalk(broker).concepts
        if (mapping := concept.mappings[broker][shape]).pointer is not None
    }
    return Account(broker=broker, shape=shape, raw=item, **values)


def normalize_accounts(broker: str, payload: Any) -> list[Account]:
    """Every account of one `listAccounts` 200 body (one page), in order.

    Raises `ContractViolation` (its pointer names the item) for an item of none of the broker's
    shapes, and `KeyError` for a broker the accounts crosswalk does not cover.
    """
    where = _crosswalk(broker).brokers[broker].accounts
    return [_normalize(broker, item, pointer) for item, pointer in crosswalk.items_at(payload, where)]


def _paging(broker: str) -> tuple[str, str] | None:
    """`(python name of the token parameter, JSON pointer of the next token)`, or None if the list has one page."""
    pagination = find_operation(contract(broker).spec, OPERATION_ID).data.get("x-pagination")
    return (snake(pagination["token"]), pagination["next"]) if pagination else None


class _Pages:
    """The walk through a list's pages, whatever sends the requests: `query()` is what the next
    request sends (the caller's query arguments, and the page token once there is one), `take()`
    reads an answer's accounts and next token; `done` once a page has no next token. A token that
    comes back, or more than `MAX_PAGES` pages, raises `BrokerError`."""

    def __init__(self, call: Call, query: Mapping[str, Any] | None) -> None:
        self.call = call
        self.extra = dict(query or {})
        self.paging = _paging(call.broker)
        self.accounts: list[Account] = []
        self.token: str | None = None
        self.seen: set[str] = set()
        self.done = False

    def query(self) -> dict[str, Any]:
        if self.token is None or self.paging is None:
            return self.extra
        if self.token in self.seen or len(self.seen) >= MAX_PAGES:
            message = f"{OPERATION_ID}: the pages do not end (token {self.token!r} again)"
            raise BrokerError(self.call.broker, None, message)
        self.seen.add(self.token)
        return {**self.extra, self.paging[0]: self.token}

    def take(self, response: httpx.Response) -> None:
        payload = network.json_body(self.call.broker, OPERATION_ID, response)
        self.accounts += normalize_accounts(self.call.broker, payload)
        following = value_at(payload, self.paging[1]) if self.paging else None
        self.token = str(following) if following else None
        self.done = self.token is None


def list_accounts(
    broker: str,
    base_url: str,
    credentials: Mapping[str, str],
    *,
    version: str | None = None,
    path_values: Mapping[str, Any] | None = None,
    query: Mapping[str, Any] | None = None,
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
    read_timeout: float = DEFAULT_READ_TIMEOUT,
    retry: RetryPolicy | None = None,
) -> list[Account]:
    """Every account `broker` lists for these credentials, every page walked, in the broker's order.

    `broker` and `version` as for `get_balances`: a broker's name reads its current API version unless
    `version` names another; a contract's slug reads that contract. `credentials` as for
    `get_balances` (`{"TOKEN": ...}`, plus `{"APP_KEY": ...}` for ETNA).
    `path_values` gives the list call's other path parameters by their contract names (TradeStation's
    `{"user_id": ...}`); a parameter with `x-default-value` in the contract may be left out (ETNA's
    `userId` is then `@me`, the token's own user). `query` gives query arguments by the generated
    client's names, sent with every page (Clear Street's `{"page_size": 100}`). Timeouts and `retry`
    apply to each page's request.

    Raises, from `broker_contracts_runtime.failures`: `AuthenticationFailed`, `RateLimited`,
    `BrokerUnavailable`, `ContractViolation` (a page that breaks the contract), `BrokerError` (any
    other status, or pages that never end); `KeyError` naming a missing credential; `ValueError`
    naming a path parameter without a value.
    """
    call = prepare(resolve(broker, version).slug, OPERATION_ID, base_url, credentials, path_values)
    timeout, policy = network.timeout(connect_timeout, read_timeout), retry or RetryPolicy()
    pages = _Pages(call, query)
    while not pages.done:
        pages.take(send(call, timeout, policy, **pages.query()))
    return pages.accounts


async def list_accounts_async(
    broker: str,
    base_url: str,
    credentials: Mapping[str, str],
    *,
    version: str | None = None,
    path_values: Mapping[str, Any] | None = None,
    query: Mapping[str, Any] | None = None,
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
    read_timeout: float = DEFAULT_READ_TIMEOUT,
    retry: RetryPolicy | None = None,
) -> list[Account]:
    """`list_accounts` in asyncio (the generated client's `asyncio_detailed`); same arguments, result and errors."""
    call = prepare(resolve(broker, version).slug, OPERATION_ID, base_url, credentials, path_values)
    timeout, policy = network.timeout(connect_timeout, read_timeout), retry or RetryPolicy()
    pages = _Pages(call, query)
    while not pages.done:
        pages.take(await send_async(call, timeout, policy, **pages.query()))
    return pages.accounts


async def get_all_balances_async(
    broker: str,
    base_url: str,
    credentials: Mapping[str, str],
    *,
    concurrency: int = 4,
    version: str | None = None,
    path_values: Mapping[str, Any] | None = None,
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
    read_timeout: float = DEFAULT_READ_TIMEOUT,
    retry: RetryPolicy | None = None,
) -> list[AccountBalances]:
    """List the accounts (`list_accounts_async`), then read each one's balances
    (`get_many_balances_async`, at most `concurrency` in flight): one `AccountBalances` per listed
    account, in list order, each with its `Balances` or the `BrokerError` its balances call ended in.

    `broker` and `version` as for `get_balances` (both calls read the same API version). The list
    itself failing raises as `list_accounts` does; `ValueError` if `concurrency` < 1.
    """
    if concurrency < 1:
        raise ValueError(f"concurrency must be at least 1, got {concurrency}")
    options: dict[str, Any] = {"connect_timeout": connect_timeout, "read_timeout": read_timeout, "retry": retry}
    chosen = resolve(broker, version).api  # both calls read the same version
    name, label = str(chosen["broker"]), str(chosen["version"])
    accounts = await list_accounts_async(name, base_url, credentials, version=label, path_values=path_values, **options)
    readable = [a for a in accounts if a.account_id is not None]
    requests = [BalancesRequest(name, str(a.account_id), base_url, credentials, label) for a in readable]
    results = await get_many_balances_async(requests, concurrency, **options)
    return [
        AccountBalances(account, result, None)
        if isinstance(result, Balances)
        else AccountBalances(account, None, result)
        for account, result in zip(readable, results, strict=True)
    ]


def get_all_balances(
    broker: str,
    base_url: str,
    credentials: Mapping[str, str],
    *,
    concurrency: int = 4,
    version: str | None = None,
    path_values: Mapping[str, Any] | None = None,
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
    read_timeout: float = DEFAULT_READ_TIMEOUT,
    retry: RetryPolicy | None = None,
) -> list[AccountBalances]:
    """`get_all_balances_async` run to completion in a new event loop (call it where no loop is running)."""
    return asyncio.run(
        get_all_balances_async(
            broker,
            base_url,
            credentials,
            concurrency=concurrency,
            version=version,
            path_values=path_values,
            connect_timeout=connect_timeout,
            read_timeout=read_timeout,
            retry=retry,
        )
    )
