from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.format_keyword import FormatKeyword, check_format_keyword
from ..models.think_level import ThinkLevel, check_think_level
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.json_schema import JsonSchema
    from ..models.message import Message
    from ..models.options import Options
    from ..models.tool import Tool


T = TypeVar("T", bound="ChatRequest")


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
        format_ (FormatKeyword | JsonSchema | None | Unset): Constrains the output: `"json"` for any JSON value, or a
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
        field_debug_render_only (bool | Unset): Return the rendered prompt in `_debug_info` without running the model.
        logprobs (bool | Unset): Return the log probability of each generated token.
        top_logprobs (int | Unset): Also return this many most likely alternatives per token (with `logprobs`). 0 to 20
            (else 400). Default: 0.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "model": "model",
        "messages": "messages",
        "stream": "stream",
        "format": "format_",
        "keep_alive": "keep_alive",
        "tools": "tools",
        "options": "options",
        "think": "think",
        "truncate": "truncate",
        "shift": "shift",
        "_debug_render_only": "field_debug_render_only",
        "logprobs": "logprobs",
        "top_logprobs": "top_logprobs",
    }

    model: str
    messages: list[Message] | Unset = UNSET
    stream: bool | Unset = UNSET
    format_: FormatKeyword | JsonSchema | None | Unset = UNSET
    keep_alive: float | str | Unset = UNSET
    tools: list[Tool] | Unset = UNSET
    options: Options | Unset = UNSET
    think: bool | ThinkLevel | Unset = UNSET
    truncate: bool | Unset = UNSET
    shift: bool | Unset = UNSET
    field_debug_render_only: bool | Unset = UNSET
    logprobs: bool | Unset = UNSET
    top_logprobs: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_schema import JsonSchema  # noqa: PLC0415

        model = self.model

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        stream = self.stream

        format_: dict[str, Any] | None | str | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, str):
            format_ = self.format_
        elif isinstance(self.format_, JsonSchema):
            format_ = self.format_.to_dict()
        else:
            format_ = self.format_

        keep_alive: float | str | Unset
        if isinstance(self.keep_alive, Unset):
            keep_alive = UNSET
        else:
            keep_alive = self.keep_alive

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        think: bool | str | Unset
        if isinstance(self.think, Unset):
            think = UNSET
        elif isinstance(self.think, str):
            think = self.think
        else:
            think = self.think

        truncate = self.truncate

        shift = self.shift

        field_debug_render_only = self.field_debug_render_only

        logprobs = self.logprobs

        top_logprobs = self.top_logprobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )
        if messages is not UNSET:
            field_dict["messages"] = messages
        if stream is not UNSET:
            field_dict["stream"] = stream
        if format_ is not UNSET:
            field_dict["format"] = format_
        if keep_alive is not UNSET:
            field_dict["keep_alive"] = keep_alive
        if tools is not UNSET:
            field_dict["tools"] = tools
        if options is not UNSET:
            field_dict["options"] = options
        if think is not UNSET:
            field_dict["think"] = think
        if truncate is not UNSET:
            field_dict["truncate"] = truncate
        if shift is not UNSET:
            field_dict["shift"] = shift
        if field_debug_render_only is not UNSET:
            field_dict["_debug_render_only"] = field_debug_render_only
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "model": "model",
        "stream": "stream",
        "truncate": "truncate",
        "shift": "shift",
        "_debug_render_only": "field_debug_render_only",
        "logprobs": "logprobs",
        "top_logprobs": "top_logprobs",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(("model",))

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "messages":
            _messages = value
            messages: list[Message] | Unset = UNSET
            if _messages is not UNSET:
                messages = []
                for messages_item_data in _messages:
                    messages_item = Message.from_dict(messages_item_data)

                    messages.append(messages_item)

            return messages
        elif key == "format":

            def _parse_format_(data: object) -> FormatKeyword | JsonSchema | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_format_type_0 = check_format_keyword(data)

                    return componentsschemas_format_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_format_type_1 = JsonSchema.from_dict(data)

                    return componentsschemas_format_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(FormatKeyword | JsonSchema | None | Unset, data)

            format_ = _parse_format_(value)

            return format_
        elif key == "keep_alive":

            def _parse_keep_alive(data: object) -> float | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(float | str | Unset, data)

            keep_alive = _parse_keep_alive(value)

            return keep_alive
        elif key == "tools":
            _tools = value
            tools: list[Tool] | Unset = UNSET
            if _tools is not UNSET:
                tools = []
                for tools_item_data in _tools:
                    tools_item = Tool.from_dict(tools_item_data)

                    tools.append(tools_item)

            return tools
        elif key == "options":
            _options = value
            options: Options | Unset
            if isinstance(_options, Unset):
                options = UNSET
            else:
                options = Options.from_dict(_options)

            return options
        elif key == "think":

            def _parse_think(data: object) -> bool | ThinkLevel | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_think_type_1 = check_think_level(data)

                    return componentsschemas_think_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | ThinkLevel | Unset, data)

            think = _parse_think(value)

            return think
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        chat_request = object.__new__(cls)
        values = chat_request.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "messages":
                values["messages"] = cls._convert(key, value)
            elif key == "format":
                values["format_"] = cls._convert(key, value)
            elif key == "keep_alive":
                values["keep_alive"] = cls._convert(key, value)
            elif key == "tools":
                values["tools"] = cls._convert(key, value)
            elif key == "options":
                values["options"] = cls._convert(key, value)
            elif key == "think":
                values["think"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return chat_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.json_schema import JsonSchema  # noqa: E402
from ..models.message import Message  # noqa: E402
from ..models.options import Options  # noqa: E402
from ..models.tool import Tool  # noqa: E402

for _name in (
    "messages",
    "stream",
    "format_",
    "keep_alive",
    "tools",
    "options",
    "think",
    "truncate",
    "shift",
    "field_debug_render_only",
    "logprobs",
    "top_logprobs",
):
    setattr(ChatRequest, _name, UNSET)
