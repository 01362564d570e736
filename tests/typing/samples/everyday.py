"""Everyday code against hiramu.ollama: mypy --strict must accept every line.

Checked by tests/typing/test_mypy.py, and left out of `make typecheck` (see pyproject.toml). Lines
marked `# response types` read response fields as plain types (no `Unset`).
"""

from __future__ import annotations

import dataclasses

import hiramu.ollama as ollama
from hiramu.ollama import AsyncClient, Client, ResponseError


@dataclasses.dataclass
class City:
    name: str
    population: int


def add(a: int, b: int) -> int:
    """Add two numbers.

    Args:
        a: The first.
        b: The second.
    """
    return a + b


def chat(client: Client) -> str:
    answer = client.chat("llama3.2", [{"role": "user", "content": "Hi"}], options={"temperature": 0})
    text: str = answer.message.content  # response types
    # counts are left out when zero (Go's omitempty): int | None
    tokens: int = (answer.eval_count or 0) + (answer.prompt_eval_count or 0)  # response types
    print(f"{tokens} tokens")
    for call in answer.message.tool_calls or []:  # response types
        print(call.function.name, dict(call.function.arguments))  # response types
    return text


def stream(client: Client) -> str:
    parts: list[str] = []
    with client.chat_stream("llama3.2", [{"role": "user", "content": "Hi"}]) as chunks:
        for chunk in chunks:
            parts.append(chunk.message.content)  # response types
    return "".join(parts)


def models(client: Client) -> int:
    shown = client.show("llama3.2")
    keys: int = len(shown.model_info)  # response types
    names = [entry.name for entry in client.list().models]
    print(names, client.ps().models)
    raw = client.with_raw_response.version()
    print(raw.status_code, raw.headers.get("content-type"), raw.parsed.version)
    return keys


def helpers(client: Client) -> None:
    city = client.chat_parse("llama3.2", [{"role": "user", "content": "A city?"}], format=City, think=False)
    print(city.value.name, city.value.population + 1)
    run = client.run_tools("llama3.2", [{"role": "user", "content": "2 + 3?"}], [add], max_rounds=3)
    print(run.response.message.content, len(run.messages))
    pulled = client.pull_with_progress("llama3.2", progress=False, insecure=False)
    print(pulled.status)
    try:
        client.embed("all-minilm", ["a", "b"], dimensions=8)
    except ResponseError as error:
        print(error.status_code, error.error)
    print(ollama.generate("llama3.2", "Why?").response)


async def async_streams(aclient: AsyncClient) -> str:
    parts: list[str] = []
    async with aclient.chat_stream("llama3.2", [{"role": "user", "content": "Hi"}]) as chunks:
        async for chunk in chunks:
            parts.append(chunk.message.content)  # response types
    async for piece in aclient.generate_stream("llama3.2", "Why?"):
        parts.append(piece.response)  # response types
    awaited = await aclient.chat_stream("llama3.2", [{"role": "user", "content": "Hi"}])
    async with awaited:
        merged = await awaited.collect()
    total: int = (merged.eval_count or 0) * 2  # response types
    print(total)
    answer = await aclient.generate("llama3.2", "Why?")
    print(answer.done, (await aclient.with_raw_response.ps()).status_code)
    return "".join(parts)


def compatible_routes(client: Client) -> str:
    messages = [{"role": "user", "content": "Hi"}]
    completion = client.openai_chat_completions("llama3.2", messages, max_tokens=32, temperature=0)
    text: str = completion.choices[0].message.content  # response types
    used: int = completion.usage.total_tokens  # response types
    with client.openai_chat_completions_stream("llama3.2", messages) as chunks:
        for chunk in chunks:
            for choice in chunk.choices:  # response types
                print(choice.delta.content or "", choice.finish_reason)
    collected = client.openai_completions_stream("llama3.2", "Why?").collect()
    print(collected.choices[0].text, used)  # response types
    vectors = client.openai_embeddings("all-minilm", ["a", "b"])
    print(len(vectors.data[0].embedding), [model.id for model in client.openai_list_models().data or []])
    print(client.openai_retrieve_model("llama3.2").owned_by)
    for event in client.openai_responses_stream("llama3.2", "Why?"):
        if isinstance(event, ollama.models.OpenAIResponsesTextDeltaEvent):
            print(event.delta)
    print(client.openai_responses("llama3.2", "Why?", max_output_tokens=16).status)
    message = client.anthropic_messages_stream("llama3.2", messages, 64).collect()
    print(message.stop_reason, [block.text for block in message.content or []])
    print(client.anthropic_messages("llama3.2", messages, 64, system="Be terse.").usage.output_tokens)
    heard = client.openai_audio_transcriptions("gemma3n", b"RIFF....WAVEfmt", language="en")
    try:
        client.openai_chat_completions("missing", messages)
    except ResponseError as error:
        print(error.status_code, error.type, error.message)
    return text + heard.text


async def async_compatible_routes(aclient: AsyncClient) -> str:
    messages = [{"role": "user", "content": "Hi"}]
    parts: list[str] = []
    async for event in aclient.anthropic_messages_stream("llama3.2", messages, 64):
        if isinstance(event, ollama.models.AnthropicContentBlockDeltaEvent):
            parts.append(event.delta.text or "")
    async with aclient.openai_chat_completions_stream("llama3.2", messages) as stream:
        merged = await stream.collect()
    print(merged.choices[0].message.content)  # response types
    answer = await aclient.openai_responses("llama3.2", "Why?")
    print(answer.output_text if hasattr(answer, "output_text") else answer.status)
    return "".join(parts)
