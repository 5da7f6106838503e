from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealTimeBuyingPower")


@_attrs_define
class RealTimeBuyingPower:
    """Real-time buying power figures of a Japanese account, as renamed on 2015-03-09. Every field may be absent or null (a
    2014 sample sends {}).

        Attributes:
            asset_value (Decimal | None | Unset): Value of assets. In the newest sample, not on the Buying Power page.
            buy_order_value (Decimal | None | Unset): Value of buy orders.
            cash_available_for_withdrawal_t_plus_1 (Decimal | None | Unset): Cash that can be withdrawn on T+1.
            cash_available_for_withdrawal_t_plus_2 (Decimal | None | Unset): Cash that can be withdrawn on T+2.
            cash_available_for_withdrawal_t_plus_3 (Decimal | None | Unset): Cash that can be withdrawn on T+3.
            cash_balance (Decimal | None | Unset): Cash balance.
            cash_buying_power (Decimal | None | Unset): Buying power from cash.
            cash_unrealized_profit_loss (Decimal | None | Unset): Unrealized profit or loss of cash positions.
            closed_margin_position_cost (Decimal | None | Unset): Cost of margin positions closed.
            commission (Decimal | None | Unset): Commissions.
            long_closing_order_value (Decimal | None | Unset): Value of orders closing long positions.
            long_order_value (Decimal | None | Unset): Value of long orders.
            margin_buying_power (Decimal | None | Unset): Buying power on margin.
            margin_cash_requirement (Decimal | None | Unset): Cash required for margin.
            margin_excess (Decimal | None | Unset): Margin excess.
            margin_expense (Decimal | None | Unset): Margin expense.
            margin_maintenance_ratio (Decimal | None | Unset): Margin maintenance ratio.
            margin_position_opening_cost (Decimal | None | Unset): Cost of opening margin positions.
            margin_requirement (Decimal | None | Unset): Margin requirement.
            margin_unrealized_profit_loss (Decimal | None | Unset): Unrealized profit or loss of margin positions.
            mutual_fund_collateral (Decimal | None | Unset): Mutual funds pledged as collateral. In the newest sample, not
                on the Buying Power page.
            realized_loss (Decimal | None | Unset): Realized loss.
            realized_profit (Decimal | None | Unset): Realized profit.
            realized_profit_loss (Decimal | None | Unset): Realized profit or loss.
            sell_order_value (Decimal | None | Unset): Value of sell orders.
            short_closing_order_value (Decimal | None | Unset): Value of orders closing short positions.
            short_order_value (Decimal | None | Unset): Value of short orders.
            stock_collateral (Decimal | None | Unset): Stock pledged as collateral.
            stock_value (Decimal | None | Unset): Value of stock positions.
            tax_restraint (Decimal | None | Unset): Amount held back for tax.
            total_collateral (Decimal | None | Unset): Total collateral.
            cash_unrealized_pl (Decimal | None | Unset): Name of CashUnrealizedProfitLoss until 2015-03-09.
            margin_unrealized_pl (Decimal | None | Unset): Name of MarginUnrealizedProfitLoss until 2015-03-09.
            realized_pl (Decimal | None | Unset): Name of RealizedProfitLoss until 2015-03-09.
            realized_gain (Decimal | None | Unset): Listed on the Buying Power page until 2015-03-09, when RealizedProfit
                took its place.
            margin_unrealized_proft_loss (Decimal | None | Unset): Misspelling of MarginUnrealizedProfitLoss in the newest
                balances sample (the object page spells it right). Declared only so that the sample parses; do not rely on it.
    """

    asset_value: Decimal | None | Unset = UNSET
    buy_order_value: Decimal | None | Unset = UNSET
    cash_available_for_withdrawal_t_plus_1: Decimal | None | Unset = UNSET
    cash_available_for_withdrawal_t_plus_2: Decimal | None | Unset = UNSET
    cash_available_for_withdrawal_t_plus_3: Decimal | None | Unset = UNSET
    cash_balance: Decimal | None | Unset = UNSET
    cash_buying_power: Decimal | None | Unset = UNSET
    cash_unrealized_profit_loss: Decimal | None | Unset = UNSET
    closed_margin_position_cost: Decimal | None | Unset = UNSET
    commission: Decimal | None | Unset = UNSET
    long_closing_order_value: Decimal | None | Unset = UNSET
    long_order_value: Decimal | None | Unset = UNSET
    margin_buying_power: Decimal | None | Unset = UNSET
    margin_cash_requirement: Decimal | None | Unset = UNSET
    margin_excess: Decimal | None | Unset = UNSET
    margin_expense: Decimal | None | Unset = UNSET
    margin_maintenance_ratio: Decimal | None | Unset = UNSET
    margin_position_opening_cost: Decimal | None | Unset = UNSET
    margin_requirement: Decimal | None | Unset = UNSET
    margin_unrealized_profit_loss: Decimal | None | Unset = UNSET
    mutual_fund_collateral: Decimal | None | Unset = UNSET
    realized_loss: Decimal | None | Unset = UNSET
    realized_profit: Decimal | None | Unset = UNSET
    realized_profit_loss: Decimal | None | Unset = UNSET
    sell_order_value: Decimal | None | Unset = UNSET
    short_closing_order_value: Decimal | None | Unset = UNSET
    short_order_value: Decimal | None | Unset = UNSET
    stock_collateral: Decimal | None | Unset = UNSET
    stock_value: Decimal | None | Unset = UNSET
    tax_restraint: Decimal | None | Unset = UNSET
    total_collateral: Decimal | None | Unset = UNSET
    cash_unrealized_pl: Decimal | None | Unset = UNSET
    margin_unrealized_pl: Decimal | None | Unset = UNSET
    realized_pl: Decimal | None | Unset = UNSET
    realized_gain: Decimal | None | Unset = UNSET
    margin_unrealized_proft_loss: Decimal | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        asset_value: Decimal | None | Unset
        if isinstance(self.asset_value, Unset):
            asset_value = UNSET
        else:
            asset_value = self.asset_value

        buy_order_value: Decimal | None | Unset
        if isinstance(self.buy_order_value, Unset):
            buy_order_value = UNSET
        else:
            buy_order_value = self.buy_order_value

        cash_available_for_withdrawal_t_plus_1: Decimal | None | Unset
        if isinstance(self.cash_available_for_withdrawal_t_plus_1, Unset):
            cash_available_for_withdrawal_t_plus_1 = UNSET
        else:
            cash_available_for_withdrawal_t_plus_1 = (
                self.cash_available_for_withdrawal_t_plus_1
            )

        cash_available_for_withdrawal_t_plus_2: Decimal | None | Unset
        if isinstance(self.cash_available_for_withdrawal_t_plus_2, Unset):
            cash_available_for_withdrawal_t_plus_2 = UNSET
        else:
            cash_available_for_withdrawal_t_plus_2 = (
                self.cash_available_for_withdrawal_t_plus_2
            )

        cash_available_for_withdrawal_t_plus_3: Decimal | None | Unset
        if isinstance(self.cash_available_for_withdrawal_t_plus_3, Unset):
            cash_available_for_withdrawal_t_plus_3 = UNSET
        else:
            cash_available_for_withdrawal_t_plus_3 = (
                self.cash_available_for_withdrawal_t_plus_3
            )

        cash_balance: Decimal | None | Unset
        if isinstance(self.cash_balance, Unset):
            cash_balance = UNSET
        else:
            cash_balance = self.cash_balance

        cash_buying_power: Decimal | None | Unset
        if isinstance(self.cash_buying_power, Unset):
            cash_buying_power = UNSET
        else:
            cash_buying_power = self.cash_buying_power

        cash_unrealized_profit_loss: Decimal | None | Unset
        if isinstance(self.cash_unrealized_profit_loss, Unset):
            cash_unrealized_profit_loss = UNSET
        else:
            cash_unrealized_profit_loss = self.cash_unrealized_profit_loss

        closed_margin_position_cost: Decimal | None | Unset
        if isinstance(self.closed_margin_position_cost, Unset):
            closed_margin_position_cost = UNSET
        else:
            closed_margin_position_cost = self.closed_margin_position_cost

        commission: Decimal | None | Unset
        if isinstance(self.commission, Unset):
            commission = UNSET
        else:
            commission = self.commission

        long_closing_order_value: Decimal | None | Unset
        if isinstance(self.long_closing_order_value, Unset):
            long_closing_order_value = UNSET
        else:
            long_closing_order_value = self.long_closing_order_value

        long_order_value: Decimal | None | Unset
        if isinstance(self.long_order_value, Unset):
            long_order_value = UNSET
        else:
            long_order_value = self.long_order_value

        margin_buying_power: Decimal | None | Unset
        if isinstance(self.margin_buying_power, Unset):
            margin_buying_power = UNSET
        else:
            margin_buying_power = self.margin_buying_power

        margin_cash_requirement: Decimal | None | Unset
        if isinstance(self.margin_cash_requirement, Unset):
            margin_cash_requirement = UNSET
        else:
            margin_cash_requirement = self.margin_cash_requirement

        margin_excess: Decimal | None | Unset
        if isinstance(self.margin_excess, Unset):
            margin_excess = UNSET
        else:
            margin_excess = self.margin_excess

        margin_expense: Decimal | None | Unset
        if isinstance(self.margin_expense, Unset):
            margin_expense = UNSET
        else:
            margin_expense = self.margin_expense

        margin_maintenance_ratio: Decimal | None | Unset
        if isinstance(self.margin_maintenance_ratio, Unset):
            margin_maintenance_ratio = UNSET
        else:
            margin_maintenance_ratio = self.margin_maintenance_ratio

        margin_position_opening_cost: Decimal | None | Unset
        if isinstance(self.margin_position_opening_cost, Unset):
            margin_position_opening_cost = UNSET
        else:
            margin_position_opening_cost = self.margin_position_opening_cost

        margin_requirement: Decimal | None | Unset
        if isinstance(self.margin_requirement, Unset):
            margin_requirement = UNSET
        else:
            margin_requirement = self.margin_requirement

        margin_unrealized_profit_loss: Decimal | None | Unset
        if isinstance(self.margin_unrealized_profit_loss, Unset):
            margin_unrealized_profit_loss = UNSET
        else:
            margin_unrealized_profit_loss = self.margin_unrealized_profit_loss

        mutual_fund_collateral: Decimal | None | Unset
        if isinstance(self.mutual_fund_collateral, Unset):
            mutual_fund_collateral = UNSET
        else:
            mutual_fund_collateral = self.mutual_fund_collateral

        realized_loss: Decimal | None | Unset
        if isinstance(self.realized_loss, Unset):
            realized_loss = UNSET
        else:
            realized_loss = self.realized_loss

        realized_profit: Decimal | None | Unset
        if isinstance(self.realized_profit, Unset):
            realized_profit = UNSET
        else:
            realized_profit = self.realized_profit

        realized_profit_loss: Decimal | None | Unset
        if isinstance(self.realized_profit_loss, Unset):
            realized_profit_loss = UNSET
        else:
            realized_profit_loss = self.realized_profit_loss

        sell_order_value: Decimal | None | Unset
        if isinstance(self.sell_order_value, Unset):
            sell_order_value = UNSET
        else:
            sell_order_value = self.sell_order_value

        short_closing_order_value: Decimal | None | Unset
        if isinstance(self.short_closing_order_value, Unset):
            short_closing_order_value = UNSET
        else:
            short_closing_order_value = self.short_closing_order_value

        short_order_value: Decimal | None | Unset
        if isinstance(self.short_order_value, Unset):
            short_order_value = UNSET
        else:
            short_order_value = self.short_order_value

        stock_collateral: Decimal | None | Unset
        if isinstance(self.stock_collateral, Unset):
            stock_collateral = UNSET
        else:
            stock_collateral = self.stock_collateral

        stock_value: Decimal | None | Unset
        if isinstance(self.stock_value, Unset):
            stock_value = UNSET
        else:
            stock_value = self.stock_value

        tax_restraint: Decimal | None | Unset
        if isinstance(self.tax_restraint, Unset):
            tax_restraint = UNSET
        else:
            tax_restraint = self.tax_restraint

        total_collateral: Decimal | None | Unset
        if isinstance(self.total_collateral, Unset):
            total_collateral = UNSET
        else:
            total_collateral = self.total_collateral

        cash_unrealized_pl: Decimal | None | Unset
        if isinstance(self.cash_unrealized_pl, Unset):
            cash_unrealized_pl = UNSET
        else:
            cash_unrealized_pl = self.cash_unrealized_pl

        margin_unrealized_pl: Decimal | None | Unset
        if isinstance(self.margin_unrealized_pl, Unset):
            margin_unrealized_pl = UNSET
        else:
            margin_unrealized_pl = self.margin_unrealized_pl

        realized_pl: Decimal | None | Unset
        if isinstance(self.realized_pl, Unset):
            realized_pl = UNSET
        else:
            realized_pl = self.realized_pl

        realized_gain: Decimal | None | Unset
        if isinstance(self.realized_gain, Unset):
            realized_gain = UNSET
        else:
            realized_gain = self.realized_gain

        margin_unrealized_proft_loss: Decimal | None | Unset
        if isinstance(self.margin_unrealized_proft_loss, Unset):
            margin_unrealized_proft_loss = UNSET
        else:
            margin_unrealized_proft_loss = self.margin_unrealized_proft_loss

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if asset_value is not UNSET:
            field_dict["AssetValue"] = asset_value
        if buy_order_value is not UNSET:
            field_dict["BuyOrderValue"] = buy_order_value
        if cash_available_for_withdrawal_t_plus_1 is not UNSET:
            field_dict["CashAvailableForWithdrawalTPlus1"] = (
                cash_available_for_withdrawal_t_plus_1
            )
        if cash_available_for_withdrawal_t_plus_2 is not UNSET:
            field_dict["CashAvailableForWithdrawalTPlus2"] = (
                cash_available_for_withdrawal_t_plus_2
            )
        if cash_available_for_withdrawal_t_plus_3 is not UNSET:
            field_dict["CashAvailableForWithdrawalTPlus3"] = (
                cash_available_for_withdrawal_t_plus_3
            )
        if cash_balance is not UNSET:
            field_dict["CashBalance"] = cash_balance
        if cash_buying_power is not UNSET:
            field_dict["CashBuyingPower"] = cash_buying_power
        if cash_unrealized_profit_loss is not UNSET:
            field_dict["CashUnrealizedProfitLoss"] = cash_unrealized_profit_loss
        if closed_margin_position_cost is not UNSET:
            field_dict["ClosedMarginPositionCost"] = closed_margin_position_cost
        if commission is not UNSET:
            field_dict["Commission"] = commission
        if long_closing_order_value is not UNSET:
            field_dict["LongClosingOrderValue"] = long_closing_order_value
        if long_order_value is not UNSET:
            field_dict["LongOrderValue"] = long_order_value
        if margin_buying_power is not UNSET:
            field_dict["MarginBuyingPower"] = margin_buying_power
        if margin_cash_requirement is not UNSET:
            field_dict["MarginCashRequirement"] = margin_cash_requirement
        if margin_excess is not UNSET:
            field_dict["MarginExcess"] = margin_excess
        if margin_expense is not UNSET:
            field_dict["MarginExpense"] = margin_expense
        if margin_maintenance_ratio is not UNSET:
            field_dict["MarginMaintenanceRatio"] = margin_maintenance_ratio
        if margin_position_opening_cost is not UNSET:
            field_dict["MarginPositionOpeningCost"] = margin_position_opening_cost
        if margin_requirement is not UNSET:
            field_dict["MarginRequirement"] = margin_requirement
        if margin_unrealized_profit_loss is not UNSET:
            field_dict["MarginUnrealizedProfitLoss"] = margin_unrealized_profit_loss
        if mutual_fund_collateral is not UNSET:
            field_dict["MutualFundCollateral"] = mutual_fund_collateral
        if realized_loss is not UNSET:
            field_dict["RealizedLoss"] = realized_loss
        if realized_profit is not UNSET:
            field_dict["RealizedProfit"] = realized_profit
        if realized_profit_loss is not UNSET:
            field_dict["RealizedProfitLoss"] = realized_profit_loss
        if sell_order_value is not UNSET:
            field_dict["SellOrderValue"] = sell_order_value
        if short_closing_order_value is not UNSET:
            field_dict["ShortClosingOrderValue"] = short_closing_order_value
        if short_order_value is not UNSET:
            field_dict["ShortOrderValue"] = short_order_value
        if stock_collateral is not UNSET:
            field_dict["StockCollateral"] = stock_collateral
        if stock_value is not UNSET:
            field_dict["StockValue"] = stock_value
        if tax_restraint is not UNSET:
            field_dict["TaxRestraint"] = tax_restraint
        if total_collateral is not UNSET:
            field_dict["TotalCollateral"] = total_collateral
        if cash_unrealized_pl is not UNSET:
            field_dict["CashUnrealizedPL"] = cash_unrealized_pl
        if margin_unrealized_pl is not UNSET:
            field_dict["MarginUnrealizedPL"] = margin_unrealized_pl
        if realized_pl is not UNSET:
            field_dict["RealizedPL"] = realized_pl
        if realized_gain is not UNSET:
            field_dict["RealizedGain"] = realized_gain
        if margin_unrealized_proft_loss is not UNSET:
            field_dict["MarginUnrealizedProftLoss"] = margin_unrealized_proft_loss

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_asset_value(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                asset_value_type_0 = Decimal(str(data))

                return asset_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        asset_value = _parse_asset_value(d.pop("AssetValue", UNSET))

        def _parse_buy_order_value(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                buy_order_value_type_0 = Decimal(str(data))

                return buy_order_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        buy_order_value = _parse_buy_order_value(d.pop("BuyOrderValue", UNSET))

        def _parse_cash_available_for_withdrawal_t_plus_1(
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
                cash_available_for_withdrawal_t_plus_1_type_0 = Decimal(str(data))

                return cash_available_for_withdrawal_t_plus_1_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        cash_available_for_withdrawal_t_plus_1 = (
            _parse_cash_available_for_withdrawal_t_plus_1(
                d.pop("CashAvailableForWithdrawalTPlus1", UNSET)
            )
        )

        def _parse_cash_available_for_withdrawal_t_plus_2(
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
                cash_available_for_withdrawal_t_plus_2_type_0 = Decimal(str(data))

                return cash_available_for_withdrawal_t_plus_2_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        cash_available_for_withdrawal_t_plus_2 = (
            _parse_cash_available_for_withdrawal_t_plus_2(
                d.pop("CashAvailableForWithdrawalTPlus2", UNSET)
            )
        )

        def _parse_cash_available_for_withdrawal_t_plus_3(
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
                cash_available_for_withdrawal_t_plus_3_type_0 = Decimal(str(data))

                return cash_available_for_withdrawal_t_plus_3_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        cash_available_for_withdrawal_t_plus_3 = (
            _parse_cash_available_for_withdrawal_t_plus_3(
                d.pop("CashAvailableForWithdrawalTPlus3", UNSET)
            )
        )

        def _parse_cash_balance(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                cash_balance_type_0 = Decimal(str(data))

                return cash_balance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        cash_balance = _parse_cash_balance(d.pop("CashBalance", UNSET))

        def _parse_cash_buying_power(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                cash_buying_power_type_0 = Decimal(str(data))

                return cash_buying_power_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        cash_buying_power = _parse_cash_buying_power(d.pop("CashBuyingPower", UNSET))

        def _parse_cash_unrealized_profit_loss(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                cash_unrealized_profit_loss_type_0 = Decimal(str(data))

                return cash_unrealized_profit_loss_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        cash_unrealized_profit_loss = _parse_cash_unrealized_profit_loss(
            d.pop("CashUnrealizedProfitLoss", UNSET)
        )

        def _parse_closed_margin_position_cost(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                closed_margin_position_cost_type_0 = Decimal(str(data))

                return closed_margin_position_cost_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        closed_margin_position_cost = _parse_closed_margin_position_cost(
            d.pop("ClosedMarginPositionCost", UNSET)
        )

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

        def _parse_long_closing_order_value(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                long_closing_order_value_type_0 = Decimal(str(data))

                return long_closing_order_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        long_closing_order_value = _parse_long_closing_order_value(
            d.pop("LongClosingOrderValue", UNSET)
        )

        def _parse_long_order_value(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                long_order_value_type_0 = Decimal(str(data))

                return long_order_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        long_order_value = _parse_long_order_value(d.pop("LongOrderValue", UNSET))

        def _parse_margin_buying_power(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                margin_buying_power_type_0 = Decimal(str(data))

                return margin_buying_power_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        margin_buying_power = _parse_margin_buying_power(
            d.pop("MarginBuyingPower", UNSET)
        )

        def _parse_margin_cash_requirement(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                margin_cash_requirement_type_0 = Decimal(str(data))

                return margin_cash_requirement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        margin_cash_requirement = _parse_margin_cash_requirement(
            d.pop("MarginCashRequirement", UNSET)
        )

        def _parse_margin_excess(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                margin_excess_type_0 = Decimal(str(data))

                return margin_excess_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        margin_excess = _parse_margin_excess(d.pop("MarginExcess", UNSET))

        def _parse_margin_expense(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                margin_expense_type_0 = Decimal(str(data))

                return margin_expense_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        margin_expense = _parse_margin_expense(d.pop("MarginExpense", UNSET))

        def _parse_margin_maintenance_ratio(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                margin_maintenance_ratio_type_0 = Decimal(str(data))

                return margin_maintenance_ratio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        margin_maintenance_ratio = _parse_margin_maintenance_ratio(
            d.pop("MarginMaintenanceRatio", UNSET)
        )

        def _parse_margin_position_opening_cost(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                margin_position_opening_cost_type_0 = Decimal(str(data))

                return margin_position_opening_cost_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        margin_position_opening_cost = _parse_margin_position_opening_cost(
            d.pop("MarginPositionOpeningCost", UNSET)
        )

        def _parse_margin_requirement(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                margin_requirement_type_0 = Decimal(str(data))

                return margin_requirement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        margin_requirement = _parse_margin_requirement(
            d.pop("MarginRequirement", UNSET)
        )

        def _parse_margin_unrealized_profit_loss(
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
                margin_unrealized_profit_loss_type_0 = Decimal(str(data))

                return margin_unrealized_profit_loss_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        margin_unrealized_profit_loss = _parse_margin_unrealized_profit_loss(
            d.pop("MarginUnrealizedProfitLoss", UNSET)
        )

        def _parse_mutual_fund_collateral(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                mutual_fund_collateral_type_0 = Decimal(str(data))

                return mutual_fund_collateral_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        mutual_fund_collateral = _parse_mutual_fund_collateral(
            d.pop("MutualFundCollateral", UNSET)
        )

        def _parse_realized_loss(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                realized_loss_type_0 = Decimal(str(data))

                return realized_loss_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        realized_loss = _parse_realized_loss(d.pop("RealizedLoss", UNSET))

        def _parse_realized_profit(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                realized_profit_type_0 = Decimal(str(data))

                return realized_profit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        realized_profit = _parse_realized_profit(d.pop("RealizedProfit", UNSET))

        def _parse_realized_profit_loss(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                realized_profit_loss_type_0 = Decimal(str(data))

                return realized_profit_loss_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        realized_profit_loss = _parse_realized_profit_loss(
            d.pop("RealizedProfitLoss", UNSET)
        )

        def _parse_sell_order_value(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                sell_order_value_type_0 = Decimal(str(data))

                return sell_order_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        sell_order_value = _parse_sell_order_value(d.pop("SellOrderValue", UNSET))

        def _parse_short_closing_order_value(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                short_closing_order_value_type_0 = Decimal(str(data))

                return short_closing_order_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        short_closing_order_value = _parse_short_closing_order_value(
            d.pop("ShortClosingOrderValue", UNSET)
        )

        def _parse_short_order_value(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                short_order_value_type_0 = Decimal(str(data))

                return short_order_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        short_order_value = _parse_short_order_value(d.pop("ShortOrderValue", UNSET))

        def _parse_stock_collateral(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                stock_collateral_type_0 = Decimal(str(data))

                return stock_collateral_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        stock_collateral = _parse_stock_collateral(d.pop("StockCollateral", UNSET))

        def _parse_stock_value(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                stock_value_type_0 = Decimal(str(data))

                return stock_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        stock_value = _parse_stock_value(d.pop("StockValue", UNSET))

        def _parse_tax_restraint(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                tax_restraint_type_0 = Decimal(str(data))

                return tax_restraint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        tax_restraint = _parse_tax_restraint(d.pop("TaxRestraint", UNSET))

        def _parse_total_collateral(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                total_collateral_type_0 = Decimal(str(data))

                return total_collateral_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        total_collateral = _parse_total_collateral(d.pop("TotalCollateral", UNSET))

        def _parse_cash_unrealized_pl(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                cash_unrealized_pl_type_0 = Decimal(str(data))

                return cash_unrealized_pl_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        cash_unrealized_pl = _parse_cash_unrealized_pl(d.pop("CashUnrealizedPL", UNSET))

        def _parse_margin_unrealized_pl(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                margin_unrealized_pl_type_0 = Decimal(str(data))

                return margin_unrealized_pl_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        margin_unrealized_pl = _parse_margin_unrealized_pl(
            d.pop("MarginUnrealizedPL", UNSET)
        )

        def _parse_realized_pl(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                realized_pl_type_0 = Decimal(str(data))

                return realized_pl_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        realized_pl = _parse_realized_pl(d.pop("RealizedPL", UNSET))

        def _parse_realized_gain(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                realized_gain_type_0 = Decimal(str(data))

                return realized_gain_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        realized_gain = _parse_realized_gain(d.pop("RealizedGain", UNSET))

        def _parse_margin_unrealized_proft_loss(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                margin_unrealized_proft_loss_type_0 = Decimal(str(data))

                return margin_unrealized_proft_loss_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        margin_unrealized_proft_loss = _parse_margin_unrealized_proft_loss(
            d.pop("MarginUnrealizedProftLoss", UNSET)
        )

        real_time_buying_power = cls(
            asset_value=asset_value,
            buy_order_value=buy_order_value,
            cash_available_for_withdrawal_t_plus_1=cash_available_for_withdrawal_t_plus_1,
            cash_available_for_withdrawal_t_plus_2=cash_available_for_withdrawal_t_plus_2,
            cash_available_for_withdrawal_t_plus_3=cash_available_for_withdrawal_t_plus_3,
            cash_balance=cash_balance,
            cash_buying_power=cash_buying_power,
            cash_unrealized_profit_loss=cash_unrealized_profit_loss,
            closed_margin_position_cost=closed_margin_position_cost,
            commission=commission,
            long_closing_order_value=long_closing_order_value,
            long_order_value=long_order_value,
            margin_buying_power=margin_buying_power,
            margin_cash_requirement=margin_cash_requirement,
            margin_excess=margin_excess,
            margin_expense=margin_expense,
            margin_maintenance_ratio=margin_maintenance_ratio,
            margin_position_opening_cost=margin_position_opening_cost,
            margin_requirement=margin_requirement,
            margin_unrealized_profit_loss=margin_unrealized_profit_loss,
            mutual_fund_collateral=mutual_fund_collateral,
            realized_loss=realized_loss,
            realized_profit=realized_profit,
            realized_profit_loss=realized_profit_loss,
            sell_order_value=sell_order_value,
            short_closing_order_value=short_closing_order_value,
            short_order_value=short_order_value,
            stock_collateral=stock_collateral,
            stock_value=stock_value,
            tax_restraint=tax_restraint,
            total_collateral=total_collateral,
            cash_unrealized_pl=cash_unrealized_pl,
            margin_unrealized_pl=margin_unrealized_pl,
            realized_pl=realized_pl,
            realized_gain=realized_gain,
            margin_unrealized_proft_loss=margin_unrealized_proft_loss,
        )

        return real_time_buying_power
