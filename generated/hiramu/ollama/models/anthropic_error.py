from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="AnthropicError")


@_attrs_define(slots=False)
class AnthropicError(WireMapping):
    """
    Example:
        {'type': 'not_found_error', 'message': "model 'no-such-model' not found"}

    Attributes:
        type_ (str): From the status alone: `invalid_request_error` (400), `authentication_error` (401),
            `permission_error` (403), `not_found_error` (404), `rate_limit_error` (429),
            `overloaded_error` (503, 529), `api_error` (any other).
        message (str):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "message": "message",
    }

    type_: str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "message": message,
            }
        )

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "message": "message",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "type_",
            "message",
        )
    )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        anthropic_error = object.__new__(cls)
        values = anthropic_error.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return anthropic_error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
