from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping


@_attrs_define(slots=False)
class AnthropicCitation(WireMapping):
    """
    Example:
        {'type': 'web_search_result_location', 'url': 'https://example.com/', 'title': 'Example'}

    Attributes:
        type (str):
        url (str):
        title (str):
        encrypted_index (str | None):
        cited_text (str | None):
    """

    type: str
    url: str
    title: str
    encrypted_index: str | None = None
    cited_text: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("type", "type", _wire.STR, True),
        _wire.Field("url", "url", _wire.STR, True),
        _wire.Field("title", "title", _wire.STR, True),
        _wire.Field("encrypted_index", "encrypted_index", _wire.STR, False),
        _wire.Field("cited_text", "cited_text", _wire.STR, False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
