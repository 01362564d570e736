from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_responses_response_event_type import (
    OpenAIResponsesResponseEventType,
    check_open_ai_responses_response_event_type,
)
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_response import OpenAIResponse


T = TypeVar("T", bound="OpenAIResponsesResponseEvent")


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
        type_ (OpenAIResponsesResponseEventType):
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

    _wire_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "sequence_number": "sequence_number",
        "response": "response",
    }

    type_: OpenAIResponsesResponseEventType
    sequence_number: int
    response: OpenAIResponse
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        sequence_number = self.sequence_number

        response = self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "sequence_number": sequence_number,
                "response": response,
            }
        )

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "sequence_number": "sequence_number",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "type_",
            "sequence_number",
            "response",
        )
    )

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "type":
            type_ = check_open_ai_responses_response_event_type(value)

            return type_
        elif key == "response":
            response = OpenAIResponse.from_dict(value)

            return response
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_responses_response_event = object.__new__(cls)
        values = open_ai_responses_response_event.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "type":
                values["type_"] = cls._convert(key, value)
            elif key == "response":
                values["response"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return open_ai_responses_response_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.open_ai_response import OpenAIResponse  # noqa: E402
