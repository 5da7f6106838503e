"""The crosswalk as the runtime reads it: where a broker's 200 body holds its accounts, which account
shape each follows, and where each concept sits in that shape.

The data comes with each generated client (`<slug>_client/_runtime.json`, written by the toolchain's
`make generate` from `specs/crosswalk.yaml` and `specs/crosswalk-accounts.yaml`, which the toolchain
checks against the contracts: `broker_contracts.crosswalk`). `from_slice` builds the `Crosswalk` of
one broker from it; `items_at` finds the accounts of a body; `shape_of` tells an account's shape
with a jsonschema-rs validator per component schema.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import jsonschema_rs

from .documents import value_at
from .failures import ContractViolation


@dataclass(frozen=True)
class Mapping:
    """Where a broker has a concept for one account shape: a pointer (and a note), or a reason it has not."""

    pointer: str | None
    note: str | None = None
    not_reported: str | None = None


@dataclass(frozen=True)
class Concept:
    """A canonical balance concept: id, kind, definition, and per broker and shape its `Mapping`."""

    id: str
    kind: str
    definition: str
    mappings: dict[str, dict[str, Mapping]]


@dataclass(frozen=True)
class CurrencyLines:
    """Where one account shape lists figures per currency: the array (`items`, under the account),
    and inside each item its `currency` code and its `cash` amount."""

    items: str
    currency: str
    cash: str


@dataclass(frozen=True)
class Failures:
    """Where a 200 lists the accounts it could not answer (TradeStation v3's partial success,
    `{"Errors": [{"AccountID", "Error", "Message"}]}`): the items (`/Errors/*`), and in each the
    account id(s) (comma-separated when several), the broker's error title and its message."""

    items: str
    id: str
    error: str
    message: str


@dataclass(frozen=True)
class BrokerLayout:
    """Where accounts sit in a broker's 200 body (`""`, `/data`, `/*`), the shapes they follow, the
    shapes that list cash per currency, and where per-account failures sit (None: the broker has none)."""

    accounts: str
    shapes: tuple[str, ...]
    currencies: dict[str, CurrencyLines] = field(default_factory=dict)
    failures: Failures | None = None


@dataclass(frozen=True)
class Crosswalk:
    """The whole crosswalk: broker layouts and concepts, in file order."""

    brokers: dict[str, BrokerLayout]
    concepts: list[Concept]


def mapping_of(raw: Any) -> Mapping:
    """One mapping as the crosswalk files write it: a pointer, `{pointer, note}` or `{not_reported}`."""
    if isinstance(raw, str):
        return Mapping(raw)
    return Mapping(raw.get("pointer"), raw.get("note"), raw.get("not_reported"))


def layout_of(raw: dict[str, Any]) -> BrokerLayout:
    """A broker's layout as the crosswalk files (`brokers.<slug>`) and the slices (`layout`) write it."""
    failures = raw.get("failures")
    return BrokerLayout(
        raw["accounts"],
        tuple(raw["shapes"]),
        {shape: CurrencyLines(**lines) for shape, lines in (raw.get("currencies") or {}).items()},
        Failures(**failures) if failures else None,
    )


def from_slice(slug: str, data: dict[str, Any]) -> Crosswalk:
    """The `Crosswalk` of one broker from its slice (`{"layout": {...}, "concepts": {id: {"kind",
    "definition", "mappings": {shape: mapping}}}}`, as `to_slice` writes it)."""
    concepts = [
        Concept(cid, c["kind"], c["definition"], {slug: {shape: mapping_of(m) for shape, m in c["mappings"].items()}})
        for cid, c in data["concepts"].items()
    ]
    return Crosswalk({slug: layout_of(data["layout"])}, concepts)


def to_slice(crosswalk: Crosswalk, slug: str) -> dict[str, Any]:
    """One broker's part of a crosswalk as plain data (the inverse of `from_slice`)."""
    layout = crosswalk.brokers[slug]

    def mapping(m: Mapping) -> Any:
        if m.not_reported is not None:
            return {"not_reported": m.not_reported}
        return {"pointer": m.pointer, "note": m.note} if m.note else m.pointer

    return {
        "layout": {
            "accounts": layout.accounts,
            "shapes": list(layout.shapes),
            "currencies": {shape: vars(lines) for shape, lines in layout.currencies.items()},
            "failures": vars(layout.failures) if layout.failures else None,
        },
        "concepts": {
            c.id: {
                "kind": c.kind,
                "definition": c.definition,
                "mappings": {s: mapping(m) for s, m in c.mappings[slug].items()},
            }
            for c in crosswalk.concepts
        },
    }


def items_at(payload: Any, where: str) -> list[tuple[Any, str]]:
    """The account objects of a body, each with its JSON pointer, by a layout's `accounts`: `""` the
    body itself, `/data` the object there, `/*` every item of the body, `/data/*` every item there
    (none when the array is absent)."""
    if where.endswith("/*"):
        items = value_at(payload, where[:-2]) if where[:-2] else payload
        found = list(items) if isinstance(items, list) else [] if items is None else [items]
        return [(item, f"{where[:-2]}/{i}") for i, item in enumerate(found)]
    return [(value_at(payload, where) if where else payload, where)]


def shape_validators(spec: dict[str, Any], shapes: tuple[str, ...]) -> tuple[tuple[str, Any], ...]:
    """A validator per component schema `shapes` names, in order (jsonschema-rs, the contract's
    components beside the reference): which one an account fits tells its shape."""
    components = json.loads(json.dumps(spec.get("components", {}), default=str))
    return tuple(
        (shape, jsonschema_rs.validator_for({"$ref": f"#/components/schemas/{shape}", "components": components}))
        for shape in shapes
    )


def shape_of(broker: str, operation_id: str, validators: tuple[tuple[str, Any], ...], item: Any, pointer: str) -> str:
    """The shape (component schema) `item` follows: the only one, or the first its validator accepts.

    Raises `ContractViolation` (`pointer` names the item in the 200 body of `operation_id`) when it
    follows none: a kind of account the contract does not know yet.
    """
    if len(validators) == 1:
        return validators[0][0]
    for shape, validator in validators:
        if validator.is_valid(item):
            return shape
    expected = f"an account of one of the shapes {', '.join(s for s, _ in validators)}"
    shown = json.dumps(item, default=str)
    got = shown if len(shown) <= 80 else shown[:79] + "…"
    raise ContractViolation(broker, operation_id, 200, pointer, expected, got, shown.encode())
