from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping


@_attrs_define(slots=False)
class AnthropicWebSearchToolResultError(WireMapping):
    """
    Example:
        {'type': 'web_search_tool_result_error', 'error_code': 'unavailable'}

    Attributes:
        type (str): `web_search_tool_result_error`.
        error_code (str):
    """

    type: str
    error_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("type", "type", _wire.STR, True),
        _wire.Field("error_code", "error_code", _wire.STR, True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
