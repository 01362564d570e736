"""Incremental Server-Sent Events decoding: bytes in, events out (the WHATWG event-stream format).

Two layers:

* `SSEDecoder` parses the byte stream into `ServerSentEvent`s the way a browser's `EventSource`
  does: lines end with CRLF, LF or CR (a CRLF split across two reads is one line end), `:` starts a
  comment, `data:` lines of one event are joined with `\\n`, `event:`, `id:` and `retry:` are kept,
  unknown fields are ignored and a blank line dispatches the event. Lines are split on those three
  bytes only, so U+0085, U+2028 and U+2029 inside data stay intact (`str.splitlines` would break
  there). Bytes that are not UTF-8 are replaced with U+FFFD, as the standard says.
* `SSEJSONStream` reads one API stream on top of it: each event's data as JSON, the `[DONE]`
  sentinel and the final event names as the end of the stream, an error event as `StreamError`,
  and an end of input before the stream's end as `IncompleteStreamError`.

Core module: it imports nothing but the exceptions.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._exceptions import DecodeError, IncompleteStreamError, StreamError
from ._ndjson import fast_loads, may_hold_long_integer

if TYPE_CHECKING:
    import httpx

__all__ = [
    "DEFAULT_MAX_EVENT_BYTES",
    "DONE_SENTINEL",
    "ERROR_EVENTS",
    "RawEvent",
    "SSEDecoder",
    "SSEEventDecoder",
    "SSEJSONStream",
    "SSEMessage",
    "ServerSentEvent",
]

# Bounds the memory one unfinished event can hold (the NDJSON decoder's line limit).
DEFAULT_MAX_EVENT_BYTES = 16 * 1024 * 1024

# The data of the last event of OpenAI-style streams (`/v1/chat/completions`, `/v1/completions`).
DONE_SENTINEL = "[DONE]"
_DONE = DONE_SENTINEL.encode()
_MISSING: Any = object()

# Event names that carry an error: Anthropic's `error` event and the Responses API's failure.
ERROR_EVENTS = frozenset({"error", "response.failed"})

_BOM = b"\xef\xbb\xbf"

# An event before decoding: its name (empty when unnamed) and data as UTF-8 bytes, the last event
# ID and the last retry value.
RawEvent = tuple[bytes, bytes, str, int | None]


@dataclass(frozen=True, slots=True)
class ServerSentEvent:
    """One dispatched event. `event` is `"message"` when the stream named none (as in a browser);
    `id` is the last event ID seen so far in the stream (it carries over); `retry` is the last
    valid `retry:` value in milliseconds, or None."""

    data: str
    event: str = "message"
    id: str = ""
    retry: int | None = None


class SSEDecoder:
    """Decodes an event stream whatever the chunk boundaries.

    `feed()` returns the events completed by the new bytes. `flush()` marks the end of the input:
    an event without its closing blank line is dropped, as the standard says, and `pending` tells
    whether such a partial event (or partial line) was left. An event larger than
    `max_event_bytes` raises `DecodeError` as soon as that many bytes are buffered.
    """

    __slots__ = (
        "_after_cr",
        "_buffer",
        "_data",
        "_error",
        "_event",
        "_head",
        "_last_id",
        "_line_number",
        "_max_event_bytes",
        "_pending_bytes",
        "_retry",
        "_started",
    )

    def __init__(self, max_event_bytes: int | None = DEFAULT_MAX_EVENT_BYTES) -> None:
        if max_event_bytes is not None and max_event_bytes < 1:
            raise ValueError("max_event_bytes must be positive or None")
        self._max_event_bytes = max_event_bytes
        self._buffer = b""  # an unfinished line, with line ends already turned into LF
        self._after_cr = False  # the last byte seen was CR: an LF right after it is the same line end
        self._head = b""  # the first bytes, until it is known whether they start with a BOM
        self._started = False
        self._data: list[bytes] | None = None  # None: no data field in the current event yet
        self._event = b""
        self._last_id = ""
        self._retry: int | None = None
        self._pending_bytes = 0  # bytes of the current event's complete lines
        self._line_number = 0
        self._error: DecodeError | None = None

    @property
    def pending(self) -> bool:
        """Whether an event or a line has started and not been finished."""
        return bool(self._buffer or self._head or self._pending_bytes)

    @property
    def line_number(self) -> int:
        """The number of complete lines seen so far."""
        return self._line_number

    def feed(self, data: bytes | bytearray | memoryview) -> list[ServerSentEvent]:
        """Add bytes; return every event they complete, in order."""
        return [
            ServerSentEvent(
                raw.decode("utf-8", "replace"), name.decode("utf-8", "replace") or "message", last_id, retry
            )
            for name, raw, last_id, retry in self.feed_raw(data)
        ]

    def feed_raw(self, data: bytes | bytearray | memoryview) -> list[RawEvent]:
        """`feed()` without decoding: `(event name, data, id, retry)` with name and data as UTF-8 bytes."""
        if self._error is not None:
            raise self._error
        if not isinstance(data, bytes):
            data = bytes(data)
        if not self._started:
            data = self._strip_bom(data)
            if not self._started:
                return []
        if self._after_cr and data[:1] == b"\n":
            data = data[1:]
        if not data:
            return []
        self._after_cr = data[-1:] == b"\r"
        if b"\r" in data:
            data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        end = data.rfind(b"\n")
        if end < 0:
            self._buffer += data
            self._check_size()
            return []
        block = self._buffer + data[:end] if self._buffer else data[:end]
        self._buffer = data[end + 1 :]
        events = self._block(block)
        if self._error is None:
            self._check_size()
        if self._error is not None and not events:
            raise self._error
        return events

    def flush(self) -> list[ServerSentEvent]:
        """The end of the input. Returns no events (an unterminated event is dropped)."""
        if self._error is not None:
            raise self._error
        return []

    def _strip_bom(self, data: bytes) -> bytes:
        head = self._head + data
        if len(head) < len(_BOM) and _BOM.startswith(head):
            self._head = head
            return b""
        self._head = b""
        self._started = True
        return head[len(_BOM) :] if head.startswith(_BOM) else head

    def _check_size(self) -> None:
        limit = self._max_event_bytes
        if limit is not None and self._pending_bytes + len(self._buffer) > limit:
            snippet = self._buffer[:200].decode("utf-8", "replace")
            self._error = DecodeError(
                f"the event is longer than {limit} bytes",
                line_number=self._line_number + 1,
                snippet=snippet,
            )
            self._buffer = b""
            self._data = None
            self._event = b""
            self._pending_bytes = 0

    def _block(self, block: bytes) -> list[RawEvent]:
        """The events of complete lines (`block` holds them without the last line's LF)."""
        if self._data is not None or self._event or self._pending_bytes:
            return self._lines(block.split(b"\n"), [])
        limit = self._max_event_bytes
        # At an event boundary: the usual one-line (`data: ...`) and two-line (`event: ...` +
        # `data: ...`) events are cut out whole, without a loop over their lines. Every piece
        # but the last is followed by a blank line; the last goes through the line loop.
        if block[:6] == b"data: " and block[-1:] == b"\n":
            # Only `data: <line>` events, each with its blank line (the last blank line's LF is
            # the one cut off): every LF is then part of a separator but the last one, so the
            # counts tell, and one split cuts out every payload.
            separators = block.count(b"\n\ndata: ")
            if block.count(b"\n") == 2 * separators + 1 and (limit is None or len(block) < limit):
                self._line_number += 2 * separators + 2
                last_id, retry = self._last_id, self._retry
                return [(b"", data, last_id, retry) for data in block[6:-1].split(b"\n\ndata: ")]
        pieces = block.split(b"\n\n")
        last = pieces.pop()
        events: list[RawEvent] = []
        append = events.append
        last_id = self._last_id
        retry = self._retry
        lines = 0
        for piece in pieces:
            newlines = piece.count(b"\n")
            if limit is None or len(piece) < limit:
                if newlines == 0 and piece[:6] == b"data: ":
                    lines += 2
                    append((b"", piece[6:], last_id, retry))
                    continue
                if newlines == 1 and piece[:7] == b"event: ":
                    name, _, data_line = piece.partition(b"\n")
                    if data_line[:6] == b"data: ":
                        lines += 3
                        append((name[7:], data_line[6:], last_id, retry))
                        continue
            self._line_number += lines
            lines = 0
            self._lines([*piece.split(b"\n"), b""], events)
            if self._error is not None:
                return events
            last_id = self._last_id
            retry = self._retry
        self._line_number += lines
        return self._lines(last.split(b"\n"), events)

    def _lines(self, lines: list[bytes], events: list[RawEvent]) -> list[RawEvent]:
        append = events.append
        data = self._data
        event = self._event
        pending = self._pending_bytes
        limit = self._max_event_bytes
        self._line_number += len(lines)
        for raw in lines:
            if not raw:
                # A blank line dispatches the event (nothing when it had no data field).
                if data is not None:
                    append(
                        (event, data[0] if len(data) == 1 else b"\n".join(data), self._last_id, self._retry)
                    )
                data = None
                event = b""
                pending = 0
                continue
            pending += len(raw) + 1
            if raw[:5] == b"data:":
                value = raw[6:] if raw[5:6] == b" " else raw[5:]
                if data is None:
                    data = [value]
                else:
                    data.append(value)
            elif raw[:1] != b":":  # a line starting with a colon is a comment
                name, colon, value = raw.partition(b":")
                if colon and value[:1] == b" ":
                    value = value[1:]
                if name == b"event":
                    event = value
                elif name == b"data":  # `data` without a colon: an empty data line
                    if data is None:
                        data = [b""]
                    else:
                        data.append(b"")
                elif name == b"id":
                    if b"\x00" not in value:
                        self._last_id = value.decode("utf-8", "replace")
                elif name == b"retry" and value.isdigit():  # ASCII digits only (bytes.isdigit)
                    self._retry = int(value)
            if limit is not None and pending > limit:
                self._data = None
                self._event = b""
                self._pending_bytes = 0
                self._error = DecodeError(
                    f"the event is longer than {limit} bytes",
                    line_number=self._line_number,
                    snippet=raw[:200].decode("utf-8", "replace"),
                )
                return events
        self._data = data
        self._event = event
        self._pending_bytes = pending
        return events


@dataclass(frozen=True, slots=True)
class SSEMessage:
    """One event of an API stream: its name (None when the stream named none) and its data as JSON."""

    event: str | None
    data: Any


class SSEJSONStream:
    """Reads one API stream of JSON events and knows when it ends.

    The stream ends with an event whose data is `[DONE]` (when `done_sentinel` is true; the
    sentinel itself is not returned) or with an event named in `final_events` (returned). After
    the end, further bytes are ignored. `close()` raises `IncompleteStreamError` when the input ended
    before that. An event named in `ERROR_EVENTS`, or a data object with an `error` member (the
    OpenAI flavour and Ollama's native error line), raises `StreamError`; events before it in the
    same `feed()` are returned first and the error is raised by the next call, as the NDJSON
    decoder does. Data that is not JSON raises `DecodeError`.
    """

    __slots__ = (
        "_carry",
        "_decoder",
        "_done_sentinel",
        "_error",
        "_events",
        "_final_events",
        "_finished",
        "_response",
        "_risky",
        "_status",
    )

    def __init__(
        self,
        *,
        done_sentinel: bool = False,
        final_events: Collection[str] = (),
        status_code: int = 200,
        response: httpx.Response | None = None,
        max_event_bytes: int | None = DEFAULT_MAX_EVENT_BYTES,
    ) -> None:
        self._decoder = SSEDecoder(max_event_bytes)
        self._done_sentinel = done_sentinel
        self._final_events = frozenset(final_events)
        self._status = status_code
        self._response = response
        self._finished = False
        self._events = 0
        self._error: Exception | None = None
        self._carry = b""
        self._risky = False

    @property
    def finished(self) -> bool:
        """Whether the stream's last event has arrived."""
        return self._finished

    @property
    def events_received(self) -> int:
        return self._events

    def feed(self, data: bytes | bytearray | memoryview) -> list[SSEMessage]:
        if self._error is not None:
            raise self._error
        if self._finished:
            return []
        if not isinstance(data, bytes):
            data = bytes(data)
        try:
            events = self._decoder.feed_raw(data)
        except DecodeError as exc:
            self._error = exc
            raise
        # orjson turns integers beyond 64 bits into floats: data that may hold one takes the exact
        # path. One scan of the new bytes (plus the last 19 before them) clears most events at once.
        window = self._carry + data
        risky = self._risky or may_hold_long_integer(window)
        self._carry = window[-19:]
        self._risky = risky and self._decoder.pending
        out: list[SSEMessage] = []
        append = out.append
        fast = fast_loads()
        done_sentinel = self._done_sentinel
        final_events = self._final_events
        for raw_name, raw, _, _ in events:
            if done_sentinel and raw == _DONE:
                self._events += 1
                self._finished = True
                break
            # orjson first; on failure the standard library words the error (or accepts what
            # orjson refused). A try block, not contextlib.suppress: this runs once per event.
            try:
                value = (
                    fast(raw) if fast is not None and not (risky and may_hold_long_integer(raw)) else _MISSING
                )
            except (ValueError, RecursionError):
                value = _MISSING
            name = raw_name.decode("utf-8", "replace") if raw_name and raw_name != b"message" else None
            try:
                if value is _MISSING:
                    value = _exact_loads(raw, self._decoder.line_number)
                if name in ERROR_EVENTS or (name is None and type(value) is dict and "error" in value):
                    raise _stream_error(value, self._status, self._response)
            except (DecodeError, StreamError) as exc:
                self._events += 1
                self._error = exc
                break
            append(SSEMessage(name, value))
            if name in final_events:
                self._finished = True
                break
        self._events += len(out)
        if self._error is not None and not out:
            raise self._error
        return out

    def close(self) -> None:
        """The end of the input: raises `IncompleteStreamError` unless the stream had ended."""
        if self._error is not None:
            raise self._error
        if not self._finished:
            cut = " in the middle of an event" if self._decoder.pending else ""
            raise IncompleteStreamError(
                self._events,
                f"the event stream ended{cut} after {self._events} event(s) without its last event",
            )


class SSEEventDecoder:
    """The SSE decoder that `Stream` / `AsyncStream` (and their event twins) take as their decoder.

    It gives the streams what the NDJSON decoder gives them: `feed()` returns the JSON `data` of
    each event completed by a chunk (`[DONE]` and events after the end left out), `flush()` marks the
    end of the body and raises `IncompleteStreamError` when the stream had not ended, and `finished`
    tells the stream that its last event arrived. Error events raise `StreamError` from `feed()`.
    """

    __slots__ = ("_stream",)

    def __init__(
        self,
        *,
        done_sentinel: bool = False,
        final_events: Collection[str] = (),
        max_event_bytes: int | None = DEFAULT_MAX_EVENT_BYTES,
    ) -> None:
        self._stream = SSEJSONStream(
            done_sentinel=done_sentinel, final_events=final_events, max_event_bytes=max_event_bytes
        )

    @property
    def finished(self) -> bool:
        """Whether the stream's last event (`[DONE]` or a final event name) has arrived."""
        return self._stream.finished

    def bind(self, response: httpx.Response) -> None:
        """The response being read: a `StreamError` carries it and its status."""
        self._stream._response = response
        self._stream._status = response.status_code

    def feed(self, data: bytes) -> list[Any]:
        return [message.data for message in self._stream.feed(data)]

    def flush(self) -> list[Any]:
        self._stream.close()
        return []


def _exact_loads(raw: bytes, line_number: int) -> Any:
    text = raw.decode("utf-8", "replace")
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:
        reason = (
            f"{exc.msg} at column {exc.colno}"
            if isinstance(exc, json.JSONDecodeError)
            else "nested too deeply"
        )
        raise DecodeError.from_text(
            text, line_number=line_number, reason=f"event data is not JSON: {reason}"
        ) from None


def _stream_error(value: Any, status: int, response: httpx.Response | None) -> StreamError:
    """The error of an error event, in any of the three shapes Ollama's routes use.

    Anthropic: `{"type": "error", "error": {"type", "message"}}`; OpenAI: `{"error": {"message",
    "type", ...}}`; Ollama's native line: `{"error": "..."}`; Responses: `{"type":
    "response.failed", "response": {"error": {"code", "message"}}}`.
    """
    line: dict[str, Any] = value if isinstance(value, dict) else {"error": value}
    detail: Any = line.get("error")
    if detail is None and isinstance(line.get("response"), dict):
        detail = line["response"].get("error")
    if isinstance(detail, dict):
        message = detail.get("message")
        text = str(message) if message is not None else json.dumps(detail)
    elif detail is not None:
        text = str(detail)
    else:
        text = json.dumps(line)
    return StreamError(text, status, line=line, response=response)
