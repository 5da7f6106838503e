"""The base of every error broker-contracts raises on purpose (runtime and toolchain alike)."""

from __future__ import annotations

from pathlib import Path


class BrokerContractsError(Exception):
    """The base of every error broker-contracts raises on purpose: catch it to catch them all.

    The runtime raises `BrokerError` and its kinds (`broker_contracts_runtime.failures`); the
    toolchain (`broker_contracts`) adds `ContractError`, `GenerationError` and `ExtensionError`.
    """


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
