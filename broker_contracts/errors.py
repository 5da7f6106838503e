"""The project's error family: every error it raises on purpose is a `BrokerContractsError`.

| error | module | raised when |
| --- | --- | --- |
| `ContractError` | here | bad input in a project file (a spec, a manifest, a behaviour file): file, place, reason |
| `GenerationError` | `generate` | generation stopped; it lists every `ContractError` that stopped it |
| `ExtensionError` | `decimal_generator` | the pinned generator changed where our extension patches it |
| `BrokerError` and its kinds | runtime `failures` | a broker call failed (`ContractViolation`, ...) |

Catch `BrokerContractsError` to catch them all; the CLIs print each as one line and exit 1 (a
finding) or 2 (bad input or usage), never with a traceback.
"""

from __future__ import annotations

from pathlib import Path

from broker_contracts_runtime.errors import BrokerContractsError as BrokerContractsError


class ContractError(BrokerContractsError):
    """Bad input found in a project file.

    Shape: `ContractError(path, place, message)`; `str()` gives `"<path>: <place>: <message>"`, so that
    every CLI prints the file and the place (a JSON path such as `$.paths['/x'].get`, or `line 12`)
    before the reason. `place` may be empty when the whole file is at fault.
    """

    def __init__(self, path: Path | str, place: str, message: str) -> None:
        self.path = Path(path)
        self.place = place
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}: {self.place}" if self.place else str(self.path)
        return f"{where}: {self.message}"
