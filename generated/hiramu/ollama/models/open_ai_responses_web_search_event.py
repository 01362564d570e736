from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..models.open_ai_responses_web_search_event_type import (
    OpenAIResponsesWebSearchEventType,
)
from ..types import WireMapping


@_attrs_define(slots=False)
class OpenAIResponsesWebSearchEvent(WireMapping):
    """`response.web_search_call.in_progress` / `.searching` / `.completed`.

    Example:
        {'type': 'response.web_search_call.searching', 'sequence_number': 3, 'item_id': 'ws_1', 'output_index': 0}

    Attributes:
        type (OpenAIResponsesWebSearchEventType):
        sequence_number (int):
        item_id (str):
        output_index (int):
    """

    type: OpenAIResponsesWebSearchEventType
    sequence_number: int
    item_id: str
    output_index: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field(
            "type",
            "type",
            _wire.literal(
                "response.web_search_call.completed",
                "response.web_search_call.in_progress",
                "response.web_search_call.searching",
            ),
            True,
        ),
        _wire.Field("sequence_number", "sequence_number", _wire.INT, True),
        _wire.Field("item_id", "item_id", _wire.STR, True),
        _wire.Field("output_index", "output_index", _wire.INT, True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
