from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_stream_options import OpenAIStreamOptions


T = TypeVar("T", bound="OpenAICompletionRequest")


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
        stop (list[str] | str | Unset): One stop sequence or several (non-string entries are ignored by chat completions
            and rejected by completions).
        stream (bool | Unset):
        stream_options (OpenAIStreamOptions | Unset):  Example: {'include_usage': True}.
        temperature (float | Unset): 1 when not sent.
        top_p (float | Unset): 1 when not sent or 0.
        suffix (str | Unset): Text after the insertion point (the model needs `insert`).
        logprobs (int | Unset): Read as `top_logprobs` when > 0; the answer carries no log probabilities.
        field_debug_render_only (bool | Unset):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "model": "model",
        "prompt": "prompt",
        "frequency_penalty": "frequency_penalty",
        "max_tokens": "max_tokens",
        "presence_penalty": "presence_penalty",
        "seed": "seed",
        "stop": "stop",
        "stream": "stream",
        "stream_options": "stream_options",
        "temperature": "temperature",
        "top_p": "top_p",
        "suffix": "suffix",
        "logprobs": "logprobs",
        "_debug_render_only": "field_debug_render_only",
    }

    model: str
    prompt: str | Unset = UNSET
    frequency_penalty: float | Unset = UNSET
    max_tokens: int | Unset = UNSET
    presence_penalty: float | Unset = UNSET
    seed: int | Unset = UNSET
    stop: list[str] | str | Unset = UNSET
    stream: bool | Unset = UNSET
    stream_options: OpenAIStreamOptions | Unset = UNSET
    temperature: float | Unset = UNSET
    top_p: float | Unset = UNSET
    suffix: str | Unset = UNSET
    logprobs: int | Unset = UNSET
    field_debug_render_only: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        frequency_penalty = self.frequency_penalty

        max_tokens = self.max_tokens

        presence_penalty = self.presence_penalty

        seed = self.seed

        stop: list[str] | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        stream = self.stream

        stream_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stream_options, Unset):
            stream_options = self.stream_options.to_dict()

        temperature = self.temperature

        top_p = self.top_p

        suffix = self.suffix

        logprobs = self.logprobs

        field_debug_render_only = self.field_debug_render_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if seed is not UNSET:
            field_dict["seed"] = seed
        if stop is not UNSET:
            field_dict["stop"] = stop
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if suffix is not UNSET:
            field_dict["suffix"] = suffix
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if field_debug_render_only is not UNSET:
            field_dict["_debug_render_only"] = field_debug_render_only

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "model": "model",
        "prompt": "prompt",
        "frequency_penalty": "frequency_penalty",
        "max_tokens": "max_tokens",
        "presence_penalty": "presence_penalty",
        "seed": "seed",
        "stream": "stream",
        "temperature": "temperature",
        "top_p": "top_p",
        "suffix": "suffix",
        "logprobs": "logprobs",
        "_debug_render_only": "field_debug_render_only",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(("model",))

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "stop":

            def _parse_stop(data: object) -> list[str] | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_open_ai_stop_type_1 = cast(list[str], data)

                    return componentsschemas_open_ai_stop_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | str | Unset, data)

            stop = _parse_stop(value)

            return stop
        elif key == "stream_options":
            _stream_options = value
            stream_options: OpenAIStreamOptions | Unset
            if isinstance(_stream_options, Unset):
                stream_options = UNSET
            else:
                stream_options = OpenAIStreamOptions.from_dict(_stream_options)

            return stream_options
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_completion_request = object.__new__(cls)
        values = open_ai_completion_request.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "stop":
                values["stop"] = cls._convert(key, value)
            elif key == "stream_options":
                values["stream_options"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return open_ai_completion_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.open_ai_stream_options import OpenAIStreamOptions  # noqa: E402

for _name in (
    "prompt",
    "frequency_penalty",
    "max_tokens",
    "presence_penalty",
    "seed",
    "stop",
    "stream",
    "stream_options",
    "temperature",
    "top_p",
    "suffix",
    "logprobs",
    "field_debug_render_only",
):
    setattr(OpenAICompletionRequest, _name, UNSET)
