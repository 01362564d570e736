from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_tool_call import OpenAIToolCall


T = TypeVar("T", bound="OpenAIDelta")


@_attrs_define(slots=False)
class OpenAIDelta(WireMapping):
    """`openai.Delta`: every field is omitted when empty, so the finish chunk has `{}` (content `""` is kept).

    Example:
        {'role': 'assistant', 'content': 'S'}

    Attributes:
        role (str | Unset): `assistant`, first chunk only.
        content (str | Unset):
        reasoning (str | Unset):
        tool_calls (list[OpenAIToolCall] | Unset):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "role": "role",
        "content": "content",
        "reasoning": "reasoning",
        "tool_calls": "tool_calls",
    }

    role: str | Unset = UNSET
    content: str | Unset = UNSET
    reasoning: str | Unset = UNSET
    tool_calls: list[OpenAIToolCall] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        content = self.content

        reasoning = self.reasoning

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "role": "role",
        "content": "content",
        "reasoning": "reasoning",
    }

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "tool_calls":
            _tool_calls = value
            tool_calls: list[OpenAIToolCall] | Unset = UNSET
            if _tool_calls is not UNSET:
                tool_calls = []
                for tool_calls_item_data in _tool_calls:
                    tool_calls_item = OpenAIToolCall.from_dict(tool_calls_item_data)

                    tool_calls.append(tool_calls_item)

            return tool_calls
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_delta = object.__new__(cls)
        values = open_ai_delta.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "tool_calls":
                values["tool_calls"] = cls._convert(key, value)
            else:
                extra[key] = value
        values["additional_properties"] = extra
        return open_ai_delta

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.open_ai_tool_call import OpenAIToolCall  # noqa: E402

for _name in (
    "role",
    "content",
    "reasoning",
    "tool_calls",
):
    setattr(OpenAIDelta, _name, UNSET)
