from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.tool_call_arguments import ToolCallArguments


T = TypeVar("T", bound="ToolCallFunction")


@_attrs_define(slots=False)
class ToolCallFunction(WireMapping):
    """The called function. Responses always carry `index`, `name` and `arguments`.

    Example:
        {'index': 0, 'name': 'get_weather', 'arguments': {'city': 'Paris'}}

    Attributes:
        index (int | Unset): 0-based position of the call among the calls of the message.
        name (str | Unset): The tool's name.
        arguments (ToolCallArguments | Unset): The arguments as a JSON object (key order kept; `null` becomes `{}`; a
            string or array is rejected with 400). Example: {'city': 'Paris'}.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "index": "index",
        "name": "name",
        "arguments": "arguments",
    }

    index: int | Unset = UNSET
    name: str | Unset = UNSET
    arguments: ToolCallArguments | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        name = self.name

        arguments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.arguments, Unset):
            arguments = self.arguments.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index is not UNSET:
            field_dict["index"] = index
        if name is not UNSET:
            field_dict["name"] = name
        if arguments is not UNSET:
            field_dict["arguments"] = arguments

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "index": "index",
        "name": "name",
    }

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "arguments":
            _arguments = value
            arguments: ToolCallArguments | Unset
            if isinstance(_arguments, Unset):
                arguments = UNSET
            else:
                arguments = ToolCallArguments.from_dict(_arguments)

            return arguments
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        tool_call_function = object.__new__(cls)
        values = tool_call_function.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "arguments":
                values["arguments"] = cls._convert(key, value)
            else:
                extra[key] = value
        values["additional_properties"] = extra
        return tool_call_function

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.tool_call_arguments import ToolCallArguments  # noqa: E402

for _name in (
    "index",
    "name",
    "arguments",
):
    setattr(ToolCallFunction, _name, UNSET)
