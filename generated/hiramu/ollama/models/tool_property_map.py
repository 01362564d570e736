from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.tool_property import ToolProperty


T = TypeVar("T", bound="ToolPropertyMap")


@_attrs_define(slots=False)
class ToolPropertyMap(WireMapping):
    """Argument name to its schema (order kept).

    Example:
        {'city': {'type': 'string', 'description': 'City name'}}

    """

    _wire_fields: ClassVar[dict[str, str]] = {}

    additional_properties: dict[str, ToolProperty] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {}

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        tool_property_map = object.__new__(cls)
        values = tool_property_map.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            else:
                extra[key] = value
        additional_properties = {}
        for prop_name, prop_dict in extra.items():
            additional_property = ToolProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property
        values["additional_properties"] = additional_properties
        return tool_property_map

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.tool_property import ToolProperty  # noqa: E402
