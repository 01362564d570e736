from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="DeleteRequest")


@_attrs_define(slots=False)
class DeleteRequest(WireMapping):
    """
    Attributes:
        model (str | Unset):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "model": "model",
    }

    model: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "model": "model",
    }

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        delete_request = object.__new__(cls)
        values = delete_request.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            else:
                extra[key] = value
        values["additional_properties"] = extra
        return delete_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


for _name in ("model",):
    setattr(DeleteRequest, _name, UNSET)
