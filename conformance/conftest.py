"""pytest set-up of the conformance harness: which brokers, and in which mode.

Environment: `BROKER` (comma-separated slugs, default all), `BASE_URL` (live mode: the server to
check; credentials then come from `<SLUG>_TOKEN` and the other variables each broker's behaviour
file names), `MUTANT` (serve a broken variant of the mock; see broker_contracts.mutants),
`CONFORMANCE_TRACE` (a file to which every request sent is appended as `<status> <METHOD> <url>`;
credentials are never written).
"""

from __future__ import annotations

import os
from typing import Any

import pytest
import schemathesis
from schemathesis import Case, HookContext, Response

from broker_contracts.brokers import select
from broker_contracts.conformance import Target, build_target

BROKERS = select(os.environ.get("BROKER") or None)


@pytest.fixture(params=BROKERS, ids=[b.slug for b in BROKERS], scope="session")
def target(request: pytest.FixtureRequest) -> Target:
    """The broker under test, bound to its mock or to `BASE_URL`."""
    return build_target(
        request.param, base_url=os.environ.get("BASE_URL") or None, mutant=os.environ.get("MUTANT") or None
    )


@pytest.fixture(scope="session")
def contract(target: Target) -> object:
    """The loaded schema schemathesis parametrizes the conformance test with."""
    return target.schema


if os.environ.get("CONFORMANCE_TRACE"):

    @schemathesis.hook
    def after_call(context: HookContext, case: Case[Any], response: Response) -> None:
        """Append the request line and status of every call to `CONFORMANCE_TRACE`."""
        with open(os.environ["CONFORMANCE_TRACE"], "a", encoding="utf-8") as trace:
            trace.write(f"{response.status_code} {response.request.method} {response.request.url}\n")
