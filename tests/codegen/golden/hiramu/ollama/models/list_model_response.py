from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.model_details import ModelDetails


@_attrs_define(slots=False)
class ListModelResponse(WireMapping):
    """
    Attributes:
        name (str):
        model (str):
        modified_at (str):
        size (int):
        digest (str):
        details (ModelDetails):
        capabilities (list[str] | None):
    """

    name: str
    model: str
    modified_at: str
    size: int
    digest: str
    details: ModelDetails
    capabilities: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("name", "name", _wire.STR, True),
        _wire.Field("model", "model", _wire.STR, True),
        _wire.Field("modified_at", "modified_at", _wire.STR, True),
        _wire.Field("size", "size", _wire.INT, True),
        _wire.Field("digest", "digest", _wire.STR, True),
        _wire.Field("details", "details", _wire.model("ModelDetails"), True),
        _wire.Field("capabilities", "capabilities", _wire.list_of(_wire.STR), False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
