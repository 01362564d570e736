from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.tool_call_function import ToolCallFunction


T = TypeVar("T", bound="ToolCall")


@_attrs_define(slots=False)
class ToolCall(WireMapping):
    """A call of one tool. Responses always carry `function`.

    Example:
        {'id': 'call_k3m9x2qa', 'function': {'index': 0, 'name': 'get_weather', 'arguments': {'city': 'Paris'}}}

    Attributes:
        id (str | Unset): Call id (`call_` + 8 characters from `[a-z0-9]` when Ollama renders the prompt); omitted when
            empty.
        function (ToolCallFunction | Unset): The called function. Responses always carry `index`, `name` and
            `arguments`. Example: {'index': 0, 'name': 'get_weather', 'arguments': {'city': 'Paris'}}.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "id": "id",
        "function": "function",
    }

    id: str | Unset = UNSET
    function: ToolCallFunction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        function: dict[str, Any] | Unset = UNSET
        if not isinstance(self.function, Unset):
            function = self.function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if function is not UNSET:
            field_dict["function"] = function

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "id": "id",
    }

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "function":
            _function = value
            function: ToolCallFunction | Unset
            if isinstance(_function, Unset):
                function = UNSET
            else:
                function = ToolCallFunction.from_dict(_function)

            return function
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        tool_call = object.__new__(cls)
        values = tool_call.__dict__
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
        values["additional_properties"] = extra
        return tool_call

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.tool_call_function import ToolCallFunction  # noqa: E402

for _name in (
    "id",
    "function",
):
    setattr(ToolCall, _name, UNSET)
