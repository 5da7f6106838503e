from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BodBuyingPower")


@_attrs_define
class BodBuyingPower:
    """Start-of-day buying power figures of a Japanese account, as renamed on 2015-03-09. Every field may be absent or
    null.

        Attributes:
            asset_value (Decimal | None | Unset): Value of assets.
            cash_balance (Decimal | None | Unset): Cash balance at the start of the day.
            cash_buying_power (Decimal | None | Unset): Buying power from cash.
            cash_unrealized_profit_loss (Decimal | None | Unset): Unrealized profit or loss of cash positions.
            margin_buying_power (Decimal | None | Unset): Buying power on margin.
            margin_maintenance_ratio (Decimal | None | Unset): Margin maintenance ratio.
            margin_unrealized_profit_loss (Decimal | None | Unset): Unrealized profit or loss of margin positions.
            stock_value (Decimal | None | Unset): Value of stock positions.
            cash_unrealized_pl (Decimal | None | Unset): Name of CashUnrealizedProfitLoss until 2015-03-09.
            margin_unrealized_pl (Decimal | None | Unset): Name of MarginUnrealizedProfitLoss until 2015-03-09.
            margin_unrealized_proft_loss (Decimal | None | Unset): Misspelling of MarginUnrealizedProfitLoss in the newest
                balances sample (the object page spells it right). Declared only so that the sample parses; do not rely on it.
    """

    asset_value: Decimal | None | Unset = UNSET
    cash_balance: Decimal | None | Unset = UNSET
    cash_buying_power: Decimal | None | Unset = UNSET
    cash_unrealized_profit_loss: Decimal | None | Unset = UNSET
    margin_buying_power: Decimal | None | Unset = UNSET
    margin_maintenance_ratio: Decimal | None | Unset = UNSET
    margin_unrealized_profit_loss: Decimal | None | Unset = UNSET
    stock_value: Decimal | None | Unset = UNSET
    cash_unrealized_pl: Decimal | None | Unset = UNSET
    margin_unrealized_pl: Decimal | None | Unset = UNSET
    margin_unrealized_proft_loss: Decimal | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        asset_value: Decimal | None | Unset
        if isinstance(self.asset_value, Unset):
            asset_value = UNSET
        else:
            asset_value = self.asset_value

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

        margin_buying_power: Decimal | None | Unset
        if isinstance(self.margin_buying_power, Unset):
            margin_buying_power = UNSET
        else:
            margin_buying_power = self.margin_buying_power

        margin_maintenance_ratio: Decimal | None | Unset
        if isinstance(self.margin_maintenance_ratio, Unset):
            margin_maintenance_ratio = UNSET
        else:
            margin_maintenance_ratio = self.margin_maintenance_ratio

        margin_unrealized_profit_loss: Decimal | None | Unset
        if isinstance(self.margin_unrealized_profit_loss, Unset):
            margin_unrealized_profit_loss = UNSET
        else:
            margin_unrealized_profit_loss = self.margin_unrealized_profit_loss

        stock_value: Decimal | None | Unset
        if isinstance(self.stock_value, Unset):
            stock_value = UNSET
        else:
            stock_value = self.stock_value

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

        margin_unrealized_proft_loss: Decimal | None | Unset
        if isinstance(self.margin_unrealized_proft_loss, Unset):
            margin_unrealized_proft_loss = UNSET
        else:
            margin_unrealized_proft_loss = self.margin_unrealized_proft_loss

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if asset_value is not UNSET:
            field_dict["AssetValue"] = asset_value
        if cash_balance is not UNSET:
            field_dict["CashBalance"] = cash_balance
        if cash_buying_power is not UNSET:
            field_dict["CashBuyingPower"] = cash_buying_power
        if cash_unrealized_profit_loss is not UNSET:
            field_dict["CashUnrealizedProfitLoss"] = cash_unrealized_profit_loss
        if margin_buying_power is not UNSET:
            field_dict["MarginBuyingPower"] = margin_buying_power
        if margin_maintenance_ratio is not UNSET:
            field_dict["MarginMaintenanceRatio"] = margin_maintenance_ratio
        if margin_unrealized_profit_loss is not UNSET:
            field_dict["MarginUnrealizedProfitLoss"] = margin_unrealized_profit_loss
        if stock_value is not UNSET:
            field_dict["StockValue"] = stock_value
        if cash_unrealized_pl is not UNSET:
            field_dict["CashUnrealizedPL"] = cash_unrealized_pl
        if margin_unrealized_pl is not UNSET:
            field_dict["MarginUnrealizedPL"] = margin_unrealized_pl
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

        bod_buying_power = cls(
            asset_value=asset_value,
            cash_balance=cash_balance,
            cash_buying_power=cash_buying_power,
            cash_unrealized_profit_loss=cash_unrealized_profit_loss,
            margin_buying_power=margin_buying_power,
            margin_maintenance_ratio=margin_maintenance_ratio,
            margin_unrealized_profit_loss=margin_unrealized_profit_loss,
            stock_value=stock_value,
            cash_unrealized_pl=cash_unrealized_pl,
            margin_unrealized_pl=margin_unrealized_pl,
            margin_unrealized_proft_loss=margin_unrealized_proft_loss,
        )

        return bod_buying_power
