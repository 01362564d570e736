from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, Unset, WireMapping


@_attrs_define(slots=False)
class OpenAITranscriptionRequest(WireMapping):
    """The form fields read by `TranscriptionMiddleware` (others are ignored).

    Example:
        {'model': 'gemma3n', 'file': 'RIFF....WAVEfmt', 'language': 'en'}

    Attributes:
        model (str):
        file (Any): The audio; must not be empty.
        response_format (str | Unset): `text` answers `text/plain`; anything else (`json`, `verbose_json`) answers JSON.
        language (str | Unset): Appended to the system prompt.
        prompt (str | Unset): Appended to the system prompt as context.
    """

    model: str
    file: Any
    response_format: str | Unset = UNSET
    language: str | Unset = UNSET
    prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("model", "model", _wire.STR, True),
        _wire.Field("file", "file", _wire.ANY, True),
        _wire.Field("response_format", "response_format", _wire.STR, False),
        _wire.Field("language", "language", _wire.STR, False),
        _wire.Field("prompt", "prompt", _wire.STR, False),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
