from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_choice_logprobs import OpenAIChoiceLogprobs


@_attrs_define(slots=False)
class OpenAICompletionChoice(WireMapping):
    """`openai.CompleteChunkChoice` (`logprobs` is never filled in 0.33.0-rc2).

    Example:
        {'text': 'S they e na', 'index': 0, 'finish_reason': 'length'}

    Attributes:
        text (str):
        index (int):
        finish_reason (str | None):
        logprobs (OpenAIChoiceLogprobs | None):  Example: {'content': [{'token': ' for', 'logprob': -0.6970592141151428,
            'bytes': [32, 102, 111, 114], 'top_logprobs': []}]}.
    """

    text: str
    index: int
    finish_reason: str | None
    logprobs: OpenAIChoiceLogprobs | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("text", "text", _wire.STR, True),
        _wire.Field("index", "index", _wire.INT, True),
        _wire.Field("finish_reason", "finish_reason", _wire.one_of(_wire.STR, _wire.NULL), True),
        _wire.Field("logprobs", "logprobs", _wire.model("OpenAIChoiceLogprobs"), False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
