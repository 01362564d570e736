from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_stream_options import OpenAIStreamOptions


@_attrs_define(slots=False)
class OpenAICompletionRequest(WireMapping):
    """`openai.CompletionRequest`.

    Example:
        {'model': 'tiny-llama', 'prompt': 'Why is the sky blue?', 'max_tokens': 4}

    Attributes:
        model (str):
        prompt (str | Unset): A string only (arrays are a 400 bind error).
        frequency_penalty (float | Unset):
        max_tokens (int | Unset):
        presence_penalty (float | Unset):
        seed (int | Unset):
        stop (str | list[str] | Unset): One stop sequence or several (non-string entries are ignored by chat completions
            and rejected by completions).
        stream (bool | Unset):
        stream_options (OpenAIStreamOptions | Unset):  Example: {'include_usage': True}.
        temperature (float | Unset): 1 when not sent.
        top_p (float | Unset): 1 when not sent or 0.
        suffix (str | Unset): Text after the insertion point (the model needs `insert`).
        logprobs (int | Unset): Read as `top_logprobs` when > 0; the answer carries no log probabilities.
        debug_render_only (bool | Unset):
    """

    model: str
    prompt: str | Unset = UNSET
    frequency_penalty: float | Unset = UNSET
    max_tokens: int | Unset = UNSET
    presence_penalty: float | Unset = UNSET
    seed: int | Unset = UNSET
    stop: str | list[str] | Unset = UNSET
    stream: bool | Unset = UNSET
    stream_options: OpenAIStreamOptions | Unset = UNSET
    temperature: float | Unset = UNSET
    top_p: float | Unset = UNSET
    suffix: str | Unset = UNSET
    logprobs: int | Unset = UNSET
    debug_render_only: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("model", "model", _wire.STR, True),
        _wire.Field("prompt", "prompt", _wire.STR, False),
        _wire.Field("frequency_penalty", "frequency_penalty", _wire.FLOAT, False),
        _wire.Field("max_tokens", "max_tokens", _wire.INT, False),
        _wire.Field("presence_penalty", "presence_penalty", _wire.FLOAT, False),
        _wire.Field("seed", "seed", _wire.INT, False),
        _wire.Field("stop", "stop", _wire.one_of(_wire.STR, _wire.list_of(_wire.STR)), False),
        _wire.Field("stream", "stream", _wire.BOOL, False),
        _wire.Field("stream_options", "stream_options", _wire.model("OpenAIStreamOptions"), False),
        _wire.Field("temperature", "temperature", _wire.FLOAT, False),
        _wire.Field("top_p", "top_p", _wire.FLOAT, False),
        _wire.Field("suffix", "suffix", _wire.STR, False),
        _wire.Field("logprobs", "logprobs", _wire.INT, False),
        _wire.Field("_debug_render_only", "debug_render_only", _wire.BOOL, False),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
