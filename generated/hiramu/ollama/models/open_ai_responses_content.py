from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_responses_content_type import (
    OpenAIResponsesContentType,
    check_open_ai_responses_content_type,
)
from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="OpenAIResponsesContent")


@_attrs_define(slots=False)
class OpenAIResponsesContent(WireMapping):
    """A content part, chosen by `type`: `input_text` / `output_text` (`text`), `input_image`
    (`image_url` a data URL or `file_id`, `detail`), `input_file` (`file_data`, `file_id`,
    `file_url`, `filename`). Another `type` is 400.

        Example:
            {'type': 'input_text', 'text': 'Weather in Paris?'}

        Attributes:
            type_ (OpenAIResponsesContentType):
            text (str | Unset):
            detail (str | Unset):
            image_url (str | Unset):
            file_id (str | Unset):
            file_data (str | Unset):
            file_url (str | Unset):
            filename (str | Unset):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "text": "text",
        "detail": "detail",
        "image_url": "image_url",
        "file_id": "file_id",
        "file_data": "file_data",
        "file_url": "file_url",
        "filename": "filename",
    }

    type_: OpenAIResponsesContentType
    text: str | Unset = UNSET
    detail: str | Unset = UNSET
    image_url: str | Unset = UNSET
    file_id: str | Unset = UNSET
    file_data: str | Unset = UNSET
    file_url: str | Unset = UNSET
    filename: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        text = self.text

        detail = self.detail

        image_url = self.image_url

        file_id = self.file_id

        file_data = self.file_data

        file_url = self.file_url

        filename = self.filename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if detail is not UNSET:
            field_dict["detail"] = detail
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if file_data is not UNSET:
            field_dict["file_data"] = file_data
        if file_url is not UNSET:
            field_dict["file_url"] = file_url
        if filename is not UNSET:
            field_dict["filename"] = filename

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "text": "text",
        "detail": "detail",
        "image_url": "image_url",
        "file_id": "file_id",
        "file_data": "file_data",
        "file_url": "file_url",
        "filename": "filename",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(("type_",))

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "type":
            type_ = check_open_ai_responses_content_type(value)

            return type_
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_responses_content = object.__new__(cls)
        values = open_ai_responses_content.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "type":
                values["type_"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return open_ai_responses_content

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


for _name in (
    "text",
    "detail",
    "image_url",
    "file_id",
    "file_data",
    "file_url",
    "filename",
):
    setattr(OpenAIResponsesContent, _name, UNSET)
