"""broker-contracts: hand-written OpenAPI contracts for brokerage APIs, and the tools that prove them.

Modules, each one job:

- `brokers`: discovers brokers from `specs/` (no list of brokers lives in code).
- `documents`: loads YAML files with errors that name the file and the place; lists a contract's
  operations (any number) and navigates documents.
- `errors`: `ContractError`, the one error the tools raise for bad input in a project file.
- `validate`: spec validity plus every example checked against its schema.
- `evidence`: each broker's published payloads (`specs/<slug>/evidence/`) checked against its contract.
- `upstream`: a contract reconciled with the machine-readable spec its broker publishes.
- `generate`: typed clients with openapi-python-client, atomically, and the drift check.
- `decimal_generator`: the guarded generator extension (Decimal money, `ContractViolation` on drift).
- `drift`: what generated clients do with a response: validate it, tolerate what the contract allows.
- `failures`: the typed errors callers catch (`ContractViolation`, `AuthenticationFailed`, ...).
- `calls`: one request to any operation through its generated client (credentials, path values,
  timeouts, retries, typed errors).
- `balances`: the normalized `Balances` across brokers, and `get_balances`.
- `accounts`: the normalized `Account`, `list_accounts` (every page) and `get_all_balances`.
- `crosswalk`: the balance and account concepts tied to every broker's contract.
- `mock`: one Starlette app that replays a broker's documented behaviour, per operation, from data.
- `mutants`: faulty variants of the mocks, one operation at a time, that conformance must catch.
- `conformance`: credentials, account-id strategies and extra checks for the schemathesis harness.
- `review`: breaking-change review between two revisions of a spec.
- `reports`: conformance summaries and atomic report writing.
"""

from broker_contracts_runtime import *  # noqa: F403  (the error family: the runtime's public names)
from broker_contracts_runtime import __all__ as _runtime_names

from .errors import ContractError as ContractError

__all__ = sorted([*_runtime_names, "ContractError"])
