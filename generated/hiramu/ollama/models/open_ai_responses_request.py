from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_responses_input_item import OpenAIResponsesInputItem
    from ..models.open_ai_responses_reasoning import OpenAIResponsesReasoning
    from ..models.open_ai_responses_text import OpenAIResponsesText
    from ..models.open_ai_responses_tool import OpenAIResponsesTool


T = TypeVar("T", bound="OpenAIResponsesRequest")


@_attrs_define(slots=False)
class OpenAIResponsesRequest(WireMapping):
    """`openai.ResponsesRequest`.

    Example:
        {'model': 'tiny-llama', 'input': 'Why is the sky blue?', 'max_output_tokens': 4}

    Attributes:
        model (str):
        background (bool | Unset): Echoed, not acted on.
        conversation (Any | Unset): Read and ignored (any JSON).
        include (list[str] | Unset): Read and ignored.
        input_ (list[OpenAIResponsesInputItem] | str | Unset): A string (one user message) or a list of items; absent
            gives an empty conversation.
        instructions (str | Unset): Becomes a leading system message.
        max_output_tokens (int | Unset):
        reasoning (OpenAIResponsesReasoning | Unset):  Example: {'effort': 'low'}.
        temperature (float | Unset):
        text (OpenAIResponsesText | Unset):  Example: {'format': {'type': 'text'}}.
        top_p (float | Unset):
        truncation (str | Unset): Echoed (`disabled` when not sent); not acted on.
        tools (list[OpenAIResponsesTool] | Unset):
        stream (bool | Unset):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "model": "model",
        "background": "background",
        "conversation": "conversation",
        "include": "include",
        "input": "input_",
        "instructions": "instructions",
        "max_output_tokens": "max_output_tokens",
        "reasoning": "reasoning",
        "temperature": "temperature",
        "text": "text",
        "top_p": "top_p",
        "truncation": "truncation",
        "tools": "tools",
        "stream": "stream",
    }

    model: str
    background: bool | Unset = UNSET
    conversation: Any | Unset = UNSET
    include: list[str] | Unset = UNSET
    input_: list[OpenAIResponsesInputItem] | str | Unset = UNSET
    instructions: str | Unset = UNSET
    max_output_tokens: int | Unset = UNSET
    reasoning: OpenAIResponsesReasoning | Unset = UNSET
    temperature: float | Unset = UNSET
    text: OpenAIResponsesText | Unset = UNSET
    top_p: float | Unset = UNSET
    truncation: str | Unset = UNSET
    tools: list[OpenAIResponsesTool] | Unset = UNSET
    stream: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        background = self.background

        conversation = self.conversation

        include: list[str] | Unset = UNSET
        if not isinstance(self.include, Unset):
            include = self.include

        input_: list[dict[str, Any]] | str | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, list):
            input_ = []
            for input_type_1_item_data in self.input_:
                input_type_1_item = input_type_1_item_data.to_dict()
                input_.append(input_type_1_item)

        else:
            input_ = self.input_

        instructions = self.instructions

        max_output_tokens = self.max_output_tokens

        reasoning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reasoning, Unset):
            reasoning = self.reasoning.to_dict()

        temperature = self.temperature

        text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            text = self.text.to_dict()

        top_p = self.top_p

        truncation = self.truncation

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        stream = self.stream

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )
        if background is not UNSET:
            field_dict["background"] = background
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if include is not UNSET:
            field_dict["include"] = include
        if input_ is not UNSET:
            field_dict["input"] = input_
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if text is not UNSET:
            field_dict["text"] = text
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if tools is not UNSET:
            field_dict["tools"] = tools
        if stream is not UNSET:
            field_dict["stream"] = stream

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "model": "model",
        "background": "background",
        "conversation": "conversation",
        "include": "include",
        "instructions": "instructions",
        "max_output_tokens": "max_output_tokens",
        "temperature": "temperature",
        "top_p": "top_p",
        "truncation": "truncation",
        "stream": "stream",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(("model",))

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "input":

            def _parse_input_(data: object) -> list[OpenAIResponsesInputItem] | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    input_type_1 = []
                    _input_type_1 = data
                    for input_type_1_item_data in _input_type_1:
                        input_type_1_item = OpenAIResponsesInputItem.from_dict(input_type_1_item_data)

                        input_type_1.append(input_type_1_item)

                    return input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[OpenAIResponsesInputItem] | str | Unset, data)

            input_ = _parse_input_(value)

            return input_
        elif key == "reasoning":
            _reasoning = value
            reasoning: OpenAIResponsesReasoning | Unset
            if isinstance(_reasoning, Unset):
                reasoning = UNSET
            else:
                reasoning = OpenAIResponsesReasoning.from_dict(_reasoning)

            return reasoning
        elif key == "text":
            _text = value
            text: OpenAIResponsesText | Unset
            if isinstance(_text, Unset):
                text = UNSET
            else:
                text = OpenAIResponsesText.from_dict(_text)

            return text
        elif key == "tools":
            _tools = value
            tools: list[OpenAIResponsesTool] | Unset = UNSET
            if _tools is not UNSET:
                tools = []
                for tools_item_data in _tools:
                    tools_item = OpenAIResponsesTool.from_dict(tools_item_data)

                    tools.append(tools_item)

            return tools
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_responses_request = object.__new__(cls)
        values = open_ai_responses_request.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "input":
                values["input_"] = cls._convert(key, value)
            elif key == "reasoning":
                values["reasoning"] = cls._convert(key, value)
            elif key == "text":
                values["text"] = cls._convert(key, value)
            elif key == "tools":
                values["tools"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return open_ai_responses_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.open_ai_responses_input_item import OpenAIResponsesInputItem  # noqa: E402
from ..models.open_ai_responses_reasoning import OpenAIResponsesReasoning  # noqa: E402
from ..models.open_ai_responses_text import OpenAIResponsesText  # noqa: E402
from ..models.open_ai_responses_tool import OpenAIResponsesTool  # noqa: E402

for _name in (
    "background",
    "conversation",
    "include",
    "input_",
    "instructions",
    "max_output_tokens",
    "reasoning",
    "temperature",
    "text",
    "top_p",
    "truncation",
    "tools",
    "stream",
):
    setattr(OpenAIResponsesRequest, _name, UNSET)
