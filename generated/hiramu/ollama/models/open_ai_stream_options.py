from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, Unset, WireMapping


@_attrs_define(slots=False)
class OpenAIStreamOptions(WireMapping):
    """
    Example:
        {'include_usage': True}

    Attributes:
        include_usage (bool | Unset): Adds a usage chunk (`choices` empty) before `[DONE]`.
    """

    include_usage: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("include_usage", "include_usage", _wire.BOOL, False),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
