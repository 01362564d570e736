from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="CreateInfo")


@_attrs_define(slots=False)
class CreateInfo(WireMapping):
    """Overrides of what the server would detect about the model. Wrong types are rejected with 400.

    Example:
        {'capabilities': ['completion', 'tools'], 'model_family': 'llama', 'context_length': 8192}

    Attributes:
        capabilities (list[str] | Unset): Capabilities to add (non-string items are skipped).
        model_family (str | Unset):
        base_name (str | Unset):
        quantization_level (str | Unset):
        parameter_size (str | Unset):
        context_length (int | Unset):
        embedding_length (int | Unset):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "capabilities": "capabilities",
        "model_family": "model_family",
        "base_name": "base_name",
        "quantization_level": "quantization_level",
        "parameter_size": "parameter_size",
        "context_length": "context_length",
        "embedding_length": "embedding_length",
    }

    capabilities: list[str] | Unset = UNSET
    model_family: str | Unset = UNSET
    base_name: str | Unset = UNSET
    quantization_level: str | Unset = UNSET
    parameter_size: str | Unset = UNSET
    context_length: int | Unset = UNSET
    embedding_length: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capabilities: list[str] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities

        model_family = self.model_family

        base_name = self.base_name

        quantization_level = self.quantization_level

        parameter_size = self.parameter_size

        context_length = self.context_length

        embedding_length = self.embedding_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if model_family is not UNSET:
            field_dict["model_family"] = model_family
        if base_name is not UNSET:
            field_dict["base_name"] = base_name
        if quantization_level is not UNSET:
            field_dict["quantization_level"] = quantization_level
        if parameter_size is not UNSET:
            field_dict["parameter_size"] = parameter_size
        if context_length is not UNSET:
            field_dict["context_length"] = context_length
        if embedding_length is not UNSET:
            field_dict["embedding_length"] = embedding_length

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "capabilities": "capabilities",
        "model_family": "model_family",
        "base_name": "base_name",
        "quantization_level": "quantization_level",
        "parameter_size": "parameter_size",
        "context_length": "context_length",
        "embedding_length": "embedding_length",
    }

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        create_info = object.__new__(cls)
        values = create_info.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            else:
                extra[key] = value
        values["additional_properties"] = extra
        return create_info

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


for _name in (
    "capabilities",
    "model_family",
    "base_name",
    "quantization_level",
    "parameter_size",
    "context_length",
    "embedding_length",
):
    setattr(CreateInfo, _name, UNSET)
