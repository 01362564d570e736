from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_message_delta_event_type import (
    AnthropicMessageDeltaEventType,
    check_anthropic_message_delta_event_type,
)
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.anthropic_message_delta import AnthropicMessageDelta
    from ..models.anthropic_usage import AnthropicUsage


T = TypeVar("T", bound="AnthropicMessageDeltaEvent")


@_attrs_define(slots=False)
class AnthropicMessageDeltaEvent(WireMapping):
    """`usage.input_tokens` is the real prompt count here.

    Example:
        {'type': 'message_delta', 'delta': {'stop_reason': 'max_tokens'}, 'usage': {'input_tokens': 24, 'output_tokens':
            4}}

    Attributes:
        type_ (AnthropicMessageDeltaEventType):
        delta (AnthropicMessageDelta):  Example: {'stop_reason': 'end_turn'}.
        usage (AnthropicUsage):  Example: {'input_tokens': 44, 'output_tokens': 4}.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "delta": "delta",
        "usage": "usage",
    }

    type_: AnthropicMessageDeltaEventType
    delta: AnthropicMessageDelta
    usage: AnthropicUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        delta = self.delta.to_dict()

        usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "delta": delta,
                "usage": usage,
            }
        )

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {}
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "type_",
            "delta",
            "usage",
        )
    )

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "type":
            type_ = check_anthropic_message_delta_event_type(value)

            return type_
        elif key == "delta":
            delta = AnthropicMessageDelta.from_dict(value)

            return delta
        elif key == "usage":
            usage = AnthropicUsage.from_dict(value)

            return usage
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        anthropic_message_delta_event = object.__new__(cls)
        values = anthropic_message_delta_event.__dict__
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
            elif key == "usage":
                values["usage"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return anthropic_message_delta_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.anthropic_message_delta import AnthropicMessageDelta  # noqa: E402
from ..models.anthropic_usage import AnthropicUsage  # noqa: E402
