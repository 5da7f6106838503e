"""The mocks replay documented behaviour from data, independently of the specs."""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette

from broker_contracts.brokers import Broker, select
from broker_contracts.documents import load_yaml, value_at
from broker_contracts.errors import ContractError
from broker_contracts.mock import OperationBehaviour, create_app, load_behaviour
from tests.conftest import (
    BALANCES,
    ServedMocks,
    balances_behaviour,
    brokers_where,
    run_script,
    to_yaml,
    unknown_account,
)


class _Client:
    """Requests to an ASGI app in-process, through httpx's ASGI transport (no network)."""

    def __init__(self, app: Starlette) -> None:
        self.app = app

    def get(self, url: str, headers: dict[str, str] | None = None) -> httpx.Response:
        async def call() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://mock.invalid") as client:
                return await client.get(url, headers=headers)

        return asyncio.run(call())


def _url(behaviour: OperationBehaviour, account: str) -> str:
    return behaviour.url(account)


def _authorized(behaviour: OperationBehaviour) -> dict[str, str]:
    return {c.header: c.sent_value(c.accepted) for c in behaviour.credentials}


@pytest.fixture
def behaviour(broker: Broker) -> OperationBehaviour:
    """How the mock answers the balances operation."""
    return balances_behaviour(broker)


@pytest.fixture
def app(broker: Broker) -> Starlette:
    """The broker's mock, serving every operation of its contract."""
    return create_app(load_behaviour(broker))


def test_documented_accounts_get_their_verbatim_payload(
    broker: Broker, behaviour: OperationBehaviour, app: Starlette
) -> None:
    raw = load_yaml(broker.fixtures_dir / "behaviour.yaml")
    client = _Client(app)
    served = {account: names[BALANCES] for account, names in raw["accounts"].items() if BALANCES in names}
    assert served
    partial = behaviour.account_list.partial if behaviour.account_list else None
    for account, name in served.items():
        response = client.get(_url(behaviour, account), headers=_authorized(behaviour))
        if partial is not None:  # the account's item file, verbatim, alone in the envelope
            assert response.status_code == 200
            assert json.loads(response.content) == {partial.items_at[1:]: [json.loads(partial.items[account])]}
            assert partial.items[account] in response.content
            continue
        assert response.status_code == raw["responses"][name]["status"]
        fixture = (broker.fixtures_dir / raw["responses"][name]["body"]).read_bytes()
        adds = raw["responses"][name].get("adds")
        if adds:  # the published body with the declared fields added: everything else as published
            served_value, published = json.loads(response.content), json.loads(fixture)
            for pointer, value in adds.items():
                parent, _, last = pointer.rpartition("/")
                assert value_at(served_value, parent).pop(last) == value
            assert served_value == published
        elif behaviour.account_list and response.status_code == 200:
            assert _items(response.content) == _items(fixture)  # one account: the array holds its item(s)
        else:
            assert response.content == fixture


def test_missing_credential_is_rejected_with_its_documented_response(
    behaviour: OperationBehaviour, app: Starlette
) -> None:
    client = _Client(app)
    account = next(iter(behaviour.accounts))
    for credential in behaviour.credentials:
        headers = _authorized(behaviour)
        del headers[credential.header]
        response = client.get(_url(behaviour, account), headers=headers)
        assert (response.status_code, response.content) == (credential.missing.status, credential.missing.body)


def test_wrong_credential_is_rejected_with_its_documented_response(
    behaviour: OperationBehaviour, app: Starlette
) -> None:
    client = _Client(app)
    account = next(iter(behaviour.accounts))
    for credential in behaviour.credentials:
        headers = {**_authorized(behaviour), credential.header: credential.sent_value("not-" + credential.accepted)}
        response = client.get(_url(behaviour, account), headers=headers)
        assert (response.status_code, response.content) == (credential.wrong.status, credential.wrong.body)


def test_unknown_account_gets_the_documented_not_found(behaviour: OperationBehaviour, app: Starlette) -> None:
    unknown = unknown_account(behaviour)
    response = _Client(app).get(_url(behaviour, unknown), headers=_authorized(behaviour))
    partial = behaviour.account_list.partial if behaviour.account_list else None
    if partial is not None and partial.unknown is not None:  # TradeStation v3: a 200 naming it among the errors
        body = json.loads(response.content)
        assert response.status_code == 200 and body[partial.items_at[1:]] == []
        assert [value_at(e, partial.id_at) for e in body[partial.errors_at[1:]]] == [unknown]
        return
    assert behaviour.unknown_account is not None
    assert response.status_code == behaviour.unknown_account.status
    assert response.content == behaviour.unknown_account.body
    assert response.headers.get("content-type") == behaviour.unknown_account.content_type


@pytest.mark.parametrize("broker", brokers_where(lambda b: b.invalid_account is not None))
def test_malformed_account_gets_the_documented_invalid_request(behaviour: OperationBehaviour, app: Starlette) -> None:
    response = _Client(app).get(_url(behaviour, "@me"), headers=_authorized(behaviour))
    expected = behaviour.invalid_account
    assert expected is not None
    assert (response.status_code, response.content) == (expected.status, expected.body)


@pytest.mark.parametrize("broker", brokers_where(lambda b: bool(b.path_values)))
def test_other_api_versions_are_not_served(behaviour: OperationBehaviour, app: Starlette) -> None:
    account = next(iter(behaviour.accounts))
    url = behaviour.base_path + behaviour.route.replace(f"{{{behaviour.account_parameter}}}", account)
    for name in behaviour.path_values:
        url = url.replace(f"{{{name}}}", "9.9")
    assert _Client(app).get(url, headers=_authorized(behaviour)).status_code == 404


def test_missing_token_is_rejected_with_401_and_wrong_scheme_too() -> None:
    (aries,) = select("aries")
    client = _Client(create_app(load_behaviour(aries)))
    behaviour = balances_behaviour(aries)
    url = _url(behaviour, next(a for a, r in behaviour.accounts.items() if r.status == 200))
    assert client.get(url).status_code == 401
    assert client.get(url, headers={"Authorization": "Basic mock-aries-token"}).status_code == 401
    assert client.get(url, headers={"Authorization": "bearer mock-aries-token"}).status_code == 200


def _write_behaviour(project_copy: Path, edit: dict[str, object]) -> Broker:
    """Aries' behaviour file in the project copy with `edit` made to its balances operation."""
    (aries,) = select("aries", project_copy)
    path = aries.fixtures_dir / "behaviour.yaml"
    data = load_yaml(path)
    data["operations"][BALANCES].update(edit)
    path.write_text(to_yaml(data))
    return aries


def test_behaviour_file_with_an_undefined_response_names_the_place(project_copy: Path) -> None:
    aries = _write_behaviour(project_copy, {"unknown_account": "nowhere"})
    with pytest.raises(
        ContractError,
        match=r"behaviour.yaml: \$.operations.getAccountBalances.unknown_account: no response named 'nowhere'",
    ):
        load_behaviour(aries)


def test_behaviour_file_with_a_bad_value_names_the_place(project_copy: Path) -> None:
    aries = _write_behaviour(project_copy, {"method": "POST"})
    with pytest.raises(
        ContractError, match=r"behaviour.yaml: \$.operations.getAccountBalances.method: 'POST' is not one of \['GET'\]"
    ):
        load_behaviour(aries)


def test_behaviour_file_with_a_missing_body_file_names_it(project_copy: Path) -> None:
    (aries,) = select("aries", project_copy)
    (aries.fixtures_dir / "error_account_not_found.json").unlink()
    with pytest.raises(
        ContractError, match=r"\$.responses.account_not_found.body: no file error_account_not_found.json"
    ):
        load_behaviour(aries)


def test_fixture_payloads_are_json(broker: Broker) -> None:
    for path in broker.fixtures_dir.glob("*.json"):
        json.loads(path.read_text())


@pytest.mark.parametrize("broker", brokers_where(lambda b: bool(b.query)))
def test_documented_query_parameters_are_validated(behaviour: OperationBehaviour, app: Starlette) -> None:
    client = _Client(app)
    account = next(iter(behaviour.accounts))
    for name, rule in behaviour.query.items():
        if rule.values is None:
            bad_values, good = [str((rule.minimum or 0) - 1), "abc", "1.5"], str(rule.minimum or 0)
        else:
            bad_values, good = ["abc", rule.values[0] + "0"], rule.values[0]
        for bad in bad_values:
            response = client.get(f"{_url(behaviour, account)}?{name}={bad}", headers=_authorized(behaviour))
            assert (response.status_code, response.content) == (rule.invalid.status, rule.invalid.body), bad
        ok = client.get(f"{_url(behaviour, account)}?{name}={good}", headers=_authorized(behaviour))
        assert ok.status_code == behaviour.accounts[account].status


def _batch_items(behaviour: OperationBehaviour, body: bytes) -> list[object]:
    """The accounts' items of a several-account answer: the array, or the envelope's items member."""
    partial = behaviour.account_list.partial if behaviour.account_list else None
    if partial is None:
        return _items(body)
    items: list[object] = json.loads(body)[partial.items_at[1:]]
    return items


def _items(body: bytes) -> list[object]:
    parsed = json.loads(body)
    return parsed if isinstance(parsed, list) else [parsed]


@pytest.mark.parametrize("broker", brokers_where(lambda b: b.account_list is not None))
def test_several_accounts_come_back_in_one_array_in_request_order(
    behaviour: OperationBehaviour, app: Starlette
) -> None:
    assert behaviour.account_list is not None
    client = _Client(app)
    accounts = list(behaviour.accounts)
    response = client.get(
        _url(behaviour, behaviour.account_list.separator.join(accounts)), headers=_authorized(behaviour)
    )
    assert response.status_code == 200
    expected = [item for account in accounts for item in _batch_items(behaviour, behaviour.accounts[account].body)]
    assert _batch_items(behaviour, response.content) == expected


def test_long_precision_numbers_reach_the_client_as_documented_text(
    behaviour: OperationBehaviour, app: Starlette
) -> None:
    client = _Client(app)
    for account, reply in behaviour.accounts.items():
        if reply.status != 200:
            continue
        served = client.get(_url(behaviour, account), headers=_authorized(behaviour)).content
        for number in re.findall(rb"-?[0-9]+\.[0-9]{12,}", reply.body):
            assert number in served, number


@pytest.mark.parametrize("broker", brokers_where(lambda b: b.account_list is not None))
def test_too_many_accounts_get_the_documented_error(behaviour: OperationBehaviour, app: Starlette) -> None:
    listing = behaviour.account_list
    assert listing is not None
    account = next(iter(behaviour.accounts))
    url = _url(behaviour, listing.separator.join([account] * (listing.max + 1)))
    response = _Client(app).get(url, headers=_authorized(behaviour))
    assert (response.status_code, response.content) == (listing.too_many.status, listing.too_many.body)
    within = _Client(app).get(
        _url(behaviour, listing.separator.join([account] * listing.max)), headers=_authorized(behaviour)
    )
    assert within.status_code == 200 and len(_batch_items(behaviour, within.content)) == listing.max


def _partial_brokers() -> list[Broker]:
    return brokers_where(lambda b: b.account_list is not None and b.account_list.partial is not None)


@pytest.mark.parametrize("broker", _partial_brokers())
def test_a_batch_with_failing_and_unknown_ids_is_one_partial_success_in_request_order(
    behaviour: OperationBehaviour, app: Starlette
) -> None:
    """TradeStation v3: each account's item under the items member, each failing id's error item
    under the errors member, both in request order; no errors member when nothing fails."""
    assert behaviour.account_list is not None and behaviour.account_list.partial is not None
    partial = behaviour.account_list.partial
    accounts, failing = list(partial.items), list(partial.failing)
    unknown = unknown_account(behaviour)
    asked = [failing[0], accounts[-1], unknown, accounts[0]] if failing else [accounts[-1], unknown, accounts[0]]
    response = _Client(app).get(
        _url(behaviour, behaviour.account_list.separator.join(asked)), headers=_authorized(behaviour)
    )
    if partial.unknown is None:  # an unknown id answers the whole request
        assert response.status_code == behaviour.unknown_account.status  # type: ignore[union-attr]
        return
    body = json.loads(response.content)
    assert response.status_code == 200
    assert body[partial.items_at[1:]] == [json.loads(partial.items[a]) for a in (accounts[-1], accounts[0])]
    errors = body[partial.errors_at[1:]]
    assert [value_at(e, partial.id_at) for e in errors] == [a for a in asked if a not in partial.items]
    if failing:
        assert errors[0] == json.loads(partial.failing[failing[0]])
    alone = _Client(app).get(_url(behaviour, accounts[0]), headers=_authorized(behaviour))
    assert partial.errors_at[1:] not in json.loads(alone.content)


def test_make_mock_serves_several_brokers_from_one_process(served: ServedMocks) -> None:
    """Every broker answers on its own port; a fixed port with several brokers is a usage error."""
    brokers = select(None)
    urls = {b.slug: served.url(b.slug) for b in brokers}
    assert len(set(urls.values())) == len(urls)
    for broker in brokers:
        url, behaviour = urls[broker.slug], balances_behaviour(broker)
        assert url.endswith(behaviour.base_path) and url.startswith("http://127.0.0.1:")
        assert httpx.get(url.removesuffix(behaviour.base_path) + "/no-such-path").status_code == 404
    done = run_script("serve_mock.py", "--broker", ",".join(urls), "--port", "8123")
    assert done.returncode == 2 and "--port takes one broker" in done.stderr
