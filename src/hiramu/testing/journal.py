"""What the fake server received: every API request, kept in order, readable as the spec's models."""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from hiramu.ollama.models import (
    ChatRequest,
    CopyRequest,
    CreateRequest,
    DeleteRequest,
    EmbeddingRequest,
    EmbedRequest,
    GenerateRequest,
    PullRequest,
    PushRequest,
    ShowRequest,
    WebFetchRequest,
    WebSearchRequest,
)


class _FromDict(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Any: ...


M = TypeVar("M", bound=_FromDict)

# the request body model of each route that takes a JSON body
REQUEST_MODELS: dict[str, type[Any]] = {
    "/api/chat": ChatRequest,
    "/api/generate": GenerateRequest,
    "/api/embed": EmbedRequest,
    "/api/embeddings": EmbeddingRequest,
    "/api/show": ShowRequest,
    "/api/create": CreateRequest,
    "/api/copy": CopyRequest,
    "/api/delete": DeleteRequest,
    "/api/pull": PullRequest,
    "/api/push": PushRequest,
    "/api/experimental/web_search": WebSearchRequest,
    "/api/experimental/web_fetch": WebFetchRequest,
}


@dataclass(frozen=True)
class ReceivedRequest:
    """One request as the server received it (header names in lower case)."""

    method: str
    path: str
    headers: Mapping[str, str]
    body: bytes

    def json(self) -> Any:
        """The body decoded as JSON (``json.JSONDecodeError`` when it is not JSON)."""
        return json.loads(self.body)

    def parse(self, model: type[M]) -> M:
        """The body as one of ``hiramu.ollama.models``' request classes, e.g. ``parse(ChatRequest)``."""
        data = self.json()
        if not isinstance(data, dict):
            raise TypeError(f"{self.method} {self.path}: the body is not a JSON object")
        parsed: M = model.from_dict(data)
        return parsed

    def parsed(self) -> Any:
        """The body as the request model of its route (``ChatRequest`` for ``/api/chat``, ...)."""
        model = REQUEST_MODELS.get(self.path)
        if model is None:
            raise TypeError(f"{self.method} {self.path} has no request body model")
        return self.parse(model)


# A long-lived server (a session fixture, a fuzzing run) must not grow without bound.
LIMIT = 10_000


class Journal:
    """The last ``LIMIT`` requests in arrival order (thread-safe: the server appends, the test reads)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.items: deque[ReceivedRequest] = deque(maxlen=LIMIT)

    def record(self, method: str, path: str, headers: Mapping[str, str], body: bytes) -> None:
        item = ReceivedRequest(method, path, dict(headers), body)
        with self.lock:
            self.items.append(item)

    def snapshot(self) -> list[ReceivedRequest]:
        with self.lock:
            return list(self.items)

    def clear(self) -> None:
        with self.lock:
            self.items.clear()
