"""A deterministic, Ollama-faithful HTTP server for tests, demos and fuzzing (loopback only).

``serve_in_thread()`` runs it in the background::

    with serve_in_thread() as server:
        httpx.get(server.url + "/api/tags")

``python -m hiramu.testing --port 0`` runs it in the foreground and prints its URL first.
See README.md for fault injection and the known differences from Ollama.
"""

from .app import OllamaApp
from .server import ServerHandle, serve_in_thread
from .state import VERSION, ServerState
from .tinymodels import tiny_models_dir, write_tiny_gguf

__all__ = [
    "VERSION",
    "OllamaApp",
    "ServerHandle",
    "ServerState",
    "serve_in_thread",
    "tiny_models_dir",
    "write_tiny_gguf",
]
