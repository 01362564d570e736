from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.token_logprob import TokenLogprob


@_attrs_define(slots=False)
class Logprob(WireMapping):
    """The log probability of a generated token, with the most likely alternatives when `top_logprobs` > 0.

    Example:
        {'token': ' for', 'logprob': -0.6970592141151428, 'bytes': [32, 102, 111, 114], 'top_logprobs': [{'token': '
            for', 'logprob': -0.6970592141151428, 'bytes': [32, 102, 111, 114]}, {'token': ' the', 'logprob': -1.52,
            'bytes': [32, 116, 104, 101]}]}

    Attributes:
        token (str): The token's text.
        logprob (float): Its log probability.
        bytes (list[int] | None): The token's UTF-8 bytes (omitted for an empty token).
        top_logprobs (list[TokenLogprob] | None): The most likely tokens at this position.
    """

    token: str
    logprob: float
    bytes: list[int] | None = None
    top_logprobs: list[TokenLogprob] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("token", "token", _wire.STR, True),
        _wire.Field("logprob", "logprob", _wire.FLOAT, True),
        _wire.Field("bytes", "bytes", _wire.list_of(_wire.INT), False),
        _wire.Field("top_logprobs", "top_logprobs", _wire.list_of(_wire.model("TokenLogprob")), False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
