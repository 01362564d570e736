from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_responses_error import OpenAIResponsesError
    from ..models.open_ai_responses_incomplete_details import OpenAIResponsesIncompleteDetails
    from ..models.open_ai_responses_metadata import OpenAIResponsesMetadata
    from ..models.open_ai_responses_output_item import OpenAIResponsesOutputItem
    from ..models.open_ai_responses_reasoning_output import OpenAIResponsesReasoningOutput
    from ..models.open_ai_responses_text import OpenAIResponsesText
    from ..models.open_ai_responses_tool import OpenAIResponsesTool
    from ..models.open_ai_responses_usage import OpenAIResponsesUsage


T = TypeVar("T", bound="OpenAIResponse")


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
            object_ (str): `response`.
            created_at (int):
            completed_at (int | None):
            status (str): `in_progress` (stream start), `completed` or `failed`.
            incomplete_details (None | OpenAIResponsesIncompleteDetails):
            model (str):
            previous_response_id (None):
            instructions (None | str):
            output (list[OpenAIResponsesOutputItem]):
            error (None | OpenAIResponsesError):
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
            reasoning (None | OpenAIResponsesReasoningOutput):
            usage (None | OpenAIResponsesUsage):
            max_output_tokens (int | None):
            max_tool_calls (int | None):
            store (bool):
            background (bool):
            service_tier (str):
            metadata (OpenAIResponsesMetadata): Always `{}`. Example: {}.
            safety_identifier (None | str):
            prompt_cache_key (None | str):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "id": "id",
        "object": "object_",
        "created_at": "created_at",
        "completed_at": "completed_at",
        "status": "status",
        "incomplete_details": "incomplete_details",
        "model": "model",
        "previous_response_id": "previous_response_id",
        "instructions": "instructions",
        "output": "output",
        "error": "error",
        "tools": "tools",
        "tool_choice": "tool_choice",
        "truncation": "truncation",
        "parallel_tool_calls": "parallel_tool_calls",
        "text": "text",
        "top_p": "top_p",
        "presence_penalty": "presence_penalty",
        "frequency_penalty": "frequency_penalty",
        "top_logprobs": "top_logprobs",
        "temperature": "temperature",
        "reasoning": "reasoning",
        "usage": "usage",
        "max_output_tokens": "max_output_tokens",
        "max_tool_calls": "max_tool_calls",
        "store": "store",
        "background": "background",
        "service_tier": "service_tier",
        "metadata": "metadata",
        "safety_identifier": "safety_identifier",
        "prompt_cache_key": "prompt_cache_key",
    }

    id: str
    object_: str
    created_at: int
    completed_at: int | None
    status: str
    incomplete_details: None | OpenAIResponsesIncompleteDetails
    model: str
    previous_response_id: None
    instructions: None | str
    output: list[OpenAIResponsesOutputItem]
    error: None | OpenAIResponsesError
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
    reasoning: None | OpenAIResponsesReasoningOutput
    usage: None | OpenAIResponsesUsage
    max_output_tokens: int | None
    max_tool_calls: int | None
    store: bool
    background: bool
    service_tier: str
    metadata: OpenAIResponsesMetadata
    safety_identifier: None | str
    prompt_cache_key: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.open_ai_responses_error import OpenAIResponsesError  # noqa: PLC0415
        from ..models.open_ai_responses_incomplete_details import OpenAIResponsesIncompleteDetails  # noqa: PLC0415
        from ..models.open_ai_responses_reasoning_output import OpenAIResponsesReasoningOutput  # noqa: PLC0415
        from ..models.open_ai_responses_usage import OpenAIResponsesUsage  # noqa: PLC0415

        id = self.id

        object_ = self.object_

        created_at = self.created_at

        completed_at: int | None
        completed_at = self.completed_at

        status = self.status

        incomplete_details: dict[str, Any] | None
        if isinstance(self.incomplete_details, OpenAIResponsesIncompleteDetails):
            incomplete_details = self.incomplete_details.to_dict()
        else:
            incomplete_details = self.incomplete_details

        model = self.model

        previous_response_id = self.previous_response_id

        instructions: None | str
        instructions = self.instructions

        output = []
        for output_item_data in self.output:
            output_item = output_item_data.to_dict()
            output.append(output_item)

        error: dict[str, Any] | None
        if isinstance(self.error, OpenAIResponsesError):
            error = self.error.to_dict()
        else:
            error = self.error

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        tool_choice = self.tool_choice

        truncation = self.truncation

        parallel_tool_calls = self.parallel_tool_calls

        text = self.text.to_dict()

        top_p = self.top_p

        presence_penalty = self.presence_penalty

        frequency_penalty = self.frequency_penalty

        top_logprobs = self.top_logprobs

        temperature = self.temperature

        reasoning: dict[str, Any] | None
        if isinstance(self.reasoning, OpenAIResponsesReasoningOutput):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning

        usage: dict[str, Any] | None
        if isinstance(self.usage, OpenAIResponsesUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        max_output_tokens: int | None
        max_output_tokens = self.max_output_tokens

        max_tool_calls: int | None
        max_tool_calls = self.max_tool_calls

        store = self.store

        background = self.background

        service_tier = self.service_tier

        metadata = self.metadata.to_dict()

        safety_identifier: None | str
        safety_identifier = self.safety_identifier

        prompt_cache_key: None | str
        prompt_cache_key = self.prompt_cache_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "created_at": created_at,
                "completed_at": completed_at,
                "status": status,
                "incomplete_details": incomplete_details,
                "model": model,
                "previous_response_id": previous_response_id,
                "instructions": instructions,
                "output": output,
                "error": error,
                "tools": tools,
                "tool_choice": tool_choice,
                "truncation": truncation,
                "parallel_tool_calls": parallel_tool_calls,
                "text": text,
                "top_p": top_p,
                "presence_penalty": presence_penalty,
                "frequency_penalty": frequency_penalty,
                "top_logprobs": top_logprobs,
                "temperature": temperature,
                "reasoning": reasoning,
                "usage": usage,
                "max_output_tokens": max_output_tokens,
                "max_tool_calls": max_tool_calls,
                "store": store,
                "background": background,
                "service_tier": service_tier,
                "metadata": metadata,
                "safety_identifier": safety_identifier,
                "prompt_cache_key": prompt_cache_key,
            }
        )

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "id": "id",
        "object": "object_",
        "created_at": "created_at",
        "status": "status",
        "model": "model",
        "previous_response_id": "previous_response_id",
        "tool_choice": "tool_choice",
        "truncation": "truncation",
        "parallel_tool_calls": "parallel_tool_calls",
        "top_p": "top_p",
        "presence_penalty": "presence_penalty",
        "frequency_penalty": "frequency_penalty",
        "top_logprobs": "top_logprobs",
        "temperature": "temperature",
        "store": "store",
        "background": "background",
        "service_tier": "service_tier",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object_",
            "created_at",
            "completed_at",
            "status",
            "incomplete_details",
            "model",
            "previous_response_id",
            "instructions",
            "output",
            "error",
            "tools",
            "tool_choice",
            "truncation",
            "parallel_tool_calls",
            "text",
            "top_p",
            "presence_penalty",
            "frequency_penalty",
            "top_logprobs",
            "temperature",
            "reasoning",
            "usage",
            "max_output_tokens",
            "max_tool_calls",
            "store",
            "background",
            "service_tier",
            "metadata",
            "safety_identifier",
            "prompt_cache_key",
        )
    )

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "completed_at":

            def _parse_completed_at(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            completed_at = _parse_completed_at(value)

            return completed_at
        elif key == "incomplete_details":

            def _parse_incomplete_details(data: object) -> None | OpenAIResponsesIncompleteDetails:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    incomplete_details_type_0 = OpenAIResponsesIncompleteDetails.from_dict(data)

                    return incomplete_details_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | OpenAIResponsesIncompleteDetails, data)

            incomplete_details = _parse_incomplete_details(value)

            return incomplete_details
        elif key == "instructions":

            def _parse_instructions(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            instructions = _parse_instructions(value)

            return instructions
        elif key == "output":
            output = []
            _output = value
            for output_item_data in _output:
                output_item = OpenAIResponsesOutputItem.from_dict(output_item_data)

                output.append(output_item)

            return output
        elif key == "error":

            def _parse_error(data: object) -> None | OpenAIResponsesError:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    error_type_0 = OpenAIResponsesError.from_dict(data)

                    return error_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | OpenAIResponsesError, data)

            error = _parse_error(value)

            return error
        elif key == "tools":
            tools = []
            _tools = value
            for tools_item_data in _tools:
                tools_item = OpenAIResponsesTool.from_dict(tools_item_data)

                tools.append(tools_item)

            return tools
        elif key == "text":
            text = OpenAIResponsesText.from_dict(value)

            return text
        elif key == "reasoning":

            def _parse_reasoning(data: object) -> None | OpenAIResponsesReasoningOutput:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    reasoning_type_0 = OpenAIResponsesReasoningOutput.from_dict(data)

                    return reasoning_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | OpenAIResponsesReasoningOutput, data)

            reasoning = _parse_reasoning(value)

            return reasoning
        elif key == "usage":

            def _parse_usage(data: object) -> None | OpenAIResponsesUsage:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    usage_type_0 = OpenAIResponsesUsage.from_dict(data)

                    return usage_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | OpenAIResponsesUsage, data)

            usage = _parse_usage(value)

            return usage
        elif key == "max_output_tokens":

            def _parse_max_output_tokens(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            max_output_tokens = _parse_max_output_tokens(value)

            return max_output_tokens
        elif key == "max_tool_calls":

            def _parse_max_tool_calls(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            max_tool_calls = _parse_max_tool_calls(value)

            return max_tool_calls
        elif key == "metadata":
            metadata = OpenAIResponsesMetadata.from_dict(value)

            return metadata
        elif key == "safety_identifier":

            def _parse_safety_identifier(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            safety_identifier = _parse_safety_identifier(value)

            return safety_identifier
        elif key == "prompt_cache_key":

            def _parse_prompt_cache_key(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            prompt_cache_key = _parse_prompt_cache_key(value)

            return prompt_cache_key
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_response = object.__new__(cls)
        values = open_ai_response.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "completed_at":
                values["completed_at"] = cls._convert(key, value)
            elif key == "incomplete_details":
                values["incomplete_details"] = cls._convert(key, value)
            elif key == "instructions":
                values["instructions"] = cls._convert(key, value)
            elif key == "output":
                values["output"] = cls._convert(key, value)
            elif key == "error":
                values["error"] = cls._convert(key, value)
            elif key == "tools":
                values["tools"] = cls._convert(key, value)
            elif key == "text":
                values["text"] = cls._convert(key, value)
            elif key == "reasoning":
                values["reasoning"] = cls._convert(key, value)
            elif key == "usage":
                values["usage"] = cls._convert(key, value)
            elif key == "max_output_tokens":
                values["max_output_tokens"] = cls._convert(key, value)
            elif key == "max_tool_calls":
                values["max_tool_calls"] = cls._convert(key, value)
            elif key == "metadata":
                values["metadata"] = cls._convert(key, value)
            elif key == "safety_identifier":
                values["safety_identifier"] = cls._convert(key, value)
            elif key == "prompt_cache_key":
                values["prompt_cache_key"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return open_ai_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.open_ai_responses_error import OpenAIResponsesError  # noqa: E402
from ..models.open_ai_responses_incomplete_details import OpenAIResponsesIncompleteDetails  # noqa: E402
from ..models.open_ai_responses_metadata import OpenAIResponsesMetadata  # noqa: E402
from ..models.open_ai_responses_output_item import OpenAIResponsesOutputItem  # noqa: E402
from ..models.open_ai_responses_reasoning_output import OpenAIResponsesReasoningOutput  # noqa: E402
from ..models.open_ai_responses_text import OpenAIResponsesText  # noqa: E402
from ..models.open_ai_responses_tool import OpenAIResponsesTool  # noqa: E402
from ..models.open_ai_responses_usage import OpenAIResponsesUsage  # noqa: E402
