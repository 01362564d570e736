"""What a test can ask the fake server to answer next: typed, immutable reply descriptions.

A scripted answer replaces only the *content* of an answer (text, thinking, tool calls, vectors)
or the way it fails; the server still validates the request, resolves the model and encodes the
answer exactly as it encodes generated ones (same NDJSON framing, final ``done`` line with counts,
same error bodies).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any


class ScriptError(ValueError):
    """A reply description that cannot be served (inconsistent or out-of-range fields)."""


def _check_delay(name: str, value: float) -> None:
    if value < 0:
        raise ScriptError(f"{name} must be >= 0 seconds, got {value!r}")


@dataclass(frozen=True)
class ToolCall:
    """A tool call the model "makes": ``function.name`` and ``function.arguments`` on the wire."""

    name: str
    arguments: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.name:
            raise ScriptError("a tool call needs a name")
        try:
            json.dumps(self.arguments)
        except (TypeError, ValueError) as e:
            raise ScriptError(f"tool call arguments must be JSON values: {e}") from None


@dataclass(frozen=True)
class Reply:
    """A chat or generate answer.

    * ``content``: the answer text, streamed as one chunk; or ``chunks``: the text split exactly so
      (one NDJSON line per chunk). Give one of them, or ``structured`` (any JSON value, sent as its
      JSON text, for ``format=`` requests).
    * ``thinking``: a text or a sequence of chunks streamed before the answer (``thinking`` field).
    * ``tool_calls``: tool calls sent in their own chunk after the text (``/api/chat`` only).
    * ``done_reason``: the final line's reason (``stop`` or ``length``).
    * ``delay`` seconds before the first byte, ``chunk_delay`` seconds between stream lines.
    * ``error_after=N``: after N stream lines send ``{"error": error}`` and end the stream;
      ``cut_after=N``: after N stream lines drop the connection mid-body. With ``stream: false``,
      ``error_after`` answers a 500 with ``error`` and ``cut_after`` sends half the body, then drops
      the connection.
    """

    content: str | None = None
    chunks: Sequence[str] | None = None
    structured: Any = None
    thinking: str | Sequence[str] = ""
    tool_calls: Sequence[ToolCall] = ()
    done_reason: str = "stop"
    delay: float = 0.0
    chunk_delay: float = 0.0
    error_after: int | None = None
    error: str = "an error occurred mid-stream"
    cut_after: int | None = None

    def __post_init__(self) -> None:
        given = [n for n in ("content", "chunks", "structured") if getattr(self, n) is not None]
        if len(given) > 1:
            raise ScriptError(f"give only one of content, chunks, structured (got {', '.join(given)})")
        if isinstance(self.chunks, str):
            raise ScriptError("chunks must be a sequence of strings, not one string")
        if self.chunks is not None and not all(isinstance(c, str) for c in self.chunks):
            raise ScriptError("chunks must all be strings")
        if not isinstance(self.thinking, str) and not all(isinstance(c, str) for c in self.thinking):
            raise ScriptError("thinking must be a string or a sequence of strings")
        if self.structured is not None:
            try:
                json.dumps(self.structured)
            except (TypeError, ValueError) as e:
                raise ScriptError(f"structured must be a JSON value: {e}") from None
        if not all(isinstance(c, ToolCall) for c in self.tool_calls):
            raise ScriptError("tool_calls must be ToolCall instances")
        if self.done_reason not in ("stop", "length"):
            raise ScriptError(f"done_reason must be 'stop' or 'length', got {self.done_reason!r}")
        _check_delay("delay", self.delay)
        _check_delay("chunk_delay", self.chunk_delay)
        for name in ("error_after", "cut_after"):
            value = getattr(self, name)
            if value is not None and value < 0:
                raise ScriptError(f"{name} must be >= 0, got {value!r}")
        if self.error_after is not None and self.cut_after is not None:
            raise ScriptError("give either error_after or cut_after, not both")

    def text_chunks(self) -> list[str]:
        """The answer text as the chunks to stream (empty when there is no text)."""
        if self.chunks is not None:
            return [c for c in self.chunks if c]
        if self.structured is not None:
            return [json.dumps(self.structured, ensure_ascii=False)]
        return [self.content] if self.content else []

    def thinking_chunks(self) -> list[str]:
        if isinstance(self.thinking, str):
            return [self.thinking] if self.thinking else []
        return [c for c in self.thinking if c]


@dataclass(frozen=True)
class Embeddings:
    """The vectors of an ``/api/embed`` answer (one per input) or an ``/api/embeddings`` answer (one)."""

    vectors: Sequence[Sequence[float]]
    delay: float = 0.0

    def __post_init__(self) -> None:
        if isinstance(self.vectors, str) or not all(
            not isinstance(v, str) and all(isinstance(x, int | float) for x in v) for v in self.vectors
        ):
            raise ScriptError("vectors must be a sequence of sequences of numbers")
        _check_delay("delay", self.delay)


@dataclass(frozen=True)
class Failure:
    """An error status instead of an answer: ``{"error": message}`` with Ollama's content type.

    ``retry_after`` adds a ``Retry-After`` header (seconds, or an HTTP date given as text); the
    message defaults to Ollama's text for 503 ("server busy ...") and a short text otherwise.
    """

    status: int
    message: str | None = None
    retry_after: float | str | None = None
    delay: float = 0.0

    def __post_init__(self) -> None:
        if not 400 <= self.status <= 599:
            raise ScriptError(f"a failure needs an error status (400-599), got {self.status!r}")
        if isinstance(self.retry_after, int | float) and self.retry_after < 0:
            raise ScriptError("retry_after must be >= 0")
        _check_delay("delay", self.delay)

    def retry_after_header(self) -> str | None:
        if self.retry_after is None:
            return None
        if isinstance(self.retry_after, str):
            return self.retry_after
        value = float(self.retry_after)
        return str(int(value)) if value.is_integer() else str(value)


Answer = Reply | Embeddings | Failure
"""Anything ``FakeOllama.script`` accepts."""
