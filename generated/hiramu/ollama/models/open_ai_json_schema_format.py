from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.json_schema import JsonSchema


@_attrs_define(slots=False)
class OpenAIJsonSchemaFormat(WireMapping):
    """Only `schema` is read (`name`, `strict` and the rest are ignored).

    Example:
        {'schema': {'type': 'object', 'properties': {'age': {'type': 'integer'}}}}

    Attributes:
        schema (JsonSchema | Unset): A JSON Schema (draft 2020-12 keywords) the output must conform to. Example:
            {'type': 'object', 'properties': {'age': {'type': 'integer'}}, 'required': ['age']}.
    """

    schema: JsonSchema | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("schema", "schema", _wire.model("JsonSchema"), False),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
