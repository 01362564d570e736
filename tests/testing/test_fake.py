"""FakeOllama's life cycle, the journal of received requests and declared models."""

from __future__ import annotations

import socket

import httpx
import pytest
from hiramu.ollama import BadRequestError, Client, NotFoundError
from hiramu.ollama.models import ChatRequest, EmbedRequest, GenerateRequest

from hiramu.testing import FakeOllama, ModelDeclarationError, Reply, ToolCall

from .support import given

TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Weather in a city",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}


def port_is_open(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_start_stop_and_start_again() -> None:
    fake = FakeOllama()
    assert not fake.running
    with pytest.raises(RuntimeError, match="not running"):
        _ = fake.url
    fake.start()
    try:
        port = fake.port
        assert fake.host == f"127.0.0.1:{port}" and fake.url == f"http://127.0.0.1:{port}"
        assert httpx.get(fake.url + "/api/version").json()["version"]
        with pytest.raises(RuntimeError, match="already running"):
            fake.start()
    finally:
        fake.stop()
    assert not port_is_open(port)
    fake.stop()  # a second stop does nothing
    with fake:  # and it starts again, on a new free port
        assert httpx.get(fake.url + "/api/tags").status_code == 200


def test_state_folder_is_removed_on_stop() -> None:
    with FakeOllama() as fake:
        folder = fake.state.state_dir
        assert folder.is_dir()
    assert not folder.exists()


def test_journal_parses_requests_into_the_spec_models(fake: FakeOllama) -> None:
    fake.add_model("toolish", capabilities=["completion", "tools"])
    fake.script("toolish", Reply(tool_calls=[ToolCall("get_weather", {"city": "Paris"})]))
    with Client(fake.url) as client:
        client.list()
        client.chat(
            "toolish", messages=[{"role": "user", "content": "Weather?"}], tools=[TOOL], options={"seed": 7}
        )
        client.generate("tiny-llama", prompt="Hello")
        client.embed("tiny-llama-embed", input=["a", "b"])
    assert [(r.method, r.path) for r in fake.requests] == [
        ("GET", "/api/tags"),
        ("POST", "/api/chat"),
        ("POST", "/api/generate"),
        ("POST", "/api/embed"),
    ]
    (chat,) = fake.chat_requests()
    assert isinstance(chat, ChatRequest)
    assert chat.model == "toolish"
    assert given(chat.messages)[0].content == "Weather?"
    assert given(given(chat.tools)[0].function).name == "get_weather"
    assert given(chat.options).seed == 7
    (gen,) = fake.generate_requests()
    assert isinstance(gen, GenerateRequest) and gen.prompt == "Hello"
    (emb,) = fake.embed_requests()
    assert isinstance(emb, EmbedRequest) and emb.input == ["a", "b"]
    assert isinstance(fake.requests[1].parsed(), ChatRequest)
    assert fake.requests[1].headers["content-type"] == "application/json"
    with pytest.raises(TypeError):
        fake.requests[0].parsed()  # GET /api/tags has no body model
    fake.clear_requests()
    assert fake.requests == []


def test_declared_model_in_list_show_ps_and_inference(fake: FakeOllama) -> None:
    fake.add_model("agent:small", capabilities=["completion", "tools", "thinking"], context_length=8192)
    fake.add_model("vectors", capabilities=["embedding"])
    with Client(fake.url, max_retries=0) as client:
        names = [m.name for m in client.list().models]
        assert "agent:small" in names and "vectors:latest" in names
        show = client.show("agent:small")
        assert show.capabilities == ["completion", "tools", "thinking"]
        assert show.model_info["llama.context_length"] == 8192
        answer = client.chat("agent:small", messages=[{"role": "user", "content": "hi"}], tools=[TOOL])
        assert given(given(answer.message.tool_calls)[0].function).name == "get_weather"
        assert answer.message.thinking
        client.chat("agent:small", messages=[{"role": "user", "content": "hi"}], options={"num_ctx": 16384})
        loaded = {m.name: m for m in client.ps().models}
        assert loaded["agent:small"].context_length == 8192  # capped by the declared length
        assert client.generate("agent:small", prompt="hi").done
        assert len(client.embed("vectors", input="a").embeddings[0]) == 256
        # capabilities are checked as Ollama checks them
        with pytest.raises(BadRequestError, match="does not support chat"):
            client.chat("vectors", messages=[{"role": "user", "content": "hi"}])
        with pytest.raises(BadRequestError, match="does not support tools"):
            client.chat("tiny-llama", messages=[{"role": "user", "content": "hi"}], tools=[TOOL])
    fake.reset()
    with Client(fake.url) as client, pytest.raises(NotFoundError):
        client.show("agent:small")


@pytest.mark.parametrize(
    "kwargs",
    [
        {"capabilities": ["telepathy"]},
        {"capabilities": []},
        {"capabilities": "tools"},
        {"context_length": 0},
    ],
)
def test_bad_declarations(fake: FakeOllama, kwargs: dict[str, object]) -> None:
    with pytest.raises(ModelDeclarationError):
        fake.add_model("m", **kwargs)  # type: ignore[arg-type]


def test_bad_model_name(fake: FakeOllama) -> None:
    with pytest.raises(ModelDeclarationError):
        fake.add_model("bad name!")


def test_tiny_gguf_models_still_serve_create_and_show(fake: FakeOllama) -> None:
    with Client(fake.url) as client:
        client.create("derived", from_="tiny-llama", system="You are terse.")
        show = client.show("derived")
        assert show.system == "You are terse."
        assert show.model_info["general.architecture"] == "llama"
