from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="ModelDetails")


@_attrs_define(slots=False)
class ModelDetails(WireMapping):
    """
    Attributes:
        format_ (str):
        family (str):
        families (list[str] | None):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "format": "format_",
        "family": "family",
        "families": "families",
    }

    format_: str
    family: str
    families: list[str] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_ = self.format_

        family = self.family

        families: list[str] | None
        if isinstance(self.families, list):
            families = self.families

        else:
            families = self.families

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "format": format_,
                "family": family,
                "families": families,
            }
        )

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "format": "format_",
        "family": "family",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "format_",
            "family",
            "families",
        )
    )

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "families":

            def _parse_families(data: object) -> list[str] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    families_type_0 = cast(list[str], data)

                    return families_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None, data)

            families = _parse_families(value)

            return families
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        model_details = object.__new__(cls)
        values = model_details.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "families":
                values["families"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return model_details

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
