from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="OpenAIEmbeddingRequest")


@_attrs_define(slots=False)
class OpenAIEmbeddingRequest(WireMapping):
    """`openai.EmbedRequest`.

    Example:
        {'model': 'tiny-llama-embed', 'input': 'hello'}

    Attributes:
        input_ (list[str] | str): A string or a non-empty array of strings.
        model (str):
        dimensions (int | Unset): Truncate to this many dimensions and re-normalise (0 keeps them all).
        encoding_format (str | Unset): `float` (the default) or `base64` (little-endian float32), case-insensitive;
            anything else is 400.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "input": "input_",
        "model": "model",
        "dimensions": "dimensions",
        "encoding_format": "encoding_format",
    }

    input_: list[str] | str
    model: str
    dimensions: int | Unset = UNSET
    encoding_format: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_: list[str] | str
        if isinstance(self.input_, list):
            input_ = self.input_

        else:
            input_ = self.input_

        model = self.model

        dimensions = self.dimensions

        encoding_format = self.encoding_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
                "model": model,
            }
        )
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if encoding_format is not UNSET:
            field_dict["encoding_format"] = encoding_format

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "model": "model",
        "dimensions": "dimensions",
        "encoding_format": "encoding_format",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "input_",
            "model",
        )
    )

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "input":

            def _parse_input_(data: object) -> list[str] | str:
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    input_type_1 = cast(list[str], data)

                    return input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | str, data)

            input_ = _parse_input_(value)

            return input_
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_embedding_request = object.__new__(cls)
        values = open_ai_embedding_request.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "input":
                values["input_"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return open_ai_embedding_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


for _name in (
    "dimensions",
    "encoding_format",
):
    setattr(OpenAIEmbeddingRequest, _name, UNSET)
