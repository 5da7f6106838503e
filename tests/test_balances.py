"""The normalized Balances: documented payloads read as a person reads them, and get_balances over HTTP."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from decimal import Decimal
from typing import Any

import pytest
from broker_contracts_runtime.balances import BrokerError, get_balances, normalize, normalize_all
from broker_contracts_runtime.failures import ContractViolation

from broker_contracts import mock
from broker_contracts.brokers import ROOT, Broker
from tests.conftest import ServedMocks, balances_behaviour, version_of_contract

FIXTURES = ROOT / "conformance" / "fixtures"
D = Decimal


def _payload(relative: str) -> Any:
    return json.loads((FIXTURES / relative).read_text(), parse_float=Decimal)


# What a person reads in each documented payload (seed excerpts and public docs).
READ_IN_THE_DOCS: dict[str, dict[str, Any]] = {
    "aries/balances_TEST-ACCOUNT-001.json": {
        "account_id": "TEST-ACCOUNT-001", "buying_power": D("125000.50"), "total_equity": D("250000.00"),
        "settled_cash": D("100000.00"), "unrealized_pl": D("-250.75"), "pending_orders_count": 2,
        "maintenance_requirement": D("75000.00"), "start_of_day_equity": D("248000.00"), "cash": None, "currency": None,
    },
    "clear_street/balances_cash_account.json": {
        "account_id": "19816", "currency": "USD", "buying_power": D("45000.00"), "total_equity": D("100000.00"),
        "withdrawable_cash": D("55000.00"), "maintenance_requirement": None, "pattern_day_trader": None,
    },
    "clear_street/balances_reg_t_account.json": {
        "buying_power": D("90000.00"), "maintenance_requirement": D("25000.00"), "initial_requirement": D("50000.00"),
        "pattern_day_trader": None, "short_market_value": D("10000.00"), "day_trading_buying_power": D("90000.00"),
        "unrealized_pl": D("1500.00"),
    },
    "etna/balance_info.json": {
        "account_id": None, "cash": D("100000"), "buying_power": D("100000"), "total_equity": D("100000"),
        "day_trading_buying_power": D("400000"), "maintenance_requirement": D("0"), "pending_orders_count": 0,
    },
    "tradestation/balances_futures_account.json": {
        "account_id": "114277", "currency": "USD", "maintenance_requirement": D("1495500.0000"),
        "initial_requirement": D("2018050.0000"), "total_equity": D("3212461.98040200000000000000"),
        "unrealized_pl": D("-1783312.49999800000000000000"), "start_of_day_equity": D("5000000.0000"),
    },
    "tradestation/balances_japanese_account.json": {
        "account_id": "JPEQ10134", "currency": "JPY", "total_equity": None, "buying_power": D("889725058"),
        "maintenance_requirement": D("90135411"),
    },
}  # fmt: skip


@pytest.mark.parametrize("payload", list(READ_IN_THE_DOCS), ids=list(READ_IN_THE_DOCS))
def test_each_documented_payload_normalizes_to_what_the_docs_show(payload: str) -> None:
    broker = payload.split("/")[0]
    body = _payload(payload)
    balances = normalize(broker, body)
    for concept, expected in READ_IN_THE_DOCS[payload].items():
        actual = getattr(balances, concept)
        assert actual == expected and type(actual) is type(expected), f"{concept}: {actual!r}"


def test_one_tradestation_body_gives_one_balances_per_account_and_shape() -> None:
    body = [
        *_payload("tradestation/balances_futures_account.json"),
        *_payload("tradestation/balances_japanese_account.json"),
    ]
    assert [(b.shape, b.account_id) for b in normalize_all("tradestation", body)] == [
        ("FuturesAccountBalances", "114277"),
        ("JapaneseAccountBalances", "JPEQ10134"),
    ]


def test_cash_per_currency_and_the_brokers_own_timestamp_are_kept_as_sent() -> None:
    (futures,) = normalize_all("tradestation", _payload("tradestation/balances_futures_account.json"))
    assert futures.cash_by_currency == {"JPY": D("-188750.0000"), "USD": D("4997606.4000")}
    assert futures.start_of_day_as_of is None  # TradeStation sends no timestamp: none is invented
    aries = normalize("aries", _payload("aries/balances_TEST-ACCOUNT-001.json"))
    assert aries.start_of_day_as_of == "2026-01-15T09:30:00Z" and aries.cash_by_currency is None
    assert (
        normalize("clear_street", _payload("clear_street/balances_cash_account.json")).start_of_day_as_of
        == "2023-09-27"
    )


def test_an_account_of_no_known_shape_is_refused_as_a_contract_violation_naming_it() -> None:
    futures = _payload("tradestation/balances_futures_account.json")[0]
    with pytest.raises(ContractViolation, match="an account of one of the shapes EquityAccountBalances") as caught:
        normalize_all("tradestation", [futures, {"Id": "1", "Key": "1"}])
    assert caught.value.pointer == "/1" and caught.value.broker == "tradestation"


@pytest.fixture
def mock_url(broker: Broker, served: ServedMocks) -> str:
    """The broker's mock served on 127.0.0.1 (one process per broker for the session)."""
    return served.url(broker.slug)


def _credentials(broker: Broker) -> dict[str, str]:
    return {c.env: c.accepted for c in balances_behaviour(broker).credentials}


def test_get_balances_reads_each_documented_account_through_the_generated_client(broker: Broker, mock_url: str) -> None:
    behaviour = balances_behaviour(broker)
    for account, reply in behaviour.accounts.items():
        if reply.status != 200:
            continue
        expected = normalize(
            broker.slug,
            json.loads(
                reply.body
                if not behaviour.account_list or behaviour.account_list.partial or reply.body.strip().startswith(b"[")
                else b"[" + reply.body + b"]",
                parse_float=Decimal,
            ),
        )
        version = version_of_contract(broker)
        assert get_balances(broker.slug, account, mock_url, _credentials(broker), version=version) == expected


def test_get_balances_reads_credentials_and_path_values_from_the_contract_not_the_fixtures(
    broker: Broker, mock_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    behaviour = balances_behaviour(broker)
    account = next(a for a, r in behaviour.accounts.items() if r.status == 200)
    credentials = _credentials(broker)

    def no_fixtures(*args: object) -> None:
        raise AssertionError("the library read the mock's fixtures")

    monkeypatch.setattr(mock, "load_behaviour", no_fixtures)
    monkeypatch.setattr(mock, "load_yaml", no_fixtures)
    balances = get_balances(broker.slug, account, mock_url, credentials, version=version_of_contract(broker))
    assert balances.broker == broker.slug and balances.fetched_at is not None and balances.raw


def test_get_balances_raises_with_the_status_for_an_error(broker: Broker, mock_url: str) -> None:
    behaviour = balances_behaviour(broker)
    known = next(iter(behaviour.accounts))
    wrong = {name: "wrong" for name in _credentials(broker)}
    with pytest.raises(BrokerError) as caught:
        get_balances(broker.slug, known, mock_url, wrong, version=version_of_contract(broker))
    assert caught.value.status in (401, 403)


def test_the_crosswalk_page_example_prints_buying_power_and_equity_from_two_brokers(served: ServedMocks) -> None:
    readme = (ROOT / "docs" / "crosswalk.md").read_text()
    (example,) = re.findall(r"```python\n(# crosswalk example\n.*?)```", readme, re.S)
    code = example.replace("https://api.aries.com", served.url("aries_v2")).replace(
        "https://api.clearstreet.com", served.url("clear_street")
    )
    env = {"ARIES_TOKEN": "mock-aries-v2-token", "CLEAR_STREET_TOKEN": "mock-clear-street-api-key", "PATH": ""}
    command = [sys.executable, "-c", code]
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["aries 125000.50 250000.00", "clear_street 45000.00 100000.00"]
