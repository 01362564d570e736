from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping


@_attrs_define(slots=False)
class WebFetchResponse(WireMapping):
    """
    Example:
        {'title': 'Ollama', 'content': 'Get up and running with large language models.'}

    Attributes:
        title (str | None):
        content (str | None): The page's main text.
        links (list[str] | None): Links found on the page (omitted when none).
    """

    title: str | None = None
    content: str | None = None
    links: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("title", "title", _wire.STR, False),
        _wire.Field("content", "content", _wire.STR, False),
        _wire.Field("links", "links", _wire.list_of(_wire.STR), False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
