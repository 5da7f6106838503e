from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """One trading account of the user. All six fields are always present; `account_type`,
    `account_class` and `broker_account_id` may be empty strings (simulated accounts, accounts
    not opened at the broker yet) and `trading_account_id` is empty until the trading account
    exists.

        Attributes:
            account_class (str): Class of the account, e.g. `MARGIN` or `CASH`; empty when the broker's data is missing.
            account_type (str): Ownership type of the account, e.g. `INDIVIDUAL` or `JOINT`; empty when the broker's data is
                missing.
            broker_account_id (str): The account's number at the broker; empty for simulated accounts and before the broker
                opens the account.
            is_sim (bool): True for a simulated (paper-trading) account.
            status (str): State of the account. Known values: `NEW`, `PENDING_PLAID_VERIFICATION`,
                `PENDING_APEX_VERIFICATION`, `READY_FOR_BACK_OFFICE`, `BACK_OFFICE`, `OPEN`, `CANCELED`,
                `REJECTED`, `SUSPENDED`, `CLOSED`, `ERROR`, `AWAITING_REVIEW`, `AWAITING_APEX`,
                `RETURNED_APEX`, `PENDING_CLOSE`, `STERLING_PENDING`. The SDK keeps the list open (a new
                value still parses), so the contract does not close it either.
            trading_account_id (str): The trading account's identifier, the `id` of `GET /v2/accounts/{id}/balance` (and the
                `tradingAccountId` of order requests); empty until the trading account has been created.
    """

    account_class: str
    account_type: str
    broker_account_id: str
    is_sim: bool
    status: str
    trading_account_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_class = self.account_class

        account_type = self.account_type

        broker_account_id = self.broker_account_id

        is_sim = self.is_sim

        status = self.status

        trading_account_id = self.trading_account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_class": account_class,
                "account_type": account_type,
                "broker_account_id": broker_account_id,
                "is_sim": is_sim,
                "status": status,
                "trading_account_id": trading_account_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_class = d.pop("account_class")

        account_type = d.pop("account_type")

        broker_account_id = d.pop("broker_account_id")

        is_sim = d.pop("is_sim")

        status = d.pop("status")

        trading_account_id = d.pop("trading_account_id")

        account = cls(
            account_class=account_class,
            account_type=account_type,
            broker_account_id=broker_account_id,
            is_sim=is_sim,
            status=status,
            trading_account_id=trading_account_id,
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
