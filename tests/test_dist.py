"""The runtime and a generated client as a team installs them: built with `make dist`'s code,
installed offline into a fresh virtual environment without the toolchain, and called there (the
client, and `get_balances`) against a mock served from the development environment on 127.0.0.1."""

from __future__ import annotations

import json
import re
import subprocess
import tomllib
from pathlib import Path

import pytest

from broker_contracts.brokers import ROOT, select
from broker_contracts.dist import client_distribution, distributions, install_fresh
from broker_contracts.mock import load_behaviour
from tests.test_accounts import serving

WHEELHOUSE = ROOT / ".venv" / "wheelhouse"
TOOLCHAIN = [
    "pytest",
    "mypy",
    "ruff",
    "schemathesis",
    "hypothesis",
    "openapi_python_client",
    "broker_contracts",
    "yaml",
]
(ARIES_V2,) = select("aries_v2")

# Run inside the fresh environment: the toolchain must be absent, the client must work.
PROBE = """
import importlib.util, json, sys
absent = {name: importlib.util.find_spec(name) is None for name in sys.argv[2].split(",")}
from aries_v2_client import AuthenticatedClient
from aries_v2_client.api.accounts import list_accounts
from aries_v2_client.api.balances import get_account_balances
from broker_contracts_runtime import ContractViolation
client = AuthenticatedClient(base_url=sys.argv[1], token="mock-aries-v2-token")
listed = list_accounts.sync_detailed(client=client)
ids = [a.trading_account_id for a in listed.parsed.accounts]
balance = get_account_balances.sync_detailed(id=ids[0], client=client)
from broker_contracts_runtime.balances import get_balances
normalized = get_balances("aries", ids[0], sys.argv[1], {"TOKEN": "mock-aries-v2-token"})
print(json.dumps({"absent": absent, "ids": ids, "status": balance.status_code,
                  "buying_power": str(balance.parsed.net_buying_power),
                  "decimal": type(balance.parsed.net_buying_power).__name__,
                  "violation": ContractViolation.__module__,
                  "normalized": [normalized.broker, str(normalized.buying_power), str(normalized.total_equity)]}))
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv (no pip, no toolchain) with the runtime and the Aries v2 client installed offline
    (`install_fresh`: `build`'s wheels and the wheelhouse `make setup` fills); its python."""
    folder = tmp_path_factory.mktemp("dist")
    python = install_fresh([ARIES_V2], folder)
    files = sorted((folder / "dist").iterdir())
    assert {f.suffix for f in files} == {".whl", ".gz"} and len(files) == 4  # runtime and client, wheel and sdist
    return python


def test_a_client_installed_alone_works_without_the_toolchain(installed: Path) -> None:
    behaviour = load_behaviour(ARIES_V2)
    with serving(behaviour) as url:
        probe = [str(installed), "-c", PROBE, url, ",".join(TOOLCHAIN)]
        done = subprocess.run(probe, capture_output=True, text=True, check=False, cwd=installed.parent)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert found["absent"] == dict.fromkeys(TOOLCHAIN, True), found["absent"]
    assert found["ids"] == list(behaviour.operation("listAccounts").listing.items)  # type: ignore[union-attr]
    assert (found["status"], found["decimal"]) == (200, "Decimal") and found["buying_power"] == "125000.50"
    assert found["violation"] == "broker_contracts_runtime.failures"
    # get_balances("aries") reads the current version's contract from the installed client, not a checkout
    assert found["normalized"] == ["aries_v2", "125000.50", "250000.00"]


def test_the_fresh_environment_holds_only_the_runtime_its_dependencies_and_the_client(installed: Path) -> None:
    names = {n.lower().replace("_", "-") for n in distributions(installed)}
    runtime = tomllib.loads((ROOT / "runtime" / "pyproject.toml").read_text())["project"]["dependencies"]
    declared = {re.split(r"[<>=!~ ]", d)[0].lower() for d in runtime}
    assert {"broker-contracts-runtime", client_distribution(ARIES_V2).name} | declared <= names
    assert len(names) <= 12, sorted(names)


def test_the_wheelhouse_list_is_the_runtime_dependencies() -> None:
    runtime = tomllib.loads((ROOT / "runtime" / "pyproject.toml").read_text())["project"]["dependencies"]
    declared = {re.split(r"[<>=!~ ]", d)[0].lower() for d in runtime}
    listed = {line.strip().lower() for line in (ROOT / "runtime" / "requirements.txt").read_text().splitlines()}
    assert declared == {line for line in listed if line and not line.startswith("#")}


def test_client_metadata_says_the_broker_the_api_version_and_the_revision() -> None:
    cases = {
        "aries": ("broker-contracts-aries-v1-client", "2026.11.22."),
        "aries_v2": ("broker-contracts-aries-v2-client", "2026.10.16."),
        "etna": ("broker-contracts-etna-v1.0-client", "2023.9.28."),
        "tradestation_v3": ("broker-contracts-tradestation-v3-client", "2025.12.17."),
    }
    for slug, (name, version) in cases.items():
        (broker,) = select(slug)
        dist = client_distribution(broker)
        assert dist.name == name and dist.version.startswith(version), dist
        assert dist.runtime_requirement.startswith("broker-contracts-runtime>=")
