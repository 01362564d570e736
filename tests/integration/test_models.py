"""Model management: create → show → copy → list → delete, blobs, GGUF import, pull and push."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hiramu.ollama import (
    AsyncClient,
    BadRequestError,
    Client,
    NotFoundError,
    ServerError,
    StreamError,
)
from hiramu.ollama.models import ProgressResponse

from hiramu.testing import tiny_models_dir
from integration.conftest import Target, require_bundled
from integration.support import achunked, chunked, count, digest_of, random_blob, tagged

Names = Callable[[], str]
PULLING = re.compile(r"^pulling [0-9a-f]{12}$")


def listed(client: Client) -> dict[str, str]:
    """Model name → manifest digest, from /api/tags."""
    return {entry.name: entry.digest for entry in client.list().models}


def statuses(lines: list[ProgressResponse]) -> list[str]:
    return [line.status for line in lines]


# ---- create → show → copy → list → delete


def test_lifecycle(client: Client, model: str, scratch_names: Names) -> None:
    name, duplicate = scratch_names(), scratch_names()
    done = client.create(name, from_=model, system="Answer in one word.", parameters={"num_predict": 7})
    assert isinstance(done, ProgressResponse)
    assert done.status == "success"

    shown = client.show(name)
    base = client.show(model)
    assert shown.system == "Answer in one word."
    assert isinstance(shown.parameters, str)
    assert re.search(r"^num_predict\s+7$", shown.parameters, re.MULTILINE)
    assert shown.details.family == base.details.family
    assert shown.details.parameter_size == base.details.parameter_size
    assert shown.capabilities == base.capabilities

    # The created model runs with its own parameters.
    answer = client.generate(name, prompt="Why?", options={"seed": 1, "temperature": 0})
    assert answer.model == name
    assert count(answer.eval_count) <= 7

    client.copy(name, duplicate)
    models = listed(client)
    assert models[tagged(name)] == models[tagged(duplicate)]
    assert client.show(duplicate).system == "Answer in one word."

    client.delete(name)
    with pytest.raises(NotFoundError) as caught:
        client.show(name)
    assert caught.value.status_code == 404
    assert name in caught.value.error
    models = listed(client)
    assert tagged(name) not in models
    assert tagged(duplicate) in models

    client.delete(duplicate)
    assert tagged(duplicate) not in listed(client)
    with pytest.raises(NotFoundError):
        client.delete(duplicate)


async def test_lifecycle_async(aclient: AsyncClient, model: str, scratch_names: Names) -> None:
    name, duplicate = scratch_names(), scratch_names()
    stream = await aclient.create_stream(name, from_=model, system="Be brief.")
    async with stream:
        lines = [line async for line in stream]
    assert statuses(lines)[-2:] == ["writing manifest", "success"]
    assert (await aclient.show(name)).system == "Be brief."
    await aclient.copy(name, duplicate)
    names = [entry.name for entry in (await aclient.list()).models]
    assert tagged(name) in names
    assert tagged(duplicate) in names
    await aclient.delete(name)
    await aclient.delete(duplicate)
    with pytest.raises(NotFoundError):
        await aclient.show(name)
    with pytest.raises(NotFoundError):
        await aclient.show(duplicate)


def test_create_stream_reports_layers(client: Client, model: str, scratch_names: Names) -> None:
    name = scratch_names()
    with client.create_stream(name, from_=model, template="{{ .Prompt }}") as stream:
        lines = list(stream)
    assert statuses(lines)[-2:] == ["writing manifest", "success"]
    layers = [
        status for status in statuses(lines) if status.startswith(("using existing layer", "creating new"))
    ]
    assert layers
    assert all(re.search(r"sha256:[0-9a-f]{64}$", status) for status in layers)
    assert client.show(name).template == "{{ .Prompt }}"


def test_show_verbose_and_tensors(client: Client, model: str, target: Target) -> None:
    terse = client.show(model)
    verbose = client.show(model, verbose=True)
    architecture = terse.model_info["general.architecture"]
    assert isinstance(architecture, str)
    assert isinstance(terse.model_info[f"{architecture}.context_length"], int)
    # Without verbose the big GGUF arrays are left out (null); verbose returns them in full.
    assert "tokenizer.ggml.tokens" in terse.model_info
    assert terse.model_info["tokenizer.ggml.tokens"] is None
    tokens = verbose.model_info["tokenizer.ggml.tokens"]
    assert isinstance(tokens, list)
    assert tokens
    assert all(isinstance(token, str) for token in tokens)
    if target.bundled:
        assert len(tokens) == 1043
    assert isinstance(verbose.tensors, list)
    assert verbose.tensors
    assert all(tensor.shape and all(isinstance(d, int) for d in tensor.shape) for tensor in verbose.tensors)


def test_copy_and_delete_unknown_models(client: Client, scratch_names: Names) -> None:
    missing = scratch_names()
    with pytest.raises(NotFoundError) as caught:
        client.copy(missing, scratch_names())
    assert caught.value.status_code == 404
    with pytest.raises(NotFoundError):
        client.delete(missing)
    with pytest.raises(NotFoundError):
        client.show(missing)


async def test_copy_and_delete_unknown_models_async(aclient: AsyncClient, scratch_names: Names) -> None:
    missing = scratch_names()
    with pytest.raises(NotFoundError):
        await aclient.copy(missing, scratch_names())
    with pytest.raises(NotFoundError):
        await aclient.delete(missing)


def test_show_and_delete_need_a_valid_name(client: Client) -> None:
    with pytest.raises(BadRequestError) as caught:
        client.show("")
    assert caught.value.error == "model is required"


# ---- blobs


def test_blob_upload_bytes(client: Client) -> None:
    data, digest = random_blob()
    assert client.blob_exists(digest) is False
    client.create_blob(digest, data)
    assert client.blob_exists(digest) is True
    # Uploading a blob that exists again is accepted (the server does not read the body).
    client.create_blob(digest, data)
    assert client.blob_exists(digest) is True


def test_blob_upload_iterator_of_chunks(client: Client) -> None:
    data, digest = random_blob(100_000)
    client.create_blob(digest, chunked(data, 7_000))
    assert client.blob_exists(digest) is True


def test_blob_digest_mismatch(client: Client) -> None:
    data, _ = random_blob()
    wrong = digest_of(data + b"!")
    with pytest.raises(BadRequestError) as caught:
        client.create_blob(wrong, data)
    assert "digest mismatch" in caught.value.error
    assert client.blob_exists(wrong) is False


def test_blob_bad_digest(client: Client) -> None:
    with pytest.raises(BadRequestError) as caught:
        client.blob_exists("sha256:not-hex")
    assert caught.value.status_code == 400
    with pytest.raises(BadRequestError) as caught:
        client.create_blob("md5:0123", b"x")
    assert caught.value.error == "invalid digest format"


async def test_blob_upload_async(aclient: AsyncClient) -> None:
    data, digest = random_blob(50_000)
    assert await aclient.blob_exists(digest) is False
    await aclient.create_blob(digest, achunked(data, 4096))
    assert await aclient.blob_exists(digest) is True
    other, other_digest = random_blob()
    await aclient.create_blob(other_digest, other)
    assert await aclient.blob_exists(other_digest) is True


# ---- a model from an uploaded GGUF file


def gguf_file(name: str) -> Path:
    return tiny_models_dir() / name


def file_chunks(path: Path, size: int = 1 << 20) -> Iterator[bytes]:
    with path.open("rb") as handle:
        while chunk := handle.read(size):
            yield chunk


def test_model_from_an_uploaded_gguf(client: Client, scratch_names: Names) -> None:
    path = gguf_file("tiny-llama.gguf")
    digest = digest_of(path.read_bytes())
    client.create_blob(digest, file_chunks(path))
    assert client.blob_exists(digest) is True

    name = scratch_names()
    with client.create_stream(
        name, files={"tiny-llama.gguf": digest}, parameters={"num_predict": 3}
    ) as stream:
        lines = list(stream)
    assert "parsing GGUF" in statuses(lines)
    assert statuses(lines)[-1] == "success"

    shown = client.show(name)
    assert shown.details.format == "gguf"
    assert shown.details.family == "llama"
    assert shown.details.parameter_size == "1.71M"
    assert shown.details.quantization_level == "F16"
    assert shown.model_info["general.architecture"] == "llama"
    assert shown.model_info["llama.context_length"] == 2048
    assert shown.model_info["llama.embedding_length"] == 256
    assert shown.model_info["llama.block_count"] == 2
    assert shown.capabilities == ["completion"]
    answer = client.generate(name, prompt="Hello", options={"seed": 1})
    assert (answer.done, answer.eval_count) == (True, 3)


def test_quantized_model_from_an_uploaded_gguf(client: Client, scratch_names: Names) -> None:
    path = gguf_file("tiny-llama.gguf")
    data = path.read_bytes()
    digest = digest_of(data)
    client.create_blob(digest, data)
    name = scratch_names()
    assert client.create(name, files={"model.gguf": digest}, quantize="q8_0").status == "success"
    assert client.show(name).details.quantization_level == "Q8_0"
    entry = next(e for e in client.list().models if e.name == tagged(name))
    assert entry.details.quantization_level == "Q8_0"
    assert entry.size < len(data)


async def test_embedding_model_from_an_uploaded_gguf_async(
    aclient: AsyncClient, scratch_names: Names
) -> None:
    path = gguf_file("tiny-llama-embed.gguf")
    data = path.read_bytes()
    digest = digest_of(data)
    await aclient.create_blob(digest, achunked(data, 1 << 20))
    assert await aclient.blob_exists(digest) is True
    name = scratch_names()
    assert (await aclient.create(name, files={"tiny-llama-embed.gguf": digest})).status == "success"
    assert (await aclient.show(name)).capabilities == ["embedding"]
    vectors = (await aclient.embed(name, input=["one", "two"])).embeddings
    assert [len(vector) for vector in vectors] == [256, 256]


# ---- pull and push (the bundled server's offline catalogue)


def check_pull_lines(lines: list[ProgressResponse]) -> None:
    names = statuses(lines)
    assert names[0] == "pulling manifest"
    assert names[-3:] == ["verifying sha256 digest", "writing manifest", "success"]
    layers = [line for line in lines if PULLING.match(line.status)]
    assert layers
    for line in layers:
        assert isinstance(line.digest, str)
        assert line.status == "pulling " + line.digest.removeprefix("sha256:")[:12]
        assert isinstance(line.total, int)
        assert line.total > 0
        assert 0 <= (line.completed or 0) <= line.total


def test_pull(client: Client, target: Target) -> None:
    require_bundled(target, "the offline catalogue of /api/pull").reset()
    assert "tiny-llama-think:latest" not in listed(client)
    with client.pull_stream("tiny-llama-think") as stream:
        lines = list(stream)
    check_pull_lines(lines)
    assert "tiny-llama-think:latest" in listed(client)
    capabilities = client.show("tiny-llama-think").capabilities or []
    assert {"completion", "tools", "thinking"} <= set(capabilities)
    assert client.pull("tiny-llama-think").status == "success"


async def test_pull_async(aclient: AsyncClient, target: Target) -> None:
    require_bundled(target, "the offline catalogue of /api/pull")
    stream = await aclient.pull_stream("tiny-llama-embed")
    async with stream:
        lines = [line async for line in stream]
    check_pull_lines(lines)
    assert (await aclient.pull("tiny-llama-embed")).status == "success"


def test_pull_unknown_model_ends_in_an_error_line(client: Client) -> None:
    missing = f"hiramu-it-missing-{uuid.uuid4().hex[:8]}"
    seen: list[ProgressResponse] = []
    with pytest.raises(StreamError) as caught:
        for line in client.pull_stream(missing):
            seen.append(line)
    assert statuses(seen) == ["pulling manifest"]
    assert caught.value.status_code == 200
    assert "manifest" in caught.value.error
    with pytest.raises(ServerError) as failed:
        client.pull(missing)
    assert failed.value.status_code == 500


async def test_pull_unknown_model_async(aclient: AsyncClient) -> None:
    missing = f"hiramu-it-missing-{uuid.uuid4().hex[:8]}"
    stream = await aclient.pull_stream(missing)
    seen: list[ProgressResponse] = []
    with pytest.raises(StreamError):
        async with stream:
            async for line in stream:
                seen.append(line)
    assert statuses(seen) == ["pulling manifest"]
    assert stream.closed
    with pytest.raises(ServerError):
        await aclient.pull(missing)


def test_push_fails_offline(client: Client, target: Target) -> None:
    require_bundled(target, "an offline registry for /api/push")
    seen: list[ProgressResponse] = []
    with pytest.raises(StreamError) as caught:
        for line in client.push_stream("tiny-llama"):
            seen.append(line)
    assert statuses(seen) == ["retrieving manifest"]
    assert "registry.ollama.ai" in caught.value.error
    with pytest.raises(ServerError) as failed:
        client.push("tiny-llama")
    assert failed.value.status_code == 500
    assert "registry.ollama.ai" in failed.value.error


async def test_push_fails_offline_async(aclient: AsyncClient, target: Target) -> None:
    require_bundled(target, "an offline registry for /api/push")
    stream = await aclient.push_stream("tiny-llama")
    seen: list[ProgressResponse] = []
    with pytest.raises(StreamError):
        async with stream:
            async for line in stream:
                seen.append(line)
    assert statuses(seen) == ["retrieving manifest"]
    with pytest.raises(ServerError):
        await aclient.push("tiny-llama")
