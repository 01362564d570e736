"""Profiles of the workloads that miss a target: `python -m bench.profiles <target> [--client NAME]`.

Each target runs the benchmark's own client code (`bench.clients`) against the benchmark server
once after a warm-up, under the profiler that explains it:

- `embed`, `upload`, `stream`, `show`: cProfile, the top functions by own time and the share
  of own time per package (hiramu, httpx, urllib3, ...);
- `wide`: 1,000 concurrent streams of 200 chunks, tracemalloc's largest allocation sites still
  alive at the peak of the run, grouped by file.

What the figures say, and what was tried, is in bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import sys
import tracemalloc
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from bench import clients, payloads, server

_SYNC_DEFAULT = "hiramu"


def _package(filename: str) -> str:
    """A short name for where a function lives: a package under site-packages, hiramu, or builtins."""
    if filename.startswith("~") or filename.startswith("<"):
        return "builtins"
    parts = filename.replace("\\", "/").split("/")
    for marker in ("site-packages", "lib-dynload"):
        if marker in parts:
            return parts[parts.index(marker) + 1].removesuffix(".py")
    if "hiramu" in parts:
        return "hiramu"
    if "bench" in parts:
        return "bench"
    return "stdlib"


def _report(profile: cProfile.Profile, top: int) -> None:
    stats = pstats.Stats(profile)
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    total = sum(entry[2] for entry in raw.values()) or 1.0
    shares: dict[str, float] = defaultdict(float)
    for (filename, _line, _name), entry in raw.items():
        shares[_package(filename)] += entry[2]
    print(f"own time {total:.3f} s; by package:")
    for name, seconds in sorted(shares.items(), key=lambda item: -item[1]):
        print(f"  {name:<16} {seconds / total:6.1%}  {seconds:.3f} s")
    print(f"top {top} functions by own time:")
    rows = sorted(raw.items(), key=lambda item: -item[1][2])[:top]
    for (filename, line, name), (_cc, calls, tottime, _cumtime, _callers) in rows:
        where = f"{filename.rsplit('/', 2)[-1] if '/' in filename else filename}:{line}"
        print(f"  {tottime / total:6.1%} {tottime:7.3f} s {calls:>9} calls  {name}  ({where})")


def _profiled(call: Callable[[], Any], top: int) -> None:
    profile = cProfile.Profile()
    profile.enable()
    call()
    profile.disable()
    _report(profile, top)


def _sync(target: str, client: str, url: str, top: int) -> None:
    bench = clients.make_sync(client, url)
    try:
        if target == "embed":
            bench.embed(256, 4096)
            _profiled(lambda: bench.embed(256, 4096), top)
        elif target == "upload":
            size = 256 << 20
            bench.upload(4 << 20, payloads.blob_digest(4 << 20), None)
            digest = payloads.blob_digest(size)  # hashed before, not inside, the profile
            _profiled(lambda: bench.upload(size, digest, None), top)
        elif target == "stream":
            bench.stream(100)
            _profiled(lambda: bench.stream(100_000), top)
        elif target == "show":
            bench.show(20)
            _profiled(lambda: bench.show(2_000), top)
    finally:
        bench.close()


async def _wide(client: str, url: str, top: int) -> None:
    bench = clients.make_async(client, url)
    try:
        await bench.stream(100)
        tracemalloc.start()
        before = tracemalloc.take_snapshot()
        base = tracemalloc.get_traced_memory()[0]
        snapshots: list[tracemalloc.Snapshot] = []

        async def one() -> None:
            await bench.stream(200)

        async def watch() -> None:
            # The run's peak is near the moment every stream is open: keep the snapshot
            # taken when the traced size was largest.
            best = 0
            while True:
                await asyncio.sleep(0.05)
                current = tracemalloc.get_traced_memory()[0]
                if current > best:
                    best = current
                    snapshots[:] = [tracemalloc.take_snapshot()]

        watcher = asyncio.create_task(watch())
        await asyncio.gather(*(one() for _ in range(1000)))
        watcher.cancel()
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(f"traced Python memory: peak {(peak - base) / 2**20:.1f} MiB over the start")
        if snapshots:
            stats = snapshots[0].compare_to(before, "lineno")
            print(f"at the largest sampled moment, top {top} lines by growth:")
            for stat in stats[:top]:
                frame = stat.traceback[0]
                growth = stat.size_diff / 2**20
                print(f"  {growth:7.2f} MiB {stat.count_diff:>8} blocks  {frame.filename}:{frame.lineno}")
    finally:
        await bench.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", choices=["embed", "upload", "stream", "show", "wide"])
    parser.add_argument("--client", help="a client name of bench.clients (default: hiramu / hiramu-async)")
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args(argv)
    if args.client in clients.PLAIN_CLIENTS:
        clients.block_fast_extra()  # as the benchmark's worker does: a plain `pip install hiramu`
    if args.target == "wide":
        with server.spawn(preload_chat=[100, 200]) as url:
            asyncio.run(_wide(args.client or "hiramu-async", url, args.top))
    else:
        with server.spawn(preload_chat=[100, 100_000], preload_embed=[(256, 4096)]) as url:
            _sync(args.target, args.client or _SYNC_DEFAULT, url, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
