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
        max_tokens (int | None | Unset): Becomes `num_predict`. (`max_completion_tokens` is not read.)
        seed (int | None | Unset):
        stop (list[str] | None | str | Unset): One stop sequence or several (non-string entries are ignored by chat
            completions and rejected by completions).
        temperature (float | None | Unset): 1 when not sent (not the model's own default).
        frequency_penalty (float | None | Unset):
        presence_penalty (float | None | Unset):
        top_p (float | None | Unset): 1 when not sent.
        response_format (OpenAIResponseFormat | Unset): `json_object` becomes `format: "json"`, `json_schema` becomes
            `format: <json_schema.schema>`; other types are ignored. Example: {'type': 'json_schema', 'json_schema':
            {'name': 'age', 'schema': {'type': 'object', 'properties': {'age': {'type': 'integer'}}}}}.
        tools (list[Tool] | None | Unset): Native tool definitions (`api.Tool`); a model without tool support answers
            400.
        reasoning (OpenAIReasoning | Unset): Takes precedence over `reasoning_effort`. Example: {'effort': 'low'}.
        reasoning_effort (OpenAIReasoningEffort | Unset): Becomes the native `think`: `none` → false, `minimal` → `low`,
            `low`/`medium`/`high`/`max` as
            is, `xhigh`/`ultra` → `max`; `""` leaves it unset. Other values are `400 invalid reasoning
            value`; a model without thinking answers 400 for any value but `""`.
        logprobs (bool | None | Unset):
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
    max_tokens: int | None | Unset = UNSET
    seed: int | None | Unset = UNSET
    stop: list[str] | None | str | Unset = UNSET
    temperature: float | None | Unset = UNSET
    frequency_penalty: float | None | Unset = UNSET
    presence_penalty: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    response_format: OpenAIResponseFormat | Unset = UNSET
    tools: list[Tool] | None | Unset = UNSET
    reasoning: OpenAIReasoning | Unset = UNSET
    reasoning_effort: OpenAIReasoningEffort | Unset = UNSET
    logprobs: bool | None | Unset = UNSET
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

        max_tokens: int | None | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        stop: list[str] | None | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        frequency_penalty: float | None | Unset
        if isinstance(self.frequency_penalty, Unset):
            frequency_penalty = UNSET
        else:
            frequency_penalty = self.frequency_penalty

        presence_penalty: float | None | Unset
        if isinstance(self.presence_penalty, Unset):
            presence_penalty = UNSET
        else:
            presence_penalty = self.presence_penalty

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        response_format: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.to_dict()

        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for tools_type_0_item_data in self.tools:
                tools_type_0_item = tools_type_0_item_data.to_dict()
                tools.append(tools_type_0_item)

        else:
            tools = self.tools

        reasoning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reasoning, Unset):
            reasoning = self.reasoning.to_dict()

        reasoning_effort: str | Unset = UNSET
        if not isinstance(self.reasoning_effort, Unset):
            reasoning_effort = self.reasoning_effort

        logprobs: bool | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        else:
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
        elif key == "max_tokens":

            def _parse_max_tokens(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            max_tokens = _parse_max_tokens(value)

            return max_tokens
        elif key == "seed":

            def _parse_seed(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            seed = _parse_seed(value)

            return seed
        elif key == "stop":

            def _parse_stop(data: object) -> list[str] | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_open_ai_stop_type_1 = cast(list[str], data)

                    return componentsschemas_open_ai_stop_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | str | Unset, data)

            stop = _parse_stop(value)

            return stop
        elif key == "temperature":

            def _parse_temperature(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            temperature = _parse_temperature(value)

            return temperature
        elif key == "frequency_penalty":

            def _parse_frequency_penalty(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            frequency_penalty = _parse_frequency_penalty(value)

            return frequency_penalty
        elif key == "presence_penalty":

            def _parse_presence_penalty(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            presence_penalty = _parse_presence_penalty(value)

            return presence_penalty
        elif key == "top_p":

            def _parse_top_p(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            top_p = _parse_top_p(value)

            return top_p
        elif key == "response_format":
            _response_format = value
            response_format: OpenAIResponseFormat | Unset
            if isinstance(_response_format, Unset):
                response_format = UNSET
            else:
                response_format = OpenAIResponseFormat.from_dict(_response_format)

            return response_format
        elif key == "tools":

            def _parse_tools(data: object) -> list[Tool] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    tools_type_0 = []
                    _tools_type_0 = data
                    for tools_type_0_item_data in _tools_type_0:
                        tools_type_0_item = Tool.from_dict(tools_type_0_item_data)

                        tools_type_0.append(tools_type_0_item)

                    return tools_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[Tool] | None | Unset, data)

            tools = _parse_tools(value)

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
        elif key == "logprobs":

            def _parse_logprobs(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            logprobs = _parse_logprobs(value)

            return logprobs
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
            elif key == "max_tokens":
                values["max_tokens"] = cls._convert(key, value)
            elif key == "seed":
                values["seed"] = cls._convert(key, value)
            elif key == "stop":
                values["stop"] = cls._convert(key, value)
            elif key == "temperature":
                values["temperature"] = cls._convert(key, value)
            elif key == "frequency_penalty":
                values["frequency_penalty"] = cls._convert(key, value)
            elif key == "presence_penalty":
                values["presence_penalty"] = cls._convert(key, value)
            elif key == "top_p":
                values["top_p"] = cls._convert(key, value)
            elif key == "response_format":
                values["response_format"] = cls._convert(key, value)
            elif key == "tools":
                values["tools"] = cls._convert(key, value)
            elif key == "reasoning":
                values["reasoning"] = cls._convert(key, value)
            elif key == "reasoning_effort":
                values["reasoning_effort"] = cls._convert(key, value)
            elif key == "logprobs":
                values["logprobs"] = cls._convert(key, value)
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
