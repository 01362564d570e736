"""The official openai and anthropic SDKs, pointed at the bundled server, complete their basic calls."""

from __future__ import annotations

import base64
import struct

import anthropic
import openai
import pytest

from hiramu.testing import ServerHandle

# The SDKs insist on a key; Ollama ignores it.
API_KEY = "ollama"


@pytest.fixture
def oai(fresh_server: ServerHandle) -> openai.OpenAI:
    return openai.OpenAI(base_url=fresh_server.url + "/v1", api_key=API_KEY, max_retries=0)


@pytest.fixture
def claude(fresh_server: ServerHandle) -> anthropic.Anthropic:
    return anthropic.Anthropic(base_url=fresh_server.url, api_key=API_KEY, max_retries=0)


def test_openai_chat(oai: openai.OpenAI) -> None:
    completion = oai.chat.completions.create(
        model="tiny-llama",
        messages=[{"role": "user", "content": "Why is the sky blue?"}],
        max_tokens=5,
        seed=1,
    )
    choice = completion.choices[0]
    assert completion.object == "chat.completion" and completion.id.startswith("chatcmpl-")
    assert choice.message.role == "assistant" and choice.message.content
    assert choice.finish_reason == "length"
    assert completion.usage is not None and completion.usage.completion_tokens == 5
    assert completion.usage.total_tokens == completion.usage.prompt_tokens + 5


def test_openai_chat_stream_matches_the_plain_answer(oai: openai.OpenAI) -> None:
    messages: list[openai.types.chat.ChatCompletionMessageParam] = [{"role": "user", "content": "Hello"}]
    plain = oai.chat.completions.create(
        model="tiny-llama", messages=messages, max_tokens=6, seed=3, temperature=0
    )
    stream = oai.chat.completions.create(
        model="tiny-llama",
        messages=messages,
        max_tokens=6,
        seed=3,
        temperature=0,
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == plain.choices[0].message.content
    assert chunks[0].choices[0].delta.role == "assistant"
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "length"
    assert chunks[-1].choices == [] and chunks[-1].usage is not None
    assert chunks[-1].usage.completion_tokens == 6


def test_openai_embeddings_float_and_base64(oai: openai.OpenAI) -> None:
    floats = oai.embeddings.create(model="tiny-llama-embed", input=["hello", "world"])
    assert [d.index for d in floats.data] == [0, 1]
    assert len(floats.data[0].embedding) == 256
    assert floats.usage.prompt_tokens == floats.usage.total_tokens > 0
    # The SDK asks for base64 when numpy is absent and decodes it; ask for it explicitly too.
    packed = oai.embeddings.create(model="tiny-llama-embed", input="hello", encoding_format="base64")
    raw = packed.data[0].embedding
    values = list(struct.unpack("<256f", base64.b64decode(raw))) if isinstance(raw, str) else raw
    assert values == pytest.approx(floats.data[0].embedding, abs=1e-6)


def test_openai_models_and_errors(oai: openai.OpenAI) -> None:
    ids = [m.id for m in oai.models.list()]
    assert "tiny-llama:latest" in ids and "tiny-llama-embed:latest" in ids
    assert oai.models.retrieve("tiny-llama").owned_by == "library"
    with pytest.raises(openai.NotFoundError) as caught:
        oai.chat.completions.create(model="no-such-model", messages=[{"role": "user", "content": "hi"}])
    assert caught.value.status_code == 404
    assert "model 'no-such-model' not found" in str(caught.value)


def test_anthropic_message(claude: anthropic.Anthropic) -> None:
    message = claude.messages.create(
        model="tiny-llama",
        max_tokens=4,
        system="You are terse.",
        messages=[{"role": "user", "content": "Why?"}],
    )
    assert message.type == "message" and message.role == "assistant"
    assert message.id.startswith("msg_") and len(message.id) == 28
    assert message.stop_reason == "max_tokens"
    assert message.usage.output_tokens == 4
    assert message.content and message.content[0].type == "text"


def test_anthropic_stream_matches_the_plain_answer(claude: anthropic.Anthropic) -> None:
    messages: list[anthropic.types.MessageParam] = [{"role": "user", "content": "Hello"}]
    plain = claude.messages.create(messages=messages, model="tiny-llama", max_tokens=6)
    with claude.messages.stream(messages=messages, model="tiny-llama", max_tokens=6) as stream:
        text = "".join(stream.text_stream)
        final = stream.get_final_message()
    first = plain.content[0]
    assert first.type == "text" and text == first.text
    assert final.stop_reason == "max_tokens" and final.usage.output_tokens == 6


def test_anthropic_errors(claude: anthropic.Anthropic) -> None:
    with pytest.raises(anthropic.NotFoundError) as caught:
        claude.messages.create(
            model="no-such-model", max_tokens=4, messages=[{"role": "user", "content": "hi"}]
        )
    assert caught.value.status_code == 404
    body = caught.value.body
    assert isinstance(body, dict) and body["error"]["type"] == "not_found_error"
    with pytest.raises(anthropic.BadRequestError):
        claude.messages.create(model="tiny-llama", max_tokens=0, messages=[{"role": "user", "content": "hi"}])
