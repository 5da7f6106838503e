"""The generated clients, pointed at the mocks, return typed results for every documented response."""

from __future__ import annotations

import asyncio
import importlib
import json
import re
from datetime import datetime
from types import ModuleType
from typing import Any

import httpx

from broker_contracts.brokers import Broker
from broker_contracts.mock import Behaviour, Credential, create_app, load_behaviour
from broker_contracts.validate import load_spec

BASE_URL = "http://mock.invalid"


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _operation(broker: Broker) -> ModuleType:
    return importlib.import_module(f"{broker.package}.api.balances.get_account_balances")


def _client(broker: Broker, behaviour: Behaviour, secret: str | None) -> Any:
    """The generated client for `broker`, its HTTP traffic routed in-process to the mock."""
    package = importlib.import_module(broker.package)
    transport = httpx.ASGITransport(app=create_app(behaviour))
    if secret is None:
        return package.Client(base_url=BASE_URL, httpx_args={"transport": transport})
    return package.AuthenticatedClient(base_url=BASE_URL, token=secret, httpx_args={"transport": transport})


def _call(broker: Broker, client: Any, behaviour: Behaviour, account: str | int) -> Any:
    kwargs = {_snake(behaviour.account_parameter): int(account) if str(account).isdigit() else account}
    return asyncio.run(_operation(broker).asyncio_detailed(client=client, **kwargs))


def _same(typed: Any, documented: Any) -> bool:
    """Equal values; date-time strings compare as instants (the client writes `Z` as `+00:00`)."""
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


def _accepted(behaviour: Behaviour) -> Credential:
    (credential,) = behaviour.credentials
    return credential


def _model(broker: Broker, status: int) -> Any:
    """The generated class for `status`'s body: named after the component the spec `$ref`s."""
    spec = load_spec(broker.spec_path)
    (operation,) = (op for item in spec["paths"].values() for op in item.values())
    response = operation["responses"][str(status)]
    if "$ref" in response:
        response = spec["components"]["responses"][response["$ref"].rsplit("/", 1)[-1]]
    name = response["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
    return getattr(importlib.import_module(f"{broker.package}.models"), name)


def test_every_documented_account_is_read_into_its_typed_model(broker: Broker) -> None:
    behaviour = load_behaviour(broker)
    client = _client(broker, behaviour, _accepted(behaviour).accepted)
    for account, reply in behaviour.accounts.items():
        response = _call(broker, client, behaviour, account)
        assert response.status_code == reply.status
        assert isinstance(response.parsed, _model(broker, reply.status))
        assert _same(response.parsed.to_dict(), json.loads(reply.body))


def test_missing_token_gives_a_typed_401(broker: Broker) -> None:
    behaviour = load_behaviour(broker)
    response = _call(broker, _client(broker, behaviour, None), behaviour, next(iter(behaviour.accounts)))
    assert response.status_code == 401
    assert isinstance(response.parsed, _model(broker, 401))
    assert _same(response.parsed.to_dict(), json.loads(_accepted(behaviour).missing.body))


def test_wrong_token_gives_a_typed_401(broker: Broker) -> None:
    behaviour = load_behaviour(broker)
    response = _call(broker, _client(broker, behaviour, "not-the-token"), behaviour, next(iter(behaviour.accounts)))
    assert response.status_code == 401
    assert isinstance(response.parsed, _model(broker, 401))


def test_unknown_account_gives_a_typed_404(broker: Broker) -> None:
    behaviour = load_behaviour(broker)
    client = _client(broker, behaviour, _accepted(behaviour).accepted)
    response = _call(broker, client, behaviour, _unknown_account(behaviour))
    assert response.status_code == 404
    assert isinstance(response.parsed, _model(broker, 404))
    assert _same(response.parsed.to_dict(), json.loads(behaviour.unknown_account.body))


def _unknown_account(behaviour: Behaviour) -> Any:
    """An id no documented account has, of the same kind (digits for numeric ids)."""
    known = list(behaviour.accounts)
    return int(max(known)) + 1000 if all(a.isdigit() for a in known) else "no-such-account-42"
