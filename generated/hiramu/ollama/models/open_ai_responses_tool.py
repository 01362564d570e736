from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping

if TYPE_CHECKING:
    pass


@_attrs_define(slots=False)
class OpenAIResponsesTool(WireMapping):
    """`openai.ResponsesTool`: `function`, `namespace` (with nested `tools`) or `web_search`.

    Example:
        {'type': 'function', 'name': 'get_weather', 'description': 'Get the weather in a city', 'strict': None,
            'parameters': {'type': 'object'}}

    Attributes:
        type (str):
        name (str | None):
        description (str | None | None):
        strict (bool | None | None):
        parameters (dict[str, Any] | None | None):
        tools (list[OpenAIResponsesTool] | None):
    """

    type: str
    name: str | None = None
    description: str | None | None = None
    strict: bool | None | None = None
    parameters: dict[str, Any] | None | None = None
    tools: list[OpenAIResponsesTool] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("type", "type", _wire.STR, True),
        _wire.Field("name", "name", _wire.STR, False),
        _wire.Field("description", "description", _wire.one_of(_wire.STR, _wire.NULL), False),
        _wire.Field("strict", "strict", _wire.one_of(_wire.BOOL, _wire.NULL), False),
        _wire.Field("parameters", "parameters", _wire.one_of(_wire.OBJECT, _wire.NULL), False),
        _wire.Field("tools", "tools", _wire.list_of(_wire.model("OpenAIResponsesTool")), False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
