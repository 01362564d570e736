from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_error import OpenAIError


T = TypeVar("T", bound="OpenAIErrorResponse")


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

    _wire_fields: ClassVar[dict[str, str]] = {
        "error": "error",
    }

    error: OpenAIError
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {}
    _required_fields: ClassVar[frozenset[str]] = frozenset(("error",))

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "error":
            error = OpenAIError.from_dict(value)

            return error
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_error_response = object.__new__(cls)
        values = open_ai_error_response.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "error":
                values["error"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return open_ai_error_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.open_ai_error import OpenAIError  # noqa: E402
