from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.tool_property_map import ToolPropertyMap


T = TypeVar("T", bound="ToolProperty")


@_attrs_define(slots=False)
class ToolProperty(WireMapping):
    """The schema of one argument (a subset of JSON Schema).

    Example:
        {'type': ['string', 'null'], 'description': 'Unit', 'enum': ['celsius', 'fahrenheit']}

    Attributes:
        any_of (list[ToolProperty] | Unset):
        type_ (list[str] | str | Unset): A JSON type name or a list of them (a one-element list is sent back as a
            string).
        items (Any | Unset): Schema of array items, passed through unchanged.
        description (str | Unset):
        enum (list[Any] | Unset):
        properties (ToolPropertyMap | Unset): Argument name to its schema (order kept). Example: {'city': {'type':
            'string', 'description': 'City name'}}.
        required (list[str] | Unset):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "anyOf": "any_of",
        "type": "type_",
        "items": "items",
        "description": "description",
        "enum": "enum",
        "properties": "properties",
        "required": "required",
    }

    any_of: list[ToolProperty] | Unset = UNSET
    type_: list[str] | str | Unset = UNSET
    items: Any | Unset = UNSET
    description: str | Unset = UNSET
    enum: list[Any] | Unset = UNSET
    properties: ToolPropertyMap | Unset = UNSET
    required: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        any_of: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.any_of, Unset):
            any_of = []
            for any_of_item_data in self.any_of:
                any_of_item = any_of_item_data.to_dict()
                any_of.append(any_of_item)

        type_: list[str] | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, list):
            type_ = self.type_

        else:
            type_ = self.type_

        items = self.items

        description = self.description

        enum: list[Any] | Unset = UNSET
        if not isinstance(self.enum, Unset):
            enum = self.enum

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        required: list[str] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if any_of is not UNSET:
            field_dict["anyOf"] = any_of
        if type_ is not UNSET:
            field_dict["type"] = type_
        if items is not UNSET:
            field_dict["items"] = items
        if description is not UNSET:
            field_dict["description"] = description
        if enum is not UNSET:
            field_dict["enum"] = enum
        if properties is not UNSET:
            field_dict["properties"] = properties
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "items": "items",
        "description": "description",
        "enum": "enum",
        "required": "required",
    }

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "anyOf":
            _any_of = value
            any_of: list[ToolProperty] | Unset = UNSET
            if _any_of is not UNSET:
                any_of = []
                for any_of_item_data in _any_of:
                    any_of_item = ToolProperty.from_dict(any_of_item_data)

                    any_of.append(any_of_item)

            return any_of
        elif key == "type":

            def _parse_type_(data: object) -> list[str] | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_tool_property_type_type_1 = cast(list[str], data)

                    return componentsschemas_tool_property_type_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | str | Unset, data)

            type_ = _parse_type_(value)

            return type_
        elif key == "properties":
            _properties = value
            properties: ToolPropertyMap | Unset
            if isinstance(_properties, Unset):
                properties = UNSET
            else:
                properties = ToolPropertyMap.from_dict(_properties)

            return properties
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        tool_property = object.__new__(cls)
        values = tool_property.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "anyOf":
                values["any_of"] = cls._convert(key, value)
            elif key == "type":
                values["type_"] = cls._convert(key, value)
            elif key == "properties":
                values["properties"] = cls._convert(key, value)
            else:
                extra[key] = value
        values["additional_properties"] = extra
        return tool_property

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.tool_property_map import ToolPropertyMap  # noqa: E402

for _name in (
    "any_of",
    "type_",
    "items",
    "description",
    "enum",
    "properties",
    "required",
):
    setattr(ToolProperty, _name, UNSET)
