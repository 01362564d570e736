from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping


@_attrs_define(slots=False)
class OpenAIModel(WireMapping):
    """`openai.Model`.

    Example:
        {'id': 'tiny-llama:latest', 'object': 'model', 'created': 1796285448, 'owned_by': 'library'}

    Attributes:
        id (str):
        object (str): `model`.
        created (int): Modification time, Unix seconds.
        owned_by (str): The namespace of the name (`library` for official models).
    """

    id: str
    object: str
    created: int
    owned_by: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("id", "id", _wire.STR, True),
        _wire.Field("object", "object", _wire.STR, True),
        _wire.Field("created", "created", _wire.INT, True),
        _wire.Field("owned_by", "owned_by", _wire.STR, True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
