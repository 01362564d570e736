from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_responses_text_format import OpenAIResponsesTextFormat


T = TypeVar("T", bound="OpenAIResponsesText")


@_attrs_define(slots=False)
class OpenAIResponsesText(WireMapping):
    """
    Example:
        {'format': {'type': 'text'}}

    Attributes:
        format_ (OpenAIResponsesTextFormat | Unset): `json_schema` constrains the output to `schema`; echoed in the
            answer. Example: {'type': 'json_schema', 'name': 'age', 'schema': {'type': 'object'}, 'strict': True}.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "format": "format_",
    }

    format_: OpenAIResponsesTextFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {}

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "format":
            _format_ = value
            format_: OpenAIResponsesTextFormat | Unset
            if isinstance(_format_, Unset):
                format_ = UNSET
            else:
                format_ = OpenAIResponsesTextFormat.from_dict(_format_)

            return format_
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_responses_text = object.__new__(cls)
        values = open_ai_responses_text.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "format":
                values["format_"] = cls._convert(key, value)
            else:
                extra[key] = value
        values["additional_properties"] = extra
        return open_ai_responses_text

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.open_ai_responses_text_format import OpenAIResponsesTextFormat  # noqa: E402

for _name in ("format_",):
    setattr(OpenAIResponsesText, _name, UNSET)
