"""`make conformance`: green on the faithful mocks, red on broken ones, live mode over HTTP, deterministic."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from broker_contracts.brokers import ROOT, Broker
from broker_contracts.mock import load_behaviour
from broker_contracts.mutants import MUTANTS
from broker_contracts.validate import load_spec
from tests.conftest import run_script

pytestmark = pytest.mark.slow


def _live_env(broker: Broker, secrets: dict[str, str] | None = None) -> dict[str, str]:
    """Every credential variable of `broker` set to the mock's accepted value, unless overridden."""
    env = {broker.env_var(c.env): c.accepted for c in load_behaviour(broker).credentials}
    env.update(secrets or {})
    return env


@pytest.fixture
def served_mock(broker: Broker) -> Iterator[str]:
    """`make mock` for `broker` on a free port of 127.0.0.1; yields its base URL, stops it by PID."""
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "scripts" / "serve_mock.py"), "--broker", broker.slug],
        stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.startswith(f"mock {broker.slug} listening on http://127.0.0.1:"), line
        yield line.rsplit(" ", 1)[1].strip()
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_faithful_mock_conforms_in_process(broker: Broker) -> None:
    result = run_script("run_conformance.py", "--brokers", broker.slug)
    assert result.returncode == 0, result.stdout[-3000:]
    assert (ROOT / "build" / "conformance-mock.xml").is_file()


@pytest.mark.parametrize(
    ("mutant", "caught_by"),
    [
        ("ignores_credentials", "ST401 API accepts requests without authentication"),
        ("accepts_any_credential", "with a wrong "),
        ("amount_wrong_type", "Response violates schema"),
        ("without_envelope", "Response violates schema"),
        ("ignores_app_key", "ST203 Missing required header accepted"),
        ("mixes_account_shapes", "Response violates schema"),
    ],
)
def test_broken_mock_fails_conformance_with_a_clear_message(broker: Broker, mutant: str, caught_by: str) -> None:
    behaviour = load_behaviour(broker)
    if MUTANTS[mutant](behaviour, load_spec(broker.spec_path)) == behaviour:
        pytest.skip(f"{mutant} changes nothing in {broker.slug}'s documented behaviour")
    result = run_script("run_conformance.py", "--brokers", broker.slug, "--mutant", mutant)
    assert result.returncode == 1, result.stdout[-3000:]
    assert caught_by in result.stdout


def test_live_mode_passes_against_the_mock_over_http(broker: Broker, served_mock: str) -> None:
    result = run_script(
        "run_conformance.py", "--brokers", broker.slug, "--base-url", served_mock, env=_live_env(broker)
    )
    assert result.returncode == 0, result.stdout[-3000:]
    assert " passed" in result.stdout and " failed" not in result.stdout


def test_live_mode_with_a_wrong_token_fails_as_missing_auth(broker: Broker, served_mock: str) -> None:
    env = _live_env(broker, {broker.env_var("TOKEN"): "wrong-token-value"})
    result = run_script("run_conformance.py", "--brokers", broker.slug, "--base-url", served_mock, env=env)
    assert result.returncode == 1
    assert "missing_auth: the API answered 401 to a request carrying the configured credentials" in result.stdout
    assert "wrong-token-value" not in result.stdout + result.stderr


def test_live_mode_without_credentials_says_which_variable_is_missing(broker: Broker, served_mock: str) -> None:
    env = {name: "" for name in _live_env(broker)}
    result = run_script("run_conformance.py", "--brokers", broker.slug, "--base-url", served_mock, env=env)
    assert result.returncode != 0
    assert f"live mode needs the environment variable(s) {', '.join(sorted(env))}" in result.stdout


def test_no_credential_value_reaches_any_output_or_report(broker: Broker, served_mock: str) -> None:
    canaries = {name: f"canary-{name.lower()}-5f1d2c" for name in _live_env(broker)}
    result = run_script("run_conformance.py", "--brokers", broker.slug, "--base-url", served_mock, env=canaries)
    assert result.returncode == 1, "wrong credentials must fail the run (and so print failures and curls)"
    report = (ROOT / "build" / "conformance-live.xml").read_text()
    summary = (ROOT / "build" / f"conformance-{broker.slug}-live.md").read_text()
    assert "curl" in result.stdout + report and "curl" in summary
    for canary in canaries.values():
        for output in (result.stdout, result.stderr, report, summary):
            assert canary not in output


def test_runs_are_deterministic(broker: Broker, tmp_path: Path) -> None:
    traces = []
    for run in ("first", "second"):
        trace = tmp_path / f"{run}.log"
        result = run_script("run_conformance.py", "--brokers", broker.slug, env={"CONFORMANCE_TRACE": str(trace)})
        assert result.returncode == 0, result.stdout[-3000:]
        traces.append(trace.read_text().splitlines())
    assert len(traces[0]) > 20
    assert traces[0] == traces[1]


def test_fuzzing_reaches_documented_and_unknown_accounts(broker: Broker, tmp_path: Path) -> None:
    trace = tmp_path / "trace.log"
    run_script("run_conformance.py", "--brokers", broker.slug, env={"CONFORMANCE_TRACE": str(trace)})
    statuses = [line.split(" ", 1)[0] for line in trace.read_text().splitlines()]
    behaviour = load_behaviour(broker)
    documented = {str(r.status) for r in behaviour.accounts.values()}
    others = {str(r.status) for r in (behaviour.unknown_account, behaviour.invalid_account) if r is not None}
    assert sum(s in documented for s in statuses) >= 10
    assert sum(s in others for s in statuses) >= 10


def test_each_run_writes_a_markdown_summary_per_broker(broker: Broker) -> None:
    run_script("run_conformance.py", "--brokers", broker.slug)
    summary = (ROOT / "build" / f"conformance-{broker.slug}-mock.md").read_text()
    assert summary.startswith(f"# Conformance: {broker.slug} (mock)")
    assert "**PASSED**" in summary and "`response_schema_conformance`" in summary
    assert int(summary.split("; ")[1].split(" case")[0]) >= 20


def test_a_failing_run_summary_names_the_checks_and_a_redacted_curl(broker: Broker) -> None:
    result = run_script("run_conformance.py", "--brokers", broker.slug, "--mutant", "wrong_content_type")
    assert result.returncode == 1
    summary = (ROOT / "build" / f"conformance-{broker.slug}~wrong_content_type-mock.md").read_text()
    assert "**FAILED" in summary and "ST105 Undocumented Content-Type" in summary
    assert "curl -X GET" in summary and "-H 'Authorization: [Filtered]'" in summary
