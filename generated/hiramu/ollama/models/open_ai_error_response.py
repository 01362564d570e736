from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_error import OpenAIError


@_attrs_define(slots=False)
class OpenAIErrorResponse(WireMapping):
    """The body of an error answered by the OpenAI compat layer (`openai.ErrorResponse`).

    Example:
        {'error': {'message': "[] is too short - 'messages'", 'type': 'invalid_request_error', 'param': None, 'code':
            None}}

    Attributes:
        error (OpenAIError): The error object of the OpenAI flavour (`openai.Error`). Example: {'message': "model 'no-
            such-model' not found", 'type': 'not_found_error', 'param': None, 'code': None}.
    """

    error: OpenAIError
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("error", "error", _wire.model("OpenAIError"), True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
