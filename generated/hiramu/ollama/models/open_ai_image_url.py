from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, Unset, WireMapping


@_attrs_define(slots=False)
class OpenAIImageURL(WireMapping):
    """
    Example:
        {'url': 'data:image/png;base64,iVBORw0KGgo='}

    Attributes:
        url (str): A base64 `data:` URL.
        detail (str | Unset): Ignored.
    """

    url: str
    detail: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("url", "url", _wire.STR, True),
        _wire.Field("detail", "detail", _wire.STR, False),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
