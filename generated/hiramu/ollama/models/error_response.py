from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping


@_attrs_define(slots=False)
class ErrorResponse(WireMapping):
    """The body of every error answer.

    Example:
        {'error': "model 'no-such-model' not found"}

    Attributes:
        error (str): What went wrong, in Ollama's words (not a stable code).
    """

    error: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (_wire.Field("error", "error", _wire.STR, True),)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
