from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_json_schema_format import OpenAIJsonSchemaFormat


@_attrs_define(slots=False)
class OpenAIResponseFormat(WireMapping):
    """`json_object` becomes `format: "json"`, `json_schema` becomes `format: <json_schema.schema>`; other types are
    ignored.

        Example:
            {'type': 'json_schema', 'json_schema': {'name': 'age', 'schema': {'type': 'object', 'properties': {'age':
                {'type': 'integer'}}}}}

        Attributes:
            type (str): `text`, `json_object` or `json_schema` (trimmed, case-insensitive).
            json_schema (OpenAIJsonSchemaFormat | Unset): Only `schema` is read (`name`, `strict` and the rest are ignored).
                Example: {'schema': {'type': 'object', 'properties': {'age': {'type': 'integer'}}}}.
    """

    type: str
    json_schema: OpenAIJsonSchemaFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("type", "type", _wire.STR, True),
        _wire.Field("json_schema", "json_schema", _wire.model("OpenAIJsonSchemaFormat"), False),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
