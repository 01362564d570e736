"""Fault injection: make a response fail in ways a client has to survive.

A fault is written as ``key=value`` pairs separated by ``;`` or ``,``, either in the request header
``X-Local-Ollama-Fault`` or registered for later requests with ``POST /_local/faults``. Keys:

``status=429|503|...``   answer with this status and an ``{"error": ...}`` body instead of the handler
``retry-after=S``        add ``Retry-After: S`` to that answer
``times=N``              apply the fault to the first N matching requests only (then succeed)
``id=TEXT``              counter name for ``times`` when the fault comes in a header (default: the spec)
``delay-first=MS``       wait before the first byte of the response
``delay-chunk=MS``       wait between stream lines
``error-after=N``        after N stream lines, send ``{"error": message}`` and end the stream
``cut-after=N``          after N stream lines, close the connection without finishing the body
``malformed-after=N``    after N stream lines, send a line that is not JSON, then carry on
``message=TEXT``         the error text for ``status`` and ``error-after``
"""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass, field
from typing import Any, Literal

HEADER = "x-local-ollama-fault"


class FaultSpecError(ValueError):
    pass


class InjectedCut(ConnectionAbortedError):
    """Raised to drop a connection on purpose (the ``cut-after`` fault)."""


@dataclass
class Fault:
    status: int | None = None
    retry_after: str | None = None
    times: int | None = None
    id: str = ""
    delay_first_ms: int = 0
    delay_chunk_ms: int = 0
    error_after: int | None = None
    cut_after: int | None = None
    malformed_after: int | None = None
    message: str = ""
    # where a registered fault applies
    path: str | None = None
    method: str | None = None
    used: int = field(default=0, compare=False)

    def describe(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v not in (None, "", 0) or k == "used"}

    async def before_item(self, sent: int) -> Literal["error", "malformed"] | None:
        """What this fault does before item number ``sent`` (from 0) of a stream, NDJSON or SSE.

        Waits ``delay-chunk`` between items and cuts the connection at ``cut-after`` (raises
        `InjectedCut`); says whether an injected error ends the stream here (``"error"``) or a
        malformed item goes first (``"malformed"``).
        """
        if self.delay_chunk_ms and sent:
            await asyncio.sleep(self.delay_chunk_ms / 1000)
        if self.cut_after is not None and sent >= self.cut_after:
            raise InjectedCut("fault injection: stream cut")
        if self.error_after is not None and sent >= self.error_after:
            return "error"
        if self.malformed_after is not None and sent == self.malformed_after:
            return "malformed"
        return None


_INT_KEYS = {
    "status": "status",
    "times": "times",
    "delay-first": "delay_first_ms",
    "delay-chunk": "delay_chunk_ms",
    "error-after": "error_after",
    "cut-after": "cut_after",
    "malformed-after": "malformed_after",
}


def parse_fault(spec: str) -> Fault:
    f = Fault()
    for part in spec.replace(",", ";").split(";"):
        part = part.strip()
        if not part:
            continue
        key, sep, value = part.partition("=")
        key = key.strip().lower()
        value = value.strip()
        if not sep:
            raise FaultSpecError(f"fault part {part!r} is not key=value")
        if key in _INT_KEYS:
            try:
                setattr(f, _INT_KEYS[key], int(value))
            except ValueError:
                raise FaultSpecError(f"fault {key} needs an integer, got {value!r}") from None
        elif key == "retry-after":
            f.retry_after = value
        elif key == "message":
            f.message = value
        elif key == "id":
            f.id = value
        else:
            raise FaultSpecError(f"unknown fault key {key!r}")
    if f.status is not None and not 100 <= f.status <= 599:
        raise FaultSpecError("status must be an HTTP status code")
    if not f.id:
        f.id = spec
    return f


class FaultBook:
    """Registered faults and the ``times`` counters of header faults."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.registered: list[Fault] = []
        self.header_counts: dict[str, int] = {}

    def add(self, fault: Fault) -> None:
        with self.lock:
            self.registered.append(fault)

    def clear(self) -> None:
        with self.lock:
            self.registered.clear()
            self.header_counts.clear()

    def list(self) -> list[dict[str, Any]]:
        with self.lock:
            return [f.describe() for f in self.registered]

    def match(self, method: str, path: str, header: str | None) -> Fault | None:
        """The fault that applies to this request, counting it against ``times``."""
        with self.lock:
            if header:
                f = parse_fault(header)
                if f.times is not None:
                    used = self.header_counts.get(f.id, 0)
                    self.header_counts[f.id] = used + 1
                    if used >= f.times:
                        return None
                return f
            for f in self.registered:
                if f.path is not None and f.path != path:
                    continue
                if f.method is not None and f.method.upper() != method:
                    continue
                if f.times is not None and f.used >= f.times:
                    continue
                f.used += 1
                return f
        return None
