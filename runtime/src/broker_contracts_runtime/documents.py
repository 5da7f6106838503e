"""Places in an OpenAPI contract held as plain data (parsed JSON or YAML): no parser, no schema library.

`operations` lists a contract's operations (any number) and `find_operation` finds one by
operationId; `parameters_of` gives an operation's parameters (path-item ones merged, `$ref`s
followed); `value_at` reads a JSON pointer in a payload; `resolve_ref`, `follow_refs` and
`schema_types` navigate a document; `json_path` names a place for messages. Shared by the runtime
(the calls of `get_balances`) and the toolchain (`broker_contracts.documents` adds YAML loading).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Location = tuple[str | int, ...]
"""A place in a document as the keys and indexes that lead to it."""

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace", "query")


@dataclass(frozen=True)
class Operation:
    """One operation of a contract: its `operation_id`, upper-case `method`, path template, the
    Operation Object itself (`data`) and its location (`("paths", "/v1/...", "get")`)."""

    operation_id: str
    method: str
    path: str
    data: dict[str, Any] = field(repr=False)
    location: Location

    @property
    def name(self) -> str:
        """How reports name it: `operationId (GET /v1/...)`."""
        return f"{self.operation_id} ({self.method} {self.path})"


def operations(spec: dict[str, Any]) -> list[Operation]:
    """Every operation of a contract, in document order (paths, then methods as written).

    An operation without an `operationId` is named `<METHOD> <path>`: validation rejects it, but
    the light tools (review, docs) still name it.
    """
    found = []
    for path, item in (spec.get("paths") or {}).items():
        for verb, operation in (item or {}).items():
            if verb in HTTP_METHODS and isinstance(operation, dict):
                operation_id = operation.get("operationId") or f"{verb.upper()} {path}"
                found.append(Operation(str(operation_id), verb.upper(), path, operation, ("paths", path, verb)))
    return found


def find_operation(spec: dict[str, Any], operation_id: str) -> Operation:
    """The operation whose operationId is `operation_id`. Raises `KeyError` naming the known ones."""
    for operation in operations(spec):
        if operation.operation_id == operation_id:
            return operation
    known = ", ".join(o.operation_id for o in operations(spec)) or "none"
    raise KeyError(f"no operation {operation_id!r} in the contract (known: {known})")


def value_at(document: Any, pointer: str) -> Any:
    """The value at JSON pointer `pointer` (`/data/0/id`; `""` the document) in `document`; None
    where a step does not exist."""
    for raw in pointer.split("/")[1:]:
        key = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(document, list) and key.isdigit():
            document = document[int(key)] if int(key) < len(document) else None
        elif isinstance(document, dict):
            document = document.get(key)
        else:
            return None
    return document


def json_path(parts: tuple[str | int, ...]) -> str:
    """Render a location in a document as a JSONPath string: `("paths", "/a", 0)` -> `$.paths['/a'][0]`."""
    out = "$"
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part.isidentifier():
            out += f".{part}"
        else:
            out += f"[{part!r}]"
    return out


def follow_refs(spec: dict[str, Any], node: Any) -> Any:
    """`node` with local `$ref`s followed until it is not a reference (`{"$ref": "#/a/b"}` -> spec["a"]["b"])."""
    while isinstance(node, dict) and "$ref" in node:
        node = resolve_ref(spec, node["$ref"])[0]
    return node


def schema_types(schema: dict[str, Any]) -> set[str]:
    """The JSON types a schema declares: `type` as one name or an OpenAPI 3.1 list; empty when absent.

    `{"type": ["string", "null"]}` -> `{"string", "null"}`; `{"type": "number"}` -> `{"number"}`.
    """
    declared = schema.get("type")
    return set(declared) if isinstance(declared, list) else {declared} if declared else set()


def parameters_of(spec: dict[str, Any], operation: Operation) -> list[dict[str, Any]]:
    """Every parameter of one operation as OpenAPI defines them: the path item's, then the
    operation's, which replace a path item's of the same `in` and `name`; `$ref`s followed
    (`components/parameters`). Each is the Parameter Object itself (not a copy)."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*(spec["paths"][operation.path].get("parameters") or []), *(operation.data.get("parameters") or [])]:
        parameter = follow_refs(spec, raw)
        if isinstance(parameter, dict):
            merged[(str(parameter.get("in")), str(parameter.get("name")))] = parameter
    return list(merged.values())


def path_parameter(spec: dict[str, Any], name: str) -> dict[str, Any] | None:
    """The first path parameter called `name` in any operation of `spec`, or None."""
    for operation in operations(spec):
        for parameter in parameters_of(spec, operation):
            if parameter.get("in") == "path" and parameter.get("name") == name:
                return dict(parameter)
    return None


def resolve_ref(spec: dict[str, Any], ref: str) -> tuple[Any, Location]:
    """What one local `$ref` (`#/a/b`, JSON-pointer escapes `~0` `~1`) points at, and its location.

    Raises `KeyError` for a reference that is not local or points at nothing.
    """
    if not ref.startswith("#/"):
        raise KeyError(ref)
    node: Any = spec
    parts: list[str | int] = []
    for raw in ref[2:].split("/"):
        key = raw.replace("~1", "/").replace("~0", "~")
        node = node[key]
        parts.append(key)
    return node, tuple(parts)


def response_key(responses: dict[str, Any], status: int) -> str | None:
    """The key of `responses` that documents `status`: the status itself, else its range (`4XX`),
    else `default`; None when none does (OpenAPI 3.1, Responses Object)."""
    for key in (str(status), f"{str(status)[0]}XX", "default"):
        if key in responses:
            return key
    return None
