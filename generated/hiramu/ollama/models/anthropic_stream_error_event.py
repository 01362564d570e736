from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..models.anthropic_stream_error_event_type import (
    AnthropicStreamErrorEventType,
)
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.anthropic_error import AnthropicError


@_attrs_define(slots=False)
class AnthropicStreamErrorEvent(WireMapping):
    """Declared in `anthropic.go`; 0.33.0-rc2 never sends it (a stream that fails after it started just ends).

    Example:
        {'type': 'error', 'error': {'type': 'api_error', 'message': 'an error was encountered while running the model'}}

    Attributes:
        type (AnthropicStreamErrorEventType):
        error (AnthropicError):  Example: {'type': 'not_found_error', 'message': "model 'no-such-model' not found"}.
    """

    type: AnthropicStreamErrorEventType
    error: AnthropicError
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("type", "type", _wire.literal("error"), True),
        _wire.Field("error", "error", _wire.model("AnthropicError"), True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
