from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping


@_attrs_define(slots=False)
class OpenAIResponsesReasoningSummary(WireMapping):
    """
    Example:
        {'type': 'summary_text', 'text': 'The user asks about the sky.'}

    Attributes:
        type (str): `summary_text`.
        text (str):
    """

    type: str
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("type", "type", _wire.STR, True),
        _wire.Field("text", "text", _wire.STR, True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
