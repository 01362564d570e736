from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..models.anthropic_content_block_delta_event_type import (
    AnthropicContentBlockDeltaEventType,
)
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.anthropic_delta import AnthropicDelta


@_attrs_define(slots=False)
class AnthropicContentBlockDeltaEvent(WireMapping):
    """
    Example:
        {'type': 'content_block_delta', 'index': 0, 'delta': {'type': 'text_delta', 'text': 'S'}}

    Attributes:
        type (AnthropicContentBlockDeltaEventType):
        index (int):
        delta (AnthropicDelta): `text_delta` (`text`), `input_json_delta` (`partial_json`), `thinking_delta`
            (`thinking`), `signature_delta` (`signature`); empty fields omitted. Example: {'type': 'text_delta', 'text':
            'S'}.
    """

    type: AnthropicContentBlockDeltaEventType
    index: int
    delta: AnthropicDelta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("type", "type", _wire.literal("content_block_delta"), True),
        _wire.Field("index", "index", _wire.INT, True),
        _wire.Field("delta", "delta", _wire.model("AnthropicDelta"), True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
