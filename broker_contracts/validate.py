"""Validate every broker's contract: OpenAPI 3.1 validity, then every example against its schema.

openapi-spec-validator checks the document's structure but not whether the examples it carries
fit their schemas; a wrong example would then be copied into the generated client's docs and into
reviewers' heads. So this module walks the document and validates, with jsonschema (Draft 2020-12,
the dialect of OpenAPI 3.1) and `referencing` for `$ref`s into the same document:

- the `example` / `examples` of every media type object and parameter, against its `schema`
  (an `examples` entry may be a `$ref` to `#/components/examples/...`);
- the `examples` list of every schema object (JSON Schema keyword), against that schema;
- every OpenAPI link: its operation and parameters exist, and its `$response.body#/...` pointers
  name a value in an example of the response (`check_links`).

Every problem names the spec file and the JSON path of the example (and, for a `$ref`'d example,
the path it is used at).
"""

from __future__ import annotations

import contextlib
import copy
import difflib
import functools
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from .brokers import ROOT
from .documents import Location, Operation, json_path, load_yaml, operations, parameters_of, position, resolve_ref
from .errors import ContractError
from .reports import write_atomic

OPENAPI_VERSION = "3.1.0"
SPEC_URI = "urn:broker-contracts:spec"
# Specs openapi-spec-validator found valid, one empty file per digest (see `_structure_error`).
VALID_SPECS = ROOT / "build" / "cache" / "valid-specs"
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
    text = path.read_text(encoding="utf-8")
    if spec.get("openapi") != OPENAPI_VERSION:
        raise _at(path, text, ("openapi",), f"must be {OPENAPI_VERSION!r}, found {spec.get('openapi')!r}")
    for problem in _authoring_mistakes(spec, path.parent):  # before the validator, which answers these with tracebacks
        raise _at(path, text, *problem)
    error = _structure_error(spec, text)
    if error is not None:
        raise _at(path, text, tuple(error.absolute_path), _short(error))
    return spec


def _structure_error(spec: dict[str, Any], text: str) -> Any:
    """openapi-spec-validator's first error for `spec` (its text `text`), or None when it is valid.

    A valid verdict is remembered under `VALID_SPECS`, by the digest of the text and the validator's
    version, so that other processes (every command, test worker and conformance session loads the
    specs) neither run nor import the validator again: 0.25 s to import, 0.06 s per spec. A spec
    with a `$ref` to another file is validated every time (the digest would not cover that file).
    """
    from importlib.metadata import version

    marker = None
    if not _refers_to_other_files(spec):
        digest = hashlib.sha256(f"openapi-spec-validator {version('openapi-spec-validator')}\n{text}".encode())
        marker = VALID_SPECS / digest.hexdigest()
        if marker.exists():
            return None
    from openapi_spec_validator import OpenAPIV31SpecValidator

    error = next(iter(OpenAPIV31SpecValidator(spec).iter_errors()), None)
    if error is None and marker is not None:
        with contextlib.suppress(OSError):  # a read-only checkout only loses the shortcut
            write_atomic(marker, "")
    return error


def _refers_to_other_files(node: Any) -> bool:
    """Whether a `$ref` anywhere under `node` points outside its document (does not start with `#`)."""
    if isinstance(node, dict):
        return any(
            (key == "$ref" and isinstance(value, str) and not value.startswith("#")) or _refers_to_other_files(value)
            for key, value in node.items()
        )
    return isinstance(node, list) and any(_refers_to_other_files(item) for item in node)


# The field names of OpenAPI 3.1's objects, for "did you mean" on an unknown key.
OPENAPI_FIELDS = frozenset(
    {
        "openapi",
        "info",
        "jsonSchemaDialect",
        "servers",
        "paths",
        "webhooks",
        "components",
        "security",
        "tags",
        "externalDocs",
        "title",
        "summary",
        "description",
        "termsOfService",
        "contact",
        "license",
        "version",
        "url",
        "variables",
        "operationId",
        "parameters",
        "requestBody",
        "responses",
        "callbacks",
        "deprecated",
        "name",
        "in",
        "required",
        "schema",
        "example",
        "examples",
        "content",
        "style",
        "explode",
        "allowReserved",
        "allowEmptyValue",
        "headers",
        "links",
        "schemas",
        "securitySchemes",
        "requestBodies",
        "pathItems",
        "type",
        "scheme",
        "bearerFormat",
        "flows",
        "openIdConnectUrl",
        "get",
        "put",
        "post",
        "delete",
        "options",
        "head",
        "patch",
        "trace",
    }
)
JSON_TYPES = frozenset({"string", "number", "integer", "boolean", "object", "array", "null"})


def _at(path: Path, text: str, location: Location, problem: str) -> ContractError:
    """One short line: the file, then the JSON path with its line and column, then the problem."""
    line, column = position(text, location)
    return ContractError(path, f"{json_path(location)} (line {line}, column {column})", problem)


def _nearest(wanted: str, names: Any) -> str:
    close = difflib.get_close_matches(wanted, [str(n) for n in names], n=1, cutoff=0.5)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _authoring_mistakes(spec: dict[str, Any], folder: Path) -> Iterator[tuple[Location, str]]:
    """The common mistakes a spec author makes, each as (where, what): a `$ref` to nothing (with the
    nearest existing name), a `$ref` to another file, a `type` that is no JSON type."""

    def walk(node: Any, at: Location) -> Iterator[tuple[Location, str]]:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                yield from _check_ref(spec, folder, (*at, "$ref"), ref)
            declared = node.get("type")
            if isinstance(declared, str | list) and ("properties" in node or at[-1:] != ("properties",)):
                for name in [declared] if isinstance(declared, str) else declared:
                    if isinstance(name, str) and name not in JSON_TYPES and _is_schema(at):
                        yield (*at, "type"), f"invalid type {name!r}{_nearest(name, JSON_TYPES)}"
            for k, v in node.items():
                if k not in ("example", "examples"):
                    yield from walk(v, (*at, k))
        elif isinstance(node, list):
            for i, v in enumerate(node):
                yield from walk(v, (*at, i))

    yield from walk(spec, ())


def _is_schema(at: Location) -> bool:
    return "schema" in at or "schemas" in at or "items" in at


def _check_ref(spec: dict[str, Any], folder: Path, at: Location, ref: str) -> Iterator[tuple[Location, str]]:
    if not ref.startswith("#"):
        target = ref.split("#")[0]
        if not (folder / target).is_file():
            yield at, f"$ref to a missing file {target!r}: there is no such file beside the spec"
        else:
            yield at, f"$ref to another file {target!r}: a contract is one document (move it to components)"
        return
    node: Any = spec
    for raw in ref[2:].split("/") if ref.startswith("#/") else []:
        step = raw.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or step not in node:
            names = node.keys() if isinstance(node, dict) else []
            yield at, f"$ref {ref!r} points at nothing: no {step!r} there{_nearest(step, names)}"
            return
        node = node[step]


def _short(error: Any) -> str:
    """The validator's complaint in one short line: an unknown key with the nearest known one, else
    its first sentence (never the instance it dumps)."""
    message = str(error.message).split("\n", 1)[0]
    unexpected = re.search(r"\('([^']+)' (?:was|were) unexpected\)", message)
    if unexpected:
        known = OPENAPI_FIELDS | set((getattr(error, "schema", {}) or {}).get("properties") or {})
        return f"unknown key {unexpected.group(1)!r}{_nearest(unexpected.group(1), known)}"
    return message if len(message) <= 160 else message[:159] + "…"


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
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    problems = []
    for use in iter_examples(spec):
        schema = {"$ref": SPEC_URI + _pointer(use.schema_at)}
        validator = Draft202012Validator(schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER)
        errors = sorted(validator.iter_errors(use.value), key=lambda e: e.json_path)
        if not errors:
            continue  # the place is looked up for a failing example only: it parses the file again
        line, column = position(text, use.written_at)
        place = f"{json_path(use.written_at)} (line {line}, column {column})"
        if use.used_at != use.written_at:
            place += f" (used at {json_path(use.used_at)})"
        for error in errors:
            message = f"example does not match its schema at {error.json_path}: {error.message}"
            problems.append(ContractError(path, place, message))
    return problems


LINK_BODY = re.compile(r"^\$response\.body#(?P<pointer>(/[^/]*)*)$")


def _parameter_names(spec: dict[str, Any], operation: Operation) -> set[str]:
    return {str(p.get("name")) for p in parameters_of(spec, operation)}


def _pointed(document: Any, pointer: str) -> bool:
    """Whether the JSON pointer `pointer` names a value in `document`."""
    for raw in pointer.split("/")[1:]:
        key = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(document, list) and key.isdigit() and int(key) < len(document):
            document = document[int(key)]
        elif isinstance(document, dict) and key in document:
            document = document[key]
        else:
            return False
    return True


def check_links(path: Path, spec: dict[str, Any]) -> list[ContractError]:
    """Every OpenAPI link of every response: it names an operation of the contract by
    `operationId`, only parameters that operation has, and each `$response.body#<pointer>` it uses
    resolves in at least one example of the response (a documented payload can feed the call it
    links to; TradeStation's two account shapes need a link each). Other runtime expressions and
    constants are not checked.
    """
    found = {o.operation_id: o for o in operations(spec)}
    problems = []
    for operation in found.values():
        for status, response in operation.data.get("responses", {}).items():
            at: Location = (*operation.location, "responses", status)
            if "$ref" in response:
                response, at = resolve_ref(spec, response["$ref"])
            for name, link in (response.get("links") or {}).items():
                problems += _link_problems(path, spec, found, response, (*at, "links", name), link)
    return problems


def _link_problems(
    path: Path, spec: dict[str, Any], found: dict[str, Operation], response: dict[str, Any], at: Location, link: Any
) -> list[ContractError]:
    """The problems of one link (`at`) of `response` (see `check_links`)."""
    where = json_path(at)
    target = found.get(str(link.get("operationId")))
    if target is None:
        known = ", ".join(found)
        return [ContractError(path, where, f"links to {link.get('operationId')!r}, not an operation ({known})")]
    examples = [
        use
        for media, content in (response.get("content") or {}).items()
        for use in _media_examples(spec, content, (*at[:-2], "content", media))
    ]
    names = _parameter_names(spec, target)
    problems = []
    for parameter, expression in (link.get("parameters") or {}).items():
        if parameter not in names:
            message = f"{target.operation_id} has no parameter {parameter!r}"
            problems.append(ContractError(path, f"{where}.parameters", message))
        matched = LINK_BODY.match(str(expression))
        pointer = matched.group("pointer") if matched else None
        if pointer is not None and examples and not any(_pointed(u.value, pointer) for u in examples):
            shown = ", ".join(json_path(u.used_at) for u in examples)
            message = f"{expression} names nothing in any example of the response ({shown})"
            problems.append(ContractError(path, f"{where}.parameters.{parameter}", message))
    return problems


def validate_spec(path: Path) -> list[ContractError]:
    """All problems of one spec file: a structural one stops there, else every failing example and link."""
    try:
        spec = load_spec(path)
    except ContractError as exc:
        return [exc]
    return check_examples(path, spec) + check_links(path, spec)
