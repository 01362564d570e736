from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="DebugInfo")


@_attrs_define(slots=False)
class DebugInfo(WireMapping):
    """What `_debug_render_only` returns.

    Example:
        {'rendered_template': '<|im_start|>system\\nsys<|im_end|>\\n<|im_start|>user\\nhi<|im_end|>\\n<|im
            _start|>assistant\\n'}

    Attributes:
        rendered_template (str): The prompt exactly as it would be sent to the model.
        image_count (int | Unset): Number of images in the prompt (omitted when 0).
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "rendered_template": "rendered_template",
        "image_count": "image_count",
    }

    rendered_template: str
    image_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rendered_template = self.rendered_template

        image_count = self.image_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rendered_template": rendered_template,
            }
        )
        if image_count is not UNSET:
            field_dict["image_count"] = image_count

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "rendered_template": "rendered_template",
        "image_count": "image_count",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(("rendered_template",))

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        debug_info = object.__new__(cls)
        values = debug_info.__dict__
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
        return debug_info

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


for _name in ("image_count",):
    setattr(DebugInfo, _name, UNSET)
