from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.anthropic_content_block import AnthropicContentBlock
    from ..models.anthropic_message_param import AnthropicMessageParam
    from ..models.anthropic_metadata import AnthropicMetadata
    from ..models.anthropic_output_config import AnthropicOutputConfig
    from ..models.anthropic_thinking_config import AnthropicThinkingConfig
    from ..models.anthropic_tool import AnthropicTool
    from ..models.anthropic_tool_choice import AnthropicToolChoice


@_attrs_define(slots=False)
class AnthropicMessagesRequest(WireMapping):
    """`anthropic.MessagesRequest`.

    Example:
        {'model': 'tiny-llama', 'max_tokens': 4, 'messages': [{'role': 'user', 'content': 'Why is the sky blue?'}]}

    Attributes:
        model (str):
        max_tokens (int): Becomes `num_predict`.
        messages (list[AnthropicMessageParam]):
        system (str | list[AnthropicContentBlock] | Unset): A string or text blocks (joined), placed as a leading system
            message.
        stream (bool | Unset):
        temperature (float | Unset):
        top_p (float | Unset):
        top_k (int | Unset):
        stop_sequences (list[str] | Unset):
        tools (list[AnthropicTool] | Unset):
        tool_choice (AnthropicToolChoice | Unset): Read but not used by the conversion (the model decides). Example:
            {'type': 'auto'}.
        thinking (AnthropicThinkingConfig | Unset): `enabled` sets the native `think: true`, `disabled` `think: false`;
            `budget_tokens` is not used. Example: {'type': 'enabled', 'budget_tokens': 1024}.
        metadata (AnthropicMetadata | Unset):  Example: {'user_id': 'user-123'}.
        output_config (AnthropicOutputConfig | Unset): Without `thinking`, `effort` `low`, `medium`, `high` or `max`
            (trimmed, case-insensitive; `xhigh` reads as `high`) becomes the native `think` level; other values are ignored.
            Example: {'effort': 'low'}.
    """

    model: str
    max_tokens: int
    messages: list[AnthropicMessageParam]
    system: str | list[AnthropicContentBlock] | Unset = UNSET
    stream: bool | Unset = UNSET
    temperature: float | Unset = UNSET
    top_p: float | Unset = UNSET
    top_k: int | Unset = UNSET
    stop_sequences: list[str] | Unset = UNSET
    tools: list[AnthropicTool] | Unset = UNSET
    tool_choice: AnthropicToolChoice | Unset = UNSET
    thinking: AnthropicThinkingConfig | Unset = UNSET
    metadata: AnthropicMetadata | Unset = UNSET
    output_config: AnthropicOutputConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("model", "model", _wire.STR, True),
        _wire.Field("max_tokens", "max_tokens", _wire.INT, True),
        _wire.Field("messages", "messages", _wire.list_of(_wire.model("AnthropicMessageParam")), True),
        _wire.Field(
            "system",
            "system",
            _wire.one_of(_wire.STR, _wire.list_of(_wire.model("AnthropicContentBlock"))),
            False,
        ),
        _wire.Field("stream", "stream", _wire.BOOL, False),
        _wire.Field("temperature", "temperature", _wire.FLOAT, False),
        _wire.Field("top_p", "top_p", _wire.FLOAT, False),
        _wire.Field("top_k", "top_k", _wire.INT, False),
        _wire.Field("stop_sequences", "stop_sequences", _wire.list_of(_wire.STR), False),
        _wire.Field("tools", "tools", _wire.list_of(_wire.model("AnthropicTool")), False),
        _wire.Field("tool_choice", "tool_choice", _wire.model("AnthropicToolChoice"), False),
        _wire.Field("thinking", "thinking", _wire.model("AnthropicThinkingConfig"), False),
        _wire.Field("metadata", "metadata", _wire.model("AnthropicMetadata"), False),
        _wire.Field("output_config", "output_config", _wire.model("AnthropicOutputConfig"), False),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
