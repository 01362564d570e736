"""The error hierarchy and the status → class mapping, on response values built in memory."""

from __future__ import annotations

import json

import httpx
import pytest
from hiramu.ollama import _exceptions
from hiramu.ollama._exceptions import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    DecodeError,
    IncompleteStreamError,
    InvalidHostError,
    NotFoundError,
    OllamaError,
    PermissionDeniedError,
    RateLimitError,
    ResponseError,
    ServerError,
    ServiceUnavailableError,
    StreamError,
    map_transport_error,
    status_error_from_response,
)

REQUEST = httpx.Request("POST", "http://127.0.0.1:11434/api/generate")


def response(
    status: int, body: bytes, content_type: str | None = "application/json; charset=utf-8"
) -> httpx.Response:
    headers = {"content-type": content_type} if content_type else {}
    return httpx.Response(status, content=body, headers=headers, request=REQUEST)


EXPECTED = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    405: ResponseError,
    429: RateLimitError,
    499: ResponseError,
    500: ServerError,
    501: ServerError,
    502: ServerError,
    503: ServiceUnavailableError,
    504: ServerError,
}


@pytest.mark.parametrize(("status", "cls"), EXPECTED.items())
def test_status_classes_with_json_body(status: int, cls: type[ResponseError]) -> None:
    error = status_error_from_response(response(status, b'{"error":"model \'x\' not found"}'))
    assert type(error) is cls
    assert isinstance(error, ResponseError) and isinstance(error, OllamaError)
    assert error.status_code == status
    assert error.error == "model 'x' not found"
    assert error.body == {"error": "model 'x' not found"}
    assert str(error) == f"model 'x' not found (status code: {status})"
    assert error.response is not None and error.response.status_code == status


@pytest.mark.parametrize(("status", "cls"), EXPECTED.items())
def test_status_classes_with_text_body(status: int, cls: type[ResponseError]) -> None:
    error = status_error_from_response(response(status, b"405 method not allowed\n", "text/plain"))
    assert type(error) is cls
    assert error.error == "405 method not allowed"
    assert error.body == "405 method not allowed\n"


def test_empty_body_uses_the_reason_phrase() -> None:
    error = status_error_from_response(response(404, b"", None))
    assert error.error == "Not Found" and error.body == ""
    odd = status_error_from_response(response(599, b"", None))
    assert odd.error == "HTTP 599" and isinstance(odd, ServerError)


def test_json_without_error_key_and_non_string_error() -> None:
    assert status_error_from_response(response(500, b'{"message":"x"}')).error == '{"message":"x"}'
    nested = status_error_from_response(response(500, b'{"error":{"code":7}}'))
    assert nested.error == '{"code": 7}'
    assert nested.body == {"error": {"code": 7}}


def test_signin_url_on_401() -> None:
    body = {"error": "unauthorized", "signin_url": "https://ollama.com/connect?name=h&key=k"}
    error = status_error_from_response(response(401, json.dumps(body).encode()))
    assert isinstance(error, AuthenticationError)
    assert error.signin_url == body["signin_url"]
    assert error.error == "unauthorized"
    plain = status_error_from_response(response(401, b'{"error":"unauthorized"}'))
    assert isinstance(plain, AuthenticationError) and plain.signin_url is None


def test_long_text_bodies_are_cut_in_the_message_but_kept_in_the_body() -> None:
    page = "<html>" + "x" * 5000 + "</html>"
    error = status_error_from_response(response(502, page.encode(), "text/html"))
    assert len(error.error) == 1001 and error.error.endswith("…")
    assert error.body == page


def test_same_constructor_shape_as_the_official_package() -> None:
    error = ResponseError("boom", 500)
    assert (error.error, error.status_code, str(error)) == ("boom", 500, "boom (status code: 500)")
    assert ResponseError("no status").status_code == -1


def test_stream_error_is_a_response_error() -> None:
    line = {"error": "pull model manifest: file does not exist"}
    error = StreamError(line["error"], 200, line=line)
    assert isinstance(error, ResponseError)
    assert (error.status_code, error.error, error.line, error.body) == (200, line["error"], line, line)
    # It reads as a failure inside a stream, not as an HTTP status: the 200 is no part of it.
    assert str(error) == "the stream reported an error: pull model manifest: file does not exist"
    assert "status code" not in str(error)


def test_connection_errors() -> None:
    error = APIConnectionError("http://127.0.0.1:11434")
    assert str(error) == "could not connect to Ollama at http://127.0.0.1:11434 (is the server running?)"
    assert isinstance(APITimeoutError("h"), APIConnectionError)


@pytest.mark.parametrize(
    ("exc", "cls", "words"),
    [
        (httpx.ConnectError("refused"), APIConnectionError, "is the server running?"),
        (httpx.ConnectTimeout("t"), APITimeoutError, "timed out connecting"),
        (httpx.ReadTimeout("t"), APITimeoutError, "timed out waiting"),
        (httpx.WriteTimeout("t"), APITimeoutError, "timed out sending"),
        (httpx.PoolTimeout("t"), APITimeoutError, "free connection"),
        (httpx.RemoteProtocolError("gone"), APIConnectionError, "closed before a response"),
        (httpx.ReadError("reset"), APIConnectionError, "closed before a response"),
        (httpx.ProxyError("proxy"), APIConnectionError, "failed"),
    ],
)
def test_transport_error_mapping(
    exc: httpx.TransportError, cls: type[APIConnectionError], words: str
) -> None:
    mapped = map_transport_error(exc, "http://h:1")
    assert type(mapped) is cls
    assert mapped.host == "http://h:1"
    assert "http://h:1" in str(mapped) and words in str(mapped)


def test_other_errors() -> None:
    incomplete = IncompleteStreamError(3)
    assert incomplete.lines_received == 3 and "3 line(s)" in str(incomplete)
    decode = DecodeError.from_text(b"\xff{bad", line_number=4, reason="nope")
    assert decode.line_number == 4 and decode.snippet == "\ufffd{bad"
    host = InvalidHostError("ftp://x", "unsupported scheme", source="OLLAMA_HOST")
    assert isinstance(host, ValueError) and isinstance(host, OllamaError)
    assert str(host) == "invalid OLLAMA_HOST 'ftp://x': unsupported scheme"


def test_every_public_error_derives_from_ollama_error() -> None:
    classes = [getattr(_exceptions, name) for name in _exceptions.__all__]
    errors = [cls for cls in classes if isinstance(cls, type)]
    assert len(errors) == 20  # the HTTP and stream errors, and those of structured output and tools
    assert all(issubclass(cls, OllamaError) for cls in errors)
