"""Progress for pull/push/create: plain text, rich bars, callbacks, and a pull that resumes."""

from __future__ import annotations

import io
import re
import socket
import sys

import pytest
from hiramu.ollama import APIConnectionError, AsyncClient, Client, IncompleteStreamError, StreamError
from hiramu.ollama._progress import (
    CallbackProgress,
    PlainProgress,
    ProgressReporter,
    ProgressUpdate,
    RichProgress,
    apull_with_resume,
    atrack,
    make_reporter,
    pull_with_resume,
    track,
)
from rich.console import Console

from features.support import TOOLS_MODEL, register_fault
from hiramu.testing import ServerHandle

PULLED = TOOLS_MODEL  # a catalogue model: the bundled server "downloads" it layer by layer


def test_progress_update_from_models_and_mappings() -> None:
    update = ProgressUpdate.from_chunk({"status": "pulling abc", "digest": "sha256:abc", "total": 200})
    assert update == ProgressUpdate("pulling abc", "sha256:abc", 200, None, update.chunk)
    assert update.fraction == 0.0
    assert ProgressUpdate("x", total=200, completed=50).fraction == 0.25
    assert ProgressUpdate("writing manifest").fraction is None


def test_plain_text_progress_of_a_pull(client: Client) -> None:
    out = io.StringIO()
    result = track(client.pull_stream(PULLED), PlainProgress(out, step=25))
    assert result.status == "success"
    lines = out.getvalue().splitlines()
    assert lines[0] == "pulling manifest"
    assert lines[-1] == "success"
    assert "verifying sha256 digest" in lines and "writing manifest" in lines
    bars = [line for line in lines if re.match(r"pulling [0-9a-f]{12}: ", line)]
    digests = {line.split(":")[0] for line in bars}
    assert len(digests) >= 2
    for digest in digests:
        mine = [line for line in bars if line.startswith(digest)]
        assert mine[-1].startswith(f"{digest}: 100% ")
        percents = [int(line.split(":")[1].split("%")[0]) for line in mine]
        assert percents == sorted(set(percents))  # each step once, in order
        assert all(percent % 25 == 0 for percent in percents)


def test_rich_progress_of_a_pull(client: Client) -> None:
    console = Console(file=io.StringIO(), force_terminal=True, width=120, color_system=None)
    reporter = RichProgress(console)
    result = track(client.pull_stream(PULLED), reporter)
    assert result.status == "success"
    tasks = reporter.progress.tasks
    assert len(tasks) >= 2
    assert all(task.finished for task in tasks)
    assert all(re.fullmatch(r"pulling [0-9a-f]{12}", str(task.description)) for task in tasks)
    text = console.file.getvalue()  # type: ignore[attr-defined]
    assert "pulling manifest" in text and "success" in text


def test_callback_progress_of_create(client: Client) -> None:
    seen: list[ProgressUpdate] = []
    result = track(client.create_stream("copy-of-tiny", from_="tiny-llama"), seen.append)
    assert result.status == "success"
    assert [update.status for update in seen][-1] == "success"
    assert all(update.chunk is not None for update in seen)


def test_reporters_are_closed_when_the_stream_fails(client: Client) -> None:
    closed: list[bool] = []

    class Recording(ProgressReporter):
        def __init__(self) -> None:
            self.statuses: list[str] = []

        def update(self, update: ProgressUpdate) -> None:
            self.statuses.append(update.status)

        def close(self) -> None:
            closed.append(True)

    reporter = Recording()
    # Pushing needs a registry; offline, the error arrives as a line inside the 200 stream.
    with pytest.raises(StreamError):
        track(client.push_stream("tiny-llama"), reporter)
    assert reporter.statuses[0] == "retrieving manifest"
    assert closed == [True]


def test_make_reporter_choices(monkeypatch: pytest.MonkeyPatch) -> None:
    assert type(make_reporter(None)) is ProgressReporter
    assert type(make_reporter(False)) is ProgressReporter
    assert isinstance(make_reporter("plain"), PlainProgress)
    assert isinstance(make_reporter(print), CallbackProgress)
    assert isinstance(make_reporter(True), RichProgress)
    mine = PlainProgress()
    assert make_reporter(mine) is mine
    with pytest.raises(TypeError):
        make_reporter(42)  # type: ignore[arg-type]
    # Without rich: True falls back to text, "rich" says how to install it.
    monkeypatch.setitem(sys.modules, "rich", None)
    monkeypatch.setitem(sys.modules, "rich.progress", None)
    assert isinstance(make_reporter(True), PlainProgress)
    assert isinstance(make_reporter("auto"), PlainProgress)
    with pytest.raises(ImportError, match=r"hiramu\[rich\]"):
        make_reporter("rich")


def test_plain_fallback_prints_a_pull_without_rich(client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "rich", None)
    monkeypatch.setitem(sys.modules, "rich.progress", None)
    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    result = client.pull_with_progress(PULLED)
    assert result.status == "success"
    assert err.getvalue().splitlines()[-1] == "success"
    assert re.search(r"pulling [0-9a-f]{12}: 100% ", err.getvalue())


def test_pull_resumes_after_a_dropped_connection(client: Client, fresh_server: ServerHandle) -> None:
    register_fault(fresh_server.url, "cut-after=2", path="/api/pull", times=1)
    seen: list[ProgressUpdate] = []
    result = pull_with_resume(client, PULLED, retries=2, progress=seen.append, backoff=0)
    assert result.status == "success"
    statuses = [update.status for update in seen]
    lost = [index for index, status in enumerate(statuses) if status.startswith("connection lost")]
    assert lost == [2]  # two lines arrived, then the connection dropped
    assert statuses[lost[0] + 1] == "pulling manifest"  # the pull was issued again
    assert statuses[-1] == "success"
    assert PULLED + ":latest" in [model.name for model in client.list().models]


def test_pull_gives_up_after_its_retries(client: Client, fresh_server: ServerHandle) -> None:
    register_fault(fresh_server.url, "cut-after=1", path="/api/pull", times=2)
    seen: list[ProgressUpdate] = []
    with pytest.raises(IncompleteStreamError):
        pull_with_resume(client, PULLED, retries=1, progress=seen.append, backoff=0)
    assert sum(update.status.startswith("connection lost") for update in seen) == 1


def test_server_errors_are_not_retried(client: Client) -> None:
    seen: list[ProgressUpdate] = []
    with pytest.raises(StreamError, match="pull model manifest"):
        pull_with_resume(client, "no-such-model", retries=3, progress=seen.append, backoff=0)
    assert [update.status for update in seen] == ["pulling manifest"]


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def test_refused_connection_is_retried_then_raised() -> None:
    seen: list[ProgressUpdate] = []
    with (
        Client(f"http://127.0.0.1:{closed_port()}", max_retries=0) as offline,
        pytest.raises(APIConnectionError),
    ):
        pull_with_resume(offline, PULLED, retries=2, progress=seen.append, backoff=0)
    assert sum(update.status.startswith("connection lost") for update in seen) == 2


async def test_async_pull_resumes(aclient: AsyncClient, fresh_server: ServerHandle) -> None:
    register_fault(fresh_server.url, "cut-after=3", path="/api/pull", times=1)
    seen: list[ProgressUpdate] = []
    result = await apull_with_resume(aclient, PULLED, retries=1, progress=seen.append, backoff=0)
    assert result.status == "success"
    assert sum(update.status.startswith("connection lost") for update in seen) == 1
    assert seen[-1].status == "success"


async def test_async_track_and_method(aclient: AsyncClient) -> None:
    seen: list[ProgressUpdate] = []
    result = await atrack(await aclient.create_stream("copy-async", from_="tiny-llama"), seen.append)
    assert result.status == "success" and seen[-1].status == "success"
    pulled: list[ProgressUpdate] = []
    final = await aclient.pull_with_progress(PULLED, progress=pulled.append)
    assert final.status == "success"
    assert any(update.digest and update.completed == update.total for update in pulled)
