from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.cloud_status import CloudStatus


@_attrs_define(slots=False)
class StatusResponse(WireMapping):
    """
    Example:
        {'cloud': {'disabled': True, 'source': 'env'}}

    Attributes:
        cloud (CloudStatus):  Example: {'disabled': False, 'source': 'none'}.
    """

    cloud: CloudStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("cloud", "cloud", _wire.model("CloudStatus"), True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
