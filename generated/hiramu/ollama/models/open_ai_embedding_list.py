from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_embedding import OpenAIEmbedding
    from ..models.open_ai_embedding_usage import OpenAIEmbeddingUsage


T = TypeVar("T", bound="OpenAIEmbeddingList")


@_attrs_define(slots=False)
class OpenAIEmbeddingList(WireMapping):
    """`openai.EmbeddingList`; `model` echoes the request.

    Example:
        {'object': 'list', 'data': [{'object': 'embedding', 'embedding': [0.25892547, -0.36028922], 'index': 0}],
            'model': 'tiny-llama-embed', 'usage': {'prompt_tokens': 2, 'total_tokens': 2}}

    Attributes:
        object_ (str): `list`.
        data (list[OpenAIEmbedding]):
        model (str):
        usage (OpenAIEmbeddingUsage):  Example: {'prompt_tokens': 2, 'total_tokens': 2}.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "object": "object_",
        "data": "data",
        "model": "model",
        "usage": "usage",
    }

    object_: str
    data: list[OpenAIEmbedding]
    model: str
    usage: OpenAIEmbeddingUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        model = self.model

        usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "data": data,
                "model": model,
                "usage": usage,
            }
        )

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "object": "object_",
        "model": "model",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "object_",
            "data",
            "model",
            "usage",
        )
    )

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "data":
            data = []
            _data = value
            for data_item_data in _data:
                data_item = OpenAIEmbedding.from_dict(data_item_data)

                data.append(data_item)

            return data
        elif key == "usage":
            usage = OpenAIEmbeddingUsage.from_dict(value)

            return usage
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_embedding_list = object.__new__(cls)
        values = open_ai_embedding_list.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "data":
                values["data"] = cls._convert(key, value)
            elif key == "usage":
                values["usage"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return open_ai_embedding_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.open_ai_embedding import OpenAIEmbedding  # noqa: E402
from ..models.open_ai_embedding_usage import OpenAIEmbeddingUsage  # noqa: E402
