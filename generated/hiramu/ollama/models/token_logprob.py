from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping


@_attrs_define(slots=False)
class TokenLogprob(WireMapping):
    """The log probability of one token.

    Example:
        {'token': ' for', 'logprob': -0.6970592141151428, 'bytes': [32, 102, 111, 114]}

    Attributes:
        token (str): The token's text.
        logprob (float): Its log probability.
        bytes (list[int] | None): The token's UTF-8 bytes (omitted for an empty token).
    """

    token: str
    logprob: float
    bytes: list[int] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("token", "token", _wire.STR, True),
        _wire.Field("logprob", "logprob", _wire.FLOAT, True),
        _wire.Field("bytes", "bytes", _wire.list_of(_wire.INT), False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
