"""Moved to the runtime: `broker_contracts_runtime.accounts` (`list_accounts`, `get_all_balances`,
`Account`). This name stays for code that imported it from the toolchain."""

from broker_contracts_runtime.accounts import *  # noqa: F403
from broker_contracts_runtime.accounts import __all__ as __all__
