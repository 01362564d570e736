from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_json_schema_format import OpenAIJsonSchemaFormat


T = TypeVar("T", bound="OpenAIResponseFormat")


@_attrs_define(slots=False)
class OpenAIResponseFormat(WireMapping):
    """`json_object` becomes `format: "json"`, `json_schema` becomes `format: <json_schema.schema>`; other types are
    ignored.

        Example:
            {'type': 'json_schema', 'json_schema': {'name': 'age', 'schema': {'type': 'object', 'properties': {'age':
                {'type': 'integer'}}}}}

        Attributes:
            type_ (str): `text`, `json_object` or `json_schema` (trimmed, case-insensitive).
            json_schema (OpenAIJsonSchemaFormat | Unset): Only `schema` is read (`name`, `strict` and the rest are ignored).
                Example: {'schema': {'type': 'object', 'properties': {'age': {'type': 'integer'}}}}.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "json_schema": "json_schema",
    }

    type_: str
    json_schema: OpenAIJsonSchemaFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        json_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.json_schema, Unset):
            json_schema = self.json_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if json_schema is not UNSET:
            field_dict["json_schema"] = json_schema

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(("type_",))

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "json_schema":
            _json_schema = value
            json_schema: OpenAIJsonSchemaFormat | Unset
            if isinstance(_json_schema, Unset):
                json_schema = UNSET
            else:
                json_schema = OpenAIJsonSchemaFormat.from_dict(_json_schema)

            return json_schema
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_response_format = object.__new__(cls)
        values = open_ai_response_format.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "json_schema":
                values["json_schema"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return open_ai_response_format

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.open_ai_json_schema_format import OpenAIJsonSchemaFormat  # noqa: E402

for _name in ("json_schema",):
    setattr(OpenAIResponseFormat, _name, UNSET)
