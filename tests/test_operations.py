"""Adding an operation is a change to a spec, its evidence and its mock data, never to code: a
synthetic third operation added to a copy of the Aries contract is picked up by every stage
(docs/adding-an-operation.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from broker_contracts import review, traffic, upstream
from broker_contracts.brokers import Broker
from broker_contracts.documents import find_operation, load_yaml
from broker_contracts.errors import ContractError
from broker_contracts.mock import load_behaviour
from broker_contracts.mutants import applicable
from broker_contracts.validate import load_spec

from .conftest import run_script

NEW = "getAccountSummary"
PATH = "/v1/accounts/{id}/summary"
BODY = {"accountId": "1", "equity": "250000.00"}


def _add_operation(root: Path) -> Broker:
    """A `getAccountSummary` operation in the copy's Aries contract, with its evidence and mock data."""
    aries = Broker("aries", root)
    spec = load_yaml(aries.spec_path)
    spec["tags"].append({"name": "summary", "description": "A short summary of an account (synthetic, for a test)."})
    spec["paths"][PATH] = {
        "get": {
            "operationId": NEW,
            "tags": ["summary"],
            "summary": "Read an account's summary",
            "description": "A synthetic operation: the account's equity.",
            "externalDocs": {"description": "none", "url": "https://example.com/summary"},
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string", "minLength": 1}}
            ],
            "responses": {
                "200": {
                    "description": "The summary.",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/AccountSummary"},
                            "examples": {"documented": {"value": BODY}},
                        }
                    },
                },
                "401": {"$ref": "#/components/responses/Unauthorized"},
                "404": {"$ref": "#/components/responses/AccountNotFound"},
            },
        }
    }
    spec["components"]["schemas"]["AccountSummary"] = {
        "type": "object",
        "description": "A synthetic summary.",
        "required": ["accountId", "equity"],
        "properties": {
            "accountId": {"type": "string", "description": "The account."},
            "equity": {
                "type": "string",
                "format": "decimal",
                "pattern": r"^-?[0-9]+(\.[0-9]+)?$",
                "description": "Equity, a decimal string.",
            },
        },
    }
    aries.spec_path.write_text(yaml.safe_dump(spec, sort_keys=False))
    evidence = aries.spec_path.parent / "evidence"
    (evidence / "summary_200.json").write_text(json.dumps(BODY))
    manifest = load_yaml(evidence / "sources.yaml")
    manifest["payloads"].append(
        {"file": "summary_200.json", "operation": NEW, "source": "https://example.com/summary", "revised": "2026-12-07",
         "state": "current", "status": 200, "shows": "a synthetic summary body"}
    )  # fmt: skip
    (evidence / "sources.yaml").write_text(yaml.safe_dump(manifest, sort_keys=False))
    (aries.fixtures_dir / "summary_1.json").write_text(json.dumps(BODY))
    behaviour = load_yaml(aries.fixtures_dir / "behaviour.yaml")
    behaviour["accounts"]["1"][NEW] = "summary"
    behaviour["operations"][NEW] = {
        "method": "GET", "route": PATH, "account_parameter": "id", "unknown_account": "account_not_found"
    }  # fmt: skip
    behaviour["responses"]["summary"] = {"status": 200, "body": "summary_1.json", "source": "evidence summary_200.json"}
    (aries.fixtures_dir / "behaviour.yaml").write_text(yaml.safe_dump(behaviour, sort_keys=False))
    return aries


def test_a_new_operation_is_picked_up_by_every_stage(project_with_clients: Path, tmp_path: Path) -> None:
    root = project_with_clients
    before = load_spec(Broker("aries", root).spec_path)
    aries = _add_operation(root)

    validated = run_script("validate.py", "--root", str(root), "--brokers", "aries")
    assert validated.returncode == 0, validated.stderr
    assert "4 current payload(s)" not in validated.stdout  # the new payload is counted and checked

    generated = run_script("generate.py", "--root", str(root), "--brokers", "aries")
    assert generated.returncode == 0, generated.stderr
    client = root / "generated" / "aries_client"
    assert (client / "api" / "summary" / "get_account_summary.py").is_file()
    assert NEW in json.loads((client / "_contract.json").read_text())["operations"]

    behaviour = load_behaviour(aries)
    assert behaviour.operation(NEW).accounts.keys() == {"1"}
    spec = load_spec(aries.spec_path)
    assert (NEW, "drops_required_field") in applicable(behaviour, spec)
    assert (NEW, "malformed_decimal") in applicable(behaviour, spec)

    trace = tmp_path / "trace.log"
    env = {"BROKER_CONTRACTS_ROOT": str(root), "CONFORMANCE_TRACE": str(trace)}
    run = run_script(
        "run_conformance.py", "--brokers", "aries", "--max-examples", "5", "--report-dir", str(tmp_path), env=env
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert any(
        line.startswith("aries 200 GET") and line.split(" ")[3].endswith("/v1/accounts/1/summary")
        for line in trace.read_text().splitlines()
    )

    routed = [r.operation for r in traffic.routes([aries], env={})]
    assert NEW in routed

    changes = review.compare(before, spec)
    assert any(c.rule == "api-path-added" and c.where == PATH for c in changes)

    reconciled = upstream.reconcile(aries, spec, aries.spec_path)  # the contract against itself
    assert (NEW, f"GET {PATH}") in reconciled.pairs and reconciled.differences == ()
    assert find_operation(spec, NEW).path == PATH


def _behaviour_file(root: Path) -> tuple[Broker, dict[str, Any]]:
    aries = Broker("aries", root)
    return aries, load_yaml(aries.fixtures_dir / "behaviour.yaml")


def _write(broker: Broker, data: dict[str, Any]) -> None:
    (broker.fixtures_dir / "behaviour.yaml").write_text(yaml.safe_dump(data, sort_keys=False))


def test_behaviour_for_an_operation_the_contract_lacks_is_named(project_copy: Path) -> None:
    aries, data = _behaviour_file(project_copy)
    data["operations"]["getPositions"] = data["operations"]["getAccountBalances"]
    _write(aries, data)
    with pytest.raises(ContractError, match=r"\$\.operations\.getPositions: not an operation of the contract"):
        load_behaviour(aries)


def test_a_contract_operation_without_behaviour_is_named(project_copy: Path) -> None:
    aries, data = _behaviour_file(project_copy)
    del data["operations"]["listAccounts"]
    _write(aries, data)
    with pytest.raises(ContractError, match="no behaviour for the contract's listAccounts"):
        load_behaviour(aries)


def test_a_missing_list_item_file_is_named_with_its_account(project_copy: Path) -> None:
    aries, data = _behaviour_file(project_copy)
    data["accounts"]["1"]["listAccounts"] = "account_missing.json"
    _write(aries, data)
    with pytest.raises(ContractError, match=r"\$\.accounts\['1'\]\.listAccounts: no file account_missing.json"):
        load_behaviour(aries)
