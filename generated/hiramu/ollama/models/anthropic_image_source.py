from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="AnthropicImageSource")


@_attrs_define(slots=False)
class AnthropicImageSource(WireMapping):
    """
    Example:
        {'type': 'base64', 'media_type': 'image/png', 'data': 'iVBORw0KGgo='}

    Attributes:
        type_ (str): `base64` (or `url`, which is not supported).
        media_type (str | Unset):
        data (str | Unset):
        url (str | Unset):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "media_type": "media_type",
        "data": "data",
        "url": "url",
    }

    type_: str
    media_type: str | Unset = UNSET
    data: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        media_type = self.media_type

        data = self.data

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if media_type is not UNSET:
            field_dict["media_type"] = media_type
        if data is not UNSET:
            field_dict["data"] = data
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "media_type": "media_type",
        "data": "data",
        "url": "url",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(("type_",))

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        anthropic_image_source = object.__new__(cls)
        values = anthropic_image_source.__dict__
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
        return anthropic_image_source

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


for _name in (
    "media_type",
    "data",
    "url",
):
    setattr(AnthropicImageSource, _name, UNSET)
