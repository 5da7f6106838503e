from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountApplication")


@_attrs_define
class AccountApplication:
    """The account-opening application embedded in an account item. Only the earlier User API body shows one filled in; no
    field is required.

        Attributes:
            submitted (bool | Unset): Whether the application has been submitted.
            missing_fields (list[str] | Unset): Names of the application fields still to be filled in.
            created_at (datetime.datetime | Unset): When the application was created.
            updated_at (datetime.datetime | Unset): When the application was last changed.
    """

    submitted: bool | Unset = UNSET
    missing_fields: list[str] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        submitted = self.submitted

        missing_fields: list[str] | Unset = UNSET
        if not isinstance(self.missing_fields, Unset):
            missing_fields = self.missing_fields

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if submitted is not UNSET:
            field_dict["submitted"] = submitted
        if missing_fields is not UNSET:
            field_dict["missing_fields"] = missing_fields
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        submitted = d.pop("submitted", UNSET)

        missing_fields = cast(list[str], d.pop("missing_fields", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        account_application = cls(
            submitted=submitted,
            missing_fields=missing_fields,
            created_at=created_at,
            updated_at=updated_at,
        )

        account_application.additional_properties = d
        return account_application

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
