"""Contains all the data models used in inputs/outputs"""

from .account_balance_info import AccountBalanceInfo
from .app_key_error import AppKeyError
from .invalid_request_error import InvalidRequestError

__all__ = (
    "AccountBalanceInfo",
    "AppKeyError",
    "InvalidRequestError",
)
