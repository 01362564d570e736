"""The tiny GGUF models the project writes itself: the exact files the recordings were made with."""

from __future__ import annotations

import hashlib
from pathlib import Path

import gguf
import pytest

from hiramu.testing import tiny_models_dir, write_tiny_gguf
from hiramu.testing.tinymodels import CHAT_FILE, EMBED_FILE, TINY_DIGESTS


def sha256(path: Path) -> str:
    return "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(("name", "embedding"), [(CHAT_FILE, False), (EMBED_FILE, True)])
def test_written_files_have_the_recorded_digests(tmp_path: Path, name: str, embedding: bool) -> None:
    first = write_tiny_gguf(tmp_path / f"a-{name}", embedding=embedding)
    second = write_tiny_gguf(tmp_path / f"b-{name}", embedding=embedding)
    assert first == tmp_path / f"a-{name}"
    assert first.read_bytes() == second.read_bytes()
    # the digests the recorded server reported for its blobs (tests/recordings/)
    assert sha256(first) == TINY_DIGESTS[name]
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


def test_metadata_and_shapes(tmp_path: Path) -> None:
    chat = gguf.GGUFReader(str(write_tiny_gguf(tmp_path / "c.gguf")))
    embed = gguf.GGUFReader(str(write_tiny_gguf(tmp_path / "e.gguf", embedding=True)))
    assert chat.fields["general.architecture"].contents() == "llama"
    assert chat.fields["general.name"].contents() == "tiny-llama"
    assert embed.fields["general.name"].contents() == "tiny-llama-embed"
    assert chat.fields["general.file_type"].contents() == 1
    assert "llama.pooling_type" not in chat.fields
    assert embed.fields["llama.pooling_type"].contents() == 1
    tokens = chat.fields["tokenizer.ggml.tokens"].contents()
    assert len(tokens) == 1043 == chat.fields["llama.vocab_size"].contents()
    assert tokens[:5] == ["<unk>", "<s>", "</s>", "<|im_start|>", "<|im_end|>"]
    assert sum(int(t.n_elements) for t in chat.tensors) == 1_714_944
    shapes = {t.name: (t.tensor_type.name, [int(n) for n in t.shape]) for t in chat.tensors}
    assert shapes["token_embd.weight"] == ("F16", [256, 1043])
    assert shapes["blk.1.attn_k.weight"] == ("F16", [256, 128])
    assert shapes["output_norm.weight"] == ("F32", [256])


def test_models_dir_is_written_once_per_process() -> None:
    folder = tiny_models_dir()
    assert tiny_models_dir() == folder
    assert {p.name for p in folder.iterdir()} == {CHAT_FILE, EMBED_FILE}
    assert sha256(folder / CHAT_FILE) == TINY_DIGESTS[CHAT_FILE]
