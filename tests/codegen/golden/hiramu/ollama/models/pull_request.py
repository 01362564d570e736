from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, Unset, WireMapping


@_attrs_define(slots=False)
class PullRequest(WireMapping):
    """
    Attributes:
        model (str | Unset):
        insecure (bool | Unset):
        stream (bool | Unset):
    """

    model: str | Unset = UNSET
    insecure: bool | Unset = UNSET
    stream: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("model", "model", _wire.STR, False),
        _wire.Field("insecure", "insecure", _wire.BOOL, False),
        _wire.Field("stream", "stream", _wire.BOOL, False),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
