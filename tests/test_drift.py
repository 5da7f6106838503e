"""Generated clients facing drift: a tolerated field may go missing; anything else the contract forbids
raises `ContractViolation` naming the field, never a builtin exception from generated code.

Every field of every current 200 payload of the evidence is removed, or given a value of the wrong kind, in turn;
hypothesis then tries random mutations of those bodies.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import importlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from broker_contracts_runtime.calls import operation_module
from broker_contracts_runtime.failures import ContractViolation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import broker_contracts
from broker_contracts.brokers import Broker
from broker_contracts.documents import load_yaml
from broker_contracts.drift import client_view, tolerated
from broker_contracts.evidence import load_corpus, read_payload
from broker_contracts.mock import list_body, load_behaviour
from broker_contracts.validate import load_spec
from tests.conftest import BALANCES, BROKER_IDS, BROKERS, to_yaml


def _bodies(broker: Broker) -> list[tuple[str, Any]]:
    """The broker's current published 200 payloads (its evidence), each with the operationId it
    answers, parsed with floats: exact enough to re-send; and the mock's 200 bodies that are none of
    them (a published body with the fields a newer schema requires added: Clear Street's Reg T
    account and its account list; the project's own where none is published: Aries v2)."""
    corpus = load_corpus(broker)
    current = [p for p in corpus.payloads if p.state == "current" and p.status == 200 and not p.malformed]
    found = [(p.operation, read_payload(corpus.folder / p.file)) for p in current]  # floats: exact enough
    raw = load_yaml(broker.fixtures_dir / "behaviour.yaml")
    for operation_id, operation in load_behaviour(broker).operations.items():
        added = {name for name, r in raw["responses"].items() if r.get("adds") or r.get("authored")}
        names = {account: names[operation_id] for account, names in raw["accounts"].items() if operation_id in names}
        served = [operation.accounts[account].body for account, name in names.items() if name in added]
        listed = raw["operations"][operation_id].get("list", {})
        if operation.listing is not None and (listed.get("adds") or listed.get("authored")):
            served.append(list_body(operation.listing, list(operation.listing.items.values())))
        found += [(operation_id, json.loads(body)) for body in served]
    return found


@functools.cache
def _module(broker: Broker, operation_id: str) -> Any:
    """The generated module of one operation of the broker's client."""
    return operation_module(broker.package, load_spec(broker.spec_path), operation_id)


def _parse(broker: Broker, body: Any, raw: bytes | None = None, status: int = 200, operation_id: str = BALANCES) -> Any:
    module = _module(broker, operation_id)
    package = importlib.import_module(broker.package)
    content = raw if raw is not None else json.dumps(body).encode()
    response = httpx.Response(status, content=content, headers={"content-type": "application/json"})
    return module._parse_response(client=package.Client(base_url="http://127.0.0.1"), response=response)


def _fields(node: Any, pointer: str = "") -> Iterator[tuple[str, tuple[str | int, ...]]]:
    """(JSON pointer, path) of every object member and array item under `node`."""
    if isinstance(node, dict):
        items: Iterator[tuple[str | int, Any]] = iter(node.items())
    elif isinstance(node, list):
        items = iter(enumerate(node))
    else:
        return
    for key, child in items:
        here = f"{pointer}/{key}"
        yield here, (key,)
        for deeper, path in _fields(child, here):
            yield deeper, (key, *path)


def _wrong_kind(value: Any) -> Any:
    if isinstance(value, bool) or value is None:
        return [value]
    if isinstance(value, int | float | Decimal):
        return "not a number"
    if isinstance(value, str):
        return {"text": value}
    return "not a container"


def _edited(body: Any, path: tuple[str | int, ...], change: str) -> Any:
    copied = copy.deepcopy(body)
    parent = copied
    for key in path[:-1]:
        parent = parent[key]
    if change == "remove":
        if isinstance(parent, list):
            parent.pop(path[-1])  # type: ignore[arg-type]
        else:
            del parent[path[-1]]
    else:
        parent[path[-1]] = _wrong_kind(parent[path[-1]])
    return copied


def _cases() -> Iterator[Any]:
    for broker in BROKERS:
        for n, (operation, body) in enumerate(_bodies(broker)):
            for pointer, path in _fields(body):
                for change in ("remove", "wrong-kind"):
                    yield pytest.param(
                        broker, operation, body, pointer, path, change,
                        id=f"{broker.slug}-{operation}-{n}-{change}-{pointer}",
                    )  # fmt: skip


@pytest.mark.parametrize(("broker", "operation", "body", "pointer", "path", "change"), list(_cases()))
def test_a_drifted_field_parses_or_raises_contract_violation_naming_it(
    broker: Broker, operation: str, body: Any, pointer: str, path: tuple[str | int, ...], change: str
) -> None:
    try:
        _parse(broker, _edited(body, path, change), operation_id=operation)
    except ContractViolation as exc:
        assert exc.broker == broker.slug and exc.status == 200 and exc.operation == operation
        assert exc.body  # the raw body is kept
        parent = pointer.rsplit("/", 1)[0]
        named = exc.pointer == pointer or exc.pointer.startswith(pointer + "/")
        # removing an array item shifts the others; a oneOf may name the account holding the field
        assert named or exc.pointer.startswith(parent + "/") or exc.pointer == parent, (exc.pointer, pointer)


@pytest.mark.parametrize("broker", BROKERS, ids=BROKER_IDS)
def test_every_documented_body_parses(broker: Broker) -> None:
    bodies = _bodies(broker)
    assert BALANCES in {operation for operation, _ in bodies}
    for operation, body in bodies:
        assert _parse(broker, body, operation_id=operation) is not None


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5) | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=6,
)


@pytest.mark.parametrize("broker", BROKERS, ids=BROKER_IDS)
@settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_mutations_never_escape_as_builtin_exceptions(broker: Broker, data: st.DataObject) -> None:
    bodies = _bodies(broker)
    operation, body = bodies[data.draw(st.integers(0, len(bodies) - 1))]
    fields = list(_fields(body))
    edited = body
    for _ in range(data.draw(st.integers(1, 3))):
        fields = list(_fields(edited))
        if not fields:
            break
        _, path = fields[data.draw(st.integers(0, len(fields) - 1))]
        edited = copy.deepcopy(edited)
        parent = edited
        for key in path[:-1]:
            parent = parent[key]
        parent[path[-1]] = data.draw(json_values)
    with contextlib.suppress(ContractViolation):  # parsing or ContractViolation: nothing else may escape
        _parse(broker, edited, operation_id=operation)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"<html><body>Down for maintenance</body></html>", "expected a JSON body"),
        (b"", "expected a JSON body"),
        (b"[1, 2", "expected a JSON body"),
    ],
    ids=["html", "empty", "truncated"],
)
@pytest.mark.parametrize("broker", BROKERS, ids=BROKER_IDS)
def test_a_non_json_200_is_a_contract_violation(broker: Broker, raw: bytes, expected: str) -> None:
    with pytest.raises(ContractViolation, match=expected) as caught:
        _parse(broker, None, raw=raw)
    assert caught.value.pointer == "" and caught.value.body == raw


def test_a_builtin_exception_inside_generated_parsing_becomes_a_contract_violation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    broker = next(b for b in BROKERS if b.slug == "aries")
    module = importlib.import_module(f"{broker.package}.api.balances.get_account_balances")

    def broken(src: Any) -> Any:
        raise KeyError("someField")

    monkeypatch.setattr(module.AccountBalances, "from_dict", staticmethod(broken))
    with pytest.raises(ContractViolation, match="KeyError") as caught:
        _parse(broker, next(body for operation, body in _bodies(broker) if operation == BALANCES))
    assert caught.value.pointer == "/someField"
    assert isinstance(caught.value.__cause__, KeyError)


@pytest.mark.parametrize("broker", BROKERS, ids=BROKER_IDS)
def test_contract_violation_is_one_class_importable_everywhere(broker: Broker) -> None:
    package = importlib.import_module(broker.package)
    errors = importlib.import_module(f"{broker.package}.errors")
    assert package.ContractViolation is errors.ContractViolation is broker_contracts.ContractViolation
    assert issubclass(ContractViolation, ValueError)


def test_deprecated_and_declared_optional_fields_are_tolerated_by_the_client_view() -> None:
    spec = {
        "components": {
            "schemas": {
                "A": {
                    "type": "object",
                    "required": ["kept", "old", "maybe"],
                    "properties": {
                        "kept": {"type": "string"},
                        "optional_old": {"type": "string", "deprecated": True},
                        "old": {"type": "string", "deprecated": True},
                        "maybe": {"type": "string", "x-client-optional": "the broker omits it for cash accounts"},
                    },
                }
            }
        }
    }
    assert tolerated(spec) == [
        "components.schemas.A.properties.maybe",
        "components.schemas.A.properties.old",
        "components.schemas.A.properties.optional_old",
    ]
    assert client_view(spec)["components"]["schemas"]["A"]["required"] == ["kept"]
    assert spec["components"]["schemas"]["A"]["required"] == ["kept", "old", "maybe"]  # the contract is untouched


def test_every_tolerated_field_is_listed_in_the_docs(broker: Broker) -> None:
    spec = load_yaml(broker.spec_path)
    docs = (broker.root / "docs" / "clients.md").read_text()
    for place in tolerated(spec):
        assert f"{broker.slug}: `{place}`" in docs


@pytest.mark.parametrize(
    ("template", "anchor"),
    [
        ("endpoint_module.py.jinja", "def _parse_response("),
        ("errors.py.jinja", '__all__ = ["UnexpectedStatus"]'),
        ("package_init.py.jinja", '    "Client",\n'),
    ],
    ids=["parse-response", "errors-module", "package-init"],
)
def test_a_template_the_guard_no_longer_finds_stops_generation(template: str, anchor: str) -> None:
    from jinja2 import DictLoader, Environment

    from broker_contracts.decimal_generator import ExtensionError, _PatchedEndpointLoader

    source = f"{{# a generator upgrade rewrote this template #}}\n{anchor.replace('_', '-')}\n"
    loader = _PatchedEndpointLoader(DictLoader({template: source}))
    with pytest.raises(ExtensionError, match="update it before upgrading"):
        loader.get_source(Environment(), template)


@pytest.mark.slow
def test_a_client_generated_from_a_contract_tolerates_a_required_deprecated_field(project_with_clients: Path) -> None:
    from broker_contracts.generate import run_generator

    spec_path = project_with_clients / "specs" / "aries" / "openapi.yaml"
    spec = load_yaml(spec_path)
    schema = spec["components"]["schemas"]["AccountBalances"]
    assert schema["properties"]["creditMultiplier"]["deprecated"] is True
    schema["required"].append("creditMultiplier")  # required by the contract, announced for removal
    spec_path.write_text(to_yaml(spec, sort_keys=False))
    out = project_with_clients / "out"
    out.mkdir()
    run_generator(Broker("aries", project_with_clients), out)
    body = (project_with_clients / "conformance" / "fixtures" / "aries" / "balances_TEST-ACCOUNT-001.json").read_bytes()
    assert b"creditMultiplier" not in body
    code = (
        "import httpx, sys\n"
        "from aries_client import Client, errors\n"
        "from aries_client.api.balances import get_account_balances as op\n"
        "response = httpx.Response(200, content=sys.stdin.buffer.read())\n"
        "parsed = op._parse_response(client=Client(base_url='http://127.0.0.1'), response=response)\n"
        "print(type(parsed).__name__, parsed.credit_multiplier)\n"
        "print(errors.CONTRACT.operation(op.OPERATION).warnings(response.json()))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], input=body, capture_output=True, env={**os.environ, "PYTHONPATH": str(out)}
    )
    assert done.returncode == 0, done.stderr.decode()
    parsed_line, warnings_line = done.stdout.decode().splitlines()
    assert parsed_line.startswith("AccountBalances <aries_client.types.Unset object")  # parsed; the field unset
    assert "/creditMultiplier: expected a required property, got nothing (missing)" in warnings_line
