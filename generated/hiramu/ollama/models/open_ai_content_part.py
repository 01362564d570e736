from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_content_part_type import OpenAIContentPartType, check_open_ai_content_part_type
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_image_url import OpenAIImageURL
    from ..models.open_ai_input_audio import OpenAIInputAudio


T = TypeVar("T", bound="OpenAIContentPart")


@_attrs_define(slots=False)
class OpenAIContentPart(WireMapping):
    """One part of an array `content`, read as a map: `text` needs `text`; `image_url` needs
    `image_url` (a `data:image/{jpeg,jpg,png,webp};base64,` URL or `data:;base64,`, as a string or
    `{"url": ...}`; http(s) URLs are rejected); `input_audio` needs `input_audio.data` (base64).
    Any other `type` is `400 invalid message format`.

        Example:
            {'type': 'text', 'text': 'Hello'}

        Attributes:
            type_ (OpenAIContentPartType):
            text (str | Unset):
            image_url (OpenAIImageURL | str | Unset):
            input_audio (OpenAIInputAudio | Unset):  Example: {'data': 'UklGRiQAAABXQVZF', 'format': 'wav'}.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "text": "text",
        "image_url": "image_url",
        "input_audio": "input_audio",
    }

    type_: OpenAIContentPartType
    text: str | Unset = UNSET
    image_url: OpenAIImageURL | str | Unset = UNSET
    input_audio: OpenAIInputAudio | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.open_ai_image_url import OpenAIImageURL  # noqa: PLC0415

        type_: str = self.type_

        text = self.text

        image_url: dict[str, Any] | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        elif isinstance(self.image_url, OpenAIImageURL):
            image_url = self.image_url.to_dict()
        else:
            image_url = self.image_url

        input_audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_audio, Unset):
            input_audio = self.input_audio.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if input_audio is not UNSET:
            field_dict["input_audio"] = input_audio

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "text": "text",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(("type_",))

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "type":
            type_ = check_open_ai_content_part_type(value)

            return type_
        elif key == "image_url":

            def _parse_image_url(data: object) -> OpenAIImageURL | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    image_url_type_1 = OpenAIImageURL.from_dict(data)

                    return image_url_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(OpenAIImageURL | str | Unset, data)

            image_url = _parse_image_url(value)

            return image_url
        elif key == "input_audio":
            _input_audio = value
            input_audio: OpenAIInputAudio | Unset
            if isinstance(_input_audio, Unset):
                input_audio = UNSET
            else:
                input_audio = OpenAIInputAudio.from_dict(_input_audio)

            return input_audio
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_content_part = object.__new__(cls)
        values = open_ai_content_part.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "type":
                values["type_"] = cls._convert(key, value)
            elif key == "image_url":
                values["image_url"] = cls._convert(key, value)
            elif key == "input_audio":
                values["input_audio"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return open_ai_content_part

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.open_ai_image_url import OpenAIImageURL  # noqa: E402
from ..models.open_ai_input_audio import OpenAIInputAudio  # noqa: E402

for _name in (
    "text",
    "image_url",
    "input_audio",
):
    setattr(OpenAIContentPart, _name, UNSET)
