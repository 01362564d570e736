from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping


@_attrs_define(slots=False)
class ModelDetails(WireMapping):
    """Format and size facts of a model. The first six keys are always present.

    Example:
        {'parent_model': '', 'format': 'gguf', 'family': 'llama', 'families': ['llama'], 'parameter_size': '1.71M',
            'quantization_level': 'F16'}

    Attributes:
        parent_model (str): The model this one was created from (empty when none).
        format (str): File format, `gguf` or `safetensors`.
        family (str): Architecture family (for example `llama`).
        families (list[str] | None): All families (`null` when unknown).
        parameter_size (str): Human-readable parameter count (for example `8.0B`).
        quantization_level (str): Weight type (for example `Q4_K_M`, `F16`).
        context_length (int | None): Context length (omitted when 0).
        embedding_length (int | None): Embedding size (omitted when 0).
    """

    parent_model: str
    format: str
    family: str
    families: list[str] | None
    parameter_size: str
    quantization_level: str
    context_length: int | None = None
    embedding_length: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("parent_model", "parent_model", _wire.STR, True),
        _wire.Field("format", "format", _wire.STR, True),
        _wire.Field("family", "family", _wire.STR, True),
        _wire.Field("families", "families", _wire.one_of(_wire.list_of(_wire.STR), _wire.NULL), True),
        _wire.Field("parameter_size", "parameter_size", _wire.STR, True),
        _wire.Field("quantization_level", "quantization_level", _wire.STR, True),
        _wire.Field("context_length", "context_length", _wire.INT, False),
        _wire.Field("embedding_length", "embedding_length", _wire.INT, False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
