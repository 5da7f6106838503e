"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_balances import AccountBalances
from .account_balances_response import AccountBalancesResponse
from .account_balances_sod import AccountBalancesSod
from .account_list_response import AccountListResponse
from .api_error import ApiError
from .api_error_details_item import ApiErrorDetailsItem
from .error_response import ErrorResponse
from .list_response_metadata import ListResponseMetadata
from .margin_details import MarginDetails
from .margin_details_usage import MarginDetailsUsage
from .margin_session_details import MarginSessionDetails
from .margin_top_contributor import MarginTopContributor
from .response_metadata import ResponseMetadata

__all__ = (
    "Account",
    "AccountBalances",
    "AccountBalancesResponse",
    "AccountBalancesSod",
    "AccountListResponse",
    "ApiError",
    "ApiErrorDetailsItem",
    "ErrorResponse",
    "ListResponseMetadata",
    "MarginDetails",
    "MarginDetailsUsage",
    "MarginSessionDetails",
    "MarginTopContributor",
    "ResponseMetadata",
)
