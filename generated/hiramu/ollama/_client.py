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
    merge_anthropic_message,
    merge_chat,
    merge_generate,
    merge_openai_chat,
    merge_openai_completion,
    merge_openai_response,
    merge_progress,
)
from ._encode import build_body, build_form, decode_json, path_param
from ._exceptions import BadRequestError, NotFoundError, OllamaError
from ._response import RawResponse
from ._sse import SSEEventDecoder
from ._streaming import (
    AsyncEventStream,
    AsyncEventStreamRequest,
    AsyncStream,
    AsyncStreamRequest,
    EventStream,
    Stream,
)
from ._types import NOT_GIVEN, NotGiven, TimeoutTypes

# Models (and the helpers' types) load when first needed, which keeps `import hiramu.ollama` fast.
if TYPE_CHECKING:
    from pathlib import PurePath
    from typing import IO

    import httpx

    from ._events import AnthropicStreamEvent, OpenAIResponsesStreamEvent
    from ._files import FilesArg
    from ._progress import ProgressArg
    from ._structured import Parsed
    from ._tools import OnError, ToolRun, Tools
    from .models.anthropic_content_block import AnthropicContentBlock
    from .models.anthropic_message import AnthropicMessage
    from .models.anthropic_message_param import AnthropicMessageParam
    from .models.anthropic_metadata import AnthropicMetadata
    from .models.anthropic_output_config import AnthropicOutputConfig
    from .models.anthropic_thinking_config import AnthropicThinkingConfig
    from .models.anthropic_tool import AnthropicTool
    from .models.anthropic_tool_choice import AnthropicToolChoice
    from .models.chat_response import ChatResponse
    from .models.create_info import CreateInfo
    from .models.embed_response import EmbedResponse
    from .models.embedding_response import EmbeddingResponse
    from .models.file_digest_map import FileDigestMap
    from .models.format_keyword import FormatKeyword
    from .models.generate_response import GenerateResponse
    from .models.json_schema import JsonSchema
    from .models.list_response import ListResponse
    from .models.message import Message
    from .models.model_recommendations_response import ModelRecommendationsResponse
    from .models.open_ai_chat_completion import OpenAIChatCompletion
    from .models.open_ai_chat_completion_chunk import OpenAIChatCompletionChunk
    from .models.open_ai_chat_message import OpenAIChatMessage
    from .models.open_ai_completion import OpenAICompletion
    from .models.open_ai_completion_chunk import OpenAICompletionChunk
    from .models.open_ai_embedding_list import OpenAIEmbeddingList
    from .models.open_ai_model import OpenAIModel
    from .models.open_ai_model_list import OpenAIModelList
    from .models.open_ai_reasoning import OpenAIReasoning
    from .models.open_ai_reasoning_effort import OpenAIReasoningEffort
    from .models.open_ai_response import OpenAIResponse
    from .models.open_ai_response_format import OpenAIResponseFormat
    from .models.open_ai_responses_input_item import OpenAIResponsesInputItem
    from .models.open_ai_responses_reasoning import OpenAIResponsesReasoning
    from .models.open_ai_responses_text import OpenAIResponsesText
    from .models.open_ai_responses_tool import OpenAIResponsesTool
    from .models.open_ai_stream_options import OpenAIStreamOptions
    from .models.open_ai_transcription_response import OpenAITranscriptionResponse
    from .models.options import Options
    from .models.process_response import ProcessResponse
    from .models.progress_response import ProgressResponse
    from .models.show_response import ShowResponse
    from .models.status_response import StatusResponse
    from .models.think_level import ThinkLevel
    from .models.tool import Tool
    from .models.user_response import UserResponse
    from .models.version_response import VersionResponse
    from .models.web_fetch_response import WebFetchResponse
    from .models.web_search_response import WebSearchResponse

__all__ = ["AsyncClient", "AsyncClientWithRawResponse", "Client", "ClientWithRawResponse"]

T = TypeVar("T")
KeepAlive = float | str

# The modules of the models the operations return.
_ANSWER_MODULES = (
    "._events",
    ".models.anthropic_message",
    ".models.chat_response",
    ".models.embed_response",
    ".models.embedding_response",
    ".models.generate_response",
    ".models.list_response",
    ".models.model_recommendations_response",
    ".models.open_ai_chat_completion",
    ".models.open_ai_chat_completion_chunk",
    ".models.open_ai_completion",
    ".models.open_ai_completion_chunk",
    ".models.open_ai_embedding_list",
    ".models.open_ai_model",
    ".models.open_ai_model_list",
    ".models.open_ai_response",
    ".models.open_ai_transcription_response",
    ".models.process_response",
    ".models.progress_response",
    ".models.show_response",
    ".models.status_response",
    ".models.user_response",
    ".models.version_response",
    ".models.web_fetch_response",
    ".models.web_search_response",
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
        """Liveness probe.

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
        """Liveness probe without a body.

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
        """Server version.

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

    def version_head(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[bool]:
        """Server version, headers only.

        Sends the same request as `Client.version_head` and returns the HTTP answer (status,
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
                "HEAD", "/api/version", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
            )
        except NotFoundError as error:
            # 404 is an answer here (False), not a failure.
            if error.response is None:
                raise
            return RawResponse(error.response, _found)
        return RawResponse(response, _found)

    def status(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[StatusResponse]:
        """Cloud status.

        Sends the same request as `Client.status` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `StatusResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """

        response = self._client.request(
            "GET", "/api/status", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.status_response import StatusResponse  # noqa: PLC0415

        return RawResponse(response, _model(StatusResponse.from_dict))

    def generate(
        self,
        model: str,
        prompt: str | None = None,
        suffix: str | None = None,
        *,
        system: str | None = None,
        template: str | None = None,
        context: Sequence[int] | None = None,
        raw: bool | None = None,
        format: FormatKeyword | JsonSchema | Mapping[str, Any] | type[Any] | None = None,
        keep_alive: float | str | None = None,
        images: Sequence[str | bytes | PurePath] | None = None,
        options: Options | Mapping[str, Any] | None = None,
        think: bool | ThinkLevel | None = None,
        truncate: bool | None = None,
        shift: bool | None = None,
        debug_render_only: bool | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GenerateResponse]:
        """Generate a completion for a prompt.

        Sends the same request as `Client.generate` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            model: Model name: `[host/][namespace/]model[:tag]`, tag `latest` by default; `:cloud`
                proxies to ollama.com.
            prompt: The prompt. Empty or absent = only load the model (or unload it with
                `keep_alive` 0).
            suffix: Text after the insertion point (fill-in-the-middle); needs the `insert`
                capability.
            system: Replaces the model's system prompt.
            template: Replaces the model's prompt template (Go template syntax; a parse error gives
                500).
            context: The `context` of an earlier response, to continue from it. Deprecated.
            raw: Send `prompt` to the model unformatted. Cannot be combined with `template`,
                `system` or `context` (400). Raw responses carry no `context`.
            format: Constrains the output: `"json"` for any JSON value, or a JSON Schema object for
                structured output. Absent, `null` or `""` = unconstrained. Any other value is
                accepted by the decoder but fails with 500 `invalid format` once the model is
                loaded.
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the
                request; any negative value keeps it loaded until the server stops. Absent or `null`
                = the server default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            images: Images or audio for multimodal models.
            options: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null`
                values skipped. A value of the wrong JSON type is not a 400: the request fails with
                500 (`option "x" must be of type ...`) once the model is scheduled. Integer options
                accept any number and drop the fraction. Changing a runner option (`num_ctx`,
                `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`, `draft_num_predict`)
                reloads the model.
            think: Whether a thinking model reasons before answering: `true`/`false`, or a level.
                Models with the `thinking` capability think when this is absent; models without it
                reject `true` and levels with 400 (`false` is accepted). Other strings are rejected
                with 400.
            truncate: Cut the prompt to fit the context window. Default: true.
            shift: Shift the context when generation reaches its end instead of stopping. Default:
                true.
            debug_render_only: Return the rendered prompt in `_debug_info` without running the
                model.
            logprobs: Return the log probability of each generated token.
            top_logprobs: Also return this many most likely alternatives per token (with
                `logprobs`). 0 to 20 (else 400). Default: 0.
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
                ("suffix", suffix),
                ("system", system),
                ("template", template),
                ("context", context),
                ("raw", raw),
                ("format", _encode_format(format)),
                ("keep_alive", keep_alive),
                ("images", images),
                ("options", options),
                ("think", think),
                ("truncate", truncate),
                ("shift", shift),
                ("_debug_render_only", debug_render_only),
                ("logprobs", logprobs),
                ("top_logprobs", top_logprobs),
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
        suffix: str | None = None,
        *,
        system: str | None = None,
        template: str | None = None,
        context: Sequence[int] | None = None,
        raw: bool | None = None,
        format: FormatKeyword | JsonSchema | Mapping[str, Any] | type[Any] | None = None,
        keep_alive: float | str | None = None,
        images: Sequence[str | bytes | PurePath] | None = None,
        options: Options | Mapping[str, Any] | None = None,
        think: bool | ThinkLevel | None = None,
        truncate: bool | None = None,
        shift: bool | None = None,
        debug_render_only: bool | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Stream[GenerateResponse]]:
        """Generate a completion for a prompt.

        Sends the same request as `Client.generate_stream` and returns the HTTP answer (status,
        headers) together with its parsed body.

        Args:
            model: Model name: `[host/][namespace/]model[:tag]`, tag `latest` by default; `:cloud`
                proxies to ollama.com.
            prompt: The prompt. Empty or absent = only load the model (or unload it with
                `keep_alive` 0).
            suffix: Text after the insertion point (fill-in-the-middle); needs the `insert`
                capability.
            system: Replaces the model's system prompt.
            template: Replaces the model's prompt template (Go template syntax; a parse error gives
                500).
            context: The `context` of an earlier response, to continue from it. Deprecated.
            raw: Send `prompt` to the model unformatted. Cannot be combined with `template`,
                `system` or `context` (400). Raw responses carry no `context`.
            format: Constrains the output: `"json"` for any JSON value, or a JSON Schema object for
                structured output. Absent, `null` or `""` = unconstrained. Any other value is
                accepted by the decoder but fails with 500 `invalid format` once the model is
                loaded.
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the
                request; any negative value keeps it loaded until the server stops. Absent or `null`
                = the server default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            images: Images or audio for multimodal models.
            options: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null`
                values skipped. A value of the wrong JSON type is not a 400: the request fails with
                500 (`option "x" must be of type ...`) once the model is scheduled. Integer options
                accept any number and drop the fraction. Changing a runner option (`num_ctx`,
                `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`, `draft_num_predict`)
                reloads the model.
            think: Whether a thinking model reasons before answering: `true`/`false`, or a level.
                Models with the `thinking` capability think when this is absent; models without it
                reject `true` and levels with 400 (`false` is accepted). Other strings are rejected
                with 400.
            truncate: Cut the prompt to fit the context window. Default: true.
            shift: Shift the context when generation reaches its end instead of stopping. Default:
                true.
            debug_render_only: Return the rendered prompt in `_debug_info` without running the
                model.
            logprobs: Return the log probability of each generated token.
            top_logprobs: Also return this many most likely alternatives per token (with
                `logprobs`). 0 to 20 (else 400). Default: 0.
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
                ("suffix", suffix),
                ("system", system),
                ("template", template),
                ("context", context),
                ("raw", raw),
                ("format", _encode_format(format)),
                ("keep_alive", keep_alive),
                ("images", images),
                ("options", options),
                ("think", think),
                ("truncate", truncate),
                ("shift", shift),
                ("_debug_render_only", debug_render_only),
                ("logprobs", logprobs),
                ("top_logprobs", top_logprobs),
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

    def chat(
        self,
        model: str,
        messages: Sequence[Message | Mapping[str, Any]] | None = None,
        *,
        format: FormatKeyword | JsonSchema | Mapping[str, Any] | type[Any] | None = None,
        keep_alive: float | str | None = None,
        tools: Sequence[Tool | Mapping[str, Any] | Callable[..., Any]] | None = None,
        options: Options | Mapping[str, Any] | None = None,
        think: bool | ThinkLevel | None = None,
        truncate: bool | None = None,
        shift: bool | None = None,
        debug_render_only: bool | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ChatResponse]:
        """Generate the next message of a chat.

        Sends the same request as `Client.chat` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            model: Model name: `[host/][namespace/]model[:tag]`, tag `latest` by default; `:cloud`
                proxies to ollama.com.
            messages: The conversation. Absent or empty = only load the model (or unload it with
                `keep_alive` 0).
            format: Constrains the output: `"json"` for any JSON value, or a JSON Schema object for
                structured output. Absent, `null` or `""` = unconstrained. Any other value is
                accepted by the decoder but fails with 500 `invalid format` once the model is
                loaded.
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the
                request; any negative value keeps it loaded until the server stops. Absent or `null`
                = the server default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            tools: Tools the model may call (needs the `tools` capability when non-empty).
            options: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null`
                values skipped. A value of the wrong JSON type is not a 400: the request fails with
                500 (`option "x" must be of type ...`) once the model is scheduled. Integer options
                accept any number and drop the fraction. Changing a runner option (`num_ctx`,
                `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`, `draft_num_predict`)
                reloads the model.
            think: Whether a thinking model reasons before answering: `true`/`false`, or a level.
                Models with the `thinking` capability think when this is absent; models without it
                reject `true` and levels with 400 (`false` is accepted). Other strings are rejected
                with 400.
            truncate: Drop the oldest messages to fit the context window. Default: true.
            shift: Shift the context when generation reaches its end instead of stopping. Default:
                true.
            debug_render_only: Return the rendered prompt in `_debug_info` without running the
                model.
            logprobs: Return the log probability of each generated token.
            top_logprobs: Also return this many most likely alternatives per token (with
                `logprobs`). 0 to 20 (else 400). Default: 0.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `ChatResponse`.

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
                ("messages", messages),
                ("format", _encode_format(format)),
                ("keep_alive", keep_alive),
                ("tools", _encode_tools(tools)),
                ("options", options),
                ("think", think),
                ("truncate", truncate),
                ("shift", shift),
                ("_debug_render_only", debug_render_only),
                ("logprobs", logprobs),
                ("top_logprobs", top_logprobs),
            ),
            extra_body,
        )
        body["stream"] = False

        response = self._client.request(
            "POST",
            "/api/chat",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.chat_response import ChatResponse  # noqa: PLC0415

        return RawResponse(response, _model(ChatResponse.from_dict))

    def chat_stream(
        self,
        model: str,
        messages: Sequence[Message | Mapping[str, Any]] | None = None,
        *,
        format: FormatKeyword | JsonSchema | Mapping[str, Any] | type[Any] | None = None,
        keep_alive: float | str | None = None,
        tools: Sequence[Tool | Mapping[str, Any] | Callable[..., Any]] | None = None,
        options: Options | Mapping[str, Any] | None = None,
        think: bool | ThinkLevel | None = None,
        truncate: bool | None = None,
        shift: bool | None = None,
        debug_render_only: bool | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Stream[ChatResponse]]:
        """Generate the next message of a chat.

        Sends the same request as `Client.chat_stream` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            model: Model name: `[host/][namespace/]model[:tag]`, tag `latest` by default; `:cloud`
                proxies to ollama.com.
            messages: The conversation. Absent or empty = only load the model (or unload it with
                `keep_alive` 0).
            format: Constrains the output: `"json"` for any JSON value, or a JSON Schema object for
                structured output. Absent, `null` or `""` = unconstrained. Any other value is
                accepted by the decoder but fails with 500 `invalid format` once the model is
                loaded.
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the
                request; any negative value keeps it loaded until the server stops. Absent or `null`
                = the server default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            tools: Tools the model may call (needs the `tools` capability when non-empty).
            options: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null`
                values skipped. A value of the wrong JSON type is not a 400: the request fails with
                500 (`option "x" must be of type ...`) once the model is scheduled. Integer options
                accept any number and drop the fraction. Changing a runner option (`num_ctx`,
                `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`, `draft_num_predict`)
                reloads the model.
            think: Whether a thinking model reasons before answering: `true`/`false`, or a level.
                Models with the `thinking` capability think when this is absent; models without it
                reject `true` and levels with 400 (`false` is accepted). Other strings are rejected
                with 400.
            truncate: Drop the oldest messages to fit the context window. Default: true.
            shift: Shift the context when generation reaches its end instead of stopping. Default:
                true.
            debug_render_only: Return the rendered prompt in `_debug_info` without running the
                model.
            logprobs: Return the log probability of each generated token.
            top_logprobs: Also return this many most likely alternatives per token (with
                `logprobs`). 0 to 20 (else 400). Default: 0.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the `Stream` of `ChatResponse` chunks, read from the open response.

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
        from .models.chat_response import ChatResponse  # noqa: PLC0415

        body = build_body(
            (
                ("model", model),
                ("messages", messages),
                ("format", _encode_format(format)),
                ("keep_alive", keep_alive),
                ("tools", _encode_tools(tools)),
                ("options", options),
                ("think", think),
                ("truncate", truncate),
                ("shift", shift),
                ("_debug_render_only", debug_render_only),
                ("logprobs", logprobs),
                ("top_logprobs", top_logprobs),
            ),
            extra_body,
        )
        body["stream"] = True

        stream = self._client.stream(
            "POST",
            "/api/chat",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            parse=ChatResponse.from_dict,
            merge=merge_chat,
        )
        return RawResponse(stream.response, _value(stream))

    def embed(
        self,
        model: str,
        input: str | Sequence[str] | None = None,
        truncate: bool | None = None,
        options: Options | Mapping[str, Any] | None = None,
        keep_alive: float | str | None = None,
        dimensions: int | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[EmbedResponse]:
        """Embed one or more texts.

        Sends the same request as `Client.embed` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            model: Model name; any model is tried (the runner decides whether it can embed).
            input: One text or a list of texts. Any other JSON type (or a non-string list item) is
                rejected with 400.
            truncate: Cut each input to fit the context window; `false` makes an over-long input a
                400. Default: true.
            dimensions: Cut each vector to this many dimensions and normalise again (ignored unless
                smaller than the model's size).
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the
                request; any negative value keeps it loaded until the server stops. Absent or `null`
                = the server default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            options: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null`
                values skipped. A value of the wrong JSON type is not a 400: the request fails with
                500 (`option "x" must be of type ...`) once the model is scheduled. Integer options
                accept any number and drop the fraction. Changing a runner option (`num_ctx`,
                `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`, `draft_num_predict`)
                reloads the model.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `EmbedResponse`.

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
                ("input", input),
                ("truncate", truncate),
                ("dimensions", dimensions),
                ("keep_alive", keep_alive),
                ("options", options),
            ),
            extra_body,
        )

        response = self._client.request(
            "POST",
            "/api/embed",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.embed_response import EmbedResponse  # noqa: PLC0415

        return RawResponse(response, _model(EmbedResponse.from_dict))

    def embeddings(
        self,
        model: str,
        prompt: str | None = None,
        options: Options | Mapping[str, Any] | None = None,
        keep_alive: float | str | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[EmbeddingResponse]:
        """Embed one text (legacy).

        Deprecated by the server.

        Sends the same request as `Client.embeddings` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            model: Model name.
            prompt: The text to embed. Empty or absent = only load the model.
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the
                request; any negative value keeps it loaded until the server stops. Absent or `null`
                = the server default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            options: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null`
                values skipped. A value of the wrong JSON type is not a 400: the request fails with
                500 (`option "x" must be of type ...`) once the model is scheduled. Integer options
                accept any number and drop the fraction. Changing a runner option (`num_ctx`,
                `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`, `draft_num_predict`)
                reloads the model.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `EmbeddingResponse`.

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
                ("keep_alive", keep_alive),
                ("options", options),
            ),
            extra_body,
        )

        response = self._client.request(
            "POST",
            "/api/embeddings",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.embedding_response import EmbeddingResponse  # noqa: PLC0415

        return RawResponse(response, _model(EmbeddingResponse.from_dict))

    def create(
        self,
        model: str | None = None,
        quantize: str | None = None,
        from_: str | None = None,
        files: FileDigestMap | Mapping[str, Any] | None = None,
        adapters: FileDigestMap | Mapping[str, Any] | None = None,
        template: str | None = None,
        license: str | Sequence[str] | None = None,
        system: str | None = None,
        parameters: Options | Mapping[str, Any] | None = None,
        messages: Sequence[Message | Mapping[str, Any]] | None = None,
        *,
        draft_files: FileDigestMap | Mapping[str, Any] | None = None,
        draft_quantize: str | None = None,
        remote_host: str | None = None,
        renderer: str | None = None,
        parser: str | None = None,
        requires: str | None = None,
        info: CreateInfo | Mapping[str, Any] | None = None,
        name: str | None = None,
        quantization: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ProgressResponse]:
        """Create a model.

        Sends the same request as `Client.create` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            model: Name of the model to create.
            from_: Existing model to build on (pulled first if it is not local). With a `:cloud`
                name or `remote_host` the new model is a stub that forwards to that host.
            files: File name (a relative slash path without `..`) to the digest (`sha256:<hex>`) of
                a blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors` files are
                converted; `*.gguf` files (or any file with GGUF magic) are imported.
            adapters: File name (a relative slash path without `..`) to the digest (`sha256:<hex>`)
                of a blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors` files are
                converted; `*.gguf` files (or any file with GGUF magic) are imported.
            draft_files: File name (a relative slash path without `..`) to the digest
                (`sha256:<hex>`) of a blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors`
                files are converted; `*.gguf` files (or any file with GGUF magic) are imported.
            quantize: Quantize the weights (only from F16, BF16 or F32 sources): `q4_K_M` (alias
                `q4_K`), `q4_K_S`, `q8_0`, `f16`, `f32`, `bf16`, case-insensitive. Other values fail
                with 500.
            draft_quantize: Quantize the draft model (needs `draft_files`).
            remote_host: Create a stub that forwards to the Ollama at this URL (`ollama.com` means
                `https://ollama.com:443`).
            template: Prompt template (Go template syntax; a parse error gives 400).
            license: One license text or several.
            system: System prompt.
            parameters: Model and runner options. Any subset; the model's Modelfile parameters
                override the server defaults and these override both. Unknown keys are ignored and
                `null` values skipped. A value of the wrong JSON type is not a 400: the request
                fails with 500 (`option "x" must be of type ...`) once the model is scheduled.
                Integer options accept any number and drop the fraction. Changing a runner option
                (`num_ctx`, `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`,
                `draft_num_predict`) reloads the model.
            messages: Messages that start every conversation with the model.
            renderer: Name of a built-in prompt renderer.
            parser: Name of a built-in output parser.
            requires: Minimum Ollama version the model needs.
            info: Overrides of what the server would detect about the model. Wrong types are
                rejected with 400.
            name: Deprecated alias of `model` (used when `model` is empty).
            quantization: Deprecated alias of `quantize`.
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
                ("from", from_),
                ("files", files),
                ("adapters", adapters),
                ("draft_files", draft_files),
                ("quantize", quantize),
                ("draft_quantize", draft_quantize),
                ("remote_host", remote_host),
                ("template", template),
                ("license", license),
                ("system", system),
                ("parameters", parameters),
                ("messages", messages),
                ("renderer", renderer),
                ("parser", parser),
                ("requires", requires),
                ("info", info),
                ("name", name),
                ("quantization", quantization),
            ),
            extra_body,
        )
        body["stream"] = False

        response = self._client.request(
            "POST",
            "/api/create",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.progress_response import ProgressResponse  # noqa: PLC0415

        return RawResponse(response, _model(ProgressResponse.from_dict))

    def create_stream(
        self,
        model: str | None = None,
        quantize: str | None = None,
        from_: str | None = None,
        files: FileDigestMap | Mapping[str, Any] | None = None,
        adapters: FileDigestMap | Mapping[str, Any] | None = None,
        template: str | None = None,
        license: str | Sequence[str] | None = None,
        system: str | None = None,
        parameters: Options | Mapping[str, Any] | None = None,
        messages: Sequence[Message | Mapping[str, Any]] | None = None,
        *,
        draft_files: FileDigestMap | Mapping[str, Any] | None = None,
        draft_quantize: str | None = None,
        remote_host: str | None = None,
        renderer: str | None = None,
        parser: str | None = None,
        requires: str | None = None,
        info: CreateInfo | Mapping[str, Any] | None = None,
        name: str | None = None,
        quantization: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Stream[ProgressResponse]]:
        """Create a model.

        Sends the same request as `Client.create_stream` and returns the HTTP answer (status,
        headers) together with its parsed body.

        Args:
            model: Name of the model to create.
            from_: Existing model to build on (pulled first if it is not local). With a `:cloud`
                name or `remote_host` the new model is a stub that forwards to that host.
            files: File name (a relative slash path without `..`) to the digest (`sha256:<hex>`) of
                a blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors` files are
                converted; `*.gguf` files (or any file with GGUF magic) are imported.
            adapters: File name (a relative slash path without `..`) to the digest (`sha256:<hex>`)
                of a blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors` files are
                converted; `*.gguf` files (or any file with GGUF magic) are imported.
            draft_files: File name (a relative slash path without `..`) to the digest
                (`sha256:<hex>`) of a blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors`
                files are converted; `*.gguf` files (or any file with GGUF magic) are imported.
            quantize: Quantize the weights (only from F16, BF16 or F32 sources): `q4_K_M` (alias
                `q4_K`), `q4_K_S`, `q8_0`, `f16`, `f32`, `bf16`, case-insensitive. Other values fail
                with 500.
            draft_quantize: Quantize the draft model (needs `draft_files`).
            remote_host: Create a stub that forwards to the Ollama at this URL (`ollama.com` means
                `https://ollama.com:443`).
            template: Prompt template (Go template syntax; a parse error gives 400).
            license: One license text or several.
            system: System prompt.
            parameters: Model and runner options. Any subset; the model's Modelfile parameters
                override the server defaults and these override both. Unknown keys are ignored and
                `null` values skipped. A value of the wrong JSON type is not a 400: the request
                fails with 500 (`option "x" must be of type ...`) once the model is scheduled.
                Integer options accept any number and drop the fraction. Changing a runner option
                (`num_ctx`, `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`,
                `draft_num_predict`) reloads the model.
            messages: Messages that start every conversation with the model.
            renderer: Name of a built-in prompt renderer.
            parser: Name of a built-in output parser.
            requires: Minimum Ollama version the model needs.
            info: Overrides of what the server would detect about the model. Wrong types are
                rejected with 400.
            name: Deprecated alias of `model` (used when `model` is empty).
            quantization: Deprecated alias of `quantize`.
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
                ("from", from_),
                ("files", files),
                ("adapters", adapters),
                ("draft_files", draft_files),
                ("quantize", quantize),
                ("draft_quantize", draft_quantize),
                ("remote_host", remote_host),
                ("template", template),
                ("license", license),
                ("system", system),
                ("parameters", parameters),
                ("messages", messages),
                ("renderer", renderer),
                ("parser", parser),
                ("requires", requires),
                ("info", info),
                ("name", name),
                ("quantization", quantization),
            ),
            extra_body,
        )
        body["stream"] = True

        stream = self._client.stream(
            "POST",
            "/api/create",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            parse=ProgressResponse.from_dict,
            merge=merge_progress,
        )
        return RawResponse(stream.response, _value(stream))

    def create_blob(
        self,
        digest: str,
        content: bytes | Iterable[bytes],
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[None]:
        """Upload a blob.

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
        """Check whether a blob exists.

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

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ListResponse]:
        """List local models.

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

    def list_head(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[bool]:
        """List local models, headers only.

        Sends the same request as `Client.list_head` and returns the HTTP answer (status, headers)
        together with its parsed body.

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
                "HEAD", "/api/tags", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
            )
        except NotFoundError as error:
            # 404 is an answer here (False), not a failure.
            if error.response is None:
                raise
            return RawResponse(error.response, _found)
        return RawResponse(response, _found)

    def show(
        self,
        model: str | None = None,
        *,
        verbose: bool | None = None,
        system: str | None = None,
        options: Options | Mapping[str, Any] | None = None,
        template: str | None = None,
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ShowResponse]:
        """Show a model's details.

        Sends the same request as `Client.show` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            model: The model.
            verbose: Include the full GGUF arrays in `model_info`/`projector_info` (otherwise they
                are `null`).
            system: Show the Modelfile with this system prompt instead of the model's.
            options: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null`
                values skipped. A value of the wrong JSON type is not a 400: the request fails with
                500 (`option "x" must be of type ...`) once the model is scheduled. Integer options
                accept any number and drop the fraction. Changing a runner option (`num_ctx`,
                `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`, `draft_num_predict`)
                reloads the model.
            template: Ignored.
            name: Deprecated alias of `model` (used when `model` is empty).
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `ShowResponse`.

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
                ("verbose", verbose),
                ("system", system),
                ("options", options),
                ("template", template),
                ("name", name),
            ),
            extra_body,
        )

        response = self._client.request(
            "POST",
            "/api/show",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.show_response import ShowResponse  # noqa: PLC0415

        return RawResponse(response, _model(ShowResponse.from_dict))

    def copy(
        self,
        source: str,
        destination: str,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[None]:
        """Copy a model.

        Sends the same request as `Client.copy` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            source: Existing model.
            destination: New name (an existing model of that name is overwritten).
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
            (
                ("source", source),
                ("destination", destination),
            ),
            extra_body,
        )

        response = self._client.request(
            "POST",
            "/api/copy",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return RawResponse(response, _nothing)

    def delete(
        self,
        model: str | None = None,
        *,
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[None]:
        """Delete a model.

        Sends the same request as `Client.delete` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            model: The model to delete.
            name: Deprecated alias of `model` (used when `model` is empty).
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
            (
                ("model", model),
                ("name", name),
            ),
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

    def pull(
        self,
        model: str | None = None,
        *,
        insecure: bool | None = None,
        username: str | None = None,
        password: str | None = None,
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ProgressResponse]:
        """Download a model from a registry.

        Sends the same request as `Client.pull` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            model: Model name: `[host/][namespace/]model[:tag]`; a `:cloud` name adds a cloud stub.
            insecure: Allow a registry reached over plain `http://`.
            username: Ignored.
            password: Ignored.
            name: Deprecated alias of `model` (used when `model` is empty).
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
                ("username", username),
                ("password", password),
                ("name", name),
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
        username: str | None = None,
        password: str | None = None,
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Stream[ProgressResponse]]:
        """Download a model from a registry.

        Sends the same request as `Client.pull_stream` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            model: Model name: `[host/][namespace/]model[:tag]`; a `:cloud` name adds a cloud stub.
            insecure: Allow a registry reached over plain `http://`.
            username: Ignored.
            password: Ignored.
            name: Deprecated alias of `model` (used when `model` is empty).
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
                ("username", username),
                ("password", password),
                ("name", name),
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

    def push(
        self,
        model: str | None = None,
        *,
        insecure: bool | None = None,
        username: str | None = None,
        password: str | None = None,
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ProgressResponse]:
        """Upload a model to a registry.

        Sends the same request as `Client.push` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            model: Local model name, including the namespace it is pushed to
                (`<user>/<model>[:tag]`).
            insecure: Allow a registry reached over plain `http://`.
            username: Ignored.
            password: Ignored.
            name: Deprecated alias of `model` (used when `model` is empty).
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
                ("username", username),
                ("password", password),
                ("name", name),
            ),
            extra_body,
        )
        body["stream"] = False

        response = self._client.request(
            "POST",
            "/api/push",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.progress_response import ProgressResponse  # noqa: PLC0415

        return RawResponse(response, _model(ProgressResponse.from_dict))

    def push_stream(
        self,
        model: str | None = None,
        *,
        insecure: bool | None = None,
        username: str | None = None,
        password: str | None = None,
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Stream[ProgressResponse]]:
        """Upload a model to a registry.

        Sends the same request as `Client.push_stream` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            model: Local model name, including the namespace it is pushed to
                (`<user>/<model>[:tag]`).
            insecure: Allow a registry reached over plain `http://`.
            username: Ignored.
            password: Ignored.
            name: Deprecated alias of `model` (used when `model` is empty).
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
                ("username", username),
                ("password", password),
                ("name", name),
            ),
            extra_body,
        )
        body["stream"] = True

        stream = self._client.stream(
            "POST",
            "/api/push",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            parse=ProgressResponse.from_dict,
            merge=merge_progress,
        )
        return RawResponse(stream.response, _value(stream))

    def ps(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ProcessResponse]:
        """List loaded models.

        Sends the same request as `Client.ps` and returns the HTTP answer (status, headers) together
        with its parsed body.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `ProcessResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """

        response = self._client.request(
            "GET", "/api/ps", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.process_response import ProcessResponse  # noqa: PLC0415

        return RawResponse(response, _model(ProcessResponse.from_dict))

    def whoami(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[UserResponse]:
        """The ollama.com account this server is signed in to.

        Sends the same request as `Client.whoami` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `UserResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """

        response = self._client.request(
            "POST", "/api/me", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.user_response import UserResponse  # noqa: PLC0415

        return RawResponse(response, _model(UserResponse.from_dict))

    def signout(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[None]:
        """Sign this server out of ollama.com.

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

    def delete_user_key(
        self,
        encoded_key: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[None]:
        """Sign this server out of ollama.com (deprecated alias).

        Deprecated by the server.

        Sends the same request as `Client.delete_user_key` and returns the HTTP answer (status,
        headers) together with its parsed body.

        Args:
            encoded_key: The `encodedKey` path segment (escaped).
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
            "DELETE",
            f"/api/user/keys/{path_param(encoded_key)}",
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return RawResponse(response, _nothing)

    def web_search(
        self,
        query: str,
        max_results: int | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[WebSearchResponse]:
        """Search the web through ollama.com (experimental).

        Sends the same request as `Client.web_search` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            query: What to search for.
            max_results: How many results ollama.com should return (it documents 1 to 10, default
                5).
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `WebSearchResponse`.

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
                ("query", query),
                ("max_results", max_results),
            ),
            extra_body,
        )

        response = self._client.request(
            "POST",
            "/api/experimental/web_search",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.web_search_response import WebSearchResponse  # noqa: PLC0415

        return RawResponse(response, _model(WebSearchResponse.from_dict))

    def web_fetch(
        self,
        url: str,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[WebFetchResponse]:
        """Fetch a web page through ollama.com (experimental).

        Sends the same request as `Client.web_fetch` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            url: The page to fetch.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `WebFetchResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        body = build_body(
            (("url", url),),
            extra_body,
        )

        response = self._client.request(
            "POST",
            "/api/experimental/web_fetch",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.web_fetch_response import WebFetchResponse  # noqa: PLC0415

        return RawResponse(response, _model(WebFetchResponse.from_dict))

    def model_recommendations(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ModelRecommendationsResponse]:
        """Recommended models (experimental).

        Sends the same request as `Client.model_recommendations` and returns the HTTP answer
        (status, headers) together with its parsed body.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `ModelRecommendationsResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """

        response = self._client.request(
            "GET",
            "/api/experimental/model-recommendations",
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.model_recommendations_response import ModelRecommendationsResponse  # noqa: PLC0415

        return RawResponse(response, _model(ModelRecommendationsResponse.from_dict))

    def openai_chat_completions(
        self,
        model: str,
        messages: Sequence[OpenAIChatMessage | Mapping[str, Any]],
        *,
        stream_options: OpenAIStreamOptions | Mapping[str, Any] | None = None,
        max_tokens: int | None = None,
        seed: int | None = None,
        stop: str | Sequence[str] | None = None,
        temperature: float | None = None,
        frequency_penalty: float | None = None,
        presence_penalty: float | None = None,
        top_p: float | None = None,
        response_format: OpenAIResponseFormat | Mapping[str, Any] | None = None,
        tools: Sequence[Tool | Mapping[str, Any] | Callable[..., Any]] | None = None,
        reasoning: OpenAIReasoning | Mapping[str, Any] | None = None,
        reasoning_effort: OpenAIReasoningEffort | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        debug_render_only: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[OpenAIChatCompletion]:
        """OpenAI chat completion (translated to the native chat).

        Sends the same request as `Client.openai_chat_completions` and returns the HTTP answer
        (status, headers) together with its parsed body.

        Args:
            model: The model name (`model is required` when empty).
            messages: The conversation (`[] is too short - 'messages'` when empty).
            stream_options: See the server's API documentation.
            max_tokens: Becomes `num_predict`. (`max_completion_tokens` is not read.)
            seed: See the server's API documentation.
            stop: One stop sequence or several (non-string entries are ignored by chat completions
                and rejected by completions).
            temperature: 1 when not sent (not the model's own default).
            frequency_penalty: See the server's API documentation.
            presence_penalty: See the server's API documentation.
            top_p: 1 when not sent.
            response_format: `json_object` becomes `format: "json"`, `json_schema` becomes `format:
                <json_schema.schema>`; other types are ignored.
            tools: Native tool definitions (`api.Tool`); a model without tool support answers 400.
            reasoning: Takes precedence over `reasoning_effort`.
            reasoning_effort: Becomes the native `think`: `none` → false, `minimal` → `low`,
                `low`/`medium`/`high`/`max` as is, `xhigh`/`ultra` → `max`; `""` leaves it unset.
                Other values are `400 invalid reasoning value`; a model without thinking answers 400
                for any value but `""`.
            logprobs: See the server's API documentation.
            top_logprobs: Alternatives per token (0-20, checked by the native handler).
            debug_render_only: Ollama only; answers the rendered prompt in `_debug_info` without
                generating.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `OpenAIChatCompletion`.

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
                ("messages", messages),
                ("stream_options", stream_options),
                ("max_tokens", max_tokens),
                ("seed", seed),
                ("stop", stop),
                ("temperature", temperature),
                ("frequency_penalty", frequency_penalty),
                ("presence_penalty", presence_penalty),
                ("top_p", top_p),
                ("response_format", response_format),
                ("tools", _encode_tools(tools)),
                ("reasoning", reasoning),
                ("reasoning_effort", reasoning_effort),
                ("logprobs", logprobs),
                ("top_logprobs", top_logprobs),
                ("_debug_render_only", debug_render_only),
            ),
            extra_body,
        )
        body["stream"] = False

        response = self._client.request(
            "POST",
            "/v1/chat/completions",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.open_ai_chat_completion import OpenAIChatCompletion  # noqa: PLC0415

        return RawResponse(response, _model(OpenAIChatCompletion.from_dict))

    def openai_chat_completions_stream(
        self,
        model: str,
        messages: Sequence[OpenAIChatMessage | Mapping[str, Any]],
        *,
        stream_options: OpenAIStreamOptions | Mapping[str, Any] | None = None,
        max_tokens: int | None = None,
        seed: int | None = None,
        stop: str | Sequence[str] | None = None,
        temperature: float | None = None,
        frequency_penalty: float | None = None,
        presence_penalty: float | None = None,
        top_p: float | None = None,
        response_format: OpenAIResponseFormat | Mapping[str, Any] | None = None,
        tools: Sequence[Tool | Mapping[str, Any] | Callable[..., Any]] | None = None,
        reasoning: OpenAIReasoning | Mapping[str, Any] | None = None,
        reasoning_effort: OpenAIReasoningEffort | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        debug_render_only: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[EventStream[OpenAIChatCompletionChunk, OpenAIChatCompletion]]:
        """OpenAI chat completion (translated to the native chat).

        Sends the same request as `Client.openai_chat_completions_stream` and returns the HTTP
        answer (status, headers) together with its parsed body.

        Args:
            model: The model name (`model is required` when empty).
            messages: The conversation (`[] is too short - 'messages'` when empty).
            stream_options: See the server's API documentation.
            max_tokens: Becomes `num_predict`. (`max_completion_tokens` is not read.)
            seed: See the server's API documentation.
            stop: One stop sequence or several (non-string entries are ignored by chat completions
                and rejected by completions).
            temperature: 1 when not sent (not the model's own default).
            frequency_penalty: See the server's API documentation.
            presence_penalty: See the server's API documentation.
            top_p: 1 when not sent.
            response_format: `json_object` becomes `format: "json"`, `json_schema` becomes `format:
                <json_schema.schema>`; other types are ignored.
            tools: Native tool definitions (`api.Tool`); a model without tool support answers 400.
            reasoning: Takes precedence over `reasoning_effort`.
            reasoning_effort: Becomes the native `think`: `none` → false, `minimal` → `low`,
                `low`/`medium`/`high`/`max` as is, `xhigh`/`ultra` → `max`; `""` leaves it unset.
                Other values are `400 invalid reasoning value`; a model without thinking answers 400
                for any value but `""`.
            logprobs: See the server's API documentation.
            top_logprobs: Alternatives per token (0-20, checked by the native handler).
            debug_render_only: Ollama only; answers the rendered prompt in `_debug_info` without
                generating.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the `EventStream` of `OpenAIChatCompletionChunk` events, read from
            the open response.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
            StreamError: While iterating: the server sent an error event.
            IncompleteStreamError: While iterating: the stream ended before its last event.
        """
        from .models.open_ai_chat_completion import OpenAIChatCompletion  # noqa: PLC0415
        from .models.open_ai_chat_completion_chunk import OpenAIChatCompletionChunk  # noqa: PLC0415

        body = build_body(
            (
                ("model", model),
                ("messages", messages),
                ("stream_options", stream_options),
                ("max_tokens", max_tokens),
                ("seed", seed),
                ("stop", stop),
                ("temperature", temperature),
                ("frequency_penalty", frequency_penalty),
                ("presence_penalty", presence_penalty),
                ("top_p", top_p),
                ("response_format", response_format),
                ("tools", _encode_tools(tools)),
                ("reasoning", reasoning),
                ("reasoning_effort", reasoning_effort),
                ("logprobs", logprobs),
                ("top_logprobs", top_logprobs),
                ("_debug_render_only", debug_render_only),
            ),
            extra_body,
        )
        body["stream"] = True

        stream = self._client.stream_events(
            "POST",
            "/v1/chat/completions",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            parse=OpenAIChatCompletionChunk.from_dict,
            collect_parse=OpenAIChatCompletion.from_dict,
            merge=merge_openai_chat,
            decoder=SSEEventDecoder(done_sentinel=True),
        )
        return RawResponse(stream.response, _value(stream))

    def openai_completions(
        self,
        model: str,
        prompt: str | None = None,
        *,
        frequency_penalty: float | None = None,
        max_tokens: int | None = None,
        presence_penalty: float | None = None,
        seed: int | None = None,
        stop: str | Sequence[str] | None = None,
        stream_options: OpenAIStreamOptions | Mapping[str, Any] | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        suffix: str | None = None,
        logprobs: int | None = None,
        debug_render_only: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[OpenAICompletion]:
        """OpenAI text completion (translated to the native generate).

        Sends the same request as `Client.openai_completions` and returns the HTTP answer (status,
        headers) together with its parsed body.

        Args:
            model: See the server's API documentation.
            prompt: A string only (arrays are a 400 bind error).
            frequency_penalty: See the server's API documentation.
            max_tokens: See the server's API documentation.
            presence_penalty: See the server's API documentation.
            seed: See the server's API documentation.
            stop: One stop sequence or several (non-string entries are ignored by chat completions
                and rejected by completions).
            stream_options: See the server's API documentation.
            temperature: 1 when not sent.
            top_p: 1 when not sent or 0.
            suffix: Text after the insertion point (the model needs `insert`).
            logprobs: Read as `top_logprobs` when > 0; the answer carries no log probabilities.
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
            (or `parse()`) gives the server's answer as a `OpenAICompletion`.

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
                ("frequency_penalty", frequency_penalty),
                ("max_tokens", max_tokens),
                ("presence_penalty", presence_penalty),
                ("seed", seed),
                ("stop", stop),
                ("stream_options", stream_options),
                ("temperature", temperature),
                ("top_p", top_p),
                ("suffix", suffix),
                ("logprobs", logprobs),
                ("_debug_render_only", debug_render_only),
            ),
            extra_body,
        )
        body["stream"] = False

        response = self._client.request(
            "POST",
            "/v1/completions",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.open_ai_completion import OpenAICompletion  # noqa: PLC0415

        return RawResponse(response, _model(OpenAICompletion.from_dict))

    def openai_completions_stream(
        self,
        model: str,
        prompt: str | None = None,
        *,
        frequency_penalty: float | None = None,
        max_tokens: int | None = None,
        presence_penalty: float | None = None,
        seed: int | None = None,
        stop: str | Sequence[str] | None = None,
        stream_options: OpenAIStreamOptions | Mapping[str, Any] | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        suffix: str | None = None,
        logprobs: int | None = None,
        debug_render_only: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[EventStream[OpenAICompletionChunk, OpenAICompletion]]:
        """OpenAI text completion (translated to the native generate).

        Sends the same request as `Client.openai_completions_stream` and returns the HTTP answer
        (status, headers) together with its parsed body.

        Args:
            model: See the server's API documentation.
            prompt: A string only (arrays are a 400 bind error).
            frequency_penalty: See the server's API documentation.
            max_tokens: See the server's API documentation.
            presence_penalty: See the server's API documentation.
            seed: See the server's API documentation.
            stop: One stop sequence or several (non-string entries are ignored by chat completions
                and rejected by completions).
            stream_options: See the server's API documentation.
            temperature: 1 when not sent.
            top_p: 1 when not sent or 0.
            suffix: Text after the insertion point (the model needs `insert`).
            logprobs: Read as `top_logprobs` when > 0; the answer carries no log probabilities.
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
            (or `parse()`) gives the `EventStream` of `OpenAICompletionChunk` events, read from the
            open response.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
            StreamError: While iterating: the server sent an error event.
            IncompleteStreamError: While iterating: the stream ended before its last event.
        """
        from .models.open_ai_completion import OpenAICompletion  # noqa: PLC0415
        from .models.open_ai_completion_chunk import OpenAICompletionChunk  # noqa: PLC0415

        body = build_body(
            (
                ("model", model),
                ("prompt", prompt),
                ("frequency_penalty", frequency_penalty),
                ("max_tokens", max_tokens),
                ("presence_penalty", presence_penalty),
                ("seed", seed),
                ("stop", stop),
                ("stream_options", stream_options),
                ("temperature", temperature),
                ("top_p", top_p),
                ("suffix", suffix),
                ("logprobs", logprobs),
                ("_debug_render_only", debug_render_only),
            ),
            extra_body,
        )
        body["stream"] = True

        stream = self._client.stream_events(
            "POST",
            "/v1/completions",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            parse=OpenAICompletionChunk.from_dict,
            collect_parse=OpenAICompletion.from_dict,
            merge=merge_openai_completion,
            decoder=SSEEventDecoder(done_sentinel=True),
        )
        return RawResponse(stream.response, _value(stream))

    def openai_embeddings(
        self,
        model: str,
        input: str | Sequence[str],
        *,
        dimensions: int | None = None,
        encoding_format: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[OpenAIEmbeddingList]:
        """OpenAI embeddings (translated to the native embed).

        Sends the same request as `Client.openai_embeddings` and returns the HTTP answer (status,
        headers) together with its parsed body.

        Args:
            input: A string or a non-empty array of strings.
            model: See the server's API documentation.
            dimensions: Truncate to this many dimensions and re-normalise (0 keeps them all).
            encoding_format: `float` (the default) or `base64` (little-endian float32),
                case-insensitive; anything else is 400.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `OpenAIEmbeddingList`.

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
                ("input", input),
                ("model", model),
                ("dimensions", dimensions),
                ("encoding_format", encoding_format),
            ),
            extra_body,
        )

        response = self._client.request(
            "POST",
            "/v1/embeddings",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.open_ai_embedding_list import OpenAIEmbeddingList  # noqa: PLC0415

        return RawResponse(response, _model(OpenAIEmbeddingList.from_dict))

    def openai_list_models(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[OpenAIModelList]:
        """OpenAI model list (translated from the native list).

        Sends the same request as `Client.openai_list_models` and returns the HTTP answer (status,
        headers) together with its parsed body.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `OpenAIModelList`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """

        response = self._client.request(
            "GET", "/v1/models", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.open_ai_model_list import OpenAIModelList  # noqa: PLC0415

        return RawResponse(response, _model(OpenAIModelList.from_dict))

    def openai_retrieve_model(
        self,
        model: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[OpenAIModel]:
        """OpenAI model object (translated from the native show).

        Sends the same request as `Client.openai_retrieve_model` and returns the HTTP answer
        (status, headers) together with its parsed body.

        Args:
            model: The `model` path segment (escaped).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `OpenAIModel`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """

        response = self._client.request(
            "GET",
            f"/v1/models/{path_param(model)}",
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.open_ai_model import OpenAIModel  # noqa: PLC0415

        return RawResponse(response, _model(OpenAIModel.from_dict))

    def openai_responses(
        self,
        model: str,
        input: str | Sequence[OpenAIResponsesInputItem | Mapping[str, Any]] | None = None,
        *,
        background: bool | None = None,
        conversation: Any | None = None,
        include: Sequence[str] | None = None,
        instructions: str | None = None,
        max_output_tokens: int | None = None,
        reasoning: OpenAIResponsesReasoning | Mapping[str, Any] | None = None,
        temperature: float | None = None,
        text: OpenAIResponsesText | Mapping[str, Any] | None = None,
        top_p: float | None = None,
        truncation: str | None = None,
        tools: Sequence[OpenAIResponsesTool | Mapping[str, Any]] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[OpenAIResponse]:
        """OpenAI Responses API (translated to the native chat).

        Sends the same request as `Client.openai_responses` and returns the HTTP answer (status,
        headers) together with its parsed body.

        Args:
            model: See the server's API documentation.
            background: Echoed, not acted on.
            conversation: Read and ignored (any JSON).
            include: Read and ignored.
            input: A string (one user message) or a list of items; absent gives an empty
                conversation.
            instructions: Becomes a leading system message.
            max_output_tokens: See the server's API documentation.
            reasoning: See the server's API documentation.
            temperature: See the server's API documentation.
            text: See the server's API documentation.
            top_p: See the server's API documentation.
            truncation: Echoed (`disabled` when not sent); not acted on.
            tools: See the server's API documentation.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `OpenAIResponse`.

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
                ("background", background),
                ("conversation", conversation),
                ("include", include),
                ("input", input),
                ("instructions", instructions),
                ("max_output_tokens", max_output_tokens),
                ("reasoning", reasoning),
                ("temperature", temperature),
                ("text", text),
                ("top_p", top_p),
                ("truncation", truncation),
                ("tools", tools),
            ),
            extra_body,
        )
        body["stream"] = False

        response = self._client.request(
            "POST",
            "/v1/responses",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.open_ai_response import OpenAIResponse  # noqa: PLC0415

        return RawResponse(response, _model(OpenAIResponse.from_dict))

    def openai_responses_stream(
        self,
        model: str,
        input: str | Sequence[OpenAIResponsesInputItem | Mapping[str, Any]] | None = None,
        *,
        background: bool | None = None,
        conversation: Any | None = None,
        include: Sequence[str] | None = None,
        instructions: str | None = None,
        max_output_tokens: int | None = None,
        reasoning: OpenAIResponsesReasoning | Mapping[str, Any] | None = None,
        temperature: float | None = None,
        text: OpenAIResponsesText | Mapping[str, Any] | None = None,
        top_p: float | None = None,
        truncation: str | None = None,
        tools: Sequence[OpenAIResponsesTool | Mapping[str, Any]] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[EventStream[OpenAIResponsesStreamEvent, OpenAIResponse]]:
        """OpenAI Responses API (translated to the native chat).

        Sends the same request as `Client.openai_responses_stream` and returns the HTTP answer
        (status, headers) together with its parsed body.

        Args:
            model: See the server's API documentation.
            background: Echoed, not acted on.
            conversation: Read and ignored (any JSON).
            include: Read and ignored.
            input: A string (one user message) or a list of items; absent gives an empty
                conversation.
            instructions: Becomes a leading system message.
            max_output_tokens: See the server's API documentation.
            reasoning: See the server's API documentation.
            temperature: See the server's API documentation.
            text: See the server's API documentation.
            top_p: See the server's API documentation.
            truncation: Echoed (`disabled` when not sent); not acted on.
            tools: See the server's API documentation.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the `EventStream` of `OpenAIResponsesStreamEvent` events, read from
            the open response.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
            StreamError: While iterating: the server sent an error event.
            IncompleteStreamError: While iterating: the stream ended before its last event.
        """
        from ._events import parse_openai_responses_event  # noqa: PLC0415
        from .models.open_ai_response import OpenAIResponse  # noqa: PLC0415

        body = build_body(
            (
                ("model", model),
                ("background", background),
                ("conversation", conversation),
                ("include", include),
                ("input", input),
                ("instructions", instructions),
                ("max_output_tokens", max_output_tokens),
                ("reasoning", reasoning),
                ("temperature", temperature),
                ("text", text),
                ("top_p", top_p),
                ("truncation", truncation),
                ("tools", tools),
            ),
            extra_body,
        )
        body["stream"] = True

        stream = self._client.stream_events(
            "POST",
            "/v1/responses",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            parse=parse_openai_responses_event,
            collect_parse=OpenAIResponse.from_dict,
            merge=merge_openai_response,
            decoder=SSEEventDecoder(final_events=("response.completed",)),
        )
        return RawResponse(stream.response, _value(stream))

    def openai_audio_transcriptions(
        self,
        model: str,
        file: bytes | PurePath | IO[bytes],
        *,
        response_format: str | None = None,
        language: str | None = None,
        prompt: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[OpenAITranscriptionResponse]:
        """OpenAI transcription (a native chat with the audio attached).

        Sends the same request as `Client.openai_audio_transcriptions` and returns the HTTP answer
        (status, headers) together with its parsed body.

        Args:
            model: See the server's API documentation.
            file: The audio; must not be empty.
            response_format: `text` answers `text/plain`; anything else (`json`, `verbose_json`)
                answers JSON.
            language: Appended to the system prompt.
            prompt: Appended to the system prompt as context.
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `OpenAITranscriptionResponse` (a
            `text/plain` answer fills its `text`).

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        form, files = build_form(
            (
                ("model", model),
                ("response_format", response_format),
                ("language", language),
                ("prompt", prompt),
            ),
            (("file", file),),
        )

        response = self._client.request(
            "POST",
            "/v1/audio/transcriptions",
            data=form,
            files=files,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.open_ai_transcription_response import OpenAITranscriptionResponse  # noqa: PLC0415

        return RawResponse(response, _model_or_text(OpenAITranscriptionResponse.from_dict, "text"))

    def anthropic_messages(
        self,
        model: str,
        messages: Sequence[AnthropicMessageParam | Mapping[str, Any]],
        max_tokens: int,
        *,
        system: str | Sequence[AnthropicContentBlock | Mapping[str, Any]] | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        top_k: int | None = None,
        stop_sequences: Sequence[str] | None = None,
        tools: Sequence[AnthropicTool | Mapping[str, Any]] | None = None,
        tool_choice: AnthropicToolChoice | Mapping[str, Any] | None = None,
        thinking: AnthropicThinkingConfig | Mapping[str, Any] | None = None,
        metadata: AnthropicMetadata | Mapping[str, Any] | None = None,
        output_config: AnthropicOutputConfig | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AnthropicMessage]:
        """Anthropic Messages API (translated to the native chat).

        Sends the same request as `Client.anthropic_messages` and returns the HTTP answer (status,
        headers) together with its parsed body.

        Args:
            model: See the server's API documentation.
            max_tokens: Becomes `num_predict`.
            messages: See the server's API documentation.
            system: A string or text blocks (joined), placed as a leading system message.
            temperature: See the server's API documentation.
            top_p: See the server's API documentation.
            top_k: See the server's API documentation.
            stop_sequences: See the server's API documentation.
            tools: See the server's API documentation.
            tool_choice: Read but not used by the conversion (the model decides).
            thinking: `enabled` sets the native `think: true`, `disabled` `think: false`;
                `budget_tokens` is not used.
            metadata: See the server's API documentation.
            output_config: Without `thinking`, `effort` `low`, `medium`, `high` or `max` (trimmed,
                case-insensitive; `xhigh` reads as `high`) becomes the native `think` level; other
                values are ignored.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `AnthropicMessage`.

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
                ("max_tokens", max_tokens),
                ("messages", messages),
                ("system", system),
                ("temperature", temperature),
                ("top_p", top_p),
                ("top_k", top_k),
                ("stop_sequences", stop_sequences),
                ("tools", tools),
                ("tool_choice", tool_choice),
                ("thinking", thinking),
                ("metadata", metadata),
                ("output_config", output_config),
            ),
            extra_body,
        )
        body["stream"] = False

        response = self._client.request(
            "POST",
            "/v1/messages",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.anthropic_message import AnthropicMessage  # noqa: PLC0415

        return RawResponse(response, _model(AnthropicMessage.from_dict))

    def anthropic_messages_stream(
        self,
        model: str,
        messages: Sequence[AnthropicMessageParam | Mapping[str, Any]],
        max_tokens: int,
        *,
        system: str | Sequence[AnthropicContentBlock | Mapping[str, Any]] | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        top_k: int | None = None,
        stop_sequences: Sequence[str] | None = None,
        tools: Sequence[AnthropicTool | Mapping[str, Any]] | None = None,
        tool_choice: AnthropicToolChoice | Mapping[str, Any] | None = None,
        thinking: AnthropicThinkingConfig | Mapping[str, Any] | None = None,
        metadata: AnthropicMetadata | Mapping[str, Any] | None = None,
        output_config: AnthropicOutputConfig | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[EventStream[AnthropicStreamEvent, AnthropicMessage]]:
        """Anthropic Messages API (translated to the native chat).

        Sends the same request as `Client.anthropic_messages_stream` and returns the HTTP answer
        (status, headers) together with its parsed body.

        Args:
            model: See the server's API documentation.
            max_tokens: Becomes `num_predict`.
            messages: See the server's API documentation.
            system: A string or text blocks (joined), placed as a leading system message.
            temperature: See the server's API documentation.
            top_p: See the server's API documentation.
            top_k: See the server's API documentation.
            stop_sequences: See the server's API documentation.
            tools: See the server's API documentation.
            tool_choice: Read but not used by the conversion (the model decides).
            thinking: `enabled` sets the native `think: true`, `disabled` `think: false`;
                `budget_tokens` is not used.
            metadata: See the server's API documentation.
            output_config: Without `thinking`, `effort` `low`, `medium`, `high` or `max` (trimmed,
                case-insensitive; `xhigh` reads as `high`) becomes the native `think` level; other
                values are ignored.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the `EventStream` of `AnthropicStreamEvent` events, read from the
            open response.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
            StreamError: While iterating: the server sent an error event.
            IncompleteStreamError: While iterating: the stream ended before its last event.
        """
        from ._events import parse_anthropic_messages_event  # noqa: PLC0415
        from .models.anthropic_message import AnthropicMessage  # noqa: PLC0415

        body = build_body(
            (
                ("model", model),
                ("max_tokens", max_tokens),
                ("messages", messages),
                ("system", system),
                ("temperature", temperature),
                ("top_p", top_p),
                ("top_k", top_k),
                ("stop_sequences", stop_sequences),
                ("tools", tools),
                ("tool_choice", tool_choice),
                ("thinking", thinking),
                ("metadata", metadata),
                ("output_config", output_config),
            ),
            extra_body,
        )
        body["stream"] = True

        stream = self._client.stream_events(
            "POST",
            "/v1/messages",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            parse=parse_anthropic_messages_event,
            collect_parse=AnthropicMessage.from_dict,
            merge=merge_anthropic_message,
            decoder=SSEEventDecoder(final_events=("message_stop",)),
        )
        return RawResponse(stream.response, _value(stream))


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
        """Liveness probe.

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
        """Liveness probe without a body.

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
        """Server version.

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

    async def version_head(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[bool]:
        """Server version, headers only.

        Sends the same request as `AsyncClient.version_head` and returns the HTTP answer (status,
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
                "HEAD", "/api/version", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
            )
        except NotFoundError as error:
            # 404 is an answer here (False), not a failure.
            if error.response is None:
                raise
            return RawResponse(error.response, _found)
        return RawResponse(response, _found)

    async def status(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[StatusResponse]:
        """Cloud status.

        Sends the same request as `AsyncClient.status` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `StatusResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """

        response = await self._client.request(
            "GET", "/api/status", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.status_response import StatusResponse  # noqa: PLC0415

        return RawResponse(response, _model(StatusResponse.from_dict))

    async def generate(
        self,
        model: str,
        prompt: str | None = None,
        suffix: str | None = None,
        *,
        system: str | None = None,
        template: str | None = None,
        context: Sequence[int] | None = None,
        raw: bool | None = None,
        format: FormatKeyword | JsonSchema | Mapping[str, Any] | type[Any] | None = None,
        keep_alive: float | str | None = None,
        images: Sequence[str | bytes | PurePath] | None = None,
        options: Options | Mapping[str, Any] | None = None,
        think: bool | ThinkLevel | None = None,
        truncate: bool | None = None,
        shift: bool | None = None,
        debug_render_only: bool | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GenerateResponse]:
        """Generate a completion for a prompt.

        Sends the same request as `AsyncClient.generate` and returns the HTTP answer (status,
        headers) together with its parsed body.

        Args:
            model: Model name: `[host/][namespace/]model[:tag]`, tag `latest` by default; `:cloud`
                proxies to ollama.com.
            prompt: The prompt. Empty or absent = only load the model (or unload it with
                `keep_alive` 0).
            suffix: Text after the insertion point (fill-in-the-middle); needs the `insert`
                capability.
            system: Replaces the model's system prompt.
            template: Replaces the model's prompt template (Go template syntax; a parse error gives
                500).
            context: The `context` of an earlier response, to continue from it. Deprecated.
            raw: Send `prompt` to the model unformatted. Cannot be combined with `template`,
                `system` or `context` (400). Raw responses carry no `context`.
            format: Constrains the output: `"json"` for any JSON value, or a JSON Schema object for
                structured output. Absent, `null` or `""` = unconstrained. Any other value is
                accepted by the decoder but fails with 500 `invalid format` once the model is
                loaded.
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the
                request; any negative value keeps it loaded until the server stops. Absent or `null`
                = the server default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            images: Images or audio for multimodal models.
            options: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null`
                values skipped. A value of the wrong JSON type is not a 400: the request fails with
                500 (`option "x" must be of type ...`) once the model is scheduled. Integer options
                accept any number and drop the fraction. Changing a runner option (`num_ctx`,
                `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`, `draft_num_predict`)
                reloads the model.
            think: Whether a thinking model reasons before answering: `true`/`false`, or a level.
                Models with the `thinking` capability think when this is absent; models without it
                reject `true` and levels with 400 (`false` is accepted). Other strings are rejected
                with 400.
            truncate: Cut the prompt to fit the context window. Default: true.
            shift: Shift the context when generation reaches its end instead of stopping. Default:
                true.
            debug_render_only: Return the rendered prompt in `_debug_info` without running the
                model.
            logprobs: Return the log probability of each generated token.
            top_logprobs: Also return this many most likely alternatives per token (with
                `logprobs`). 0 to 20 (else 400). Default: 0.
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
                ("suffix", suffix),
                ("system", system),
                ("template", template),
                ("context", context),
                ("raw", raw),
                ("format", _encode_format(format)),
                ("keep_alive", keep_alive),
                ("images", images),
                ("options", options),
                ("think", think),
                ("truncate", truncate),
                ("shift", shift),
                ("_debug_render_only", debug_render_only),
                ("logprobs", logprobs),
                ("top_logprobs", top_logprobs),
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
        suffix: str | None = None,
        *,
        system: str | None = None,
        template: str | None = None,
        context: Sequence[int] | None = None,
        raw: bool | None = None,
        format: FormatKeyword | JsonSchema | Mapping[str, Any] | type[Any] | None = None,
        keep_alive: float | str | None = None,
        images: Sequence[str | bytes | PurePath] | None = None,
        options: Options | Mapping[str, Any] | None = None,
        think: bool | ThinkLevel | None = None,
        truncate: bool | None = None,
        shift: bool | None = None,
        debug_render_only: bool | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AsyncStream[GenerateResponse]]:
        """Generate a completion for a prompt.

        Sends the same request as `AsyncClient.generate_stream` and returns the HTTP answer (status,
        headers) together with its parsed body.

        Args:
            model: Model name: `[host/][namespace/]model[:tag]`, tag `latest` by default; `:cloud`
                proxies to ollama.com.
            prompt: The prompt. Empty or absent = only load the model (or unload it with
                `keep_alive` 0).
            suffix: Text after the insertion point (fill-in-the-middle); needs the `insert`
                capability.
            system: Replaces the model's system prompt.
            template: Replaces the model's prompt template (Go template syntax; a parse error gives
                500).
            context: The `context` of an earlier response, to continue from it. Deprecated.
            raw: Send `prompt` to the model unformatted. Cannot be combined with `template`,
                `system` or `context` (400). Raw responses carry no `context`.
            format: Constrains the output: `"json"` for any JSON value, or a JSON Schema object for
                structured output. Absent, `null` or `""` = unconstrained. Any other value is
                accepted by the decoder but fails with 500 `invalid format` once the model is
                loaded.
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the
                request; any negative value keeps it loaded until the server stops. Absent or `null`
                = the server default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            images: Images or audio for multimodal models.
            options: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null`
                values skipped. A value of the wrong JSON type is not a 400: the request fails with
                500 (`option "x" must be of type ...`) once the model is scheduled. Integer options
                accept any number and drop the fraction. Changing a runner option (`num_ctx`,
                `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`, `draft_num_predict`)
                reloads the model.
            think: Whether a thinking model reasons before answering: `true`/`false`, or a level.
                Models with the `thinking` capability think when this is absent; models without it
                reject `true` and levels with 400 (`false` is accepted). Other strings are rejected
                with 400.
            truncate: Cut the prompt to fit the context window. Default: true.
            shift: Shift the context when generation reaches its end instead of stopping. Default:
                true.
            debug_render_only: Return the rendered prompt in `_debug_info` without running the
                model.
            logprobs: Return the log probability of each generated token.
            top_logprobs: Also return this many most likely alternatives per token (with
                `logprobs`). 0 to 20 (else 400). Default: 0.
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
                ("suffix", suffix),
                ("system", system),
                ("template", template),
                ("context", context),
                ("raw", raw),
                ("format", _encode_format(format)),
                ("keep_alive", keep_alive),
                ("images", images),
                ("options", options),
                ("think", think),
                ("truncate", truncate),
                ("shift", shift),
                ("_debug_render_only", debug_render_only),
                ("logprobs", logprobs),
                ("top_logprobs", top_logprobs),
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

    async def chat(
        self,
        model: str,
        messages: Sequence[Message | Mapping[str, Any]] | None = None,
        *,
        format: FormatKeyword | JsonSchema | Mapping[str, Any] | type[Any] | None = None,
        keep_alive: float | str | None = None,
        tools: Sequence[Tool | Mapping[str, Any] | Callable[..., Any]] | None = None,
        options: Options | Mapping[str, Any] | None = None,
        think: bool | ThinkLevel | None = None,
        truncate: bool | None = None,
        shift: bool | None = None,
        debug_render_only: bool | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ChatResponse]:
        """Generate the next message of a chat.

        Sends the same request as `AsyncClient.chat` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            model: Model name: `[host/][namespace/]model[:tag]`, tag `latest` by default; `:cloud`
                proxies to ollama.com.
            messages: The conversation. Absent or empty = only load the model (or unload it with
                `keep_alive` 0).
            format: Constrains the output: `"json"` for any JSON value, or a JSON Schema object for
                structured output. Absent, `null` or `""` = unconstrained. Any other value is
                accepted by the decoder but fails with 500 `invalid format` once the model is
                loaded.
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the
                request; any negative value keeps it loaded until the server stops. Absent or `null`
                = the server default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            tools: Tools the model may call (needs the `tools` capability when non-empty).
            options: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null`
                values skipped. A value of the wrong JSON type is not a 400: the request fails with
                500 (`option "x" must be of type ...`) once the model is scheduled. Integer options
                accept any number and drop the fraction. Changing a runner option (`num_ctx`,
                `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`, `draft_num_predict`)
                reloads the model.
            think: Whether a thinking model reasons before answering: `true`/`false`, or a level.
                Models with the `thinking` capability think when this is absent; models without it
                reject `true` and levels with 400 (`false` is accepted). Other strings are rejected
                with 400.
            truncate: Drop the oldest messages to fit the context window. Default: true.
            shift: Shift the context when generation reaches its end instead of stopping. Default:
                true.
            debug_render_only: Return the rendered prompt in `_debug_info` without running the
                model.
            logprobs: Return the log probability of each generated token.
            top_logprobs: Also return this many most likely alternatives per token (with
                `logprobs`). 0 to 20 (else 400). Default: 0.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `ChatResponse`.

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
                ("messages", messages),
                ("format", _encode_format(format)),
                ("keep_alive", keep_alive),
                ("tools", _encode_tools(tools)),
                ("options", options),
                ("think", think),
                ("truncate", truncate),
                ("shift", shift),
                ("_debug_render_only", debug_render_only),
                ("logprobs", logprobs),
                ("top_logprobs", top_logprobs),
            ),
            extra_body,
        )
        body["stream"] = False

        response = await self._client.request(
            "POST",
            "/api/chat",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.chat_response import ChatResponse  # noqa: PLC0415

        return RawResponse(response, _model(ChatResponse.from_dict))

    async def chat_stream(
        self,
        model: str,
        messages: Sequence[Message | Mapping[str, Any]] | None = None,
        *,
        format: FormatKeyword | JsonSchema | Mapping[str, Any] | type[Any] | None = None,
        keep_alive: float | str | None = None,
        tools: Sequence[Tool | Mapping[str, Any] | Callable[..., Any]] | None = None,
        options: Options | Mapping[str, Any] | None = None,
        think: bool | ThinkLevel | None = None,
        truncate: bool | None = None,
        shift: bool | None = None,
        debug_render_only: bool | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AsyncStream[ChatResponse]]:
        """Generate the next message of a chat.

        Sends the same request as `AsyncClient.chat_stream` and returns the HTTP answer (status,
        headers) together with its parsed body.

        Args:
            model: Model name: `[host/][namespace/]model[:tag]`, tag `latest` by default; `:cloud`
                proxies to ollama.com.
            messages: The conversation. Absent or empty = only load the model (or unload it with
                `keep_alive` 0).
            format: Constrains the output: `"json"` for any JSON value, or a JSON Schema object for
                structured output. Absent, `null` or `""` = unconstrained. Any other value is
                accepted by the decoder but fails with 500 `invalid format` once the model is
                loaded.
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the
                request; any negative value keeps it loaded until the server stops. Absent or `null`
                = the server default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            tools: Tools the model may call (needs the `tools` capability when non-empty).
            options: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null`
                values skipped. A value of the wrong JSON type is not a 400: the request fails with
                500 (`option "x" must be of type ...`) once the model is scheduled. Integer options
                accept any number and drop the fraction. Changing a runner option (`num_ctx`,
                `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`, `draft_num_predict`)
                reloads the model.
            think: Whether a thinking model reasons before answering: `true`/`false`, or a level.
                Models with the `thinking` capability think when this is absent; models without it
                reject `true` and levels with 400 (`false` is accepted). Other strings are rejected
                with 400.
            truncate: Drop the oldest messages to fit the context window. Default: true.
            shift: Shift the context when generation reaches its end instead of stopping. Default:
                true.
            debug_render_only: Return the rendered prompt in `_debug_info` without running the
                model.
            logprobs: Return the log probability of each generated token.
            top_logprobs: Also return this many most likely alternatives per token (with
                `logprobs`). 0 to 20 (else 400). Default: 0.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the `AsyncStream` of `ChatResponse` chunks, read from the open
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
        from .models.chat_response import ChatResponse  # noqa: PLC0415

        body = build_body(
            (
                ("model", model),
                ("messages", messages),
                ("format", _encode_format(format)),
                ("keep_alive", keep_alive),
                ("tools", _encode_tools(tools)),
                ("options", options),
                ("think", think),
                ("truncate", truncate),
                ("shift", shift),
                ("_debug_render_only", debug_render_only),
                ("logprobs", logprobs),
                ("top_logprobs", top_logprobs),
            ),
            extra_body,
        )
        body["stream"] = True

        stream = await self._client.stream(
            "POST",
            "/api/chat",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            parse=ChatResponse.from_dict,
            merge=merge_chat,
        )
        return RawResponse(stream.response, _value(stream))

    async def embed(
        self,
        model: str,
        input: str | Sequence[str] | None = None,
        truncate: bool | None = None,
        options: Options | Mapping[str, Any] | None = None,
        keep_alive: float | str | None = None,
        dimensions: int | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[EmbedResponse]:
        """Embed one or more texts.

        Sends the same request as `AsyncClient.embed` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            model: Model name; any model is tried (the runner decides whether it can embed).
            input: One text or a list of texts. Any other JSON type (or a non-string list item) is
                rejected with 400.
            truncate: Cut each input to fit the context window; `false` makes an over-long input a
                400. Default: true.
            dimensions: Cut each vector to this many dimensions and normalise again (ignored unless
                smaller than the model's size).
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the
                request; any negative value keeps it loaded until the server stops. Absent or `null`
                = the server default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            options: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null`
                values skipped. A value of the wrong JSON type is not a 400: the request fails with
                500 (`option "x" must be of type ...`) once the model is scheduled. Integer options
                accept any number and drop the fraction. Changing a runner option (`num_ctx`,
                `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`, `draft_num_predict`)
                reloads the model.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `EmbedResponse`.

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
                ("input", input),
                ("truncate", truncate),
                ("dimensions", dimensions),
                ("keep_alive", keep_alive),
                ("options", options),
            ),
            extra_body,
        )

        response = await self._client.request(
            "POST",
            "/api/embed",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.embed_response import EmbedResponse  # noqa: PLC0415

        return RawResponse(response, _model(EmbedResponse.from_dict))

    async def embeddings(
        self,
        model: str,
        prompt: str | None = None,
        options: Options | Mapping[str, Any] | None = None,
        keep_alive: float | str | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[EmbeddingResponse]:
        """Embed one text (legacy).

        Deprecated by the server.

        Sends the same request as `AsyncClient.embeddings` and returns the HTTP answer (status,
        headers) together with its parsed body.

        Args:
            model: Model name.
            prompt: The text to embed. Empty or absent = only load the model.
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the
                request; any negative value keeps it loaded until the server stops. Absent or `null`
                = the server default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            options: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null`
                values skipped. A value of the wrong JSON type is not a 400: the request fails with
                500 (`option "x" must be of type ...`) once the model is scheduled. Integer options
                accept any number and drop the fraction. Changing a runner option (`num_ctx`,
                `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`, `draft_num_predict`)
                reloads the model.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `EmbeddingResponse`.

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
                ("keep_alive", keep_alive),
                ("options", options),
            ),
            extra_body,
        )

        response = await self._client.request(
            "POST",
            "/api/embeddings",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.embedding_response import EmbeddingResponse  # noqa: PLC0415

        return RawResponse(response, _model(EmbeddingResponse.from_dict))

    async def create(
        self,
        model: str | None = None,
        quantize: str | None = None,
        from_: str | None = None,
        files: FileDigestMap | Mapping[str, Any] | None = None,
        adapters: FileDigestMap | Mapping[str, Any] | None = None,
        template: str | None = None,
        license: str | Sequence[str] | None = None,
        system: str | None = None,
        parameters: Options | Mapping[str, Any] | None = None,
        messages: Sequence[Message | Mapping[str, Any]] | None = None,
        *,
        draft_files: FileDigestMap | Mapping[str, Any] | None = None,
        draft_quantize: str | None = None,
        remote_host: str | None = None,
        renderer: str | None = None,
        parser: str | None = None,
        requires: str | None = None,
        info: CreateInfo | Mapping[str, Any] | None = None,
        name: str | None = None,
        quantization: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ProgressResponse]:
        """Create a model.

        Sends the same request as `AsyncClient.create` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            model: Name of the model to create.
            from_: Existing model to build on (pulled first if it is not local). With a `:cloud`
                name or `remote_host` the new model is a stub that forwards to that host.
            files: File name (a relative slash path without `..`) to the digest (`sha256:<hex>`) of
                a blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors` files are
                converted; `*.gguf` files (or any file with GGUF magic) are imported.
            adapters: File name (a relative slash path without `..`) to the digest (`sha256:<hex>`)
                of a blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors` files are
                converted; `*.gguf` files (or any file with GGUF magic) are imported.
            draft_files: File name (a relative slash path without `..`) to the digest
                (`sha256:<hex>`) of a blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors`
                files are converted; `*.gguf` files (or any file with GGUF magic) are imported.
            quantize: Quantize the weights (only from F16, BF16 or F32 sources): `q4_K_M` (alias
                `q4_K`), `q4_K_S`, `q8_0`, `f16`, `f32`, `bf16`, case-insensitive. Other values fail
                with 500.
            draft_quantize: Quantize the draft model (needs `draft_files`).
            remote_host: Create a stub that forwards to the Ollama at this URL (`ollama.com` means
                `https://ollama.com:443`).
            template: Prompt template (Go template syntax; a parse error gives 400).
            license: One license text or several.
            system: System prompt.
            parameters: Model and runner options. Any subset; the model's Modelfile parameters
                override the server defaults and these override both. Unknown keys are ignored and
                `null` values skipped. A value of the wrong JSON type is not a 400: the request
                fails with 500 (`option "x" must be of type ...`) once the model is scheduled.
                Integer options accept any number and drop the fraction. Changing a runner option
                (`num_ctx`, `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`,
                `draft_num_predict`) reloads the model.
            messages: Messages that start every conversation with the model.
            renderer: Name of a built-in prompt renderer.
            parser: Name of a built-in output parser.
            requires: Minimum Ollama version the model needs.
            info: Overrides of what the server would detect about the model. Wrong types are
                rejected with 400.
            name: Deprecated alias of `model` (used when `model` is empty).
            quantization: Deprecated alias of `quantize`.
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
                ("from", from_),
                ("files", files),
                ("adapters", adapters),
                ("draft_files", draft_files),
                ("quantize", quantize),
                ("draft_quantize", draft_quantize),
                ("remote_host", remote_host),
                ("template", template),
                ("license", license),
                ("system", system),
                ("parameters", parameters),
                ("messages", messages),
                ("renderer", renderer),
                ("parser", parser),
                ("requires", requires),
                ("info", info),
                ("name", name),
                ("quantization", quantization),
            ),
            extra_body,
        )
        body["stream"] = False

        response = await self._client.request(
            "POST",
            "/api/create",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.progress_response import ProgressResponse  # noqa: PLC0415

        return RawResponse(response, _model(ProgressResponse.from_dict))

    async def create_stream(
        self,
        model: str | None = None,
        quantize: str | None = None,
        from_: str | None = None,
        files: FileDigestMap | Mapping[str, Any] | None = None,
        adapters: FileDigestMap | Mapping[str, Any] | None = None,
        template: str | None = None,
        license: str | Sequence[str] | None = None,
        system: str | None = None,
        parameters: Options | Mapping[str, Any] | None = None,
        messages: Sequence[Message | Mapping[str, Any]] | None = None,
        *,
        draft_files: FileDigestMap | Mapping[str, Any] | None = None,
        draft_quantize: str | None = None,
        remote_host: str | None = None,
        renderer: str | None = None,
        parser: str | None = None,
        requires: str | None = None,
        info: CreateInfo | Mapping[str, Any] | None = None,
        name: str | None = None,
        quantization: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AsyncStream[ProgressResponse]]:
        """Create a model.

        Sends the same request as `AsyncClient.create_stream` and returns the HTTP answer (status,
        headers) together with its parsed body.

        Args:
            model: Name of the model to create.
            from_: Existing model to build on (pulled first if it is not local). With a `:cloud`
                name or `remote_host` the new model is a stub that forwards to that host.
            files: File name (a relative slash path without `..`) to the digest (`sha256:<hex>`) of
                a blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors` files are
                converted; `*.gguf` files (or any file with GGUF magic) are imported.
            adapters: File name (a relative slash path without `..`) to the digest (`sha256:<hex>`)
                of a blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors` files are
                converted; `*.gguf` files (or any file with GGUF magic) are imported.
            draft_files: File name (a relative slash path without `..`) to the digest
                (`sha256:<hex>`) of a blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors`
                files are converted; `*.gguf` files (or any file with GGUF magic) are imported.
            quantize: Quantize the weights (only from F16, BF16 or F32 sources): `q4_K_M` (alias
                `q4_K`), `q4_K_S`, `q8_0`, `f16`, `f32`, `bf16`, case-insensitive. Other values fail
                with 500.
            draft_quantize: Quantize the draft model (needs `draft_files`).
            remote_host: Create a stub that forwards to the Ollama at this URL (`ollama.com` means
                `https://ollama.com:443`).
            template: Prompt template (Go template syntax; a parse error gives 400).
            license: One license text or several.
            system: System prompt.
            parameters: Model and runner options. Any subset; the model's Modelfile parameters
                override the server defaults and these override both. Unknown keys are ignored and
                `null` values skipped. A value of the wrong JSON type is not a 400: the request
                fails with 500 (`option "x" must be of type ...`) once the model is scheduled.
                Integer options accept any number and drop the fraction. Changing a runner option
                (`num_ctx`, `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`,
                `draft_num_predict`) reloads the model.
            messages: Messages that start every conversation with the model.
            renderer: Name of a built-in prompt renderer.
            parser: Name of a built-in output parser.
            requires: Minimum Ollama version the model needs.
            info: Overrides of what the server would detect about the model. Wrong types are
                rejected with 400.
            name: Deprecated alias of `model` (used when `model` is empty).
            quantization: Deprecated alias of `quantize`.
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
                ("from", from_),
                ("files", files),
                ("adapters", adapters),
                ("draft_files", draft_files),
                ("quantize", quantize),
                ("draft_quantize", draft_quantize),
                ("remote_host", remote_host),
                ("template", template),
                ("license", license),
                ("system", system),
                ("parameters", parameters),
                ("messages", messages),
                ("renderer", renderer),
                ("parser", parser),
                ("requires", requires),
                ("info", info),
                ("name", name),
                ("quantization", quantization),
            ),
            extra_body,
        )
        body["stream"] = True

        stream = await self._client.stream(
            "POST",
            "/api/create",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            parse=ProgressResponse.from_dict,
            merge=merge_progress,
        )
        return RawResponse(stream.response, _value(stream))

    async def create_blob(
        self,
        digest: str,
        content: bytes | AsyncIterable[bytes],
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[None]:
        """Upload a blob.

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
        """Check whether a blob exists.

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

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ListResponse]:
        """List local models.

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

    async def list_head(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[bool]:
        """List local models, headers only.

        Sends the same request as `AsyncClient.list_head` and returns the HTTP answer (status,
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
                "HEAD", "/api/tags", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
            )
        except NotFoundError as error:
            # 404 is an answer here (False), not a failure.
            if error.response is None:
                raise
            return RawResponse(error.response, _found)
        return RawResponse(response, _found)

    async def show(
        self,
        model: str | None = None,
        *,
        verbose: bool | None = None,
        system: str | None = None,
        options: Options | Mapping[str, Any] | None = None,
        template: str | None = None,
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ShowResponse]:
        """Show a model's details.

        Sends the same request as `AsyncClient.show` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            model: The model.
            verbose: Include the full GGUF arrays in `model_info`/`projector_info` (otherwise they
                are `null`).
            system: Show the Modelfile with this system prompt instead of the model's.
            options: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null`
                values skipped. A value of the wrong JSON type is not a 400: the request fails with
                500 (`option "x" must be of type ...`) once the model is scheduled. Integer options
                accept any number and drop the fraction. Changing a runner option (`num_ctx`,
                `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`, `draft_num_predict`)
                reloads the model.
            template: Ignored.
            name: Deprecated alias of `model` (used when `model` is empty).
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `ShowResponse`.

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
                ("verbose", verbose),
                ("system", system),
                ("options", options),
                ("template", template),
                ("name", name),
            ),
            extra_body,
        )

        response = await self._client.request(
            "POST",
            "/api/show",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.show_response import ShowResponse  # noqa: PLC0415

        return RawResponse(response, _model(ShowResponse.from_dict))

    async def copy(
        self,
        source: str,
        destination: str,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[None]:
        """Copy a model.

        Sends the same request as `AsyncClient.copy` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            source: Existing model.
            destination: New name (an existing model of that name is overwritten).
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
            (
                ("source", source),
                ("destination", destination),
            ),
            extra_body,
        )

        response = await self._client.request(
            "POST",
            "/api/copy",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return RawResponse(response, _nothing)

    async def delete(
        self,
        model: str | None = None,
        *,
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[None]:
        """Delete a model.

        Sends the same request as `AsyncClient.delete` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            model: The model to delete.
            name: Deprecated alias of `model` (used when `model` is empty).
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
            (
                ("model", model),
                ("name", name),
            ),
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

    async def pull(
        self,
        model: str | None = None,
        *,
        insecure: bool | None = None,
        username: str | None = None,
        password: str | None = None,
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ProgressResponse]:
        """Download a model from a registry.

        Sends the same request as `AsyncClient.pull` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            model: Model name: `[host/][namespace/]model[:tag]`; a `:cloud` name adds a cloud stub.
            insecure: Allow a registry reached over plain `http://`.
            username: Ignored.
            password: Ignored.
            name: Deprecated alias of `model` (used when `model` is empty).
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
                ("username", username),
                ("password", password),
                ("name", name),
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
        username: str | None = None,
        password: str | None = None,
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AsyncStream[ProgressResponse]]:
        """Download a model from a registry.

        Sends the same request as `AsyncClient.pull_stream` and returns the HTTP answer (status,
        headers) together with its parsed body.

        Args:
            model: Model name: `[host/][namespace/]model[:tag]`; a `:cloud` name adds a cloud stub.
            insecure: Allow a registry reached over plain `http://`.
            username: Ignored.
            password: Ignored.
            name: Deprecated alias of `model` (used when `model` is empty).
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
                ("username", username),
                ("password", password),
                ("name", name),
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

    async def push(
        self,
        model: str | None = None,
        *,
        insecure: bool | None = None,
        username: str | None = None,
        password: str | None = None,
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ProgressResponse]:
        """Upload a model to a registry.

        Sends the same request as `AsyncClient.push` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            model: Local model name, including the namespace it is pushed to
                (`<user>/<model>[:tag]`).
            insecure: Allow a registry reached over plain `http://`.
            username: Ignored.
            password: Ignored.
            name: Deprecated alias of `model` (used when `model` is empty).
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
                ("username", username),
                ("password", password),
                ("name", name),
            ),
            extra_body,
        )
        body["stream"] = False

        response = await self._client.request(
            "POST",
            "/api/push",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.progress_response import ProgressResponse  # noqa: PLC0415

        return RawResponse(response, _model(ProgressResponse.from_dict))

    async def push_stream(
        self,
        model: str | None = None,
        *,
        insecure: bool | None = None,
        username: str | None = None,
        password: str | None = None,
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AsyncStream[ProgressResponse]]:
        """Upload a model to a registry.

        Sends the same request as `AsyncClient.push_stream` and returns the HTTP answer (status,
        headers) together with its parsed body.

        Args:
            model: Local model name, including the namespace it is pushed to
                (`<user>/<model>[:tag]`).
            insecure: Allow a registry reached over plain `http://`.
            username: Ignored.
            password: Ignored.
            name: Deprecated alias of `model` (used when `model` is empty).
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
                ("username", username),
                ("password", password),
                ("name", name),
            ),
            extra_body,
        )
        body["stream"] = True

        stream = await self._client.stream(
            "POST",
            "/api/push",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            parse=ProgressResponse.from_dict,
            merge=merge_progress,
        )
        return RawResponse(stream.response, _value(stream))

    async def ps(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ProcessResponse]:
        """List loaded models.

        Sends the same request as `AsyncClient.ps` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `ProcessResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """

        response = await self._client.request(
            "GET", "/api/ps", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.process_response import ProcessResponse  # noqa: PLC0415

        return RawResponse(response, _model(ProcessResponse.from_dict))

    async def whoami(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[UserResponse]:
        """The ollama.com account this server is signed in to.

        Sends the same request as `AsyncClient.whoami` and returns the HTTP answer (status, headers)
        together with its parsed body.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `UserResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """

        response = await self._client.request(
            "POST", "/api/me", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.user_response import UserResponse  # noqa: PLC0415

        return RawResponse(response, _model(UserResponse.from_dict))

    async def signout(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[None]:
        """Sign this server out of ollama.com.

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

    async def delete_user_key(
        self,
        encoded_key: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[None]:
        """Sign this server out of ollama.com (deprecated alias).

        Deprecated by the server.

        Sends the same request as `AsyncClient.delete_user_key` and returns the HTTP answer (status,
        headers) together with its parsed body.

        Args:
            encoded_key: The `encodedKey` path segment (escaped).
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
            "DELETE",
            f"/api/user/keys/{path_param(encoded_key)}",
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return RawResponse(response, _nothing)

    async def web_search(
        self,
        query: str,
        max_results: int | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[WebSearchResponse]:
        """Search the web through ollama.com (experimental).

        Sends the same request as `AsyncClient.web_search` and returns the HTTP answer (status,
        headers) together with its parsed body.

        Args:
            query: What to search for.
            max_results: How many results ollama.com should return (it documents 1 to 10, default
                5).
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `WebSearchResponse`.

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
                ("query", query),
                ("max_results", max_results),
            ),
            extra_body,
        )

        response = await self._client.request(
            "POST",
            "/api/experimental/web_search",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.web_search_response import WebSearchResponse  # noqa: PLC0415

        return RawResponse(response, _model(WebSearchResponse.from_dict))

    async def web_fetch(
        self,
        url: str,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[WebFetchResponse]:
        """Fetch a web page through ollama.com (experimental).

        Sends the same request as `AsyncClient.web_fetch` and returns the HTTP answer (status,
        headers) together with its parsed body.

        Args:
            url: The page to fetch.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `WebFetchResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        body = build_body(
            (("url", url),),
            extra_body,
        )

        response = await self._client.request(
            "POST",
            "/api/experimental/web_fetch",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.web_fetch_response import WebFetchResponse  # noqa: PLC0415

        return RawResponse(response, _model(WebFetchResponse.from_dict))

    async def model_recommendations(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ModelRecommendationsResponse]:
        """Recommended models (experimental).

        Sends the same request as `AsyncClient.model_recommendations` and returns the HTTP answer
        (status, headers) together with its parsed body.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `ModelRecommendationsResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """

        response = await self._client.request(
            "GET",
            "/api/experimental/model-recommendations",
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.model_recommendations_response import ModelRecommendationsResponse  # noqa: PLC0415

        return RawResponse(response, _model(ModelRecommendationsResponse.from_dict))

    async def openai_chat_completions(
        self,
        model: str,
        messages: Sequence[OpenAIChatMessage | Mapping[str, Any]],
        *,
        stream_options: OpenAIStreamOptions | Mapping[str, Any] | None = None,
        max_tokens: int | None = None,
        seed: int | None = None,
        stop: str | Sequence[str] | None = None,
        temperature: float | None = None,
        frequency_penalty: float | None = None,
        presence_penalty: float | None = None,
        top_p: float | None = None,
        response_format: OpenAIResponseFormat | Mapping[str, Any] | None = None,
        tools: Sequence[Tool | Mapping[str, Any] | Callable[..., Any]] | None = None,
        reasoning: OpenAIReasoning | Mapping[str, Any] | None = None,
        reasoning_effort: OpenAIReasoningEffort | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        debug_render_only: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[OpenAIChatCompletion]:
        """OpenAI chat completion (translated to the native chat).

        Sends the same request as `AsyncClient.openai_chat_completions` and returns the HTTP answer
        (status, headers) together with its parsed body.

        Args:
            model: The model name (`model is required` when empty).
            messages: The conversation (`[] is too short - 'messages'` when empty).
            stream_options: See the server's API documentation.
            max_tokens: Becomes `num_predict`. (`max_completion_tokens` is not read.)
            seed: See the server's API documentation.
            stop: One stop sequence or several (non-string entries are ignored by chat completions
                and rejected by completions).
            temperature: 1 when not sent (not the model's own default).
            frequency_penalty: See the server's API documentation.
            presence_penalty: See the server's API documentation.
            top_p: 1 when not sent.
            response_format: `json_object` becomes `format: "json"`, `json_schema` becomes `format:
                <json_schema.schema>`; other types are ignored.
            tools: Native tool definitions (`api.Tool`); a model without tool support answers 400.
            reasoning: Takes precedence over `reasoning_effort`.
            reasoning_effort: Becomes the native `think`: `none` → false, `minimal` → `low`,
                `low`/`medium`/`high`/`max` as is, `xhigh`/`ultra` → `max`; `""` leaves it unset.
                Other values are `400 invalid reasoning value`; a model without thinking answers 400
                for any value but `""`.
            logprobs: See the server's API documentation.
            top_logprobs: Alternatives per token (0-20, checked by the native handler).
            debug_render_only: Ollama only; answers the rendered prompt in `_debug_info` without
                generating.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `OpenAIChatCompletion`.

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
                ("messages", messages),
                ("stream_options", stream_options),
                ("max_tokens", max_tokens),
                ("seed", seed),
                ("stop", stop),
                ("temperature", temperature),
                ("frequency_penalty", frequency_penalty),
                ("presence_penalty", presence_penalty),
                ("top_p", top_p),
                ("response_format", response_format),
                ("tools", _encode_tools(tools)),
                ("reasoning", reasoning),
                ("reasoning_effort", reasoning_effort),
                ("logprobs", logprobs),
                ("top_logprobs", top_logprobs),
                ("_debug_render_only", debug_render_only),
            ),
            extra_body,
        )
        body["stream"] = False

        response = await self._client.request(
            "POST",
            "/v1/chat/completions",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.open_ai_chat_completion import OpenAIChatCompletion  # noqa: PLC0415

        return RawResponse(response, _model(OpenAIChatCompletion.from_dict))

    async def openai_chat_completions_stream(
        self,
        model: str,
        messages: Sequence[OpenAIChatMessage | Mapping[str, Any]],
        *,
        stream_options: OpenAIStreamOptions | Mapping[str, Any] | None = None,
        max_tokens: int | None = None,
        seed: int | None = None,
        stop: str | Sequence[str] | None = None,
        temperature: float | None = None,
        frequency_penalty: float | None = None,
        presence_penalty: float | None = None,
        top_p: float | None = None,
        response_format: OpenAIResponseFormat | Mapping[str, Any] | None = None,
        tools: Sequence[Tool | Mapping[str, Any] | Callable[..., Any]] | None = None,
        reasoning: OpenAIReasoning | Mapping[str, Any] | None = None,
        reasoning_effort: OpenAIReasoningEffort | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        debug_render_only: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AsyncEventStream[OpenAIChatCompletionChunk, OpenAIChatCompletion]]:
        """OpenAI chat completion (translated to the native chat).

        Sends the same request as `AsyncClient.openai_chat_completions_stream` and returns the HTTP
        answer (status, headers) together with its parsed body.

        Args:
            model: The model name (`model is required` when empty).
            messages: The conversation (`[] is too short - 'messages'` when empty).
            stream_options: See the server's API documentation.
            max_tokens: Becomes `num_predict`. (`max_completion_tokens` is not read.)
            seed: See the server's API documentation.
            stop: One stop sequence or several (non-string entries are ignored by chat completions
                and rejected by completions).
            temperature: 1 when not sent (not the model's own default).
            frequency_penalty: See the server's API documentation.
            presence_penalty: See the server's API documentation.
            top_p: 1 when not sent.
            response_format: `json_object` becomes `format: "json"`, `json_schema` becomes `format:
                <json_schema.schema>`; other types are ignored.
            tools: Native tool definitions (`api.Tool`); a model without tool support answers 400.
            reasoning: Takes precedence over `reasoning_effort`.
            reasoning_effort: Becomes the native `think`: `none` → false, `minimal` → `low`,
                `low`/`medium`/`high`/`max` as is, `xhigh`/`ultra` → `max`; `""` leaves it unset.
                Other values are `400 invalid reasoning value`; a model without thinking answers 400
                for any value but `""`.
            logprobs: See the server's API documentation.
            top_logprobs: Alternatives per token (0-20, checked by the native handler).
            debug_render_only: Ollama only; answers the rendered prompt in `_debug_info` without
                generating.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the `AsyncEventStream` of `OpenAIChatCompletionChunk` events, read
            from the open response.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
            StreamError: While iterating: the server sent an error event.
            IncompleteStreamError: While iterating: the stream ended before its last event.
        """
        await self._client._loop_client()  # the first call prepares the client (models included) off the loop
        from .models.open_ai_chat_completion import OpenAIChatCompletion  # noqa: PLC0415
        from .models.open_ai_chat_completion_chunk import OpenAIChatCompletionChunk  # noqa: PLC0415

        body = build_body(
            (
                ("model", model),
                ("messages", messages),
                ("stream_options", stream_options),
                ("max_tokens", max_tokens),
                ("seed", seed),
                ("stop", stop),
                ("temperature", temperature),
                ("frequency_penalty", frequency_penalty),
                ("presence_penalty", presence_penalty),
                ("top_p", top_p),
                ("response_format", response_format),
                ("tools", _encode_tools(tools)),
                ("reasoning", reasoning),
                ("reasoning_effort", reasoning_effort),
                ("logprobs", logprobs),
                ("top_logprobs", top_logprobs),
                ("_debug_render_only", debug_render_only),
            ),
            extra_body,
        )
        body["stream"] = True

        stream = await self._client.stream_events(
            "POST",
            "/v1/chat/completions",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            parse=OpenAIChatCompletionChunk.from_dict,
            collect_parse=OpenAIChatCompletion.from_dict,
            merge=merge_openai_chat,
            decoder=SSEEventDecoder(done_sentinel=True),
        )
        return RawResponse(stream.response, _value(stream))

    async def openai_completions(
        self,
        model: str,
        prompt: str | None = None,
        *,
        frequency_penalty: float | None = None,
        max_tokens: int | None = None,
        presence_penalty: float | None = None,
        seed: int | None = None,
        stop: str | Sequence[str] | None = None,
        stream_options: OpenAIStreamOptions | Mapping[str, Any] | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        suffix: str | None = None,
        logprobs: int | None = None,
        debug_render_only: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[OpenAICompletion]:
        """OpenAI text completion (translated to the native generate).

        Sends the same request as `AsyncClient.openai_completions` and returns the HTTP answer
        (status, headers) together with its parsed body.

        Args:
            model: See the server's API documentation.
            prompt: A string only (arrays are a 400 bind error).
            frequency_penalty: See the server's API documentation.
            max_tokens: See the server's API documentation.
            presence_penalty: See the server's API documentation.
            seed: See the server's API documentation.
            stop: One stop sequence or several (non-string entries are ignored by chat completions
                and rejected by completions).
            stream_options: See the server's API documentation.
            temperature: 1 when not sent.
            top_p: 1 when not sent or 0.
            suffix: Text after the insertion point (the model needs `insert`).
            logprobs: Read as `top_logprobs` when > 0; the answer carries no log probabilities.
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
            (or `parse()`) gives the server's answer as a `OpenAICompletion`.

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
                ("frequency_penalty", frequency_penalty),
                ("max_tokens", max_tokens),
                ("presence_penalty", presence_penalty),
                ("seed", seed),
                ("stop", stop),
                ("stream_options", stream_options),
                ("temperature", temperature),
                ("top_p", top_p),
                ("suffix", suffix),
                ("logprobs", logprobs),
                ("_debug_render_only", debug_render_only),
            ),
            extra_body,
        )
        body["stream"] = False

        response = await self._client.request(
            "POST",
            "/v1/completions",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.open_ai_completion import OpenAICompletion  # noqa: PLC0415

        return RawResponse(response, _model(OpenAICompletion.from_dict))

    async def openai_completions_stream(
        self,
        model: str,
        prompt: str | None = None,
        *,
        frequency_penalty: float | None = None,
        max_tokens: int | None = None,
        presence_penalty: float | None = None,
        seed: int | None = None,
        stop: str | Sequence[str] | None = None,
        stream_options: OpenAIStreamOptions | Mapping[str, Any] | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        suffix: str | None = None,
        logprobs: int | None = None,
        debug_render_only: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AsyncEventStream[OpenAICompletionChunk, OpenAICompletion]]:
        """OpenAI text completion (translated to the native generate).

        Sends the same request as `AsyncClient.openai_completions_stream` and returns the HTTP
        answer (status, headers) together with its parsed body.

        Args:
            model: See the server's API documentation.
            prompt: A string only (arrays are a 400 bind error).
            frequency_penalty: See the server's API documentation.
            max_tokens: See the server's API documentation.
            presence_penalty: See the server's API documentation.
            seed: See the server's API documentation.
            stop: One stop sequence or several (non-string entries are ignored by chat completions
                and rejected by completions).
            stream_options: See the server's API documentation.
            temperature: 1 when not sent.
            top_p: 1 when not sent or 0.
            suffix: Text after the insertion point (the model needs `insert`).
            logprobs: Read as `top_logprobs` when > 0; the answer carries no log probabilities.
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
            (or `parse()`) gives the `AsyncEventStream` of `OpenAICompletionChunk` events, read from
            the open response.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
            StreamError: While iterating: the server sent an error event.
            IncompleteStreamError: While iterating: the stream ended before its last event.
        """
        await self._client._loop_client()  # the first call prepares the client (models included) off the loop
        from .models.open_ai_completion import OpenAICompletion  # noqa: PLC0415
        from .models.open_ai_completion_chunk import OpenAICompletionChunk  # noqa: PLC0415

        body = build_body(
            (
                ("model", model),
                ("prompt", prompt),
                ("frequency_penalty", frequency_penalty),
                ("max_tokens", max_tokens),
                ("presence_penalty", presence_penalty),
                ("seed", seed),
                ("stop", stop),
                ("stream_options", stream_options),
                ("temperature", temperature),
                ("top_p", top_p),
                ("suffix", suffix),
                ("logprobs", logprobs),
                ("_debug_render_only", debug_render_only),
            ),
            extra_body,
        )
        body["stream"] = True

        stream = await self._client.stream_events(
            "POST",
            "/v1/completions",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            parse=OpenAICompletionChunk.from_dict,
            collect_parse=OpenAICompletion.from_dict,
            merge=merge_openai_completion,
            decoder=SSEEventDecoder(done_sentinel=True),
        )
        return RawResponse(stream.response, _value(stream))

    async def openai_embeddings(
        self,
        model: str,
        input: str | Sequence[str],
        *,
        dimensions: int | None = None,
        encoding_format: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[OpenAIEmbeddingList]:
        """OpenAI embeddings (translated to the native embed).

        Sends the same request as `AsyncClient.openai_embeddings` and returns the HTTP answer
        (status, headers) together with its parsed body.

        Args:
            input: A string or a non-empty array of strings.
            model: See the server's API documentation.
            dimensions: Truncate to this many dimensions and re-normalise (0 keeps them all).
            encoding_format: `float` (the default) or `base64` (little-endian float32),
                case-insensitive; anything else is 400.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `OpenAIEmbeddingList`.

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
                ("input", input),
                ("model", model),
                ("dimensions", dimensions),
                ("encoding_format", encoding_format),
            ),
            extra_body,
        )

        response = await self._client.request(
            "POST",
            "/v1/embeddings",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.open_ai_embedding_list import OpenAIEmbeddingList  # noqa: PLC0415

        return RawResponse(response, _model(OpenAIEmbeddingList.from_dict))

    async def openai_list_models(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[OpenAIModelList]:
        """OpenAI model list (translated from the native list).

        Sends the same request as `AsyncClient.openai_list_models` and returns the HTTP answer
        (status, headers) together with its parsed body.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `OpenAIModelList`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """

        response = await self._client.request(
            "GET", "/v1/models", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.open_ai_model_list import OpenAIModelList  # noqa: PLC0415

        return RawResponse(response, _model(OpenAIModelList.from_dict))

    async def openai_retrieve_model(
        self,
        model: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[OpenAIModel]:
        """OpenAI model object (translated from the native show).

        Sends the same request as `AsyncClient.openai_retrieve_model` and returns the HTTP answer
        (status, headers) together with its parsed body.

        Args:
            model: The `model` path segment (escaped).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `OpenAIModel`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """

        response = await self._client.request(
            "GET",
            f"/v1/models/{path_param(model)}",
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.open_ai_model import OpenAIModel  # noqa: PLC0415

        return RawResponse(response, _model(OpenAIModel.from_dict))

    async def openai_responses(
        self,
        model: str,
        input: str | Sequence[OpenAIResponsesInputItem | Mapping[str, Any]] | None = None,
        *,
        background: bool | None = None,
        conversation: Any | None = None,
        include: Sequence[str] | None = None,
        instructions: str | None = None,
        max_output_tokens: int | None = None,
        reasoning: OpenAIResponsesReasoning | Mapping[str, Any] | None = None,
        temperature: float | None = None,
        text: OpenAIResponsesText | Mapping[str, Any] | None = None,
        top_p: float | None = None,
        truncation: str | None = None,
        tools: Sequence[OpenAIResponsesTool | Mapping[str, Any]] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[OpenAIResponse]:
        """OpenAI Responses API (translated to the native chat).

        Sends the same request as `AsyncClient.openai_responses` and returns the HTTP answer
        (status, headers) together with its parsed body.

        Args:
            model: See the server's API documentation.
            background: Echoed, not acted on.
            conversation: Read and ignored (any JSON).
            include: Read and ignored.
            input: A string (one user message) or a list of items; absent gives an empty
                conversation.
            instructions: Becomes a leading system message.
            max_output_tokens: See the server's API documentation.
            reasoning: See the server's API documentation.
            temperature: See the server's API documentation.
            text: See the server's API documentation.
            top_p: See the server's API documentation.
            truncation: Echoed (`disabled` when not sent); not acted on.
            tools: See the server's API documentation.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `OpenAIResponse`.

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
                ("background", background),
                ("conversation", conversation),
                ("include", include),
                ("input", input),
                ("instructions", instructions),
                ("max_output_tokens", max_output_tokens),
                ("reasoning", reasoning),
                ("temperature", temperature),
                ("text", text),
                ("top_p", top_p),
                ("truncation", truncation),
                ("tools", tools),
            ),
            extra_body,
        )
        body["stream"] = False

        response = await self._client.request(
            "POST",
            "/v1/responses",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.open_ai_response import OpenAIResponse  # noqa: PLC0415

        return RawResponse(response, _model(OpenAIResponse.from_dict))

    async def openai_responses_stream(
        self,
        model: str,
        input: str | Sequence[OpenAIResponsesInputItem | Mapping[str, Any]] | None = None,
        *,
        background: bool | None = None,
        conversation: Any | None = None,
        include: Sequence[str] | None = None,
        instructions: str | None = None,
        max_output_tokens: int | None = None,
        reasoning: OpenAIResponsesReasoning | Mapping[str, Any] | None = None,
        temperature: float | None = None,
        text: OpenAIResponsesText | Mapping[str, Any] | None = None,
        top_p: float | None = None,
        truncation: str | None = None,
        tools: Sequence[OpenAIResponsesTool | Mapping[str, Any]] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AsyncEventStream[OpenAIResponsesStreamEvent, OpenAIResponse]]:
        """OpenAI Responses API (translated to the native chat).

        Sends the same request as `AsyncClient.openai_responses_stream` and returns the HTTP answer
        (status, headers) together with its parsed body.

        Args:
            model: See the server's API documentation.
            background: Echoed, not acted on.
            conversation: Read and ignored (any JSON).
            include: Read and ignored.
            input: A string (one user message) or a list of items; absent gives an empty
                conversation.
            instructions: Becomes a leading system message.
            max_output_tokens: See the server's API documentation.
            reasoning: See the server's API documentation.
            temperature: See the server's API documentation.
            text: See the server's API documentation.
            top_p: See the server's API documentation.
            truncation: Echoed (`disabled` when not sent); not acted on.
            tools: See the server's API documentation.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the `AsyncEventStream` of `OpenAIResponsesStreamEvent` events, read
            from the open response.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
            StreamError: While iterating: the server sent an error event.
            IncompleteStreamError: While iterating: the stream ended before its last event.
        """
        await self._client._loop_client()  # the first call prepares the client (models included) off the loop
        from ._events import parse_openai_responses_event  # noqa: PLC0415
        from .models.open_ai_response import OpenAIResponse  # noqa: PLC0415

        body = build_body(
            (
                ("model", model),
                ("background", background),
                ("conversation", conversation),
                ("include", include),
                ("input", input),
                ("instructions", instructions),
                ("max_output_tokens", max_output_tokens),
                ("reasoning", reasoning),
                ("temperature", temperature),
                ("text", text),
                ("top_p", top_p),
                ("truncation", truncation),
                ("tools", tools),
            ),
            extra_body,
        )
        body["stream"] = True

        stream = await self._client.stream_events(
            "POST",
            "/v1/responses",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            parse=parse_openai_responses_event,
            collect_parse=OpenAIResponse.from_dict,
            merge=merge_openai_response,
            decoder=SSEEventDecoder(final_events=("response.completed",)),
        )
        return RawResponse(stream.response, _value(stream))

    async def openai_audio_transcriptions(
        self,
        model: str,
        file: bytes | PurePath | IO[bytes],
        *,
        response_format: str | None = None,
        language: str | None = None,
        prompt: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[OpenAITranscriptionResponse]:
        """OpenAI transcription (a native chat with the audio attached).

        Sends the same request as `AsyncClient.openai_audio_transcriptions` and returns the HTTP
        answer (status, headers) together with its parsed body.

        Args:
            model: See the server's API documentation.
            file: The audio; must not be empty.
            response_format: `text` answers `text/plain`; anything else (`json`, `verbose_json`)
                answers JSON.
            language: Appended to the system prompt.
            prompt: Appended to the system prompt as context.
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `OpenAITranscriptionResponse` (a
            `text/plain` answer fills its `text`).

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        form, files = build_form(
            (
                ("model", model),
                ("response_format", response_format),
                ("language", language),
                ("prompt", prompt),
            ),
            (("file", file),),
        )

        response = await self._client.request(
            "POST",
            "/v1/audio/transcriptions",
            data=form,
            files=files,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.open_ai_transcription_response import OpenAITranscriptionResponse  # noqa: PLC0415

        return RawResponse(response, _model_or_text(OpenAITranscriptionResponse.from_dict, "text"))

    async def anthropic_messages(
        self,
        model: str,
        messages: Sequence[AnthropicMessageParam | Mapping[str, Any]],
        max_tokens: int,
        *,
        system: str | Sequence[AnthropicContentBlock | Mapping[str, Any]] | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        top_k: int | None = None,
        stop_sequences: Sequence[str] | None = None,
        tools: Sequence[AnthropicTool | Mapping[str, Any]] | None = None,
        tool_choice: AnthropicToolChoice | Mapping[str, Any] | None = None,
        thinking: AnthropicThinkingConfig | Mapping[str, Any] | None = None,
        metadata: AnthropicMetadata | Mapping[str, Any] | None = None,
        output_config: AnthropicOutputConfig | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AnthropicMessage]:
        """Anthropic Messages API (translated to the native chat).

        Sends the same request as `AsyncClient.anthropic_messages` and returns the HTTP answer
        (status, headers) together with its parsed body.

        Args:
            model: See the server's API documentation.
            max_tokens: Becomes `num_predict`.
            messages: See the server's API documentation.
            system: A string or text blocks (joined), placed as a leading system message.
            temperature: See the server's API documentation.
            top_p: See the server's API documentation.
            top_k: See the server's API documentation.
            stop_sequences: See the server's API documentation.
            tools: See the server's API documentation.
            tool_choice: Read but not used by the conversion (the model decides).
            thinking: `enabled` sets the native `think: true`, `disabled` `think: false`;
                `budget_tokens` is not used.
            metadata: See the server's API documentation.
            output_config: Without `thinking`, `effort` `low`, `medium`, `high` or `max` (trimmed,
                case-insensitive; `xhigh` reads as `high`) becomes the native `think` level; other
                values are ignored.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the server's answer as a `AnthropicMessage`.

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
                ("max_tokens", max_tokens),
                ("messages", messages),
                ("system", system),
                ("temperature", temperature),
                ("top_p", top_p),
                ("top_k", top_k),
                ("stop_sequences", stop_sequences),
                ("tools", tools),
                ("tool_choice", tool_choice),
                ("thinking", thinking),
                ("metadata", metadata),
                ("output_config", output_config),
            ),
            extra_body,
        )
        body["stream"] = False

        response = await self._client.request(
            "POST",
            "/v1/messages",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        # Imported after the request: an async client imports its models off the loop first.
        from .models.anthropic_message import AnthropicMessage  # noqa: PLC0415

        return RawResponse(response, _model(AnthropicMessage.from_dict))

    async def anthropic_messages_stream(
        self,
        model: str,
        messages: Sequence[AnthropicMessageParam | Mapping[str, Any]],
        max_tokens: int,
        *,
        system: str | Sequence[AnthropicContentBlock | Mapping[str, Any]] | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        top_k: int | None = None,
        stop_sequences: Sequence[str] | None = None,
        tools: Sequence[AnthropicTool | Mapping[str, Any]] | None = None,
        tool_choice: AnthropicToolChoice | Mapping[str, Any] | None = None,
        thinking: AnthropicThinkingConfig | Mapping[str, Any] | None = None,
        metadata: AnthropicMetadata | Mapping[str, Any] | None = None,
        output_config: AnthropicOutputConfig | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AsyncEventStream[AnthropicStreamEvent, AnthropicMessage]]:
        """Anthropic Messages API (translated to the native chat).

        Sends the same request as `AsyncClient.anthropic_messages_stream` and returns the HTTP
        answer (status, headers) together with its parsed body.

        Args:
            model: See the server's API documentation.
            max_tokens: Becomes `num_predict`.
            messages: See the server's API documentation.
            system: A string or text blocks (joined), placed as a leading system message.
            temperature: See the server's API documentation.
            top_p: See the server's API documentation.
            top_k: See the server's API documentation.
            stop_sequences: See the server's API documentation.
            tools: See the server's API documentation.
            tool_choice: Read but not used by the conversion (the model decides).
            thinking: `enabled` sets the native `think: true`, `disabled` `think: false`;
                `budget_tokens` is not used.
            metadata: See the server's API documentation.
            output_config: Without `thinking`, `effort` `low`, `medium`, `high` or `max` (trimmed,
                case-insensitive; `xhigh` reads as `high`) becomes the native `think` level; other
                values are ignored.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed`
            (or `parse()`) gives the `AsyncEventStream` of `AnthropicStreamEvent` events, read from
            the open response.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
            StreamError: While iterating: the server sent an error event.
            IncompleteStreamError: While iterating: the stream ended before its last event.
        """
        await self._client._loop_client()  # the first call prepares the client (models included) off the loop
        from ._events import parse_anthropic_messages_event  # noqa: PLC0415
        from .models.anthropic_message import AnthropicMessage  # noqa: PLC0415

        body = build_body(
            (
                ("model", model),
                ("max_tokens", max_tokens),
                ("messages", messages),
                ("system", system),
                ("temperature", temperature),
                ("top_p", top_p),
                ("top_k", top_k),
                ("stop_sequences", stop_sequences),
                ("tools", tools),
                ("tool_choice", tool_choice),
                ("thinking", thinking),
                ("metadata", metadata),
                ("output_config", output_config),
            ),
            extra_body,
        )
        body["stream"] = True

        stream = await self._client.stream_events(
            "POST",
            "/v1/messages",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            parse=parse_anthropic_messages_event,
            collect_parse=AnthropicMessage.from_dict,
            merge=merge_anthropic_message,
            decoder=SSEEventDecoder(final_events=("message_stop",)),
        )
        return RawResponse(stream.response, _value(stream))


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
        """Liveness probe.

        Answers `Ollama is running` as plain text.

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
        """Liveness probe without a body.

        The probe the official clients use. Headers only (`text/plain`, length 17).

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
        """Server version.

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

    def version_head(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Server version, headers only.

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
        raw_response = self.with_raw_response.version_head(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def status(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> StatusResponse:
        """Cloud status.

        Whether Ollama cloud features (cloud models, web search, account routes) are disabled, and
        by what.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `StatusResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = self.with_raw_response.status(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def generate(
        self,
        model: str,
        prompt: str | None = None,
        suffix: str | None = None,
        *,
        system: str | None = None,
        template: str | None = None,
        context: Sequence[int] | None = None,
        raw: bool | None = None,
        format: FormatKeyword | JsonSchema | Mapping[str, Any] | type[Any] | None = None,
        keep_alive: float | str | None = None,
        images: Sequence[str | bytes | PurePath] | None = None,
        options: Options | Mapping[str, Any] | None = None,
        think: bool | ThinkLevel | None = None,
        truncate: bool | None = None,
        shift: bool | None = None,
        debug_render_only: bool | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GenerateResponse:
        """Generate a completion for a prompt.

        Runs the model on `prompt` (with the model's template unless `raw`).

        Special outcomes, each a single `application/json` object even when streaming: an empty
        `prompt` loads the model (`done_reason: "load"`); an empty `prompt` with `keep_alive: 0`
        unloads it (`done_reason: "unload"`); `_debug_render_only` returns the rendered prompt in
        `_debug_info` without running the model.

        Models named with `:cloud` (or a tag ending in `-cloud`) are proxied to ollama.com; the
        upstream status and body are relayed.

        Sends `stream: false`: the whole answer arrives at once. `generate_stream` sends the same
        request and yields the answer while it is generated.

        Args:
            model: Model name: `[host/][namespace/]model[:tag]`, tag `latest` by default; `:cloud`
                proxies to ollama.com.
            prompt: The prompt. Empty or absent = only load the model (or unload it with
                `keep_alive` 0).
            suffix: Text after the insertion point (fill-in-the-middle); needs the `insert`
                capability.
            system: Replaces the model's system prompt.
            template: Replaces the model's prompt template (Go template syntax; a parse error gives
                500).
            context: The `context` of an earlier response, to continue from it. Deprecated.
            raw: Send `prompt` to the model unformatted. Cannot be combined with `template`,
                `system` or `context` (400). Raw responses carry no `context`.
            format: Constrains the output: `"json"` for any JSON value, or a JSON Schema object for
                structured output. Absent, `null` or `""` = unconstrained. Any other value is
                accepted by the decoder but fails with 500 `invalid format` once the model is
                loaded.
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the
                request; any negative value keeps it loaded until the server stops. Absent or `null`
                = the server default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            images: Images or audio for multimodal models.
            options: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null`
                values skipped. A value of the wrong JSON type is not a 400: the request fails with
                500 (`option "x" must be of type ...`) once the model is scheduled. Integer options
                accept any number and drop the fraction. Changing a runner option (`num_ctx`,
                `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`, `draft_num_predict`)
                reloads the model.
            think: Whether a thinking model reasons before answering: `true`/`false`, or a level.
                Models with the `thinking` capability think when this is absent; models without it
                reject `true` and levels with 400 (`false` is accepted). Other strings are rejected
                with 400.
            truncate: Cut the prompt to fit the context window. Default: true.
            shift: Shift the context when generation reaches its end instead of stopping. Default:
                true.
            debug_render_only: Return the rendered prompt in `_debug_info` without running the
                model.
            logprobs: Return the log probability of each generated token.
            top_logprobs: Also return this many most likely alternatives per token (with
                `logprobs`). 0 to 20 (else 400). Default: 0.
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
            suffix=suffix,
            system=system,
            template=template,
            context=context,
            raw=raw,
            format=format,
            keep_alive=keep_alive,
            images=images,
            options=options,
            think=think,
            truncate=truncate,
            shift=shift,
            debug_render_only=debug_render_only,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
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
        suffix: str | None = None,
        *,
        system: str | None = None,
        template: str | None = None,
        context: Sequence[int] | None = None,
        raw: bool | None = None,
        format: FormatKeyword | JsonSchema | Mapping[str, Any] | type[Any] | None = None,
        keep_alive: float | str | None = None,
        images: Sequence[str | bytes | PurePath] | None = None,
        options: Options | Mapping[str, Any] | None = None,
        think: bool | ThinkLevel | None = None,
        truncate: bool | None = None,
        shift: bool | None = None,
        debug_render_only: bool | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Stream[GenerateResponse]:
        """Generate a completion for a prompt.

        Runs the model on `prompt` (with the model's template unless `raw`).

        Special outcomes, each a single `application/json` object even when streaming: an empty
        `prompt` loads the model (`done_reason: "load"`); an empty `prompt` with `keep_alive: 0`
        unloads it (`done_reason: "unload"`); `_debug_render_only` returns the rendered prompt in
        `_debug_info` without running the model.

        Models named with `:cloud` (or a tag ending in `-cloud`) are proxied to ollama.com; the
        upstream status and body are relayed.

        Sends `stream: true` now and returns a `Stream`; an error status or a failed connection
        raises here, after the retries. Use the stream in a `with` block (or call `close()`) so that
        the connection is released when you stop early.

        The stream yields one `GenerateResponse` per line the server sends. `stream.collect()` reads
        the rest and returns one `GenerateResponse` as `generate` would (the text, thinking and tool
        calls joined and the final statistics).

        Args:
            model: Model name: `[host/][namespace/]model[:tag]`, tag `latest` by default; `:cloud`
                proxies to ollama.com.
            prompt: The prompt. Empty or absent = only load the model (or unload it with
                `keep_alive` 0).
            suffix: Text after the insertion point (fill-in-the-middle); needs the `insert`
                capability.
            system: Replaces the model's system prompt.
            template: Replaces the model's prompt template (Go template syntax; a parse error gives
                500).
            context: The `context` of an earlier response, to continue from it. Deprecated.
            raw: Send `prompt` to the model unformatted. Cannot be combined with `template`,
                `system` or `context` (400). Raw responses carry no `context`.
            format: Constrains the output: `"json"` for any JSON value, or a JSON Schema object for
                structured output. Absent, `null` or `""` = unconstrained. Any other value is
                accepted by the decoder but fails with 500 `invalid format` once the model is
                loaded.
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the
                request; any negative value keeps it loaded until the server stops. Absent or `null`
                = the server default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            images: Images or audio for multimodal models.
            options: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null`
                values skipped. A value of the wrong JSON type is not a 400: the request fails with
                500 (`option "x" must be of type ...`) once the model is scheduled. Integer options
                accept any number and drop the fraction. Changing a runner option (`num_ctx`,
                `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`, `draft_num_predict`)
                reloads the model.
            think: Whether a thinking model reasons before answering: `true`/`false`, or a level.
                Models with the `thinking` capability think when this is absent; models without it
                reject `true` and levels with 400 (`false` is accepted). Other strings are rejected
                with 400.
            truncate: Cut the prompt to fit the context window. Default: true.
            shift: Shift the context when generation reaches its end instead of stopping. Default:
                true.
            debug_render_only: Return the rendered prompt in `_debug_info` without running the
                model.
            logprobs: Return the log probability of each generated token.
            top_logprobs: Also return this many most likely alternatives per token (with
                `logprobs`). 0 to 20 (else 400). Default: 0.
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
            suffix=suffix,
            system=system,
            template=template,
            context=context,
            raw=raw,
            format=format,
            keep_alive=keep_alive,
            images=images,
            options=options,
            think=think,
            truncate=truncate,
            shift=shift,
            debug_render_only=debug_render_only,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def chat(
        self,
        model: str,
        messages: Sequence[Message | Mapping[str, Any]] | None = None,
        *,
        format: FormatKeyword | JsonSchema | Mapping[str, Any] | type[Any] | None = None,
        keep_alive: float | str | None = None,
        tools: Sequence[Tool | Mapping[str, Any] | Callable[..., Any]] | None = None,
        options: Options | Mapping[str, Any] | None = None,
        think: bool | ThinkLevel | None = None,
        truncate: bool | None = None,
        shift: bool | None = None,
        debug_render_only: bool | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ChatResponse:
        """Generate the next message of a chat.

        Renders `messages` (after the model's own Modelfile messages and system prompt) with the
        model's template and generates the assistant's answer.

        Special outcomes, each a single `application/json` object even when streaming: no `messages`
        loads the model (`done_reason: "load"`); no `messages` with `keep_alive: 0` unloads it
        (`done_reason: "unload"`); `_debug_render_only` returns the rendered prompt in
        `_debug_info`.

        Tool calls parsed from the output arrive in `message.tool_calls` (usually in their own chunk
        with empty `content`). Models named with `:cloud` are proxied to ollama.com.

        Sends `stream: false`: the whole answer arrives at once. `chat_stream` sends the same
        request and yields the answer while it is generated.

        Args:
            model: Model name: `[host/][namespace/]model[:tag]`, tag `latest` by default; `:cloud`
                proxies to ollama.com.
            messages: The conversation. Absent or empty = only load the model (or unload it with
                `keep_alive` 0).
            format: Constrains the output: `"json"` for any JSON value, or a JSON Schema object for
                structured output. Absent, `null` or `""` = unconstrained. Any other value is
                accepted by the decoder but fails with 500 `invalid format` once the model is
                loaded.
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the
                request; any negative value keeps it loaded until the server stops. Absent or `null`
                = the server default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            tools: Tools the model may call (needs the `tools` capability when non-empty).
            options: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null`
                values skipped. A value of the wrong JSON type is not a 400: the request fails with
                500 (`option "x" must be of type ...`) once the model is scheduled. Integer options
                accept any number and drop the fraction. Changing a runner option (`num_ctx`,
                `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`, `draft_num_predict`)
                reloads the model.
            think: Whether a thinking model reasons before answering: `true`/`false`, or a level.
                Models with the `thinking` capability think when this is absent; models without it
                reject `true` and levels with 400 (`false` is accepted). Other strings are rejected
                with 400.
            truncate: Drop the oldest messages to fit the context window. Default: true.
            shift: Shift the context when generation reaches its end instead of stopping. Default:
                true.
            debug_render_only: Return the rendered prompt in `_debug_info` without running the
                model.
            logprobs: Return the log probability of each generated token.
            top_logprobs: Also return this many most likely alternatives per token (with
                `logprobs`). 0 to 20 (else 400). Default: 0.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `ChatResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = self.with_raw_response.chat(
            model=model,
            messages=messages,
            format=format,
            keep_alive=keep_alive,
            tools=tools,
            options=options,
            think=think,
            truncate=truncate,
            shift=shift,
            debug_render_only=debug_render_only,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def chat_stream(
        self,
        model: str,
        messages: Sequence[Message | Mapping[str, Any]] | None = None,
        *,
        format: FormatKeyword | JsonSchema | Mapping[str, Any] | type[Any] | None = None,
        keep_alive: float | str | None = None,
        tools: Sequence[Tool | Mapping[str, Any] | Callable[..., Any]] | None = None,
        options: Options | Mapping[str, Any] | None = None,
        think: bool | ThinkLevel | None = None,
        truncate: bool | None = None,
        shift: bool | None = None,
        debug_render_only: bool | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Stream[ChatResponse]:
        """Generate the next message of a chat.

        Renders `messages` (after the model's own Modelfile messages and system prompt) with the
        model's template and generates the assistant's answer.

        Special outcomes, each a single `application/json` object even when streaming: no `messages`
        loads the model (`done_reason: "load"`); no `messages` with `keep_alive: 0` unloads it
        (`done_reason: "unload"`); `_debug_render_only` returns the rendered prompt in
        `_debug_info`.

        Tool calls parsed from the output arrive in `message.tool_calls` (usually in their own chunk
        with empty `content`). Models named with `:cloud` are proxied to ollama.com.

        Sends `stream: true` now and returns a `Stream`; an error status or a failed connection
        raises here, after the retries. Use the stream in a `with` block (or call `close()`) so that
        the connection is released when you stop early.

        The stream yields one `ChatResponse` per line the server sends. `stream.collect()` reads the
        rest and returns one `ChatResponse` as `chat` would (the text, thinking and tool calls
        joined and the final statistics).

        Args:
            model: Model name: `[host/][namespace/]model[:tag]`, tag `latest` by default; `:cloud`
                proxies to ollama.com.
            messages: The conversation. Absent or empty = only load the model (or unload it with
                `keep_alive` 0).
            format: Constrains the output: `"json"` for any JSON value, or a JSON Schema object for
                structured output. Absent, `null` or `""` = unconstrained. Any other value is
                accepted by the decoder but fails with 500 `invalid format` once the model is
                loaded.
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the
                request; any negative value keeps it loaded until the server stops. Absent or `null`
                = the server default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            tools: Tools the model may call (needs the `tools` capability when non-empty).
            options: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null`
                values skipped. A value of the wrong JSON type is not a 400: the request fails with
                500 (`option "x" must be of type ...`) once the model is scheduled. Integer options
                accept any number and drop the fraction. Changing a runner option (`num_ctx`,
                `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`, `draft_num_predict`)
                reloads the model.
            think: Whether a thinking model reasons before answering: `true`/`false`, or a level.
                Models with the `thinking` capability think when this is absent; models without it
                reject `true` and levels with 400 (`false` is accepted). Other strings are rejected
                with 400.
            truncate: Drop the oldest messages to fit the context window. Default: true.
            shift: Shift the context when generation reaches its end instead of stopping. Default:
                true.
            debug_render_only: Return the rendered prompt in `_debug_info` without running the
                model.
            logprobs: Return the log probability of each generated token.
            top_logprobs: Also return this many most likely alternatives per token (with
                `logprobs`). 0 to 20 (else 400). Default: 0.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            A `Stream` of `ChatResponse` chunks.

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
        return self.with_raw_response.chat_stream(
            model=model,
            messages=messages,
            format=format,
            keep_alive=keep_alive,
            tools=tools,
            options=options,
            think=think,
            truncate=truncate,
            shift=shift,
            debug_render_only=debug_render_only,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def embed(
        self,
        model: str,
        input: str | Sequence[str] | None = None,
        truncate: bool | None = None,
        options: Options | Mapping[str, Any] | None = None,
        keep_alive: float | str | None = None,
        dimensions: int | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EmbedResponse:
        """Embed one or more texts.

        Returns one L2-normalised vector per input, in input order. Without input (absent, `null`,
        `""` or `[]`) the model is only loaded (or unloaded with `keep_alive: 0`) and `embeddings`
        is empty. Not streamed. Models named with `:cloud` are proxied to ollama.com.

        Args:
            model: Model name; any model is tried (the runner decides whether it can embed).
            input: One text or a list of texts. Any other JSON type (or a non-string list item) is
                rejected with 400.
            truncate: Cut each input to fit the context window; `false` makes an over-long input a
                400. Default: true.
            dimensions: Cut each vector to this many dimensions and normalise again (ignored unless
                smaller than the model's size).
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the
                request; any negative value keeps it loaded until the server stops. Absent or `null`
                = the server default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            options: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null`
                values skipped. A value of the wrong JSON type is not a 400: the request fails with
                500 (`option "x" must be of type ...`) once the model is scheduled. Integer options
                accept any number and drop the fraction. Changing a runner option (`num_ctx`,
                `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`, `draft_num_predict`)
                reloads the model.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `EmbedResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = self.with_raw_response.embed(
            model=model,
            input=input,
            truncate=truncate,
            dimensions=dimensions,
            keep_alive=keep_alive,
            options=options,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def embeddings(
        self,
        model: str,
        prompt: str | None = None,
        options: Options | Mapping[str, Any] | None = None,
        keep_alive: float | str | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EmbeddingResponse:
        """Embed one text (legacy).

        Deprecated by the server.

        Superseded by `/api/embed`. Returns one vector that is **not** normalised. An empty `prompt`
        only loads the model and returns `embedding: []`.

        Args:
            model: Model name.
            prompt: The text to embed. Empty or absent = only load the model.
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the
                request; any negative value keeps it loaded until the server stops. Absent or `null`
                = the server default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            options: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null`
                values skipped. A value of the wrong JSON type is not a 400: the request fails with
                500 (`option "x" must be of type ...`) once the model is scheduled. Integer options
                accept any number and drop the fraction. Changing a runner option (`num_ctx`,
                `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`, `draft_num_predict`)
                reloads the model.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `EmbeddingResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = self.with_raw_response.embeddings(
            model=model,
            prompt=prompt,
            keep_alive=keep_alive,
            options=options,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def create(
        self,
        model: str | None = None,
        quantize: str | None = None,
        from_: str | None = None,
        files: FileDigestMap | Mapping[str, Any] | None = None,
        adapters: FileDigestMap | Mapping[str, Any] | None = None,
        template: str | None = None,
        license: str | Sequence[str] | None = None,
        system: str | None = None,
        parameters: Options | Mapping[str, Any] | None = None,
        messages: Sequence[Message | Mapping[str, Any]] | None = None,
        *,
        draft_files: FileDigestMap | Mapping[str, Any] | None = None,
        draft_quantize: str | None = None,
        remote_host: str | None = None,
        renderer: str | None = None,
        parser: str | None = None,
        requires: str | None = None,
        info: CreateInfo | Mapping[str, Any] | None = None,
        name: str | None = None,
        quantization: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProgressResponse:
        """Create a model.

        Creates `model` from an existing model (`from`, pulled first if it is not local) or from
        files uploaded with `POST /api/blobs/{digest}` (`files`, `adapters`, `draft_files`), and
        applies the template, system prompt, parameters, messages, license and quantization given.
        Most validation happens before the first progress line and gets a real status; a later
        failure ends the stream with a `StreamErrorLine`.

        Sends `stream: false`: the whole answer arrives at once. `create_stream` sends the same
        request and yields the answer while it is generated.

        Args:
            model: Name of the model to create.
            from_: Existing model to build on (pulled first if it is not local). With a `:cloud`
                name or `remote_host` the new model is a stub that forwards to that host.
            files: File name (a relative slash path without `..`) to the digest (`sha256:<hex>`) of
                a blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors` files are
                converted; `*.gguf` files (or any file with GGUF magic) are imported.
            adapters: File name (a relative slash path without `..`) to the digest (`sha256:<hex>`)
                of a blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors` files are
                converted; `*.gguf` files (or any file with GGUF magic) are imported.
            draft_files: File name (a relative slash path without `..`) to the digest
                (`sha256:<hex>`) of a blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors`
                files are converted; `*.gguf` files (or any file with GGUF magic) are imported.
            quantize: Quantize the weights (only from F16, BF16 or F32 sources): `q4_K_M` (alias
                `q4_K`), `q4_K_S`, `q8_0`, `f16`, `f32`, `bf16`, case-insensitive. Other values fail
                with 500.
            draft_quantize: Quantize the draft model (needs `draft_files`).
            remote_host: Create a stub that forwards to the Ollama at this URL (`ollama.com` means
                `https://ollama.com:443`).
            template: Prompt template (Go template syntax; a parse error gives 400).
            license: One license text or several.
            system: System prompt.
            parameters: Model and runner options. Any subset; the model's Modelfile parameters
                override the server defaults and these override both. Unknown keys are ignored and
                `null` values skipped. A value of the wrong JSON type is not a 400: the request
                fails with 500 (`option "x" must be of type ...`) once the model is scheduled.
                Integer options accept any number and drop the fraction. Changing a runner option
                (`num_ctx`, `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`,
                `draft_num_predict`) reloads the model.
            messages: Messages that start every conversation with the model.
            renderer: Name of a built-in prompt renderer.
            parser: Name of a built-in output parser.
            requires: Minimum Ollama version the model needs.
            info: Overrides of what the server would detect about the model. Wrong types are
                rejected with 400.
            name: Deprecated alias of `model` (used when `model` is empty).
            quantization: Deprecated alias of `quantize`.
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
        raw_response = self.with_raw_response.create(
            model=model,
            from_=from_,
            files=files,
            adapters=adapters,
            draft_files=draft_files,
            quantize=quantize,
            draft_quantize=draft_quantize,
            remote_host=remote_host,
            template=template,
            license=license,
            system=system,
            parameters=parameters,
            messages=messages,
            renderer=renderer,
            parser=parser,
            requires=requires,
            info=info,
            name=name,
            quantization=quantization,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def create_stream(
        self,
        model: str | None = None,
        quantize: str | None = None,
        from_: str | None = None,
        files: FileDigestMap | Mapping[str, Any] | None = None,
        adapters: FileDigestMap | Mapping[str, Any] | None = None,
        template: str | None = None,
        license: str | Sequence[str] | None = None,
        system: str | None = None,
        parameters: Options | Mapping[str, Any] | None = None,
        messages: Sequence[Message | Mapping[str, Any]] | None = None,
        *,
        draft_files: FileDigestMap | Mapping[str, Any] | None = None,
        draft_quantize: str | None = None,
        remote_host: str | None = None,
        renderer: str | None = None,
        parser: str | None = None,
        requires: str | None = None,
        info: CreateInfo | Mapping[str, Any] | None = None,
        name: str | None = None,
        quantization: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Stream[ProgressResponse]:
        """Create a model.

        Creates `model` from an existing model (`from`, pulled first if it is not local) or from
        files uploaded with `POST /api/blobs/{digest}` (`files`, `adapters`, `draft_files`), and
        applies the template, system prompt, parameters, messages, license and quantization given.
        Most validation happens before the first progress line and gets a real status; a later
        failure ends the stream with a `StreamErrorLine`.

        Sends `stream: true` now and returns a `Stream`; an error status or a failed connection
        raises here, after the retries. Use the stream in a `with` block (or call `close()`) so that
        the connection is released when you stop early.

        The stream yields one `ProgressResponse` per line the server sends. `stream.collect()` reads
        the rest and returns one `ProgressResponse` as `create` would (the last progress line).

        Args:
            model: Name of the model to create.
            from_: Existing model to build on (pulled first if it is not local). With a `:cloud`
                name or `remote_host` the new model is a stub that forwards to that host.
            files: File name (a relative slash path without `..`) to the digest (`sha256:<hex>`) of
                a blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors` files are
                converted; `*.gguf` files (or any file with GGUF magic) are imported.
            adapters: File name (a relative slash path without `..`) to the digest (`sha256:<hex>`)
                of a blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors` files are
                converted; `*.gguf` files (or any file with GGUF magic) are imported.
            draft_files: File name (a relative slash path without `..`) to the digest
                (`sha256:<hex>`) of a blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors`
                files are converted; `*.gguf` files (or any file with GGUF magic) are imported.
            quantize: Quantize the weights (only from F16, BF16 or F32 sources): `q4_K_M` (alias
                `q4_K`), `q4_K_S`, `q8_0`, `f16`, `f32`, `bf16`, case-insensitive. Other values fail
                with 500.
            draft_quantize: Quantize the draft model (needs `draft_files`).
            remote_host: Create a stub that forwards to the Ollama at this URL (`ollama.com` means
                `https://ollama.com:443`).
            template: Prompt template (Go template syntax; a parse error gives 400).
            license: One license text or several.
            system: System prompt.
            parameters: Model and runner options. Any subset; the model's Modelfile parameters
                override the server defaults and these override both. Unknown keys are ignored and
                `null` values skipped. A value of the wrong JSON type is not a 400: the request
                fails with 500 (`option "x" must be of type ...`) once the model is scheduled.
                Integer options accept any number and drop the fraction. Changing a runner option
                (`num_ctx`, `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`,
                `draft_num_predict`) reloads the model.
            messages: Messages that start every conversation with the model.
            renderer: Name of a built-in prompt renderer.
            parser: Name of a built-in output parser.
            requires: Minimum Ollama version the model needs.
            info: Overrides of what the server would detect about the model. Wrong types are
                rejected with 400.
            name: Deprecated alias of `model` (used when `model` is empty).
            quantization: Deprecated alias of `quantize`.
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
        return self.with_raw_response.create_stream(
            model=model,
            from_=from_,
            files=files,
            adapters=adapters,
            draft_files=draft_files,
            quantize=quantize,
            draft_quantize=draft_quantize,
            remote_host=remote_host,
            template=template,
            license=license,
            system=system,
            parameters=parameters,
            messages=messages,
            renderer=renderer,
            parser=parser,
            requires=requires,
            info=info,
            name=name,
            quantization=quantization,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def create_blob(
        self,
        digest: str,
        content: bytes | Iterable[bytes],
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Upload a blob.

        Stores the raw request body as a blob for `create`'s `files`, `adapters` and `draft_files`.
        When the blob already exists the body is not read and the answer is 200. Otherwise the body
        is hashed and the computed `sha256:<lower-case hex>` must equal the path parameter exactly.

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
        """Check whether a blob exists.

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

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListResponse:
        """List local models.

        All local models, most recently modified first.

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

    def list_head(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """List local models, headers only.

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
        raw_response = self.with_raw_response.list_head(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def show(
        self,
        model: str | None = None,
        *,
        verbose: bool | None = None,
        system: str | None = None,
        options: Options | Mapping[str, Any] | None = None,
        template: str | None = None,
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ShowResponse:
        """Show a model's details.

        Details, template, parameters, Modelfile, GGUF metadata and tensors of a local model. Models
        named with `:cloud` are answered from a cache or proxied to ollama.com.

        Args:
            model: The model.
            verbose: Include the full GGUF arrays in `model_info`/`projector_info` (otherwise they
                are `null`).
            system: Show the Modelfile with this system prompt instead of the model's.
            options: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null`
                values skipped. A value of the wrong JSON type is not a 400: the request fails with
                500 (`option "x" must be of type ...`) once the model is scheduled. Integer options
                accept any number and drop the fraction. Changing a runner option (`num_ctx`,
                `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`, `draft_num_predict`)
                reloads the model.
            template: Ignored.
            name: Deprecated alias of `model` (used when `model` is empty).
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `ShowResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = self.with_raw_response.show(
            model=model,
            verbose=verbose,
            system=system,
            options=options,
            template=template,
            name=name,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def copy(
        self,
        source: str,
        destination: str,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Copy a model.

        Copies `source` to `destination`, overwriting an existing destination.

        Args:
            source: Existing model.
            destination: New name (an existing model of that name is overwritten).
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
        raw_response = self.with_raw_response.copy(
            source=source,
            destination=destination,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        raw_response.parse()

    def delete(
        self,
        model: str | None = None,
        *,
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a model.

        Deletes a local model (a DELETE with a JSON body); layers no other model uses are removed.

        Args:
            model: The model to delete.
            name: Deprecated alias of `model` (used when `model` is empty).
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
            name=name,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        raw_response.parse()

    def pull(
        self,
        model: str | None = None,
        *,
        insecure: bool | None = None,
        username: str | None = None,
        password: str | None = None,
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProgressResponse:
        """Download a model from a registry.

        Pulls `model` from its registry (registry.ollama.ai unless the name has a host). Only an
        invalid name fails before the stream starts; registry and network failures end the stream
        with a `StreamErrorLine` (or give 500 with `stream: false`).

        Sends `stream: false`: the whole answer arrives at once. `pull_stream` sends the same
        request and yields the answer while it is generated.

        Args:
            model: Model name: `[host/][namespace/]model[:tag]`; a `:cloud` name adds a cloud stub.
            insecure: Allow a registry reached over plain `http://`.
            username: Ignored.
            password: Ignored.
            name: Deprecated alias of `model` (used when `model` is empty).
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
            username=username,
            password=password,
            name=name,
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
        username: str | None = None,
        password: str | None = None,
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Stream[ProgressResponse]:
        """Download a model from a registry.

        Pulls `model` from its registry (registry.ollama.ai unless the name has a host). Only an
        invalid name fails before the stream starts; registry and network failures end the stream
        with a `StreamErrorLine` (or give 500 with `stream: false`).

        Sends `stream: true` now and returns a `Stream`; an error status or a failed connection
        raises here, after the retries. Use the stream in a `with` block (or call `close()`) so that
        the connection is released when you stop early.

        The stream yields one `ProgressResponse` per line the server sends. `stream.collect()` reads
        the rest and returns one `ProgressResponse` as `pull` would (the last progress line).

        Args:
            model: Model name: `[host/][namespace/]model[:tag]`; a `:cloud` name adds a cloud stub.
            insecure: Allow a registry reached over plain `http://`.
            username: Ignored.
            password: Ignored.
            name: Deprecated alias of `model` (used when `model` is empty).
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
            username=username,
            password=password,
            name=name,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def push(
        self,
        model: str | None = None,
        *,
        insecure: bool | None = None,
        username: str | None = None,
        password: str | None = None,
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProgressResponse:
        """Upload a model to a registry.

        Pushes a local model to the registry named in its name (registry.ollama.ai by default; the
        server signs the request with its key). Every failure after the name check (unknown model,
        network, registry refusal) ends the stream with a `StreamErrorLine` (or gives 500 with
        `stream: false`).

        Sends `stream: false`: the whole answer arrives at once. `push_stream` sends the same
        request and yields the answer while it is generated.

        Args:
            model: Local model name, including the namespace it is pushed to
                (`<user>/<model>[:tag]`).
            insecure: Allow a registry reached over plain `http://`.
            username: Ignored.
            password: Ignored.
            name: Deprecated alias of `model` (used when `model` is empty).
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
        raw_response = self.with_raw_response.push(
            model=model,
            insecure=insecure,
            username=username,
            password=password,
            name=name,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def push_stream(
        self,
        model: str | None = None,
        *,
        insecure: bool | None = None,
        username: str | None = None,
        password: str | None = None,
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Stream[ProgressResponse]:
        """Upload a model to a registry.

        Pushes a local model to the registry named in its name (registry.ollama.ai by default; the
        server signs the request with its key). Every failure after the name check (unknown model,
        network, registry refusal) ends the stream with a `StreamErrorLine` (or gives 500 with
        `stream: false`).

        Sends `stream: true` now and returns a `Stream`; an error status or a failed connection
        raises here, after the retries. Use the stream in a `with` block (or call `close()`) so that
        the connection is released when you stop early.

        The stream yields one `ProgressResponse` per line the server sends. `stream.collect()` reads
        the rest and returns one `ProgressResponse` as `push` would (the last progress line).

        Args:
            model: Local model name, including the namespace it is pushed to
                (`<user>/<model>[:tag]`).
            insecure: Allow a registry reached over plain `http://`.
            username: Ignored.
            password: Ignored.
            name: Deprecated alias of `model` (used when `model` is empty).
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
        return self.with_raw_response.push_stream(
            model=model,
            insecure=insecure,
            username=username,
            password=password,
            name=name,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def ps(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProcessResponse:
        """List loaded models.

        The models loaded in memory, the one with the longest remaining keep-alive first.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `ProcessResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = self.with_raw_response.ps(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def whoami(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UserResponse:
        """The ollama.com account this server is signed in to.

        Asks ollama.com, signed with this server's key. Takes no request body.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `UserResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = self.with_raw_response.whoami(
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
        """Sign this server out of ollama.com.

        Disconnects this server's public key from its ollama.com account. Takes no request body.

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

    def delete_user_key(
        self,
        encoded_key: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Sign this server out of ollama.com (deprecated alias).

        Deprecated by the server.

        Same handler as `POST /api/signout`; the `encodedKey` path segment is ignored (the server
        always disconnects its own key).

        Args:
            encoded_key: The `encodedKey` path segment (escaped).
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
        raw_response = self.with_raw_response.delete_user_key(
            encoded_key=encoded_key,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        raw_response.parse()

    def web_search(
        self,
        query: str,
        max_results: int | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WebSearchResponse:
        """Search the web through ollama.com (experimental).

        The raw body is forwarded unchanged to ollama.com `/api/web_search`, signed with this
        server's key (a client `Authorization` header is dropped). Only an empty body is rejected
        locally; the upstream status and body are relayed.

        Args:
            query: What to search for.
            max_results: How many results ollama.com should return (it documents 1 to 10, default
                5).
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `WebSearchResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = self.with_raw_response.web_search(
            query=query,
            max_results=max_results,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def web_fetch(
        self,
        url: str,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WebFetchResponse:
        """Fetch a web page through ollama.com (experimental).

        The raw body is forwarded unchanged to ollama.com `/api/web_fetch`, signed with this
        server's key (a client `Authorization` header is dropped). Only an empty body is rejected
        locally; the upstream status and body are relayed.

        Args:
            url: The page to fetch.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `WebFetchResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = self.with_raw_response.web_fetch(
            url=url,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def model_recommendations(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ModelRecommendationsResponse:
        """Recommended models (experimental).

        Served from a cache refreshed from ollama.com, falling back to a built-in list.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `ModelRecommendationsResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = self.with_raw_response.model_recommendations(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def openai_chat_completions(
        self,
        model: str,
        messages: Sequence[OpenAIChatMessage | Mapping[str, Any]],
        *,
        stream_options: OpenAIStreamOptions | Mapping[str, Any] | None = None,
        max_tokens: int | None = None,
        seed: int | None = None,
        stop: str | Sequence[str] | None = None,
        temperature: float | None = None,
        frequency_penalty: float | None = None,
        presence_penalty: float | None = None,
        top_p: float | None = None,
        response_format: OpenAIResponseFormat | Mapping[str, Any] | None = None,
        tools: Sequence[Tool | Mapping[str, Any] | Callable[..., Any]] | None = None,
        reasoning: OpenAIReasoning | Mapping[str, Any] | None = None,
        reasoning_effort: OpenAIReasoningEffort | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        debug_render_only: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenAIChatCompletion:
        """OpenAI chat completion (translated to the native chat).

        Translates the request into a native `chat` request (`openai.FromChatRequest`) and rewrites
        the answer. `temperature` and `top_p` are 1 when not sent. `max_completion_tokens`, `n`,
        `tool_choice`, `logit_bias`, `user`, `parallel_tool_calls` and every other field not listed
        in `OpenAIChatCompletionRequest` are ignored. `stream: true` answers `text/event-stream`.

        Models named with `:cloud` are passed through to ollama.com before any translation: their
        errors keep Ollama's native shape (`ErrorResponse`).

        Sends `stream: false`: the whole answer arrives at once. `openai_chat_completions_stream`
        sends the same request and yields the answer while it is generated.

        Args:
            model: The model name (`model is required` when empty).
            messages: The conversation (`[] is too short - 'messages'` when empty).
            stream_options: See the server's API documentation.
            max_tokens: Becomes `num_predict`. (`max_completion_tokens` is not read.)
            seed: See the server's API documentation.
            stop: One stop sequence or several (non-string entries are ignored by chat completions
                and rejected by completions).
            temperature: 1 when not sent (not the model's own default).
            frequency_penalty: See the server's API documentation.
            presence_penalty: See the server's API documentation.
            top_p: 1 when not sent.
            response_format: `json_object` becomes `format: "json"`, `json_schema` becomes `format:
                <json_schema.schema>`; other types are ignored.
            tools: Native tool definitions (`api.Tool`); a model without tool support answers 400.
            reasoning: Takes precedence over `reasoning_effort`.
            reasoning_effort: Becomes the native `think`: `none` → false, `minimal` → `low`,
                `low`/`medium`/`high`/`max` as is, `xhigh`/`ultra` → `max`; `""` leaves it unset.
                Other values are `400 invalid reasoning value`; a model without thinking answers 400
                for any value but `""`.
            logprobs: See the server's API documentation.
            top_logprobs: Alternatives per token (0-20, checked by the native handler).
            debug_render_only: Ollama only; answers the rendered prompt in `_debug_info` without
                generating.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `OpenAIChatCompletion`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = self.with_raw_response.openai_chat_completions(
            model=model,
            messages=messages,
            stream_options=stream_options,
            max_tokens=max_tokens,
            seed=seed,
            stop=stop,
            temperature=temperature,
            frequency_penalty=frequency_penalty,
            presence_penalty=presence_penalty,
            top_p=top_p,
            response_format=response_format,
            tools=tools,
            reasoning=reasoning,
            reasoning_effort=reasoning_effort,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
            debug_render_only=debug_render_only,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def openai_chat_completions_stream(
        self,
        model: str,
        messages: Sequence[OpenAIChatMessage | Mapping[str, Any]],
        *,
        stream_options: OpenAIStreamOptions | Mapping[str, Any] | None = None,
        max_tokens: int | None = None,
        seed: int | None = None,
        stop: str | Sequence[str] | None = None,
        temperature: float | None = None,
        frequency_penalty: float | None = None,
        presence_penalty: float | None = None,
        top_p: float | None = None,
        response_format: OpenAIResponseFormat | Mapping[str, Any] | None = None,
        tools: Sequence[Tool | Mapping[str, Any] | Callable[..., Any]] | None = None,
        reasoning: OpenAIReasoning | Mapping[str, Any] | None = None,
        reasoning_effort: OpenAIReasoningEffort | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        debug_render_only: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EventStream[OpenAIChatCompletionChunk, OpenAIChatCompletion]:
        """OpenAI chat completion (translated to the native chat).

        Translates the request into a native `chat` request (`openai.FromChatRequest`) and rewrites
        the answer. `temperature` and `top_p` are 1 when not sent. `max_completion_tokens`, `n`,
        `tool_choice`, `logit_bias`, `user`, `parallel_tool_calls` and every other field not listed
        in `OpenAIChatCompletionRequest` are ignored. `stream: true` answers `text/event-stream`.

        Models named with `:cloud` are passed through to ollama.com before any translation: their
        errors keep Ollama's native shape (`ErrorResponse`).

        Sends `stream: true` now and returns an `EventStream`; an error status or a failed
        connection raises here, after the retries. Use the stream in a `with` block (or call
        `close()`) so that the connection is released when you stop early.

        The stream yields one `OpenAIChatCompletionChunk` per Server-Sent Event; the server's `data:
        [DONE]` event ends it (it is not yielded). `stream.collect()` reads the rest and returns the
        `OpenAIChatCompletion` that `openai_chat_completions` returns for the same request (text and
        tool calls joined, the finish reason and usage from the end).

        Args:
            model: The model name (`model is required` when empty).
            messages: The conversation (`[] is too short - 'messages'` when empty).
            stream_options: See the server's API documentation.
            max_tokens: Becomes `num_predict`. (`max_completion_tokens` is not read.)
            seed: See the server's API documentation.
            stop: One stop sequence or several (non-string entries are ignored by chat completions
                and rejected by completions).
            temperature: 1 when not sent (not the model's own default).
            frequency_penalty: See the server's API documentation.
            presence_penalty: See the server's API documentation.
            top_p: 1 when not sent.
            response_format: `json_object` becomes `format: "json"`, `json_schema` becomes `format:
                <json_schema.schema>`; other types are ignored.
            tools: Native tool definitions (`api.Tool`); a model without tool support answers 400.
            reasoning: Takes precedence over `reasoning_effort`.
            reasoning_effort: Becomes the native `think`: `none` → false, `minimal` → `low`,
                `low`/`medium`/`high`/`max` as is, `xhigh`/`ultra` → `max`; `""` leaves it unset.
                Other values are `400 invalid reasoning value`; a model without thinking answers 400
                for any value but `""`.
            logprobs: See the server's API documentation.
            top_logprobs: Alternatives per token (0-20, checked by the native handler).
            debug_render_only: Ollama only; answers the rendered prompt in `_debug_info` without
                generating.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            An `EventStream` of `OpenAIChatCompletionChunk` events.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
            StreamError: While iterating: the server sent an error event.
            IncompleteStreamError: While iterating: the stream ended before its last event.
        """
        return self.with_raw_response.openai_chat_completions_stream(
            model=model,
            messages=messages,
            stream_options=stream_options,
            max_tokens=max_tokens,
            seed=seed,
            stop=stop,
            temperature=temperature,
            frequency_penalty=frequency_penalty,
            presence_penalty=presence_penalty,
            top_p=top_p,
            response_format=response_format,
            tools=tools,
            reasoning=reasoning,
            reasoning_effort=reasoning_effort,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
            debug_render_only=debug_render_only,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def openai_completions(
        self,
        model: str,
        prompt: str | None = None,
        *,
        frequency_penalty: float | None = None,
        max_tokens: int | None = None,
        presence_penalty: float | None = None,
        seed: int | None = None,
        stop: str | Sequence[str] | None = None,
        stream_options: OpenAIStreamOptions | Mapping[str, Any] | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        suffix: str | None = None,
        logprobs: int | None = None,
        debug_render_only: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenAICompletion:
        """OpenAI text completion (translated to the native generate).

        Translates the request into a native `generate` request (`openai.FromCompleteRequest`).
        `prompt` must be a string. `echo`, `n`, `best_of`, `logit_bias`, `user` are ignored;
        `logprobs` is read but no log probabilities come back. `stream: true` answers
        `text/event-stream`. `:cloud` models are passed through as for chat completions.

        Sends `stream: false`: the whole answer arrives at once. `openai_completions_stream` sends
        the same request and yields the answer while it is generated.

        Args:
            model: See the server's API documentation.
            prompt: A string only (arrays are a 400 bind error).
            frequency_penalty: See the server's API documentation.
            max_tokens: See the server's API documentation.
            presence_penalty: See the server's API documentation.
            seed: See the server's API documentation.
            stop: One stop sequence or several (non-string entries are ignored by chat completions
                and rejected by completions).
            stream_options: See the server's API documentation.
            temperature: 1 when not sent.
            top_p: 1 when not sent or 0.
            suffix: Text after the insertion point (the model needs `insert`).
            logprobs: Read as `top_logprobs` when > 0; the answer carries no log probabilities.
            debug_render_only: See the server's API documentation.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `OpenAICompletion`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = self.with_raw_response.openai_completions(
            model=model,
            prompt=prompt,
            frequency_penalty=frequency_penalty,
            max_tokens=max_tokens,
            presence_penalty=presence_penalty,
            seed=seed,
            stop=stop,
            stream_options=stream_options,
            temperature=temperature,
            top_p=top_p,
            suffix=suffix,
            logprobs=logprobs,
            debug_render_only=debug_render_only,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def openai_completions_stream(
        self,
        model: str,
        prompt: str | None = None,
        *,
        frequency_penalty: float | None = None,
        max_tokens: int | None = None,
        presence_penalty: float | None = None,
        seed: int | None = None,
        stop: str | Sequence[str] | None = None,
        stream_options: OpenAIStreamOptions | Mapping[str, Any] | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        suffix: str | None = None,
        logprobs: int | None = None,
        debug_render_only: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EventStream[OpenAICompletionChunk, OpenAICompletion]:
        """OpenAI text completion (translated to the native generate).

        Translates the request into a native `generate` request (`openai.FromCompleteRequest`).
        `prompt` must be a string. `echo`, `n`, `best_of`, `logit_bias`, `user` are ignored;
        `logprobs` is read but no log probabilities come back. `stream: true` answers
        `text/event-stream`. `:cloud` models are passed through as for chat completions.

        Sends `stream: true` now and returns an `EventStream`; an error status or a failed
        connection raises here, after the retries. Use the stream in a `with` block (or call
        `close()`) so that the connection is released when you stop early.

        The stream yields one `OpenAICompletionChunk` per Server-Sent Event; the server's `data:
        [DONE]` event ends it (it is not yielded). `stream.collect()` reads the rest and returns the
        `OpenAICompletion` that `openai_completions` returns for the same request (text and tool
        calls joined, the finish reason and usage from the end).

        Args:
            model: See the server's API documentation.
            prompt: A string only (arrays are a 400 bind error).
            frequency_penalty: See the server's API documentation.
            max_tokens: See the server's API documentation.
            presence_penalty: See the server's API documentation.
            seed: See the server's API documentation.
            stop: One stop sequence or several (non-string entries are ignored by chat completions
                and rejected by completions).
            stream_options: See the server's API documentation.
            temperature: 1 when not sent.
            top_p: 1 when not sent or 0.
            suffix: Text after the insertion point (the model needs `insert`).
            logprobs: Read as `top_logprobs` when > 0; the answer carries no log probabilities.
            debug_render_only: See the server's API documentation.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            An `EventStream` of `OpenAICompletionChunk` events.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
            StreamError: While iterating: the server sent an error event.
            IncompleteStreamError: While iterating: the stream ended before its last event.
        """
        return self.with_raw_response.openai_completions_stream(
            model=model,
            prompt=prompt,
            frequency_penalty=frequency_penalty,
            max_tokens=max_tokens,
            presence_penalty=presence_penalty,
            seed=seed,
            stop=stop,
            stream_options=stream_options,
            temperature=temperature,
            top_p=top_p,
            suffix=suffix,
            logprobs=logprobs,
            debug_render_only=debug_render_only,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def openai_embeddings(
        self,
        model: str,
        input: str | Sequence[str],
        *,
        dimensions: int | None = None,
        encoding_format: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenAIEmbeddingList:
        """OpenAI embeddings (translated to the native embed).

        Translates the request into a native `embed` request. `input: ""` embeds one empty string;
        `input` missing, `null` or `[]` is `400 invalid input`; token-id arrays are `400 invalid
        input type`. `user` is ignored. `:cloud` models are passed through as for chat completions.

        Args:
            input: A string or a non-empty array of strings.
            model: See the server's API documentation.
            dimensions: Truncate to this many dimensions and re-normalise (0 keeps them all).
            encoding_format: `float` (the default) or `base64` (little-endian float32),
                case-insensitive; anything else is 400.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `OpenAIEmbeddingList`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = self.with_raw_response.openai_embeddings(
            input=input,
            model=model,
            dimensions=dimensions,
            encoding_format=encoding_format,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def openai_list_models(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenAIModelList:
        """OpenAI model list (translated from the native list).

        The local models, newest first, as OpenAI model objects.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `OpenAIModelList`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = self.with_raw_response.openai_list_models(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def openai_retrieve_model(
        self,
        model: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenAIModel:
        """OpenAI model object (translated from the native show).

        `model` is one path segment: a name containing `/` never reaches this route (the router
        answers `404 page not found`). `id` echoes the path parameter unchanged. `:cloud` models are
        passed through to ollama.com; their errors keep Ollama's native shape.

        Args:
            model: The `model` path segment (escaped).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `OpenAIModel`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = self.with_raw_response.openai_retrieve_model(
            model=model,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def openai_responses(
        self,
        model: str,
        input: str | Sequence[OpenAIResponsesInputItem | Mapping[str, Any]] | None = None,
        *,
        background: bool | None = None,
        conversation: Any | None = None,
        include: Sequence[str] | None = None,
        instructions: str | None = None,
        max_output_tokens: int | None = None,
        reasoning: OpenAIResponsesReasoning | Mapping[str, Any] | None = None,
        temperature: float | None = None,
        text: OpenAIResponsesText | Mapping[str, Any] | None = None,
        top_p: float | None = None,
        truncation: str | None = None,
        tools: Sequence[OpenAIResponsesTool | Mapping[str, Any]] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenAIResponse:
        """OpenAI Responses API (translated to the native chat).

        Translates the request into a native `chat` request (`openai.FromResponsesRequest`).
        Stateless: `previous_response_id`, `store`, `metadata`, `tool_choice`,
        `parallel_tool_calls`, `conversation`, `include` and `background` are not acted on, and the
        answer echoes fixed values for several of them. A `Content-Encoding: zstd` body is
        decompressed (at most 8 MiB). `stream: true` answers `text/event-stream` with named events.
        `:cloud` models are passed through as for chat completions.

        Sends `stream: false`: the whole answer arrives at once. `openai_responses_stream` sends the
        same request and yields the answer while it is generated.

        Args:
            model: See the server's API documentation.
            background: Echoed, not acted on.
            conversation: Read and ignored (any JSON).
            include: Read and ignored.
            input: A string (one user message) or a list of items; absent gives an empty
                conversation.
            instructions: Becomes a leading system message.
            max_output_tokens: See the server's API documentation.
            reasoning: See the server's API documentation.
            temperature: See the server's API documentation.
            text: See the server's API documentation.
            top_p: See the server's API documentation.
            truncation: Echoed (`disabled` when not sent); not acted on.
            tools: See the server's API documentation.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `OpenAIResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = self.with_raw_response.openai_responses(
            model=model,
            background=background,
            conversation=conversation,
            include=include,
            input=input,
            instructions=instructions,
            max_output_tokens=max_output_tokens,
            reasoning=reasoning,
            temperature=temperature,
            text=text,
            top_p=top_p,
            truncation=truncation,
            tools=tools,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def openai_responses_stream(
        self,
        model: str,
        input: str | Sequence[OpenAIResponsesInputItem | Mapping[str, Any]] | None = None,
        *,
        background: bool | None = None,
        conversation: Any | None = None,
        include: Sequence[str] | None = None,
        instructions: str | None = None,
        max_output_tokens: int | None = None,
        reasoning: OpenAIResponsesReasoning | Mapping[str, Any] | None = None,
        temperature: float | None = None,
        text: OpenAIResponsesText | Mapping[str, Any] | None = None,
        top_p: float | None = None,
        truncation: str | None = None,
        tools: Sequence[OpenAIResponsesTool | Mapping[str, Any]] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EventStream[OpenAIResponsesStreamEvent, OpenAIResponse]:
        """OpenAI Responses API (translated to the native chat).

        Translates the request into a native `chat` request (`openai.FromResponsesRequest`).
        Stateless: `previous_response_id`, `store`, `metadata`, `tool_choice`,
        `parallel_tool_calls`, `conversation`, `include` and `background` are not acted on, and the
        answer echoes fixed values for several of them. A `Content-Encoding: zstd` body is
        decompressed (at most 8 MiB). `stream: true` answers `text/event-stream` with named events.
        `:cloud` models are passed through as for chat completions.

        Sends `stream: true` now and returns an `EventStream`; an error status or a failed
        connection raises here, after the retries. Use the stream in a `with` block (or call
        `close()`) so that the connection is released when you stop early.

        The stream yields one `OpenAIResponsesStreamEvent` per Server-Sent Event; the
        `response.completed` event is the last one yielded. `stream.collect()` reads the rest and
        returns the `OpenAIResponse` that `openai_responses` returns for the same request (text and
        tool calls joined, the finish reason and usage from the end).

        Args:
            model: See the server's API documentation.
            background: Echoed, not acted on.
            conversation: Read and ignored (any JSON).
            include: Read and ignored.
            input: A string (one user message) or a list of items; absent gives an empty
                conversation.
            instructions: Becomes a leading system message.
            max_output_tokens: See the server's API documentation.
            reasoning: See the server's API documentation.
            temperature: See the server's API documentation.
            text: See the server's API documentation.
            top_p: See the server's API documentation.
            truncation: Echoed (`disabled` when not sent); not acted on.
            tools: See the server's API documentation.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            An `EventStream` of `OpenAIResponsesStreamEvent` events.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
            StreamError: While iterating: the server sent an error event.
            IncompleteStreamError: While iterating: the stream ended before its last event.
        """
        return self.with_raw_response.openai_responses_stream(
            model=model,
            background=background,
            conversation=conversation,
            include=include,
            input=input,
            instructions=instructions,
            max_output_tokens=max_output_tokens,
            reasoning=reasoning,
            temperature=temperature,
            text=text,
            top_p=top_p,
            truncation=truncation,
            tools=tools,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def openai_audio_transcriptions(
        self,
        model: str,
        file: bytes | PurePath | IO[bytes],
        *,
        response_format: str | None = None,
        language: str | None = None,
        prompt: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenAITranscriptionResponse:
        """OpenAI transcription (a native chat with the audio attached).

        Reads a `multipart/form-data` body (at most 25 MiB in memory) and asks the model, by a
        native chat at temperature 0, for the words spoken in `file`. Checked in order: the body is
        multipart, `model` is set, `file` is present, `file` is not empty. The model needs audio
        input; there is no cloud pass-through on this route.

        Args:
            model: See the server's API documentation.
            file: The audio; must not be empty.
            response_format: `text` answers `text/plain`; anything else (`json`, `verbose_json`)
                answers JSON.
            language: Appended to the system prompt.
            prompt: Appended to the system prompt as context.
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `OpenAITranscriptionResponse` (a `text/plain` answer fills its
            `text`).

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = self.with_raw_response.openai_audio_transcriptions(
            model=model,
            file=file,
            response_format=response_format,
            language=language,
            prompt=prompt,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def anthropic_messages(
        self,
        model: str,
        messages: Sequence[AnthropicMessageParam | Mapping[str, Any]],
        max_tokens: int,
        *,
        system: str | Sequence[AnthropicContentBlock | Mapping[str, Any]] | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        top_k: int | None = None,
        stop_sequences: Sequence[str] | None = None,
        tools: Sequence[AnthropicTool | Mapping[str, Any]] | None = None,
        tool_choice: AnthropicToolChoice | Mapping[str, Any] | None = None,
        thinking: AnthropicThinkingConfig | Mapping[str, Any] | None = None,
        metadata: AnthropicMetadata | Mapping[str, Any] | None = None,
        output_config: AnthropicOutputConfig | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AnthropicMessage:
        """Anthropic Messages API (translated to the native chat).

        Translates the request into a native `chat` request (`anthropic.FromMessagesRequest`).
        `model`, a positive `max_tokens` and at least one message are required. The
        `anthropic-version`, `anthropic-beta` and `x-api-key` headers are not read; `metadata` and
        `tool_choice` are ignored; `thinking` (or, without it, `output_config.effort`) sets the
        native `think`, and on a model without thinking it is dropped silently. `stream: true`
        answers `text/event-stream` with named events. `:cloud` models are passed through to
        ollama.com before any translation: their errors keep Ollama's native shape.

        Sends `stream: false`: the whole answer arrives at once. `anthropic_messages_stream` sends
        the same request and yields the answer while it is generated.

        Args:
            model: See the server's API documentation.
            max_tokens: Becomes `num_predict`.
            messages: See the server's API documentation.
            system: A string or text blocks (joined), placed as a leading system message.
            temperature: See the server's API documentation.
            top_p: See the server's API documentation.
            top_k: See the server's API documentation.
            stop_sequences: See the server's API documentation.
            tools: See the server's API documentation.
            tool_choice: Read but not used by the conversion (the model decides).
            thinking: `enabled` sets the native `think: true`, `disabled` `think: false`;
                `budget_tokens` is not used.
            metadata: See the server's API documentation.
            output_config: Without `thinking`, `effort` `low`, `medium`, `high` or `max` (trimmed,
                case-insensitive; `xhigh` reads as `high`) becomes the native `think` level; other
                values are ignored.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `AnthropicMessage`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = self.with_raw_response.anthropic_messages(
            model=model,
            max_tokens=max_tokens,
            messages=messages,
            system=system,
            temperature=temperature,
            top_p=top_p,
            top_k=top_k,
            stop_sequences=stop_sequences,
            tools=tools,
            tool_choice=tool_choice,
            thinking=thinking,
            metadata=metadata,
            output_config=output_config,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def anthropic_messages_stream(
        self,
        model: str,
        messages: Sequence[AnthropicMessageParam | Mapping[str, Any]],
        max_tokens: int,
        *,
        system: str | Sequence[AnthropicContentBlock | Mapping[str, Any]] | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        top_k: int | None = None,
        stop_sequences: Sequence[str] | None = None,
        tools: Sequence[AnthropicTool | Mapping[str, Any]] | None = None,
        tool_choice: AnthropicToolChoice | Mapping[str, Any] | None = None,
        thinking: AnthropicThinkingConfig | Mapping[str, Any] | None = None,
        metadata: AnthropicMetadata | Mapping[str, Any] | None = None,
        output_config: AnthropicOutputConfig | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EventStream[AnthropicStreamEvent, AnthropicMessage]:
        """Anthropic Messages API (translated to the native chat).

        Translates the request into a native `chat` request (`anthropic.FromMessagesRequest`).
        `model`, a positive `max_tokens` and at least one message are required. The
        `anthropic-version`, `anthropic-beta` and `x-api-key` headers are not read; `metadata` and
        `tool_choice` are ignored; `thinking` (or, without it, `output_config.effort`) sets the
        native `think`, and on a model without thinking it is dropped silently. `stream: true`
        answers `text/event-stream` with named events. `:cloud` models are passed through to
        ollama.com before any translation: their errors keep Ollama's native shape.

        Sends `stream: true` now and returns an `EventStream`; an error status or a failed
        connection raises here, after the retries. Use the stream in a `with` block (or call
        `close()`) so that the connection is released when you stop early.

        The stream yields one `AnthropicStreamEvent` per Server-Sent Event; the `message_stop` event
        is the last one yielded. `stream.collect()` reads the rest and returns the
        `AnthropicMessage` that `anthropic_messages` returns for the same request (text and tool
        calls joined, the finish reason and usage from the end).

        Args:
            model: See the server's API documentation.
            max_tokens: Becomes `num_predict`.
            messages: See the server's API documentation.
            system: A string or text blocks (joined), placed as a leading system message.
            temperature: See the server's API documentation.
            top_p: See the server's API documentation.
            top_k: See the server's API documentation.
            stop_sequences: See the server's API documentation.
            tools: See the server's API documentation.
            tool_choice: Read but not used by the conversion (the model decides).
            thinking: `enabled` sets the native `think: true`, `disabled` `think: false`;
                `budget_tokens` is not used.
            metadata: See the server's API documentation.
            output_config: Without `thinking`, `effort` `low`, `medium`, `high` or `max` (trimmed,
                case-insensitive; `xhigh` reads as `high`) becomes the native `think` level; other
                values are ignored.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            An `EventStream` of `AnthropicStreamEvent` events.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
            StreamError: While iterating: the server sent an error event.
            IncompleteStreamError: While iterating: the stream ended before its last event.
        """
        return self.with_raw_response.anthropic_messages_stream(
            model=model,
            max_tokens=max_tokens,
            messages=messages,
            system=system,
            temperature=temperature,
            top_p=top_p,
            top_k=top_k,
            stop_sequences=stop_sequences,
            tools=tools,
            tool_choice=tool_choice,
            thinking=thinking,
            metadata=metadata,
            output_config=output_config,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def load(
        self,
        model: str,
        keep_alive: KeepAlive | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Load `model` into memory, to answer the next request without a cold start.

        Sends an empty `generate` (an empty `embed` for an embedding-only model).

        Args:
            model: The model to load.
            keep_alive: How long it stays loaded: seconds, or a duration such as `"10m"`; negative
                keeps it until the server stops. None: the server's default (5 minutes).
            extra_headers: HTTP headers added to these requests only.
            timeout: The requests' timeout in seconds, or an `httpx.Timeout`, instead of the
                client's (a cold load can take minutes).
            max_retries: How many times a request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            None, once the model is loaded.

        Raises:
            NotFoundError: The model is not on the server.
            ResponseError: Another error status (see the `ResponseError` subclasses).
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
        """
        options: dict[str, Any] = {
            "extra_headers": extra_headers,
            "timeout": timeout,
            "max_retries": max_retries,
        }
        try:
            self.generate(model, keep_alive=keep_alive, **options)
        except BadRequestError:
            # "does not support generate": an embedding-only model.
            self.embed(model, keep_alive=keep_alive, **options)

    def unload(
        self,
        model: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Unload `model` from memory now (what `ollama stop` does).

        Args:
            model: The model to unload.
            extra_headers: HTTP headers added to these requests only.
            timeout: The requests' timeout in seconds, or an `httpx.Timeout`, instead of the client's.
            max_retries: How many times a request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            None, once the model is unloaded.

        Raises:
            NotFoundError: The model is not on the server.
            ResponseError: Another error status (see the `ResponseError` subclasses).
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
        """
        options: dict[str, Any] = {
            "extra_headers": extra_headers,
            "timeout": timeout,
            "max_retries": max_retries,
        }
        try:
            self.generate(model, keep_alive=0, **options)
        except BadRequestError:
            self.embed(model, keep_alive=0, **options)

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

    def chat_parse(
        self,
        model: str,
        messages: Sequence[Message | Mapping[str, Any]] | None = None,
        *,
        format: type[T],
        keep_alive: float | str | None = None,
        tools: Sequence[Tool | Mapping[str, Any] | Callable[..., Any]] | None = None,
        options: Options | Mapping[str, Any] | None = None,
        think: bool | ThinkLevel | None = None,
        truncate: bool | None = None,
        shift: bool | None = None,
        debug_render_only: bool | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Parsed[T, ChatResponse]:
        """`chat` with the answer constrained to the JSON Schema of `format` and parsed into it.

        Args:
            format: The type the answer must have: a dataclass, attrs class, TypedDict, pydantic
                model or a type hint such as `list[Point]`; its JSON Schema is sent as `format`.
            model: Model name: `[host/][namespace/]model[:tag]`, tag `latest` by default; `:cloud`
                proxies to ollama.com.
            messages: The conversation. Absent or empty = only load the model (or unload it with
                `keep_alive` 0).
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the
                request; any negative value keeps it loaded until the server stops. Absent or `null`
                = the server default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            tools: Tools the model may call (needs the `tools` capability when non-empty).
            options: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null`
                values skipped. A value of the wrong JSON type is not a 400: the request fails with
                500 (`option "x" must be of type ...`) once the model is scheduled. Integer options
                accept any number and drop the fraction. Changing a runner option (`num_ctx`,
                `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`, `draft_num_predict`)
                reloads the model.
            think: Whether a thinking model reasons before answering: `true`/`false`, or a level.
                Models with the `thinking` capability think when this is absent; models without it
                reject `true` and levels with 400 (`false` is accepted). Other strings are rejected
                with 400.
            truncate: Drop the oldest messages to fit the context window. Default: true.
            shift: Shift the context when generation reaches its end instead of stopping. Default:
                true.
            debug_render_only: Return the rendered prompt in `_debug_info` without running the
                model.
            logprobs: Return the log probability of each generated token.
            top_logprobs: Also return this many most likely alternatives per token (with
                `logprobs`). 0 to 20 (else 400). Default: 0.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            `Parsed(value, response)`: the answer as an instance of `format`, and the whole
            `ChatResponse`.

        Raises:
            StructuredOutputError: The answer is not valid JSON or does not fit `format` (the raw
                text is attached; `done_reason` `"length"` means the token limit cut it off).
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        from ._structured import Parsed, parse_as, schema_of  # noqa: PLC0415

        response = self.chat(
            model=model,
            messages=messages,
            format=schema_of(format),
            keep_alive=keep_alive,
            tools=tools,
            options=options,
            think=think,
            truncate=truncate,
            shift=shift,
            debug_render_only=debug_render_only,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return Parsed(parse_as(format, _answer_text(response.message.content), response=response), response)

    def generate_parse(
        self,
        model: str,
        prompt: str | None = None,
        suffix: str | None = None,
        *,
        format: type[T],
        system: str | None = None,
        template: str | None = None,
        context: Sequence[int] | None = None,
        raw: bool | None = None,
        keep_alive: float | str | None = None,
        images: Sequence[str | bytes | PurePath] | None = None,
        options: Options | Mapping[str, Any] | None = None,
        think: bool | ThinkLevel | None = None,
        truncate: bool | None = None,
        shift: bool | None = None,
        debug_render_only: bool | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Parsed[T, GenerateResponse]:
        """`generate` with the answer constrained to the JSON Schema of `format` and parsed into it.

        Args:
            format: The type the answer must have (see `chat_parse`); its JSON Schema is sent as
                `format`.
            model: Model name: `[host/][namespace/]model[:tag]`, tag `latest` by default; `:cloud`
                proxies to ollama.com.
            prompt: The prompt. Empty or absent = only load the model (or unload it with
                `keep_alive` 0).
            suffix: Text after the insertion point (fill-in-the-middle); needs the `insert`
                capability.
            system: Replaces the model's system prompt.
            template: Replaces the model's prompt template (Go template syntax; a parse error gives
                500).
            context: The `context` of an earlier response, to continue from it. Deprecated.
            raw: Send `prompt` to the model unformatted. Cannot be combined with `template`,
                `system` or `context` (400). Raw responses carry no `context`.
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the
                request; any negative value keeps it loaded until the server stops. Absent or `null`
                = the server default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            images: Images or audio for multimodal models.
            options: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null`
                values skipped. A value of the wrong JSON type is not a 400: the request fails with
                500 (`option "x" must be of type ...`) once the model is scheduled. Integer options
                accept any number and drop the fraction. Changing a runner option (`num_ctx`,
                `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`, `draft_num_predict`)
                reloads the model.
            think: Whether a thinking model reasons before answering: `true`/`false`, or a level.
                Models with the `thinking` capability think when this is absent; models without it
                reject `true` and levels with 400 (`false` is accepted). Other strings are rejected
                with 400.
            truncate: Cut the prompt to fit the context window. Default: true.
            shift: Shift the context when generation reaches its end instead of stopping. Default:
                true.
            debug_render_only: Return the rendered prompt in `_debug_info` without running the
                model.
            logprobs: Return the log probability of each generated token.
            top_logprobs: Also return this many most likely alternatives per token (with
                `logprobs`). 0 to 20 (else 400). Default: 0.
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
            suffix=suffix,
            system=system,
            template=template,
            context=context,
            raw=raw,
            format=schema_of(format),
            keep_alive=keep_alive,
            images=images,
            options=options,
            think=think,
            truncate=truncate,
            shift=shift,
            debug_render_only=debug_render_only,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return Parsed(parse_as(format, _answer_text(response.response), response=response), response)

    def run_tools(
        self,
        model: str,
        messages: Sequence[Message | Mapping[str, Any]],
        tools: Tools,
        *,
        max_rounds: int = 10,
        on_error: OnError = "raise",
        format: FormatKeyword | JsonSchema | Mapping[str, Any] | type[Any] | None = None,
        keep_alive: float | str | None = None,
        options: Options | Mapping[str, Any] | None = None,
        think: bool | ThinkLevel | None = None,
        truncate: bool | None = None,
        shift: bool | None = None,
        debug_render_only: bool | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ToolRun[ChatResponse]:
        """Chat with Python functions as tools until the model answers without calling one.

        Each round sends the conversation with the tools' schemas, runs every call the model makes
        (arguments checked and converted to the annotated types), appends the results as `tool`
        messages and asks again. The other arguments go to every `chat` request.

        Args:
            tools: The functions the model may call: a list (named by `__name__`) or a mapping of
                names to functions; each is described from its signature, type hints and docstring.
            max_rounds: At most this many chat requests.
            on_error: `"raise"`: an unknown tool or bad arguments raise, and an exception inside a
                tool propagates. `"report"`: the problem is sent back to the model as the tool's
                result, and the loop goes on.
            model: Model name: `[host/][namespace/]model[:tag]`, tag `latest` by default; `:cloud`
                proxies to ollama.com.
            messages: The conversation. Absent or empty = only load the model (or unload it with
                `keep_alive` 0).
            format: Constrains the output: `"json"` for any JSON value, or a JSON Schema object for
                structured output. Absent, `null` or `""` = unconstrained. Any other value is
                accepted by the decoder but fails with 500 `invalid format` once the model is
                loaded.
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the
                request; any negative value keeps it loaded until the server stops. Absent or `null`
                = the server default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            options: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null`
                values skipped. A value of the wrong JSON type is not a 400: the request fails with
                500 (`option "x" must be of type ...`) once the model is scheduled. Integer options
                accept any number and drop the fraction. Changing a runner option (`num_ctx`,
                `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`, `draft_num_predict`)
                reloads the model.
            think: Whether a thinking model reasons before answering: `true`/`false`, or a level.
                Models with the `thinking` capability think when this is absent; models without it
                reject `true` and levels with 400 (`false` is accepted). Other strings are rejected
                with 400.
            truncate: Drop the oldest messages to fit the context window. Default: true.
            shift: Shift the context when generation reaches its end instead of stopping. Default:
                true.
            debug_render_only: Return the rendered prompt in `_debug_info` without running the
                model.
            logprobs: Return the log probability of each generated token.
            top_logprobs: Also return this many most likely alternatives per token (with
                `logprobs`). 0 to 20 (else 400). Default: 0.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            `ToolRun(response, messages)`: the last `ChatResponse` (without tool calls) and the
            whole conversation.

        Raises:
            UnknownToolError: With `on_error="raise"`: the model called a tool that was not given.
            ToolArgumentsError: With `on_error="raise"`: a call's arguments do not fit the function.
            ToolLoopLimitError: The model still asked for tools after `max_rounds` requests.
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        from ._tools import run_tools  # noqa: PLC0415

        return run_tools(
            self,
            model,
            messages,
            tools,
            max_rounds=max_rounds,
            on_error=on_error,
            format=format,
            keep_alive=keep_alive,
            options=options,
            think=think,
            truncate=truncate,
            shift=shift,
            debug_render_only=debug_render_only,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create_from_files(
        self,
        model: str,
        files: FilesArg,
        *,
        adapters: FilesArg | None = None,
        progress: ProgressArg = None,
        chunk_size: int | None = None,
        from_: str | None = None,
        draft_files: FileDigestMap | Mapping[str, Any] | None = None,
        quantize: str | None = None,
        draft_quantize: str | None = None,
        remote_host: str | None = None,
        template: str | None = None,
        license: str | Sequence[str] | None = None,
        system: str | None = None,
        parameters: Options | Mapping[str, Any] | None = None,
        messages: Sequence[Message | Mapping[str, Any]] | None = None,
        renderer: str | None = None,
        parser: str | None = None,
        requires: str | None = None,
        info: CreateInfo | Mapping[str, Any] | None = None,
        name: str | None = None,
        quantization: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProgressResponse:
        """Create `model` from local files: hash them, upload the blobs the server lacks (streamed, never whole in memory) and run `create`.

        Args:
            files: Local GGUF or safetensors files: a list (named by their base names) or a mapping
                of names to paths.
            adapters: LoRA adapter files, given the same way.
            progress: True: progress bars (rich when installed, else text); a callable: called with
                each `ProgressUpdate`; None or False: quiet.
            chunk_size: The size of the pieces files are read, hashed and uploaded in.
            model: Name of the model to create.
            from_: Existing model to build on (pulled first if it is not local). With a `:cloud`
                name or `remote_host` the new model is a stub that forwards to that host.
            draft_files: File name (a relative slash path without `..`) to the digest
                (`sha256:<hex>`) of a blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors`
                files are converted; `*.gguf` files (or any file with GGUF magic) are imported.
            quantize: Quantize the weights (only from F16, BF16 or F32 sources): `q4_K_M` (alias
                `q4_K`), `q4_K_S`, `q8_0`, `f16`, `f32`, `bf16`, case-insensitive. Other values fail
                with 500.
            draft_quantize: Quantize the draft model (needs `draft_files`).
            remote_host: Create a stub that forwards to the Ollama at this URL (`ollama.com` means
                `https://ollama.com:443`).
            template: Prompt template (Go template syntax; a parse error gives 400).
            license: One license text or several.
            system: System prompt.
            parameters: Model and runner options. Any subset; the model's Modelfile parameters
                override the server defaults and these override both. Unknown keys are ignored and
                `null` values skipped. A value of the wrong JSON type is not a 400: the request
                fails with 500 (`option "x" must be of type ...`) once the model is scheduled.
                Integer options accept any number and drop the fraction. Changing a runner option
                (`num_ctx`, `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`,
                `draft_num_predict`) reloads the model.
            messages: Messages that start every conversation with the model.
            renderer: Name of a built-in prompt renderer.
            parser: Name of a built-in output parser.
            requires: Minimum Ollama version the model needs.
            info: Overrides of what the server would detect about the model. Wrong types are
                rejected with 400.
            name: Deprecated alias of `model` (used when `model` is empty).
            quantization: Deprecated alias of `quantize`.
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
            FileNotFoundError: A file does not exist.
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        from ._files import create_from_files  # noqa: PLC0415

        result: ProgressResponse = create_from_files(
            self,
            model,
            files,
            adapters=adapters,
            progress=progress,
            chunk_size=chunk_size,
            from_=from_,
            draft_files=draft_files,
            quantize=quantize,
            draft_quantize=draft_quantize,
            remote_host=remote_host,
            template=template,
            license=license,
            system=system,
            parameters=parameters,
            messages=messages,
            renderer=renderer,
            parser=parser,
            requires=requires,
            info=info,
            name=name,
            quantization=quantization,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return result

    def pull_with_progress(
        self,
        model: str | None = None,
        *,
        progress: ProgressArg = True,
        retries: int = 3,
        insecure: bool | None = None,
        username: str | None = None,
        password: str | None = None,
        name: str | None = None,
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
            model: Model name: `[host/][namespace/]model[:tag]`; a `:cloud` name adds a cloud stub.
            insecure: Allow a registry reached over plain `http://`.
            username: Ignored.
            password: Ignored.
            name: Deprecated alias of `model` (used when `model` is empty).
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
            username=username,
            password=password,
            name=name,
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
        """Liveness probe.

        Answers `Ollama is running` as plain text.

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
        """Liveness probe without a body.

        The probe the official clients use. Headers only (`text/plain`, length 17).

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
        """Server version.

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

    async def version_head(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Server version, headers only.

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
        raw_response = await self.with_raw_response.version_head(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    async def status(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> StatusResponse:
        """Cloud status.

        Whether Ollama cloud features (cloud models, web search, account routes) are disabled, and
        by what.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `StatusResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = await self.with_raw_response.status(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    async def generate(
        self,
        model: str,
        prompt: str | None = None,
        suffix: str | None = None,
        *,
        system: str | None = None,
        template: str | None = None,
        context: Sequence[int] | None = None,
        raw: bool | None = None,
        format: FormatKeyword | JsonSchema | Mapping[str, Any] | type[Any] | None = None,
        keep_alive: float | str | None = None,
        images: Sequence[str | bytes | PurePath] | None = None,
        options: Options | Mapping[str, Any] | None = None,
        think: bool | ThinkLevel | None = None,
        truncate: bool | None = None,
        shift: bool | None = None,
        debug_render_only: bool | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GenerateResponse:
        """Generate a completion for a prompt.

        Runs the model on `prompt` (with the model's template unless `raw`).

        Special outcomes, each a single `application/json` object even when streaming: an empty
        `prompt` loads the model (`done_reason: "load"`); an empty `prompt` with `keep_alive: 0`
        unloads it (`done_reason: "unload"`); `_debug_render_only` returns the rendered prompt in
        `_debug_info` without running the model.

        Models named with `:cloud` (or a tag ending in `-cloud`) are proxied to ollama.com; the
        upstream status and body are relayed.

        Sends `stream: false`: the whole answer arrives at once. `generate_stream` sends the same
        request and yields the answer while it is generated.

        Args:
            model: Model name: `[host/][namespace/]model[:tag]`, tag `latest` by default; `:cloud`
                proxies to ollama.com.
            prompt: The prompt. Empty or absent = only load the model (or unload it with
                `keep_alive` 0).
            suffix: Text after the insertion point (fill-in-the-middle); needs the `insert`
                capability.
            system: Replaces the model's system prompt.
            template: Replaces the model's prompt template (Go template syntax; a parse error gives
                500).
            context: The `context` of an earlier response, to continue from it. Deprecated.
            raw: Send `prompt` to the model unformatted. Cannot be combined with `template`,
                `system` or `context` (400). Raw responses carry no `context`.
            format: Constrains the output: `"json"` for any JSON value, or a JSON Schema object for
                structured output. Absent, `null` or `""` = unconstrained. Any other value is
                accepted by the decoder but fails with 500 `invalid format` once the model is
                loaded.
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the
                request; any negative value keeps it loaded until the server stops. Absent or `null`
                = the server default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            images: Images or audio for multimodal models.
            options: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null`
                values skipped. A value of the wrong JSON type is not a 400: the request fails with
                500 (`option "x" must be of type ...`) once the model is scheduled. Integer options
                accept any number and drop the fraction. Changing a runner option (`num_ctx`,
                `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`, `draft_num_predict`)
                reloads the model.
            think: Whether a thinking model reasons before answering: `true`/`false`, or a level.
                Models with the `thinking` capability think when this is absent; models without it
                reject `true` and levels with 400 (`false` is accepted). Other strings are rejected
                with 400.
            truncate: Cut the prompt to fit the context window. Default: true.
            shift: Shift the context when generation reaches its end instead of stopping. Default:
                true.
            debug_render_only: Return the rendered prompt in `_debug_info` without running the
                model.
            logprobs: Return the log probability of each generated token.
            top_logprobs: Also return this many most likely alternatives per token (with
                `logprobs`). 0 to 20 (else 400). Default: 0.
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
            suffix=suffix,
            system=system,
            template=template,
            context=context,
            raw=raw,
            format=format,
            keep_alive=keep_alive,
            images=images,
            options=options,
            think=think,
            truncate=truncate,
            shift=shift,
            debug_render_only=debug_render_only,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
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
        suffix: str | None = None,
        *,
        system: str | None = None,
        template: str | None = None,
        context: Sequence[int] | None = None,
        raw: bool | None = None,
        format: FormatKeyword | JsonSchema | Mapping[str, Any] | type[Any] | None = None,
        keep_alive: float | str | None = None,
        images: Sequence[str | bytes | PurePath] | None = None,
        options: Options | Mapping[str, Any] | None = None,
        think: bool | ThinkLevel | None = None,
        truncate: bool | None = None,
        shift: bool | None = None,
        debug_render_only: bool | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncStreamRequest[GenerateResponse]:
        """Generate a completion for a prompt.

        Runs the model on `prompt` (with the model's template unless `raw`).

        Special outcomes, each a single `application/json` object even when streaming: an empty
        `prompt` loads the model (`done_reason: "load"`); an empty `prompt` with `keep_alive: 0`
        unloads it (`done_reason: "unload"`); `_debug_render_only` returns the rendered prompt in
        `_debug_info` without running the model.

        Models named with `:cloud` (or a tag ending in `-cloud`) are proxied to ollama.com; the
        upstream status and body are relayed.

        Sends `stream: true`. Returns an `AsyncStreamRequest`: `async with
        client.generate_stream(...) as stream:`, `async for chunk in client.generate_stream(...):`
        and `stream = await client.generate_stream(...)` all send the request; an error status or a
        failed connection raises there, after the retries.

        The stream yields one `GenerateResponse` per line the server sends. `await stream.collect()`
        reads the rest and returns one `GenerateResponse` as `generate` would (the text, thinking
        and tool calls joined and the final statistics).

        Args:
            model: Model name: `[host/][namespace/]model[:tag]`, tag `latest` by default; `:cloud`
                proxies to ollama.com.
            prompt: The prompt. Empty or absent = only load the model (or unload it with
                `keep_alive` 0).
            suffix: Text after the insertion point (fill-in-the-middle); needs the `insert`
                capability.
            system: Replaces the model's system prompt.
            template: Replaces the model's prompt template (Go template syntax; a parse error gives
                500).
            context: The `context` of an earlier response, to continue from it. Deprecated.
            raw: Send `prompt` to the model unformatted. Cannot be combined with `template`,
                `system` or `context` (400). Raw responses carry no `context`.
            format: Constrains the output: `"json"` for any JSON value, or a JSON Schema object for
                structured output. Absent, `null` or `""` = unconstrained. Any other value is
                accepted by the decoder but fails with 500 `invalid format` once the model is
                loaded.
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the
                request; any negative value keeps it loaded until the server stops. Absent or `null`
                = the server default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            images: Images or audio for multimodal models.
            options: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null`
                values skipped. A value of the wrong JSON type is not a 400: the request fails with
                500 (`option "x" must be of type ...`) once the model is scheduled. Integer options
                accept any number and drop the fraction. Changing a runner option (`num_ctx`,
                `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`, `draft_num_predict`)
                reloads the model.
            think: Whether a thinking model reasons before answering: `true`/`false`, or a level.
                Models with the `thinking` capability think when this is absent; models without it
                reject `true` and levels with 400 (`false` is accepted). Other strings are rejected
                with 400.
            truncate: Cut the prompt to fit the context window. Default: true.
            shift: Shift the context when generation reaches its end instead of stopping. Default:
                true.
            debug_render_only: Return the rendered prompt in `_debug_info` without running the
                model.
            logprobs: Return the log probability of each generated token.
            top_logprobs: Also return this many most likely alternatives per token (with
                `logprobs`). 0 to 20 (else 400). Default: 0.
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
                suffix=suffix,
                system=system,
                template=template,
                context=context,
                raw=raw,
                format=format,
                keep_alive=keep_alive,
                images=images,
                options=options,
                think=think,
                truncate=truncate,
                shift=shift,
                debug_render_only=debug_render_only,
                logprobs=logprobs,
                top_logprobs=top_logprobs,
                extra_body=extra_body,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            )
            return raw_response.parse()

        return AsyncStreamRequest(send)

    async def chat(
        self,
        model: str,
        messages: Sequence[Message | Mapping[str, Any]] | None = None,
        *,
        format: FormatKeyword | JsonSchema | Mapping[str, Any] | type[Any] | None = None,
        keep_alive: float | str | None = None,
        tools: Sequence[Tool | Mapping[str, Any] | Callable[..., Any]] | None = None,
        options: Options | Mapping[str, Any] | None = None,
        think: bool | ThinkLevel | None = None,
        truncate: bool | None = None,
        shift: bool | None = None,
        debug_render_only: bool | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ChatResponse:
        """Generate the next message of a chat.

        Renders `messages` (after the model's own Modelfile messages and system prompt) with the
        model's template and generates the assistant's answer.

        Special outcomes, each a single `application/json` object even when streaming: no `messages`
        loads the model (`done_reason: "load"`); no `messages` with `keep_alive: 0` unloads it
        (`done_reason: "unload"`); `_debug_render_only` returns the rendered prompt in
        `_debug_info`.

        Tool calls parsed from the output arrive in `message.tool_calls` (usually in their own chunk
        with empty `content`). Models named with `:cloud` are proxied to ollama.com.

        Sends `stream: false`: the whole answer arrives at once. `chat_stream` sends the same
        request and yields the answer while it is generated.

        Args:
            model: Model name: `[host/][namespace/]model[:tag]`, tag `latest` by default; `:cloud`
                proxies to ollama.com.
            messages: The conversation. Absent or empty = only load the model (or unload it with
                `keep_alive` 0).
            format: Constrains the output: `"json"` for any JSON value, or a JSON Schema object for
                structured output. Absent, `null` or `""` = unconstrained. Any other value is
                accepted by the decoder but fails with 500 `invalid format` once the model is
                loaded.
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the
                request; any negative value keeps it loaded until the server stops. Absent or `null`
                = the server default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            tools: Tools the model may call (needs the `tools` capability when non-empty).
            options: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null`
                values skipped. A value of the wrong JSON type is not a 400: the request fails with
                500 (`option "x" must be of type ...`) once the model is scheduled. Integer options
                accept any number and drop the fraction. Changing a runner option (`num_ctx`,
                `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`, `draft_num_predict`)
                reloads the model.
            think: Whether a thinking model reasons before answering: `true`/`false`, or a level.
                Models with the `thinking` capability think when this is absent; models without it
                reject `true` and levels with 400 (`false` is accepted). Other strings are rejected
                with 400.
            truncate: Drop the oldest messages to fit the context window. Default: true.
            shift: Shift the context when generation reaches its end instead of stopping. Default:
                true.
            debug_render_only: Return the rendered prompt in `_debug_info` without running the
                model.
            logprobs: Return the log probability of each generated token.
            top_logprobs: Also return this many most likely alternatives per token (with
                `logprobs`). 0 to 20 (else 400). Default: 0.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `ChatResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = await self.with_raw_response.chat(
            model=model,
            messages=messages,
            format=format,
            keep_alive=keep_alive,
            tools=tools,
            options=options,
            think=think,
            truncate=truncate,
            shift=shift,
            debug_render_only=debug_render_only,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def chat_stream(
        self,
        model: str,
        messages: Sequence[Message | Mapping[str, Any]] | None = None,
        *,
        format: FormatKeyword | JsonSchema | Mapping[str, Any] | type[Any] | None = None,
        keep_alive: float | str | None = None,
        tools: Sequence[Tool | Mapping[str, Any] | Callable[..., Any]] | None = None,
        options: Options | Mapping[str, Any] | None = None,
        think: bool | ThinkLevel | None = None,
        truncate: bool | None = None,
        shift: bool | None = None,
        debug_render_only: bool | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncStreamRequest[ChatResponse]:
        """Generate the next message of a chat.

        Renders `messages` (after the model's own Modelfile messages and system prompt) with the
        model's template and generates the assistant's answer.

        Special outcomes, each a single `application/json` object even when streaming: no `messages`
        loads the model (`done_reason: "load"`); no `messages` with `keep_alive: 0` unloads it
        (`done_reason: "unload"`); `_debug_render_only` returns the rendered prompt in
        `_debug_info`.

        Tool calls parsed from the output arrive in `message.tool_calls` (usually in their own chunk
        with empty `content`). Models named with `:cloud` are proxied to ollama.com.

        Sends `stream: true`. Returns an `AsyncStreamRequest`: `async with client.chat_stream(...)
        as stream:`, `async for chunk in client.chat_stream(...):` and `stream = await
        client.chat_stream(...)` all send the request; an error status or a failed connection raises
        there, after the retries.

        The stream yields one `ChatResponse` per line the server sends. `await stream.collect()`
        reads the rest and returns one `ChatResponse` as `chat` would (the text, thinking and tool
        calls joined and the final statistics).

        Args:
            model: Model name: `[host/][namespace/]model[:tag]`, tag `latest` by default; `:cloud`
                proxies to ollama.com.
            messages: The conversation. Absent or empty = only load the model (or unload it with
                `keep_alive` 0).
            format: Constrains the output: `"json"` for any JSON value, or a JSON Schema object for
                structured output. Absent, `null` or `""` = unconstrained. Any other value is
                accepted by the decoder but fails with 500 `invalid format` once the model is
                loaded.
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the
                request; any negative value keeps it loaded until the server stops. Absent or `null`
                = the server default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            tools: Tools the model may call (needs the `tools` capability when non-empty).
            options: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null`
                values skipped. A value of the wrong JSON type is not a 400: the request fails with
                500 (`option "x" must be of type ...`) once the model is scheduled. Integer options
                accept any number and drop the fraction. Changing a runner option (`num_ctx`,
                `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`, `draft_num_predict`)
                reloads the model.
            think: Whether a thinking model reasons before answering: `true`/`false`, or a level.
                Models with the `thinking` capability think when this is absent; models without it
                reject `true` and levels with 400 (`false` is accepted). Other strings are rejected
                with 400.
            truncate: Drop the oldest messages to fit the context window. Default: true.
            shift: Shift the context when generation reaches its end instead of stopping. Default:
                true.
            debug_render_only: Return the rendered prompt in `_debug_info` without running the
                model.
            logprobs: Return the log probability of each generated token.
            top_logprobs: Also return this many most likely alternatives per token (with
                `logprobs`). 0 to 20 (else 400). Default: 0.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            An `AsyncStreamRequest` that opens an `AsyncStream` of `ChatResponse` chunks.

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

        async def send() -> AsyncStream[ChatResponse]:
            raw_response = await self.with_raw_response.chat_stream(
                model=model,
                messages=messages,
                format=format,
                keep_alive=keep_alive,
                tools=tools,
                options=options,
                think=think,
                truncate=truncate,
                shift=shift,
                debug_render_only=debug_render_only,
                logprobs=logprobs,
                top_logprobs=top_logprobs,
                extra_body=extra_body,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            )
            return raw_response.parse()

        return AsyncStreamRequest(send)

    async def embed(
        self,
        model: str,
        input: str | Sequence[str] | None = None,
        truncate: bool | None = None,
        options: Options | Mapping[str, Any] | None = None,
        keep_alive: float | str | None = None,
        dimensions: int | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EmbedResponse:
        """Embed one or more texts.

        Returns one L2-normalised vector per input, in input order. Without input (absent, `null`,
        `""` or `[]`) the model is only loaded (or unloaded with `keep_alive: 0`) and `embeddings`
        is empty. Not streamed. Models named with `:cloud` are proxied to ollama.com.

        Args:
            model: Model name; any model is tried (the runner decides whether it can embed).
            input: One text or a list of texts. Any other JSON type (or a non-string list item) is
                rejected with 400.
            truncate: Cut each input to fit the context window; `false` makes an over-long input a
                400. Default: true.
            dimensions: Cut each vector to this many dimensions and normalise again (ignored unless
                smaller than the model's size).
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the
                request; any negative value keeps it loaded until the server stops. Absent or `null`
                = the server default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            options: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null`
                values skipped. A value of the wrong JSON type is not a 400: the request fails with
                500 (`option "x" must be of type ...`) once the model is scheduled. Integer options
                accept any number and drop the fraction. Changing a runner option (`num_ctx`,
                `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`, `draft_num_predict`)
                reloads the model.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `EmbedResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = await self.with_raw_response.embed(
            model=model,
            input=input,
            truncate=truncate,
            dimensions=dimensions,
            keep_alive=keep_alive,
            options=options,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    async def embeddings(
        self,
        model: str,
        prompt: str | None = None,
        options: Options | Mapping[str, Any] | None = None,
        keep_alive: float | str | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EmbeddingResponse:
        """Embed one text (legacy).

        Deprecated by the server.

        Superseded by `/api/embed`. Returns one vector that is **not** normalised. An empty `prompt`
        only loads the model and returns `embedding: []`.

        Args:
            model: Model name.
            prompt: The text to embed. Empty or absent = only load the model.
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the
                request; any negative value keeps it loaded until the server stops. Absent or `null`
                = the server default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            options: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null`
                values skipped. A value of the wrong JSON type is not a 400: the request fails with
                500 (`option "x" must be of type ...`) once the model is scheduled. Integer options
                accept any number and drop the fraction. Changing a runner option (`num_ctx`,
                `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`, `draft_num_predict`)
                reloads the model.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `EmbeddingResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = await self.with_raw_response.embeddings(
            model=model,
            prompt=prompt,
            keep_alive=keep_alive,
            options=options,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    async def create(
        self,
        model: str | None = None,
        quantize: str | None = None,
        from_: str | None = None,
        files: FileDigestMap | Mapping[str, Any] | None = None,
        adapters: FileDigestMap | Mapping[str, Any] | None = None,
        template: str | None = None,
        license: str | Sequence[str] | None = None,
        system: str | None = None,
        parameters: Options | Mapping[str, Any] | None = None,
        messages: Sequence[Message | Mapping[str, Any]] | None = None,
        *,
        draft_files: FileDigestMap | Mapping[str, Any] | None = None,
        draft_quantize: str | None = None,
        remote_host: str | None = None,
        renderer: str | None = None,
        parser: str | None = None,
        requires: str | None = None,
        info: CreateInfo | Mapping[str, Any] | None = None,
        name: str | None = None,
        quantization: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProgressResponse:
        """Create a model.

        Creates `model` from an existing model (`from`, pulled first if it is not local) or from
        files uploaded with `POST /api/blobs/{digest}` (`files`, `adapters`, `draft_files`), and
        applies the template, system prompt, parameters, messages, license and quantization given.
        Most validation happens before the first progress line and gets a real status; a later
        failure ends the stream with a `StreamErrorLine`.

        Sends `stream: false`: the whole answer arrives at once. `create_stream` sends the same
        request and yields the answer while it is generated.

        Args:
            model: Name of the model to create.
            from_: Existing model to build on (pulled first if it is not local). With a `:cloud`
                name or `remote_host` the new model is a stub that forwards to that host.
            files: File name (a relative slash path without `..`) to the digest (`sha256:<hex>`) of
                a blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors` files are
                converted; `*.gguf` files (or any file with GGUF magic) are imported.
            adapters: File name (a relative slash path without `..`) to the digest (`sha256:<hex>`)
                of a blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors` files are
                converted; `*.gguf` files (or any file with GGUF magic) are imported.
            draft_files: File name (a relative slash path without `..`) to the digest
                (`sha256:<hex>`) of a blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors`
                files are converted; `*.gguf` files (or any file with GGUF magic) are imported.
            quantize: Quantize the weights (only from F16, BF16 or F32 sources): `q4_K_M` (alias
                `q4_K`), `q4_K_S`, `q8_0`, `f16`, `f32`, `bf16`, case-insensitive. Other values fail
                with 500.
            draft_quantize: Quantize the draft model (needs `draft_files`).
            remote_host: Create a stub that forwards to the Ollama at this URL (`ollama.com` means
                `https://ollama.com:443`).
            template: Prompt template (Go template syntax; a parse error gives 400).
            license: One license text or several.
            system: System prompt.
            parameters: Model and runner options. Any subset; the model's Modelfile parameters
                override the server defaults and these override both. Unknown keys are ignored and
                `null` values skipped. A value of the wrong JSON type is not a 400: the request
                fails with 500 (`option "x" must be of type ...`) once the model is scheduled.
                Integer options accept any number and drop the fraction. Changing a runner option
                (`num_ctx`, `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`,
                `draft_num_predict`) reloads the model.
            messages: Messages that start every conversation with the model.
            renderer: Name of a built-in prompt renderer.
            parser: Name of a built-in output parser.
            requires: Minimum Ollama version the model needs.
            info: Overrides of what the server would detect about the model. Wrong types are
                rejected with 400.
            name: Deprecated alias of `model` (used when `model` is empty).
            quantization: Deprecated alias of `quantize`.
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
        raw_response = await self.with_raw_response.create(
            model=model,
            from_=from_,
            files=files,
            adapters=adapters,
            draft_files=draft_files,
            quantize=quantize,
            draft_quantize=draft_quantize,
            remote_host=remote_host,
            template=template,
            license=license,
            system=system,
            parameters=parameters,
            messages=messages,
            renderer=renderer,
            parser=parser,
            requires=requires,
            info=info,
            name=name,
            quantization=quantization,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def create_stream(
        self,
        model: str | None = None,
        quantize: str | None = None,
        from_: str | None = None,
        files: FileDigestMap | Mapping[str, Any] | None = None,
        adapters: FileDigestMap | Mapping[str, Any] | None = None,
        template: str | None = None,
        license: str | Sequence[str] | None = None,
        system: str | None = None,
        parameters: Options | Mapping[str, Any] | None = None,
        messages: Sequence[Message | Mapping[str, Any]] | None = None,
        *,
        draft_files: FileDigestMap | Mapping[str, Any] | None = None,
        draft_quantize: str | None = None,
        remote_host: str | None = None,
        renderer: str | None = None,
        parser: str | None = None,
        requires: str | None = None,
        info: CreateInfo | Mapping[str, Any] | None = None,
        name: str | None = None,
        quantization: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncStreamRequest[ProgressResponse]:
        """Create a model.

        Creates `model` from an existing model (`from`, pulled first if it is not local) or from
        files uploaded with `POST /api/blobs/{digest}` (`files`, `adapters`, `draft_files`), and
        applies the template, system prompt, parameters, messages, license and quantization given.
        Most validation happens before the first progress line and gets a real status; a later
        failure ends the stream with a `StreamErrorLine`.

        Sends `stream: true`. Returns an `AsyncStreamRequest`: `async with client.create_stream(...)
        as stream:`, `async for chunk in client.create_stream(...):` and `stream = await
        client.create_stream(...)` all send the request; an error status or a failed connection
        raises there, after the retries.

        The stream yields one `ProgressResponse` per line the server sends. `await stream.collect()`
        reads the rest and returns one `ProgressResponse` as `create` would (the last progress
        line).

        Args:
            model: Name of the model to create.
            from_: Existing model to build on (pulled first if it is not local). With a `:cloud`
                name or `remote_host` the new model is a stub that forwards to that host.
            files: File name (a relative slash path without `..`) to the digest (`sha256:<hex>`) of
                a blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors` files are
                converted; `*.gguf` files (or any file with GGUF magic) are imported.
            adapters: File name (a relative slash path without `..`) to the digest (`sha256:<hex>`)
                of a blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors` files are
                converted; `*.gguf` files (or any file with GGUF magic) are imported.
            draft_files: File name (a relative slash path without `..`) to the digest
                (`sha256:<hex>`) of a blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors`
                files are converted; `*.gguf` files (or any file with GGUF magic) are imported.
            quantize: Quantize the weights (only from F16, BF16 or F32 sources): `q4_K_M` (alias
                `q4_K`), `q4_K_S`, `q8_0`, `f16`, `f32`, `bf16`, case-insensitive. Other values fail
                with 500.
            draft_quantize: Quantize the draft model (needs `draft_files`).
            remote_host: Create a stub that forwards to the Ollama at this URL (`ollama.com` means
                `https://ollama.com:443`).
            template: Prompt template (Go template syntax; a parse error gives 400).
            license: One license text or several.
            system: System prompt.
            parameters: Model and runner options. Any subset; the model's Modelfile parameters
                override the server defaults and these override both. Unknown keys are ignored and
                `null` values skipped. A value of the wrong JSON type is not a 400: the request
                fails with 500 (`option "x" must be of type ...`) once the model is scheduled.
                Integer options accept any number and drop the fraction. Changing a runner option
                (`num_ctx`, `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`,
                `draft_num_predict`) reloads the model.
            messages: Messages that start every conversation with the model.
            renderer: Name of a built-in prompt renderer.
            parser: Name of a built-in output parser.
            requires: Minimum Ollama version the model needs.
            info: Overrides of what the server would detect about the model. Wrong types are
                rejected with 400.
            name: Deprecated alias of `model` (used when `model` is empty).
            quantization: Deprecated alias of `quantize`.
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
            raw_response = await self.with_raw_response.create_stream(
                model=model,
                from_=from_,
                files=files,
                adapters=adapters,
                draft_files=draft_files,
                quantize=quantize,
                draft_quantize=draft_quantize,
                remote_host=remote_host,
                template=template,
                license=license,
                system=system,
                parameters=parameters,
                messages=messages,
                renderer=renderer,
                parser=parser,
                requires=requires,
                info=info,
                name=name,
                quantization=quantization,
                extra_body=extra_body,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            )
            return raw_response.parse()

        return AsyncStreamRequest(send)

    async def create_blob(
        self,
        digest: str,
        content: bytes | AsyncIterable[bytes],
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Upload a blob.

        Stores the raw request body as a blob for `create`'s `files`, `adapters` and `draft_files`.
        When the blob already exists the body is not read and the answer is 200. Otherwise the body
        is hashed and the computed `sha256:<lower-case hex>` must equal the path parameter exactly.

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
        """Check whether a blob exists.

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

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListResponse:
        """List local models.

        All local models, most recently modified first.

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

    async def list_head(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """List local models, headers only.

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
        raw_response = await self.with_raw_response.list_head(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    async def show(
        self,
        model: str | None = None,
        *,
        verbose: bool | None = None,
        system: str | None = None,
        options: Options | Mapping[str, Any] | None = None,
        template: str | None = None,
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ShowResponse:
        """Show a model's details.

        Details, template, parameters, Modelfile, GGUF metadata and tensors of a local model. Models
        named with `:cloud` are answered from a cache or proxied to ollama.com.

        Args:
            model: The model.
            verbose: Include the full GGUF arrays in `model_info`/`projector_info` (otherwise they
                are `null`).
            system: Show the Modelfile with this system prompt instead of the model's.
            options: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null`
                values skipped. A value of the wrong JSON type is not a 400: the request fails with
                500 (`option "x" must be of type ...`) once the model is scheduled. Integer options
                accept any number and drop the fraction. Changing a runner option (`num_ctx`,
                `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`, `draft_num_predict`)
                reloads the model.
            template: Ignored.
            name: Deprecated alias of `model` (used when `model` is empty).
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `ShowResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = await self.with_raw_response.show(
            model=model,
            verbose=verbose,
            system=system,
            options=options,
            template=template,
            name=name,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    async def copy(
        self,
        source: str,
        destination: str,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Copy a model.

        Copies `source` to `destination`, overwriting an existing destination.

        Args:
            source: Existing model.
            destination: New name (an existing model of that name is overwritten).
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
        raw_response = await self.with_raw_response.copy(
            source=source,
            destination=destination,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        raw_response.parse()

    async def delete(
        self,
        model: str | None = None,
        *,
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a model.

        Deletes a local model (a DELETE with a JSON body); layers no other model uses are removed.

        Args:
            model: The model to delete.
            name: Deprecated alias of `model` (used when `model` is empty).
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
            name=name,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        raw_response.parse()

    async def pull(
        self,
        model: str | None = None,
        *,
        insecure: bool | None = None,
        username: str | None = None,
        password: str | None = None,
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProgressResponse:
        """Download a model from a registry.

        Pulls `model` from its registry (registry.ollama.ai unless the name has a host). Only an
        invalid name fails before the stream starts; registry and network failures end the stream
        with a `StreamErrorLine` (or give 500 with `stream: false`).

        Sends `stream: false`: the whole answer arrives at once. `pull_stream` sends the same
        request and yields the answer while it is generated.

        Args:
            model: Model name: `[host/][namespace/]model[:tag]`; a `:cloud` name adds a cloud stub.
            insecure: Allow a registry reached over plain `http://`.
            username: Ignored.
            password: Ignored.
            name: Deprecated alias of `model` (used when `model` is empty).
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
            username=username,
            password=password,
            name=name,
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
        username: str | None = None,
        password: str | None = None,
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncStreamRequest[ProgressResponse]:
        """Download a model from a registry.

        Pulls `model` from its registry (registry.ollama.ai unless the name has a host). Only an
        invalid name fails before the stream starts; registry and network failures end the stream
        with a `StreamErrorLine` (or give 500 with `stream: false`).

        Sends `stream: true`. Returns an `AsyncStreamRequest`: `async with client.pull_stream(...)
        as stream:`, `async for chunk in client.pull_stream(...):` and `stream = await
        client.pull_stream(...)` all send the request; an error status or a failed connection raises
        there, after the retries.

        The stream yields one `ProgressResponse` per line the server sends. `await stream.collect()`
        reads the rest and returns one `ProgressResponse` as `pull` would (the last progress line).

        Args:
            model: Model name: `[host/][namespace/]model[:tag]`; a `:cloud` name adds a cloud stub.
            insecure: Allow a registry reached over plain `http://`.
            username: Ignored.
            password: Ignored.
            name: Deprecated alias of `model` (used when `model` is empty).
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
                username=username,
                password=password,
                name=name,
                extra_body=extra_body,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            )
            return raw_response.parse()

        return AsyncStreamRequest(send)

    async def push(
        self,
        model: str | None = None,
        *,
        insecure: bool | None = None,
        username: str | None = None,
        password: str | None = None,
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProgressResponse:
        """Upload a model to a registry.

        Pushes a local model to the registry named in its name (registry.ollama.ai by default; the
        server signs the request with its key). Every failure after the name check (unknown model,
        network, registry refusal) ends the stream with a `StreamErrorLine` (or gives 500 with
        `stream: false`).

        Sends `stream: false`: the whole answer arrives at once. `push_stream` sends the same
        request and yields the answer while it is generated.

        Args:
            model: Local model name, including the namespace it is pushed to
                (`<user>/<model>[:tag]`).
            insecure: Allow a registry reached over plain `http://`.
            username: Ignored.
            password: Ignored.
            name: Deprecated alias of `model` (used when `model` is empty).
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
        raw_response = await self.with_raw_response.push(
            model=model,
            insecure=insecure,
            username=username,
            password=password,
            name=name,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def push_stream(
        self,
        model: str | None = None,
        *,
        insecure: bool | None = None,
        username: str | None = None,
        password: str | None = None,
        name: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncStreamRequest[ProgressResponse]:
        """Upload a model to a registry.

        Pushes a local model to the registry named in its name (registry.ollama.ai by default; the
        server signs the request with its key). Every failure after the name check (unknown model,
        network, registry refusal) ends the stream with a `StreamErrorLine` (or gives 500 with
        `stream: false`).

        Sends `stream: true`. Returns an `AsyncStreamRequest`: `async with client.push_stream(...)
        as stream:`, `async for chunk in client.push_stream(...):` and `stream = await
        client.push_stream(...)` all send the request; an error status or a failed connection raises
        there, after the retries.

        The stream yields one `ProgressResponse` per line the server sends. `await stream.collect()`
        reads the rest and returns one `ProgressResponse` as `push` would (the last progress line).

        Args:
            model: Local model name, including the namespace it is pushed to
                (`<user>/<model>[:tag]`).
            insecure: Allow a registry reached over plain `http://`.
            username: Ignored.
            password: Ignored.
            name: Deprecated alias of `model` (used when `model` is empty).
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
            raw_response = await self.with_raw_response.push_stream(
                model=model,
                insecure=insecure,
                username=username,
                password=password,
                name=name,
                extra_body=extra_body,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            )
            return raw_response.parse()

        return AsyncStreamRequest(send)

    async def ps(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProcessResponse:
        """List loaded models.

        The models loaded in memory, the one with the longest remaining keep-alive first.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `ProcessResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = await self.with_raw_response.ps(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    async def whoami(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UserResponse:
        """The ollama.com account this server is signed in to.

        Asks ollama.com, signed with this server's key. Takes no request body.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `UserResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = await self.with_raw_response.whoami(
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
        """Sign this server out of ollama.com.

        Disconnects this server's public key from its ollama.com account. Takes no request body.

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

    async def delete_user_key(
        self,
        encoded_key: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Sign this server out of ollama.com (deprecated alias).

        Deprecated by the server.

        Same handler as `POST /api/signout`; the `encodedKey` path segment is ignored (the server
        always disconnects its own key).

        Args:
            encoded_key: The `encodedKey` path segment (escaped).
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
        raw_response = await self.with_raw_response.delete_user_key(
            encoded_key=encoded_key,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        raw_response.parse()

    async def web_search(
        self,
        query: str,
        max_results: int | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WebSearchResponse:
        """Search the web through ollama.com (experimental).

        The raw body is forwarded unchanged to ollama.com `/api/web_search`, signed with this
        server's key (a client `Authorization` header is dropped). Only an empty body is rejected
        locally; the upstream status and body are relayed.

        Args:
            query: What to search for.
            max_results: How many results ollama.com should return (it documents 1 to 10, default
                5).
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `WebSearchResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = await self.with_raw_response.web_search(
            query=query,
            max_results=max_results,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    async def web_fetch(
        self,
        url: str,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WebFetchResponse:
        """Fetch a web page through ollama.com (experimental).

        The raw body is forwarded unchanged to ollama.com `/api/web_fetch`, signed with this
        server's key (a client `Authorization` header is dropped). Only an empty body is rejected
        locally; the upstream status and body are relayed.

        Args:
            url: The page to fetch.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `WebFetchResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = await self.with_raw_response.web_fetch(
            url=url,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    async def model_recommendations(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ModelRecommendationsResponse:
        """Recommended models (experimental).

        Served from a cache refreshed from ollama.com, falling back to a built-in list.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `ModelRecommendationsResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = await self.with_raw_response.model_recommendations(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    async def openai_chat_completions(
        self,
        model: str,
        messages: Sequence[OpenAIChatMessage | Mapping[str, Any]],
        *,
        stream_options: OpenAIStreamOptions | Mapping[str, Any] | None = None,
        max_tokens: int | None = None,
        seed: int | None = None,
        stop: str | Sequence[str] | None = None,
        temperature: float | None = None,
        frequency_penalty: float | None = None,
        presence_penalty: float | None = None,
        top_p: float | None = None,
        response_format: OpenAIResponseFormat | Mapping[str, Any] | None = None,
        tools: Sequence[Tool | Mapping[str, Any] | Callable[..., Any]] | None = None,
        reasoning: OpenAIReasoning | Mapping[str, Any] | None = None,
        reasoning_effort: OpenAIReasoningEffort | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        debug_render_only: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenAIChatCompletion:
        """OpenAI chat completion (translated to the native chat).

        Translates the request into a native `chat` request (`openai.FromChatRequest`) and rewrites
        the answer. `temperature` and `top_p` are 1 when not sent. `max_completion_tokens`, `n`,
        `tool_choice`, `logit_bias`, `user`, `parallel_tool_calls` and every other field not listed
        in `OpenAIChatCompletionRequest` are ignored. `stream: true` answers `text/event-stream`.

        Models named with `:cloud` are passed through to ollama.com before any translation: their
        errors keep Ollama's native shape (`ErrorResponse`).

        Sends `stream: false`: the whole answer arrives at once. `openai_chat_completions_stream`
        sends the same request and yields the answer while it is generated.

        Args:
            model: The model name (`model is required` when empty).
            messages: The conversation (`[] is too short - 'messages'` when empty).
            stream_options: See the server's API documentation.
            max_tokens: Becomes `num_predict`. (`max_completion_tokens` is not read.)
            seed: See the server's API documentation.
            stop: One stop sequence or several (non-string entries are ignored by chat completions
                and rejected by completions).
            temperature: 1 when not sent (not the model's own default).
            frequency_penalty: See the server's API documentation.
            presence_penalty: See the server's API documentation.
            top_p: 1 when not sent.
            response_format: `json_object` becomes `format: "json"`, `json_schema` becomes `format:
                <json_schema.schema>`; other types are ignored.
            tools: Native tool definitions (`api.Tool`); a model without tool support answers 400.
            reasoning: Takes precedence over `reasoning_effort`.
            reasoning_effort: Becomes the native `think`: `none` → false, `minimal` → `low`,
                `low`/`medium`/`high`/`max` as is, `xhigh`/`ultra` → `max`; `""` leaves it unset.
                Other values are `400 invalid reasoning value`; a model without thinking answers 400
                for any value but `""`.
            logprobs: See the server's API documentation.
            top_logprobs: Alternatives per token (0-20, checked by the native handler).
            debug_render_only: Ollama only; answers the rendered prompt in `_debug_info` without
                generating.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `OpenAIChatCompletion`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = await self.with_raw_response.openai_chat_completions(
            model=model,
            messages=messages,
            stream_options=stream_options,
            max_tokens=max_tokens,
            seed=seed,
            stop=stop,
            temperature=temperature,
            frequency_penalty=frequency_penalty,
            presence_penalty=presence_penalty,
            top_p=top_p,
            response_format=response_format,
            tools=tools,
            reasoning=reasoning,
            reasoning_effort=reasoning_effort,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
            debug_render_only=debug_render_only,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def openai_chat_completions_stream(
        self,
        model: str,
        messages: Sequence[OpenAIChatMessage | Mapping[str, Any]],
        *,
        stream_options: OpenAIStreamOptions | Mapping[str, Any] | None = None,
        max_tokens: int | None = None,
        seed: int | None = None,
        stop: str | Sequence[str] | None = None,
        temperature: float | None = None,
        frequency_penalty: float | None = None,
        presence_penalty: float | None = None,
        top_p: float | None = None,
        response_format: OpenAIResponseFormat | Mapping[str, Any] | None = None,
        tools: Sequence[Tool | Mapping[str, Any] | Callable[..., Any]] | None = None,
        reasoning: OpenAIReasoning | Mapping[str, Any] | None = None,
        reasoning_effort: OpenAIReasoningEffort | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        debug_render_only: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncEventStreamRequest[OpenAIChatCompletionChunk, OpenAIChatCompletion]:
        """OpenAI chat completion (translated to the native chat).

        Translates the request into a native `chat` request (`openai.FromChatRequest`) and rewrites
        the answer. `temperature` and `top_p` are 1 when not sent. `max_completion_tokens`, `n`,
        `tool_choice`, `logit_bias`, `user`, `parallel_tool_calls` and every other field not listed
        in `OpenAIChatCompletionRequest` are ignored. `stream: true` answers `text/event-stream`.

        Models named with `:cloud` are passed through to ollama.com before any translation: their
        errors keep Ollama's native shape (`ErrorResponse`).

        Sends `stream: true`. Returns an `AsyncEventStreamRequest`: `async with
        client.openai_chat_completions_stream(...) as stream:`, `async for event in
        client.openai_chat_completions_stream(...):` and `stream = await
        client.openai_chat_completions_stream(...)` all send the request; an error status or a
        failed connection raises there, after the retries.

        The stream yields one `OpenAIChatCompletionChunk` per Server-Sent Event; the server's `data:
        [DONE]` event ends it (it is not yielded). `await stream.collect()` reads the rest and
        returns the `OpenAIChatCompletion` that `openai_chat_completions` returns for the same
        request (text and tool calls joined, the finish reason and usage from the end).

        Args:
            model: The model name (`model is required` when empty).
            messages: The conversation (`[] is too short - 'messages'` when empty).
            stream_options: See the server's API documentation.
            max_tokens: Becomes `num_predict`. (`max_completion_tokens` is not read.)
            seed: See the server's API documentation.
            stop: One stop sequence or several (non-string entries are ignored by chat completions
                and rejected by completions).
            temperature: 1 when not sent (not the model's own default).
            frequency_penalty: See the server's API documentation.
            presence_penalty: See the server's API documentation.
            top_p: 1 when not sent.
            response_format: `json_object` becomes `format: "json"`, `json_schema` becomes `format:
                <json_schema.schema>`; other types are ignored.
            tools: Native tool definitions (`api.Tool`); a model without tool support answers 400.
            reasoning: Takes precedence over `reasoning_effort`.
            reasoning_effort: Becomes the native `think`: `none` → false, `minimal` → `low`,
                `low`/`medium`/`high`/`max` as is, `xhigh`/`ultra` → `max`; `""` leaves it unset.
                Other values are `400 invalid reasoning value`; a model without thinking answers 400
                for any value but `""`.
            logprobs: See the server's API documentation.
            top_logprobs: Alternatives per token (0-20, checked by the native handler).
            debug_render_only: Ollama only; answers the rendered prompt in `_debug_info` without
                generating.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            An `AsyncEventStreamRequest` that opens an `AsyncEventStream` of
            `OpenAIChatCompletionChunk` events.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
            StreamError: While iterating: the server sent an error event.
            IncompleteStreamError: While iterating: the stream ended before its last event.
        """

        async def send() -> AsyncEventStream[OpenAIChatCompletionChunk, OpenAIChatCompletion]:
            raw_response = await self.with_raw_response.openai_chat_completions_stream(
                model=model,
                messages=messages,
                stream_options=stream_options,
                max_tokens=max_tokens,
                seed=seed,
                stop=stop,
                temperature=temperature,
                frequency_penalty=frequency_penalty,
                presence_penalty=presence_penalty,
                top_p=top_p,
                response_format=response_format,
                tools=tools,
                reasoning=reasoning,
                reasoning_effort=reasoning_effort,
                logprobs=logprobs,
                top_logprobs=top_logprobs,
                debug_render_only=debug_render_only,
                extra_body=extra_body,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            )
            return raw_response.parse()

        return AsyncEventStreamRequest(send)

    async def openai_completions(
        self,
        model: str,
        prompt: str | None = None,
        *,
        frequency_penalty: float | None = None,
        max_tokens: int | None = None,
        presence_penalty: float | None = None,
        seed: int | None = None,
        stop: str | Sequence[str] | None = None,
        stream_options: OpenAIStreamOptions | Mapping[str, Any] | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        suffix: str | None = None,
        logprobs: int | None = None,
        debug_render_only: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenAICompletion:
        """OpenAI text completion (translated to the native generate).

        Translates the request into a native `generate` request (`openai.FromCompleteRequest`).
        `prompt` must be a string. `echo`, `n`, `best_of`, `logit_bias`, `user` are ignored;
        `logprobs` is read but no log probabilities come back. `stream: true` answers
        `text/event-stream`. `:cloud` models are passed through as for chat completions.

        Sends `stream: false`: the whole answer arrives at once. `openai_completions_stream` sends
        the same request and yields the answer while it is generated.

        Args:
            model: See the server's API documentation.
            prompt: A string only (arrays are a 400 bind error).
            frequency_penalty: See the server's API documentation.
            max_tokens: See the server's API documentation.
            presence_penalty: See the server's API documentation.
            seed: See the server's API documentation.
            stop: One stop sequence or several (non-string entries are ignored by chat completions
                and rejected by completions).
            stream_options: See the server's API documentation.
            temperature: 1 when not sent.
            top_p: 1 when not sent or 0.
            suffix: Text after the insertion point (the model needs `insert`).
            logprobs: Read as `top_logprobs` when > 0; the answer carries no log probabilities.
            debug_render_only: See the server's API documentation.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `OpenAICompletion`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = await self.with_raw_response.openai_completions(
            model=model,
            prompt=prompt,
            frequency_penalty=frequency_penalty,
            max_tokens=max_tokens,
            presence_penalty=presence_penalty,
            seed=seed,
            stop=stop,
            stream_options=stream_options,
            temperature=temperature,
            top_p=top_p,
            suffix=suffix,
            logprobs=logprobs,
            debug_render_only=debug_render_only,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def openai_completions_stream(
        self,
        model: str,
        prompt: str | None = None,
        *,
        frequency_penalty: float | None = None,
        max_tokens: int | None = None,
        presence_penalty: float | None = None,
        seed: int | None = None,
        stop: str | Sequence[str] | None = None,
        stream_options: OpenAIStreamOptions | Mapping[str, Any] | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        suffix: str | None = None,
        logprobs: int | None = None,
        debug_render_only: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncEventStreamRequest[OpenAICompletionChunk, OpenAICompletion]:
        """OpenAI text completion (translated to the native generate).

        Translates the request into a native `generate` request (`openai.FromCompleteRequest`).
        `prompt` must be a string. `echo`, `n`, `best_of`, `logit_bias`, `user` are ignored;
        `logprobs` is read but no log probabilities come back. `stream: true` answers
        `text/event-stream`. `:cloud` models are passed through as for chat completions.

        Sends `stream: true`. Returns an `AsyncEventStreamRequest`: `async with
        client.openai_completions_stream(...) as stream:`, `async for event in
        client.openai_completions_stream(...):` and `stream = await
        client.openai_completions_stream(...)` all send the request; an error status or a failed
        connection raises there, after the retries.

        The stream yields one `OpenAICompletionChunk` per Server-Sent Event; the server's `data:
        [DONE]` event ends it (it is not yielded). `await stream.collect()` reads the rest and
        returns the `OpenAICompletion` that `openai_completions` returns for the same request (text
        and tool calls joined, the finish reason and usage from the end).

        Args:
            model: See the server's API documentation.
            prompt: A string only (arrays are a 400 bind error).
            frequency_penalty: See the server's API documentation.
            max_tokens: See the server's API documentation.
            presence_penalty: See the server's API documentation.
            seed: See the server's API documentation.
            stop: One stop sequence or several (non-string entries are ignored by chat completions
                and rejected by completions).
            stream_options: See the server's API documentation.
            temperature: 1 when not sent.
            top_p: 1 when not sent or 0.
            suffix: Text after the insertion point (the model needs `insert`).
            logprobs: Read as `top_logprobs` when > 0; the answer carries no log probabilities.
            debug_render_only: See the server's API documentation.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            An `AsyncEventStreamRequest` that opens an `AsyncEventStream` of `OpenAICompletionChunk`
            events.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
            StreamError: While iterating: the server sent an error event.
            IncompleteStreamError: While iterating: the stream ended before its last event.
        """

        async def send() -> AsyncEventStream[OpenAICompletionChunk, OpenAICompletion]:
            raw_response = await self.with_raw_response.openai_completions_stream(
                model=model,
                prompt=prompt,
                frequency_penalty=frequency_penalty,
                max_tokens=max_tokens,
                presence_penalty=presence_penalty,
                seed=seed,
                stop=stop,
                stream_options=stream_options,
                temperature=temperature,
                top_p=top_p,
                suffix=suffix,
                logprobs=logprobs,
                debug_render_only=debug_render_only,
                extra_body=extra_body,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            )
            return raw_response.parse()

        return AsyncEventStreamRequest(send)

    async def openai_embeddings(
        self,
        model: str,
        input: str | Sequence[str],
        *,
        dimensions: int | None = None,
        encoding_format: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenAIEmbeddingList:
        """OpenAI embeddings (translated to the native embed).

        Translates the request into a native `embed` request. `input: ""` embeds one empty string;
        `input` missing, `null` or `[]` is `400 invalid input`; token-id arrays are `400 invalid
        input type`. `user` is ignored. `:cloud` models are passed through as for chat completions.

        Args:
            input: A string or a non-empty array of strings.
            model: See the server's API documentation.
            dimensions: Truncate to this many dimensions and re-normalise (0 keeps them all).
            encoding_format: `float` (the default) or `base64` (little-endian float32),
                case-insensitive; anything else is 400.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `OpenAIEmbeddingList`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = await self.with_raw_response.openai_embeddings(
            input=input,
            model=model,
            dimensions=dimensions,
            encoding_format=encoding_format,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    async def openai_list_models(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenAIModelList:
        """OpenAI model list (translated from the native list).

        The local models, newest first, as OpenAI model objects.

        Args:
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `OpenAIModelList`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = await self.with_raw_response.openai_list_models(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    async def openai_retrieve_model(
        self,
        model: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenAIModel:
        """OpenAI model object (translated from the native show).

        `model` is one path segment: a name containing `/` never reaches this route (the router
        answers `404 page not found`). `id` echoes the path parameter unchanged. `:cloud` models are
        passed through to ollama.com; their errors keep Ollama's native shape.

        Args:
            model: The `model` path segment (escaped).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `OpenAIModel`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = await self.with_raw_response.openai_retrieve_model(
            model=model,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    async def openai_responses(
        self,
        model: str,
        input: str | Sequence[OpenAIResponsesInputItem | Mapping[str, Any]] | None = None,
        *,
        background: bool | None = None,
        conversation: Any | None = None,
        include: Sequence[str] | None = None,
        instructions: str | None = None,
        max_output_tokens: int | None = None,
        reasoning: OpenAIResponsesReasoning | Mapping[str, Any] | None = None,
        temperature: float | None = None,
        text: OpenAIResponsesText | Mapping[str, Any] | None = None,
        top_p: float | None = None,
        truncation: str | None = None,
        tools: Sequence[OpenAIResponsesTool | Mapping[str, Any]] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenAIResponse:
        """OpenAI Responses API (translated to the native chat).

        Translates the request into a native `chat` request (`openai.FromResponsesRequest`).
        Stateless: `previous_response_id`, `store`, `metadata`, `tool_choice`,
        `parallel_tool_calls`, `conversation`, `include` and `background` are not acted on, and the
        answer echoes fixed values for several of them. A `Content-Encoding: zstd` body is
        decompressed (at most 8 MiB). `stream: true` answers `text/event-stream` with named events.
        `:cloud` models are passed through as for chat completions.

        Sends `stream: false`: the whole answer arrives at once. `openai_responses_stream` sends the
        same request and yields the answer while it is generated.

        Args:
            model: See the server's API documentation.
            background: Echoed, not acted on.
            conversation: Read and ignored (any JSON).
            include: Read and ignored.
            input: A string (one user message) or a list of items; absent gives an empty
                conversation.
            instructions: Becomes a leading system message.
            max_output_tokens: See the server's API documentation.
            reasoning: See the server's API documentation.
            temperature: See the server's API documentation.
            text: See the server's API documentation.
            top_p: See the server's API documentation.
            truncation: Echoed (`disabled` when not sent); not acted on.
            tools: See the server's API documentation.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `OpenAIResponse`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = await self.with_raw_response.openai_responses(
            model=model,
            background=background,
            conversation=conversation,
            include=include,
            input=input,
            instructions=instructions,
            max_output_tokens=max_output_tokens,
            reasoning=reasoning,
            temperature=temperature,
            text=text,
            top_p=top_p,
            truncation=truncation,
            tools=tools,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def openai_responses_stream(
        self,
        model: str,
        input: str | Sequence[OpenAIResponsesInputItem | Mapping[str, Any]] | None = None,
        *,
        background: bool | None = None,
        conversation: Any | None = None,
        include: Sequence[str] | None = None,
        instructions: str | None = None,
        max_output_tokens: int | None = None,
        reasoning: OpenAIResponsesReasoning | Mapping[str, Any] | None = None,
        temperature: float | None = None,
        text: OpenAIResponsesText | Mapping[str, Any] | None = None,
        top_p: float | None = None,
        truncation: str | None = None,
        tools: Sequence[OpenAIResponsesTool | Mapping[str, Any]] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncEventStreamRequest[OpenAIResponsesStreamEvent, OpenAIResponse]:
        """OpenAI Responses API (translated to the native chat).

        Translates the request into a native `chat` request (`openai.FromResponsesRequest`).
        Stateless: `previous_response_id`, `store`, `metadata`, `tool_choice`,
        `parallel_tool_calls`, `conversation`, `include` and `background` are not acted on, and the
        answer echoes fixed values for several of them. A `Content-Encoding: zstd` body is
        decompressed (at most 8 MiB). `stream: true` answers `text/event-stream` with named events.
        `:cloud` models are passed through as for chat completions.

        Sends `stream: true`. Returns an `AsyncEventStreamRequest`: `async with
        client.openai_responses_stream(...) as stream:`, `async for event in
        client.openai_responses_stream(...):` and `stream = await
        client.openai_responses_stream(...)` all send the request; an error status or a failed
        connection raises there, after the retries.

        The stream yields one `OpenAIResponsesStreamEvent` per Server-Sent Event; the
        `response.completed` event is the last one yielded. `await stream.collect()` reads the rest
        and returns the `OpenAIResponse` that `openai_responses` returns for the same request (text
        and tool calls joined, the finish reason and usage from the end).

        Args:
            model: See the server's API documentation.
            background: Echoed, not acted on.
            conversation: Read and ignored (any JSON).
            include: Read and ignored.
            input: A string (one user message) or a list of items; absent gives an empty
                conversation.
            instructions: Becomes a leading system message.
            max_output_tokens: See the server's API documentation.
            reasoning: See the server's API documentation.
            temperature: See the server's API documentation.
            text: See the server's API documentation.
            top_p: See the server's API documentation.
            truncation: Echoed (`disabled` when not sent); not acted on.
            tools: See the server's API documentation.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            An `AsyncEventStreamRequest` that opens an `AsyncEventStream` of
            `OpenAIResponsesStreamEvent` events.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
            StreamError: While iterating: the server sent an error event.
            IncompleteStreamError: While iterating: the stream ended before its last event.
        """

        async def send() -> AsyncEventStream[OpenAIResponsesStreamEvent, OpenAIResponse]:
            raw_response = await self.with_raw_response.openai_responses_stream(
                model=model,
                background=background,
                conversation=conversation,
                include=include,
                input=input,
                instructions=instructions,
                max_output_tokens=max_output_tokens,
                reasoning=reasoning,
                temperature=temperature,
                text=text,
                top_p=top_p,
                truncation=truncation,
                tools=tools,
                extra_body=extra_body,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            )
            return raw_response.parse()

        return AsyncEventStreamRequest(send)

    async def openai_audio_transcriptions(
        self,
        model: str,
        file: bytes | PurePath | IO[bytes],
        *,
        response_format: str | None = None,
        language: str | None = None,
        prompt: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenAITranscriptionResponse:
        """OpenAI transcription (a native chat with the audio attached).

        Reads a `multipart/form-data` body (at most 25 MiB in memory) and asks the model, by a
        native chat at temperature 0, for the words spoken in `file`. Checked in order: the body is
        multipart, `model` is set, `file` is present, `file` is not empty. The model needs audio
        input; there is no cloud pass-through on this route.

        Args:
            model: See the server's API documentation.
            file: The audio; must not be empty.
            response_format: `text` answers `text/plain`; anything else (`json`, `verbose_json`)
                answers JSON.
            language: Appended to the system prompt.
            prompt: Appended to the system prompt as context.
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `OpenAITranscriptionResponse` (a `text/plain` answer fills its
            `text`).

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = await self.with_raw_response.openai_audio_transcriptions(
            model=model,
            file=file,
            response_format=response_format,
            language=language,
            prompt=prompt,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    async def anthropic_messages(
        self,
        model: str,
        messages: Sequence[AnthropicMessageParam | Mapping[str, Any]],
        max_tokens: int,
        *,
        system: str | Sequence[AnthropicContentBlock | Mapping[str, Any]] | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        top_k: int | None = None,
        stop_sequences: Sequence[str] | None = None,
        tools: Sequence[AnthropicTool | Mapping[str, Any]] | None = None,
        tool_choice: AnthropicToolChoice | Mapping[str, Any] | None = None,
        thinking: AnthropicThinkingConfig | Mapping[str, Any] | None = None,
        metadata: AnthropicMetadata | Mapping[str, Any] | None = None,
        output_config: AnthropicOutputConfig | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AnthropicMessage:
        """Anthropic Messages API (translated to the native chat).

        Translates the request into a native `chat` request (`anthropic.FromMessagesRequest`).
        `model`, a positive `max_tokens` and at least one message are required. The
        `anthropic-version`, `anthropic-beta` and `x-api-key` headers are not read; `metadata` and
        `tool_choice` are ignored; `thinking` (or, without it, `output_config.effort`) sets the
        native `think`, and on a model without thinking it is dropped silently. `stream: true`
        answers `text/event-stream` with named events. `:cloud` models are passed through to
        ollama.com before any translation: their errors keep Ollama's native shape.

        Sends `stream: false`: the whole answer arrives at once. `anthropic_messages_stream` sends
        the same request and yields the answer while it is generated.

        Args:
            model: See the server's API documentation.
            max_tokens: Becomes `num_predict`.
            messages: See the server's API documentation.
            system: A string or text blocks (joined), placed as a leading system message.
            temperature: See the server's API documentation.
            top_p: See the server's API documentation.
            top_k: See the server's API documentation.
            stop_sequences: See the server's API documentation.
            tools: See the server's API documentation.
            tool_choice: Read but not used by the conversion (the model decides).
            thinking: `enabled` sets the native `think: true`, `disabled` `think: false`;
                `budget_tokens` is not used.
            metadata: See the server's API documentation.
            output_config: Without `thinking`, `effort` `low`, `medium`, `high` or `max` (trimmed,
                case-insensitive; `xhigh` reads as `high`) becomes the native `think` level; other
                values are ignored.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            The server's answer as a `AnthropicMessage`.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        raw_response = await self.with_raw_response.anthropic_messages(
            model=model,
            max_tokens=max_tokens,
            messages=messages,
            system=system,
            temperature=temperature,
            top_p=top_p,
            top_k=top_k,
            stop_sequences=stop_sequences,
            tools=tools,
            tool_choice=tool_choice,
            thinking=thinking,
            metadata=metadata,
            output_config=output_config,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw_response.parse()

    def anthropic_messages_stream(
        self,
        model: str,
        messages: Sequence[AnthropicMessageParam | Mapping[str, Any]],
        max_tokens: int,
        *,
        system: str | Sequence[AnthropicContentBlock | Mapping[str, Any]] | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        top_k: int | None = None,
        stop_sequences: Sequence[str] | None = None,
        tools: Sequence[AnthropicTool | Mapping[str, Any]] | None = None,
        tool_choice: AnthropicToolChoice | Mapping[str, Any] | None = None,
        thinking: AnthropicThinkingConfig | Mapping[str, Any] | None = None,
        metadata: AnthropicMetadata | Mapping[str, Any] | None = None,
        output_config: AnthropicOutputConfig | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncEventStreamRequest[AnthropicStreamEvent, AnthropicMessage]:
        """Anthropic Messages API (translated to the native chat).

        Translates the request into a native `chat` request (`anthropic.FromMessagesRequest`).
        `model`, a positive `max_tokens` and at least one message are required. The
        `anthropic-version`, `anthropic-beta` and `x-api-key` headers are not read; `metadata` and
        `tool_choice` are ignored; `thinking` (or, without it, `output_config.effort`) sets the
        native `think`, and on a model without thinking it is dropped silently. `stream: true`
        answers `text/event-stream` with named events. `:cloud` models are passed through to
        ollama.com before any translation: their errors keep Ollama's native shape.

        Sends `stream: true`. Returns an `AsyncEventStreamRequest`: `async with
        client.anthropic_messages_stream(...) as stream:`, `async for event in
        client.anthropic_messages_stream(...):` and `stream = await
        client.anthropic_messages_stream(...)` all send the request; an error status or a failed
        connection raises there, after the retries.

        The stream yields one `AnthropicStreamEvent` per Server-Sent Event; the `message_stop` event
        is the last one yielded. `await stream.collect()` reads the rest and returns the
        `AnthropicMessage` that `anthropic_messages` returns for the same request (text and tool
        calls joined, the finish reason and usage from the end).

        Args:
            model: See the server's API documentation.
            max_tokens: Becomes `num_predict`.
            messages: See the server's API documentation.
            system: A string or text blocks (joined), placed as a leading system message.
            temperature: See the server's API documentation.
            top_p: See the server's API documentation.
            top_k: See the server's API documentation.
            stop_sequences: See the server's API documentation.
            tools: See the server's API documentation.
            tool_choice: Read but not used by the conversion (the model decides).
            thinking: `enabled` sets the native `think: true`, `disabled` `think: false`;
                `budget_tokens` is not used.
            metadata: See the server's API documentation.
            output_config: Without `thinking`, `effort` `low`, `medium`, `high` or `max` (trimmed,
                case-insensitive; `xhigh` reads as `high`) becomes the native `think` level; other
                values are ignored.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            An `AsyncEventStreamRequest` that opens an `AsyncEventStream` of `AnthropicStreamEvent`
            events.

        Raises:
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
            StreamError: While iterating: the server sent an error event.
            IncompleteStreamError: While iterating: the stream ended before its last event.
        """

        async def send() -> AsyncEventStream[AnthropicStreamEvent, AnthropicMessage]:
            raw_response = await self.with_raw_response.anthropic_messages_stream(
                model=model,
                max_tokens=max_tokens,
                messages=messages,
                system=system,
                temperature=temperature,
                top_p=top_p,
                top_k=top_k,
                stop_sequences=stop_sequences,
                tools=tools,
                tool_choice=tool_choice,
                thinking=thinking,
                metadata=metadata,
                output_config=output_config,
                extra_body=extra_body,
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
            )
            return raw_response.parse()

        return AsyncEventStreamRequest(send)

    async def load(
        self,
        model: str,
        keep_alive: KeepAlive | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Load `model` into memory, to answer the next request without a cold start.

        Sends an empty `generate` (an empty `embed` for an embedding-only model).

        Args:
            model: The model to load.
            keep_alive: How long it stays loaded: seconds, or a duration such as `"10m"`; negative
                keeps it until the server stops. None: the server's default (5 minutes).
            extra_headers: HTTP headers added to these requests only.
            timeout: The requests' timeout in seconds, or an `httpx.Timeout`, instead of the
                client's (a cold load can take minutes).
            max_retries: How many times a request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            None, once the model is loaded.

        Raises:
            NotFoundError: The model is not on the server.
            ResponseError: Another error status (see the `ResponseError` subclasses).
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
        """
        options: dict[str, Any] = {
            "extra_headers": extra_headers,
            "timeout": timeout,
            "max_retries": max_retries,
        }
        try:
            await self.generate(model, keep_alive=keep_alive, **options)
        except BadRequestError:
            # "does not support generate": an embedding-only model.
            await self.embed(model, keep_alive=keep_alive, **options)

    async def unload(
        self,
        model: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Unload `model` from memory now (what `ollama stop` does).

        Args:
            model: The model to unload.
            extra_headers: HTTP headers added to these requests only.
            timeout: The requests' timeout in seconds, or an `httpx.Timeout`, instead of the client's.
            max_retries: How many times a request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            None, once the model is unloaded.

        Raises:
            NotFoundError: The model is not on the server.
            ResponseError: Another error status (see the `ResponseError` subclasses).
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
        """
        options: dict[str, Any] = {
            "extra_headers": extra_headers,
            "timeout": timeout,
            "max_retries": max_retries,
        }
        try:
            await self.generate(model, keep_alive=0, **options)
        except BadRequestError:
            await self.embed(model, keep_alive=0, **options)

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

    async def chat_parse(
        self,
        model: str,
        messages: Sequence[Message | Mapping[str, Any]] | None = None,
        *,
        format: type[T],
        keep_alive: float | str | None = None,
        tools: Sequence[Tool | Mapping[str, Any] | Callable[..., Any]] | None = None,
        options: Options | Mapping[str, Any] | None = None,
        think: bool | ThinkLevel | None = None,
        truncate: bool | None = None,
        shift: bool | None = None,
        debug_render_only: bool | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Parsed[T, ChatResponse]:
        """`chat` with the answer constrained to the JSON Schema of `format` and parsed into it.

        Args:
            format: The type the answer must have: a dataclass, attrs class, TypedDict, pydantic
                model or a type hint such as `list[Point]`; its JSON Schema is sent as `format`.
            model: Model name: `[host/][namespace/]model[:tag]`, tag `latest` by default; `:cloud`
                proxies to ollama.com.
            messages: The conversation. Absent or empty = only load the model (or unload it with
                `keep_alive` 0).
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the
                request; any negative value keeps it loaded until the server stops. Absent or `null`
                = the server default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            tools: Tools the model may call (needs the `tools` capability when non-empty).
            options: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null`
                values skipped. A value of the wrong JSON type is not a 400: the request fails with
                500 (`option "x" must be of type ...`) once the model is scheduled. Integer options
                accept any number and drop the fraction. Changing a runner option (`num_ctx`,
                `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`, `draft_num_predict`)
                reloads the model.
            think: Whether a thinking model reasons before answering: `true`/`false`, or a level.
                Models with the `thinking` capability think when this is absent; models without it
                reject `true` and levels with 400 (`false` is accepted). Other strings are rejected
                with 400.
            truncate: Drop the oldest messages to fit the context window. Default: true.
            shift: Shift the context when generation reaches its end instead of stopping. Default:
                true.
            debug_render_only: Return the rendered prompt in `_debug_info` without running the
                model.
            logprobs: Return the log probability of each generated token.
            top_logprobs: Also return this many most likely alternatives per token (with
                `logprobs`). 0 to 20 (else 400). Default: 0.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            `Parsed(value, response)`: the answer as an instance of `format`, and the whole
            `ChatResponse`.

        Raises:
            StructuredOutputError: The answer is not valid JSON or does not fit `format` (the raw
                text is attached; `done_reason` `"length"` means the token limit cut it off).
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        from ._structured import Parsed, parse_as, schema_of  # noqa: PLC0415

        response = await self.chat(
            model=model,
            messages=messages,
            format=schema_of(format),
            keep_alive=keep_alive,
            tools=tools,
            options=options,
            think=think,
            truncate=truncate,
            shift=shift,
            debug_render_only=debug_render_only,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return Parsed(parse_as(format, _answer_text(response.message.content), response=response), response)

    async def generate_parse(
        self,
        model: str,
        prompt: str | None = None,
        suffix: str | None = None,
        *,
        format: type[T],
        system: str | None = None,
        template: str | None = None,
        context: Sequence[int] | None = None,
        raw: bool | None = None,
        keep_alive: float | str | None = None,
        images: Sequence[str | bytes | PurePath] | None = None,
        options: Options | Mapping[str, Any] | None = None,
        think: bool | ThinkLevel | None = None,
        truncate: bool | None = None,
        shift: bool | None = None,
        debug_render_only: bool | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Parsed[T, GenerateResponse]:
        """`generate` with the answer constrained to the JSON Schema of `format` and parsed into it.

        Args:
            format: The type the answer must have (see `chat_parse`); its JSON Schema is sent as
                `format`.
            model: Model name: `[host/][namespace/]model[:tag]`, tag `latest` by default; `:cloud`
                proxies to ollama.com.
            prompt: The prompt. Empty or absent = only load the model (or unload it with
                `keep_alive` 0).
            suffix: Text after the insertion point (fill-in-the-middle); needs the `insert`
                capability.
            system: Replaces the model's system prompt.
            template: Replaces the model's prompt template (Go template syntax; a parse error gives
                500).
            context: The `context` of an earlier response, to continue from it. Deprecated.
            raw: Send `prompt` to the model unformatted. Cannot be combined with `template`,
                `system` or `context` (400). Raw responses carry no `context`.
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the
                request; any negative value keeps it loaded until the server stops. Absent or `null`
                = the server default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            images: Images or audio for multimodal models.
            options: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null`
                values skipped. A value of the wrong JSON type is not a 400: the request fails with
                500 (`option "x" must be of type ...`) once the model is scheduled. Integer options
                accept any number and drop the fraction. Changing a runner option (`num_ctx`,
                `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`, `draft_num_predict`)
                reloads the model.
            think: Whether a thinking model reasons before answering: `true`/`false`, or a level.
                Models with the `thinking` capability think when this is absent; models without it
                reject `true` and levels with 400 (`false` is accepted). Other strings are rejected
                with 400.
            truncate: Cut the prompt to fit the context window. Default: true.
            shift: Shift the context when generation reaches its end instead of stopping. Default:
                true.
            debug_render_only: Return the rendered prompt in `_debug_info` without running the
                model.
            logprobs: Return the log probability of each generated token.
            top_logprobs: Also return this many most likely alternatives per token (with
                `logprobs`). 0 to 20 (else 400). Default: 0.
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
            suffix=suffix,
            system=system,
            template=template,
            context=context,
            raw=raw,
            format=schema_of(format),
            keep_alive=keep_alive,
            images=images,
            options=options,
            think=think,
            truncate=truncate,
            shift=shift,
            debug_render_only=debug_render_only,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return Parsed(parse_as(format, _answer_text(response.response), response=response), response)

    async def run_tools(
        self,
        model: str,
        messages: Sequence[Message | Mapping[str, Any]],
        tools: Tools,
        *,
        max_rounds: int = 10,
        on_error: OnError = "raise",
        format: FormatKeyword | JsonSchema | Mapping[str, Any] | type[Any] | None = None,
        keep_alive: float | str | None = None,
        options: Options | Mapping[str, Any] | None = None,
        think: bool | ThinkLevel | None = None,
        truncate: bool | None = None,
        shift: bool | None = None,
        debug_render_only: bool | None = None,
        logprobs: bool | None = None,
        top_logprobs: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ToolRun[ChatResponse]:
        """Chat with Python functions as tools until the model answers without calling one.

        Each round sends the conversation with the tools' schemas, runs every call the model makes
        (arguments checked and converted to the annotated types), appends the results as `tool`
        messages and asks again. The other arguments go to every `chat` request.

        Args:
            tools: The functions the model may call (coroutine functions are awaited): a list (named
                by `__name__`) or a mapping of names to functions; each is described from its
                signature, type hints and docstring.
            max_rounds: At most this many chat requests.
            on_error: `"raise"`: an unknown tool or bad arguments raise, and an exception inside a
                tool propagates. `"report"`: the problem is sent back to the model as the tool's
                result, and the loop goes on.
            model: Model name: `[host/][namespace/]model[:tag]`, tag `latest` by default; `:cloud`
                proxies to ollama.com.
            messages: The conversation. Absent or empty = only load the model (or unload it with
                `keep_alive` 0).
            format: Constrains the output: `"json"` for any JSON value, or a JSON Schema object for
                structured output. Absent, `null` or `""` = unconstrained. Any other value is
                accepted by the decoder but fails with 500 `invalid format` once the model is
                loaded.
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the
                request; any negative value keeps it loaded until the server stops. Absent or `null`
                = the server default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            options: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null`
                values skipped. A value of the wrong JSON type is not a 400: the request fails with
                500 (`option "x" must be of type ...`) once the model is scheduled. Integer options
                accept any number and drop the fraction. Changing a runner option (`num_ctx`,
                `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`, `draft_num_predict`)
                reloads the model.
            think: Whether a thinking model reasons before answering: `true`/`false`, or a level.
                Models with the `thinking` capability think when this is absent; models without it
                reject `true` and levels with 400 (`false` is accepted). Other strings are rejected
                with 400.
            truncate: Drop the oldest messages to fit the context window. Default: true.
            shift: Shift the context when generation reaches its end instead of stopping. Default:
                true.
            debug_render_only: Return the rendered prompt in `_debug_info` without running the
                model.
            logprobs: Return the log probability of each generated token.
            top_logprobs: Also return this many most likely alternatives per token (with
                `logprobs`). 0 to 20 (else 400). Default: 0.
            extra_body: Fields merged into the JSON body as given, after the arguments above (for
                server features newer than this package).
            extra_headers: HTTP headers added to this request only.
            timeout: This request's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.
            max_retries: How many times this request is retried after a failed connection or a 408,
                429, 502, 503 or 504 answer, instead of the client's `max_retries`.

        Returns:
            `ToolRun(response, messages)`: the last `ChatResponse` (without tool calls) and the
            whole conversation.

        Raises:
            UnknownToolError: With `on_error="raise"`: the model called a tool that was not given.
            ToolArgumentsError: With `on_error="raise"`: a call's arguments do not fit the function.
            ToolLoopLimitError: The model still asked for tools after `max_rounds` requests.
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        from ._tools import arun_tools  # noqa: PLC0415

        return await arun_tools(
            self,
            model,
            messages,
            tools,
            max_rounds=max_rounds,
            on_error=on_error,
            format=format,
            keep_alive=keep_alive,
            options=options,
            think=think,
            truncate=truncate,
            shift=shift,
            debug_render_only=debug_render_only,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create_from_files(
        self,
        model: str,
        files: FilesArg,
        *,
        adapters: FilesArg | None = None,
        progress: ProgressArg = None,
        chunk_size: int | None = None,
        from_: str | None = None,
        draft_files: FileDigestMap | Mapping[str, Any] | None = None,
        quantize: str | None = None,
        draft_quantize: str | None = None,
        remote_host: str | None = None,
        template: str | None = None,
        license: str | Sequence[str] | None = None,
        system: str | None = None,
        parameters: Options | Mapping[str, Any] | None = None,
        messages: Sequence[Message | Mapping[str, Any]] | None = None,
        renderer: str | None = None,
        parser: str | None = None,
        requires: str | None = None,
        info: CreateInfo | Mapping[str, Any] | None = None,
        name: str | None = None,
        quantization: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProgressResponse:
        """Create `model` from local files: hash them, upload the blobs the server lacks (streamed, never whole in memory) and run `create`.

        File reads and hashing run in worker threads.

        Args:
            files: Local GGUF or safetensors files: a list (named by their base names) or a mapping
                of names to paths.
            adapters: LoRA adapter files, given the same way.
            progress: True: progress bars (rich when installed, else text); a callable: called with
                each `ProgressUpdate`; None or False: quiet.
            chunk_size: The size of the pieces files are read, hashed and uploaded in.
            model: Name of the model to create.
            from_: Existing model to build on (pulled first if it is not local). With a `:cloud`
                name or `remote_host` the new model is a stub that forwards to that host.
            draft_files: File name (a relative slash path without `..`) to the digest
                (`sha256:<hex>`) of a blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors`
                files are converted; `*.gguf` files (or any file with GGUF magic) are imported.
            quantize: Quantize the weights (only from F16, BF16 or F32 sources): `q4_K_M` (alias
                `q4_K`), `q4_K_S`, `q8_0`, `f16`, `f32`, `bf16`, case-insensitive. Other values fail
                with 500.
            draft_quantize: Quantize the draft model (needs `draft_files`).
            remote_host: Create a stub that forwards to the Ollama at this URL (`ollama.com` means
                `https://ollama.com:443`).
            template: Prompt template (Go template syntax; a parse error gives 400).
            license: One license text or several.
            system: System prompt.
            parameters: Model and runner options. Any subset; the model's Modelfile parameters
                override the server defaults and these override both. Unknown keys are ignored and
                `null` values skipped. A value of the wrong JSON type is not a 400: the request
                fails with 500 (`option "x" must be of type ...`) once the model is scheduled.
                Integer options accept any number and drop the fraction. Changing a runner option
                (`num_ctx`, `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`,
                `draft_num_predict`) reloads the model.
            messages: Messages that start every conversation with the model.
            renderer: Name of a built-in prompt renderer.
            parser: Name of a built-in output parser.
            requires: Minimum Ollama version the model needs.
            info: Overrides of what the server would detect about the model. Wrong types are
                rejected with 400.
            name: Deprecated alias of `model` (used when `model` is empty).
            quantization: Deprecated alias of `quantize`.
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
            FileNotFoundError: A file does not exist.
            ResponseError: The server answered with an error status, as the subclass for it
                (`BadRequestError` 400, `NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502,
                503 and 504 only once the retries are used up.
            APIConnectionError: The server could not be reached (`APITimeoutError` when a timeout
                expired).
            DecodeError: The answer is not the JSON the operation returns.
        """
        from ._files import acreate_from_files  # noqa: PLC0415

        result: ProgressResponse = await acreate_from_files(
            self,
            model,
            files,
            adapters=adapters,
            progress=progress,
            chunk_size=chunk_size,
            from_=from_,
            draft_files=draft_files,
            quantize=quantize,
            draft_quantize=draft_quantize,
            remote_host=remote_host,
            template=template,
            license=license,
            system=system,
            parameters=parameters,
            messages=messages,
            renderer=renderer,
            parser=parser,
            requires=requires,
            info=info,
            name=name,
            quantization=quantization,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return result

    async def pull_with_progress(
        self,
        model: str | None = None,
        *,
        progress: ProgressArg = True,
        retries: int = 3,
        insecure: bool | None = None,
        username: str | None = None,
        password: str | None = None,
        name: str | None = None,
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
            model: Model name: `[host/][namespace/]model[:tag]`; a `:cloud` name adds a cloud stub.
            insecure: Allow a registry reached over plain `http://`.
            username: Ignored.
            password: Ignored.
            name: Deprecated alias of `model` (used when `model` is empty).
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
            username=username,
            password=password,
            name=name,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return result
