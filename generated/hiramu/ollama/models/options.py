from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="Options")


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

    _wire_fields: ClassVar[dict[str, str]] = {
        "num_ctx": "num_ctx",
        "num_batch": "num_batch",
        "num_gpu": "num_gpu",
        "main_gpu": "main_gpu",
        "use_mmap": "use_mmap",
        "num_thread": "num_thread",
        "draft_num_predict": "draft_num_predict",
        "num_keep": "num_keep",
        "seed": "seed",
        "num_predict": "num_predict",
        "top_k": "top_k",
        "top_p": "top_p",
        "min_p": "min_p",
        "typical_p": "typical_p",
        "repeat_last_n": "repeat_last_n",
        "temperature": "temperature",
        "repeat_penalty": "repeat_penalty",
        "presence_penalty": "presence_penalty",
        "frequency_penalty": "frequency_penalty",
        "stop": "stop",
    }

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

    def to_dict(self) -> dict[str, Any]:
        num_ctx = self.num_ctx

        num_batch = self.num_batch

        num_gpu = self.num_gpu

        main_gpu = self.main_gpu

        use_mmap = self.use_mmap

        num_thread = self.num_thread

        draft_num_predict = self.draft_num_predict

        num_keep = self.num_keep

        seed = self.seed

        num_predict = self.num_predict

        top_k = self.top_k

        top_p = self.top_p

        min_p = self.min_p

        typical_p = self.typical_p

        repeat_last_n = self.repeat_last_n

        temperature = self.temperature

        repeat_penalty = self.repeat_penalty

        presence_penalty = self.presence_penalty

        frequency_penalty = self.frequency_penalty

        stop: list[str] | Unset = UNSET
        if not isinstance(self.stop, Unset):
            stop = self.stop

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if num_ctx is not UNSET:
            field_dict["num_ctx"] = num_ctx
        if num_batch is not UNSET:
            field_dict["num_batch"] = num_batch
        if num_gpu is not UNSET:
            field_dict["num_gpu"] = num_gpu
        if main_gpu is not UNSET:
            field_dict["main_gpu"] = main_gpu
        if use_mmap is not UNSET:
            field_dict["use_mmap"] = use_mmap
        if num_thread is not UNSET:
            field_dict["num_thread"] = num_thread
        if draft_num_predict is not UNSET:
            field_dict["draft_num_predict"] = draft_num_predict
        if num_keep is not UNSET:
            field_dict["num_keep"] = num_keep
        if seed is not UNSET:
            field_dict["seed"] = seed
        if num_predict is not UNSET:
            field_dict["num_predict"] = num_predict
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if min_p is not UNSET:
            field_dict["min_p"] = min_p
        if typical_p is not UNSET:
            field_dict["typical_p"] = typical_p
        if repeat_last_n is not UNSET:
            field_dict["repeat_last_n"] = repeat_last_n
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if repeat_penalty is not UNSET:
            field_dict["repeat_penalty"] = repeat_penalty
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if stop is not UNSET:
            field_dict["stop"] = stop

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "num_ctx": "num_ctx",
        "num_batch": "num_batch",
        "num_gpu": "num_gpu",
        "main_gpu": "main_gpu",
        "use_mmap": "use_mmap",
        "num_thread": "num_thread",
        "draft_num_predict": "draft_num_predict",
        "num_keep": "num_keep",
        "seed": "seed",
        "num_predict": "num_predict",
        "top_k": "top_k",
        "top_p": "top_p",
        "min_p": "min_p",
        "typical_p": "typical_p",
        "repeat_last_n": "repeat_last_n",
        "temperature": "temperature",
        "repeat_penalty": "repeat_penalty",
        "presence_penalty": "presence_penalty",
        "frequency_penalty": "frequency_penalty",
        "stop": "stop",
    }

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        options = object.__new__(cls)
        values = options.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            else:
                extra[key] = value
        values["additional_properties"] = extra
        return options

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


for _name in (
    "num_ctx",
    "num_batch",
    "num_gpu",
    "main_gpu",
    "use_mmap",
    "num_thread",
    "draft_num_predict",
    "num_keep",
    "seed",
    "num_predict",
    "top_k",
    "top_p",
    "min_p",
    "typical_p",
    "repeat_last_n",
    "temperature",
    "repeat_penalty",
    "presence_penalty",
    "frequency_penalty",
    "stop",
):
    setattr(Options, _name, UNSET)
