"""Conformance: every broker's contract checked by schemathesis against its mock or a live server.

All schemathesis checks run on every case (examples, coverage and fuzzing phases), plus
`configured_credentials_accepted`. Every credential is also dropped, then sent with a wrong value,
one at a time, and the answer must be its documented status with a body that fits the contract. Run with
`make conformance` (JUnit XML under build/).
"""

from __future__ import annotations

import os
from typing import Any

import schemathesis
from hypothesis import settings
from schemathesis import Case
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from broker_contracts.conformance import SecretHeaders, Target, configured_credentials_accepted

contract = schemathesis.pytest.from_fixture("contract")


# A mutation run (scripts/mutation.py) asks whether each mutant is caught and by which checks: the
# first failing case answers it, so hypothesis stops there instead of searching for other distinct
# failures until the budget is spent (the same table, 10% faster). Other runs report every failure.
@contract.parametrize()
@settings(report_multiple_bugs=not os.environ.get("MUTATION"))
def test_api_conforms_to_contract(case: Case[Any], target: Target) -> None:
    target.require_safe(case.method)
    case.call_and_validate(headers=target.headers, additional_checks=[configured_credentials_accepted(target.headers)])


CONTRACT_CHECKS = [status_code_conformance, content_type_conformance, response_schema_conformance]


def _expect_documented_error(target: Target, headers: SecretHeaders, status: int, what: str) -> None:
    case = target.sample_case()
    target.require_safe(case.method)
    response = case.call(headers=headers)
    assert response.status_code == status, f"{what}: expected the documented {status}, got {response.status_code}"
    case.validate_response(response, checks=CONTRACT_CHECKS, headers=headers)


def test_each_missing_credential_gets_its_documented_error(target: Target) -> None:
    for credential in target.behaviour.credentials:
        others = target.headers.without(credential.header)
        _expect_documented_error(target, others, credential.missing.status, f"without {credential.header}")


def test_each_wrong_credential_gets_its_documented_error(target: Target) -> None:
    for credential in target.behaviour.credentials:
        wrong = target.headers.replacing(credential.header, credential.sent_value("not-the-configured-secret"))
        _expect_documented_error(target, wrong, credential.wrong.status, f"with a wrong {credential.header}")
