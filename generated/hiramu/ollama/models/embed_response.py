from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="EmbedResponse")


@_attrs_define(slots=False)
class EmbedResponse(WireMapping):
    """The embeddings, one L2-normalised vector per input.

    Example:
        {'model': 'tiny-llama-embed', 'embeddings': [[0.25892547, -0.36028922, -0.3155925, -0.10033605]],
            'total_duration': 345311653, 'load_duration': 5447627, 'prompt_eval_count': 2}

    Attributes:
        model (str): The model name as given in the request.
        embeddings (list[list[float]]): One vector per input, in input order (empty when there was no input).
        total_duration (int | Unset): Time spent on the whole request, in nanoseconds.
        load_duration (int | Unset): Time spent loading the model, in nanoseconds.
        prompt_eval_count (int | Unset): Number of input tokens embedded.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "model": "model",
        "embeddings": "embeddings",
        "total_duration": "total_duration",
        "load_duration": "load_duration",
        "prompt_eval_count": "prompt_eval_count",
    }

    model: str
    embeddings: list[list[float]]
    total_duration: int | Unset = UNSET
    load_duration: int | Unset = UNSET
    prompt_eval_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        embeddings = []
        for embeddings_item_data in self.embeddings:
            embeddings_item = embeddings_item_data

            embeddings.append(embeddings_item)

        total_duration = self.total_duration

        load_duration = self.load_duration

        prompt_eval_count = self.prompt_eval_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "embeddings": embeddings,
            }
        )
        if total_duration is not UNSET:
            field_dict["total_duration"] = total_duration
        if load_duration is not UNSET:
            field_dict["load_duration"] = load_duration
        if prompt_eval_count is not UNSET:
            field_dict["prompt_eval_count"] = prompt_eval_count

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "model": "model",
        "total_duration": "total_duration",
        "load_duration": "load_duration",
        "prompt_eval_count": "prompt_eval_count",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "model",
            "embeddings",
        )
    )

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "embeddings":
            embeddings = []
            _embeddings = value
            for embeddings_item_data in _embeddings:
                embeddings_item = cast(list[float], embeddings_item_data)

                embeddings.append(embeddings_item)

            return embeddings
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        embed_response = object.__new__(cls)
        values = embed_response.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "embeddings":
                values["embeddings"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return embed_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


for _name in (
    "total_duration",
    "load_duration",
    "prompt_eval_count",
):
    setattr(EmbedResponse, _name, UNSET)
