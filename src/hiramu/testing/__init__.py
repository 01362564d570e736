"""A deterministic, Ollama-faithful HTTP server for tests, demos and fuzzing (loopback only).

``FakeOllama`` runs it in a background thread on a free port, with scripted answers and a record
of the requests it received::

    from hiramu.testing import FakeOllama, Reply, ToolCall

    with FakeOllama() as fake:
        fake.script("tiny-llama", Reply(chunks=["Hel", "lo"]))
        ...  # code under test talks to fake.url
        assert fake.chat_requests()[0].messages[0].content == "Hi"

Installed with ``pip install hiramu[testing]``, a pytest plugin provides the fixtures
``fake_ollama``, ``fake_ollama_session``, ``fake_ollama_url``, ``ollama_client`` and
``async_ollama_client``. ``python -m hiramu.testing --port 0`` runs the server in the foreground
and prints its URL first. See docs/testing.md and README.md (fault injection, known differences).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import OllamaApp
    from .declare import ModelDeclarationError
    from .fake import FakeOllama
    from .journal import ReceivedRequest
    from .script import Answer, Embeddings, Failure, Reply, ScriptError, ToolCall
    from .server import ServerHandle, serve_in_thread
    from .state import VERSION, ServerState
    from .tinymodels import tiny_models_dir, write_tiny_gguf

# Loaded on first use: the pytest plugin in this package is imported by every pytest run where
# hiramu is installed, also without the `testing` extra (uvicorn, gguf, numpy) the server needs.
_WHERE = {
    "OllamaApp": "app",
    "ModelDeclarationError": "declare",
    "FakeOllama": "fake",
    "ReceivedRequest": "journal",
    "Answer": "script",
    "Embeddings": "script",
    "Failure": "script",
    "Reply": "script",
    "ScriptError": "script",
    "ToolCall": "script",
    "ServerHandle": "server",
    "serve_in_thread": "server",
    "VERSION": "state",
    "ServerState": "state",
    "tiny_models_dir": "tinymodels",
    "write_tiny_gguf": "tinymodels",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE])


__all__ = [
    "VERSION",
    "Answer",
    "Embeddings",
    "Failure",
    "FakeOllama",
    "ModelDeclarationError",
    "OllamaApp",
    "ReceivedRequest",
    "Reply",
    "ScriptError",
    "ServerHandle",
    "ServerState",
    "ToolCall",
    "serve_in_thread",
    "tiny_models_dir",
    "write_tiny_gguf",
]
