from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_responses_output_content import OpenAIResponsesOutputContent
    from ..models.open_ai_responses_reasoning_summary import OpenAIResponsesReasoningSummary
    from ..models.open_ai_responses_web_search_action import OpenAIResponsesWebSearchAction


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
            type (str):
            status (str | None): `in_progress` or `completed`.
            role (str | None):
            content (list[OpenAIResponsesOutputContent] | None):
            call_id (str | None):
            name (str | None):
            arguments (str | None):
            action (OpenAIResponsesWebSearchAction | None):  Example: {'type': 'search', 'query': 'weather in Paris'}.
            summary (list[OpenAIResponsesReasoningSummary] | None):
            encrypted_content (str | None):
    """

    id: str
    type: str
    status: str | None = None
    role: str | None = None
    content: list[OpenAIResponsesOutputContent] | None = None
    call_id: str | None = None
    name: str | None = None
    arguments: str | None = None
    action: OpenAIResponsesWebSearchAction | None = None
    summary: list[OpenAIResponsesReasoningSummary] | None = None
    encrypted_content: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("id", "id", _wire.STR, True),
        _wire.Field("type", "type", _wire.STR, True),
        _wire.Field("status", "status", _wire.STR, False),
        _wire.Field("role", "role", _wire.STR, False),
        _wire.Field("content", "content", _wire.list_of(_wire.model("OpenAIResponsesOutputContent")), False),
        _wire.Field("call_id", "call_id", _wire.STR, False),
        _wire.Field("name", "name", _wire.STR, False),
        _wire.Field("arguments", "arguments", _wire.STR, False),
        _wire.Field("action", "action", _wire.model("OpenAIResponsesWebSearchAction"), False),
        _wire.Field(
            "summary", "summary", _wire.list_of(_wire.model("OpenAIResponsesReasoningSummary")), False
        ),
        _wire.Field("encrypted_content", "encrypted_content", _wire.STR, False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
