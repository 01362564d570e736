from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..models.open_ai_responses_text_delta_event_type import (
    OpenAIResponsesTextDeltaEventType,
)
from ..types import WireMapping


@_attrs_define(slots=False)
class OpenAIResponsesTextDeltaEvent(WireMapping):
    """
    Example:
        {'type': 'response.output_text.delta', 'sequence_number': 4, 'item_id': 'msg_568967', 'output_index': 0,
            'content_index': 0, 'delta': 'S', 'logprobs': []}

    Attributes:
        type (OpenAIResponsesTextDeltaEventType):
        sequence_number (int):
        item_id (str):
        output_index (int):
        content_index (int):
        delta (str):
        logprobs (list[Any]): Always empty.
    """

    type: OpenAIResponsesTextDeltaEventType
    sequence_number: int
    item_id: str
    output_index: int
    content_index: int
    delta: str
    logprobs: list[Any]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("type", "type", _wire.literal("response.output_text.delta"), True),
        _wire.Field("sequence_number", "sequence_number", _wire.INT, True),
        _wire.Field("item_id", "item_id", _wire.STR, True),
        _wire.Field("output_index", "output_index", _wire.INT, True),
        _wire.Field("content_index", "content_index", _wire.INT, True),
        _wire.Field("delta", "delta", _wire.STR, True),
        _wire.Field("logprobs", "logprobs", _wire.list_of(_wire.ANY), True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
