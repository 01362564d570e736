from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="JsonSchema")


@_attrs_define(slots=False)
class JsonSchema(WireMapping):
    """A JSON Schema (draft 2020-12 keywords) the output must conform to.

    Example:
        {'type': 'object', 'properties': {'age': {'type': 'integer'}}, 'required': ['age']}

    """

    _wire_fields: ClassVar[dict[str, str]] = {}

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {}

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        json_schema = object.__new__(cls)
        values = json_schema.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            else:
                extra[key] = value
        values["additional_properties"] = extra
        return json_schema

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
