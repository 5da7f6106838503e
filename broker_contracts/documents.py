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
from pathlib import Path
from typing import Any

import yaml
from broker_contracts_runtime.documents import (
    HTTP_METHODS as HTTP_METHODS,
)
from broker_contracts_runtime.documents import (
    Location as Location,
)
from broker_contracts_runtime.documents import (
    Operation as Operation,
)
from broker_contracts_runtime.documents import (
    find_operation as find_operation,
)
from broker_contracts_runtime.documents import (
    follow_refs as follow_refs,
)
from broker_contracts_runtime.documents import (
    json_path as json_path,
)
from broker_contracts_runtime.documents import (
    operations as operations,
)
from broker_contracts_runtime.documents import (
    parameters_of as parameters_of,
)
from broker_contracts_runtime.documents import (
    path_parameter as path_parameter,
)
from broker_contracts_runtime.documents import (
    resolve_ref as resolve_ref,
)
from broker_contracts_runtime.documents import response_key as response_key
from broker_contracts_runtime.documents import (
    schema_types as schema_types,
)
from broker_contracts_runtime.documents import (
    value_at as value_at,
)

from .errors import ContractError

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
