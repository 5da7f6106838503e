"""Validate every broker's contract: OpenAPI 3.1 validity, then every example against its schema.

openapi-spec-validator checks the document's structure but not whether the examples it carries
fit their schemas; a wrong example would then be copied into the generated client's docs and into
reviewers' heads. So this module walks the document and validates, with jsonschema (Draft 2020-12,
the dialect of OpenAPI 3.1) and `referencing` for `$ref`s into the same document:

- the `example` / `examples` of every media type object and parameter, against its `schema`
  (an `examples` entry may be a `$ref` to `#/components/examples/...`);
- the `examples` list of every schema object (JSON Schema keyword), against that schema.

Every problem names the spec file and the JSON path of the example (and, for a `$ref`'d example,
the path it is used at).
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from openapi_spec_validator import OpenAPIV31SpecValidator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from .documents import Location, json_path, load_yaml, resolve_ref
from .errors import ContractError

OPENAPI_VERSION = "3.1.0"
SPEC_URI = "urn:broker-contracts:spec"
SCHEMA_KEYWORDS = frozenset({"type", "properties", "$ref", "allOf", "oneOf", "anyOf", "enum", "const", "items"})


@dataclass(frozen=True)
class ExampleUse:
    """One example to check: its value, where it is written, where it is used, and its schema's location."""

    value: Any
    written_at: Location
    used_at: Location
    schema_at: Location


def load_spec(path: Path) -> dict[str, Any]:
    """Load a spec and check it is a valid OpenAPI 3.1.0 document.

    Returns the document as plain data (a copy: callers may change it). Raises `ContractError`
    (file + JSON path of the first structural problem) for invalid YAML, another OpenAPI version, or
    an invalid document. Checked documents are cached by path, size and modification time.
    """
    stat = path.stat() if path.exists() else None
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns) if stat else None
    return copy.deepcopy(_checked_spec(path, key))


@functools.lru_cache(maxsize=64)
def _checked_spec(path: Path, key: tuple[str, int, int] | None) -> dict[str, Any]:
    spec = load_yaml(path)
    if not isinstance(spec, dict):
        raise ContractError(path, "$", "an OpenAPI document must be a mapping")
    if spec.get("openapi") != OPENAPI_VERSION:
        raise ContractError(path, "$.openapi", f"must be {OPENAPI_VERSION!r}, found {spec.get('openapi')!r}")
    error = next(iter(OpenAPIV31SpecValidator(spec).iter_errors()), None)
    if error is not None:
        place = json_path(tuple(error.absolute_path)) if hasattr(error, "absolute_path") else "$"
        raise ContractError(path, place, f"invalid OpenAPI: {error.message}")
    return spec


def _pointer(parts: Location) -> str:
    escaped = (str(p).replace("~", "~0").replace("/", "~1") for p in parts)
    return "#/" + "/".join(escaped) if parts else "#"


def _media_examples(spec: dict[str, Any], node: dict[str, Any], at: Location) -> Iterator[ExampleUse]:
    schema_at = (*at, "schema")
    if "example" in node:
        yield ExampleUse(node["example"], (*at, "example"), (*at, "example"), schema_at)
    for name, example in (node.get("examples") or {}).items():
        used_at: Location = (*at, "examples", name)
        written_at = used_at
        if isinstance(example, dict) and "$ref" in example:
            example, written_at = resolve_ref(spec, example["$ref"])
        if isinstance(example, dict) and "value" in example:
            yield ExampleUse(example["value"], (*written_at, "value"), used_at, schema_at)


def iter_examples(spec: dict[str, Any]) -> Iterator[ExampleUse]:
    """Every example in the document, paired with the location of the schema it must satisfy.

    Media type and parameter objects are recognised as mappings holding `schema` next to
    `example`/`examples`; schema objects as mappings under a `schema` key or in
    `components.schemas` (and their subschemas) that carry an `examples` list.
    """

    def walk(node: Any, at: Location, in_schema: bool) -> Iterator[ExampleUse]:
        if isinstance(node, dict):
            if "schema" in node and ("example" in node or "examples" in node) and not in_schema:
                yield from _media_examples(spec, node, at)
            if in_schema and isinstance(node.get("examples"), list) and SCHEMA_KEYWORDS & node.keys():
                for i, value in enumerate(node["examples"]):
                    yield ExampleUse(value, (*at, "examples", i), (*at, "examples", i), at)
            for key, child in node.items():
                if in_schema and key in ("examples", "example"):
                    continue
                child_in_schema = in_schema or key == "schema" or at == ("components", "schemas")
                yield from walk(child, (*at, key), child_in_schema)
        elif isinstance(node, list):
            for i, child in enumerate(node):
                yield from walk(child, (*at, i), in_schema)

    yield from walk(spec, (), False)


def check_examples(path: Path, spec: dict[str, Any]) -> list[ContractError]:
    """Validate every example of `spec` against its schema; one `ContractError` per failing example.

    The error's place is the JSON path where the example is written (plus where it is used, when
    that differs); its message gives the path inside the example and the failed keyword. An example
    with several faults yields one error per fault.
    """
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, DRAFT202012.create_resource(spec))
    problems = []
    for use in iter_examples(spec):
        schema = {"$ref": SPEC_URI + _pointer(use.schema_at)}
        validator = Draft202012Validator(schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER)
        place = json_path(use.written_at)
        if use.used_at != use.written_at:
            place += f" (used at {json_path(use.used_at)})"
        for error in sorted(validator.iter_errors(use.value), key=lambda e: e.json_path):
            message = f"example does not match its schema at {error.json_path}: {error.message}"
            problems.append(ContractError(path, place, message))
    return problems


def validate_spec(path: Path) -> list[ContractError]:
    """All problems of one spec file: a structural one stops there, else every failing example."""
    try:
        spec = load_spec(path)
    except ContractError as exc:
        return [exc]
    return check_examples(path, spec)
