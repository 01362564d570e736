from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..models.open_ai_responses_arguments_done_event_type import (
    OpenAIResponsesArgumentsDoneEventType,
)
from ..types import WireMapping


@_attrs_define(slots=False)
class OpenAIResponsesArgumentsDoneEvent(WireMapping):
    """
    Example:
        {'type': 'response.function_call_arguments.done', 'sequence_number': 4, 'item_id': 'fc_5521_0', 'output_index':
            0, 'arguments': '{"city":"Paris"}'}

    Attributes:
        type (OpenAIResponsesArgumentsDoneEventType):
        sequence_number (int):
        item_id (str):
        output_index (int):
        arguments (str):
    """

    type: OpenAIResponsesArgumentsDoneEventType
    sequence_number: int
    item_id: str
    output_index: int
    arguments: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("type", "type", _wire.literal("response.function_call_arguments.done"), True),
        _wire.Field("sequence_number", "sequence_number", _wire.INT, True),
        _wire.Field("item_id", "item_id", _wire.STR, True),
        _wire.Field("output_index", "output_index", _wire.INT, True),
        _wire.Field("arguments", "arguments", _wire.STR, True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
