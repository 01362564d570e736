from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="Options")


@_attrs_define(slots=False)
class Options(WireMapping):
    """
    Attributes:
        num_predict (int | Unset):
        temperature (float | Unset):
        stop (list[str] | Unset):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "num_predict": "num_predict",
        "temperature": "temperature",
        "stop": "stop",
    }

    num_predict: int | Unset = UNSET
    temperature: float | Unset = UNSET
    stop: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        num_predict = self.num_predict

        temperature = self.temperature

        stop: list[str] | Unset = UNSET
        if not isinstance(self.stop, Unset):
            stop = self.stop

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if num_predict is not UNSET:
            field_dict["num_predict"] = num_predict
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if stop is not UNSET:
            field_dict["stop"] = stop

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "num_predict": "num_predict",
        "temperature": "temperature",
        "stop": "stop",
    }

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        options = object.__new__(cls)
        values = options.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            else:
                extra[key] = value
        values["additional_properties"] = extra
        return options

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


for _name in (
    "num_predict",
    "temperature",
    "stop",
):
    setattr(Options, _name, UNSET)
