"""`make conformance` and `make mutation`: green on the faithful mocks, red on broken ones, live mode
over HTTP, deterministic, no secret in any output.

A conformance session answers many questions at once, so these tests share a few runs (each a
session fixture, kept on one xdist worker by its group): one full run of every broker, which
writes the canonical reports under build/; a second full run of one broker for determinism; one
mutation run; one run of a mutant for the failure reports. Live-mode tests serve each mock over
HTTP: one run with the right credentials, one with a wrong token and every other credential right.
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest

from broker_contracts.brokers import ROOT, Broker, discover
from broker_contracts.mock import OperationBehaviour, load_behaviour
from broker_contracts.mutants import applicable, label
from broker_contracts.validate import load_spec
from tests.conftest import BROKER_IDS, BROKERS, BUILD, ServedMocks, balances_behaviour, run_script

pytestmark = pytest.mark.slow
# Fuzzing examples for live-mode and failure runs: they test the code path, not the contract (the
# examples and coverage phases still send each broker about 30 requests).
QUICK = "5"


@dataclass
class Run:
    """One conformance session: exit status, output, the trace of every request, its report folder."""

    status: int
    output: str
    trace: list[str]
    reports: Path

    def lines_of(self, target: str) -> list[str]:
        return [line for line in self.trace if line.split(" ", 1)[0] == target]

    def summary(self, target: str, mode: str = "mock") -> str:
        return (self.reports / f"conformance-{target}-{mode}.md").read_text()


def _run(reports: Path, *args: str, env: dict[str, str] | None = None) -> Run:
    trace = reports / "trace.log"
    trace.parent.mkdir(parents=True, exist_ok=True)
    trace.unlink(missing_ok=True)
    if "--brokers" not in args:
        args = ("--brokers", ",".join(BROKER_IDS), *args)
    result = run_script(
        "run_conformance.py", "--report-dir", str(reports), *args, env={"CONFORMANCE_TRACE": str(trace), **(env or {})}
    )
    lines = trace.read_text().splitlines() if trace.exists() else []
    return Run(result.returncode, result.stdout + result.stderr, lines, reports)


@pytest.fixture(scope="session")
def full_run() -> Run:
    """Every broker against its faithful mock, default budget; its reports are build/'s."""
    return _run(BUILD)


# Every target draws its cases from the same fixed seed, independently of the others: the second run
# repeats the first broker alone, and must send what it sent in the full run beside the others.
REPEATED = BROKER_IDS[0]


@pytest.fixture(scope="session")
def second_run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return _run(tmp_path_factory.mktemp("second"), "--brokers", REPEATED)


@pytest.fixture(scope="session")
def mutant_run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    """Aries against a mock that labels its payloads text/plain: a failing run to report on."""
    folder = tmp_path_factory.mktemp("mutant")
    return _run(folder, "--brokers", "aries", "--mutant", "wrong_content_type", "--max-examples", QUICK)


@pytest.fixture(scope="session")
def mutation_table() -> str:
    """`make mutation`: every applicable mutant of every broker, the table written to build/mutation.md."""
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "mutation.py"),
            "--brokers",
            ",".join(BROKER_IDS),
            "--report",
            str(BUILD / "mutation.md"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return (BUILD / "mutation.md").read_text()


# --- the faithful mocks --------------------------------------------------------------------------


@pytest.mark.xdist_group("full-run")
def test_every_faithful_mock_conforms(full_run: Run) -> None:
    assert full_run.status == 0, full_run.output[-3000:]
    assert (BUILD / "conformance-mock.xml").is_file()


@pytest.mark.xdist_group("full-run")
def test_each_broker_gets_at_least_200_cases_and_a_summary(broker: Broker, full_run: Run) -> None:
    summary = full_run.summary(broker.slug)
    assert summary.startswith(f"# Conformance: {broker.slug} (mock)")
    assert "**PASSED**" in summary and "`response_schema_conformance`" in summary
    assert int(summary.split("; ")[1].split(" case")[0]) >= 200
    assert len(full_run.lines_of(broker.slug)) >= 200


def _requests_to(operation: OperationBehaviour, lines: list[str]) -> list[str]:
    """The trace lines (`<target> <status> <METHOD> <url> <phase>`) of requests to `operation`'s route."""
    parts = re.split(r"(\{[^}]+\})", operation.served_route)
    route = re.compile("".join("[^/]+" if part.startswith("{") else re.escape(part) for part in parts))
    return [line for line in lines if route.fullmatch(urlsplit(line.split(" ")[3]).path)]


@pytest.mark.xdist_group("full-run")
def test_fuzzing_reaches_documented_and_other_accounts(broker: Broker, full_run: Run) -> None:
    """The balances call is sent for documented accounts and for others (unknown or malformed ids),
    told apart by the account value in the URL (a partial-success broker answers both with 200)."""
    behaviour = balances_behaviour(broker)
    assert behaviour.account_parameter is not None
    prefix, _, suffix = behaviour.served_route.partition("{" + behaviour.account_parameter + "}")
    separator = behaviour.account_list.separator if behaviour.account_list else None
    values = [
        unquote(urlsplit(line.split(" ")[3]).path.removeprefix(prefix).removesuffix(suffix))
        for line in _requests_to(behaviour, full_run.lines_of(broker.slug))
    ]
    known = [all(a in behaviour.accounts for a in (v.split(separator) if separator else [v])) for v in values]
    # At least 20 of each (the fewest seen: Aries v2, whose path example is its documented account,
    # 29 others in 125 requests).
    assert sum(known) >= 20
    assert len(known) - sum(known) >= 20


@pytest.mark.xdist_group("full-run")
def test_runs_are_deterministic(full_run: Run, second_run: Run) -> None:
    assert len(second_run.lines_of(REPEATED)) >= 200
    assert full_run.lines_of(REPEATED) == second_run.lines_of(REPEATED)


# --- broken mocks --------------------------------------------------------------------------------

CAUGHT_BY = [
    ("ignores_credentials", "ST401 API accepts requests without authentication"),
    ("accepts_any_credential", "documented error with a wrong"),
    ("amount_wrong_type", "ST108 Response violates schema"),
    ("malformed_decimal", "ST108 Response violates schema"),
    ("drops_required_field", "ST108 Response violates schema"),
    ("null_where_not_nullable", "ST108 Response violates schema"),
    ("enum_out_of_set", "ST108 Response violates schema"),
    ("server_error_for_an_account", "ST101 Server error"),
    ("undocumented_status_for_an_account", "ST103 Undocumented status code"),
    ("wrong_content_type", "ST105 Undocumented Content-Type"),
    ("error_body_wrong_shape", "ST108 Response violates schema"),
    ("without_envelope", "ST108 Response violates schema"),
    ("ignores_app_key", "documented error without Et-App-Key"),
    ("mixes_account_shapes", "ST108 Response violates schema"),
    ("error_item_wrong_shape", "ST108 Response violates schema"),
    ("batch_as_bare_array", "ST108 Response violates schema"),
]


@pytest.mark.xdist_group("mutation")
def test_every_mutant_is_caught_and_every_faithful_mock_passes(mutation_table: str) -> None:
    assert "mutants caught; faithful mocks: all pass" in mutation_table
    assert "| NO |" not in mutation_table and "FAILS" not in mutation_table


def _applicable() -> list[Any]:
    """(broker, mutant label `name@operationId`, check) for every mutant that changes something in
    one operation of that broker's documented behaviour."""
    found = []
    for broker in BROKERS:
        applies = applicable(load_behaviour(broker), load_spec(broker.spec_path))
        found += [
            pytest.param(broker, label(operation, name), caught_by, id=f"{broker.slug}-{label(operation, name)}")
            for operation, name in applies
            for mutant, caught_by in CAUGHT_BY
            if mutant == name
        ]
    return found


def test_every_applicable_mutant_has_the_check_meant_for_it() -> None:
    named = {mutant for mutant, _ in CAUGHT_BY}
    for broker in BROKERS:
        applies = applicable(load_behaviour(broker), load_spec(broker.spec_path))
        assert applies and {name for _, name in applies} <= named, broker.slug


@pytest.mark.xdist_group("mutation")
@pytest.mark.parametrize(("broker", "mutant", "caught_by"), _applicable())
def test_each_mutant_is_caught_by_the_check_meant_for_it(
    broker: Broker, mutant: str, caught_by: str, mutation_table: str
) -> None:
    (row,) = [line for line in mutation_table.splitlines() if line.startswith(f"| {broker.slug} | {mutant} |")]
    assert "| yes |" in row and caught_by in row, row


@pytest.mark.xdist_group("mutant-run")
def test_a_failing_run_exits_non_zero_and_says_why(mutant_run: Run) -> None:
    assert mutant_run.status == 1
    assert "ST105 Undocumented Content-Type" in mutant_run.output


@pytest.mark.xdist_group("mutant-run")
def test_a_failing_run_summary_names_the_checks_and_a_redacted_curl(mutant_run: Run) -> None:
    summary = mutant_run.summary("aries~wrong_content_type")
    assert "**FAILED" in summary and "ST105 Undocumented Content-Type" in summary
    assert "curl -X GET" in summary and "-H 'Authorization: [Filtered]'" in summary


# --- live mode -----------------------------------------------------------------------------------


def _live_env(broker: Broker, secrets: dict[str, str] | None = None) -> dict[str, str]:
    """Every credential variable of `broker` set to the mock's accepted value, unless overridden."""
    env = {broker.env_var(c.env): c.accepted for c in load_behaviour(broker).credentials}
    env.update(secrets or {})
    return env


@pytest.fixture(scope="session")
def served_mocks(served: ServedMocks) -> dict[str, str]:
    """Every broker's mock served over HTTP on 127.0.0.1 (slug -> base URL)."""
    return {b.slug: served.url(b.slug) for b in BROKERS}


def _urls(served: dict[str, str]) -> dict[str, str]:
    return {f"{slug.upper()}_BASE_URL": url for slug, url in served.items()}


@pytest.fixture(scope="session")
def live_run(served_mocks: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Run:
    """Live mode for every broker at once (`<SLUG>_BASE_URL`), right credentials."""
    env = {**_urls(served_mocks), **{k: v for b in BROKERS for k, v in _live_env(b).items()}}
    return _run(tmp_path_factory.mktemp("live"), "--max-examples", QUICK, env=env)


@pytest.fixture(scope="session")
def canary_run(served_mocks: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> tuple[Run, dict[str, str]]:
    """Live mode for every broker with a unique wrong token and every other credential right (ETNA's
    app key): each request is refused as `missing_auth`. Returns the run and every credential it was given."""
    given: dict[str, str] = {}
    for b in BROKERS:
        given.update(_live_env(b, {b.env_var("TOKEN"): f"canary-{b.slug}-token-5f1d2c"}))
    # Every request is refused: the stateful test would only send more of them (the live run has it).
    folder = tmp_path_factory.mktemp("canary")
    skip_links = ("-k", "not test_linked_operations_conform_to_contract")
    return _run(folder, "--max-examples", QUICK, *skip_links, env={**_urls(served_mocks), **given}), given


@pytest.mark.xdist_group("live")
def test_live_mode_passes_against_each_mock_over_http(broker: Broker, live_run: Run) -> None:
    assert live_run.status == 0, live_run.output[-3000:]
    assert "**PASSED**" in live_run.summary(broker.slug, "live")
    assert live_run.lines_of(broker.slug) and all(
        "http://127.0.0.1:" in line for line in live_run.lines_of(broker.slug)
    )


@pytest.mark.xdist_group("live")
def test_live_mode_given_no_account_id_lists_the_accounts_then_reads_a_listed_one(
    broker: Broker, live_run: Run
) -> None:
    """Only the base URL and credentials are given: the stateful phase follows the links from the
    account list to the balances of an account it listed."""
    behaviour = load_behaviour(broker)
    listed = behaviour.operation("listAccounts")
    assert listed.listing is not None
    stateful = [line for line in live_run.lines_of(broker.slug) if line.endswith(" stateful")]
    assert any(line.split(" ")[1] == "200" for line in _requests_to(listed, stateful))
    read = [
        urlsplit(line.split(" ")[3]).path
        for line in _requests_to(balances_behaviour(broker), stateful)
        if line.split(" ")[1] == "200"
    ]
    assert any(f"/{account}/" in path for path in read for account in listed.listing.items), read


@pytest.mark.xdist_group("live")
def test_a_wrong_token_fails_as_missing_auth_and_no_credential_reaches_any_output(
    broker: Broker, canary_run: tuple[Run, dict[str, str]]
) -> None:
    run, given = canary_run
    assert run.status == 1, "a wrong token must fail the run (and so print failures and curls)"
    report = (run.reports / "conformance-live.xml").read_text()
    summary = run.summary(broker.slug, "live")
    assert "curl" in run.output + report and "curl" in summary
    assert "missing_auth: the API answered 401 to a request carrying the configured credentials" in run.output
    assert "missing_auth" in summary
    for value in given.values():  # the wrong tokens and the right app key alike
        for output in (run.output, report, summary, "\n".join(run.trace)):
            assert value not in output


def test_live_mode_without_credentials_says_which_variables_are_missing(tmp_path: Path) -> None:
    (etna,) = [b for b in discover() if b.slug == "etna"]  # two credentials: both named, sorted
    env = {name: "" for name in _live_env(etna)}
    run = _run(tmp_path, "--brokers", "etna", "--base-url", "http://127.0.0.1:9", env=env)
    assert run.status == 2 and run.trace == [] and not (tmp_path / "conformance-live.xml").exists()  # no session
    assert "live mode needs the environment variable(s) ETNA_APP_KEY, ETNA_TOKEN" in run.output


def test_the_harness_names_unset_credentials_too() -> None:
    """Started without run_conformance.py (`pytest conformance` by hand), the harness refuses the same way."""
    from broker_contracts.conformance import build_target
    from broker_contracts.errors import ContractError

    (etna,) = [b for b in discover() if b.slug == "etna"]
    with pytest.raises(ContractError, match=r"live mode needs the environment variable\(s\) ETNA_TOKEN$"):
        build_target(etna, base_url="http://127.0.0.1:9", env={"ETNA_APP_KEY": "key", "ETNA_TOKEN": ""})
