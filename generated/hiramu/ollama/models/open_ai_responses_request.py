from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_responses_input_item import OpenAIResponsesInputItem
    from ..models.open_ai_responses_reasoning import OpenAIResponsesReasoning
    from ..models.open_ai_responses_text import OpenAIResponsesText
    from ..models.open_ai_responses_tool import OpenAIResponsesTool


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
        input (str | list[OpenAIResponsesInputItem] | Unset): A string (one user message) or a list of items; absent
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

    model: str
    background: bool | Unset = UNSET
    conversation: Any | Unset = UNSET
    include: list[str] | Unset = UNSET
    input: str | list[OpenAIResponsesInputItem] | Unset = UNSET
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

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("model", "model", _wire.STR, True),
        _wire.Field("background", "background", _wire.BOOL, False),
        _wire.Field("conversation", "conversation", _wire.ANY, False),
        _wire.Field("include", "include", _wire.list_of(_wire.STR), False),
        _wire.Field(
            "input",
            "input",
            _wire.one_of(_wire.STR, _wire.list_of(_wire.model("OpenAIResponsesInputItem"))),
            False,
        ),
        _wire.Field("instructions", "instructions", _wire.STR, False),
        _wire.Field("max_output_tokens", "max_output_tokens", _wire.INT, False),
        _wire.Field("reasoning", "reasoning", _wire.model("OpenAIResponsesReasoning"), False),
        _wire.Field("temperature", "temperature", _wire.FLOAT, False),
        _wire.Field("text", "text", _wire.model("OpenAIResponsesText"), False),
        _wire.Field("top_p", "top_p", _wire.FLOAT, False),
        _wire.Field("truncation", "truncation", _wire.STR, False),
        _wire.Field("tools", "tools", _wire.list_of(_wire.model("OpenAIResponsesTool")), False),
        _wire.Field("stream", "stream", _wire.BOOL, False),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
