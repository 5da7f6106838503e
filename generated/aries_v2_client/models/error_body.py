from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_body_meta import ErrorBodyMeta
    from ..models.error_body_metadata import ErrorBodyMetadata
    from ..models.error_code import ErrorCode
    from ..models.error_detail import ErrorDetail


T = TypeVar("T", bound="ErrorBody")


@_attrs_define
class ErrorBody:
    """Error body of the Aries API. Two shapes are in use, told apart by `error`: the flat one,
    where `error` is a string code (with `message`, as the host's published bodies show, and
    optionally `codes` and `metadata`), and the nested one, where `error` is an object with
    its own `type`, `code` and `message` (optionally `meta` beside it). finance-dev 0.9.0 reads
    both for every documented error status (NOTES.md).

        Attributes:
            error (ErrorDetail | str): A machine-readable code (flat shape) or an object describing the error (nested
                shape).
            message (str | Unset): Human-readable reason for the failure (flat shape).
            codes (list[ErrorCode] | Unset): Structured error entries for programs to branch on (flat shape).
            metadata (ErrorBodyMetadata | Unset): Further context of the failure (flat shape).
            meta (ErrorBodyMeta | Unset): Further context of the failure (nested shape).
    """

    error: ErrorDetail | str
    message: str | Unset = UNSET
    codes: list[ErrorCode] | Unset = UNSET
    metadata: ErrorBodyMetadata | Unset = UNSET
    meta: ErrorBodyMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_detail import ErrorDetail  # noqa: PLC0415

        error: dict[str, Any] | str
        if isinstance(self.error, ErrorDetail):
            error = self.error.to_dict()
        else:
            error = self.error

        message = self.message

        codes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.codes, Unset):
            codes = []
            for codes_item_data in self.codes:
                codes_item = codes_item_data.to_dict()
                codes.append(codes_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if codes is not UNSET:
            field_dict["codes"] = codes
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_body_meta import ErrorBodyMeta  # noqa: PLC0415
        from ..models.error_body_metadata import ErrorBodyMetadata  # noqa: PLC0415
        from ..models.error_code import ErrorCode  # noqa: PLC0415
        from ..models.error_detail import ErrorDetail  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_error(data: object) -> ErrorDetail | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_1 = ErrorDetail.from_dict(data)

                return error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorDetail | str, data)

        error = _parse_error(d.pop("error"))

        message = d.pop("message", UNSET)

        _codes = d.pop("codes", UNSET)
        codes: list[ErrorCode] | Unset = UNSET
        if _codes is not UNSET:
            codes = []
            for codes_item_data in _codes:
                codes_item = ErrorCode.from_dict(codes_item_data)

                codes.append(codes_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: ErrorBodyMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ErrorBodyMetadata.from_dict(_metadata)

        _meta = d.pop("meta", UNSET)
        meta: ErrorBodyMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ErrorBodyMeta.from_dict(_meta)

        error_body = cls(
            error=error,
            message=message,
            codes=codes,
            metadata=metadata,
            meta=meta,
        )

        error_body.additional_properties = d
        return error_body

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
