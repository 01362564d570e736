"""GGUF files read, rewritten, quantised and synthesised with the ``gguf`` package.

What Ollama reports about a model (architecture, parameter count, file type, context and embedding
length, ``model_info`` keys, tensors, vocabulary) comes from here, read from the real blob.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import gguf
import numpy as np

from .gojson import F32

GGUF_MAGIC = b"GGUF"

# general.file_type values, spelled like Ollama's FileType.String()
FILE_TYPE_NAMES = {
    0: "F32",
    1: "F16",
    2: "Q4_0",
    3: "Q4_1",
    7: "Q8_0",
    8: "Q5_0",
    9: "Q5_1",
    10: "Q2_K",
    11: "Q3_K_S",
    12: "Q3_K_M",
    13: "Q3_K_L",
    14: "Q4_K_S",
    15: "Q4_K_M",
    16: "Q5_K_S",
    17: "Q5_K_M",
    18: "Q6_K",
    32: "BF16",
}
# The quantize targets Ollama accepts (ggml.ParseFileType), upper-cased request value -> file type.
QUANTIZE_TARGETS = {"F32": 0, "F16": 1, "Q8_0": 7, "Q4_K_S": 14, "Q4_K_M": 15, "Q4_K": 15, "BF16": 32}
SUPPORTED_LIST = "F32, F16, Q4_K_S, Q4_K_M, Q8_0"

_SCALAR_TYPES = {
    gguf.GGUFValueType.UINT8,
    gguf.GGUFValueType.INT8,
    gguf.GGUFValueType.UINT16,
    gguf.GGUFValueType.INT16,
    gguf.GGUFValueType.UINT32,
    gguf.GGUFValueType.INT32,
    gguf.GGUFValueType.UINT64,
    gguf.GGUFValueType.INT64,
}
_FLOAT_TYPES = {gguf.GGUFValueType.FLOAT32, gguf.GGUFValueType.FLOAT64}


def is_gguf(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(4) == GGUF_MAGIC
    except OSError:
        return False


def human_number(n: int) -> str:
    """Ollama's ``format.HumanNumber`` (parameter_size)."""
    for unit, scale, decimals in (("B", 1_000_000_000, 1), ("M", 1_000_000, 2)):
        if n >= scale:
            v = n / scale
            return f"{v:.0f}{unit}" if v == int(v) else f"{v:.{decimals}f}{unit}"
    if n >= 1000:
        return f"{n / 1000:.0f}K"
    return str(n)


@dataclass(frozen=True)
class TensorInfo:
    name: str
    type: str
    shape: tuple[int, ...]
    n_elements: int


@dataclass
class GGUFInfo:
    """Everything the server needs from one GGUF blob."""

    kv: dict[str, tuple[gguf.GGUFValueType, Any]]
    tensors: list[TensorInfo]
    parameter_count: int
    tokens: list[str] = field(default_factory=list)
    token_types: list[int] = field(default_factory=list)

    @property
    def architecture(self) -> str:
        return str(self.value("general.architecture", ""))

    def value(self, key: str, default: Any = None) -> Any:
        entry = self.kv.get(key)
        return default if entry is None else entry[1]

    def arch_value(self, key: str, default: Any = None) -> Any:
        """``kv.Uint("context_length")`` style lookup: keys without a prefix live under the architecture."""
        return self.value(f"{self.architecture}.{key}", default)

    @property
    def file_type(self) -> int:
        return int(self.value("general.file_type", 1024))

    @property
    def file_type_name(self) -> str:
        return FILE_TYPE_NAMES.get(self.file_type, "unknown")

    @property
    def context_length(self) -> int:
        return int(self.arch_value("context_length", 0))

    @property
    def embedding_length(self) -> int:
        return int(self.arch_value("embedding_length", 0))

    @property
    def chat_template(self) -> str:
        return str(self.value("tokenizer.chat_template", ""))

    @property
    def is_embedding(self) -> bool:
        return f"{self.architecture}.pooling_type" in self.kv

    def model_info(self, verbose: bool) -> dict[str, Any]:
        """``model_info`` of /api/show: Go-typed values; non-verbose drops non-empty arrays to null."""
        out: dict[str, Any] = {}
        for key, (vtype, value) in self.kv.items():
            if key in ("general.name", "tokenizer.chat_template"):
                continue
            if vtype == gguf.GGUFValueType.ARRAY:
                out[key] = list(value) if verbose or not value else None
            else:
                out[key] = value
        out["general.parameter_count"] = self.parameter_count
        return {k: out[k] for k in sorted(out)}


def _convert_scalar(vtype: gguf.GGUFValueType, raw: Any) -> Any:
    if vtype in _FLOAT_TYPES:
        return F32(float(raw)) if vtype == gguf.GGUFValueType.FLOAT32 else float(raw)
    if vtype in _SCALAR_TYPES:
        return int(raw)
    if vtype == gguf.GGUFValueType.BOOL:
        return bool(raw)
    return str(raw)


def read_gguf(path: Path) -> GGUFInfo:
    reader = gguf.GGUFReader(str(path))
    kv: dict[str, tuple[gguf.GGUFValueType, Any]] = {}
    for key, fld in reader.fields.items():
        if key.startswith("GGUF."):
            continue
        vtype = fld.types[0]
        contents = fld.contents()
        if vtype == gguf.GGUFValueType.ARRAY:
            sub = fld.types[1] if len(fld.types) > 1 else gguf.GGUFValueType.STRING
            items = list(contents) if isinstance(contents, list) else []
            kv[key] = (vtype, [_convert_scalar(sub, x) for x in items])
        else:
            kv[key] = (vtype, _convert_scalar(vtype, contents))
    tensors = [
        TensorInfo(
            name=t.name,
            type=t.tensor_type.name,
            shape=tuple(int(x) for x in t.shape),
            n_elements=int(t.n_elements),
        )
        for t in reader.tensors
    ]
    tokens = [str(x) for x in kv.get("tokenizer.ggml.tokens", (None, []))[1]]
    types = [int(x) for x in kv.get("tokenizer.ggml.token_type", (None, []))[1]]
    return GGUFInfo(
        kv=kv,
        tensors=tensors,
        parameter_count=sum(t.n_elements for t in tensors),
        tokens=tokens,
        token_types=types,
    )


_cache: dict[Path | str, GGUFInfo] = {}
_cache_lock = threading.Lock()


_BLOB_NAME = re.compile(r"sha256-[0-9a-f]{64}")


def load_info(path: Path) -> GGUFInfo:
    """Cached :func:`read_gguf` (blobs are content-addressed, so a path never changes meaning)."""
    # a blob's name is its digest: the same blob in another server's store is the same file
    key: Path | str = path.name if _BLOB_NAME.fullmatch(path.name) else path
    with _cache_lock:
        info = _cache.get(key)
    if info is None:
        info = read_gguf(path)
        with _cache_lock:
            _cache[key] = info
    return info


# --------------------------------------------------------------------------------------------------
# Rewriting


def _tensor_order(name: str) -> tuple[int, int, str]:
    # Ollama's create pass writes global tensors first, then each block in turn, names sorted.
    if name.startswith("blk."):
        parts = name.split(".", 2)
        try:
            return (1, int(parts[1]), name)
        except ValueError:
            return (1, 0, name)
    return (0, 0, name)


def _add_kv(writer: gguf.GGUFWriter, key: str, fld: Any) -> None:
    vtype = fld.types[0]
    if vtype == gguf.GGUFValueType.ARRAY:
        sub = fld.types[1]
        writer.add_key_value(key, list(fld.contents()), vtype, sub_type=sub)
    else:
        writer.add_key_value(key, fld.contents(), vtype)


def rewrite_gguf(src: Path, dst: Path, target_file_type: int | None = None) -> None:
    """Write ``src`` again the way Ollama's create step leaves a GGUF: tensors reordered,
    ``general.quantization_version`` set, and (with ``target_file_type``) the 2-D weights converted.

    Q8_0, F16 and F32 are real conversions. The package has no K-quant encoder, so Q4_K_S/Q4_K_M
    store the weights as real Q4_0 blocks while ``general.file_type`` names the requested level.
    """
    reader = gguf.GGUFReader(str(src))
    arch = str(reader.fields["general.architecture"].contents())
    writer = gguf.GGUFWriter(str(dst), arch)
    for key, fld in reader.fields.items():
        if key.startswith("GGUF.") or key in ("general.architecture", "general.quantization_version"):
            continue
        if key == "general.file_type" and target_file_type is not None:
            writer.add_key_value(key, target_file_type, gguf.GGUFValueType.UINT32)
            continue
        _add_kv(writer, key, fld)
    writer.add_key_value("general.quantization_version", 2, gguf.GGUFValueType.UINT32)

    if target_file_type in (14, 15):
        qtype: gguf.GGMLQuantizationType | None = gguf.GGMLQuantizationType.Q4_0
    elif target_file_type == 7:
        qtype = gguf.GGMLQuantizationType.Q8_0
    elif target_file_type == 1:
        qtype = gguf.GGMLQuantizationType.F16
    elif target_file_type == 0:
        qtype = gguf.GGMLQuantizationType.F32
    else:
        qtype = None

    for t in sorted(reader.tensors, key=lambda t: _tensor_order(t.name)):
        shape = [int(x) for x in t.shape]
        data = np.asarray(t.data)
        src_type = t.tensor_type
        numpy_shape = list(reversed(shape))
        if (
            qtype is None
            or len(shape) < 2
            or src_type not in (gguf.GGMLQuantizationType.F16, gguf.GGMLQuantizationType.F32)
        ):
            if src_type in (gguf.GGMLQuantizationType.F16, gguf.GGMLQuantizationType.F32):
                writer.add_tensor(t.name, data.reshape(numpy_shape), raw_dtype=src_type)
            else:
                writer.add_tensor(t.name, data, raw_dtype=src_type)
            continue
        values = data.astype(np.float32).reshape(numpy_shape)
        if qtype == gguf.GGMLQuantizationType.F32:
            writer.add_tensor(t.name, values, raw_dtype=qtype)
        elif qtype == gguf.GGMLQuantizationType.F16:
            writer.add_tensor(t.name, values.astype(np.float16), raw_dtype=qtype)
        else:
            packed = gguf.quants.quantize(values, qtype)
            writer.add_tensor(t.name, packed, raw_dtype=qtype)

    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()


# --------------------------------------------------------------------------------------------------
# Variants of the tiny models (written by tinymodels.py)

# A ChatML template that also mentions tools and <think> tags: Ollama then reports the model as
# capable of tools and thinking.
_ESCAPED_CHATML = (
    "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + "
    "'<|im_end|>' + '\\n' }}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n<think>\\n' }}{% endif %}"
)
THINK_TOOLS_TEMPLATE = (
    "{% if tools %}{{ '<|im_start|>system\\nYou may call these tools: ' + tools | tojson + '<|im_end|>\\n' }}{% endif %}"
    + _ESCAPED_CHATML
    + "{# reasoning goes between <think> and </think>; calls go in <tool_call></tool_call> #}"
)


def with_chat_template(src: Path, dst: Path, chat_template: str, name: str) -> None:
    """Copy a GGUF with another chat template and name (used for the thinking/tools catalogue model)."""
    reader = gguf.GGUFReader(str(src))
    arch = str(reader.fields["general.architecture"].contents())
    writer = gguf.GGUFWriter(str(dst), arch)
    for key, fld in reader.fields.items():
        if key.startswith("GGUF.") or key == "general.architecture":
            continue
        if key == "tokenizer.chat_template":
            writer.add_key_value(key, chat_template, gguf.GGUFValueType.STRING)
        elif key == "general.name":
            writer.add_key_value(key, name, gguf.GGUFValueType.STRING)
        else:
            _add_kv(writer, key, fld)
    for t in reader.tensors:
        shape = list(reversed([int(x) for x in t.shape]))
        writer.add_tensor(t.name, np.asarray(t.data).reshape(shape), raw_dtype=t.tensor_type)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
