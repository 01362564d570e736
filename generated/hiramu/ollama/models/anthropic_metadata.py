from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="AnthropicMetadata")


@_attrs_define(slots=False)
class AnthropicMetadata(WireMapping):
    """
    Example:
        {'user_id': 'user-123'}

    Attributes:
        user_id (str | Unset):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "user_id": "user_id",
    }

    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "user_id": "user_id",
    }

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        anthropic_metadata = object.__new__(cls)
        values = anthropic_metadata.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            else:
                extra[key] = value
        values["additional_properties"] = extra
        return anthropic_metadata

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


for _name in ("user_id",):
    setattr(AnthropicMetadata, _name, UNSET)
