"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_balances import AccountBalances
from .account_detail import AccountDetail
from .account_error import AccountError
from .account_list import AccountList
from .balance import Balance
from .balance_detail import BalanceDetail
from .bod_account_balances import BodAccountBalances
from .bod_balance import BodBalance
from .bod_balance_detail import BodBalanceDetail
from .bod_currency_detail import BodCurrencyDetail
from .currency_detail import CurrencyDetail
from .error_response import ErrorResponse

__all__ = (
    "Account",
    "AccountBalances",
    "AccountDetail",
    "AccountError",
    "AccountList",
    "Balance",
    "BalanceDetail",
    "BodAccountBalances",
    "BodBalance",
    "BodBalanceDetail",
    "BodCurrencyDetail",
    "CurrencyDetail",
    "ErrorResponse",
)
