"""Shared fixtures: the brokers, a scratch copy of the project, and how to run the project's CLIs."""

from __future__ import annotations

import contextlib
import io
import os
import runpy
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from broker_contracts.brokers import ROOT, Broker, select
from broker_contracts.generate import IGNORED, STAGING_PREFIX
from broker_contracts.mock import OperationBehaviour, load_behaviour

# `make check BROKER=<slug>` runs the per-broker tests for that broker only (CI runs one job per
# broker); CHECK_SCOPE=broker keeps the tests that concern one broker at a time, CHECK_SCOPE=shared
# the others (crosswalk, review, lint, generation machinery), and no scope keeps everything.
BROKERS = select(os.environ.get("BROKER") or None)
BROKER_IDS = [b.slug for b in BROKERS]
SCOPE = os.environ.get("CHECK_SCOPE", "")
# Where the tests' shared conformance sessions leave their reports (CI publishes them): build/, or
# another folder when a test runs the suite inside the suite (the per-broker target's test).
BUILD = Path(os.environ.get("BROKER_CONTRACTS_BUILD") or ROOT / "build")
PER_BROKER_FIXTURES = frozenset(
    {"broker", "behaviour", "full_run", "second_run", "mutation_table", "served_mocks", "live_run", "canary_run"}
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """With CHECK_SCOPE set, keep the per-broker tests (those using a broker or a conformance session)
    or the shared ones; a test that applies to none of the selected brokers is dropped too. What is
    left out is deselected, not skipped: a skip means something is missing on the machine."""
    keep: list[pytest.Item] = []
    drop: list[pytest.Item] = []
    for item in items:
        # a test that applies to none of the selected brokers (`brokers_where` gave no parameter)
        empty = any(
            str(m.kwargs.get("reason", "")).startswith("got empty parameter set") for m in item.iter_markers("skip")
        )
        per_broker = bool(PER_BROKER_FIXTURES & set(getattr(item, "fixturenames", ())))
        in_scope = SCOPE not in ("broker", "shared") or per_broker == (SCOPE == "broker")
        (keep if in_scope and not empty else drop).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


class ServedMocks:
    """`make mock` for every broker, one process serving each on a free port of 127.0.0.1, started on
    first use and stopped by PID at the end of the session (it must exit 0): `url(slug)` is a mock's base URL."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[str] | None = None
        self.urls: dict[str, str] = {}

    def url(self, slug: str) -> str:
        if self.process is None:
            slugs = [b.slug for b in select(None)]
            self.process = subprocess.Popen(
                [sys.executable, str(ROOT / "scripts" / "serve_mock.py"), "--broker", ",".join(slugs)],
                stdout=subprocess.PIPE, text=True, cwd=ROOT,
            )  # fmt: skip
            assert self.process.stdout is not None
            for expected in slugs:
                line = self.process.stdout.readline()
                assert line.startswith(f"mock {expected} listening on http://127.0.0.1:"), line
                self.urls[expected] = line.rsplit(" ", 1)[-1].strip()
        return self.urls[slug]

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            assert self.process.wait(timeout=10) == 0, "the mocks did not stop cleanly on SIGTERM"


@pytest.fixture(scope="session")
def served() -> Iterator[ServedMocks]:
    """Each broker's mock served over HTTP on 127.0.0.1 when a test first asks for it (see ServedMocks)."""
    mocks = ServedMocks()
    try:
        yield mocks
    finally:
        mocks.stop()


@pytest.fixture(params=BROKERS, ids=BROKER_IDS)
def broker(request: pytest.FixtureRequest) -> Broker:
    """Each broker under specs/, in turn."""
    return request.param  # type: ignore[no-any-return]


# The operation every contract has, and most tests are about.
BALANCES = "getAccountBalances"


def balances_behaviour(broker: Broker) -> OperationBehaviour:
    """How the broker's mock answers the balances operation (`getAccountBalances`)."""
    return load_behaviour(broker).operation(BALANCES)


def brokers_where(applies: Callable[[OperationBehaviour], bool]) -> list[Any]:
    """The brokers a test applies to, as `broker` parameters (`ids=` their slugs), judged from their mock
    behaviour of the balances operation: a test that does not apply to a broker is not generated for
    it, rather than skipped."""
    return [pytest.param(b, id=b.slug) for b in BROKERS if applies(balances_behaviour(b))]


# Caches and a generation's staging folder can come and go while another worker copies the tree.
COPY_IGNORED = (*sorted(IGNORED), f"{STAGING_PREFIX}*")


def _copy_project(root: Path, *folders: str) -> Path:
    for name in folders:
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns(*COPY_IGNORED))
    shutil.copy(ROOT / "openapi-python-client.yaml", root)
    return root


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """A scratch project root: specs/, conformance/ and the generator config, copied."""
    return _copy_project(tmp_path, "specs", "conformance")


@pytest.fixture
def project_with_clients(tmp_path: Path) -> Path:
    """`project_copy` with generated/ too (the committed clients and their manifest)."""
    return _copy_project(tmp_path, "specs", "conformance", "generated")


# CLIs that start no child process whose output the tests read (generate.py captures the
# generator's): run in the test's own process (their imports are already loaded: a subprocess
# spends 0.3 to 0.8 s starting Python and importing). The others (mypy, conformance sessions,
# servers) run as real processes.
IN_PROCESS = frozenset(
    {"validate.py", "generate.py", "review.py", "traffic.py", "upstream.py", "lint_specs.py", "ci_matrix.py"}
)


def run_script(name: str, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run `scripts/<name> args` as `python scripts/<name> args` would: working directory the project
    root, the environment plus `env`, output captured as text; returns the finished run.

    Scripts in `IN_PROCESS` run in this process (argv, environment and working directory set for the
    call and restored; the status is that of the `SystemExit` they end with, as the interpreter would
    give it); the others in a subprocess of the project's Python (300 s at most)."""
    command = [sys.executable, str(ROOT / "scripts" / name), *args]
    if name not in IN_PROCESS:
        environment = {**os.environ, **(env or {})}
        return subprocess.run(
            command, capture_output=True, text=True, cwd=ROOT, env=environment, check=False, timeout=300
        )  # fmt: skip
    out, err = io.StringIO(), io.StringIO()
    saved_env, saved_argv, saved_cwd = dict(os.environ), sys.argv, os.getcwd()
    status: int = 0
    try:
        os.environ.update(env or {})
        sys.argv = command[1:]
        os.chdir(ROOT)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                runpy.run_path(command[1], run_name="__main__")
            except SystemExit as exit_:
                if isinstance(exit_.code, str):  # the interpreter prints the message and exits 1
                    print(exit_.code, file=sys.stderr)
                status = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    finally:
        os.environ.clear()
        os.environ.update(saved_env)
        sys.argv = saved_argv
        os.chdir(saved_cwd)
    return subprocess.CompletedProcess(command, status, out.getvalue(), err.getvalue())


def unknown_account(behaviour: OperationBehaviour) -> str:
    """A well-formed account id that no documented account has: digits where every known id is
    numeric, else letters and digits (TradeStation's ids such as JPEQ10134 allow nothing else)."""
    known = list(behaviour.accounts)
    if all(a.isdigit() for a in known):
        return str(max(int(a) for a in known) + 1000)
    candidate = "NOSUCHACCOUNT42"
    if behaviour.account_pattern is not None:
        assert behaviour.account_pattern.fullmatch(candidate), "pick another unknown id for this pattern"
    return candidate


def documented_urls(operation: OperationBehaviour) -> list[str]:
    """The paths a client requests for `operation` from its mock, each answered as documented: every
    documented account and one unknown account of an account operation, the list of a list operation.
    A path parameter with a documented rule (a user id) gets its first allowed value."""
    if operation.account_parameter is None:
        urls = [operation.url()]
    else:
        urls = [operation.url(a) for a in [*operation.accounts, unknown_account(operation)]]
    for name, rule in operation.path.items():
        value = rule.values[0] if rule.values else str(rule.minimum if rule.minimum is not None else 0)
        urls = [url.replace(f"{{{name}}}", value) for url in urls]
    return urls


# libyaml's emitter when PyYAML has it: the tests write hundreds of spec copies (about five times faster).
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def to_yaml(data: Any, *, sort_keys: bool = True) -> str:
    """`yaml.safe_dump(data, sort_keys=...)`, by libyaml's emitter when there is one."""
    return yaml.dump(data, Dumper=_DUMPER, sort_keys=sort_keys)


def version_of_contract(broker: Broker) -> str:
    """The API version of `broker`'s contract: what `get_balances(broker.slug, ..., version=...)`
    needs to read this contract when its slug is also its broker's name (a legacy version)."""
    from broker_contracts.versions import version_of

    return version_of(broker).version
