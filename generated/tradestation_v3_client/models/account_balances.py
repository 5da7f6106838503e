from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_error import AccountError
    from ..models.balance import Balance


T = TypeVar("T", bound="AccountBalances")


@_attrs_define
class AccountBalances:
    """Real-time balances of the requested accounts: one entry in Balances per account that answered, in the order
    requested, and one entry in Errors for each id that failed (a partial success). Errors is left out when no id
    failed.

        Attributes:
            balances (list[Balance]): One entry per requested account that answered, in the order requested.
            errors (list[AccountError] | Unset): One entry per requested id that failed; absent when none did.
    """

    balances: list[Balance]
    errors: list[AccountError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balances = []
        for balances_item_data in self.balances:
            balances_item = balances_item_data.to_dict()
            balances.append(balances_item)

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Balances": balances,
            }
        )
        if errors is not UNSET:
            field_dict["Errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_error import AccountError  # noqa: PLC0415
        from ..models.balance import Balance  # noqa: PLC0415

        d = dict(src_dict)
        balances = []
        _balances = d.pop("Balances")
        for balances_item_data in _balances:
            balances_item = Balance.from_dict(balances_item_data)

            balances.append(balances_item)

        _errors = d.pop("Errors", UNSET)
        errors: list[AccountError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = AccountError.from_dict(errors_item_data)

                errors.append(errors_item)

        account_balances = cls(
            balances=balances,
            errors=errors,
        )

        account_balances.additional_properties = d
        return account_balances

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
