"""One view across brokers: `Balances`, normalized from any broker's balances through the crosswalk.

`normalize(broker, payload)` reads a broker's 200 body (parsed with `parse_float=Decimal`) and
returns `Balances`: every amount a `decimal.Decimal`, every concept the broker does not report
`None`. There is no per-broker code: where each concept sits comes from `specs/crosswalk.yaml`, and
which account shape an account follows (TradeStation has five) is the component schema of the
broker's contract the account validates against.

`get_balances(broker, account_id, base_url, credentials)` calls the broker through its generated
client and normalizes the answer.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from . import crosswalk
from .brokers import select
from .documents import path_parameter
from .mock import load_behaviour
from .validate import SPEC_URI, load_spec


@dataclass(frozen=True)
class Balances:
    """An account's balances in the crosswalk's terms. `None`: the broker does not report it (or sent null).

    Amounts are `Decimal` in the account's currency; see `specs/crosswalk.yaml` for each definition.
    """

    broker: str
    shape: str
    account_id: str | None = None
    currency: str | None = None
    total_equity: Decimal | None = None
    cash: Decimal | None = None
    settled_cash: Decimal | None = None
    unsettled_cash: Decimal | None = None
    withdrawable_cash: Decimal | None = None
    buying_power: Decimal | None = None
    stock_buying_power: Decimal | None = None
    option_buying_power: Decimal | None = None
    day_trading_buying_power: Decimal | None = None
    maintenance_requirement: Decimal | None = None
    initial_requirement: Decimal | None = None
    margin_debit: Decimal | None = None
    sma: Decimal | None = None
    realized_pl: Decimal | None = None
    unrealized_pl: Decimal | None = None
    long_market_value: Decimal | None = None
    short_market_value: Decimal | None = None
    start_of_day_equity: Decimal | None = None
    pending_orders_count: int | None = None
    pattern_day_trader: bool | None = None


CONCEPT_FIELDS = tuple(f.name for f in dataclasses.fields(Balances) if f.name not in ("broker", "shape"))


class BrokerError(Exception):
    """The broker answered something other than 200: `status` and the body's text."""

    def __init__(self, broker: str, status: int, body: str) -> None:
        self.broker, self.status, self.body = broker, status, body
        super().__init__(f"{broker}: HTTP {status}: {body[:200]}")


@cache
def _crosswalk() -> crosswalk.Crosswalk:
    return crosswalk.load()


@cache
def _shape_validators(broker: str) -> tuple[tuple[str, Draft202012Validator], ...]:
    spec = load_spec(select(broker)[0].spec_path)
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, DRAFT202012.create_resource(spec))
    return tuple(
        (shape, Draft202012Validator({"$ref": f"{SPEC_URI}#/components/schemas/{shape}"}, registry=registry))
        for shape in _crosswalk().brokers[broker].shapes
    )


def _at(document: Any, pointer: str) -> Any:
    for raw in pointer.split("/")[1:]:
        key = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(document, list) and key.isdigit():
            document = document[int(key)] if int(key) < len(document) else None
        elif isinstance(document, dict):
            document = document.get(key)
        else:
            return None
    return document


def _accounts(broker: str, payload: Any) -> list[Any]:
    where = _crosswalk().brokers[broker].accounts
    if where.endswith("/*"):
        items = _at(payload, where[:-2]) if where[:-2] else payload
        return list(items) if isinstance(items, list) else [items]
    return [_at(payload, where) if where else payload]


def _shape(broker: str, account: Any) -> str:
    validators = _shape_validators(broker)
    if len(validators) == 1:
        return validators[0][0]
    for shape, validator in validators:
        if validator.is_valid(account):
            return shape
    raise ValueError(f"{broker}: the account matches none of {', '.join(s for s, _ in validators)}")


def _convert(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "amount":
        return Decimal(str(value))
    if kind == "identifier" or kind == "currency":
        return str(value)
    return value


def _normalize_account(broker: str, account: Any) -> Balances:
    shape = _shape(broker, account)
    values: dict[str, Any] = {}
    for concept in _crosswalk().concepts:
        mapping = concept.mappings[broker][shape]
        if mapping.pointer is not None:
            values[concept.id] = _convert(concept.kind, _at(account, mapping.pointer))
    return Balances(broker=broker, shape=shape, **values)


def normalize_all(broker: str, payload: Any) -> list[Balances]:
    """Every account of a 200 body (TradeStation answers several keys in one array), in order.

    `payload` should be parsed with `json.loads(..., parse_float=Decimal)` so no digit is lost.
    Raises `ValueError` if an account matches none of the broker's account shapes.
    """
    return [_normalize_account(broker, account) for account in _accounts(broker, payload)]


def normalize(broker: str, payload: Any) -> Balances:
    """The (first) account of a broker's 200 body as `Balances`; see `normalize_all`."""
    return normalize_all(broker, payload)[0]


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def get_balances(broker: str, account_id: str, base_url: str, credentials: Mapping[str, str]) -> Balances:
    """Call `broker`'s balances operation through its generated client and normalize the answer.

    `credentials` maps each credential's variable suffix to its secret: `{"TOKEN": ...}`, plus
    `{"APP_KEY": ...}` for ETNA (the names of `conformance/fixtures/<slug>/behaviour.yaml`).
    `base_url` is the API base (e.g. `https://api.aries.com`, ETNA's `.../api`). Raises
    `BrokerError` for any status but 200 and `KeyError` naming a missing credential.
    """
    (selected,) = select(broker)
    behaviour = load_behaviour(selected)
    package = importlib.import_module(selected.package)
    operation = importlib.import_module(f"{selected.package}.api.balances.get_account_balances")
    bearer = next(c for c in behaviour.credentials if c.kind == "bearer")
    headers = {c.header: c.sent_value(credentials[c.env]) for c in behaviour.credentials if c.kind != "bearer"}
    client = package.AuthenticatedClient(base_url=base_url, token=credentials[bearer.env], headers=headers)
    arguments: dict[str, Any] = {_snake(name): value for name, value in behaviour.path_values.items()}
    parameter = path_parameter(load_spec(selected.spec_path), behaviour.account_parameter) or {}
    numeric = parameter.get("schema", {}).get("type") == "integer"
    arguments[_snake(behaviour.account_parameter)] = int(account_id) if numeric else account_id
    with client as session:
        response = operation.sync_detailed(client=session, **arguments)
    if response.status_code != 200:
        raise BrokerError(broker, int(response.status_code), response.content.decode(errors="replace"))
    return normalize(broker, json.loads(response.content, parse_float=Decimal))
