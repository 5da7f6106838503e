from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BodBalanceDetail")


@_attrs_define
class BodBalanceDetail:
    """Figures as they stood when the trading day began; (Equities) and (Futures) mark the account types a field applies
    to.

        Attributes:
            account_balance (Decimal | Unset): (Equities) Cash in the account at the start of the day.
            cash_available_to_withdraw (Decimal | Unset): Cash that could be withdrawn at the start of the day.
            day_trades (str | Unset): (Equities) Number of day trades in the previous four trading days, a count written as
                a string.
            day_trading_marginable_buying_power (Decimal | Unset): (Equities) Intraday buying power at the start of the day.
            equity (Decimal | Unset): Equity at the start of the day.
            net_cash (Decimal | Unset): Cash at the start of the day.
            open_trade_equity (Decimal | Unset): (Futures) Unrealized profit or loss at the start of the day.
            option_buying_power (Decimal | Unset): (Equities) Option buying power at the start of the day.
            option_value (Decimal | Unset): (Equities) Liquidation value of the option positions.
            overnight_buying_power (Decimal | Unset): (Equities) Overnight (Reg T) buying power at the start of the day.
            security_on_deposit (Decimal | Unset): (Futures) Value of securities deposited with the clearing firm to raise
                buying power.
    """

    account_balance: Decimal | Unset = UNSET
    cash_available_to_withdraw: Decimal | Unset = UNSET
    day_trades: str | Unset = UNSET
    day_trading_marginable_buying_power: Decimal | Unset = UNSET
    equity: Decimal | Unset = UNSET
    net_cash: Decimal | Unset = UNSET
    open_trade_equity: Decimal | Unset = UNSET
    option_buying_power: Decimal | Unset = UNSET
    option_value: Decimal | Unset = UNSET
    overnight_buying_power: Decimal | Unset = UNSET
    security_on_deposit: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_balance: str | Unset = UNSET
        if not isinstance(self.account_balance, Unset):
            account_balance = format(self.account_balance, "f")

        cash_available_to_withdraw: str | Unset = UNSET
        if not isinstance(self.cash_available_to_withdraw, Unset):
            cash_available_to_withdraw = format(self.cash_available_to_withdraw, "f")

        day_trades = self.day_trades

        day_trading_marginable_buying_power: str | Unset = UNSET
        if not isinstance(self.day_trading_marginable_buying_power, Unset):
            day_trading_marginable_buying_power = format(
                self.day_trading_marginable_buying_power, "f"
            )

        equity: str | Unset = UNSET
        if not isinstance(self.equity, Unset):
            equity = format(self.equity, "f")

        net_cash: str | Unset = UNSET
        if not isinstance(self.net_cash, Unset):
            net_cash = format(self.net_cash, "f")

        open_trade_equity: str | Unset = UNSET
        if not isinstance(self.open_trade_equity, Unset):
            open_trade_equity = format(self.open_trade_equity, "f")

        option_buying_power: str | Unset = UNSET
        if not isinstance(self.option_buying_power, Unset):
            option_buying_power = format(self.option_buying_power, "f")

        option_value: str | Unset = UNSET
        if not isinstance(self.option_value, Unset):
            option_value = format(self.option_value, "f")

        overnight_buying_power: str | Unset = UNSET
        if not isinstance(self.overnight_buying_power, Unset):
            overnight_buying_power = format(self.overnight_buying_power, "f")

        security_on_deposit: str | Unset = UNSET
        if not isinstance(self.security_on_deposit, Unset):
            security_on_deposit = format(self.security_on_deposit, "f")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_balance is not UNSET:
            field_dict["AccountBalance"] = account_balance
        if cash_available_to_withdraw is not UNSET:
            field_dict["CashAvailableToWithdraw"] = cash_available_to_withdraw
        if day_trades is not UNSET:
            field_dict["DayTrades"] = day_trades
        if day_trading_marginable_buying_power is not UNSET:
            field_dict["DayTradingMarginableBuyingPower"] = (
                day_trading_marginable_buying_power
            )
        if equity is not UNSET:
            field_dict["Equity"] = equity
        if net_cash is not UNSET:
            field_dict["NetCash"] = net_cash
        if open_trade_equity is not UNSET:
            field_dict["OpenTradeEquity"] = open_trade_equity
        if option_buying_power is not UNSET:
            field_dict["OptionBuyingPower"] = option_buying_power
        if option_value is not UNSET:
            field_dict["OptionValue"] = option_value
        if overnight_buying_power is not UNSET:
            field_dict["OvernightBuyingPower"] = overnight_buying_power
        if security_on_deposit is not UNSET:
            field_dict["SecurityOnDeposit"] = security_on_deposit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _account_balance = d.pop("AccountBalance", UNSET)
        account_balance: Decimal | Unset
        if isinstance(_account_balance, Unset):
            account_balance = UNSET
        else:
            account_balance = Decimal(_account_balance)

        _cash_available_to_withdraw = d.pop("CashAvailableToWithdraw", UNSET)
        cash_available_to_withdraw: Decimal | Unset
        if isinstance(_cash_available_to_withdraw, Unset):
            cash_available_to_withdraw = UNSET
        else:
            cash_available_to_withdraw = Decimal(_cash_available_to_withdraw)

        day_trades = d.pop("DayTrades", UNSET)

        _day_trading_marginable_buying_power = d.pop(
            "DayTradingMarginableBuyingPower", UNSET
        )
        day_trading_marginable_buying_power: Decimal | Unset
        if isinstance(_day_trading_marginable_buying_power, Unset):
            day_trading_marginable_buying_power = UNSET
        else:
            day_trading_marginable_buying_power = Decimal(
                _day_trading_marginable_buying_power
            )

        _equity = d.pop("Equity", UNSET)
        equity: Decimal | Unset
        if isinstance(_equity, Unset):
            equity = UNSET
        else:
            equity = Decimal(_equity)

        _net_cash = d.pop("NetCash", UNSET)
        net_cash: Decimal | Unset
        if isinstance(_net_cash, Unset):
            net_cash = UNSET
        else:
            net_cash = Decimal(_net_cash)

        _open_trade_equity = d.pop("OpenTradeEquity", UNSET)
        open_trade_equity: Decimal | Unset
        if isinstance(_open_trade_equity, Unset):
            open_trade_equity = UNSET
        else:
            open_trade_equity = Decimal(_open_trade_equity)

        _option_buying_power = d.pop("OptionBuyingPower", UNSET)
        option_buying_power: Decimal | Unset
        if isinstance(_option_buying_power, Unset):
            option_buying_power = UNSET
        else:
            option_buying_power = Decimal(_option_buying_power)

        _option_value = d.pop("OptionValue", UNSET)
        option_value: Decimal | Unset
        if isinstance(_option_value, Unset):
            option_value = UNSET
        else:
            option_value = Decimal(_option_value)

        _overnight_buying_power = d.pop("OvernightBuyingPower", UNSET)
        overnight_buying_power: Decimal | Unset
        if isinstance(_overnight_buying_power, Unset):
            overnight_buying_power = UNSET
        else:
            overnight_buying_power = Decimal(_overnight_buying_power)

        _security_on_deposit = d.pop("SecurityOnDeposit", UNSET)
        security_on_deposit: Decimal | Unset
        if isinstance(_security_on_deposit, Unset):
            security_on_deposit = UNSET
        else:
            security_on_deposit = Decimal(_security_on_deposit)

        bod_balance_detail = cls(
            account_balance=account_balance,
            cash_available_to_withdraw=cash_available_to_withdraw,
            day_trades=day_trades,
            day_trading_marginable_buying_power=day_trading_marginable_buying_power,
            equity=equity,
            net_cash=net_cash,
            open_trade_equity=open_trade_equity,
            option_buying_power=option_buying_power,
            option_value=option_value,
            overnight_buying_power=overnight_buying_power,
            security_on_deposit=security_on_deposit,
        )

        bod_balance_detail.additional_properties = d
        return bod_balance_detail

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
