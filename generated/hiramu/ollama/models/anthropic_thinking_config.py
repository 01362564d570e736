from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="AnthropicThinkingConfig")


@_attrs_define(slots=False)
class AnthropicThinkingConfig(WireMapping):
    """`enabled` sets the native `think: true`, `disabled` `think: false`; `budget_tokens` is not used.

    Example:
        {'type': 'enabled', 'budget_tokens': 1024}

    Attributes:
        type_ (str): `enabled` or `disabled`.
        budget_tokens (int | Unset):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "budget_tokens": "budget_tokens",
    }

    type_: str
    budget_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        budget_tokens = self.budget_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if budget_tokens is not UNSET:
            field_dict["budget_tokens"] = budget_tokens

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "budget_tokens": "budget_tokens",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(("type_",))

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        anthropic_thinking_config = object.__new__(cls)
        values = anthropic_thinking_config.__dict__
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
        return anthropic_thinking_config

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


for _name in ("budget_tokens",):
    setattr(AnthropicThinkingConfig, _name, UNSET)
