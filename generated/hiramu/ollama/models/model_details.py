from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ModelDetails")


@_attrs_define(slots=False)
class ModelDetails(WireMapping):
    """Format and size facts of a model. The first six keys are always present.

    Example:
        {'parent_model': '', 'format': 'gguf', 'family': 'llama', 'families': ['llama'], 'parameter_size': '1.71M',
            'quantization_level': 'F16'}

    Attributes:
        parent_model (str): The model this one was created from (empty when none).
        format_ (str): File format, `gguf` or `safetensors`.
        family (str): Architecture family (for example `llama`).
        families (list[str] | None): All families (`null` when unknown).
        parameter_size (str): Human-readable parameter count (for example `8.0B`).
        quantization_level (str): Weight type (for example `Q4_K_M`, `F16`).
        context_length (int | Unset): Context length (omitted when 0).
        embedding_length (int | Unset): Embedding size (omitted when 0).
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "parent_model": "parent_model",
        "format": "format_",
        "family": "family",
        "families": "families",
        "parameter_size": "parameter_size",
        "quantization_level": "quantization_level",
        "context_length": "context_length",
        "embedding_length": "embedding_length",
    }

    parent_model: str
    format_: str
    family: str
    families: list[str] | None
    parameter_size: str
    quantization_level: str
    context_length: int | Unset = UNSET
    embedding_length: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parent_model = self.parent_model

        format_ = self.format_

        family = self.family

        families: list[str] | None
        if isinstance(self.families, list):
            families = self.families

        else:
            families = self.families

        parameter_size = self.parameter_size

        quantization_level = self.quantization_level

        context_length = self.context_length

        embedding_length = self.embedding_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parent_model": parent_model,
                "format": format_,
                "family": family,
                "families": families,
                "parameter_size": parameter_size,
                "quantization_level": quantization_level,
            }
        )
        if context_length is not UNSET:
            field_dict["context_length"] = context_length
        if embedding_length is not UNSET:
            field_dict["embedding_length"] = embedding_length

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "parent_model": "parent_model",
        "format": "format_",
        "family": "family",
        "parameter_size": "parameter_size",
        "quantization_level": "quantization_level",
        "context_length": "context_length",
        "embedding_length": "embedding_length",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "parent_model",
            "format_",
            "family",
            "families",
            "parameter_size",
            "quantization_level",
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


for _name in (
    "context_length",
    "embedding_length",
):
    setattr(ModelDetails, _name, UNSET)
