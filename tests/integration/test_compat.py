"""The OpenAI- and Anthropic-compatible routes (`/v1/...`) through `Client` and `AsyncClient`.

Every compat operation is called sync and async, streamed and not; `collect()` of a stream gives
the answer `stream: false` gives (same fields, same text at temperature 0 with a seed); errors of
both flavours, and the native shape of the `:cloud` pass-through, arrive as the same
`ResponseError` classes with their `type` and `message`; a cut stream and an error event come from
the bundled server's faults (skipped against `OLLAMA_HOST`).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from hiramu.ollama import (
    AnthropicStreamEvent,
    AsyncClient,
    BadRequestError,
    Client,
    EventStream,
    IncompleteStreamError,
    NotFoundError,
    OpenAIResponsesStreamEvent,
    ResponseError,
    ServerError,
    StreamError,
)
from hiramu.ollama.models import (
    AnthropicContentBlockDeltaEvent,
    AnthropicMessage,
    AnthropicMessageStartEvent,
    AnthropicMessageStopEvent,
    OpenAIChatCompletion,
    OpenAIChatCompletionChunk,
    OpenAICompletion,
    OpenAICompletionChunk,
    OpenAIResponse,
    OpenAIResponsesResponseEvent,
    OpenAIResponsesTextDeltaEvent,
)

from integration.conftest import Target, require_bundled
from integration.support import fault

MESSAGES: list[dict[str, Any]] = [{"role": "user", "content": "Why is the sky blue?"}]
PROMPT = "Why is the sky blue?"
# Short, repeatable answers: the same request streamed and not gives the same text.
CHAT: dict[str, Any] = {"max_tokens": 4, "temperature": 0, "seed": 42}
RESPONSES: dict[str, Any] = {"max_output_tokens": 4, "temperature": 0}
ANTHROPIC: dict[str, Any] = {"max_tokens": 4, "temperature": 0}
# Fields that differ between two answers to the same request.
VOLATILE = frozenset({"id", "created", "created_at", "completed_at"})


def shape(value: Any) -> Any:
    """The structure of a JSON value: keys at every level, list lengths, no volatile values."""
    if isinstance(value, dict):
        return {key: shape(item) for key, item in value.items() if key not in VOLATILE}
    if isinstance(value, list):
        return [shape(item) for item in value]
    return type(value).__name__


def without_volatile(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: without_volatile(item) for key, item in value.items() if key not in VOLATILE}
    if isinstance(value, list):
        return [without_volatile(item) for item in value]
    return value


def same_answer(collected: Any, direct: Any) -> None:
    """`collect()` gives what `stream: false` gives, apart from ids and timestamps."""
    assert shape(collected.to_dict()) == shape(direct.to_dict())
    assert without_volatile(collected.to_dict()) == without_volatile(direct.to_dict())


@pytest.fixture
def quick(target: Target) -> Client:
    """A client that does not retry (502 is otherwise retried)."""
    return Client(target.url, max_retries=0, timeout=60)


# ---- chat completions


def test_chat_completions(client: Client, model: str) -> None:
    answer = client.openai_chat_completions(model, MESSAGES, **CHAT)
    assert isinstance(answer, OpenAIChatCompletion)
    assert answer.object == "chat.completion"
    assert answer.choices[0].message.role == "assistant"
    assert answer.choices[0].message.content
    assert answer.choices[0].finish_reason == "length"
    assert answer.usage.completion_tokens == 4

    with client.openai_chat_completions_stream(model, MESSAGES, **CHAT) as stream:
        assert isinstance(stream, EventStream)
        chunks = list(stream)
    assert all(isinstance(chunk, OpenAIChatCompletionChunk) for chunk in chunks)
    assert chunks[0].choices[0].delta.role == "assistant"
    assert chunks[-1].choices[0].finish_reason == "length"
    text = "".join(chunk.choices[0].delta.content or "" for chunk in chunks if chunk.choices)
    assert text == answer.choices[0].message.content
    assert stream.closed


def test_chat_completions_collect_equals_the_whole_answer(client: Client, model: str) -> None:
    direct = client.openai_chat_completions(model, MESSAGES, **CHAT)
    stream = client.openai_chat_completions_stream(
        model, MESSAGES, stream_options={"include_usage": True}, **CHAT
    )
    same_answer(stream.collect(), direct)


async def test_chat_completions_async(aclient: AsyncClient, model: str) -> None:
    direct = await aclient.openai_chat_completions(model, MESSAGES, **CHAT)
    chunks = [chunk async for chunk in aclient.openai_chat_completions_stream(model, MESSAGES, **CHAT)]
    text = "".join(chunk.choices[0].delta.content or "" for chunk in chunks if chunk.choices)
    assert text == direct.choices[0].message.content
    async with aclient.openai_chat_completions_stream(
        model, MESSAGES, stream_options={"include_usage": True}, **CHAT
    ) as stream:
        same_answer(await stream.collect(), direct)


# ---- text completions


def test_completions(client: Client, model: str) -> None:
    answer = client.openai_completions(model, PROMPT, **CHAT)
    assert isinstance(answer, OpenAICompletion)
    assert (answer.object, answer.choices[0].finish_reason) == ("text_completion", "length")
    chunks = list(client.openai_completions_stream(model, PROMPT, **CHAT))
    assert all(isinstance(chunk, OpenAICompletionChunk) for chunk in chunks)
    assert "".join(c.choices[0].text for c in chunks if c.choices) == answer.choices[0].text
    # With include_usage every chunk carries a zero usage and a last chunk the real one.
    collected = client.openai_completions_stream(
        model, PROMPT, stream_options={"include_usage": True}, **CHAT
    ).collect()
    same_answer(collected, answer)


async def test_completions_async(aclient: AsyncClient, model: str) -> None:
    direct = await aclient.openai_completions(model, PROMPT, **CHAT)
    stream = await aclient.openai_completions_stream(
        model, PROMPT, stream_options={"include_usage": True}, **CHAT
    )
    same_answer(await stream.collect(), direct)
    texts = [
        c.choices[0].text async for c in aclient.openai_completions_stream(model, PROMPT, **CHAT) if c.choices
    ]
    assert "".join(texts) == direct.choices[0].text


# ---- embeddings and models


def test_embeddings_and_models(client: Client, model: str, embed_model: str) -> None:
    embeddings = client.openai_embeddings(embed_model, ["one", "two"])
    assert [item.index for item in embeddings.data] == [0, 1]
    assert len(embeddings.data[0].embedding) > 0
    listed = client.openai_list_models()
    assert listed.object == "list"
    ids = [entry.id for entry in listed.data or []]
    assert any(name.split(":")[0] == model.split(":")[0] for name in ids)
    assert client.openai_retrieve_model(model).id == model
    with pytest.raises(NotFoundError) as caught:
        client.openai_retrieve_model("hiramu-no-such-model")
    assert caught.value.type == "not_found_error"
    assert "hiramu-no-such-model" in caught.value.message


async def test_embeddings_and_models_async(aclient: AsyncClient, model: str, embed_model: str) -> None:
    embeddings = await aclient.openai_embeddings(embed_model, "one")
    assert len(embeddings.data) == 1
    listed = await aclient.openai_list_models()
    assert listed.data
    assert (await aclient.openai_retrieve_model(model)).object == "model"


# ---- responses


def test_responses(client: Client, model: str) -> None:
    answer = client.openai_responses(model, PROMPT, **RESPONSES)
    assert isinstance(answer, OpenAIResponse)
    # Ollama says `completed` even when max_output_tokens cut the answer.
    assert answer.status == "completed"
    events: list[OpenAIResponsesStreamEvent] = []
    with client.openai_responses_stream(model, PROMPT, **RESPONSES) as stream:
        events.extend(stream)
    assert isinstance(events[0], OpenAIResponsesResponseEvent)
    assert [events[0].type, events[-1].type] == ["response.created", "response.completed"]
    assert [event.sequence_number for event in events] == list(range(len(events)))
    deltas = [event.delta for event in events if isinstance(event, OpenAIResponsesTextDeltaEvent)]
    content = answer.output[0].content
    assert content is not None
    assert "".join(deltas) == content[0].text
    same_answer(client.openai_responses_stream(model, PROMPT, **RESPONSES).collect(), answer)


async def test_responses_async(aclient: AsyncClient, model: str) -> None:
    direct = await aclient.openai_responses(model, PROMPT, **RESPONSES)
    kinds = [event.type async for event in aclient.openai_responses_stream(model, PROMPT, **RESPONSES)]
    assert kinds[-1] == "response.completed"
    async with aclient.openai_responses_stream(model, PROMPT, **RESPONSES) as stream:
        same_answer(await stream.collect(), direct)


# ---- Anthropic messages


def test_anthropic_messages(client: Client, model: str) -> None:
    answer = client.anthropic_messages(model, MESSAGES, **ANTHROPIC)
    assert isinstance(answer, AnthropicMessage)
    assert (answer.type, answer.role, answer.stop_reason) == ("message", "assistant", "max_tokens")
    events: list[AnthropicStreamEvent] = list(client.anthropic_messages_stream(model, MESSAGES, **ANTHROPIC))
    assert isinstance(events[0], AnthropicMessageStartEvent)
    assert isinstance(events[-1], AnthropicMessageStopEvent)
    text = "".join(
        event.delta.text or "" for event in events if isinstance(event, AnthropicContentBlockDeltaEvent)
    )
    assert answer.content and text == answer.content[0].text
    same_answer(client.anthropic_messages_stream(model, MESSAGES, **ANTHROPIC).collect(), answer)


async def test_anthropic_messages_async(aclient: AsyncClient, model: str) -> None:
    direct = await aclient.anthropic_messages(model, MESSAGES, **ANTHROPIC)
    kinds = [event.type async for event in aclient.anthropic_messages_stream(model, MESSAGES, **ANTHROPIC)]
    assert kinds[0] == "message_start" and kinds[-1] == "message_stop"
    stream = await aclient.anthropic_messages_stream(model, MESSAGES, **ANTHROPIC)
    same_answer(await stream.collect(), direct)


# ---- errors of both flavours, and the native shape


def test_openai_flavour_errors(client: Client) -> None:
    with pytest.raises(NotFoundError) as caught:
        client.openai_chat_completions("hiramu-no-such-model", MESSAGES, **CHAT)
    error = caught.value
    assert (error.status_code, error.type) == (404, "not_found_error")
    assert "hiramu-no-such-model" in error.message and error.message == error.error
    assert isinstance(error.body, dict) and "error" in error.body
    with pytest.raises(NotFoundError) as streamed:
        client.openai_chat_completions_stream("hiramu-no-such-model", MESSAGES, **CHAT)
    assert streamed.value.type == "not_found_error"


def test_anthropic_flavour_errors(client: Client, model: str) -> None:
    with pytest.raises(BadRequestError) as caught:
        client.anthropic_messages(model, MESSAGES, max_tokens=0)
    assert caught.value.type == "invalid_request_error"
    assert "max_tokens" in caught.value.message
    with pytest.raises(NotFoundError) as missing:
        client.anthropic_messages_stream("hiramu-no-such-model", MESSAGES, max_tokens=4)
    assert (missing.value.type, missing.value.status_code) == ("not_found_error", 404)


async def test_errors_async(aclient: AsyncClient) -> None:
    with pytest.raises(NotFoundError) as caught:
        await aclient.openai_responses("hiramu-no-such-model", PROMPT, **RESPONSES)
    assert caught.value.type == "not_found_error"
    with pytest.raises(NotFoundError):
        async with aclient.anthropic_messages_stream("hiramu-no-such-model", MESSAGES, max_tokens=4):
            pass


def test_cloud_pass_through_keeps_the_native_shape(target: Target, quick: Client) -> None:
    require_bundled(target, "an offline :cloud pass-through")
    with pytest.raises(ServerError) as caught:
        quick.openai_chat_completions("minimax-m2:cloud", MESSAGES, **CHAT)
    # A native body: the message is its `error` text, and there is no flavour type.
    assert caught.value.status_code == 502
    assert caught.value.type is None and caught.value.message


# ---- faults inside event streams (bundled server)


@pytest.mark.parametrize("route", ["chat", "completions", "responses", "messages"])
def test_a_cut_stream_raises_incomplete(target: Target, client: Client, model: str, route: str) -> None:
    require_bundled(target, "fault injection")
    with pytest.raises(IncompleteStreamError):
        list(open_stream(client, model, route, fault("cut-after=2")))


@pytest.mark.parametrize("route", ["chat", "completions", "responses", "messages"])
def test_an_error_event_raises_stream_error(target: Target, client: Client, model: str, route: str) -> None:
    require_bundled(target, "fault injection")
    stream = open_stream(client, model, route, fault("error-after=2;message=the GPU fell over"))
    with pytest.raises(StreamError) as caught:
        stream.collect()
    assert caught.value.message == "the GPU fell over"
    assert stream.closed


async def test_faults_async(target: Target, aclient: AsyncClient, model: str) -> None:
    require_bundled(target, "fault injection")
    with pytest.raises(IncompleteStreamError):
        async for _ in aclient.anthropic_messages_stream(
            model, MESSAGES, extra_headers=fault("cut-after=3"), **ANTHROPIC
        ):
            pass
    with pytest.raises(StreamError) as caught:
        async for _ in aclient.openai_chat_completions_stream(
            model, MESSAGES, extra_headers=fault("error-after=1"), **CHAT
        ):
            pass
    assert caught.value.type == "api_error"


def open_stream(client: Client, model: str, route: str, headers: dict[str, str]) -> EventStream[Any, Any]:
    if route == "chat":
        return client.openai_chat_completions_stream(model, MESSAGES, extra_headers=headers, **CHAT)
    if route == "completions":
        return client.openai_completions_stream(model, PROMPT, extra_headers=headers, **CHAT)
    if route == "responses":
        return client.openai_responses_stream(model, PROMPT, extra_headers=headers, **RESPONSES)
    return client.anthropic_messages_stream(model, MESSAGES, extra_headers=headers, **ANTHROPIC)


# ---- audio: multipart uploads


def test_audio_transcriptions_upload_forms(client: Client, model: str, tmp_path: Path) -> None:
    # The test models have no audio input: the server reads the upload, then refuses the model. An
    # empty file is refused before that, so the two messages show whether the bytes arrived.
    with pytest.raises(BadRequestError) as empty:
        client.openai_audio_transcriptions(model, b"")
    assert "empty" in empty.value.message
    path = tmp_path / "speech.wav"
    path.write_bytes(b"RIFF\x00\x00\x00\x00WAVEfmt ")
    for upload in (path.read_bytes(), path, io.BytesIO(path.read_bytes())):
        with pytest.raises(ResponseError) as refused:
            client.openai_audio_transcriptions(model, upload, response_format="json", language="en")
        assert "empty" not in refused.value.message
        assert refused.value.type == "invalid_request_error"


async def test_audio_transcriptions_async(aclient: AsyncClient, model: str, tmp_path: Path) -> None:
    path = tmp_path / "speech.wav"
    path.write_bytes(b"RIFF\x00\x00\x00\x00WAVEfmt ")
    with path.open("rb") as handle, pytest.raises(BadRequestError) as refused:
        await aclient.openai_audio_transcriptions(model, handle)
    assert "empty" not in refused.value.message
    with pytest.raises(BadRequestError) as empty:
        await aclient.openai_audio_transcriptions(model, b"")
    assert "empty" in empty.value.message


def test_a_file_opened_as_text_is_refused(client: Client, model: str, tmp_path: Path) -> None:
    path = tmp_path / "speech.txt"
    path.write_text("not audio")
    with path.open() as handle, pytest.raises(TypeError):
        client.openai_audio_transcriptions(model, handle)  # type: ignore[arg-type]


# ---- the raw responses


def test_raw_responses(client: Client, model: str) -> None:
    raw = client.with_raw_response.openai_chat_completions(model, MESSAGES, **CHAT)
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("application/json")
    assert raw.parsed.choices[0].finish_reason == "length"
    streamed = client.with_raw_response.anthropic_messages_stream(model, MESSAGES, **ANTHROPIC)
    assert streamed.headers["content-type"].startswith("text/event-stream")
    with streamed.parse() as stream:
        assert stream.collect().stop_reason == "max_tokens"
