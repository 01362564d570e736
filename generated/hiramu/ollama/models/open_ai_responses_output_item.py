from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_responses_output_content import OpenAIResponsesOutputContent
    from ..models.open_ai_responses_reasoning_summary import OpenAIResponsesReasoningSummary
    from ..models.open_ai_responses_web_search_action import OpenAIResponsesWebSearchAction


T = TypeVar("T", bound="OpenAIResponsesOutputItem")


@_attrs_define(slots=False)
class OpenAIResponsesOutputItem(WireMapping):
    """`openai.ResponsesOutputItem`, chosen by `type`: `message` (`status`, `role`, `content`),
    `function_call` (`status`, `call_id`, `name`, `arguments`), `reasoning` (`summary`,
    `encrypted_content`), `web_search_call` (`status`, `action`). Empty fields are omitted.

        Example:
            {'id': 'msg_614445', 'type': 'message', 'status': 'completed', 'role': 'assistant', 'content': [{'type':
                'output_text', 'text': 'S they e na', 'annotations': [], 'logprobs': []}]}

        Attributes:
            id (str):
            type_ (str):
            status (str | Unset): `in_progress` or `completed`.
            role (str | Unset):
            content (list[OpenAIResponsesOutputContent] | Unset):
            call_id (str | Unset):
            name (str | Unset):
            arguments (str | Unset):
            action (OpenAIResponsesWebSearchAction | Unset):  Example: {'type': 'search', 'query': 'weather in Paris'}.
            summary (list[OpenAIResponsesReasoningSummary] | Unset):
            encrypted_content (str | Unset):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "id": "id",
        "type": "type_",
        "status": "status",
        "role": "role",
        "content": "content",
        "call_id": "call_id",
        "name": "name",
        "arguments": "arguments",
        "action": "action",
        "summary": "summary",
        "encrypted_content": "encrypted_content",
    }

    id: str
    type_: str
    status: str | Unset = UNSET
    role: str | Unset = UNSET
    content: list[OpenAIResponsesOutputContent] | Unset = UNSET
    call_id: str | Unset = UNSET
    name: str | Unset = UNSET
    arguments: str | Unset = UNSET
    action: OpenAIResponsesWebSearchAction | Unset = UNSET
    summary: list[OpenAIResponsesReasoningSummary] | Unset = UNSET
    encrypted_content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        status = self.status

        role = self.role

        content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = []
            for content_item_data in self.content:
                content_item = content_item_data.to_dict()
                content.append(content_item)

        call_id = self.call_id

        name = self.name

        arguments = self.arguments

        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.to_dict()

        summary: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = []
            for summary_item_data in self.summary:
                summary_item = summary_item_data.to_dict()
                summary.append(summary_item)

        encrypted_content = self.encrypted_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if name is not UNSET:
            field_dict["name"] = name
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if action is not UNSET:
            field_dict["action"] = action
        if summary is not UNSET:
            field_dict["summary"] = summary
        if encrypted_content is not UNSET:
            field_dict["encrypted_content"] = encrypted_content

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "id": "id",
        "type": "type_",
        "status": "status",
        "role": "role",
        "call_id": "call_id",
        "name": "name",
        "arguments": "arguments",
        "encrypted_content": "encrypted_content",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "type_",
        )
    )

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "content":
            _content = value
            content: list[OpenAIResponsesOutputContent] | Unset = UNSET
            if _content is not UNSET:
                content = []
                for content_item_data in _content:
                    content_item = OpenAIResponsesOutputContent.from_dict(content_item_data)

                    content.append(content_item)

            return content
        elif key == "action":
            _action = value
            action: OpenAIResponsesWebSearchAction | Unset
            if isinstance(_action, Unset):
                action = UNSET
            else:
                action = OpenAIResponsesWebSearchAction.from_dict(_action)

            return action
        elif key == "summary":
            _summary = value
            summary: list[OpenAIResponsesReasoningSummary] | Unset = UNSET
            if _summary is not UNSET:
                summary = []
                for summary_item_data in _summary:
                    summary_item = OpenAIResponsesReasoningSummary.from_dict(summary_item_data)

                    summary.append(summary_item)

            return summary
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_responses_output_item = object.__new__(cls)
        values = open_ai_responses_output_item.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "content":
                values["content"] = cls._convert(key, value)
            elif key == "action":
                values["action"] = cls._convert(key, value)
            elif key == "summary":
                values["summary"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return open_ai_responses_output_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.open_ai_responses_output_content import OpenAIResponsesOutputContent  # noqa: E402
from ..models.open_ai_responses_reasoning_summary import OpenAIResponsesReasoningSummary  # noqa: E402
from ..models.open_ai_responses_web_search_action import OpenAIResponsesWebSearchAction  # noqa: E402

for _name in (
    "status",
    "role",
    "content",
    "call_id",
    "name",
    "arguments",
    "action",
    "summary",
    "encrypted_content",
):
    setattr(OpenAIResponsesOutputItem, _name, UNSET)
