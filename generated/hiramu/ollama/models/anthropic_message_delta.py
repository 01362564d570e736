from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping


@_attrs_define(slots=False)
class AnthropicMessageDelta(WireMapping):
    """
    Example:
        {'stop_reason': 'end_turn'}

    Attributes:
        stop_reason (str | None):
        stop_sequence (str | None):
    """

    stop_reason: str | None = None
    stop_sequence: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("stop_reason", "stop_reason", _wire.STR, False),
        _wire.Field("stop_sequence", "stop_sequence", _wire.STR, False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
