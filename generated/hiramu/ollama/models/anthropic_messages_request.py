from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.anthropic_content_block import AnthropicContentBlock
    from ..models.anthropic_message_param import AnthropicMessageParam
    from ..models.anthropic_metadata import AnthropicMetadata
    from ..models.anthropic_output_config import AnthropicOutputConfig
    from ..models.anthropic_thinking_config import AnthropicThinkingConfig
    from ..models.anthropic_tool import AnthropicTool
    from ..models.anthropic_tool_choice import AnthropicToolChoice


T = TypeVar("T", bound="AnthropicMessagesRequest")


@_attrs_define(slots=False)
class AnthropicMessagesRequest(WireMapping):
    """`anthropic.MessagesRequest`.

    Example:
        {'model': 'tiny-llama', 'max_tokens': 4, 'messages': [{'role': 'user', 'content': 'Why is the sky blue?'}]}

    Attributes:
        model (str):
        max_tokens (int): Becomes `num_predict`.
        messages (list[AnthropicMessageParam]):
        system (list[AnthropicContentBlock] | str | Unset): A string or text blocks (joined), placed as a leading system
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

    _wire_fields: ClassVar[dict[str, str]] = {
        "model": "model",
        "max_tokens": "max_tokens",
        "messages": "messages",
        "system": "system",
        "stream": "stream",
        "temperature": "temperature",
        "top_p": "top_p",
        "top_k": "top_k",
        "stop_sequences": "stop_sequences",
        "tools": "tools",
        "tool_choice": "tool_choice",
        "thinking": "thinking",
        "metadata": "metadata",
        "output_config": "output_config",
    }

    model: str
    max_tokens: int
    messages: list[AnthropicMessageParam]
    system: list[AnthropicContentBlock] | str | Unset = UNSET
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

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        max_tokens = self.max_tokens

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        system: list[dict[str, Any]] | str | Unset
        if isinstance(self.system, Unset):
            system = UNSET
        elif isinstance(self.system, list):
            system = []
            for system_type_1_item_data in self.system:
                system_type_1_item = system_type_1_item_data.to_dict()
                system.append(system_type_1_item)

        else:
            system = self.system

        stream = self.stream

        temperature = self.temperature

        top_p = self.top_p

        top_k = self.top_k

        stop_sequences: list[str] | Unset = UNSET
        if not isinstance(self.stop_sequences, Unset):
            stop_sequences = self.stop_sequences

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        tool_choice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tool_choice, Unset):
            tool_choice = self.tool_choice.to_dict()

        thinking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thinking, Unset):
            thinking = self.thinking.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        output_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_config, Unset):
            output_config = self.output_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "max_tokens": max_tokens,
                "messages": messages,
            }
        )
        if system is not UNSET:
            field_dict["system"] = system
        if stream is not UNSET:
            field_dict["stream"] = stream
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if stop_sequences is not UNSET:
            field_dict["stop_sequences"] = stop_sequences
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if thinking is not UNSET:
            field_dict["thinking"] = thinking
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if output_config is not UNSET:
            field_dict["output_config"] = output_config

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "model": "model",
        "max_tokens": "max_tokens",
        "stream": "stream",
        "temperature": "temperature",
        "top_p": "top_p",
        "top_k": "top_k",
        "stop_sequences": "stop_sequences",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "model",
            "max_tokens",
            "messages",
        )
    )

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "messages":
            messages = []
            _messages = value
            for messages_item_data in _messages:
                messages_item = AnthropicMessageParam.from_dict(messages_item_data)

                messages.append(messages_item)

            return messages
        elif key == "system":

            def _parse_system(data: object) -> list[AnthropicContentBlock] | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    system_type_1 = []
                    _system_type_1 = data
                    for system_type_1_item_data in _system_type_1:
                        system_type_1_item = AnthropicContentBlock.from_dict(system_type_1_item_data)

                        system_type_1.append(system_type_1_item)

                    return system_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[AnthropicContentBlock] | str | Unset, data)

            system = _parse_system(value)

            return system
        elif key == "tools":
            _tools = value
            tools: list[AnthropicTool] | Unset = UNSET
            if _tools is not UNSET:
                tools = []
                for tools_item_data in _tools:
                    tools_item = AnthropicTool.from_dict(tools_item_data)

                    tools.append(tools_item)

            return tools
        elif key == "tool_choice":
            _tool_choice = value
            tool_choice: AnthropicToolChoice | Unset
            if isinstance(_tool_choice, Unset):
                tool_choice = UNSET
            else:
                tool_choice = AnthropicToolChoice.from_dict(_tool_choice)

            return tool_choice
        elif key == "thinking":
            _thinking = value
            thinking: AnthropicThinkingConfig | Unset
            if isinstance(_thinking, Unset):
                thinking = UNSET
            else:
                thinking = AnthropicThinkingConfig.from_dict(_thinking)

            return thinking
        elif key == "metadata":
            _metadata = value
            metadata: AnthropicMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = AnthropicMetadata.from_dict(_metadata)

            return metadata
        elif key == "output_config":
            _output_config = value
            output_config: AnthropicOutputConfig | Unset
            if isinstance(_output_config, Unset):
                output_config = UNSET
            else:
                output_config = AnthropicOutputConfig.from_dict(_output_config)

            return output_config
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        anthropic_messages_request = object.__new__(cls)
        values = anthropic_messages_request.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "messages":
                values["messages"] = cls._convert(key, value)
            elif key == "system":
                values["system"] = cls._convert(key, value)
            elif key == "tools":
                values["tools"] = cls._convert(key, value)
            elif key == "tool_choice":
                values["tool_choice"] = cls._convert(key, value)
            elif key == "thinking":
                values["thinking"] = cls._convert(key, value)
            elif key == "metadata":
                values["metadata"] = cls._convert(key, value)
            elif key == "output_config":
                values["output_config"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return anthropic_messages_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.anthropic_content_block import AnthropicContentBlock  # noqa: E402
from ..models.anthropic_message_param import AnthropicMessageParam  # noqa: E402
from ..models.anthropic_metadata import AnthropicMetadata  # noqa: E402
from ..models.anthropic_output_config import AnthropicOutputConfig  # noqa: E402
from ..models.anthropic_thinking_config import AnthropicThinkingConfig  # noqa: E402
from ..models.anthropic_tool import AnthropicTool  # noqa: E402
from ..models.anthropic_tool_choice import AnthropicToolChoice  # noqa: E402

for _name in (
    "system",
    "stream",
    "temperature",
    "top_p",
    "top_k",
    "stop_sequences",
    "tools",
    "tool_choice",
    "thinking",
    "metadata",
    "output_config",
):
    setattr(AnthropicMessagesRequest, _name, UNSET)
