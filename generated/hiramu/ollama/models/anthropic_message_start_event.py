from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..models.anthropic_message_start_event_type import (
    AnthropicMessageStartEventType,
)
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.anthropic_message import AnthropicMessage


@_attrs_define(slots=False)
class AnthropicMessageStartEvent(WireMapping):
    """The message with empty `content`, no `stop_reason`, and an estimated `usage.input_tokens` (characters / 4).

    Example:
        {'type': 'message_start', 'message': {'id': 'msg_5fd5a270f3026a1c2b92118a', 'type': 'message', 'role':
            'assistant', 'model': 'tiny-llama', 'content': [], 'usage': {'input_tokens': 6, 'output_tokens': 0}}}

    Attributes:
        type (AnthropicMessageStartEventType):
        message (AnthropicMessage): `anthropic.MessagesResponse`. `stop_reason` comes from the native `done_reason`:
            `tool_use`
            when the answer has tool calls, `end_turn` for `stop` (also when a stop sequence was hit),
            `max_tokens` for `length`, `stop_sequence` for any other non-empty reason, omitted when empty;
            `stop_sequence` is never filled.
             Example: {'id': 'msg_83591555ff9c0dbd8071e1f1', 'type': 'message', 'role': 'assistant', 'model': 'tiny-llama',
            'content': [{'type': 'text', 'text': ' showOv the'}], 'stop_reason': 'max_tokens', 'usage': {'input_tokens': 44,
            'output_tokens': 4}}.
    """

    type: AnthropicMessageStartEventType
    message: AnthropicMessage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("type", "type", _wire.literal("message_start"), True),
        _wire.Field("message", "message", _wire.model("AnthropicMessage"), True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
