from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="AnthropicDelta")


@_attrs_define(slots=False)
class AnthropicDelta(WireMapping):
    """`text_delta` (`text`), `input_json_delta` (`partial_json`), `thinking_delta` (`thinking`), `signature_delta`
    (`signature`); empty fields omitted.

        Example:
            {'type': 'text_delta', 'text': 'S'}

        Attributes:
            type_ (str):
            text (str | Unset):
            partial_json (str | Unset):
            thinking (str | Unset):
            signature (str | Unset):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "text": "text",
        "partial_json": "partial_json",
        "thinking": "thinking",
        "signature": "signature",
    }

    type_: str
    text: str | Unset = UNSET
    partial_json: str | Unset = UNSET
    thinking: str | Unset = UNSET
    signature: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        partial_json = self.partial_json

        thinking = self.thinking

        signature = self.signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if partial_json is not UNSET:
            field_dict["partial_json"] = partial_json
        if thinking is not UNSET:
            field_dict["thinking"] = thinking
        if signature is not UNSET:
            field_dict["signature"] = signature

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "text": "text",
        "partial_json": "partial_json",
        "thinking": "thinking",
        "signature": "signature",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(("type_",))

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        anthropic_delta = object.__new__(cls)
        values = anthropic_delta.__dict__
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
        return anthropic_delta

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


for _name in (
    "text",
    "partial_json",
    "thinking",
    "signature",
):
    setattr(AnthropicDelta, _name, UNSET)
