from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """One trading account the API key may access.

    Attributes:
        id (int): Numeric id of the account; the `account_id` of `GET /v1/accounts/{account_id}/balances`.
        account_holder_entity_id (int): Id of the person or entity that holds the account.
        account_holder_entity_kind (str): Kind of holder of the account, a natural person or a legal entity.
        full_name (str): Full legal name of the account.
        open_date (datetime.date): Day the account was opened.
        options_level (int): Options trading level granted to the account (0 for none in the published example).
        short_name (str): Short name of the account.
        status (str): State of the account.
        subtype (str): Finer classification of the account (cash or margin).
        type_ (str): Classification of the account.
        close_date (datetime.date | None | Unset): Day the account was closed; null or absent for an account that is not
            closed.
    """

    id: int
    account_holder_entity_id: int
    account_holder_entity_kind: str
    full_name: str
    open_date: datetime.date
    options_level: int
    short_name: str
    status: str
    subtype: str
    type_: str
    close_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account_holder_entity_id = self.account_holder_entity_id

        account_holder_entity_kind = self.account_holder_entity_kind

        full_name = self.full_name

        open_date = self.open_date.isoformat()

        options_level = self.options_level

        short_name = self.short_name

        status = self.status

        subtype = self.subtype

        type_ = self.type_

        close_date: None | str | Unset
        if isinstance(self.close_date, Unset):
            close_date = UNSET
        elif isinstance(self.close_date, datetime.date):
            close_date = self.close_date.isoformat()
        else:
            close_date = self.close_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "account_holder_entity_id": account_holder_entity_id,
                "account_holder_entity_kind": account_holder_entity_kind,
                "full_name": full_name,
                "open_date": open_date,
                "options_level": options_level,
                "short_name": short_name,
                "status": status,
                "subtype": subtype,
                "type": type_,
            }
        )
        if close_date is not UNSET:
            field_dict["close_date"] = close_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        account_holder_entity_id = d.pop("account_holder_entity_id")

        account_holder_entity_kind = d.pop("account_holder_entity_kind")

        full_name = d.pop("full_name")

        open_date = datetime.date.fromisoformat(d.pop("open_date"))

        options_level = d.pop("options_level")

        short_name = d.pop("short_name")

        status = d.pop("status")

        subtype = d.pop("subtype")

        type_ = d.pop("type")

        def _parse_close_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                close_date_type_0 = datetime.date.fromisoformat(data)

                return close_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        close_date = _parse_close_date(d.pop("close_date", UNSET))

        account = cls(
            id=id,
            account_holder_entity_id=account_holder_entity_id,
            account_holder_entity_kind=account_holder_entity_kind,
            full_name=full_name,
            open_date=open_date,
            options_level=options_level,
            short_name=short_name,
            status=status,
            subtype=subtype,
            type_=type_,
            close_date=close_date,
        )

        account.additional_properties = d
        return account

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
