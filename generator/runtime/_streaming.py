"""Typed streams over an open httpx response: `Stream[T]` and `AsyncStream[T]` (NDJSON), and
`EventStream[T, R]` / `AsyncEventStream[T, R]` (Server-Sent Events, whose `collect()` returns an
answer of another type `R` than the events `T`).

All four share one implementation and take their decoder as a parameter (NDJSON by default,
`_sse.SSEEventDecoder` for event streams). A stream yields `parse(line)` for each line (or event) of
the body. It raises `StreamError` for an
`{"error": ...}` line, `IncompleteStreamError` when the body ends (or the connection drops) before
the final line (`"done": true` or `"status": "success"`), `APITimeoutError` on a read timeout and
`DecodeError` for a line that is not a JSON object. The response is closed when the stream is
exhausted, when any of these is raised, on `close()` and when a `with` block is left, so an early
`break` inside `with` releases the connection at once.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import TYPE_CHECKING, Any, Generic, Protocol, Self, TypeVar

from ._exceptions import IncompleteStreamError, StreamError, map_transport_error
from ._ndjson import DEFAULT_MAX_LINE_BYTES, NDJSONDecoder

if TYPE_CHECKING:
    import httpx

__all__ = [
    "AsyncEventStream",
    "AsyncEventStreamRequest",
    "AsyncStream",
    "AsyncStreamRequest",
    "EventStream",
    "LineDecoder",
    "Merge",
    "Stream",
    "is_final_line",
    "origin_of",
]

T = TypeVar("T")
R = TypeVar("R")
S = TypeVar("S", bound="_AsyncStreamImpl[Any, Any]")

# `merge` turns the raw lines of a stream into the one object `stream: false` would return.
Merge = Callable[[list[dict[str, Any]]], dict[str, Any]]


class LineDecoder(Protocol):
    """Turns the body's bytes into decoded JSON objects, as they arrive (NDJSON by default).

    `feed` returns the objects completed by a chunk; `flush` those left when the body ends.
    """

    def feed(self, data: bytes) -> list[Any]: ...

    def flush(self) -> list[Any]: ...


def _decoder_finished(decoder: LineDecoder) -> bool:
    # An event decoder knows its stream's end (`[DONE]`, a final event name); NDJSON lines say it
    # themselves (`done`, `status`), so the NDJSON decoder has no such attribute.
    return bool(getattr(decoder, "finished", False))


def is_final_line(line: dict[str, Any]) -> bool:
    """Whether a line ends its stream: generate/chat send `done: true`, pull/push/create `status: success`."""
    return line.get("done") is True or line.get("status") == "success"


def origin_of(url: httpx.URL) -> str:
    """`scheme://host:port` of a URL, without credentials, for error messages."""
    host = url.host
    if ":" in host:
        host = f"[{host}]"
    port = url.port or (443 if url.scheme == "https" else 80)
    return f"{url.scheme}://{host}:{port}"


def _body_chunks(response: httpx.Response) -> Iterator[bytes]:
    import httpx  # loaded by the time a response exists; once per stream, not per chunk

    # Ollama does not compress its streams; without a Content-Encoding the raw bytes are the
    # body. They are read from the response's byte stream itself: `iter_raw` adds two generator
    # frames and a chunker per chunk, and a stream answer is one HTTP chunk per line. What
    # `iter_raw` does besides is done here or by the stream: the response is marked consumed (a
    # second read raises `StreamConsumed`), read errors are mapped (`_failed_read`) and the
    # response is closed at the end. A compressed body goes through httpx's decoders.
    stream = response.stream
    if "content-encoding" in response.headers or not isinstance(stream, httpx.SyncByteStream):
        return response.iter_bytes()
    if response.is_stream_consumed or response.is_closed:
        return response.iter_raw()  # raises what httpx raises for a body already read or closed
    response.is_stream_consumed = True
    return iter(stream)


def _async_body_chunks(response: httpx.Response) -> AsyncIterator[bytes]:
    import httpx  # loaded by the time a response exists; once per stream, not per chunk

    stream = response.stream
    if "content-encoding" in response.headers or not isinstance(stream, httpx.AsyncByteStream):
        return response.aiter_bytes()
    if response.is_stream_consumed or response.is_closed:
        return response.aiter_raw()
    response.is_stream_consumed = True
    return aiter(stream)


class _StreamBase(Generic[T, R]):
    """State and line checks shared by every stream; the subclasses do the I/O.

    `parse` types each line; `collect_parse` types the merged answer `collect()` returns.
    """

    response: httpx.Response

    def __init__(
        self,
        response: httpx.Response,
        *,
        parse: Callable[[dict[str, Any]], T],
        collect_parse: Callable[[dict[str, Any]], R],
        merge: Merge,
        host: str,
        max_line_bytes: int | None = DEFAULT_MAX_LINE_BYTES,
        decoder: LineDecoder | None = None,
    ) -> None:
        self.response = response
        self._parse = parse
        self._collect_parse = collect_parse
        self._merge = merge
        self._host = host
        self._decoder: LineDecoder = (
            decoder if decoder is not None else NDJSONDecoder(max_line_bytes, require_objects=True)
        )
        bind = getattr(decoder, "bind", None)
        if bind is not None:
            # A decoder that raises StreamError (the SSE one) attaches the response to it.
            bind(response)
        self._pending: list[dict[str, Any]] = []
        self._index = 0
        self._eof = False
        self._finished = False
        # A single `application/json` object (load, unload, `_debug_render_only` answers) is a
        # whole answer even when its `done` is false; only NDJSON needs a final line.
        content_type = response.headers.get("content-type", "")
        self._single_object = content_type.split(";", 1)[0].strip().lower() == "application/json"
        self._lines = 0
        self._closed = False

    @property
    def closed(self) -> bool:
        """Whether the response has been released (exhausted, failed or closed)."""
        return self._closed

    @property
    def lines_received(self) -> int:
        """How many lines have been taken from the stream so far (error lines excluded)."""
        return self._lines

    def __repr__(self) -> str:
        request = self.response.request
        state = "closed" if self._closed else "open"
        return f"<{type(self).__name__} {request.method} {request.url} [{self.response.status_code}] {state}>"

    def _check(self, line: dict[str, Any]) -> dict[str, Any]:
        error = line.get("error")
        if error:
            message = error if isinstance(error, str) else json.dumps(error, ensure_ascii=False)
            raise StreamError(message, self.response.status_code, line=line, response=self.response)
        self._lines += 1
        if line.get("done") is True or line.get("status") == "success":
            self._finished = True
        return line

    def _at_end(self) -> None:
        """Called once the pending lines are used up and the body has ended."""
        if self._single_object and self._lines == 1:
            self._finished = True
        if not self._finished and not _decoder_finished(self._decoder):
            raise IncompleteStreamError(self._lines)

    def _end_of_body(self) -> list[Any]:
        """The body has ended: the lines the decoder still held."""
        self._eof = True
        return self._decoder.flush()

    def _failed_read(self, exc: Exception) -> None:
        """Map an httpx error raised while reading the body."""
        import httpx  # loaded already: it raised `exc`

        if isinstance(exc, httpx.RequestError):
            # What httpx's own iterators do: the error names the request it belongs to.
            with contextlib.suppress(RuntimeError):  # a response built without a request
                exc.request = self.response.request
        if self._finished or _decoder_finished(self._decoder):
            # Everything the server meant to send has arrived; a late drop changes nothing.
            self._eof = True
            self._pending = []
            self._index = 0
            return
        if isinstance(exc, httpx.TimeoutException):
            raise map_transport_error(exc, self._host) from exc
        raise IncompleteStreamError(
            self._lines,
            f"the stream from Ollama at {self._host} broke off after {self._lines} line(s), "
            f"before its final line: {exc}",
        ) from exc

    def _take_merged(self, lines: list[dict[str, Any]]) -> R:
        if not lines:
            raise RuntimeError("nothing left to collect: the stream was already consumed or closed")
        return self._collect_parse(self._merge(lines))


class _SyncStreamImpl(_StreamBase[T, R]):
    """The synchronous I/O of `Stream` and `EventStream`."""

    def __init__(
        self,
        response: httpx.Response,
        *,
        parse: Callable[[dict[str, Any]], T],
        collect_parse: Callable[[dict[str, Any]], R],
        merge: Merge,
        host: str,
        max_line_bytes: int | None = DEFAULT_MAX_LINE_BYTES,
        decoder: LineDecoder | None = None,
    ) -> None:
        super().__init__(
            response,
            parse=parse,
            collect_parse=collect_parse,
            merge=merge,
            host=host,
            max_line_bytes=max_line_bytes,
            decoder=decoder,
        )
        self._chunks: Iterator[bytes] = _body_chunks(response)

    def __iter__(self) -> Iterator[T]:
        # `for` loops get a generator that does per line what __next__ does, without its calls.
        return self._iterate()

    def _iterate(self) -> Iterator[T]:
        import httpx  # loaded by the time a response exists; once per stream, not per chunk

        parse = self._parse
        chunks = self._chunks
        feed = self._decoder.feed
        try:
            while True:
                pending = self._pending
                index = self._index
                while index < len(pending):
                    line = pending[index]
                    index += 1
                    self._index = index
                    if line.get("error"):
                        self._check(line)  # raises StreamError
                    self._lines += 1
                    if line.get("done") is True or line.get("status") == "success":
                        self._finished = True
                    yield parse(line)
                    if self._pending is not pending:
                        break  # collect() or close() ran in between
                if self._closed:
                    return
                if self._eof:
                    self._at_end()
                    self.close()
                    return
                # `_read_chunk` written out: this runs once per HTTP chunk, usually one line.
                try:
                    chunk = next(chunks, None)
                except (httpx.RequestError, httpx.StreamError) as exc:
                    self._failed_read(exc)
                    continue
                self._pending = feed(chunk) if chunk is not None else self._end_of_body()
                self._index = 0
        except GeneratorExit:
            # The loop was left (or this iterator dropped); the stream stays usable until closed.
            raise
        except BaseException:
            self.close()
            raise

    def __next__(self) -> T:
        try:
            if self._index < len(self._pending):
                line = self._pending[self._index]
                self._index += 1
            else:
                line = self._next_line()
            return self._parse(self._check(line))
        except BaseException:
            # StopIteration included: an exhausted stream releases its connection too.
            self.close()
            raise

    def _next_line(self) -> dict[str, Any]:
        while self._index >= len(self._pending):
            if self._closed:
                raise StopIteration
            if self._eof:
                self._at_end()
                raise StopIteration
            self._read_chunk()
        line = self._pending[self._index]
        self._index += 1
        return line

    def _read_chunk(self) -> None:
        try:
            chunk = next(self._chunks, None)
        except Exception as exc:
            # Imported here, not per chunk: loaded already, since it raised (or read) the body.
            import httpx

            if not isinstance(exc, httpx.RequestError | httpx.StreamError):
                raise
            self._failed_read(exc)
            return
        self._pending = self._decoder.feed(chunk) if chunk is not None else self._end_of_body()
        self._index = 0

    def collect(self) -> R:
        """Read the rest of the stream and return it merged into one answer.

        The result equals what the same request with `stream: false` returns (joined text,
        thinking and tool calls, the final statistics); only lines not yet iterated are merged.
        """
        lines: list[dict[str, Any]] = []
        try:
            while True:
                try:
                    line = self._next_line()
                except StopIteration:
                    break
                lines.append(self._check(line))
            return self._take_merged(lines)
        finally:
            self.close()

    def close(self) -> None:
        """Release the connection; safe to call more than once."""
        if self._closed:
            return
        self._closed = True
        self._pending = []
        self._index = 0
        try:
            close_chunks = getattr(self._chunks, "close", None)
            if close_chunks is not None:
                close_chunks()
        finally:
            self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class Stream(_SyncStreamImpl[T, T]):
    """An iterator of typed chunks read from a streaming response.

    Use it in a `with` block (or call `close()`) so the connection is released even when you stop
    early. `collect()` reads the rest and returns the merged answer.
    """

    def __init__(
        self,
        response: httpx.Response,
        *,
        parse: Callable[[dict[str, Any]], T],
        merge: Merge,
        host: str,
        max_line_bytes: int | None = DEFAULT_MAX_LINE_BYTES,
        decoder: LineDecoder | None = None,
    ) -> None:
        super().__init__(
            response,
            parse=parse,
            collect_parse=parse,
            merge=merge,
            host=host,
            max_line_bytes=max_line_bytes,
            decoder=decoder,
        )


class EventStream(_SyncStreamImpl[T, R]):
    """An iterator of typed events read from a Server-Sent Events response (`/v1/...` routes).

    Iteration yields one `T` per event; `collect()` reads the rest and returns the answer the same
    request with `stream: false` gives, an `R`. The stream ends at `data: [DONE]` or its final event;
    a body that ends before raises `IncompleteStreamError`, an error event `StreamError`. Use it in a
    `with` block (or call `close()`) so the connection is released when you stop early.
    """


class _AsyncStreamImpl(_StreamBase[T, R]):
    """The asynchronous I/O of `AsyncStream` and `AsyncEventStream`."""

    def __init__(
        self,
        response: httpx.Response,
        *,
        parse: Callable[[dict[str, Any]], T],
        collect_parse: Callable[[dict[str, Any]], R],
        merge: Merge,
        host: str,
        max_line_bytes: int | None = DEFAULT_MAX_LINE_BYTES,
        decoder: LineDecoder | None = None,
    ) -> None:
        super().__init__(
            response,
            parse=parse,
            collect_parse=collect_parse,
            merge=merge,
            host=host,
            max_line_bytes=max_line_bytes,
            decoder=decoder,
        )
        self._chunks: AsyncIterator[bytes] = _async_body_chunks(response)

    def __aiter__(self) -> AsyncIterator[T]:
        # `async for` loops get a generator that does per line what __anext__ does, without its calls.
        return self._iterate()

    async def _iterate(self) -> AsyncIterator[T]:
        import httpx  # loaded by the time a response exists; once per stream, not per chunk

        parse = self._parse
        chunks = self._chunks
        feed = self._decoder.feed
        try:
            while True:
                pending = self._pending
                index = self._index
                while index < len(pending):
                    line = pending[index]
                    index += 1
                    self._index = index
                    if line.get("error"):
                        self._check(line)  # raises StreamError
                    self._lines += 1
                    if line.get("done") is True or line.get("status") == "success":
                        self._finished = True
                    yield parse(line)
                    if self._pending is not pending:
                        break  # collect() or close() ran in between
                if self._closed:
                    return
                if self._eof:
                    self._at_end()
                    await self.close()
                    return
                # `_read_chunk` written out: this runs once per HTTP chunk, usually one line.
                try:
                    chunk = await anext(chunks, None)
                except (httpx.RequestError, httpx.StreamError) as exc:
                    self._failed_read(exc)
                    continue
                self._pending = feed(chunk) if chunk is not None else self._end_of_body()
                self._index = 0
        except GeneratorExit:
            # The loop was left (or this iterator dropped); the stream stays usable until closed.
            raise
        except BaseException:
            await self.close()
            raise

    async def __anext__(self) -> T:
        try:
            if self._index < len(self._pending):
                line = self._pending[self._index]
                self._index += 1
            else:
                line = await self._next_line()
            return self._parse(self._check(line))
        except BaseException:
            # StopAsyncIteration and cancellation included.
            await self.close()
            raise

    async def _next_line(self) -> dict[str, Any]:
        while self._index >= len(self._pending):
            if self._closed:
                raise StopAsyncIteration
            if self._eof:
                self._at_end()
                raise StopAsyncIteration
            await self._read_chunk()
        line = self._pending[self._index]
        self._index += 1
        return line

    async def _read_chunk(self) -> None:
        try:
            chunk = await anext(self._chunks, None)
        except Exception as exc:
            # Imported here, not per chunk: loaded already, since it raised (or read) the body.
            import httpx

            if not isinstance(exc, httpx.RequestError | httpx.StreamError):
                raise
            self._failed_read(exc)
            return
        self._pending = self._decoder.feed(chunk) if chunk is not None else self._end_of_body()
        self._index = 0

    async def collect(self) -> R:
        """Read the rest of the stream and return it merged into one answer (see `Stream.collect`)."""
        lines: list[dict[str, Any]] = []
        try:
            while True:
                try:
                    line = await self._next_line()
                except StopAsyncIteration:
                    break
                lines.append(self._check(line))
            return self._take_merged(lines)
        finally:
            await self.close()

    async def close(self) -> None:
        """Release the connection; safe to call more than once."""
        if self._closed:
            return
        self._closed = True
        self._pending = []
        self._index = 0
        try:
            close_chunks = getattr(self._chunks, "aclose", None)
            if close_chunks is not None:
                # RuntimeError: the generator is running in another task; closing the response ends it.
                with contextlib.suppress(RuntimeError):
                    await close_chunks()
        finally:
            await self.response.aclose()

    async def aclose(self) -> None:
        """Alias of `close()`, for `contextlib.aclosing` and code that expects the name."""
        await self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


class AsyncStream(_AsyncStreamImpl[T, T]):
    """An async iterator of typed chunks read from a streaming response.

    Use it in an `async with` block (or `await close()`) so the connection is released even when
    you stop early. `await collect()` reads the rest and returns the merged answer.
    """

    def __init__(
        self,
        response: httpx.Response,
        *,
        parse: Callable[[dict[str, Any]], T],
        merge: Merge,
        host: str,
        max_line_bytes: int | None = DEFAULT_MAX_LINE_BYTES,
        decoder: LineDecoder | None = None,
    ) -> None:
        super().__init__(
            response,
            parse=parse,
            collect_parse=parse,
            merge=merge,
            host=host,
            max_line_bytes=max_line_bytes,
            decoder=decoder,
        )


class AsyncEventStream(_AsyncStreamImpl[T, R]):
    """An async iterator of typed events read from a Server-Sent Events response (see `EventStream`).

    `await collect()` returns the answer the same request with `stream: false` gives, an `R`.
    """


class _AsyncStreamRequestBase(Generic[S, T]):
    """A streaming call sent when it is first used; `S` is the stream it opens, `T` what it yields."""

    __slots__ = ("_open", "_sent", "_stream")

    def __init__(self, open: Callable[[], Awaitable[S]]) -> None:
        self._open = open
        self._sent = False
        self._stream: S | None = None

    async def _start(self) -> S:
        if self._sent:
            raise RuntimeError("this streaming call was already sent; call the method again for a new one")
        self._sent = True
        self._stream = await self._open()
        return self._stream

    def __await__(self) -> Generator[Any, None, S]:
        return self._start().__await__()

    async def __aenter__(self) -> S:
        return await self._start()

    async def __aexit__(self, *exc_info: object) -> None:
        if self._stream is not None:
            await self._stream.close()

    def __aiter__(self) -> AsyncIterator[T]:
        return self._iterate()

    async def _iterate(self) -> AsyncIterator[T]:
        stream = await self._start()
        try:
            async for chunk in stream:
                yield chunk
        finally:
            await stream.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'sent' if self._sent else 'not sent'}>"


class AsyncStreamRequest(_AsyncStreamRequestBase[AsyncStream[T], T]):
    """A streaming call of an `AsyncClient`, sent when it is first used.

    Three ways to use it, each sending the request once:

        async with client.chat_stream("llama3.2", messages) as stream:  # closed on leaving
            async for chunk in stream: ...
        async for chunk in client.chat_stream("llama3.2", messages): ...  # closed when done
        stream = await client.chat_stream("llama3.2", messages)  # close it yourself

    An error status or a failed connection raises at that point, after the retries.
    """

    __slots__ = ()


class AsyncEventStreamRequest(_AsyncStreamRequestBase[AsyncEventStream[T, R], T]):
    """An event-streaming call of an `AsyncClient` (`/v1/...` routes), sent when it is first used,
    the same three ways as `AsyncStreamRequest`; it opens an `AsyncEventStream`."""

    __slots__ = ()
