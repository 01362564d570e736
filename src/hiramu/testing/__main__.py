"""``python -m hiramu.testing --port N``: serve on 127.0.0.1; the first stdout line is the URL."""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
import tempfile
from pathlib import Path

import uvicorn

from .app import OllamaApp
from .server import BindError, default_models_dir, loopback_socket, make_config
from .state import ServerState


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m hiramu.testing", description="A deterministic Ollama-compatible server for tests."
    )
    parser.add_argument("--port", type=int, default=11434, help="TCP port on 127.0.0.1 (0 = pick a free one)")
    parser.add_argument("--host", default="127.0.0.1", help="only 127.0.0.1 or localhost are accepted")
    parser.add_argument(
        "--models-dir",
        type=Path,
        default=None,
        help="folder with tiny-llama.gguf and tiny-llama-embed.gguf (default: written by hiramu.testing)",
    )
    parser.add_argument(
        "--state-dir", type=Path, default=None, help="where blobs are kept (default: a temporary folder)"
    )
    args = parser.parse_args(argv)
    try:
        sock = loopback_socket(args.host, args.port)
    except BindError as e:
        parser.error(str(e))
    except OSError as e:
        print(f"hiramu.testing: cannot listen on 127.0.0.1:{args.port}: {e}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="local-ollama-") as tmp:
        state_dir = args.state_dir or Path(tmp)
        state_dir.mkdir(parents=True, exist_ok=True)
        models_dir = args.models_dir if args.models_dir is not None else default_models_dir()
        app = OllamaApp(ServerState(state_dir, models_dir))
        server = uvicorn.Server(make_config(app))
        print(f"http://127.0.0.1:{sock.getsockname()[1]}", flush=True)

        # uvicorn shuts down gracefully on SIGINT/SIGTERM and then re-raises the signal; this
        # handler receives it (and any signal before uvicorn takes over), so the temporary state
        # folder is removed and the exit code is 0
        def stop(*_: object) -> None:
            server.should_exit = True

        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, stop)
        asyncio.run(server.serve(sockets=[sock]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
