from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_tool_call import OpenAIToolCall


@_attrs_define(slots=False)
class OpenAIDelta(WireMapping):
    """`openai.Delta`: every field is omitted when empty, so the finish chunk has `{}` (content `""` is kept).

    Example:
        {'role': 'assistant', 'content': 'S'}

    Attributes:
        role (str | None): `assistant`, first chunk only.
        content (str | None):
        reasoning (str | None):
        tool_calls (list[OpenAIToolCall] | None):
    """

    role: str | None = None
    content: str | None = None
    reasoning: str | None = None
    tool_calls: list[OpenAIToolCall] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("role", "role", _wire.STR, False),
        _wire.Field("content", "content", _wire.STR, False),
        _wire.Field("reasoning", "reasoning", _wire.STR, False),
        _wire.Field("tool_calls", "tool_calls", _wire.list_of(_wire.model("OpenAIToolCall")), False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
