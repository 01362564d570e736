from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping


@_attrs_define(slots=False)
class ModelInfo(WireMapping):
    """GGUF metadata (key to value). Without `verbose`, every non-empty array value is `null`; with it the
    arrays are complete. Values are strings, numbers, booleans, arrays or `null`.

        Example:
            {'general.architecture': 'llama', 'general.parameter_count': 1714944, 'llama.context_length': 2048,
                'tokenizer.ggml.tokens': None}

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = ()

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
