from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_reasoning_effort import OpenAIReasoningEffort, check_open_ai_reasoning_effort
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_chat_message import OpenAIChatMessage
    from ..models.open_ai_reasoning import OpenAIReasoning
    from ..models.open_ai_response_format import OpenAIResponseFormat
    from ..models.open_ai_stream_options import OpenAIStreamOptions
    from ..models.tool import Tool


T = TypeVar("T", bound="OpenAIChatCompletionRequest")


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
        stop (list[str] | str | Unset): One stop sequence or several (non-string entries are ignored by chat completions
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
        field_debug_render_only (bool | Unset): Ollama only; answers the rendered prompt in `_debug_info` without
            generating.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "model": "model",
        "messages": "messages",
        "stream": "stream",
        "stream_options": "stream_options",
        "max_tokens": "max_tokens",
        "seed": "seed",
        "stop": "stop",
        "temperature": "temperature",
        "frequency_penalty": "frequency_penalty",
        "presence_penalty": "presence_penalty",
        "top_p": "top_p",
        "response_format": "response_format",
        "tools": "tools",
        "reasoning": "reasoning",
        "reasoning_effort": "reasoning_effort",
        "logprobs": "logprobs",
        "top_logprobs": "top_logprobs",
        "_debug_render_only": "field_debug_render_only",
    }

    model: str
    messages: list[OpenAIChatMessage]
    stream: bool | Unset = UNSET
    stream_options: OpenAIStreamOptions | Unset = UNSET
    max_tokens: int | Unset = UNSET
    seed: int | Unset = UNSET
    stop: list[str] | str | Unset = UNSET
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
    field_debug_render_only: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        stream = self.stream

        stream_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stream_options, Unset):
            stream_options = self.stream_options.to_dict()

        max_tokens = self.max_tokens

        seed = self.seed

        stop: list[str] | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        temperature = self.temperature

        frequency_penalty = self.frequency_penalty

        presence_penalty = self.presence_penalty

        top_p = self.top_p

        response_format: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.to_dict()

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        reasoning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reasoning, Unset):
            reasoning = self.reasoning.to_dict()

        reasoning_effort: str | Unset = UNSET
        if not isinstance(self.reasoning_effort, Unset):
            reasoning_effort = self.reasoning_effort

        logprobs = self.logprobs

        top_logprobs = self.top_logprobs

        field_debug_render_only = self.field_debug_render_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "messages": messages,
            }
        )
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if seed is not UNSET:
            field_dict["seed"] = seed
        if stop is not UNSET:
            field_dict["stop"] = stop
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if tools is not UNSET:
            field_dict["tools"] = tools
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if field_debug_render_only is not UNSET:
            field_dict["_debug_render_only"] = field_debug_render_only

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "model": "model",
        "stream": "stream",
        "max_tokens": "max_tokens",
        "seed": "seed",
        "temperature": "temperature",
        "frequency_penalty": "frequency_penalty",
        "presence_penalty": "presence_penalty",
        "top_p": "top_p",
        "logprobs": "logprobs",
        "top_logprobs": "top_logprobs",
        "_debug_render_only": "field_debug_render_only",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "model",
            "messages",
        )
    )

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "messages":
            messages = []
            _messages = value
            for messages_item_data in _messages:
                messages_item = OpenAIChatMessage.from_dict(messages_item_data)

                messages.append(messages_item)

            return messages
        elif key == "stream_options":
            _stream_options = value
            stream_options: OpenAIStreamOptions | Unset
            if isinstance(_stream_options, Unset):
                stream_options = UNSET
            else:
                stream_options = OpenAIStreamOptions.from_dict(_stream_options)

            return stream_options
        elif key == "stop":

            def _parse_stop(data: object) -> list[str] | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_open_ai_stop_type_1 = cast(list[str], data)

                    return componentsschemas_open_ai_stop_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | str | Unset, data)

            stop = _parse_stop(value)

            return stop
        elif key == "response_format":
            _response_format = value
            response_format: OpenAIResponseFormat | Unset
            if isinstance(_response_format, Unset):
                response_format = UNSET
            else:
                response_format = OpenAIResponseFormat.from_dict(_response_format)

            return response_format
        elif key == "tools":
            _tools = value
            tools: list[Tool] | Unset = UNSET
            if _tools is not UNSET:
                tools = []
                for tools_item_data in _tools:
                    tools_item = Tool.from_dict(tools_item_data)

                    tools.append(tools_item)

            return tools
        elif key == "reasoning":
            _reasoning = value
            reasoning: OpenAIReasoning | Unset
            if isinstance(_reasoning, Unset):
                reasoning = UNSET
            else:
                reasoning = OpenAIReasoning.from_dict(_reasoning)

            return reasoning
        elif key == "reasoning_effort":
            _reasoning_effort = value
            reasoning_effort: OpenAIReasoningEffort | Unset
            if isinstance(_reasoning_effort, Unset):
                reasoning_effort = UNSET
            else:
                reasoning_effort = check_open_ai_reasoning_effort(_reasoning_effort)

            return reasoning_effort
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_chat_completion_request = object.__new__(cls)
        values = open_ai_chat_completion_request.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "messages":
                values["messages"] = cls._convert(key, value)
            elif key == "stream_options":
                values["stream_options"] = cls._convert(key, value)
            elif key == "stop":
                values["stop"] = cls._convert(key, value)
            elif key == "response_format":
                values["response_format"] = cls._convert(key, value)
            elif key == "tools":
                values["tools"] = cls._convert(key, value)
            elif key == "reasoning":
                values["reasoning"] = cls._convert(key, value)
            elif key == "reasoning_effort":
                values["reasoning_effort"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return open_ai_chat_completion_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.open_ai_chat_message import OpenAIChatMessage  # noqa: E402
from ..models.open_ai_reasoning import OpenAIReasoning  # noqa: E402
from ..models.open_ai_response_format import OpenAIResponseFormat  # noqa: E402
from ..models.open_ai_stream_options import OpenAIStreamOptions  # noqa: E402
from ..models.tool import Tool  # noqa: E402

for _name in (
    "stream",
    "stream_options",
    "max_tokens",
    "seed",
    "stop",
    "temperature",
    "frequency_penalty",
    "presence_penalty",
    "top_p",
    "response_format",
    "tools",
    "reasoning",
    "reasoning_effort",
    "logprobs",
    "top_logprobs",
    "field_debug_render_only",
):
    setattr(OpenAIChatCompletionRequest, _name, UNSET)
