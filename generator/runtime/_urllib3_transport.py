"""httpx's sync transport API over urllib3: `Urllib3Transport`, the fast sync path for `http://` hosts.

urllib3 does the HTTP/1.1 work (framing, chunked decoding, connection pool, dropped-connection
checks); this module only maps an `httpx.Request` onto `urlopen`, urllib3's exceptions onto httpx's
and the response body onto an `httpx.SyncByteStream`.

- The request goes out with httpx's headers; a body httpx could not measure (an iterator) is sent
  as it is produced in chunked encoding, so an upload of any size stays in constant memory. Its
  parts reach urllib3 in slices of at most `_SEND_SIZE` bytes (see there).
- Content is not decoded here: httpx decodes gzip/deflate itself, as with its own transport.
- Timeouts come from `request.extensions["timeout"]`: connect, read and pool; urllib3 applies the
  connect timeout to the sending of the request too, so there is no separate write timeout.
- urllib3 never retries or follows redirects here: the client's retry policy and httpx do that.
- A response closed before its end closes its socket; one read to the end returns it to the pool.
- Anything other than `http://` goes to `httpx.HTTPTransport()`, built on first use.
"""

from __future__ import annotations

import http.client
import threading
from collections.abc import Iterable, Iterator
from typing import Any

import httpx
import urllib3
from urllib3 import exceptions as u3

__all__ = ["Urllib3Transport"]

# Ollama answers stream one HTTP chunk per line; a larger read size matters for non-chunked bodies.
_READ_SIZE = 64 * 1024
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)

# urllib3 frames each part of a chunked body with one `%`-format over the whole part, and sends it
# with one `sendall`. The format's cost per byte grows with the part, while parts that are too small
# cost the receiver a wake-up each. Client CPU time for 512 MiB sent in 1 MiB parts to the
# benchmark's server, by slice size (medians of 3): unsliced 0.70 s, 512 KiB 0.27 s, 128 KiB
# 0.29 s, 64 KiB 0.34 s, 32 KiB 0.43 s (raw httpx 0.22 s); 128 KiB had the best throughput.
# Larger parts are handed on as memoryview slices of this size: no copy, and the framing stays
# urllib3's.
_SEND_SIZE = 128 * 1024


def _mapped(exc: Exception, request: httpx.Request) -> httpx.TransportError:
    """The httpx exception for a urllib3 (or socket) failure."""
    message = str(exc)
    kind: type[httpx.TransportError]
    if isinstance(exc, u3.NewConnectionError):  # refused, unreachable, unknown name
        kind = httpx.ConnectError
    elif isinstance(exc, u3.ConnectTimeoutError):
        kind = httpx.ConnectTimeout
    elif isinstance(exc, u3.ReadTimeoutError | TimeoutError):
        kind = httpx.ReadTimeout
    elif isinstance(exc, u3.EmptyPoolError):
        kind = httpx.PoolTimeout
    elif isinstance(exc, u3.ProtocolError):
        cause = exc.args[1] if len(exc.args) > 1 else None
        if isinstance(cause, TimeoutError):  # urllib3 maps read timeouts itself: this one is a send
            kind = httpx.WriteTimeout
        elif isinstance(cause, BrokenPipeError):
            kind = httpx.WriteError
        elif isinstance(cause, ConnectionError) and not isinstance(cause, http.client.HTTPException):
            # reset by the peer (RemoteDisconnected is both: a close without an answer)
            kind = httpx.ReadError
        else:  # closed without (a whole) answer, or an answer that is not HTTP/1.1
            kind = httpx.RemoteProtocolError
    elif isinstance(exc, http.client.HTTPException | u3.DecodeError | u3.HTTPError):
        kind = httpx.RemoteProtocolError
    elif isinstance(exc, BrokenPipeError):
        kind = httpx.WriteError
    elif isinstance(exc, ValueError):
        kind = httpx.RemoteProtocolError
    else:
        kind = httpx.ReadError
    return kind(message, request=request)


def _bounded(parts: Iterable[bytes]) -> Iterator[bytes | memoryview]:
    """The parts of a streamed body, each larger one cut into slices of at most `_SEND_SIZE` bytes."""
    size = _SEND_SIZE
    for part in parts:
        if len(part) <= size or not isinstance(part, bytes | bytearray):
            yield part
            continue
        view = memoryview(part)
        for start in range(0, len(view), size):
            yield view[start : start + size]


# ValueError: http.client's answer to some malformed lengths (e.g. a negative Content-Length).
_FAILURES = (u3.HTTPError, http.client.HTTPException, OSError, ValueError)


class _Body(httpx.SyncByteStream):
    """The body of one urllib3 response, read as it arrives."""

    def __init__(self, response: urllib3.BaseHTTPResponse, request: httpx.Request) -> None:
        self._response = response
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self._response.stream(_READ_SIZE, decode_content=False)
        except _FAILURES as exc:
            raise _mapped(exc, self._request) from exc

    def close(self) -> None:
        response = self._response
        # Fully read: urllib3 already gave the connection back. Otherwise the socket holds the
        # rest of the body, so it is closed rather than pooled.
        response.close()
        response.release_conn()


class Urllib3Transport(httpx.BaseTransport):
    """An `httpx.BaseTransport` that sends plain-http requests through a urllib3 pool."""

    def __init__(self, *, limits: httpx.Limits = DEFAULT_LIMITS) -> None:
        # block=True with maxsize=max_connections gives httpx's meaning: at most that many
        # connections per host, waiting up to the pool timeout for one.
        self._size = limits.max_connections or 100
        # One pool per (host, port), kept here rather than in a PoolManager: its lookup costs more
        # per request, and `PoolManager.clear()` leaves the closing of sockets to the collector.
        self._pools: dict[tuple[str, int], urllib3.HTTPConnectionPool] = {}
        self._fallback: httpx.HTTPTransport | None = None
        self._lock = threading.Lock()

    @property
    def fallback(self) -> httpx.HTTPTransport:
        """httpx's own transport, for https and other schemes (built on first use)."""
        with self._lock:
            if self._fallback is None:
                self._fallback = httpx.HTTPTransport()
            return self._fallback

    def _pool_for(self, host: str, port: int) -> urllib3.HTTPConnectionPool:
        pool = self._pools.get((host, port))
        if pool is None:
            with self._lock:
                pool = self._pools.get((host, port))
                if pool is None:
                    pool = urllib3.HTTPConnectionPool(
                        host, port, maxsize=self._size, block=True, retries=False
                    )
                    self._pools[(host, port)] = pool
        return pool

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        if url.scheme != "http":
            return self.fallback.handle_request(request)
        if not isinstance(request.stream, httpx.SyncByteStream):
            raise RuntimeError("an async request body cannot be sent by a sync transport")
        timeout: dict[str, float | None] = request.extensions.get("timeout", {})
        # Typed as int by urllib3, handed to `queue.get(timeout=...)`, which takes any number.
        pool_timeout: Any = timeout.get("pool")
        body: Any
        try:
            body = request.content or None
        except httpx.RequestNotRead:
            body = _bounded(request.stream)  # httpx's headers say chunked; urllib3 frames it so
        pool = self._pool_for(url.host, url.port or 80)
        try:
            response = pool.urlopen(
                request.method,
                url.raw_path.decode("ascii"),
                body=body,
                headers=urllib3.HTTPHeaderDict(
                    [(k.decode("latin-1"), v.decode("latin-1")) for k, v in request.headers.raw]
                ),
                retries=False,
                redirect=False,
                assert_same_host=False,
                timeout=urllib3.Timeout(connect=timeout.get("connect"), read=timeout.get("read")),
                pool_timeout=pool_timeout,
                preload_content=False,
                decode_content=False,
                release_conn=False,
            )
        except _FAILURES as exc:
            raise _mapped(exc, request) from exc
        reason = response.reason
        return httpx.Response(
            response.status,
            headers=list(response.headers.iteritems()),
            stream=_Body(response, request),
            extensions={
                "http_version": b"HTTP/1.0" if response.version == 10 else b"HTTP/1.1",
                "reason_phrase": reason.encode("latin-1") if reason else b"",
            },
        )

    def close(self) -> None:
        with self._lock:
            pools = list(self._pools.values())
            self._pools.clear()
        for pool in pools:
            pool.close()
        if self._fallback is not None:
            self._fallback.close()
