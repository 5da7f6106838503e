from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.equity_account_balances_status import EquityAccountBalancesStatus
from ..models.equity_account_balances_type import EquityAccountBalancesType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.todays_closed_position import TodaysClosedPosition


T = TypeVar("T", bound="EquityAccountBalances")


@_attrs_define
class EquityAccountBalances:
    """Balances of an equity account (Type C, M or D) in the legacy Account shape that the Swagger documents: the common
    fields plus the equity ones. Its example is the Account sample of the US balances page (shown there as a whole body;
    one entry of the array).

        Attributes:
            type_ (EquityAccountBalancesType): C cash, M margin, D delivery versus payment (DVP).
            key (int): Account key: the number to put in the path.
            name (str): Name of the account.
            status (EquityAccountBalancesStatus): Status code: A active, C closing transactions only, D 90-day restriction
                (closing transactions only), F margin call (closing transactions only), I inactive, R restricted, L liquidating
                transactions only, X closed.
            status_description (str): The status in words, e.g. Active.
            type_description (str): The account type in words: Cash, Margin, DVP, Futures, Forex or JPEQ.
            field_type_ (None | str | Unset): Server-side type marker (e.g.
                FuturesAccount:#TradeStation.Web.Services.DataContracts). Listed by the Swagger until 2017-04-20, then dropped
                from it; do not rely on it.
            alias (None | str | Unset): Name the user gave the account.
            display_name (None | str | Unset): Alternate id of the account when it has one, else its TradeStation id.
            bod_equity (Decimal | None | Unset): Net worth at the start of the day (SOD): balance plus positions marked to
                the previous close.
            bod_net_cash (Decimal | None | Unset): Account balance at the start of the day (SOD).
            closed_positions (list[TodaysClosedPosition] | None | Unset): Positions closed today.
            market_value (Decimal | None | Unset): Market value of the positions held now.
            real_time_equity (Decimal | None | Unset): Net worth now: cash plus market value plus securities on deposit.
            real_time_account_balance (Decimal | None | Unset): Cash balance now: start-of-day cash less commissions.
            real_time_realized_profit_loss (Decimal | None | Unset): Profit or loss realized today, commissions included.
            real_time_unrealized_gains (Decimal | None | Unset): Unrealized profit or loss of today.
            real_time_unrealized_profit_loss (Decimal | None | Unset): Unrealized profit or loss of the positions held, at
                average price. Sent with up to 20 decimals.
            uncleared_deposit (Decimal | None | Unset): Deposits not yet cleared, so not available for trading.
            real_time_buying_power (Decimal | None | Unset): Overnight buying power now.
            bod_buying_power (Decimal | None | Unset): Shown only as null, in samples of 2014 that the docs later removed;
                in no field list. Kept so that those samples parse.
            rt_buying_power (Decimal | None | Unset): Shown only as null, in samples of 2014 that the docs later removed; in
                no field list. Kept so that those samples parse.
            bod_account_balance (Decimal | None | Unset): Cash at the start of the day. The Swagger marks it deprecated: it
                repeats BODNetCash.
            day_trade_excess (Decimal | None | Unset): Day-trading buying power still unused, in units of the buying power
                multiplier.
            bod_day_trading_marginable_equities_buying_power (Decimal | None | Unset): Day-trading buying power for
                marginable equities at the start of the day.
            bod_option_buying_power (Decimal | None | Unset): Option buying power at the start of the day.
            bod_option_value (Decimal | None | Unset): Liquidation value of the option positions at the previous close.
            bod_overnight_buying_power (Decimal | None | Unset): Overnight buying power for marginable equities at the start
                of the day.
            can_day_trade (bool | None | Unset): Whether the account may day trade.
            commission (Decimal | None | Unset): Commissions and routing fees.
            day_trades (int | None | Unset): Day trades over the previous four trading days (pattern day trader count).
            day_trading_qualified (bool | None | Unset): Whether the account qualifies for day trading.
            option_approval_level (int | None | Unset): Option level the account is approved for: 0 no options, up to 5
                (naked index options and naked calls).
            pattern_day_trader (bool | None | Unset): Whether the account is flagged as a pattern day trader (PDT).
            real_time_cost_of_positions (Decimal | None | Unset): Cost of the positions held now.
            real_time_day_trading_marginable_equities_buying_power (Decimal | None | Unset): Intraday buying power under the
                day-trading rule (FINRA 4210, formerly NYSE 431).
            real_time_option_buying_power (Decimal | None | Unset): Option buying power now, from the real-time Reg T
                excess.
            real_time_overnight_buying_power (Decimal | None | Unset): Overnight buying power for marginable equities now.
            real_time_option_value (Decimal | None | Unset): Value of the option positions at current quotes.
            unsettled_fund (Decimal | None | Unset): Proceeds of sales in a cash account that have not settled.
    """

    type_: EquityAccountBalancesType
    key: int
    name: str
    status: EquityAccountBalancesStatus
    status_description: str
    type_description: str
    field_type_: None | str | Unset = UNSET
    alias: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    bod_equity: Decimal | None | Unset = UNSET
    bod_net_cash: Decimal | None | Unset = UNSET
    closed_positions: list[TodaysClosedPosition] | None | Unset = UNSET
    market_value: Decimal | None | Unset = UNSET
    real_time_equity: Decimal | None | Unset = UNSET
    real_time_account_balance: Decimal | None | Unset = UNSET
    real_time_realized_profit_loss: Decimal | None | Unset = UNSET
    real_time_unrealized_gains: Decimal | None | Unset = UNSET
    real_time_unrealized_profit_loss: Decimal | None | Unset = UNSET
    uncleared_deposit: Decimal | None | Unset = UNSET
    real_time_buying_power: Decimal | None | Unset = UNSET
    bod_buying_power: Decimal | None | Unset = UNSET
    rt_buying_power: Decimal | None | Unset = UNSET
    bod_account_balance: Decimal | None | Unset = UNSET
    day_trade_excess: Decimal | None | Unset = UNSET
    bod_day_trading_marginable_equities_buying_power: Decimal | None | Unset = UNSET
    bod_option_buying_power: Decimal | None | Unset = UNSET
    bod_option_value: Decimal | None | Unset = UNSET
    bod_overnight_buying_power: Decimal | None | Unset = UNSET
    can_day_trade: bool | None | Unset = UNSET
    commission: Decimal | None | Unset = UNSET
    day_trades: int | None | Unset = UNSET
    day_trading_qualified: bool | None | Unset = UNSET
    option_approval_level: int | None | Unset = UNSET
    pattern_day_trader: bool | None | Unset = UNSET
    real_time_cost_of_positions: Decimal | None | Unset = UNSET
    real_time_day_trading_marginable_equities_buying_power: Decimal | None | Unset = (
        UNSET
    )
    real_time_option_buying_power: Decimal | None | Unset = UNSET
    real_time_overnight_buying_power: Decimal | None | Unset = UNSET
    real_time_option_value: Decimal | None | Unset = UNSET
    unsettled_fund: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        key = self.key

        name = self.name

        status = self.status.value

        status_description = self.status_description

        type_description = self.type_description

        field_type_: None | str | Unset
        if isinstance(self.field_type_, Unset):
            field_type_ = UNSET
        else:
            field_type_ = self.field_type_

        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        bod_equity: Decimal | None | Unset
        if isinstance(self.bod_equity, Unset):
            bod_equity = UNSET
        else:
            bod_equity = self.bod_equity

        bod_net_cash: Decimal | None | Unset
        if isinstance(self.bod_net_cash, Unset):
            bod_net_cash = UNSET
        else:
            bod_net_cash = self.bod_net_cash

        closed_positions: list[dict[str, Any]] | None | Unset
        if isinstance(self.closed_positions, Unset):
            closed_positions = UNSET
        elif isinstance(self.closed_positions, list):
            closed_positions = []
            for closed_positions_type_0_item_data in self.closed_positions:
                closed_positions_type_0_item = (
                    closed_positions_type_0_item_data.to_dict()
                )
                closed_positions.append(closed_positions_type_0_item)

        else:
            closed_positions = self.closed_positions

        market_value: Decimal | None | Unset
        if isinstance(self.market_value, Unset):
            market_value = UNSET
        else:
            market_value = self.market_value

        real_time_equity: Decimal | None | Unset
        if isinstance(self.real_time_equity, Unset):
            real_time_equity = UNSET
        else:
            real_time_equity = self.real_time_equity

        real_time_account_balance: Decimal | None | Unset
        if isinstance(self.real_time_account_balance, Unset):
            real_time_account_balance = UNSET
        else:
            real_time_account_balance = self.real_time_account_balance

        real_time_realized_profit_loss: Decimal | None | Unset
        if isinstance(self.real_time_realized_profit_loss, Unset):
            real_time_realized_profit_loss = UNSET
        else:
            real_time_realized_profit_loss = self.real_time_realized_profit_loss

        real_time_unrealized_gains: Decimal | None | Unset
        if isinstance(self.real_time_unrealized_gains, Unset):
            real_time_unrealized_gains = UNSET
        else:
            real_time_unrealized_gains = self.real_time_unrealized_gains

        real_time_unrealized_profit_loss: Decimal | None | Unset
        if isinstance(self.real_time_unrealized_profit_loss, Unset):
            real_time_unrealized_profit_loss = UNSET
        else:
            real_time_unrealized_profit_loss = self.real_time_unrealized_profit_loss

        uncleared_deposit: Decimal | None | Unset
        if isinstance(self.uncleared_deposit, Unset):
            uncleared_deposit = UNSET
        else:
            uncleared_deposit = self.uncleared_deposit

        real_time_buying_power: Decimal | None | Unset
        if isinstance(self.real_time_buying_power, Unset):
            real_time_buying_power = UNSET
        else:
            real_time_buying_power = self.real_time_buying_power

        bod_buying_power: Decimal | None | Unset
        if isinstance(self.bod_buying_power, Unset):
            bod_buying_power = UNSET
        else:
            bod_buying_power = self.bod_buying_power

        rt_buying_power: Decimal | None | Unset
        if isinstance(self.rt_buying_power, Unset):
            rt_buying_power = UNSET
        else:
            rt_buying_power = self.rt_buying_power

        bod_account_balance: Decimal | None | Unset
        if isinstance(self.bod_account_balance, Unset):
            bod_account_balance = UNSET
        else:
            bod_account_balance = self.bod_account_balance

        day_trade_excess: Decimal | None | Unset
        if isinstance(self.day_trade_excess, Unset):
            day_trade_excess = UNSET
        else:
            day_trade_excess = self.day_trade_excess

        bod_day_trading_marginable_equities_buying_power: Decimal | None | Unset
        if isinstance(self.bod_day_trading_marginable_equities_buying_power, Unset):
            bod_day_trading_marginable_equities_buying_power = UNSET
        else:
            bod_day_trading_marginable_equities_buying_power = (
                self.bod_day_trading_marginable_equities_buying_power
            )

        bod_option_buying_power: Decimal | None | Unset
        if isinstance(self.bod_option_buying_power, Unset):
            bod_option_buying_power = UNSET
        else:
            bod_option_buying_power = self.bod_option_buying_power

        bod_option_value: Decimal | None | Unset
        if isinstance(self.bod_option_value, Unset):
            bod_option_value = UNSET
        else:
            bod_option_value = self.bod_option_value

        bod_overnight_buying_power: Decimal | None | Unset
        if isinstance(self.bod_overnight_buying_power, Unset):
            bod_overnight_buying_power = UNSET
        else:
            bod_overnight_buying_power = self.bod_overnight_buying_power

        can_day_trade: bool | None | Unset
        if isinstance(self.can_day_trade, Unset):
            can_day_trade = UNSET
        else:
            can_day_trade = self.can_day_trade

        commission: Decimal | None | Unset
        if isinstance(self.commission, Unset):
            commission = UNSET
        else:
            commission = self.commission

        day_trades: int | None | Unset
        if isinstance(self.day_trades, Unset):
            day_trades = UNSET
        else:
            day_trades = self.day_trades

        day_trading_qualified: bool | None | Unset
        if isinstance(self.day_trading_qualified, Unset):
            day_trading_qualified = UNSET
        else:
            day_trading_qualified = self.day_trading_qualified

        option_approval_level: int | None | Unset
        if isinstance(self.option_approval_level, Unset):
            option_approval_level = UNSET
        else:
            option_approval_level = self.option_approval_level

        pattern_day_trader: bool | None | Unset
        if isinstance(self.pattern_day_trader, Unset):
            pattern_day_trader = UNSET
        else:
            pattern_day_trader = self.pattern_day_trader

        real_time_cost_of_positions: Decimal | None | Unset
        if isinstance(self.real_time_cost_of_positions, Unset):
            real_time_cost_of_positions = UNSET
        else:
            real_time_cost_of_positions = self.real_time_cost_of_positions

        real_time_day_trading_marginable_equities_buying_power: Decimal | None | Unset
        if isinstance(
            self.real_time_day_trading_marginable_equities_buying_power, Unset
        ):
            real_time_day_trading_marginable_equities_buying_power = UNSET
        else:
            real_time_day_trading_marginable_equities_buying_power = (
                self.real_time_day_trading_marginable_equities_buying_power
            )

        real_time_option_buying_power: Decimal | None | Unset
        if isinstance(self.real_time_option_buying_power, Unset):
            real_time_option_buying_power = UNSET
        else:
            real_time_option_buying_power = self.real_time_option_buying_power

        real_time_overnight_buying_power: Decimal | None | Unset
        if isinstance(self.real_time_overnight_buying_power, Unset):
            real_time_overnight_buying_power = UNSET
        else:
            real_time_overnight_buying_power = self.real_time_overnight_buying_power

        real_time_option_value: Decimal | None | Unset
        if isinstance(self.real_time_option_value, Unset):
            real_time_option_value = UNSET
        else:
            real_time_option_value = self.real_time_option_value

        unsettled_fund: Decimal | None | Unset
        if isinstance(self.unsettled_fund, Unset):
            unsettled_fund = UNSET
        else:
            unsettled_fund = self.unsettled_fund

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Type": type_,
                "Key": key,
                "Name": name,
                "Status": status,
                "StatusDescription": status_description,
                "TypeDescription": type_description,
            }
        )
        if field_type_ is not UNSET:
            field_dict["__type"] = field_type_
        if alias is not UNSET:
            field_dict["Alias"] = alias
        if display_name is not UNSET:
            field_dict["DisplayName"] = display_name
        if bod_equity is not UNSET:
            field_dict["BODEquity"] = bod_equity
        if bod_net_cash is not UNSET:
            field_dict["BODNetCash"] = bod_net_cash
        if closed_positions is not UNSET:
            field_dict["ClosedPositions"] = closed_positions
        if market_value is not UNSET:
            field_dict["MarketValue"] = market_value
        if real_time_equity is not UNSET:
            field_dict["RealTimeEquity"] = real_time_equity
        if real_time_account_balance is not UNSET:
            field_dict["RealTimeAccountBalance"] = real_time_account_balance
        if real_time_realized_profit_loss is not UNSET:
            field_dict["RealTimeRealizedProfitLoss"] = real_time_realized_profit_loss
        if real_time_unrealized_gains is not UNSET:
            field_dict["RealTimeUnrealizedGains"] = real_time_unrealized_gains
        if real_time_unrealized_profit_loss is not UNSET:
            field_dict["RealTimeUnrealizedProfitLoss"] = (
                real_time_unrealized_profit_loss
            )
        if uncleared_deposit is not UNSET:
            field_dict["UnclearedDeposit"] = uncleared_deposit
        if real_time_buying_power is not UNSET:
            field_dict["RealTimeBuyingPower"] = real_time_buying_power
        if bod_buying_power is not UNSET:
            field_dict["BODBuyingPower"] = bod_buying_power
        if rt_buying_power is not UNSET:
            field_dict["RTBuyingPower"] = rt_buying_power
        if bod_account_balance is not UNSET:
            field_dict["BODAccountBalance"] = bod_account_balance
        if day_trade_excess is not UNSET:
            field_dict["DayTradeExcess"] = day_trade_excess
        if bod_day_trading_marginable_equities_buying_power is not UNSET:
            field_dict["BODDayTradingMarginableEquitiesBuyingPower"] = (
                bod_day_trading_marginable_equities_buying_power
            )
        if bod_option_buying_power is not UNSET:
            field_dict["BODOptionBuyingPower"] = bod_option_buying_power
        if bod_option_value is not UNSET:
            field_dict["BODOptionValue"] = bod_option_value
        if bod_overnight_buying_power is not UNSET:
            field_dict["BODOvernightBuyingPower"] = bod_overnight_buying_power
        if can_day_trade is not UNSET:
            field_dict["CanDayTrade"] = can_day_trade
        if commission is not UNSET:
            field_dict["Commission"] = commission
        if day_trades is not UNSET:
            field_dict["DayTrades"] = day_trades
        if day_trading_qualified is not UNSET:
            field_dict["DayTradingQualified"] = day_trading_qualified
        if option_approval_level is not UNSET:
            field_dict["OptionApprovalLevel"] = option_approval_level
        if pattern_day_trader is not UNSET:
            field_dict["PatternDayTrader"] = pattern_day_trader
        if real_time_cost_of_positions is not UNSET:
            field_dict["RealTimeCostOfPositions"] = real_time_cost_of_positions
        if real_time_day_trading_marginable_equities_buying_power is not UNSET:
            field_dict["RealTimeDayTradingMarginableEquitiesBuyingPower"] = (
                real_time_day_trading_marginable_equities_buying_power
            )
        if real_time_option_buying_power is not UNSET:
            field_dict["RealTimeOptionBuyingPower"] = real_time_option_buying_power
        if real_time_overnight_buying_power is not UNSET:
            field_dict["RealTimeOvernightBuyingPower"] = (
                real_time_overnight_buying_power
            )
        if real_time_option_value is not UNSET:
            field_dict["RealTimeOptionValue"] = real_time_option_value
        if unsettled_fund is not UNSET:
            field_dict["UnsettledFund"] = unsettled_fund

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.todays_closed_position import TodaysClosedPosition  # noqa: PLC0415

        d = dict(src_dict)
        type_ = EquityAccountBalancesType(d.pop("Type"))

        key = d.pop("Key")

        name = d.pop("Name")

        status = EquityAccountBalancesStatus(d.pop("Status"))

        status_description = d.pop("StatusDescription")

        type_description = d.pop("TypeDescription")

        def _parse_field_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_type_ = _parse_field_type_(d.pop("__type", UNSET))

        def _parse_alias(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alias = _parse_alias(d.pop("Alias", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("DisplayName", UNSET))

        def _parse_bod_equity(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                bod_equity_type_0 = Decimal(str(data))

                return bod_equity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        bod_equity = _parse_bod_equity(d.pop("BODEquity", UNSET))

        def _parse_bod_net_cash(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                bod_net_cash_type_0 = Decimal(str(data))

                return bod_net_cash_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        bod_net_cash = _parse_bod_net_cash(d.pop("BODNetCash", UNSET))

        def _parse_closed_positions(
            data: object,
        ) -> list[TodaysClosedPosition] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                closed_positions_type_0 = []
                _closed_positions_type_0 = data
                for closed_positions_type_0_item_data in _closed_positions_type_0:
                    closed_positions_type_0_item = TodaysClosedPosition.from_dict(
                        closed_positions_type_0_item_data
                    )

                    closed_positions_type_0.append(closed_positions_type_0_item)

                return closed_positions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TodaysClosedPosition] | None | Unset, data)

        closed_positions = _parse_closed_positions(d.pop("ClosedPositions", UNSET))

        def _parse_market_value(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                market_value_type_0 = Decimal(str(data))

                return market_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        market_value = _parse_market_value(d.pop("MarketValue", UNSET))

        def _parse_real_time_equity(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                real_time_equity_type_0 = Decimal(str(data))

                return real_time_equity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        real_time_equity = _parse_real_time_equity(d.pop("RealTimeEquity", UNSET))

        def _parse_real_time_account_balance(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                real_time_account_balance_type_0 = Decimal(str(data))

                return real_time_account_balance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        real_time_account_balance = _parse_real_time_account_balance(
            d.pop("RealTimeAccountBalance", UNSET)
        )

        def _parse_real_time_realized_profit_loss(
            data: object,
        ) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                real_time_realized_profit_loss_type_0 = Decimal(str(data))

                return real_time_realized_profit_loss_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        real_time_realized_profit_loss = _parse_real_time_realized_profit_loss(
            d.pop("RealTimeRealizedProfitLoss", UNSET)
        )

        def _parse_real_time_unrealized_gains(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                real_time_unrealized_gains_type_0 = Decimal(str(data))

                return real_time_unrealized_gains_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        real_time_unrealized_gains = _parse_real_time_unrealized_gains(
            d.pop("RealTimeUnrealizedGains", UNSET)
        )

        def _parse_real_time_unrealized_profit_loss(
            data: object,
        ) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                real_time_unrealized_profit_loss_type_0 = Decimal(str(data))

                return real_time_unrealized_profit_loss_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        real_time_unrealized_profit_loss = _parse_real_time_unrealized_profit_loss(
            d.pop("RealTimeUnrealizedProfitLoss", UNSET)
        )

        def _parse_uncleared_deposit(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                uncleared_deposit_type_0 = Decimal(str(data))

                return uncleared_deposit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        uncleared_deposit = _parse_uncleared_deposit(d.pop("UnclearedDeposit", UNSET))

        def _parse_real_time_buying_power(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                real_time_buying_power_type_0 = Decimal(str(data))

                return real_time_buying_power_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        real_time_buying_power = _parse_real_time_buying_power(
            d.pop("RealTimeBuyingPower", UNSET)
        )

        def _parse_bod_buying_power(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                bod_buying_power_type_0 = Decimal(str(data))

                return bod_buying_power_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        bod_buying_power = _parse_bod_buying_power(d.pop("BODBuyingPower", UNSET))

        def _parse_rt_buying_power(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                rt_buying_power_type_0 = Decimal(str(data))

                return rt_buying_power_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        rt_buying_power = _parse_rt_buying_power(d.pop("RTBuyingPower", UNSET))

        def _parse_bod_account_balance(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                bod_account_balance_type_0 = Decimal(str(data))

                return bod_account_balance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        bod_account_balance = _parse_bod_account_balance(
            d.pop("BODAccountBalance", UNSET)
        )

        def _parse_day_trade_excess(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                day_trade_excess_type_0 = Decimal(str(data))

                return day_trade_excess_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        day_trade_excess = _parse_day_trade_excess(d.pop("DayTradeExcess", UNSET))

        def _parse_bod_day_trading_marginable_equities_buying_power(
            data: object,
        ) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                bod_day_trading_marginable_equities_buying_power_type_0 = Decimal(
                    str(data)
                )

                return bod_day_trading_marginable_equities_buying_power_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        bod_day_trading_marginable_equities_buying_power = (
            _parse_bod_day_trading_marginable_equities_buying_power(
                d.pop("BODDayTradingMarginableEquitiesBuyingPower", UNSET)
            )
        )

        def _parse_bod_option_buying_power(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                bod_option_buying_power_type_0 = Decimal(str(data))

                return bod_option_buying_power_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        bod_option_buying_power = _parse_bod_option_buying_power(
            d.pop("BODOptionBuyingPower", UNSET)
        )

        def _parse_bod_option_value(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                bod_option_value_type_0 = Decimal(str(data))

                return bod_option_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        bod_option_value = _parse_bod_option_value(d.pop("BODOptionValue", UNSET))

        def _parse_bod_overnight_buying_power(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                bod_overnight_buying_power_type_0 = Decimal(str(data))

                return bod_overnight_buying_power_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        bod_overnight_buying_power = _parse_bod_overnight_buying_power(
            d.pop("BODOvernightBuyingPower", UNSET)
        )

        def _parse_can_day_trade(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        can_day_trade = _parse_can_day_trade(d.pop("CanDayTrade", UNSET))

        def _parse_commission(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                commission_type_0 = Decimal(str(data))

                return commission_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        commission = _parse_commission(d.pop("Commission", UNSET))

        def _parse_day_trades(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        day_trades = _parse_day_trades(d.pop("DayTrades", UNSET))

        def _parse_day_trading_qualified(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        day_trading_qualified = _parse_day_trading_qualified(
            d.pop("DayTradingQualified", UNSET)
        )

        def _parse_option_approval_level(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        option_approval_level = _parse_option_approval_level(
            d.pop("OptionApprovalLevel", UNSET)
        )

        def _parse_pattern_day_trader(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        pattern_day_trader = _parse_pattern_day_trader(d.pop("PatternDayTrader", UNSET))

        def _parse_real_time_cost_of_positions(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                real_time_cost_of_positions_type_0 = Decimal(str(data))

                return real_time_cost_of_positions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        real_time_cost_of_positions = _parse_real_time_cost_of_positions(
            d.pop("RealTimeCostOfPositions", UNSET)
        )

        def _parse_real_time_day_trading_marginable_equities_buying_power(
            data: object,
        ) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                real_time_day_trading_marginable_equities_buying_power_type_0 = Decimal(
                    str(data)
                )

                return real_time_day_trading_marginable_equities_buying_power_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        real_time_day_trading_marginable_equities_buying_power = (
            _parse_real_time_day_trading_marginable_equities_buying_power(
                d.pop("RealTimeDayTradingMarginableEquitiesBuyingPower", UNSET)
            )
        )

        def _parse_real_time_option_buying_power(
            data: object,
        ) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                real_time_option_buying_power_type_0 = Decimal(str(data))

                return real_time_option_buying_power_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        real_time_option_buying_power = _parse_real_time_option_buying_power(
            d.pop("RealTimeOptionBuyingPower", UNSET)
        )

        def _parse_real_time_overnight_buying_power(
            data: object,
        ) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                real_time_overnight_buying_power_type_0 = Decimal(str(data))

                return real_time_overnight_buying_power_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        real_time_overnight_buying_power = _parse_real_time_overnight_buying_power(
            d.pop("RealTimeOvernightBuyingPower", UNSET)
        )

        def _parse_real_time_option_value(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                real_time_option_value_type_0 = Decimal(str(data))

                return real_time_option_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        real_time_option_value = _parse_real_time_option_value(
            d.pop("RealTimeOptionValue", UNSET)
        )

        def _parse_unsettled_fund(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                unsettled_fund_type_0 = Decimal(str(data))

                return unsettled_fund_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        unsettled_fund = _parse_unsettled_fund(d.pop("UnsettledFund", UNSET))

        equity_account_balances = cls(
            type_=type_,
            key=key,
            name=name,
            status=status,
            status_description=status_description,
            type_description=type_description,
            field_type_=field_type_,
            alias=alias,
            display_name=display_name,
            bod_equity=bod_equity,
            bod_net_cash=bod_net_cash,
            closed_positions=closed_positions,
            market_value=market_value,
            real_time_equity=real_time_equity,
            real_time_account_balance=real_time_account_balance,
            real_time_realized_profit_loss=real_time_realized_profit_loss,
            real_time_unrealized_gains=real_time_unrealized_gains,
            real_time_unrealized_profit_loss=real_time_unrealized_profit_loss,
            uncleared_deposit=uncleared_deposit,
            real_time_buying_power=real_time_buying_power,
            bod_buying_power=bod_buying_power,
            rt_buying_power=rt_buying_power,
            bod_account_balance=bod_account_balance,
            day_trade_excess=day_trade_excess,
            bod_day_trading_marginable_equities_buying_power=bod_day_trading_marginable_equities_buying_power,
            bod_option_buying_power=bod_option_buying_power,
            bod_option_value=bod_option_value,
            bod_overnight_buying_power=bod_overnight_buying_power,
            can_day_trade=can_day_trade,
            commission=commission,
            day_trades=day_trades,
            day_trading_qualified=day_trading_qualified,
            option_approval_level=option_approval_level,
            pattern_day_trader=pattern_day_trader,
            real_time_cost_of_positions=real_time_cost_of_positions,
            real_time_day_trading_marginable_equities_buying_power=real_time_day_trading_marginable_equities_buying_power,
            real_time_option_buying_power=real_time_option_buying_power,
            real_time_overnight_buying_power=real_time_overnight_buying_power,
            real_time_option_value=real_time_option_value,
            unsettled_fund=unsettled_fund,
        )

        equity_account_balances.additional_properties = d
        return equity_account_balances

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
