from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MarginDetailsUsage")


@_attrs_define
class MarginDetailsUsage:
    """Margin used against margin available under the account's model.

    Attributes:
        total (Decimal): Margin available under the model.
        used (Decimal): Margin in use.
    """

    total: Decimal
    used: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = format(self.total, "f")

        used = format(self.used, "f")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "used": used,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = Decimal(d.pop("total"))

        used = Decimal(d.pop("used"))

        margin_details_usage = cls(
            total=total,
            used=used,
        )

        margin_details_usage.additional_properties = d
        return margin_details_usage

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
