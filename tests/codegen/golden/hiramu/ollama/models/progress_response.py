from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping


@_attrs_define(slots=False)
class ProgressResponse(WireMapping):
    """
    Attributes:
        status (str):
        digest (str | None):
        total (int | None):
        completed (int | None):
    """

    status: str
    digest: str | None = None
    total: int | None = None
    completed: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("status", "status", _wire.STR, True),
        _wire.Field("digest", "digest", _wire.STR, False),
        _wire.Field("total", "total", _wire.INT, False),
        _wire.Field("completed", "completed", _wire.INT, False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
