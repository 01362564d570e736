from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.logprob import Logprob


T = TypeVar("T", bound="OpenAIChoiceLogprobs")


@_attrs_define(slots=False)
class OpenAIChoiceLogprobs(WireMapping):
    """
    Example:
        {'content': [{'token': ' for', 'logprob': -0.6970592141151428, 'bytes': [32, 102, 111, 114], 'top_logprobs':
            []}]}

    Attributes:
        content (list[Logprob]):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "content": "content",
    }

    content: list[Logprob]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = []
        for content_item_data in self.content:
            content_item = content_item_data.to_dict()
            content.append(content_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {}
    _required_fields: ClassVar[frozenset[str]] = frozenset(("content",))

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "content":
            content = []
            _content = value
            for content_item_data in _content:
                content_item = Logprob.from_dict(content_item_data)

                content.append(content_item)

            return content
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_choice_logprobs = object.__new__(cls)
        values = open_ai_choice_logprobs.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "content":
                values["content"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return open_ai_choice_logprobs

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.logprob import Logprob  # noqa: E402
