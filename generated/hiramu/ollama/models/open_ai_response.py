from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_responses_error import OpenAIResponsesError
    from ..models.open_ai_responses_incomplete_details import OpenAIResponsesIncompleteDetails
    from ..models.open_ai_responses_output_item import OpenAIResponsesOutputItem
    from ..models.open_ai_responses_reasoning_output import OpenAIResponsesReasoningOutput
    from ..models.open_ai_responses_text import OpenAIResponsesText
    from ..models.open_ai_responses_tool import OpenAIResponsesTool
    from ..models.open_ai_responses_usage import OpenAIResponsesUsage


@_attrs_define(slots=False)
class OpenAIResponse(WireMapping):
    """`openai.ResponsesResponse` (and the `response` of the stream's lifecycle events). Several fields
    are fixed: `tool_choice` `auto`, `parallel_tool_calls` true, `store` false, `metadata` `{}`,
    `service_tier` `default`; `status` is `completed` even when cut off and `incomplete_details`
    stays null.

        Example:
            {'id': 'resp_710537', 'object': 'response', 'created_at': 1796287716, 'completed_at': 1796287716, 'status':
                'completed', 'incomplete_details': None, 'model': 'tiny-llama', 'previous_response_id': None, 'instructions':
                None, 'output': [], 'error': None, 'tools': [], 'tool_choice': 'auto', 'truncation': 'disabled',
                'parallel_tool_calls': True, 'text': {'format': {'type': 'text'}}, 'top_p': 1, 'presence_penalty': 0,
                'frequency_penalty': 0, 'top_logprobs': 0, 'temperature': 0, 'reasoning': None, 'usage': None,
                'max_output_tokens': 4, 'max_tool_calls': None, 'store': False, 'background': False, 'service_tier': 'default',
                'metadata': {}, 'safety_identifier': None, 'prompt_cache_key': None}

        Attributes:
            id (str): `resp_<0..999998>`.
            object (str): `response`.
            created_at (int):
            completed_at (int | None):
            status (str): `in_progress` (stream start), `completed` or `failed`.
            incomplete_details (OpenAIResponsesIncompleteDetails | None):
            model (str):
            previous_response_id (None):
            instructions (str | None):
            output (list[OpenAIResponsesOutputItem]):
            error (OpenAIResponsesError | None):
            tools (list[OpenAIResponsesTool]): The request's tools (`[]` when none).
            tool_choice (str): `auto`.
            truncation (str):
            parallel_tool_calls (bool):
            text (OpenAIResponsesText):  Example: {'format': {'type': 'text'}}.
            top_p (float):
            presence_penalty (float):
            frequency_penalty (float):
            top_logprobs (int):
            temperature (float):
            reasoning (OpenAIResponsesReasoningOutput | None):
            usage (OpenAIResponsesUsage | None):
            max_output_tokens (int | None):
            max_tool_calls (int | None):
            store (bool):
            background (bool):
            service_tier (str):
            metadata (dict[str, Any]): Always `{}`. Example: {}.
            safety_identifier (str | None):
            prompt_cache_key (str | None):
    """

    id: str
    object: str
    created_at: int
    completed_at: int | None
    status: str
    incomplete_details: OpenAIResponsesIncompleteDetails | None
    model: str
    previous_response_id: None
    instructions: str | None
    output: list[OpenAIResponsesOutputItem]
    error: OpenAIResponsesError | None
    tools: list[OpenAIResponsesTool]
    tool_choice: str
    truncation: str
    parallel_tool_calls: bool
    text: OpenAIResponsesText
    top_p: float
    presence_penalty: float
    frequency_penalty: float
    top_logprobs: int
    temperature: float
    reasoning: OpenAIResponsesReasoningOutput | None
    usage: OpenAIResponsesUsage | None
    max_output_tokens: int | None
    max_tool_calls: int | None
    store: bool
    background: bool
    service_tier: str
    metadata: dict[str, Any]
    safety_identifier: str | None
    prompt_cache_key: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("id", "id", _wire.STR, True),
        _wire.Field("object", "object", _wire.STR, True),
        _wire.Field("created_at", "created_at", _wire.INT, True),
        _wire.Field("completed_at", "completed_at", _wire.one_of(_wire.INT, _wire.NULL), True),
        _wire.Field("status", "status", _wire.STR, True),
        _wire.Field(
            "incomplete_details",
            "incomplete_details",
            _wire.one_of(_wire.model("OpenAIResponsesIncompleteDetails"), _wire.NULL),
            True,
        ),
        _wire.Field("model", "model", _wire.STR, True),
        _wire.Field("previous_response_id", "previous_response_id", _wire.NULL, True),
        _wire.Field("instructions", "instructions", _wire.one_of(_wire.STR, _wire.NULL), True),
        _wire.Field("output", "output", _wire.list_of(_wire.model("OpenAIResponsesOutputItem")), True),
        _wire.Field("error", "error", _wire.one_of(_wire.model("OpenAIResponsesError"), _wire.NULL), True),
        _wire.Field("tools", "tools", _wire.list_of(_wire.model("OpenAIResponsesTool")), True),
        _wire.Field("tool_choice", "tool_choice", _wire.STR, True),
        _wire.Field("truncation", "truncation", _wire.STR, True),
        _wire.Field("parallel_tool_calls", "parallel_tool_calls", _wire.BOOL, True),
        _wire.Field("text", "text", _wire.model("OpenAIResponsesText"), True),
        _wire.Field("top_p", "top_p", _wire.FLOAT, True),
        _wire.Field("presence_penalty", "presence_penalty", _wire.FLOAT, True),
        _wire.Field("frequency_penalty", "frequency_penalty", _wire.FLOAT, True),
        _wire.Field("top_logprobs", "top_logprobs", _wire.INT, True),
        _wire.Field("temperature", "temperature", _wire.FLOAT, True),
        _wire.Field(
            "reasoning",
            "reasoning",
            _wire.one_of(_wire.model("OpenAIResponsesReasoningOutput"), _wire.NULL),
            True,
        ),
        _wire.Field("usage", "usage", _wire.one_of(_wire.model("OpenAIResponsesUsage"), _wire.NULL), True),
        _wire.Field("max_output_tokens", "max_output_tokens", _wire.one_of(_wire.INT, _wire.NULL), True),
        _wire.Field("max_tool_calls", "max_tool_calls", _wire.one_of(_wire.INT, _wire.NULL), True),
        _wire.Field("store", "store", _wire.BOOL, True),
        _wire.Field("background", "background", _wire.BOOL, True),
        _wire.Field("service_tier", "service_tier", _wire.STR, True),
        _wire.Field("metadata", "metadata", _wire.OBJECT, True),
        _wire.Field("safety_identifier", "safety_identifier", _wire.one_of(_wire.STR, _wire.NULL), True),
        _wire.Field("prompt_cache_key", "prompt_cache_key", _wire.one_of(_wire.STR, _wire.NULL), True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
