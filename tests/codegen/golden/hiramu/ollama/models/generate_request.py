from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..models.generate_request_format_type_0 import (
    GenerateRequestFormatType0,
)
from ..models.generate_request_think_type_1 import (
    GenerateRequestThinkType1,
)
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.format_schema import FormatSchema
    from ..models.options import Options


@_attrs_define(slots=False)
class GenerateRequest(WireMapping):
    """
    Attributes:
        model (str):
        prompt (str | Unset):
        stream (bool | Unset):
        format (GenerateRequestFormatType0 | FormatSchema | None | Unset):
        keep_alive (float | str | Unset):
        think (bool | GenerateRequestThinkType1 | Unset):
        images (list[str] | Unset):
        options (Options | Unset):
        context (list[int] | Unset):
        debug_render_only (bool | Unset):
    """

    model: str
    prompt: str | Unset = UNSET
    stream: bool | Unset = UNSET
    format: GenerateRequestFormatType0 | FormatSchema | None | Unset = UNSET
    keep_alive: float | str | Unset = UNSET
    think: bool | GenerateRequestThinkType1 | Unset = UNSET
    images: list[str] | Unset = UNSET
    options: Options | Unset = UNSET
    context: list[int] | Unset = UNSET
    debug_render_only: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("model", "model", _wire.STR, True),
        _wire.Field("prompt", "prompt", _wire.STR, False),
        _wire.Field("stream", "stream", _wire.BOOL, False),
        _wire.Field(
            "format",
            "format",
            _wire.one_of(_wire.literal("", "json"), _wire.model("FormatSchema"), _wire.NULL),
            False,
        ),
        _wire.Field("keep_alive", "keep_alive", _wire.one_of(_wire.FLOAT, _wire.STR), False),
        _wire.Field(
            "think", "think", _wire.one_of(_wire.BOOL, _wire.literal("high", "low", "max", "medium")), False
        ),
        _wire.Field("images", "images", _wire.list_of(_wire.STR), False),
        _wire.Field("options", "options", _wire.model("Options"), False),
        _wire.Field("context", "context", _wire.list_of(_wire.INT), False),
        _wire.Field("_debug_render_only", "debug_render_only", _wire.BOOL, False),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
