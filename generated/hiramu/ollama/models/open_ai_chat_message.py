from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_content_part import OpenAIContentPart
    from ..models.open_ai_tool_call import OpenAIToolCall


@_attrs_define(slots=False)
class OpenAIChatMessage(WireMapping):
    """`openai.Message` in a request. `content` is a string, an array of parts (each part becomes its
    own native message), or `null`/absent only together with `tool_calls`.

        Example:
            {'role': 'user', 'content': 'Why is the sky blue?'}

        Attributes:
            role (str): `system`, `developer`, `user`, `assistant` or `tool` (passed to the template as is).
            content (str | list[OpenAIContentPart] | None | Unset):
            reasoning (str | Unset): Becomes the native `thinking`.
            tool_calls (list[OpenAIToolCall] | Unset):
            name (str | Unset): For `tool` messages, the tool's name.
            tool_call_id (str | Unset): For `tool` messages; the tool's name is looked up from it when `name` is empty.
    """

    role: str
    content: str | list[OpenAIContentPart] | None | Unset = UNSET
    reasoning: str | Unset = UNSET
    tool_calls: list[OpenAIToolCall] | Unset = UNSET
    name: str | Unset = UNSET
    tool_call_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("role", "role", _wire.STR, True),
        _wire.Field(
            "content",
            "content",
            _wire.one_of(_wire.STR, _wire.list_of(_wire.model("OpenAIContentPart")), _wire.NULL),
            False,
        ),
        _wire.Field("reasoning", "reasoning", _wire.STR, False),
        _wire.Field("tool_calls", "tool_calls", _wire.list_of(_wire.model("OpenAIToolCall")), False),
        _wire.Field("name", "name", _wire.STR, False),
        _wire.Field("tool_call_id", "tool_call_id", _wire.STR, False),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
