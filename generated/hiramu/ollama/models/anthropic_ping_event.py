from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..models.anthropic_ping_event_type import AnthropicPingEventType
from ..types import WireMapping


@_attrs_define(slots=False)
class AnthropicPingEvent(WireMapping):
    """Declared in `anthropic.go`; 0.33.0-rc2 never sends it.

    Example:
        {'type': 'ping'}

    Attributes:
        type (AnthropicPingEventType):
    """

    type: AnthropicPingEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (_wire.Field("type", "type", _wire.literal("ping"), True),)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
