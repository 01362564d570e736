from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_chat_completion_message import OpenAIChatCompletionMessage
    from ..models.open_ai_choice_logprobs import OpenAIChoiceLogprobs


@_attrs_define(slots=False)
class OpenAIChatChoice(WireMapping):
    """
    Example:
        {'index': 0, 'message': {'role': 'assistant', 'content': 'S they e na'}, 'finish_reason': 'length'}

    Attributes:
        index (int):
        message (OpenAIChatCompletionMessage): `openai.Message` in an answer (`role` is empty for `_debug_render_only`).
            Example: {'role': 'assistant', 'content': 'S they e na'}.
        finish_reason (str | None): `stop`, `length`, `tool_calls` (a `stop` with tool calls); `null` for
            `_debug_render_only`.
        logprobs (OpenAIChoiceLogprobs | None):  Example: {'content': [{'token': ' for', 'logprob': -0.6970592141151428,
            'bytes': [32, 102, 111, 114], 'top_logprobs': []}]}.
    """

    index: int
    message: OpenAIChatCompletionMessage
    finish_reason: str | None
    logprobs: OpenAIChoiceLogprobs | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("index", "index", _wire.INT, True),
        _wire.Field("message", "message", _wire.model("OpenAIChatCompletionMessage"), True),
        _wire.Field("finish_reason", "finish_reason", _wire.one_of(_wire.STR, _wire.NULL), True),
        _wire.Field("logprobs", "logprobs", _wire.model("OpenAIChoiceLogprobs"), False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
