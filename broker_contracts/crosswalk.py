"""The crosswalks (`specs/crosswalk.yaml` for balances, `specs/crosswalk-accounts.yaml` for the
account list): canonical concepts and where each broker has them.

`load()` reads and checks the file's structure; `check()` proves it against the contracts:

- every pointer resolves, through `$ref`s, `properties`, `anyOf`/`oneOf` branches and nullable type
  lists, to a property of the broker's response schema for that account shape, so renaming a field
  in a spec breaks the crosswalk;
- the property a pointer reaches fits the concept's kind, the same across brokers: `amount` is a
  JSON number or a `format: decimal` string; `count` an integer; `flag` a boolean; `identifier` a
  string or integer; `currency` a string; `timestamp` a `format: date` or `date-time` string;
  `text` a string (or a boolean, read as its text);
- a broker's `currencies` (per-currency lines, e.g. TradeStation's `CurrencyDetails`) name, per
  account shape, an array property and, inside its items, a currency string and a cash amount.

Errors are `ContractError`s naming `specs/crosswalk.yaml` and the place (`$.concepts.cash.aries`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from broker_contracts_runtime.crosswalk import (
    BrokerLayout as BrokerLayout,
)
from broker_contracts_runtime.crosswalk import (
    Concept as Concept,
)
from broker_contracts_runtime.crosswalk import (
    Crosswalk as Crosswalk,
)
from broker_contracts_runtime.crosswalk import (
    CurrencyLines as CurrencyLines,
)
from broker_contracts_runtime.crosswalk import (
    Failures as Failures,
)
from broker_contracts_runtime.crosswalk import (
    Mapping as Mapping,
)
from broker_contracts_runtime.crosswalk import (
    items_at as items_at,
)
from broker_contracts_runtime.crosswalk import layout_of, mapping_of
from broker_contracts_runtime.crosswalk import (
    shape_of as shape_of,
)
from broker_contracts_runtime.crosswalk import (
    shape_validators as shape_validators,
)
from broker_contracts_runtime.crosswalk import (
    to_slice as to_slice,
)
from jsonschema import Draft202012Validator

from .brokers import ROOT, discover
from .documents import find_operation, follow_refs, json_path, load_yaml, schema_types
from .errors import ContractError
from .validate import load_spec

PATH = ROOT / "specs" / "crosswalk.yaml"
ACCOUNTS_PATH = ROOT / "specs" / "crosswalk-accounts.yaml"
"""The accounts crosswalk: the same format, for the items of listAccounts (broker_contracts_runtime.accounts)."""
PATHS = (PATH, ACCOUNTS_PATH)
KINDS = ("identifier", "currency", "amount", "count", "flag", "timestamp", "text")

_POINTER = {"type": "string", "pattern": "^(/[^/]+)+$"}
_TEXT = {"type": "string", "minLength": 1}
_FIELD = {
    "oneOf": [
        _POINTER,
        {
            "type": "object",
            "required": ["pointer", "note"],
            "additionalProperties": False,
            "properties": {"pointer": _POINTER, "note": _TEXT},
        },
        {
            "type": "object",
            "required": ["not_reported"],
            "additionalProperties": False,
            "properties": {"not_reported": _TEXT},
        },
    ]
}
SCHEMA = {
    "type": "object",
    "required": ["brokers", "concepts"],
    "additionalProperties": False,
    "properties": {
        "brokers": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "required": ["accounts", "shapes"],
                "additionalProperties": False,
                "properties": {
                    "accounts": {"type": "string", "pattern": "^(/[^/]+)*$"},
                    "shapes": {"type": "array", "items": {"type": "string"}, "minItems": 1},
                    "failures": {
                        "type": "object",
                        "description": "per-account failures a 200 may carry in place of an account",
                        "required": ["items", "id", "error", "message"],
                        "additionalProperties": False,
                        "properties": {
                            "items": {"type": "string", "pattern": "^(/[^/]+)+/\\*$"},
                            "id": _POINTER,
                            "error": _POINTER,
                            "message": _POINTER,
                        },
                    },
                    "currencies": {
                        "type": "object",
                        "description": "shape -> where its per-currency lines are",
                        "additionalProperties": {
                            "type": "object",
                            "required": ["items", "currency", "cash"],
                            "additionalProperties": False,
                            "properties": {"items": _POINTER, "currency": _POINTER, "cash": _POINTER},
                        },
                    },
                },
            },
        },
        "concepts": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "required": ["kind", "definition"],
                "properties": {
                    "kind": {"enum": list(KINDS)},
                    "definition": {"type": "string", "minLength": 10},
                },
                "additionalProperties": {"anyOf": [_FIELD, {"type": "object", "additionalProperties": _FIELD}]},
            },
        },
    },
}


def load(path: Path = PATH) -> Crosswalk:
    """Read and check the crosswalk's structure; every concept must cover every broker and shape.

    Raises `ContractError` naming the file and the JSON path of the first problem.
    """
    data = load_yaml(path)
    for error in Draft202012Validator(SCHEMA).iter_errors(data):
        raise ContractError(path, json_path(tuple(error.absolute_path)), error.message)
    brokers = {slug: layout_of(b) for slug, b in data["brokers"].items()}
    concepts = []
    for concept_id, raw in data["concepts"].items():
        mappings: dict[str, dict[str, Mapping]] = {}
        for slug, layout in brokers.items():
            place = json_path(("concepts", concept_id, slug))
            if slug not in raw:
                raise ContractError(path, place, "every concept says where each broker has it, or why not")
            entry = raw[slug]
            per_shape = isinstance(entry, dict) and set(entry) <= set(layout.shapes) and len(layout.shapes) > 1
            if per_shape and set(entry) != set(layout.shapes):
                missing = ", ".join(sorted(set(layout.shapes) - set(entry)))
                raise ContractError(path, place, f"missing shape(s) {missing}")
            mappings[slug] = (
                {shape: mapping_of(entry[shape]) for shape in layout.shapes}
                if per_shape
                else dict.fromkeys(layout.shapes, mapping_of(entry))
            )
        unknown = set(raw) - {"kind", "definition"} - set(brokers)
        if unknown:
            raise ContractError(
                path, json_path(("concepts", concept_id)), f"unknown broker(s) {', '.join(sorted(unknown))}"
            )
        concepts.append(Concept(concept_id, raw["kind"], raw["definition"], mappings))
    return Crosswalk(brokers, concepts)


def property_at(spec: dict[str, Any], schema: Any, pointer: str) -> dict[str, Any] | None:
    """The (resolved) schema of the property `pointer` names under `schema`, or None if there is none."""
    schema = follow_refs(spec, schema)
    if not pointer:
        return schema if isinstance(schema, dict) else None
    name, _, rest = pointer[1:].partition("/")
    rest = "/" + rest if rest else ""
    for branch in [schema, *schema.get("anyOf", []), *schema.get("oneOf", []), *schema.get("allOf", [])]:
        branch = follow_refs(spec, branch)
        if name in branch.get("properties", {}):
            return property_at(spec, branch["properties"][name], rest)
    return None


def _types(spec: dict[str, Any], prop: dict[str, Any]) -> set[str]:
    types: set[str] = set()
    for branch in [prop, *prop.get("anyOf", []), *prop.get("oneOf", [])]:
        branch = follow_refs(spec, branch)
        types |= schema_types(branch)
        if "string" in types and branch.get("format") == "decimal":
            types.add("decimal")
    return types - {"null"}


def kind_of(spec: dict[str, Any], prop: dict[str, Any]) -> str | None:
    """The crosswalk kind a property's schema fits (decimal strings and numbers are amounts)."""
    types = _types(spec, prop)
    if types <= {"number", "decimal", "string"} and ("number" in types or "decimal" in types):
        return "amount"
    if types == {"integer"}:
        return "count"
    if types == {"boolean"}:
        return "flag"
    if types == {"string"}:
        return "timestamp" if _formats(spec, prop) & {"date", "date-time"} else "text"
    return None


def _formats(spec: dict[str, Any], prop: dict[str, Any]) -> set[str]:
    return {
        str(follow_refs(spec, branch).get("format"))
        for branch in [prop, *prop.get("anyOf", []), *prop.get("oneOf", [])]
        if follow_refs(spec, branch).get("format")
    }


FITS = {
    "amount": {"amount"},
    "count": {"count"},
    "flag": {"flag"},
    "identifier": {"text", "count"},
    "currency": {"text"},
    "timestamp": {"timestamp"},
    "text": {"text", "flag"},
}


def check(crosswalk: Crosswalk, root: Path = ROOT, path: Path = PATH) -> list[ContractError]:
    """Every pointer resolves to a property of its shape's schema, of the concept's kind; every broker is covered."""
    problems = []
    brokers = {b.slug: b for b in discover(root)}
    for slug in sorted(set(brokers) ^ set(crosswalk.brokers)):
        problems.append(
            ContractError(path, json_path(("brokers",)), f"broker {slug!r} is in specs/ or the crosswalk, not both")
        )
    specs = {slug: load_spec(brokers[slug].spec_path) for slug in crosswalk.brokers if slug in brokers}
    for concept in crosswalk.concepts:
        for slug, shapes in concept.mappings.items():
            if slug not in specs:
                continue
            spec = specs[slug]
            for shape, mapping in shapes.items():
                place = json_path(("concepts", concept.id, slug, shape))
                if shape not in spec["components"]["schemas"]:
                    problems.append(ContractError(path, place, f"no component schema {shape!r} in specs/{slug}"))
                    continue
                if mapping.pointer is None:
                    continue
                prop = property_at(spec, {"$ref": f"#/components/schemas/{shape}"}, mapping.pointer)
                if prop is None:
                    problems.append(ContractError(path, place, f"{mapping.pointer} is not a property of {shape}"))
                elif kind_of(spec, prop) not in FITS[concept.kind]:
                    found = kind_of(spec, prop) or sorted(_types(spec, prop))
                    problems.append(ContractError(path, place, f"{mapping.pointer} is {found}, not a {concept.kind}"))
    for slug, layout in crosswalk.brokers.items():
        if slug in specs:
            problems += _check_currencies(specs[slug], slug, layout, path)
            operation_id = "listAccounts" if path == ACCOUNTS_PATH else "getAccountBalances"
            problems += _check_failures(specs[slug], slug, layout, path, operation_id)
    return problems


def _check_failures(
    spec: dict[str, Any], slug: str, layout: BrokerLayout, path: Path, operation_id: str
) -> list[ContractError]:
    """`failures.items` is an array of the operation's 200 body whose items have `id`, `error` and `message`."""
    if layout.failures is None:
        return []
    place = json_path(("brokers", slug, "failures"))
    response = find_operation(spec, operation_id).data["responses"].get("200", {})
    body = follow_refs(spec, response).get("content", {}).get("application/json", {}).get("schema", {})
    array = property_at(spec, body, layout.failures.items[:-2])
    if array is None or "array" not in _types(spec, array):
        return [
            ContractError(path, place, f"{layout.failures.items[:-2]} is not an array of {operation_id}'s 200 body")
        ]
    item = array.get("items", {})
    fields = (layout.failures.id, layout.failures.error, layout.failures.message)
    return [
        ContractError(path, place, f"{pointer} is not a property of the {operation_id} failure items")
        for pointer in fields
        if property_at(spec, item, pointer) is None
    ]


def _check_currencies(spec: dict[str, Any], slug: str, layout: BrokerLayout, path: Path) -> list[ContractError]:
    problems = []
    for shape, lines in layout.currencies.items():
        place = json_path(("brokers", slug, "currencies", shape))
        if shape not in layout.shapes or shape not in spec["components"]["schemas"]:
            problems.append(ContractError(path, place, f"{shape!r} is not one of the broker's shapes"))
            continue
        array = property_at(spec, {"$ref": f"#/components/schemas/{shape}"}, lines.items)
        if array is None or "array" not in _types(spec, array):
            problems.append(ContractError(path, place, f"{lines.items} is not an array property of {shape}"))
            continue
        item = array.get("items", {})
        for pointer, kind in ((lines.currency, "text"), (lines.cash, "amount")):
            prop = property_at(spec, item, pointer)
            if prop is None or kind_of(spec, prop) != kind:
                problems.append(ContractError(path, place, f"{pointer} is not a {kind} property of the items"))
    return problems


def _cell(mapping_by_shape: dict[str, Mapping], markdown: bool) -> str:
    distinct = {m for m in mapping_by_shape.values()}
    parts = []
    for mapping in sorted(distinct, key=lambda m: (m.pointer is None, m.pointer or "")):
        shapes = [s for s, m in mapping_by_shape.items() if m == mapping]
        text = "not reported" if mapping.pointer is None else mapping.pointer.lstrip("/")
        text = f"`{text}`" if markdown and mapping.pointer else text
        if mapping.note:
            text += " ≈"
        if len(distinct) > 1:
            text += f" ({', '.join(s.removesuffix('AccountBalances') for s in shapes)})"
        parts.append(text)
    return "<br>".join(parts) if markdown else "\n".join(parts)


def render_markdown(cw: Crosswalk) -> str:
    """The crosswalk as a Markdown table: concept x broker, the field (path under the account) or "not reported".

    `≈` marks a field close to the concept but not equal; the notes below the table say how.
    """
    slugs = list(cw.brokers)
    lines = [
        "# Balances across brokers",
        "",
        "Generated from `specs/crosswalk.yaml` by `make docs`. Each cell is the field (path under the",
        "account object) a broker reports the concept in, or *not reported*; `≈` marks a close but",
        "not equal field (see the notes). TradeStation's cells name the account shape when they differ.",
        "",
        "| concept | " + " | ".join(slugs) + " |",
        "| --- | " + " | ".join("---" for _ in slugs) + " |",
    ]
    for concept in cw.concepts:
        cells = [_cell(concept.mappings[slug], markdown=True) for slug in slugs]
        lines.append(f"| **{concept.id}**: {concept.definition} | " + " | ".join(cells) + " |")
    lines += ["", "## Notes", ""]
    for concept in cw.concepts:
        for slug in slugs:
            for mapping in sorted({m for m in concept.mappings[slug].values() if m.note or m.not_reported}, key=str):
                label = "≈" if mapping.note else "not reported"
                lines.append(f"- `{concept.id}` / {slug} ({label}): {mapping.note or mapping.not_reported}")
    return "\n".join(lines) + "\n"


PAGE_STYLE = (
    # the look of the Redocly pages (their font stack, colours and spacing), and a table that fits a
    # 1280 px laptop screen: fixed layout, long field paths wrap, notes shown under their field
    "body{font-family:Roboto,'Helvetica Neue',Arial,sans-serif;color:#333;margin:0;line-height:1.45;font-size:14px}"
    "header{background:#fafafa;border-bottom:1px solid #e5e5e5;padding:24px 40px}"
    "h1{font-family:Montserrat,'Helvetica Neue',Arial,sans-serif;font-weight:400;font-size:1.85em;margin:0 0 8px}"
    "main{padding:16px 40px 40px}table{border-collapse:collapse;width:100%;table-layout:fixed}"
    "th,td{border-bottom:1px solid #e5e5e5;padding:8px 10px;vertical-align:top;text-align:left;overflow-wrap:anywhere}"
    "thead th{background:#fafafa;color:#32329f;font-weight:600;position:sticky;top:0}"
    "th.concept{width:22%}code{font-family:Courier,monospace;font-size:13px;color:#e53935;background:#f5f5f5;"
    "padding:0 3px;border-radius:2px}.def{color:#666;font-weight:400;font-size:12.5px;display:block}"
    ".note{color:#666;font-size:12.5px;display:block}.none{color:#999;font-style:italic}"
    ".shape{color:#888;font-size:12px}.line{margin-bottom:6px}"
)


def _html_cell(mapping_by_shape: dict[str, Mapping]) -> str:
    from html import escape

    distinct = sorted(set(mapping_by_shape.values()), key=lambda m: (m.pointer is None, m.pointer or ""))
    parts = []
    for mapping in distinct:
        shapes = [s.removesuffix("AccountBalances") or "Account" for s, m in mapping_by_shape.items() if m == mapping]
        field_text = (
            f"<code>{escape(mapping.pointer.lstrip('/'))}</code>"
            if mapping.pointer
            else '<span class="none">not reported</span>'
        )
        if len(distinct) > 1:
            field_text += f' <span class="shape">({escape(", ".join(shapes))})</span>'
        note = mapping.note or mapping.not_reported
        note_html = f'<span class="note">{"≈ " if mapping.note else ""}{escape(note)}</span>' if note else ""
        parts.append(f'<div class="line">{field_text}{note_html}</div>')
    return "".join(parts)


def render_html(cw: Crosswalk) -> str:
    """The same table as one self-contained HTML page (no script, no external resource), styled like the
    Redocly pages: concepts as rows, brokers as columns that fit a 1280 px screen, notes shown in place."""
    from html import escape

    slugs = list(cw.brokers)
    rows = []
    for concept in cw.concepts:
        cells = "".join(f"<td>{_html_cell(concept.mappings[slug])}</td>" for slug in slugs)
        head = f'<th class="concept">{escape(concept.id)}<span class="def">{escape(concept.definition)}</span></th>'
        rows.append(f"<tr>{head}{cells}</tr>")
    columns = "".join(f"<th>{escape(slug)}</th>" for slug in slugs)
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" '
        'content="width=device-width, initial-scale=1"><title>Balances across brokers</title>'
        f"<style>{PAGE_STYLE}</style></head><body><header><h1>Balances across brokers</h1>"
        "<p>Generated from <code>specs/crosswalk.yaml</code> by <code>make docs</code>. Each cell is the field "
        "(path under the account object) a broker reports the concept in, or <em>not reported</em> with the "
        "reason; ≈ marks a field close to the concept but not equal, with how it differs.</p></header><main>"
        f'<table><thead><tr><th class="concept">concept</th>{columns}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></main></body></html>\n"
    )
