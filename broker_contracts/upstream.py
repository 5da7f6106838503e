"""Reconcile a contract with the machine-readable spec its broker publishes (`make upstream`).

A broker's own OpenAPI (or Swagger 2.0) document is the strongest evidence of its current API, but
it is not our contract: it may describe JSON numbers we keep as exact decimals, omit statuses its
servers send, or mark fields required that its payloads leave out. For each operation of ours this
module finds the upstream operation matching it (same method, same path once path-parameter names
are ignored and a server base path is allowed for; or `upstream.operations.<operationId>` in
`upstream.yaml`, where `null` says the broker's spec does not publish it) and lists every difference:

| kind | what differs |
| --- | --- |
| `property-only-upstream` / `property-only-ours` | a response property (nested too) declared on one side |
| `type-differs`, `format-differs`, `nullable-differs`, `enum-differs` | a property's or a parameter's schema |
| `required-only-upstream` / `required-only-ours` | a property required on one side only |
| `status-only-upstream` / `status-only-ours` | a documented response status |
| `media-type-only-upstream` / `media-type-only-ours` | a response media type of a status both document |
| `parameter-only-upstream` / `parameter-only-ours`, `parameter-required-differs` | a parameter (`in` + `name`) |
| `security-differs` | the kinds of credential the operation asks for (type, scheme, header or query name) |

Each difference names our operation and has a `where` (e.g. `response 200
$.data.sod.short_market_value`, `parameter query APIVersion`, `security`) and is either
acknowledged, with its reason, in `specs/<slug>/upstream.yaml` (a `where` may use `*` for any text,
so one reason covers, say, every `format-differs` of the decimal strings; an entry's `operation`
limits it to one operationId, else it covers every operation) or not: `make upstream` exits 1 when
any is not. Acknowledgements that no longer match a difference are listed as stale, so the file
does not rot.

Schemas are compared as a client sees them: local `$ref`s followed; `allOf` merged; a `oneOf` /
`anyOf` read as the union of its branches (a property is required only where every branch requires
it), since upstream often documents one object where we keep several account shapes. OpenAPI 3.0's
`nullable: true` counts as the type `null`. Swagger 2.0 is converted first with swagger2openapi
(npm, pinned in package.json); nothing here reads the network. Known limits: request bodies,
response headers and `additionalProperties` are not compared (our operations are GETs that read
JSON bodies); a property's description is never compared.

Our own code, not a library's: oasdiff and `redocly diff` compare two revisions of one API for
breaking changes, not two authors' descriptions of it, and neither reads a Swagger 2.0 document
next to an OpenAPI 3.1 one.
"""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .brokers import ROOT, Broker
from .documents import load_yaml, matches, operations, schema_types
from .errors import ContractError

ACK_FILE = "upstream.yaml"
SWAGGER2OPENAPI = ROOT / "node_modules" / ".bin" / "swagger2openapi"


@dataclass(frozen=True)
class Difference:
    """One way the upstream operation and ours differ: `kind` (see the module table), `where`, both values."""

    kind: str
    where: str
    ours: str
    upstream: str
    operation: str = ""  # our operationId

    @property
    def key(self) -> tuple[str, str, str]:
        """What an acknowledgement in `upstream.yaml` matches: `(operationId, kind, where)`."""
        return (self.operation, self.kind, self.where)


@dataclass(frozen=True)
class Reconciliation:
    """The outcome: every difference with its acknowledgement reason (None if unacknowledged), and stale entries."""

    broker: str
    upstream_path: Path
    pairs: tuple[tuple[str, str | None], ...]  # (our operationId, upstream `METHOD /path` or None: not published)
    differences: tuple[tuple[Difference, str | None], ...]
    stale: tuple[tuple[str, str, str], ...]

    @property
    def operation(self) -> str:
        """The pairs in one line: `getAccountBalances = GET /v1/..., listAccounts = GET /v1/...`."""
        return ", ".join(f"{ours} = {theirs or 'not published upstream'}" for ours, theirs in self.pairs)

    @property
    def unacknowledged(self) -> list[Difference]:
        """The differences nobody has explained: each makes `make upstream` fail."""
        return [d for d, reason in self.differences if reason is None]


# --- loading ---------------------------------------------------------------------------------------


def load_upstream(path: Path, converter: Path = SWAGGER2OPENAPI) -> dict[str, Any]:
    """Read an upstream spec (YAML or JSON); a Swagger 2.0 document is converted to OpenAPI 3.0 first.

    Raises `ContractError` (file + place) when the file is missing or unreadable, is neither
    OpenAPI 3.x nor Swagger 2.0, or swagger2openapi rejects it.
    """
    data = load_yaml(path)  # YAML is a superset of JSON
    if not isinstance(data, dict):
        raise ContractError(path, "$", "an OpenAPI or Swagger document must be a mapping")
    if str(data.get("swagger", "")) == "2.0":
        return _convert_swagger(path, converter)
    if not str(data.get("openapi", "")).startswith("3."):
        raise ContractError(path, "$.openapi", "not an OpenAPI 3.x or Swagger 2.0 document")
    return data


def _convert_swagger(path: Path, converter: Path) -> dict[str, Any]:
    if not converter.exists():
        raise ContractError(converter, "", "swagger2openapi is not installed: run `make setup`")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "converted.json"
        result = subprocess.run(
            [str(converter), "--patch", "--warnOnly", "-o", str(out), str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 or not out.exists():
            last = (result.stderr or result.stdout).strip().splitlines()[-1:] or ["no output"]
            raise ContractError(path, "", f"swagger2openapi could not convert it: {last[0][:300]}")
        converted: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
        return converted


def load_acknowledgements(path: Path) -> tuple[dict[str, Any], dict[tuple[str, str, str], str]]:
    """`specs/<slug>/upstream.yaml`: its `upstream` header and `{(operationId, kind, where): reason}`.

    An entry's optional `operation` names the operationId it is about; without one it covers every
    operation (operationId `*`). A missing file means nothing is acknowledged. Raises
    `ContractError` for an entry without `kind`, `where` or a non-empty `reason`, or listed twice.
    """
    if not path.is_file():
        return {}, {}
    data = load_yaml(path) or {}
    if not isinstance(data, dict):
        raise ContractError(path, "$", "must be a mapping with `upstream` and `acknowledged`")
    acknowledged: dict[tuple[str, str, str], str] = {}
    for i, entry in enumerate(data.get("acknowledged") or []):
        at = f"$.acknowledged[{i}]"
        if not isinstance(entry, dict) or not all(isinstance(entry.get(k), str) for k in ("kind", "where", "reason")):
            raise ContractError(path, at, "each entry needs `kind`, `where` and `reason` (strings)")
        if not entry["reason"].strip():
            raise ContractError(path, f"{at}.reason", "an acknowledged difference needs its reason")
        key = (str(entry.get("operation") or "*"), entry["kind"], entry["where"])
        if key in acknowledged:
            raise ContractError(path, at, f"{entry['kind']} at {entry['where']} is acknowledged twice")
        acknowledged[key] = entry["reason"].strip()
    header = data.get("upstream") or {}
    return (header if isinstance(header, dict) else {}), acknowledged


# --- navigation ------------------------------------------------------------------------------------


def _deref(doc: dict[str, Any], node: Any, seen: frozenset[str] = frozenset()) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/") or ref in seen:
            return {}
        seen = seen | {ref}
        target: Any = doc
        for raw in ref[2:].split("/"):
            key = raw.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, dict) or key not in target:
                return {}
            target = target[key]
        extra = {k: v for k, v in node.items() if k != "$ref"}
        node = {**target, **extra} if extra and isinstance(target, dict) else target
    return node


def _template(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path.rstrip("/"))


def find_operation(
    doc: dict[str, Any], method: str, path: str, wanted: str | None = None
) -> tuple[str, dict[str, Any]]:
    """The upstream operation matching ours: `wanted` (an operationId or `METHOD /path`) when given,
    else the same method and path template, allowing either path to carry a server base path
    prefix (`/v1/accounts/{id}` matches `/accounts/{key}`). Raises `LookupError` when none or several match.
    """
    found = []
    for candidate in operations(doc):
        name = f"{candidate.method} {candidate.path}"
        if wanted:
            hit = wanted in (candidate.data.get("operationId"), name)
        else:
            ours, theirs = _template(path), _template(candidate.path)
            hit = candidate.method == method and (ours == theirs or ours.endswith(theirs) or theirs.endswith(ours))
            hit = hit and theirs.count("{}") == ours.count("{}")
        if hit:
            found.append((name, candidate.data))
    if len(found) != 1:
        what = wanted or f"{method} {path}"
        listed = ", ".join(name for name, _ in found) or "none"
        raise LookupError(
            f"{len(found)} upstream operations match {what} ({listed}); set `upstream.operations.<operationId>`"
        )
    return found[0]


# --- schema view -----------------------------------------------------------------------------------


@dataclass
class View:
    """A schema as a client sees it: types (with `null`), format, enum, properties, required, items."""

    types: set[str]
    format: str | None
    enum: list[Any] | None
    properties: dict[str, Any]
    required: set[str]
    items: Any


def view(doc: dict[str, Any], schema: Any, depth: int = 0) -> View:
    """Flatten one schema: `$ref`s followed, `allOf` merged, `oneOf`/`anyOf` as the union of branches."""
    schema = _deref(doc, schema)
    if not isinstance(schema, dict) or depth > 20:
        return View(set(), None, None, {}, set(), None)
    types = schema_types(schema)
    if schema.get("nullable") is True:
        types.add("null")
    if "const" in schema and schema["const"] is None:
        types.add("null")
    result = View(
        types,
        schema.get("format"),
        list(schema["enum"]) if isinstance(schema.get("enum"), list) else None,
        dict(schema.get("properties") or {}),
        set(schema.get("required") or []),
        schema.get("items"),
    )
    if result.properties and not result.types:
        result.types.add("object")
    for part in schema.get("allOf") or []:
        _merge(result, view(doc, part, depth + 1), union_required=True)
    branches = [view(doc, b, depth + 1) for b in (schema.get("oneOf") or schema.get("anyOf") or [])]
    if branches:
        required = set.intersection(*(b.required for b in branches)) if branches else set()
        for branch in branches:
            _merge(result, branch, union_required=False)
        result.required |= required
    if result.enum is not None:
        result.enum = [v for v in result.enum if v is not None] or result.enum
    return result


def _merge(into: View, other: View, union_required: bool) -> None:
    into.types |= other.types
    into.format = into.format or other.format
    if other.enum is not None:
        into.enum = (into.enum or []) + [v for v in other.enum if v not in (into.enum or [])]
    for name, prop in other.properties.items():
        if name not in into.properties:
            into.properties[name] = prop
        elif into.properties[name] != prop:  # declared by several branches: read as any of them
            into.properties[name] = {"anyOf": [into.properties[name], prop]}
    if union_required:
        into.required |= other.required
    into.items = into.items if into.items is not None else other.items


def _show(value: Any) -> str:
    if value is None or value == set() or value == []:
        return "—"
    if isinstance(value, set):
        value = sorted(value, key=str)
    return json.dumps(value, default=str)


def compare_schemas(
    ours_doc: dict[str, Any], ours: Any, up_doc: dict[str, Any], up: Any, at: str
) -> Iterator[Difference]:
    """Differences between two schemas, recursively; `at` is the JSON path so far (e.g. `response 200 $`)."""
    a, b = view(ours_doc, ours), view(up_doc, up)
    a_types, b_types = a.types - {"null"}, b.types - {"null"}
    if a_types and b_types and _kind(a_types) != _kind(b_types):
        yield Difference("type-differs", at, _show(a_types), _show(b_types))
    elif ("null" in a.types) != ("null" in b.types) and (a.types and b.types):
        yield Difference("nullable-differs", at, _show("null" in a.types), _show("null" in b.types))
    if (a.format or b.format) and a.format != b.format and a_types and b_types and _kind(a_types) == _kind(b_types):
        yield Difference("format-differs", at, _show(a.format), _show(b.format))
    if a.enum is not None and b.enum is not None and set(map(str, a.enum)) != set(map(str, b.enum)):
        yield Difference("enum-differs", at, _show(sorted(map(str, a.enum))), _show(sorted(map(str, b.enum))))
    names = sorted(set(a.properties) | set(b.properties))
    for name in names:
        where = f"{at}.{name}" if name.isidentifier() else f"{at}[{name!r}]"
        if name not in b.properties:
            yield Difference("property-only-ours", where, "declared", "—")
        elif name not in a.properties:
            yield Difference("property-only-upstream", where, "—", "declared")
        else:
            if name in a.required and name not in b.required:
                yield Difference("required-only-ours", where, "required", "optional")
            elif name in b.required and name not in a.required:
                yield Difference("required-only-upstream", where, "optional", "required")
            yield from compare_schemas(ours_doc, a.properties[name], up_doc, b.properties[name], where)
    if a.items is not None and b.items is not None:
        yield from compare_schemas(ours_doc, a.items, up_doc, b.items, f"{at}[*]")


def _kind(types: set[str]) -> set[str]:
    # integer is a kind of number: `integer` against `number` is a format question, not a type one
    return {"number" if t == "integer" else t for t in types}


# --- operation comparison ----------------------------------------------------------------------------


def _parameters(
    doc: dict[str, Any], path_item: dict[str, Any], operation: dict[str, Any]
) -> dict[tuple[str, str], Any]:
    merged: dict[tuple[str, str], Any] = {}
    for raw in [*(path_item.get("parameters") or []), *(operation.get("parameters") or [])]:
        parameter = _deref(doc, raw)
        if isinstance(parameter, dict) and "name" in parameter:
            merged[(parameter.get("in", ""), parameter["name"])] = parameter
    return merged


def _security(doc: dict[str, Any], operation: dict[str, Any]) -> set[str]:
    requirements = operation.get("security", doc.get("security")) or []
    schemes = (doc.get("components") or {}).get("securitySchemes") or {}
    kinds = set()
    for requirement in requirements:
        for name in requirement:
            scheme = _deref(doc, schemes.get(name, {}))
            kind = scheme.get("type", "?")
            if kind == "http":
                kind += f" {str(scheme.get('scheme', '')).lower()}"
            elif kind == "apiKey":
                kind += f" {scheme.get('in')} {str(scheme.get('name', '')).lower()}"
            kinds.add(kind)
    return kinds


def _media_types(content: dict[str, Any]) -> dict[str, Any]:
    """Content keyed by media type without parameters: `application/json; charset=utf-8` is `application/json`."""
    return {key.split(";")[0].strip().lower(): value for key, value in content.items()}


def _path_names(name: str) -> list[str]:
    """Names of the path parameters of `METHOD /path`, in the order they appear in the path."""
    return re.findall(r"\{([^}]*)\}", name.split(" ", 1)[1])


def _path_item(doc: dict[str, Any], name: str) -> dict[str, Any]:
    path = name.split(" ", 1)[1]
    item: dict[str, Any] = doc["paths"][path]
    return item


def compare_operations(
    ours_doc: dict[str, Any], ours_name: str, up_doc: dict[str, Any], up_name: str
) -> list[Difference]:
    """Every difference between our operation `ours_name` and upstream's `up_name` (`METHOD /path` each)."""
    ours_item, up_item = _path_item(ours_doc, ours_name), _path_item(up_doc, up_name)
    ours_op = ours_item[ours_name.split(" ")[0].lower()]
    up_op = up_item[up_name.split(" ")[0].lower()]
    out: list[Difference] = []
    order = (_path_names(ours_name), _path_names(up_name))
    out += _compare_parameters(ours_doc, ours_item, ours_op, up_doc, up_item, up_op, order)
    ours_sec, up_sec = _security(ours_doc, ours_op), _security(up_doc, up_op)
    if ours_sec != up_sec:
        out.append(Difference("security-differs", "security", _show(ours_sec), _show(up_sec)))
    ours_resp, up_resp = ours_op.get("responses") or {}, up_op.get("responses") or {}
    for status in sorted(set(ours_resp) | set(up_resp), key=str):
        where = f"response {status}"
        if status not in up_resp:
            out.append(Difference("status-only-ours", where, "documented", "—"))
            continue
        if status not in ours_resp:
            out.append(Difference("status-only-upstream", where, "—", "documented"))
            continue
        a = _media_types((_deref(ours_doc, ours_resp[status]) or {}).get("content") or {})
        b = _media_types((_deref(up_doc, up_resp[status]) or {}).get("content") or {})
        for media in sorted(set(a) | set(b)):
            if media not in b:
                out.append(Difference("media-type-only-ours", f"{where} {media}", "documented", "—"))
            elif media not in a:
                out.append(Difference("media-type-only-upstream", f"{where} {media}", "—", "documented"))
            elif "json" in media:
                out += compare_schemas(ours_doc, a[media].get("schema"), up_doc, b[media].get("schema"), f"{where} $")
    return out


def _compare_parameters(
    ours_doc: dict[str, Any],
    ours_item: dict[str, Any],
    ours_op: dict[str, Any],
    up_doc: dict[str, Any],
    up_item: dict[str, Any],
    up_op: dict[str, Any],
    order: tuple[list[str], list[str]],
) -> Iterator[Difference]:
    ours, theirs = _parameters(ours_doc, ours_item, ours_op), _parameters(up_doc, up_item, up_op)
    # path parameters are matched by their place in the path (from its end, since one side may carry
    # a base path): their names are documentation, not wire format
    pairs = zip(reversed(order[1]), reversed(order[0]), strict=False)
    renamed = {("path", theirs_name): ("path", ours_name) for theirs_name, ours_name in pairs}
    theirs = {renamed.get(k, k): v for k, v in theirs.items()}
    for key in sorted(set(ours) | set(theirs)):
        where = f"parameter {key[0]} {key[1]}"
        if key not in theirs:
            yield Difference("parameter-only-ours", where, "declared", "—")
        elif key not in ours:
            yield Difference("parameter-only-upstream", where, "—", "declared")
        else:
            a, b = ours[key], theirs[key]
            if bool(a.get("required")) != bool(b.get("required")):
                yield Difference(
                    "parameter-required-differs", where, _show(bool(a.get("required"))), _show(bool(b.get("required")))
                )
            yield from compare_schemas(ours_doc, a.get("schema"), up_doc, b.get("schema"), where)


# --- the whole run ---------------------------------------------------------------------------------


def reconcile(
    broker: Broker, ours: dict[str, Any], upstream_path: Path, converter: Path = SWAGGER2OPENAPI
) -> Reconciliation:
    """Compare `ours` (the broker's contract, loaded) with the upstream spec at `upstream_path`.

    Raises `ContractError` for an unreadable upstream document, a bad `upstream.yaml`, or when no
    single upstream operation matches ours.
    """
    ack_path = broker.spec_path.parent / ACK_FILE
    header, acknowledged = load_acknowledgements(ack_path)
    up_doc = load_upstream(upstream_path, converter)
    chosen = header.get("operations") or {}
    pairs: list[tuple[str, str | None]] = []
    differences: list[Difference] = []
    for ours_op in operations(ours):
        if ours_op.operation_id in chosen and chosen[ours_op.operation_id] is None:
            pairs.append((ours_op.operation_id, None))  # upstream.yaml: the broker's spec does not publish it
            continue
        try:
            up_name, _ = find_operation(up_doc, ours_op.method, ours_op.path, chosen.get(ours_op.operation_id))
        except LookupError as exc:
            raise ContractError(upstream_path, "$.paths", f"{ours_op.operation_id}: {exc}") from exc
        pairs.append((ours_op.operation_id, up_name))
        found = compare_operations(ours, f"{ours_op.method} {ours_op.path}", up_doc, up_name)
        differences += [dataclasses.replace(d, operation=ours_op.operation_id) for d in found]
    paired = tuple((d, _reason(acknowledged, d)) for d in differences)
    stale = tuple(key for key in acknowledged if not any(_matches(key, d) for d in differences))
    return Reconciliation(broker.slug, upstream_path, tuple(pairs), paired, stale)


def _matches(key: tuple[str, str, str], diff: Difference) -> bool:
    operation, kind, where = key
    return operation in ("*", diff.operation) and kind == diff.kind and matches(where, diff.where)


def _reason(acknowledged: dict[tuple[str, str, str], str], diff: Difference) -> str | None:
    """The reason of the acknowledgement covering `diff`: an exact `where` first, then a pattern (`*`)."""
    if diff.key in acknowledged:
        return acknowledged[diff.key]
    return next((reason for key, reason in acknowledged.items() if _matches(key, diff)), None)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render(result: Reconciliation, header: dict[str, Any]) -> str:
    """The Markdown report `build/upstream/<slug>.md`: what was compared, then one row per difference."""
    open_count = len(result.unacknowledged)
    lines = [
        f"# Upstream reconciliation: {result.broker}",
        "",
        f"Upstream document: `{result.upstream_path.name}`"
        + (f" (recorded as {header['source']})" if header.get("source") else ""),
        "Operations (ours = upstream): "
        + ", ".join(f"`{o}` = `{u or 'not published upstream'}`" for o, u in result.pairs),
        "",
        f"**{'FAIL' if open_count else 'OK'}**: {len(result.differences)} difference(s), "
        f"{open_count} unacknowledged, {len(result.stale)} stale acknowledgement(s).",
        "",
        "| operation | kind | where | ours | upstream | acknowledged because |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for diff, reason in result.differences:
        because = _cell(reason) if reason else "**not acknowledged**"
        lines.append(
            f"| {diff.operation} | {diff.kind} | `{_cell(diff.where)}` | {_cell(diff.ours)} | {_cell(diff.upstream)} "
            f"| {because} |"
        )
    if result.stale:
        lines += ["", "## Stale acknowledgements (no longer differ)", ""]
        lines += [f"- {operation}: {kind} at `{where}`" for operation, kind, where in result.stale]
    return "\n".join(lines) + "\n"
