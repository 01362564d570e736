from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, Unset, WireMapping


@_attrs_define(slots=False)
class DeleteRequest(WireMapping):
    """What to delete. `model` (or the deprecated `name`) is needed (400 otherwise).

    Example:
        {'model': 'tiny-llama-backup'}

    Attributes:
        model (str | Unset): The model to delete.
        name (str | Unset): Deprecated alias of `model` (used when `model` is empty).
    """

    model: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("model", "model", _wire.STR, False),
        _wire.Field("name", "name", _wire.STR, False),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
