from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="AnthropicMessageDelta")


@_attrs_define(slots=False)
class AnthropicMessageDelta(WireMapping):
    """
    Example:
        {'stop_reason': 'end_turn'}

    Attributes:
        stop_reason (str | Unset):
        stop_sequence (str | Unset):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "stop_reason": "stop_reason",
        "stop_sequence": "stop_sequence",
    }

    stop_reason: str | Unset = UNSET
    stop_sequence: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stop_reason = self.stop_reason

        stop_sequence = self.stop_sequence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stop_reason is not UNSET:
            field_dict["stop_reason"] = stop_reason
        if stop_sequence is not UNSET:
            field_dict["stop_sequence"] = stop_sequence

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "stop_reason": "stop_reason",
        "stop_sequence": "stop_sequence",
    }

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        anthropic_message_delta = object.__new__(cls)
        values = anthropic_message_delta.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            else:
                extra[key] = value
        values["additional_properties"] = extra
        return anthropic_message_delta

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


for _name in (
    "stop_reason",
    "stop_sequence",
):
    setattr(AnthropicMessageDelta, _name, UNSET)
