from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_balances import AccountBalances
    from ..models.response_metadata import ResponseMetadata


T = TypeVar("T", bound="AccountBalancesResponse")


@_attrs_define
class AccountBalancesResponse:
    """Success envelope. `error` is null (or absent); `metadata.request_id` identifies the request.

    Attributes:
        data (AccountBalances): Balances of one account. Trade-date figures unless the name says settled; every amount
            is
            a decimal string (`format: decimal`). Cash accounts omit `margin_details`, `multiplier`
            and `short_market_value`. Fields marked deprecated were removed from the broker's schema
            on 2026-08-05; they stay declared, optional, so that responses from before then still parse.
        metadata (ResponseMetadata): Per-response metadata.
        error (None | Unset): Always null on success.
    """

    data: AccountBalances
    metadata: ResponseMetadata
    error: None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        metadata = self.metadata.to_dict()

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "metadata": metadata,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_balances import AccountBalances  # noqa: PLC0415
        from ..models.response_metadata import ResponseMetadata  # noqa: PLC0415

        d = dict(src_dict)
        data = AccountBalances.from_dict(d.pop("data"))

        metadata = ResponseMetadata.from_dict(d.pop("metadata"))

        error = d.pop("error", UNSET)

        account_balances_response = cls(
            data=data,
            metadata=metadata,
            error=error,
        )

        account_balances_response.additional_properties = d
        return account_balances_response

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
