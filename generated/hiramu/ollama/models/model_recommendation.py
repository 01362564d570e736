from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping


@_attrs_define(slots=False)
class ModelRecommendation(WireMapping):
    """
    Example:
        {'model': 'gemma4', 'description': 'Reasoning and code generation locally', 'vram_bytes': 12000000000}

    Attributes:
        model (str): Model name to pull or run.
        description (str):
        context_length (int | None): Context length (omitted when 0).
        max_output_tokens (int | None): Output token limit (omitted when 0).
        vram_bytes (int | None): Memory needed to run it locally (omitted when 0).
        required_plan (str | None): ollama.com plan needed for a cloud model (omitted when none).
    """

    model: str
    description: str
    context_length: int | None = None
    max_output_tokens: int | None = None
    vram_bytes: int | None = None
    required_plan: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("model", "model", _wire.STR, True),
        _wire.Field("description", "description", _wire.STR, True),
        _wire.Field("context_length", "context_length", _wire.INT, False),
        _wire.Field("max_output_tokens", "max_output_tokens", _wire.INT, False),
        _wire.Field("vram_bytes", "vram_bytes", _wire.INT, False),
        _wire.Field("required_plan", "required_plan", _wire.STR, False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
