"""TradeStation: each documented account parses into the variant class its shape calls for.

The 200 body is an array whose items are one of five shapes (specs/tradestation/NOTES.md). These
tests send each documented account (and all of them in one request) through the generated client
and the mock, and assert the class every item became, in order.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from broker_contracts.brokers import select
from broker_contracts.mock import create_app, load_behaviour

BASE_URL = "http://mock.invalid"

# Key -> the class its documented payload must become, with the source of the payload.
DOCUMENTED = {
    "121111": "EquityAccountBalances",  # 000_ba8e672794e29440.txt, Account object details (Type C)
    "1234": "JapaneseAccountBalances",  # 000_ba8e672794e29440.txt, Japanese Account example
    "114277": "FuturesAccountBalances",  # webapi-docs-v2 en/accounts/balances.md, Futures example
}


def _fetch(keys: str, token: str = "mock-tradestation-token") -> Any:
    from tradestation_client import AuthenticatedClient
    from tradestation_client.api.balances import get_account_balances

    (broker,) = select("tradestation")
    behaviour = load_behaviour(broker)
    transport = httpx.ASGITransport(app=create_app(behaviour))
    client = AuthenticatedClient(
        base_url=BASE_URL + behaviour.base_path, token=token, httpx_args={"transport": transport}
    )
    return asyncio.run(get_account_balances.asyncio_detailed(keys, client=client))


@pytest.mark.parametrize(("key", "variant"), DOCUMENTED.items(), ids=DOCUMENTED.values())
def test_documented_account_becomes_its_variant_class(key: str, variant: str) -> None:
    response = _fetch(key)
    assert response.status_code == 200
    assert [type(item).__name__ for item in response.parsed] == [variant]


def test_several_keys_give_one_variant_per_account_in_order() -> None:
    response = _fetch(",".join(DOCUMENTED))
    assert [type(item).__name__ for item in response.parsed] == list(DOCUMENTED.values())


def test_legacy_type_selects_the_variant_and_japanese_fields_are_typed() -> None:
    (equity,) = _fetch("121111").parsed
    assert equity.type_.value == "C" and equity.key == "121111"
    assert equity.bod_buying_power is None  # documented as null
    (japanese,) = _fetch("1234").parsed
    assert japanese.status.value == "Open"
    assert japanese.bod_buying_power.cash_balance == 8675309.0
    assert japanese.equity.day_trading.enabled is False


def test_wrong_token_gets_401_without_a_body() -> None:
    response = _fetch("121111", token="not-the-token")
    assert response.status_code == 401
    assert response.parsed is None and response.content == b""
