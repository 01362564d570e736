from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.anthropic_content_block import AnthropicContentBlock


T = TypeVar("T", bound="AnthropicMessageParam")


@_attrs_define(slots=False)
class AnthropicMessageParam(WireMapping):
    """
    Example:
        {'role': 'user', 'content': 'Why is the sky blue?'}

    Attributes:
        role (str): `user` or `assistant`.
        content (list[AnthropicContentBlock] | str):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "role": "role",
        "content": "content",
    }

    role: str
    content: list[AnthropicContentBlock] | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item = content_type_1_item_data.to_dict()
                content.append(content_type_1_item)

        else:
            content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "role": "role",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "role",
            "content",
        )
    )

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "content":

            def _parse_content(data: object) -> list[AnthropicContentBlock] | str:
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    content_type_1 = []
                    _content_type_1 = data
                    for content_type_1_item_data in _content_type_1:
                        content_type_1_item = AnthropicContentBlock.from_dict(content_type_1_item_data)

                        content_type_1.append(content_type_1_item)

                    return content_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[AnthropicContentBlock] | str, data)

            content = _parse_content(value)

            return content
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        anthropic_message_param = object.__new__(cls)
        values = anthropic_message_param.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "content":
                values["content"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return anthropic_message_param

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.anthropic_content_block import AnthropicContentBlock  # noqa: E402
