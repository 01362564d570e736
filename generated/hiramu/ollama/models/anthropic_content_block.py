from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.anthropic_citation import AnthropicCitation
    from ..models.anthropic_image_source import AnthropicImageSource
    from ..models.anthropic_web_search_result import AnthropicWebSearchResult
    from ..models.anthropic_web_search_tool_result_error import AnthropicWebSearchToolResultError
    from ..models.tool_call_arguments import ToolCallArguments


T = TypeVar("T", bound="AnthropicContentBlock")


@_attrs_define(slots=False)
class AnthropicContentBlock(WireMapping):
    """`anthropic.ContentBlock`, one struct for every block type (`text`, `image`, `tool_use`,
    `tool_result`, `thinking`, `redacted_thinking`, `server_tool_use`, `web_search_tool_result`);
    empty fields are omitted. In answers `text` is present (possibly `""`) on text blocks.

        Example:
            {'type': 'text', 'text': ' showOv the'}

        Attributes:
            type_ (str):
            text (str | Unset):
            citations (list[AnthropicCitation] | Unset):
            source (AnthropicImageSource | Unset):  Example: {'type': 'base64', 'media_type': 'image/png', 'data':
                'iVBORw0KGgo='}.
            id (str | Unset):
            name (str | Unset):
            input_ (ToolCallArguments | Unset): The arguments as a JSON object (key order kept; `null` becomes `{}`; a
                string or array is rejected with 400). Example: {'city': 'Paris'}.
            tool_use_id (str | Unset):
            content (AnthropicWebSearchToolResultError | list[AnthropicContentBlock] | list[AnthropicWebSearchResult] | str
                | Unset): For `tool_result` a string or blocks; for `web_search_tool_result` the results or an error object.
            is_error (bool | Unset):
            thinking (str | Unset):
            signature (str | Unset):
            cache_control (Any | Unset): Not a field of the Go type; accepted and ignored like any unknown key.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "text": "text",
        "citations": "citations",
        "source": "source",
        "id": "id",
        "name": "name",
        "input": "input_",
        "tool_use_id": "tool_use_id",
        "content": "content",
        "is_error": "is_error",
        "thinking": "thinking",
        "signature": "signature",
        "cache_control": "cache_control",
    }

    type_: str
    text: str | Unset = UNSET
    citations: list[AnthropicCitation] | Unset = UNSET
    source: AnthropicImageSource | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    input_: ToolCallArguments | Unset = UNSET
    tool_use_id: str | Unset = UNSET
    content: (
        AnthropicWebSearchToolResultError
        | list[AnthropicContentBlock]
        | list[AnthropicWebSearchResult]
        | str
        | Unset
    ) = UNSET
    is_error: bool | Unset = UNSET
    thinking: str | Unset = UNSET
    signature: str | Unset = UNSET
    cache_control: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.anthropic_web_search_tool_result_error import AnthropicWebSearchToolResultError  # noqa: PLC0415

        type_ = self.type_

        text = self.text

        citations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.citations, Unset):
            citations = []
            for citations_item_data in self.citations:
                citations_item = citations_item_data.to_dict()
                citations.append(citations_item)

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        id = self.id

        name = self.name

        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_.to_dict()

        tool_use_id = self.tool_use_id

        content: dict[str, Any] | list[dict[str, Any]] | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item = content_type_1_item_data.to_dict()
                content.append(content_type_1_item)

        elif isinstance(self.content, list):
            content = []
            for content_type_2_item_data in self.content:
                content_type_2_item = content_type_2_item_data.to_dict()
                content.append(content_type_2_item)

        elif isinstance(self.content, AnthropicWebSearchToolResultError):
            content = self.content.to_dict()
        else:
            content = self.content

        is_error = self.is_error

        thinking = self.thinking

        signature = self.signature

        cache_control = self.cache_control

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if citations is not UNSET:
            field_dict["citations"] = citations
        if source is not UNSET:
            field_dict["source"] = source
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if input_ is not UNSET:
            field_dict["input"] = input_
        if tool_use_id is not UNSET:
            field_dict["tool_use_id"] = tool_use_id
        if content is not UNSET:
            field_dict["content"] = content
        if is_error is not UNSET:
            field_dict["is_error"] = is_error
        if thinking is not UNSET:
            field_dict["thinking"] = thinking
        if signature is not UNSET:
            field_dict["signature"] = signature
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "text": "text",
        "id": "id",
        "name": "name",
        "tool_use_id": "tool_use_id",
        "is_error": "is_error",
        "thinking": "thinking",
        "signature": "signature",
        "cache_control": "cache_control",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(("type_",))

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "citations":
            _citations = value
            citations: list[AnthropicCitation] | Unset = UNSET
            if _citations is not UNSET:
                citations = []
                for citations_item_data in _citations:
                    citations_item = AnthropicCitation.from_dict(citations_item_data)

                    citations.append(citations_item)

            return citations
        elif key == "source":
            _source = value
            source: AnthropicImageSource | Unset
            if isinstance(_source, Unset):
                source = UNSET
            else:
                source = AnthropicImageSource.from_dict(_source)

            return source
        elif key == "input":
            _input_ = value
            input_: ToolCallArguments | Unset
            if isinstance(_input_, Unset):
                input_ = UNSET
            else:
                input_ = ToolCallArguments.from_dict(_input_)

            return input_
        elif key == "content":

            def _parse_content(
                data: object,
            ) -> (
                AnthropicWebSearchToolResultError
                | list[AnthropicContentBlock]
                | list[AnthropicWebSearchResult]
                | str
                | Unset
            ):
                if isinstance(data, Unset):
                    return data
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
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    content_type_2 = []
                    _content_type_2 = data
                    for content_type_2_item_data in _content_type_2:
                        content_type_2_item = AnthropicWebSearchResult.from_dict(content_type_2_item_data)

                        content_type_2.append(content_type_2_item)

                    return content_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_type_3 = AnthropicWebSearchToolResultError.from_dict(data)

                    return content_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    AnthropicWebSearchToolResultError
                    | list[AnthropicContentBlock]
                    | list[AnthropicWebSearchResult]
                    | str
                    | Unset,
                    data,
                )

            content = _parse_content(value)

            return content
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        anthropic_content_block = object.__new__(cls)
        values = anthropic_content_block.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "citations":
                values["citations"] = cls._convert(key, value)
            elif key == "source":
                values["source"] = cls._convert(key, value)
            elif key == "input":
                values["input_"] = cls._convert(key, value)
            elif key == "content":
                values["content"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return anthropic_content_block

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.anthropic_citation import AnthropicCitation  # noqa: E402
from ..models.anthropic_image_source import AnthropicImageSource  # noqa: E402
from ..models.anthropic_web_search_result import AnthropicWebSearchResult  # noqa: E402
from ..models.anthropic_web_search_tool_result_error import AnthropicWebSearchToolResultError  # noqa: E402
from ..models.tool_call_arguments import ToolCallArguments  # noqa: E402

for _name in (
    "text",
    "citations",
    "source",
    "id",
    "name",
    "input_",
    "tool_use_id",
    "content",
    "is_error",
    "thinking",
    "signature",
    "cache_control",
):
    setattr(AnthropicContentBlock, _name, UNSET)
