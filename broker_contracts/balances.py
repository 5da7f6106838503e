"""Moved to the runtime: `broker_contracts_runtime.balances` (`get_balances`, `Balances`,
`normalize`). This name stays for code that imported it from the toolchain."""

from broker_contracts_runtime.balances import *  # noqa: F403
from broker_contracts_runtime.balances import __all__ as __all__
