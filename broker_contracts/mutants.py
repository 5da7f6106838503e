"""Broken variants of a faithful mock, each one change away from it, that conformance must catch.

A mutant is a function `(Behaviour, spec) -> Behaviour` that works on any broker's behaviour data,
so the catalogue is shared by every broker. The spec is consulted only to choose the victim of the
change (which field is required, which is an enum, which account shape an item has), never to
build responses. A mutant that does not apply to a broker (no decimal string, no envelope, no
JSON error body...) returns the behaviour unchanged and is skipped for it.

Run one with `MUTANT=<name>`; `make mutation` runs them all (scripts/mutation.py).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator
from typing import Any

from .documents import follow_refs, only_operation, schema_types
from .mock import Behaviour, Reply

Spec = dict[str, Any]
Mutant = Callable[[Behaviour, Spec], Behaviour]


# --- helpers: find the account object(s) in a payload and the schema each follows ---------------


def _ok_schema(spec: Spec) -> Any:
    operation, _ = only_operation(spec)
    return follow_refs(spec, operation["responses"]["200"]["content"]["application/json"]["schema"])


def _accounts(body: Any, schema: Any, spec: Spec) -> Iterator[tuple[dict[str, Any], Any]]:
    """Every account object in a 200 body with the object schema it follows (envelopes and arrays unwrapped)."""
    if schema.get("type") == "array":
        # An array body (TradeStation): every item is one account; a lone object counts as one item.
        for item in body if isinstance(body, list) else [body]:
            yield from _accounts(item, follow_refs(spec, schema.get("items")), spec)
    elif isinstance(body, dict):
        if "oneOf" in schema:
            for variant in (follow_refs(spec, v) for v in schema["oneOf"]):
                if all(key in body for key in variant.get("required", [])) and _enums_fit(body, variant, spec):
                    yield body, variant
                    return
        elif "data" in schema.get("properties", {}) and isinstance(body.get("data"), dict):
            yield body["data"], follow_refs(spec, schema["properties"]["data"])
        else:
            yield body, schema


def _enums_fit(body: dict[str, Any], schema: Any, spec: Spec) -> bool:
    for name, prop in schema.get("properties", {}).items():
        enum = follow_refs(spec, prop).get("enum")
        if enum and name in body and body[name] not in enum:
            return False
    return True


def _map_accounts(behaviour: Behaviour, spec: Spec, change: Callable[[dict[str, Any], Any], bool]) -> Behaviour:
    """Apply `change(account, schema)` in place to the first account of each 2xx payload it changes."""
    schema = _ok_schema(spec)

    def mutate(reply: Reply) -> Reply:
        if not 200 <= reply.status < 300:
            return reply
        body = json.loads(reply.body)
        changed = any(change(account, shape) for account, shape in _accounts(body, schema, spec))
        return dataclasses.replace(reply, body=json.dumps(body).encode()) if changed else reply

    return dataclasses.replace(behaviour, accounts={k: mutate(v) for k, v in behaviour.accounts.items()})


def _map_2xx(behaviour: Behaviour, change: Callable[[Any], Any]) -> Behaviour:
    def mutate(reply: Reply) -> Reply:
        if not 200 <= reply.status < 300:
            return reply
        before = json.loads(reply.body)
        after = change(before)
        return reply if after == before else dataclasses.replace(reply, body=json.dumps(after).encode())

    return dataclasses.replace(behaviour, accounts={k: mutate(v) for k, v in behaviour.accounts.items()})


def _first_account_reply(behaviour: Behaviour, status: int, body: bytes = b"") -> Behaviour:
    first = next(iter(behaviour.accounts))
    accounts = {**behaviour.accounts, first: Reply(status, body, "application/json" if body else None)}
    return dataclasses.replace(behaviour, accounts=accounts)


# --- credentials -------------------------------------------------------------------------------------


def ignores_credentials(behaviour: Behaviour, spec: Spec) -> Behaviour:
    """The server checks no credential: no token (or any token) gets the documented payload."""
    return dataclasses.replace(behaviour, credentials=())


def accepts_any_credential(behaviour: Behaviour, spec: Spec) -> Behaviour:
    """The server demands each credential but accepts any value for it."""
    loose = tuple(dataclasses.replace(c, check_value=False) for c in behaviour.credentials)
    return dataclasses.replace(behaviour, credentials=loose)


def ignores_app_key(behaviour: Behaviour, spec: Spec) -> Behaviour:
    """The server checks the bearer token but no other credential (ETNA without `Et-App-Key`)."""
    return dataclasses.replace(behaviour, credentials=tuple(c for c in behaviour.credentials if c.kind == "bearer"))


# --- payload fields ----------------------------------------------------------------------------------


def drops_required_field(behaviour: Behaviour, spec: Spec) -> Behaviour:
    """Each account loses its first required field."""

    def change(account: dict[str, Any], schema: Any) -> bool:
        present = [name for name in schema.get("required", []) if name in account]
        if present:
            del account[present[0]]
        return bool(present)

    return _map_accounts(behaviour, spec, change)


def null_where_not_nullable(behaviour: Behaviour, spec: Spec) -> Behaviour:
    """Each account's first required field that may not be null is sent as null."""

    def change(account: dict[str, Any], schema: Any) -> bool:
        for name in schema.get("required", []):
            prop = follow_refs(spec, schema.get("properties", {}).get(name, {}))
            if name in account and account[name] is not None and "null" not in schema_types(prop):
                account[name] = None
                return True
        return False

    return _map_accounts(behaviour, spec, change)


def enum_out_of_set(behaviour: Behaviour, spec: Spec) -> Behaviour:
    """Each account's first enum field (margin_type, Type, Status...) gets a value outside the documented set."""

    def change(account: dict[str, Any], schema: Any) -> bool:
        for name, prop in schema.get("properties", {}).items():
            if follow_refs(spec, prop).get("enum") and isinstance(account.get(name), str):
                account[name] = "UNDOCUMENTED_VALUE"
                return True
        return False

    return _map_accounts(behaviour, spec, change)


def _amount_kind(spec: Spec, prop: Any) -> str | None:
    """`decimal` for a decimal-string amount, `number` for a JSON-number amount, else None."""
    prop = follow_refs(spec, prop)
    types = schema_types(prop)
    if "string" in types and prop.get("format") == "decimal":
        return "decimal"
    return "number" if "number" in types else None


def _first_amount(account: dict[str, Any], schema: Any, spec: Spec, kinds: set[str]) -> str | None:
    properties: dict[str, Any] = schema.get("properties", {})
    for name, prop in properties.items():
        value = account.get(name)
        if _amount_kind(spec, prop) in kinds and value is not None and not isinstance(value, bool):
            return name
    return None


def amount_wrong_type(behaviour: Behaviour, spec: Spec) -> Behaviour:
    """Each account's first amount in the other JSON type: decimal string -> number, number -> string."""

    def change(account: dict[str, Any], schema: Any) -> bool:
        name = _first_amount(account, schema, spec, {"decimal", "number"})
        if name is None:
            return False
        value = account[name]
        account[name] = float(value) if isinstance(value, str) else str(value)
        return True

    return _map_accounts(behaviour, spec, change)


def malformed_decimal(behaviour: Behaviour, spec: Spec) -> Behaviour:
    """Each account's first decimal-string amount becomes `"1,000.00"` (a thousands separator)."""

    def change(account: dict[str, Any], schema: Any) -> bool:
        name = _first_amount(account, schema, spec, {"decimal"})
        if name is not None:
            account[name] = "1,000.00"
        return name is not None

    return _map_accounts(behaviour, spec, change)


def without_envelope(behaviour: Behaviour, spec: Spec) -> Behaviour:
    """Every 2xx payload wrapped as `{"data": ..., ...}` is sent as the bare `data` object."""
    return _map_2xx(behaviour, lambda body: body["data"] if isinstance(body, dict) and "data" in body else body)


def _with_us_field(item: Any) -> Any:
    if isinstance(item, dict) and "Id" in item and "Key" not in item:
        return {**item, "BODEquity": 0.0}
    return item


def mixes_account_shapes(behaviour: Behaviour, spec: Spec) -> Behaviour:
    """Japanese-shaped accounts (`Id`, no `Key`) also carry the US-shape field `BODEquity`.

    TradeStation's case: its Japanese Account shape is closed, so this must fail the contract.
    """
    return _map_2xx(
        behaviour, lambda body: [_with_us_field(i) for i in body] if isinstance(body, list) else _with_us_field(body)
    )


# --- statuses, media types, error bodies ----------------------------------------------------------


def server_error_for_an_account(behaviour: Behaviour, spec: Spec) -> Behaviour:
    """The first documented account gets 500 (even where the contract lists 5xx, it is a server error)."""
    return _first_account_reply(behaviour, 500)


def undocumented_status_for_an_account(behaviour: Behaviour, spec: Spec) -> Behaviour:
    """The first documented account gets 409 Conflict, a status no contract lists."""
    return _first_account_reply(behaviour, 409, b'{"message": "conflict"}')


def wrong_content_type(behaviour: Behaviour, spec: Spec) -> Behaviour:
    """Every 2xx payload is labelled `text/plain` (the bytes are unchanged)."""
    accounts = {
        k: dataclasses.replace(v, content_type="text/plain") if 200 <= v.status < 300 else v
        for k, v in behaviour.accounts.items()
    }
    return dataclasses.replace(behaviour, accounts=accounts)


def error_body_wrong_shape(behaviour: Behaviour, spec: Spec) -> Behaviour:
    """Every JSON error body becomes `{"unexpected": true}` (no documented error has that shape)."""

    def mutate(reply: Reply) -> Reply:
        if reply.status < 400 or reply.content_type != "application/json" or not reply.body:
            return reply
        return dataclasses.replace(reply, body=b'{"unexpected": true}')

    credentials = tuple(
        dataclasses.replace(c, missing=mutate(c.missing), wrong=mutate(c.wrong)) for c in behaviour.credentials
    )
    return dataclasses.replace(
        behaviour,
        credentials=credentials,
        accounts={k: mutate(v) for k, v in behaviour.accounts.items()},
        unknown_account=mutate(behaviour.unknown_account),
    )


MUTANTS: dict[str, Mutant] = {
    "ignores_credentials": ignores_credentials,
    "accepts_any_credential": accepts_any_credential,
    "ignores_app_key": ignores_app_key,
    "drops_required_field": drops_required_field,
    "null_where_not_nullable": null_where_not_nullable,
    "enum_out_of_set": enum_out_of_set,
    "amount_wrong_type": amount_wrong_type,
    "malformed_decimal": malformed_decimal,
    "without_envelope": without_envelope,
    "mixes_account_shapes": mixes_account_shapes,
    "server_error_for_an_account": server_error_for_an_account,
    "undocumented_status_for_an_account": undocumented_status_for_an_account,
    "wrong_content_type": wrong_content_type,
    "error_body_wrong_shape": error_body_wrong_shape,
}


def applicable(behaviour: Behaviour, spec: Spec) -> list[str]:
    """The mutants that change something in this broker's documented behaviour, in catalogue order."""
    return [name for name, mutant in MUTANTS.items() if mutant(behaviour, spec) != behaviour]
