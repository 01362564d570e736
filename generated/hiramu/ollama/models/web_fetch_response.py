from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="WebFetchResponse")


@_attrs_define(slots=False)
class WebFetchResponse(WireMapping):
    """
    Example:
        {'title': 'Ollama', 'content': 'Get up and running with large language models.'}

    Attributes:
        title (str | Unset):
        content (str | Unset): The page's main text.
        links (list[str] | Unset): Links found on the page (omitted when none).
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "title": "title",
        "content": "content",
        "links": "links",
    }

    title: str | Unset = UNSET
    content: str | Unset = UNSET
    links: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        content = self.content

        links: list[str] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if content is not UNSET:
            field_dict["content"] = content
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "title": "title",
        "content": "content",
        "links": "links",
    }

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        web_fetch_response = object.__new__(cls)
        values = web_fetch_response.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            else:
                extra[key] = value
        values["additional_properties"] = extra
        return web_fetch_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


for _name in (
    "title",
    "content",
    "links",
):
    setattr(WebFetchResponse, _name, UNSET)
