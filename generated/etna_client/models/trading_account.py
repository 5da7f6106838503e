from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_owner import AccountOwner


T = TypeVar("T", bound="TradingAccount")


@_attrs_define
class TradingAccount:
    """One trading account bound to the user (ETNA's UserAccountModel). ETNA's definitions mark
    every field optional; the fields of the current documented item are required here (NOTES.md,
    listAccounts decision 4). `Alias` and `Currency` appear only in the white-label Swagger (and
    `Currency` in a live response logged by a third-party client).

        Attributes:
            id (int): ETNA's internal id of the trading account; the `tradingAccountNumber` that getAccountBalances takes.
                Example: 83267.
            clearing_account (str): The trading account's number (its clearing account number), as a string. Not the id the
                account-keyed calls take, and not always equal to `Id`.
            access_type (str): What the user may do with the account; `Owner` for the account's owner.
            margin_type (str): The account's margin type.
            owner_type (str): The kind of owner or registration of the account.
            enabled (bool): Whether the account is enabled.
            clearing_firm (str): The clearing firm that carries the account (`PaperTrading` for simulated accounts).
            is_average_account (bool): Whether the account is the main account that allocates shares to other accounts
                (ETNA's account pages).
            owners (list[AccountOwner]): The users who own the account.
            alias (str | Unset): The user's own label for the account, where the user set one.
            currency (str | Unset): The account's currency code (e.g. `USD`). Not in ETNA's documented item.
    """

    id: int
    clearing_account: str
    access_type: str
    margin_type: str
    owner_type: str
    enabled: bool
    clearing_firm: str
    is_average_account: bool
    owners: list[AccountOwner]
    alias: str | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        clearing_account = self.clearing_account

        access_type = self.access_type

        margin_type = self.margin_type

        owner_type = self.owner_type

        enabled = self.enabled

        clearing_firm = self.clearing_firm

        is_average_account = self.is_average_account

        owners = []
        for owners_item_data in self.owners:
            owners_item = owners_item_data.to_dict()
            owners.append(owners_item)

        alias = self.alias

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "ClearingAccount": clearing_account,
                "AccessType": access_type,
                "MarginType": margin_type,
                "OwnerType": owner_type,
                "Enabled": enabled,
                "ClearingFirm": clearing_firm,
                "IsAverageAccount": is_average_account,
                "Owners": owners,
            }
        )
        if alias is not UNSET:
            field_dict["Alias"] = alias
        if currency is not UNSET:
            field_dict["Currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_owner import AccountOwner  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("Id")

        clearing_account = d.pop("ClearingAccount")

        access_type = d.pop("AccessType")

        margin_type = d.pop("MarginType")

        owner_type = d.pop("OwnerType")

        enabled = d.pop("Enabled")

        clearing_firm = d.pop("ClearingFirm")

        is_average_account = d.pop("IsAverageAccount")

        owners = []
        _owners = d.pop("Owners")
        for owners_item_data in _owners:
            owners_item = AccountOwner.from_dict(owners_item_data)

            owners.append(owners_item)

        alias = d.pop("Alias", UNSET)

        currency = d.pop("Currency", UNSET)

        trading_account = cls(
            id=id,
            clearing_account=clearing_account,
            access_type=access_type,
            margin_type=margin_type,
            owner_type=owner_type,
            enabled=enabled,
            clearing_firm=clearing_firm,
            is_average_account=is_average_account,
            owners=owners,
            alias=alias,
            currency=currency,
        )

        trading_account.additional_properties = d
        return trading_account

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
