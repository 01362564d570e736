from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.tool_function_parameters import ToolFunctionParameters


T = TypeVar("T", bound="ToolFunction")


@_attrs_define(slots=False)
class ToolFunction(WireMapping):
    """The function a tool exposes.

    Example:
        {'name': 'get_weather', 'description': 'Get the weather in a city', 'parameters': {'type': 'object', 'required':
            ['city'], 'properties': {'city': {'type': 'string'}}}}

    Attributes:
        name (str | Unset): The function's name.
        description (str | Unset): What the function does.
        parameters (ToolFunctionParameters | Unset): JSON Schema of the function's arguments. Only the keywords listed
            here reach the model; others
            (`default`, `format`, `minimum`, `additionalProperties`, `oneOf`, `$ref`, ...) are accepted and dropped.
             Example: {'type': 'object', 'required': ['city'], 'properties': {'city': {'type': 'string', 'description':
            'City name'}}}.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "name": "name",
        "description": "description",
        "parameters": "parameters",
    }

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    parameters: ToolFunctionParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "name": "name",
        "description": "description",
    }

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "parameters":
            _parameters = value
            parameters: ToolFunctionParameters | Unset
            if isinstance(_parameters, Unset):
                parameters = UNSET
            else:
                parameters = ToolFunctionParameters.from_dict(_parameters)

            return parameters
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        tool_function = object.__new__(cls)
        values = tool_function.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "parameters":
                values["parameters"] = cls._convert(key, value)
            else:
                extra[key] = value
        values["additional_properties"] = extra
        return tool_function

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.tool_function_parameters import ToolFunctionParameters  # noqa: E402

for _name in (
    "name",
    "description",
    "parameters",
):
    setattr(ToolFunction, _name, UNSET)
