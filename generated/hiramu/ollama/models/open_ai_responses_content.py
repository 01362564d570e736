from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..models.open_ai_responses_content_type import (
    OpenAIResponsesContentType,
)
from ..types import UNSET, Unset, WireMapping


@_attrs_define(slots=False)
class OpenAIResponsesContent(WireMapping):
    """A content part, chosen by `type`: `input_text` / `output_text` (`text`), `input_image`
    (`image_url` a data URL or `file_id`, `detail`), `input_file` (`file_data`, `file_id`,
    `file_url`, `filename`). Another `type` is 400.

        Example:
            {'type': 'input_text', 'text': 'Weather in Paris?'}

        Attributes:
            type (OpenAIResponsesContentType):
            text (str | Unset):
            detail (str | Unset):
            image_url (str | Unset):
            file_id (str | Unset):
            file_data (str | Unset):
            file_url (str | Unset):
            filename (str | Unset):
    """

    type: OpenAIResponsesContentType
    text: str | Unset = UNSET
    detail: str | Unset = UNSET
    image_url: str | Unset = UNSET
    file_id: str | Unset = UNSET
    file_data: str | Unset = UNSET
    file_url: str | Unset = UNSET
    filename: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field(
            "type", "type", _wire.literal("input_file", "input_image", "input_text", "output_text"), True
        ),
        _wire.Field("text", "text", _wire.STR, False),
        _wire.Field("detail", "detail", _wire.STR, False),
        _wire.Field("image_url", "image_url", _wire.STR, False),
        _wire.Field("file_id", "file_id", _wire.STR, False),
        _wire.Field("file_data", "file_data", _wire.STR, False),
        _wire.Field("file_url", "file_url", _wire.STR, False),
        _wire.Field("filename", "filename", _wire.STR, False),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
