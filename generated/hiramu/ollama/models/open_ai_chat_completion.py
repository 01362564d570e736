from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.debug_info import DebugInfo
    from ..models.open_ai_chat_choice import OpenAIChatChoice
    from ..models.open_ai_usage import OpenAIUsage


@_attrs_define(slots=False)
class OpenAIChatCompletion(WireMapping):
    """`openai.ChatCompletion`, the `stream: false` answer.

    Example:
        {'id': 'chatcmpl-650', 'object': 'chat.completion', 'created': 1796287716, 'model': 'tiny-llama',
            'system_fingerprint': 'fp_ollama', 'choices': [{'index': 0, 'message': {'role': 'assistant', 'content': 'S they
            e na'}, 'finish_reason': 'length'}], 'usage': {'prompt_tokens': 24, 'completion_tokens': 4, 'total_tokens': 28}}

    Attributes:
        id (str): `chatcmpl-<0..998>` (random, not unique).
        object (str): `chat.completion`.
        created (int): Unix seconds.
        model (str):
        system_fingerprint (str): `fp_ollama`.
        choices (list[OpenAIChatChoice]): Exactly one choice.
        usage (OpenAIUsage):  Example: {'prompt_tokens': 24, 'completion_tokens': 4, 'total_tokens': 28}.
        debug_info (DebugInfo | None): What `_debug_render_only` returns. Example: {'rendered_template':
            '<|im_start|>system\\nsys<|im_end|>\\n<|im_start|>user\\nhi<|im_end|>\\n<|im
            _start|>assistant\\n'}.
    """

    id: str
    object: str
    created: int
    model: str
    system_fingerprint: str
    choices: list[OpenAIChatChoice]
    usage: OpenAIUsage
    debug_info: DebugInfo | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("id", "id", _wire.STR, True),
        _wire.Field("object", "object", _wire.STR, True),
        _wire.Field("created", "created", _wire.INT, True),
        _wire.Field("model", "model", _wire.STR, True),
        _wire.Field("system_fingerprint", "system_fingerprint", _wire.STR, True),
        _wire.Field("choices", "choices", _wire.list_of(_wire.model("OpenAIChatChoice")), True),
        _wire.Field("usage", "usage", _wire.model("OpenAIUsage"), True),
        _wire.Field("_debug_info", "debug_info", _wire.model("DebugInfo"), False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
