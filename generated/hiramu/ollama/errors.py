"""Every error hiramu.ollama raises derives from `OllamaError`.

OllamaError
├── ResponseError (status_code, error, response)   an HTTP error status
│   ├── BadRequestError            400
│   ├── AuthenticationError        401 (signin_url)
│   ├── PermissionDeniedError      403
│   ├── NotFoundError              404
│   ├── RateLimitError             429
│   ├── ServerError                5xx
│   │   └── ServiceUnavailableError 503
│   └── StreamError                an {"error": ...} line inside a streamed answer
├── APIConnectionError             the server could not be reached, or the connection dropped
│   └── APITimeoutError            a connect, read, write or pool timeout
├── IncompleteStreamError          a stream ended before its final line
├── DecodeError                    a body or NDJSON line that is not JSON
├── InvalidHostError               a host that cannot be parsed (also a ValueError)
└── UnexpectedStatus               low-level API only: a status the spec does not document
"""

from ._exceptions import (
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
)


class UnexpectedStatus(OllamaError):
    """A low-level API function met a status the spec does not document, with
    `raise_on_unexpected_status` set on its client."""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content
        super().__init__(f"unexpected status code {status_code}: {content[:200].decode(errors='replace')}")


__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "DecodeError",
    "IncompleteStreamError",
    "InvalidHostError",
    "NotFoundError",
    "OllamaError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseError",
    "ServerError",
    "ServiceUnavailableError",
    "StreamError",
    "UnexpectedStatus",
]
