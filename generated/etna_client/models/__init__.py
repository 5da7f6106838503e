"""Contains all the data models used in inputs/outputs"""

from .account_balance_info import AccountBalanceInfo
from .account_owner import AccountOwner
from .app_key_error import AppKeyError
from .authorization_error import AuthorizationError
from .invalid_request_error import InvalidRequestError
from .invalid_request_error_model_state import InvalidRequestErrorModelState
from .trading_account import TradingAccount

__all__ = (
    "AccountBalanceInfo",
    "AccountOwner",
    "AppKeyError",
    "AuthorizationError",
    "InvalidRequestError",
    "InvalidRequestErrorModelState",
    "TradingAccount",
)
