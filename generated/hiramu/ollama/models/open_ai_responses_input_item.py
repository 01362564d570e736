from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_responses_input_item_type import (
    OpenAIResponsesInputItemType,
    check_open_ai_responses_input_item_type,
)
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_responses_content import OpenAIResponsesContent
    from ..models.open_ai_responses_reasoning_summary import OpenAIResponsesReasoningSummary
    from ..models.open_ai_responses_web_search_action import OpenAIResponsesWebSearchAction


T = TypeVar("T", bound="OpenAIResponsesInputItem")


@_attrs_define(slots=False)
class OpenAIResponsesInputItem(WireMapping):
    """One input item, chosen by `type` (`message` when only `role` is set): `message` (`role`,
    `content` a string or content parts), `function_call` (`call_id`, `name`, `arguments`, optional
    `id`), `function_call_output` (`call_id`, `output` a string or content parts), `reasoning`
    (`id`, `summary`, `encrypted_content`), `web_search_call` (`id`, `status`, `action`). Another
    `type` is 400.

        Example:
            {'type': 'function_call_output', 'call_id': 'call_1', 'output': '22 degrees and sunny'}

        Attributes:
            type_ (OpenAIResponsesInputItemType | Unset):
            role (str | Unset): `user`, `system`, `developer` or `assistant`.
            content (list[OpenAIResponsesContent] | str | Unset):
            id (str | Unset):
            call_id (str | Unset):
            name (str | Unset):
            arguments (str | Unset):
            output (list[OpenAIResponsesContent] | str | Unset):
            summary (list[OpenAIResponsesReasoningSummary] | Unset):
            encrypted_content (str | Unset):
            status (str | Unset):
            action (OpenAIResponsesWebSearchAction | Unset):  Example: {'type': 'search', 'query': 'weather in Paris'}.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "role": "role",
        "content": "content",
        "id": "id",
        "call_id": "call_id",
        "name": "name",
        "arguments": "arguments",
        "output": "output",
        "summary": "summary",
        "encrypted_content": "encrypted_content",
        "status": "status",
        "action": "action",
    }

    type_: OpenAIResponsesInputItemType | Unset = UNSET
    role: str | Unset = UNSET
    content: list[OpenAIResponsesContent] | str | Unset = UNSET
    id: str | Unset = UNSET
    call_id: str | Unset = UNSET
    name: str | Unset = UNSET
    arguments: str | Unset = UNSET
    output: list[OpenAIResponsesContent] | str | Unset = UNSET
    summary: list[OpenAIResponsesReasoningSummary] | Unset = UNSET
    encrypted_content: str | Unset = UNSET
    status: str | Unset = UNSET
    action: OpenAIResponsesWebSearchAction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        role = self.role

        content: list[dict[str, Any]] | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item = content_type_1_item_data.to_dict()
                content.append(content_type_1_item)

        else:
            content = self.content

        id = self.id

        call_id = self.call_id

        name = self.name

        arguments = self.arguments

        output: list[dict[str, Any]] | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, list):
            output = []
            for output_type_1_item_data in self.output:
                output_type_1_item = output_type_1_item_data.to_dict()
                output.append(output_type_1_item)

        else:
            output = self.output

        summary: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = []
            for summary_item_data in self.summary:
                summary_item = summary_item_data.to_dict()
                summary.append(summary_item)

        encrypted_content = self.encrypted_content

        status = self.status

        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if id is not UNSET:
            field_dict["id"] = id
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if name is not UNSET:
            field_dict["name"] = name
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if output is not UNSET:
            field_dict["output"] = output
        if summary is not UNSET:
            field_dict["summary"] = summary
        if encrypted_content is not UNSET:
            field_dict["encrypted_content"] = encrypted_content
        if status is not UNSET:
            field_dict["status"] = status
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "role": "role",
        "id": "id",
        "call_id": "call_id",
        "name": "name",
        "arguments": "arguments",
        "encrypted_content": "encrypted_content",
        "status": "status",
    }

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "type":
            _type_ = value
            type_: OpenAIResponsesInputItemType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_open_ai_responses_input_item_type(_type_)

            return type_
        elif key == "content":

            def _parse_content(data: object) -> list[OpenAIResponsesContent] | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    content_type_1 = []
                    _content_type_1 = data
                    for content_type_1_item_data in _content_type_1:
                        content_type_1_item = OpenAIResponsesContent.from_dict(content_type_1_item_data)

                        content_type_1.append(content_type_1_item)

                    return content_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[OpenAIResponsesContent] | str | Unset, data)

            content = _parse_content(value)

            return content
        elif key == "output":

            def _parse_output(data: object) -> list[OpenAIResponsesContent] | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    output_type_1 = []
                    _output_type_1 = data
                    for output_type_1_item_data in _output_type_1:
                        output_type_1_item = OpenAIResponsesContent.from_dict(output_type_1_item_data)

                        output_type_1.append(output_type_1_item)

                    return output_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[OpenAIResponsesContent] | str | Unset, data)

            output = _parse_output(value)

            return output
        elif key == "summary":
            _summary = value
            summary: list[OpenAIResponsesReasoningSummary] | Unset = UNSET
            if _summary is not UNSET:
                summary = []
                for summary_item_data in _summary:
                    summary_item = OpenAIResponsesReasoningSummary.from_dict(summary_item_data)

                    summary.append(summary_item)

            return summary
        elif key == "action":
            _action = value
            action: OpenAIResponsesWebSearchAction | Unset
            if isinstance(_action, Unset):
                action = UNSET
            else:
                action = OpenAIResponsesWebSearchAction.from_dict(_action)

            return action
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_responses_input_item = object.__new__(cls)
        values = open_ai_responses_input_item.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "type":
                values["type_"] = cls._convert(key, value)
            elif key == "content":
                values["content"] = cls._convert(key, value)
            elif key == "output":
                values["output"] = cls._convert(key, value)
            elif key == "summary":
                values["summary"] = cls._convert(key, value)
            elif key == "action":
                values["action"] = cls._convert(key, value)
            else:
                extra[key] = value
        values["additional_properties"] = extra
        return open_ai_responses_input_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.open_ai_responses_content import OpenAIResponsesContent  # noqa: E402
from ..models.open_ai_responses_reasoning_summary import OpenAIResponsesReasoningSummary  # noqa: E402
from ..models.open_ai_responses_web_search_action import OpenAIResponsesWebSearchAction  # noqa: E402

for _name in (
    "type_",
    "role",
    "content",
    "id",
    "call_id",
    "name",
    "arguments",
    "output",
    "summary",
    "encrypted_content",
    "status",
    "action",
):
    setattr(OpenAIResponsesInputItem, _name, UNSET)
