from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..models.anthropic_content_block_stop_event_type import (
    AnthropicContentBlockStopEventType,
)
from ..types import WireMapping


@_attrs_define(slots=False)
class AnthropicContentBlockStopEvent(WireMapping):
    """
    Example:
        {'type': 'content_block_stop', 'index': 0}

    Attributes:
        type (AnthropicContentBlockStopEventType):
        index (int):
    """

    type: AnthropicContentBlockStopEventType
    index: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("type", "type", _wire.literal("content_block_stop"), True),
        _wire.Field("index", "index", _wire.INT, True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
