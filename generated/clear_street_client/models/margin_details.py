from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.margin_details_usage import MarginDetailsUsage
    from ..models.margin_session_details import MarginSessionDetails
    from ..models.margin_top_contributor import MarginTopContributor


T = TypeVar("T", bound="MarginDetails")


@_attrs_define
class MarginDetails:
    """Margin figures of a margin account (Reg T or another margin model).

    Attributes:
        initial_margin_excess (Decimal): Equity above the initial margin requirement (trade date).
        initial_margin_requirement (Decimal): Initial margin requirement (trade date).
        intraday_details (MarginSessionDetails): Margin figures for one trading session.
        maintenance_margin_excess (Decimal): Equity above the maintenance requirement (trade date).
        maintenance_margin_requirement (Decimal): Maintenance requirement (trade date).
        overnight_details (MarginSessionDetails): Margin figures for one trading session.
        overnight_margin_excess (Decimal): Equity above the overnight margin requirement. Added by the broker's schema
            in SDK 0.10.0 (2026-10-15); no published body shows it yet (NOTES.md decision 15).
        overnight_margin_requirement (Decimal): Equity required to hold the current positions overnight. Added in SDK
            0.10.0 (2026-10-15), like overnight_margin_excess.
        top_contributors (list[MarginTopContributor] | Unset): The positions contributing most to the margin
            requirement; present when requested with `top_margin_contributors_limit`.
        usage (MarginDetailsUsage | None | Unset): Margin used against margin available; absent or null when there is no
            data.
        day_trade_count (int | Unset): Day trades made over the last five trading days. Deprecated 2026-06-04, removed
            from the broker's schema on 2026-08-05.
        pattern_day_trader (bool | Unset): Whether the account was flagged as a pattern day trader (PDT). Deprecated
            2026-06-04, removed from the broker's schema on 2026-08-05.
        day_trade_buying_power_usage (Decimal | None | Unset): Day-trading buying power used so far today. Deprecated
            2026-06-04, removed from the broker's schema on 2026-08-05.
    """

    initial_margin_excess: Decimal
    initial_margin_requirement: Decimal
    intraday_details: MarginSessionDetails
    maintenance_margin_excess: Decimal
    maintenance_margin_requirement: Decimal
    overnight_details: MarginSessionDetails
    overnight_margin_excess: Decimal
    overnight_margin_requirement: Decimal
    top_contributors: list[MarginTopContributor] | Unset = UNSET
    usage: MarginDetailsUsage | None | Unset = UNSET
    day_trade_count: int | Unset = UNSET
    pattern_day_trader: bool | Unset = UNSET
    day_trade_buying_power_usage: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.margin_details_usage import MarginDetailsUsage  # noqa: PLC0415

        initial_margin_excess = format(self.initial_margin_excess, "f")

        initial_margin_requirement = format(self.initial_margin_requirement, "f")

        intraday_details = self.intraday_details.to_dict()

        maintenance_margin_excess = format(self.maintenance_margin_excess, "f")

        maintenance_margin_requirement = format(
            self.maintenance_margin_requirement, "f"
        )

        overnight_details = self.overnight_details.to_dict()

        overnight_margin_excess = format(self.overnight_margin_excess, "f")

        overnight_margin_requirement = format(self.overnight_margin_requirement, "f")

        top_contributors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.top_contributors, Unset):
            top_contributors = []
            for top_contributors_item_data in self.top_contributors:
                top_contributors_item = top_contributors_item_data.to_dict()
                top_contributors.append(top_contributors_item)

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, MarginDetailsUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        day_trade_count = self.day_trade_count

        pattern_day_trader = self.pattern_day_trader

        day_trade_buying_power_usage: None | str | Unset
        if isinstance(self.day_trade_buying_power_usage, Unset):
            day_trade_buying_power_usage = UNSET
        elif isinstance(self.day_trade_buying_power_usage, Decimal):
            day_trade_buying_power_usage = format(
                self.day_trade_buying_power_usage, "f"
            )
        else:
            day_trade_buying_power_usage = self.day_trade_buying_power_usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "initial_margin_excess": initial_margin_excess,
                "initial_margin_requirement": initial_margin_requirement,
                "intraday_details": intraday_details,
                "maintenance_margin_excess": maintenance_margin_excess,
                "maintenance_margin_requirement": maintenance_margin_requirement,
                "overnight_details": overnight_details,
                "overnight_margin_excess": overnight_margin_excess,
                "overnight_margin_requirement": overnight_margin_requirement,
            }
        )
        if top_contributors is not UNSET:
            field_dict["top_contributors"] = top_contributors
        if usage is not UNSET:
            field_dict["usage"] = usage
        if day_trade_count is not UNSET:
            field_dict["day_trade_count"] = day_trade_count
        if pattern_day_trader is not UNSET:
            field_dict["pattern_day_trader"] = pattern_day_trader
        if day_trade_buying_power_usage is not UNSET:
            field_dict["day_trade_buying_power_usage"] = day_trade_buying_power_usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.margin_details_usage import MarginDetailsUsage  # noqa: PLC0415
        from ..models.margin_session_details import MarginSessionDetails  # noqa: PLC0415
        from ..models.margin_top_contributor import MarginTopContributor  # noqa: PLC0415

        d = dict(src_dict)
        initial_margin_excess = Decimal(d.pop("initial_margin_excess"))

        initial_margin_requirement = Decimal(d.pop("initial_margin_requirement"))

        intraday_details = MarginSessionDetails.from_dict(d.pop("intraday_details"))

        maintenance_margin_excess = Decimal(d.pop("maintenance_margin_excess"))

        maintenance_margin_requirement = Decimal(
            d.pop("maintenance_margin_requirement")
        )

        overnight_details = MarginSessionDetails.from_dict(d.pop("overnight_details"))

        overnight_margin_excess = Decimal(d.pop("overnight_margin_excess"))

        overnight_margin_requirement = Decimal(d.pop("overnight_margin_requirement"))

        _top_contributors = d.pop("top_contributors", UNSET)
        top_contributors: list[MarginTopContributor] | Unset = UNSET
        if _top_contributors is not UNSET:
            top_contributors = []
            for top_contributors_item_data in _top_contributors:
                top_contributors_item = MarginTopContributor.from_dict(
                    top_contributors_item_data
                )

                top_contributors.append(top_contributors_item)

        def _parse_usage(data: object) -> MarginDetailsUsage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = MarginDetailsUsage.from_dict(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MarginDetailsUsage | None | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        day_trade_count = d.pop("day_trade_count", UNSET)

        pattern_day_trader = d.pop("pattern_day_trader", UNSET)

        def _parse_day_trade_buying_power_usage(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                day_trade_buying_power_usage_type_0 = Decimal(data)

                return day_trade_buying_power_usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        day_trade_buying_power_usage = _parse_day_trade_buying_power_usage(
            d.pop("day_trade_buying_power_usage", UNSET)
        )

        margin_details = cls(
            initial_margin_excess=initial_margin_excess,
            initial_margin_requirement=initial_margin_requirement,
            intraday_details=intraday_details,
            maintenance_margin_excess=maintenance_margin_excess,
            maintenance_margin_requirement=maintenance_margin_requirement,
            overnight_details=overnight_details,
            overnight_margin_excess=overnight_margin_excess,
            overnight_margin_requirement=overnight_margin_requirement,
            top_contributors=top_contributors,
            usage=usage,
            day_trade_count=day_trade_count,
            pattern_day_trader=pattern_day_trader,
            day_trade_buying_power_usage=day_trade_buying_power_usage,
        )

        margin_details.additional_properties = d
        return margin_details

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
