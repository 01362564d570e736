from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_content_block_start_event_type import (
    AnthropicContentBlockStartEventType,
    check_anthropic_content_block_start_event_type,
)
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.anthropic_content_block import AnthropicContentBlock


T = TypeVar("T", bound="AnthropicContentBlockStartEvent")


@_attrs_define(slots=False)
class AnthropicContentBlockStartEvent(WireMapping):
    """
    Example:
        {'type': 'content_block_start', 'index': 0, 'content_block': {'type': 'text', 'text': ''}}

    Attributes:
        type_ (AnthropicContentBlockStartEventType):
        index (int):
        content_block (AnthropicContentBlock): `anthropic.ContentBlock`, one struct for every block type (`text`,
            `image`, `tool_use`,
            `tool_result`, `thinking`, `redacted_thinking`, `server_tool_use`, `web_search_tool_result`);
            empty fields are omitted. In answers `text` is present (possibly `""`) on text blocks.
             Example: {'type': 'text', 'text': ' showOv the'}.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "index": "index",
        "content_block": "content_block",
    }

    type_: AnthropicContentBlockStartEventType
    index: int
    content_block: AnthropicContentBlock
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        index = self.index

        content_block = self.content_block.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "index": index,
                "content_block": content_block,
            }
        )

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "index": "index",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "type_",
            "index",
            "content_block",
        )
    )

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "type":
            type_ = check_anthropic_content_block_start_event_type(value)

            return type_
        elif key == "content_block":
            content_block = AnthropicContentBlock.from_dict(value)

            return content_block
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        anthropic_content_block_start_event = object.__new__(cls)
        values = anthropic_content_block_start_event.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "type":
                values["type_"] = cls._convert(key, value)
            elif key == "content_block":
                values["content_block"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return anthropic_content_block_start_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.anthropic_content_block import AnthropicContentBlock  # noqa: E402
