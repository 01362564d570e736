"""A streamed chat, synchronous and asynchronous."""

from __future__ import annotations

import asyncio

from demo_settings import CHAT_MODEL
from hiramu.ollama import AsyncClient, Client

MESSAGES = [{"role": "user", "content": "Why is the sky blue?"}]


def stream_sync() -> None:
    with Client() as client, client.chat_stream(CHAT_MODEL, MESSAGES, options={"seed": 7}) as stream:
        for chunk in stream:
            print(chunk.message.content, end="", flush=True)
            if chunk.done:
                print(f"\n[{chunk.eval_count} tokens, done_reason={chunk.done_reason}]")


async def stream_async() -> None:
    async with AsyncClient() as client:
        # The request is sent on entering the block; the stream is closed on leaving it.
        async with client.chat_stream(CHAT_MODEL, MESSAGES, options={"seed": 7}) as stream:
            answer = await stream.collect()  # the whole answer, as `chat(...)` would return it
        print(f"async: {answer.message.content!r}")


def main() -> None:
    stream_sync()
    asyncio.run(stream_async())


if __name__ == "__main__":
    main()
