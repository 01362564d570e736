"""httpx's async transport API over aiohttp: `AiohttpTransport`, the fast async path for `http://` hosts.

aiohttp does the HTTP/1.1 work (llhttp parser, connection pool); this module only maps an
`httpx.Request` onto `ClientSession.request`, aiohttp's exceptions onto httpx's and the response
body onto an `httpx.AsyncByteStream`.

Why not `httpx_aiohttp.AiohttpTransport`: its 0.2 release maps every `ClientConnectionError`,
including a server that closed the connection after the request was sent, to `httpx.ConnectTimeout`,
which the client's retry policy reads as "nothing reached the server" and would resend; it also
builds a TLS context (loading the CA bundle) for every transport, even for plain http.

- The body is handed on as aiohttp buffered it (`readany`): many small HTTP chunks (one per
  NDJSON line) arrive as one block, which is what makes streams fast.
- Content is not decoded here: httpx decodes gzip/deflate itself.
- At most `max_connections` requests are in flight: a request waits for a slot (a semaphore) before
  anything is handed to aiohttp, and keeps it until its response is closed or it fails. aiohttp
  builds its whole request (coroutine, headers, payload, timers) before it waits for a pooled
  connection; with a thousand streams started at once on a pool of 100, that state held by the 900
  waiting ones was most of the client's memory growth. A request waiting here holds only httpx's.
- Timeouts come from `request.extensions["timeout"]`: pool -> the wait for a slot (and aiohttp's
  `connect`, its own wait for a connection plus the connect, which the slots keep from waiting),
  connect -> `sock_connect`, read -> `sock_read`. aiohttp has no write timeout: one is applied here.
- A response closed before its end closes its socket; one read to the end returns it to the pool.
- The session belongs to the event loop that first used it; a later loop gets a new session.
- Anything other than `http://` goes to `httpx.AsyncHTTPTransport()`, built on first use.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

import aiohttp
import httpx

__all__ = ["AiohttpTransport"]

DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)


def _mapped(exc: BaseException, request: httpx.Request) -> httpx.TransportError:
    """The httpx exception for an aiohttp (or socket) failure."""
    message = str(exc) or type(exc).__name__
    kind: type[httpx.TransportError]
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        kind = httpx.ConnectTimeout
    elif isinstance(exc, aiohttp.ServerTimeoutError | asyncio.TimeoutError):
        kind = httpx.ReadTimeout
    elif isinstance(exc, aiohttp.ClientConnectorError):  # refused, unreachable, unknown name
        kind = httpx.ConnectError
    elif isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientPayloadError):
        kind = httpx.RemoteProtocolError  # closed without (a whole) answer
    elif isinstance(exc, aiohttp.ClientResponseError):  # an answer that is not HTTP/1.1
        kind = httpx.RemoteProtocolError
    elif isinstance(exc, BrokenPipeError):
        kind = httpx.WriteError
    else:  # reset by the peer, other socket errors
        kind = httpx.ReadError
    return kind(message, request=request)


_FAILURES = (aiohttp.ClientError, OSError, asyncio.TimeoutError)


async def _paced(
    stream: httpx.AsyncByteStream, deadline: asyncio.Timeout, seconds: float | None
) -> AsyncIterator[bytes]:
    """The parts of `stream`, each to be written within `seconds` (httpx's write timeout).

    aiohttp asks for the next part once the previous one is written, so the deadline is moved
    forward at each part and lifted once the last part is written.
    """
    loop = asyncio.get_running_loop()
    # RuntimeError: the answer came before the whole body was sent and the deadline is over.
    async for part in stream:
        if seconds is not None:
            with contextlib.suppress(RuntimeError):
                deadline.reschedule(loop.time() + seconds)
        yield part
    with contextlib.suppress(RuntimeError):
        deadline.reschedule(None)


class _Body(httpx.AsyncByteStream):
    """The body of one aiohttp response, in the blocks aiohttp buffered; holds the request's slot."""

    def __init__(
        self, response: aiohttp.ClientResponse, request: httpx.Request, slots: asyncio.Semaphore | None
    ) -> None:
        self._response = response
        self._request = request
        self._slots = slots

    async def __aiter__(self) -> AsyncIterator[bytes]:
        content = self._response.content
        try:
            while True:
                block = await content.readany()
                if not block:
                    return
                yield block
        except _FAILURES as exc:
            raise _mapped(exc, self._request) from exc

    async def aclose(self) -> None:
        response = self._response
        if response.content.at_eof():
            response.release()  # whole body read: the connection may be reused
        else:
            response.close()  # the rest of the body is still on the socket
        slots, self._slots = self._slots, None
        if slots is not None:  # once, however often the body is closed
            slots.release()


class AiohttpTransport(httpx.AsyncBaseTransport):
    """An `httpx.AsyncBaseTransport` that sends plain-http requests through an aiohttp session."""

    def __init__(self, *, limits: httpx.Limits = DEFAULT_LIMITS) -> None:
        self._limits = limits
        self._session: aiohttp.ClientSession | None = None
        self._slots: asyncio.Semaphore | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._fallback: httpx.AsyncHTTPTransport | None = None

    @property
    def fallback(self) -> httpx.AsyncHTTPTransport:
        """httpx's own transport, for https and other schemes (built on first use)."""
        if self._fallback is None:
            self._fallback = httpx.AsyncHTTPTransport()
        return self._fallback

    def _session_for_this_loop(self) -> tuple[aiohttp.ClientSession, asyncio.Semaphore | None]:
        loop = asyncio.get_running_loop()
        session = self._session
        if session is None or self._loop is not loop:
            if session is not None:
                # Left behind by an earlier event loop: its sockets cannot be used from this one.
                with contextlib.suppress(Exception):
                    session.connector.close()  # type: ignore[union-attr]
            connector = aiohttp.TCPConnector(
                limit=self._limits.max_connections or 0,
                keepalive_timeout=self._limits.keepalive_expiry or 5.0,
            )
            # auto_decompress off: httpx decodes; no cookie jar: httpx keeps cookies itself.
            session = aiohttp.ClientSession(
                connector=connector,
                auto_decompress=False,
                cookie_jar=aiohttp.DummyCookieJar(),
                timeout=aiohttp.ClientTimeout(total=None),
            )
            limit = self._limits.max_connections
            self._slots = asyncio.Semaphore(limit) if limit else None
            self._session, self._loop = session, loop
        return session, self._slots

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        if url.scheme != "http":
            return await self.fallback.handle_async_request(request)
        stream = request.stream
        if not isinstance(stream, httpx.AsyncByteStream):
            raise RuntimeError("a sync request body cannot be sent by an async transport")
        session, slots = self._session_for_this_loop()
        timeout: dict[str, float | None] = request.extensions.get("timeout", {})
        if slots is not None:
            if slots.locked():
                try:
                    async with asyncio.timeout(timeout.get("pool")):
                        await slots.acquire()
                except TimeoutError as exc:
                    raise httpx.PoolTimeout(
                        "timed out waiting for a free connection", request=request
                    ) from exc
            else:
                await slots.acquire()  # a free slot: returns at once, without a suspension
        try:
            return await self._send(session, request, stream, timeout, slots)
        except BaseException:  # failed or cancelled before a response took the slot over
            if slots is not None:
                slots.release()
            raise

    async def _send(
        self,
        session: aiohttp.ClientSession,
        request: httpx.Request,
        stream: httpx.AsyncByteStream,
        timeout: dict[str, float | None],
        slots: asyncio.Semaphore | None,
    ) -> httpx.Response:
        url = request.url
        headers = request.headers
        data: bytes | AsyncIterator[bytes] | None
        # aiohttp has no write timeout: a streamed body gets one here, per part (see _paced).
        deadline = asyncio.timeout(None)
        try:
            data = request.content or None
        except httpx.RequestNotRead:
            # An async iterator: aiohttp sends it in chunked encoding and writes that header itself.
            data = _paced(stream, deadline, timeout.get("write"))
            headers = headers.copy()
            headers.pop("transfer-encoding", None)
        started = asyncio.get_running_loop().time()
        try:
            async with deadline:
                response = await session.request(
                    request.method,
                    url=str(url),
                    headers=[(k.decode("latin-1"), v.decode("latin-1")) for k, v in headers.raw],
                    data=data,
                    allow_redirects=False,
                    compress=None,
                    timeout=aiohttp.ClientTimeout(
                        total=None,
                        connect=timeout.get("pool"),
                        sock_connect=timeout.get("connect"),
                        sock_read=timeout.get("read"),
                    ),
                )
        except TimeoutError as exc:
            if deadline.expired():
                raise httpx.WriteTimeout("timed out sending the request body", request=request) from exc
            connect = timeout.get("connect")
            waited = asyncio.get_running_loop().time() - started
            if isinstance(exc, aiohttp.ConnectionTimeoutError) and (connect is None or waited < connect):
                # aiohttp's `connect` (our pool timeout) ran out before the connect timeout could.
                raise httpx.PoolTimeout(str(exc), request=request) from exc
            raise _mapped(exc, request) from exc
        except _FAILURES as exc:
            raise _mapped(exc, request) from exc
        return httpx.Response(
            response.status,
            headers=response.raw_headers,
            stream=_Body(response, request, slots),
            extensions={
                "http_version": b"HTTP/1.0" if response.version == aiohttp.HttpVersion10 else b"HTTP/1.1",
                "reason_phrase": (response.reason or "").encode("latin-1"),
            },
        )

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
        if self._fallback is not None:
            await self._fallback.aclose()
