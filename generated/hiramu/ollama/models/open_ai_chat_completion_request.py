from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..models.open_ai_reasoning_effort import OpenAIReasoningEffort
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_chat_message import OpenAIChatMessage
    from ..models.open_ai_reasoning import OpenAIReasoning
    from ..models.open_ai_response_format import OpenAIResponseFormat
    from ..models.open_ai_stream_options import OpenAIStreamOptions
    from ..models.tool import Tool


@_attrs_define(slots=False)
class OpenAIChatCompletionRequest(WireMapping):
    """`openai.ChatCompletionRequest`.

    Example:
        {'model': 'tiny-llama', 'messages': [{'role': 'user', 'content': 'Why is the sky blue?'}], 'max_tokens': 4}

    Attributes:
        model (str): The model name (`model is required` when empty).
        messages (list[OpenAIChatMessage]): The conversation (`[] is too short - 'messages'` when empty).
        stream (bool | Unset): `true` streams Server-Sent Events; default `false`.
        stream_options (OpenAIStreamOptions | Unset):  Example: {'include_usage': True}.
        max_tokens (int | Unset): Becomes `num_predict`. (`max_completion_tokens` is not read.)
        seed (int | Unset):
        stop (str | list[str] | Unset): One stop sequence or several (non-string entries are ignored by chat completions
            and rejected by completions).
        temperature (float | Unset): 1 when not sent (not the model's own default).
        frequency_penalty (float | Unset):
        presence_penalty (float | Unset):
        top_p (float | Unset): 1 when not sent.
        response_format (OpenAIResponseFormat | Unset): `json_object` becomes `format: "json"`, `json_schema` becomes
            `format: <json_schema.schema>`; other types are ignored. Example: {'type': 'json_schema', 'json_schema':
            {'name': 'age', 'schema': {'type': 'object', 'properties': {'age': {'type': 'integer'}}}}}.
        tools (list[Tool] | Unset): Native tool definitions (`api.Tool`); a model without tool support answers 400.
        reasoning (OpenAIReasoning | Unset): Takes precedence over `reasoning_effort`. Example: {'effort': 'low'}.
        reasoning_effort (OpenAIReasoningEffort | Unset): Becomes the native `think`: `none` → false, `minimal` → `low`,
            `low`/`medium`/`high`/`max` as
            is, `xhigh`/`ultra` → `max`; `""` leaves it unset. Other values are `400 invalid reasoning
            value`; a model without thinking answers 400 for any value but `""`.
        logprobs (bool | Unset):
        top_logprobs (int | Unset): Alternatives per token (0-20, checked by the native handler).
        debug_render_only (bool | Unset): Ollama only; answers the rendered prompt in `_debug_info` without generating.
    """

    model: str
    messages: list[OpenAIChatMessage]
    stream: bool | Unset = UNSET
    stream_options: OpenAIStreamOptions | Unset = UNSET
    max_tokens: int | Unset = UNSET
    seed: int | Unset = UNSET
    stop: str | list[str] | Unset = UNSET
    temperature: float | Unset = UNSET
    frequency_penalty: float | Unset = UNSET
    presence_penalty: float | Unset = UNSET
    top_p: float | Unset = UNSET
    response_format: OpenAIResponseFormat | Unset = UNSET
    tools: list[Tool] | Unset = UNSET
    reasoning: OpenAIReasoning | Unset = UNSET
    reasoning_effort: OpenAIReasoningEffort | Unset = UNSET
    logprobs: bool | Unset = UNSET
    top_logprobs: int | Unset = UNSET
    debug_render_only: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("model", "model", _wire.STR, True),
        _wire.Field("messages", "messages", _wire.list_of(_wire.model("OpenAIChatMessage")), True),
        _wire.Field("stream", "stream", _wire.BOOL, False),
        _wire.Field("stream_options", "stream_options", _wire.model("OpenAIStreamOptions"), False),
        _wire.Field("max_tokens", "max_tokens", _wire.INT, False),
        _wire.Field("seed", "seed", _wire.INT, False),
        _wire.Field("stop", "stop", _wire.one_of(_wire.STR, _wire.list_of(_wire.STR)), False),
        _wire.Field("temperature", "temperature", _wire.FLOAT, False),
        _wire.Field("frequency_penalty", "frequency_penalty", _wire.FLOAT, False),
        _wire.Field("presence_penalty", "presence_penalty", _wire.FLOAT, False),
        _wire.Field("top_p", "top_p", _wire.FLOAT, False),
        _wire.Field("response_format", "response_format", _wire.model("OpenAIResponseFormat"), False),
        _wire.Field("tools", "tools", _wire.list_of(_wire.model("Tool")), False),
        _wire.Field("reasoning", "reasoning", _wire.model("OpenAIReasoning"), False),
        _wire.Field(
            "reasoning_effort",
            "reasoning_effort",
            _wire.literal("", "high", "low", "max", "medium", "minimal", "none", "ultra", "xhigh"),
            False,
        ),
        _wire.Field("logprobs", "logprobs", _wire.BOOL, False),
        _wire.Field("top_logprobs", "top_logprobs", _wire.INT, False),
        _wire.Field("_debug_render_only", "debug_render_only", _wire.BOOL, False),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
