"""Helpers of the integration suite: fault control, comparisons without timings, blobs, vectors."""

from __future__ import annotations

import hashlib
import math
import os
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import Any

import httpx
import pytest

FAULT_HEADER = "X-Local-Ollama-Fault"

# Fields that measure time: they differ between two runs of the same request.
TIMING_FIELDS = frozenset(
    {"created_at", "total_duration", "load_duration", "prompt_eval_duration", "eval_duration"}
)

WEATHER_TOOL: dict[str, Any] = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The current weather in a city",
        "parameters": {
            "type": "object",
            "required": ["city"],
            "properties": {"city": {"type": "string", "description": "The city"}},
        },
    },
}


def fault(spec: str) -> dict[str, str]:
    """`extra_headers` that inject a fault into one request."""
    return {FAULT_HEADER: spec}


class FaultControl:
    """The bundled server's `/_local/faults` route: register faults and read how often they fired."""

    def __init__(self, base_url: str) -> None:
        self._http = httpx.Client(base_url=base_url, timeout=10)

    def add(self, spec: str, *, path: str, method: str = "POST", times: int | None = None) -> None:
        body: dict[str, Any] = {"fault": spec, "path": path, "method": method}
        if times is not None:
            body["times"] = times
        self._http.post("/_local/faults", json=body).raise_for_status()

    def used(self) -> list[int]:
        """How many requests each registered fault has been applied to, in registration order."""
        response = self._http.get("/_local/faults")
        response.raise_for_status()
        return [int(item["used"]) for item in response.json()["faults"]]

    def clear(self) -> None:
        self._http.delete("/_local/faults").raise_for_status()

    def close(self) -> None:
        self._http.close()


def without_timings(data: dict[str, Any]) -> dict[str, Any]:
    """A response's wire dict without the fields that measure time."""
    return {key: value for key, value in data.items() if key not in TIMING_FIELDS}


# A real runner is not bit-for-bit repeatable: two identical seeded requests to Ollama 0.33.0-rc2
# gave logprobs of -0.78954 and -0.79012. The bundled server is, and is held to exact equality.
RUNNER_REL = 5e-3
RUNNER_ABS = 5e-3


def runner_floats(value: Any, *, exact: bool) -> Any:
    """``value`` with every float (logprobs, runner outputs) compared with the runner tolerance, or
    unchanged when ``exact`` (the bundled server): ``assert actual == runner_floats(expected, ...)``."""
    if exact:
        return value
    if isinstance(value, float):
        return pytest.approx(value, rel=RUNNER_REL, abs=RUNNER_ABS)
    if isinstance(value, dict):
        return {key: runner_floats(item, exact=False) for key, item in value.items()}
    if isinstance(value, list):
        return [runner_floats(item, exact=False) for item in value]
    return value


def l2_norm(vector: Sequence[float]) -> float:
    return math.sqrt(math.fsum(x * x for x in vector))


def random_blob(size: int = 4096) -> tuple[bytes, str]:
    """Fresh random bytes and their blob digest (`sha256:<hex>`)."""
    data = os.urandom(size)
    return data, digest_of(data)


def digest_of(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def chunked(data: bytes, size: int) -> Iterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


async def achunked(data: bytes, size: int) -> AsyncIterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


def count(value: object) -> int:
    """A count field of a response, checked to be present (an int, not UNSET)."""
    assert isinstance(value, int), value
    return value


def tagged(name: str) -> str:
    """A model name with its tag (`latest` when none is given), as `/api/tags` and `/api/ps` show it."""
    last = name.rsplit("/", 1)[-1]
    return name if ":" in last else name + ":latest"
