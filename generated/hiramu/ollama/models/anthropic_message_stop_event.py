from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..models.anthropic_message_stop_event_type import (
    AnthropicMessageStopEventType,
)
from ..types import WireMapping


@_attrs_define(slots=False)
class AnthropicMessageStopEvent(WireMapping):
    """
    Example:
        {'type': 'message_stop'}

    Attributes:
        type (AnthropicMessageStopEventType):
    """

    type: AnthropicMessageStopEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("type", "type", _wire.literal("message_stop"), True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
