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
from .fund_source_type import FundSourceType
from .futures_account_balances import FuturesAccountBalances
from .futures_account_balances_status import FuturesAccountBalancesStatus
from .futures_account_balances_type import FuturesAccountBalancesType
from .futures_currency_detail import FuturesCurrencyDetail
from .get_account_balances_api_version import GetAccountBalancesAPIVersion
from .japanese_account_balances import JapaneseAccountBalances
from .japanese_account_balances_status import JapaneseAccountBalancesStatus
from .japanese_equity_account_balances import JapaneseEquityAccountBalances
from .japanese_equity_account_balances_status import JapaneseEquityAccountBalancesStatus
from .japanese_equity_account_balances_type import JapaneseEquityAccountBalancesType
from .option_entitlement import OptionEntitlement
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
    "FundSourceType",
    "FuturesAccountBalances",
    "FuturesAccountBalancesStatus",
    "FuturesAccountBalancesType",
    "FuturesCurrencyDetail",
    "GetAccountBalancesAPIVersion",
    "JapaneseAccountBalances",
    "JapaneseAccountBalancesStatus",
    "JapaneseEquityAccountBalances",
    "JapaneseEquityAccountBalancesStatus",
    "JapaneseEquityAccountBalancesType",
    "OptionEntitlement",
    "RealTimeBuyingPower",
    "TodaysClosedPosition",
)
