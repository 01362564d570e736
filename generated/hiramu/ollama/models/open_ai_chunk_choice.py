from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_choice_logprobs import OpenAIChoiceLogprobs
    from ..models.open_ai_delta import OpenAIDelta


@_attrs_define(slots=False)
class OpenAIChunkChoice(WireMapping):
    """
    Example:
        {'index': 0, 'delta': {'content': ' they'}, 'finish_reason': None}

    Attributes:
        index (int):
        delta (OpenAIDelta): `openai.Delta`: every field is omitted when empty, so the finish chunk has `{}` (content
            `""` is kept). Example: {'role': 'assistant', 'content': 'S'}.
        finish_reason (str | None): `null` except in the finish chunk (`stop`, `length`, `tool_calls`).
        logprobs (OpenAIChoiceLogprobs | None):  Example: {'content': [{'token': ' for', 'logprob': -0.6970592141151428,
            'bytes': [32, 102, 111, 114], 'top_logprobs': []}]}.
    """

    index: int
    delta: OpenAIDelta
    finish_reason: str | None
    logprobs: OpenAIChoiceLogprobs | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("index", "index", _wire.INT, True),
        _wire.Field("delta", "delta", _wire.model("OpenAIDelta"), True),
        _wire.Field("finish_reason", "finish_reason", _wire.one_of(_wire.STR, _wire.NULL), True),
        _wire.Field("logprobs", "logprobs", _wire.model("OpenAIChoiceLogprobs"), False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
