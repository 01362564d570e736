from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_choice_logprobs import OpenAIChoiceLogprobs


T = TypeVar("T", bound="OpenAICompletionChoice")


@_attrs_define(slots=False)
class OpenAICompletionChoice(WireMapping):
    """`openai.CompleteChunkChoice` (`logprobs` is never filled in 0.33.0-rc2).

    Example:
        {'text': 'S they e na', 'index': 0, 'finish_reason': 'length'}

    Attributes:
        text (str):
        index (int):
        finish_reason (None | str):
        logprobs (OpenAIChoiceLogprobs | Unset):  Example: {'content': [{'token': ' for', 'logprob':
            -0.6970592141151428, 'bytes': [32, 102, 111, 114], 'top_logprobs': []}]}.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "text": "text",
        "index": "index",
        "finish_reason": "finish_reason",
        "logprobs": "logprobs",
    }

    text: str
    index: int
    finish_reason: None | str
    logprobs: OpenAIChoiceLogprobs | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        index = self.index

        finish_reason: None | str
        finish_reason = self.finish_reason

        logprobs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logprobs, Unset):
            logprobs = self.logprobs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "index": index,
                "finish_reason": finish_reason,
            }
        )
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "text": "text",
        "index": "index",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "text",
            "index",
            "finish_reason",
        )
    )

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "finish_reason":

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
        open_ai_completion_choice = object.__new__(cls)
        values = open_ai_completion_choice.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
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
        return open_ai_completion_choice

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.open_ai_choice_logprobs import OpenAIChoiceLogprobs  # noqa: E402

for _name in ("logprobs",):
    setattr(OpenAICompletionChoice, _name, UNSET)
