"""The server side of scripted answers: which answer a request gets, and how it is served.

Entries are matched by model name (Ollama's case-insensitive name identity, so ``tiny-llama`` and
``tiny-llama:latest`` are one model) and route. Entries with a count are used up first, in the
order they were given; standing entries (no count) answer whatever is left, the latest winning.
"""

from __future__ import annotations

import dataclasses
import json
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from . import engine
from .faults import Fault
from .names import parse_name
from .script import Answer, Embeddings, Failure, Reply, ScriptError

ROUTES = {
    "chat": "/api/chat",
    "generate": "/api/generate",
    "embed": "/api/embed",
    "embeddings": "/api/embeddings",
}
TEXT_PATHS = frozenset({"/api/chat", "/api/generate"})
VECTOR_PATHS = frozenset({"/api/embed", "/api/embeddings"})


def _model_key(name: str) -> tuple[str, str, str, str]:
    return parse_name(name).key


def _paths_for(answers: Sequence[Answer], route: str | Iterable[str] | None) -> frozenset[str]:
    """The request paths an entry applies to: given, or implied by the kinds of its answers."""
    if route is not None:
        names = [route] if isinstance(route, str) else list(route)
        paths = set()
        for r in names:
            if r in ROUTES:
                paths.add(ROUTES[r])
            elif r.startswith("/"):
                paths.add(r)
            else:
                raise ScriptError(f"unknown route {r!r}: one of {', '.join(ROUTES)} or an API path")
    elif any(isinstance(a, Reply) for a in answers):
        paths = set(TEXT_PATHS)
    elif any(isinstance(a, Embeddings) for a in answers):
        paths = set(VECTOR_PATHS)
    else:
        paths = set(TEXT_PATHS | VECTOR_PATHS)
    for a in answers:
        if isinstance(a, Reply) and not paths <= TEXT_PATHS:
            raise ScriptError("a Reply answers /api/chat and /api/generate only")
        if isinstance(a, Embeddings) and not paths <= VECTOR_PATHS:
            raise ScriptError("Embeddings answer /api/embed and /api/embeddings only")
    return frozenset(paths)


@dataclass
class Entry:
    model: tuple[str, str, str, str] | None  # None: any model (and requests without one)
    paths: frozenset[str]
    answers: tuple[Answer, ...]
    remaining: int | None  # None: a standing answer
    served: int = 0

    def matches(self, path: str, model: tuple[str, str, str, str] | None) -> bool:
        return path in self.paths and (self.model is None or self.model == model)

    def next_answer(self) -> Answer:
        answer = self.answers[self.served % len(self.answers)]
        self.served += 1
        if self.remaining is not None:
            self.remaining -= 1
        return answer


class ScriptBook:
    """The scripted answers of one server (thread-safe: tests add, the server's thread takes)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.entries: list[Entry] = []

    def add(
        self,
        model: str | None,
        answers: Sequence[Answer],
        *,
        times: int | None = None,
        route: str | Iterable[str] | None = None,
    ) -> None:
        if not answers:
            raise ScriptError("script at least one answer")
        for a in answers:
            if not isinstance(a, Reply | Embeddings | Failure):
                raise ScriptError(f"not an answer: {a!r} (use Reply, Embeddings or Failure)")
        if times is not None and times < 1:
            raise ScriptError(f"times must be >= 1, got {times!r}")
        if times is None and len(answers) > 1:
            times = len(answers)  # a list of answers is one call each, in order
        key = _model_key(model) if model is not None else None
        entry = Entry(key, _paths_for(answers, route), tuple(answers), times)
        with self.lock:
            self.entries.append(entry)

    def take(self, path: str, body: bytes) -> Answer | None:
        """The answer for this request, counting it; None lets the server generate as usual."""
        if not self.entries:
            return None
        model = _request_model(body)
        with self.lock:
            counted = [e for e in self.entries if e.remaining is not None]
            standing = [e for e in reversed(self.entries) if e.remaining is None]
            for entry in counted + standing:
                if entry.matches(path, model):
                    answer = entry.next_answer()
                    if entry.remaining == 0:
                        self.entries.remove(entry)
                    return answer
        return None

    def pending(self) -> int:
        """How many counted answers have not been asked for yet."""
        with self.lock:
            return sum(e.remaining or 0 for e in self.entries)

    def clear(self) -> None:
        with self.lock:
            self.entries.clear()


def _request_model(body: bytes) -> tuple[str, str, str, str] | None:
    # only the name is needed here; a malformed body is reported by the route's own decoding
    try:
        obj = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None
    name = obj.get("model") if isinstance(obj, dict) else None
    return _model_key(name) if isinstance(name, str) and name else None


def _ms(seconds: float) -> int:
    return round(seconds * 1000)


def with_answer(fault: Fault | None, answer: Answer) -> Fault | None:
    """The transport-level part of an answer (status, delays, a broken stream) as a fault; fields a
    fault from the request header or ``/_local/faults`` already sets are kept."""
    # a copy: a fault registered with /_local/faults is shared by the requests it matches
    f = dataclasses.replace(fault) if fault is not None else Fault(id="script")
    if isinstance(answer, Failure):
        f.status = answer.status
        f.message = answer.message or ""
        f.retry_after = answer.retry_after_header()
    if answer.delay:
        f.delay_first_ms = f.delay_first_ms or _ms(answer.delay)
    if isinstance(answer, Reply):
        if answer.chunk_delay:
            f.delay_chunk_ms = f.delay_chunk_ms or _ms(answer.chunk_delay)
        if answer.error_after is not None:
            f.error_after = answer.error_after
            f.message = answer.error
        if answer.cut_after is not None:
            f.cut_after = answer.cut_after
    if fault is None and f == Fault(id="script"):
        return None
    return f


def completion(reply: Reply, tok: engine.Tokenizer, *, route: str) -> engine.Completion:
    """The scripted reply as the engine's completion, so the handler encodes it like a generated one."""
    if reply.tool_calls and route != "/api/chat":
        raise ScriptError("scripted tool calls are answered on /api/chat only")
    pieces = [engine.Piece(t, "thinking") for t in reply.thinking_chunks()]
    pieces += [engine.Piece(t) for t in reply.text_chunks()]
    calls: list[dict[str, Any]] = [
        {
            "id": f"call_{index:08d}",
            "function": {"index": index, "name": c.name, "arguments": dict(c.arguments)},
        }
        for index, c in enumerate(reply.tool_calls)
    ]
    eval_count = sum(len(tok.pieces_of(p.text)) for p in pieces)
    eval_count += sum(len(tok.pieces_of(json.dumps(c["function"]))) for c in calls)
    return engine.Completion(
        pieces=pieces, done_reason=reply.done_reason, eval_count=eval_count, tool_calls=calls
    )


def vectors(answer: Embeddings) -> list[list[float]]:
    return [[float(x) for x in v] for v in answer.vectors]
