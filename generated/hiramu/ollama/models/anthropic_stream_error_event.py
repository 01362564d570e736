from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_stream_error_event_type import (
    AnthropicStreamErrorEventType,
    check_anthropic_stream_error_event_type,
)
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.anthropic_error import AnthropicError


T = TypeVar("T", bound="AnthropicStreamErrorEvent")


@_attrs_define(slots=False)
class AnthropicStreamErrorEvent(WireMapping):
    """Declared in `anthropic.go`; 0.33.0-rc2 never sends it (a stream that fails after it started just ends).

    Example:
        {'type': 'error', 'error': {'type': 'api_error', 'message': 'an error was encountered while running the model'}}

    Attributes:
        type_ (AnthropicStreamErrorEventType):
        error (AnthropicError):  Example: {'type': 'not_found_error', 'message': "model 'no-such-model' not found"}.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "error": "error",
    }

    type_: AnthropicStreamErrorEventType
    error: AnthropicError
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "error": error,
            }
        )

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {}
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "type_",
            "error",
        )
    )

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "type":
            type_ = check_anthropic_stream_error_event_type(value)

            return type_
        elif key == "error":
            error = AnthropicError.from_dict(value)

            return error
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        anthropic_stream_error_event = object.__new__(cls)
        values = anthropic_stream_error_event.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "type":
                values["type_"] = cls._convert(key, value)
            elif key == "error":
                values["error"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return anthropic_stream_error_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.anthropic_error import AnthropicError  # noqa: E402
