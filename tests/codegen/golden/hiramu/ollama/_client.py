"""`Client` and `AsyncClient`: one method per operation of the Ollama API, and helpers built on them.

Request fields are arguments named as on the wire (a trailing underscore only where Python forbids
the name), in the official `ollama` client's positional order where it has one; model instances
and plain mappings are both accepted. Every method also takes `extra_headers`, `timeout` and
`max_retries` for that call, and JSON-body methods `extra_body`. Streaming operations have an
`<operation>_stream` twin. `client.with_raw_response.<operation>(...)` sends the same request and
returns a `RawResponse` (status, headers and the parsed body).

Every call goes through one request engine (`SyncAPIClient` / `AsyncAPIClient`): host rules,
authorization, timeouts, retries and the mapping of failures to `OllamaError` subclasses.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, Callable, Iterable, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._collect import (
    merge_generate,
    merge_progress,
)
from ._encode import build_body, decode_json, path_param
from ._exceptions import NotFoundError, OllamaError
from ._response import RawResponse
from ._streaming import (
    AsyncStream,
    AsyncStreamRequest,
    Stream,
)
from ._types import NOT_GIVEN, NotGiven, TimeoutTypes

# Models (and the helpers' types) load when first needed, which keeps `import hiramu.ollama` fast.
if TYPE_CHECKING:
    from pathlib import PurePath

    import httpx

    from ._progress import ProgressArg
    from ._structured import Parsed
    from .models.format_schema import FormatSchema
    from .models.generate_request_format_type_0 import GenerateRequestFormatType0
    from .models.generate_request_think_type_1 import GenerateRequestThinkType1
    from .models.generate_response import GenerateResponse
    from .models.list_response import ListResponse
    from .models.options import Options
    from .models.progress_response import ProgressResponse
    from .models.version_response import VersionResponse

__all__ = ["AsyncClient", "AsyncClientWithRawResponse", "Client", "ClientWithRawResponse"]

T = TypeVar("T")
KeepAlive = float | str

# The modules of the models the operations return.
_ANSWER_MODULES = (
    ".models.generate_response",
    ".models.list_response",
    ".models.progress_response",
    ".models.version_response",
)


def _encode_tools(value: Any) -> Any:
    # ._tools loads only when a value needs it (schema building imports inspect & co.).
    if value is None:
        return None
    from ._tools import encode_tools  # noqa: PLC0415

    return encode_tools(value)


def _encode_format(value: Any) -> Any:
    # ._structured loads only when a value needs it (schema building imports inspect & co.).
    if value is None:
        return None
    from ._structured import encode_format  # noqa: PLC0415

    return encode_format(value)


def _model(parse: Callable[[Any], T]) -> Callable[[httpx.Response], T]:
    """A `RawResponse` parser: the JSON body read by `parse` (a model's `from_dict`)."""

    def parse_body(response: httpx.Response) -> T:
        return parse(decode_json(response))

    return parse_body


def _model_or_text(parse: Callable[[Any], T], field: str) -> Callable[[httpx.Response], T]:
    """`_model`, except that a `text/plain` answer becomes the model with `field` set to the text."""

    def parse_body(response: httpx.Response) -> T:
        content_type = response.headers.get("content-type", "")
        if content_type.split(";", 1)[0].strip().lower() == "text/plain":
            return parse({field: response.text})
        return parse(decode_json(response))

    return parse_body


def _text(response: httpx.Response) -> str:
    return response.text


def _nothing(response: httpx.Response) -> None:
    return None


def _found(response: httpx.Response) -> bool:
    return response.status_code != 404


def _value(value: T) -> Callable[[httpx.Response], T]:
    """A `RawResponse` parser returning `value`, already built (a stream)."""

    def parse(response: httpx.Response) -> T:
        return value

    return parse


def _answer_text(value: object) -> str:
    return value if isinstance(value, str) else ""


class ClientWithRawResponse:
    """Every operation of a `Client`, returning a `RawResponse` instead of the parsed body alone.

    Reached as `client.with_raw_response`; the request goes through the same engine (retries, error
    mapping), so an error status still raises its `ResponseError`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def heartbeat(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[str]:
        """heartbeat.

        Sends the same request as `Client.heartbeat` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the body of the answer as text.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
        """

        response = self._client.request(
            "GET", "/", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
        return RawResponse(response, _text)

    def heartbeat_head(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[bool]:
        """heartbeat_head.

        Sends the same request as `Client.heartbeat_head` and returns the HTTP answer (status,
        headers) together with its parsed body.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives true when the server answers with a success status, False when it
            answers 404.

        Raises:
            ResponseError: The server answered with an error status other than 404 (see the
                `ResponseError` subclasses); 408, 429, 502, 503 and 504 only once the retries are
                used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
        """

        try:
            response = self._client.request(
                "HEAD", "/", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
            )
        except NotFoundError as error:
            # 404 is an answer here (False), not a failure.
            if error.response is None:
                raise
            return RawResponse(error.response, _found)
        return RawResponse(response, _found)

    def version(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[VersionResponse]:
        """version.

        Sends the same request as `Client.version` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `VersionResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """

        response = self._client.request(
            "GET", "/api/version", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.version_response import VersionResponse  # noqa: PLC0415

        return RawResponse(response, _model(VersionResponse.from_dict))

    def generate(
        self,
        model: str,
        prompt: str | None = None,
        *,
        format: GenerateRequestFormatType0 | FormatSchema | Mapping[str, Any] | type[Any] | None = None,
        keep_alive: float | str | None = None,
        think: bool | GenerateRequestThinkType1 | None = None,
        images: Sequence[str | bytes | PurePath] | None = None,
        options: Options | Mapping[str, Any] | None = None,
        context: Sequence[int] | None = None,
        debug_render_only: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GenerateResponse]:
        """generate.

        Sends the same request as `Client.generate` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            model: See the server's API documentation.
            prompt: See the server's API documentation.
            format: See the server's API documentation.
            keep_alive: See the server's API documentation.
            think: See the server's API documentation.
            images: See the server's API documentation.
            options: See the server's API documentation.
            context: See the server's API documentation.
            debug_render_only: See the server's API documentation.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `GenerateResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        body = build_body(
            (
                ("model", model),
                ("prompt", prompt),
                ("format", _encode_format(format)),
                ("keep_alive", keep_alive),
                ("think", think),
                ("images", images),
                ("options", options),
                ("context", context),
                ("_debug_render_only", debug_render_only),
            ),
            extra_body,
        )
        body["stream"] = False

        response = self._client.request(
            "POST",
            "/api/generate",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.generate_response import GenerateResponse  # noqa: PLC0415

        return RawResponse(response, _model(GenerateResponse.from_dict))

    def generate_stream(
        self,
        model: str,
        prompt: str | None = None,
        *,
        format: GenerateRequestFormatType0 | FormatSchema | Mapping[str, Any] | type[Any] | None = None,
        keep_alive: float | str | None = None,
        think: bool | GenerateRequestThinkType1 | None = None,
        images: Sequence[str | bytes | PurePath] | None = None,
        options: Options | Mapping[str, Any] | None = None,
        context: Sequence[int] | None = None,
        debug_render_only: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Stream[GenerateResponse]]:
        """generate.

        Sends the same request as `Client.generate_stream` and returns the HTTP answer (status,
        headers) together with its parsed body.

        Args:
            model: See the server's API documentation.
            prompt: See the server's API documentation.
            format: See the server's API documentation.
            keep_alive: See the server's API documentation.
            think: See the server's API documentation.
            images: See the server's API documentation.
            options: See the server's API documentation.
            context: See the server's API documentation.
            debug_render_only: See the server's API documentation.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the `Stream` of `GenerateResponse` chunks, read from the open
            response.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
            StreamError: While iterating: the server reported an error inside the stream.
            IncompleteStreamError: While iterating: the stream ended before its final line.
        """
        from .models.generate_response import GenerateResponse  # noqa: PLC0415

        body = build_body(
            (
                ("model", model),
                ("prompt", prompt),
                ("format", _encode_format(format)),
                ("keep_alive", keep_alive),
                ("think", think),
                ("images", images),
                ("options", options),
                ("context", context),
                ("_debug_render_only", debug_render_only),
            ),
            extra_body,
        )
        body["stream"] = True

        stream = self._client.stream(
            "POST",
            "/api/generate",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            parse=GenerateResponse.from_dict,
            merge=merge_generate,
        )
        return RawResponse(stream.response, _value(stream))

    def pull(
        self,
        model: str | None = None,
        *,
        insecure: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ProgressResponse]:
        """pull.

        Sends the same request as `Client.pull` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            model: See the server's API documentation.
            insecure: See the server's API documentation.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `ProgressResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        body = build_body(
            (
                ("model", model),
                ("insecure", insecure),
            ),
            extra_body,
        )
        body["stream"] = False

        response = self._client.request(
            "POST",
            "/api/pull",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.progress_response import ProgressResponse  # noqa: PLC0415

        return RawResponse(response, _model(ProgressResponse.from_dict))

    def pull_stream(
        self,
        model: str | None = None,
        *,
        insecure: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Stream[ProgressResponse]]:
        """pull.

        Sends the same request as `Client.pull_stream` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            model: See the server's API documentation.
            insecure: See the server's API documentation.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the `Stream` of `ProgressResponse` chunks, read from the open
            response.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
            StreamError: While iterating: the server reported an error inside the stream.
            IncompleteStreamError: While iterating: the stream ended before its final line.
        """
        from .models.progress_response import ProgressResponse  # noqa: PLC0415

        body = build_body(
            (
                ("model", model),
                ("insecure", insecure),
            ),
            extra_body,
        )
        body["stream"] = True

        stream = self._client.stream(
            "POST",
            "/api/pull",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            parse=ProgressResponse.from_dict,
            merge=merge_progress,
        )
        return RawResponse(stream.response, _value(stream))

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ListResponse]:
        """list.

        Sends the same request as `Client.list` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `ListResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """

        response = self._client.request(
            "GET", "/api/tags", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.list_response import ListResponse  # noqa: PLC0415

        return RawResponse(response, _model(ListResponse.from_dict))

    def delete(
        self,
        model: str | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[None]:
        """delete.

        Sends the same request as `Client.delete` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            model: See the server's API documentation.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives none; a success status is the whole answer.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
        """
        body = build_body(
            (("model", model),),
            extra_body,
        )

        response = self._client.request(
            "DELETE",
            "/api/delete",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return RawResponse(response, _nothing)

    def create_blob(
        self,
        digest: str,
        content: bytes | Iterable[bytes],
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[None]:
        """create_blob.

        Sends the same request as `Client.create_blob` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            digest: The `digest` path segment (escaped).
            content: The request body: bytes, or an iterable of byte chunks.
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives none; a success status is the whole answer.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
        """

        response = self._client.request(
            "POST",
            f"/api/blobs/{path_param(digest)}",
            content=content,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return RawResponse(response, _nothing)

    def blob_exists(
        self,
        digest: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[bool]:
        """blob_exists.

        Sends the same request as `Client.blob_exists` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            digest: The `digest` path segment (escaped).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives true when the server answers with a success status, False when it
            answers 404.

        Raises:
            ResponseError: The server answered with an error status other than 404 (see the
                `ResponseError` subclasses); 408, 429, 502, 503 and 504 only once the retries are
                used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
        """

        try:
            response = self._client.request(
                "HEAD",
                f"/api/blobs/{path_param(digest)}",
                timeout=timeout,
                extra_headers=extra_headers,
                max_retries=max_retries,
            )
        except NotFoundError as error:
            # 404 is an answer here (False), not a failure.
            if error.response is None:
                raise
            return RawResponse(error.response, _found)
        return RawResponse(response, _found)

    def signout(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[None]:
        """signout.

        Sends the same request as `Client.signout` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives none; a success status is the whole answer.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
        """

        response = self._client.request(
            "POST", "/api/signout", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
        return RawResponse(response, _nothing)


class AsyncClientWithRawResponse:
    """Every operation of an `AsyncClient`, returning a `RawResponse` instead of the parsed body alone.

    Reached as `client.with_raw_response`; every method is awaited (streaming twins too).
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def heartbeat(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[str]:
        """heartbeat.

        Sends the same request as `AsyncClient.heartbeat` and returns the HTTP answer (status,
        headers) together with its parsed body.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the body of the answer as text.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
        """

        response = await self._client.request(
            "GET", "/", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
        return RawResponse(response, _text)

    async def heartbeat_head(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[bool]:
        """heartbeat_head.

        Sends the same request as `AsyncClient.heartbeat_head` and returns the HTTP answer (status,
        headers) together with its parsed body.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives true when the server answers with a success status, False when it
            answers 404.

        Raises:
            ResponseError: The server answered with an error status other than 404 (see the
                `ResponseError` subclasses); 408, 429, 502, 503 and 504 only once the retries are
                used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
        """

        try:
            response = await self._client.request(
                "HEAD", "/", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
            )
        except NotFoundError as error:
            # 404 is an answer here (False), not a failure.
            if error.response is None:
                raise
            return RawResponse(error.response, _found)
        return RawResponse(response, _found)

    async def version(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[VersionResponse]:
        """version.

        Sends the same request as `AsyncClient.version` and returns the HTTP answer (status,
        headers) together with its parsed body.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `VersionResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """

        response = await self._client.request(
            "GET", "/api/version", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.version_response import VersionResponse  # noqa: PLC0415

        return RawResponse(response, _model(VersionResponse.from_dict))

    async def generate(
        self,
        model: str,
        prompt: str | None = None,
        *,
        format: GenerateRequestFormatType0 | FormatSchema | Mapping[str, Any] | type[Any] | None = None,
        keep_alive: float | str | None = None,
        think: bool | GenerateRequestThinkType1 | None = None,
        images: Sequence[str | bytes | PurePath] | None = None,
        options: Options | Mapping[str, Any] | None = None,
        context: Sequence[int] | None = None,
        debug_render_only: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GenerateResponse]:
        """generate.

        Sends the same request as `AsyncClient.generate` and returns the HTTP answer (status,
        headers) together with its parsed body.

        Args:
            model: See the server's API documentation.
            prompt: See the server's API documentation.
            format: See the server's API documentation.
            keep_alive: See the server's API documentation.
            think: See the server's API documentation.
            images: See the server's API documentation.
            options: See the server's API documentation.
            context: See the server's API documentation.
            debug_render_only: See the server's API documentation.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `GenerateResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        body = build_body(
            (
                ("model", model),
                ("prompt", prompt),
                ("format", _encode_format(format)),
                ("keep_alive", keep_alive),
                ("think", think),
                ("images", images),
                ("options", options),
                ("context", context),
                ("_debug_render_only", debug_render_only),
            ),
            extra_body,
        )
        body["stream"] = False

        response = await self._client.request(
            "POST",
            "/api/generate",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.generate_response import GenerateResponse  # noqa: PLC0415

        return RawResponse(response, _model(GenerateResponse.from_dict))

    async def generate_stream(
        self,
        model: str,
        prompt: str | None = None,
        *,
        format: GenerateRequestFormatType0 | FormatSchema | Mapping[str, Any] | type[Any] | None = None,
        keep_alive: float | str | None = None,
        think: bool | GenerateRequestThinkType1 | None = None,
        images: Sequence[str | bytes | PurePath] | None = None,
        options: Options | Mapping[str, Any] | None = None,
        context: Sequence[int] | None = None,
        debug_render_only: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AsyncStream[GenerateResponse]]:
        """generate.

        Sends the same request as `AsyncClient.generate_stream` and returns the HTTP answer (status,
        headers) together with its parsed body.

        Args:
            model: See the server's API documentation.
            prompt: See the server's API documentation.
            format: See the server's API documentation.
            keep_alive: See the server's API documentation.
            think: See the server's API documentation.
            images: See the server's API documentation.
            options: See the server's API documentation.
            context: See the server's API documentation.
            debug_render_only: See the server's API documentation.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the `AsyncStream` of `GenerateResponse` chunks, read from the open
            response.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
            StreamError: While iterating: the server reported an error inside the stream.
            IncompleteStreamError: While iterating: the stream ended before its final line.
        """
        await self._client._loop_client()  # the first call prepares the client (models included) off the loop
        from .models.generate_response import GenerateResponse  # noqa: PLC0415

        body = build_body(
            (
                ("model", model),
                ("prompt", prompt),
                ("format", _encode_format(format)),
                ("keep_alive", keep_alive),
                ("think", think),
                ("images", images),
                ("options", options),
                ("context", context),
                ("_debug_render_only", debug_render_only),
            ),
            extra_body,
        )
        body["stream"] = True

        stream = await self._client.stream(
            "POST",
            "/api/generate",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            parse=GenerateResponse.from_dict,
            merge=merge_generate,
        )
        return RawResponse(stream.response, _value(stream))

    async def pull(
        self,
        model: str | None = None,
        *,
        insecure: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ProgressResponse]:
        """pull.

        Sends the same request as `AsyncClient.pull` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            model: See the server's API documentation.
            insecure: See the server's API documentation.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `ProgressResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        body = build_body(
            (
                ("model", model),
                ("insecure", insecure),
            ),
            extra_body,
        )
        body["stream"] = False

        response = await self._client.request(
            "POST",
            "/api/pull",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.progress_response import ProgressResponse  # noqa: PLC0415

        return RawResponse(response, _model(ProgressResponse.from_dict))

    async def pull_stream(
        self,
        model: str | None = None,
        *,
        insecure: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AsyncStream[ProgressResponse]]:
        """pull.

        Sends the same request as `AsyncClient.pull_stream` and returns the HTTP answer (status,
        headers) together with its parsed body.

        Args:
            model: See the server's API documentation.
            insecure: See the server's API documentation.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the `AsyncStream` of `ProgressResponse` chunks, read from the open
            response.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
            StreamError: While iterating: the server reported an error inside the stream.
            IncompleteStreamError: While iterating: the stream ended before its final line.
        """
        await self._client._loop_client()  # the first call prepares the client (models included) off the loop
        from .models.progress_response import ProgressResponse  # noqa: PLC0415

        body = build_body(
            (
                ("model", model),
                ("insecure", insecure),
            ),
            extra_body,
        )
        body["stream"] = True

        stream = await self._client.stream(
            "POST",
            "/api/pull",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            parse=ProgressResponse.from_dict,
            merge=merge_progress,
        )
        return RawResponse(stream.response, _value(stream))

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ListResponse]:
        """list.

        Sends the same request as `AsyncClient.list` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `ListResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """

        response = await self._client.request(
            "GET", "/api/tags", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.list_response import ListResponse  # noqa: PLC0415

        return RawResponse(response, _model(ListResponse.from_dict))

    async def delete(
        self,
        model: str | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[None]:
        """delete.

        Sends the same request as `AsyncClient.delete` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            model: See the server's API documentation.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives none; a success status is the whole answer.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
        """
        body = build_body(
            (("model", model),),
            extra_body,
        )

        response = await self._client.request(
            "DELETE",
            "/api/delete",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return RawResponse(response, _nothing)

    async def create_blob(
        self,
        digest: str,
        content: bytes | AsyncIterable[bytes],
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[None]:
        """create_blob.

        Sends the same request as `AsyncClient.create_blob` and returns the HTTP answer (status,
        headers) together with its parsed body.

        Args:
            digest: The `digest` path segment (escaped).
            content: The request body: bytes, or an iterable of byte chunks.
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives none; a success status is the whole answer.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
        """

        response = await self._client.request(
            "POST",
            f"/api/blobs/{path_param(digest)}",
            content=content,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return RawResponse(response, _nothing)

    async def blob_exists(
        self,
        digest: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[bool]:
        """blob_exists.

        Sends the same request as `AsyncClient.blob_exists` and returns the HTTP answer (status,
        headers) together with its parsed body.

        Args:
            digest: The `digest` path segment (escaped).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives true when the server answers with a success status, False when it
            answers 404.

        Raises:
            ResponseError: The server answered with an error status other than 404 (see the
                `ResponseError` subclasses); 408, 429, 502, 503 and 504 only once the retries are
                used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
        """

        try:
            response = await self._client.request(
                "HEAD",
                f"/api/blobs/{path_param(digest)}",
                timeout=timeout,
                extra_headers=extra_headers,
                max_retries=max_retries,
            )
        except NotFoundError as error:
            # 404 is an answer here (False), not a failure.
            if error.response is None:
                raise
            return RawResponse(error.response, _found)
        return RawResponse(response, _found)

    async def signout(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[None]:
        """signout.

        Sends the same request as `AsyncClient.signout` and returns the HTTP answer (status,
        headers) together with its parsed body.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives none; a success status is the whole answer.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
        """

        response = await self._client.request(
            "POST", "/api/signout", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
        return RawResponse(response, _nothing)


class Client(SyncAPIClient):
    """A synchronous Ollama client.

    `Client(host=None, *, api_key=None, timeout=..., max_retries=2, headers=None, http_client=None,
    transport=None)`: the host defaults to `OLLAMA_HOST`, then `http://127.0.0.1:11434`. Use it as a
    context manager or call `close()` when done.
    """

    @cached_property
    def with_raw_response(self) -> ClientWithRawResponse:
        """The operations again, each returning a `RawResponse`: `status_code`, `headers`,
        `http_response` and the parsed body as `parsed`."""
        return ClientWithRawResponse(self)

    def heartbeat(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> str:
        """heartbeat.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The body of the answer as text.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
        """
        raw_response = self.with_raw_response.heartbeat(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def heartbeat_head(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """heartbeat_head.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            True when the server answers with a success status, False when it answers 404.

        Raises:
            ResponseError: The server answered with an error status other than 404 (see the
                `ResponseError` subclasses); 408, 429, 502, 503 and 504 only once the retries are
                used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
        """
        raw_response = self.with_raw_response.heartbeat_head(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def version(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VersionResponse:
        """version.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `VersionResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = self.with_raw_response.version(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def generate(
        self,
        model: str,
        prompt: str | None = None,
        *,
        format: GenerateRequestFormatType0 | FormatSchema | Mapping[str, Any] | type[Any] | None = None,
        keep_alive: float | str | None = None,
        think: bool | GenerateRequestThinkType1 | None = None,
        images: Sequence[str | bytes | PurePath] | None = None,
        options: Options | Mapping[str, Any] | None = None,
        context: Sequence[int] | None = None,
        debug_render_only: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GenerateResponse:
        """generate.

        Generate text; streams unless `stream` is false.

        Sends `stream: false`: the whole answer arrives at once. `generate_stream` sends the same
        request and yields the answer while it is generated.

        Args:
            model: See the server's API documentation.
            prompt: See the server's API documentation.
            format: See the server's API documentation.
            keep_alive: See the server's API documentation.
            think: See the server's API documentation.
            images: See the server's API documentation.
            options: See the server's API documentation.
            context: See the server's API documentation.
            debug_render_only: See the server's API documentation.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `GenerateResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = self.with_raw_response.generate(
            model=model,
            prompt=prompt,
            format=format,
            keep_alive=keep_alive,
            think=think,
            images=images,
            options=options,
            context=context,
            debug_render_only=debug_render_only,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def generate_stream(
        self,
        model: str,
        prompt: str | None = None,
        *,
        format: GenerateRequestFormatType0 | FormatSchema | Mapping[str, Any] | type[Any] | None = None,
        keep_alive: float | str | None = None,
        think: bool | GenerateRequestThinkType1 | None = None,
        images: Sequence[str | bytes | PurePath] | None = None,
        options: Options | Mapping[str, Any] | None = None,
        context: Sequence[int] | None = None,
        debug_render_only: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Stream[GenerateResponse]:
        """generate.

        Generate text; streams unless `stream` is false.

        Sends `stream: true` now and returns a `Stream`; an error status or a failed connection
        raises here, after the retries. Use the stream in a `with` block (or call `close()`) so that
        the connection is released when you stop early.

        The stream yields one `GenerateResponse` per line the server sends. `stream.collect()` reads
        the rest and returns one `GenerateResponse` as `generate` would (the text, thinking and tool
        calls joined and the final statistics).

        Args:
            model: See the server's API documentation.
            prompt: See the server's API documentation.
            format: See the server's API documentation.
            keep_alive: See the server's API documentation.
            think: See the server's API documentation.
            images: See the server's API documentation.
            options: See the server's API documentation.
            context: See the server's API documentation.
            debug_render_only: See the server's API documentation.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `Stream` of `GenerateResponse` chunks.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
            StreamError: While iterating: the server reported an error inside the stream.
            IncompleteStreamError: While iterating: the stream ended before its final line.
        """
        return self.with_raw_response.generate_stream(
            model=model,
            prompt=prompt,
            format=format,
            keep_alive=keep_alive,
            think=think,
            images=images,
            options=options,
            context=context,
            debug_render_only=debug_render_only,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def pull(
        self,
        model: str | None = None,
        *,
        insecure: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProgressResponse:
        """pull.

        Sends `stream: false`: the whole answer arrives at once. `pull_stream` sends the same
        request and yields the answer while it is generated.

        Args:
            model: See the server's API documentation.
            insecure: See the server's API documentation.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `ProgressResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = self.with_raw_response.pull(
            model=model,
            insecure=insecure,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def pull_stream(
        self,
        model: str | None = None,
        *,
        insecure: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Stream[ProgressResponse]:
        """pull.

        Sends `stream: true` now and returns a `Stream`; an error status or a failed connection
        raises here, after the retries. Use the stream in a `with` block (or call `close()`) so that
        the connection is released when you stop early.

        The stream yields one `ProgressResponse` per line the server sends. `stream.collect()` reads
        the rest and returns one `ProgressResponse` as `pull` would (the last progress line).

        Args:
            model: See the server's API documentation.
            insecure: See the server's API documentation.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `Stream` of `ProgressResponse` chunks.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
            StreamError: While iterating: the server reported an error inside the stream.
            IncompleteStreamError: While iterating: the stream ended before its final line.
        """
        return self.with_raw_response.pull_stream(
            model=model,
            insecure=insecure,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListResponse:
        """list.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `ListResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = self.with_raw_response.list(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def delete(
        self,
        model: str | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """delete.

        Args:
            model: See the server's API documentation.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            None; a success status is the whole answer.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
        """
        raw_response = self.with_raw_response.delete(
            model=model,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        raw_response.parse()

    def create_blob(
        self,
        digest: str,
        content: bytes | Iterable[bytes],
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """create_blob.

        Args:
            digest: The `digest` path segment (escaped).
            content: The request body: bytes, or an iterable of byte chunks.
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            None; a success status is the whole answer.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
        """
        raw_response = self.with_raw_response.create_blob(
            digest=digest,
            content=content,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        raw_response.parse()

    def blob_exists(
        self,
        digest: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """blob_exists.

        Args:
            digest: The `digest` path segment (escaped).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            True when the server answers with a success status, False when it answers 404.

        Raises:
            ResponseError: The server answered with an error status other than 404 (see the
                `ResponseError` subclasses); 408, 429, 502, 503 and 504 only once the retries are
                used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
        """
        raw_response = self.with_raw_response.blob_exists(
            digest=digest,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def signout(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """signout.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            None; a success status is the whole answer.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
        """
        raw_response = self.with_raw_response.signout(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        raw_response.parse()

    def is_running(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Whether an Ollama server answers at the configured host (`HEAD /`).

        A health check answers at once: it is never retried, so it takes no `max_retries`.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This check's timeout in seconds, or an `httpx.Timeout`, instead of the client's.

        Returns:
            True when the server answers with a success status; False for a refused connection, a
            timeout or an error status.

        Raises:
            Nothing: every failure is the answer False.
        """
        try:
            return bool(self.heartbeat_head(extra_headers=extra_headers, timeout=timeout, max_retries=0))
        except OllamaError:
            return False

    def generate_parse(
        self,
        model: str,
        prompt: str | None = None,
        *,
        format: type[T],
        keep_alive: float | str | None = None,
        think: bool | GenerateRequestThinkType1 | None = None,
        images: Sequence[str | bytes | PurePath] | None = None,
        options: Options | Mapping[str, Any] | None = None,
        context: Sequence[int] | None = None,
        debug_render_only: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Parsed[T, GenerateResponse]:
        """`generate` with the answer constrained to the JSON Schema of `format` and parsed into it.

        Args:
            format: The type the answer must have (see `chat_parse`); its JSON Schema is sent as
                `format`.
            model: See the server's API documentation.
            prompt: See the server's API documentation.
            keep_alive: See the server's API documentation.
            think: See the server's API documentation.
            images: See the server's API documentation.
            options: See the server's API documentation.
            context: See the server's API documentation.
            debug_render_only: See the server's API documentation.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            `Parsed(value, response)`: the answer as an instance of `format`, and the whole
            `GenerateResponse`.

        Raises:
            StructuredOutputError: The answer is not valid JSON or does not fit `format` (the raw
                text is attached).
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        from ._structured import Parsed, parse_as, schema_of  # noqa: PLC0415

        response = self.generate(
            model=model,
            prompt=prompt,
            format=schema_of(format),
            keep_alive=keep_alive,
            think=think,
            images=images,
            options=options,
            context=context,
            debug_render_only=debug_render_only,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return Parsed(parse_as(format, _answer_text(response.response), response=response), response)

    def pull_with_progress(
        self,
        model: str | None = None,
        *,
        progress: ProgressArg = True,
        retries: int = 3,
        insecure: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProgressResponse:
        """Pull a model showing its progress, resuming after a dropped connection.

        Ollama keeps the layers already downloaded, so each new attempt continues where the last one
        stopped.

        Args:
            progress: True: progress bars (rich when installed, else text); a callable: called with
                each `ProgressUpdate`; None or False: quiet.
            retries: How many times a pull whose connection failed or dropped is resumed.
            model: See the server's API documentation.
            insecure: See the server's API documentation.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The final progress line (`status: "success"`).

        Raises:
            StreamError: The server reported a failure (an unknown model, a registry refusal); not
                retried.
            IncompleteStreamError: The stream broke off once more after the last retry.
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        from ._progress import pull_with_resume  # noqa: PLC0415

        result: ProgressResponse = pull_with_resume(
            self,
            retries=retries,
            progress=progress,
            model=model,
            insecure=insecure,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return result


class AsyncClient(AsyncAPIClient):
    """An asynchronous Ollama client; every method mirrors `Client`'s and is awaited.

    Streaming twins return an `AsyncStreamRequest`, which sends the request when it is entered
    (`async with`), iterated (`async for`) or awaited.
    """

    @cached_property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """The operations again, each returning a `RawResponse`: `status_code`, `headers`,
        `http_response` and the parsed body as `parsed`."""
        return AsyncClientWithRawResponse(self)

    def _prepare_off_loop(self) -> None:
        # The answer models are imported in the worker thread that builds the httpx client, so
        # the first call does not import them on the event loop.
        super()._prepare_off_loop()
        from importlib import import_module  # noqa: PLC0415

        for module in _ANSWER_MODULES:
            import_module(module, __package__)

    async def heartbeat(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> str:
        """heartbeat.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The body of the answer as text.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
        """
        raw_response = await self.with_raw_response.heartbeat(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    async def heartbeat_head(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """heartbeat_head.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            True when the server answers with a success status, False when it answers 404.

        Raises:
            ResponseError: The server answered with an error status other than 404 (see the
                `ResponseError` subclasses); 408, 429, 502, 503 and 504 only once the retries are
                used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
        """
        raw_response = await self.with_raw_response.heartbeat_head(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    async def version(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VersionResponse:
        """version.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `VersionResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = await self.with_raw_response.version(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    async def generate(
        self,
        model: str,
        prompt: str | None = None,
        *,
        format: GenerateRequestFormatType0 | FormatSchema | Mapping[str, Any] | type[Any] | None = None,
        keep_alive: float | str | None = None,
        think: bool | GenerateRequestThinkType1 | None = None,
        images: Sequence[str | bytes | PurePath] | None = None,
        options: Options | Mapping[str, Any] | None = None,
        context: Sequence[int] | None = None,
        debug_render_only: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GenerateResponse:
        """generate.

        Generate text; streams unless `stream` is false.

        Sends `stream: false`: the whole answer arrives at once. `generate_stream` sends the same
        request and yields the answer while it is generated.

        Args:
            model: See the server's API documentation.
            prompt: See the server's API documentation.
            format: See the server's API documentation.
            keep_alive: See the server's API documentation.
            think: See the server's API documentation.
            images: See the server's API documentation.
            options: See the server's API documentation.
            context: See the server's API documentation.
            debug_render_only: See the server's API documentation.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `GenerateResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = await self.with_raw_response.generate(
            model=model,
            prompt=prompt,
            format=format,
            keep_alive=keep_alive,
            think=think,
            images=images,
            options=options,
            context=context,
            debug_render_only=debug_render_only,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def generate_stream(
        self,
        model: str,
        prompt: str | None = None,
        *,
        format: GenerateRequestFormatType0 | FormatSchema | Mapping[str, Any] | type[Any] | None = None,
        keep_alive: float | str | None = None,
        think: bool | GenerateRequestThinkType1 | None = None,
        images: Sequence[str | bytes | PurePath] | None = None,
        options: Options | Mapping[str, Any] | None = None,
        context: Sequence[int] | None = None,
        debug_render_only: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncStreamRequest[GenerateResponse]:
        """generate.

        Generate text; streams unless `stream` is false.

        Sends `stream: true`. Returns an `AsyncStreamRequest`: `async with
        client.generate_stream(...) as stream:`, `async for chunk in client.generate_stream(...):`
        and `stream = await client.generate_stream(...)` all send the request; an error status or a
        failed connection raises there, after the retries.

        The stream yields one `GenerateResponse` per line the server sends. `await stream.collect()`
        reads the rest and returns one `GenerateResponse` as `generate` would (the text, thinking
        and tool calls joined and the final statistics).

        Args:
            model: See the server's API documentation.
            prompt: See the server's API documentation.
            format: See the server's API documentation.
            keep_alive: See the server's API documentation.
            think: See the server's API documentation.
            images: See the server's API documentation.
            options: See the server's API documentation.
            context: See the server's API documentation.
            debug_render_only: See the server's API documentation.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            An `AsyncStreamRequest` that opens an `AsyncStream` of `GenerateResponse` chunks.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
            StreamError: While iterating: the server reported an error inside the stream.
            IncompleteStreamError: While iterating: the stream ended before its final line.
        """

        async def send() -> AsyncStream[GenerateResponse]:
            raw_response = await self.with_raw_response.generate_stream(
                model=model,
                prompt=prompt,
                format=format,
                keep_alive=keep_alive,
                think=think,
                images=images,
                options=options,
                context=context,
                debug_render_only=debug_render_only,
                extra_body=extra_body,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            )
            return raw_response.parse()

        return AsyncStreamRequest(send)

    async def pull(
        self,
        model: str | None = None,
        *,
        insecure: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProgressResponse:
        """pull.

        Sends `stream: false`: the whole answer arrives at once. `pull_stream` sends the same
        request and yields the answer while it is generated.

        Args:
            model: See the server's API documentation.
            insecure: See the server's API documentation.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `ProgressResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = await self.with_raw_response.pull(
            model=model,
            insecure=insecure,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def pull_stream(
        self,
        model: str | None = None,
        *,
        insecure: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncStreamRequest[ProgressResponse]:
        """pull.

        Sends `stream: true`. Returns an `AsyncStreamRequest`: `async with client.pull_stream(...)
        as stream:`, `async for chunk in client.pull_stream(...):` and `stream = await
        client.pull_stream(...)` all send the request; an error status or a failed connection raises
        there, after the retries.

        The stream yields one `ProgressResponse` per line the server sends. `await stream.collect()`
        reads the rest and returns one `ProgressResponse` as `pull` would (the last progress line).

        Args:
            model: See the server's API documentation.
            insecure: See the server's API documentation.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            An `AsyncStreamRequest` that opens an `AsyncStream` of `ProgressResponse` chunks.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
            StreamError: While iterating: the server reported an error inside the stream.
            IncompleteStreamError: While iterating: the stream ended before its final line.
        """

        async def send() -> AsyncStream[ProgressResponse]:
            raw_response = await self.with_raw_response.pull_stream(
                model=model,
                insecure=insecure,
                extra_body=extra_body,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            )
            return raw_response.parse()

        return AsyncStreamRequest(send)

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListResponse:
        """list.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `ListResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = await self.with_raw_response.list(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    async def delete(
        self,
        model: str | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """delete.

        Args:
            model: See the server's API documentation.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            None; a success status is the whole answer.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
        """
        raw_response = await self.with_raw_response.delete(
            model=model,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        raw_response.parse()

    async def create_blob(
        self,
        digest: str,
        content: bytes | AsyncIterable[bytes],
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """create_blob.

        Args:
            digest: The `digest` path segment (escaped).
            content: The request body: bytes, or an iterable of byte chunks.
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            None; a success status is the whole answer.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
        """
        raw_response = await self.with_raw_response.create_blob(
            digest=digest,
            content=content,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        raw_response.parse()

    async def blob_exists(
        self,
        digest: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """blob_exists.

        Args:
            digest: The `digest` path segment (escaped).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            True when the server answers with a success status, False when it answers 404.

        Raises:
            ResponseError: The server answered with an error status other than 404 (see the
                `ResponseError` subclasses); 408, 429, 502, 503 and 504 only once the retries are
                used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
        """
        raw_response = await self.with_raw_response.blob_exists(
            digest=digest,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    async def signout(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """signout.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            None; a success status is the whole answer.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
        """
        raw_response = await self.with_raw_response.signout(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        raw_response.parse()

    async def is_running(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Whether an Ollama server answers at the configured host (`HEAD /`).

        A health check answers at once: it is never retried, so it takes no `max_retries`.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This check's timeout in seconds, or an `httpx.Timeout`, instead of the client's.

        Returns:
            True when the server answers with a success status; False for a refused connection, a
            timeout or an error status.

        Raises:
            Nothing: every failure is the answer False.
        """
        try:
            return bool(
                await self.heartbeat_head(extra_headers=extra_headers, timeout=timeout, max_retries=0)
            )
        except OllamaError:
            return False

    async def generate_parse(
        self,
        model: str,
        prompt: str | None = None,
        *,
        format: type[T],
        keep_alive: float | str | None = None,
        think: bool | GenerateRequestThinkType1 | None = None,
        images: Sequence[str | bytes | PurePath] | None = None,
        options: Options | Mapping[str, Any] | None = None,
        context: Sequence[int] | None = None,
        debug_render_only: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Parsed[T, GenerateResponse]:
        """`generate` with the answer constrained to the JSON Schema of `format` and parsed into it.

        Args:
            format: The type the answer must have (see `chat_parse`); its JSON Schema is sent as
                `format`.
            model: See the server's API documentation.
            prompt: See the server's API documentation.
            keep_alive: See the server's API documentation.
            think: See the server's API documentation.
            images: See the server's API documentation.
            options: See the server's API documentation.
            context: See the server's API documentation.
            debug_render_only: See the server's API documentation.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            `Parsed(value, response)`: the answer as an instance of `format`, and the whole
            `GenerateResponse`.

        Raises:
            StructuredOutputError: The answer is not valid JSON or does not fit `format` (the raw
                text is attached).
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        from ._structured import Parsed, parse_as, schema_of  # noqa: PLC0415

        response = await self.generate(
            model=model,
            prompt=prompt,
            format=schema_of(format),
            keep_alive=keep_alive,
            think=think,
            images=images,
            options=options,
            context=context,
            debug_render_only=debug_render_only,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return Parsed(parse_as(format, _answer_text(response.response), response=response), response)

    async def pull_with_progress(
        self,
        model: str | None = None,
        *,
        progress: ProgressArg = True,
        retries: int = 3,
        insecure: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProgressResponse:
        """Pull a model showing its progress, resuming after a dropped connection.

        Ollama keeps the layers already downloaded, so each new attempt continues where the last one
        stopped.

        Args:
            progress: True: progress bars (rich when installed, else text); a callable: called with
                each `ProgressUpdate`; None or False: quiet.
            retries: How many times a pull whose connection failed or dropped is resumed.
            model: See the server's API documentation.
            insecure: See the server's API documentation.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The final progress line (`status: "success"`).

        Raises:
            StreamError: The server reported a failure (an unknown model, a registry refusal); not
                retried.
            IncompleteStreamError: The stream broke off once more after the last retry.
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        from ._progress import apull_with_resume  # noqa: PLC0415

        result: ProgressResponse = await apull_with_resume(
            self,
            retries=retries,
            progress=progress,
            model=model,
            insecure=insecure,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return result
