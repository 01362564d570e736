from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_tool_call_function import OpenAIToolCallFunction


@_attrs_define(slots=False)
class OpenAIToolCall(WireMapping):
    """`openai.ToolCall`; `function.arguments` is a JSON text. Answers always carry every field; in a
    request only `function.arguments` matters (`id` links a later `tool` message).

        Example:
            {'id': 'call_k3m9x2qa', 'index': 0, 'type': 'function', 'function': {'name': 'get_weather', 'arguments':
                '{"city":"Paris"}'}}

        Attributes:
            function (OpenAIToolCallFunction):  Example: {'name': 'get_weather', 'arguments': '{"city":"Paris"}'}.
            id (str | None):
            index (int | None):
            type (str | None): `function`.
    """

    function: OpenAIToolCallFunction
    id: str | None = None
    index: int | None = None
    type: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("function", "function", _wire.model("OpenAIToolCallFunction"), True),
        _wire.Field("id", "id", _wire.STR, False),
        _wire.Field("index", "index", _wire.INT, False),
        _wire.Field("type", "type", _wire.STR, False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
