from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping


@_attrs_define(slots=False)
class AnthropicError(WireMapping):
    """
    Example:
        {'type': 'not_found_error', 'message': "model 'no-such-model' not found"}

    Attributes:
        type (str): From the status alone: `invalid_request_error` (400), `authentication_error` (401),
            `permission_error` (403), `not_found_error` (404), `rate_limit_error` (429),
            `overloaded_error` (503, 529), `api_error` (any other).
        message (str):
    """

    type: str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("type", "type", _wire.STR, True),
        _wire.Field("message", "message", _wire.STR, True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
