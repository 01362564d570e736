from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="Tensor")


@_attrs_define(slots=False)
class Tensor(WireMapping):
    """One tensor of the model file.

    Example:
        {'name': 'output.weight', 'type': 'F16', 'shape': [256, 1043]}

    Attributes:
        name (str):
        type_ (str): Element type (for example `Q4_K`, `F16`).
        shape (list[int]):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "name": "name",
        "type": "type_",
        "shape": "shape",
    }

    name: str
    type_: str
    shape: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        shape = self.shape

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "shape": shape,
            }
        )

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "name": "name",
        "type": "type_",
        "shape": "shape",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "name",
            "type_",
            "shape",
        )
    )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        tensor = object.__new__(cls)
        values = tensor.__dict__
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
        return tensor

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
