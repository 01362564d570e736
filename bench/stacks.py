"""The HTTP stacks on their own, reading the same answers: `python -m bench.stacks`.

What the sync and async transports were chosen from. Each stack streams one chat answer of
`--chunks` chunks and splits the body on newlines, counting lines (no JSON decoding), and makes
`--calls` sequential `show` calls reading the whole body. Medians of `--rounds` with min–max; ratios
are to httpx 0.28 with its own transport. pycurl pushes data through a callback, the others are
read as pull-style streams.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

from bench import payloads, server

_CHAT = "/api/chat"


def _chat_body(chunks: int) -> bytes:
    return json.dumps({"model": payloads.chat_model(chunks), "messages": [], "stream": True}).encode()


_SHOW = json.dumps({"model": payloads.SHOW_MODEL}).encode()
_JSON = {"Content-Type": "application/json"}


def _count(blocks: Any) -> int:
    lines = 0
    for block in blocks:
        lines += block.count(b"\n")
    return lines


def httpx_sync(url: str, chunks: int, calls: int) -> tuple[Callable[[], int], Callable[[], int]]:
    import httpx

    client = httpx.Client(base_url=url)

    def stream() -> int:
        with client.stream("POST", _CHAT, content=_chat_body(chunks), headers=_JSON) as response:
            return _count(response.iter_raw())

    def show() -> int:
        return sum(len(client.post("/api/show", content=_SHOW, headers=_JSON).content) for _ in range(calls))

    return stream, show


def urllib3_sync(url: str, chunks: int, calls: int) -> tuple[Callable[[], int], Callable[[], int]]:
    import urllib3

    pool = urllib3.PoolManager()

    def stream() -> int:
        response = pool.request(
            "POST", url + _CHAT, body=_chat_body(chunks), headers=_JSON, preload_content=False
        )
        lines = _count(response.stream(65536, decode_content=False))
        response.release_conn()
        return lines

    def show() -> int:
        return sum(
            len(pool.request("POST", url + "/api/show", body=_SHOW, headers=_JSON).data) for _ in range(calls)
        )

    return stream, show


def pycurl_sync(url: str, chunks: int, calls: int) -> tuple[Callable[[], int], Callable[[], int]]:
    import pycurl

    curl = pycurl.Curl()
    curl.setopt(pycurl.HTTPHEADER, ["Content-Type: application/json"])
    counted = [0]

    def count(data: bytes) -> None:
        counted[0] += data.count(b"\n")

    def stream() -> int:
        counted[0] = 0
        curl.setopt(pycurl.URL, url + _CHAT)
        curl.setopt(pycurl.POSTFIELDS, _chat_body(chunks))
        curl.setopt(pycurl.WRITEFUNCTION, count)
        curl.perform()
        return counted[0]

    def show() -> int:
        total = 0
        parts: list[bytes] = []
        curl.setopt(pycurl.URL, url + "/api/show")
        curl.setopt(pycurl.POSTFIELDS, _SHOW)
        curl.setopt(pycurl.WRITEFUNCTION, parts.append)
        for _ in range(calls):
            parts.clear()
            curl.perform()
            total += len(b"".join(parts))
        return total

    return stream, show


async def _async_streams(url: str, streams: int, chunks: int, kind: str) -> int:
    body = _chat_body(chunks)
    if kind == "httpx":
        import httpx

        async with httpx.AsyncClient(base_url=url, timeout=60) as client:

            async def one() -> int:
                async with client.stream("POST", _CHAT, content=body, headers=_JSON) as response:
                    lines = 0
                    async for block in response.aiter_raw():
                        lines += block.count(b"\n")
                    return lines

            return sum(await asyncio.gather(*(one() for _ in range(streams))))
    import aiohttp

    async with aiohttp.ClientSession(url, auto_decompress=False) as session:

        async def one_aiohttp() -> int:
            async with session.post(_CHAT, data=body, headers=_JSON) as response:
                lines = 0
                while block := await response.content.readany():
                    lines += block.count(b"\n")
                return lines

        return sum(await asyncio.gather(*(one_aiohttp() for _ in range(streams))))


def _timed(call: Callable[[], Any]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stacks", description=__doc__.split("\n\n")[0])
    parser.add_argument("--chunks", type=int, default=100_000)
    parser.add_argument("--calls", type=int, default=2_000)
    parser.add_argument("--streams", type=int, default=200)
    parser.add_argument("--stream-chunks", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    sync_stacks = {"httpx": httpx_sync, "urllib3": urllib3_sync, "pycurl": pycurl_sync}
    times: dict[tuple[str, str], list[float]] = {}
    with server.spawn([args.chunks, args.stream_chunks, 10]) as url:
        made = {name: make(url, args.chunks, args.calls) for name, make in sync_stacks.items()}
        for _ in range(args.rounds):
            for name, (stream, show) in made.items():
                times.setdefault(("stream", name), []).append(_timed(stream))
                times.setdefault(("show", name), []).append(_timed(show))
            for kind in ("httpx", "aiohttp"):
                start = time.perf_counter()
                asyncio.run(_async_streams(url, args.streams, args.stream_chunks, kind))
                times.setdefault(("async streams", kind), []).append(time.perf_counter() - start)
    print(
        f"stream: {args.chunks:,} chunks; show: {args.calls:,} calls; async streams: "
        f"{args.streams} x {args.stream_chunks} chunks; {args.rounds} rounds\n"
    )
    print("| workload | stack | median s | min–max s | vs httpx |")
    print("|---|---|---|---|---|")
    for (workload, name), values in times.items():
        base = statistics.median(times[(workload, "httpx")])
        median = statistics.median(values)
        print(
            f"| {workload} | {name} | {median:.3f} | {min(values):.3f}–{max(values):.3f} | {base / median:.2f}x |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
