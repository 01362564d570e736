from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.token_logprob import TokenLogprob


T = TypeVar("T", bound="Logprob")


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
        bytes_ (list[int] | Unset): The token's UTF-8 bytes (omitted for an empty token).
        top_logprobs (list[TokenLogprob] | Unset): The most likely tokens at this position.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "token": "token",
        "logprob": "logprob",
        "bytes": "bytes_",
        "top_logprobs": "top_logprobs",
    }

    token: str
    logprob: float
    bytes_: list[int] | Unset = UNSET
    top_logprobs: list[TokenLogprob] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        logprob = self.logprob

        bytes_: list[int] | Unset = UNSET
        if not isinstance(self.bytes_, Unset):
            bytes_ = self.bytes_

        top_logprobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.top_logprobs, Unset):
            top_logprobs = []
            for top_logprobs_item_data in self.top_logprobs:
                top_logprobs_item = top_logprobs_item_data.to_dict()
                top_logprobs.append(top_logprobs_item)

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
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs

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

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "top_logprobs":
            _top_logprobs = value
            top_logprobs: list[TokenLogprob] | Unset = UNSET
            if _top_logprobs is not UNSET:
                top_logprobs = []
                for top_logprobs_item_data in _top_logprobs:
                    top_logprobs_item = TokenLogprob.from_dict(top_logprobs_item_data)

                    top_logprobs.append(top_logprobs_item)

            return top_logprobs
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        logprob = object.__new__(cls)
        values = logprob.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "top_logprobs":
                values["top_logprobs"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return logprob

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.token_logprob import TokenLogprob  # noqa: E402

for _name in (
    "bytes_",
    "top_logprobs",
):
    setattr(Logprob, _name, UNSET)
