"""Running the app under uvicorn on a loopback socket, in a background thread or in the foreground."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import uvicorn

from .app import OllamaApp
from .state import ServerState
from .tinymodels import tiny_models_dir

LOOPBACK = ("127.0.0.1", "localhost")


class BindError(ValueError):
    pass


def loopback_socket(host: str, port: int) -> socket.socket:
    """A listening socket on 127.0.0.1; any other address is refused."""
    if host not in LOOPBACK:
        raise BindError(f"refusing to bind {host!r}: the local server listens on 127.0.0.1 only")
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    sock.listen(128)
    sock.setblocking(False)
    return sock


def default_models_dir() -> Path:
    """The tiny GGUF models, written by this package on first use (``tinymodels``)."""
    return tiny_models_dir()


def make_config(app: OllamaApp) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,
        lifespan="off",
        timeout_graceful_shutdown=2,
        ws="none",
        server_header=False,
    )


@dataclass
class ServerHandle:
    """A running server: ``url`` (http://127.0.0.1:PORT), ``host`` (127.0.0.1:PORT), ``reset()``."""

    port: int
    app: OllamaApp
    state: ServerState

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        return f"http://{self.host}"

    def reset(self) -> None:
        """Back to the start-up state (models, blobs, loaded models, registered faults)."""
        self.app.reset()


@contextlib.contextmanager
def serve_in_thread(
    *,
    port: int = 0,
    models_dir: Path | None = None,
    state_dir: Path | None = None,
) -> Iterator[ServerHandle]:
    """Run the server on 127.0.0.1 in a daemon thread for the duration of the ``with`` block."""
    with contextlib.ExitStack() as stack:
        if state_dir is None:
            state_dir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="local-ollama-")))
        state = ServerState(state_dir, models_dir if models_dir is not None else default_models_dir())
        app = OllamaApp(state)
        sock = loopback_socket("127.0.0.1", port)
        actual_port = sock.getsockname()[1]
        server = uvicorn.Server(make_config(app))
        failure: list[BaseException] = []

        def run() -> None:
            try:
                asyncio.run(server.serve(sockets=[sock]))
            except BaseException as e:  # reported to the caller waiting for start-up
                failure.append(e)

        thread = threading.Thread(target=run, name=f"local-ollama-{actual_port}", daemon=True)
        thread.start()
        while not server.started and thread.is_alive():
            thread.join(0.01)
        if not server.started:
            sock.close()
            raise RuntimeError(f"local server failed to start: {failure[0] if failure else 'unknown error'}")
        try:
            yield ServerHandle(actual_port, app, state)
        finally:
            server.should_exit = True
            thread.join(10)
            sock.close()
