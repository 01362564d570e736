from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.model_details import ModelDetails


@_attrs_define(slots=False)
class ProcessModelResponse(WireMapping):
    """One loaded model.

    Example:
        {'name': 'tiny-llama:latest', 'model': 'tiny-llama:latest', 'size': 11827936, 'digest':
            '8637037554f6a82de26b2209d7c4108371bd69c8a9b4ef21ab406bb7cbc3ee89', 'details': {'parent_model': '', 'format':
            'gguf', 'family': 'llama', 'families': ['llama'], 'parameter_size': '1.71M', 'quantization_level': 'F16'},
            'expires_at': '2319-03-08T12:03:52.825528573Z', 'size_vram': 0, 'context_length': 2048}

    Attributes:
        name (str): Short name.
        model (str): Same as `name`.
        size (int): Memory used in bytes.
        digest (str): SHA-256 of the manifest, 64 hex digits **without** a `sha256:` prefix.
        details (ModelDetails): Format and size facts of a model. The first six keys are always present. Example:
            {'parent_model': '', 'format': 'gguf', 'family': 'llama', 'families': ['llama'], 'parameter_size': '1.71M',
            'quantization_level': 'F16'}.
        expires_at (str): When it will be unloaded (far in the future when kept loaded forever).
        size_vram (int): Of `size`, the bytes in GPU memory.
        context_length (int): Context length it was loaded with.
    """

    name: str
    model: str
    size: int
    digest: str
    details: ModelDetails
    expires_at: str
    size_vram: int
    context_length: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("name", "name", _wire.STR, True),
        _wire.Field("model", "model", _wire.STR, True),
        _wire.Field("size", "size", _wire.INT, True),
        _wire.Field("digest", "digest", _wire.STR, True),
        _wire.Field("details", "details", _wire.model("ModelDetails"), True),
        _wire.Field("expires_at", "expires_at", _wire.STR, True),
        _wire.Field("size_vram", "size_vram", _wire.INT, True),
        _wire.Field("context_length", "context_length", _wire.INT, True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
