from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DayTrading")


@_attrs_define
class DayTrading:
    """Day-trading entitlement of an account. Every field may be absent or null.

    Attributes:
        enabled (bool | None | Unset): Whether the account may day trade.
        qualified (bool | None | Unset): Whether the account qualifies for day trading.
        pattern_day_trader (bool | None | Unset): Whether the account is flagged as a pattern day trader (PDT).
        count (int | None | Unset): Day trades in the day-trading period.
    """

    enabled: bool | None | Unset = UNSET
    qualified: bool | None | Unset = UNSET
    pattern_day_trader: bool | None | Unset = UNSET
    count: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        qualified: bool | None | Unset
        if isinstance(self.qualified, Unset):
            qualified = UNSET
        else:
            qualified = self.qualified

        pattern_day_trader: bool | None | Unset
        if isinstance(self.pattern_day_trader, Unset):
            pattern_day_trader = UNSET
        else:
            pattern_day_trader = self.pattern_day_trader

        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if enabled is not UNSET:
            field_dict["Enabled"] = enabled
        if qualified is not UNSET:
            field_dict["Qualified"] = qualified
        if pattern_day_trader is not UNSET:
            field_dict["PatternDayTrader"] = pattern_day_trader
        if count is not UNSET:
            field_dict["Count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("Enabled", UNSET))

        def _parse_qualified(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        qualified = _parse_qualified(d.pop("Qualified", UNSET))

        def _parse_pattern_day_trader(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        pattern_day_trader = _parse_pattern_day_trader(d.pop("PatternDayTrader", UNSET))

        def _parse_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        count = _parse_count(d.pop("Count", UNSET))

        day_trading = cls(
            enabled=enabled,
            qualified=qualified,
            pattern_day_trader=pattern_day_trader,
            count=count,
        )

        return day_trading
