"""Check each broker's evidence corpus against its contract (`make validate`).

A contract is a claim about a live API; its evidence sits beside it in `specs/<slug>/evidence/`:
every response body the broker has published (doc pages and their git history, Swagger/OpenAPI
examples, SDK fixtures, changelogs), one verbatim file per distinct payload, and a manifest
`sources.yaml` (its shape: `specs/evidence.schema.json`) giving each file's source, revision date,
state (`current` or `superseded`, with what superseded it), HTTP status and what it shows.

Checked here, each problem naming the file and the place:

- the manifest fits its schema, names the broker of its folder, lists every file in the folder
  and only files that exist; a `superseded_by` that names a file names one in the manifest;
- every payload names the operationId it answers, and every `current` one parses (JSON; YAML
  for a `.yaml` file, a payload the broker published as YAML inside its OpenAPI document; text for
  a non-JSON media type) and validates against the contract's schema for its operation and status
  (`responses[<status>]`, else `<N>XX`, else `default`, in the content of its media type): the
  error gives the evidence file and the JSON path inside it;
- every `superseded` payload is named in the broker's NOTES.md, which says why it no longer holds;
- the contract states its target revision: `info.x-broker-revision` (`date`, `version`, `basis`)
  and an `info.version` that carries that date or version.

A payload marked `malformed` (the broker published text that is not valid JSON) is listed, not
validated; NOTES.md must explain it like a superseded one.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from . import versions
from .brokers import Broker
from .documents import find_operation, follow_refs, json_path, load_yaml, parse_yaml, response_key
from .errors import ContractError

MANIFEST = "sources.yaml"
SCHEMA_PATH = Path(__file__).resolve().parent.parent / "specs" / "evidence.schema.json"
SPEC_URI = "urn:broker-contracts:spec"


@dataclass(frozen=True)
class Payload:
    """One published response body: `file` under `specs/<slug>/evidence/`, as the manifest describes it.

    `operation` is the operationId of the contract operation it answers, `status` the HTTP status it
    documents; `state` is `current` or `superseded`; `revised` the
    date of the revision it was read from; `media_type` defaults to `application/json`.
    """

    file: str
    operation: str
    source: str
    revised: datetime.date
    state: str
    status: int
    shows: str
    media_type: str = "application/json"
    superseded_by: str | None = None
    endpoint: str | None = None
    malformed: str | None = None
    also_in: tuple[str, ...] = ()


@dataclass(frozen=True)
class Corpus:
    """A broker's evidence: its folder, the payloads of its manifest and the places searched."""

    folder: Path
    payloads: tuple[Payload, ...]
    searched: tuple[dict[str, str], ...] = field(default=())

    def count(self, state: str) -> int:
        """How many payloads are in `state` (`current` or `superseded`)."""
        return sum(p.state == state for p in self.payloads)


def evidence_dir(broker: Broker) -> Path:
    """`specs/<slug>/evidence/`: the broker's published payloads and their manifest."""
    return broker.spec_path.parent / "evidence"


def _manifest_validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _as_date(value: Any) -> Any:
    # YAML reads an unquoted 2025-01-31 as a date; the schema (and the dataclass) wants one form.
    return value.isoformat() if isinstance(value, datetime.date) else value


def load_corpus(broker: Broker) -> Corpus:
    """Read and check the manifest `specs/<slug>/evidence/sources.yaml`.

    Raises `ContractError` (manifest path + JSON path) when the folder or manifest is missing, the
    manifest does not fit `specs/evidence.schema.json`, names another broker, lists a file twice,
    lists a missing file, or leaves a file of the folder unlisted.
    """
    folder = evidence_dir(broker)
    manifest = folder / MANIFEST
    if not manifest.is_file():
        raise ContractError(manifest, "", "every contract needs its evidence manifest (see specs/README.md)")
    data = load_yaml(manifest)
    if isinstance(data, dict):
        data["gathered"] = _as_date(data.get("gathered"))
        for entry in data.get("payloads") or []:
            if isinstance(entry, dict):
                entry["revised"] = _as_date(entry.get("revised"))
    error = next(iter(sorted(_manifest_validator().iter_errors(data), key=lambda e: e.json_path)), None)
    if error is not None:
        raise ContractError(manifest, error.json_path, error.message)
    if data["broker"] != broker.slug:
        raise ContractError(manifest, "$.broker", f"names {data['broker']!r}, but the folder is {broker.slug!r}")
    payloads: list[Payload] = []
    for i, entry in enumerate(data["payloads"]):
        entry = dict(entry)
        entry["revised"] = datetime.date.fromisoformat(entry["revised"])
        entry["also_in"] = tuple(entry.get("also_in", ()))
        payload = Payload(**entry)
        if any(p.file == payload.file for p in payloads):
            raise ContractError(manifest, f"$.payloads[{i}].file", f"{payload.file} is listed twice")
        if not (folder / payload.file).is_file():
            raise ContractError(manifest, f"$.payloads[{i}].file", f"{payload.file} does not exist in {folder}")
        payloads.append(payload)
    listed = {p.file for p in payloads} | {MANIFEST}
    for path in sorted(folder.iterdir()):
        if path.name not in listed:
            raise ContractError(path, "", f"not listed in {manifest.name}: every evidence file needs its source")
    return Corpus(folder, tuple(payloads), tuple(data["searched"]))


def response_schema_location(
    spec: dict[str, Any], operation_id: str, status: int, media_type: str
) -> tuple[str | int, ...] | None:
    """Where the contract's schema for a response `status` in `media_type` of operation `operation_id`
    is, as a location; None if undeclared.

    The response is looked up as the exact status, then its range (`4XX`), then `default`; a
    `$ref`'d response object is followed (the location is then inside `components.responses`).
    Raises `KeyError` when the contract has no operation `operation_id`.
    """
    operation = find_operation(spec, operation_id)
    responses, at = operation.data.get("responses", {}), operation.location
    key = response_key(responses, status)
    if key is None:
        return None
    response, where = responses[key], (*at, "responses", key)
    if "$ref" in response:
        where = tuple(response["$ref"][2:].split("/"))
        response = follow_refs(spec, response)
    content = response.get("content") or {}
    if media_type in content and "schema" in content[media_type]:
        return (*where, "content", media_type, "schema")
    return None


def _pointer(parts: tuple[str | int, ...]) -> str:
    return "#/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def read_payload(path: Path, media_type: str = "application/json") -> Any:
    """The value of one evidence file: JSON (`.json`), a YAML mapping as published inside a broker's
    OpenAPI document (`.yaml`, read without implicit dates), or the text itself for a non-JSON media type.

    Raises `ContractError` (file, line and column) when the file does not parse.
    """
    text = path.read_text(encoding="utf-8")
    if media_type != "application/json" and not media_type.endswith("+json"):
        return text
    if path.suffix == ".yaml":
        return parse_yaml(text, path, dates=False)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ContractError(path, f"line {exc.lineno}, column {exc.colno}", f"not valid JSON: {exc.msg}") from exc


def check_payloads(spec_path: Path, spec: dict[str, Any], corpus: Corpus) -> Iterator[ContractError]:
    """One `ContractError` per fault of a `current` payload against the contract (file + JSON path inside it).

    A current payload whose status (or media type) the contract does not declare is a fault too.
    """
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, DRAFT202012.create_resource(spec))
    for i, payload in enumerate(corpus.payloads):
        if payload.state != "current" or payload.malformed:
            continue
        path = corpus.folder / payload.file
        try:
            where = response_schema_location(spec, payload.operation, payload.status, payload.media_type)
        except KeyError as exc:
            yield ContractError(corpus.folder / MANIFEST, f"$.payloads[{i}].operation", str(exc.args[0]))
            continue
        if where is None:
            yield ContractError(
                path,
                "$",
                f"status {payload.status} ({payload.media_type}) of {payload.operation} is not documented in "
                f"{spec_path.name}",
            )
            continue
        try:
            value = read_payload(path, payload.media_type)
        except ContractError as exc:
            yield exc
            continue
        validator = Draft202012Validator(
            {"$ref": SPEC_URI + _pointer(where)}, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
        )
        for error in sorted(validator.iter_errors(value), key=lambda e: e.json_path):
            detail = f"does not match {json_path(where)}: {error.message}"
            yield ContractError(path, error.json_path, _short(detail))


def _short(message: str, limit: int = 300) -> str:
    return message if len(message) <= limit else message[: limit - 1] + "…"


def check_notes(broker: Broker, corpus: Corpus) -> Iterator[ContractError]:
    """Every superseded or malformed payload is named in `specs/<slug>/NOTES.md` (which says why)."""
    notes_path = broker.spec_path.parent / "NOTES.md"
    notes = notes_path.read_text(encoding="utf-8") if notes_path.is_file() else ""
    names = {p.file for p in corpus.payloads}
    for i, payload in enumerate(corpus.payloads):
        if (payload.state == "superseded" or payload.malformed) and payload.file not in notes:
            why = "superseded" if payload.state == "superseded" else "malformed"
            yield ContractError(notes_path, "", f"{why} evidence {payload.file} is not explained")
        target = payload.superseded_by or ""
        if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*\.(json|txt|yaml)", target) and target not in names:
            yield ContractError(
                corpus.folder / MANIFEST, f"$.payloads[{i}].superseded_by", f"{target} is not in the manifest"
            )


def check_revision(spec_path: Path, spec: dict[str, Any]) -> Iterator[ContractError]:
    """The contract says which revision of the broker's API it describes.

    `info.x-broker-revision` is a mapping with `date` (YYYY-MM-DD), `version` (the broker's own
    label, or null) and `basis` (which sources fix the revision); `info.version` contains the date
    or the version.
    """
    info = spec.get("info", {})
    revision = info.get("x-broker-revision")
    at = "$.info['x-broker-revision']"
    if not isinstance(revision, dict):
        yield ContractError(spec_path, at, "missing: a mapping {date, version, basis} naming the API revision")
        return
    date = _as_date(revision.get("date"))
    try:
        datetime.date.fromisoformat(str(date))
    except ValueError:
        yield ContractError(spec_path, f"{at}.date", f"must be a date YYYY-MM-DD, found {date!r}")
    version = revision.get("version")
    if version is not None and not isinstance(version, str):
        yield ContractError(spec_path, f"{at}.version", "must be the broker's version label (a string) or null")
    if not isinstance(revision.get("basis"), str) or not revision["basis"].strip():
        yield ContractError(spec_path, f"{at}.basis", "must say which sources fix the revision")
    marks = [str(m) for m in (date, version) if m]
    if not any(mark in str(info.get("version", "")) for mark in marks):
        yield ContractError(spec_path, "$.info.version", f"must carry the revision ({' or '.join(marks)})")


def check_evidence(broker: Broker, spec: dict[str, Any]) -> tuple[Corpus | None, list[ContractError]]:
    """Every evidence problem of one broker (manifest, payloads, notes, target revision and API version
    (`versions.check`)), and the corpus read.

    The corpus is None when the manifest itself is unreadable (the one problem then says why).
    """
    problems = [*check_revision(broker.spec_path, spec), *versions.check(broker.spec_path, spec)]
    try:
        corpus = load_corpus(broker)
    except ContractError as exc:
        return None, [*problems, exc]
    problems += check_payloads(broker.spec_path, spec, corpus)
    problems += check_notes(broker, corpus)
    return corpus, problems


def summary(broker: Broker, corpus: Corpus) -> list[str]:
    """Lines for the terminal: the counts, then each superseded or malformed payload and what replaced it."""
    lines = [
        f"evidence: {broker.slug}: {corpus.count('current')} current payload(s) validate, "
        f"{corpus.count('superseded')} superseded (explained in NOTES.md)"
    ]
    for payload in corpus.payloads:
        if payload.state == "superseded":
            lines.append(f"  superseded: {payload.file} ({payload.revised}) -> {payload.superseded_by}")
        elif payload.malformed:
            lines.append(f"  malformed, not validated: {payload.file}: {payload.malformed}")
    return lines
