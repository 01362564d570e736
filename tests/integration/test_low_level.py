"""The low-level per-operation API (`hiramu.ollama.api.default.<op>`) with its own `Client`."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus

import pytest
from hiramu.ollama import Client, NotFoundError, StreamError
from hiramu.ollama.api.default import (
    blob_exists,
    chat,
    create_blob,
    embed,
    generate,
    list_,
    pull,
    show,
    version,
)
from hiramu.ollama.client import Client as LowLevelClient
from hiramu.ollama.models import (
    ChatRequest,
    ChatResponse,
    EmbedRequest,
    EmbedResponse,
    ErrorResponse,
    GenerateRequest,
    GenerateResponse,
    ListResponse,
    Message,
    Options,
    PullRequest,
    ShowRequest,
    VersionResponse,
)
from hiramu.ollama.types import File

from integration.conftest import Target, require_bundled
from integration.support import FAULT_HEADER, count, random_blob, tagged, without_timings


@pytest.fixture
def low(target: Target) -> Iterator[LowLevelClient]:
    with LowLevelClient(base_url=target.url) as client:
        yield client


@pytest.fixture
async def alow(target: Target) -> AsyncIterator[LowLevelClient]:
    async with LowLevelClient(base_url=target.url) as client:
        yield client


def request(model: str, num_predict: int = 4) -> GenerateRequest:
    return GenerateRequest(
        model=model, prompt="Why?", options=Options(seed=5, temperature=0, num_predict=num_predict)
    )


def test_version_and_list(low: LowLevelClient, model: str) -> None:
    answer = version.sync(client=low)
    assert isinstance(answer, VersionResponse)
    assert answer.version
    detailed = list_.sync_detailed(client=low)
    assert detailed.status_code == HTTPStatus.OK
    assert isinstance(detailed.parsed, ListResponse)
    assert tagged(model) in [entry.name for entry in detailed.parsed.models]


def test_generate_sync_matches_the_facade(low: LowLevelClient, client: Client, model: str) -> None:
    answer = generate.sync(client=low, body=request(model))
    assert isinstance(answer, GenerateResponse)
    assert answer.done is True
    assert count(answer.eval_count) <= 4
    facade = client.generate(model, prompt="Why?", options={"seed": 5, "temperature": 0, "num_predict": 4})
    assert without_timings(answer.to_dict()) == without_timings(facade.to_dict())


def test_error_statuses_are_parsed_not_raised(low: LowLevelClient) -> None:
    detailed = generate.sync_detailed(client=low, body=request("hiramu-it-no-such-model"))
    assert detailed.status_code == HTTPStatus.NOT_FOUND
    assert isinstance(detailed.parsed, ErrorResponse)
    assert "hiramu-it-no-such-model" in detailed.parsed.error
    shown = show.sync_detailed(client=low, body=ShowRequest(model="hiramu-it-no-such-model"))
    assert shown.status_code == HTTPStatus.NOT_FOUND
    assert isinstance(shown.parsed, ErrorResponse)


def test_stream(low: LowLevelClient, model: str) -> None:
    body = ChatRequest(
        model=model, messages=[Message(role="user", content="Hi")], options=Options(num_predict=3)
    )
    with chat.stream(client=low, body=body) as stream:
        chunks = list(stream)
    assert all(isinstance(chunk, ChatResponse) for chunk in chunks)
    assert [chunk.done for chunk in chunks][-1] is True
    assert count(chunks[-1].eval_count) <= 3
    collected = generate.stream(client=low, body=request(model)).collect()
    single = generate.sync(client=low, body=request(model))
    assert isinstance(single, GenerateResponse)
    assert without_timings(collected.to_dict()) == without_timings(single.to_dict())


def test_stream_raises_typed_errors(low: LowLevelClient, target: Target, model: str) -> None:
    with pytest.raises(NotFoundError):
        generate.stream(client=low, body=request("hiramu-it-no-such-model"))
    require_bundled(target, "fault injection")
    with LowLevelClient(base_url=target.url, headers={FAULT_HEADER: "error-after=1; message=gone"}) as faulty:
        stream = generate.stream(client=faulty, body=request(model))
        assert next(stream).done is False
        with pytest.raises(StreamError) as caught:
            next(stream)
    assert caught.value.error == "gone"
    assert stream.closed


def test_blob_upload(low: LowLevelClient) -> None:
    data, digest = random_blob()
    assert blob_exists.sync_detailed(digest, client=low).status_code == HTTPStatus.NOT_FOUND
    created = create_blob.sync_detailed(digest, client=low, body=File(payload=io.BytesIO(data)))
    assert created.status_code == HTTPStatus.CREATED
    assert blob_exists.sync_detailed(digest, client=low).status_code == HTTPStatus.OK
    again = create_blob.sync_detailed(digest, client=low, body=File(payload=io.BytesIO(data)))
    assert again.status_code == HTTPStatus.OK


def test_pull_stream(low: LowLevelClient, target: Target) -> None:
    require_bundled(target, "the offline catalogue of /api/pull")
    lines = list(pull.stream(client=low, body=PullRequest(model="tiny-llama")))
    assert lines[0].status == "pulling manifest"
    assert lines[-1].status == "success"


async def test_asyncio(alow: LowLevelClient, model: str, embed_model: str) -> None:
    answer = await generate.asyncio(client=alow, body=request(model, 2))
    assert isinstance(answer, GenerateResponse)
    assert count(answer.eval_count) <= 2
    vectors = await embed.asyncio(client=alow, body=EmbedRequest(model=embed_model, input=["a", "b"]))
    assert isinstance(vectors, EmbedResponse)
    assert len(vectors.embeddings) == 2
    missing = await show.asyncio_detailed(client=alow, body=ShowRequest(model="hiramu-it-no-such-model"))
    assert missing.status_code == HTTPStatus.NOT_FOUND


async def test_asyncio_stream(alow: LowLevelClient, model: str) -> None:
    body = ChatRequest(
        model=model, messages=[Message(role="user", content="Hi")], options=Options(num_predict=2)
    )
    stream = await chat.asyncio_stream(client=alow, body=body)
    async with stream:
        chunks = [chunk async for chunk in stream]
    assert chunks[-1].done is True
    assert chunks[0].message.role == "assistant"
    with pytest.raises(NotFoundError):
        await generate.asyncio_stream(client=alow, body=request("hiramu-it-no-such-model"))
