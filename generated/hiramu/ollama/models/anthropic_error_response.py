from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.anthropic_error import AnthropicError


@_attrs_define(slots=False)
class AnthropicErrorResponse(WireMapping):
    """`anthropic.ErrorResponse`.

    Example:
        {'type': 'error', 'error': {'type': 'not_found_error', 'message': "model 'no-such-model' not found"},
            'request_id': 'req_c7dc5fe15346aef78e268d3b'}

    Attributes:
        type (str): `error`.
        error (AnthropicError):  Example: {'type': 'not_found_error', 'message': "model 'no-such-model' not found"}.
        request_id (str | None): `req_<24 hex>` (not sent as a header).
    """

    type: str
    error: AnthropicError
    request_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("type", "type", _wire.STR, True),
        _wire.Field("error", "error", _wire.model("AnthropicError"), True),
        _wire.Field("request_id", "request_id", _wire.STR, False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
