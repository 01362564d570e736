from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping


@_attrs_define(slots=False)
class AnthropicDelta(WireMapping):
    """`text_delta` (`text`), `input_json_delta` (`partial_json`), `thinking_delta` (`thinking`), `signature_delta`
    (`signature`); empty fields omitted.

        Example:
            {'type': 'text_delta', 'text': 'S'}

        Attributes:
            type (str):
            text (str | None):
            partial_json (str | None):
            thinking (str | None):
            signature (str | None):
    """

    type: str
    text: str | None = None
    partial_json: str | None = None
    thinking: str | None = None
    signature: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("type", "type", _wire.STR, True),
        _wire.Field("text", "text", _wire.STR, False),
        _wire.Field("partial_json", "partial_json", _wire.STR, False),
        _wire.Field("thinking", "thinking", _wire.STR, False),
        _wire.Field("signature", "signature", _wire.STR, False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
