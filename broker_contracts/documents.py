"""Read the project's YAML documents and find places in them.

Loading raises errors that name the file and the line; `json_path` names a place for messages;
`operations` lists a contract's operations (any number) and `find_operation` finds one by operationId;
`value_at` reads a JSON pointer in a payload;
`resolve_ref`, `follow_refs`, `schema_types` and `path_parameter` navigate an OpenAPI document.
No OpenAPI or JSON Schema library is imported here, so light tools (`make review`) start fast.
"""

from __future__ import annotations

import copy
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from broker_contracts_runtime.drift import response_key as response_key

from .errors import ContractError

Location = tuple[str | int, ...]
# libyaml's safe loader when PyYAML was built with it (about ten times faster on our specs), else PyYAML's.
SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _without_dates(loader: type[yaml.SafeLoader]) -> type[yaml.SafeLoader]:
    """`loader` reading YAML as a JSON document would: no implicit dates (`asof: 2023-09-27` stays a string)."""
    resolvers = {
        key: [(tag, regexp) for tag, regexp in found if tag != "tag:yaml.org,2002:timestamp"]
        for key, found in loader.yaml_implicit_resolvers.items()
    }
    return type(f"{loader.__name__}WithoutDates", (loader,), {"yaml_implicit_resolvers": resolvers})


LOADERS = {True: (SAFE_LOADER, yaml.SafeLoader), False: (_without_dates(SAFE_LOADER), _without_dates(yaml.SafeLoader))}


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ContractError(path, "", f"cannot read: {exc.strerror}") from exc


@functools.lru_cache(maxsize=256)
def _parsed(text: str, dates: bool) -> Any:
    """`text` parsed by the fast loader, kept for the next read of the same text: the tests and a
    conformance session read the same specs and behaviour files hundreds of times."""
    return yaml.load(text, Loader=LOADERS[dates][0])


def parse_yaml(text: str, source: str | Path, *, dates: bool = True) -> Any:
    """Parse YAML `text` read from `source` (a path, or `<rev>:<path>` for a file in git) into plain
    Python data: a fresh copy on every call, so callers may change it. `dates=False` keeps
    timestamps as strings, as a JSON document reads.

    Raises `ContractError` naming `source` and the line/column when `text` is not valid YAML.
    """
    try:
        return copy.deepcopy(_parsed(text, dates))
    except yaml.YAMLError:
        pass  # parse again with PyYAML's own loader: the same message whether libyaml is there or not
    try:
        return yaml.load(text, Loader=LOADERS[dates][1])
    except yaml.MarkedYAMLError as exc:
        raise ContractError(source, yaml_place(exc), f"invalid YAML: {exc.problem}") from exc


def load_yaml(path: Path) -> Any:
    """Parse a YAML file (OpenAPI specs, mock behaviour files) into plain Python data (see `parse_yaml`).

    Raises `ContractError` naming the file and the line/column when the file is missing or is not
    valid YAML.
    """
    return parse_yaml(_read_text(path), path)


def yaml_place(error: yaml.MarkedYAMLError) -> str:
    """Where a YAML error is: `line L, column C` (1-based), or "" when PyYAML gives no mark."""
    mark = error.problem_mark
    return f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""


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


@functools.lru_cache(maxsize=8)
def _composed(text: str) -> yaml.Node | None:
    """The YAML node tree of `text`, kept for the next lookup: a review or a report locates many
    nodes in the same document (None when `text` is not YAML)."""
    try:
        return yaml.compose(text, Loader=SAFE_LOADER)
    except yaml.YAMLError:
        return None


def position(text: str, location: Location) -> tuple[int, int]:
    """1-based (line, column) of the node at `location` in YAML `text`; the nearest ancestor's when a
    step does not exist (a removed property: where its object is). (1, 1) when `text` is not YAML."""
    node = _composed(text)
    mark = node.start_mark if node is not None else None
    for step in location:
        if isinstance(node, yaml.MappingNode):
            pair = next(((k, v) for k, v in node.value if k.value == step), None)
            if pair is None:
                break
            mark, node = pair[0].start_mark, pair[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
            mark = node.start_mark
        else:
            break
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


def matches(pattern: str, text: str) -> bool:
    """Whether `text` fits `pattern`, in which `*` stands for any text and everything else for itself
    (`response 200 $.data.*`, `GET /v1/accounts/*`): the patterns of upstream.yaml and review.yaml."""
    return re.fullmatch(".*".join(re.escape(part) for part in pattern.split("*")), text) is not None
