from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_chat_completion_message import OpenAIChatCompletionMessage
    from ..models.open_ai_choice_logprobs import OpenAIChoiceLogprobs


T = TypeVar("T", bound="OpenAIChatChoice")


@_attrs_define(slots=False)
class OpenAIChatChoice(WireMapping):
    """
    Example:
        {'index': 0, 'message': {'role': 'assistant', 'content': 'S they e na'}, 'finish_reason': 'length'}

    Attributes:
        index (int):
        message (OpenAIChatCompletionMessage): `openai.Message` in an answer (`role` is empty for `_debug_render_only`).
            Example: {'role': 'assistant', 'content': 'S they e na'}.
        finish_reason (None | str): `stop`, `length`, `tool_calls` (a `stop` with tool calls); `null` for
            `_debug_render_only`.
        logprobs (OpenAIChoiceLogprobs | Unset):  Example: {'content': [{'token': ' for', 'logprob':
            -0.6970592141151428, 'bytes': [32, 102, 111, 114], 'top_logprobs': []}]}.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "index": "index",
        "message": "message",
        "finish_reason": "finish_reason",
        "logprobs": "logprobs",
    }

    index: int
    message: OpenAIChatCompletionMessage
    finish_reason: None | str
    logprobs: OpenAIChoiceLogprobs | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        message = self.message.to_dict()

        finish_reason: None | str
        finish_reason = self.finish_reason

        logprobs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logprobs, Unset):
            logprobs = self.logprobs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "message": message,
                "finish_reason": finish_reason,
            }
        )
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "index": "index",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "index",
            "message",
            "finish_reason",
        )
    )

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "message":
            message = OpenAIChatCompletionMessage.from_dict(value)

            return message
        elif key == "finish_reason":

            def _parse_finish_reason(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            finish_reason = _parse_finish_reason(value)

            return finish_reason
        elif key == "logprobs":
            _logprobs = value
            logprobs: OpenAIChoiceLogprobs | Unset
            if isinstance(_logprobs, Unset):
                logprobs = UNSET
            else:
                logprobs = OpenAIChoiceLogprobs.from_dict(_logprobs)

            return logprobs
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_chat_choice = object.__new__(cls)
        values = open_ai_chat_choice.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "message":
                values["message"] = cls._convert(key, value)
            elif key == "finish_reason":
                values["finish_reason"] = cls._convert(key, value)
            elif key == "logprobs":
                values["logprobs"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return open_ai_chat_choice

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.open_ai_chat_completion_message import OpenAIChatCompletionMessage  # noqa: E402
from ..models.open_ai_choice_logprobs import OpenAIChoiceLogprobs  # noqa: E402

for _name in ("logprobs",):
    setattr(OpenAIChatChoice, _name, UNSET)
