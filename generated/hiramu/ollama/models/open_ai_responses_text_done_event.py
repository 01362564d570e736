from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_responses_text_done_event_type import (
    OpenAIResponsesTextDoneEventType,
    check_open_ai_responses_text_done_event_type,
)
from ..types import WireMapping

T = TypeVar("T", bound="OpenAIResponsesTextDoneEvent")


@_attrs_define(slots=False)
class OpenAIResponsesTextDoneEvent(WireMapping):
    """
    Example:
        {'type': 'response.output_text.done', 'sequence_number': 8, 'item_id': 'msg_568967', 'output_index': 0,
            'content_index': 0, 'text': 'S they e na', 'logprobs': []}

    Attributes:
        type_ (OpenAIResponsesTextDoneEventType):
        sequence_number (int):
        item_id (str):
        output_index (int):
        content_index (int):
        text (str):
        logprobs (list[Any]):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "sequence_number": "sequence_number",
        "item_id": "item_id",
        "output_index": "output_index",
        "content_index": "content_index",
        "text": "text",
        "logprobs": "logprobs",
    }

    type_: OpenAIResponsesTextDoneEventType
    sequence_number: int
    item_id: str
    output_index: int
    content_index: int
    text: str
    logprobs: list[Any]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        sequence_number = self.sequence_number

        item_id = self.item_id

        output_index = self.output_index

        content_index = self.content_index

        text = self.text

        logprobs = self.logprobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "sequence_number": sequence_number,
                "item_id": item_id,
                "output_index": output_index,
                "content_index": content_index,
                "text": text,
                "logprobs": logprobs,
            }
        )

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "sequence_number": "sequence_number",
        "item_id": "item_id",
        "output_index": "output_index",
        "content_index": "content_index",
        "text": "text",
        "logprobs": "logprobs",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "type_",
            "sequence_number",
            "item_id",
            "output_index",
            "content_index",
            "text",
            "logprobs",
        )
    )

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "type":
            type_ = check_open_ai_responses_text_done_event_type(value)

            return type_
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_responses_text_done_event = object.__new__(cls)
        values = open_ai_responses_text_done_event.__dict__
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
        return open_ai_responses_text_done_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
