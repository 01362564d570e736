from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_responses_text_format import OpenAIResponsesTextFormat


@_attrs_define(slots=False)
class OpenAIResponsesText(WireMapping):
    """
    Example:
        {'format': {'type': 'text'}}

    Attributes:
        format (OpenAIResponsesTextFormat | None): `json_schema` constrains the output to `schema`; echoed in the
            answer. Example: {'type': 'json_schema', 'name': 'age', 'schema': {'type': 'object'}, 'strict': True}.
    """

    format: OpenAIResponsesTextFormat | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("format", "format", _wire.model("OpenAIResponsesTextFormat"), False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
