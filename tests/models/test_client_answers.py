"""What a caller sees when an Ollama-compatible server answers off the spec: values, or `DecodeError`.

A scripted server on loopback answers; the client under test is the public `Client`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from hiramu.ollama import Client, DecodeError, OllamaError
from runtime.scripted_server import Reply, ScriptedServer


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as running:
        yield running


def _json(document: Any) -> Reply:
    return Reply(200, json.dumps(document).encode())


def _ndjson(*lines: Any) -> Reply:
    body = b"".join(json.dumps(line).encode() + b"\n" for line in lines)
    return Reply(200, body, content_type="application/x-ndjson")


def test_show_without_families_reads_as_go_reads_it(server: ScriptedServer) -> None:
    server.script(
        _json({"details": {"format": "gguf", "family": "llama"}, "model_info": {}, "modified_at": "t"})
    )
    with Client(host=server.url, max_retries=0) as client:
        shown = client.show("m")
    assert shown.details.families is None
    assert shown.details.family == "llama" and shown.license is None
    assert len(shown.model_info) == 0


def test_a_malformed_answer_is_a_decode_error(server: ScriptedServer) -> None:
    server.script(_json({"details": {"families": 3}, "model_info": {}, "modified_at": "t"}))
    with Client(host=server.url, max_retries=0) as client, pytest.raises(DecodeError) as caught:
        client.show("m")
    assert str(caught.value) == "ShowResponse.details.families: expected array of string or null, got int"


@pytest.mark.parametrize(
    "body", [[], "text", 3, None, {"models": {}}, {"models": [1]}, {"models": [{"size": "1"}]}]
)
def test_no_answer_escapes_as_anything_but_an_ollama_error(server: ScriptedServer, body: Any) -> None:
    server.script(_json(body))
    with Client(host=server.url, max_retries=0) as client:
        try:
            answer = client.list()
        except OllamaError as error:
            assert isinstance(error, DecodeError), error
        else:
            assert answer.to_dict() == body


def test_a_malformed_stream_chunk_is_a_decode_error(server: ScriptedServer) -> None:
    good = {"model": "m", "created_at": "t", "message": {"role": "assistant", "content": "a"}, "done": False}
    bad = {**good, "message": {"role": "assistant", "content": ["b"]}}
    server.script(_ndjson(good, bad))
    with Client(host=server.url, max_retries=0) as client:
        chunks = []
        with pytest.raises(DecodeError, match=r"ChatResponse\.message\.content: expected string, got array"):
            for chunk in client.chat_stream("m", messages=[{"role": "user", "content": "hi"}]):
                chunks.append(chunk.message.content)
    assert chunks == ["a"]


def test_a_sparse_stream_reads_as_zero_values(server: ScriptedServer) -> None:
    server.script(_ndjson({"message": {"content": "a"}}, {"message": {"content": "b"}, "done": True}))
    with Client(host=server.url, max_retries=0) as client:
        chunks = list(client.chat_stream("m", messages=[{"role": "user", "content": "hi"}]))
    text: str = "".join(chunk.message.content for chunk in chunks)
    assert text == "ab" and chunks[-1].done and chunks[0].model == ""
    assert chunks[0].to_dict() == {"message": {"content": "a"}}
