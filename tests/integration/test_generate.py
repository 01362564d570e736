"""generate and chat through `Client` / `AsyncClient`, streaming and not."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hiramu.ollama import (
    AsyncClient,
    BadRequestError,
    Client,
    NotFoundError,
    Stream,
)
from hiramu.ollama.models import ChatResponse, DebugInfo, GenerateResponse, Message, Options

from integration.conftest import Target
from integration.support import WEATHER_TOOL, count, without_timings

PROMPT = "Why is the sky blue?"
MESSAGES: list[dict[str, Any]] = [{"role": "user", "content": PROMPT}]
SEEDED: dict[str, Any] = {"seed": 42, "temperature": 0}
MISSING = "hiramu-it-no-such-model"


def check_final_generate(answer: GenerateResponse, model: str, num_predict: int, target: Target) -> None:
    assert answer.model == model
    assert answer.done is True
    assert isinstance(answer.response, str)
    assert isinstance(answer.eval_count, int)
    assert isinstance(answer.prompt_eval_count, int)
    assert answer.prompt_eval_count > 0
    assert 0 < answer.eval_count <= num_predict
    assert answer.done_reason in ("length", "stop")
    assert (answer.done_reason == "length") is (answer.eval_count == num_predict)
    if target.bundled:
        # The bundled server always generates up to num_predict.
        assert answer.done_reason == "length"
    assert isinstance(answer.total_duration, int)
    assert answer.total_duration > 0
    assert isinstance(answer.context, list)
    assert all(isinstance(token, int) for token in answer.context)


def check_final_chat(answer: ChatResponse, model: str, num_predict: int, target: Target) -> None:
    assert answer.model == model
    assert answer.done is True
    assert answer.message.role == "assistant"
    assert isinstance(answer.message.content, str)
    assert isinstance(answer.eval_count, int)
    assert 0 < answer.eval_count <= num_predict
    assert (answer.done_reason == "length") is (answer.eval_count == num_predict)
    if target.bundled:
        assert answer.done_reason == "length"


def check_generate_chunks(chunks: list[GenerateResponse], model: str, n: int, target: Target) -> None:
    assert chunks
    assert all(isinstance(chunk, GenerateResponse) for chunk in chunks)
    assert [chunk.done for chunk in chunks] == [False] * (len(chunks) - 1) + [True]
    assert {chunk.model for chunk in chunks} == {model}
    check_final_generate(chunks[-1], model, n, target)
    assert chunks[-1].response == ""
    assert "".join(chunk.response for chunk in chunks)
    if target.bundled:
        # One chunk per generated piece, then the final chunk with the statistics.
        assert len(chunks) == n + 1
        assert all(chunk.response for chunk in chunks[:-1])


def first_tool_call(message: Message) -> dict[str, Any]:
    calls = message.tool_calls
    assert isinstance(calls, list)
    assert calls
    return calls[0].to_dict()


# ---- generate


def test_generate(client: Client, model: str, target: Target) -> None:
    answer = client.generate(model, prompt=PROMPT, options={**SEEDED, "num_predict": 5})
    assert isinstance(answer, GenerateResponse)
    check_final_generate(answer, model, 5, target)
    assert answer.response


def test_generate_honours_num_predict(client: Client, model: str, target: Target) -> None:
    short = client.generate(model, prompt=PROMPT, options={**SEEDED, "num_predict": 2})
    longer = client.generate(model, prompt=PROMPT, options={**SEEDED, "num_predict": 9})
    check_final_generate(short, model, 2, target)
    check_final_generate(longer, model, 9, target)
    if target.bundled:
        assert (short.eval_count, longer.eval_count) == (2, 9)
        assert longer.response.startswith(short.response)


def test_generate_stream(client: Client, model: str, target: Target) -> None:
    stream = client.generate_stream(model, prompt=PROMPT, options={**SEEDED, "num_predict": 6})
    assert isinstance(stream, Stream)
    with stream:
        chunks = list(stream)
    assert stream.closed
    check_generate_chunks(chunks, model, 6, target)
    assert stream.lines_received == len(chunks)


async def test_generate_async(aclient: AsyncClient, model: str, target: Target) -> None:
    answer = await aclient.generate(model, prompt=PROMPT, options={**SEEDED, "num_predict": 4})
    check_final_generate(answer, model, 4, target)
    assert answer.response


async def test_generate_stream_async(aclient: AsyncClient, model: str, target: Target) -> None:
    stream = await aclient.generate_stream(model, prompt=PROMPT, options={**SEEDED, "num_predict": 4})
    async with stream:
        chunks = [chunk async for chunk in stream]
    assert stream.closed
    check_generate_chunks(chunks, model, 4, target)


def test_generate_stop_cuts_the_answer(client: Client, model: str) -> None:
    options = {**SEEDED, "num_predict": 12}
    chunks = list(client.generate_stream(model, prompt=PROMPT, options=options))
    pieces = [chunk.response for chunk in chunks[:-1]]
    full = "".join(pieces)
    stop = next((piece.strip() for piece in pieces[2:] if len(piece.strip()) >= 2), None)
    if stop is None or full.index(stop) == 0:
        pytest.skip("the model's answer has no usable stop word past its start")
    answer = client.generate(model, prompt=PROMPT, options={**options, "stop": [stop]})
    assert answer.done_reason == "stop"
    assert answer.response == full[: full.index(stop)]


def test_generate_json_schema_format(client: Client, model: str) -> None:
    schema = {
        "type": "object",
        "properties": {"count": {"type": "integer"}, "label": {"type": "string"}},
        "required": ["count", "label"],
    }
    answer = client.generate(
        model, prompt="Count the moons.", format=schema, options={**SEEDED, "num_predict": 200}
    )
    value = json.loads(answer.response)
    assert isinstance(value, dict)
    assert isinstance(value["count"], int)
    assert isinstance(value["label"], str)


def test_generate_logprobs(client: Client, model: str) -> None:
    answer = client.generate(
        model, prompt=PROMPT, logprobs=True, top_logprobs=2, options={**SEEDED, "num_predict": 4}
    )
    assert isinstance(answer.logprobs, list)
    assert len(answer.logprobs) == answer.eval_count
    assert "".join(entry.token for entry in answer.logprobs) == answer.response
    for entry in answer.logprobs:
        assert entry.logprob <= 0
        assert isinstance(entry.top_logprobs, list)
        assert len(entry.top_logprobs) == 2
        assert entry.top_logprobs[0].logprob >= entry.top_logprobs[1].logprob


def test_generate_load_and_unload(client: Client, model: str) -> None:
    loaded = client.generate(model, prompt="")
    assert (loaded.done, loaded.done_reason, loaded.response) == (True, "load", "")
    unloaded = client.generate(model, prompt="", keep_alive=0)
    assert (unloaded.done, unloaded.done_reason) == (True, "unload")


def test_generate_stream_of_a_load_is_one_chunk(client: Client, model: str) -> None:
    with client.generate_stream(model, prompt="") as stream:
        chunks = list(stream)
    assert [(chunk.done, chunk.done_reason) for chunk in chunks] == [(True, "load")]


def test_debug_render_only(client: Client, model: str) -> None:
    answer = client.generate(model, prompt=PROMPT, debug_render_only=True)
    assert (answer.done, answer.response) == (False, "")
    debug = answer.debug_info
    assert isinstance(debug, DebugInfo)
    assert PROMPT in debug.rendered_template


def test_debug_render_only_stream(client: Client, model: str) -> None:
    single = client.generate(model, prompt=PROMPT, debug_render_only=True)
    with client.generate_stream(model, prompt=PROMPT, debug_render_only=True) as stream:
        chunks = list(stream)
    assert [without_timings(chunk.to_dict()) for chunk in chunks] == [without_timings(single.to_dict())]


async def test_debug_render_only_chat_stream_collect_async(aclient: AsyncClient, model: str) -> None:
    single = await aclient.chat(model, messages=MESSAGES, debug_render_only=True)
    collected = await (await aclient.chat_stream(model, messages=MESSAGES, debug_render_only=True)).collect()
    assert without_timings(collected.to_dict()) == without_timings(single.to_dict())


def test_generate_unknown_model(client: Client) -> None:
    with pytest.raises(NotFoundError) as caught:
        client.generate(MISSING, prompt=PROMPT)
    assert caught.value.status_code == 404
    assert MISSING in caught.value.error


def test_generate_stream_unknown_model_raises_at_the_call(client: Client) -> None:
    # The request is sent when the stream is created: no iteration is needed to see the 404.
    with pytest.raises(NotFoundError) as caught:
        client.generate_stream(MISSING, prompt=PROMPT)
    assert caught.value.status_code == 404


async def test_generate_unknown_model_async(aclient: AsyncClient) -> None:
    with pytest.raises(NotFoundError):
        await aclient.generate(MISSING, prompt=PROMPT)
    with pytest.raises(NotFoundError):
        await aclient.generate_stream(MISSING, prompt=PROMPT)


def test_think_on_a_model_without_thinking_is_a_bad_request(client: Client, model: str) -> None:
    capabilities = client.show(model).capabilities or []
    if "thinking" in capabilities:
        pytest.skip(f"{model} can think; this test needs a model without the thinking capability")
    with pytest.raises(BadRequestError) as caught:
        client.generate(model, prompt=PROMPT, think=True)
    assert caught.value.status_code == 400
    assert "does not support thinking" in caught.value.error
    with pytest.raises(BadRequestError):
        client.chat_stream(model, messages=MESSAGES, think=True)


def test_extra_body_reaches_the_server(client: Client, model: str) -> None:
    answer = client.generate(model, prompt=PROMPT, extra_body={"options": {**SEEDED, "num_predict": 3}})
    assert count(answer.eval_count) <= 3


# ---- chat


def test_chat(client: Client, model: str, target: Target) -> None:
    answer = client.chat(model, messages=MESSAGES, options={**SEEDED, "num_predict": 5})
    assert isinstance(answer, ChatResponse)
    check_final_chat(answer, model, 5, target)
    assert answer.message.content


def test_chat_stream(client: Client, model: str, target: Target) -> None:
    with client.chat_stream(model, messages=MESSAGES, options={**SEEDED, "num_predict": 5}) as stream:
        chunks = list(stream)
    assert [chunk.done for chunk in chunks] == [False] * (len(chunks) - 1) + [True]
    assert all(chunk.message.role == "assistant" for chunk in chunks)
    check_final_chat(chunks[-1], model, 5, target)
    assert "".join(chunk.message.content or "" for chunk in chunks)
    if target.bundled:
        assert len(chunks) == 6


async def test_chat_async(aclient: AsyncClient, model: str, target: Target) -> None:
    answer = await aclient.chat(model, messages=MESSAGES, options={**SEEDED, "num_predict": 3})
    check_final_chat(answer, model, 3, target)
    assert answer.message.content


async def test_chat_stream_async(aclient: AsyncClient, model: str, target: Target) -> None:
    stream = await aclient.chat_stream(model, messages=MESSAGES, options={**SEEDED, "num_predict": 3})
    async with stream:
        chunks = [chunk async for chunk in stream]
    assert [chunk.done for chunk in chunks] == [False] * (len(chunks) - 1) + [True]
    check_final_chat(chunks[-1], model, 3, target)
    assert "".join(chunk.message.content or "" for chunk in chunks)


def test_chat_accepts_model_instances(client: Client, model: str, target: Target) -> None:
    answer = client.chat(
        model,
        messages=[Message(role="user", content=PROMPT)],
        options=Options(seed=42, temperature=0, num_predict=4),
    )
    check_final_chat(answer, model, 4, target)


def test_chat_unknown_model(client: Client) -> None:
    with pytest.raises(NotFoundError) as caught:
        client.chat(MISSING, messages=MESSAGES)
    assert MISSING in caught.value.error
    with pytest.raises(NotFoundError):
        client.chat_stream(MISSING, messages=MESSAGES)


def test_chat_load_and_unload(client: Client, model: str) -> None:
    loaded = client.chat(model)
    assert (loaded.done, loaded.done_reason, loaded.message.content) == (True, "load", "")
    assert client.chat(model, keep_alive=0).done_reason == "unload"


def test_chat_tool_call(client: Client, tools_model: str) -> None:
    answer = client.chat(
        tools_model,
        messages=[{"role": "user", "content": "What is the weather in Paris? Use the tool."}],
        tools=[WEATHER_TOOL],
        think=False,
        options=SEEDED,
    )
    call = first_tool_call(answer.message)
    assert call["function"]["name"] == "get_weather"
    assert isinstance(call["function"]["arguments"]["city"], str)


def test_chat_stream_tool_call_and_answer_to_its_result(client: Client, tools_model: str) -> None:
    question = {"role": "user", "content": "What is the weather in Paris? Use the tool."}
    with client.chat_stream(
        tools_model, messages=[question], tools=[WEATHER_TOOL], think=False, options=SEEDED
    ) as s:
        chunks = list(s)
    with_calls = [chunk for chunk in chunks if chunk.message.tool_calls]
    assert with_calls
    # Tool calls arrive in their own chunk, without content.
    assert with_calls[0].message.content == ""
    call = first_tool_call(with_calls[0].message)
    assert call["function"]["name"] == "get_weather"
    follow_up = client.chat(
        tools_model,
        messages=[
            question,
            {"role": "assistant", "content": "", "tool_calls": [call]},
            {"role": "tool", "tool_name": "get_weather", "content": "18 degrees and sunny"},
        ],
        tools=[WEATHER_TOOL],
        think=False,
        options={**SEEDED, "num_predict": 16},
    )
    assert follow_up.message.content
    assert not follow_up.message.tool_calls


async def test_chat_thinking_async(aclient: AsyncClient, tools_model: str, target: Target) -> None:
    # Room to think and then answer (a real thinking model may think for hundreds of tokens).
    options = {**SEEDED, "num_predict": 24 if target.bundled else 2048}
    stream = await aclient.chat_stream(tools_model, messages=MESSAGES, think=True, options=options)
    async with stream:
        chunks = [chunk async for chunk in stream]
    thinking = [i for i, chunk in enumerate(chunks) if chunk.message.thinking]
    content = [i for i, chunk in enumerate(chunks) if chunk.message.content]
    assert thinking
    assert content
    # The model thinks first, then answers.
    assert max(thinking) < min(content)
    answer = await aclient.chat(tools_model, messages=MESSAGES, think=True, options=options)
    assert answer.message.thinking
    assert answer.message.content
