from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BalanceDetail")


@_attrs_define
class BalanceDetail:
    """Further real-time figures; (Equities) marks those of cash and margin accounts, (Futures) those of futures accounts.

    Attributes:
        cost_of_positions (Decimal | Unset): (Equities) Cost of the positions, the basis of today's profit or loss.
        day_trade_excess (Decimal | Unset): Day-trading buying power left: for equities, buying power available less
            used, divided by the buying power multiplier; for futures, cash plus unrealized gains less buying power used.
        day_trade_margin (Decimal | Unset): (Futures) Day-trade margin in use.
        day_trade_open_order_margin (Decimal | Unset): (Futures) Money held for open orders.
        day_trades (str | Unset): (Equities) Number of day trades in the previous four trading days, a count written as
            a string.
        initial_margin (Decimal | Unset): (Futures) Initial margin of all positions.
        maintenance_margin (Decimal | Unset): (Futures) Maintenance margin now.
        maintenance_rate (Decimal | Unset): Maintenance margin rate.
        margin_requirement (Decimal | Unset): (Futures) Margin requirement of the account now.
        open_order_margin (Decimal | Unset): (Futures) Margin held for open orders.
        option_buying_power (Decimal | Unset): (Equities) Intraday buying power for options.
        options_market_value (Decimal | Unset): (Equities) Market value of the option positions.
        overnight_buying_power (Decimal | Unset): (Equities) Overnight buying power for marginable equities, now.
        realized_profit_loss (Decimal | Unset): Realized profit or loss now.
        required_margin (Decimal | Unset): (Equities) Margin required by all positions held.
        security_on_deposit (Decimal | Unset): (Futures) Value of securities deposited with the clearing firm to raise
            buying power.
        today_real_time_trade_equity (Decimal | Unset): (Futures) Today's unrealized profit or loss: unrealized profit
            or loss less the start-of-day open trade equity.
        trade_equity (Decimal | Unset): (Futures) Unrealized profit or loss of the account.
        unrealized_profit_loss (Decimal | Unset): Unrealized profit or loss now.
        unsettled_funds (Decimal | Unset): Proceeds of closed trades that have not settled yet.
    """

    cost_of_positions: Decimal | Unset = UNSET
    day_trade_excess: Decimal | Unset = UNSET
    day_trade_margin: Decimal | Unset = UNSET
    day_trade_open_order_margin: Decimal | Unset = UNSET
    day_trades: str | Unset = UNSET
    initial_margin: Decimal | Unset = UNSET
    maintenance_margin: Decimal | Unset = UNSET
    maintenance_rate: Decimal | Unset = UNSET
    margin_requirement: Decimal | Unset = UNSET
    open_order_margin: Decimal | Unset = UNSET
    option_buying_power: Decimal | Unset = UNSET
    options_market_value: Decimal | Unset = UNSET
    overnight_buying_power: Decimal | Unset = UNSET
    realized_profit_loss: Decimal | Unset = UNSET
    required_margin: Decimal | Unset = UNSET
    security_on_deposit: Decimal | Unset = UNSET
    today_real_time_trade_equity: Decimal | Unset = UNSET
    trade_equity: Decimal | Unset = UNSET
    unrealized_profit_loss: Decimal | Unset = UNSET
    unsettled_funds: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost_of_positions: str | Unset = UNSET
        if not isinstance(self.cost_of_positions, Unset):
            cost_of_positions = format(self.cost_of_positions, "f")

        day_trade_excess: str | Unset = UNSET
        if not isinstance(self.day_trade_excess, Unset):
            day_trade_excess = format(self.day_trade_excess, "f")

        day_trade_margin: str | Unset = UNSET
        if not isinstance(self.day_trade_margin, Unset):
            day_trade_margin = format(self.day_trade_margin, "f")

        day_trade_open_order_margin: str | Unset = UNSET
        if not isinstance(self.day_trade_open_order_margin, Unset):
            day_trade_open_order_margin = format(self.day_trade_open_order_margin, "f")

        day_trades = self.day_trades

        initial_margin: str | Unset = UNSET
        if not isinstance(self.initial_margin, Unset):
            initial_margin = format(self.initial_margin, "f")

        maintenance_margin: str | Unset = UNSET
        if not isinstance(self.maintenance_margin, Unset):
            maintenance_margin = format(self.maintenance_margin, "f")

        maintenance_rate: str | Unset = UNSET
        if not isinstance(self.maintenance_rate, Unset):
            maintenance_rate = format(self.maintenance_rate, "f")

        margin_requirement: str | Unset = UNSET
        if not isinstance(self.margin_requirement, Unset):
            margin_requirement = format(self.margin_requirement, "f")

        open_order_margin: str | Unset = UNSET
        if not isinstance(self.open_order_margin, Unset):
            open_order_margin = format(self.open_order_margin, "f")

        option_buying_power: str | Unset = UNSET
        if not isinstance(self.option_buying_power, Unset):
            option_buying_power = format(self.option_buying_power, "f")

        options_market_value: str | Unset = UNSET
        if not isinstance(self.options_market_value, Unset):
            options_market_value = format(self.options_market_value, "f")

        overnight_buying_power: str | Unset = UNSET
        if not isinstance(self.overnight_buying_power, Unset):
            overnight_buying_power = format(self.overnight_buying_power, "f")

        realized_profit_loss: str | Unset = UNSET
        if not isinstance(self.realized_profit_loss, Unset):
            realized_profit_loss = format(self.realized_profit_loss, "f")

        required_margin: str | Unset = UNSET
        if not isinstance(self.required_margin, Unset):
            required_margin = format(self.required_margin, "f")

        security_on_deposit: str | Unset = UNSET
        if not isinstance(self.security_on_deposit, Unset):
            security_on_deposit = format(self.security_on_deposit, "f")

        today_real_time_trade_equity: str | Unset = UNSET
        if not isinstance(self.today_real_time_trade_equity, Unset):
            today_real_time_trade_equity = format(
                self.today_real_time_trade_equity, "f"
            )

        trade_equity: str | Unset = UNSET
        if not isinstance(self.trade_equity, Unset):
            trade_equity = format(self.trade_equity, "f")

        unrealized_profit_loss: str | Unset = UNSET
        if not isinstance(self.unrealized_profit_loss, Unset):
            unrealized_profit_loss = format(self.unrealized_profit_loss, "f")

        unsettled_funds: str | Unset = UNSET
        if not isinstance(self.unsettled_funds, Unset):
            unsettled_funds = format(self.unsettled_funds, "f")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cost_of_positions is not UNSET:
            field_dict["CostOfPositions"] = cost_of_positions
        if day_trade_excess is not UNSET:
            field_dict["DayTradeExcess"] = day_trade_excess
        if day_trade_margin is not UNSET:
            field_dict["DayTradeMargin"] = day_trade_margin
        if day_trade_open_order_margin is not UNSET:
            field_dict["DayTradeOpenOrderMargin"] = day_trade_open_order_margin
        if day_trades is not UNSET:
            field_dict["DayTrades"] = day_trades
        if initial_margin is not UNSET:
            field_dict["InitialMargin"] = initial_margin
        if maintenance_margin is not UNSET:
            field_dict["MaintenanceMargin"] = maintenance_margin
        if maintenance_rate is not UNSET:
            field_dict["MaintenanceRate"] = maintenance_rate
        if margin_requirement is not UNSET:
            field_dict["MarginRequirement"] = margin_requirement
        if open_order_margin is not UNSET:
            field_dict["OpenOrderMargin"] = open_order_margin
        if option_buying_power is not UNSET:
            field_dict["OptionBuyingPower"] = option_buying_power
        if options_market_value is not UNSET:
            field_dict["OptionsMarketValue"] = options_market_value
        if overnight_buying_power is not UNSET:
            field_dict["OvernightBuyingPower"] = overnight_buying_power
        if realized_profit_loss is not UNSET:
            field_dict["RealizedProfitLoss"] = realized_profit_loss
        if required_margin is not UNSET:
            field_dict["RequiredMargin"] = required_margin
        if security_on_deposit is not UNSET:
            field_dict["SecurityOnDeposit"] = security_on_deposit
        if today_real_time_trade_equity is not UNSET:
            field_dict["TodayRealTimeTradeEquity"] = today_real_time_trade_equity
        if trade_equity is not UNSET:
            field_dict["TradeEquity"] = trade_equity
        if unrealized_profit_loss is not UNSET:
            field_dict["UnrealizedProfitLoss"] = unrealized_profit_loss
        if unsettled_funds is not UNSET:
            field_dict["UnsettledFunds"] = unsettled_funds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _cost_of_positions = d.pop("CostOfPositions", UNSET)
        cost_of_positions: Decimal | Unset
        if isinstance(_cost_of_positions, Unset):
            cost_of_positions = UNSET
        else:
            cost_of_positions = Decimal(_cost_of_positions)

        _day_trade_excess = d.pop("DayTradeExcess", UNSET)
        day_trade_excess: Decimal | Unset
        if isinstance(_day_trade_excess, Unset):
            day_trade_excess = UNSET
        else:
            day_trade_excess = Decimal(_day_trade_excess)

        _day_trade_margin = d.pop("DayTradeMargin", UNSET)
        day_trade_margin: Decimal | Unset
        if isinstance(_day_trade_margin, Unset):
            day_trade_margin = UNSET
        else:
            day_trade_margin = Decimal(_day_trade_margin)

        _day_trade_open_order_margin = d.pop("DayTradeOpenOrderMargin", UNSET)
        day_trade_open_order_margin: Decimal | Unset
        if isinstance(_day_trade_open_order_margin, Unset):
            day_trade_open_order_margin = UNSET
        else:
            day_trade_open_order_margin = Decimal(_day_trade_open_order_margin)

        day_trades = d.pop("DayTrades", UNSET)

        _initial_margin = d.pop("InitialMargin", UNSET)
        initial_margin: Decimal | Unset
        if isinstance(_initial_margin, Unset):
            initial_margin = UNSET
        else:
            initial_margin = Decimal(_initial_margin)

        _maintenance_margin = d.pop("MaintenanceMargin", UNSET)
        maintenance_margin: Decimal | Unset
        if isinstance(_maintenance_margin, Unset):
            maintenance_margin = UNSET
        else:
            maintenance_margin = Decimal(_maintenance_margin)

        _maintenance_rate = d.pop("MaintenanceRate", UNSET)
        maintenance_rate: Decimal | Unset
        if isinstance(_maintenance_rate, Unset):
            maintenance_rate = UNSET
        else:
            maintenance_rate = Decimal(_maintenance_rate)

        _margin_requirement = d.pop("MarginRequirement", UNSET)
        margin_requirement: Decimal | Unset
        if isinstance(_margin_requirement, Unset):
            margin_requirement = UNSET
        else:
            margin_requirement = Decimal(_margin_requirement)

        _open_order_margin = d.pop("OpenOrderMargin", UNSET)
        open_order_margin: Decimal | Unset
        if isinstance(_open_order_margin, Unset):
            open_order_margin = UNSET
        else:
            open_order_margin = Decimal(_open_order_margin)

        _option_buying_power = d.pop("OptionBuyingPower", UNSET)
        option_buying_power: Decimal | Unset
        if isinstance(_option_buying_power, Unset):
            option_buying_power = UNSET
        else:
            option_buying_power = Decimal(_option_buying_power)

        _options_market_value = d.pop("OptionsMarketValue", UNSET)
        options_market_value: Decimal | Unset
        if isinstance(_options_market_value, Unset):
            options_market_value = UNSET
        else:
            options_market_value = Decimal(_options_market_value)

        _overnight_buying_power = d.pop("OvernightBuyingPower", UNSET)
        overnight_buying_power: Decimal | Unset
        if isinstance(_overnight_buying_power, Unset):
            overnight_buying_power = UNSET
        else:
            overnight_buying_power = Decimal(_overnight_buying_power)

        _realized_profit_loss = d.pop("RealizedProfitLoss", UNSET)
        realized_profit_loss: Decimal | Unset
        if isinstance(_realized_profit_loss, Unset):
            realized_profit_loss = UNSET
        else:
            realized_profit_loss = Decimal(_realized_profit_loss)

        _required_margin = d.pop("RequiredMargin", UNSET)
        required_margin: Decimal | Unset
        if isinstance(_required_margin, Unset):
            required_margin = UNSET
        else:
            required_margin = Decimal(_required_margin)

        _security_on_deposit = d.pop("SecurityOnDeposit", UNSET)
        security_on_deposit: Decimal | Unset
        if isinstance(_security_on_deposit, Unset):
            security_on_deposit = UNSET
        else:
            security_on_deposit = Decimal(_security_on_deposit)

        _today_real_time_trade_equity = d.pop("TodayRealTimeTradeEquity", UNSET)
        today_real_time_trade_equity: Decimal | Unset
        if isinstance(_today_real_time_trade_equity, Unset):
            today_real_time_trade_equity = UNSET
        else:
            today_real_time_trade_equity = Decimal(_today_real_time_trade_equity)

        _trade_equity = d.pop("TradeEquity", UNSET)
        trade_equity: Decimal | Unset
        if isinstance(_trade_equity, Unset):
            trade_equity = UNSET
        else:
            trade_equity = Decimal(_trade_equity)

        _unrealized_profit_loss = d.pop("UnrealizedProfitLoss", UNSET)
        unrealized_profit_loss: Decimal | Unset
        if isinstance(_unrealized_profit_loss, Unset):
            unrealized_profit_loss = UNSET
        else:
            unrealized_profit_loss = Decimal(_unrealized_profit_loss)

        _unsettled_funds = d.pop("UnsettledFunds", UNSET)
        unsettled_funds: Decimal | Unset
        if isinstance(_unsettled_funds, Unset):
            unsettled_funds = UNSET
        else:
            unsettled_funds = Decimal(_unsettled_funds)

        balance_detail = cls(
            cost_of_positions=cost_of_positions,
            day_trade_excess=day_trade_excess,
            day_trade_margin=day_trade_margin,
            day_trade_open_order_margin=day_trade_open_order_margin,
            day_trades=day_trades,
            initial_margin=initial_margin,
            maintenance_margin=maintenance_margin,
            maintenance_rate=maintenance_rate,
            margin_requirement=margin_requirement,
            open_order_margin=open_order_margin,
            option_buying_power=option_buying_power,
            options_market_value=options_market_value,
            overnight_buying_power=overnight_buying_power,
            realized_profit_loss=realized_profit_loss,
            required_margin=required_margin,
            security_on_deposit=security_on_deposit,
            today_real_time_trade_equity=today_real_time_trade_equity,
            trade_equity=trade_equity,
            unrealized_profit_loss=unrealized_profit_loss,
            unsettled_funds=unsettled_funds,
        )

        balance_detail.additional_properties = d
        return balance_detail

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
