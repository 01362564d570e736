from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="AnthropicWebSearchToolResultError")


@_attrs_define(slots=False)
class AnthropicWebSearchToolResultError(WireMapping):
    """
    Example:
        {'type': 'web_search_tool_result_error', 'error_code': 'unavailable'}

    Attributes:
        type_ (str): `web_search_tool_result_error`.
        error_code (str):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "error_code": "error_code",
    }

    type_: str
    error_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        error_code = self.error_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "error_code": error_code,
            }
        )

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "error_code": "error_code",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "type_",
            "error_code",
        )
    )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        anthropic_web_search_tool_result_error = object.__new__(cls)
        values = anthropic_web_search_tool_result_error.__dict__
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
        return anthropic_web_search_tool_result_error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
