from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.json_schema import JsonSchema


T = TypeVar("T", bound="AnthropicTool")


@_attrs_define(slots=False)
class AnthropicTool(WireMapping):
    """
    Example:
        {'name': 'get_weather', 'description': 'Get the weather in a city', 'input_schema': {'type': 'object'}}

    Attributes:
        name (str):
        type_ (str | Unset): `custom` (or empty) for a function, `web_search_20250305` for web search.
        description (str | Unset):
        input_schema (JsonSchema | Unset): A JSON Schema (draft 2020-12 keywords) the output must conform to. Example:
            {'type': 'object', 'properties': {'age': {'type': 'integer'}}, 'required': ['age']}.
        max_uses (int | Unset):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "name": "name",
        "type": "type_",
        "description": "description",
        "input_schema": "input_schema",
        "max_uses": "max_uses",
    }

    name: str
    type_: str | Unset = UNSET
    description: str | Unset = UNSET
    input_schema: JsonSchema | Unset = UNSET
    max_uses: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        description = self.description

        input_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_schema, Unset):
            input_schema = self.input_schema.to_dict()

        max_uses = self.max_uses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if input_schema is not UNSET:
            field_dict["input_schema"] = input_schema
        if max_uses is not UNSET:
            field_dict["max_uses"] = max_uses

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "name": "name",
        "type": "type_",
        "description": "description",
        "max_uses": "max_uses",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(("name",))

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "input_schema":
            _input_schema = value
            input_schema: JsonSchema | Unset
            if isinstance(_input_schema, Unset):
                input_schema = UNSET
            else:
                input_schema = JsonSchema.from_dict(_input_schema)

            return input_schema
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        anthropic_tool = object.__new__(cls)
        values = anthropic_tool.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "input_schema":
                values["input_schema"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return anthropic_tool

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.json_schema import JsonSchema  # noqa: E402

for _name in (
    "type_",
    "description",
    "input_schema",
    "max_uses",
):
    setattr(AnthropicTool, _name, UNSET)
