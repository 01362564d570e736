from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.tool_property_map import ToolPropertyMap


@_attrs_define(slots=False)
class ToolProperty(WireMapping):
    """The schema of one argument (a subset of JSON Schema).

    Example:
        {'type': ['string', 'null'], 'description': 'Unit', 'enum': ['celsius', 'fahrenheit']}

    Attributes:
        any_of (list[ToolProperty] | Unset):
        type (str | list[str] | Unset): A JSON type name or a list of them (a one-element list is sent back as a
            string).
        items_ (Any | Unset): Schema of array items, passed through unchanged.
        description (str | Unset):
        enum (list[Any] | Unset):
        properties (ToolPropertyMap | Unset): Argument name to its schema (order kept). Example: {'city': {'type':
            'string', 'description': 'City name'}}.
        required (list[str] | Unset):
    """

    any_of: list[ToolProperty] | Unset = UNSET
    type: str | list[str] | Unset = UNSET
    items_: Any | Unset = UNSET
    description: str | Unset = UNSET
    enum: list[Any] | Unset = UNSET
    properties: ToolPropertyMap | Unset = UNSET
    required: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("anyOf", "any_of", _wire.list_of(_wire.model("ToolProperty")), False),
        _wire.Field("type", "type", _wire.one_of(_wire.STR, _wire.list_of(_wire.STR)), False),
        _wire.Field("items", "items_", _wire.ANY, False),
        _wire.Field("description", "description", _wire.STR, False),
        _wire.Field("enum", "enum", _wire.list_of(_wire.ANY), False),
        _wire.Field("properties", "properties", _wire.model("ToolPropertyMap"), False),
        _wire.Field("required", "required", _wire.list_of(_wire.STR), False),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
