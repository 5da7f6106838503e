"""Check recorded traffic against the contracts (`make traffic FILE=<path>[,<path>...]`).

Teams rarely have live credentials in CI, but they have traffic: HAR files from browsers and
proxies, vcrpy cassettes from integration tests, and the NDJSON our recorder writes
(`broker_contracts_runtime.recorder`). Each exchange is routed to its broker and operation by the
contract's `servers` and path template (or `<SLUG>_BASE_URL` for a staging host), then checked
strictly, as conformance does:

- `status-documented`: the status is documented (exact, `4XX` range, or `default`);
- `content-type`: a body's media type is one the contract documents for that status;
- `body-schema`: the body fits the schema; JSON numbers are read as `Decimal` (never float) and
  decimal strings are held to their pattern; a failure names the JSON pointer;
- `credentials-present`: every credential the contract asks for (its security schemes'
  headers) was in the request; its value is never read into any output.

Exchanges that match no contract are listed, not dropped. Outputs: a table on stdout, and in
`build/traffic/` the Markdown report, JUnit XML and SARIF 2.1.0 (each violation located at the
schema node in the spec), all written atomically, with coverage: operations, statuses and response
properties seen against those declared. Our own code because no maintained tool reads all three
recording formats and checks `format: decimal`: Redocly's `drift` reads HAR only and ignores it.
"""

from __future__ import annotations

import base64
import json
import multiprocessing
import os
import re
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from decimal import Decimal
from html import escape
from pathlib import Path
from typing import Any, NamedTuple

import jsonschema_rs
import yaml

from . import access
from .brokers import Broker
from .documents import SAFE_LOADER, follow_refs, json_path, load_yaml, operations, position, response_key
from .errors import BrokerContractsError

CHECKS = ("status-documented", "content-type", "body-schema", "credentials-present")
# Above this size an invalid body is one finding without its places: jsonschema-rs builds every error
# with a copy of the instance it is about (the whole body for a missing member), which for a 5 MB
# body took 13 s and 7 GB; is_valid alone takes a millisecond.
DETAIL_LIMIT = 256 * 1024
# A member name in JSON text: what coverage counts (a regex over the bytes: far faster than walking).
JSON_KEY = re.compile(rb'"((?:[^"\\]|\\.)*)"\s*:')


class TrafficError(BrokerContractsError):
    """A recording that cannot be read: the file, the entry index (None for the whole file), why."""

    def __init__(self, path: Path, index: int | None, reason: str) -> None:
        self.path, self.index, self.reason = path, index, reason
        where = f"{path}: entry {index}" if index is not None else str(path)
        super().__init__(f"{where}: {reason}")


class Exchange(NamedTuple):
    """One recorded request and response. `request_headers` holds the request's header names only.

    A named tuple, not a dataclass: a HAR of 10,000 exchanges builds 10,000 of them, and a tuple is
    built several times faster.
    """

    source: str
    entry: int
    method: str
    url: str
    status: int
    request_headers: frozenset[str]
    content_type: str
    body: bytes


# --- readers ------------------------------------------------------------------------------------


def _header_names(headers: Any) -> frozenset[str]:
    if isinstance(headers, dict):
        return frozenset(str(k).lower() for k in headers)
    try:
        return frozenset([h["name"].lower() for h in headers or ()])
    except (KeyError, TypeError, AttributeError):
        return frozenset(str(h.get("name", "")).lower() for h in headers or [] if isinstance(h, dict))


def _header(headers: Any, name: str) -> str:
    if isinstance(headers, dict):
        for key, value in headers.items():
            if str(key).lower() == name:
                return str(value[0] if isinstance(value, list) and value else value)
        return ""
    return next((str(h.get("value", "")) for h in headers or [] if str(h.get("name", "")).lower() == name), "")


def read_har(path: Path) -> Iterator[Exchange]:
    """Exchanges of a HAR 1.2 file (`log.entries[*]`); base64 bodies decoded."""
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))["log"]["entries"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise TrafficError(path, None, f"not a HAR 1.2 file ({type(exc).__name__}: {exc})") from exc
    for i, entry in enumerate(entries):
        try:
            request, response = entry["request"], entry["response"]
            content = response.get("content") or {}
            text = content.get("text") or ""
            body = base64.b64decode(text) if content.get("encoding") == "base64" else str(text).encode()
            yield Exchange(
                str(path), i, str(request["method"]).upper(), str(request["url"]), int(response["status"]),
                _header_names(request.get("headers")), str(content.get("mimeType") or ""), body,
            )  # fmt: skip
        except (KeyError, TypeError, ValueError) as exc:
            raise TrafficError(path, i, f"not a HAR entry ({type(exc).__name__}: {exc})") from exc


def read_cassette(path: Path) -> Iterator[Exchange]:
    """Exchanges of a vcrpy cassette (YAML, `interactions[*]`)."""
    try:
        interactions = (yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER) or {})["interactions"]
    except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
        raise TrafficError(path, None, f"not a vcrpy cassette ({type(exc).__name__}: {exc})") from exc
    for i, interaction in enumerate(interactions):
        try:
            request, response = interaction["request"], interaction["response"]
            raw = (response.get("body") or {}).get("string", "")
            body = raw if isinstance(raw, bytes) else str(raw).encode()
            yield Exchange(
                str(path), i, str(request["method"]).upper(), str(request["uri"]), int(response["status"]["code"]),
                _header_names(request.get("headers")), _header(response.get("headers"), "content-type"), body,
            )  # fmt: skip
        except (KeyError, TypeError, ValueError) as exc:
            raise TrafficError(path, i, f"not a cassette interaction ({type(exc).__name__}: {exc})") from exc


def read_ndjson(path: Path) -> Iterator[Exchange]:
    """Exchanges of our recorder's NDJSON (`broker_contracts_runtime.recorder`), one JSON object per line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise TrafficError(path, None, f"cannot read ({exc.strerror})") from exc
    for i, line in enumerate(line for line in lines if line.strip()):
        try:
            record = json.loads(line)
            yield Exchange(
                str(path), i, str(record["method"]).upper(), str(record["url"]), int(record["status"]),
                frozenset(str(h).lower() for h in record["request_headers"]),
                str(record.get("content_type", "")), base64.b64decode(record["body_base64"]),
            )  # fmt: skip
        except (KeyError, TypeError, ValueError) as exc:
            raise TrafficError(path, i, f"not a recorder line ({type(exc).__name__}: {exc})") from exc


def read(path: Path) -> list[Exchange]:
    """Every exchange of one recording, its format told by its extension (.har, .yaml/.yml, .ndjson/.jsonl)."""
    suffix = path.suffix.lower()
    if not path.is_file():
        raise TrafficError(path, None, "no such file")
    if suffix == ".har":
        return list(read_har(path))
    if suffix in (".yaml", ".yml"):
        return list(read_cassette(path))
    if suffix in (".ndjson", ".jsonl"):
        return list(read_ndjson(path))
    raise TrafficError(path, None, "unknown recording format: .har, .yaml (vcrpy) or .ndjson expected")


# --- routing and checks ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Violation:
    """One check an exchange failed: where it was recorded, the contract's place, the JSON pointer, why."""

    exchange: Exchange
    broker: str
    operation: str
    check: str
    pointer: str
    message: str
    spec_location: tuple[str | int, ...]


@dataclass
class Route:
    """One broker's operation, ready to check exchanges: base URLs, a path regex, compiled validators."""

    broker: Broker
    spec: dict[str, Any]
    operation: str
    path: str
    method: str
    bases: list[str]
    pattern: re.Pattern[str]
    credentials: tuple[access.Credential, ...]
    validators: dict[tuple[str, str], Any] = field(default_factory=dict)
    seen_keys: set[str] = field(default_factory=set)  # response member names met, for coverage

    def response(self, status: int) -> tuple[str, dict[str, Any]] | None:
        """The key documenting `status` (`200`, `4XX`, `default`) and its response object, `$ref`s followed."""
        responses = self.spec["paths"][self.path][self.method.lower()].get("responses", {})
        key = response_key(responses, status)
        if key is None:
            return None
        return key, follow_refs(self.spec, responses[key])

    def validator(self, key: str, media: str, response: dict[str, Any]) -> Any:
        """The compiled validator of `response`'s schema for `media`, kept per (status key, media type)."""
        if (key, media) not in self.validators:
            target = response.get("content", {}).get(media, {}).get("schema", {})
            root = {
                "components": self.spec.get("components", {}),
                "$ref": "#/x-traffic-target",
                "x-traffic-target": target,
            }
            self.validators[(key, media)] = jsonschema_rs.validator_for(json.loads(json.dumps(root, default=str)))
        return self.validators[(key, media)]


def _expanded(server: dict[str, Any]) -> str:
    """A server URL with its variables at their defaults (`{apiURL}` -> the documented base)."""
    url = str(server["url"])
    for name, variable in (server.get("variables") or {}).items():
        url = url.replace(f"{{{name}}}", str(variable.get("default", "")))
    return url


def routes(brokers: list[Broker], env: dict[str, str] | None = None) -> list[Route]:
    """One route per broker operation, with its servers and `<SLUG>_BASE_URL` (from `env`) as bases."""
    env = dict(os.environ) if env is None else env
    found = []
    for broker in brokers:
        spec = load_yaml(broker.spec_path)
        bases = [_expanded(server).rstrip("/") for server in spec.get("servers", [])]
        if env.get(broker.env_var("BASE_URL")):
            bases.append(env[broker.env_var("BASE_URL")].rstrip("/"))
        for operation in operations(spec):
            regex = re.sub(r"\\\{[^}]*\\\}", "[^/]+", re.escape(operation.path))
            credentials = access.credentials(spec, str(broker.spec_path), operation.operation_id)
            found.append(
                Route(broker, spec, operation.operation_id, operation.path, operation.method, bases,
                      re.compile(regex + "/?"), credentials)
            )  # fmt: skip
    return found


def route_of(exchange: Exchange, table: list[Route]) -> Route | None:
    """The route an exchange belongs to: same method, a base URL prefix, and the path template."""
    url = exchange.url.split("?", 1)[0]
    for route in table:
        if route.method != exchange.method:
            continue
        for base in route.bases:
            if url.startswith(base) and route.pattern.fullmatch(url[len(base) :] or "/"):
                return route
    return None


def check(exchange: Exchange, route: Route, coverage: bool = True) -> Iterator[Violation]:
    """Every check an exchange fails against its route's contract; with `coverage`, the response's
    member names are also noted in `route.seen_keys` (the reports' property coverage)."""
    at = ("paths", route.path, route.method.lower())

    def violation(name: str, pointer: str, message: str, location: tuple[str | int, ...] = at) -> Violation:
        return Violation(exchange, route.broker.slug, route.operation, name, pointer, message, location)

    for credential in route.credentials:
        if credential.header.lower() not in exchange.request_headers:
            yield violation("credentials-present", "", f"the request carried no {credential.header} header")
    documented = route.response(exchange.status)
    if documented is None:
        yield violation("status-documented", "", f"status {exchange.status} is not documented")
        return
    key, response = documented
    content = response.get("content") or {}
    if not exchange.body and not content:
        return
    media = exchange.content_type.split(";")[0].strip().lower()
    if media not in content:
        yield violation("content-type", "", f"{media or 'no content type'} is not documented for {key}")
        return
    if "json" not in media:
        return
    try:
        body = json.loads(exchange.body, parse_float=Decimal)
    except ValueError:
        yield violation("body-schema", "", "the body is not JSON")
        return
    if coverage:
        route.seen_keys.update(key.decode() for key in JSON_KEY.findall(exchange.body))
    location = (*at, "responses", key, "content", media, "schema")
    validator = route.validator(key, media, response)
    if validator.is_valid(body):
        return
    if len(exchange.body) > DETAIL_LIMIT:  # jsonschema-rs copies the instance into every error
        message = f"the body does not fit the schema (the places are listed for bodies up to {DETAIL_LIMIT:,} bytes)"
        yield violation("body-schema", "", message, location)
        return
    for error in validator.iter_errors(body):
        from .drift import describe  # imported on a violation only: it brings httpx in

        pointer, expected, got = describe(error)
        yield violation("body-schema", pointer, f"expected {expected}, got {got}", location)


# --- the run and its reports -------------------------------------------------------------------------


@dataclass
class Result:
    """A run over recordings: exchanges, their routes, violations, unmatched exchanges, and coverage."""

    exchanges: list[Exchange]
    routed: dict[int, Route]
    violations: list[Violation]
    unmatched: list[Exchange]
    table: list[Route]

    def coverage(self) -> dict[str, tuple[int, int]]:
        """`{"operations"|"statuses"|"properties": (seen, declared)}` over every routed exchange."""
        seen_ops = {(r.broker.slug, r.operation) for r in self.routed.values()}
        declared_statuses = {
            (r.broker.slug, r.operation, s)
            for r in self.table
            for s in r.spec["paths"][r.path][r.method.lower()].get("responses", {})
        }
        seen_statuses = set()
        declared_props: set[tuple[str, str]] = set()
        seen_props: set[tuple[str, str]] = set()
        for route in self.table:
            declared_props |= {(route.broker.slug, p) for p in _declared_properties(route.spec)}
        for i, route in self.routed.items():
            documented = route.response(self.exchanges[i].status)
            if documented:
                seen_statuses.add((route.broker.slug, route.operation, documented[0]))
        for route in self.table:
            seen_props |= {(route.broker.slug, name) for name in route.seen_keys}
        return {
            "operations": (len(seen_ops), len(self.table)),
            "statuses": (len(seen_statuses & declared_statuses), len(declared_statuses)),
            "properties": (len(seen_props & declared_props), len(declared_props)),
        }


def _declared_properties(spec: dict[str, Any]) -> set[str]:
    names: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            names.update(node.get("properties", {}) if isinstance(node.get("properties"), dict) else {})
            for key, child in node.items():
                if key not in ("example", "examples"):
                    walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(spec.get("components", {}).get("schemas", {}))
    return names


# Set before the worker processes fork (they inherit them): what `_check_slice` reads.
_SHARED: tuple[list[Route], list[Exchange]] = ([], [])
PARALLEL_FROM = 2000  # below this many exchanges, starting processes costs more than it saves


def _check_slice(
    bounds: tuple[int, int],
) -> tuple[list[tuple[int, int]], list[tuple[int, int, str, str, str, tuple[str | int, ...]]], dict[int, set[str]]]:
    """Route and check exchanges `bounds[0]:bounds[1]` of `_SHARED`: (exchange, route) pairs, violations
    as (exchange, route, check, pointer, message, spec location), and the member names each route met."""
    table, exchanges = _SHARED
    pairs, found = [], []
    for i in range(*bounds):
        route = route_of(exchanges[i], table)
        if route is None:
            continue
        r = table.index(route)
        pairs.append((i, r))
        found += [(i, r, v.check, v.pointer, v.message, v.spec_location) for v in check(exchanges[i], route)]
    return pairs, found, {r: set(route.seen_keys) for r, route in enumerate(table)}


def run(paths: list[Path], brokers: list[Broker], env: dict[str, str] | None = None) -> Result:
    """Read every recording (raises `TrafficError` on an unreadable one) and check every exchange.

    From `PARALLEL_FROM` exchanges on, the checks are spread over every core (forked processes).
    """
    global _SHARED
    table = routes(brokers, env)
    exchanges = [exchange for path in paths for exchange in read(path)]
    _SHARED = (table, exchanges)
    workers = os.cpu_count() or 1
    if len(exchanges) >= PARALLEL_FROM and workers > 1 and "fork" in multiprocessing.get_all_start_methods():
        size = -(-len(exchanges) // workers)
        slices = [(start, min(start + size, len(exchanges))) for start in range(0, len(exchanges), size)]
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            parts = list(pool.map(_check_slice, slices))
    else:
        parts = [_check_slice((0, len(exchanges)))]
    routed: dict[int, Route] = {}
    violations: list[Violation] = []
    for pairs, found, seen in parts:
        routed.update((i, table[r]) for i, r in pairs)
        for i, r, name, pointer, message, location in found:
            route = table[r]
            violations.append(
                Violation(exchanges[i], route.broker.slug, route.operation, name, pointer, message, location)
            )
        for r, keys in seen.items():
            table[r].seen_keys |= keys
    unmatched = [e for i, e in enumerate(exchanges) if i not in routed]
    return Result(exchanges, routed, violations, unmatched, table)


def render_table(result: Result) -> str:
    """The stdout summary: one line per broker, then each violation, then unmatched exchanges."""
    slugs = sorted({r.broker.slug for r in result.table})
    width = max([14, *map(len, slugs)])
    lines = [f"{'broker':<{width}} {'exchanges':>9} {'violations':>10}", "-" * (22 + width)]
    for slug in slugs:
        count = sum(1 for r in result.routed.values() if r.broker.slug == slug)
        bad = sum(1 for v in result.violations if v.broker == slug)
        lines.append(f"{slug:<{width}} {count:>9} {bad:>10}")
    lines.append(f"{'(no contract)':<{width}} {len(result.unmatched):>9} {'-':>10}")
    for v in result.violations:
        lines.append(f"{v.exchange.source}#{v.exchange.entry}: {v.broker} {v.operation}: [{v.check}] "
                     f"{v.pointer or '/'}: {v.message}")  # fmt: skip
    for e in result.unmatched:
        lines.append(f"{e.source}#{e.entry}: no contract matches {e.method} {e.url.split('?', 1)[0]}")
    return "\n".join(lines)


def render_markdown(result: Result) -> str:
    """`build/traffic/report.md`: counts, coverage, every violation, every unmatched exchange."""
    coverage = result.coverage()
    lines = [
        "# Traffic against the contracts",
        "",
        f"**{'FAIL' if result.violations else 'OK'}**: {len(result.exchanges)} exchange(s), "
        f"{len(result.violations)} violation(s), {len(result.unmatched)} matching no contract.",
        "",
        "| coverage | seen | declared |",
        "| --- | --- | --- |",
        *[f"| {name} | {seen} | {declared} |" for name, (seen, declared) in coverage.items()],
        "",
    ]
    if result.violations:
        lines += ["## Violations", "", "| recording | broker | operation | check | pointer | problem |"]
        lines += ["| --- | --- | --- | --- | --- | --- |"]
        for v in result.violations:
            cell = v.message.replace("|", "\\|")
            lines.append(f"| {v.exchange.source}#{v.exchange.entry} | {v.broker} | {v.operation} | {v.check} | "
                         f"`{v.pointer or '/'}` | {cell} |")  # fmt: skip
        lines.append("")
    if result.unmatched:
        lines += ["## Matching no contract", ""]
        lines += [f"- {e.source}#{e.entry}: {e.method} {e.url.split('?', 1)[0]}" for e in result.unmatched]
    return "\n".join(lines) + "\n"


def _attribute(text: str) -> str:
    return escape(text, quote=True)


def render_junit(result: Result) -> str:
    """JUnit XML: one test case per routed exchange, a failure per violated check."""
    by_exchange: dict[tuple[str, int], list[Violation]] = {}
    for v in result.violations:
        by_exchange.setdefault((v.exchange.source, v.exchange.entry), []).append(v)
    cases = []
    for i, route in result.routed.items():
        e = result.exchanges[i]
        name = _attribute(f"{route.broker.slug} {route.operation} {e.source}#{e.entry}")
        failures = "".join(
            f'<failure message="{_attribute(f"{v.check}: {v.pointer or chr(47)}: {v.message}")}"/>'
            for v in by_exchange.get((e.source, e.entry), [])
        )
        cases.append(f'<testcase classname="traffic" name="{name}">{failures}</testcase>')
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<testsuites><testsuite name="traffic" tests="{len(cases)}" failures="{len(by_exchange)}">'
        + "".join(cases)
        + "</testsuite></testsuites>\n"
    )


def render_sarif(result: Result, root: Path) -> dict[str, Any]:
    """SARIF 2.1.0 for GitHub code scanning: one result per violation, located at the spec's node."""
    texts: dict[Path, str] = {}
    results = []
    for v in result.violations:
        route = next(r for r in result.table if r.broker.slug == v.broker)
        spec_path = route.broker.spec_path
        text = texts.setdefault(spec_path, spec_path.read_text(encoding="utf-8"))
        line, column = position(text, v.spec_location)
        uri = str(spec_path.relative_to(root)) if spec_path.is_relative_to(root) else str(spec_path)
        results.append({
            "ruleId": v.check,
            "level": "error",
            "message": {"text": f"{v.exchange.source}#{v.exchange.entry}: {v.pointer or '/'}: {v.message}"},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri},
                                                "region": {"startLine": line, "startColumn": column}},
                           "logicalLocations": [{"fullyQualifiedName": json_path(v.spec_location)}]}],
        })  # fmt: skip
    rules = [{"id": name, "shortDescription": {"text": name.replace("-", " ")}} for name in CHECKS]
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{"tool": {"driver": {"name": "broker-contracts traffic", "rules": rules}}, "results": results}],
    }
