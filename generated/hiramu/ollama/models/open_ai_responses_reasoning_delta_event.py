from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_responses_reasoning_delta_event_type import (
    OpenAIResponsesReasoningDeltaEventType,
    check_open_ai_responses_reasoning_delta_event_type,
)
from ..types import WireMapping

T = TypeVar("T", bound="OpenAIResponsesReasoningDeltaEvent")


@_attrs_define(slots=False)
class OpenAIResponsesReasoningDeltaEvent(WireMapping):
    """
    Example:
        {'type': 'response.reasoning_summary_text.delta', 'sequence_number': 3, 'item_id': 'rs_4821', 'output_index': 0,
            'summary_index': 0, 'delta': 'The user'}

    Attributes:
        type_ (OpenAIResponsesReasoningDeltaEventType):
        sequence_number (int):
        item_id (str):
        output_index (int):
        summary_index (int):
        delta (str):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "sequence_number": "sequence_number",
        "item_id": "item_id",
        "output_index": "output_index",
        "summary_index": "summary_index",
        "delta": "delta",
    }

    type_: OpenAIResponsesReasoningDeltaEventType
    sequence_number: int
    item_id: str
    output_index: int
    summary_index: int
    delta: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        sequence_number = self.sequence_number

        item_id = self.item_id

        output_index = self.output_index

        summary_index = self.summary_index

        delta = self.delta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "sequence_number": sequence_number,
                "item_id": item_id,
                "output_index": output_index,
                "summary_index": summary_index,
                "delta": delta,
            }
        )

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "sequence_number": "sequence_number",
        "item_id": "item_id",
        "output_index": "output_index",
        "summary_index": "summary_index",
        "delta": "delta",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "type_",
            "sequence_number",
            "item_id",
            "output_index",
            "summary_index",
            "delta",
        )
    )

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "type":
            type_ = check_open_ai_responses_reasoning_delta_event_type(value)

            return type_
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_responses_reasoning_delta_event = object.__new__(cls)
        values = open_ai_responses_reasoning_delta_event.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "type":
                values["type_"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return open_ai_responses_reasoning_delta_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
