from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping


@_attrs_define(slots=False)
class DebugInfo(WireMapping):
    """What `_debug_render_only` returns.

    Example:
        {'rendered_template': '<|im_start|>system\\nsys<|im_end|>\\n<|im_start|>user\\nhi<|im_end|>\\n<|im
            _start|>assistant\\n'}

    Attributes:
        rendered_template (str): The prompt exactly as it would be sent to the model.
        image_count (int | None): Number of images in the prompt (omitted when 0).
    """

    rendered_template: str
    image_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("rendered_template", "rendered_template", _wire.STR, True),
        _wire.Field("image_count", "image_count", _wire.INT, False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
