from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_tool_call_function import OpenAIToolCallFunction


T = TypeVar("T", bound="OpenAIToolCall")


@_attrs_define(slots=False)
class OpenAIToolCall(WireMapping):
    """`openai.ToolCall`; `function.arguments` is a JSON text. Answers always carry every field; in a
    request only `function.arguments` matters (`id` links a later `tool` message).

        Example:
            {'id': 'call_k3m9x2qa', 'index': 0, 'type': 'function', 'function': {'name': 'get_weather', 'arguments':
                '{"city":"Paris"}'}}

        Attributes:
            function (OpenAIToolCallFunction):  Example: {'name': 'get_weather', 'arguments': '{"city":"Paris"}'}.
            id (str | Unset):
            index (int | Unset):
            type_ (str | Unset): `function`.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "function": "function",
        "id": "id",
        "index": "index",
        "type": "type_",
    }

    function: OpenAIToolCallFunction
    id: str | Unset = UNSET
    index: int | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        function = self.function.to_dict()

        id = self.id

        index = self.index

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "function": function,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if index is not UNSET:
            field_dict["index"] = index
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "id": "id",
        "index": "index",
        "type": "type_",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(("function",))

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "function":
            function = OpenAIToolCallFunction.from_dict(value)

            return function
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_tool_call = object.__new__(cls)
        values = open_ai_tool_call.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "function":
                values["function"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return open_ai_tool_call

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.open_ai_tool_call_function import OpenAIToolCallFunction  # noqa: E402

for _name in (
    "id",
    "index",
    "type_",
):
    setattr(OpenAIToolCall, _name, UNSET)
