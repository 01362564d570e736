from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ModelRecommendation")


@_attrs_define(slots=False)
class ModelRecommendation(WireMapping):
    """
    Example:
        {'model': 'gemma4', 'description': 'Reasoning and code generation locally', 'vram_bytes': 12000000000}

    Attributes:
        model (str): Model name to pull or run.
        description (str):
        context_length (int | Unset): Context length (omitted when 0).
        max_output_tokens (int | Unset): Output token limit (omitted when 0).
        vram_bytes (int | Unset): Memory needed to run it locally (omitted when 0).
        required_plan (str | Unset): ollama.com plan needed for a cloud model (omitted when none).
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "model": "model",
        "description": "description",
        "context_length": "context_length",
        "max_output_tokens": "max_output_tokens",
        "vram_bytes": "vram_bytes",
        "required_plan": "required_plan",
    }

    model: str
    description: str
    context_length: int | Unset = UNSET
    max_output_tokens: int | Unset = UNSET
    vram_bytes: int | Unset = UNSET
    required_plan: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        description = self.description

        context_length = self.context_length

        max_output_tokens = self.max_output_tokens

        vram_bytes = self.vram_bytes

        required_plan = self.required_plan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "description": description,
            }
        )
        if context_length is not UNSET:
            field_dict["context_length"] = context_length
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if vram_bytes is not UNSET:
            field_dict["vram_bytes"] = vram_bytes
        if required_plan is not UNSET:
            field_dict["required_plan"] = required_plan

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "model": "model",
        "description": "description",
        "context_length": "context_length",
        "max_output_tokens": "max_output_tokens",
        "vram_bytes": "vram_bytes",
        "required_plan": "required_plan",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "model",
            "description",
        )
    )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        model_recommendation = object.__new__(cls)
        values = model_recommendation.__dict__
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
        return model_recommendation

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


for _name in (
    "context_length",
    "max_output_tokens",
    "vram_bytes",
    "required_plan",
):
    setattr(ModelRecommendation, _name, UNSET)
