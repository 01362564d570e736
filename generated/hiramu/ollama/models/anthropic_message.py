from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.anthropic_content_block import AnthropicContentBlock
    from ..models.anthropic_usage import AnthropicUsage


T = TypeVar("T", bound="AnthropicMessage")


@_attrs_define(slots=False)
class AnthropicMessage(WireMapping):
    """`anthropic.MessagesResponse`. `stop_reason` comes from the native `done_reason`: `tool_use`
    when the answer has tool calls, `end_turn` for `stop` (also when a stop sequence was hit),
    `max_tokens` for `length`, `stop_sequence` for any other non-empty reason, omitted when empty;
    `stop_sequence` is never filled.

        Example:
            {'id': 'msg_83591555ff9c0dbd8071e1f1', 'type': 'message', 'role': 'assistant', 'model': 'tiny-llama', 'content':
                [{'type': 'text', 'text': ' showOv the'}], 'stop_reason': 'max_tokens', 'usage': {'input_tokens': 44,
                'output_tokens': 4}}

        Attributes:
            id (str): `msg_<24 hex>`.
            type_ (str): `message`.
            role (str): `assistant`.
            model (str):
            content (list[AnthropicContentBlock] | None): Thinking, text and tool-use blocks in that order; `null` when the
                answer is empty (a nil Go slice).
            usage (AnthropicUsage):  Example: {'input_tokens': 44, 'output_tokens': 4}.
            stop_reason (str | Unset):
            stop_sequence (str | Unset):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "id": "id",
        "type": "type_",
        "role": "role",
        "model": "model",
        "content": "content",
        "usage": "usage",
        "stop_reason": "stop_reason",
        "stop_sequence": "stop_sequence",
    }

    id: str
    type_: str
    role: str
    model: str
    content: list[AnthropicContentBlock] | None
    usage: AnthropicUsage
    stop_reason: str | Unset = UNSET
    stop_sequence: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        role = self.role

        model = self.model

        content: list[dict[str, Any]] | None
        if isinstance(self.content, list):
            content = []
            for content_type_0_item_data in self.content:
                content_type_0_item = content_type_0_item_data.to_dict()
                content.append(content_type_0_item)

        else:
            content = self.content

        usage = self.usage.to_dict()

        stop_reason = self.stop_reason

        stop_sequence = self.stop_sequence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "role": role,
                "model": model,
                "content": content,
                "usage": usage,
            }
        )
        if stop_reason is not UNSET:
            field_dict["stop_reason"] = stop_reason
        if stop_sequence is not UNSET:
            field_dict["stop_sequence"] = stop_sequence

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "id": "id",
        "type": "type_",
        "role": "role",
        "model": "model",
        "stop_reason": "stop_reason",
        "stop_sequence": "stop_sequence",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "type_",
            "role",
            "model",
            "content",
            "usage",
        )
    )

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "content":

            def _parse_content(data: object) -> list[AnthropicContentBlock] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    content_type_0 = []
                    _content_type_0 = data
                    for content_type_0_item_data in _content_type_0:
                        content_type_0_item = AnthropicContentBlock.from_dict(content_type_0_item_data)

                        content_type_0.append(content_type_0_item)

                    return content_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[AnthropicContentBlock] | None, data)

            content = _parse_content(value)

            return content
        elif key == "usage":
            usage = AnthropicUsage.from_dict(value)

            return usage
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        anthropic_message = object.__new__(cls)
        values = anthropic_message.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "content":
                values["content"] = cls._convert(key, value)
            elif key == "usage":
                values["usage"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return anthropic_message

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.anthropic_content_block import AnthropicContentBlock  # noqa: E402
from ..models.anthropic_usage import AnthropicUsage  # noqa: E402

for _name in (
    "stop_reason",
    "stop_sequence",
):
    setattr(AnthropicMessage, _name, UNSET)
