from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping


@_attrs_define(slots=False)
class ModelDetails(WireMapping):
    """
    Attributes:
        format (str):
        family (str):
        families (list[str] | None):
    """

    format: str
    family: str
    families: list[str] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("format", "format", _wire.STR, True),
        _wire.Field("family", "family", _wire.STR, True),
        _wire.Field("families", "families", _wire.one_of(_wire.list_of(_wire.STR), _wire.NULL), True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
