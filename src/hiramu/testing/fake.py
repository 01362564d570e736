"""``FakeOllama``: the server in a background thread on a free loopback port, for tests.

It starts in a few tens of milliseconds after the first one in a process: the tiny start-up
models are written once per process into a temporary folder, and the converted model blobs and
their GGUF metadata are reused from there (see ``_shared_models``).
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import shutil
import socket
import tempfile
import threading
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import httpx
import uvicorn

from hiramu.ollama import AsyncClient, Client
from hiramu.ollama.models import ChatRequest, EmbedRequest, GenerateRequest

from .app import OllamaApp
from .declare import declare_model
from .journal import ReceivedRequest
from .script import Answer
from .scripting import ROUTES
from .server import loopback_socket, make_config
from .state import ServerState
from .tinymodels import tiny_models_dir

_shared_lock = threading.Lock()
_shared_dir: Path | None = None


def _shared_models() -> Path:
    """A per-process folder with the two start-up GGUF files, and one server state created from
    them that stays until exit: later servers find its converted blobs and skip the conversion."""
    global _shared_dir
    with _shared_lock:
        if _shared_dir is None:
            root = Path(tempfile.mkdtemp(prefix="hiramu-fake-ollama-"))
            atexit.register(shutil.rmtree, root, True)
            models = tiny_models_dir()
            ServerState(root / "warm", models)
            _shared_dir = models
        return _shared_dir


class _ThreadServer(uvicorn.Server):
    """uvicorn without its 0.1 s polling loop: it serves until ``wake`` is set from another thread."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.loop: asyncio.AbstractEventLoop | None = None
        self.wake: asyncio.Event | None = None
        self.ready = threading.Event()

    async def main_loop(self) -> None:
        self.loop = asyncio.get_running_loop()
        self.wake = asyncio.Event()
        self.ready.set()
        await self.wake.wait()

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        """uvicorn's graceful shutdown, polling every few milliseconds instead of its fixed 0.1 s
        steps (a test suite stops one server per test)."""
        for server in self.servers:
            server.close()
        for sock in sockets or []:
            sock.close()
        for connection in list(self.server_state.connections):
            connection.shutdown()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + (self.config.timeout_graceful_shutdown or 2)
        while (self.server_state.connections or self.server_state.tasks) and loop.time() < deadline:
            await asyncio.sleep(0.005)
        for task in self.server_state.tasks:
            task.cancel(msg="the fake Ollama is stopping")
        for server in self.servers:
            await server.wait_closed()
        await self.lifespan.shutdown()

    def request_stop(self) -> None:
        self.should_exit = True
        if self.loop is not None and self.wake is not None and not self.loop.is_closed():
            # the loop may have finished in between; then there is nothing left to wake
            with contextlib.suppress(RuntimeError):
                self.loop.call_soon_threadsafe(self.wake.set)


class FakeOllama:
    """A deterministic Ollama on ``127.0.0.1:<free port>`` in a background thread.

    ::

        with FakeOllama() as fake:
            fake.script("tiny-llama", Reply(chunks=["Hel", "lo"]))
            Client(fake.url).chat("tiny-llama", messages=[...])
            fake.chat_requests()[0].messages[0].content

    ``models_dir`` holds ``tiny-llama.gguf`` / ``tiny-llama-embed.gguf`` to serve instead of the
    generated ones; ``state_dir`` keeps the blobs somewhere else than a temporary folder.
    """

    def __init__(
        self, *, port: int = 0, models_dir: Path | None = None, state_dir: Path | None = None
    ) -> None:
        self._port_wanted = port
        self._models_dir = models_dir
        self._state_dir = state_dir
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self._server: _ThreadServer | None = None
        self._thread: threading.Thread | None = None
        self._sock: socket.socket | None = None
        self._port = 0
        self._app: OllamaApp | None = None

    # ---- life cycle

    def start(self) -> Self:
        """Start serving; returns self. A fake can be started again after ``stop()``."""
        if self._thread is not None:
            raise RuntimeError("this FakeOllama is already running")
        state_dir = self._state_dir
        if state_dir is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="fake-ollama-")
            state_dir = Path(self._tmp.name)
        try:
            models_dir = self._models_dir if self._models_dir is not None else _shared_models()
            app = OllamaApp(ServerState(state_dir, models_dir))
            sock = loopback_socket("127.0.0.1", self._port_wanted)
        except BaseException:
            self._cleanup_tmp()
            raise
        server = _ThreadServer(make_config(app))
        failure: list[BaseException] = []

        def run() -> None:
            try:
                asyncio.run(server.serve(sockets=[sock]))
            except BaseException as e:  # reported to start() below
                failure.append(e)
            finally:
                server.ready.set()

        port = sock.getsockname()[1]
        thread = threading.Thread(target=run, name=f"fake-ollama-{port}", daemon=True)
        thread.start()
        server.ready.wait()
        if not server.started:
            thread.join()
            sock.close()
            self._cleanup_tmp()
            raise RuntimeError(
                f"the fake Ollama failed to start: {failure[0] if failure else 'unknown error'}"
            )
        self._server, self._thread, self._sock, self._port, self._app = server, thread, sock, port, app
        return self

    def stop(self) -> None:
        """Stop serving: connections closed, port released, thread ended, state folder removed."""
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        server.request_stop()
        thread.join()
        if self._sock is not None:
            self._sock.close()  # uvicorn closed it already; closing twice is harmless
        self._server, self._thread, self._sock = None, None, None
        self._cleanup_tmp()

    def _cleanup_tmp(self) -> None:
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._thread is not None

    # ---- where it is

    @property
    def port(self) -> int:
        self._require_running()
        return self._port

    @property
    def host(self) -> str:
        """``127.0.0.1:PORT``, the form ``OLLAMA_HOST`` takes."""
        return f"127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT``."""
        return f"http://{self.host}"

    @property
    def app(self) -> OllamaApp:
        self._require_running()
        assert self._app is not None
        return self._app

    @property
    def state(self) -> ServerState:
        return self.app.state

    def _require_running(self) -> None:
        if self._thread is None:
            raise RuntimeError("this FakeOllama is not running: call start() or use it in a with block")

    # ---- test controls

    def reset(self) -> None:
        """Back to the start-up state: the two tiny models only, nothing loaded, no faults, no
        scripted answers, no recorded requests."""
        self.app.reset()

    def script(
        self,
        model: str | None,
        *answers: Answer,
        times: int | None = None,
        route: str | Iterable[str] | None = None,
    ) -> None:
        """Say what the next answers for ``model`` (None: any model) are.

        One answer with no ``times`` answers every later call; ``times=N`` only the next N. Several
        answers are used one call each, in order. ``route`` narrows it to ``chat``, ``generate``,
        ``embed``, ``embeddings`` or an API path (default: the routes the answers fit). Counted
        answers are used up first in the order given; among standing ones the latest wins.
        """
        self.app.scripts.add(model, answers, times=times, route=route)

    @property
    def pending_answers(self) -> int:
        """Counted scripted answers no request has used yet."""
        return self.app.scripts.pending()

    def add_model(
        self,
        name: str,
        *,
        capabilities: Sequence[str] = ("completion",),
        context_length: int | None = None,
        parameters: Mapping[str, Any] | None = None,
        system: str | None = None,
    ) -> None:
        """Declare a local model by name, capabilities and context length (no GGUF file needed)."""
        declare_model(
            self.state,
            name,
            capabilities=capabilities,
            context_length=context_length,
            parameters=parameters,
            system=system,
        )

    # ---- what it received

    @property
    def requests(self) -> list[ReceivedRequest]:
        """Every API request received so far, in order (the last 10 000; ``/_local/*`` excluded)."""
        return self.app.journal.snapshot()

    def requests_to(self, route: str) -> list[ReceivedRequest]:
        """The requests to one route: ``chat``, ``generate``, ``embed``, ``embeddings`` or a path."""
        path = ROUTES.get(route, route)
        return [r for r in self.requests if r.path == path]

    def chat_requests(self) -> list[ChatRequest]:
        return [r.parse(ChatRequest) for r in self.requests_to("chat")]

    def generate_requests(self) -> list[GenerateRequest]:
        return [r.parse(GenerateRequest) for r in self.requests_to("generate")]

    def embed_requests(self) -> list[EmbedRequest]:
        return [r.parse(EmbedRequest) for r in self.requests_to("embed")]

    def clear_requests(self) -> None:
        self.app.journal.clear()

    # ---- clients

    # The fake speaks plain HTTP on loopback only, so its clients need no TLS set-up: httpx builds
    # a CA-bundle context for every client otherwise, which costs 0.1-0.2 s per test.

    def client(self, **kwargs: Any) -> Client:
        """A ``hiramu.ollama.Client`` for this server (close it, or use it in a ``with`` block);
        keyword arguments go to ``Client``."""
        if "transport" not in kwargs and "http_client" not in kwargs:
            kwargs["transport"] = httpx.HTTPTransport(verify=False)
        return Client(self.url, **kwargs)

    def async_client(self, **kwargs: Any) -> AsyncClient:
        """A ``hiramu.ollama.AsyncClient`` for this server; keyword arguments go to ``AsyncClient``."""
        if "transport" not in kwargs and "http_client" not in kwargs:
            kwargs["transport"] = httpx.AsyncHTTPTransport(verify=False)
        return AsyncClient(self.url, **kwargs)

    def __repr__(self) -> str:
        where = self.url if self.running else "stopped"
        return f"FakeOllama({where})"
