"""`client.with_raw_response.<operation>(...)`: the HTTP answer (status, headers) with the parsed body.

It replaces the low-level per-operation functions: the same request goes through the same engine
(host rules, retries, error mapping), sync and async, streaming twins included.
"""

from __future__ import annotations

import pytest
from hiramu.ollama import AsyncClient, AsyncStream, Client, NotFoundError, RawResponse, Stream
from hiramu.ollama.models import GenerateResponse, VersionResponse

from integration.conftest import Target, require_bundled
from integration.support import FaultControl, count, random_blob, without_timings


def test_status_headers_and_parsed_body(client: Client) -> None:
    raw = client.with_raw_response.version()
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("application/json")
    assert raw.http_response.request.url.path == "/api/version"
    parsed = raw.parse()
    assert isinstance(parsed, VersionResponse)
    assert raw.parsed is parsed  # decoded once
    assert parsed.version == client.version().version


def test_the_parsed_body_equals_the_plain_call(client: Client, model: str) -> None:
    options = {"seed": 5, "temperature": 0, "num_predict": 4}
    raw = client.with_raw_response.generate(model, "Why?", options=options)
    plain = client.generate(model, "Why?", options=options)
    assert isinstance(raw.parsed, GenerateResponse)
    assert count(raw.parsed.eval_count) <= 4
    assert without_timings(raw.parsed.to_dict()) == without_timings(plain.to_dict())


def test_error_statuses_raise_as_in_the_plain_call(client: Client) -> None:
    with pytest.raises(NotFoundError) as caught:
        client.with_raw_response.show("hiramu-it-no-such-model")
    assert caught.value.response is not None and caught.value.response.status_code == 404


def test_a_404_that_is_an_answer(client: Client) -> None:
    data, digest = random_blob()
    missing = client.with_raw_response.blob_exists(digest)
    assert (missing.status_code, missing.parsed) == (404, False)
    created = client.with_raw_response.create_blob(digest, data)
    assert created.status_code == 201
    assert created.parsed is None
    assert client.with_raw_response.create_blob(digest, data).status_code == 200
    found = client.with_raw_response.blob_exists(digest)
    assert (found.status_code, found.parsed) == (200, True)


def test_streaming_twin(client: Client, model: str) -> None:
    raw = client.with_raw_response.chat_stream(
        model, [{"role": "user", "content": "Hi"}], options={"num_predict": 3}
    )
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("application/x-ndjson")
    with raw.parsed as stream:
        assert isinstance(stream, Stream)
        chunks = list(stream)
    assert chunks[-1].done is True
    assert count(chunks[-1].eval_count) <= 3


def test_retries_apply(
    client: Client, target: Target, faults: FaultControl, retry_waits: list[float]
) -> None:
    require_bundled(target, "fault injection")
    faults.add("status=503; retry-after=1", path="/api/version", method="GET", times=1)
    raw = client.with_raw_response.version()
    assert raw.status_code == 200
    assert faults.used() == [1]
    assert retry_waits == [1.0]


async def test_async(aclient: AsyncClient, model: str, embed_model: str) -> None:
    raw = await aclient.with_raw_response.embed(embed_model, ["a", "b"])
    assert raw.status_code == 200
    assert len(raw.parsed.embeddings) == 2
    with pytest.raises(NotFoundError):
        await aclient.with_raw_response.show("hiramu-it-no-such-model")
    _, digest = random_blob()
    assert (await aclient.with_raw_response.blob_exists(digest)).parsed is False


async def test_async_streaming_twin(aclient: AsyncClient, model: str) -> None:
    raw = await aclient.with_raw_response.generate_stream(model, "Hi", options={"num_predict": 2})
    assert raw.status_code == 200
    stream = raw.parsed
    assert isinstance(stream, AsyncStream)
    async with stream:
        merged = await stream.collect()
    assert merged.done is True
    assert count(merged.eval_count) <= 2


def test_one_client_and_the_same_signatures() -> None:
    import importlib.util
    import inspect

    from hiramu.ollama import AsyncClientWithRawResponse, ClientWithRawResponse

    # Upstream's low-level layer is gone: one Client, one AsyncClient.
    for module in ("hiramu.ollama.api", "hiramu.ollama.client", "hiramu.ollama.errors"):
        assert importlib.util.find_spec(module) is None, module
    for plain, raw in ((Client, ClientWithRawResponse), (AsyncClient, AsyncClientWithRawResponse)):
        names = [name for name in vars(raw) if not name.startswith("_")]
        assert len(names) >= 31
        for name in names:
            expected = list(inspect.signature(getattr(plain, name)).parameters.values())
            assert list(inspect.signature(getattr(raw, name)).parameters.values()) == expected, name
