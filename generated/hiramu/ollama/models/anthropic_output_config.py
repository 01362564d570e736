from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="AnthropicOutputConfig")


@_attrs_define(slots=False)
class AnthropicOutputConfig(WireMapping):
    """Without `thinking`, `effort` `low`, `medium`, `high` or `max` (trimmed, case-insensitive; `xhigh` reads as `high`)
    becomes the native `think` level; other values are ignored.

        Example:
            {'effort': 'low'}

        Attributes:
            effort (str | Unset):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "effort": "effort",
    }

    effort: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        effort = self.effort

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if effort is not UNSET:
            field_dict["effort"] = effort

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "effort": "effort",
    }

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        anthropic_output_config = object.__new__(cls)
        values = anthropic_output_config.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            else:
                extra[key] = value
        values["additional_properties"] = extra
        return anthropic_output_config

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


for _name in ("effort",):
    setattr(AnthropicOutputConfig, _name, UNSET)
