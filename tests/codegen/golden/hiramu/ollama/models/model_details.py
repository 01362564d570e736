from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="ModelDetails")


@_attrs_define
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        format_ = d.pop("format")

        family = d.pop("family")

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

        families = _parse_families(d.pop("families"))

        model_details = cls(
            format_=format_,
            family=family,
            families=families,
        )

        model_details.additional_properties = d
        return model_details

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
