from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountOwner")


@_attrs_define
class AccountOwner:
    """A user who owns the trading account (ETNA's UserInfoModel).

    Attributes:
        user_id (int): ETNA's internal id of the user; the `userId` this call takes.
        first_name (str): The user's first name.
        middle_name (str): The user's middle name; empty when there is none.
        last_name (str): The user's last name.
        login (str): The user's login name (not accepted as `userId`).
        email (str): The user's e-mail address.
        role (int): A role number; ETNA does not describe its values.
        added_date (datetime.datetime): A timestamp ETNA does not describe (in the documented item it precedes the
            account's creation, so it dates the user rather than the binding).
        salutation (str): The user's salutation.
        suffix (str): The user's name suffix.
        date_of_birth (datetime.datetime | Unset): The user's date of birth. Not in ETNA's documented item.
    """

    user_id: int
    first_name: str
    middle_name: str
    last_name: str
    login: str
    email: str
    role: int
    added_date: datetime.datetime
    salutation: str
    suffix: str
    date_of_birth: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        first_name = self.first_name

        middle_name = self.middle_name

        last_name = self.last_name

        login = self.login

        email = self.email

        role = self.role

        added_date = self.added_date.isoformat()

        salutation = self.salutation

        suffix = self.suffix

        date_of_birth: str | Unset = UNSET
        if not isinstance(self.date_of_birth, Unset):
            date_of_birth = self.date_of_birth.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "UserId": user_id,
                "FirstName": first_name,
                "MiddleName": middle_name,
                "LastName": last_name,
                "Login": login,
                "Email": email,
                "Role": role,
                "AddedDate": added_date,
                "Salutation": salutation,
                "Suffix": suffix,
            }
        )
        if date_of_birth is not UNSET:
            field_dict["DateOfBirth"] = date_of_birth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("UserId")

        first_name = d.pop("FirstName")

        middle_name = d.pop("MiddleName")

        last_name = d.pop("LastName")

        login = d.pop("Login")

        email = d.pop("Email")

        role = d.pop("Role")

        added_date = datetime.datetime.fromisoformat(d.pop("AddedDate"))

        salutation = d.pop("Salutation")

        suffix = d.pop("Suffix")

        _date_of_birth = d.pop("DateOfBirth", UNSET)
        date_of_birth: datetime.datetime | Unset
        if isinstance(_date_of_birth, Unset):
            date_of_birth = UNSET
        else:
            date_of_birth = datetime.datetime.fromisoformat(_date_of_birth)

        account_owner = cls(
            user_id=user_id,
            first_name=first_name,
            middle_name=middle_name,
            last_name=last_name,
            login=login,
            email=email,
            role=role,
            added_date=added_date,
            salutation=salutation,
            suffix=suffix,
            date_of_birth=date_of_birth,
        )

        account_owner.additional_properties = d
        return account_owner

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
