"""`make upstream`: a contract reconciled with the broker's published spec, every difference named.

The documents are small ones of our own (tests/upstream_documents/): no third-party spec is committed.
"""

from __future__ import annotations

import copy
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from broker_contracts.brokers import Broker
from broker_contracts.documents import load_yaml
from broker_contracts.errors import ContractError
from broker_contracts.upstream import compare_operations, reconcile
from tests.conftest import run_script, to_yaml

DOCS = Path(__file__).parent / "upstream_documents"
OURS = load_yaml(DOCS / "contract.yaml")
OP = "GET /v1/accounts/{account_id}/balances"
OP_ID = "getAccountBalances"  # the operationId of OP in contract.yaml


def _balances(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["components"]["schemas"]["Balances"]  # type: ignore[no-any-return]


def _op(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["paths"]["/v1/accounts/{account_id}/balances"]["get"]  # type: ignore[no-any-return]


def _add_property(doc: dict[str, Any]) -> None:
    _balances(doc)["properties"]["daily_pnl"] = {"type": "string"}


def _require_nested(doc: dict[str, Any]) -> None:
    _balances(doc)["properties"]["sod"]["required"] = ["equity"]


def _kinds(ours: dict[str, Any], upstream: dict[str, Any], up_name: str) -> set[tuple[str, str]]:
    """`(kind, where)` of every difference between OP of `ours` and `up_name` of `upstream`
    (compare_operations compares one pair; reconcile names the operation)."""
    found = compare_operations(ours, OP, upstream, up_name)
    assert all(d.operation == "" for d in found)
    return {(d.kind, d.where) for d in found}


EDITS: dict[str, tuple[Callable[[dict[str, Any]], None], set[tuple[str, str]]]] = {
    "property only upstream": (_add_property, {("property-only-upstream", "response 200 $.data.daily_pnl")}),
    "property only ours": (
        lambda d: _balances(d)["properties"].pop("sod"),
        {("property-only-ours", "response 200 $.data.sod")},
    ),
    "required upstream only, nested": (_require_nested, {("required-only-upstream", "response 200 $.data.sod.equity")}),
    "required ours only": (
        lambda d: _balances(d)["required"].remove("equity"),
        {("required-only-ours", "response 200 $.data.equity")},
    ),
    "type": (
        lambda d: _balances(d)["properties"].update(equity={"type": "number"}),
        {("type-differs", "response 200 $.data.equity")},
    ),
    "format": (
        lambda d: _balances(d)["properties"]["account_id"].update(format="int32"),
        {("format-differs", "response 200 $.data.account_id")},
    ),
    "nullability": (
        lambda d: _balances(d)["properties"]["sod"].update(type="object"),
        {("nullable-differs", "response 200 $.data.sod")},
    ),
    "enum": (
        lambda d: _balances(d)["properties"]["margin_type"]["enum"].append("PORTFOLIO"),
        {("enum-differs", "response 200 $.data.margin_type")},
    ),
    "status": (
        lambda d: _op(d)["responses"].update({"500": {"description": "x"}}),
        {("status-only-upstream", "response 500")},
    ),
    "media type": (
        lambda d: _op(d)["responses"]["404"]["content"].update({"text/plain": {"schema": {"type": "string"}}}),
        {("media-type-only-upstream", "response 404 text/plain")},
    ),
    "parameter": (
        lambda d: _op(d)["parameters"].append({"name": "APIVersion", "in": "query", "schema": {"type": "string"}}),
        {("parameter-only-upstream", "parameter query APIVersion")},
    ),
    "parameter required": (
        lambda d: _op(d)["parameters"][1].update(required=True),
        {("parameter-required-differs", "parameter query limit")},
    ),
    "security": (
        lambda d: d["components"]["securitySchemes"].update(
            bearerAuth={"type": "apiKey", "in": "header", "name": "X-Key"}
        ),
        {("security-differs", "security")},
    ),
    "path parameter renamed (not a difference)": (
        lambda d: _rename_path_parameter(d),
        set(),
    ),
    "oneOf read as the union of its branches (not a difference)": (
        lambda d: _split_into_branches(d),
        set(),
    ),
}


def _rename_path_parameter(doc: dict[str, Any]) -> None:
    item = doc["paths"].pop("/v1/accounts/{account_id}/balances")
    item["get"]["parameters"][0]["name"] = "accountKey"
    doc["paths"]["/v1/accounts/{accountKey}/balances"] = item


def _split_into_branches(doc: dict[str, Any]) -> None:
    whole = _balances(doc)
    common = {"type": "object", "required": whole["required"]}
    first = {**common, "properties": {k: whole["properties"][k] for k in ("account_id", "equity")}}
    second = {**common, "properties": {k: whole["properties"][k] for k in ("margin_type", "sod")}}
    doc["components"]["schemas"]["Balances"] = {"oneOf": [first, second]}


@pytest.mark.parametrize("name", list(EDITS), ids=list(EDITS))
def test_each_kind_of_difference_is_named_with_its_place(name: str) -> None:
    edit, expected = EDITS[name]
    upstream = copy.deepcopy(OURS)
    edit(upstream)
    up_name = next(f"GET {p}" for p in upstream["paths"])
    assert _kinds(OURS, upstream, up_name) == expected


def test_identical_documents_have_no_difference() -> None:
    assert compare_operations(OURS, OP, copy.deepcopy(OURS), OP) == []


def _project(
    tmp_path: Path, acknowledged: list[dict[str, str]] | None = None, header: dict[str, Any] | None = None
) -> Broker:
    folder = tmp_path / "specs" / "example"
    folder.mkdir(parents=True)
    shutil.copy(DOCS / "contract.yaml", folder / "openapi.yaml")
    if acknowledged is not None:
        up = {"source": "tests/upstream_documents/swagger.yaml", **(header or {})}
        (folder / "upstream.yaml").write_text(to_yaml({"upstream": up, "acknowledged": acknowledged}))
    return Broker("example", tmp_path)


# `(operationId, kind, where)` of every difference between contract.yaml and swagger.yaml.
SWAGGER_DIFFERENCES = {
    (OP_ID, "type-differs", "response 200 $.data.equity"),
    (OP_ID, "property-only-upstream", "response 200 $.data.daily_pnl"),
    (OP_ID, "property-only-ours", "response 200 $.data.sod"),
    (OP_ID, "enum-differs", "response 200 $.data.margin_type"),
    (OP_ID, "parameter-only-ours", "parameter query limit"),
    (OP_ID, "security-differs", "security"),
    (OP_ID, "status-only-ours", "response 404"),
    (OP_ID, "status-only-upstream", "response 500"),
}


@pytest.mark.slow
def test_swagger_2_is_converted_and_compared_with_a_base_path(tmp_path: Path) -> None:
    result = reconcile(_project(tmp_path), OURS, DOCS / "swagger.yaml")
    assert result.pairs == ((OP_ID, "GET /accounts/{accountId}/balances"),)
    assert result.operation == f"{OP_ID} = GET /accounts/{{accountId}}/balances"
    assert {d.key for d in result.unacknowledged} == SWAGGER_DIFFERENCES


def _acknowledge(keys: set[tuple[str, str, str]], named: bool = True) -> list[dict[str, str]]:
    """upstream.yaml entries for `keys`: each naming its operation, or (`named` False) none, so
    covering every operation."""
    return [
        {
            **({"operation": operation} if named else {}),
            "kind": kind,
            "where": where,
            "reason": "a reason a reviewer accepts",
        }
        for operation, kind, where in sorted(keys)
    ]


@pytest.mark.slow
def test_cli_fails_on_an_unacknowledged_difference_and_writes_the_report(tmp_path: Path) -> None:
    keys = set(SWAGGER_DIFFERENCES)
    keys.discard((OP_ID, "status-only-upstream", "response 500"))
    _project(tmp_path, _acknowledge(keys | {(OP_ID, "property-only-ours", "response 200 $.gone")}))
    done = run_script(
        "upstream.py", "--root", str(tmp_path), "--brokers", "example", "--spec", str(DOCS / "swagger.yaml")
    )
    assert done.returncode == 1, done.stderr
    assert f"unacknowledged: {OP_ID}: status-only-upstream at response 500" in done.stderr
    assert f"stale acknowledgement: {OP_ID}: property-only-ours at response 200 $.gone" in done.stderr
    report = (tmp_path / "build" / "upstream" / "example.md").read_text()
    assert f"| {OP_ID} | status-only-upstream | `response 500` | — | documented | **not acknowledged** |" in report
    assert f"Operations (ours = upstream): `{OP_ID}` = `GET /accounts/{{accountId}}/balances`" in report
    assert "a reason a reviewer accepts" in report


@pytest.mark.slow
@pytest.mark.parametrize("named", [True, False], ids=["per-operation", "every-operation"])
def test_cli_passes_when_every_difference_is_acknowledged(tmp_path: Path, named: bool) -> None:
    _project(tmp_path, _acknowledge(SWAGGER_DIFFERENCES, named))
    done = run_script(
        "upstream.py", "--root", str(tmp_path), "--brokers", "example", "--spec", str(DOCS / "swagger.yaml")
    )
    assert done.returncode == 0, done.stderr
    assert "8 difference(s), 0 unacknowledged" in done.stdout


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("openapi: 2.5\npaths: {}\n", "$.openapi: not an OpenAPI 3.x or Swagger 2.0 document"),
        ("- a list\n", "$: an OpenAPI or Swagger document must be a mapping"),
        (
            "openapi: 3.0.3\npaths: {}\n",
            "$.paths: getAccountBalances: 0 upstream operations match GET /v1/accounts/{account_id}/balances",
        ),
        ("openapi: [\n", "line 2, column 1: invalid YAML"),
    ],
    ids=["not-openapi", "not-a-mapping", "no-matching-operation", "bad-yaml"],
)
def test_bad_upstream_document_names_the_file_and_place(tmp_path: Path, content: str, expected: str) -> None:
    bad = tmp_path / "upstream.yaml"
    bad.write_text(content)
    with pytest.raises(ContractError) as caught:
        reconcile(_project(tmp_path / "p"), OURS, bad)
    assert str(caught.value).startswith(f"{bad}: ")
    assert expected in str(caught.value)


def test_cli_exits_2_on_a_missing_upstream_file(tmp_path: Path) -> None:
    _project(tmp_path)
    done = run_script(
        "upstream.py", "--root", str(tmp_path), "--brokers", "example", "--spec", str(tmp_path / "nope.yaml")
    )
    assert done.returncode == 2
    assert f"error: {tmp_path / 'nope.yaml'}: cannot read" in done.stderr


def test_an_acknowledgement_without_a_reason_is_refused(tmp_path: Path) -> None:
    broker = _project(tmp_path, [{"kind": "type-differs", "where": "response 200 $.data.equity", "reason": " "}])
    with pytest.raises(ContractError, match=r"upstream.yaml: \$.acknowledged\[0\].reason: an acknowledged difference"):
        reconcile(broker, OURS, DOCS / "swagger.yaml")


def test_a_pattern_acknowledges_every_difference_it_matches_and_nothing_else(tmp_path: Path) -> None:
    rest = {k for k in SWAGGER_DIFFERENCES if not k[2].startswith("response 200 $.data.")}
    entries = [{"kind": "type-differs", "where": "response 200 $.data.*", "reason": "amounts as strings"}]
    entries += [{"kind": "enum-differs", "where": "response 200 $.data.*", "reason": "an enum we keep closed"}]
    entries += [{"kind": "property-only-ours", "where": "response 2* $.*", "reason": "sod is ours"}]
    entries += [{"kind": "property-only-upstream", "where": "response 500 $.*", "reason": "matches nothing: stale"}]
    result = reconcile(_project(tmp_path, entries), OURS, DOCS / "swagger.yaml")
    assert {d.key for d in result.unacknowledged} == rest | {
        (OP_ID, "property-only-upstream", "response 200 $.data.daily_pnl")
    }
    assert result.stale == (("*", "property-only-upstream", "response 500 $.*"),)


def test_an_acknowledgement_names_the_operation_it_covers(tmp_path: Path) -> None:
    """An entry with `operation` covers that operation's differences only; one naming another
    operation covers nothing here and is stale."""
    entries = [{"operation": OP_ID, "kind": "type-differs", "where": "response 200 $.data.*", "reason": "strings"}]
    entries += [{"operation": "listAccounts", "kind": "enum-differs", "where": "response 200 $.data.*", "reason": "x"}]
    result = reconcile(_project(tmp_path, entries), OURS, DOCS / "swagger.yaml")
    assert {d.key for d in result.unacknowledged} == SWAGGER_DIFFERENCES - {
        (OP_ID, "type-differs", "response 200 $.data.equity")
    }
    assert result.stale == (("listAccounts", "enum-differs", "response 200 $.data.*"),)


def test_an_operation_the_broker_does_not_publish_is_not_compared(tmp_path: Path) -> None:
    broker = _project(tmp_path, [], header={"operations": {OP_ID: None}})
    result = reconcile(broker, OURS, DOCS / "swagger.yaml")
    assert result.pairs == ((OP_ID, None),) and result.differences == ()
    assert result.operation == f"{OP_ID} = not published upstream"


def test_path_parameters_are_paired_by_their_place_in_the_path_not_in_the_list() -> None:
    ours = copy.deepcopy(OURS)
    item = ours["paths"].pop("/v1/accounts/{account_id}/balances")
    item["get"]["parameters"].insert(
        0, {"name": "version", "in": "path", "required": True, "schema": {"type": "string"}}
    )
    ours["paths"]["/v{version}/accounts/{account_id}/balances"] = item
    upstream = copy.deepcopy(ours)
    up_item = upstream["paths"].pop("/v{version}/accounts/{account_id}/balances")
    up_item["get"]["parameters"].reverse()  # listed in the other order, and renamed
    next(p for p in up_item["get"]["parameters"] if p["name"] == "account_id")["name"] = "accountId"
    upstream["paths"]["/v{version}/accounts/{accountId}/balances"] = up_item
    name = "GET /v{version}/accounts/{account_id}/balances"
    assert compare_operations(ours, name, upstream, "GET /v{version}/accounts/{accountId}/balances") == []


def test_media_type_parameters_are_not_a_difference() -> None:
    upstream = copy.deepcopy(OURS)
    content = _op(upstream)["responses"]["200"]["content"]
    content["application/json; charset=utf-8"] = content.pop("application/json")
    _add_property(upstream)
    assert _kinds(OURS, upstream, OP) == {("property-only-upstream", "response 200 $.data.daily_pnl")}


def test_a_property_several_branches_declare_is_compared_with_every_declaration() -> None:
    upstream = copy.deepcopy(OURS)
    _split_into_branches(upstream)
    _first, second = upstream["components"]["schemas"]["Balances"]["oneOf"]
    second["properties"]["equity"] = {"type": ["number", "null"]}  # a second, different declaration
    assert _kinds(OURS, upstream, OP) == {("type-differs", "response 200 $.data.equity")}
