from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.tool_function import ToolFunction


@_attrs_define(slots=False)
class Tool(WireMapping):
    """A tool the model may call.

    Example:
        {'type': 'function', 'function': {'name': 'get_weather', 'description': 'Get the weather in a city',
            'parameters': {'type': 'object', 'required': ['city'], 'properties': {'city': {'type': 'string', 'description':
            'City name'}}}}}

    Attributes:
        type (str | Unset): `function` by convention (not checked).
        items_ (Any | Unset): Passed through to the template unchanged.
        function (ToolFunction | Unset): The function a tool exposes. Example: {'name': 'get_weather', 'description':
            'Get the weather in a city', 'parameters': {'type': 'object', 'required': ['city'], 'properties': {'city':
            {'type': 'string'}}}}.
    """

    type: str | Unset = UNSET
    items_: Any | Unset = UNSET
    function: ToolFunction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("type", "type", _wire.STR, False),
        _wire.Field("items", "items_", _wire.ANY, False),
        _wire.Field("function", "function", _wire.model("ToolFunction"), False),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
