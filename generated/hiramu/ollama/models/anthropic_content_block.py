from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.anthropic_citation import AnthropicCitation
    from ..models.anthropic_image_source import AnthropicImageSource
    from ..models.anthropic_web_search_result import AnthropicWebSearchResult
    from ..models.anthropic_web_search_tool_result_error import AnthropicWebSearchToolResultError


@_attrs_define(slots=False)
class AnthropicContentBlock(WireMapping):
    """`anthropic.ContentBlock`, one struct for every block type (`text`, `image`, `tool_use`,
    `tool_result`, `thinking`, `redacted_thinking`, `server_tool_use`, `web_search_tool_result`);
    empty fields are omitted. In answers `text` is present (possibly `""`) on text blocks.

        Example:
            {'type': 'text', 'text': ' showOv the'}

        Attributes:
            type (str):
            text (str | None):
            citations (list[AnthropicCitation] | None):
            source (AnthropicImageSource | None):  Example: {'type': 'base64', 'media_type': 'image/png', 'data':
                'iVBORw0KGgo='}.
            id (str | None):
            name (str | None):
            input (dict[str, Any] | None): The arguments as a JSON object (key order kept; `null` becomes `{}`; a string or
                array is rejected with 400). Example: {'city': 'Paris'}.
            tool_use_id (str | None):
            content (str | list[AnthropicContentBlock] | list[AnthropicWebSearchResult] | AnthropicWebSearchToolResultError
                | None): For `tool_result` a string or blocks; for `web_search_tool_result` the results or an error object.
            is_error (bool | None):
            thinking (str | None):
            signature (str | None):
            cache_control (Any | None): Not a field of the Go type; accepted and ignored like any unknown key.
    """

    type: str
    text: str | None = None
    citations: list[AnthropicCitation] | None = None
    source: AnthropicImageSource | None = None
    id: str | None = None
    name: str | None = None
    input: dict[str, Any] | None = None
    tool_use_id: str | None = None
    content: (
        str
        | list[AnthropicContentBlock]
        | list[AnthropicWebSearchResult]
        | AnthropicWebSearchToolResultError
        | None
    ) = None
    is_error: bool | None = None
    thinking: str | None = None
    signature: str | None = None
    cache_control: Any | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("type", "type", _wire.STR, True),
        _wire.Field("text", "text", _wire.STR, False),
        _wire.Field("citations", "citations", _wire.list_of(_wire.model("AnthropicCitation")), False),
        _wire.Field("source", "source", _wire.model("AnthropicImageSource"), False),
        _wire.Field("id", "id", _wire.STR, False),
        _wire.Field("name", "name", _wire.STR, False),
        _wire.Field("input", "input", _wire.OBJECT, False),
        _wire.Field("tool_use_id", "tool_use_id", _wire.STR, False),
        _wire.Field(
            "content",
            "content",
            _wire.one_of(
                _wire.STR,
                _wire.list_of(_wire.model("AnthropicContentBlock")),
                _wire.list_of(_wire.model("AnthropicWebSearchResult")),
                _wire.model("AnthropicWebSearchToolResultError"),
            ),
            False,
        ),
        _wire.Field("is_error", "is_error", _wire.BOOL, False),
        _wire.Field("thinking", "thinking", _wire.STR, False),
        _wire.Field("signature", "signature", _wire.STR, False),
        _wire.Field("cache_control", "cache_control", _wire.ANY, False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
