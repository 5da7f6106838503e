"""Conformance: every broker's contract checked by schemathesis against its mock or a live server.

All schemathesis checks run on every case (examples, coverage and fuzzing phases), plus
`configured_credentials_accepted`. Run with `make conformance` (JUnit XML under build/).
"""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis import Case

from broker_contracts.conformance import Target, configured_credentials_accepted

contract = schemathesis.pytest.from_fixture("contract")


@contract.parametrize()
def test_api_conforms_to_contract(case: Case[Any], target: Target) -> None:
    case.call_and_validate(headers=target.headers, additional_checks=[configured_credentials_accepted(target.headers)])
