"""Breaking-change review: every rule, in both directions, on a small spec; and `$ref` resolution."""

from __future__ import annotations

import copy
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from broker_contracts.brokers import ROOT
from broker_contracts.review import compare, render
from tests.conftest import run_script

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
                ],
                "responses": {
                    "200": {
                        "description": "ok",
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
    },
    "components": {
        "securitySchemes": {
            "bearer": {"type": "http", "scheme": "bearer"},
            "key": {"type": "apiKey", "in": "header", "name": "K"},
        },
        "schemas": {
            "Balances": {
                "type": "object",
                "required": ["cash"],
                "properties": {
                    "cash": {"type": "string", "format": "decimal"},
                    "note": {"type": "string"},
                    "kind": {"type": "string", "enum": ["A", "B"]},
                },
            }
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


# (id, change from BASE, rule forward & breaking, rule of the reverse change & breaking, or None
# where undoing the change is simply not breaking)
RULES = [
    (
        "path removed",
        edit("paths", change=lambda p: p.pop("/b")),
        ("api-path-removed-without-deprecation", True),
        ("api-path-added", False),
    ),
    (
        "operation removed",
        edit("paths", "/b", change=lambda p: p.pop("delete")),
        ("api-removed-without-deprecation", True),
        ("api-added", False),
    ),
    (
        "success status removed",
        edit("paths", "/b", "get", "responses", change=lambda r: r.update({"201": r.pop("200")})),
        ("response-success-status-removed", True),
        ("response-success-status-removed", True),
    ),
    (
        "error status removed",
        edit(*OP, "responses", change=lambda r: r.pop("404")),
        ("response-non-success-status-removed", True),
        ("response-non-success-status-added", False),
    ),
    (
        "required property removed",
        edit(*BALANCES, change=lambda s: (s["properties"].pop("cash"), s["required"].remove("cash"))),
        ("response-required-property-removed", True),
        ("response-required-property-added", False),
    ),
    (
        "optional property removed",
        edit(*BALANCES, "properties", change=lambda p: p.pop("note")),
        ("response-optional-property-removed", True),
        ("response-optional-property-added", False),
    ),
    (
        "required property became optional",
        edit(*BALANCES, change=lambda s: s.update(required=[])),
        ("response-property-became-optional", True),
        ("response-property-became-required", False),
    ),
    (
        "property type changed",
        edit(*BALANCES, "properties", "cash", change=lambda s: s.update(type="number", format=None)),
        ("response-property-type-changed", True),
        ("response-property-type-changed", True),
    ),
    (
        "property became nullable",
        edit(*BALANCES, "properties", "note", change=lambda s: s.update(type=["string", "null"])),
        ("response-property-type-changed", True),
        ("response-property-type-changed", True),
    ),
    (
        "response enum value added",
        edit(*BALANCES, "properties", "kind", "enum", change=lambda e: e.append("C")),
        ("response-property-enum-value-added", True),
        ("response-property-enum-value-removed", False),
    ),
    (
        "required parameter added",
        edit(
            *OP,
            "parameters",
            change=lambda p: p.append({"name": "r", "in": "query", "required": True, "schema": {"type": "string"}}),
        ),
        ("new-required-request-parameter", True),
        ("request-parameter-removed", False),
    ),
    (
        "optional parameter added",
        edit(*OP, "parameters", change=lambda p: p.append({"name": "o", "in": "query", "schema": {"type": "string"}})),
        ("new-optional-request-parameter", False),
        ("request-parameter-removed", False),
    ),
    (
        "parameter became required",
        edit(*OP, "parameters", 1, change=lambda p: p.update(required=True)),
        ("request-parameter-became-required", True),
        ("request-parameter-became-optional", False),
    ),
    (
        "parameter type changed",
        edit(*OP, "parameters", 0, "schema", change=lambda s: s.update(type="integer")),
        ("request-parameter-type-changed", True),
        ("request-parameter-type-changed", True),
    ),
    (
        "parameter enum value removed",
        edit(*OP, "parameters", 1, "schema", "enum", change=lambda e: e.remove("y")),
        ("request-parameter-enum-value-removed", True),
        None,
    ),
    (
        "security requirement changed",
        edit(change=lambda s: s.update(security=[{"bearer": [], "key": []}])),
        ("api-security-added", True),
        ("api-security-removed", False),
    ),
    (
        "server removed",
        edit(change=lambda s: s.update(servers=[])),
        ("api-server-removed", True),
        ("api-server-added", False),
    ),
]


def _rules(changes: list[Any]) -> set[tuple[str, bool]]:
    return {(c.rule, c.breaking) for c in changes}


@pytest.mark.parametrize(("change", "forward", "reverse"), [r[1:] for r in RULES], ids=[r[0] for r in RULES])
def test_each_rule_is_reported_in_both_directions(
    change: Callable[[dict[str, Any]], None], forward: tuple[str, bool], reverse: tuple[str, bool] | None
) -> None:
    new = copy.deepcopy(BASE)
    change(new)
    assert forward in _rules(compare(BASE, new))
    undone = compare(new, BASE)
    if reverse is None:
        assert not any(c.breaking for c in undone), undone
    else:
        assert reverse in _rules(undone)


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


def test_make_review_reports_a_committed_breaking_change_with_its_rule_id(tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
    spec_path = clone / "specs" / "aries" / "openapi.yaml"
    spec = yaml.safe_load(spec_path.read_text())
    balances = spec["components"]["schemas"]["AccountBalances"]
    balances["required"].remove("netBuyingPower")
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False))
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
