from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.tool_property_map import ToolPropertyMap


@_attrs_define(slots=False)
class ToolFunctionParameters(WireMapping):
    """JSON Schema of the function's arguments. Only the keywords listed here reach the model; others
    (`default`, `format`, `minimum`, `additionalProperties`, `oneOf`, `$ref`, ...) are accepted and dropped.

        Example:
            {'type': 'object', 'required': ['city'], 'properties': {'city': {'type': 'string', 'description': 'City name'}}}

        Attributes:
            type (str | Unset): `object` by convention.
            defs (Any | Unset): Schema definitions, passed through unchanged.
            items_ (Any | Unset): Passed through unchanged.
            required (list[str] | Unset):
            properties (ToolPropertyMap | Unset): Argument name to its schema (order kept). Example: {'city': {'type':
                'string', 'description': 'City name'}}.
    """

    type: str | Unset = UNSET
    defs: Any | Unset = UNSET
    items_: Any | Unset = UNSET
    required: list[str] | Unset = UNSET
    properties: ToolPropertyMap | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("type", "type", _wire.STR, False),
        _wire.Field("$defs", "defs", _wire.ANY, False),
        _wire.Field("items", "items_", _wire.ANY, False),
        _wire.Field("required", "required", _wire.list_of(_wire.STR), False),
        _wire.Field("properties", "properties", _wire.model("ToolPropertyMap"), False),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
