from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..models.open_ai_responses_input_item_type import (
    OpenAIResponsesInputItemType,
)
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_responses_content import OpenAIResponsesContent
    from ..models.open_ai_responses_reasoning_summary import OpenAIResponsesReasoningSummary
    from ..models.open_ai_responses_web_search_action import OpenAIResponsesWebSearchAction


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
            type (OpenAIResponsesInputItemType | Unset):
            role (str | Unset): `user`, `system`, `developer` or `assistant`.
            content (str | list[OpenAIResponsesContent] | Unset):
            id (str | Unset):
            call_id (str | Unset):
            name (str | Unset):
            arguments (str | Unset):
            output (str | list[OpenAIResponsesContent] | Unset):
            summary (list[OpenAIResponsesReasoningSummary] | Unset):
            encrypted_content (str | Unset):
            status (str | Unset):
            action (OpenAIResponsesWebSearchAction | Unset):  Example: {'type': 'search', 'query': 'weather in Paris'}.
    """

    type: OpenAIResponsesInputItemType | Unset = UNSET
    role: str | Unset = UNSET
    content: str | list[OpenAIResponsesContent] | Unset = UNSET
    id: str | Unset = UNSET
    call_id: str | Unset = UNSET
    name: str | Unset = UNSET
    arguments: str | Unset = UNSET
    output: str | list[OpenAIResponsesContent] | Unset = UNSET
    summary: list[OpenAIResponsesReasoningSummary] | Unset = UNSET
    encrypted_content: str | Unset = UNSET
    status: str | Unset = UNSET
    action: OpenAIResponsesWebSearchAction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field(
            "type",
            "type",
            _wire.literal("function_call", "function_call_output", "message", "reasoning", "web_search_call"),
            False,
        ),
        _wire.Field("role", "role", _wire.STR, False),
        _wire.Field(
            "content",
            "content",
            _wire.one_of(_wire.STR, _wire.list_of(_wire.model("OpenAIResponsesContent"))),
            False,
        ),
        _wire.Field("id", "id", _wire.STR, False),
        _wire.Field("call_id", "call_id", _wire.STR, False),
        _wire.Field("name", "name", _wire.STR, False),
        _wire.Field("arguments", "arguments", _wire.STR, False),
        _wire.Field(
            "output",
            "output",
            _wire.one_of(_wire.STR, _wire.list_of(_wire.model("OpenAIResponsesContent"))),
            False,
        ),
        _wire.Field(
            "summary", "summary", _wire.list_of(_wire.model("OpenAIResponsesReasoningSummary")), False
        ),
        _wire.Field("encrypted_content", "encrypted_content", _wire.STR, False),
        _wire.Field("status", "status", _wire.STR, False),
        _wire.Field("action", "action", _wire.model("OpenAIResponsesWebSearchAction"), False),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
