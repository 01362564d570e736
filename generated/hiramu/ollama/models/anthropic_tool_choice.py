from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="AnthropicToolChoice")


@_attrs_define(slots=False)
class AnthropicToolChoice(WireMapping):
    """Read but not used by the conversion (the model decides).

    Example:
        {'type': 'auto'}

    Attributes:
        type_ (str): `auto`, `any`, `tool` or `none`.
        name (str | Unset):
        disable_parallel_tool_use (bool | Unset):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "name": "name",
        "disable_parallel_tool_use": "disable_parallel_tool_use",
    }

    type_: str
    name: str | Unset = UNSET
    disable_parallel_tool_use: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        disable_parallel_tool_use = self.disable_parallel_tool_use

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if disable_parallel_tool_use is not UNSET:
            field_dict["disable_parallel_tool_use"] = disable_parallel_tool_use

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "name": "name",
        "disable_parallel_tool_use": "disable_parallel_tool_use",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(("type_",))

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        anthropic_tool_choice = object.__new__(cls)
        values = anthropic_tool_choice.__dict__
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
        return anthropic_tool_choice

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


for _name in (
    "name",
    "disable_parallel_tool_use",
):
    setattr(AnthropicToolChoice, _name, UNSET)
