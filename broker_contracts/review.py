"""Breaking-change review of a spec against an earlier version of it, in oasdiff's vocabulary.

Written here because no maintained tool does this reliably from these registries: oasdiff cannot be
installed from them, Optic is archived and crashes without a patch, and api-schema-diff calls a
response property going from required to optional harmless. Rule ids follow oasdiff's
(`checker/localizations_src/en/messages.yaml`) where it has one; `$ref`s are resolved first, so
moving a schema into `components` is not a change.

Every rule is declared once, in `RULES` below: its id (oasdiff's where oasdiff has the rule, else
marked ours), its level (`error`: breaking, the review fails; `warning` and `info`: reported), and
what it means. `Change` objects take their level from the registry, and the rule table of
docs/review.md is rendered from it (`rules_table`). "where" names the operation and location.

Known limits: request bodies and callbacks are not compared (no spec here has them); a
`oneOf`/`anyOf` branch is identified by its component name (or position when inline), so renaming
a component reads as one branch removed and one added; response constraints other than type,
format, enum and required are not compared; deprecation and sunset dates are not taken into
account; server variables are compared by URL text only.
"""

from __future__ import annotations

import copy
import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .documents import HTTP_METHODS, follow_refs, load_yaml, matches, position, resolve_ref, schema_types
from .errors import ContractError

Spec = dict[str, Any]


@dataclass(frozen=True)
class Rule:
    """One review rule: `id`, `level` (`error` breaks the review, `warning`, `info`), what it means,
    and `oasdiff`: oasdiff's level for the same id, or None where the rule is ours only."""

    id: str
    level: str
    description: str
    oasdiff: str | None


_E, _W, _I = "error", "warning", "info"
RULES: dict[str, Rule] = {
    r.id: r
    for r in (
        Rule("api-path-removed-without-deprecation", _E, "a path removed", "ERR"),
        Rule("api-removed-without-deprecation", _E, "an operation removed from a path that remains", "ERR"),
        Rule("api-path-added", _I, "a path added", "INFO"),
        Rule("api-added", _I, "an operation added to a path", "INFO"),
        Rule("response-success-status-removed", _E, "a 2xx response removed", "ERR"),
        Rule("response-non-success-status-removed", _E, "another documented status removed", "INFO"),
        Rule("response-success-status-added", _I, "a 2xx response added", "INFO"),
        Rule("response-non-success-status-added", _I, "another status documented", "INFO"),
        Rule("response-media-type-removed", _E, "a media type of a response removed", "ERR"),
        Rule("response-media-type-added", _I, "a media type added to a response", None),
        Rule("response-required-property-removed", _E, "a required response property removed", "ERR"),
        Rule("response-optional-property-removed", _E, "an optional response property removed", "WARN"),
        Rule("response-required-property-added", _I, "a required response property added", "INFO"),
        Rule("response-optional-property-added", _I, "an optional response property added", "INFO"),
        Rule("response-property-became-optional", _E, "a response property required before is optional now", "ERR"),
        Rule("response-property-became-required", _I, "a response property optional before is required now", "INFO"),
        Rule("response-property-type-changed", _E, "a response property's types or format changed", "ERR"),
        Rule("response-property-became-nullable", _E, "a response property may be null now", "ERR"),
        Rule("response-property-became-not-nullable", _I, "a response property is never null now", "INFO"),
        Rule("response-body-type-changed", _E, "the response body's own type changed", "ERR"),
        Rule("response-property-enum-value-added", _E, "a response enum gained a value clients may not know", "WARN"),
        Rule("response-property-enum-value-removed", _I, "a response enum lost a value", "INFO"),
        Rule("response-body-one-of-added", _E, "a new branch in the body's oneOf/anyOf", "ERR"),
        Rule("response-property-one-of-added", _E, "a new branch in a property's oneOf/anyOf", "ERR"),
        Rule("response-body-one-of-removed", _I, "a branch of the body's oneOf/anyOf removed", "INFO"),
        Rule("response-property-one-of-removed", _I, "a branch of a property's oneOf/anyOf removed", "INFO"),
        Rule("required-response-header-removed", _E, "a required response header removed", "ERR"),
        Rule("optional-response-header-removed", _E, "an optional response header removed", "WARN"),
        Rule("response-header-became-optional", _E, "a required response header is optional now", "ERR"),
        Rule("response-header-type-changed", _E, "a response header's schema type or format changed", None),
        Rule("response-header-added", _I, "a response header added", None),
        Rule("new-required-request-parameter", _E, "a required parameter added", "ERR"),
        Rule("new-optional-request-parameter", _I, "an optional parameter added", "INFO"),
        Rule("request-parameter-became-required", _E, "an optional parameter is required now", "ERR"),
        Rule("request-parameter-became-optional", _I, "a required parameter is optional now", "INFO"),
        Rule("request-parameter-type-changed", _E, "a parameter's type or format changed", "ERR"),
        Rule("request-parameter-enum-value-removed", _E, "a parameter's enum lost a value", "ERR"),
        Rule("request-parameter-enum-value-added", _I, "a parameter's enum gained a value", "INFO"),
        Rule("request-parameter-removed", _I, "a parameter removed", "WARN"),
        Rule("request-parameter-max-decreased", _E, "a parameter's maximum lowered", "ERR"),
        Rule("request-parameter-max-set", _E, "a maximum added to a parameter", "WARN"),
        Rule("request-parameter-max-increased", _I, "a parameter's maximum raised or removed", "INFO"),
        Rule("request-parameter-min-increased", _E, "a parameter's minimum raised", "ERR"),
        Rule("request-parameter-min-set", _E, "a minimum added to a parameter", "WARN"),
        Rule("request-parameter-min-decreased", _I, "a parameter's minimum lowered or removed", "INFO"),
        Rule("request-parameter-exclusive-max-decreased", _E, "a parameter's exclusiveMaximum lowered", "ERR"),
        Rule("request-parameter-exclusive-max-set", _E, "an exclusiveMaximum added to a parameter", "WARN"),
        Rule("request-parameter-exclusive-max-increased", _I, "an exclusiveMaximum raised or removed", "INFO"),
        Rule("request-parameter-exclusive-min-increased", _E, "a parameter's exclusiveMinimum raised", "ERR"),
        Rule("request-parameter-exclusive-min-set", _E, "an exclusiveMinimum added to a parameter", "WARN"),
        Rule("request-parameter-exclusive-min-decreased", _I, "an exclusiveMinimum lowered or removed", "INFO"),
        Rule("request-parameter-max-length-decreased", _E, "a parameter's maxLength lowered", "ERR"),
        Rule("request-parameter-max-length-set", _E, "a maxLength added to a parameter", "WARN"),
        Rule("request-parameter-max-length-increased", _I, "a parameter's maxLength raised or removed", "INFO"),
        Rule("request-parameter-min-length-increased", _E, "a parameter's minLength raised or added", "ERR"),
        Rule("request-parameter-min-length-decreased", _I, "a parameter's minLength lowered or removed", "INFO"),
        Rule("request-parameter-pattern-added", _E, "a pattern added to a parameter", "WARN"),
        Rule("request-parameter-pattern-changed", _E, "a parameter's pattern changed", "WARN"),
        Rule("request-parameter-pattern-removed", _I, "a parameter's pattern removed", "INFO"),
        Rule("api-security-added", _E, "a client meeting an old security requirement meets no new one", "INFO"),
        Rule("api-security-removed", _I, "an old requirement changed, but a new one asks no more", "INFO"),
        Rule("api-security-component-removed", _E, "a security scheme removed from components", "INFO"),
        Rule("api-security-component-added", _I, "a security scheme added to components", "INFO"),
        Rule("api-security-component-type-changed", _E, "a security scheme's type (or http scheme) changed", "INFO"),
        Rule(
            "api-security-component-name-changed",
            _E,
            "an apiKey scheme's name or place (header, query, cookie)",
            None,
        ),
        Rule("api-security-component-oauth-scope-removed", _E, "an OAuth2 scope removed from a scheme", "INFO"),
        Rule("api-security-component-oauth-scope-added", _I, "an OAuth2 scope added to a scheme", "INFO"),
        Rule("api-server-removed", _E, "a server URL removed", None),
        Rule("api-server-added", _I, "a server URL added", None),
    )
}


@dataclass(frozen=True, order=True)
class Change:
    """One difference between two versions of a spec: breaking (level `error`) or not, rule id, where,
    what; `override` is the level `review.yaml` set for this rule, if any."""

    breaking: bool
    rule: str
    where: str
    detail: str
    override: str | None = None

    @property
    def level(self) -> str:
        """`error`, `warning` or `info`: the override of `review.yaml`, else the rule's level in `RULES`."""
        return self.override or RULES[self.rule].level


def _change(rule: str, where: str, detail: str) -> Change:
    """A `Change` of a registered rule (a `KeyError` for an unregistered id: every id is declared once)."""
    return Change(RULES[rule].level == _E, rule, where, detail)


def rules_table() -> str:
    """The Markdown table of every rule (docs/review.md carries it; a test keeps the two equal)."""
    lines = ["| rule id | level | change | oasdiff |", "| --- | --- | --- | --- |"]
    for rule in RULES.values():
        theirs = "ours only" if rule.oasdiff is None else f"same id ({rule.oasdiff})"
        lines.append(f"| `{rule.id}` | {rule.level} | {rule.description} | {theirs} |")
    return "\n".join(lines)


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
    followed = (follow_refs(spec, p) for p in [*shared, *operation.get("parameters", [])])
    return {(p["in"], p["name"]): p for p in followed}


def _security(spec: Spec, operation: dict[str, Any]) -> set[frozenset[str]]:
    requirements: list[dict[str, Any]] = operation.get("security", spec.get("security", [])) or []
    return {frozenset(requirement) for requirement in requirements}


def _compare_security(where: str, old: set[frozenset[str]], new: set[frozenset[str]]) -> Iterator[Change]:
    """A client that met an old requirement still works if some new requirement asks no more of it."""
    for requirement in sorted(old - new, key=sorted):
        if any(candidate <= requirement for candidate in new):
            yield _change("api-security-removed", where, f"{_named(requirement)} no longer required as such")
        else:
            yield _change("api-security-added", where, f"clients sending {_named(requirement)} now need more")


def _compare_security_schemes(old: Spec, new: Spec) -> Iterator[Change]:
    """Schemes of `components.securitySchemes`, by name: removed, added, type, apiKey name or place, scopes."""
    before = old.get("components", {}).get("securitySchemes", {})
    after = new.get("components", {}).get("securitySchemes", {})
    for name in sorted(before.keys() - after.keys()):
        yield _change("api-security-component-removed", "components", f"security scheme {name} removed")
    for name in sorted(after.keys() - before.keys()):
        yield _change("api-security-component-added", "components", f"security scheme {name} added")
    for name in sorted(before.keys() & after.keys()):
        a, b = before[name], after[name]
        kind = (a.get("type"), str(a.get("scheme", "")).lower()), (b.get("type"), str(b.get("scheme", "")).lower())
        if kind[0] != kind[1]:
            yield _change("api-security-component-type-changed", "components", f"{name}: {kind[0]} -> {kind[1]}")
        elif a.get("type") == "apiKey" and (a.get("name"), a.get("in")) != (b.get("name"), b.get("in")):
            detail = f"{name}: {a.get('in')} {a.get('name')} -> {b.get('in')} {b.get('name')}"
            yield _change("api-security-component-name-changed", "components", detail)
        scopes = (_scopes(a), _scopes(b))
        for scope in sorted(scopes[0] - scopes[1]):
            yield _change("api-security-component-oauth-scope-removed", "components", f"{name}: scope {scope} removed")
        for scope in sorted(scopes[1] - scopes[0]):
            yield _change("api-security-component-oauth-scope-added", "components", f"{name}: scope {scope} added")


def _scopes(scheme: dict[str, Any]) -> set[str]:
    return {scope for flow in (scheme.get("flows") or {}).values() for scope in (flow.get("scopes") or {})}


def _compare_servers(old: Spec, new: Spec) -> Iterator[Change]:
    before = {s["url"] for s in old.get("servers", [])}
    after = {s["url"] for s in new.get("servers", [])}
    for url in sorted(before - after):
        yield _change("api-server-removed", "servers", f"server {url} removed")
    for url in sorted(after - before):
        yield _change("api-server-added", "servers", f"server {url} added")


def _shape(schema: dict[str, Any]) -> tuple[frozenset[str], Any]:
    return frozenset(schema_types(schema)), schema.get("format")


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
        yield _change(rule, where, f"{key[0]} parameter {key[1]} added")
    for key in sorted(old.keys() - new.keys()):
        yield _change("request-parameter-removed", where, f"{key[0]} parameter {key[1]} removed")
    for key in sorted(old.keys() & new.keys()):
        before, after = old[key], new[key]
        label = f"{key[0]} parameter {key[1]}"
        if not before.get("required") and after.get("required"):
            yield _change("request-parameter-became-required", where, f"{label} became required")
        if before.get("required") and not after.get("required"):
            yield _change("request-parameter-became-optional", where, f"{label} became optional")
        s1, s2 = before.get("schema", {}), after.get("schema", {})
        if _shape(s1) != _shape(s2):
            yield _change("request-parameter-type-changed", where, f"{label}: {_shape(s1)} -> {_shape(s2)}")
        removed = set(s1.get("enum", [])) - set(s2.get("enum", [])) if "enum" in s2 else set()
        for value in sorted(map(str, removed)):
            yield _change("request-parameter-enum-value-removed", where, f"{label}: enum value {value} removed")
        added = set(s2.get("enum", [])) - set(s1.get("enum", [])) if "enum" in s1 else set()
        for value in sorted(map(str, added)):
            yield _change("request-parameter-enum-value-added", where, f"{label}: enum value {value} added")
        yield from _compare_bounds(where, label, s1, s2)


# keyword -> (rule stem, True when a higher value accepts more requests)
BOUNDS = {
    "maximum": ("max", True),
    "minimum": ("min", False),
    "exclusiveMaximum": ("exclusive-max", True),
    "exclusiveMinimum": ("exclusive-min", False),
    "maxLength": ("max-length", True),
    "minLength": ("min-length", False),
}


def _compare_bounds(where: str, label: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    """Request constraints tightened (error) or loosened (info): bounds, lengths and the pattern."""
    for keyword, (stem, higher_accepts_more) in BOUNDS.items():
        before, after = old.get(keyword), new.get(keyword)
        if before == after or isinstance(before, bool) or isinstance(after, bool):
            continue  # unchanged, or OpenAPI 3.0's boolean exclusive flags
        detail = f"{label}: {keyword} {before} -> {after}"
        if before is None:
            tightened = "set" if stem != "min-length" else "increased"
            yield _change(f"request-parameter-{stem}-{tightened}", where, detail)
            continue
        loosened = after is None or (after > before if higher_accepts_more else after < before)
        up, down = ("increased", "decreased") if higher_accepts_more else ("decreased", "increased")
        yield _change(f"request-parameter-{stem}-{up if loosened else down}", where, detail)
    before_pattern, after_pattern = old.get("pattern"), new.get("pattern")
    if before_pattern != after_pattern:
        what = "added" if before_pattern is None else "removed" if after_pattern is None else "changed"
        yield _change(
            f"request-parameter-pattern-{what}", where, f"{label}: pattern {before_pattern} -> {after_pattern}"
        )


def _compare_bodies(where: str, old: dict[str, Node], new: dict[str, Node]) -> Iterator[Change]:
    for path in sorted(old.keys() - new.keys()):
        if path.rsplit("/", 1)[0] in old.keys() - new.keys() and path != "/":
            continue  # inside something already reported removed
        if _is_branch(path):
            yield _change(_branch_rule(path, "removed"), where, f"branch {path} removed")
            continue
        rule = "response-required-property-removed" if old[path].required else "response-optional-property-removed"
        yield _change(rule, where, f"property {path} removed")
    for path in sorted(new.keys() - old.keys()):
        if path.rsplit("/", 1)[0] in new.keys() - old.keys() and path != "/":
            continue
        if _is_branch(path):
            yield _change(_branch_rule(path, "added"), where, f"branch {path} added: clients cannot parse it")
            continue
        rule = "response-required-property-added" if new[path].required else "response-optional-property-added"
        yield _change(rule, where, f"property {path} added")
    for path in sorted(old.keys() & new.keys()):
        before, after = old[path], new[path]
        if before.required and not after.required:
            yield _change("response-property-became-optional", where, f"property {path} became optional")
        if not before.required and after.required:
            yield _change("response-property-became-required", where, f"property {path} became required")
        if before.format == after.format and before.types - {"null"} == after.types - {"null"} != frozenset():
            if "null" in after.types - before.types:
                yield _change("response-property-became-nullable", where, f"{path} may be null now")
            elif "null" in before.types - after.types:
                yield _change("response-property-became-not-nullable", where, f"{path} is never null now")
        elif (before.types, before.format) != (after.types, after.format):
            rule = "response-body-type-changed" if path == "/" else "response-property-type-changed"
            yield _change(rule, where, f"{path}: {_shown(before)} -> {_shown(after)}")
        if before.enum is not None and after.enum is not None:
            for value in sorted(map(str, after.enum - before.enum)):
                yield _change("response-property-enum-value-added", where, f"{path}: enum value {value} added")
            for value in sorted(map(str, before.enum - after.enum)):
                yield _change("response-property-enum-value-removed", where, f"{path}: enum value {value} removed")


def _is_branch(path: str) -> bool:
    return path.rsplit("/", 1)[-1].startswith("<")


def _branch_rule(path: str, what: str) -> str:
    """`response-body-one-of-<what>` for a branch of the body (or of its array items), else the property rule."""
    parent = path.rsplit("/", 1)[0]
    return f"response-{'body' if parent in ('', '/[]') else 'property'}-one-of-{what}"


def _compare_headers(where: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    for name in sorted(old.keys() - new.keys()):
        rule = "required-response-header-removed" if old[name].get("required") else "optional-response-header-removed"
        yield _change(rule, where, f"header {name} removed")
    for name in sorted(new.keys() - old.keys()):
        yield _change("response-header-added", where, f"header {name} added")
    for name in sorted(old.keys() & new.keys()):
        if old[name].get("required") and not new[name].get("required"):
            yield _change("response-header-became-optional", where, f"header {name} became optional")
        before, after = _shape(old[name].get("schema", {})), _shape(new[name].get("schema", {}))
        if before != after:
            yield _change("response-header-type-changed", where, f"header {name}: {before} -> {after}")


def _compare_responses(where: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    for status in sorted(old.keys() - new.keys()):
        rule = "response-success-status-removed" if status.startswith("2") else "response-non-success-status-removed"
        yield _change(rule, where, f"status {status} removed")
    for status in sorted(new.keys() - old.keys()):
        rule = "response-success-status-added" if status.startswith("2") else "response-non-success-status-added"
        yield _change(rule, where, f"status {status} added")
    for status in sorted(old.keys() & new.keys()):
        yield from _compare_headers(f"{where} {status}", old[status].get("headers", {}), new[status].get("headers", {}))
        before, after = old[status].get("content", {}), new[status].get("content", {})
        for media in sorted(before.keys() - after.keys()):
            yield _change("response-media-type-removed", f"{where} {status}", f"media type {media} removed")
        for media in sorted(after.keys() - before.keys()):
            yield _change("response-media-type-added", f"{where} {status}", f"media type {media} added")
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
    changes += _compare_security_schemes(old, new)
    before, after = _operations(old), _operations(new)
    old_paths, new_paths = set(old.get("paths", {})), set(new.get("paths", {}))
    for path in sorted(old_paths - new_paths):
        changes.append(_change("api-path-removed-without-deprecation", path, f"path {path} removed"))
    for path in sorted(new_paths - old_paths):
        changes.append(_change("api-path-added", path, f"path {path} added"))
    for path, method in sorted(before.keys() - after.keys()):
        if path in new_paths:
            changes.append(_change("api-removed-without-deprecation", f"{method.upper()} {path}", "operation removed"))
    for path, method in sorted(after.keys() - before.keys()):
        if path in old_paths:
            changes.append(_change("api-added", f"{method.upper()} {path}", "operation added"))
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


# --- where a change is, in the new document -----------------------------------------------------

_BODY_PATH = re.compile(r"(?:property |branch |^)(/[^\s:]*)")


def _walk(spec: Spec, at: tuple[str | int, ...], node: Any, segments: list[str]) -> tuple[str | int, ...]:
    """Follow a flattened body path (`/data/x`, `/[]`, `/<Branch>`) through `node` of the raw spec,
    `$ref`s included; the location of the deepest node reached."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        node, at = resolve_ref(spec, node["$ref"])
    if not segments or not isinstance(node, dict):
        return at
    head, rest = segments[0], segments[1:]
    if head == "[]" and "items" in node:
        return _walk(spec, (*at, "items"), node["items"], rest)
    if head.startswith("<"):
        name = head[1:-1]
        for key in ("oneOf", "anyOf"):
            for i, branch in enumerate(node.get(key, [])):
                if str(branch.get("$ref", "")).rsplit("/", 1)[-1] == name or str(i) == name:
                    return _walk(spec, (*at, key, i), branch, rest)
        return at
    if head in node.get("properties", {}):
        return _walk(spec, (*at, "properties", head), node["properties"][head], rest)
    for key in ("allOf", "oneOf", "anyOf"):
        for i, branch in enumerate(node.get(key, [])):
            found = _walk(spec, (*at, key, i), branch, segments)
            if found != (*at, key, i):
                return found
    return at


def locate(spec: Spec, change: Change) -> tuple[str | int, ...]:
    """The location, in the raw (unresolved) new spec, of the node a change is about (or its nearest
    existing ancestor: a removed property points at the object it was removed from)."""
    if change.where == "servers":
        return ("servers",)
    if change.where == "components":
        name = change.detail.split(":")[0].split()[-1]
        return (
            ("components", "securitySchemes", name)
            if name in spec.get("components", {}).get("securitySchemes", {})
            else ("components",)
        )
    method, _, rest = change.where.partition(" ")
    path, _, rest = rest.partition(" ")
    if path not in spec.get("paths", {}):
        return ("paths",)
    at: tuple[str | int, ...] = ("paths", path)
    operation = spec["paths"][path].get(method.lower())
    if operation is None:
        return at
    at = (*at, method.lower())
    label = re.match(r"(path|query|header|cookie) parameter (\S+)", change.detail)
    if label:
        for i, parameter in enumerate(operation.get("parameters", [])):
            if (parameter.get("in"), parameter.get("name")) == (label.group(1), label.group(2).rstrip(":")):
                return (*at, "parameters", i)
        return at
    status, _, media = rest.partition(" ")
    if not status or status not in operation.get("responses", {}):
        return (*at, "responses") if status else at
    at = (*at, "responses", status)
    response = operation["responses"][status]
    header = re.match(r"header (\S+)", change.detail)
    if header and header.group(1).rstrip(":") in response.get("headers", {}):
        return (*at, "headers", header.group(1).rstrip(":"))
    if not media or media not in response.get("content", {}):
        return at
    at = (*at, "content", media, "schema")
    body = _BODY_PATH.search(change.detail)
    segments = [seg for seg in body.group(1).split("/") if seg] if body else []
    return _walk(spec, at, response["content"][media].get("schema", {}), segments)


def line_of(text: str, location: tuple[str | int, ...]) -> int:
    """The 1-based line of `location` in YAML `text` (the nearest ancestor's when a step is missing)."""
    return position(text, location)[0]


# --- the review's own configuration: review.yaml -------------------------------------------------


@dataclass(frozen=True)
class Ignore:
    """A change the team has accepted: its rule, a `where` pattern (`*` any text), why, and until when."""

    rule: str
    where: str
    reason: str
    expires: datetime.date


def load_config(path: Path) -> tuple[dict[str, str], list[Ignore]]:
    """`review.yaml`: per-rule level `overrides` and `ignore` entries (rule, where, reason, expires).

    A missing file is an empty configuration. Raises `ContractError` (file and place) for an unknown
    rule id, a level that is not error/warning/info, an ignore entry without a reason or a date.
    """
    if not path.is_file():
        return {}, []
    data = load_yaml(path) or {}
    if not isinstance(data, dict):
        raise ContractError(path, "$", "must be a mapping with `overrides` and `ignore`")
    overrides = data.get("overrides") or {}
    for rule, level in overrides.items():
        if rule not in RULES:
            raise ContractError(path, f"$.overrides.{rule}", "unknown rule id (see docs/review.md)")
        if level not in (_E, _W, _I):
            raise ContractError(path, f"$.overrides.{rule}", f"level must be error, warning or info, not {level!r}")
    ignores = []
    for i, entry in enumerate(data.get("ignore") or []):
        at = f"$.ignore[{i}]"
        if not isinstance(entry, dict) or entry.get("rule") not in RULES:
            raise ContractError(path, f"{at}.rule", "a registered rule id is required")
        if not str(entry.get("reason", "")).strip():
            raise ContractError(path, f"{at}.reason", "an ignored change needs its reason")
        expires = entry.get("expires")
        if not isinstance(expires, datetime.date):
            raise ContractError(path, f"{at}.expires", "an expiry date (YYYY-MM-DD) is required")
        ignores.append(Ignore(entry["rule"], str(entry.get("where", "*")), str(entry["reason"]), expires))
    return dict(overrides), ignores


def configure(
    changes: list[Change], overrides: dict[str, str], ignores: list[Ignore], today: datetime.date
) -> tuple[list[Change], list[str]]:
    """The changes with `review.yaml` applied, and notes: an ignore entry drops the changes it matches
    until its expiry date, after which they count again (and a note says the entry expired)."""
    kept, notes = [], []
    for change in changes:
        level = overrides.get(change.rule, RULES[change.rule].level)
        matching = [i for i in ignores if i.rule == change.rule and matches(i.where, change.where)]
        live = [i for i in matching if i.expires >= today]
        if live:
            continue
        for entry in matching:
            notes.append(f"ignore entry for {entry.rule} at {entry.where} expired on {entry.expires}")
        kept.append(Change(level == _E, change.rule, change.where, change.detail, overrides.get(change.rule)))
    return kept, sorted(set(notes))


def render_github(file: str, changes: list[Change], lines: dict[Change, int]) -> str:
    """GitHub Actions workflow commands, one per change: `::error file=...,line=...,title=<rule id>::...`
    (warning and notice for the other levels), at the line of the changed node in the new spec."""
    command = {_E: "error", _W: "warning", _I: "notice"}
    out = []
    for change in changes:
        message = f"{change.where}: {change.detail}".replace("%", "%25").replace("\n", "%0A")
        out.append(f"::{command[change.level]} file={file},line={lines[change]},title={change.rule}::{message}")
    return "\n".join(out)


def render_json(slug: str, base: str, changes: list[Change], lines: dict[Change, int]) -> list[dict[str, Any]]:
    """The changes as JSON-ready records: rule, level, breaking, where, detail, line (in the new spec)."""
    return [
        {"broker": slug, "base": base, "rule": c.rule, "level": c.level, "breaking": c.breaking,
         "where": c.where, "detail": c.detail, "line": lines[c]}
        for c in changes
    ]  # fmt: skip
