from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="FileDigestMap")


@_attrs_define(slots=False)
class FileDigestMap(WireMapping):
    """File name (a relative slash path without `..`) to the digest (`sha256:<hex>`) of a blob uploaded
    with `POST /api/blobs/{digest}`. `*.safetensors` files are converted; `*.gguf` files (or any file
    with GGUF magic) are imported.

        Example:
            {'tiny-llama.gguf': 'sha256:c01ec9de3c408769fa1d0255bf5a2680ea2691183d5015a0bac43c772ad0f2b7'}

    """

    _wire_fields: ClassVar[dict[str, str]] = {}

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {}

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        file_digest_map = object.__new__(cls)
        values = file_digest_map.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            else:
                extra[key] = value
        values["additional_properties"] = extra
        return file_digest_map

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
