from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, Unset, WireMapping


@_attrs_define(slots=False)
class Options(WireMapping):
    """Model and runner options. Any subset; the model's Modelfile parameters override the server
    defaults and these override both. Unknown keys are ignored and `null` values skipped. A value of
    the wrong JSON type is not a 400: the request fails with 500 (`option "x" must be of type ...`)
    once the model is scheduled. Integer options accept any number and drop the fraction. Changing a
    runner option (`num_ctx`, `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`,
    `draft_num_predict`) reloads the model.

        Example:
            {'num_ctx': 2048, 'num_predict': 8, 'seed': 123, 'temperature': 0, 'top_k': 20, 'top_p': 0.9, 'min_p': 0.05,
                'repeat_penalty': 1.1, 'stop': ['\\n\\n', 'END']}

        Attributes:
            num_ctx (int | Unset): Context window in tokens (runner). Default: `OLLAMA_CONTEXT_LENGTH`, else 4096, 32768 or
                262144 depending on available VRAM.
            num_batch (int | Unset): Prompt batch size (runner). Default: 512.
            num_gpu (int | Unset): Layers to offload to the GPU (runner). Default: -1 = automatic.
            main_gpu (int | Unset): The GPU that holds small tensors (runner). Default unset.
            use_mmap (bool | Unset): Memory-map the model file (runner). Default unset = automatic.
            num_thread (int | Unset): CPU threads (runner). Default: 0 = decided at run time.
            draft_num_predict (int | Unset): Tokens drafted per step by a speculative-decoding draft model (runner).
                Default: 4 (0 when the model has no draft).
            num_keep (int | Unset): Tokens kept from the start of the prompt when the context shifts. Default: 4.
            seed (int | Unset): Sampling seed; the same seed and prompt repeat the output. Default: -1 = random.
            num_predict (int | Unset): Maximum tokens to generate. Default: -1 = no limit.
            top_k (int | Unset): Sample from the k most likely tokens. Default: 40.
            top_p (float | Unset): Nucleus sampling probability mass. Default: 0.9.
            min_p (float | Unset): Minimum probability relative to the most likely token. Default: 0.
            typical_p (float | Unset): Locally typical sampling. Default: 1.0 (off).
            repeat_last_n (int | Unset): How far back repetition is penalised. Default: 64.
            temperature (float | Unset): Sampling temperature. Default: 0.8.
            repeat_penalty (float | Unset): Penalty for repeated tokens. Default: 1.0.
            presence_penalty (float | Unset): Penalty for tokens already present. Default: 0.
            frequency_penalty (float | Unset): Penalty proportional to token frequency. Default: 0.
            stop (list[str] | Unset): Stop sequences. Must be an array; a bare string fails with 500.
    """

    num_ctx: int | Unset = UNSET
    num_batch: int | Unset = UNSET
    num_gpu: int | Unset = UNSET
    main_gpu: int | Unset = UNSET
    use_mmap: bool | Unset = UNSET
    num_thread: int | Unset = UNSET
    draft_num_predict: int | Unset = UNSET
    num_keep: int | Unset = UNSET
    seed: int | Unset = UNSET
    num_predict: int | Unset = UNSET
    top_k: int | Unset = UNSET
    top_p: float | Unset = UNSET
    min_p: float | Unset = UNSET
    typical_p: float | Unset = UNSET
    repeat_last_n: int | Unset = UNSET
    temperature: float | Unset = UNSET
    repeat_penalty: float | Unset = UNSET
    presence_penalty: float | Unset = UNSET
    frequency_penalty: float | Unset = UNSET
    stop: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("num_ctx", "num_ctx", _wire.INT, False),
        _wire.Field("num_batch", "num_batch", _wire.INT, False),
        _wire.Field("num_gpu", "num_gpu", _wire.INT, False),
        _wire.Field("main_gpu", "main_gpu", _wire.INT, False),
        _wire.Field("use_mmap", "use_mmap", _wire.BOOL, False),
        _wire.Field("num_thread", "num_thread", _wire.INT, False),
        _wire.Field("draft_num_predict", "draft_num_predict", _wire.INT, False),
        _wire.Field("num_keep", "num_keep", _wire.INT, False),
        _wire.Field("seed", "seed", _wire.INT, False),
        _wire.Field("num_predict", "num_predict", _wire.INT, False),
        _wire.Field("top_k", "top_k", _wire.INT, False),
        _wire.Field("top_p", "top_p", _wire.FLOAT, False),
        _wire.Field("min_p", "min_p", _wire.FLOAT, False),
        _wire.Field("typical_p", "typical_p", _wire.FLOAT, False),
        _wire.Field("repeat_last_n", "repeat_last_n", _wire.INT, False),
        _wire.Field("temperature", "temperature", _wire.FLOAT, False),
        _wire.Field("repeat_penalty", "repeat_penalty", _wire.FLOAT, False),
        _wire.Field("presence_penalty", "presence_penalty", _wire.FLOAT, False),
        _wire.Field("frequency_penalty", "frequency_penalty", _wire.FLOAT, False),
        _wire.Field("stop", "stop", _wire.list_of(_wire.STR), False),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
