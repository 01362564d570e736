from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_tool_call import OpenAIToolCall


@_attrs_define(slots=False)
class OpenAIChatCompletionMessage(WireMapping):
    """`openai.Message` in an answer (`role` is empty for `_debug_render_only`).

    Example:
        {'role': 'assistant', 'content': 'S they e na'}

    Attributes:
        role (str):
        content (str):
        reasoning (str | None): The native `thinking` (omitted when empty).
        tool_calls (list[OpenAIToolCall] | None):
    """

    role: str
    content: str
    reasoning: str | None = None
    tool_calls: list[OpenAIToolCall] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("role", "role", _wire.STR, True),
        _wire.Field("content", "content", _wire.STR, True),
        _wire.Field("reasoning", "reasoning", _wire.STR, False),
        _wire.Field("tool_calls", "tool_calls", _wire.list_of(_wire.model("OpenAIToolCall")), False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
