"""The two tiny llama-architecture GGUF models, written by our own code with the ``gguf`` package.

``write_tiny_gguf(path)`` writes the chat model, ``write_tiny_gguf(path, embedding=True)`` the embedding
model. The output is deterministic and byte-identical to the files the recordings in
``tests/recordings/`` were made with (``TINY_DIGESTS``), so a blob digest seen by the real Ollama
0.33.0-rc2 is the digest of the file written here.

What is inside: architecture ``llama``, ``general.file_type`` 1 (F16 matrices, F32 norm vectors), 2 layers,
width 256, 4 attention heads with 2 KV heads, feed-forward 512, context 2048, rope base 10000; a
SentencePiece-style ``llama`` vocabulary of 1043 pieces (specials, the ChatML markers, 256 byte-fallback
pieces, single characters, about 200 English words with their ``▁``-prefixes), so any UTF-8 text
tokenises; a ChatML chat template. The weights are random (seed 1234); the embedding variant has the
same weights plus ``llama.pooling_type`` 1 (mean), which makes Ollama report it as an embedding model.

``tiny_models_dir()`` writes both files once per process into a temporary folder (removed at exit) and
returns that folder; the bundled server, the tests and the demo take their models from it.
"""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import tempfile
import threading
from pathlib import Path
from typing import Any

import gguf
import numpy as np

CHAT_FILE = "tiny-llama.gguf"
EMBED_FILE = "tiny-llama-embed.gguf"

# sha256 of the files written below, the same as the models the recordings were made with (Ollama
# names a blob by it: "sha256:" + hex). A test checks that the written files still have them.
TINY_DIGESTS = {
    CHAT_FILE: "sha256:c01ec9de3c408769fa1d0255bf5a2680ea2691183d5015a0bac43c772ad0f2b7",
    EMBED_FILE: "sha256:6e6bf2b0d10224d1eb1b8010b5c1926105267ff3e564c340c00843790fcee47e",
}

SEED = 1234
N_EMBD, N_FF, N_LAYER, N_HEAD, N_HEAD_KV, N_CTX = 256, 512, 2, 4, 2, 2048
DESCRIPTION = "tiny random-weight llama model for API testing (outputs are meaningless)"

# The Jinja source holds real newlines inside its string literals (not backslash escapes).
CHATML_TEMPLATE = (
    "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\n' + message['content'] + "
    "'<|im_end|>' + '\n' }}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)

# Words whose pieces make up the vocabulary: each word itself and every "▁"-prefix of it.
_WORD_TEXT = """
a I an as at be by do go he if in is it me my no of on or so to up us we
act add air all and any are ask big boy but can day did end for get had has her him his hot
how low man may men new now off old one our out put red say see set she sky the too try two
use was way who why yes you also back been blue call came come does down each even find form
from give good hand have help here high home just kind know land like line live long look made
make many mean more most move much must name near need okay only over part play port read said
same self show side some such take tell test than that them then they this time tiny turn very
want well went were what when will with word work year your about after again build cause
could earth every first great green hello house large light llama model other place point
right round small sound spell their there these thing think three under water where which
world would write animal before change differ father follow little mother number ollama
people picture through sentence
"""
WORDS = tuple(_WORD_TEXT.split())
SINGLES = (*"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,!?'\"-:;()", "\u2581")
SPECIALS = ("<unk>", "<s>", "</s>", "<|im_start|>", "<|im_end|>")
# token types of llama.cpp's vocabulary: 1 normal, 2 unknown, 3 control, 6 byte
NORMAL, UNKNOWN, CONTROL, BYTE = 1, 2, 3, 6


def vocabulary() -> tuple[list[str], list[float], list[int]]:
    """(pieces, scores, token types): specials, bytes, single characters, then longer pieces by length."""
    pieces = set(WORDS) | {"\u2581" + w[:k] for w in WORDS for k in range(1, len(w) + 1)}
    longer = sorted(pieces - set(SINGLES), key=lambda p: (len(p), p.startswith("\u2581"), p))
    tokens = [*SPECIALS, *(f"<0x{b:02X}>" for b in range(256)), *SINGLES, *longer]
    types = [UNKNOWN] + [CONTROL] * 4 + [BYTE] * 256 + [NORMAL] * (len(SINGLES) + len(longer))
    # SentencePiece prefers the higher score: longer pieces win; single characters come last, just
    # before the byte fallback.
    scores = [0.0] * 261 + [-1000.0] * len(SINGLES) + [-200.0 + 10.0 * len(p) for p in longer]
    return tokens, scores, types


def _tensors(n_vocab: int) -> list[tuple[str, np.ndarray[Any, Any]]]:
    """The weights in file order, drawn from one generator in that order."""
    rng = np.random.default_rng(SEED)
    head_dim = N_EMBD // N_HEAD

    def draw(scale: float, *shape: int) -> np.ndarray[Any, Any]:
        return (rng.standard_normal(shape) * scale).astype(np.float16)

    ones = np.ones(N_EMBD, dtype=np.float32)
    out: list[tuple[str, np.ndarray[Any, Any]]] = [("token_embd.weight", draw(0.5, n_vocab, N_EMBD))]
    for i in range(N_LAYER):
        out += [
            (f"blk.{i}.attn_norm.weight", ones),
            (f"blk.{i}.attn_q.weight", draw(0.1, N_EMBD, N_EMBD)),
            (f"blk.{i}.attn_k.weight", draw(0.1, N_HEAD_KV * head_dim, N_EMBD)),
            (f"blk.{i}.attn_v.weight", draw(0.1, N_HEAD_KV * head_dim, N_EMBD)),
            (f"blk.{i}.attn_output.weight", draw(0.1, N_EMBD, N_EMBD)),
            (f"blk.{i}.ffn_norm.weight", ones),
            (f"blk.{i}.ffn_gate.weight", draw(0.1, N_FF, N_EMBD)),
            (f"blk.{i}.ffn_up.weight", draw(0.1, N_FF, N_EMBD)),
            (f"blk.{i}.ffn_down.weight", draw(0.1, N_EMBD, N_FF)),
        ]
    out.append(("output_norm.weight", ones))
    # The output rows decide what can be generated: never <unk>, <s> or the ChatML markers (zero rows),
    # byte pieces rarely (a tenth of the scale), text and </s> freely.
    logits = draw(0.3, n_vocab, N_EMBD)
    logits[[0, 1, 3, 4]] = 0
    logits[5:261] /= 10
    out.append(("output.weight", logits))
    return out


def write_tiny_gguf(path: str | os.PathLike[str], *, embedding: bool = False) -> Path:
    """Write the tiny chat model (or, with ``embedding=True``, the embedding model) to ``path``.

    The same bytes every time (``TINY_DIGESTS``). The file appears complete or not at all: it is
    written beside ``path`` and renamed into place. Returns ``path`` as a ``Path``.
    """
    target = Path(path)
    tokens, scores, types = vocabulary()
    fd, scratch = tempfile.mkstemp(prefix=target.name + ".", suffix=".part", dir=target.parent)
    os.close(fd)
    os.chmod(scratch, 0o644)  # an ordinary file, not mkstemp's private one
    try:
        w = gguf.GGUFWriter(scratch, "llama")
        w.add_name("tiny-llama-embed" if embedding else "tiny-llama")
        w.add_description(DESCRIPTION)
        w.add_file_type(gguf.LlamaFileType.MOSTLY_F16)
        w.add_context_length(N_CTX)
        w.add_embedding_length(N_EMBD)
        w.add_block_count(N_LAYER)
        w.add_feed_forward_length(N_FF)
        w.add_head_count(N_HEAD)
        w.add_head_count_kv(N_HEAD_KV)
        w.add_layer_norm_rms_eps(1e-5)
        w.add_rope_dimension_count(N_EMBD // N_HEAD)
        w.add_rope_freq_base(10000.0)
        w.add_vocab_size(len(tokens))
        if embedding:
            w.add_pooling_type(gguf.PoolingType.MEAN)
        w.add_tokenizer_model("llama")
        w.add_tokenizer_pre("default")
        w.add_token_list(tokens)
        w.add_token_scores(scores)
        w.add_token_types(types)
        w.add_bos_token_id(1)
        w.add_eos_token_id(2)
        w.add_unk_token_id(0)
        w.add_pad_token_id(0)
        w.add_add_bos_token(True)
        w.add_add_eos_token(False)
        w.add_chat_template(CHATML_TEMPLATE)
        for name, data in _tensors(len(tokens)):
            w.add_tensor(name, data)
        w.write_header_to_file()
        w.write_kv_data_to_file()
        w.write_tensors_to_file()
        w.close()
        os.replace(scratch, target)
    except BaseException:
        Path(scratch).unlink(missing_ok=True)
        raise
    return target


_lock = threading.Lock()


@functools.cache
def _models_dir() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="hiramu-tiny-models-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    write_tiny_gguf(folder / CHAT_FILE)
    write_tiny_gguf(folder / EMBED_FILE, embedding=True)
    return folder


def tiny_models_dir() -> Path:
    """A folder holding ``tiny-llama.gguf`` and ``tiny-llama-embed.gguf``, written on first use in
    this process and removed when it exits."""
    with _lock:
        return _models_dir()
