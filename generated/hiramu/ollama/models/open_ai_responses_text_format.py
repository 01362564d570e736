from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.json_schema import JsonSchema


T = TypeVar("T", bound="OpenAIResponsesTextFormat")


@_attrs_define(slots=False)
class OpenAIResponsesTextFormat(WireMapping):
    """`json_schema` constrains the output to `schema`; echoed in the answer.

    Example:
        {'type': 'json_schema', 'name': 'age', 'schema': {'type': 'object'}, 'strict': True}

    Attributes:
        type_ (str): `text` or `json_schema`.
        name (str | Unset):
        schema (JsonSchema | Unset): A JSON Schema (draft 2020-12 keywords) the output must conform to. Example:
            {'type': 'object', 'properties': {'age': {'type': 'integer'}}, 'required': ['age']}.
        strict (bool | Unset):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "name": "name",
        "schema": "schema",
        "strict": "strict",
    }

    type_: str
    name: str | Unset = UNSET
    schema: JsonSchema | Unset = UNSET
    strict: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if schema is not UNSET:
            field_dict["schema"] = schema
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "name": "name",
        "strict": "strict",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(("type_",))

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "schema":
            _schema = value
            schema: JsonSchema | Unset
            if isinstance(_schema, Unset):
                schema = UNSET
            else:
                schema = JsonSchema.from_dict(_schema)

            return schema
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_responses_text_format = object.__new__(cls)
        values = open_ai_responses_text_format.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "schema":
                values["schema"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return open_ai_responses_text_format

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.json_schema import JsonSchema  # noqa: E402

for _name in (
    "name",
    "schema",
    "strict",
):
    setattr(OpenAIResponsesTextFormat, _name, UNSET)
