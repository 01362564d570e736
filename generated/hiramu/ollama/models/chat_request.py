from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..models.format_keyword import FormatKeyword
from ..models.think_level import ThinkLevel
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.json_schema import JsonSchema
    from ..models.message import Message
    from ..models.options import Options
    from ..models.tool import Tool


@_attrs_define(slots=False)
class ChatRequest(WireMapping):
    """A chat request. `model` is needed (a missing or empty one answers 400).

    Example:
        {'model': 'tiny-llama', 'messages': [{'role': 'user', 'content': 'Why is the sky blue?'}], 'stream': False}

    Attributes:
        model (str): Model name: `[host/][namespace/]model[:tag]`, tag `latest` by default; `:cloud` proxies to
            ollama.com.
        messages (list[Message] | Unset): The conversation. Absent or empty = only load the model (or unload it with
            `keep_alive` 0).
        stream (bool | Unset): Stream NDJSON lines. Default: true (only `false` turns streaming off).
        format (FormatKeyword | JsonSchema | None | Unset): Constrains the output: `"json"` for any JSON value, or a
            JSON Schema object for structured output.
            Absent, `null` or `""` = unconstrained. Any other value is accepted by the decoder but fails with
            500 `invalid format` once the model is loaded.
        keep_alive (float | str | Unset): How long the model stays loaded after the request. A number is **seconds**
            (fractions allowed);
            a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`, `"300ms"`; a bare `"300"` is
            rejected with 400). `0` unloads the model after the request; any negative value keeps it loaded
            until the server stops. Absent or `null` = the server default (`OLLAMA_KEEP_ALIVE`, 5 minutes
            unless set).
        tools (list[Tool] | Unset): Tools the model may call (needs the `tools` capability when non-empty).
        options (Options | Unset): Model and runner options. Any subset; the model's Modelfile parameters override the
            server
            defaults and these override both. Unknown keys are ignored and `null` values skipped. A value of
            the wrong JSON type is not a 400: the request fails with 500 (`option "x" must be of type ...`)
            once the model is scheduled. Integer options accept any number and drop the fraction. Changing a
            runner option (`num_ctx`, `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`,
            `draft_num_predict`) reloads the model.
             Example: {'num_ctx': 2048, 'num_predict': 8, 'seed': 123, 'temperature': 0, 'top_k': 20, 'top_p': 0.9, 'min_p':
            0.05, 'repeat_penalty': 1.1, 'stop': ['\\n\\n', 'END']}.
        think (bool | ThinkLevel | Unset): Whether a thinking model reasons before answering: `true`/`false`, or a
            level. Models with the
            `thinking` capability think when this is absent; models without it reject `true` and levels with
            400 (`false` is accepted). Other strings are rejected with 400.
        truncate (bool | Unset): Drop the oldest messages to fit the context window. Default: true.
        shift (bool | Unset): Shift the context when generation reaches its end instead of stopping. Default: true.
        debug_render_only (bool | Unset): Return the rendered prompt in `_debug_info` without running the model.
        logprobs (bool | Unset): Return the log probability of each generated token.
        top_logprobs (int | Unset): Also return this many most likely alternatives per token (with `logprobs`). 0 to 20
            (else 400). Default: 0.
    """

    model: str
    messages: list[Message] | Unset = UNSET
    stream: bool | Unset = UNSET
    format: FormatKeyword | JsonSchema | None | Unset = UNSET
    keep_alive: float | str | Unset = UNSET
    tools: list[Tool] | Unset = UNSET
    options: Options | Unset = UNSET
    think: bool | ThinkLevel | Unset = UNSET
    truncate: bool | Unset = UNSET
    shift: bool | Unset = UNSET
    debug_render_only: bool | Unset = UNSET
    logprobs: bool | Unset = UNSET
    top_logprobs: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("model", "model", _wire.STR, True),
        _wire.Field("messages", "messages", _wire.list_of(_wire.model("Message")), False),
        _wire.Field("stream", "stream", _wire.BOOL, False),
        _wire.Field(
            "format",
            "format",
            _wire.one_of(_wire.literal("", "json"), _wire.model("JsonSchema"), _wire.NULL),
            False,
        ),
        _wire.Field("keep_alive", "keep_alive", _wire.one_of(_wire.FLOAT, _wire.STR), False),
        _wire.Field("tools", "tools", _wire.list_of(_wire.model("Tool")), False),
        _wire.Field("options", "options", _wire.model("Options"), False),
        _wire.Field(
            "think", "think", _wire.one_of(_wire.BOOL, _wire.literal("high", "low", "max", "medium")), False
        ),
        _wire.Field("truncate", "truncate", _wire.BOOL, False),
        _wire.Field("shift", "shift", _wire.BOOL, False),
        _wire.Field("_debug_render_only", "debug_render_only", _wire.BOOL, False),
        _wire.Field("logprobs", "logprobs", _wire.BOOL, False),
        _wire.Field("top_logprobs", "top_logprobs", _wire.INT, False),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
