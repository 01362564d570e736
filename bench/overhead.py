"""The client's own work per request, without a network: `python -m bench.overhead`.

Every client sends through the same in-memory `httpx.MockTransport` that answers `/api/show` with
the benchmark's 27 KB document, so what is left is the client's own work: building the request,
httpx's client machinery, decoding and typing the answer. `raw` (httpx + `json.loads`) is the floor
for any client built on httpx; hiramu's figure minus raw's is what hiramu itself adds (`version`, a
21-byte answer, isolates the request path; `show` adds typing 147 tensors). A profile
of hiramu's calls follows (top functions by own time).
"""

from __future__ import annotations

import cProfile
import io
import json
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

import httpx

from bench import payloads

CALLS = 2000
ROUNDS = 5


def _transport() -> httpx.MockTransport:
    body = json.dumps(payloads.show_document()).encode()
    version = b'{"version":"0.33.0"}'

    def answer(request: httpx.Request) -> httpx.Response:
        content = version if request.url.path == "/api/version" else body
        return httpx.Response(
            200, content=content, headers={"Content-Type": "application/json; charset=utf-8"}
        )

    return httpx.MockTransport(answer)


def _clients() -> dict[str, Callable[[], Any]]:
    from hiramu.ollama import Client

    hiramu = Client("http://127.0.0.1:11434", transport=_transport())
    raw = httpx.Client(base_url="http://127.0.0.1:11434", transport=_transport())
    model = payloads.SHOW_MODEL

    def raw_show() -> Any:
        return json.loads(raw.post("/api/show", json={"model": model}).content)

    def raw_version() -> Any:
        return json.loads(raw.get("/api/version").content)

    clients: dict[str, Callable[[], Any]] = {
        "hiramu": lambda: hiramu.show(model),
        "raw": raw_show,
        "hiramu-version": hiramu.version,
        "raw-version": raw_version,
    }
    try:
        import ollama

        official = ollama.Client(host="http://127.0.0.1:11434", transport=_transport())
        clients["ollama"] = lambda: official.show(model)
    except ImportError:
        pass
    return clients


def main() -> int:
    clients = _clients()
    results: dict[str, list[float]] = {name: [] for name in clients}
    for call in clients.values():
        for _ in range(50):
            call()  # warm-up: lazy imports, first-call caches
    for _ in range(ROUNDS):
        for name, call in clients.items():
            start = time.perf_counter()
            for _ in range(CALLS):
                call()
            results[name].append((time.perf_counter() - start) / CALLS * 1e6)
    print(f"µs per show call over an in-memory transport (median of {ROUNDS} x {CALLS:,}; min–max):")
    for name, values in results.items():
        print(f"  {name:<8} {statistics.median(values):7.1f}  ({min(values):.1f}–{max(values):.1f})")
    extra = statistics.median(results["hiramu"]) - statistics.median(results["raw"])
    print(f"  hiramu's own work over raw httpx + json.loads, show (27 KB, 147 tensors typed): {extra:.1f} µs")
    extra = statistics.median(results["hiramu-version"]) - statistics.median(results["raw-version"])
    print(f"  the same for version (a 21-byte answer: the request path alone): {extra:.1f} µs")
    profile = cProfile.Profile()
    call = clients["hiramu"]
    profile.enable()
    for _ in range(CALLS):
        call()
    profile.disable()
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(15)
    print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
