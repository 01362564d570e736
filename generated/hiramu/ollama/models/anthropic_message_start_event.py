from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_message_start_event_type import (
    AnthropicMessageStartEventType,
    check_anthropic_message_start_event_type,
)
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.anthropic_message import AnthropicMessage


T = TypeVar("T", bound="AnthropicMessageStartEvent")


@_attrs_define(slots=False)
class AnthropicMessageStartEvent(WireMapping):
    """The message with empty `content`, no `stop_reason`, and an estimated `usage.input_tokens` (characters / 4).

    Example:
        {'type': 'message_start', 'message': {'id': 'msg_5fd5a270f3026a1c2b92118a', 'type': 'message', 'role':
            'assistant', 'model': 'tiny-llama', 'content': [], 'usage': {'input_tokens': 6, 'output_tokens': 0}}}

    Attributes:
        type_ (AnthropicMessageStartEventType):
        message (AnthropicMessage): `anthropic.MessagesResponse`. `stop_reason` comes from the native `done_reason`:
            `tool_use`
            when the answer has tool calls, `end_turn` for `stop` (also when a stop sequence was hit),
            `max_tokens` for `length`, `stop_sequence` for any other non-empty reason, omitted when empty;
            `stop_sequence` is never filled.
             Example: {'id': 'msg_83591555ff9c0dbd8071e1f1', 'type': 'message', 'role': 'assistant', 'model': 'tiny-llama',
            'content': [{'type': 'text', 'text': ' showOv the'}], 'stop_reason': 'max_tokens', 'usage': {'input_tokens': 44,
            'output_tokens': 4}}.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "message": "message",
    }

    type_: AnthropicMessageStartEventType
    message: AnthropicMessage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        message = self.message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "message": message,
            }
        )

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {}
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "type_",
            "message",
        )
    )

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "type":
            type_ = check_anthropic_message_start_event_type(value)

            return type_
        elif key == "message":
            message = AnthropicMessage.from_dict(value)

            return message
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        anthropic_message_start_event = object.__new__(cls)
        values = anthropic_message_start_event.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "type":
                values["type_"] = cls._convert(key, value)
            elif key == "message":
                values["message"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return anthropic_message_start_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.anthropic_message import AnthropicMessage  # noqa: E402
