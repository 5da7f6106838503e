from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_application import AccountApplication
    from ..models.account_user import AccountUser


T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """One trading account of the user. The 16 fields of the current reference demo are all
    required: that demo writes empty values (`""`, `0`, `null`) rather than leaving fields
    out. `apex_status`, `account_number` and `type` are named only by earlier sources and may
    be absent (NOTES.md).

        Attributes:
            id (int): Aries' numeric identifier of the account. Written in decimal, it is the `id` path parameter of `GET
                /v1/accounts/{id}/balances`.
            fdid (str): The account's FDID (firm designated identifier).
            apex_id (str): Identifier of the account's record at Apex; may be an empty string.
            apex_account_id (str): The account's identifier at Apex.
            sterling_account_id (str): The account's identifier at Sterling.
            status (str): Lifecycle state of the account, e.g. `OPEN`.
            is_sim (bool): True for a simulated (paper-trading) account.
            account_type (str): Ownership type of the account, e.g. `INDIVIDUAL`.
            account_class (str): Class of the account, e.g. `MARGIN`.
            primary_user_id (int): Identifier of the user who is the account's primary holder.
            joint_user_id (int): Identifier of the joint holder's user; the demo shows `0` beside a null `joint_user` for an
                account without one.
            primary_user (AccountUser | None): The primary holder's user record, or null when the response does not embed
                it.
            joint_user (AccountUser | None): The joint holder's user record, or null (no joint holder, or not embedded).
            account_application (AccountApplication | None): Summary of the application that opened the account, or null.
            created_at (datetime.datetime): When the account record was created.
            updated_at (datetime.datetime): When the account record was last changed.
            apex_status (str | Unset): State of the account as Apex reports it (e.g. `Active`). Shown by the earlier User
                API body and the 2025 SDKs only; the current reference demo has no such field.
            account_number (str | Unset): An account number. Declared by the SDK models (finance-dev 0.3.4, the TypeScript
                SDK) only; no published body shows it.
            type_ (str | Unset): An account type. Declared by the SDK models (finance-dev 0.3.4, the TypeScript SDK) only;
                no published body shows it.
    """

    id: int
    fdid: str
    apex_id: str
    apex_account_id: str
    sterling_account_id: str
    status: str
    is_sim: bool
    account_type: str
    account_class: str
    primary_user_id: int
    joint_user_id: int
    primary_user: AccountUser | None
    joint_user: AccountUser | None
    account_application: AccountApplication | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    apex_status: str | Unset = UNSET
    account_number: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.account_application import AccountApplication  # noqa: PLC0415
        from ..models.account_user import AccountUser  # noqa: PLC0415

        id = self.id

        fdid = self.fdid

        apex_id = self.apex_id

        apex_account_id = self.apex_account_id

        sterling_account_id = self.sterling_account_id

        status = self.status

        is_sim = self.is_sim

        account_type = self.account_type

        account_class = self.account_class

        primary_user_id = self.primary_user_id

        joint_user_id = self.joint_user_id

        primary_user: dict[str, Any] | None
        if isinstance(self.primary_user, AccountUser):
            primary_user = self.primary_user.to_dict()
        else:
            primary_user = self.primary_user

        joint_user: dict[str, Any] | None
        if isinstance(self.joint_user, AccountUser):
            joint_user = self.joint_user.to_dict()
        else:
            joint_user = self.joint_user

        account_application: dict[str, Any] | None
        if isinstance(self.account_application, AccountApplication):
            account_application = self.account_application.to_dict()
        else:
            account_application = self.account_application

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        apex_status = self.apex_status

        account_number = self.account_number

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "fdid": fdid,
                "apex_id": apex_id,
                "apex_account_id": apex_account_id,
                "sterling_account_id": sterling_account_id,
                "status": status,
                "is_sim": is_sim,
                "account_type": account_type,
                "account_class": account_class,
                "primary_user_id": primary_user_id,
                "joint_user_id": joint_user_id,
                "primary_user": primary_user,
                "joint_user": joint_user,
                "account_application": account_application,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if apex_status is not UNSET:
            field_dict["apex_status"] = apex_status
        if account_number is not UNSET:
            field_dict["account_number"] = account_number
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_application import AccountApplication  # noqa: PLC0415
        from ..models.account_user import AccountUser  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        fdid = d.pop("fdid")

        apex_id = d.pop("apex_id")

        apex_account_id = d.pop("apex_account_id")

        sterling_account_id = d.pop("sterling_account_id")

        status = d.pop("status")

        is_sim = d.pop("is_sim")

        account_type = d.pop("account_type")

        account_class = d.pop("account_class")

        primary_user_id = d.pop("primary_user_id")

        joint_user_id = d.pop("joint_user_id")

        def _parse_primary_user(data: object) -> AccountUser | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                primary_user_type_0 = AccountUser.from_dict(data)

                return primary_user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountUser | None, data)

        primary_user = _parse_primary_user(d.pop("primary_user"))

        def _parse_joint_user(data: object) -> AccountUser | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                joint_user_type_0 = AccountUser.from_dict(data)

                return joint_user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountUser | None, data)

        joint_user = _parse_joint_user(d.pop("joint_user"))

        def _parse_account_application(data: object) -> AccountApplication | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                account_application_type_0 = AccountApplication.from_dict(data)

                return account_application_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountApplication | None, data)

        account_application = _parse_account_application(d.pop("account_application"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        apex_status = d.pop("apex_status", UNSET)

        account_number = d.pop("account_number", UNSET)

        type_ = d.pop("type", UNSET)

        account = cls(
            id=id,
            fdid=fdid,
            apex_id=apex_id,
            apex_account_id=apex_account_id,
            sterling_account_id=sterling_account_id,
            status=status,
            is_sim=is_sim,
            account_type=account_type,
            account_class=account_class,
            primary_user_id=primary_user_id,
            joint_user_id=joint_user_id,
            primary_user=primary_user,
            joint_user=joint_user,
            account_application=account_application,
            created_at=created_at,
            updated_at=updated_at,
            apex_status=apex_status,
            account_number=account_number,
            type_=type_,
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
