from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.cloud_status import CloudStatus


T = TypeVar("T", bound="StatusResponse")


@_attrs_define(slots=False)
class StatusResponse(WireMapping):
    """
    Example:
        {'cloud': {'disabled': True, 'source': 'env'}}

    Attributes:
        cloud (CloudStatus):  Example: {'disabled': False, 'source': 'none'}.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "cloud": "cloud",
    }

    cloud: CloudStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cloud = self.cloud.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cloud": cloud,
            }
        )

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {}
    _required_fields: ClassVar[frozenset[str]] = frozenset(("cloud",))

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "cloud":
            cloud = CloudStatus.from_dict(value)

            return cloud
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        status_response = object.__new__(cls)
        values = status_response.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "cloud":
                values["cloud"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return status_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.cloud_status import CloudStatus  # noqa: E402
