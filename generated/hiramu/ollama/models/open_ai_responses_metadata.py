from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="OpenAIResponsesMetadata")


@_attrs_define(slots=False)
class OpenAIResponsesMetadata(WireMapping):
    """Always `{}`.

    Example:
        {}

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
        open_ai_responses_metadata = object.__new__(cls)
        values = open_ai_responses_metadata.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            else:
                extra[key] = value
        values["additional_properties"] = extra
        return open_ai_responses_metadata

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
