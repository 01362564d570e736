from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping


@_attrs_define(slots=False)
class CloudStatus(WireMapping):
    """
    Example:
        {'disabled': False, 'source': 'none'}

    Attributes:
        disabled (bool): Whether cloud features are disabled.
        source (str): What disabled them. Known values `none`, `env` (`OLLAMA_NO_CLOUD`), `config` (server config file),
            `both`.
    """

    disabled: bool
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("disabled", "disabled", _wire.BOOL, True),
        _wire.Field("source", "source", _wire.STR, True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
