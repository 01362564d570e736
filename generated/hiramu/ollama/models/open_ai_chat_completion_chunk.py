from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_chunk_choice import OpenAIChunkChoice
    from ..models.open_ai_usage import OpenAIUsage


@_attrs_define(slots=False)
class OpenAIChatCompletionChunk(WireMapping):
    """`openai.ChatCompletionChunk`, the `data` of one event of a streamed chat completion. Every chunk
    of a stream has the same `id` and `created`.

        Example:
            {'id': 'chatcmpl-903', 'object': 'chat.completion.chunk', 'created': 1796287716, 'model': 'tiny-llama',
                'system_fingerprint': 'fp_ollama', 'choices': [{'index': 0, 'delta': {'content': ' they'}, 'finish_reason':
                None}]}

        Attributes:
            id (str):
            object (str): `chat.completion.chunk`.
            created (int):
            model (str):
            system_fingerprint (str):
            choices (list[OpenAIChunkChoice]): One choice, or none in the usage chunk.
            usage (OpenAIUsage | None):  Example: {'prompt_tokens': 24, 'completion_tokens': 4, 'total_tokens': 28}.
    """

    id: str
    object: str
    created: int
    model: str
    system_fingerprint: str
    choices: list[OpenAIChunkChoice]
    usage: OpenAIUsage | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("id", "id", _wire.STR, True),
        _wire.Field("object", "object", _wire.STR, True),
        _wire.Field("created", "created", _wire.INT, True),
        _wire.Field("model", "model", _wire.STR, True),
        _wire.Field("system_fingerprint", "system_fingerprint", _wire.STR, True),
        _wire.Field("choices", "choices", _wire.list_of(_wire.model("OpenAIChunkChoice")), True),
        _wire.Field("usage", "usage", _wire.model("OpenAIUsage"), False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
