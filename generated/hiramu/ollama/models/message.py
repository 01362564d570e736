from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.tool_call import ToolCall


T = TypeVar("T", bound="Message")


@_attrs_define(slots=False)
class Message(WireMapping):
    """One chat message, in requests and responses. Responses always carry `role` and `content`; the
    server accepts a message without them (missing `content` = `""`).

        Example:
            {'role': 'user', 'content': 'Why is the sky blue?'}

        Attributes:
            role (str | Unset): `system`, `user`, `assistant` or `tool` by convention; any string is accepted and lower-
                cased.
            content (str | Unset): The text. Must be a string (OpenAI-style content arrays are rejected with 400).
            thinking (str | Unset): The model's reasoning (responses of thinking models; may be sent back in history).
            images (list[str] | Unset): Images or audio for multimodal models.
            tool_calls (list[ToolCall] | Unset): Tool calls made by the assistant.
            tool_name (str | Unset): For a `tool` message, the name of the tool whose result this is.
            tool_call_id (str | Unset): For a `tool` message, the `id` of the tool call it answers.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "role": "role",
        "content": "content",
        "thinking": "thinking",
        "images": "images",
        "tool_calls": "tool_calls",
        "tool_name": "tool_name",
        "tool_call_id": "tool_call_id",
    }

    role: str | Unset = UNSET
    content: str | Unset = UNSET
    thinking: str | Unset = UNSET
    images: list[str] | Unset = UNSET
    tool_calls: list[ToolCall] | Unset = UNSET
    tool_name: str | Unset = UNSET
    tool_call_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        content = self.content

        thinking = self.thinking

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

        tool_name = self.tool_name

        tool_call_id = self.tool_call_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if thinking is not UNSET:
            field_dict["thinking"] = thinking
        if images is not UNSET:
            field_dict["images"] = images
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if tool_name is not UNSET:
            field_dict["tool_name"] = tool_name
        if tool_call_id is not UNSET:
            field_dict["tool_call_id"] = tool_call_id

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "role": "role",
        "content": "content",
        "thinking": "thinking",
        "images": "images",
        "tool_name": "tool_name",
        "tool_call_id": "tool_call_id",
    }

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
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        message = object.__new__(cls)
        values = message.__dict__
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
        return message

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.tool_call import ToolCall  # noqa: E402

for _name in (
    "role",
    "content",
    "thinking",
    "images",
    "tool_calls",
    "tool_name",
    "tool_call_id",
):
    setattr(Message, _name, UNSET)
