from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, WireMapping

if TYPE_CHECKING:
    from ..models.anthropic_content_block import AnthropicContentBlock


@_attrs_define(slots=False)
class AnthropicMessageParam(WireMapping):
    """
    Example:
        {'role': 'user', 'content': 'Why is the sky blue?'}

    Attributes:
        role (str): `user` or `assistant`.
        content (str | list[AnthropicContentBlock]):
    """

    role: str
    content: str | list[AnthropicContentBlock]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("role", "role", _wire.STR, True),
        _wire.Field(
            "content",
            "content",
            _wire.one_of(_wire.STR, _wire.list_of(_wire.model("AnthropicContentBlock"))),
            True,
        ),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
