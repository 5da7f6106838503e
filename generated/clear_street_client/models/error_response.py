from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.api_error import ApiError
    from ..models.response_metadata import ResponseMetadata


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """Error envelope. No `data`; `error` says what failed; `metadata.request_id` identifies the request.

    Attributes:
        error (ApiError): What went wrong.
        metadata (ResponseMetadata): Per-response metadata.
    """

    error: ApiError
    metadata: ResponseMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.to_dict()

        metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "metadata": metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_error import ApiError  # noqa: PLC0415
        from ..models.response_metadata import ResponseMetadata  # noqa: PLC0415

        d = dict(src_dict)
        error = ApiError.from_dict(d.pop("error"))

        metadata = ResponseMetadata.from_dict(d.pop("metadata"))

        error_response = cls(
            error=error,
            metadata=metadata,
        )

        error_response.additional_properties = d
        return error_response

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
