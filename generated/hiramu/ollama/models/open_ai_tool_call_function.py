from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping


@_attrs_define(slots=False)
class OpenAIToolCallFunction(WireMapping):
    """
    Example:
        {'name': 'get_weather', 'arguments': '{"city":"Paris"}'}

    Attributes:
        arguments (str): The arguments as a JSON object text (a request with anything else is `400 invalid tool call
            arguments`).
        name (str | None):
    """

    arguments: str
    name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("arguments", "arguments", _wire.STR, True),
        _wire.Field("name", "name", _wire.STR, False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
