from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..models.open_ai_responses_response_event_type import (
    OpenAIResponsesResponseEventType,
)
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_response import OpenAIResponse


@_attrs_define(slots=False)
class OpenAIResponsesResponseEvent(WireMapping):
    """`response.created`, `response.in_progress` (`output` empty, `usage` null), `response.completed`, `response.failed`.

    Example:
        {'type': 'response.created', 'sequence_number': 0, 'response': {'id': 'resp_465517', 'object': 'response',
            'created_at': 1796287716, 'completed_at': None, 'status': 'in_progress', 'incomplete_details': None, 'model':
            'tiny-llama', 'previous_response_id': None, 'instructions': None, 'output': [], 'error': None, 'tools': [],
            'tool_choice': 'auto', 'truncation': 'disabled', 'parallel_tool_calls': True, 'text': {'format': {'type':
            'text'}}, 'top_p': 1, 'presence_penalty': 0, 'frequency_penalty': 0, 'top_logprobs': 0, 'temperature': 0,
            'reasoning': None, 'usage': None, 'max_output_tokens': 4, 'max_tool_calls': None, 'store': False, 'background':
            False, 'service_tier': 'default', 'metadata': {}, 'safety_identifier': None, 'prompt_cache_key': None}}

    Attributes:
        type (OpenAIResponsesResponseEventType):
        sequence_number (int):
        response (OpenAIResponse): `openai.ResponsesResponse` (and the `response` of the stream's lifecycle events).
            Several fields
            are fixed: `tool_choice` `auto`, `parallel_tool_calls` true, `store` false, `metadata` `{}`,
            `service_tier` `default`; `status` is `completed` even when cut off and `incomplete_details`
            stays null.
             Example: {'id': 'resp_710537', 'object': 'response', 'created_at': 1796287716, 'completed_at': 1796287716,
            'status': 'completed', 'incomplete_details': None, 'model': 'tiny-llama', 'previous_response_id': None,
            'instructions': None, 'output': [], 'error': None, 'tools': [], 'tool_choice': 'auto', 'truncation': 'disabled',
            'parallel_tool_calls': True, 'text': {'format': {'type': 'text'}}, 'top_p': 1, 'presence_penalty': 0,
            'frequency_penalty': 0, 'top_logprobs': 0, 'temperature': 0, 'reasoning': None, 'usage': None,
            'max_output_tokens': 4, 'max_tool_calls': None, 'store': False, 'background': False, 'service_tier': 'default',
            'metadata': {}, 'safety_identifier': None, 'prompt_cache_key': None}.
    """

    type: OpenAIResponsesResponseEventType
    sequence_number: int
    response: OpenAIResponse
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field(
            "type",
            "type",
            _wire.literal(
                "response.completed", "response.created", "response.failed", "response.in_progress"
            ),
            True,
        ),
        _wire.Field("sequence_number", "sequence_number", _wire.INT, True),
        _wire.Field("response", "response", _wire.model("OpenAIResponse"), True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
