"""`make lint`: the Spectral house rules pass on every spec and fail, by name, on each broken input."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from broker_contracts.brokers import ROOT
from broker_contracts.documents import load_yaml
from tests.conftest import to_yaml

SPECTRAL = ROOT / "node_modules" / ".bin" / "spectral"
OP = ("paths", "/v1/accounts/{id}/balances", "get")


def _lint(*specs: Path) -> tuple[int, list[dict[str, Any]]]:
    command = [
        str(SPECTRAL),
        "lint",
        *map(str, specs),
        "--ruleset",
        str(ROOT / ".spectral.yaml"),
        "--format",
        "json",
        "--fail-severity=warn",
        "--quiet",
    ]
    result = subprocess.run(
        command, capture_output=True, text=True, cwd=ROOT, env={**os.environ, "SCARF_ANALYTICS": "false"}, check=False
    )
    return result.returncode, json.loads(result.stdout or "[]")


def _node(spec: dict[str, Any], *path: Any) -> Any:
    for key in path:
        spec = spec[key]
    return spec


BREAKAGES: dict[str, tuple[str, Callable[[dict[str, Any]], None]]] = {
    "operation id not camelCase": (
        "house-operation-id-camel-case",
        lambda s: _node(s, *OP).update(operationId="GetAccountBalances"),
    ),
    "balances operation named differently": (
        "house-same-operation-same-id",
        lambda s: _node(s, *OP).update(operationId="getBalances"),
    ),
    "inline response schema": (
        "house-named-response-schemas",
        lambda s: _node(s, *OP, "responses", "200", "content", "application/json").update(schema={"type": "object"}),
    ),
    "response without example": (
        "house-response-example",
        lambda s: _node(s, *OP, "responses", "200", "content", "application/json").pop("examples"),
    ),
    "decimal amount without pattern": (
        "house-decimal-string",
        lambda s: _node(s, "components", "schemas", "AccountBalances", "properties", "sma").pop("pattern"),
    ),
    "no provenance": ("house-x-origin", lambda s: s["info"].pop("x-origin")),
    "property without description": (
        "house-property-description",
        lambda s: _node(s, "components", "schemas", "AccountBalances", "properties", "sma").pop("description"),
    ),
    "operation without description": ("operation-description", lambda s: _node(s, *OP).pop("description")),
}


REAL_SPECS = sorted((ROOT / "specs").glob("*/openapi.yaml"))


@pytest.fixture(scope="module")
def linted(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, list[dict[str, Any]]]:
    """Spectral's findings on every spec of the project and on one broken copy of the Aries spec per
    breakage, in one run (Node's start-up is most of a run's cost)."""
    folder = tmp_path_factory.mktemp("lint")
    files = []
    for name, (_, breakage) in BREAKAGES.items():
        spec = load_yaml(ROOT / "specs" / "aries" / "openapi.yaml")
        breakage(spec)
        path = folder / (name.replace(" ", "-") + ".yaml")
        path.write_text(to_yaml(spec, sort_keys=False))
        files.append(path)
    return _lint(*REAL_SPECS, *files)


@pytest.mark.xdist_group("lint")
def test_every_spec_passes_the_house_rules(linted: tuple[int, list[dict[str, Any]]]) -> None:
    _, findings = linted
    assert REAL_SPECS
    assert [f for f in findings if Path(f["source"]).resolve() in REAL_SPECS] == []


@pytest.mark.xdist_group("lint")
@pytest.mark.parametrize("breakage", list(BREAKAGES), ids=list(BREAKAGES))
def test_each_house_rule_fails_its_broken_spec(breakage: str, linted: tuple[int, list[dict[str, Any]]]) -> None:
    code, findings = linted
    rule = BREAKAGES[breakage][0]
    file_name = breakage.replace(" ", "-") + ".yaml"
    assert code != 0
    hits = [f for f in findings if f["source"].endswith(file_name) and f["code"] == rule and f["severity"] == 0]
    assert hits, [(f["code"], f["source"]) for f in findings if f["source"].endswith(file_name)]
