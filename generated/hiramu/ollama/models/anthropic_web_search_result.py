from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping


@_attrs_define(slots=False)
class AnthropicWebSearchResult(WireMapping):
    """
    Example:
        {'type': 'web_search_result', 'url': 'https://example.com/', 'title': 'Example'}

    Attributes:
        type (str): `web_search_result`.
        url (str):
        title (str):
        encrypted_content (str | None):
        page_age (str | None):
    """

    type: str
    url: str
    title: str
    encrypted_content: str | None = None
    page_age: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("type", "type", _wire.STR, True),
        _wire.Field("url", "url", _wire.STR, True),
        _wire.Field("title", "title", _wire.STR, True),
        _wire.Field("encrypted_content", "encrypted_content", _wire.STR, False),
        _wire.Field("page_age", "page_age", _wire.STR, False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
