from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.tool_call import ToolCall


@_attrs_define(slots=False)
class Message(WireMapping):
    """One chat message, in requests and responses. Responses always carry `role` and `content`; the
    server accepts a message without them (missing `content` = `""`).

        Example:
            {'role': 'user', 'content': 'Why is the sky blue?'}

        Attributes:
            role (str): `system`, `user`, `assistant` or `tool` by convention; any string is accepted and lower-cased.
            content (str): The text. Must be a string (OpenAI-style content arrays are rejected with 400).
            thinking (str | None): The model's reasoning (responses of thinking models; may be sent back in history).
            images (list[str] | None): Images or audio for multimodal models.
            tool_calls (list[ToolCall] | None): Tool calls made by the assistant.
            tool_name (str | None): For a `tool` message, the name of the tool whose result this is.
            tool_call_id (str | None): For a `tool` message, the `id` of the tool call it answers.
    """

    role: str
    content: str
    thinking: str | None = None
    images: list[str] | None = None
    tool_calls: list[ToolCall] | None = None
    tool_name: str | None = None
    tool_call_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("role", "role", _wire.STR, True),
        _wire.Field("content", "content", _wire.STR, True),
        _wire.Field("thinking", "thinking", _wire.STR, False),
        _wire.Field("images", "images", _wire.list_of(_wire.STR), False),
        _wire.Field("tool_calls", "tool_calls", _wire.list_of(_wire.model("ToolCall")), False),
        _wire.Field("tool_name", "tool_name", _wire.STR, False),
        _wire.Field("tool_call_id", "tool_call_id", _wire.STR, False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
