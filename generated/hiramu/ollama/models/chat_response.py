from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.debug_info import DebugInfo
    from ..models.logprob import Logprob
    from ..models.message import Message


T = TypeVar("T", bound="ChatResponse")


@_attrs_define(slots=False)
class ChatResponse(WireMapping):
    """One chunk of a streamed answer, or the whole answer with `stream: false`. The metrics and
    `done_reason` come with the last chunk (`done: true`); fields that are empty or 0 are omitted.

        Example:
            {'model': 'tiny-llama', 'created_at': '2026-11-26T12:16:37.016325459Z', 'message': {'role': 'assistant',
                'content': 'S'}, 'done': False}

        Attributes:
            model (str): The model name as given in the request.
            created_at (str): When the chunk was produced (UTC).
            message (Message): One chat message, in requests and responses. Responses always carry `role` and `content`; the
                server accepts a message without them (missing `content` = `""`).
                 Example: {'role': 'user', 'content': 'Why is the sky blue?'}.
            done (bool): Whether this is the last chunk.
            remote_model (str | Unset): For a model that forwards to another Ollama host, the upstream model's name.
            remote_host (str | Unset): For a model that forwards to another Ollama host, that host's URL.
            done_reason (str | Unset): Why generation ended, on the last chunk. Known values `stop`, `length`, `load`,
                `unload`.
            field_debug_info (DebugInfo | Unset): What `_debug_render_only` returns. Example: {'rendered_template':
                '<|im_start|>system\\nsys<|im_end|>\\n<|im_start|>user\\nhi<|im_end|>\\n<|im
                _start|>assistant\\n'}.
            logprobs (list[Logprob] | Unset): Log probabilities of the tokens of this chunk (with `logprobs`).
            total_duration (int | Unset): Time spent on the whole request, in nanoseconds.
            load_duration (int | Unset): Time spent loading the model, in nanoseconds.
            prompt_eval_count (int | Unset): Number of prompt tokens evaluated.
            prompt_eval_duration (int | Unset): Time spent evaluating the prompt, in nanoseconds.
            eval_count (int | Unset): Number of tokens generated.
            eval_duration (int | Unset): Time spent generating, in nanoseconds.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "model": "model",
        "created_at": "created_at",
        "message": "message",
        "done": "done",
        "remote_model": "remote_model",
        "remote_host": "remote_host",
        "done_reason": "done_reason",
        "_debug_info": "field_debug_info",
        "logprobs": "logprobs",
        "total_duration": "total_duration",
        "load_duration": "load_duration",
        "prompt_eval_count": "prompt_eval_count",
        "prompt_eval_duration": "prompt_eval_duration",
        "eval_count": "eval_count",
        "eval_duration": "eval_duration",
    }

    model: str
    created_at: str
    message: Message
    done: bool
    remote_model: str | Unset = UNSET
    remote_host: str | Unset = UNSET
    done_reason: str | Unset = UNSET
    field_debug_info: DebugInfo | Unset = UNSET
    logprobs: list[Logprob] | Unset = UNSET
    total_duration: int | Unset = UNSET
    load_duration: int | Unset = UNSET
    prompt_eval_count: int | Unset = UNSET
    prompt_eval_duration: int | Unset = UNSET
    eval_count: int | Unset = UNSET
    eval_duration: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        created_at = self.created_at

        message = self.message.to_dict()

        done = self.done

        remote_model = self.remote_model

        remote_host = self.remote_host

        done_reason = self.done_reason

        field_debug_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_debug_info, Unset):
            field_debug_info = self.field_debug_info.to_dict()

        logprobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.logprobs, Unset):
            logprobs = []
            for logprobs_item_data in self.logprobs:
                logprobs_item = logprobs_item_data.to_dict()
                logprobs.append(logprobs_item)

        total_duration = self.total_duration

        load_duration = self.load_duration

        prompt_eval_count = self.prompt_eval_count

        prompt_eval_duration = self.prompt_eval_duration

        eval_count = self.eval_count

        eval_duration = self.eval_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "created_at": created_at,
                "message": message,
                "done": done,
            }
        )
        if remote_model is not UNSET:
            field_dict["remote_model"] = remote_model
        if remote_host is not UNSET:
            field_dict["remote_host"] = remote_host
        if done_reason is not UNSET:
            field_dict["done_reason"] = done_reason
        if field_debug_info is not UNSET:
            field_dict["_debug_info"] = field_debug_info
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
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

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "model": "model",
        "created_at": "created_at",
        "done": "done",
        "remote_model": "remote_model",
        "remote_host": "remote_host",
        "done_reason": "done_reason",
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
            "message",
            "done",
        )
    )

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "message":
            message = Message.from_dict(value)

            return message
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
        chat_response = object.__new__(cls)
        values = chat_response.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "message":
                values["message"] = cls._convert(key, value)
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
        return chat_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.debug_info import DebugInfo  # noqa: E402
from ..models.logprob import Logprob  # noqa: E402
from ..models.message import Message  # noqa: E402

for _name in (
    "remote_model",
    "remote_host",
    "done_reason",
    "field_debug_info",
    "logprobs",
    "total_duration",
    "load_duration",
    "prompt_eval_count",
    "prompt_eval_duration",
    "eval_count",
    "eval_duration",
):
    setattr(ChatResponse, _name, UNSET)
