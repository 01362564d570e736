from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_content_part import OpenAIContentPart
    from ..models.open_ai_tool_call import OpenAIToolCall


T = TypeVar("T", bound="OpenAIChatMessage")


@_attrs_define(slots=False)
class OpenAIChatMessage(WireMapping):
    """`openai.Message` in a request. `content` is a string, an array of parts (each part becomes its
    own native message), or `null`/absent only together with `tool_calls`.

        Example:
            {'role': 'user', 'content': 'Why is the sky blue?'}

        Attributes:
            role (str): `system`, `developer`, `user`, `assistant` or `tool` (passed to the template as is).
            content (list[OpenAIContentPart] | None | str | Unset):
            reasoning (str | Unset): Becomes the native `thinking`.
            tool_calls (list[OpenAIToolCall] | Unset):
            name (str | Unset): For `tool` messages, the tool's name.
            tool_call_id (str | Unset): For `tool` messages; the tool's name is looked up from it when `name` is empty.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "role": "role",
        "content": "content",
        "reasoning": "reasoning",
        "tool_calls": "tool_calls",
        "name": "name",
        "tool_call_id": "tool_call_id",
    }

    role: str
    content: list[OpenAIContentPart] | None | str | Unset = UNSET
    reasoning: str | Unset = UNSET
    tool_calls: list[OpenAIToolCall] | Unset = UNSET
    name: str | Unset = UNSET
    tool_call_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        content: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item = content_type_1_item_data.to_dict()
                content.append(content_type_1_item)

        else:
            content = self.content

        reasoning = self.reasoning

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

        name = self.name

        tool_call_id = self.tool_call_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if name is not UNSET:
            field_dict["name"] = name
        if tool_call_id is not UNSET:
            field_dict["tool_call_id"] = tool_call_id

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "role": "role",
        "reasoning": "reasoning",
        "name": "name",
        "tool_call_id": "tool_call_id",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(("role",))

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "content":

            def _parse_content(data: object) -> list[OpenAIContentPart] | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    content_type_1 = []
                    _content_type_1 = data
                    for content_type_1_item_data in _content_type_1:
                        content_type_1_item = OpenAIContentPart.from_dict(content_type_1_item_data)

                        content_type_1.append(content_type_1_item)

                    return content_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[OpenAIContentPart] | None | str | Unset, data)

            content = _parse_content(value)

            return content
        elif key == "tool_calls":
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
        open_ai_chat_message = object.__new__(cls)
        values = open_ai_chat_message.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "content":
                values["content"] = cls._convert(key, value)
            elif key == "tool_calls":
                values["tool_calls"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return open_ai_chat_message

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.open_ai_content_part import OpenAIContentPart  # noqa: E402
from ..models.open_ai_tool_call import OpenAIToolCall  # noqa: E402

for _name in (
    "content",
    "reasoning",
    "tool_calls",
    "name",
    "tool_call_id",
):
    setattr(OpenAIChatMessage, _name, UNSET)
