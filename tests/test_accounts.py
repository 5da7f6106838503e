"""The flow a trading UI runs at start: `list_accounts` (every page) and `get_all_balances`, against
the mocks served over HTTP on 127.0.0.1, and the accounts crosswalk behind `Account`."""

from __future__ import annotations

import asyncio
import dataclasses
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from broker_contracts_runtime.accounts import (
    Account,
    get_all_balances,
    get_all_balances_async,
    list_accounts,
    list_accounts_async,
    normalize_accounts,
)
from broker_contracts_runtime.balances import Balances
from broker_contracts_runtime.failures import AccountNotFound, AccountRefused, ContractViolation
from broker_contracts_runtime.network import RetryPolicy

from broker_contracts import crosswalk
from broker_contracts.brokers import Broker, select
from broker_contracts.mock import Behaviour, Reply, create_app, load_behaviour
from tests.conftest import version_of_contract

from .test_network import _test_server

LIST = "listAccounts"
NO_RETRY = RetryPolicy(attempts=1)


@contextmanager
def serving(behaviour: Behaviour) -> Iterator[str]:
    """`behaviour`'s mock served over HTTP on 127.0.0.1 for the block; yields the API base URL."""
    board, port = _test_server()
    board.app = create_app(behaviour)
    try:
        yield f"http://127.0.0.1:{port}{behaviour.operation(LIST).base_path}"
    finally:
        board.app = None


def _credentials(behaviour: Behaviour) -> dict[str, str]:
    return {c.env: c.accepted for c in behaviour.credentials}


def _path_values(behaviour: Behaviour) -> dict[str, str]:
    """A value the mock accepts for every checked path parameter of the list call (TradeStation's user id)."""
    return {name: (rule.values or ("",))[0] for name, rule in behaviour.operation(LIST).path.items()}


def _listed(behaviour: Behaviour) -> list[str]:
    listing = behaviour.operation(LIST).listing
    assert listing is not None
    return list(listing.items)


def test_every_broker_lists_the_accounts_whose_balances_its_mock_serves(broker: Broker) -> None:
    behaviour = load_behaviour(broker)
    with serving(behaviour) as url:
        accounts = list_accounts(
            broker.slug,
            url,
            _credentials(behaviour),
            version=version_of_contract(broker),
            path_values=_path_values(behaviour),
            retry=NO_RETRY,
        )
    assert [a.account_id for a in accounts] == _listed(behaviour)
    assert all(isinstance(a, Account) and a.broker == broker.slug and a.raw for a in accounts)
    served = behaviour.operation("getAccountBalances").accounts
    assert {a.account_id for a in accounts} <= {k for k, r in served.items() if r.status == 200}


def test_every_page_of_a_paged_list_is_walked() -> None:
    (clear_street,) = select("clear_street")
    behaviour = load_behaviour(clear_street)
    requests: list[str] = []
    app = create_app(behaviour)

    async def recorded(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            requests.append(scope["query_string"].decode())
        await app(scope, receive, send)

    board, port = _test_server()
    board.app = recorded
    try:
        credentials = _credentials(behaviour)
        url = f"http://127.0.0.1:{port}"
        accounts = list_accounts("clear_street", url, credentials, query={"page_size": 1}, retry=NO_RETRY)
    finally:
        board.app = None
    assert [a.account_id for a in accounts] == ["19816", "19817"]
    assert len(requests) == 2 and "page_token=" not in requests[0] and "page_token=" in requests[1]


def test_pages_that_never_end_are_an_error_not_a_loop() -> None:
    (clear_street,) = select("clear_street")
    behaviour = load_behaviour(clear_street)
    operation = behaviour.operation(LIST)
    assert operation.listing is not None
    body = json.loads(operation.listing.envelope or b"{}")
    body["data"] = [json.loads(next(iter(operation.listing.items.values())))]
    body["metadata"]["next_page_token"] = "c2FtZQ"  # the same token on every page
    looping = dataclasses.replace(
        operation,
        listing=dataclasses.replace(
            operation.listing, override=Reply(200, json.dumps(body).encode(), "application/json")
        ),
    )
    with serving(behaviour.replacing(looping)) as url, pytest.raises(Exception, match="pages do not end"):
        list_accounts("clear_street", url, _credentials(behaviour), retry=NO_RETRY)


def test_all_balances_come_back_per_listed_account_with_a_failing_one_reported(broker: Broker) -> None:
    behaviour = load_behaviour(broker)
    listed = _listed(behaviour)
    balances = behaviour.operation("getAccountBalances")
    failing = listed[-1]
    broken = dataclasses.replace(balances, accounts={k: v for k, v in balances.accounts.items() if k != failing})
    partial = balances.account_list.partial if balances.account_list else None
    if balances.account_list is not None and partial is not None:  # TradeStation v3: an error item in a 200
        items = {k: v for k, v in partial.items.items() if k != failing}
        account_list = dataclasses.replace(balances.account_list, partial=dataclasses.replace(partial, items=items))
        broken = dataclasses.replace(broken, account_list=account_list)
    expected_error = AccountRefused if partial is not None and partial.unknown is not None else AccountNotFound
    with serving(behaviour.replacing(broken)) as url:
        results = get_all_balances(
            broker.slug,
            url,
            _credentials(behaviour),
            version=version_of_contract(broker),
            path_values=_path_values(behaviour),
            retry=NO_RETRY,
        )
    assert [r.account.account_id for r in results] == listed
    for result in results:
        if result.account.account_id == failing:
            assert result.balances is None and isinstance(result.error, expected_error)
        else:
            assert isinstance(result.balances, Balances) and result.error is None


def test_the_async_variants_give_what_the_sync_ones_give() -> None:
    (aries,) = select("aries")
    behaviour = load_behaviour(aries)
    with serving(behaviour) as url:
        credentials = _credentials(behaviour)
        # the legacy contract (v1), whose mock this is
        listed = list_accounts("aries", url, credentials, version="v1")
        assert asyncio.run(list_accounts_async("aries", url, credentials, version="v1")) == listed
        together = asyncio.run(get_all_balances_async("aries", url, credentials, concurrency=1, version="v1"))
        assert together == get_all_balances("aries", url, credentials, version="v1")


def test_a_path_parameter_without_a_value_or_default_is_named() -> None:
    (tradestation,) = select("tradestation")
    behaviour = load_behaviour(tradestation)
    with pytest.raises(ValueError, match="'user_id'"):
        list_accounts("tradestation", "http://127.0.0.1:9", _credentials(behaviour), version="v2")


def test_an_item_of_no_known_shape_is_a_contract_violation_naming_it() -> None:
    payload = [{"Key": 1, "Name": "x", "Type": "F", "TypeDescription": "Futures"}, {"Unknown": True}]
    with pytest.raises(ContractViolation) as raised:
        normalize_accounts("tradestation", payload)
    assert raised.value.pointer == "/1"


def test_the_accounts_crosswalk_resolves_in_every_contract(broker: Broker) -> None:
    walk = crosswalk.load(crosswalk.ACCOUNTS_PATH)
    assert broker.slug in walk.brokers
    assert crosswalk.check(walk, path=crosswalk.ACCOUNTS_PATH) == []


def test_the_accounts_crosswalk_fails_on_a_renamed_field(project_copy: Any) -> None:
    path = project_copy / "specs" / "crosswalk-accounts.yaml"
    path.write_text(path.read_text().replace("LegacyAccountInfo: /Key", "LegacyAccountInfo: /Kee"))
    problems = [str(p) for p in crosswalk.check(crosswalk.load(path), root=project_copy, path=path)]
    assert problems == [
        f"{path}: $.concepts.account_id.tradestation.LegacyAccountInfo: /Kee is not a property of LegacyAccountInfo"
    ]
