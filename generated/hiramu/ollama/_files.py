"""Create a model from local files in one call: hash, upload what the server lacks, create.

Files are never held in memory: hashing reads into one reusable buffer and uploads send the file
chunk by chunk. The upload bodies are re-iterable (each iteration reopens the file), so a request
that is retried sends the whole file again rather than a half-consumed stream.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Union

from ._progress import ProgressArg, ProgressReporter, ProgressUpdate, _adrain, _drain, make_reporter

__all__ = [
    "CHUNK_SIZE",
    "AsyncFileChunks",
    "FileChunks",
    "FilesArg",
    "acreate_from_files",
    "afile_digest",
    "create_from_files",
    "file_digest",
]

# Read and upload in pieces of this size: large enough for throughput, small enough to not matter.
CHUNK_SIZE = 1024 * 1024

PathArg = Union[str, "os.PathLike[str]"]
# `{"model.gguf": path}` names the files as the server will see them; a plain list uses base names.
FilesArg = Mapping[str, PathArg] | Sequence[PathArg]


def file_digest(
    path: PathArg, *, chunk_size: int = CHUNK_SIZE, on_progress: Callable[[int, int], object] | None = None
) -> str:
    """`sha256:<hex>` of a file, read `chunk_size` bytes at a time into one reused buffer.

    `on_progress(done, total)` is called after each chunk.
    """
    if chunk_size < 1:
        raise ValueError("chunk_size must be positive")
    digest = hashlib.sha256()
    buffer = bytearray(chunk_size)
    view = memoryview(buffer)
    done = 0
    with open(path, "rb", buffering=0) as handle:
        total = os.fstat(handle.fileno()).st_size
        while count := handle.readinto(view):
            digest.update(view[:count])
            done += count
            if on_progress is not None:
                on_progress(done, total)
    return f"sha256:{digest.hexdigest()}"


async def afile_digest(
    path: PathArg, *, chunk_size: int = CHUNK_SIZE, on_progress: Callable[[int, int], object] | None = None
) -> str:
    """`file_digest` with reads and hashing in worker threads, so the event loop keeps running while
    a large file is hashed; `on_progress` is called on the event loop's thread."""
    import anyio

    if chunk_size < 1:
        raise ValueError("chunk_size must be positive")
    digest = hashlib.sha256()
    done = 0
    async with await anyio.open_file(path, "rb") as handle:
        total = (await anyio.Path(path).stat()).st_size
        while chunk := await handle.read(chunk_size):
            # sha256 releases the GIL on large inputs, so the worker thread really runs in parallel.
            await anyio.to_thread.run_sync(digest.update, chunk)
            done += len(chunk)
            if on_progress is not None:
                on_progress(done, total)
    return f"sha256:{digest.hexdigest()}"


class FileChunks:
    """The bytes of a file as an iterable of chunks; iterating again starts again from the top.

    `on_chunk(sent, total)` is called after each chunk is handed out.
    """

    def __init__(
        self,
        path: PathArg,
        *,
        chunk_size: int = CHUNK_SIZE,
        on_chunk: Callable[[int, int], object] | None = None,
    ) -> None:
        if chunk_size < 1:
            raise ValueError("chunk_size must be positive")
        self.path = Path(path)
        self.chunk_size = chunk_size
        self.on_chunk = on_chunk

    def __iter__(self) -> Iterator[bytes]:
        sent = 0
        with self.path.open("rb") as handle:
            total = os.fstat(handle.fileno()).st_size
            while chunk := handle.read(self.chunk_size):
                sent += len(chunk)
                if self.on_chunk is not None:
                    self.on_chunk(sent, total)
                yield chunk


class AsyncFileChunks:
    """`FileChunks` for async clients: each read runs in a worker thread (through anyio, so asyncio
    and trio both work)."""

    def __init__(
        self,
        path: PathArg,
        *,
        chunk_size: int = CHUNK_SIZE,
        on_chunk: Callable[[int, int], object] | None = None,
    ) -> None:
        if chunk_size < 1:
            raise ValueError("chunk_size must be positive")
        self.path = Path(path)
        self.chunk_size = chunk_size
        self.on_chunk = on_chunk

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._read()

    async def _read(self) -> AsyncIterator[bytes]:
        import anyio

        sent = 0
        async with await anyio.open_file(self.path, "rb") as handle:
            total = (await anyio.Path(self.path).stat()).st_size
            while chunk := await handle.read(self.chunk_size):
                sent += len(chunk)
                if self.on_chunk is not None:
                    self.on_chunk(sent, total)
                yield chunk


def named_paths(files: FilesArg) -> dict[str, Path]:
    """Server-side file names to local paths; a sequence is named by base names, which must differ."""
    if isinstance(files, str | os.PathLike):
        raise TypeError("files must be a mapping of names to paths or a sequence of paths, not a single path")
    if isinstance(files, Mapping):
        return {str(name): Path(path) for name, path in files.items()}
    named: dict[str, Path] = {}
    for item in files:
        path = Path(item)
        if path.name in named:
            raise ValueError(f"two files are named {path.name!r}; pass a mapping of names to paths instead")
        named[path.name] = path
    return named


def _short(digest: str) -> str:
    return digest.removeprefix("sha256:")[:12]


def _hash_reporter(reporter: ProgressReporter, name: str) -> Callable[[int, int], None]:
    def report(done: int, total: int) -> None:
        reporter.update(ProgressUpdate(f"hashing {name}", total=total, completed=done))

    return report


def _upload_reporter(reporter: ProgressReporter, digest: str) -> Callable[[int, int], None]:
    def report(sent: int, total: int) -> None:
        reporter.update(
            ProgressUpdate(f"uploading {_short(digest)}", digest=digest, total=total, completed=sent)
        )

    return report


def _length_header(path: Path, extra_headers: Mapping[str, str] | None) -> dict[str, str]:
    # With a length the body goes out length-delimited instead of chunked; proxies prefer that.
    headers = dict(extra_headers or {})
    headers["Content-Length"] = str(path.stat().st_size)
    return headers


def _create_args(
    files: dict[str, str],
    adapters: dict[str, str] | None,
    quantize: Any,
    parameters: Any,
    template: Any,
    system: Any,
    create_args: dict[str, Any],
) -> dict[str, Any]:
    args: dict[str, Any] = {"files": files}
    for key, value in (
        ("adapters", adapters),
        ("quantize", quantize),
        ("parameters", parameters),
        ("template", template),
        ("system", system),
    ):
        if value is not None:
            args[key] = value
    args.update(create_args)
    return args


def create_from_files(
    client: Any,
    model: str,
    files: FilesArg,
    *,
    adapters: FilesArg | None = None,
    quantize: Any = None,
    parameters: Any = None,
    template: Any = None,
    system: Any = None,
    progress: ProgressArg = None,
    chunk_size: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    **create_args: Any,
) -> Any:
    """Create `model` from local files (GGUF or safetensors) and optional adapters, in one call.

    Each file is hashed in constant memory; only blobs the server does not have yet are uploaded,
    each as a stream of `chunk_size` pieces; then `create` runs with the files named as given (a
    mapping) or by their base names (a sequence). Progress goes to `progress` (see `_progress`):
    the client's own steps `hashing <name>` and `uploading <12 hex>` (with `total`/`completed`
    bytes) and `using existing blob <12 hex>`, then the server's create statuses. Other keyword
    arguments go to `create_stream` (`from_`, `messages`, `license`, `timeout`, ...). Returns the
    final progress line (`status: "success"`).
    """
    chunk_size = CHUNK_SIZE if chunk_size is None else chunk_size
    named = named_paths(files)
    named_adapters = named_paths(adapters) if adapters is not None else None
    with make_reporter(progress) as reporter:
        uploaded: dict[Path, str] = {}

        def blob(path: Path, name: str) -> str:
            key = path.resolve()
            digest = uploaded.get(key)
            if digest is None:
                digest = file_digest(path, chunk_size=chunk_size, on_progress=_hash_reporter(reporter, name))
                if client.blob_exists(digest, extra_headers=extra_headers):
                    reporter.update(ProgressUpdate(f"using existing blob {_short(digest)}", digest=None))
                else:
                    body = FileChunks(
                        path, chunk_size=chunk_size, on_chunk=_upload_reporter(reporter, digest)
                    )
                    client.create_blob(digest, body, extra_headers=_length_header(path, extra_headers))
                uploaded[key] = digest
            return digest

        digests = {name: blob(path, name) for name, path in named.items()}
        adapter_digests = (
            {name: blob(path, name) for name, path in named_adapters.items()}
            if named_adapters is not None
            else None
        )
        args = _create_args(digests, adapter_digests, quantize, parameters, template, system, create_args)
        result = _drain(client.create_stream(model, extra_headers=extra_headers, **args), reporter)
        return result


async def acreate_from_files(
    client: Any,
    model: str,
    files: FilesArg,
    *,
    adapters: FilesArg | None = None,
    quantize: Any = None,
    parameters: Any = None,
    template: Any = None,
    system: Any = None,
    progress: ProgressArg = None,
    chunk_size: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    **create_args: Any,
) -> Any:
    """`create_from_files` for an `AsyncClient`: hashing and file reads run in worker threads."""
    chunk_size = CHUNK_SIZE if chunk_size is None else chunk_size
    named = named_paths(files)
    named_adapters = named_paths(adapters) if adapters is not None else None
    with make_reporter(progress) as reporter:
        uploaded: dict[Path, str] = {}

        async def blob(path: Path, name: str) -> str:
            key = path.resolve()
            digest = uploaded.get(key)
            if digest is None:
                digest = await afile_digest(
                    path, chunk_size=chunk_size, on_progress=_hash_reporter(reporter, name)
                )
                if await client.blob_exists(digest, extra_headers=extra_headers):
                    reporter.update(ProgressUpdate(f"using existing blob {_short(digest)}", digest=None))
                else:
                    body = AsyncFileChunks(
                        path, chunk_size=chunk_size, on_chunk=_upload_reporter(reporter, digest)
                    )
                    await client.create_blob(digest, body, extra_headers=_length_header(path, extra_headers))
                uploaded[key] = digest
            return digest

        digests = {name: await blob(path, name) for name, path in named.items()}
        adapter_digests = (
            {name: await blob(path, name) for name, path in named_adapters.items()}
            if named_adapters is not None
            else None
        )
        args = _create_args(digests, adapter_digests, quantize, parameters, template, system, create_args)
        stream = await client.create_stream(model, extra_headers=extra_headers, **args)
        result = await _adrain(stream, reporter)
        return result
