from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_model import OpenAIModel


@_attrs_define(slots=False)
class OpenAIModelList(WireMapping):
    """`openai.ListCompletion`.

    Example:
        {'object': 'list', 'data': [{'id': 'tiny-llama:latest', 'object': 'model', 'created': 1796285448, 'owned_by':
            'library'}]}

    Attributes:
        object (str): `list`.
        data (list[OpenAIModel] | None): `null` when there are no models.
    """

    object: str
    data: list[OpenAIModel] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("object", "object", _wire.STR, True),
        _wire.Field(
            "data", "data", _wire.one_of(_wire.list_of(_wire.model("OpenAIModel")), _wire.NULL), True
        ),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
