from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ProgressResponse")


@_attrs_define(slots=False)
class ProgressResponse(WireMapping):
    """
    Attributes:
        status (str):
        digest (str | Unset):
        total (int | Unset):
        completed (int | Unset):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "status": "status",
        "digest": "digest",
        "total": "total",
        "completed": "completed",
    }

    status: str
    digest: str | Unset = UNSET
    total: int | Unset = UNSET
    completed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        digest = self.digest

        total = self.total

        completed = self.completed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if digest is not UNSET:
            field_dict["digest"] = digest
        if total is not UNSET:
            field_dict["total"] = total
        if completed is not UNSET:
            field_dict["completed"] = completed

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "status": "status",
        "digest": "digest",
        "total": "total",
        "completed": "completed",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(("status",))

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        progress_response = object.__new__(cls)
        values = progress_response.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return progress_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


for _name in (
    "digest",
    "total",
    "completed",
):
    setattr(ProgressResponse, _name, UNSET)
