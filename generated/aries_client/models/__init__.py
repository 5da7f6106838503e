"""Contains all the data models used in inputs/outputs"""

from .account_balances import AccountBalances
from .error import Error

__all__ = (
    "AccountBalances",
    "Error",
)
