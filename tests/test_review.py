"""Breaking-change review: every rule, in both directions, on a small spec; and `$ref` resolution."""

from __future__ import annotations

import copy
import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from broker_contracts.brokers import ROOT
from broker_contracts.documents import load_yaml
from broker_contracts.review import RULES as RULE_REGISTRY
from broker_contracts.review import compare, line_of, locate, render, rules_table
from tests.conftest import run_script, to_yaml

BASE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "servers": [{"url": "https://a.example"}],
    "security": [{"bearer": []}],
    "paths": {
        "/a/{id}": {
            "get": {
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "q", "in": "query", "schema": {"type": "string", "enum": ["x", "y"]}},
                    {"name": "n", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100}},
                    {"name": "k", "in": "query", "schema": {"type": "integer"}},
                    {
                        "name": "s",
                        "in": "query",
                        "schema": {"type": "string", "minLength": 1, "maxLength": 20, "pattern": "^[a-z]+$"},
                    },
                    {
                        "name": "e",
                        "in": "query",
                        "schema": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 10},
                    },
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "headers": {
                            "X-Request-Id": {"required": True, "schema": {"type": "string"}},
                            "X-Rate": {"schema": {"type": "integer"}},
                        },
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Balances"}}},
                    },
                    "404": {"description": "no"},
                },
            }
        },
        "/b": {
            "get": {"responses": {"200": {"description": "ok"}}},
            "delete": {"responses": {"204": {"description": "d"}}},
        },
        "/c": {
            "get": {
                "responses": {
                    "200": {
                        "description": "accounts of several shapes",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "array",
                                    "items": {
                                        "oneOf": [
                                            {"$ref": "#/components/schemas/A"},
                                            {"$ref": "#/components/schemas/B"},
                                        ]
                                    },
                                }
                            }
                        },
                    }
                }
            }
        },
        "/d": {
            "get": {
                "responses": {
                    "200": {"description": "text", "content": {"application/json": {"schema": {"type": "string"}}}}
                }
            }
        },
    },
    "components": {
        "securitySchemes": {
            "bearer": {"type": "http", "scheme": "bearer"},
            "key": {"type": "apiKey", "in": "header", "name": "K"},
            "oauth": {
                "type": "oauth2",
                "flows": {
                    "clientCredentials": {"tokenUrl": "https://t.example", "scopes": {"read": "r", "trade": "t"}}
                },
            },
            "spare": {"type": "apiKey", "in": "query", "name": "spare"},
        },
        "schemas": {
            "Balances": {
                "type": "object",
                "required": ["cash"],
                "properties": {
                    "cash": {"type": "string", "format": "decimal"},
                    "note": {"type": "string"},
                    "kind": {"type": "string", "enum": ["A", "B"]},
                    "shape": {"oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]},
                },
            },
            "A": {"type": "object", "required": ["t"], "properties": {"t": {"enum": ["A"]}}},
            "B": {"type": "object", "required": ["t"], "properties": {"t": {"enum": ["B"]}}},
            "C": {"type": "object", "required": ["t"], "properties": {"t": {"enum": ["C"]}}},
        },
    },
}
OP = ("paths", "/a/{id}", "get")
BALANCES = ("components", "schemas", "Balances")


def edit(*path: Any, change: Callable[[Any], object]) -> Callable[[dict[str, Any]], None]:
    def apply(spec: dict[str, Any]) -> None:
        node: Any = spec
        for key in path:
            node = node[key]
        change(node)

    return apply


C_BRANCH = {"$ref": "#/components/schemas/C"}
PARAMS = (*OP, "parameters")
HEADERS = (*OP, "responses", "200", "headers")
SCHEMES = ("components", "securitySchemes")

# (id, change from BASE, the exact rule ids it reports, the exact rule ids of undoing it)
RULES = [
    (
        "path removed",
        edit("paths", change=lambda p: p.pop("/b")),
        {"api-path-removed-without-deprecation"},
        {"api-path-added"},
    ),
    (
        "operation removed",
        edit("paths", "/b", change=lambda p: p.pop("delete")),
        {"api-removed-without-deprecation"},
        {"api-added"},
    ),
    (
        "success status replaced",
        edit("paths", "/b", "get", "responses", change=lambda r: r.update({"201": r.pop("200")})),
        {"response-success-status-removed", "response-success-status-added"},
        {"response-success-status-removed", "response-success-status-added"},
    ),
    (
        "error status removed",
        edit(*OP, "responses", change=lambda r: r.pop("404")),
        {"response-non-success-status-removed"},
        {"response-non-success-status-added"},
    ),
    (
        "media type added",
        edit(
            *OP,
            "responses",
            "200",
            "content",
            change=lambda c: c.update({"text/plain": {"schema": {"type": "string"}}}),
        ),
        {"response-media-type-added"},
        {"response-media-type-removed"},
    ),
    (
        "required property removed",
        edit(*BALANCES, change=lambda s: (s["properties"].pop("cash"), s["required"].remove("cash"))),
        {"response-required-property-removed"},
        {"response-required-property-added"},
    ),
    (
        "optional property removed",
        edit(*BALANCES, "properties", change=lambda p: p.pop("note")),
        {"response-optional-property-removed"},
        {"response-optional-property-added"},
    ),
    (
        "required property became optional",
        edit(*BALANCES, change=lambda s: s.update(required=[])),
        {"response-property-became-optional"},
        {"response-property-became-required"},
    ),
    (
        "property type changed",
        edit(*BALANCES, "properties", "cash", change=lambda s: s.update(type="number", format=None)),
        {"response-property-type-changed"},
        {"response-property-type-changed"},
    ),
    (
        "property became nullable",
        edit(*BALANCES, "properties", "note", change=lambda s: s.update(type=["string", "null"])),
        {"response-property-became-nullable"},
        {"response-property-became-not-nullable"},
    ),
    (
        "body type changed",
        edit(
            "paths",
            "/d",
            "get",
            "responses",
            "200",
            "content",
            "application/json",
            "schema",
            change=lambda s: s.update(type="integer"),
        ),
        {"response-body-type-changed"},
        {"response-body-type-changed"},
    ),
    (
        "response enum value added",
        edit(*BALANCES, "properties", "kind", "enum", change=lambda e: e.append("C")),
        {"response-property-enum-value-added"},
        {"response-property-enum-value-removed"},
    ),
    (
        "body oneOf branch added (a new account shape)",
        edit(
            "paths",
            "/c",
            "get",
            "responses",
            "200",
            "content",
            "application/json",
            "schema",
            "items",
            "oneOf",
            change=lambda o: o.append(C_BRANCH),
        ),
        {"response-body-one-of-added"},
        {"response-body-one-of-removed"},
    ),
    (
        "property oneOf branch added",
        edit(*BALANCES, "properties", "shape", "oneOf", change=lambda o: o.append(C_BRANCH)),
        {"response-property-one-of-added"},
        {"response-property-one-of-removed"},
    ),
    (
        "required header removed",
        edit(*HEADERS, change=lambda h: h.pop("X-Request-Id")),
        {"required-response-header-removed"},
        {"response-header-added"},
    ),
    (
        "optional header removed",
        edit(*HEADERS, change=lambda h: h.pop("X-Rate")),
        {"optional-response-header-removed"},
        {"response-header-added"},
    ),
    (
        "header became optional",
        edit(*HEADERS, "X-Request-Id", change=lambda h: h.update(required=False)),
        {"response-header-became-optional"},
        set(),
    ),
    (
        "header type changed",
        edit(*HEADERS, "X-Rate", "schema", change=lambda s: s.update(type="string")),
        {"response-header-type-changed"},
        {"response-header-type-changed"},
    ),
    (
        "required parameter added",
        edit(
            *PARAMS,
            change=lambda p: p.append({"name": "r", "in": "query", "required": True, "schema": {"type": "string"}}),
        ),
        {"new-required-request-parameter"},
        {"request-parameter-removed"},
    ),
    (
        "optional parameter added",
        edit(*PARAMS, change=lambda p: p.append({"name": "o", "in": "query", "schema": {"type": "string"}})),
        {"new-optional-request-parameter"},
        {"request-parameter-removed"},
    ),
    (
        "parameter became required",
        edit(*PARAMS, 1, change=lambda p: p.update(required=True)),
        {"request-parameter-became-required"},
        {"request-parameter-became-optional"},
    ),
    (
        "parameter type changed",
        edit(*PARAMS, 0, "schema", change=lambda s: s.update(type="integer")),
        {"request-parameter-type-changed"},
        {"request-parameter-type-changed"},
    ),
    (
        "parameter enum value removed",
        edit(*PARAMS, 1, "schema", "enum", change=lambda e: e.remove("y")),
        {"request-parameter-enum-value-removed"},
        {"request-parameter-enum-value-added"},
    ),
    (
        "maximum lowered",
        edit(*PARAMS, 2, "schema", change=lambda s: s.update(maximum=50)),
        {"request-parameter-max-decreased"},
        {"request-parameter-max-increased"},
    ),
    (
        "minimum raised",
        edit(*PARAMS, 2, "schema", change=lambda s: s.update(minimum=5)),
        {"request-parameter-min-increased"},
        {"request-parameter-min-decreased"},
    ),
    (
        "maximum set",
        edit(*PARAMS, 3, "schema", change=lambda s: s.update(maximum=9)),
        {"request-parameter-max-set"},
        {"request-parameter-max-increased"},
    ),
    (
        "minimum set",
        edit(*PARAMS, 3, "schema", change=lambda s: s.update(minimum=2)),
        {"request-parameter-min-set"},
        {"request-parameter-min-decreased"},
    ),
    (
        "exclusive maximum set",
        edit(*PARAMS, 3, "schema", change=lambda s: s.update(exclusiveMaximum=9)),
        {"request-parameter-exclusive-max-set"},
        {"request-parameter-exclusive-max-increased"},
    ),
    (
        "exclusive maximum lowered",
        edit(*PARAMS, 5, "schema", change=lambda s: s.update(exclusiveMaximum=5)),
        {"request-parameter-exclusive-max-decreased"},
        {"request-parameter-exclusive-max-increased"},
    ),
    (
        "exclusive minimum raised",
        edit(*PARAMS, 5, "schema", change=lambda s: s.update(exclusiveMinimum=2)),
        {"request-parameter-exclusive-min-increased"},
        {"request-parameter-exclusive-min-decreased"},
    ),
    (
        "exclusive minimum set",
        edit(*PARAMS, 3, "schema", change=lambda s: s.update(exclusiveMinimum=0)),
        {"request-parameter-exclusive-min-set"},
        {"request-parameter-exclusive-min-decreased"},
    ),
    (
        "maxLength added to a path parameter",
        edit(*PARAMS, 0, "schema", change=lambda s: s.update(maxLength=8)),
        {"request-parameter-max-length-set"},
        {"request-parameter-max-length-increased"},
    ),
    (
        "maxLength lowered",
        edit(*PARAMS, 4, "schema", change=lambda s: s.update(maxLength=10)),
        {"request-parameter-max-length-decreased"},
        {"request-parameter-max-length-increased"},
    ),
    (
        "minLength raised",
        edit(*PARAMS, 4, "schema", change=lambda s: s.update(minLength=3)),
        {"request-parameter-min-length-increased"},
        {"request-parameter-min-length-decreased"},
    ),
    (
        "pattern added",
        edit(*PARAMS, 0, "schema", change=lambda s: s.update(pattern="^[0-9]+$")),
        {"request-parameter-pattern-added"},
        {"request-parameter-pattern-removed"},
    ),
    (
        "pattern changed",
        edit(*PARAMS, 4, "schema", change=lambda s: s.update(pattern="^[a-z]{2,}$")),
        {"request-parameter-pattern-changed"},
        {"request-parameter-pattern-changed"},
    ),
    (
        "security requirement changed",
        edit(change=lambda s: s.update(security=[{"bearer": [], "key": []}])),
        {"api-security-added"},
        {"api-security-removed"},
    ),
    (
        "security scheme removed",
        edit(*SCHEMES, change=lambda s: s.pop("spare")),
        {"api-security-component-removed"},
        {"api-security-component-added"},
    ),
    (
        "security scheme type changed",
        edit(*SCHEMES, change=lambda s: s.update(bearer={"type": "apiKey", "in": "header", "name": "Authorization"})),
        {"api-security-component-type-changed"},
        {"api-security-component-type-changed"},
    ),
    (
        "apiKey header name changed (Et-App-Key)",
        edit(*SCHEMES, "key", change=lambda k: k.update(name="Et-App-Key")),
        {"api-security-component-name-changed"},
        {"api-security-component-name-changed"},
    ),
    (
        "oauth scope removed",
        edit(*SCHEMES, "oauth", "flows", "clientCredentials", "scopes", change=lambda s: s.pop("trade")),
        {"api-security-component-oauth-scope-removed"},
        {"api-security-component-oauth-scope-added"},
    ),
    ("server removed", edit(change=lambda s: s.update(servers=[])), {"api-server-removed"}, {"api-server-added"}),
]


def _rules(changes: list[Any]) -> set[tuple[str, bool]]:
    return {(c.rule, c.breaking) for c in changes}


@pytest.mark.parametrize(("change", "forward", "reverse"), [r[1:] for r in RULES], ids=[r[0] for r in RULES])
def test_each_rule_is_reported_in_both_directions(
    change: Callable[[dict[str, Any]], None], forward: set[str], reverse: set[str]
) -> None:
    new = copy.deepcopy(BASE)
    change(new)
    changes = compare(BASE, new)
    assert {c.rule for c in changes} == forward
    assert all(c.breaking == (RULE_REGISTRY[c.rule].level == "error") for c in changes)
    assert {c.rule for c in compare(new, BASE)} == reverse


def test_every_registered_rule_has_a_case_and_every_case_a_registered_rule() -> None:
    covered = {rule for _, _, forward, reverse in RULES for rule in (*forward, *reverse)}
    assert covered == set(RULE_REGISTRY)


def test_the_rule_table_in_the_docs_is_the_registry() -> None:
    assert rules_table() in (ROOT / "docs" / "review.md").read_text()


def test_the_refactors_stay_silent_a_component_renamed_with_its_refs() -> None:
    renamed = copy.deepcopy(BASE)
    renamed["components"]["schemas"]["Figures"] = renamed["components"]["schemas"].pop("Balances")
    media = renamed["paths"]["/a/{id}"]["get"]["responses"]["200"]["content"]["application/json"]
    media["schema"] = {"$ref": "#/components/schemas/Figures"}
    assert compare(BASE, renamed) == []


def test_an_unchanged_spec_has_no_change() -> None:
    assert compare(BASE, copy.deepcopy(BASE)) == []


def test_moving_an_inline_schema_into_components_is_not_a_change() -> None:
    inline = copy.deepcopy(BASE)
    media = inline["paths"]["/a/{id}"]["get"]["responses"]["200"]["content"]["application/json"]
    media["schema"] = copy.deepcopy(BASE["components"]["schemas"]["Balances"])
    assert compare(BASE, inline) == []


def test_accepting_anonymous_requests_too_is_not_breaking() -> None:
    loose = copy.deepcopy(BASE)
    loose["security"] = [{"bearer": []}, {}]
    assert not any(c.breaking for c in compare(BASE, loose))


def test_dropping_anonymous_access_is_breaking() -> None:
    loose = copy.deepcopy(BASE)
    loose["security"] = [{}]
    assert ("api-security-added", True) in _rules(compare(loose, BASE))


def test_report_lists_breaking_changes_first_with_rule_ids() -> None:
    new = copy.deepcopy(BASE)
    new["paths"].pop("/b")
    new["servers"].append({"url": "https://b.example"})
    text = render("x", "HEAD~1", compare(BASE, new))
    assert "**1 breaking**, 1 non-breaking" in text
    assert text.index("## Breaking") < text.index("## Non-breaking")
    assert "| `api-path-removed-without-deprecation` | /b | path /b removed |" in text


def _clone(tmp_path: Path) -> Path:
    """A clone of this repository with `specs/` and the top-level files checked out, its objects
    borrowed from this one (`--shared`): a few hundred files instead of a thousand or more, which
    pytest deletes again when it prunes old temporary folders."""
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--shared", "--sparse", str(ROOT), str(clone)], check=True)
    subprocess.run(["git", "-C", str(clone), "sparse-checkout", "set", "specs"], check=True)
    return clone


def test_make_review_reports_a_committed_breaking_change_with_its_rule_id(tmp_path: Path) -> None:
    clone = _clone(tmp_path)
    spec_path = clone / "specs" / "aries" / "openapi.yaml"
    spec = load_yaml(spec_path)
    balances = spec["components"]["schemas"]["AccountBalances"]
    balances["required"].remove("netBuyingPower")
    spec_path.write_text(to_yaml(spec, sort_keys=False))
    git = ["git", "-C", str(clone), "-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    subprocess.run([*git, "commit", "-qam", "netBuyingPower becomes optional"], check=True)
    result = run_script("review.py", "--base", "HEAD~1", "--root", str(clone))
    assert result.returncode == 1, result.stdout + result.stderr
    assert (
        "BREAKING response-property-became-optional: GET /v1/accounts/{id}/balances 200 application/json"
        in result.stdout
    )
    report = (clone / "build" / "review" / "aries.md").read_text()
    assert "`response-property-became-optional`" in report and "/netBuyingPower became optional" in report
    unchanged = run_script("review.py", "--base", "HEAD", "--root", str(clone))
    assert unchanged.returncode == 0 and "aries: 0 breaking, 0 non-breaking" in unchanged.stdout


def test_review_refuses_an_unknown_revision() -> None:
    result = run_script("review.py", "--base", "no-such-ref-123")
    assert result.returncode == 2 and "is not a git revision" in result.stderr


def test_a_spec_that_is_not_yaml_is_bad_input_without_a_traceback(tmp_path: Path) -> None:
    clone = _clone(tmp_path)
    spec_path = clone / "specs" / "aries" / "openapi.yaml"
    spec_path.write_text(spec_path.read_text() + "\n  broken: [\n")
    result = run_script("review.py", "--base", "HEAD", "--root", str(clone))
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: {spec_path}: line ") and "invalid YAML" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1


def test_each_change_is_located_at_the_line_of_its_node_in_the_new_spec() -> None:
    new = copy.deepcopy(BASE)
    new["components"]["schemas"]["Balances"]["properties"]["kind"]["enum"].append("C")
    new["paths"]["/a/{id}"]["get"]["parameters"][2]["schema"]["maximum"] = 50
    text = to_yaml(new, sort_keys=False)
    lines = {c.rule: line_of(text, locate(new, c)) for c in compare(BASE, new)}
    numbered = text.splitlines()
    kind_line = next(i for i, line in enumerate(numbered, 1) if line.strip() == "kind:")
    n_line = next(i for i, line in enumerate(numbered, 1) if line.strip() == "- name: n")
    assert lines == {"response-property-enum-value-added": kind_line, "request-parameter-max-decreased": n_line}


def _clone_with_optional_net_buying_power(tmp_path: Path) -> tuple[Path, int]:
    clone = _clone(tmp_path)
    spec_path = clone / "specs" / "aries" / "openapi.yaml"
    spec = load_yaml(spec_path)
    spec["components"]["schemas"]["AccountBalances"]["required"].remove("netBuyingPower")
    spec_path.write_text(to_yaml(spec, sort_keys=False))
    lines = spec_path.read_text().splitlines()
    schemas = next(i for i, line in enumerate(lines) if line.strip() == "AccountBalances:")
    line = next(i for i, text in enumerate(lines[schemas:], schemas + 1) if text.strip() == "netBuyingPower:")
    return clone, line


def test_github_annotations_and_json_name_the_rule_file_and_line(tmp_path: Path) -> None:
    clone, line = _clone_with_optional_net_buying_power(tmp_path)
    github = run_script("review.py", "--base", "HEAD", "--root", str(clone), "--format", "github")
    assert github.returncode == 1
    expected = f"::error file=specs/aries/openapi.yaml,line={line},title=response-property-became-optional::GET "
    assert github.stdout.startswith(expected), github.stdout
    document = run_script("review.py", "--base", "HEAD", "--root", str(clone), "--format", "json")
    record = json.loads(document.stdout)["changes"][0]
    assert (record["rule"], record["level"], record["line"]) == ("response-property-became-optional", "error", line)


@pytest.mark.parametrize(
    ("config", "status", "said"),
    [
        ("overrides:\n  response-property-became-optional: warning\n", 0, ""),
        (
            "ignore:\n  - rule: response-property-became-optional\n    where: GET /v1/accounts/*\n"
            "    reason: the field is dropped on purpose\n    expires: 2999-01-01\n",
            0,
            "",
        ),
        (
            "ignore:\n  - rule: response-property-became-optional\n    reason: accepted once\n"
            "    expires: 2020-01-01\n",
            1,
            "expired on 2020-01-01",
        ),
        ("overrides:\n  no-such-rule: info\n", 2, "$.overrides.no-such-rule: unknown rule id"),
        ("ignore:\n  - rule: response-property-became-optional\n    expires: 2999-01-01\n", 2, "needs its reason"),
    ],
    ids=["level-override", "ignored-until-expiry", "expired-ignore-counts-again", "unknown-rule", "no-reason"],
)
def test_review_yaml_overrides_levels_and_ignores_until_expiry(
    tmp_path: Path, config: str, status: int, said: str
) -> None:
    clone, _ = _clone_with_optional_net_buying_power(tmp_path)
    (clone / "review.yaml").write_text(config)
    result = run_script("review.py", "--base", "HEAD", "--root", str(clone))
    assert result.returncode == status, result.stdout + result.stderr
    assert said in result.stderr
