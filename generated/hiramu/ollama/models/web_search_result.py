from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="WebSearchResult")


@_attrs_define(slots=False)
class WebSearchResult(WireMapping):
    """
    Example:
        {'title': 'Ollama', 'url': 'https://ollama.com/', 'content': 'Get up and running with large language models.'}

    Attributes:
        title (str | Unset):
        url (str | Unset):
        content (str | Unset): Relevant text of the page.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "title": "title",
        "url": "url",
        "content": "content",
    }

    title: str | Unset = UNSET
    url: str | Unset = UNSET
    content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        url = self.url

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if url is not UNSET:
            field_dict["url"] = url
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "title": "title",
        "url": "url",
        "content": "content",
    }

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        web_search_result = object.__new__(cls)
        values = web_search_result.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            else:
                extra[key] = value
        values["additional_properties"] = extra
        return web_search_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


for _name in (
    "title",
    "url",
    "content",
):
    setattr(WebSearchResult, _name, UNSET)
