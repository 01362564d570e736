"""`make demo`: run every example against OLLAMA_HOST, or against the bundled local server.

The examples run as separate processes, in order, with OLLAMA_HOST pointing at the server. The
first creates the demo models from local GGUF files (the tiny test models, written on the spot
by hiramu.testing), so a server without network access works too.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent
REPO = EXAMPLES.parent
TESTS = REPO / "tests"

# (script, what it shows), in the order they run.
STEPS = [
    ("create_from_file.py", "create models from local GGUF files"),
    ("list_models.py", "list and show models"),
    ("pull_progress.py", "pull with a progress bar"),
    ("chat_stream.py", "a streamed chat, sync and async"),
    ("structured_output.py", "structured output parsed into a dataclass"),
    ("tool_call.py", "a tool call answered by a Python function"),
    ("embeddings.py", "embeddings"),
    ("delete_model.py", "delete the demo models"),
]


@contextlib.contextmanager
def server_host() -> Iterator[str]:
    """OLLAMA_HOST when set, else a bundled server running for the duration of the block."""
    host = os.environ.get("OLLAMA_HOST", "").strip()
    if host:
        print(f"Using the Ollama server at OLLAMA_HOST={host}")
        yield host
        return
    from hiramu.testing import serve_in_thread

    with serve_in_thread() as server:
        print(f"Started the bundled local server at {server.url} (set OLLAMA_HOST to use a real Ollama)")
        yield server.url


@contextlib.contextmanager
def gguf_files() -> Iterator[tuple[Path, Path]]:
    """The tiny chat and embedding GGUF files, written for this run by hiramu.testing."""
    from hiramu.testing import write_tiny_gguf

    with tempfile.TemporaryDirectory(prefix="hiramu-demo-") as folder:
        chat = write_tiny_gguf(Path(folder) / "tiny-llama.gguf")
        embed = write_tiny_gguf(Path(folder) / "tiny-llama-embed.gguf", embedding=True)
        yield chat, embed


def main() -> int:
    started = time.perf_counter()
    with server_host() as host, gguf_files() as (chat_gguf, embed_gguf):
        env = dict(os.environ)
        env.update(
            OLLAMA_HOST=host,
            HIRAMU_DEMO_GGUF=str(chat_gguf),
            HIRAMU_DEMO_EMBED_GGUF=str(embed_gguf),
            PYTHONUNBUFFERED="1",
        )
        for number, (script, title) in enumerate(STEPS, start=1):
            print(f"\n== {number}. {title} (examples/{script})", flush=True)
            result = subprocess.run(
                [sys.executable, str(EXAMPLES / script)], env=env, cwd=EXAMPLES, check=False
            )
            if result.returncode != 0:
                print(f"\nexamples/{script} failed with exit status {result.returncode}", file=sys.stderr)
                return 1
    print(f"\nAll {len(STEPS)} examples ran in {time.perf_counter() - started:.1f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
