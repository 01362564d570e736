"""Running the server on its own, with the tiny models it writes itself, and the fixtures' OLLAMA_HOST rule."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from conftest import normalize_host
from paths import REPO_ROOT

from hiramu.testing import serve_in_thread


def test_module_prints_its_url_first_and_serves(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT / "tests")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "hiramu.testing", "--port", "0", "--state-dir", str(tmp_path / "state")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        assert httpx.get(url + "/", timeout=10).text == "Ollama is running"
        names = [m["name"] for m in httpx.get(url + "/api/tags", timeout=10).json()["models"]]
        assert sorted(names) == ["tiny-llama-embed:latest", "tiny-llama:latest"]
        assert any((tmp_path / "state" / "models" / "blobs").iterdir())
    finally:
        proc.terminate()
        proc.wait(timeout=15)
    assert proc.returncode == 0


def test_only_loopback_addresses_are_accepted() -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT / "tests")}
    done = subprocess.run(
        [sys.executable, "-m", "hiramu.testing", "--host", "0.0.0.0", "--port", "0"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode != 0
    assert "127.0.0.1 only" in done.stderr


def test_tiny_models_when_the_models_dir_lacks_them(tmp_path: Path) -> None:
    empty = tmp_path / "no-models"
    empty.mkdir()
    with serve_in_thread(models_dir=empty) as server, httpx.Client(base_url=server.url, timeout=30) as c:
        models = {m["name"]: m for m in c.get("/api/tags").json()["models"]}
        assert set(models) == {"tiny-llama:latest", "tiny-llama-embed:latest"}
        assert models["tiny-llama:latest"]["details"]["parameter_size"] == "1.71M"
        assert models["tiny-llama-embed:latest"]["capabilities"] == ["embedding"]
        out = c.post("/api/generate", json={"model": "tiny-llama", "prompt": "hi", "stream": False}).json()
        assert out["eval_count"] == 32 and out["response"]
        vec = c.post("/api/embed", json={"model": "tiny-llama-embed", "input": "hi"}).json()["embeddings"][0]
        assert len(vec) == 256
        info = c.post("/api/show", json={"model": "tiny-llama"}).json()["model_info"]
        assert info["llama.context_length"] == 2048 and info["llama.vocab_size"] == 1043


@pytest.mark.parametrize(
    ("value", "url"),
    [
        ("127.0.0.1:11434", "http://127.0.0.1:11434"),
        ("localhost", "http://localhost:11434"),
        (":5000", "http://127.0.0.1:5000"),
        ("http://ollama.internal:8080/", "http://ollama.internal:8080"),
        ("https://example.com", "https://example.com:443"),
        ("http://example.com/prefix", "http://example.com:80/prefix"),
        ("[::1]:7000", "http://[::1]:7000"),
    ],
)
def test_ollama_host_normalisation(value: str, url: str) -> None:
    assert normalize_host(value) == url
