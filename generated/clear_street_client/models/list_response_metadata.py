from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListResponseMetadata")


@_attrs_define
class ListResponseMetadata:
    """Metadata of a list answer: the request id, and the paging members. `next_page_token` null or
    absent means this is the last page. Every paging member may be null or absent.

        Attributes:
            request_id (str): Identifier of this request, to quote to Clear Street support.
            next_page_token (None | str | Unset): Token to send as `page_token` for the next page; null or absent on the
                last page. Opaque (base64url-encoded paging state).
            previous_page_token (None | str | Unset): Token to send as `page_token` for the previous page; null or absent on
                the first page.
            page_number (int | None | Unset): Number of this page (1 for the first page in the published example).
            total_items (int | None | Unset): How many accounts all pages hold together.
            total_pages (int | None | Unset): How many pages there are at this page size.
    """

    request_id: str
    next_page_token: None | str | Unset = UNSET
    previous_page_token: None | str | Unset = UNSET
    page_number: int | None | Unset = UNSET
    total_items: int | None | Unset = UNSET
    total_pages: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        next_page_token: None | str | Unset
        if isinstance(self.next_page_token, Unset):
            next_page_token = UNSET
        else:
            next_page_token = self.next_page_token

        previous_page_token: None | str | Unset
        if isinstance(self.previous_page_token, Unset):
            previous_page_token = UNSET
        else:
            previous_page_token = self.previous_page_token

        page_number: int | None | Unset
        if isinstance(self.page_number, Unset):
            page_number = UNSET
        else:
            page_number = self.page_number

        total_items: int | None | Unset
        if isinstance(self.total_items, Unset):
            total_items = UNSET
        else:
            total_items = self.total_items

        total_pages: int | None | Unset
        if isinstance(self.total_pages, Unset):
            total_pages = UNSET
        else:
            total_pages = self.total_pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
            }
        )
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token
        if previous_page_token is not UNSET:
            field_dict["previous_page_token"] = previous_page_token
        if page_number is not UNSET:
            field_dict["page_number"] = page_number
        if total_items is not UNSET:
            field_dict["total_items"] = total_items
        if total_pages is not UNSET:
            field_dict["total_pages"] = total_pages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("request_id")

        def _parse_next_page_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_page_token = _parse_next_page_token(d.pop("next_page_token", UNSET))

        def _parse_previous_page_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_page_token = _parse_previous_page_token(
            d.pop("previous_page_token", UNSET)
        )

        def _parse_page_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        page_number = _parse_page_number(d.pop("page_number", UNSET))

        def _parse_total_items(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_items = _parse_total_items(d.pop("total_items", UNSET))

        def _parse_total_pages(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_pages = _parse_total_pages(d.pop("total_pages", UNSET))

        list_response_metadata = cls(
            request_id=request_id,
            next_page_token=next_page_token,
            previous_page_token=previous_page_token,
            page_number=page_number,
            total_items=total_items,
            total_pages=total_pages,
        )

        list_response_metadata.additional_properties = d
        return list_response_metadata

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
