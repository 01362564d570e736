from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, Unset, WireMapping


@_attrs_define(slots=False)
class AnthropicToolChoice(WireMapping):
    """Read but not used by the conversion (the model decides).

    Example:
        {'type': 'auto'}

    Attributes:
        type (str): `auto`, `any`, `tool` or `none`.
        name (str | Unset):
        disable_parallel_tool_use (bool | Unset):
    """

    type: str
    name: str | Unset = UNSET
    disable_parallel_tool_use: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("type", "type", _wire.STR, True),
        _wire.Field("name", "name", _wire.STR, False),
        _wire.Field("disable_parallel_tool_use", "disable_parallel_tool_use", _wire.BOOL, False),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
