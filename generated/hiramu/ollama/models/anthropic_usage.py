from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="AnthropicUsage")


@_attrs_define(slots=False)
class AnthropicUsage(WireMapping):
    """
    Example:
        {'input_tokens': 44, 'output_tokens': 4}

    Attributes:
        input_tokens (int):
        output_tokens (int):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "input_tokens": "input_tokens",
        "output_tokens": "output_tokens",
    }

    input_tokens: int
    output_tokens: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_tokens": input_tokens,
                "output_tokens": output_tokens,
            }
        )

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "input_tokens": "input_tokens",
        "output_tokens": "output_tokens",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "input_tokens",
            "output_tokens",
        )
    )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        anthropic_usage = object.__new__(cls)
        values = anthropic_usage.__dict__
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
        return anthropic_usage

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
