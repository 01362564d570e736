from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.json_schema import JsonSchema


T = TypeVar("T", bound="OpenAIResponsesTool")


@_attrs_define(slots=False)
class OpenAIResponsesTool(WireMapping):
    """`openai.ResponsesTool`: `function`, `namespace` (with nested `tools`) or `web_search`.

    Example:
        {'type': 'function', 'name': 'get_weather', 'description': 'Get the weather in a city', 'strict': None,
            'parameters': {'type': 'object'}}

    Attributes:
        type_ (str):
        name (str | Unset):
        description (None | str | Unset):
        strict (bool | None | Unset):
        parameters (JsonSchema | None | Unset):
        tools (list[OpenAIResponsesTool] | Unset):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "name": "name",
        "description": "description",
        "strict": "strict",
        "parameters": "parameters",
        "tools": "tools",
    }

    type_: str
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    strict: bool | None | Unset = UNSET
    parameters: JsonSchema | None | Unset = UNSET
    tools: list[OpenAIResponsesTool] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_schema import JsonSchema  # noqa: PLC0415

        type_ = self.type_

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        parameters: dict[str, Any] | None | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        elif isinstance(self.parameters, JsonSchema):
            parameters = self.parameters.to_dict()
        else:
            parameters = self.parameters

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if strict is not UNSET:
            field_dict["strict"] = strict
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if tools is not UNSET:
            field_dict["tools"] = tools

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "name": "name",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(("type_",))

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "description":

            def _parse_description(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            description = _parse_description(value)

            return description
        elif key == "strict":

            def _parse_strict(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            strict = _parse_strict(value)

            return strict
        elif key == "parameters":

            def _parse_parameters(data: object) -> JsonSchema | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    parameters_type_0 = JsonSchema.from_dict(data)

                    return parameters_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(JsonSchema | None | Unset, data)

            parameters = _parse_parameters(value)

            return parameters
        elif key == "tools":
            _tools = value
            tools: list[OpenAIResponsesTool] | Unset = UNSET
            if _tools is not UNSET:
                tools = []
                for tools_item_data in _tools:
                    tools_item = OpenAIResponsesTool.from_dict(tools_item_data)

                    tools.append(tools_item)

            return tools
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_responses_tool = object.__new__(cls)
        values = open_ai_responses_tool.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "description":
                values["description"] = cls._convert(key, value)
            elif key == "strict":
                values["strict"] = cls._convert(key, value)
            elif key == "parameters":
                values["parameters"] = cls._convert(key, value)
            elif key == "tools":
                values["tools"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return open_ai_responses_tool

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.json_schema import JsonSchema  # noqa: E402

for _name in (
    "name",
    "description",
    "strict",
    "parameters",
    "tools",
):
    setattr(OpenAIResponsesTool, _name, UNSET)
