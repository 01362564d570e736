from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping


@_attrs_define(slots=False)
class EmbedResponse(WireMapping):
    """The embeddings, one L2-normalised vector per input.

    Example:
        {'model': 'tiny-llama-embed', 'embeddings': [[0.25892547, -0.36028922, -0.3155925, -0.10033605]],
            'total_duration': 345311653, 'load_duration': 5447627, 'prompt_eval_count': 2}

    Attributes:
        model (str): The model name as given in the request.
        embeddings (list[list[float]]): One vector per input, in input order (empty when there was no input).
        total_duration (int | None): Time spent on the whole request, in nanoseconds.
        load_duration (int | None): Time spent loading the model, in nanoseconds.
        prompt_eval_count (int | None): Number of input tokens embedded.
    """

    model: str
    embeddings: list[list[float]]
    total_duration: int | None = None
    load_duration: int | None = None
    prompt_eval_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("model", "model", _wire.STR, True),
        _wire.Field("embeddings", "embeddings", _wire.list_of(_wire.list_of(_wire.FLOAT)), True),
        _wire.Field("total_duration", "total_duration", _wire.INT, False),
        _wire.Field("load_duration", "load_duration", _wire.INT, False),
        _wire.Field("prompt_eval_count", "prompt_eval_count", _wire.INT, False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
