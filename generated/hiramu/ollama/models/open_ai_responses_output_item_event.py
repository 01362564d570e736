from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..models.open_ai_responses_output_item_event_type import (
    OpenAIResponsesOutputItemEventType,
)
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_responses_output_item import OpenAIResponsesOutputItem


@_attrs_define(slots=False)
class OpenAIResponsesOutputItemEvent(WireMapping):
    """`response.output_item.added` / `response.output_item.done`.

    Example:
        {'type': 'response.output_item.added', 'sequence_number': 2, 'output_index': 0, 'item': {'id': 'msg_568967',
            'type': 'message', 'status': 'in_progress', 'role': 'assistant', 'content': []}}

    Attributes:
        type (OpenAIResponsesOutputItemEventType):
        sequence_number (int):
        output_index (int):
        item (OpenAIResponsesOutputItem): `openai.ResponsesOutputItem`, chosen by `type`: `message` (`status`, `role`,
            `content`),
            `function_call` (`status`, `call_id`, `name`, `arguments`), `reasoning` (`summary`,
            `encrypted_content`), `web_search_call` (`status`, `action`). Empty fields are omitted.
             Example: {'id': 'msg_614445', 'type': 'message', 'status': 'completed', 'role': 'assistant', 'content':
            [{'type': 'output_text', 'text': 'S they e na', 'annotations': [], 'logprobs': []}]}.
    """

    type: OpenAIResponsesOutputItemEventType
    sequence_number: int
    output_index: int
    item: OpenAIResponsesOutputItem
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field(
            "type", "type", _wire.literal("response.output_item.added", "response.output_item.done"), True
        ),
        _wire.Field("sequence_number", "sequence_number", _wire.INT, True),
        _wire.Field("output_index", "output_index", _wire.INT, True),
        _wire.Field("item", "item", _wire.model("OpenAIResponsesOutputItem"), True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
