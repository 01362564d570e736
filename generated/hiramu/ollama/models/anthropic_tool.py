from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.json_schema import JsonSchema


@_attrs_define(slots=False)
class AnthropicTool(WireMapping):
    """
    Example:
        {'name': 'get_weather', 'description': 'Get the weather in a city', 'input_schema': {'type': 'object'}}

    Attributes:
        name (str):
        type (str | Unset): `custom` (or empty) for a function, `web_search_20250305` for web search.
        description (str | Unset):
        input_schema (JsonSchema | Unset): A JSON Schema (draft 2020-12 keywords) the output must conform to. Example:
            {'type': 'object', 'properties': {'age': {'type': 'integer'}}, 'required': ['age']}.
        max_uses (int | Unset):
    """

    name: str
    type: str | Unset = UNSET
    description: str | Unset = UNSET
    input_schema: JsonSchema | Unset = UNSET
    max_uses: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("name", "name", _wire.STR, True),
        _wire.Field("type", "type", _wire.STR, False),
        _wire.Field("description", "description", _wire.STR, False),
        _wire.Field("input_schema", "input_schema", _wire.model("JsonSchema"), False),
        _wire.Field("max_uses", "max_uses", _wire.INT, False),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
