from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping

if TYPE_CHECKING:
    pass


@_attrs_define(slots=False)
class OpenAIResponsesTextFormat(WireMapping):
    """`json_schema` constrains the output to `schema`; echoed in the answer.

    Example:
        {'type': 'json_schema', 'name': 'age', 'schema': {'type': 'object'}, 'strict': True}

    Attributes:
        type (str): `text` or `json_schema`.
        name (str | None):
        schema (dict[str, Any] | None): A JSON Schema (draft 2020-12 keywords) the output must conform to. Example:
            {'type': 'object', 'properties': {'age': {'type': 'integer'}}, 'required': ['age']}.
        strict (bool | None):
    """

    type: str
    name: str | None = None
    schema: dict[str, Any] | None = None
    strict: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("type", "type", _wire.STR, True),
        _wire.Field("name", "name", _wire.STR, False),
        _wire.Field("schema", "schema", _wire.OBJECT, False),
        _wire.Field("strict", "strict", _wire.BOOL, False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
