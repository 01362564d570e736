from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping


@_attrs_define(slots=False)
class Tensor(WireMapping):
    """One tensor of the model file.

    Example:
        {'name': 'output.weight', 'type': 'F16', 'shape': [256, 1043]}

    Attributes:
        name (str):
        type (str): Element type (for example `Q4_K`, `F16`).
        shape (list[int]):
    """

    name: str
    type: str
    shape: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("name", "name", _wire.STR, True),
        _wire.Field("type", "type", _wire.STR, True),
        _wire.Field("shape", "shape", _wire.list_of(_wire.INT), True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
