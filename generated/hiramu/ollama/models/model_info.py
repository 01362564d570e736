from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="ModelInfo")


@_attrs_define(slots=False)
class ModelInfo(WireMapping):
    """GGUF metadata (key to value). Without `verbose`, every non-empty array value is `null`; with it the
    arrays are complete. Values are strings, numbers, booleans, arrays or `null`.

        Example:
            {'general.architecture': 'llama', 'general.parameter_count': 1714944, 'llama.context_length': 2048,
                'tokenizer.ggml.tokens': None}

    """

    _wire_fields: ClassVar[dict[str, str]] = {}

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {}

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        model_info = object.__new__(cls)
        values = model_info.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            else:
                extra[key] = value
        values["additional_properties"] = extra
        return model_info

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
