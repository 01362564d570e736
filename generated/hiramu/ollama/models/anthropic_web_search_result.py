from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="AnthropicWebSearchResult")


@_attrs_define(slots=False)
class AnthropicWebSearchResult(WireMapping):
    """
    Example:
        {'type': 'web_search_result', 'url': 'https://example.com/', 'title': 'Example'}

    Attributes:
        type_ (str): `web_search_result`.
        url (str):
        title (str):
        encrypted_content (str | Unset):
        page_age (str | Unset):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "url": "url",
        "title": "title",
        "encrypted_content": "encrypted_content",
        "page_age": "page_age",
    }

    type_: str
    url: str
    title: str
    encrypted_content: str | Unset = UNSET
    page_age: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        url = self.url

        title = self.title

        encrypted_content = self.encrypted_content

        page_age = self.page_age

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "url": url,
                "title": title,
            }
        )
        if encrypted_content is not UNSET:
            field_dict["encrypted_content"] = encrypted_content
        if page_age is not UNSET:
            field_dict["page_age"] = page_age

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "url": "url",
        "title": "title",
        "encrypted_content": "encrypted_content",
        "page_age": "page_age",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "type_",
            "url",
            "title",
        )
    )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        anthropic_web_search_result = object.__new__(cls)
        values = anthropic_web_search_result.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return anthropic_web_search_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


for _name in (
    "encrypted_content",
    "page_age",
):
    setattr(AnthropicWebSearchResult, _name, UNSET)
