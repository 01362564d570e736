from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_tool_call import OpenAIToolCall


T = TypeVar("T", bound="OpenAIChatCompletionMessage")


@_attrs_define(slots=False)
class OpenAIChatCompletionMessage(WireMapping):
    """`openai.Message` in an answer (`role` is empty for `_debug_render_only`).

    Example:
        {'role': 'assistant', 'content': 'S they e na'}

    Attributes:
        role (str):
        content (str):
        reasoning (str | Unset): The native `thinking` (omitted when empty).
        tool_calls (list[OpenAIToolCall] | Unset):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "role": "role",
        "content": "content",
        "reasoning": "reasoning",
        "tool_calls": "tool_calls",
    }

    role: str
    content: str
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
        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )
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
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "role",
            "content",
        )
    )

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
        open_ai_chat_completion_message = object.__new__(cls)
        values = open_ai_chat_completion_message.__dict__
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
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return open_ai_chat_completion_message

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.open_ai_tool_call import OpenAIToolCall  # noqa: E402

for _name in (
    "reasoning",
    "tool_calls",
):
    setattr(OpenAIChatCompletionMessage, _name, UNSET)
