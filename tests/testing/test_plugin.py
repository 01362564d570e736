"""The pytest fixtures of hiramu.testing, used as a project that installed hiramu[testing] uses them."""

from __future__ import annotations

import os

import httpx
import ollama
import pytest
from hiramu.ollama import AsyncClient, Client

from hiramu.testing import FakeOllama, Reply, ToolCall

from .support import given


def test_fake_ollama_sets_ollama_host(fake_ollama: FakeOllama, fake_ollama_url: str) -> None:
    assert fake_ollama_url == fake_ollama.url
    assert os.environ["OLLAMA_HOST"] == fake_ollama.url
    with Client() as client:  # no host given: OLLAMA_HOST
        assert client.version().version


def test_the_official_ollama_client_runs_against_it(fake_ollama: FakeOllama) -> None:
    fake_ollama.script("tiny-llama", Reply(chunks=["Hel", "lo"]), times=1)
    client = ollama.Client()  # reads OLLAMA_HOST, as code under test would
    parts = [
        c["message"]["content"]
        for c in client.chat("tiny-llama", messages=[{"role": "user", "content": "hi"}], stream=True)
    ]
    assert parts[:2] == ["Hel", "lo"]
    assert [m.model for m in client.list().models] == ["tiny-llama:latest", "tiny-llama-embed:latest"]
    vectors = client.embed(model="tiny-llama-embed", input="hello").embeddings
    assert len(vectors[0]) == 256
    fake_ollama.add_model("toolish", capabilities=["completion", "tools"])
    fake_ollama.script("toolish", Reply(tool_calls=[ToolCall("add", {"a": 1, "b": 2})]))
    answer = client.chat(
        "toolish",
        messages=[{"role": "user", "content": "1+2?"}],
        tools=[{"type": "function", "function": {"name": "add", "parameters": {"type": "object"}}}],
    )
    assert answer.message.tool_calls
    call = answer.message.tool_calls[0]
    assert call.function.name == "add" and call.function.arguments == {"a": 1, "b": 2}
    with pytest.raises(ollama.ResponseError) as info:
        client.show("missing")
    assert info.value.status_code == 404
    assert given(fake_ollama.chat_requests()[0].messages)[0].content == "hi"


@pytest.mark.parametrize("run", [1, 2])
def test_module_level_functions_follow_each_tests_fake(fake_ollama: FakeOllama, run: int) -> None:
    from hiramu import ollama as api

    fake_ollama.script("tiny-llama", Reply(content=f"run {run}"))
    assert (
        api.chat("tiny-llama", messages=[{"role": "user", "content": "hi"}]).message.content == f"run {run}"
    )


def test_any_http_client_works(fake_ollama_url: str) -> None:
    assert httpx.get(f"{fake_ollama_url}/api/version").status_code == 200


def test_ollama_client_fixture(ollama_client: Client, fake_ollama: FakeOllama) -> None:
    fake_ollama.script("tiny-llama", Reply(content="fixture"))
    assert (
        ollama_client.chat("tiny-llama", messages=[{"role": "user", "content": "hi"}]).message.content
        == "fixture"
    )


async def test_async_ollama_client_fixture(async_ollama_client: AsyncClient, fake_ollama: FakeOllama) -> None:
    fake_ollama.script("tiny-llama", Reply(chunks=["a", "b"]))
    stream = await async_ollama_client.chat_stream("tiny-llama", messages=[{"role": "user", "content": "hi"}])
    async with stream:
        parts = [chunk.message.content async for chunk in stream]
    assert parts[:2] == ["a", "b"]


def test_session_fake_is_shared(fake_ollama_session: FakeOllama, request: pytest.FixtureRequest) -> None:
    assert request.getfixturevalue("fake_ollama_session") is fake_ollama_session
    assert fake_ollama_session.running


def test_each_test_gets_its_own_fake(fake_ollama: FakeOllama, fake_ollama_session: FakeOllama) -> None:
    assert fake_ollama is not fake_ollama_session
    assert fake_ollama.port != fake_ollama_session.port
    assert fake_ollama.requests == []
