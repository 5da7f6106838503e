"""Contains all the data models used in inputs/outputs"""

from .bod_buying_power import BodBuyingPower
from .day_trading import DayTrading
from .equity_account_balances import EquityAccountBalances
from .equity_account_balances_type import EquityAccountBalancesType
from .equity_entitlement import EquityEntitlement
from .forex_account_balances import ForexAccountBalances
from .forex_account_balances_type import ForexAccountBalancesType
from .forex_currency_detail import ForexCurrencyDetail
from .futures_account_balances import FuturesAccountBalances
from .futures_account_balances_type import FuturesAccountBalancesType
from .futures_currency_detail import FuturesCurrencyDetail
from .get_account_balances_api_version import GetAccountBalancesAPIVersion
from .japanese_account_balances import JapaneseAccountBalances
from .japanese_equity_account_balances import JapaneseEquityAccountBalances
from .japanese_equity_account_balances_type import JapaneseEquityAccountBalancesType
from .option_entitlement import OptionEntitlement
from .other_account_balances import OtherAccountBalances
from .real_time_buying_power import RealTimeBuyingPower
from .todays_closed_position import TodaysClosedPosition

__all__ = (
    "BodBuyingPower",
    "DayTrading",
    "EquityAccountBalances",
    "EquityAccountBalancesType",
    "EquityEntitlement",
    "ForexAccountBalances",
    "ForexAccountBalancesType",
    "ForexCurrencyDetail",
    "FuturesAccountBalances",
    "FuturesAccountBalancesType",
    "FuturesCurrencyDetail",
    "GetAccountBalancesAPIVersion",
    "JapaneseAccountBalances",
    "JapaneseEquityAccountBalances",
    "JapaneseEquityAccountBalancesType",
    "OptionEntitlement",
    "OtherAccountBalances",
    "RealTimeBuyingPower",
    "TodaysClosedPosition",
)
