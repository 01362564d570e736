from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="OpenAIToolCallFunction")


@_attrs_define(slots=False)
class OpenAIToolCallFunction(WireMapping):
    """
    Example:
        {'name': 'get_weather', 'arguments': '{"city":"Paris"}'}

    Attributes:
        arguments (str): The arguments as a JSON object text (a request with anything else is `400 invalid tool call
            arguments`).
        name (str | Unset):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "arguments": "arguments",
        "name": "name",
    }

    arguments: str
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arguments = self.arguments

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "arguments": arguments,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "arguments": "arguments",
        "name": "name",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(("arguments",))

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_tool_call_function = object.__new__(cls)
        values = open_ai_tool_call_function.__dict__
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
        return open_ai_tool_call_function

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


for _name in ("name",):
    setattr(OpenAIToolCallFunction, _name, UNSET)
