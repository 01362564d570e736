from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, Unset, WireMapping


@_attrs_define(slots=False)
class AnthropicThinkingConfig(WireMapping):
    """`enabled` sets the native `think: true`, `disabled` `think: false`; `budget_tokens` is not used.

    Example:
        {'type': 'enabled', 'budget_tokens': 1024}

    Attributes:
        type (str): `enabled` or `disabled`.
        budget_tokens (int | Unset):
    """

    type: str
    budget_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("type", "type", _wire.STR, True),
        _wire.Field("budget_tokens", "budget_tokens", _wire.INT, False),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
