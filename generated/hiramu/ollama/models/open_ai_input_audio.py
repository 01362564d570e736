from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, Unset, WireMapping


@_attrs_define(slots=False)
class OpenAIInputAudio(WireMapping):
    """
    Example:
        {'data': 'UklGRiQAAABXQVZF', 'format': 'wav'}

    Attributes:
        data (str): Base64 audio (standard alphabet).
        format (str | Unset): Ignored.
    """

    data: str
    format: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("data", "data", _wire.STR, True),
        _wire.Field("format", "format", _wire.STR, False),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
