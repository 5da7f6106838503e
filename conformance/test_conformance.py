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

import pytest
import schemathesis
from schemathesis import Case, GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
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

    operation_id = str(case.operation.definition.raw["operationId"])
    _for_target_and_mutants(target, [m for m in mutants if m.operation == operation_id], "api", check)


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


def test_linked_operations_conform_to_contract(target: Target, mutants: list[Mutant]) -> None:
    """Schemathesis' stateful phase over the contract's OpenAPI links: list the accounts, then read
    the balances of a listed one, every answer checked as in the API test. No account id needs to be
    configured: the ids come from the list (live mode too)."""
    if not target.has_links:
        pytest.skip("the contract has no OpenAPI links to follow")
    checks = [configured_credentials_accepted(target.headers)]

    def check(app: Starlette | None = None) -> None:
        class Linked(target.schema.as_state_machine()):  # type: ignore[misc]
            def before_call(self, case: Case[Any]) -> None:
                # The stateful phase does not apply the fixed path values (x-fixed-value: ETNA's
                # version); a valid case gets them, an invalid one stays as generated.
                if case.meta is None or case.meta.generation.mode is GenerationMode.POSITIVE:
                    fixed = {k: v for k, v in target.behaviour.path_values.items() if k in (case.path_parameters or {})}
                    case.path_parameters = {**(case.path_parameters or {}), **fixed}
                target.require_safe(case.method)

            def get_call_kwargs(self, case: Case[Any]) -> dict[str, Any]:
                return {"headers": target.headers, **_transport(app)}

            def validate_response(
                self, response: Any, case: Case[Any], additional_checks: Any = None, **kwargs: Any
            ) -> None:
                # Every check but negative_data_rejection: schemathesis 4.32.5 labels some stateful
                # cases negative although nothing in them was made invalid (phase description
                # "Positive test case"), and such a request is rightly answered 200. Invalid
                # requests are the API test's.
                case.validate_response(
                    response,
                    additional_checks=checks,
                    excluded_checks=[negative_data_rejection],
                    transport_kwargs=kwargs or None,
                    recorder=getattr(self, "recorder", None),
                )

        Linked.run(settings=target.stateful_settings())

    # The faithful target only: every mutant is caught by the tests above (docs/mutation.md), and a
    # stateful run per mutant would cost a mutation run several times its time.
    _for_target_and_mutants(target, [], "links", check)
