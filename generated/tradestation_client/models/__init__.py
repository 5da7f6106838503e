"""Contains all the data models used in inputs/outputs"""

from .bod_buying_power import BodBuyingPower
from .day_trading import DayTrading
from .equity_account_balances import EquityAccountBalances
from .equity_account_balances_status import EquityAccountBalancesStatus
from .equity_account_balances_type import EquityAccountBalancesType
from .equity_entitlement import EquityEntitlement
from .forex_account_balances import ForexAccountBalances
from .forex_account_balances_status import ForexAccountBalancesStatus
from .forex_account_balances_type import ForexAccountBalancesType
from .forex_currency_detail import ForexCurrencyDetail
from .futures_account_balances import FuturesAccountBalances
from .futures_account_balances_status import FuturesAccountBalancesStatus
from .futures_account_balances_type import FuturesAccountBalancesType
from .futures_currency_detail import FuturesCurrencyDetail
from .get_account_balances_api_version import GetAccountBalancesAPIVersion
from .japanese_account_balances import JapaneseAccountBalances
from .japanese_account_balances_status import JapaneseAccountBalancesStatus
from .japanese_account_info import JapaneseAccountInfo
from .japanese_account_info_status import JapaneseAccountInfoStatus
from .japanese_equity_account_balances import JapaneseEquityAccountBalances
from .japanese_equity_account_balances_status import JapaneseEquityAccountBalancesStatus
from .japanese_equity_account_balances_type import JapaneseEquityAccountBalancesType
from .legacy_account_info import LegacyAccountInfo
from .legacy_account_info_status_type_1 import LegacyAccountInfoStatusType1
from .legacy_account_info_status_type_2_type_1 import LegacyAccountInfoStatusType2Type1
from .legacy_account_info_status_type_3_type_1 import LegacyAccountInfoStatusType3Type1
from .legacy_account_info_type import LegacyAccountInfoType
from .list_accounts_api_version import ListAccountsAPIVersion
from .option_entitlement import OptionEntitlement
from .other_account_balances import OtherAccountBalances
from .other_account_info import OtherAccountInfo
from .real_time_buying_power import RealTimeBuyingPower
from .todays_closed_position import TodaysClosedPosition

__all__ = (
    "BodBuyingPower",
    "DayTrading",
    "EquityAccountBalances",
    "EquityAccountBalancesStatus",
    "EquityAccountBalancesType",
    "EquityEntitlement",
    "ForexAccountBalances",
    "ForexAccountBalancesStatus",
    "ForexAccountBalancesType",
    "ForexCurrencyDetail",
    "FuturesAccountBalances",
    "FuturesAccountBalancesStatus",
    "FuturesAccountBalancesType",
    "FuturesCurrencyDetail",
    "GetAccountBalancesAPIVersion",
    "JapaneseAccountBalances",
    "JapaneseAccountBalancesStatus",
    "JapaneseAccountInfo",
    "JapaneseAccountInfoStatus",
    "JapaneseEquityAccountBalances",
    "JapaneseEquityAccountBalancesStatus",
    "JapaneseEquityAccountBalancesType",
    "LegacyAccountInfo",
    "LegacyAccountInfoStatusType1",
    "LegacyAccountInfoStatusType2Type1",
    "LegacyAccountInfoStatusType3Type1",
    "LegacyAccountInfoType",
    "ListAccountsAPIVersion",
    "OptionEntitlement",
    "OtherAccountBalances",
    "OtherAccountInfo",
    "RealTimeBuyingPower",
    "TodaysClosedPosition",
)
