"""The fuzzer deletes every model it created on a server, and only those: after a normal run, after a
failure and after Ctrl-C."""

from __future__ import annotations

import re
import socket
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from hiramu.fuzz import run as fuzz_run
from hiramu.fuzz.cleanup import CreatedModels, canonical_name, created_names, read_ledger, record_created
from hiramu.testing import ServerHandle, serve_in_thread


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("tiny-llama", "registry.ollama.ai/library/tiny-llama:latest"),
        ("Tiny-Llama:LATEST", "registry.ollama.ai/library/tiny-llama:latest"),
        ("me/model:v1", "registry.ollama.ai/me/model:v1"),
        ("example.com:5000/me/model", "example.com:5000/me/model:latest"),
        ("model@sha256:abc", "registry.ollama.ai/library/model:latest"),
    ],
)
def test_canonical_name(name: str, canonical: str) -> None:
    assert canonical_name(name) == canonical


def test_which_requests_may_create_a_model() -> None:
    assert created_names("create", {"model": "a", "from": "b"}) == ["a"]
    assert created_names("create", {"name": "old-field"}) == ["old-field"]
    assert created_names("copy", {"source": "a", "destination": "b"}) == ["b"]
    assert created_names("pull", {"model": "x"}) == ["x"]
    assert created_names("delete", {"model": "a"}) == []
    assert created_names("copy", {"destination": 3}) == []
    assert created_names("create", "not a body") == []


@pytest.fixture
def server() -> Iterator[ServerHandle]:
    # a server of its own: these tests create and delete models
    with serve_in_thread() as handle:
        yield handle


def names(url: str) -> set[str]:
    models = httpx.get(url + "/api/tags", timeout=30).json()["models"]
    return {str(m["name"]) for m in models}


def copy(url: str, source: str, destination: str) -> None:
    response = httpx.post(url + "/api/copy", json={"source": source, "destination": destination}, timeout=30)
    assert response.status_code == 200, response.text


def test_tracker_deletes_new_models_it_asked_for_and_nothing_else(
    server: ServerHandle, tmp_path: Path
) -> None:
    url = server.url
    copy(url, "tiny-llama", "hiramu-fuzz-before")  # the fuzzer's name, but there before the run
    tracker = CreatedModels.start(url, tmp_path / "ledger.jsonl")
    before = names(url)
    record_created(tracker.ledger, "copy", {"source": "tiny-llama", "destination": "hiramu-fuzz-made"})
    record_created(tracker.ledger, "create", {"model": "Hiramu-Fuzz-Other:latest", "from": "tiny-llama"})
    record_created(tracker.ledger, "copy", {"source": "tiny-llama", "destination": "hiramu-fuzz-before"})
    record_created(tracker.ledger, "copy", {"source": "tiny-llama", "destination": "hiramu-fuzz-never"})
    copy(url, "tiny-llama", "hiramu-fuzz-made")
    copy(url, "tiny-llama", "hiramu-fuzz-other")
    copy(url, "tiny-llama", "someone-else")  # made during the run, not by the fuzzer
    outcome = tracker.delete_created()
    assert sorted(outcome.deleted) == ["hiramu-fuzz-made:latest", "hiramu-fuzz-other:latest"]
    assert outcome.failed == {}
    assert names(url) == before | {"someone-else:latest"}


class Interrupting:
    """Stands in for the schemathesis process: creates a model the way the hooks record it, then fails."""

    def __init__(self, url: str, error: BaseException) -> None:
        self.url = url
        self.error = error
        self.commands: list[list[str]] = []

    def __call__(self, command: list[str], env: dict[str, str]) -> int:
        self.commands.append(command)
        body = {"source": "tiny-llama", "destination": "hiramu-fuzz-half-done"}
        record_created(Path(env["HIRAMU_FUZZ_CREATED"]), "copy", body)
        copy(self.url, body["source"], body["destination"])
        assert "hiramu-fuzz-half-done:latest" in names(self.url)
        raise self.error


def test_ctrl_c_still_deletes_what_the_run_created(
    server: ServerHandle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    copy(server.url, "tiny-llama", "mine")
    before = names(server.url)
    fake = Interrupting(server.url, KeyboardInterrupt())
    monkeypatch.setattr(fuzz_run, "call_schemathesis", fake)
    code = fuzz_run.main([server.url, "--report-dir", str(tmp_path), "--operation", "copy"])
    assert code == fuzz_run.INTERRUPTED
    assert fake.commands, "the schemathesis process was never started"
    assert names(server.url) == before
    assert "hiramu-fuzz-half-done:latest" in capsys.readouterr().out


def test_a_failing_run_still_deletes_what_it_created(
    server: ServerHandle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = names(server.url)
    crash = Interrupting(server.url, RuntimeError("schemathesis crashed"))
    monkeypatch.setattr(fuzz_run, "call_schemathesis", crash)
    with pytest.raises(RuntimeError, match="schemathesis crashed"):
        fuzz_run.main([server.url, "--report-dir", str(tmp_path)])
    assert names(server.url) == before


def test_a_real_run_leaves_the_server_as_it_found_it(
    server: ServerHandle, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy(server.url, "tiny-llama", "mine")
    copy(server.url, "tiny-llama", "hiramu-fuzz-from-an-earlier-run")
    before = names(server.url)
    args = [server.url, "--report-dir", str(tmp_path), "--seed", "7", "--max-time", "15"]
    args += ["--max-examples", "4", "--phases", "examples,fuzzing", "--operation", "copy"]
    code = fuzz_run.main(args)
    out = capsys.readouterr().out
    assert code == 0, out
    asked = read_ledger(tmp_path / "fuzz-created-models.jsonl")
    assert asked  # the run did try to create models
    # against a server it did not start, every copy went to a fuzz-owned name ...
    assert all(name.startswith("hiramu-fuzz-") for name in asked)
    assert re.search(
        r"^deleted [1-9]\d* models? this run created: hiramu-fuzz-", out, re.M
    )  # ... and deleted
    assert names(server.url) == before


def test_ledger_keeps_names_with_line_separators(tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.jsonl"
    odd = ["hiramu-fuzz-a\u2028b", "hiramu-fuzz-c\x85d", 'hiramu-fuzz-"e"\nf']
    for name in odd:
        record_created(ledger, "copy", {"destination": name})
    assert read_ledger(ledger) == odd


def test_an_unreachable_server_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert fuzz_run.main([f"http://127.0.0.1:{port}", "--report-dir", str(tmp_path)]) == fuzz_run.UNREACHABLE
    assert "cannot talk to the server" in capsys.readouterr().err
