from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..models.open_ai_content_part_type import OpenAIContentPartType
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_image_url import OpenAIImageURL
    from ..models.open_ai_input_audio import OpenAIInputAudio


@_attrs_define(slots=False)
class OpenAIContentPart(WireMapping):
    """One part of an array `content`, read as a map: `text` needs `text`; `image_url` needs
    `image_url` (a `data:image/{jpeg,jpg,png,webp};base64,` URL or `data:;base64,`, as a string or
    `{"url": ...}`; http(s) URLs are rejected); `input_audio` needs `input_audio.data` (base64).
    Any other `type` is `400 invalid message format`.

        Example:
            {'type': 'text', 'text': 'Hello'}

        Attributes:
            type (OpenAIContentPartType):
            text (str | Unset):
            image_url (str | OpenAIImageURL | Unset):
            input_audio (OpenAIInputAudio | Unset):  Example: {'data': 'UklGRiQAAABXQVZF', 'format': 'wav'}.
    """

    type: OpenAIContentPartType
    text: str | Unset = UNSET
    image_url: str | OpenAIImageURL | Unset = UNSET
    input_audio: OpenAIInputAudio | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("type", "type", _wire.literal("image_url", "input_audio", "text"), True),
        _wire.Field("text", "text", _wire.STR, False),
        _wire.Field("image_url", "image_url", _wire.one_of(_wire.STR, _wire.model("OpenAIImageURL")), False),
        _wire.Field("input_audio", "input_audio", _wire.model("OpenAIInputAudio"), False),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
