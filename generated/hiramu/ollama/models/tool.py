from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.tool_function import ToolFunction


T = TypeVar("T", bound="Tool")


@_attrs_define(slots=False)
class Tool(WireMapping):
    """A tool the model may call.

    Example:
        {'type': 'function', 'function': {'name': 'get_weather', 'description': 'Get the weather in a city',
            'parameters': {'type': 'object', 'required': ['city'], 'properties': {'city': {'type': 'string', 'description':
            'City name'}}}}}

    Attributes:
        type_ (str | Unset): `function` by convention (not checked).
        items (Any | Unset): Passed through to the template unchanged.
        function (ToolFunction | Unset): The function a tool exposes. Example: {'name': 'get_weather', 'description':
            'Get the weather in a city', 'parameters': {'type': 'object', 'required': ['city'], 'properties': {'city':
            {'type': 'string'}}}}.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "items": "items",
        "function": "function",
    }

    type_: str | Unset = UNSET
    items: Any | Unset = UNSET
    function: ToolFunction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        items = self.items

        function: dict[str, Any] | Unset = UNSET
        if not isinstance(self.function, Unset):
            function = self.function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if items is not UNSET:
            field_dict["items"] = items
        if function is not UNSET:
            field_dict["function"] = function

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "items": "items",
    }

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "function":
            _function = value
            function: ToolFunction | Unset
            if isinstance(_function, Unset):
                function = UNSET
            else:
                function = ToolFunction.from_dict(_function)

            return function
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        tool = object.__new__(cls)
        values = tool.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "function":
                values["function"] = cls._convert(key, value)
            else:
                extra[key] = value
        values["additional_properties"] = extra
        return tool

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.tool_function import ToolFunction  # noqa: E402

for _name in (
    "type_",
    "items",
    "function",
):
    setattr(Tool, _name, UNSET)
