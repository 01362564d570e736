from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, WireMapping


@_attrs_define(slots=False)
class WebFetchRequest(WireMapping):
    """Forwarded to ollama.com as sent.

    Example:
        {'url': 'https://ollama.com'}

    Attributes:
        url (str): The page to fetch.
    """

    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (_wire.Field("url", "url", _wire.STR, True),)
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
