"""Server-Sent Events as the compatible routes write them, with the same faults as the NDJSON streams.

Ollama's compat writers frame every event themselves: ``data: <json>\\n\\n`` on the OpenAI chat and
completions routes (ending with ``data: [DONE]``), ``event: <name>\\ndata: <json>\\n\\n`` on
``/v1/responses`` and ``/v1/messages``. The JSON is ``json.Marshal`` output: compact, no newline.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Sequence
from typing import Any

from . import gojson
from .app import Send, Streamed
from .faults import Fault, InjectedCut

CT_SSE = "text/event-stream"
DONE_FRAME = b"data: [DONE]\n\n"
# What ``malformed-after`` sends: an event whose data is cut-off JSON.
MALFORMED_FRAME = b'data: {"model":"\n\n'


def data_frame(payload: Any) -> bytes:
    """An unnamed event (OpenAI chat and completions chunks)."""
    return b"data: " + gojson.dumpb(payload) + b"\n\n"


def named_frame(event: str, payload: Any) -> bytes:
    """A named event (Responses and Anthropic streams)."""
    return b"event: " + event.encode() + b"\ndata: " + gojson.dumpb(payload) + b"\n\n"


def sorted_deep(value: Any) -> Any:
    """Go writes ``map[string]any`` keys sorted, at every level (the Responses stream events)."""
    if isinstance(value, dict):
        return {k: sorted_deep(value[k]) for k in sorted(value)}
    if isinstance(value, list):
        return [sorted_deep(v) for v in value]
    return value


class SSEResponse(Streamed):
    """A 200 ``text/event-stream`` answer whose frames come from ``frames``.

    ``fault_frame(message)`` is the error event an ``error-after`` fault sends in this route's
    flavour. Faults count events the way the NDJSON streams count lines.
    """

    def __init__(
        self,
        frames: AsyncIterator[bytes],
        *,
        fault_frame: Callable[[str], bytes],
        headers: Sequence[tuple[str, str]] = (),
    ) -> None:
        self.frames = frames
        self.fault_frame = fault_frame
        self.headers = list(headers)

    async def write(self, send: Send, fault: Fault | None, extra: Sequence[tuple[str, str]]) -> None:
        headers = [*extra, ("content-type", CT_SSE), *self.headers]
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(k.encode("latin-1"), v.encode("latin-1")) for k, v in headers],
            }
        )
        sent = 0

        async def write(data: bytes) -> None:
            await send({"type": "http.response.body", "body": data, "more_body": True})

        def injected_error() -> bytes:
            return self.fault_frame(
                fault.message if fault and fault.message else "an injected error ended the stream"
            )

        finished = False
        try:
            async for frame in self.frames:
                step = None if fault is None else await fault.before_item(sent)
                if step == "error":
                    await write(injected_error())
                    finished = True
                    break
                if step == "malformed":
                    await write(MALFORMED_FRAME)
                await write(frame)
                sent += 1
            if not finished and fault is not None:
                # a stream shorter than the fault's N still gets its fault, after the last event
                if fault.cut_after is not None:
                    raise InjectedCut("fault injection: stream cut")
                if fault.error_after is not None:
                    await write(injected_error())
        finally:
            aclose = getattr(self.frames, "aclose", None)
            if aclose is not None:
                await aclose()
        await send({"type": "http.response.body", "body": b"", "more_body": False})
