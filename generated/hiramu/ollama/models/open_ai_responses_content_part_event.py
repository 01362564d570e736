from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_responses_content_part_event_type import (
    OpenAIResponsesContentPartEventType,
    check_open_ai_responses_content_part_event_type,
)
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_responses_output_content import OpenAIResponsesOutputContent


T = TypeVar("T", bound="OpenAIResponsesContentPartEvent")


@_attrs_define(slots=False)
class OpenAIResponsesContentPartEvent(WireMapping):
    """`response.content_part.added` / `response.content_part.done`.

    Example:
        {'type': 'response.content_part.added', 'sequence_number': 3, 'item_id': 'msg_568967', 'output_index': 0,
            'content_index': 0, 'part': {'type': 'output_text', 'text': '', 'annotations': [], 'logprobs': []}}

    Attributes:
        type_ (OpenAIResponsesContentPartEventType):
        sequence_number (int):
        item_id (str):
        output_index (int):
        content_index (int):
        part (OpenAIResponsesOutputContent):  Example: {'type': 'output_text', 'text': 'S they e na', 'annotations': [],
            'logprobs': []}.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "sequence_number": "sequence_number",
        "item_id": "item_id",
        "output_index": "output_index",
        "content_index": "content_index",
        "part": "part",
    }

    type_: OpenAIResponsesContentPartEventType
    sequence_number: int
    item_id: str
    output_index: int
    content_index: int
    part: OpenAIResponsesOutputContent
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        sequence_number = self.sequence_number

        item_id = self.item_id

        output_index = self.output_index

        content_index = self.content_index

        part = self.part.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "sequence_number": sequence_number,
                "item_id": item_id,
                "output_index": output_index,
                "content_index": content_index,
                "part": part,
            }
        )

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "sequence_number": "sequence_number",
        "item_id": "item_id",
        "output_index": "output_index",
        "content_index": "content_index",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "type_",
            "sequence_number",
            "item_id",
            "output_index",
            "content_index",
            "part",
        )
    )

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "type":
            type_ = check_open_ai_responses_content_part_event_type(value)

            return type_
        elif key == "part":
            part = OpenAIResponsesOutputContent.from_dict(value)

            return part
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_responses_content_part_event = object.__new__(cls)
        values = open_ai_responses_content_part_event.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "type":
                values["type_"] = cls._convert(key, value)
            elif key == "part":
                values["part"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return open_ai_responses_content_part_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.open_ai_responses_output_content import OpenAIResponsesOutputContent  # noqa: E402
