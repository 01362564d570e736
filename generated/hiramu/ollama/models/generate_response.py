from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.debug_info import DebugInfo
    from ..models.logprob import Logprob
    from ..models.tool_call import ToolCall


T = TypeVar("T", bound="GenerateResponse")


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
            remote_model (str | Unset): For a model that forwards to another Ollama host, the upstream model's name.
            remote_host (str | Unset): For a model that forwards to another Ollama host, that host's URL.
            thinking (str | Unset): The reasoning text of this chunk (thinking models).
            done_reason (str | Unset): Why generation ended, on the last chunk. Known values `stop`, `length`, `load`,
                `unload`.
            context (list[int] | Unset): The conversation as tokens, to pass back as `context` (last chunk, not with `raw`).
                Deprecated.
            total_duration (int | Unset): Time spent on the whole request, in nanoseconds.
            load_duration (int | Unset): Time spent loading the model, in nanoseconds.
            prompt_eval_count (int | Unset): Number of prompt tokens evaluated.
            prompt_eval_duration (int | Unset): Time spent evaluating the prompt, in nanoseconds.
            eval_count (int | Unset): Number of tokens generated.
            eval_duration (int | Unset): Time spent generating, in nanoseconds.
            tool_calls (list[ToolCall] | Unset): Tool calls parsed by models with a built-in tool parser (last chunk).
            field_debug_info (DebugInfo | Unset): What `_debug_render_only` returns. Example: {'rendered_template':
                '<|im_start|>system\\nsys<|im_end|>\\n<|im_start|>user\\nhi<|im_end|>\\n<|im
                _start|>assistant\\n'}.
            logprobs (list[Logprob] | Unset): Log probabilities of the tokens of this chunk (with `logprobs`).
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "model": "model",
        "created_at": "created_at",
        "response": "response",
        "done": "done",
        "remote_model": "remote_model",
        "remote_host": "remote_host",
        "thinking": "thinking",
        "done_reason": "done_reason",
        "context": "context",
        "total_duration": "total_duration",
        "load_duration": "load_duration",
        "prompt_eval_count": "prompt_eval_count",
        "prompt_eval_duration": "prompt_eval_duration",
        "eval_count": "eval_count",
        "eval_duration": "eval_duration",
        "tool_calls": "tool_calls",
        "_debug_info": "field_debug_info",
        "logprobs": "logprobs",
    }

    model: str
    created_at: str
    response: str
    done: bool
    remote_model: str | Unset = UNSET
    remote_host: str | Unset = UNSET
    thinking: str | Unset = UNSET
    done_reason: str | Unset = UNSET
    context: list[int] | Unset = UNSET
    total_duration: int | Unset = UNSET
    load_duration: int | Unset = UNSET
    prompt_eval_count: int | Unset = UNSET
    prompt_eval_duration: int | Unset = UNSET
    eval_count: int | Unset = UNSET
    eval_duration: int | Unset = UNSET
    tool_calls: list[ToolCall] | Unset = UNSET
    field_debug_info: DebugInfo | Unset = UNSET
    logprobs: list[Logprob] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        created_at = self.created_at

        response = self.response

        done = self.done

        remote_model = self.remote_model

        remote_host = self.remote_host

        thinking = self.thinking

        done_reason = self.done_reason

        context: list[int] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context

        total_duration = self.total_duration

        load_duration = self.load_duration

        prompt_eval_count = self.prompt_eval_count

        prompt_eval_duration = self.prompt_eval_duration

        eval_count = self.eval_count

        eval_duration = self.eval_duration

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

        field_debug_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_debug_info, Unset):
            field_debug_info = self.field_debug_info.to_dict()

        logprobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.logprobs, Unset):
            logprobs = []
            for logprobs_item_data in self.logprobs:
                logprobs_item = logprobs_item_data.to_dict()
                logprobs.append(logprobs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "created_at": created_at,
                "response": response,
                "done": done,
            }
        )
        if remote_model is not UNSET:
            field_dict["remote_model"] = remote_model
        if remote_host is not UNSET:
            field_dict["remote_host"] = remote_host
        if thinking is not UNSET:
            field_dict["thinking"] = thinking
        if done_reason is not UNSET:
            field_dict["done_reason"] = done_reason
        if context is not UNSET:
            field_dict["context"] = context
        if total_duration is not UNSET:
            field_dict["total_duration"] = total_duration
        if load_duration is not UNSET:
            field_dict["load_duration"] = load_duration
        if prompt_eval_count is not UNSET:
            field_dict["prompt_eval_count"] = prompt_eval_count
        if prompt_eval_duration is not UNSET:
            field_dict["prompt_eval_duration"] = prompt_eval_duration
        if eval_count is not UNSET:
            field_dict["eval_count"] = eval_count
        if eval_duration is not UNSET:
            field_dict["eval_duration"] = eval_duration
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if field_debug_info is not UNSET:
            field_dict["_debug_info"] = field_debug_info
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "model": "model",
        "created_at": "created_at",
        "response": "response",
        "done": "done",
        "remote_model": "remote_model",
        "remote_host": "remote_host",
        "thinking": "thinking",
        "done_reason": "done_reason",
        "context": "context",
        "total_duration": "total_duration",
        "load_duration": "load_duration",
        "prompt_eval_count": "prompt_eval_count",
        "prompt_eval_duration": "prompt_eval_duration",
        "eval_count": "eval_count",
        "eval_duration": "eval_duration",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "model",
            "created_at",
            "response",
            "done",
        )
    )

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "tool_calls":
            _tool_calls = value
            tool_calls: list[ToolCall] | Unset = UNSET
            if _tool_calls is not UNSET:
                tool_calls = []
                for tool_calls_item_data in _tool_calls:
                    tool_calls_item = ToolCall.from_dict(tool_calls_item_data)

                    tool_calls.append(tool_calls_item)

            return tool_calls
        elif key == "_debug_info":
            _field_debug_info = value
            field_debug_info: DebugInfo | Unset
            if isinstance(_field_debug_info, Unset):
                field_debug_info = UNSET
            else:
                field_debug_info = DebugInfo.from_dict(_field_debug_info)

            return field_debug_info
        elif key == "logprobs":
            _logprobs = value
            logprobs: list[Logprob] | Unset = UNSET
            if _logprobs is not UNSET:
                logprobs = []
                for logprobs_item_data in _logprobs:
                    logprobs_item = Logprob.from_dict(logprobs_item_data)

                    logprobs.append(logprobs_item)

            return logprobs
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        generate_response = object.__new__(cls)
        values = generate_response.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "tool_calls":
                values["tool_calls"] = cls._convert(key, value)
            elif key == "_debug_info":
                values["field_debug_info"] = cls._convert(key, value)
            elif key == "logprobs":
                values["logprobs"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return generate_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.debug_info import DebugInfo  # noqa: E402
from ..models.logprob import Logprob  # noqa: E402
from ..models.tool_call import ToolCall  # noqa: E402

for _name in (
    "remote_model",
    "remote_host",
    "thinking",
    "done_reason",
    "context",
    "total_duration",
    "load_duration",
    "prompt_eval_count",
    "prompt_eval_duration",
    "eval_count",
    "eval_duration",
    "tool_calls",
    "field_debug_info",
    "logprobs",
):
    setattr(GenerateResponse, _name, UNSET)
