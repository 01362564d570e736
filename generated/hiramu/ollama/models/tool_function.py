from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.tool_function_parameters import ToolFunctionParameters


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

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    parameters: ToolFunctionParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("name", "name", _wire.STR, False),
        _wire.Field("description", "description", _wire.STR, False),
        _wire.Field("parameters", "parameters", _wire.model("ToolFunctionParameters"), False),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
