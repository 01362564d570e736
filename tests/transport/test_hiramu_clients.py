"""hiramu's own clients over the fast transports, against the bundled Ollama-compatible server.

Each answer is compared with the same request over httpx's own transport. The whole integration
and features suites also run over each path: see `--transport` in `tests/conftest.py`.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from hiramu.ollama import (
    APITimeoutError,
    AsyncClient,
    Client,
    IncompleteStreamError,
    StreamError,
)
from hiramu.ollama._aiohttp_transport import AiohttpTransport
from hiramu.ollama._urllib3_transport import Urllib3Transport

from hiramu.testing import ServerHandle

MODEL = "tiny-llama"
EMBED_MODEL = "tiny-llama-embed"
OPTIONS: dict[str, Any] = {"seed": 5, "temperature": 0, "num_predict": 12}
MESSAGES: list[dict[str, Any]] = [{"role": "user", "content": "Count to ten."}]
FAULT = "X-Local-Ollama-Fault"
TIMINGS = frozenset(
    {"created_at", "total_duration", "load_duration", "prompt_eval_duration", "eval_duration"}
)


def without_timings(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if key not in TIMINGS}


@pytest.fixture(scope="module")
def server(ollama_server: ServerHandle) -> ServerHandle:
    if os.environ.get("OLLAMA_HOST"):
        pytest.skip("needs the bundled server (fault injection, known models)")
    ollama_server.reset()
    return ollama_server


@pytest.fixture(scope="module")
def fast(server: ServerHandle) -> Iterator[Client]:
    with Client(server.url, transport=Urllib3Transport(), timeout=30) as client:
        yield client


@pytest.fixture(scope="module")
def default(server: ServerHandle) -> Iterator[Client]:
    with Client(server.url, transport=httpx.HTTPTransport(), timeout=30) as client:
        yield client


@pytest.fixture
async def afast(server: ServerHandle) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(server.url, transport=AiohttpTransport(), timeout=30) as client:
        yield client


@pytest.fixture
def retry_waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    from hiramu.ollama import _base_client

    waits: list[float] = []

    async def record_async(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr(_base_client, "sleep_for_retry", waits.append)
    monkeypatch.setattr(_base_client, "async_sleep_for_retry", record_async)
    return waits


def test_the_fast_transport_is_in_use(fast: Client) -> None:
    assert fast.transport_name == "urllib3"


def test_chat_stream_matches_the_default_transport(fast: Client, default: Client) -> None:
    ours = [c.to_dict() for c in fast.chat_stream(MODEL, messages=MESSAGES, options=OPTIONS)]
    theirs = [c.to_dict() for c in default.chat_stream(MODEL, messages=MESSAGES, options=OPTIONS)]
    assert ours[-1]["done"] is True
    assert [without_timings(c) for c in ours] == [without_timings(c) for c in theirs]


def test_generate_stream_collect_and_single(fast: Client) -> None:
    collected = fast.generate_stream(MODEL, prompt="Tell me a story.", options=OPTIONS).collect()
    single = fast.generate(MODEL, prompt="Tell me a story.", options=OPTIONS)
    assert collected.response
    assert without_timings(collected.to_dict()) == without_timings(single.to_dict())


def test_show_embed_and_list(fast: Client, default: Client) -> None:
    assert fast.show(MODEL).to_dict() == default.show(MODEL).to_dict()
    ours = fast.embed(EMBED_MODEL, input=["the sea", "the sky"])
    theirs = default.embed(EMBED_MODEL, input=["the sea", "the sky"])
    assert len(ours.embeddings) == 2
    assert ours.embeddings == theirs.embeddings
    assert {m.name for m in fast.list().models} == {m.name for m in default.list().models}


def test_blob_upload_from_bytes_and_from_an_iterator(fast: Client) -> None:
    data = os.urandom(300_000)
    digest = "sha256:" + hashlib.sha256(data).hexdigest()
    assert not fast.blob_exists(digest)
    fast.create_blob(digest, iter([data[:1000], data[1000:200_000], data[200_000:]]))
    assert fast.blob_exists(digest)
    other = os.urandom(5000)
    other_digest = "sha256:" + hashlib.sha256(other).hexdigest()
    fast.create_blob(other_digest, other)
    assert fast.blob_exists(other_digest)


def test_pull_progress(fast: Client) -> None:
    lines = list(fast.pull_stream("tiny-llama"))
    assert lines[0].status == "pulling manifest"
    assert lines[-1].status == "success"
    assert any(line.total for line in lines)


def test_error_line_mid_stream(fast: Client) -> None:
    stream = fast.chat_stream(
        MODEL, messages=MESSAGES, options=OPTIONS, extra_headers={FAULT: "error-after=3; message=crashed"}
    )
    seen = []
    with pytest.raises(StreamError) as caught:
        for chunk in stream:
            seen.append(chunk)
    assert len(seen) == 3
    assert (caught.value.error, caught.value.status_code) == ("crashed", 200)
    assert stream.response.is_closed
    assert fast.generate(MODEL, prompt="still there?", options={"num_predict": 2}).eval_count == 2


def test_cut_stream(fast: Client) -> None:
    stream = fast.generate_stream(MODEL, prompt="Go", options=OPTIONS, extra_headers={FAULT: "cut-after=2"})
    with pytest.raises(IncompleteStreamError) as caught, stream:
        for _ in stream:
            pass
    assert caught.value.lines_received == 2
    assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)


def test_slow_first_byte_times_out(fast: Client) -> None:
    with pytest.raises(APITimeoutError):
        fast.generate(MODEL, prompt="Hi", timeout=0.2, extra_headers={FAULT: "delay-first=1000"})


def test_slow_chunk_times_out_mid_stream(fast: Client) -> None:
    stream = fast.generate_stream(
        MODEL, prompt="Go", options=OPTIONS, timeout=0.3, extra_headers={FAULT: "delay-chunk=1000"}
    )
    seen = []
    with pytest.raises(APITimeoutError), stream:
        for chunk in stream:
            seen.append(chunk)
    assert len(seen) == 1


def test_503_is_retried(fast: Client, retry_waits: list[float]) -> None:
    spec = f"status=503; retry-after=1; times=2; id=fast-{os.getpid()}-{id(fast)}"
    answer = fast.generate(MODEL, prompt="Hi", options={"num_predict": 2}, extra_headers={FAULT: spec})
    assert answer.eval_count == 2
    assert retry_waits == [1.0, 1.0]


# ---- async


async def _aparts(parts: list[bytes]) -> AsyncIterator[bytes]:
    for part in parts:
        yield part


async def test_async_chat_stream_and_collect(afast: AsyncClient, default: Client) -> None:
    stream = await afast.chat_stream(MODEL, messages=MESSAGES, options=OPTIONS)
    ours = [chunk.to_dict() async for chunk in stream]
    theirs = [c.to_dict() for c in default.chat_stream(MODEL, messages=MESSAGES, options=OPTIONS)]
    assert [without_timings(c) for c in ours] == [without_timings(c) for c in theirs]
    collected = await (await afast.generate_stream(MODEL, prompt="Hi", options=OPTIONS)).collect()
    assert collected.done is True


async def test_async_show_embed_and_blob(afast: AsyncClient, default: Client) -> None:
    assert (await afast.show(MODEL)).to_dict() == default.show(MODEL).to_dict()
    embedded = await afast.embed(EMBED_MODEL, input="the sea")
    assert embedded.embeddings == default.embed(EMBED_MODEL, input="the sea").embeddings
    data = os.urandom(100_000)
    digest = "sha256:" + hashlib.sha256(data).hexdigest()
    await afast.create_blob(digest, _aparts([data[:50_000], data[50_000:]]))
    assert await afast.blob_exists(digest)


async def test_async_pull_progress(afast: AsyncClient) -> None:
    lines = [line async for line in await afast.pull_stream("tiny-llama")]
    assert lines[-1].status == "success"


async def test_async_faults(afast: AsyncClient, retry_waits: list[float]) -> None:
    stream = await afast.generate_stream(
        MODEL, prompt="Go", options=OPTIONS, extra_headers={FAULT: "error-after=2; message=out of memory"}
    )
    with pytest.raises(StreamError):
        async for _ in stream:
            pass
    stream = await afast.generate_stream(
        MODEL, prompt="Go", options=OPTIONS, extra_headers={FAULT: "cut-after=1"}
    )
    with pytest.raises(IncompleteStreamError):
        async for _ in stream:
            pass
    with pytest.raises(APITimeoutError):
        await afast.chat(MODEL, messages=MESSAGES, timeout=0.2, extra_headers={FAULT: "delay-first=1000"})
    spec = f"status=503; retry-after=2; times=1; id=afast-{os.getpid()}-{id(afast)}"
    answer = await afast.chat(
        MODEL, messages=MESSAGES, options={"num_predict": 2}, extra_headers={FAULT: spec}
    )
    assert answer.eval_count == 2
    assert retry_waits == [2.0]


async def test_async_concurrent_streams_share_the_pool(afast: AsyncClient) -> None:
    import asyncio

    async def one(seed: int) -> int:
        stream = await afast.generate_stream(MODEL, prompt="Go", options={"seed": seed, "num_predict": 5})
        return len([chunk async for chunk in stream])

    counts = await asyncio.gather(*(one(seed) for seed in range(20)))
    assert counts == [6] * 20
