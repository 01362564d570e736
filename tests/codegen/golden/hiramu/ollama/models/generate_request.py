from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generate_request_format_type_0 import (
    GenerateRequestFormatType0,
    check_generate_request_format_type_0,
)
from ..models.generate_request_think_type_1 import (
    GenerateRequestThinkType1,
    check_generate_request_think_type_1,
)
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.format_schema import FormatSchema
    from ..models.options import Options


T = TypeVar("T", bound="GenerateRequest")


@_attrs_define(slots=False)
class GenerateRequest(WireMapping):
    """
    Attributes:
        model (str):
        prompt (str | Unset):
        stream (bool | Unset):
        format_ (FormatSchema | GenerateRequestFormatType0 | None | Unset):
        keep_alive (float | str | Unset):
        think (bool | GenerateRequestThinkType1 | Unset):
        images (list[str] | Unset):
        options (Options | Unset):
        context (list[int] | Unset):
        field_debug_render_only (bool | Unset):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "model": "model",
        "prompt": "prompt",
        "stream": "stream",
        "format": "format_",
        "keep_alive": "keep_alive",
        "think": "think",
        "images": "images",
        "options": "options",
        "context": "context",
        "_debug_render_only": "field_debug_render_only",
    }

    model: str
    prompt: str | Unset = UNSET
    stream: bool | Unset = UNSET
    format_: FormatSchema | GenerateRequestFormatType0 | None | Unset = UNSET
    keep_alive: float | str | Unset = UNSET
    think: bool | GenerateRequestThinkType1 | Unset = UNSET
    images: list[str] | Unset = UNSET
    options: Options | Unset = UNSET
    context: list[int] | Unset = UNSET
    field_debug_render_only: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.format_schema import FormatSchema  # noqa: PLC0415

        model = self.model

        prompt = self.prompt

        stream = self.stream

        format_: dict[str, Any] | None | str | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, str):
            format_ = self.format_
        elif isinstance(self.format_, FormatSchema):
            format_ = self.format_.to_dict()
        else:
            format_ = self.format_

        keep_alive: float | str | Unset
        if isinstance(self.keep_alive, Unset):
            keep_alive = UNSET
        else:
            keep_alive = self.keep_alive

        think: bool | str | Unset
        if isinstance(self.think, Unset):
            think = UNSET
        elif isinstance(self.think, str):
            think = self.think
        else:
            think = self.think

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        context: list[int] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context

        field_debug_render_only = self.field_debug_render_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if stream is not UNSET:
            field_dict["stream"] = stream
        if format_ is not UNSET:
            field_dict["format"] = format_
        if keep_alive is not UNSET:
            field_dict["keep_alive"] = keep_alive
        if think is not UNSET:
            field_dict["think"] = think
        if images is not UNSET:
            field_dict["images"] = images
        if options is not UNSET:
            field_dict["options"] = options
        if context is not UNSET:
            field_dict["context"] = context
        if field_debug_render_only is not UNSET:
            field_dict["_debug_render_only"] = field_debug_render_only

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "model": "model",
        "prompt": "prompt",
        "stream": "stream",
        "images": "images",
        "context": "context",
        "_debug_render_only": "field_debug_render_only",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(("model",))

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "format":

            def _parse_format_(data: object) -> FormatSchema | GenerateRequestFormatType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    format_type_0 = check_generate_request_format_type_0(data)

                    return format_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    format_type_1 = FormatSchema.from_dict(data)

                    return format_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(FormatSchema | GenerateRequestFormatType0 | None | Unset, data)

            format_ = _parse_format_(value)

            return format_
        elif key == "keep_alive":

            def _parse_keep_alive(data: object) -> float | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(float | str | Unset, data)

            keep_alive = _parse_keep_alive(value)

            return keep_alive
        elif key == "think":

            def _parse_think(data: object) -> bool | GenerateRequestThinkType1 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    think_type_1 = check_generate_request_think_type_1(data)

                    return think_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | GenerateRequestThinkType1 | Unset, data)

            think = _parse_think(value)

            return think
        elif key == "options":
            _options = value
            options: Options | Unset
            if isinstance(_options, Unset):
                options = UNSET
            else:
                options = Options.from_dict(_options)

            return options
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        generate_request = object.__new__(cls)
        values = generate_request.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "format":
                values["format_"] = cls._convert(key, value)
            elif key == "keep_alive":
                values["keep_alive"] = cls._convert(key, value)
            elif key == "think":
                values["think"] = cls._convert(key, value)
            elif key == "options":
                values["options"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return generate_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.format_schema import FormatSchema  # noqa: E402
from ..models.options import Options  # noqa: E402

for _name in (
    "prompt",
    "stream",
    "format_",
    "keep_alive",
    "think",
    "images",
    "options",
    "context",
    "field_debug_render_only",
):
    setattr(GenerateRequest, _name, UNSET)
