from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="OpenAIError")


@_attrs_define(slots=False)
class OpenAIError(WireMapping):
    """The error object of the OpenAI flavour (`openai.Error`).

    Example:
        {'message': "model 'no-such-model' not found", 'type': 'not_found_error', 'param': None, 'code': None}

    Attributes:
        message (str): What went wrong, in Ollama's words (a runner error may be nested as a JSON string).
        type_ (str): From the status alone; `invalid_request_error` (400), `not_found_error` (404), `api_error` (every
            other status).
        param (None): Always `null`.
        code (None | str): Always `null` in 0.33.0-rc2.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "message": "message",
        "type": "type_",
        "param": "param",
        "code": "code",
    }

    message: str
    type_: str
    param: None
    code: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        type_ = self.type_

        param = self.param

        code: None | str
        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "type": type_,
                "param": param,
                "code": code,
            }
        )

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "message": "message",
        "type": "type_",
        "param": "param",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "message",
            "type_",
            "param",
            "code",
        )
    )

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "code":

            def _parse_code(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            code = _parse_code(value)

            return code
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_error = object.__new__(cls)
        values = open_ai_error.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "code":
                values["code"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return open_ai_error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
