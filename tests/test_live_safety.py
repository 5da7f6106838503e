"""Live mode against a remote host: GET only, credentials from the environment only."""

from __future__ import annotations

from pathlib import Path

import pytest
from broker_contracts_runtime.network import is_loopback

from broker_contracts import conformance
from broker_contracts.brokers import select
from broker_contracts.conformance import build_target
from broker_contracts.documents import load_yaml
from broker_contracts.errors import ContractError
from broker_contracts.mock import load_behaviour
from tests.conftest import to_yaml

REMOTE = "https://api.aries.com"


@pytest.mark.parametrize(
    ("url", "loopback"),
    [
        ("http://127.0.0.1:8000", True),
        ("http://127.8.9.10/api", True),
        ("http://localhost:1234", True),
        ("http://[::1]:8080", True),
        ("https://api.tradestation.com/v2", False),
        ("http://10.0.0.1", False),
        ("http://192.168.1.10", False),
        ("http://127.0.0.1.example.com", False),
    ],
)
def test_only_this_machine_counts_as_loopback(url: str, loopback: bool) -> None:
    assert is_loopback(url) is loopback


def test_a_spec_with_another_method_is_refused_before_any_request(
    project_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (aries,) = select("aries", project_copy)
    # The mock's behaviour file can describe GET operations only, so it cannot describe the POST
    # added here: the run reads the behaviour of the contract as it was (live mode uses it for
    # credentials and account ids only), and what is tested is the contract's POST.
    faithful = load_behaviour(aries)
    monkeypatch.setattr(conformance, "load_behaviour", lambda broker: faithful)
    spec = load_yaml(aries.spec_path)
    path = spec["paths"]["/v1/accounts/{id}/balances"]
    path["post"] = {**path["get"], "operationId": "postAccountBalances"}
    aries.spec_path.write_text(to_yaml(spec))
    with pytest.raises(ContractError, match=r"sends GET only; refusing POST /v1/accounts/\{id\}/balances"):
        build_target(aries, base_url=REMOTE, env={"ARIES_TOKEN": "x"})
    build_target(aries, base_url="http://127.0.0.1:9", env={"ARIES_TOKEN": "x"})  # loopback: allowed


def test_a_remote_run_generates_no_other_method_and_refuses_to_send_one() -> None:
    (aries,) = select("aries")
    remote = build_target(aries, base_url=REMOTE, env={"ARIES_TOKEN": "x"})
    project = remote.schema.config
    assert project.phases.coverage.unexpected_methods == set()
    assert project.checks.unsupported_method.enabled is False
    with pytest.raises(RuntimeError, match="refusing to send POST"):
        remote.require_safe("post")
    remote.require_safe("GET")


def test_a_loopback_run_keeps_every_check() -> None:
    (aries,) = select("aries")
    local = build_target(aries, base_url="http://127.0.0.1:9", env={"ARIES_TOKEN": "x"})
    project = local.schema.config
    assert project.checks.unsupported_method.enabled is not False
    assert project.phases.coverage.unexpected_methods != set()
    local.require_safe("POST")


def test_live_credentials_come_from_the_environment_only() -> None:
    (aries,) = select("aries")
    with pytest.raises(ContractError, match="needs the environment variable"):
        build_target(aries, base_url=REMOTE, env={})
    target = build_target(aries, base_url=REMOTE, env={"ARIES_TOKEN": "from-env"})
    assert target.headers == {"Authorization": "Bearer from-env"}
    assert "from-env" not in repr(target) and "from-env" not in repr(target.headers)
