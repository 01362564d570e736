from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..models.anthropic_content_block_start_event_type import (
    AnthropicContentBlockStartEventType,
)
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.anthropic_content_block import AnthropicContentBlock


@_attrs_define(slots=False)
class AnthropicContentBlockStartEvent(WireMapping):
    """
    Example:
        {'type': 'content_block_start', 'index': 0, 'content_block': {'type': 'text', 'text': ''}}

    Attributes:
        type (AnthropicContentBlockStartEventType):
        index (int):
        content_block (AnthropicContentBlock): `anthropic.ContentBlock`, one struct for every block type (`text`,
            `image`, `tool_use`,
            `tool_result`, `thinking`, `redacted_thinking`, `server_tool_use`, `web_search_tool_result`);
            empty fields are omitted. In answers `text` is present (possibly `""`) on text blocks.
             Example: {'type': 'text', 'text': ' showOv the'}.
    """

    type: AnthropicContentBlockStartEventType
    index: int
    content_block: AnthropicContentBlock
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("type", "type", _wire.literal("content_block_start"), True),
        _wire.Field("index", "index", _wire.INT, True),
        _wire.Field("content_block", "content_block", _wire.model("AnthropicContentBlock"), True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
