from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.model_details import ModelDetails


@_attrs_define(slots=False)
class ListModelResponse(WireMapping):
    """One local model.

    Example:
        {'name': 'tiny-llama:latest', 'model': 'tiny-llama:latest', 'modified_at': '2026-11-26T12:08:19.304194103Z',
            'size': 3457703, 'digest': '8637037554f6a82de26b2209d7c4108371bd69c8a9b4ef21ab406bb7cbc3ee89', 'details':
            {'parent_model': '', 'format': 'gguf', 'family': 'llama', 'families': ['llama'], 'parameter_size': '1.71M',
            'quantization_level': 'F16'}, 'capabilities': ['completion']}

    Attributes:
        name (str): Short name (for example `tiny-llama:latest`).
        model (str): Same as `name`.
        modified_at (str):
        size (int): Total size of the model's layers in bytes.
        digest (str): SHA-256 of the manifest, 64 hex digits **without** a `sha256:` prefix.
        details (ModelDetails): Format and size facts of a model. The first six keys are always present. Example:
            {'parent_model': '', 'format': 'gguf', 'family': 'llama', 'families': ['llama'], 'parameter_size': '1.71M',
            'quantization_level': 'F16'}.
        remote_model (str | None): For a stub model, the upstream model's name.
        remote_host (str | None): For a stub model, the upstream host's URL.
        capabilities (list[str] | None): Known values as in `ShowResponse.capabilities` (omitted when empty).
    """

    name: str
    model: str
    modified_at: str
    size: int
    digest: str
    details: ModelDetails
    remote_model: str | None = None
    remote_host: str | None = None
    capabilities: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("name", "name", _wire.STR, True),
        _wire.Field("model", "model", _wire.STR, True),
        _wire.Field("modified_at", "modified_at", _wire.STR, True),
        _wire.Field("size", "size", _wire.INT, True),
        _wire.Field("digest", "digest", _wire.STR, True),
        _wire.Field("details", "details", _wire.model("ModelDetails"), True),
        _wire.Field("remote_model", "remote_model", _wire.STR, False),
        _wire.Field("remote_host", "remote_host", _wire.STR, False),
        _wire.Field("capabilities", "capabilities", _wire.list_of(_wire.STR), False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
