"""Progress for pull, push, create and blob uploads: bars per digest, text, or a callback.

`progress=` arguments accept:

* `None` / `False`: no output;
* `True` / `"auto"`: rich progress bars when `rich` is installed (`pip install hiramu[rich]`),
  else plain text lines on stderr;
* `"rich"` or `"plain"`: that display (`"rich"` raises ImportError without rich);
* a callable: called with a `ProgressUpdate` for every step;
* a `ProgressReporter` instance (e.g. `PlainProgress(file=...)`).

`pull_with_resume` re-issues a pull whose connection dropped; Ollama keeps the part of each layer
it already downloaded, so the next attempt continues where the last one stopped.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Literal, TextIO, TypeVar, cast

from ._exceptions import APIConnectionError, IncompleteStreamError
from ._streaming import AsyncStream, Stream

__all__ = [
    "CallbackProgress",
    "PlainProgress",
    "ProgressArg",
    "ProgressReporter",
    "ProgressUpdate",
    "RichProgress",
    "apull_with_resume",
    "atrack",
    "make_reporter",
    "pull_with_resume",
    "track",
]

T = TypeVar("T")
_NOTHING = object()


@dataclass(frozen=True)
class ProgressUpdate:
    """One progress step: Ollama's `status`, and for a transfer its `digest`, `total` and `completed`
    bytes. `chunk` is the response line it came from (None for steps of the client's own, such as
    hashing and uploading a file, or resuming a pull)."""

    status: str
    digest: str | None = None
    total: int | None = None
    completed: int | None = None
    chunk: Any = None

    @property
    def fraction(self) -> float | None:
        """completed / total, when both are known."""
        if self.total:
            return min(1.0, (self.completed or 0) / self.total)
        return None

    @classmethod
    def from_chunk(cls, chunk: Any) -> ProgressUpdate:
        """Read a `ProgressResponse` (or a mapping with the same keys); absent fields become None."""

        def field(name: str) -> Any:
            if isinstance(chunk, Mapping):
                return chunk.get(name)
            return getattr(chunk, name, None)

        status, digest, total, completed = (
            field("status"),
            field("digest"),
            field("total"),
            field("completed"),
        )
        return cls(
            status=status if isinstance(status, str) else "",
            digest=digest if isinstance(digest, str) and digest else None,
            total=total if isinstance(total, int) and not isinstance(total, bool) else None,
            completed=completed if isinstance(completed, int) and not isinstance(completed, bool) else None,
            chunk=chunk,
        )


class ProgressReporter:
    """Receives progress updates; a context manager so displays are always torn down.

    Subclasses override `update` (and `close` when they hold a display).
    """

    def update(self, update: ProgressUpdate) -> None:
        """Show one step."""

    def close(self) -> None:
        """End the display (idempotent)."""

    def __enter__(self) -> ProgressReporter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class CallbackProgress(ProgressReporter):
    """Calls `callback(update)` for every step."""

    def __init__(self, callback: Callable[[ProgressUpdate], object]) -> None:
        self.callback = callback

    def update(self, update: ProgressUpdate) -> None:
        self.callback(update)


def _size(count: int) -> str:
    value = float(count)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{value:.1f} GB"  # pragma: no cover - the loop always returns


class PlainProgress(ProgressReporter):
    """Text lines for terminals without rich, logs and CI: one line per status, and for each
    transfer (a digest, or a status with a total) a line every `step` percent (10 by default)."""

    def __init__(self, file: TextIO | None = None, *, step: int = 10) -> None:
        if not 1 <= step <= 100:
            raise ValueError("step must be between 1 and 100")
        self.file = file
        self.step = step
        self._last_status: str | None = None
        self._last_step: dict[str, int] = {}

    def _write(self, text: str) -> None:
        out = self.file if self.file is not None else sys.stderr
        out.write(text + "\n")
        out.flush()

    def update(self, update: ProgressUpdate) -> None:
        fraction = update.fraction
        if fraction is None or update.total is None:
            if update.status and update.status != self._last_status:
                self._write(update.status)
            self._last_status = update.status
            return
        key = update.digest or update.status
        percent = int(fraction * 100)
        shown = percent // self.step * self.step
        if self._last_step.get(key) == shown:
            return
        self._last_step[key] = shown
        self._last_status = update.status
        self._write(f"{update.status}: {shown:3d}% ({_size(update.completed or 0)} / {_size(update.total)})")


class RichProgress(ProgressReporter):
    """A rich progress display: a bar per transfer (per digest, or per status with a total such as
    hashing a file), other statuses printed above the bars."""

    def __init__(self, console: Any = None, *, transient: bool = False) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            DownloadColumn,
            Progress,
            TaskProgressColumn,
            TextColumn,
            TimeRemainingColumn,
            TransferSpeedColumn,
        )

        self._progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            TaskProgressColumn(),
            DownloadColumn(),
            TransferSpeedColumn(),
            TimeRemainingColumn(),
            # stderr by default, like the plain text display: stdout stays for the program's output.
            console=Console(stderr=True) if console is None else console,
            transient=transient,
        )
        self._tasks: dict[str, Any] = {}
        self._last_status: str | None = None
        self._started = False
        self._closed = False

    @property
    def progress(self) -> Any:
        """The underlying `rich.progress.Progress` (its `tasks` are the bars shown)."""
        return self._progress

    @property
    def console(self) -> Any:
        """The rich console the display writes to."""
        return self._progress.console

    def update(self, update: ProgressUpdate) -> None:
        if self._closed:
            return
        if not self._started:
            self._progress.start()
            self._started = True
        if not update.total:
            if update.status and update.status != self._last_status:
                self._progress.console.print(update.status, markup=False, highlight=False)
            self._last_status = update.status
            return
        key = update.digest or update.status
        task = self._tasks.get(key)
        if task is None:
            task = self._progress.add_task(update.status, total=update.total)
            self._tasks[key] = task
        self._progress.update(
            task, description=update.status, total=update.total, completed=update.completed or 0
        )

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._started:
            self._progress.stop()


ProgressArg = (
    bool | Literal["auto", "rich", "plain"] | ProgressReporter | Callable[[ProgressUpdate], object] | None
)


def make_reporter(progress: ProgressArg) -> ProgressReporter:
    """The reporter a `progress=` argument asks for (see the module docstring)."""
    if progress is None or progress is False:
        return ProgressReporter()
    if isinstance(progress, ProgressReporter):
        return progress
    if progress is True or progress == "auto":
        try:
            return RichProgress()
        except ImportError:
            return PlainProgress()
    if progress == "rich":
        try:
            return RichProgress()
        except ImportError as error:
            raise ImportError("progress bars need rich: pip install 'hiramu[rich]'") from error
    if progress == "plain":
        return PlainProgress()
    if callable(progress):
        return CallbackProgress(progress)
    raise TypeError(f"unsupported progress= value: {progress!r}")


def track(stream: Stream[T], progress: ProgressArg = True) -> T:
    """Read a pull, push or create stream to its end, reporting each line; returns the last line.

    The stream is closed afterwards, also when reading fails or the display raises.
    """
    with make_reporter(progress) as reporter:
        return _drain(stream, reporter)


def _drain(stream: Stream[T], reporter: ProgressReporter) -> T:
    last: object = _NOTHING
    with stream:
        for chunk in stream:
            last = chunk
            reporter.update(ProgressUpdate.from_chunk(chunk))
    if last is _NOTHING:
        raise IncompleteStreamError(0)
    return cast(T, last)


async def atrack(stream: AsyncStream[T], progress: ProgressArg = True) -> T:
    """`track` for an `AsyncStream`."""
    with make_reporter(progress) as reporter:
        return await _adrain(stream, reporter)


async def _adrain(stream: AsyncStream[T], reporter: ProgressReporter) -> T:
    last: object = _NOTHING
    async with stream:
        async for chunk in stream:
            last = chunk
            reporter.update(ProgressUpdate.from_chunk(chunk))
    if last is _NOTHING:
        raise IncompleteStreamError(0)
    return cast(T, last)


def _delay(backoff: float, attempt: int) -> float:
    return min(backoff * 2.0 ** (attempt - 1), 30.0)


def pull_with_resume(
    client: Any,
    model: str | None,
    *,
    retries: int = 3,
    progress: ProgressArg = True,
    backoff: float = 0.5,
    **pull_args: Any,
) -> Any:
    """Pull `model` with progress, re-issuing the pull up to `retries` times when the connection
    fails or drops mid-stream (`APIConnectionError`, `IncompleteStreamError`).

    Ollama keeps partially downloaded layers, so each new attempt continues where the previous one
    stopped, and the same display keeps reporting (each retry is announced with a status of its
    own, `connection lost (<error>); resuming, attempt <n>`). Waits `backoff` seconds before the
    first retry, doubling each time (at most 30 s). Errors the server reports (unknown model, bad name) are not retried.
    Other keyword arguments (`insecure`, `timeout`, `extra_headers`) go to `pull_stream`.
    """
    if retries < 0:
        raise ValueError("retries must be >= 0")
    with make_reporter(progress) as reporter:
        attempt = 0
        while True:
            try:
                result = _drain(client.pull_stream(model, **pull_args), reporter)
                return result
            except (APIConnectionError, IncompleteStreamError) as error:
                attempt += 1
                if attempt > retries:
                    raise
                reporter.update(ProgressUpdate(f"connection lost ({error}); resuming, attempt {attempt + 1}"))
                time.sleep(_delay(backoff, attempt))


async def apull_with_resume(
    client: Any,
    model: str | None,
    *,
    retries: int = 3,
    progress: ProgressArg = True,
    backoff: float = 0.5,
    **pull_args: Any,
) -> Any:
    """`pull_with_resume` for an `AsyncClient`."""
    import anyio

    if retries < 0:
        raise ValueError("retries must be >= 0")
    with make_reporter(progress) as reporter:
        attempt = 0
        while True:
            try:
                result = await _adrain(await client.pull_stream(model, **pull_args), reporter)
                return result
            except (APIConnectionError, IncompleteStreamError) as error:
                attempt += 1
                if attempt > retries:
                    raise
                reporter.update(ProgressUpdate(f"connection lost ({error}); resuming, attempt {attempt + 1}"))
                await anyio.sleep(_delay(backoff, attempt))
