"""Connections: refused connections, and streams released when left early (any server)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from hiramu.ollama import APIConnectionError, APITimeoutError, AsyncClient, Client

from integration.conftest import Target

MESSAGES: list[dict[str, Any]] = [{"role": "user", "content": "Count to ten."}]


def assert_still_usable(client: Client, model: str) -> None:
    answer = client.generate(model, prompt="Still there?", options={"num_predict": 2})
    assert answer.done is True


def test_refused_connection(closed_port: int, retry_waits: list[float]) -> None:
    with Client(f"127.0.0.1:{closed_port}", max_retries=2) as client:
        with pytest.raises(APIConnectionError) as caught:
            client.version()
        error = caught.value
        assert not isinstance(error, APITimeoutError)
        assert error.host == f"http://127.0.0.1:{closed_port}"
        assert f"127.0.0.1:{closed_port}" in str(error)
        assert "is the server running?" in str(error)
        # Nothing reached a server, so the client retried.
        assert len(retry_waits) == 2
        with pytest.raises(APIConnectionError):
            client.chat_stream("tiny-llama", messages=MESSAGES)


async def test_refused_connection_async(closed_port: int) -> None:
    async with AsyncClient(f"http://127.0.0.1:{closed_port}", max_retries=0) as client:
        with pytest.raises(APIConnectionError) as caught:
            await client.generate_stream("tiny-llama", prompt="Hi")
        assert f"127.0.0.1:{closed_port}" in str(caught.value)
        with pytest.raises(APIConnectionError):
            await client.heartbeat_head()


def test_break_inside_with_closes_the_response(client: Client, model: str) -> None:
    with client.generate_stream(model, prompt="Go", options={"num_predict": 20}) as stream:
        for chunk in stream:
            assert chunk.done is False
            break
        assert not stream.closed
    assert stream.closed
    assert stream.response.is_closed
    assert list(stream) == []
    assert_still_usable(client, model)


async def test_break_inside_async_with_closes_the_response(aclient: AsyncClient, model: str) -> None:
    stream = await aclient.chat_stream(model, messages=MESSAGES, options={"num_predict": 20})
    async with stream:
        async for chunk in stream:
            assert chunk.done is False
            break
        assert not stream.closed
    assert stream.closed
    assert stream.response.is_closed
    assert [chunk async for chunk in stream] == []
    assert (await aclient.chat(model, messages=MESSAGES, options={"num_predict": 1})).eval_count == 1


def test_close_releases_a_stream_early(client: Client, model: str) -> None:
    stream = client.generate_stream(model, prompt="Go", options={"num_predict": 20})
    assert next(stream).done is False
    stream.close()
    stream.close()
    assert stream.closed
    assert stream.response.is_closed
    assert_still_usable(client, model)


async def test_close_releases_an_async_stream_early(aclient: AsyncClient, model: str) -> None:
    stream = await aclient.generate_stream(model, prompt="Go", options={"num_predict": 20})
    assert (await anext(stream)).done is False
    await stream.close()
    await stream.close()
    assert stream.response.is_closed
    with pytest.raises(StopAsyncIteration):
        await anext(stream)


def test_is_running_does_not_retry(closed_port: int, retry_waits: list[float]) -> None:
    with Client(f"127.0.0.1:{closed_port}", max_retries=5) as client:
        assert client.is_running() is False
        # A health check answers at once: the client's retries are not spent on it.
        assert retry_waits == []
        with pytest.raises(APIConnectionError):
            client.heartbeat_head()
        assert len(retry_waits) == 5


async def test_is_running_does_not_retry_async(closed_port: int, retry_waits: list[float]) -> None:
    async with AsyncClient(f"127.0.0.1:{closed_port}", max_retries=5) as client:
        assert await client.is_running() is False
        assert retry_waits == []


def test_a_loop_left_early_can_be_resumed(client: Client, model: str) -> None:
    whole = client.generate(model, prompt="Resume me", options={"num_predict": 6, "seed": 2})
    with client.generate_stream(model, prompt="Resume me", options={"num_predict": 6, "seed": 2}) as stream:
        first = []
        for chunk in stream:
            first.append(chunk.response)
            if len(first) == 2:
                break
        assert not stream.closed
        rest = [chunk.response for chunk in stream]
    assert stream.closed
    assert "".join(first + rest) == whole.response
    assert len(first) == 2 and rest


async def test_an_async_loop_left_early_can_be_resumed(aclient: AsyncClient, model: str) -> None:
    whole = await aclient.generate(model, prompt="Resume me", options={"num_predict": 6, "seed": 2})
    stream = await aclient.generate_stream(model, prompt="Resume me", options={"num_predict": 6, "seed": 2})
    async with stream:
        first = []
        async for chunk in stream:
            first.append(chunk.response)
            if len(first) == 2:
                break
        assert not stream.closed
        rest = [chunk.response async for chunk in stream]
    assert stream.closed
    assert "".join(first + rest) == whole.response


class CountingTransport(httpx.HTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        self.requests = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        return super().handle_request(request)


def test_a_transport_of_your_own(target: Target, model: str) -> None:
    transport = CountingTransport()
    with Client(target.url, transport=transport) as client:
        assert client.version().version
        with client.generate_stream(model, prompt="Hi", options={"num_predict": 2}) as stream:
            assert [chunk.done for chunk in stream][-1] is True
    assert transport.requests == 2
    with pytest.raises(ValueError, match="either http_client or transport"):
        Client(target.url, transport=transport, http_client=httpx.Client())
