"""pytest set-up of the conformance harness: which brokers, and in which mode.

Environment:

- `BROKER`: comma-separated slugs (default: every broker);
- `BROKER_CONTRACTS_ROOT`: another project root to take specs/ and conformance/fixtures/ from
  (scripts/bench_scale.py's synthetic brokers);
- `BASE_URL` (one broker) or `<SLUG>_BASE_URL` (each broker): live mode, the server to check;
  credentials then come from `<SLUG>_TOKEN` and the other variables each behaviour file names;
- `MUTANT`: serve a broken variant of the mock (broker_contracts.mutants);
- `MUTATION`: serve every applicable mutant beside each broker's faithful mock, every case sent to
  both (scripts/mutation.py); `MUTATION_RESULTS`: where to write, as JSON, the checks that caught
  each mutant (`{"<slug>~<mutant>": [...]}`, an empty list for one not caught);
- `CONFORMANCE_MAX_EXAMPLES`: a smaller fuzzing budget than schemathesis.toml's;
- `CONFORMANCE_REPORT_DIR`: where the Markdown summaries go (default build/);
- `CONFORMANCE_TRACE`: a file to which every request sent is appended as
  `<target> <status> <METHOD> <url> <phase>` (the schemathesis phase that generated it: `examples`,
  `coverage`, `fuzzing`, `stateful`, or `-` for the credential tests; credentials are never written).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
import schemathesis
import schemathesis.specs.openapi.checks
from schemathesis import Case, HookContext, Response
from schemathesis.checks import CHECKS

from broker_contracts.brokers import ROOT, Broker, select
from broker_contracts.conformance import Mutant, Target, build_target, mutants_of
from broker_contracts.reports import Failure, Summary, checks_in, curls_in, write_atomic


def _targets() -> list[tuple[Broker, str | None]]:
    """(broker, mutant) pairs to run: each broker with `MUTANT` (None: the faithful mock or `BASE_URL`).
    A mutation run checks each broker's faithful mock, its mutants served beside it (`mutants`)."""
    brokers = select(os.environ.get("BROKER") or None, Path(os.environ.get("BROKER_CONTRACTS_ROOT") or ROOT))
    return [(b, os.environ.get("MUTANT") or None) for b in brokers]


TARGETS = _targets()


@pytest.fixture(params=TARGETS, ids=[b.slug if m is None else f"{b.slug}~{m}" for b, m in TARGETS], scope="session")
def target(request: pytest.FixtureRequest) -> Target:
    """The broker under test, bound to its mock (or a mutant of it) or to `BASE_URL`."""
    broker, mutant = request.param
    budget = os.environ.get("CONFORMANCE_MAX_EXAMPLES")
    base_url = os.environ.get("BASE_URL") or os.environ.get(broker.env_var("BASE_URL")) or None
    built = build_target(broker, base_url=base_url, mutant=mutant, max_examples=int(budget) if budget else None)
    label = broker.slug if mutant is None else f"{broker.slug}~{mutant}"
    summary = Summary(label, "live" if built.base_url else "mock")
    SUMMARIES_BY_LABEL[label] = summary
    SUMMARIES[str(built.schema.location)] = summary  # a broker has one target: its spec identifies it
    return built


MUTANTS: list[Mutant] = []


@pytest.fixture(scope="session")
def mutants(target: Target) -> list[Mutant]:
    """In a mutation run (`MUTATION`), every mutant of the target's mock; otherwise none."""
    if not os.environ.get("MUTATION"):
        return []
    found = mutants_of(target.broker)
    MUTANTS.extend(found)
    return found


@pytest.fixture(scope="session")
def contract(target: Target) -> object:
    """The loaded schema schemathesis parametrizes the conformance test with."""
    return target.schema


if os.environ.get("CONFORMANCE_TRACE"):

    @schemathesis.hook
    def after_call(context: HookContext, case: Case[Any], response: Response) -> None:
        """Append the request line, status and phase of every call to `CONFORMANCE_TRACE`."""
        with open(os.environ["CONFORMANCE_TRACE"], "a", encoding="utf-8") as trace:
            summary = SUMMARIES.get(str(case.operation.schema.location))
            label = summary.target if summary else "?"
            phase = case.meta.phase.name.value if case.meta is not None else "-"
            trace.write(f"{label} {response.status_code} {response.request.method} {response.request.url} {phase}\n")


# --- per-broker Markdown summaries under build/ (not in MUTATION runs: the mutation table is their report)

SUMMARIES: dict[str, Summary] = {}
SUMMARIES_BY_LABEL: dict[str, Summary] = {}
LABEL = re.compile(r"\[(?P<label>[a-z0-9_]+(?:~[A-Za-z0-9_@]+)?)\]")


@schemathesis.hook("after_call")
def count_case(context: HookContext, case: Case[Any], response: Response) -> None:
    """Count every request schemathesis sends, per target."""
    summary = SUMMARIES.get(str(case.operation.schema.location))
    if summary is not None:
        summary.cases += 1


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Record each failing test (and subtest) with the checks it cites and its curls."""
    match = LABEL.search(report.nodeid)
    if report.failed and match and match.group("label") in SUMMARIES_BY_LABEL:
        text = report.longreprtext
        failure = Failure(report.nodeid.split("::")[-1], checks_in(text), curls_in(text))
        SUMMARIES_BY_LABEL[match.group("label")].failures.append(failure)


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Write `build/conformance-<target>-<mode>.md` for every target of this run; in a mutation run,
    the mutants' results to `MUTATION_RESULTS` instead."""
    if os.environ.get("MUTATION"):
        if os.environ.get("MUTATION_RESULTS"):
            caught = {m.label: sorted(set().union(*m.caught.values())) for m in MUTANTS}
            write_atomic(Path(os.environ["MUTATION_RESULTS"]), json.dumps(caught, indent=1) + "\n")
        return
    checks = [
        *sorted(f.__name__ for f in CHECKS.get_all()),
        "configured_credentials_accepted",
        "documented error without each credential",
        "documented error with each wrong credential",
    ]
    for summary in SUMMARIES_BY_LABEL.values():
        folder = Path(os.environ.get("CONFORMANCE_REPORT_DIR") or ROOT / "build")
        write_atomic(folder / f"conformance-{summary.target}-{summary.mode}.md", summary.render(checks))
