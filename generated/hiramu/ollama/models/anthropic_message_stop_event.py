from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_message_stop_event_type import (
    AnthropicMessageStopEventType,
    check_anthropic_message_stop_event_type,
)
from ..types import WireMapping

T = TypeVar("T", bound="AnthropicMessageStopEvent")


@_attrs_define(slots=False)
class AnthropicMessageStopEvent(WireMapping):
    """
    Example:
        {'type': 'message_stop'}

    Attributes:
        type_ (AnthropicMessageStopEventType):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
    }

    type_: AnthropicMessageStopEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {}
    _required_fields: ClassVar[frozenset[str]] = frozenset(("type_",))

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "type":
            type_ = check_anthropic_message_stop_event_type(value)

            return type_
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        anthropic_message_stop_event = object.__new__(cls)
        values = anthropic_message_stop_event.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "type":
                values["type_"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return anthropic_message_stop_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
