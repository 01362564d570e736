from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.tool_call_function import ToolCallFunction


@_attrs_define(slots=False)
class ToolCall(WireMapping):
    """A call of one tool. Responses always carry `function`.

    Example:
        {'id': 'call_k3m9x2qa', 'function': {'index': 0, 'name': 'get_weather', 'arguments': {'city': 'Paris'}}}

    Attributes:
        function (ToolCallFunction): The called function. Responses always carry `index`, `name` and `arguments`.
            Example: {'index': 0, 'name': 'get_weather', 'arguments': {'city': 'Paris'}}.
        id (str | None): Call id (`call_` + 8 characters from `[a-z0-9]` when Ollama renders the prompt); omitted when
            empty.
    """

    function: ToolCallFunction
    id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("function", "function", _wire.model("ToolCallFunction"), True),
        _wire.Field("id", "id", _wire.STR, False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
