from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping


@_attrs_define(slots=False)
class OpenAIError(WireMapping):
    """The error object of the OpenAI flavour (`openai.Error`).

    Example:
        {'message': "model 'no-such-model' not found", 'type': 'not_found_error', 'param': None, 'code': None}

    Attributes:
        message (str): What went wrong, in Ollama's words (a runner error may be nested as a JSON string).
        type (str): From the status alone; `invalid_request_error` (400), `not_found_error` (404), `api_error` (every
            other status).
        param (None): Always `null`.
        code (str | None): Always `null` in 0.33.0-rc2.
    """

    message: str
    type: str
    param: None
    code: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("message", "message", _wire.STR, True),
        _wire.Field("type", "type", _wire.STR, True),
        _wire.Field("param", "param", _wire.NULL, True),
        _wire.Field("code", "code", _wire.one_of(_wire.STR, _wire.NULL), True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
