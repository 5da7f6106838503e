"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_application import AccountApplication
from .account_balances import AccountBalances
from .account_list import AccountList
from .account_user import AccountUser
from .error import Error

__all__ = (
    "Account",
    "AccountApplication",
    "AccountBalances",
    "AccountList",
    "AccountUser",
    "Error",
)
