"""The project's error family: every error it raises on purpose is a `BrokerContractsError`.

| error | module | raised when |
| --- | --- | --- |
| `ContractError` | runtime `errors` | bad input in a project file (a spec, a manifest, a behaviour file) |
| `GenerationError` | `generate` | generation stopped; it lists every `ContractError` that stopped it |
| `ExtensionError` | `decimal_generator` | the pinned generator changed where our extension patches it |
| `BrokerError` and its kinds | runtime `failures` | a broker call failed (`ContractViolation`, ...) |

Catch `BrokerContractsError` to catch them all; the CLIs print each as one line and exit 1 (a
finding) or 2 (bad input or usage), never with a traceback.
"""

from __future__ import annotations

from broker_contracts_runtime.errors import BrokerContractsError as BrokerContractsError
from broker_contracts_runtime.errors import ContractError as ContractError
