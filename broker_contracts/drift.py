"""What a generated client does when a broker drifts from its contract: raise one typed error.

Strict in conformance, tolerant in clients. The check itself is the runtime's
(`broker_contracts_runtime.drift`: `ClientContract`, re-exported here); this module makes what it
reads: `contract_document` and the client's view. Each generated client carries the contract it was
generated from (`<slug>_client/_contract.json`, written by `make generate`: the response schemas of
every operation, in the client's view; `ClientContract`) and reads every documented JSON body
through its operation's `ResponseContract.json`, which parses it with `parse_float=Decimal` and
validates it (jsonschema-rs, compiled once per status). Anything the contract does not allow raises `ContractViolation`
(`broker_contracts_runtime.failures`) naming the broker, the operationId, the status, the JSON pointer of
the first fault, what was expected and what came, with the raw body. `ResponseContract.guard`
wraps the generated parsing so that any builtin exception from generated code (`KeyError`,
`TypeError`, `decimal.InvalidOperation`, ...) also surfaces as `ContractViolation`.

The client's view of a contract (`client_view`) differs from the contract in one way: a property
the contract marks `deprecated: true`, or `x-client-optional: <reason>` (the broker says it may be
omitted), is not required. Conformance stays strict (it reads the contract itself); a client
tolerates the omission. `tolerated(spec)` lists those properties for the docs.

Where a body fails a `oneOf` (TradeStation's account shapes), the fault reported is the one of the
branch that came closest (fewest faults), so the pointer names the field, not the whole account.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from broker_contracts_runtime.drift import (
    BUILTIN_FAULTS,
    ClientContract,
    ResponseContract,
    describe,
)

from .documents import Operation, operations

__all__ = [
    "BUILTIN_FAULTS",
    "ClientContract",
    "ResponseContract",
    "client_view",
    "contract_document",
    "describe",
    "tolerated",
]

TOLERANCE_KEY = "x-client-optional"


def _is_tolerated(schema: Any) -> bool:
    return isinstance(schema, dict) and (schema.get("deprecated") is True or bool(schema.get(TOLERANCE_KEY)))


def _walk_schemas(node: Any, at: tuple[str | int, ...] = ()) -> Iterator[tuple[dict[str, Any], tuple[str | int, ...]]]:
    if isinstance(node, dict):
        if isinstance(node.get("properties"), dict):
            yield node, at
        for key, child in node.items():
            yield from _walk_schemas(child, (*at, key))
    elif isinstance(node, list):
        for i, child in enumerate(node):
            yield from _walk_schemas(child, (*at, i))


def tolerated(spec: dict[str, Any]) -> list[str]:
    """JSON paths (`components.schemas.X.properties.y`) of every property a client may miss: marked
    `deprecated: true` or carrying `x-client-optional`, whether or not the contract requires it."""
    found = []
    for schema, at in _walk_schemas(spec):
        for name, prop in schema["properties"].items():
            if _is_tolerated(prop):
                found.append(".".join(map(str, (*at, "properties", name))))
    return sorted(found)


def client_view(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of `spec` as a client should read responses: tolerant where the contract allows.

    1. Tolerated properties (see `tolerated`) are not `required`.
    2. Enums of `components.schemas` are open: `enum` is dropped and kept as `x-known-values`, so a
       value the broker adds later parses as the raw value (a `str`) instead of failing the call.
    3. Except a discriminator: a property whose enums tell the branches of a `oneOf` apart (Type
       `C`/`M`/`D` against `F` in TradeStation's account shapes) stays closed, so each account
       still becomes its own class; the `oneOf` becomes an `anyOf` with a last branch
       `Other<Name>` (the discriminator as a plain value, every other field kept as an additional
       property), so an account of a new kind parses with its raw fields instead of failing.
    """
    view = copy.deepcopy(spec)
    for schema, _ in _walk_schemas(view):
        required = schema.get("required")
        if isinstance(required, list):
            kept = [name for name in required if not _is_tolerated(schema["properties"].get(name))]
            if kept:
                schema["required"] = kept
            else:
                del schema["required"]
    schemas = view.get("components", {}).get("schemas", {})
    closed = _discriminated_unions(schemas)
    for name, discriminator in closed.items():
        union = schemas[name]
        branches = union.pop("oneOf")
        other = f"Other{name}"
        kinds = sorted({t for b in branches for t in _branch_enum_types(schemas, b, discriminator)})
        schemas[other] = {
            "type": "object",
            "description": f"An account of a kind this contract does not know yet ({discriminator} is not documented).",
            "required": [discriminator],
            "properties": {discriminator: {"type": kinds[0] if len(kinds) == 1 else kinds}},
        }
        union["anyOf"] = [*branches, {"$ref": f"#/components/schemas/{other}"}]
    keep = set(closed.values())
    for schema, _ in _walk_schemas(schemas):
        for prop_name, prop in schema["properties"].items():
            if isinstance(prop, dict) and isinstance(prop.get("enum"), list) and prop_name not in keep:
                prop["x-known-values"] = prop.pop("enum")
    for name, schema in schemas.items():  # a component that is itself an enum (a $ref'd type)
        if isinstance(schema, dict) and isinstance(schema.get("enum"), list) and name not in keep:
            schema["x-known-values"] = schema.pop("enum")
    return view


def _resolve(schemas: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node and node["$ref"].startswith("#/components/schemas/"):
        node = schemas.get(node["$ref"].rsplit("/", 1)[-1], {})
    return node


def _branch_enum_types(schemas: dict[str, Any], branch: Any, prop: str) -> list[str]:
    node = _resolve(schemas, _resolve(schemas, branch).get("properties", {}).get(prop))
    values = node.get("enum", []) if isinstance(node, dict) else []
    return sorted({"integer" if isinstance(v, int) else "string" for v in values if v is not None}) or ["string"]


def _discriminated_unions(schemas: dict[str, Any]) -> dict[str, str]:
    """`{component name: discriminator property}` for each `oneOf` component whose branches are told
    apart by one property's enum values (disjoint across at least two branches)."""
    found = {}
    for name, schema in schemas.items():
        branches = [_resolve(schemas, b) for b in (schema.get("oneOf") or [])] if isinstance(schema, dict) else []
        if len(branches) < 2:
            continue
        enums: dict[str, list[set[str]]] = {}
        for branch in branches:
            for prop, sub in (branch.get("properties") or {}).items():
                sub = _resolve(schemas, sub)
                if isinstance(sub, dict) and isinstance(sub.get("enum"), list):
                    enums.setdefault(prop, []).append({str(v) for v in sub["enum"]})
        for prop, sets in enums.items():
            if len(sets) >= 2 and sum(len(s) for s in sets) == len(set().union(*sets)):
                found[name] = prop
                break
    return found


def _response_schemas(spec: dict[str, Any], operation: Operation) -> dict[str, dict[str, Any]]:
    """`{status key: {media type: schema}}` of one operation's JSON responses (`$ref`'d responses followed)."""
    responses: dict[str, dict[str, Any]] = {}
    for status, response in operation.data.get("responses", {}).items():
        while "$ref" in response:
            response = spec["components"]["responses"][response["$ref"].rsplit("/", 1)[-1]]
        for media, content in (response.get("content") or {}).items():
            if "json" in media and "schema" in content:
                responses.setdefault(str(status), {})[media] = content["schema"]
    return responses


def contract_document(spec: dict[str, Any], broker: str) -> dict[str, Any]:
    """What `_contract.json` holds for a client: the broker, and for every operation of the contract
    its JSON response schemas twice: as the client reads them (`client`, see `client_view`) and as
    the contract states them (`strict`, for drift warnings), with `components.schemas` of each view
    for their `$ref`s.

    Shape: `{"broker", "components": {"client": {"schemas": ...}, "strict": {...}}, "operations":
    {"<operationId>": {"method", "path", "client": {"200": {"application/json":
    <schema>}}, "strict": {...}}}}`.
    """
    view = client_view(spec)
    document: dict[str, Any] = {
        "broker": broker,
        "components": {
            name: {"schemas": part.get("components", {}).get("schemas", {})}
            for name, part in (("client", view), ("strict", spec))
        },
        "operations": {},
    }
    for operation, viewed in zip(operations(spec), operations(view), strict=True):
        document["operations"][operation.operation_id] = {
            "method": operation.method,
            "path": operation.path,
            "client": _response_schemas(view, viewed),
            "strict": _response_schemas(spec, operation),
        }
    return document
