from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="OpenAIResponsesError")


@_attrs_define(slots=False)
class OpenAIResponsesError(WireMapping):
    """
    Example:
        {'code': 'server_error', 'message': 'web search failed'}

    Attributes:
        code (str):
        message (str):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "code": "code",
        "message": "message",
    }

    code: str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "code": "code",
        "message": "message",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "code",
            "message",
        )
    )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_responses_error = object.__new__(cls)
        values = open_ai_responses_error.__dict__
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
        return open_ai_responses_error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
