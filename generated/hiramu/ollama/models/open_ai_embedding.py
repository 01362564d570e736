from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping


@_attrs_define(slots=False)
class OpenAIEmbedding(WireMapping):
    """
    Example:
        {'object': 'embedding', 'embedding': [0.25892547, -0.36028922], 'index': 0}

    Attributes:
        object (str): `embedding`.
        embedding (list[float] | str): Floats, or with `encoding_format: base64` the little-endian float32 bytes in
            base64.
        index (int):
    """

    object: str
    embedding: list[float] | str
    index: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("object", "object", _wire.STR, True),
        _wire.Field("embedding", "embedding", _wire.one_of(_wire.list_of(_wire.FLOAT), _wire.STR), True),
        _wire.Field("index", "index", _wire.INT, True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
