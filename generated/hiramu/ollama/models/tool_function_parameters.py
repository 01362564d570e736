from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.tool_property_map import ToolPropertyMap


T = TypeVar("T", bound="ToolFunctionParameters")


@_attrs_define(slots=False)
class ToolFunctionParameters(WireMapping):
    """JSON Schema of the function's arguments. Only the keywords listed here reach the model; others
    (`default`, `format`, `minimum`, `additionalProperties`, `oneOf`, `$ref`, ...) are accepted and dropped.

        Example:
            {'type': 'object', 'required': ['city'], 'properties': {'city': {'type': 'string', 'description': 'City name'}}}

        Attributes:
            type_ (str | Unset): `object` by convention.
            defs (Any | Unset): Schema definitions, passed through unchanged.
            items (Any | Unset): Passed through unchanged.
            required (list[str] | Unset):
            properties (ToolPropertyMap | Unset): Argument name to its schema (order kept). Example: {'city': {'type':
                'string', 'description': 'City name'}}.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "$defs": "defs",
        "items": "items",
        "required": "required",
        "properties": "properties",
    }

    type_: str | Unset = UNSET
    defs: Any | Unset = UNSET
    items: Any | Unset = UNSET
    required: list[str] | Unset = UNSET
    properties: ToolPropertyMap | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        defs = self.defs

        items = self.items

        required: list[str] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if defs is not UNSET:
            field_dict["$defs"] = defs
        if items is not UNSET:
            field_dict["items"] = items
        if required is not UNSET:
            field_dict["required"] = required
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "$defs": "defs",
        "items": "items",
        "required": "required",
    }

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "properties":
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
        tool_function_parameters = object.__new__(cls)
        values = tool_function_parameters.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "properties":
                values["properties"] = cls._convert(key, value)
            else:
                extra[key] = value
        values["additional_properties"] = extra
        return tool_function_parameters

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.tool_property_map import ToolPropertyMap  # noqa: E402

for _name in (
    "type_",
    "defs",
    "items",
    "required",
    "properties",
):
    setattr(ToolFunctionParameters, _name, UNSET)
