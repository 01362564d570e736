from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..models.anthropic_message_delta_event_type import (
    AnthropicMessageDeltaEventType,
)
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.anthropic_message_delta import AnthropicMessageDelta
    from ..models.anthropic_usage import AnthropicUsage


@_attrs_define(slots=False)
class AnthropicMessageDeltaEvent(WireMapping):
    """`usage.input_tokens` is the real prompt count here.

    Example:
        {'type': 'message_delta', 'delta': {'stop_reason': 'max_tokens'}, 'usage': {'input_tokens': 24, 'output_tokens':
            4}}

    Attributes:
        type (AnthropicMessageDeltaEventType):
        delta (AnthropicMessageDelta):  Example: {'stop_reason': 'end_turn'}.
        usage (AnthropicUsage):  Example: {'input_tokens': 44, 'output_tokens': 4}.
    """

    type: AnthropicMessageDeltaEventType
    delta: AnthropicMessageDelta
    usage: AnthropicUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("type", "type", _wire.literal("message_delta"), True),
        _wire.Field("delta", "delta", _wire.model("AnthropicMessageDelta"), True),
        _wire.Field("usage", "usage", _wire.model("AnthropicUsage"), True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
