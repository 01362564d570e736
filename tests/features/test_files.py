"""Creating a model from local files: constant-memory hashing, streamed uploads, blob reuse, create."""

from __future__ import annotations

import hashlib
import os
import tracemalloc
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from hiramu.ollama import AsyncClient, Client
from hiramu.ollama._files import (
    AsyncFileChunks,
    FileChunks,
    acreate_from_files,
    afile_digest,
    create_from_files,
    file_digest,
    named_paths,
)
from hiramu.ollama._progress import ProgressUpdate

from hiramu.testing import tiny_models_dir

TINY_SHA256 = "c01ec9de3c408769fa1d0255bf5a2680ea2691183d5015a0bac43c772ad0f2b7"
DESCRIPTION = b"tiny random-weight llama model for API testing (outputs are meaningless)"
CHUNK = 64 * 1024


def variant_gguf(directory: Path, name: str = "variant.gguf") -> Path:
    """A valid GGUF the server has never seen: the tiny model with its description rewritten in place."""
    data = (tiny_models_dir() / "tiny-llama.gguf").read_bytes()
    marker = f"variant {uuid.uuid4().hex} ".encode()
    replacement = (marker + DESCRIPTION)[: len(DESCRIPTION)]
    assert data.count(DESCRIPTION) == 1
    path = directory / name
    path.write_bytes(data.replace(DESCRIPTION, replacement))
    return path


@pytest.fixture
def big_file(tmp_path: Path) -> Path:
    """8 MiB of varied bytes: 128 chunks of 64 KiB."""
    path = tmp_path / "big.bin"
    with path.open("wb") as handle:
        for index in range(128):
            handle.write(hashlib.sha256(str(index).encode()).digest() * (CHUNK // 32))
    return path


def test_file_digest_matches_the_published_sha256() -> None:
    tiny = tiny_models_dir() / "tiny-llama.gguf"
    assert file_digest(tiny) == f"sha256:{TINY_SHA256}"
    assert file_digest(tiny, chunk_size=1000) == f"sha256:{TINY_SHA256}"


def test_file_digest_reports_progress(big_file: Path) -> None:
    seen: list[tuple[int, int]] = []
    digest = file_digest(
        big_file, chunk_size=CHUNK, on_progress=lambda done, total: seen.append((done, total))
    )
    assert digest == "sha256:" + hashlib.sha256(big_file.read_bytes()).hexdigest()
    size = big_file.stat().st_size
    assert [done for done, _ in seen] == [CHUNK * (i + 1) for i in range(size // CHUNK)]
    assert {total for _, total in seen} == {size}


def peak_while(action: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        before, _ = tracemalloc.get_traced_memory()
        action()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak - before


def test_hashing_and_chunking_use_constant_memory(big_file: Path) -> None:
    size = big_file.stat().st_size
    assert size >= 100 * CHUNK
    # Whole-file reads would peak at the file size; chunked reads stay within a few chunks.
    assert peak_while(lambda: file_digest(big_file, chunk_size=CHUNK)) < 4 * CHUNK
    total = 0

    def drain() -> None:
        nonlocal total
        for chunk in FileChunks(big_file, chunk_size=CHUNK):
            total += len(chunk)

    assert peak_while(drain) < 4 * CHUNK
    assert total == size
    # A control: reading the whole file does show up, so the measurement can fail.
    assert peak_while(big_file.read_bytes) >= size


async def test_async_hashing_and_chunking_use_constant_memory(big_file: Path) -> None:
    size = big_file.stat().st_size
    # Once unmeasured: the first run imports anyio's file and thread modules and starts a worker.
    await afile_digest(big_file, chunk_size=CHUNK)
    async for _ in AsyncFileChunks(big_file, chunk_size=CHUNK):
        pass
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        before, _ = tracemalloc.get_traced_memory()
        digest = await afile_digest(big_file, chunk_size=CHUNK)
        total = 0
        async for chunk in AsyncFileChunks(big_file, chunk_size=CHUNK):
            total += len(chunk)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert digest == file_digest(big_file)
    assert total == size
    assert peak - before < 8 * CHUNK


def test_file_chunks_can_be_read_again(tmp_path: Path) -> None:
    path = tmp_path / "data.bin"
    path.write_bytes(os.urandom(3 * 1000 + 7))
    chunks = FileChunks(path, chunk_size=1000)
    first = list(chunks)
    assert [len(chunk) for chunk in first] == [1000, 1000, 1000, 7]
    assert list(chunks) == first
    assert b"".join(first) == path.read_bytes()


def test_file_names(tmp_path: Path) -> None:
    assert named_paths([tmp_path / "a" / "m.gguf"]) == {"m.gguf": tmp_path / "a" / "m.gguf"}
    assert named_paths({"x/model.gguf": "local.gguf"}) == {"x/model.gguf": Path("local.gguf")}
    with pytest.raises(ValueError, match="two files"):
        named_paths([tmp_path / "a" / "m.gguf", tmp_path / "b" / "m.gguf"])
    with pytest.raises(TypeError):
        named_paths(str(tmp_path / "m.gguf"))


def statuses(updates: list[ProgressUpdate]) -> list[str]:
    return [update.status for update in updates]


def test_create_from_files_uploads_once_then_reuses(client: Client, tmp_path: Path) -> None:
    path = variant_gguf(tmp_path)
    digest = file_digest(path)
    assert client.blob_exists(digest) is False

    updates: list[ProgressUpdate] = []
    result = create_from_files(client, "made-here", [path], progress=updates.append, chunk_size=CHUNK)
    assert result.status == "success"
    assert client.blob_exists(digest) is True
    short = digest[7:19]
    uploads = [u for u in updates if u.status == f"uploading {short}"]
    # The body went out as a stream of chunks, reported as it was read.
    size = path.stat().st_size
    assert [u.completed for u in uploads] == [min(CHUNK * (i + 1), size) for i in range(len(uploads))]
    assert uploads[-1].completed == size and uploads[-1].digest == digest
    assert any(status == "hashing variant.gguf" for status in statuses(updates))
    assert "parsing GGUF" in statuses(updates)
    assert statuses(updates)[-1] == "success"
    assert "made-here:latest" in [model.name for model in client.list().models]

    again: list[ProgressUpdate] = []
    client.create_from_files("made-again", [path], progress=again.append)
    assert f"using existing blob {short}" in statuses(again)
    assert not any(status.startswith("uploading") for status in statuses(again))
    assert client.show("made-again").details.family == "llama"


def test_create_with_names_quantize_parameters_and_system(client: Client, tmp_path: Path) -> None:
    path = variant_gguf(tmp_path, "local-name.gguf")
    result = client.create_from_files(
        "quantized",
        {"model.gguf": path},
        quantize="q8_0",
        parameters={"num_ctx": 512, "temperature": 0.25},
        system="You are terse.",
    )
    assert result.status == "success"
    shown = client.show("quantized")
    assert shown.details.quantization_level == "Q8_0"
    assert shown.system == "You are terse."
    assert "num_ctx" in str(shown.parameters) and "512" in str(shown.parameters)


def test_create_with_an_adapter(client: Client, tmp_path: Path) -> None:
    model = variant_gguf(tmp_path, "base.gguf")
    adapter = variant_gguf(tmp_path, "adapter.gguf")
    result = client.create_from_files("adapted", [model], adapters=[adapter])
    assert result.status == "success"
    assert client.blob_exists(file_digest(adapter))
    assert "ADAPTER" in str(client.show("adapted").modelfile)


def test_missing_file_fails_before_any_request(client: Client, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        client.create_from_files("never", [tmp_path / "absent.gguf"])
    assert "never:latest" not in [model.name for model in client.list().models]


async def test_async_create_from_files(aclient: AsyncClient, tmp_path: Path) -> None:
    path = variant_gguf(tmp_path)
    digest = file_digest(path)
    updates: list[ProgressUpdate] = []
    result = await acreate_from_files(
        aclient, "made-async", [path], progress=updates.append, chunk_size=CHUNK
    )
    assert result.status == "success"
    assert await aclient.blob_exists(digest)
    uploads = [u for u in updates if u.status == f"uploading {digest[7:19]}"]
    assert len(uploads) == -(-path.stat().st_size // CHUNK)
    assert "made-async:latest" in [model.name for model in (await aclient.list()).models]

    again: list[ProgressUpdate] = []
    await aclient.create_from_files("made-async-2", {"copy.gguf": path}, progress=again.append)
    assert not any(status.startswith("uploading") for status in statuses(again))
    assert statuses(again)[-1] == "success"
