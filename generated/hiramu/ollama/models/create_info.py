from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, Unset, WireMapping


@_attrs_define(slots=False)
class CreateInfo(WireMapping):
    """Overrides of what the server would detect about the model. Wrong types are rejected with 400.

    Example:
        {'capabilities': ['completion', 'tools'], 'model_family': 'llama', 'context_length': 8192}

    Attributes:
        capabilities (list[str] | Unset): Capabilities to add (non-string items are skipped).
        model_family (str | Unset):
        base_name (str | Unset):
        quantization_level (str | Unset):
        parameter_size (str | Unset):
        context_length (int | Unset):
        embedding_length (int | Unset):
    """

    capabilities: list[str] | Unset = UNSET
    model_family: str | Unset = UNSET
    base_name: str | Unset = UNSET
    quantization_level: str | Unset = UNSET
    parameter_size: str | Unset = UNSET
    context_length: int | Unset = UNSET
    embedding_length: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("capabilities", "capabilities", _wire.list_of(_wire.STR), False),
        _wire.Field("model_family", "model_family", _wire.STR, False),
        _wire.Field("base_name", "base_name", _wire.STR, False),
        _wire.Field("quantization_level", "quantization_level", _wire.STR, False),
        _wire.Field("parameter_size", "parameter_size", _wire.STR, False),
        _wire.Field("context_length", "context_length", _wire.INT, False),
        _wire.Field("embedding_length", "embedding_length", _wire.INT, False),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
