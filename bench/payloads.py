"""The bytes the benchmark server sends, built deterministically so every client sees the same data.

Shapes follow real Ollama traffic (see the recordings described in tests/recordings/README.md):
compact JSON as Go's encoding/json writes it (`<`, `>`, `&`, U+2028 and U+2029 escaped, everything
else raw UTF-8), one object per line in streams, `created_at` in UTC with up to nine fractional
digits, durations in nanoseconds.
"""

from __future__ import annotations

import hashlib
import json
import random
import time
import zlib
from collections.abc import Iterator
from typing import Any

__all__ = [
    "BLOB_BLOCK",
    "CHAT_MODEL_PREFIX",
    "EMBED_MODEL_PREFIX",
    "SHOW_MODEL",
    "blob_block",
    "blob_blocks",
    "blob_checks",
    "blob_digest",
    "chat_lines",
    "chat_model",
    "chat_stream_body",
    "chat_tokens",
    "chunk_frame",
    "embed_document",
    "embed_model",
    "go_json",
    "show_document",
]

# The number of chunks (or the vector size) travels in the model tag, so a request alone says
# what to send and clients need no side channel.
CHAT_MODEL_PREFIX = "bench-chat:"
EMBED_MODEL_PREFIX = "bench-embed:"
SHOW_MODEL = "bench-llama3.2:1b"

_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_BASE_NS = 1_795_695_397_016_325_459  # 2026-11-26T12:16:37.016325459Z


def go_json(value: Any) -> bytes:
    """Compact JSON the way Ollama's Go server encodes it."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if any(char in text for char in _ESCAPES):
        for char, escape in _ESCAPES.items():
            text = text.replace(char, escape)
    return text.encode("utf-8")


def chat_model(chunks: int) -> str:
    return f"{CHAT_MODEL_PREFIX}{chunks}"


def embed_model(dims: int) -> str:
    return f"{EMBED_MODEL_PREFIX}{dims}"


def _rfc3339_ns(ns: int) -> str:
    seconds, fraction = divmod(ns, 1_000_000_000)
    stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds))
    digits = f"{fraction:09d}".rstrip("0")
    return f"{stamp}.{digits}Z" if digits else f"{stamp}Z"


def _vocabulary(rng: random.Random) -> list[str]:
    syllables = ["ka", "lo", "mi", "ren", "ta", "su", "vel", "dor", "an", "ith", "por", "que", "ul", "sen"]
    words = [" " + "".join(rng.choice(syllables) for _ in range(rng.randint(1, 3))) for _ in range(600)]
    # Punctuation, escapes Go applies, multi-byte UTF-8 and a character outside the BMP, in the
    # proportions a chat model's output has them (rare but present).
    words += [".", ",", "\n\n", ' "', '"', "<", "&", " é", " naïve", " —", " 🙂", "\t", "\\"]
    return words


def chat_tokens(chunks: int) -> list[str]:
    """The `message.content` of each of the `chunks - 1` content chunks (the last chunk is empty)."""
    rng = random.Random(chunks)
    vocabulary = _vocabulary(rng)
    common = vocabulary[:600]
    rare = vocabulary[600:]
    return [
        rng.choice(rare) if rng.random() < 0.03 else rng.choice(common) for _ in range(max(chunks - 1, 0))
    ]


def chat_lines(chunks: int) -> list[bytes]:
    """Every NDJSON line (newline included) of a streamed chat of `chunks` chunks."""
    model = chat_model(chunks)
    model_json = json.dumps(model)
    ns = _BASE_NS
    lines: list[bytes] = []
    append = lines.append
    for token in chat_tokens(chunks):
        ns += 18_000_000 + (ns % 7_919_993)
        content = go_json(token).decode("utf-8")
        append(
            (
                f'{{"model":{model_json},"created_at":"{_rfc3339_ns(ns)}",'
                f'"message":{{"role":"assistant","content":{content}}},"done":false}}\n'
            ).encode()
        )
    ns += 1_204_117
    final = {
        "model": model,
        "created_at": _rfc3339_ns(ns),
        "message": {"role": "assistant", "content": ""},
        "done": True,
        "done_reason": "stop",
        "total_duration": ns - _BASE_NS + 766_899_293,
        "load_duration": 766_899_293,
        "prompt_eval_count": 24,
        "prompt_eval_duration": 266_286_000,
        "eval_count": chunks - 1,
        "eval_duration": ns - _BASE_NS,
    }
    append(go_json(final) + b"\n")
    return lines


def chunk_frame(data: bytes) -> bytes:
    """One HTTP/1.1 chunk."""
    return b"%x\r\n%b\r\n" % (len(data), data)


def chat_stream_body(chunks: int) -> bytes:
    """The chunked body of a streamed chat: Ollama flushes every line as its own HTTP chunk."""
    return b"".join([chunk_frame(line) for line in chat_lines(chunks)]) + b"0\r\n\r\n"


def _prose(rng: random.Random, words: int) -> str:
    vocabulary = [w.strip() for w in _vocabulary(rng)[:600]]
    out: list[str] = []
    for index in range(words):
        word = rng.choice(vocabulary)
        out.append(word.capitalize() if index % 17 == 0 else word)
        if index % 17 == 16:
            out[-1] += "."
        if index % 120 == 119:
            out[-1] += "\n\n"
    return " ".join(out)


def _template() -> str:
    # A chat template with tool support, of the size and Go-template density of current models.
    parts = [
        "<|start_header_id|>system<|end_header_id|>\n\n",
        "{{ if .System }}{{ .System }}{{ end }}",
        "{{- if .Tools }}When you receive a tool call response, use the output to format an answer.\n",
        "{{ range .Tools }}{{ . }}\n{{ end }}{{ end }}<|eot_id|>\n",
        "{{- range $i, $_ := .Messages }}\n{{- $last := eq (len (slice $.Messages $i)) 1 }}\n",
        '{{- if eq .Role "user" }}<|start_header_id|>user<|end_header_id|>\n\n{{ .Content }}<|eot_id|>\n',
        "{{- if $last }}<|start_header_id|>assistant<|end_header_id|>\n\n{{ end }}\n",
        '{{- else if eq .Role "assistant" }}<|start_header_id|>assistant<|end_header_id|>\n',
        "{{- if .ToolCalls }}\n{{ range .ToolCalls }}",
        '{"name": "{{ .Function.Name }}", "parameters": {{ .Function.Arguments }}}{{ end }}\n',
        "{{- else }}\n\n{{ .Content }}\n{{- end }}{{ if not $last }}<|eot_id|>{{ end }}\n",
        '{{- else if eq .Role "tool" }}<|start_header_id|>ipython<|end_header_id|>\n\n',
        "{{ .Content }}<|eot_id|>{{ if $last }}<|start_header_id|>assistant<|end_header_id|>\n\n{{ end }}\n",
        "{{- end }}\n{{- end }}",
    ]
    return "".join(parts)


def show_document() -> dict[str, Any]:
    """A `show` answer shaped like Ollama's for a 16-layer, 1.2B-parameter llama model.

    Same keys, order and value types as a real non-verbose answer: long license and Modelfile
    texts, a template, ~30 `model_info` entries (tokenizer arrays are null unless verbose) and
    one entry per tensor (147 here).
    """
    rng = random.Random(3)
    license_text = _prose(rng, 1100)
    template = _template()
    stops = ["<|start_header_id|>", "<|end_header_id|>", "<|eot_id|>"]
    parameters = "\n".join(f'stop                           "{stop}"' for stop in stops)
    blob = "sha256-" + "".join(rng.choice("0123456789abcdef") for _ in range(64))
    modelfile = (
        '# Modelfile generated by "ollama show"\n'
        "# To build a new Modelfile based on this, replace FROM with:\n"
        f"# FROM {SHOW_MODEL}\n\n"
        f"FROM /var/lib/ollama/models/blobs/{blob}\n"
        f'TEMPLATE """{template}"""\n'
        + "".join(f"PARAMETER stop {stop}\n" for stop in stops)
        + f'LICENSE """{license_text}"""\n'
    )
    model_info: dict[str, Any] = {
        "general.architecture": "llama",
        "general.basename": "Llama-3.2",
        "general.file_type": 7,
        "general.finetune": "Instruct",
        "general.languages": ["en", "de", "fr", "it", "pt", "hi", "es", "th"],
        "general.parameter_count": 1_235_814_432,
        "general.quantization_version": 2,
        "general.size_label": "1B",
        "general.tags": ["facebook", "meta", "pytorch", "llama", "llama-3", "text-generation"],
        "general.type": "model",
        "llama.attention.head_count": 32,
        "llama.attention.head_count_kv": 8,
        "llama.attention.key_length": 64,
        "llama.attention.layer_norm_rms_epsilon": 1e-05,
        "llama.attention.value_length": 64,
        "llama.block_count": 16,
        "llama.context_length": 131072,
        "llama.embedding_length": 2048,
        "llama.feed_forward_length": 8192,
        "llama.rope.dimension_count": 64,
        "llama.rope.freq_base": 500000,
        "llama.vocab_size": 128256,
        "tokenizer.ggml.bos_token_id": 128000,
        "tokenizer.ggml.eos_token_id": 128009,
        "tokenizer.ggml.merges": None,
        "tokenizer.ggml.model": "gpt2",
        "tokenizer.ggml.pre": "llama-bpe",
        "tokenizer.ggml.token_type": None,
        "tokenizer.ggml.tokens": None,
    }
    tensors: list[dict[str, Any]] = [
        {"name": "output_norm.weight", "type": "F32", "shape": [2048]},
        {"name": "rope_freqs.weight", "type": "F32", "shape": [32]},
        {"name": "token_embd.weight", "type": "Q8_0", "shape": [2048, 128256]},
    ]
    layer = [
        ("attn_k.weight", "Q8_0", [2048, 512]),
        ("attn_norm.weight", "F32", [2048]),
        ("attn_output.weight", "Q8_0", [2048, 2048]),
        ("attn_q.weight", "Q8_0", [2048, 2048]),
        ("attn_v.weight", "Q8_0", [2048, 512]),
        ("ffn_down.weight", "Q8_0", [8192, 2048]),
        ("ffn_gate.weight", "Q8_0", [2048, 8192]),
        ("ffn_norm.weight", "F32", [2048]),
        ("ffn_up.weight", "Q8_0", [2048, 8192]),
    ]
    for block in range(16):
        tensors.extend(
            {"name": f"blk.{block}.{name}", "type": kind, "shape": shape} for name, kind, shape in layer
        )
    return {
        "license": license_text,
        "modelfile": modelfile,
        "parameters": parameters,
        "template": template,
        "details": {
            "parent_model": "",
            "format": "gguf",
            "family": "llama",
            "families": ["llama"],
            "parameter_size": "1.2B",
            "quantization_level": "Q8_0",
        },
        "model_info": model_info,
        "tensors": tensors,
        "capabilities": ["completion", "tools"],
        "modified_at": "2026-10-03T23:34:03.409490317-07:00",
    }


def embed_document(model: str, count: int, dims: int) -> dict[str, Any]:
    """An `embed` answer: `count` vectors of `dims` float32 values printed as Go prints them."""
    rng = random.Random(count * 100_003 + dims)
    scale = 1.0 / (dims**0.5)
    vectors: list[list[float]] = []
    for _ in range(count):
        # Eight significant digits: what Go's shortest float32 formatting gives for these magnitudes.
        vectors.append([float(f"{rng.gauss(0.0, scale):.8g}") for _ in range(dims)])
    return {
        "model": model,
        "embeddings": vectors,
        "total_duration": 5_156_380 * max(count, 1),
        "load_duration": 1_163_371,
        "prompt_eval_count": 13 * count,
    }


BLOB_BLOCK = 1 << 20


def blob_block(size: int) -> bytes:
    """The block an upload repeats (deterministic and not compressible)."""
    return hashlib.shake_256(b"hiramu bench blob").digest(min(size, BLOB_BLOCK))


def blob_blocks(size: int) -> Iterator[bytes]:
    """`size` bytes (a multiple of the block size) as a generator of one reused block."""
    block = blob_block(size)
    for _ in range(size // len(block)):
        yield block


def blob_digest(size: int) -> str:
    return blob_checks(size)[0]


def blob_checks(size: int) -> tuple[str, int]:
    """The blob's `sha256:<hex>` digest and its CRC-32."""
    digest = hashlib.sha256()
    crc = 0
    for block in blob_blocks(size):
        digest.update(block)
        crc = zlib.crc32(block, crc)
    return "sha256:" + digest.hexdigest(), crc
