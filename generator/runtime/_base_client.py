"""The request engine behind `Client` and `AsyncClient`: host, auth, headers, timeouts, retries.

`SyncAPIClient` and `AsyncAPIClient` mirror each other line by line. Requests are sent to the
configured host only (`request(method, path, ...)` takes a path). Error statuses raise the
`ResponseError` family, transport failures `APIConnectionError` / `APITimeoutError`.

Retries (`max_retries`, default 2): connection failures before any response (refused, reset,
closed unanswered, connect timeout) and the statuses 408, 429, 502, 503 and 504, waiting as
`Retry-After` asks when that is at most 60 s, else (or without the header) 0.5 s · 2^n (capped at
8 s) with jitter: a server asking for an hour is not waited for. Read timeouts are
not retried: a slow generation would be run again from the start. A body given as an iterable is
sent once; it is retried only when the connection failed before any of it was sent. A stream is
retried only before it is handed over, never once it has yielded anything.
"""

from __future__ import annotations

import logging
import math
import os
import sys
import threading
import time
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ._exceptions import (
    APIConnectionError,
    map_transport_error,
    status_error_from_response,
)
from ._host import ParsedHost, resolve_host
from ._streaming import AsyncEventStream, AsyncStream, EventStream, LineDecoder, Merge, Stream
from ._types import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:
    import asyncio  # imported where it runs: it costs milliseconds at `import hiramu.ollama`

    # Imported where it runs as well (in a function that needs it, or once a client builds its
    # httpx client): it is most of the time `import hiramu.ollama` would take.
    import httpx

    # The default timeout of a client, built on first use (an `httpx.Timeout`): see `__getattr__`.
    DEFAULT_TIMEOUT: httpx.Timeout

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "INITIAL_RETRY_DELAY",
    "MAX_RETRY_AFTER",
    "MAX_RETRY_DELAY",
    "RETRY_STATUSES",
    "AsyncAPIClient",
    "SyncAPIClient",
    "async_sleep_for_retry",
    "backoff_delay",
    "new_async_http_client",
    "new_http_client",
    "retry_after_seconds",
    "sleep_for_retry",
    "user_agent",
]

T = TypeVar("T")
R = TypeVar("R")

# A cold model load happens before the first byte of an answer, so reads may wait for minutes.
# No pool timeout: a request waiting for one of the pool's connections waits for other requests,
# each bounded by its own timeouts; a limit here would fail a busy client whose server is fine.
_DEFAULT_TIMEOUT_SECONDS = {"connect": 5.0, "read": 600.0, "write": 600.0, "pool": None}
_default_timeout: httpx.Timeout | None = None
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
# 503 is Ollama's "server busy" (request queue full); 502/504 come from proxies in front of it.
RETRY_STATUSES = frozenset({408, 429, 502, 503, 504})

# Parsed URLs kept per client: every route of the API, with room for some path parameters.
_URL_CACHE_SIZE = 256

log = logging.getLogger("hiramu.ollama")


def default_timeout() -> httpx.Timeout:
    """`DEFAULT_TIMEOUT`: the timeout of a client given none (httpx loads on the first call)."""
    global _default_timeout
    if _default_timeout is None:
        import httpx

        _default_timeout = httpx.Timeout(**_DEFAULT_TIMEOUT_SECONDS)
    return _default_timeout


def __getattr__(name: str) -> Any:
    if name == "DEFAULT_TIMEOUT":
        return default_timeout()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def sleep_for_retry(seconds: float) -> None:
    """Wait before a retry (module-level so tests can observe or skip the wait)."""
    time.sleep(seconds)


async def async_sleep_for_retry(seconds: float) -> None:
    """Wait before a retry, asynchronously (module-level so tests can observe or skip the wait)."""
    import asyncio

    await asyncio.sleep(seconds)


def retry_after_seconds(headers: httpx.Headers, *, now: float | None = None) -> float | None:
    """The wait a `Retry-After` header asks for (seconds or an HTTP date), not capped.

    None when the header is absent or unreadable; a date in the past gives 0. The engine honours
    it only up to `MAX_RETRY_AFTER` and backs off on its own above that.
    """
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:  # RFC 9110 dates are GMT; "-0000" parses as naive
            from datetime import UTC

            when = when.replace(tzinfo=UTC)
        seconds = when.timestamp() - (time.time() if now is None else now)
    if math.isnan(seconds):
        return None
    return max(seconds, 0.0)


def backoff_delay(retry: int) -> float:
    """The wait before retry number `retry` (0-based) when the server named none."""
    import random

    base = min(INITIAL_RETRY_DELAY * 2.0**retry, MAX_RETRY_DELAY)
    # Jitter spreads the retries of many clients failing at once.
    return base * random.uniform(0.75, 1.0)


def new_http_client(
    timeout: httpx.Timeout, transport: httpx.BaseTransport | None, host: ParsedHost
) -> httpx.Client:
    """The httpx client a `SyncAPIClient` owns (the one place where it is built).

    Without a transport of the user's, the fast stack's (urllib3) is taken where it applies.
    """
    import httpx

    from ._fast import sync_transport

    transport = transport or sync_transport(host)
    return httpx.Client(timeout=timeout, follow_redirects=True, transport=transport)


def new_async_http_client(
    timeout: httpx.Timeout, transport: httpx.AsyncBaseTransport | None, host: ParsedHost
) -> httpx.AsyncClient:
    """The httpx client an `AsyncAPIClient` owns (the one place where it is built).

    Without a transport of the user's, the fast stack's (aiohttp) is taken where it applies.
    """
    import httpx

    from ._fast import async_transport

    transport = transport or async_transport(host)
    return httpx.AsyncClient(timeout=timeout, follow_redirects=True, transport=transport)


_user_agent: str | None = None


def user_agent() -> str:
    """`hiramu/<version> (python <major.minor>)`, computed on first use."""
    global _user_agent
    if _user_agent is None:
        try:
            from importlib.metadata import version

            package_version = version("hiramu")
        except Exception:  # not installed (e.g. a vendored copy): the name alone still helps
            package_version = "unknown"
        _user_agent = f"hiramu/{package_version} (python {sys.version_info[0]}.{sys.version_info[1]})"
    return _user_agent


def _authorization(parsed: ParsedHost, api_key: str | None) -> str | None:
    # An explicit key wins over credentials in the host string, which win over OLLAMA_API_KEY.
    # api_key="" turns the environment key off.
    if api_key:
        return f"Bearer {api_key}"
    if parsed.auth is not None:
        import base64

        user, password = parsed.auth
        token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        return f"Basic {token}"
    if api_key is None:
        from_env = os.environ.get("OLLAMA_API_KEY")
        if from_env:
            return f"Bearer {from_env}"
    return None


def _as_timeout(timeout: TimeoutTypes) -> httpx.Timeout:
    import httpx

    if isinstance(timeout, httpx.Timeout):
        return timeout
    return httpx.Timeout(timeout)


def _is_replayable(content: object) -> bool:
    return content is None or isinstance(content, bytes)


def _retryable_failure(exc: httpx.RequestError, replayable: bool) -> bool:
    """Whether a failure before any response may be retried (never a redirect loop or a bad encoding)."""
    import httpx  # loaded already: it raised `exc`

    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout):
        return True  # nothing reached the server, not even part of the body
    if isinstance(exc, httpx.TimeoutException):
        return False  # a read timeout may mean a slow generation: retrying would repeat it
    # Closed or reset without an answer (e.g. a stale pooled connection).
    return replayable and isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError | httpx.WriteError)


class _APIClientBase:
    """Configuration shared by the sync and async clients."""

    def __init__(
        self,
        host: str | None,
        *,
        api_key: str | None,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int,
        headers: Mapping[str, str] | None,
        http_client: httpx.Client | httpx.AsyncClient | None,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self._parsed_host = resolve_host(host)
        self._base_url = self._parsed_host.base_url
        self._max_retries = max_retries
        # The httpx values (`_timeout`, `_auth`) are made on first use: building a client does not
        # import httpx, which would block the event loop an async client is often built on.
        self._given_timeout = timeout
        if isinstance(timeout, NotGiven) and http_client is not None:
            self._timeout = http_client.timeout  # an injected client keeps the timeout it was built with
        self._given_headers = dict(headers) if headers else None
        self._headers: httpx.Headers | None = None
        self._authorization = _authorization(self._parsed_host, api_key)
        # What `httpx.Client.build_request` would merge into every request, merged once (see
        # `_new_request`): the URL of each path, and the httpx client's headers with ours.
        self._urls: dict[str, httpx.URL] = {}
        self._merged: tuple[httpx.Headers, list[tuple[bytes, bytes]], httpx.Headers] | None = None
        self._owns_client = http_client is None
        self._closed = False

    @property
    def base_url(self) -> str:
        """`scheme://host:port[/path]` every request goes to."""
        return self._base_url

    @property
    def max_retries(self) -> int:
        return self._max_retries

    @property
    def timeout(self) -> httpx.Timeout:
        """The timeout of every call that does not pass its own."""
        return self._timeout

    @cached_property
    def _timeout(self) -> httpx.Timeout:
        given = self._given_timeout
        return default_timeout() if isinstance(given, NotGiven) else _as_timeout(given)

    @cached_property
    def _auth(self) -> httpx.Auth | None:
        if self._authorization is None:
            return None
        from ._auth import HostScopedAuth

        return HostScopedAuth(self._parsed_host, self._authorization)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._base_url}>"

    def _default_headers(self) -> httpx.Headers:
        """User-Agent and the client's `headers=`, the headers of every request."""
        headers = self._headers
        if headers is None:
            import httpx

            # Built on first use: finding the package version reads installed metadata.
            headers = httpx.Headers({"User-Agent": user_agent()})
            if self._given_headers:
                headers.update(self._given_headers)
            self._headers = headers
        return headers

    def _url(self, path: str) -> str:
        return self._base_url + (path if path.startswith("/") else "/" + path)

    def _route_url(self, path: str) -> httpx.URL:
        """The parsed URL of `path`, parsed once (httpx's URL parser is a large part of a request)."""
        import httpx  # loaded on first use, not at import

        urls = self._urls
        url = urls.get(path)
        if url is None:
            if len(urls) >= _URL_CACHE_SIZE:  # paths with parameters (blob digests) are unbounded
                urls.clear()
            url = urls[path] = httpx.URL(self._url(path))
        return url

    def _merged_headers(self, client: httpx.Client | httpx.AsyncClient) -> httpx.Headers:
        """The httpx client's headers updated with ours, as `build_request` merges them.

        Merged again whenever the httpx client's headers change (they are a public, mutable
        attribute of a client the caller may hold).
        """
        import httpx  # loaded on first use, not at import

        client_headers = client.headers
        raw = client_headers.raw
        merged = self._merged
        if merged is not None and merged[0] is client_headers and merged[1] == raw:
            return merged[2]
        headers = httpx.Headers(client_headers)
        headers.update(self._default_headers())
        self._merged = (client_headers, raw, headers)
        return headers

    def _new_request(
        self,
        client: httpx.Client | httpx.AsyncClient,
        method: str,
        path: str,
        *,
        json: object,
        content: bytes | Iterable[bytes] | AsyncIterable[bytes] | None,
        files: Mapping[str, tuple[str, bytes, str]] | None,
        data: Mapping[str, str] | None,
        timeout: TimeoutTypes | NotGiven,
        extra_headers: Mapping[str, str] | None,
    ) -> httpx.Request:
        """The request `client.build_request` would build, without re-doing its merging per call.

        `build_request` parses the URL and merges the client's headers, cookies and query
        parameters on every call, a third of the time of a small request. Here the URL of a path
        and the merged headers are reused; a client holding cookies or query parameters goes
        through `build_request` itself, so they are merged exactly as httpx does.
        """
        import httpx  # loaded on first use, not at import

        request_timeout = self._timeout if isinstance(timeout, NotGiven) else _as_timeout(timeout)
        if client.params or client.cookies:
            headers = httpx.Headers(self._default_headers())
            if extra_headers:
                headers.update(extra_headers)
            return client.build_request(
                method,
                self._url(path),
                json=json,
                content=content,
                files=files,
                data=data,
                headers=headers,
                timeout=request_timeout,
            )
        headers = self._merged_headers(client)
        if extra_headers:
            headers = httpx.Headers(headers)
            headers.update(extra_headers)
        # httpx.Request copies the headers it is given, so the shared merged ones stay unchanged.
        return httpx.Request(
            method,
            self._route_url(path),
            json=json,
            content=content,
            files=files,
            data=data,
            headers=headers,
            extensions={"timeout": request_timeout.as_dict()},
        )

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError(f"this {type(self).__name__} is closed")

    def _retry_delay(self, retry: int, response: httpx.Response | None) -> float:
        if response is not None:
            asked = retry_after_seconds(response.headers)
            # Above the cap the server's wish is ignored, not shortened: sleeping a minute for a
            # server that asked for an hour helps nobody, the normal backoff may still find it free.
            if asked is not None and asked <= MAX_RETRY_AFTER:
                return asked
        return backoff_delay(retry)

    def _body_read_error(self, exc: httpx.RequestError) -> APIConnectionError:
        import httpx  # loaded already: it raised `exc`

        if not isinstance(exc, httpx.TransportError) or isinstance(exc, httpx.TimeoutException):
            return map_transport_error(exc, self._base_url)
        return APIConnectionError(
            self._base_url,
            f"the connection to Ollama at {self._base_url} was closed before the whole response arrived: {exc}",
        )


class SyncAPIClient(_APIClientBase):
    """Synchronous request engine (see the module docstring for the retry policy)."""

    def __init__(
        self,
        host: str | None = None,
        *,
        api_key: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if http_client is not None and transport is not None:
            raise ValueError("give either http_client or transport, not both")
        self._transport = transport
        super().__init__(
            host,
            api_key=api_key,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            http_client=http_client,
        )
        self._client = http_client
        self._client_lock = threading.Lock()

    @property
    def http_client(self) -> httpx.Client:
        """The underlying httpx client (built on first use unless one was injected)."""
        client = self._client
        if client is None:
            # Built lazily: an httpx client loads the CA bundle, which costs tens of milliseconds.
            with self._client_lock:
                client = self._client
                if client is None:
                    client = self._client = new_http_client(self._timeout, self._transport, self._parsed_host)
        return client

    @property
    def transport_name(self) -> str:
        """What sends the requests: "urllib3" (the `fast` extra), "httpx", or "custom" (yours)."""
        from ._fast import transport_name

        return transport_name(self.http_client)

    def request(
        self,
        method: str,
        path: str,
        *,
        json: object = None,
        content: bytes | bytearray | memoryview | Iterable[bytes] | AsyncIterable[bytes] | None = None,
        files: Mapping[str, tuple[str, bytes, str]] | None = None,
        data: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> httpx.Response:
        """Send a request to `base_url + path` and return the response with its body read.

        `json=None` sends no body; `files` (name: (file name, bytes, content type)) and `data`
        (form fields) send a `multipart/form-data` body, which can be sent again on a retry.
        Raises `ResponseError` (or a subclass) for a status >= 400.
        """
        if isinstance(content, AsyncIterable):
            raise TypeError("an async iterable body needs the async client")
        if isinstance(content, bytearray | memoryview):
            content = bytes(content)  # httpx would iterate these as integers
        request = self._build(
            method,
            path,
            json=json,
            content=content,
            files=files,
            data=data,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        response = self._send(
            request, stream=False, replayable=_is_replayable(content), max_retries=max_retries
        )
        import httpx  # loaded already, as everything below `_send`

        try:
            response.read()
        except httpx.RequestError as exc:
            response.close()
            raise self._body_read_error(exc) from exc
        return response

    def stream(
        self,
        method: str,
        path: str,
        *,
        json: object = None,
        parse: Callable[[dict[str, Any]], T],
        merge: Merge,
        decoder: LineDecoder | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Stream[T]:
        """Send a request now and return its body as a `Stream` of `parse(line)` values.

        `decoder` turns the body into JSON objects (NDJSON when None).

        An error status or a failed connection raises here, after the retries, not at iteration.
        """
        request = self._build(
            method, path, json=json, content=None, timeout=timeout, extra_headers=extra_headers
        )
        response = self._send(request, stream=True, replayable=True, max_retries=max_retries)
        return Stream(response, parse=parse, merge=merge, host=self._base_url, decoder=decoder)

    def stream_events(
        self,
        method: str,
        path: str,
        *,
        json: object = None,
        parse: Callable[[dict[str, Any]], T],
        collect_parse: Callable[[dict[str, Any]], R],
        merge: Merge,
        decoder: LineDecoder,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EventStream[T, R]:
        """`stream()` for an answer of Server-Sent Events: an `EventStream` whose `collect()` gives
        `collect_parse(merge(events))`. `decoder` is the SSE decoder of this route."""
        request = self._build(
            method, path, json=json, content=None, timeout=timeout, extra_headers=extra_headers
        )
        response = self._send(request, stream=True, replayable=True, max_retries=max_retries)
        return EventStream(
            response,
            parse=parse,
            collect_parse=collect_parse,
            merge=merge,
            host=self._base_url,
            decoder=decoder,
        )

    def _build(
        self,
        method: str,
        path: str,
        *,
        json: object,
        content: bytes | Iterable[bytes] | None,
        timeout: TimeoutTypes | NotGiven,
        extra_headers: Mapping[str, str] | None,
        files: Mapping[str, tuple[str, bytes, str]] | None = None,
        data: Mapping[str, str] | None = None,
    ) -> httpx.Request:
        self._check_open()  # before building an httpx client that a closed client would never close
        return self._new_request(
            self.http_client,
            method,
            path,
            json=json,
            content=content,
            files=files,
            data=data,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def _send(
        self, request: httpx.Request, *, stream: bool, replayable: bool, max_retries: int | NotGiven
    ) -> httpx.Response:
        """Send with retries; return the open response of a successful answer (body not read)."""
        client = self.http_client
        import httpx  # loaded by `http_client` at the latest

        attempts = self._max_retries if isinstance(max_retries, NotGiven) else max_retries
        auth = self._auth if self._auth is not None else httpx.USE_CLIENT_DEFAULT
        retry = 0
        while True:
            try:
                response = client.send(request, stream=True, auth=auth)
            except httpx.RequestError as exc:
                if retry < attempts and _retryable_failure(exc, replayable):
                    delay = self._retry_delay(retry, None)
                    log.debug("retrying %s %s in %.2fs after %r", request.method, request.url, delay, exc)
                    sleep_for_retry(delay)
                    retry += 1
                    continue
                raise map_transport_error(exc, self._base_url) from exc
            if response.status_code < 400 and (response.is_success or not stream):
                return response
            try:
                response.read()
            except httpx.RequestError:
                pass  # the status alone still makes a useful error
            finally:
                response.close()
            if retry < attempts and replayable and response.status_code in RETRY_STATUSES:
                delay = self._retry_delay(retry, response)
                log.debug(
                    "retrying %s %s in %.2fs after status %d",
                    request.method,
                    request.url,
                    delay,
                    response.status_code,
                )
                sleep_for_retry(delay)
                retry += 1
                continue
            raise status_error_from_response(response)

    def close(self) -> None:
        """Close the connections (an injected `http_client` is left open); safe to call twice."""
        self._closed = True
        if self._owns_client and self._client is not None:
            self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


async def _in_thread(work: Callable[[], T]) -> T:
    """`work()` run in a new daemon thread, awaited without blocking the loop.

    Not `asyncio.to_thread`: its first use imports and starts the loop's default executor, itself
    milliseconds of blocking work on the loop.
    """
    import asyncio

    loop = asyncio.get_running_loop()
    done: asyncio.Future[T] = loop.create_future()

    def deliver(value: T) -> None:
        if not done.cancelled():
            done.set_result(value)

    def fail(error: BaseException) -> None:
        if not done.cancelled():
            done.set_exception(error)

    def run() -> None:
        try:
            value = work()
        except BaseException as error:  # handed to the awaiting task, not lost in the thread
            loop.call_soon_threadsafe(fail, error)
        else:
            loop.call_soon_threadsafe(deliver, value)

    threading.Thread(target=run, name="hiramu-client-setup", daemon=True).start()
    return await done


async def _async_chunks(content: Iterable[bytes]) -> AsyncIterator[bytes]:
    for chunk in content:
        yield chunk


class AsyncAPIClient(_APIClientBase):
    """Asynchronous request engine, the mirror of `SyncAPIClient`."""

    def __init__(
        self,
        host: str | None = None,
        *,
        api_key: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        if http_client is not None and transport is not None:
            raise ValueError("give either http_client or transport, not both")
        self._transport = transport
        super().__init__(
            host,
            api_key=api_key,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            http_client=http_client,
        )
        self._client = http_client
        # The event loop the owned httpx client's connections belong to (None: not built yet).
        self._client_loop: asyncio.AbstractEventLoop | None = None

    @property
    def http_client(self) -> httpx.AsyncClient:
        """The underlying httpx client (built here when no request has built it yet).

        Requests build it themselves in a worker thread, so that the first call does not hold up
        the event loop; reading this property first builds it in the calling thread instead.
        """
        client = self._client
        if client is None:
            client = self._client = new_async_http_client(self._timeout, self._transport, self._parsed_host)
            self._default_headers()  # the default headers, built once
        return client

    def _prepare_off_loop(self) -> None:
        """Blocking first-use work, run in the worker thread that builds the httpx client.

        httpcore's asyncio support (anyio) imports its modules at the first request, some 70 ms;
        importing them here keeps that off the loop. Subclasses import what their answers need.
        """
        import importlib

        for name in ("anyio._backends._asyncio", "anyio.streams.tls", "anyio._core._synchronization"):
            try:
                importlib.import_module(name)
            except ImportError:  # another anyio layout: it is then imported on first use
                log.debug("could not import %s ahead of the first request", name)

    async def _loop_client(self) -> httpx.AsyncClient:
        """The httpx client for the running event loop, built off the loop when needed.

        Building one loads the CA bundle and the package metadata (for User-Agent), tens of
        milliseconds of blocking work, so it runs in a worker thread. Pooled connections belong to
        the loop that opened them: after `asyncio.run` returns, its loop is closed and its
        connections are dead, so a client used again from a new loop gets a new httpx client.
        An injected `http_client` is always used as given.
        """
        import asyncio

        client = self._client
        if not self._owns_client and client is not None:
            return client
        loop = asyncio.get_running_loop()
        if client is not None and (self._client_loop is loop or self._client_loop is None):
            self._client_loop = loop
            return client

        def build() -> httpx.AsyncClient:
            self._default_headers()  # the default headers, built once
            built = new_async_http_client(self._timeout, self._transport, self._parsed_host)
            self._prepare_off_loop()
            return built

        fresh = await _in_thread(build)
        if self._client is not client and self._client_loop is loop and self._client is not None:
            # Another task of this loop built one meanwhile: keep that one. A transport given by the
            # caller is shared by both clients, so only a transport of our own is closed here.
            if self._transport is None:
                await fresh.aclose()
            return self._client
        # The old client's connections belong to another (normally closed) loop; they cannot be
        # closed from here and are left to the garbage collector.
        self._client = fresh
        self._client_loop = loop
        return fresh

    @property
    def transport_name(self) -> str:
        """What sends the requests: "aiohttp" (the `fast` extra), "httpx", or "custom" (yours)."""
        from ._fast import transport_name

        return transport_name(self.http_client)

    async def request(
        self,
        method: str,
        path: str,
        *,
        json: object = None,
        content: bytes | bytearray | memoryview | Iterable[bytes] | AsyncIterable[bytes] | None = None,
        files: Mapping[str, tuple[str, bytes, str]] | None = None,
        data: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> httpx.Response:
        """Send a request to `base_url + path` and return the response with its body read.

        `json=None` sends no body; `files` (name: (file name, bytes, content type)) and `data`
        (form fields) send a `multipart/form-data` body, which can be sent again on a retry.
        Raises `ResponseError` (or a subclass) for a status >= 400.
        """
        body: bytes | AsyncIterable[bytes] | None
        if isinstance(content, bytearray | memoryview):
            content = bytes(content)  # httpx would iterate these as integers
        if content is None or isinstance(content, bytes | AsyncIterable):
            body = content
        else:
            body = _async_chunks(content)  # httpx's AsyncClient only streams async iterables
        client = await self._loop_client()
        request = self._build(
            method,
            path,
            json=json,
            content=body,
            files=files,
            data=data,
            timeout=timeout,
            extra_headers=extra_headers,
            client=client,
        )
        response = await self._send(
            request, client, stream=False, replayable=_is_replayable(content), max_retries=max_retries
        )
        import httpx  # loaded already, as everything below `_send`

        try:
            await response.aread()
        except httpx.RequestError as exc:
            await response.aclose()
            raise self._body_read_error(exc) from exc
        return response

    async def stream(
        self,
        method: str,
        path: str,
        *,
        json: object = None,
        parse: Callable[[dict[str, Any]], T],
        merge: Merge,
        decoder: LineDecoder | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[T]:
        """Send a request now and return its body as an `AsyncStream` of `parse(line)` values.

        `decoder` turns the body into JSON objects (NDJSON when None).

        An error status or a failed connection raises here, after the retries, not at iteration.
        """
        client = await self._loop_client()
        request = self._build(
            method, path, json=json, content=None, timeout=timeout, extra_headers=extra_headers, client=client
        )
        response = await self._send(request, client, stream=True, replayable=True, max_retries=max_retries)
        return AsyncStream(response, parse=parse, merge=merge, host=self._base_url, decoder=decoder)

    async def stream_events(
        self,
        method: str,
        path: str,
        *,
        json: object = None,
        parse: Callable[[dict[str, Any]], T],
        collect_parse: Callable[[dict[str, Any]], R],
        merge: Merge,
        decoder: LineDecoder,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncEventStream[T, R]:
        """`stream()` for an answer of Server-Sent Events (see `SyncAPIClient.stream_events`)."""
        client = await self._loop_client()
        request = self._build(
            method, path, json=json, content=None, timeout=timeout, extra_headers=extra_headers, client=client
        )
        response = await self._send(request, client, stream=True, replayable=True, max_retries=max_retries)
        return AsyncEventStream(
            response,
            parse=parse,
            collect_parse=collect_parse,
            merge=merge,
            host=self._base_url,
            decoder=decoder,
        )

    def _build(
        self,
        method: str,
        path: str,
        *,
        json: object,
        content: bytes | AsyncIterable[bytes] | None,
        timeout: TimeoutTypes | NotGiven,
        extra_headers: Mapping[str, str] | None,
        client: httpx.AsyncClient,
        files: Mapping[str, tuple[str, bytes, str]] | None = None,
        data: Mapping[str, str] | None = None,
    ) -> httpx.Request:
        self._check_open()
        return self._new_request(
            client,
            method,
            path,
            json=json,
            content=content,
            files=files,
            data=data,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def _send(
        self,
        request: httpx.Request,
        client: httpx.AsyncClient,
        *,
        stream: bool,
        replayable: bool,
        max_retries: int | NotGiven,
    ) -> httpx.Response:
        """Send with retries; return the open response of a successful answer (body not read)."""
        import httpx  # loaded already: the caller built `client`

        attempts = self._max_retries if isinstance(max_retries, NotGiven) else max_retries
        auth = self._auth if self._auth is not None else httpx.USE_CLIENT_DEFAULT
        retry = 0
        while True:
            try:
                response = await client.send(request, stream=True, auth=auth)
            except httpx.RequestError as exc:
                if retry < attempts and _retryable_failure(exc, replayable):
                    delay = self._retry_delay(retry, None)
                    log.debug("retrying %s %s in %.2fs after %r", request.method, request.url, delay, exc)
                    await async_sleep_for_retry(delay)
                    retry += 1
                    continue
                raise map_transport_error(exc, self._base_url) from exc
            if response.status_code < 400 and (response.is_success or not stream):
                return response
            try:
                await response.aread()
            except httpx.RequestError:
                pass  # the status alone still makes a useful error
            finally:
                await response.aclose()
            if retry < attempts and replayable and response.status_code in RETRY_STATUSES:
                delay = self._retry_delay(retry, response)
                log.debug(
                    "retrying %s %s in %.2fs after status %d",
                    request.method,
                    request.url,
                    delay,
                    response.status_code,
                )
                await async_sleep_for_retry(delay)
                retry += 1
                continue
            raise status_error_from_response(response)

    async def close(self) -> None:
        """Close the connections (an injected `http_client` is left open); safe to call twice."""
        import asyncio

        self._closed = True
        client = self._client
        if self._owns_client and client is not None:
            if self._client_loop is not None and self._client_loop is not asyncio.get_running_loop():
                # Its connections belong to a loop that has ended; closing them from here fails.
                self._client = None
                return
            await client.aclose()

    async def aclose(self) -> None:
        """Alias of `close()`, the name httpx and `contextlib.aclosing` use."""
        await self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
