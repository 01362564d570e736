from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="OpenAIResponsesIncompleteDetails")


@_attrs_define(slots=False)
class OpenAIResponsesIncompleteDetails(WireMapping):
    """
    Example:
        {'reason': 'max_output_tokens'}

    Attributes:
        reason (str):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "reason": "reason",
    }

    reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reason": reason,
            }
        )

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "reason": "reason",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(("reason",))

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_responses_incomplete_details = object.__new__(cls)
        values = open_ai_responses_incomplete_details.__dict__
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
        return open_ai_responses_incomplete_details

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
