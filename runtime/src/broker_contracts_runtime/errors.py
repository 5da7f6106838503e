"""The base of every error broker-contracts raises on purpose (runtime and toolchain alike)."""

from __future__ import annotations


class BrokerContractsError(Exception):
    """The base of every error broker-contracts raises on purpose: catch it to catch them all.

    The runtime raises `BrokerError` and its kinds (`broker_contracts_runtime.failures`); the
    toolchain (`broker_contracts`) adds `ContractError`, `GenerationError` and `ExtensionError`.
    """
