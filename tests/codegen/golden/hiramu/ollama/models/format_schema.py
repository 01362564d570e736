from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="FormatSchema")


@_attrs_define
class FormatSchema(WireMapping):
    _wire_fields: ClassVar[dict[str, str]] = {}

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        format_schema = cls()

        format_schema.additional_properties = d
        return format_schema

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
