from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="TokenLogprob")


@_attrs_define(slots=False)
class TokenLogprob(WireMapping):
    """The log probability of one token.

    Example:
        {'token': ' for', 'logprob': -0.6970592141151428, 'bytes': [32, 102, 111, 114]}

    Attributes:
        token (str): The token's text.
        logprob (float): Its log probability.
        bytes_ (list[int] | Unset): The token's UTF-8 bytes (omitted for an empty token).
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "token": "token",
        "logprob": "logprob",
        "bytes": "bytes_",
    }

    token: str
    logprob: float
    bytes_: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        logprob = self.logprob

        bytes_: list[int] | Unset = UNSET
        if not isinstance(self.bytes_, Unset):
            bytes_ = self.bytes_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "logprob": logprob,
            }
        )
        if bytes_ is not UNSET:
            field_dict["bytes"] = bytes_

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "token": "token",
        "logprob": "logprob",
        "bytes": "bytes_",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "token",
            "logprob",
        )
    )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        token_logprob = object.__new__(cls)
        values = token_logprob.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return token_logprob

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


for _name in ("bytes_",):
    setattr(TokenLogprob, _name, UNSET)
