from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarginSessionDetails")


@_attrs_define
class MarginSessionDetails:
    """Margin figures for one trading session.

    Attributes:
        buying_power (Decimal): Most buying power the account has in this session.
        multiplier (Decimal | None | Unset): Margin multiplier in effect for this session; absent or null when it does
            not apply.
    """

    buying_power: Decimal
    multiplier: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buying_power = format(self.buying_power, "f")

        multiplier: None | str | Unset
        if isinstance(self.multiplier, Unset):
            multiplier = UNSET
        elif isinstance(self.multiplier, Decimal):
            multiplier = format(self.multiplier, "f")
        else:
            multiplier = self.multiplier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "buying_power": buying_power,
            }
        )
        if multiplier is not UNSET:
            field_dict["multiplier"] = multiplier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        buying_power = Decimal(d.pop("buying_power"))

        def _parse_multiplier(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                multiplier_type_0 = Decimal(data)

                return multiplier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        multiplier = _parse_multiplier(d.pop("multiplier", UNSET))

        margin_session_details = cls(
            buying_power=buying_power,
            multiplier=multiplier,
        )

        margin_session_details.additional_properties = d
        return margin_session_details

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
