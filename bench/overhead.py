"""The client's own work per request, without a network: `python -m bench.overhead`.

Every client sends through the same in-memory `httpx.MockTransport` that answers `/api/show` with
the benchmark's 27 KB document and `/api/version` with a 21-byte one, so what is left is the
client's own work: building the request, httpx's client machinery, decoding and typing the answer.
`raw` (an `httpx.Client` with a `base_url`, `post`/`get`, `json.loads`) is what any client built
on httpx pays at least when it uses httpx's API the usual way; hiramu's figure minus raw's is what
hiramu adds (negative: what it saves). `version` isolates the request path; `show` adds decoding
and typing the 27 KB answer (147 tensors).

Figures are CPU time of this process (`time.process_time`), so other work on the machine slows
them less than wall time would; rounds are interleaved and the client order rotates between them.
Two profiles follow, of hiramu's `version` and `show` calls: own time per package (hiramu's own
code against httpx's and the standard library's) and the top functions.

    python -m bench.overhead [--calls N] [--rounds N] [--top N] [--no-profile]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

import httpx

from bench import payloads, profiles

CALLS = 1000
ROUNDS = 7
HOST = "http://127.0.0.1:11434"


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

    hiramu = Client(HOST, transport=_transport())
    raw = httpx.Client(base_url=HOST, transport=_transport())
    model = payloads.SHOW_MODEL

    def raw_show() -> Any:
        return json.loads(raw.post("/api/show", json={"model": model}).content)

    def raw_version() -> Any:
        return json.loads(raw.get("/api/version").content)

    clients: dict[str, Callable[[], Any]] = {
        "hiramu-show": lambda: hiramu.show(model),
        "raw-show": raw_show,
        "hiramu-version": hiramu.version,
        "raw-version": raw_version,
    }
    try:
        import ollama

        official = ollama.Client(host=HOST, transport=_transport())
        clients["ollama-show"] = lambda: official.show(model)
    except ImportError:
        pass
    return clients


def measure(clients: dict[str, Callable[[], Any]], calls: int, rounds: int) -> dict[str, list[float]]:
    """CPU µs per call of each client, one figure per round (rounds interleaved, order rotated)."""
    results: dict[str, list[float]] = {name: [] for name in clients}
    names = list(clients)
    for call in clients.values():
        for _ in range(50):
            call()  # warm-up: lazy imports, first-call caches
    for number in range(rounds):
        shift = number % len(names)
        for name in names[shift:] + names[:shift]:
            call = clients[name]
            start = time.process_time()
            for _ in range(calls):
                call()
            results[name].append((time.process_time() - start) / calls * 1e6)
    return results


def _profile(call: Callable[[], Any], calls: int, top: int, label: str, measured: float | None) -> None:
    """Profile `calls` calls; hiramu's share of the own time, scaled to the CPU time measured."""
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(calls):
        call()
    profile.disable()
    print(f"\nprofile of {calls:,} hiramu {label} calls (cProfile, which slows Python code more than C):")
    stats: dict[Any, Any] = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    total = sum(entry[2] for entry in stats.values()) or 1.0
    own = sum(
        entry[2]
        for (filename, _line, _name), entry in stats.items()
        if profiles._package(filename) == "hiramu"
    )
    line = f"hiramu's own code: {own / total:.1%} of the own time"
    if measured is not None:
        line += f", about {own / total * measured:.1f} µs of the {measured:.1f} µs per call measured above"
    print(line)
    profiles._report(profile, top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=CALLS)
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--top", type=int, default=12)
    parser.add_argument("--no-profile", action="store_true")
    args = parser.parse_args(argv)
    clients = _clients()
    results = measure(clients, args.calls, args.rounds)
    print(f"CPU µs per call over an in-memory transport (median of {args.rounds} x {args.calls:,}; min–max):")
    for name, values in results.items():
        print(f"  {name:<15} {statistics.median(values):8.1f}  ({min(values):.1f}–{max(values):.1f})")
    for workload in ("version", "show"):
        extra = statistics.median(results[f"hiramu-{workload}"]) - statistics.median(
            results[f"raw-{workload}"]
        )
        print(f"  hiramu over raw httpx + json.loads, {workload}: {extra:+.1f} µs")
    if not args.no_profile:
        for workload in ("version", "show"):
            name = f"hiramu-{workload}"
            _profile(clients[name], args.calls, args.top, workload, statistics.median(results[name]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
