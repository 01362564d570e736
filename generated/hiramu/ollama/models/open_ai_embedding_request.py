from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, Unset, WireMapping


@_attrs_define(slots=False)
class OpenAIEmbeddingRequest(WireMapping):
    """`openai.EmbedRequest`.

    Example:
        {'model': 'tiny-llama-embed', 'input': 'hello'}

    Attributes:
        input (str | list[str]): A string or a non-empty array of strings.
        model (str):
        dimensions (int | Unset): Truncate to this many dimensions and re-normalise (0 keeps them all).
        encoding_format (str | Unset): `float` (the default) or `base64` (little-endian float32), case-insensitive;
            anything else is 400.
    """

    input: str | list[str]
    model: str
    dimensions: int | Unset = UNSET
    encoding_format: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("input", "input", _wire.one_of(_wire.STR, _wire.list_of(_wire.STR)), True),
        _wire.Field("model", "model", _wire.STR, True),
        _wire.Field("dimensions", "dimensions", _wire.INT, False),
        _wire.Field("encoding_format", "encoding_format", _wire.STR, False),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
