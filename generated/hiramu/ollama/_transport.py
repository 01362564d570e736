"""An opt-in HTTP/1.1 transport for plain `http://` under httpx's API: `FastTransport`, `AsyncFastTransport`.

    httpx.Client(transport=FastTransport())
    httpx.AsyncClient(transport=AsyncFastTransport())
    Client(host, http_client=httpx.Client(transport=FastTransport()))

Ollama flushes one HTTP chunk per NDJSON line. httpx's default stack parses one event per chunk,
which makes the chunked framing the most expensive part of reading a stream. These transports
read into one preallocated buffer per connection and hand the body on in large blocks: every
complete chunk payload in the buffer, joined into one `bytes`. The NDJSON decoder then splits a
whole block at once.

Behaviour:

- Requests go out exactly as httpx built them (request line, `request.headers`); a body is sent
  as it is produced, in chunked encoding when the request says `Transfer-Encoding: chunked`,
  so an upload of any size stays in constant memory.
- Responses are framed by Content-Length, chunked encoding (chunk extensions and trailers are
  accepted and ignored) or the closing of the connection; HEAD, 1xx, 204 and 304 have no body.
- Connections are kept alive in a pool per (host, port). A connection goes back to the pool only
  when its body was read to the end and neither side said `Connection: close`; a response
  closed early closes its socket. A request on a reused connection that fails before any byte of
  the answer arrives (the server closed an idle connection) is sent again once on a new one,
  unless part of a one-shot body was already consumed.
- Timeouts come from `request.extensions["timeout"]` (connect, read, write, pool) and failures
  raise httpx's own exceptions (`ConnectError`, `ReadTimeout`, `RemoteProtocolError`, ...), each
  carrying its request.
- Anything other than `http://` (https, or another scheme) goes to a fallback transport,
  `httpx.HTTPTransport()` / `httpx.AsyncHTTPTransport()` unless one is given, built on first use.
  Proxies configured on the httpx client are mounted by httpx itself and never reach this
  transport.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Final, cast

import httpx

if TYPE_CHECKING:
    import asyncio  # imported on first async use: sync users do not pay for it

__all__ = ["AsyncFastTransport", "FastTransport"]

DEFAULT_BUFFER_SIZE: Final = 256 * 1024
DEFAULT_MAX_HEADER_BYTES: Final = 64 * 1024
DEFAULT_MAX_CONNECTIONS: Final = 100
DEFAULT_MAX_KEEPALIVE: Final = 20

# Bodies up to this size are sent in the same write as the request head.
_COALESCE_BYTES = 64 * 1024
# The longest chunk-size line (with extensions) or trailer line accepted.
_MAX_CHUNK_LINE = 16 * 1024
# An upload part below this size is copied into one write with its chunk framing.
_SMALL_PART = 16 * 1024

# Body framing of a response.
_NONE = 0
_LENGTH = 1
_CHUNKED = 2
_UNTIL_CLOSE = 3

# States of the chunked decoder.
_SIZE = 0  # expecting a chunk-size line
_DATA = 1  # inside a chunk's payload
_DATA_END = 2  # expecting the line end after a payload
_TRAILER = 3  # reading trailer lines after the last chunk
_DONE = 4

_NO_BODY_STATUSES = frozenset({204, 304})
_Timeouts = dict[str, float | None]


class _Sent:
    """What sending a request did: whether a one-shot body was started, and a write failure."""

    __slots__ = ("consumed", "error")

    def __init__(self) -> None:
        self.consumed = False
        self.error: httpx.WriteError | None = None


class _NoResponse(Exception):
    """A reused connection failed before any byte of the answer arrived; the cause is `error`."""

    def __init__(self, error: httpx.TransportError) -> None:
        super().__init__(str(error))
        self.error = error


def _timeouts(request: httpx.Request) -> _Timeouts:
    value = request.extensions.get("timeout")
    return value if isinstance(value, dict) else {}


def _origin(url: httpx.URL) -> tuple[str, int]:
    host = url.raw_host.decode("ascii")
    return host, url.port or 80


def _request_head(request: httpx.Request) -> bytes:
    url = request.url
    parts = [request.method.encode("ascii"), b" ", url.raw_path, b" HTTP/1.1\r\n"]
    for name, value in request.headers.raw:
        parts += (name, b": ", value, b"\r\n")
    parts.append(b"\r\n")
    return b"".join(parts)


def _is_chunked_request(request: httpx.Request) -> bool:
    value = request.headers.get("transfer-encoding")
    return value is not None and "chunked" in value.lower()


def _wants_close(request: httpx.Request) -> bool:
    value = request.headers.get("connection")
    return value is not None and "close" in value.lower()


def _chunk(part: bytes) -> bytes:
    return b"%x\r\n%b\r\n" % (len(part), part)


_LAST_CHUNK = b"0\r\n\r\n"


class _Head:
    """A parsed response head and the framing of the body that follows it."""

    __slots__ = ("framing", "headers", "http_version", "keep_alive", "length", "reason", "status")

    def __init__(
        self,
        status: int,
        reason: bytes,
        http_version: bytes,
        headers: list[tuple[bytes, bytes]],
        framing: int,
        length: int,
        keep_alive: bool,
    ) -> None:
        self.status = status
        self.reason = reason
        self.http_version = http_version
        self.headers = headers
        self.framing = framing
        self.length = length
        self.keep_alive = keep_alive


def _bad(message: str, request: httpx.Request) -> httpx.RemoteProtocolError:
    return httpx.RemoteProtocolError(message, request=request)


def _parse_head(data: bytes, request: httpx.Request) -> _Head:
    """Parse a status line and header block (without the blank line that ends it)."""
    lines = data.split(b"\n")
    status_line = lines[0].rstrip(b"\r")
    version, _, rest = status_line.partition(b" ")
    code, _, reason = rest.partition(b" ")
    if not version.startswith(b"HTTP/1.") or len(version) != 8 or len(code) != 3 or not code.isdigit():
        raise _bad(f"malformed status line {status_line[:100]!r}", request)
    status = int(code)
    headers: list[tuple[bytes, bytes]] = []
    lengths: list[bytes] = []
    transfer_encoding: bytes | None = None
    connection = b""
    for raw in lines[1:]:
        line = raw.rstrip(b"\r")
        if line[:1] in (b" ", b"\t"):
            # An obsolete folded line continues the previous value.
            if not headers:
                raise _bad("malformed header block: a continuation line comes first", request)
            name, value = headers[-1]
            headers[-1] = (name, value + b" " + line.strip(b" \t"))
            continue
        name, sep, value = line.partition(b":")
        if not sep or not name or b" " in name or b"\t" in name:
            raise _bad(f"malformed header line {line[:100]!r}", request)
        value = value.strip(b" \t")
        headers.append((name, value))
        if len(name) in (10, 14, 17):
            lower = name.lower()
            if lower == b"content-length":
                lengths.append(value)
            elif lower == b"transfer-encoding":
                transfer_encoding = value if transfer_encoding is None else transfer_encoding + b"," + value
            elif lower == b"connection":
                connection += b"," + value.lower()
    if version == b"HTTP/1.1":
        keep_alive = b"close" not in connection
    else:
        keep_alive = b"keep-alive" in connection and b"close" not in connection
    if request.method == "HEAD" or status < 200 or status in _NO_BODY_STATUSES:
        return _Head(status, reason, version, headers, _NONE, 0, keep_alive)
    if transfer_encoding is not None:
        codings = [c.strip().lower() for c in transfer_encoding.split(b",")]
        if codings[-1] == b"chunked":
            return _Head(status, reason, version, headers, _CHUNKED, 0, keep_alive)
        return _Head(status, reason, version, headers, _UNTIL_CLOSE, 0, False)
    if lengths:
        values = {v.strip() for item in lengths for v in item.split(b",")}
        if len(values) != 1:
            raise _bad(f"conflicting Content-Length values {sorted(values)!r}", request)
        text = values.pop()
        if not text.isdigit():
            raise _bad(f"malformed Content-Length {text[:40]!r}", request)
        length = int(text)
        return _Head(status, reason, version, headers, _LENGTH if length else _NONE, length, keep_alive)
    return _Head(status, reason, version, headers, _UNTIL_CLOSE, 0, False)


class _Reader:
    """The receive buffer of one connection and the decoding of heads and bodies from it.

    Bytes `buf[start:end]` are received and not yet consumed. The I/O subclasses fill it.
    """

    buf: bytearray
    view: memoryview
    start: int
    end: int
    framing: int
    remaining: int
    chunk_state: int
    max_header_bytes: int

    def init_buffer(self, size: int, max_header_bytes: int) -> None:
        # Room for the longest head or chunk line the parser waits for, so a fill never finds it full.
        self.buf = bytearray(max(size, max_header_bytes + 1024, _MAX_CHUNK_LINE + 1024))
        self.view = memoryview(self.buf)
        self.start = 0
        self.end = 0
        self.framing = _NONE
        self.remaining = 0
        self.chunk_state = _DONE
        self.max_header_bytes = max_header_bytes

    def make_room(self) -> None:
        """Move unconsumed bytes to the front so more can be received after them."""
        start = self.start
        if start == 0:
            return
        end = self.end
        if start < end:
            # Copied out first: the two ranges may overlap.
            self.buf[: end - start] = self.buf[start:end]
        self.start = 0
        self.end = end - start

    def find_head(self, request: httpx.Request) -> bytes | None:
        """Take a complete response head from the buffer, or None when more bytes are needed."""
        buf = self.buf
        start = self.start
        end = self.end
        index = buf.find(b"\r\n\r\n", start, end)
        limit = index if index >= 0 else end
        bare = buf.find(b"\n\n", start, limit)
        if bare >= 0:
            head = bytes(self.view[start:bare])
            self.start = bare + 2
            return head
        if index >= 0:
            head = bytes(self.view[start:index])
            self.start = index + 4
            return head
        if end - start > self.max_header_bytes:
            raise _bad(f"the response head is longer than {self.max_header_bytes} bytes", request)
        return None

    def start_body(self, head: _Head) -> None:
        self.framing = head.framing
        self.remaining = head.length
        self.chunk_state = _SIZE

    def body_done(self) -> bool:
        framing = self.framing
        if framing == _CHUNKED:
            return self.chunk_state == _DONE
        if framing == _LENGTH:
            return self.remaining == 0
        return framing == _NONE

    def take_body(self, request: httpx.Request) -> bytes:
        """Consume the body bytes in the buffer; b"" when none is complete yet."""
        framing = self.framing
        if framing == _CHUNKED:
            return self._take_chunked(request)
        start = self.start
        available = self.end - start
        if not available:
            return b""
        if framing == _LENGTH:
            if available > self.remaining:
                available = self.remaining
            self.remaining -= available
        data = bytes(self.view[start : start + available])
        start += available
        if start == self.end:
            self.start = self.end = 0
        else:
            self.start = start
        return data

    def _take_chunked(self, request: httpx.Request) -> bytes:
        buf = self.buf
        view = self.view
        pos = self.start
        end = self.end
        state = self.chunk_state
        left = self.remaining
        parts: list[memoryview] = []
        append = parts.append
        find = buf.find
        while pos < end:
            if state == _SIZE:
                eol = find(b"\n", pos, end)
                if eol < 0:
                    if end - pos > _MAX_CHUNK_LINE:
                        raise _bad("a chunk-size line is too long", request)
                    break
                if eol - pos > _MAX_CHUNK_LINE:
                    raise _bad("a chunk-size line is too long", request)
                try:
                    size = int(buf[pos:eol], 16)
                except ValueError:
                    size = _chunk_size_with_extensions(buf[pos:eol], request)
                if size < 0:
                    raise _bad(f"malformed chunk size {bytes(buf[pos:eol])[:40]!r}", request)
                pos = eol + 1
                if size == 0:
                    state = _TRAILER
                    continue
                data_end = pos + size
                # The common case: the whole chunk and its line end are in the buffer.
                if data_end + 2 <= end and buf.startswith(b"\r\n", data_end):
                    append(view[pos:data_end])
                    pos = data_end + 2
                    continue
                left = size
                state = _DATA
            elif state == _DATA:
                available = end - pos
                if available >= left:
                    append(view[pos : pos + left])
                    pos += left
                    left = 0
                    state = _DATA_END
                else:
                    append(view[pos:end])
                    left -= available
                    pos = end
            elif state == _DATA_END:
                if buf.startswith(b"\r\n", pos, end):
                    pos += 2
                elif buf[pos] == 10:  # a bare line feed
                    pos += 1
                elif buf[pos] == 13 and pos + 1 == end:
                    break  # the line feed has not arrived yet
                else:
                    raise _bad("a chunk's payload is not followed by a line end", request)
                state = _SIZE
            elif state == _TRAILER:
                eol = find(b"\n", pos, end)
                if eol < 0:
                    if end - pos > _MAX_CHUNK_LINE:
                        raise _bad("a trailer line is too long", request)
                    break
                line = buf[pos:eol]
                pos = eol + 1
                if not line or line == b"\r":
                    state = _DONE
                    break
            else:  # _DONE: bytes after the body stay in the buffer
                break
        self.chunk_state = state
        self.remaining = left
        if pos >= end:
            self.start = self.end = 0
        else:
            self.start = pos
        if not parts:
            return b""
        if len(parts) == 1:
            return parts[0].tobytes()
        return b"".join(parts)


def _chunk_size_with_extensions(line: bytearray, request: httpx.Request) -> int:
    size_text = line.split(b";", 1)[0].strip()
    try:
        size = int(size_text, 16)
    except ValueError:
        size = -1
    if size < 0 or not size_text or not all(c in b"0123456789abcdefABCDEF" for c in size_text):
        raise _bad(f"malformed chunk size {bytes(line)[:40]!r}", request)
    return size


def _build_response(head: _Head, stream: httpx.SyncByteStream | httpx.AsyncByteStream) -> httpx.Response:
    return httpx.Response(
        head.status,
        headers=head.headers,
        stream=stream,
        extensions={"http_version": head.http_version, "reason_phrase": head.reason},
    )


# ---------------------------------------------------------------- synchronous


class _Connection(_Reader):
    """One blocking socket with its receive buffer."""

    __slots__ = ("_timeout", "key", "sock", "used")

    def __init__(self, sock: socket.socket, key: tuple[str, int], size: int, max_header_bytes: int) -> None:
        self.sock = sock
        self.key = key
        self.used = False
        self._timeout: float | None = -1.0
        self.init_buffer(size, max_header_bytes)

    def set_timeout(self, timeout: float | None) -> None:
        if timeout != self._timeout:
            self.sock.settimeout(timeout)
            self._timeout = timeout

    def fill(self) -> int:
        """Receive into the free end of the buffer; 0 means the peer closed."""
        if self.end == len(self.buf):
            self.make_room()
        n = self.sock.recv_into(self.view[self.end :])
        self.end += n
        return n

    def is_stale(self) -> bool:
        """Whether an idle connection was closed by the peer or has unexpected bytes waiting."""
        if self.start != self.end:
            return True
        self.set_timeout(0.0)  # a socket with a timeout would wait for readability first
        try:
            self.sock.recv(1, socket.MSG_PEEK)
        except (BlockingIOError, InterruptedError):
            return False  # nothing to read: still open
        except OSError:
            return True
        return True  # end of file, or bytes nobody asked for

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.close()


class _SyncBody(httpx.SyncByteStream):
    """A response body read from a connection in large blocks."""

    def __init__(
        self, transport: FastTransport, conn: _Connection, head: _Head, request: httpx.Request
    ) -> None:
        self._transport = transport
        self._conn: _Connection | None = conn
        self._keep_alive = head.keep_alive
        self._request = request
        self._read_timeout = _timeouts(request).get("read")

    def __iter__(self) -> Iterator[bytes]:
        conn = self._conn
        if conn is None:
            return
        request = self._request
        conn.set_timeout(self._read_timeout)
        try:
            while True:
                data = conn.take_body(request)
                if conn.body_done():
                    self._finish(conn)
                    if data:
                        yield data
                    return
                if data:
                    yield data
                try:
                    received = conn.fill()
                except TimeoutError as exc:
                    raise httpx.ReadTimeout(
                        str(exc) or "timed out reading the response", request=request
                    ) from exc
                except OSError as exc:
                    raise httpx.ReadError(str(exc), request=request) from exc
                if not received:
                    if conn.framing == _UNTIL_CLOSE:
                        data = conn.take_body(request)
                        self._conn = None
                        self._transport._discard(conn)
                        if data:
                            yield data
                        return
                    raise _bad("the server closed the connection before the whole body arrived", request)
        except BaseException:
            self.close()
            raise

    def _finish(self, conn: _Connection) -> None:
        self._conn = None
        self._transport._release(conn, self._keep_alive)

    def close(self) -> None:
        conn = self._conn
        if conn is not None:
            self._conn = None
            self._transport._discard(conn)


class FastTransport(httpx.BaseTransport):
    """A synchronous HTTP/1.1 transport for `http://` URLs that reads bodies in large blocks.

    `max_connections` bounds the connections in use at once (a request waits up to the pool
    timeout for one, then raises `httpx.PoolTimeout`; None: no bound); `max_keepalive_connections`
    bounds the idle connections kept. `buffer_size` is the receive buffer of each connection,
    `max_header_bytes` the longest response head accepted. `fallback` serves every other URL
    (default: `httpx.HTTPTransport()`, built on first use). Safe to share between threads.
    """

    def __init__(
        self,
        *,
        max_connections: int | None = DEFAULT_MAX_CONNECTIONS,
        max_keepalive_connections: int | None = DEFAULT_MAX_KEEPALIVE,
        buffer_size: int = DEFAULT_BUFFER_SIZE,
        max_header_bytes: int = DEFAULT_MAX_HEADER_BYTES,
        fallback: httpx.BaseTransport | None = None,
    ) -> None:
        if buffer_size < 1024:
            raise ValueError("buffer_size must be at least 1024")
        self._max_connections = max_connections
        self._max_keepalive = max_keepalive_connections
        self._buffer_size = buffer_size
        self._max_header_bytes = max_header_bytes
        self._fallback = fallback
        self._lock = threading.Lock()
        self._available = threading.Condition(self._lock)
        self._idle: dict[tuple[str, int], list[_Connection]] = {}
        self._idle_count = 0
        self._in_use = 0
        self._closed = False

    @property
    def fallback(self) -> httpx.BaseTransport:
        """The transport for URLs other than `http://` (built on first use)."""
        fallback = self._fallback
        if fallback is None:
            with self._lock:
                fallback = self._fallback
                if fallback is None:
                    fallback = self._fallback = httpx.HTTPTransport()
        return fallback

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        if url.scheme != "http":
            return self.fallback.handle_request(request)
        timeouts = _timeouts(request)
        key = _origin(url)
        conn = self._acquire(key, request, timeouts)
        try:
            return self._exchange(conn, request, timeouts)
        except _NoResponse:
            pass
        # The server had closed the idle connection: once more on a new one.
        conn = self._acquire(key, request, timeouts, fresh=True)
        return self._exchange(conn, request, timeouts)

    # ---- pool

    def _acquire(
        self, key: tuple[str, int], request: httpx.Request, timeouts: _Timeouts, *, fresh: bool = False
    ) -> _Connection:
        with self._available:
            if self._closed:
                raise RuntimeError("the transport is closed")
            limit = self._max_connections
            if limit is not None and self._in_use >= limit:
                pool_timeout = timeouts.get("pool")
                deadline = None if pool_timeout is None else time.monotonic() + pool_timeout
                while self._in_use >= limit:
                    wait = None if deadline is None else deadline - time.monotonic()
                    if wait is not None and wait <= 0:
                        raise httpx.PoolTimeout("no connection became free in time", request=request)
                    self._available.wait(wait)
            self._in_use += 1
            idle = None if fresh else self._idle.get(key)
            while idle:
                conn = idle.pop()
                self._idle_count -= 1
                if not conn.is_stale():
                    return conn
                conn.close()
        try:
            return self._connect(key, request, timeouts.get("connect"))
        except BaseException:
            self._give_slot()
            raise

    def _connect(self, key: tuple[str, int], request: httpx.Request, timeout: float | None) -> _Connection:
        try:
            sock = socket.create_connection(key, timeout=timeout)
        except TimeoutError as exc:
            raise httpx.ConnectTimeout(str(exc) or "timed out connecting", request=request) from exc
        except OSError as exc:
            raise httpx.ConnectError(str(exc), request=request) from exc
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return _Connection(sock, key, self._buffer_size, self._max_header_bytes)

    def _give_slot(self) -> None:
        with self._available:
            self._in_use -= 1
            self._available.notify()

    def _release(self, conn: _Connection, keep_alive: bool) -> None:
        """Return a connection whose exchange ended; it is kept only when it can serve another."""
        conn.used = True
        keep = keep_alive and conn.start == conn.end
        with self._available:
            self._in_use -= 1
            self._available.notify()
            if (
                keep
                and not self._closed
                and (self._max_keepalive is None or self._idle_count < self._max_keepalive)
            ):
                self._idle.setdefault(conn.key, []).append(conn)
                self._idle_count += 1
                return
        conn.close()

    def _discard(self, conn: _Connection) -> None:
        conn.close()
        self._give_slot()

    # ---- one exchange

    def _exchange(self, conn: _Connection, request: httpx.Request, timeouts: _Timeouts) -> httpx.Response:
        reused = conn.used
        sent = _Sent()
        try:
            self._send(conn, request, timeouts.get("write"), sent)
            head = self._read_head(conn, request, timeouts.get("read"), sent.error)
        except _NoResponse as exc:
            self._discard(conn)
            if reused and not sent.consumed:
                raise
            raise exc.error from None
        except BaseException:
            self._discard(conn)
            raise
        conn.start_body(head)
        head.keep_alive = (
            head.keep_alive and head.status != 101 and sent.error is None and not _wants_close(request)
        )
        if head.framing == _NONE:
            self._release(conn, head.keep_alive)
            return _build_response(head, httpx.ByteStream(b""))
        return _build_response(head, _SyncBody(self, conn, head, request))

    def _send(self, conn: _Connection, request: httpx.Request, timeout: float | None, sent: _Sent) -> None:
        """Send the request. A connection reset while sending is kept in `sent.error`: the server
        may have answered before it stopped reading (e.g. 413 to a large upload)."""
        conn.set_timeout(timeout)
        sock = conn.sock
        head = _request_head(request)
        stream = request.stream
        chunked = _is_chunked_request(request)
        try:
            if isinstance(stream, httpx.ByteStream):
                body = b"".join(stream)
                if chunked:
                    body = (_chunk(body) if body else b"") + _LAST_CHUNK
                if len(body) <= _COALESCE_BYTES:
                    sock.sendall(head + body)
                else:
                    sock.sendall(head)
                    sock.sendall(body)
                return
            if not isinstance(stream, httpx.SyncByteStream):
                raise TypeError("FastTransport needs a synchronous request body; use AsyncFastTransport")
            sock.sendall(head)
            sent.consumed = True
            for part in stream:
                if not part:
                    continue
                if not chunked:
                    sock.sendall(part)
                elif len(part) <= _SMALL_PART:
                    sock.sendall(_chunk(part))
                else:
                    sock.sendall(b"%x\r\n" % len(part))
                    sock.sendall(part)
                    sock.sendall(b"\r\n")
            if chunked:
                sock.sendall(_LAST_CHUNK)
        except TimeoutError as exc:
            raise httpx.WriteTimeout(str(exc) or "timed out sending the request", request=request) from exc
        except OSError as exc:
            sent.error = httpx.WriteError(str(exc) or type(exc).__name__, request=request)

    def _read_head(
        self,
        conn: _Connection,
        request: httpx.Request,
        timeout: float | None,
        write_error: httpx.WriteError | None,
    ) -> _Head:
        conn.set_timeout(timeout)
        received_any = conn.start != conn.end
        while True:
            data = conn.find_head(request)
            if data is not None:
                head = _parse_head(data, request)
                if 100 <= head.status < 200 and head.status != 101:
                    continue  # an interim answer (100 Continue, 103 Early Hints)
                return head
            try:
                received = conn.fill()
            except TimeoutError as exc:
                if write_error is not None:
                    raise write_error from None
                raise httpx.ReadTimeout(
                    str(exc) or "timed out waiting for the response", request=request
                ) from exc
            except OSError as exc:
                error: httpx.TransportError = write_error or httpx.ReadError(
                    str(exc) or type(exc).__name__, request=request
                )
                if received_any:
                    raise error from exc
                raise _NoResponse(error) from exc
            if not received:
                if received_any:
                    raise _bad("the server closed the connection in the middle of the response head", request)
                raise _NoResponse(
                    write_error
                    or _bad("the server closed the connection without sending a response", request)
                )
            received_any = True

    def close(self) -> None:
        """Close the idle connections; connections in use close when their responses do."""
        with self._available:
            self._closed = True
            idle = [conn for conns in self._idle.values() for conn in conns]
            self._idle.clear()
            self._idle_count = 0
            fallback = self._fallback
        for conn in idle:
            conn.close()
        if fallback is not None:
            fallback.close()


# ---------------------------------------------------------------- asynchronous


class _AsyncConnection(_Reader):
    """One asyncio connection: the event loop receives straight into the connection's buffer.

    The `asyncio.BufferedProtocol` methods are defined here; `_connection_class()` adds the base
    class itself, so that importing this module does not import asyncio.
    """

    def __init__(
        self, loop: asyncio.AbstractEventLoop, key: tuple[str, int], size: int, max_header_bytes: int
    ) -> None:
        self.loop = loop
        self.key = key
        self.used = False
        self.transport: asyncio.Transport | None = None
        self.init_buffer(size, max_header_bytes)
        self.eof = False
        self.error: BaseException | None = None
        self._waiter: asyncio.Future[bool] | None = None
        self._read_paused = False
        self._write_paused = False
        self._drain_waiter: asyncio.Future[bool] | None = None
        # The read timeout: a deadline moved forward at every wait, and one timer that chases it.
        self._deadline: float | None = None
        self._timer: asyncio.TimerHandle | None = None

    # ---- protocol callbacks

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast("asyncio.Transport", transport)

    def get_buffer(self, sizehint: int) -> memoryview:
        if self.start == self.end:
            self.start = self.end = 0
        elif self.end == len(self.buf):
            self.make_room()
        return self.view[self.end :]

    def buffer_updated(self, nbytes: int) -> None:
        self.end += nbytes
        if self.end == len(self.buf) and self.start == 0 and self.transport is not None:
            # Full: stop reading until the body reader makes room.
            self.transport.pause_reading()
            self._read_paused = True
        self._wake(True)

    def eof_received(self) -> bool:
        self.eof = True
        self._wake(True)
        return False

    def connection_lost(self, exc: Exception | None) -> None:
        self.eof = True
        if exc is not None and self.error is None:
            self.error = exc
        self._wake(True)
        drain = self._drain_waiter
        if drain is not None and not drain.done():
            drain.set_result(True)

    def pause_writing(self) -> None:
        self._write_paused = True

    def resume_writing(self) -> None:
        self._write_paused = False
        drain = self._drain_waiter
        if drain is not None and not drain.done():
            drain.set_result(True)

    def _wake(self, value: bool) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(value)

    # ---- reading

    def _on_timer(self) -> None:
        self._timer = None
        waiter = self._waiter
        deadline = self._deadline
        if waiter is None or waiter.done() or deadline is None:
            return  # nobody is waiting: the next wait starts a timer again
        if self.loop.time() < deadline:
            self._timer = self.loop.call_at(deadline, self._on_timer)
            return
        waiter.set_result(False)

    async def receive(self, timeout: float | None) -> bool:
        """Wait until more bytes, the end of the stream or an error arrive.

        False when nothing more will come; raises TimeoutError after `timeout` seconds of silence.
        """
        if self.eof:
            return False
        if self._read_paused and self.transport is not None:
            self._read_paused = False
            self.transport.resume_reading()
        waiter: asyncio.Future[bool] = self.loop.create_future()
        self._waiter = waiter
        if timeout is None:
            self._deadline = None
        else:
            deadline = self._deadline = self.loop.time() + timeout
            timer = self._timer
            if timer is not None and timer.when() > deadline:
                timer.cancel()
                timer = None
            if timer is None:
                self._timer = self.loop.call_at(deadline, self._on_timer)
        try:
            arrived = await waiter
        finally:
            self._waiter = None
        if not arrived:
            raise TimeoutError
        return True

    def is_reusable(self) -> bool:
        import asyncio

        transport = self.transport
        return (
            not self.eof
            and self.start == self.end
            and transport is not None
            and not transport.is_closing()
            and self.loop is asyncio.get_running_loop()
        )

    # ---- writing

    def write(self, data: bytes) -> bool:
        """Queue bytes for sending; False when the connection is already lost."""
        transport = self.transport
        if (self.eof and self.error is not None) or transport is None or transport.is_closing():
            return False
        transport.write(data)
        return True

    async def drain(self, timeout: float | None) -> None:
        """Wait until the queued bytes fall below the transport's high-water mark."""
        if not self._write_paused or self.eof:
            return
        waiter: asyncio.Future[bool] = self.loop.create_future()
        self._drain_waiter = waiter
        handle = None if timeout is None else self.loop.call_later(timeout, _settle, waiter, False)
        try:
            if not await waiter:
                raise TimeoutError
        finally:
            self._drain_waiter = None
            if handle is not None:
                handle.cancel()

    def close(self) -> None:
        timer = self._timer
        if timer is not None:
            self._timer = None
            timer.cancel()
        transport = self.transport
        if transport is not None:
            with contextlib.suppress(RuntimeError):  # its event loop may be closed already
                transport.close()


_protocol_class: type[_AsyncConnection] | None = None


def _connection_class() -> type[_AsyncConnection]:
    """`_AsyncConnection` as an `asyncio.BufferedProtocol` (the loop checks the base class)."""
    global _protocol_class
    if _protocol_class is None:
        import asyncio

        class _ProtocolConnection(_AsyncConnection, asyncio.BufferedProtocol):
            pass

        _protocol_class = _ProtocolConnection
    return _protocol_class


async def _closed_soon() -> None:
    """Let the event loop run the socket closings that `transport.close()` scheduled."""
    import asyncio

    await asyncio.sleep(0)


def _settle(waiter: asyncio.Future[bool], value: bool) -> None:
    if not waiter.done():
        waiter.set_result(value)


class _AsyncBody(httpx.AsyncByteStream):
    """A response body read from an asyncio connection in large blocks."""

    def __init__(
        self, transport: AsyncFastTransport, conn: _AsyncConnection, head: _Head, request: httpx.Request
    ) -> None:
        self._transport = transport
        self._conn: _AsyncConnection | None = conn
        self._keep_alive = head.keep_alive
        self._request = request
        self._read_timeout = _timeouts(request).get("read")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        conn = self._conn
        if conn is None:
            return
        request = self._request
        timeout = self._read_timeout
        try:
            while True:
                data = conn.take_body(request)
                if conn.body_done():
                    self._conn = None
                    self._transport._release(conn, self._keep_alive)
                    if data:
                        yield data
                    return
                if data:
                    yield data
                try:
                    more = await conn.receive(timeout)
                except TimeoutError:
                    raise httpx.ReadTimeout("timed out reading the response", request=request) from None
                if more:
                    continue
                data = conn.take_body(request)
                if data:
                    yield data
                error = conn.error
                if error is not None:
                    raise httpx.ReadError(str(error) or type(error).__name__, request=request) from error
                if conn.framing == _UNTIL_CLOSE:
                    self._close()
                    return
                raise _bad("the server closed the connection before the whole body arrived", request)
        except BaseException:
            self._close()
            raise

    def _close(self) -> None:
        conn = self._conn
        if conn is not None:
            self._conn = None
            self._transport._discard(conn)

    async def aclose(self) -> None:
        if self._conn is not None:
            self._close()
            await _closed_soon()


class AsyncFastTransport(httpx.AsyncBaseTransport):
    """The asyncio mirror of `FastTransport` (same options; `fallback` defaults to
    `httpx.AsyncHTTPTransport()`). Idle connections belong to the event loop that opened them."""

    def __init__(
        self,
        *,
        max_connections: int | None = DEFAULT_MAX_CONNECTIONS,
        max_keepalive_connections: int | None = DEFAULT_MAX_KEEPALIVE,
        buffer_size: int = DEFAULT_BUFFER_SIZE,
        max_header_bytes: int = DEFAULT_MAX_HEADER_BYTES,
        fallback: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        if buffer_size < 1024:
            raise ValueError("buffer_size must be at least 1024")
        self._max_connections = max_connections
        self._max_keepalive = max_keepalive_connections
        self._buffer_size = buffer_size
        self._max_header_bytes = max_header_bytes
        self._fallback = fallback
        self._idle: dict[tuple[str, int], list[_AsyncConnection]] = {}
        self._idle_count = 0
        self._in_use = 0
        self._waiters: deque[asyncio.Future[None]] = deque()
        self._closed = False

    @property
    def fallback(self) -> httpx.AsyncBaseTransport:
        """The transport for URLs other than `http://` (built on first use)."""
        fallback = self._fallback
        if fallback is None:
            fallback = self._fallback = httpx.AsyncHTTPTransport()
        return fallback

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        if url.scheme != "http":
            return await self.fallback.handle_async_request(request)
        timeouts = _timeouts(request)
        key = _origin(url)
        conn = await self._acquire(key, request, timeouts)
        try:
            return await self._exchange(conn, request, timeouts)
        except _NoResponse:
            pass
        # The server had closed the idle connection: once more on a new one.
        conn = await self._acquire(key, request, timeouts, fresh=True)
        return await self._exchange(conn, request, timeouts)

    # ---- pool

    async def _acquire(
        self, key: tuple[str, int], request: httpx.Request, timeouts: _Timeouts, *, fresh: bool = False
    ) -> _AsyncConnection:
        if self._closed:
            raise RuntimeError("the transport is closed")
        limit = self._max_connections
        if limit is not None and self._in_use >= limit:
            await self._wait_for_slot(limit, request, timeouts.get("pool"))
        self._in_use += 1
        idle = None if fresh else self._idle.get(key)
        while idle:
            conn = idle.pop()
            self._idle_count -= 1
            if conn.is_reusable():
                return conn
            conn.close()
        try:
            return await self._connect(key, request, timeouts.get("connect"))
        except BaseException:
            self._give_slot()
            raise

    async def _wait_for_slot(self, limit: int, request: httpx.Request, timeout: float | None) -> None:
        import asyncio

        loop = asyncio.get_running_loop()
        deadline = None if timeout is None else loop.time() + timeout
        while self._in_use >= limit:
            waiter: asyncio.Future[None] = loop.create_future()
            self._waiters.append(waiter)
            try:
                async with asyncio.timeout_at(deadline):
                    await waiter
            except TimeoutError:
                raise httpx.PoolTimeout("no connection became free in time", request=request) from None
            finally:
                if not waiter.done():
                    waiter.cancel()

    def _give_slot(self) -> None:
        self._in_use -= 1
        waiters = self._waiters
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    async def _connect(
        self, key: tuple[str, int], request: httpx.Request, timeout: float | None
    ) -> _AsyncConnection:
        import asyncio

        loop = asyncio.get_running_loop()
        conn = _connection_class()(loop, key, self._buffer_size, self._max_header_bytes)
        protocol = cast("asyncio.BufferedProtocol", conn)
        try:
            async with asyncio.timeout(timeout):
                await loop.create_connection(lambda: protocol, key[0], key[1])
        except TimeoutError as exc:
            conn.close()
            raise httpx.ConnectTimeout(str(exc) or "timed out connecting", request=request) from exc
        except OSError as exc:
            raise httpx.ConnectError(str(exc), request=request) from exc
        return conn

    def _release(self, conn: _AsyncConnection, keep_alive: bool) -> None:
        """Return a connection whose exchange ended; it is kept only when it can serve another."""
        conn.used = True
        self._give_slot()
        if (
            keep_alive
            and not self._closed
            and conn.start == conn.end
            and not conn.eof
            and (self._max_keepalive is None or self._idle_count < self._max_keepalive)
        ):
            self._idle.setdefault(conn.key, []).append(conn)
            self._idle_count += 1
            return
        conn.close()

    def _discard(self, conn: _AsyncConnection) -> None:
        conn.close()
        self._give_slot()

    # ---- one exchange

    async def _exchange(
        self, conn: _AsyncConnection, request: httpx.Request, timeouts: _Timeouts
    ) -> httpx.Response:
        reused = conn.used
        sent = _Sent()
        try:
            await self._send(conn, request, timeouts.get("write"), sent)
            head = await self._read_head(conn, request, timeouts.get("read"), sent)
        except _NoResponse as exc:
            self._discard(conn)
            if reused and not sent.consumed:
                raise
            raise exc.error from None
        except BaseException:
            self._discard(conn)
            raise
        conn.start_body(head)
        head.keep_alive = (
            head.keep_alive and head.status != 101 and sent.error is None and not _wants_close(request)
        )
        if head.framing == _NONE:
            self._release(conn, head.keep_alive)
            return _build_response(head, httpx.ByteStream(b""))
        return _build_response(head, _AsyncBody(self, conn, head, request))

    async def _send(
        self, conn: _AsyncConnection, request: httpx.Request, timeout: float | None, sent: _Sent
    ) -> None:
        head = _request_head(request)
        stream = request.stream
        chunked = _is_chunked_request(request)
        try:
            if isinstance(stream, httpx.ByteStream):
                body = b"".join(stream)
                if chunked:
                    body = (_chunk(body) if body else b"") + _LAST_CHUNK
                if len(body) <= _COALESCE_BYTES:
                    ok = conn.write(head + body)
                else:
                    ok = conn.write(head) and conn.write(body)
                if ok:
                    await conn.drain(timeout)
                else:
                    sent.error = _write_error(conn, request)
                return
            if not isinstance(stream, httpx.AsyncByteStream):
                raise TypeError("AsyncFastTransport needs an asynchronous request body; use FastTransport")
            if not conn.write(head):
                sent.error = _write_error(conn, request)
                return
            sent.consumed = True
            async for part in stream:
                if not part:
                    continue
                if not chunked:
                    ok = conn.write(part)
                elif len(part) <= _SMALL_PART:
                    ok = conn.write(_chunk(part))
                else:
                    ok = conn.write(b"%x\r\n" % len(part)) and conn.write(part) and conn.write(b"\r\n")
                if not ok:
                    sent.error = _write_error(conn, request)
                    return
                await conn.drain(timeout)
            if chunked and not conn.write(_LAST_CHUNK):
                sent.error = _write_error(conn, request)
                return
            await conn.drain(timeout)
        except TimeoutError:
            raise httpx.WriteTimeout("timed out sending the request", request=request) from None

    async def _read_head(
        self, conn: _AsyncConnection, request: httpx.Request, timeout: float | None, sent: _Sent
    ) -> _Head:
        received_any = conn.start != conn.end
        while True:
            data = conn.find_head(request)
            if data is not None:
                head = _parse_head(data, request)
                if 100 <= head.status < 200 and head.status != 101:
                    continue  # an interim answer (100 Continue, 103 Early Hints)
                return head
            if received_any and conn.eof:
                raise _bad("the server closed the connection in the middle of the response head", request)
            try:
                more = await conn.receive(timeout)
            except TimeoutError:
                if sent.error is not None:
                    raise sent.error from None
                raise httpx.ReadTimeout("timed out waiting for the response", request=request) from None
            if more:
                received_any = received_any or conn.start != conn.end
                continue
            if received_any:
                raise _bad("the server closed the connection in the middle of the response head", request)
            error: httpx.TransportError
            if sent.error is not None:
                error = sent.error
            elif conn.error is not None:
                error = httpx.ReadError(str(conn.error) or type(conn.error).__name__, request=request)
            else:
                error = _bad("the server closed the connection without sending a response", request)
            raise _NoResponse(error)

    async def aclose(self) -> None:
        """Close the idle connections; connections in use close when their responses do."""
        self._closed = True
        idle = [conn for conns in self._idle.values() for conn in conns]
        self._idle.clear()
        self._idle_count = 0
        for conn in idle:
            conn.close()
        if idle:
            await _closed_soon()
        if self._fallback is not None:
            await self._fallback.aclose()


def _write_error(conn: _AsyncConnection, request: httpx.Request) -> httpx.WriteError:
    error = conn.error
    message = (str(error) or type(error).__name__) if error is not None else "the connection was closed"
    return httpx.WriteError(message, request=request)
