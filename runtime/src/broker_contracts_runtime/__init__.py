"""broker-contracts' runtime: what generated clients and `get_balances` need when they run.

Apart from the toolchain (`broker_contracts`: validate, generate, evidence, mocks, conformance,
mutants, traffic, proxy, review, upstream), which depends on it. Its only dependencies are httpx,
attrs, tenacity and jsonschema-rs (each with a compatible range in its pyproject.toml).

- `failures`: the error family of a broker call (`BrokerError`: `ContractViolation`,
  `AuthenticationFailed`, `AccountNotFound`, `AccountRefused`, `RateLimited`, `BrokerUnavailable`).
- `drift`: the contract check a generated client runs on every answer (`ClientContract`).
- `network`: the network policy (timeouts, retries with tenacity, typed errors per status).
- `recorder`: httpx event hooks that record redacted exchanges for `make traffic`.
- `balances` and `accounts`: `get_balances`, `list_accounts`, `get_all_balances` and the normalized
  `Balances` / `Account` (through the crosswalk), with `calls` (one request through a generated
  client), `access` (credentials and path values from the contract) and `contracts` (the contracts
  and crosswalk slices each installed client carries in `_runtime.json`: never read from a checkout).
"""

from .errors import BrokerContractsError
from .failures import (
    AccountNotFound,
    AccountRefused,
    AuthenticationFailed,
    BrokerError,
    BrokerUnavailable,
    ContractViolation,
    RateLimited,
)

__all__ = [
    "AccountNotFound",
    "AccountRefused",
    "AuthenticationFailed",
    "BrokerContractsError",
    "BrokerError",
    "BrokerUnavailable",
    "ContractViolation",
    "RateLimited",
]
