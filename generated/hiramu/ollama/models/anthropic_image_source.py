from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping


@_attrs_define(slots=False)
class AnthropicImageSource(WireMapping):
    """
    Example:
        {'type': 'base64', 'media_type': 'image/png', 'data': 'iVBORw0KGgo='}

    Attributes:
        type (str): `base64` (or `url`, which is not supported).
        media_type (str | None):
        data (str | None):
        url (str | None):
    """

    type: str
    media_type: str | None = None
    data: str | None = None
    url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("type", "type", _wire.STR, True),
        _wire.Field("media_type", "media_type", _wire.STR, False),
        _wire.Field("data", "data", _wire.STR, False),
        _wire.Field("url", "url", _wire.STR, False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
