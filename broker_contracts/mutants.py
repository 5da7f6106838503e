"""Broken variants of a faithful mock, each one change to one operation away from it, that conformance must catch.

A mutant is a function `(OperationBehaviour, spec) -> OperationBehaviour` that works on any
operation of any broker's behaviour data, so the catalogue is shared by every broker and every
operation. It changes one operation; `mutate` applies it to one operation (or to every operation
it changes) of a broker's `Behaviour`. The spec is consulted only to choose the victim of the
change (which field is required, which is an enum, which account shape an item has), never to
build responses. A mutant that does not apply to an operation (no decimal string, no envelope, no
JSON error body...) returns it unchanged and is skipped for it.

On a list operation a mutant changes each listed item (fields), the list's content type, or serves
one canned reply in place of the list (statuses, a body without its envelope). An account operation
answered as one partial-success envelope (`account_list.partial`, TradeStation v3) is treated the
same way: its accounts' items are changed, or one canned reply is served for every request.

Run one with `MUTANT=<name>` (every operation it changes) or `MUTANT=<name>@<operationId>`;
`make mutation` runs every (operation, mutant) pair that applies (scripts/mutation.py).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator
from typing import Any

from .documents import find_operation, follow_refs, schema_types
from .mock import Behaviour, Listing, OperationBehaviour, Partial, Reply, list_body

Spec = dict[str, Any]
Operation = OperationBehaviour
Mutant = Callable[[Operation, Spec], Operation]


# --- helpers: find the account object(s) in a payload and the schema each follows ---------------


def _ok_schema(spec: Spec, operation: Operation) -> Any:
    found = find_operation(spec, operation.operation_id)
    return follow_refs(spec, found.data["responses"]["200"]["content"]["application/json"]["schema"])


def _item_schema(spec: Spec, schema: Any, at: str) -> Any:
    """The schema of one item of the array at JSON pointer `at` of a body following `schema`."""
    for part in at.split("/")[1:]:
        schema = follow_refs(spec, schema.get("properties", {}).get(part, {}))
    return follow_refs(spec, schema.get("items", {}))


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


def _map_accounts(operation: Operation, spec: Spec, change: Callable[[dict[str, Any], Any], bool]) -> Operation:
    """Apply `change(account, schema)` in place to the first account of each 2xx payload it changes
    (on a list operation: to each listed item)."""
    schema = _ok_schema(spec, operation)

    def changed_items(items: dict[str, bytes], at: str) -> dict[str, bytes]:
        """Each item (raw JSON of one listed or batched account) with `change` applied, re-serialized
        only when it changed."""
        item_schema = _item_schema(spec, schema, at)
        out = {}
        for key, raw in items.items():
            item = json.loads(raw)
            changed = any(change(account, shape) for account, shape in _accounts(item, item_schema, spec))
            out[key] = json.dumps(item).encode() if changed else raw
        return out

    if operation.listing is not None:
        listing = operation.listing
        return dataclasses.replace(
            operation, listing=dataclasses.replace(listing, items=changed_items(listing.items, listing.at))
        )
    partial = _partial(operation)
    if partial is not None:
        return _with_partial(operation, items=changed_items(partial.items, partial.items_at))

    def mutate(reply: Reply) -> Reply:
        if not 200 <= reply.status < 300:
            return reply
        body = json.loads(reply.body)
        changed = any(change(account, shape) for account, shape in _accounts(body, schema, spec))
        return dataclasses.replace(reply, body=json.dumps(body).encode()) if changed else reply

    return dataclasses.replace(operation, accounts={k: mutate(v) for k, v in operation.accounts.items()})


def _partial(operation: Operation) -> Partial | None:
    return operation.account_list.partial if operation.account_list is not None else None


def _with_partial(operation: Operation, **changes: Any) -> Operation:
    """`operation` with its `account_list.partial` changed (`Partial` fields by name)."""
    assert operation.account_list is not None and operation.account_list.partial is not None
    partial = dataclasses.replace(operation.account_list.partial, **changes)
    return dataclasses.replace(operation, account_list=dataclasses.replace(operation.account_list, partial=partial))


def _whole_partial(partial: Partial) -> Reply:
    """The partial envelope of every fixture account and every failing id."""
    reply = partial.answer([*partial.items, *partial.failing])
    assert reply is not None
    return reply


def _whole_list(listing: Listing) -> Reply:
    return Reply(200, list_body(listing, list(listing.items.values())), listing.content_type)


def _map_2xx(operation: Operation, change: Callable[[Any], Any]) -> Operation:
    def mutate(reply: Reply) -> Reply:
        if not 200 <= reply.status < 300:
            return reply
        before = json.loads(reply.body)
        after = change(before)
        return reply if after == before else dataclasses.replace(reply, body=json.dumps(after).encode())

    if operation.listing is not None:
        whole = _whole_list(operation.listing)
        changed = mutate(whole)
        if changed == whole:
            return operation
        return dataclasses.replace(operation, listing=dataclasses.replace(operation.listing, override=changed))
    partial = _partial(operation)
    if partial is not None:
        whole = _whole_partial(partial)
        changed = mutate(whole)
        return operation if changed == whole else _with_partial(operation, override=changed)
    return dataclasses.replace(operation, accounts={k: mutate(v) for k, v in operation.accounts.items()})


def _first_account_reply(operation: Operation, status: int, body: bytes = b"") -> Operation:
    reply = Reply(status, body, "application/json" if body else None)
    if operation.listing is not None:
        return dataclasses.replace(operation, listing=dataclasses.replace(operation.listing, override=reply))
    if _partial(operation) is not None:
        return _with_partial(operation, override=reply)
    if not operation.accounts:
        return operation
    first = next(iter(operation.accounts))
    return dataclasses.replace(operation, accounts={**operation.accounts, first: reply})


# --- credentials -------------------------------------------------------------------------------------


def ignores_credentials(operation: Operation, spec: Spec) -> Operation:
    """The server checks no credential: no token (or any token) gets the documented payload."""
    return dataclasses.replace(operation, credentials=())


def accepts_any_credential(operation: Operation, spec: Spec) -> Operation:
    """The server demands each credential but accepts any value for it."""
    loose = tuple(dataclasses.replace(c, check_value=False) for c in operation.credentials)
    return dataclasses.replace(operation, credentials=loose)


def ignores_app_key(operation: Operation, spec: Spec) -> Operation:
    """The server checks the bearer token but no other credential (ETNA without `Et-App-Key`)."""
    return dataclasses.replace(operation, credentials=tuple(c for c in operation.credentials if c.kind == "bearer"))


# --- payload fields ----------------------------------------------------------------------------------


def drops_required_field(operation: Operation, spec: Spec) -> Operation:
    """Each account loses its first required field."""

    def change(account: dict[str, Any], schema: Any) -> bool:
        present = [name for name in schema.get("required", []) if name in account]
        if present:
            del account[present[0]]
        return bool(present)

    return _map_accounts(operation, spec, change)


def null_where_not_nullable(operation: Operation, spec: Spec) -> Operation:
    """Each account's first required field that may not be null is sent as null."""

    def change(account: dict[str, Any], schema: Any) -> bool:
        for name in schema.get("required", []):
            prop = follow_refs(spec, schema.get("properties", {}).get(name, {}))
            if name in account and account[name] is not None and "null" not in schema_types(prop):
                account[name] = None
                return True
        return False

    return _map_accounts(operation, spec, change)


def enum_out_of_set(operation: Operation, spec: Spec) -> Operation:
    """Each account's first enum field (margin_type, Type, Status...) gets a value outside the documented set."""

    def change(account: dict[str, Any], schema: Any) -> bool:
        for name, prop in schema.get("properties", {}).items():
            if follow_refs(spec, prop).get("enum") and isinstance(account.get(name), str):
                account[name] = "UNDOCUMENTED_VALUE"
                return True
        return False

    return _map_accounts(operation, spec, change)


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


def amount_wrong_type(operation: Operation, spec: Spec) -> Operation:
    """Each account's first amount in the other JSON type: decimal string -> number, number -> string."""

    def change(account: dict[str, Any], schema: Any) -> bool:
        name = _first_amount(account, schema, spec, {"decimal", "number"})
        if name is None:
            return False
        value = account[name]
        account[name] = float(value) if isinstance(value, str) else str(value)
        return True

    return _map_accounts(operation, spec, change)


def malformed_decimal(operation: Operation, spec: Spec) -> Operation:
    """Each account's first decimal-string amount becomes `"1,000.00"` (a thousands separator)."""

    def change(account: dict[str, Any], schema: Any) -> bool:
        name = _first_amount(account, schema, spec, {"decimal"})
        if name is not None:
            account[name] = "1,000.00"
        return name is not None

    return _map_accounts(operation, spec, change)


def without_envelope(operation: Operation, spec: Spec) -> Operation:
    """Every 2xx payload wrapped as `{"data": ..., ...}` is sent as the bare `data` object."""
    return _map_2xx(operation, lambda body: body["data"] if isinstance(body, dict) and "data" in body else body)


def mixes_account_shapes(operation: Operation, spec: Spec) -> Operation:
    """Japanese-shaped accounts (`Id`, no `Key`) of a closed shape also carry the US-shape field `BODEquity`.

    TradeStation's case: its Japanese Account shapes (balances and account list) are closed
    (`additionalProperties: false`), so this must fail the contract. Where the shape an account
    follows is open (ETNA's accounts also carry an `Id`), an extra field is no fault, and the mutant
    does not apply.
    """

    def change(account: dict[str, Any], schema: Any) -> bool:
        if "Id" in account and "Key" not in account and schema.get("additionalProperties") is False:
            account["BODEquity"] = 0.0
            return True
        return False

    return _map_accounts(operation, spec, change)


# --- statuses, media types, error bodies ----------------------------------------------------------


def server_error_for_an_account(operation: Operation, spec: Spec) -> Operation:
    """The first documented account gets 500 (even where the contract lists 5xx, it is a server error)."""
    return _first_account_reply(operation, 500)


def undocumented_status_for_an_account(operation: Operation, spec: Spec) -> Operation:
    """The first documented account gets 409 Conflict, a status no contract lists."""
    return _first_account_reply(operation, 409, b'{"message": "conflict"}')


def wrong_content_type(operation: Operation, spec: Spec) -> Operation:
    """Every 2xx payload is labelled `text/plain` (the bytes are unchanged)."""
    if operation.listing is not None:
        return dataclasses.replace(operation, listing=dataclasses.replace(operation.listing, content_type="text/plain"))
    if _partial(operation) is not None:
        return _with_partial(operation, content_type="text/plain")
    accounts = {
        k: dataclasses.replace(v, content_type="text/plain") if 200 <= v.status < 300 else v
        for k, v in operation.accounts.items()
    }
    return dataclasses.replace(operation, accounts=accounts)


def error_body_wrong_shape(operation: Operation, spec: Spec) -> Operation:
    """Every JSON error body becomes `{"unexpected": true}` (no documented error has that shape)."""

    def mutate(reply: Reply) -> Reply:
        if reply.status < 400 or reply.content_type != "application/json" or not reply.body:
            return reply
        return dataclasses.replace(reply, body=b'{"unexpected": true}')

    credentials = tuple(
        dataclasses.replace(c, missing=mutate(c.missing), wrong=mutate(c.wrong)) for c in operation.credentials
    )
    return dataclasses.replace(
        operation,
        credentials=credentials,
        accounts={k: mutate(v) for k, v in operation.accounts.items()},
        unknown_account=mutate(operation.unknown_account) if operation.unknown_account else None,
    )


def error_item_wrong_shape(operation: Operation, spec: Spec) -> Operation:
    """Every per-account error item of a partial-success answer becomes `{"unexpected": true}`."""
    partial = _partial(operation)
    if partial is None or not (partial.failing or partial.unknown):
        return operation
    wrong = b'{"unexpected": true}'
    failing = dict.fromkeys(partial.failing, wrong)
    return _with_partial(operation, failing=failing, unknown=wrong if partial.unknown else None, id_at="/unexpected")


def batch_as_bare_array(operation: Operation, spec: Spec) -> Operation:
    """A partial-success answer is sent as the bare array of its accounts' items (the v2 form of a batch)."""
    partial = _partial(operation)
    if partial is None:
        return operation
    body = b"[" + b",".join(partial.items.values()) + b"]"
    return _with_partial(operation, override=Reply(200, body, partial.content_type))


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
    "error_item_wrong_shape": error_item_wrong_shape,
    "batch_as_bare_array": batch_as_bare_array,
}


def applicable(behaviour: Behaviour, spec: Spec) -> list[tuple[str, str]]:
    """The `(operationId, mutant name)` pairs that change something in this broker's documented
    behaviour: operations in the behaviour's order, mutants in catalogue order."""
    return [
        (operation_id, name)
        for operation_id, operation in behaviour.operations.items()
        for name, mutant in MUTANTS.items()
        if mutant(operation, spec) != operation
    ]


def label(operation_id: str, name: str) -> str:
    """How a mutant of one operation is named in reports and `MUTANT`: `<name>@<operationId>`."""
    return f"{name}@{operation_id}"


def mutate(behaviour: Behaviour, spec: Spec, mutant: str) -> Behaviour:
    """`behaviour` with `mutant` applied: `<name>@<operationId>` to that operation, a bare `<name>`
    to every operation it changes. Raises `KeyError` naming the known mutants or operations."""
    name, _, operation_id = mutant.partition("@")
    if name not in MUTANTS:
        raise KeyError(f"unknown mutant {name!r}; known: {', '.join(MUTANTS)}")
    for operation in [behaviour.operation(operation_id)] if operation_id else list(behaviour.operations.values()):
        behaviour = behaviour.replacing(MUTANTS[name](operation, spec))
    return behaviour
