from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping

if TYPE_CHECKING:
    pass


@_attrs_define(slots=False)
class ToolCallFunction(WireMapping):
    """The called function. Responses always carry `index`, `name` and `arguments`.

    Example:
        {'index': 0, 'name': 'get_weather', 'arguments': {'city': 'Paris'}}

    Attributes:
        index (int): 0-based position of the call among the calls of the message.
        name (str): The tool's name.
        arguments (dict[str, Any]): The arguments as a JSON object (key order kept; `null` becomes `{}`; a string or
            array is rejected with 400). Example: {'city': 'Paris'}.
    """

    index: int
    name: str
    arguments: dict[str, Any]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("index", "index", _wire.INT, True),
        _wire.Field("name", "name", _wire.STR, True),
        _wire.Field("arguments", "arguments", _wire.OBJECT, True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
