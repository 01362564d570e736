from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_responses_output_item_event_type import (
    OpenAIResponsesOutputItemEventType,
    check_open_ai_responses_output_item_event_type,
)
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_responses_output_item import OpenAIResponsesOutputItem


T = TypeVar("T", bound="OpenAIResponsesOutputItemEvent")


@_attrs_define(slots=False)
class OpenAIResponsesOutputItemEvent(WireMapping):
    """`response.output_item.added` / `response.output_item.done`.

    Example:
        {'type': 'response.output_item.added', 'sequence_number': 2, 'output_index': 0, 'item': {'id': 'msg_568967',
            'type': 'message', 'status': 'in_progress', 'role': 'assistant', 'content': []}}

    Attributes:
        type_ (OpenAIResponsesOutputItemEventType):
        sequence_number (int):
        output_index (int):
        item (OpenAIResponsesOutputItem): `openai.ResponsesOutputItem`, chosen by `type`: `message` (`status`, `role`,
            `content`),
            `function_call` (`status`, `call_id`, `name`, `arguments`), `reasoning` (`summary`,
            `encrypted_content`), `web_search_call` (`status`, `action`). Empty fields are omitted.
             Example: {'id': 'msg_614445', 'type': 'message', 'status': 'completed', 'role': 'assistant', 'content':
            [{'type': 'output_text', 'text': 'S they e na', 'annotations': [], 'logprobs': []}]}.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "sequence_number": "sequence_number",
        "output_index": "output_index",
        "item": "item",
    }

    type_: OpenAIResponsesOutputItemEventType
    sequence_number: int
    output_index: int
    item: OpenAIResponsesOutputItem
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        sequence_number = self.sequence_number

        output_index = self.output_index

        item = self.item.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "sequence_number": sequence_number,
                "output_index": output_index,
                "item": item,
            }
        )

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "sequence_number": "sequence_number",
        "output_index": "output_index",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "type_",
            "sequence_number",
            "output_index",
            "item",
        )
    )

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "type":
            type_ = check_open_ai_responses_output_item_event_type(value)

            return type_
        elif key == "item":
            item = OpenAIResponsesOutputItem.from_dict(value)

            return item
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_responses_output_item_event = object.__new__(cls)
        values = open_ai_responses_output_item_event.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "type":
                values["type_"] = cls._convert(key, value)
            elif key == "item":
                values["item"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return open_ai_responses_output_item_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.open_ai_responses_output_item import OpenAIResponsesOutputItem  # noqa: E402
