from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="GenerateResponse")


@_attrs_define(slots=False)
class GenerateResponse(WireMapping):
    """
    Attributes:
        model (str):
        created_at (str):
        response (str):
        done (bool):
        thinking (str | Unset):
        done_reason (str | Unset):
        eval_count (int | Unset):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "model": "model",
        "created_at": "created_at",
        "response": "response",
        "done": "done",
        "thinking": "thinking",
        "done_reason": "done_reason",
        "eval_count": "eval_count",
    }

    model: str
    created_at: str
    response: str
    done: bool
    thinking: str | Unset = UNSET
    done_reason: str | Unset = UNSET
    eval_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        created_at = self.created_at

        response = self.response

        done = self.done

        thinking = self.thinking

        done_reason = self.done_reason

        eval_count = self.eval_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "created_at": created_at,
                "response": response,
                "done": done,
            }
        )
        if thinking is not UNSET:
            field_dict["thinking"] = thinking
        if done_reason is not UNSET:
            field_dict["done_reason"] = done_reason
        if eval_count is not UNSET:
            field_dict["eval_count"] = eval_count

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "model": "model",
        "created_at": "created_at",
        "response": "response",
        "done": "done",
        "thinking": "thinking",
        "done_reason": "done_reason",
        "eval_count": "eval_count",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "model",
            "created_at",
            "response",
            "done",
        )
    )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        generate_response = object.__new__(cls)
        values = generate_response.__dict__
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
        return generate_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


for _name in (
    "thinking",
    "done_reason",
    "eval_count",
):
    setattr(GenerateResponse, _name, UNSET)
