"""Breaking-change review of a spec against an earlier version of it, in oasdiff's vocabulary.

Written here because no maintained tool does this reliably from these registries: oasdiff cannot be
installed from them, Optic is archived and crashes without a patch, and api-schema-diff calls a
response property going from required to optional harmless. Rule ids follow oasdiff's
(`checker/localizations_src/en/messages.yaml`) where it has one; `$ref`s are resolved first, so
moving a schema into `components` is not a change.

Rules (breaking unless marked "non-breaking"); "where" names the operation and location:

| rule id | change |
| --- | --- |
| `api-path-removed-without-deprecation` | a path removed |
| `api-removed-without-deprecation` | an operation removed from a path that remains |
| `api-path-added`, `api-added` | non-breaking: a path or operation added |
| `response-success-status-removed` | a 2xx response removed |
| `response-non-success-status-removed` | another documented status removed |
| `response-success-status-added`, `response-non-success-status-added` | non-breaking: a status added |
| `response-media-type-removed` | a media type of a response removed |
| `response-required-property-removed` | a required response property removed |
| `response-optional-property-removed` | an optional response property removed |
| `response-required-property-added`, `response-optional-property-added` | non-breaking: a property added |
| `response-property-became-optional` | a response property required before is optional now |
| `response-property-became-required` | non-breaking: the reverse |
| `response-property-type-changed` | a response property's type set changed (nullable included), or its format |
| `response-body-type-changed` | the response body's own type changed |
| `response-property-enum-value-added` | a response enum gained a value clients may not know |
| `response-property-enum-value-removed` | non-breaking: a response enum lost a value |
| `new-required-request-parameter` | a required parameter added |
| `new-optional-request-parameter` | non-breaking: an optional parameter added |
| `request-parameter-became-required` | an optional parameter is required now |
| `request-parameter-became-optional` | non-breaking: the reverse |
| `request-parameter-type-changed` | a parameter's type, format or pattern changed |
| `request-parameter-enum-value-removed` | a parameter's enum lost a value |
| `request-parameter-removed` | non-breaking: a parameter removed |
| `api-security-added` | a client meeting an old security requirement meets no new one (it needs more) |
| `api-security-removed` | non-breaking: an old requirement changed, but a new one asks no more of its clients |
| `api-server-removed` | a server URL removed |
| `api-server-added` | non-breaking: a server URL added |

Known limits: request bodies, response headers and callbacks are not compared (no spec here has
them); a `oneOf`/`anyOf` branch is identified by its component name (or position when inline),
so renaming a component reads as one branch removed and one added; constraints other than type,
format, pattern, enum and required (minimum, maxLength, ...) are not compared; deprecation and
sunset dates are not taken into account; server variables are compared by URL text only.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .documents import resolve_ref, schema_types

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace", "query")
Spec = dict[str, Any]


@dataclass(frozen=True, order=True)
class Change:
    """One difference between two versions of a spec: rule id, breaking or not, where, what."""

    breaking: bool
    rule: str
    where: str
    detail: str


@dataclass(frozen=True)
class Node:
    """A point in a response body: its JSON types, format, enum values, and whether it is required."""

    types: frozenset[str]
    format: str | None
    enum: frozenset[Any] | None
    required: bool


def resolve(spec: Spec) -> Spec:
    """A copy of `spec` with every local `$ref` replaced by what it points at.

    A resolved component schema keeps its name in `x-component` (branch labels of `oneOf`). A
    `$ref` met again inside its own expansion (recursion) is left as it is.
    """

    def walk(node: Any, seen: tuple[str, ...]) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/") and ref not in seen:
                resolved = walk(copy.deepcopy(resolve_ref(spec, ref)[0]), (*seen, ref))
                if isinstance(resolved, dict) and ref.startswith("#/components/schemas/"):
                    resolved = {**resolved, "x-component": ref.rsplit("/", 1)[-1]}
                siblings = {k: walk(v, seen) for k, v in node.items() if k != "$ref"}
                return {**resolved, **siblings} if isinstance(resolved, dict) else resolved
            return {k: walk(v, seen) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v, seen) for v in node]
        return node

    result: Spec = walk(spec, ())
    return result


def flatten(schema: dict[str, Any], prefix: str = "", required: bool = True) -> dict[str, Node]:
    """Every point of a (resolved) response schema, by path: `/data/sod/asof`, `/[]<Variant>/Key`.

    Object properties add `/<name>`, array items `/[]`, `oneOf`/`anyOf` branches `<Component>` (a
    branch that is only `null` makes its parent nullable instead), `allOf` parts merge in place.
    """
    nodes: dict[str, Node] = {}
    types = schema_types(schema)
    branches = [*schema.get("oneOf", []), *schema.get("anyOf", [])]
    for part in schema.get("allOf", []):
        nodes.update(flatten(part, prefix, required))
    real_branches = []
    for branch in branches:
        if schema_types(branch) == {"null"} and len(branch) <= 2:
            types.add("null")
        else:
            real_branches.append(branch)
    enum = frozenset(map(_hashable, schema["enum"])) if "enum" in schema else None
    nodes[prefix or "/"] = Node(frozenset(types), schema.get("format"), enum, required)
    for name, prop in schema.get("properties", {}).items():
        nodes.update(flatten(prop, f"{prefix}/{name}", name in schema.get("required", [])))
    if isinstance(schema.get("items"), dict):
        nodes.update(flatten(schema["items"], f"{prefix}/[]", True))
    for index, branch in enumerate(real_branches):
        if len(real_branches) == 1:
            nodes.update(flatten(branch, prefix, required))
        else:
            nodes.update(flatten(branch, f"{prefix}/<{branch.get('x-component', index)}>", required))
    return nodes


def _hashable(value: Any) -> Any:
    return value if not isinstance(value, (dict, list)) else repr(value)


def _operations(spec: Spec) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (path, method): operation
        for path, item in spec.get("paths", {}).items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    }


def _parameters(spec: Spec, path: str, operation: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    shared = spec["paths"][path].get("parameters", [])
    return {(p["in"], p["name"]): p for p in [*shared, *operation.get("parameters", [])]}


def _security(spec: Spec, operation: dict[str, Any]) -> set[frozenset[str]]:
    requirements: list[dict[str, Any]] = operation.get("security", spec.get("security", [])) or []
    return {frozenset(requirement) for requirement in requirements}


def _compare_security(where: str, old: set[frozenset[str]], new: set[frozenset[str]]) -> Iterator[Change]:
    """A client that met an old requirement still works if some new requirement asks no more of it."""
    for requirement in sorted(old - new, key=sorted):
        if any(candidate <= requirement for candidate in new):
            yield Change(False, "api-security-removed", where, f"{_named(requirement)} no longer required as such")
        else:
            yield Change(True, "api-security-added", where, f"clients sending {_named(requirement)} now need more")


def _compare_servers(old: Spec, new: Spec) -> Iterator[Change]:
    before = {s["url"] for s in old.get("servers", [])}
    after = {s["url"] for s in new.get("servers", [])}
    for url in sorted(before - after):
        yield Change(True, "api-server-removed", "servers", f"server {url} removed")
    for url in sorted(after - before):
        yield Change(False, "api-server-added", "servers", f"server {url} added")


def _shape(schema: dict[str, Any]) -> tuple[frozenset[str], Any, Any]:
    return frozenset(schema_types(schema)), schema.get("format"), schema.get("pattern")


def _shown(node: Node) -> str:
    return f"{'|'.join(sorted(node.types)) or 'any'}{'/' + node.format if node.format else ''}"


def _named(requirement: frozenset[str]) -> str:
    return " + ".join(sorted(requirement)) or "no credential"


def _compare_parameters(
    where: str, old: dict[tuple[str, str], Any], new: dict[tuple[str, str], Any]
) -> Iterator[Change]:
    for key in sorted(new.keys() - old.keys()):
        required = bool(new[key].get("required"))
        rule = "new-required-request-parameter" if required else "new-optional-request-parameter"
        yield Change(required, rule, where, f"{key[0]} parameter {key[1]} added")
    for key in sorted(old.keys() - new.keys()):
        yield Change(False, "request-parameter-removed", where, f"{key[0]} parameter {key[1]} removed")
    for key in sorted(old.keys() & new.keys()):
        before, after = old[key], new[key]
        label = f"{key[0]} parameter {key[1]}"
        if not before.get("required") and after.get("required"):
            yield Change(True, "request-parameter-became-required", where, f"{label} became required")
        if before.get("required") and not after.get("required"):
            yield Change(False, "request-parameter-became-optional", where, f"{label} became optional")
        s1, s2 = before.get("schema", {}), after.get("schema", {})
        if _shape(s1) != _shape(s2):
            yield Change(True, "request-parameter-type-changed", where, f"{label}: {_shape(s1)} -> {_shape(s2)}")
        removed = set(s1.get("enum", [])) - set(s2.get("enum", [])) if "enum" in s2 else set()
        for value in sorted(map(str, removed)):
            yield Change(True, "request-parameter-enum-value-removed", where, f"{label}: enum value {value} removed")


def _compare_bodies(where: str, old: dict[str, Node], new: dict[str, Node]) -> Iterator[Change]:
    for path in sorted(old.keys() - new.keys()):
        if path.rsplit("/", 1)[0] in old.keys() - new.keys() and path != "/":
            continue  # inside something already reported removed
        rule = "response-required-property-removed" if old[path].required else "response-optional-property-removed"
        yield Change(True, rule, where, f"property {path} removed")
    for path in sorted(new.keys() - old.keys()):
        if path.rsplit("/", 1)[0] in new.keys() - old.keys() and path != "/":
            continue
        rule = "response-required-property-added" if new[path].required else "response-optional-property-added"
        yield Change(False, rule, where, f"property {path} added")
    for path in sorted(old.keys() & new.keys()):
        before, after = old[path], new[path]
        if before.required and not after.required:
            yield Change(True, "response-property-became-optional", where, f"property {path} became optional")
        if not before.required and after.required:
            yield Change(False, "response-property-became-required", where, f"property {path} became required")
        if (before.types, before.format) != (after.types, after.format):
            rule = "response-body-type-changed" if path == "/" else "response-property-type-changed"
            yield Change(True, rule, where, f"{path}: {_shown(before)} -> {_shown(after)}")
        if before.enum is not None and after.enum is not None:
            for value in sorted(map(str, after.enum - before.enum)):
                yield Change(True, "response-property-enum-value-added", where, f"{path}: enum value {value} added")
            for value in sorted(map(str, before.enum - after.enum)):
                yield Change(
                    False, "response-property-enum-value-removed", where, f"{path}: enum value {value} removed"
                )


def _compare_responses(where: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    for status in sorted(old.keys() - new.keys()):
        rule = "response-success-status-removed" if status.startswith("2") else "response-non-success-status-removed"
        yield Change(True, rule, where, f"status {status} removed")
    for status in sorted(new.keys() - old.keys()):
        rule = "response-success-status-added" if status.startswith("2") else "response-non-success-status-added"
        yield Change(False, rule, where, f"status {status} added")
    for status in sorted(old.keys() & new.keys()):
        before, after = old[status].get("content", {}), new[status].get("content", {})
        for media in sorted(before.keys() - after.keys()):
            yield Change(True, "response-media-type-removed", f"{where} {status}", f"media type {media} removed")
        for media in sorted(before.keys() & after.keys()):
            yield from _compare_bodies(
                f"{where} {status} {media}",
                flatten(before[media].get("schema", {})),
                flatten(after[media].get("schema", {})),
            )


def compare(old_spec: Spec, new_spec: Spec) -> list[Change]:
    """Every change from `old_spec` to `new_spec` (both raw OpenAPI documents), breaking ones first."""
    old, new = resolve(old_spec), resolve(new_spec)
    changes = list(_compare_servers(old, new))
    before, after = _operations(old), _operations(new)
    old_paths, new_paths = set(old.get("paths", {})), set(new.get("paths", {}))
    for path in sorted(old_paths - new_paths):
        changes.append(Change(True, "api-path-removed-without-deprecation", path, f"path {path} removed"))
    for path in sorted(new_paths - old_paths):
        changes.append(Change(False, "api-path-added", path, f"path {path} added"))
    for path, method in sorted(before.keys() - after.keys()):
        if path in new_paths:
            changes.append(
                Change(True, "api-removed-without-deprecation", f"{method.upper()} {path}", "operation removed")
            )
    for path, method in sorted(after.keys() - before.keys()):
        if path in old_paths:
            changes.append(Change(False, "api-added", f"{method.upper()} {path}", "operation added"))
    for path, method in sorted(before.keys() & after.keys()):
        where = f"{method.upper()} {path}"
        o, n = before[(path, method)], after[(path, method)]
        changes += _compare_parameters(where, _parameters(old, path, o), _parameters(new, path, n))
        changes += _compare_responses(where, o.get("responses", {}), n.get("responses", {}))
        changes += _compare_security(where, _security(old, o), _security(new, n))
    return sorted(changes, key=lambda c: (not c.breaking, c.where, c.rule, c.detail))


def render(slug: str, base: str, changes: list[Change]) -> str:
    """The Markdown report of one spec: breaking changes, then non-breaking ones."""
    breaking = [c for c in changes if c.breaking]
    lines = [
        f"# Review of `specs/{slug}/openapi.yaml` against `{base}`",
        "",
        f"**{len(breaking)} breaking**, {len(changes) - len(breaking)} non-breaking change(s).",
        "",
    ]
    for title, group in (("Breaking", breaking), ("Non-breaking", [c for c in changes if not c.breaking])):
        if group:
            lines += [f"## {title}", "", "| rule | where | change |", "| --- | --- | --- |"]
            lines += [f"| `{c.rule}` | {c.where} | {c.detail} |" for c in group]
            lines.append("")
    return "\n".join(lines)
