from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..models.open_ai_responses_content_part_event_type import (
    OpenAIResponsesContentPartEventType,
)
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_responses_output_content import OpenAIResponsesOutputContent


@_attrs_define(slots=False)
class OpenAIResponsesContentPartEvent(WireMapping):
    """`response.content_part.added` / `response.content_part.done`.

    Example:
        {'type': 'response.content_part.added', 'sequence_number': 3, 'item_id': 'msg_568967', 'output_index': 0,
            'content_index': 0, 'part': {'type': 'output_text', 'text': '', 'annotations': [], 'logprobs': []}}

    Attributes:
        type (OpenAIResponsesContentPartEventType):
        sequence_number (int):
        item_id (str):
        output_index (int):
        content_index (int):
        part (OpenAIResponsesOutputContent):  Example: {'type': 'output_text', 'text': 'S they e na', 'annotations': [],
            'logprobs': []}.
    """

    type: OpenAIResponsesContentPartEventType
    sequence_number: int
    item_id: str
    output_index: int
    content_index: int
    part: OpenAIResponsesOutputContent
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field(
            "type", "type", _wire.literal("response.content_part.added", "response.content_part.done"), True
        ),
        _wire.Field("sequence_number", "sequence_number", _wire.INT, True),
        _wire.Field("item_id", "item_id", _wire.STR, True),
        _wire.Field("output_index", "output_index", _wire.INT, True),
        _wire.Field("content_index", "content_index", _wire.INT, True),
        _wire.Field("part", "part", _wire.model("OpenAIResponsesOutputContent"), True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
