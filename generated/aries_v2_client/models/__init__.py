"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_balance import AccountBalance
from .account_list import AccountList
from .error_body import ErrorBody
from .error_body_meta import ErrorBodyMeta
from .error_body_metadata import ErrorBodyMetadata
from .error_code import ErrorCode
from .error_detail import ErrorDetail
from .error_detail_details import ErrorDetailDetails

__all__ = (
    "Account",
    "AccountBalance",
    "AccountList",
    "ErrorBody",
    "ErrorBodyMeta",
    "ErrorBodyMetadata",
    "ErrorCode",
    "ErrorDetail",
    "ErrorDetailDetails",
)
