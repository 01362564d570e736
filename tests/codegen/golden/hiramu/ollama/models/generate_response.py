from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping


@_attrs_define(slots=False)
class GenerateResponse(WireMapping):
    """
    Attributes:
        model (str):
        created_at (str):
        response (str):
        done (bool):
        thinking (str | None):
        done_reason (str | None):
        eval_count (int | None):
    """

    model: str
    created_at: str
    response: str
    done: bool
    thinking: str | None = None
    done_reason: str | None = None
    eval_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("model", "model", _wire.STR, True),
        _wire.Field("created_at", "created_at", _wire.STR, True),
        _wire.Field("response", "response", _wire.STR, True),
        _wire.Field("done", "done", _wire.BOOL, True),
        _wire.Field("thinking", "thinking", _wire.STR, False),
        _wire.Field("done_reason", "done_reason", _wire.STR, False),
        _wire.Field("eval_count", "eval_count", _wire.INT, False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
