from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping


@_attrs_define(slots=False)
class ProgressResponse(WireMapping):
    """One progress step of `create`, `pull` or `push` (with `stream: false`, the last one). Known
    `status` values include `pulling manifest`, `pulling <12 hex>`, `verifying sha256 digest`,
    `writing manifest`, `removing unused layers`, `retrieving manifest`, `pushing <12 hex>`,
    `pushing manifest`, `parsing GGUF`, `converting model`, `quantizing <from> model to <to>`,
    `verifying conversion`, `using existing layer sha256:<hex>`, `creating new layer sha256:<hex>`,
    `using autodetected template <name>` and `success`; Ollama may add others.

        Example:
            {'status': 'pulling 797b70c4edf8', 'digest':
                'sha256:797b70c4edf85907fe0a49eb85811256f65fa0f7bf52166b147fd16be2be4662', 'total': 45949216, 'completed':
                12582912}

        Attributes:
            status (str): What is happening.
            digest (str | None): The layer being transferred (`sha256:<hex>`), when any.
            total (int | None): Size of the layer in bytes (omitted when 0).
            completed (int | None): Bytes done so far (omitted when 0).
    """

    status: str
    digest: str | None = None
    total: int | None = None
    completed: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("status", "status", _wire.STR, True),
        _wire.Field("digest", "digest", _wire.STR, False),
        _wire.Field("total", "total", _wire.INT, False),
        _wire.Field("completed", "completed", _wire.INT, False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
