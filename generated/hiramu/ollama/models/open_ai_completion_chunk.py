from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_completion_choice import OpenAICompletionChoice
    from ..models.open_ai_usage import OpenAIUsage


@_attrs_define(slots=False)
class OpenAICompletionChunk(WireMapping):
    """`openai.CompletionChunk`, the `data` of one event of a streamed completion.

    Example:
        {'id': 'cmpl-547', 'object': 'text_completion', 'created': 1796287716, 'choices': [{'text': '', 'index': 0,
            'finish_reason': 'length'}], 'model': 'tiny-llama', 'system_fingerprint': 'fp_ollama'}

    Attributes:
        id (str):
        object (str): `text_completion` (not `text_completion.chunk`).
        created (int):
        choices (list[OpenAICompletionChoice]):
        model (str):
        system_fingerprint (str):
        usage (OpenAIUsage | None):  Example: {'prompt_tokens': 24, 'completion_tokens': 4, 'total_tokens': 28}.
    """

    id: str
    object: str
    created: int
    choices: list[OpenAICompletionChoice]
    model: str
    system_fingerprint: str
    usage: OpenAIUsage | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("id", "id", _wire.STR, True),
        _wire.Field("object", "object", _wire.STR, True),
        _wire.Field("created", "created", _wire.INT, True),
        _wire.Field("choices", "choices", _wire.list_of(_wire.model("OpenAICompletionChoice")), True),
        _wire.Field("model", "model", _wire.STR, True),
        _wire.Field("system_fingerprint", "system_fingerprint", _wire.STR, True),
        _wire.Field("usage", "usage", _wire.model("OpenAIUsage"), False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
