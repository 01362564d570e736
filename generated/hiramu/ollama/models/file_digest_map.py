from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, WireMapping


@_attrs_define(slots=False)
class FileDigestMap(WireMapping):
    """File name (a relative slash path without `..`) to the digest (`sha256:<hex>`) of a blob uploaded
    with `POST /api/blobs/{digest}`. `*.safetensors` files are converted; `*.gguf` files (or any file
    with GGUF magic) are imported.

        Example:
            {'tiny-llama.gguf': 'sha256:c01ec9de3c408769fa1d0255bf5a2680ea2691183d5015a0bac43c772ad0f2b7'}

    """

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = ()
    _absent: ClassVar[Any] = UNSET
    _additional: ClassVar[_wire.Kind] = _wire.STR

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
