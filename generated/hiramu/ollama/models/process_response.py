from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.process_model_response import ProcessModelResponse


@_attrs_define(slots=False)
class ProcessResponse(WireMapping):
    """The loaded models.

    Example:
        {'models': []}

    Attributes:
        models (list[ProcessModelResponse]):
    """

    models: list[ProcessModelResponse]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("models", "models", _wire.list_of(_wire.model("ProcessModelResponse")), True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
