from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, File, Unset, WireMapping

T = TypeVar("T", bound="OpenAITranscriptionRequest")


@_attrs_define(slots=False)
class OpenAITranscriptionRequest(WireMapping):
    """The form fields read by `TranscriptionMiddleware` (others are ignored).

    Example:
        {'model': 'gemma3n', 'file': 'RIFF....WAVEfmt', 'language': 'en'}

    Attributes:
        model (str):
        file (File): The audio; must not be empty.
        response_format (str | Unset): `text` answers `text/plain`; anything else (`json`, `verbose_json`) answers JSON.
        language (str | Unset): Appended to the system prompt.
        prompt (str | Unset): Appended to the system prompt as context.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "model": "model",
        "file": "file",
        "response_format": "response_format",
        "language": "language",
        "prompt": "prompt",
    }

    model: str
    file: File
    response_format: str | Unset = UNSET
    language: str | Unset = UNSET
    prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        file = self.file.to_tuple()

        response_format = self.response_format

        language = self.language

        prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "file": file,
            }
        )
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if language is not UNSET:
            field_dict["language"] = language
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "model": "model",
        "response_format": "response_format",
        "language": "language",
        "prompt": "prompt",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "model",
            "file",
        )
    )

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "file":
            file = File(payload=BytesIO(value))

            return file
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_transcription_request = object.__new__(cls)
        values = open_ai_transcription_request.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "file":
                values["file"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return open_ai_transcription_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


for _name in (
    "response_format",
    "language",
    "prompt",
):
    setattr(OpenAITranscriptionRequest, _name, UNSET)
