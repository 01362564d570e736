from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="Options")


@_attrs_define
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        num_predict = d.pop("num_predict", UNSET)

        temperature = d.pop("temperature", UNSET)

        stop = cast(list[str], d.pop("stop", UNSET))

        options = cls(
            num_predict=num_predict,
            temperature=temperature,
            stop=stop,
        )

        options.additional_properties = d
        return options

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
