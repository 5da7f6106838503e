"""Money never passes through float: every amount in every generated client is a decimal.Decimal.

The mechanism is broker_contracts.decimal_generator. These tests read the specs to find every
amount (`format: decimal` strings and `type: number`), then check the generated clients' types,
the values read from each mock, exact round trips of random 30-digit amounts, the absence of
float in any annotation, and that the extension refuses a generator it was not written for.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import re
import subprocess
import sys
import typing
from decimal import Decimal
from typing import Any

import httpx
import pytest
from broker_contracts_runtime.calls import operation_module
from hypothesis import given, settings
from hypothesis import strategies as st
from openapi_python_client.strings import PythonIdentifier

from broker_contracts.brokers import ROOT, Broker, select
from broker_contracts.documents import schema_types
from broker_contracts.mock import create_app, load_behaviour
from broker_contracts.validate import load_spec
from tests.conftest import BALANCES

BASE_URL = "http://mock.invalid"


def _is_amount(schema: dict[str, Any]) -> bool:
    types = schema_types(schema)
    return "number" in types or ("string" in types and schema.get("format") == "decimal")


def _attr(key: str) -> str:
    return PythonIdentifier(value=key, prefix="field")


def _amount_properties(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(component, property, schema) for every amount property of a named component."""
    return [
        (component, name, schema)
        for component, body in spec["components"]["schemas"].items()
        for name, schema in body.get("properties", {}).items()
        if _is_amount(schema)
    ]


def test_every_broker_has_amounts_to_check(broker: Broker) -> None:
    assert len(_amount_properties(load_spec(broker.spec_path))) >= 5


def _hints(models: Any, component: str) -> dict[str, Any]:
    cls = getattr(models, component)
    namespace = {**vars(sys.modules[cls.__module__]), **vars(models)}
    return typing.get_type_hints(cls, globalns=namespace)


def test_every_amount_field_is_typed_decimal(broker: Broker) -> None:
    models = importlib.import_module(f"{broker.package}.models")
    for component, name, _schema in _amount_properties(load_spec(broker.spec_path)):
        hint = str(_hints(models, component)[_attr(name)])
        assert "Decimal" in hint and "float" not in hint, f"{component}.{name}: {hint}"


def test_counts_stay_int(broker: Broker) -> None:
    models = importlib.import_module(f"{broker.package}.models")
    spec = load_spec(broker.spec_path)
    for component, body in spec["components"]["schemas"].items():
        for name, schema in body.get("properties", {}).items():
            if schema.get("type") in ("integer", ["integer", "null"]):
                hint = str(_hints(models, component)[_attr(name)])
                assert "int" in hint and "Decimal" not in hint, f"{component}.{name}: {hint}"


def test_no_float_in_any_annotation_of_the_generated_code() -> None:
    annotation = re.compile(r"(:\s*|->\s*|\|\s*|\[)float\b|\bfloat\s*\|")
    offenders = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in (ROOT / "generated").rglob("*.py")
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if annotation.search(line)
    ]
    assert offenders == []


def _compare(typed: Any, wire: Any, path: str, seen: list[str]) -> None:
    """Walk a parsed model beside its wire JSON (numbers parsed as Decimal); check every amount."""
    if isinstance(typed, list):
        assert isinstance(wire, list) and len(typed) == len(wire), path
        for i, (t, w) in enumerate(zip(typed, wire, strict=True)):
            _compare(t, w, f"{path}[{i}]", seen)
    elif hasattr(typed, "to_dict"):
        assert isinstance(wire, dict), path
        for key, value in wire.items():
            if hasattr(typed, _attr(key)):
                _compare(getattr(typed, _attr(key)), value, f"{path}.{key}", seen)
    elif isinstance(typed, Decimal):
        assert not isinstance(wire, bool), path
        assert typed == Decimal(str(wire)), f"{path}: {typed!r} != {wire!r}"
        if isinstance(wire, str):
            assert str(typed) == wire, f"{path}: text {str(typed)!r} != {wire!r}"
        seen.append(path)


def test_documented_amounts_equal_the_decimal_of_their_wire_text(broker: Broker) -> None:
    mock = load_behaviour(broker)
    behaviour = mock.operation(BALANCES)
    package = importlib.import_module(broker.package)
    operation = operation_module(broker.package, load_spec(broker.spec_path), BALANCES)
    headers = {c.header: c.accepted for c in behaviour.credentials if c.kind != "bearer"}
    (bearer,) = (c for c in behaviour.credentials if c.kind == "bearer")
    transport = httpx.ASGITransport(app=create_app(mock))
    client = package.AuthenticatedClient(
        base_url=BASE_URL + behaviour.base_path,
        token=bearer.accepted,
        headers=headers,
        httpx_args={"transport": transport},
    )
    seen: list[str] = []
    for account, reply in behaviour.accounts.items():
        if reply.status != 200:
            continue
        kwargs: dict[str, Any] = {_attr(k): v for k, v in behaviour.path_values.items()}
        assert behaviour.account_parameter is not None
        kwargs[_attr(behaviour.account_parameter)] = (
            int(account) if account.isdigit() and broker.slug != "tradestation" else account
        )
        response = asyncio.run(operation.asyncio_detailed(client=client, **kwargs))
        assert response.status_code == 200
        _compare(response.parsed, json.loads(response.content, parse_float=Decimal), account, seen)
    assert len(seen) >= 10, seen


# Up to 30 significant digits, any sign, zero included, written as brokers write them (no exponent).
AMOUNTS = st.builds(
    lambda digits, scale, negative: Decimal(f"{'-' if negative and digits else ''}{digits}").scaleb(-scale),
    st.integers(min_value=0, max_value=10**30 - 1),
    st.integers(min_value=0, max_value=29),
    st.booleans(),
)


def _parse_with(package: str, body: bytes) -> Any:
    """The generated client's own parse of a 200 body (through httpx, no network)."""
    client_module = importlib.import_module(package)
    operation = importlib.import_module(f"{package}.api.balances.get_account_balances")
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    client = client_module.Client(base_url=BASE_URL, httpx_args={"transport": transport})
    kwargs = {"id": "A"} if package == "aries_client" else {"version": "1.0", "trading_account_number": 1}
    return operation.sync_detailed(client=client, **kwargs).parsed


@settings(max_examples=200, deadline=None, database=None, derandomize=True)
@given(amount=AMOUNTS)
def test_decimal_strings_round_trip_exactly(amount: Decimal) -> None:
    text = format(amount, "f")
    payload = json.loads((select("aries")[0].fixtures_dir / "balances_TEST-ACCOUNT-001.json").read_text())
    payload["netBuyingPower"] = text
    parsed = _parse_with("aries_client", json.dumps(payload).encode())
    assert parsed.net_buying_power == amount and type(parsed.net_buying_power) is Decimal
    assert parsed.to_dict()["netBuyingPower"] == text


@settings(max_examples=200, deadline=None, database=None, derandomize=True)
@given(amount=AMOUNTS)
def test_json_numbers_round_trip_exactly(amount: Decimal) -> None:
    text = format(amount, "f")
    raw = (select("etna")[0].fixtures_dir / "balance_info.json").read_text()
    body = re.sub(r'"changePercent": [^,\n]+', f'"changePercent": {text}', raw).encode()
    parsed = _parse_with("etna_client", body)
    assert parsed.change_percent == amount and type(parsed.change_percent) is Decimal
    assert parsed.pending_orders_count == 0 and type(parsed.pending_orders_count) is int


@pytest.mark.parametrize(
    ("sabotage", "named"),
    [
        ("responses.JSON_SOURCE['attribute'] = 'response.text'", "JSON_SOURCE"),
        ("openapi_python_client.__version__ = '9.9.9'", "version is not"),
    ],
)
def test_the_extension_refuses_a_generator_it_was_not_written_for(sabotage: str, named: str) -> None:
    code = (
        "import openapi_python_client\nfrom openapi_python_client.parser import responses\n"
        f"{sabotage}\nfrom broker_contracts.decimal_generator import ExtensionError, install\n"
        "try:\n    install()\nexcept ExtensionError as exc:\n    print(exc)\n    raise SystemExit(3)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 3, result.stdout + result.stderr
    assert named in result.stdout and "update it before upgrading" in result.stdout
