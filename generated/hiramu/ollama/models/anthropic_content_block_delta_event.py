from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_content_block_delta_event_type import (
    AnthropicContentBlockDeltaEventType,
    check_anthropic_content_block_delta_event_type,
)
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.anthropic_delta import AnthropicDelta


T = TypeVar("T", bound="AnthropicContentBlockDeltaEvent")


@_attrs_define(slots=False)
class AnthropicContentBlockDeltaEvent(WireMapping):
    """
    Example:
        {'type': 'content_block_delta', 'index': 0, 'delta': {'type': 'text_delta', 'text': 'S'}}

    Attributes:
        type_ (AnthropicContentBlockDeltaEventType):
        index (int):
        delta (AnthropicDelta): `text_delta` (`text`), `input_json_delta` (`partial_json`), `thinking_delta`
            (`thinking`), `signature_delta` (`signature`); empty fields omitted. Example: {'type': 'text_delta', 'text':
            'S'}.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "index": "index",
        "delta": "delta",
    }

    type_: AnthropicContentBlockDeltaEventType
    index: int
    delta: AnthropicDelta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        index = self.index

        delta = self.delta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "index": index,
                "delta": delta,
            }
        )

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "index": "index",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "type_",
            "index",
            "delta",
        )
    )

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "type":
            type_ = check_anthropic_content_block_delta_event_type(value)

            return type_
        elif key == "delta":
            delta = AnthropicDelta.from_dict(value)

            return delta
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        anthropic_content_block_delta_event = object.__new__(cls)
        values = anthropic_content_block_delta_event.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "type":
                values["type_"] = cls._convert(key, value)
            elif key == "delta":
                values["delta"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return anthropic_content_block_delta_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.anthropic_delta import AnthropicDelta  # noqa: E402
