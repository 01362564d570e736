from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, WireMapping


@_attrs_define(slots=False)
class CopyRequest(WireMapping):
    """What to copy where. Both names are needed (400 otherwise).

    Example:
        {'source': 'tiny-llama', 'destination': 'tiny-llama-backup'}

    Attributes:
        source (str): Existing model.
        destination (str): New name (an existing model of that name is overwritten).
    """

    source: str
    destination: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("source", "source", _wire.STR, True),
        _wire.Field("destination", "destination", _wire.STR, True),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
