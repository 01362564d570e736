from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.debug_info import DebugInfo
    from ..models.logprob import Logprob
    from ..models.tool_call import ToolCall


@_attrs_define(slots=False)
class GenerateResponse(WireMapping):
    """One chunk of a streamed completion, or the whole completion with `stream: false`. The metrics,
    `done_reason` and `context` come with the last chunk (`done: true`); fields that are empty or 0
    are omitted.

        Example:
            {'model': 'tiny-llama', 'created_at': '2026-11-26T12:16:34.093907891Z', 'response': 'S', 'done': False}

        Attributes:
            model (str): The model name as given in the request.
            created_at (str): When the chunk was produced (UTC).
            response (str): The generated text of this chunk (may be empty).
            done (bool): Whether this is the last chunk.
            remote_model (str | None): For a model that forwards to another Ollama host, the upstream model's name.
            remote_host (str | None): For a model that forwards to another Ollama host, that host's URL.
            thinking (str | None): The reasoning text of this chunk (thinking models).
            done_reason (str | None): Why generation ended, on the last chunk. Known values `stop`, `length`, `load`,
                `unload`.
            context (list[int] | None): The conversation as tokens, to pass back as `context` (last chunk, not with `raw`).
                Deprecated.
            total_duration (int | None): Time spent on the whole request, in nanoseconds.
            load_duration (int | None): Time spent loading the model, in nanoseconds.
            prompt_eval_count (int | None): Number of prompt tokens evaluated.
            prompt_eval_duration (int | None): Time spent evaluating the prompt, in nanoseconds.
            eval_count (int | None): Number of tokens generated.
            eval_duration (int | None): Time spent generating, in nanoseconds.
            tool_calls (list[ToolCall] | None): Tool calls parsed by models with a built-in tool parser (last chunk).
            debug_info (DebugInfo | None): What `_debug_render_only` returns. Example: {'rendered_template':
                '<|im_start|>system\\nsys<|im_end|>\\n<|im_start|>user\\nhi<|im_end|>\\n<|im
                _start|>assistant\\n'}.
            logprobs (list[Logprob] | None): Log probabilities of the tokens of this chunk (with `logprobs`).
    """

    model: str
    created_at: str
    response: str
    done: bool
    remote_model: str | None = None
    remote_host: str | None = None
    thinking: str | None = None
    done_reason: str | None = None
    context: list[int] | None = None
    total_duration: int | None = None
    load_duration: int | None = None
    prompt_eval_count: int | None = None
    prompt_eval_duration: int | None = None
    eval_count: int | None = None
    eval_duration: int | None = None
    tool_calls: list[ToolCall] | None = None
    debug_info: DebugInfo | None = None
    logprobs: list[Logprob] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("model", "model", _wire.STR, True),
        _wire.Field("created_at", "created_at", _wire.STR, True),
        _wire.Field("response", "response", _wire.STR, True),
        _wire.Field("done", "done", _wire.BOOL, True),
        _wire.Field("remote_model", "remote_model", _wire.STR, False),
        _wire.Field("remote_host", "remote_host", _wire.STR, False),
        _wire.Field("thinking", "thinking", _wire.STR, False),
        _wire.Field("done_reason", "done_reason", _wire.STR, False),
        _wire.Field("context", "context", _wire.list_of(_wire.INT), False),
        _wire.Field("total_duration", "total_duration", _wire.INT, False),
        _wire.Field("load_duration", "load_duration", _wire.INT, False),
        _wire.Field("prompt_eval_count", "prompt_eval_count", _wire.INT, False),
        _wire.Field("prompt_eval_duration", "prompt_eval_duration", _wire.INT, False),
        _wire.Field("eval_count", "eval_count", _wire.INT, False),
        _wire.Field("eval_duration", "eval_duration", _wire.INT, False),
        _wire.Field("tool_calls", "tool_calls", _wire.list_of(_wire.model("ToolCall")), False),
        _wire.Field("_debug_info", "debug_info", _wire.model("DebugInfo"), False),
        _wire.Field("logprobs", "logprobs", _wire.list_of(_wire.model("Logprob")), False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
