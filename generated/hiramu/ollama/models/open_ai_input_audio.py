from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="OpenAIInputAudio")


@_attrs_define(slots=False)
class OpenAIInputAudio(WireMapping):
    """
    Example:
        {'data': 'UklGRiQAAABXQVZF', 'format': 'wav'}

    Attributes:
        data (str): Base64 audio (standard alphabet).
        format_ (str | Unset): Ignored.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "data": "data",
        "format": "format_",
    }

    data: str
    format_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        format_ = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "data": "data",
        "format": "format_",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(("data",))

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_input_audio = object.__new__(cls)
        values = open_ai_input_audio.__dict__
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
        return open_ai_input_audio

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


for _name in ("format_",):
    setattr(OpenAIInputAudio, _name, UNSET)
