from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.anthropic_error import AnthropicError


T = TypeVar("T", bound="AnthropicErrorResponse")


@_attrs_define(slots=False)
class AnthropicErrorResponse(WireMapping):
    """`anthropic.ErrorResponse`.

    Example:
        {'type': 'error', 'error': {'type': 'not_found_error', 'message': "model 'no-such-model' not found"},
            'request_id': 'req_c7dc5fe15346aef78e268d3b'}

    Attributes:
        type_ (str): `error`.
        error (AnthropicError):  Example: {'type': 'not_found_error', 'message': "model 'no-such-model' not found"}.
        request_id (str | Unset): `req_<24 hex>` (not sent as a header).
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "error": "error",
        "request_id": "request_id",
    }

    type_: str
    error: AnthropicError
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        error = self.error.to_dict()

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "error": error,
            }
        )
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "request_id": "request_id",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "type_",
            "error",
        )
    )

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "error":
            error = AnthropicError.from_dict(value)

            return error
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        anthropic_error_response = object.__new__(cls)
        values = anthropic_error_response.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "error":
                values["error"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return anthropic_error_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.anthropic_error import AnthropicError  # noqa: E402

for _name in ("request_id",):
    setattr(AnthropicErrorResponse, _name, UNSET)
