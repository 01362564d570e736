from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..models.open_ai_responses_reasoning_done_event_type import (
    OpenAIResponsesReasoningDoneEventType,
)
from ..types import WireMapping


@_attrs_define(slots=False)
class OpenAIResponsesReasoningDoneEvent(WireMapping):
    """
    Example:
        {'type': 'response.reasoning_summary_text.done', 'sequence_number': 9, 'item_id': 'rs_4821', 'output_index': 0,
            'summary_index': 0, 'text': 'The user asks about the sky.'}

    Attributes:
        type (OpenAIResponsesReasoningDoneEventType):
        sequence_number (int):
        item_id (str):
        output_index (int):
        summary_index (int):
        text (str):
    """

    type: OpenAIResponsesReasoningDoneEventType
    sequence_number: int
    item_id: str
    output_index: int
    summary_index: int
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("type", "type", _wire.literal("response.reasoning_summary_text.done"), True),
        _wire.Field("sequence_number", "sequence_number", _wire.INT, True),
        _wire.Field("item_id", "item_id", _wire.STR, True),
        _wire.Field("output_index", "output_index", _wire.INT, True),
        _wire.Field("summary_index", "summary_index", _wire.INT, True),
        _wire.Field("text", "text", _wire.STR, True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
