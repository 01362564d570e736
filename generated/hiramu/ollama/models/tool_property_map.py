from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, WireMapping

if TYPE_CHECKING:
    from ..models.tool_property import ToolProperty


@_attrs_define(slots=False)
class ToolPropertyMap(WireMapping):
    """Argument name to its schema (order kept).

    Example:
        {'city': {'type': 'string', 'description': 'City name'}}

    """

    additional_properties: dict[str, ToolProperty] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = ()
    _absent: ClassVar[Any] = UNSET
    _additional: ClassVar[_wire.Kind] = _wire.model("ToolProperty")

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
