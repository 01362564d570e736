"""`collect()` of a stream equals the answer of the same request with `stream: false`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hiramu.ollama import AsyncClient, Client
from hiramu.ollama.models import ChatResponse, GenerateResponse, ProgressResponse

from integration.conftest import Target, require_bundled
from integration.support import WEATHER_TOOL, runner_floats, tagged, without_timings

SEEDED: dict[str, Any] = {"seed": 7, "temperature": 0, "num_predict": 12}
MESSAGES: list[dict[str, Any]] = [
    {"role": "system", "content": "You are a poet."},
    {"role": "user", "content": "Write about the sea."},
]


def test_generate_collect_equals_non_streaming(client: Client, model: str) -> None:
    collected = client.generate_stream(model, prompt="Tell me a story.", options=SEEDED).collect()
    single = client.generate(model, prompt="Tell me a story.", options=SEEDED)
    assert isinstance(collected, GenerateResponse)
    assert collected.response
    assert without_timings(collected.to_dict()) == without_timings(single.to_dict())


def test_generate_collect_with_logprobs(client: Client, model: str, target: Target) -> None:
    kwargs: dict[str, Any] = {"prompt": "Hello", "logprobs": True, "top_logprobs": 3, "options": SEEDED}
    collected = client.generate_stream(model, **kwargs).collect()
    single = client.generate(model, **kwargs)
    assert collected.logprobs
    # exact against the bundled server; a real runner's logprobs move in the 4th digit between runs
    expected = runner_floats(without_timings(single.to_dict()), exact=target.bundled)
    assert without_timings(collected.to_dict()) == expected


def test_chat_collect_equals_non_streaming(client: Client, model: str) -> None:
    stream = client.chat_stream(model, messages=MESSAGES, options=SEEDED)
    collected = stream.collect()
    assert stream.closed
    single = client.chat(model, messages=MESSAGES, options=SEEDED)
    assert isinstance(collected, ChatResponse)
    assert collected.message.content
    assert without_timings(collected.to_dict()) == without_timings(single.to_dict())


def test_chat_collect_with_thinking_and_tool_calls(client: Client, tools_model: str) -> None:
    question = [{"role": "user", "content": "What is the weather in Oslo? Use the tool."}]
    kwargs: dict[str, Any] = {"messages": question, "tools": [WEATHER_TOOL], "think": True, "options": SEEDED}
    collected = client.chat_stream(tools_model, **kwargs).collect()
    single = client.chat(tools_model, **kwargs)
    assert collected.message.thinking
    assert collected.message.tool_calls
    assert without_timings(collected.to_dict()) == without_timings(single.to_dict())


async def test_generate_collect_equals_non_streaming_async(aclient: AsyncClient, model: str) -> None:
    stream = await aclient.generate_stream(model, prompt="Tell me a story.", options=SEEDED)
    collected = await stream.collect()
    assert stream.closed
    single = await aclient.generate(model, prompt="Tell me a story.", options=SEEDED)
    assert without_timings(collected.to_dict()) == without_timings(single.to_dict())


async def test_chat_collect_equals_non_streaming_async(aclient: AsyncClient, model: str) -> None:
    collected = await (await aclient.chat_stream(model, messages=MESSAGES, options=SEEDED)).collect()
    single = await aclient.chat(model, messages=MESSAGES, options=SEEDED)
    assert collected.message.content
    assert without_timings(collected.to_dict()) == without_timings(single.to_dict())


def check_progress_pair(collected: ProgressResponse, single: ProgressResponse) -> None:
    assert isinstance(collected, ProgressResponse)
    assert collected.status == "success"
    assert collected.to_dict() == single.to_dict()


def test_pull_collect_equals_non_streaming(client: Client, target: Target) -> None:
    require_bundled(target, "the offline catalogue of /api/pull")
    check_progress_pair(client.pull_stream("tiny-llama").collect(), client.pull("tiny-llama"))


async def test_pull_collect_equals_non_streaming_async(aclient: AsyncClient, target: Target) -> None:
    require_bundled(target, "the offline catalogue of /api/pull")
    collected = await (await aclient.pull_stream("tiny-llama")).collect()
    check_progress_pair(collected, await aclient.pull("tiny-llama"))


def test_create_collect_equals_non_streaming(
    client: Client, model: str, scratch_names: Callable[[], str]
) -> None:
    first, second = scratch_names(), scratch_names()
    collected = client.create_stream(first, from_=model, system="Same.").collect()
    single = client.create(second, from_=model, system="Same.")
    check_progress_pair(collected, single)
    names = {entry.name: entry.digest for entry in client.list().models}
    # The same recipe gives the same manifest.
    assert names[tagged(first)] == names[tagged(second)]


async def test_create_collect_equals_non_streaming_async(
    aclient: AsyncClient, model: str, scratch_names: Callable[[], str]
) -> None:
    first, second = scratch_names(), scratch_names()
    collected = await (await aclient.create_stream(first, from_=model, system="Same.")).collect()
    check_progress_pair(collected, await aclient.create(second, from_=model, system="Same."))


def test_runner_tolerance_covers_a_real_runner_and_only_it() -> None:
    # the two logprobs a real Ollama 0.33.0-rc2 gave for the same seeded request
    first = {"logprobs": [{"token": " the", "logprob": -0.78954, "top_logprobs": [{"logprob": -0.78954}]}]}
    second = {"logprobs": [{"token": " the", "logprob": -0.79012, "top_logprobs": [{"logprob": -0.79012}]}]}
    assert second == runner_floats(first, exact=False)
    assert second != runner_floats(first, exact=True)
    assert runner_floats({"logprobs": [{"token": " the", "logprob": -0.78954}]}, exact=False) != {
        "logprobs": [{"token": " a", "logprob": -0.79012}]
    }
    assert runner_floats({"logprob": -0.78954}, exact=False) != {"logprob": -1.2}
