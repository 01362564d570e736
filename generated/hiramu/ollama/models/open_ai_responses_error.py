from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping


@_attrs_define(slots=False)
class OpenAIResponsesError(WireMapping):
    """
    Example:
        {'code': 'server_error', 'message': 'web search failed'}

    Attributes:
        code (str):
        message (str):
    """

    code: str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("code", "code", _wire.STR, True),
        _wire.Field("message", "message", _wire.STR, True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
