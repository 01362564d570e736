"""Async streaming twins in one step: `async with`, `async for` and `await` each send the request."""

from __future__ import annotations

import asyncio

import pytest
from hiramu.ollama import AsyncClient, AsyncStream, AsyncStreamRequest, NotFoundError

from integration.conftest import Target
from integration.support import count

HI = [{"role": "user", "content": "Hi"}]
SHORT = {"num_predict": 3}


async def test_async_with(aclient: AsyncClient, model: str) -> None:
    async with aclient.chat_stream(model, HI, options=SHORT) as stream:
        assert isinstance(stream, AsyncStream)
        chunks = [chunk async for chunk in stream]
    assert chunks[-1].done is True
    assert stream.closed


async def test_async_for(aclient: AsyncClient, model: str) -> None:
    done = [chunk.done async for chunk in aclient.generate_stream(model, "Hi", options=SHORT)]
    assert done[-1] is True


async def test_async_for_closes_the_stream_on_break(aclient: AsyncClient, model: str) -> None:
    request = aclient.generate_stream(model, "Hi", options={"num_predict": 20})
    async for chunk in request:
        assert chunk.done is False
        break
    # The loop's async generator is dropped at the break; the event loop finalizes it, which
    # closes the stream and releases the connection.
    for _ in range(10):
        await asyncio.sleep(0)
    opened = request._stream
    assert opened is not None and opened.closed


async def test_await_keeps_working(aclient: AsyncClient, model: str) -> None:
    stream = await aclient.chat_stream(model, HI, options=SHORT)
    async with stream:
        merged = await stream.collect()
    assert count(merged.eval_count) <= 3


async def test_nothing_is_sent_until_used(aclient: AsyncClient, target: Target) -> None:
    request = aclient.pull_stream("hiramu-it-never-sent")
    assert isinstance(request, AsyncStreamRequest)
    del request  # never entered, iterated or awaited: no request, no warning
    with pytest.raises(NotFoundError):
        async with aclient.chat_stream("hiramu-it-no-such-model", HI):
            pytest.fail("the error status raises on entry")


async def test_an_error_status_raises_on_first_iteration(aclient: AsyncClient) -> None:
    with pytest.raises(NotFoundError):
        async for _ in aclient.chat_stream("hiramu-it-no-such-model", HI):
            pytest.fail("no chunk for an unknown model")
