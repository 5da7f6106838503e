from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountBalancesSod")


@_attrs_define
class AccountBalancesSod:
    """Start-of-day (SOD) snapshot. Margin accounts add the maintenance and trade-cash figures.

    Attributes:
        buying_power (Decimal): Buying power at the start of the day.
        equity (Decimal): Equity at the start of the day.
        long_market_value (Decimal): Long market value at the start of the day.
        short_market_value (Decimal): Short market value at the start of the day ("0.00" for an account without short
            positions).
        asof (datetime.date | None | Unset): Date the start-of-day figures are for; absent or null when there is no
            data.
        day_trade_buying_power (Decimal | None | Unset): Day-trading buying power at the start of the day. Deprecated
            2026-06-04, removed from the broker's schema on 2026-08-05.
        maintenance_margin_excess (Decimal | None | Unset): Equity above the maintenance requirement at the start of the
            day.
        maintenance_margin_requirement (Decimal | None | Unset): Maintenance requirement at the start of the day.
        trade_cash (Decimal | None | Unset): Trade-date cash at the start of the day.
    """

    buying_power: Decimal
    equity: Decimal
    long_market_value: Decimal
    short_market_value: Decimal
    asof: datetime.date | None | Unset = UNSET
    day_trade_buying_power: Decimal | None | Unset = UNSET
    maintenance_margin_excess: Decimal | None | Unset = UNSET
    maintenance_margin_requirement: Decimal | None | Unset = UNSET
    trade_cash: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buying_power = format(self.buying_power, "f")

        equity = format(self.equity, "f")

        long_market_value = format(self.long_market_value, "f")

        short_market_value = format(self.short_market_value, "f")

        asof: None | str | Unset
        if isinstance(self.asof, Unset):
            asof = UNSET
        elif isinstance(self.asof, datetime.date):
            asof = self.asof.isoformat()
        else:
            asof = self.asof

        day_trade_buying_power: None | str | Unset
        if isinstance(self.day_trade_buying_power, Unset):
            day_trade_buying_power = UNSET
        elif isinstance(self.day_trade_buying_power, Decimal):
            day_trade_buying_power = format(self.day_trade_buying_power, "f")
        else:
            day_trade_buying_power = self.day_trade_buying_power

        maintenance_margin_excess: None | str | Unset
        if isinstance(self.maintenance_margin_excess, Unset):
            maintenance_margin_excess = UNSET
        elif isinstance(self.maintenance_margin_excess, Decimal):
            maintenance_margin_excess = format(self.maintenance_margin_excess, "f")
        else:
            maintenance_margin_excess = self.maintenance_margin_excess

        maintenance_margin_requirement: None | str | Unset
        if isinstance(self.maintenance_margin_requirement, Unset):
            maintenance_margin_requirement = UNSET
        elif isinstance(self.maintenance_margin_requirement, Decimal):
            maintenance_margin_requirement = format(
                self.maintenance_margin_requirement, "f"
            )
        else:
            maintenance_margin_requirement = self.maintenance_margin_requirement

        trade_cash: None | str | Unset
        if isinstance(self.trade_cash, Unset):
            trade_cash = UNSET
        elif isinstance(self.trade_cash, Decimal):
            trade_cash = format(self.trade_cash, "f")
        else:
            trade_cash = self.trade_cash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "buying_power": buying_power,
                "equity": equity,
                "long_market_value": long_market_value,
                "short_market_value": short_market_value,
            }
        )
        if asof is not UNSET:
            field_dict["asof"] = asof
        if day_trade_buying_power is not UNSET:
            field_dict["day_trade_buying_power"] = day_trade_buying_power
        if maintenance_margin_excess is not UNSET:
            field_dict["maintenance_margin_excess"] = maintenance_margin_excess
        if maintenance_margin_requirement is not UNSET:
            field_dict["maintenance_margin_requirement"] = (
                maintenance_margin_requirement
            )
        if trade_cash is not UNSET:
            field_dict["trade_cash"] = trade_cash

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        buying_power = Decimal(d.pop("buying_power"))

        equity = Decimal(d.pop("equity"))

        long_market_value = Decimal(d.pop("long_market_value"))

        short_market_value = Decimal(d.pop("short_market_value"))

        def _parse_asof(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                asof_type_0 = datetime.date.fromisoformat(data)

                return asof_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        asof = _parse_asof(d.pop("asof", UNSET))

        def _parse_day_trade_buying_power(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                day_trade_buying_power_type_0 = Decimal(data)

                return day_trade_buying_power_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        day_trade_buying_power = _parse_day_trade_buying_power(
            d.pop("day_trade_buying_power", UNSET)
        )

        def _parse_maintenance_margin_excess(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                maintenance_margin_excess_type_0 = Decimal(data)

                return maintenance_margin_excess_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        maintenance_margin_excess = _parse_maintenance_margin_excess(
            d.pop("maintenance_margin_excess", UNSET)
        )

        def _parse_maintenance_margin_requirement(
            data: object,
        ) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                maintenance_margin_requirement_type_0 = Decimal(data)

                return maintenance_margin_requirement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        maintenance_margin_requirement = _parse_maintenance_margin_requirement(
            d.pop("maintenance_margin_requirement", UNSET)
        )

        def _parse_trade_cash(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trade_cash_type_0 = Decimal(data)

                return trade_cash_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        trade_cash = _parse_trade_cash(d.pop("trade_cash", UNSET))

        account_balances_sod = cls(
            buying_power=buying_power,
            equity=equity,
            long_market_value=long_market_value,
            short_market_value=short_market_value,
            asof=asof,
            day_trade_buying_power=day_trade_buying_power,
            maintenance_margin_excess=maintenance_margin_excess,
            maintenance_margin_requirement=maintenance_margin_requirement,
            trade_cash=trade_cash,
        )

        account_balances_sod.additional_properties = d
        return account_balances_sod

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
