from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.anthropic_content_block import AnthropicContentBlock
    from ..models.anthropic_usage import AnthropicUsage


@_attrs_define(slots=False)
class AnthropicMessage(WireMapping):
    """`anthropic.MessagesResponse`. `stop_reason` comes from the native `done_reason`: `tool_use`
    when the answer has tool calls, `end_turn` for `stop` (also when a stop sequence was hit),
    `max_tokens` for `length`, `stop_sequence` for any other non-empty reason, omitted when empty;
    `stop_sequence` is never filled.

        Example:
            {'id': 'msg_83591555ff9c0dbd8071e1f1', 'type': 'message', 'role': 'assistant', 'model': 'tiny-llama', 'content':
                [{'type': 'text', 'text': ' showOv the'}], 'stop_reason': 'max_tokens', 'usage': {'input_tokens': 44,
                'output_tokens': 4}}

        Attributes:
            id (str): `msg_<24 hex>`.
            type (str): `message`.
            role (str): `assistant`.
            model (str):
            content (list[AnthropicContentBlock] | None): Thinking, text and tool-use blocks in that order; `null` when the
                answer is empty (a nil Go slice).
            usage (AnthropicUsage):  Example: {'input_tokens': 44, 'output_tokens': 4}.
            stop_reason (str | None):
            stop_sequence (str | None):
    """

    id: str
    type: str
    role: str
    model: str
    content: list[AnthropicContentBlock] | None
    usage: AnthropicUsage
    stop_reason: str | None = None
    stop_sequence: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("id", "id", _wire.STR, True),
        _wire.Field("type", "type", _wire.STR, True),
        _wire.Field("role", "role", _wire.STR, True),
        _wire.Field("model", "model", _wire.STR, True),
        _wire.Field(
            "content",
            "content",
            _wire.one_of(_wire.list_of(_wire.model("AnthropicContentBlock")), _wire.NULL),
            True,
        ),
        _wire.Field("usage", "usage", _wire.model("AnthropicUsage"), True),
        _wire.Field("stop_reason", "stop_reason", _wire.STR, False),
        _wire.Field("stop_sequence", "stop_sequence", _wire.STR, False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
