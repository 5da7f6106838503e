from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TodaysClosedPosition")


@_attrs_define
class TodaysClosedPosition:
    """A position closed today.

    Attributes:
        currency (None | str | Unset): Currency of the position.
        profit (Decimal | None | Unset): Profit or loss of the closed position.
        symbol (None | str | Unset): Symbol of the position.
    """

    currency: None | str | Unset = UNSET
    profit: Decimal | None | Unset = UNSET
    symbol: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        profit: Decimal | None | Unset
        if isinstance(self.profit, Unset):
            profit = UNSET
        else:
            profit = self.profit

        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["Currency"] = currency
        if profit is not UNSET:
            field_dict["Profit"] = profit
        if symbol is not UNSET:
            field_dict["Symbol"] = symbol

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("Currency", UNSET))

        def _parse_profit(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                profit_type_0 = Decimal(str(data))

                return profit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        profit = _parse_profit(d.pop("Profit", UNSET))

        def _parse_symbol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        symbol = _parse_symbol(d.pop("Symbol", UNSET))

        todays_closed_position = cls(
            currency=currency,
            profit=profit,
            symbol=symbol,
        )

        todays_closed_position.additional_properties = d
        return todays_closed_position

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
