"""One measurement in a fresh process: `python -m bench.worker '<json spec>'`.

The spec names the workload, the client, the server URL and the sizes. The worker builds the
client, warms it up (connection, lazy imports, first-call caches) with a small call of the same
kind, then times the real call and prints one line `RESULT <json>` with the seconds, the memory
figures and the workload's summary.

Memory: on Linux the peak-RSS counter (VmHWM) is reset just before the timed call by writing 5 to
/proc/self/clear_refs, so `peak_growth` is what the call itself added on top of the warmed-up
process; elsewhere the lifetime maximum RSS is used.
"""

from __future__ import annotations

import asyncio
import dataclasses
import gc
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from bench import clients

__all__ = ["Memory", "main", "run_spec"]

_MIB = 1024 * 1024
_WARMUP_BLOB = 4 * _MIB


class Memory:
    """Current and peak resident memory of this process, in bytes."""

    def __init__(self) -> None:
        self._status = Path("/proc/self/status")
        self._clear = Path("/proc/self/clear_refs")

    def _field(self, name: str) -> int | None:
        try:
            text = self._status.read_text()
        except OSError:
            return None
        for line in text.splitlines():
            if line.startswith(name + ":"):
                return int(line.split()[1]) * 1024
        return None

    def current(self) -> int:
        value = self._field("VmRSS")
        return value if value is not None else self._maxrss()

    def peak(self) -> int:
        value = self._field("VmHWM")
        return value if value is not None else self._maxrss()

    def reset_peak(self) -> bool:
        try:
            self._clear.write_text("5")
        except OSError:
            return False
        return True

    @staticmethod
    def _maxrss() -> int:
        usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return usage if sys.platform == "darwin" else usage * 1024


def _figures(baseline: int, peak: int, cpu: float) -> dict[str, Any]:
    return {"baseline_rss": baseline, "peak_rss": peak, "peak_growth": peak - baseline, "cpu_seconds": cpu}


def _measure_sync(call: Callable[[], Any]) -> tuple[float, Any, dict[str, Any]]:
    memory = Memory()
    gc.collect()
    baseline = memory.current()
    memory.reset_peak()
    cpu = time.process_time()
    start = time.perf_counter()
    result = call()
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu
    peak = memory.peak()
    return seconds, result, _figures(baseline, peak, cpu)


async def _measure_async(call: Callable[[], Awaitable[Any]]) -> tuple[float, Any, dict[str, Any]]:
    memory = Memory()
    gc.collect()
    baseline = memory.current()
    memory.reset_peak()
    cpu = time.process_time()
    start = time.perf_counter()
    result = await call()
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu
    peak = memory.peak()
    return seconds, result, _figures(baseline, peak, cpu)


def _warmup_file(directory: str) -> tuple[str, str]:
    path = os.path.join(directory, "warmup.bin")
    with open(path, "wb") as handle:
        for block in clients.blob_blocks(_WARMUP_BLOB):
            handle.write(block)
    return path, clients.blob_digest(_WARMUP_BLOB)


def _run_sync(spec: dict[str, Any]) -> dict[str, Any]:
    workload = spec["workload"]
    bench = clients.make_sync(spec["client"], spec["url"])
    extra: dict[str, Any] = {}
    try:
        if workload == "stream":
            bench.stream(100)
            seconds, summary, memory = _measure_sync(lambda: bench.stream(spec["chunks"]))
        elif workload == "show":
            bench.show(20)
            seconds, summary, memory = _measure_sync(lambda: bench.show(spec["calls"]))
        elif workload == "embed":
            bench.embed(spec["count"], spec["dims"])
            times = []
            for _ in range(spec["repeat"]):
                seconds, summary, memory = _measure_sync(lambda: bench.embed(spec["count"], spec["dims"]))
                times.append(seconds)
            seconds = statistics.median(times)
            extra["times"] = times
        elif workload == "upload":
            with tempfile.TemporaryDirectory() as directory:
                path, digest = _warmup_file(directory)
                bench.upload(_WARMUP_BLOB, digest, path)
            seconds, summary, memory = _measure_sync(
                lambda: bench.upload(spec["size"], spec["digest"], spec.get("path"))
            )
        else:
            raise ValueError(f"{workload} has no synchronous form")
    finally:
        bench.close()
    return {"seconds": seconds, "summary": dataclasses.asdict(summary), **memory, **extra}


async def _run_async(spec: dict[str, Any]) -> dict[str, Any]:
    workload = spec["workload"]
    bench = clients.make_async(spec["client"], spec["url"])
    extra: dict[str, Any] = {}
    try:
        if workload == "stream":
            await bench.stream(100)
            seconds, summary, memory = await _measure_async(lambda: bench.stream(spec["chunks"]))
        elif workload == "concurrent":
            await bench.concurrent(spec["streams"], 10)
            seconds, summary, memory = await _measure_async(
                lambda: bench.concurrent(spec["streams"], spec["chunks"])
            )
        elif workload == "show":
            await bench.show(20)
            seconds, summary, memory = await _measure_async(lambda: bench.show(spec["calls"]))
        elif workload == "embed":
            await bench.embed(spec["count"], spec["dims"])
            times = []
            for _ in range(spec["repeat"]):
                seconds, summary, memory = await _measure_async(
                    lambda: bench.embed(spec["count"], spec["dims"])
                )
                times.append(seconds)
            seconds = statistics.median(times)
            extra["times"] = times
        elif workload == "upload":
            with tempfile.TemporaryDirectory() as directory:
                path, digest = _warmup_file(directory)
                await bench.upload(_WARMUP_BLOB, digest, path)
            seconds, summary, memory = await _measure_async(
                lambda: bench.upload(spec["size"], spec["digest"], spec.get("path"))
            )
        else:
            raise ValueError(f"unknown workload {workload}")
    finally:
        await bench.close()
    return {"seconds": seconds, "summary": dataclasses.asdict(summary), **memory, **extra}


def run_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """Run one measurement in this process (the smoke test calls this directly)."""
    if spec["client"].endswith("-async"):
        return asyncio.run(_run_async(spec))
    return _run_sync(spec)


def main(argv: list[str]) -> int:
    spec = json.loads(argv[0])
    if spec["client"] in clients.PLAIN_CLIENTS:
        clients.block_fast_extra()  # a fresh process: as after a plain `pip install hiramu`
    result = run_spec(spec)
    print("RESULT " + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
