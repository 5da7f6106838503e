"""The generated clients, pointed at the mocks, return typed results for every documented response."""

from __future__ import annotations

import asyncio
import importlib
import json
import re
from datetime import datetime
from decimal import Decimal
from types import ModuleType
from typing import Any

import httpx
import pytest
from broker_contracts_runtime.calls import operation_module

from broker_contracts.brokers import Broker
from broker_contracts.documents import find_operation, value_at
from broker_contracts.mock import Credential, OperationBehaviour, create_app, load_behaviour
from broker_contracts.validate import load_spec
from tests.conftest import BALANCES, balances_behaviour, brokers_where, unknown_account

BASE_URL = "http://mock.invalid"


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _operation(broker: Broker) -> ModuleType:
    """The generated module of the balances operation."""
    return operation_module(broker.package, load_spec(broker.spec_path), BALANCES)


def _app_transport(broker: Broker) -> httpx.ASGITransport:
    """Requests routed in-process to the broker's mock (every operation of its contract)."""
    return httpx.ASGITransport(app=create_app(load_behaviour(broker)))


def _client(broker: Broker, behaviour: OperationBehaviour, secret: str | None) -> Any:
    """The generated client for `broker`, its HTTP traffic routed in-process to the mock.

    `secret` is the bearer token (None: no token); every other credential (ETNA's Et-App-Key) is
    configured as a client header with its accepted value.
    """
    package = importlib.import_module(broker.package)
    transport = _app_transport(broker)
    headers = {c.header: c.accepted for c in behaviour.credentials if c.kind != "bearer"}
    base_url = BASE_URL + behaviour.base_path
    args = {"base_url": base_url, "headers": headers, "httpx_args": {"transport": transport}}
    if secret is None:
        return package.Client(**args)
    return package.AuthenticatedClient(token=secret, **args)


def _call(broker: Broker, client: Any, behaviour: OperationBehaviour, account: str | int) -> Any:
    kwargs: dict[str, Any] = {_snake(name): value for name, value in behaviour.path_values.items()}
    assert behaviour.account_parameter is not None
    kwargs[_snake(behaviour.account_parameter)] = int(account) if str(account).isdigit() else account
    return asyncio.run(_operation(broker).asyncio_detailed(client=client, **kwargs))


def _parsed_matches(parsed: Any, body: bytes) -> bool:
    """A typed result equals the documented body (None for a response without a body).

    A list result is compared item by item; a single object stands for a one-item list.
    """
    if parsed is None:
        return body == b""
    documented = json.loads(body, parse_float=Decimal)
    if isinstance(parsed, list):
        items = documented if isinstance(documented, list) else [documented]
        return len(parsed) == len(items) and all(_same(p.to_dict(), d) for p, d in zip(parsed, items, strict=True))
    return _same(parsed.to_dict(), documented)


def _same(typed: Any, documented: Any) -> bool:
    """Equal values; date-time strings compare as instants (the client writes `Z` as `+00:00`).

    JSON number amounts come back from `to_dict()` as Decimal: equal to the wire number exactly.
    """
    if isinstance(typed, Decimal):
        return type(documented) in (Decimal, int) and typed == Decimal(str(documented))
    if isinstance(typed, dict) and isinstance(documented, dict):
        return typed.keys() == documented.keys() and all(_same(typed[k], documented[k]) for k in typed)
    if isinstance(typed, list) and isinstance(documented, list):
        return len(typed) == len(documented) and all(map(_same, typed, documented))
    if isinstance(typed, str) and isinstance(documented, str) and typed != documented:
        try:
            return datetime.fromisoformat(typed) == datetime.fromisoformat(documented)
        except ValueError:
            return False
    return type(typed) is type(documented) and typed == documented


def _accepted(behaviour: OperationBehaviour) -> Credential:
    """The bearer-token credential (every broker here has exactly one)."""
    (credential,) = (c for c in behaviour.credentials if c.kind == "bearer")
    return credential


def _model(broker: Broker, status: int) -> Any:
    """The generated class for `status`'s body of the balances operation: named after the component
    the spec `$ref`s.

    A response documented without a body parses to None: its "model" is `type(None)`.
    """
    spec = load_spec(broker.spec_path)
    response = find_operation(spec, BALANCES).data["responses"][str(status)]
    if "$ref" in response:
        response = spec["components"]["responses"][response["$ref"].rsplit("/", 1)[-1]]
    if "content" not in response:
        return type(None)
    name = response["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
    if spec["components"]["schemas"][name].get("type") == "array":
        return list  # an array body parses to a list of models (see test_tradestation_client.py)
    return getattr(importlib.import_module(f"{broker.package}.models"), name)


def test_every_documented_account_is_read_into_its_typed_model(broker: Broker) -> None:
    behaviour = balances_behaviour(broker)
    client = _client(broker, behaviour, _accepted(behaviour).accepted)
    for account, reply in behaviour.accounts.items():
        response = _call(broker, client, behaviour, account)
        assert response.status_code == reply.status
        assert isinstance(response.parsed, _model(broker, reply.status))
        assert _parsed_matches(response.parsed, reply.body)


def test_missing_token_gives_a_typed_401(broker: Broker) -> None:
    behaviour = balances_behaviour(broker)
    response = _call(broker, _client(broker, behaviour, None), behaviour, next(iter(behaviour.accounts)))
    assert response.status_code == 401
    assert isinstance(response.parsed, _model(broker, 401))
    assert _parsed_matches(response.parsed, _accepted(behaviour).missing.body)


def test_wrong_token_gives_a_typed_401(broker: Broker) -> None:
    behaviour = balances_behaviour(broker)
    response = _call(broker, _client(broker, behaviour, "not-the-token"), behaviour, next(iter(behaviour.accounts)))
    assert response.status_code == 401
    assert isinstance(response.parsed, _model(broker, 401))


def test_unknown_account_gives_a_typed_404(broker: Broker) -> None:
    """A typed 404, or, where one 200 answers with per-account errors (TradeStation v3), a typed
    200 whose errors name the account."""
    behaviour = balances_behaviour(broker)
    client = _client(broker, behaviour, _accepted(behaviour).accepted)
    unknown = unknown_account(behaviour)
    response = _call(broker, client, behaviour, unknown)
    partial = behaviour.account_list.partial if behaviour.account_list else None
    if partial is not None and partial.unknown is not None:
        assert response.status_code == 200 and isinstance(response.parsed, _model(broker, 200))
        body = response.parsed.to_dict()
        assert body[partial.items_at[1:]] == []
        assert [value_at(e, partial.id_at) for e in body[partial.errors_at[1:]]] == [unknown]
        return
    assert response.status_code == 404
    assert isinstance(response.parsed, _model(broker, 404))
    assert behaviour.unknown_account is not None
    assert _parsed_matches(response.parsed, behaviour.unknown_account.body)


@pytest.mark.parametrize("broker", brokers_where(lambda b: any(c.kind != "bearer" for c in b.credentials)))
def test_missing_header_credential_gives_its_typed_documented_error(broker: Broker) -> None:
    behaviour = balances_behaviour(broker)
    others = [c for c in behaviour.credentials if c.kind != "bearer"]
    for credential in others:
        package = importlib.import_module(broker.package)
        client = package.AuthenticatedClient(
            base_url=BASE_URL + behaviour.base_path,
            token=_accepted(behaviour).accepted,
            headers={c.header: c.accepted for c in others if c is not credential},
            httpx_args={"transport": _app_transport(broker)},
        )
        response = _call(broker, client, behaviour, next(iter(behaviour.accounts)))
        assert response.status_code == credential.missing.status
        assert isinstance(response.parsed, _model(broker, credential.missing.status))
        assert _parsed_matches(response.parsed, credential.missing.body)


@pytest.mark.parametrize("broker", brokers_where(lambda b: b.invalid_account is not None))
def test_malformed_account_gives_the_typed_documented_error(broker: Broker) -> None:
    behaviour = balances_behaviour(broker)
    assert behaviour.invalid_account is not None
    client = _client(broker, behaviour, _accepted(behaviour).accepted)
    response = _call(broker, client, behaviour, "@me")
    assert response.status_code == behaviour.invalid_account.status
    assert isinstance(response.parsed, _model(broker, behaviour.invalid_account.status))
    assert _parsed_matches(response.parsed, behaviour.invalid_account.body)
