"""Conformance: every broker's contract checked by schemathesis against its mock or a live server.

All schemathesis checks run on every case (examples, coverage and fuzzing phases), plus
`configured_credentials_accepted`. Every credential is also dropped, then sent with a wrong value,
one at a time, and the answer must be its documented status with a body that fits the contract. Run with
`make conformance` (JUnit XML under build/). In a mutation run (`make mutation`) every test also
sends what it sends to each mutant of the broker's mock (`conformance.Mutant`), recording instead
of raising what fails there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import schemathesis
from schemathesis import Case
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from starlette.applications import Starlette

from broker_contracts.conformance import Mutant, SecretHeaders, Target, configured_credentials_accepted

contract = schemathesis.pytest.from_fixture("contract")


def _transport(app: Starlette | None) -> dict[str, Any]:
    """Transport options sending a call to `app`, a mutant's, instead of the target's own (None)."""
    return {} if app is None else {"app": app}


def _for_target_and_mutants(target: Target, mutants: list[Mutant], test: str, check: Callable[..., None]) -> None:
    """Run `check()` on the target (a failure fails the test), then, in a mutation run, `check(app=...)`
    on every mutant this test has not caught yet."""
    check()
    for mutant in mutants:
        mutant.attempt(test, lambda app: check(app=app))


@contract.parametrize()
def test_api_conforms_to_contract(case: Case[Any], target: Target, mutants: list[Mutant]) -> None:
    target.require_safe(case.method)
    checks = [configured_credentials_accepted(target.headers)]

    def check(app: Starlette | None = None) -> None:
        case.call_and_validate(headers=target.headers, additional_checks=checks, **_transport(app))

    _for_target_and_mutants(target, mutants, "api", check)


CONTRACT_CHECKS = [status_code_conformance, content_type_conformance, response_schema_conformance]


def _expect_documented_error(
    target: Target, case: Case[Any], headers: SecretHeaders, status: int, what: str, app: Starlette | None = None
) -> None:
    target.require_safe(case.method)
    response = case.call(headers=headers, **_transport(app))
    assert response.status_code == status, f"{what}: expected the documented {status}, got {response.status_code}"
    case.validate_response(response, checks=CONTRACT_CHECKS, headers=headers)


def test_each_missing_credential_gets_its_documented_error(target: Target, mutants: list[Mutant]) -> None:
    def check(app: Starlette | None = None) -> None:
        for operation, case in target.sample_cases():
            for credential in operation.credentials:
                others = target.headers.without(credential.header)
                what = f"{operation.operation_id} without {credential.header}"
                _expect_documented_error(target, case, others, credential.missing.status, what, app)

    _for_target_and_mutants(target, mutants, "missing credential", check)


def test_each_wrong_credential_gets_its_documented_error(target: Target, mutants: list[Mutant]) -> None:
    def check(app: Starlette | None = None) -> None:
        for operation, case in target.sample_cases():
            for credential in operation.credentials:
                wrong = target.headers.replacing(credential.header, credential.sent_value("not-the-configured-secret"))
                what = f"{operation.operation_id} with a wrong {credential.header}"
                _expect_documented_error(target, case, wrong, credential.wrong.status, what, app)

    _for_target_and_mutants(target, mutants, "wrong credential", check)
