from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_embedding import OpenAIEmbedding
    from ..models.open_ai_embedding_usage import OpenAIEmbeddingUsage


@_attrs_define(slots=False)
class OpenAIEmbeddingList(WireMapping):
    """`openai.EmbeddingList`; `model` echoes the request.

    Example:
        {'object': 'list', 'data': [{'object': 'embedding', 'embedding': [0.25892547, -0.36028922], 'index': 0}],
            'model': 'tiny-llama-embed', 'usage': {'prompt_tokens': 2, 'total_tokens': 2}}

    Attributes:
        object (str): `list`.
        data (list[OpenAIEmbedding]):
        model (str):
        usage (OpenAIEmbeddingUsage):  Example: {'prompt_tokens': 2, 'total_tokens': 2}.
    """

    object: str
    data: list[OpenAIEmbedding]
    model: str
    usage: OpenAIEmbeddingUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("object", "object", _wire.STR, True),
        _wire.Field("data", "data", _wire.list_of(_wire.model("OpenAIEmbedding")), True),
        _wire.Field("model", "model", _wire.STR, True),
        _wire.Field("usage", "usage", _wire.model("OpenAIEmbeddingUsage"), True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
