from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.list_model_response import ListModelResponse


@_attrs_define(slots=False)
class ListResponse(WireMapping):
    """
    Attributes:
        models (list[ListModelResponse]):
    """

    models: list[ListModelResponse]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("models", "models", _wire.list_of(_wire.model("ListModelResponse")), True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
