"""TradeStation: each documented account parses into the variant class its shape calls for.

The 200 body is an array whose items are one of five shapes (specs/tradestation/NOTES.md). These
tests send each documented account (and all of them in one request) through the generated client
and the mock, and assert the class every item became, in order.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from broker_contracts.brokers import select
from broker_contracts.mock import create_app, load_behaviour
from tests.conftest import BALANCES

BASE_URL = "http://mock.invalid"

# Key the mock serves it under -> the class its current published payload must become
# (specs/tradestation/evidence/; conformance/fixtures/tradestation/behaviour.yaml).
FUTURES = "765432"  # serves 200_futures_account_114277.json, whose own Key is 114277
DOCUMENTED = {
    "JPEQ10134": "JapaneseAccountBalances",  # 200_japanese_account_jpeq10134.json
    FUTURES: "FuturesAccountBalances",
}


def _fetch(keys: str, token: str = "mock-tradestation-token") -> Any:
    from tradestation_client import AuthenticatedClient
    from tradestation_client.api.balances import get_account_balances

    (broker,) = select("tradestation")
    mock = load_behaviour(broker)
    transport = httpx.ASGITransport(app=create_app(mock))
    client = AuthenticatedClient(
        base_url=BASE_URL + mock.operation(BALANCES).base_path, token=token, httpx_args={"transport": transport}
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
    (futures,) = _fetch(FUTURES).parsed
    assert futures.type_.value == "F" and futures.key == 114277
    (japanese,) = _fetch("JPEQ10134").parsed
    assert japanese.status == "Open"  # an open enum: the raw value (docs/clients.md)
    assert japanese.bod_buying_power.cash_balance == 8675309
    assert japanese.equity.day_trading.enabled is False


def test_an_account_of_a_new_type_parses_with_its_raw_fields() -> None:
    from tradestation_client.models import FuturesAccountBalances, OtherAccountBalances

    (broker,) = select("tradestation")
    body = json.loads(load_behaviour(broker).operation(BALANCES).accounts[FUTURES].body)
    body[0]["Type"] = "Z"  # a kind of account the contract does not know yet
    (other,) = _parse(body)
    assert isinstance(other, OtherAccountBalances)
    assert other.type_ == "Z" and other.additional_properties["Key"] == 114277
    body[0]["Type"] = "F"
    assert [type(item) for item in _parse(body)] == [FuturesAccountBalances]


def _parse(body: Any) -> list[Any]:
    from tradestation_client.api.balances import get_account_balances

    response = httpx.Response(200, content=json.dumps(body).encode())
    parsed = get_account_balances._parse_response(client=_client(), response=response)
    assert isinstance(parsed, list)
    return parsed


def _client() -> Any:
    from tradestation_client import Client

    return Client(base_url=BASE_URL)


def test_wrong_token_gets_401_without_a_body() -> None:
    response = _fetch(FUTURES, token="not-the-token")
    assert response.status_code == 401
    assert response.parsed is None and response.content == b""
