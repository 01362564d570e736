from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="OpenAIStreamOptions")


@_attrs_define(slots=False)
class OpenAIStreamOptions(WireMapping):
    """
    Example:
        {'include_usage': True}

    Attributes:
        include_usage (bool | Unset): Adds a usage chunk (`choices` empty) before `[DONE]`.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "include_usage": "include_usage",
    }

    include_usage: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        include_usage = self.include_usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if include_usage is not UNSET:
            field_dict["include_usage"] = include_usage

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "include_usage": "include_usage",
    }

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_stream_options = object.__new__(cls)
        values = open_ai_stream_options.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            else:
                extra[key] = value
        values["additional_properties"] = extra
        return open_ai_stream_options

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


for _name in ("include_usage",):
    setattr(OpenAIStreamOptions, _name, UNSET)
