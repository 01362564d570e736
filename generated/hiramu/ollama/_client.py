"""`Client` and `AsyncClient`: one method per operation of the Ollama API.

Request fields are keyword arguments named as on the wire (a trailing underscore only where Python
forbids the name); model instances and plain mappings are both accepted. Every method also takes
`extra_headers`, `timeout` and `max_retries` for that call, and JSON-body methods `extra_body` (fields
sent as given, for server features newer than the spec). Streaming operations have a
`<operation>_stream` twin that returns a `Stream` (`AsyncStream`) of typed chunks.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._collect import merge_chat, merge_generate, merge_progress
from ._encode import build_body, decode_json, encode_format, encode_tools, path_param
from ._exceptions import NotFoundError
from ._helpers import AsyncHelpers, SyncHelpers
from ._streaming import AsyncStream, Stream
from ._types import NOT_GIVEN, NotGiven, TimeoutTypes

# Models (and other names only the signatures use) load when first needed, which keeps
# `import hiramu.ollama` fast.
if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import PurePath

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

__all__ = ["AsyncClient", "Client"]


class Client(SyncHelpers, SyncAPIClient):
    """A synchronous Ollama client.

    `Client(host=None, *, api_key=None, timeout=..., max_retries=2, headers=None, http_client=None,
    transport=None)`: the host defaults to `OLLAMA_HOST`, then `http://127.0.0.1:11434`. Use it as a
    context manager or call `close()` when done.
    """

    def heartbeat(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> str:
        """Liveness probe

        Answers `Ollama is running` as plain text.
        """

        response = self.request(
            "GET", "/", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
        return response.text

    def heartbeat_head(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Liveness probe without a body

        The probe the official clients use. Headers only (`text/plain`, length 17).
        """

        try:
            self.request("HEAD", "/", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries)
        except NotFoundError:
            return False
        return True

    def version(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VersionResponse:
        """Server version"""
        from .models.version_response import VersionResponse  # noqa: PLC0415

        response = self.request(
            "GET", "/api/version", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
        return VersionResponse.from_dict(decode_json(response))

    def version_head(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Server version, headers only"""

        try:
            self.request(
                "HEAD", "/api/version", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
            )
        except NotFoundError:
            return False
        return True

    def status(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> StatusResponse:
        """Cloud status

        Whether Ollama cloud features (cloud models, web search, account routes) are disabled, and by what.
        """
        from .models.status_response import StatusResponse  # noqa: PLC0415

        response = self.request(
            "GET", "/api/status", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
        return StatusResponse.from_dict(decode_json(response))

    def generate(
        self,
        model: str,
        *,
        prompt: str | None = None,
        suffix: str | None = None,
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
        """Generate a completion for a prompt

        Runs the model on `prompt` (with the model's template unless `raw`). Streams by default.

        Special outcomes, each a single `application/json` object even when streaming:
        an empty `prompt` loads the model (`done_reason: "load"`); an empty `prompt` with `keep_alive: 0`
        unloads it (`done_reason: "unload"`); `_debug_render_only` returns the rendered prompt in
        `_debug_info` without running the model.

        Models named with `:cloud` (or a tag ending in `-cloud`) are proxied to ollama.com; the upstream
        status and body are relayed.

        Args:
            model: Model name: `[host/][namespace/]model[:tag]`, tag `latest` by default; `:cloud`
                proxies to ollama.com.
            prompt: The prompt. Empty or absent = only load the model (or unload it with `keep_alive`
                0).
            suffix: Text after the insertion point (fill-in-the-middle); needs the `insert` capability.
            system: Replaces the model's system prompt.
            template: Replaces the model's prompt template (Go template syntax; a parse error gives
                500).
            context: The `context` of an earlier response, to continue from it. Deprecated.
            raw: Send `prompt` to the model unformatted. Cannot be combined with `template`, `system` or
                `context` (400). Raw responses carry no `context`.
            format: Constrains the output: `"json"` for any JSON value, or a JSON Schema object for
                structured output. Absent, `null` or `""` = unconstrained. Any other value is accepted by
                the decoder but fails with 500 `invalid format` once the model is loaded.
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the request;
                any negative value keeps it loaded until the server stops. Absent or `null` = the server
                default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            images: Images or audio for multimodal models.
            options: Model and runner options. Any subset; the model's Modelfile parameters override the
                server defaults and these override both. Unknown keys are ignored and `null` values skipped.
                A value of the wrong JSON type is not a 400: the request fails with 500 (`option "x" must be
                of type ...`) once the model is scheduled. Integer options accept any number and drop the
                fraction. Changing a runner option (`num_ctx`, `num_batch`, `num_gpu`, `main_gpu`,
                `use_mmap`, `num_thread`, `draft_num_predict`) reloads the model.
            think: Whether a thinking model reasons before answering: `true`/`false`, or a level. Models
                with the `thinking` capability think when this is absent; models without it reject `true`
                and levels with 400 (`false` is accepted). Other strings are rejected with 400.
            truncate: Cut the prompt to fit the context window. Default: true.
            shift: Shift the context when generation reaches its end instead of stopping. Default: true.
            debug_render_only: Return the rendered prompt in `_debug_info` without running the model.
            logprobs: Return the log probability of each generated token.
            top_logprobs: Also return this many most likely alternatives per token (with `logprobs`). 0
                to 20 (else 400). Default: 0.
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
                ("format", encode_format(format)),
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

        response = self.request(
            "POST",
            "/api/generate",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return GenerateResponse.from_dict(decode_json(response))

    def generate_stream(
        self,
        model: str,
        *,
        prompt: str | None = None,
        suffix: str | None = None,
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
        """Generate a completion for a prompt

        Runs the model on `prompt` (with the model's template unless `raw`). Streams by default.

        Special outcomes, each a single `application/json` object even when streaming:
        an empty `prompt` loads the model (`done_reason: "load"`); an empty `prompt` with `keep_alive: 0`
        unloads it (`done_reason: "unload"`); `_debug_render_only` returns the rendered prompt in
        `_debug_info` without running the model.

        Models named with `:cloud` (or a tag ending in `-cloud`) are proxied to ollama.com; the upstream
        status and body are relayed.

        Sends `stream: true`; iterate the returned stream for typed chunks, or `collect()` it.

        Args:
            model: Model name: `[host/][namespace/]model[:tag]`, tag `latest` by default; `:cloud`
                proxies to ollama.com.
            prompt: The prompt. Empty or absent = only load the model (or unload it with `keep_alive`
                0).
            suffix: Text after the insertion point (fill-in-the-middle); needs the `insert` capability.
            system: Replaces the model's system prompt.
            template: Replaces the model's prompt template (Go template syntax; a parse error gives
                500).
            context: The `context` of an earlier response, to continue from it. Deprecated.
            raw: Send `prompt` to the model unformatted. Cannot be combined with `template`, `system` or
                `context` (400). Raw responses carry no `context`.
            format: Constrains the output: `"json"` for any JSON value, or a JSON Schema object for
                structured output. Absent, `null` or `""` = unconstrained. Any other value is accepted by
                the decoder but fails with 500 `invalid format` once the model is loaded.
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the request;
                any negative value keeps it loaded until the server stops. Absent or `null` = the server
                default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            images: Images or audio for multimodal models.
            options: Model and runner options. Any subset; the model's Modelfile parameters override the
                server defaults and these override both. Unknown keys are ignored and `null` values skipped.
                A value of the wrong JSON type is not a 400: the request fails with 500 (`option "x" must be
                of type ...`) once the model is scheduled. Integer options accept any number and drop the
                fraction. Changing a runner option (`num_ctx`, `num_batch`, `num_gpu`, `main_gpu`,
                `use_mmap`, `num_thread`, `draft_num_predict`) reloads the model.
            think: Whether a thinking model reasons before answering: `true`/`false`, or a level. Models
                with the `thinking` capability think when this is absent; models without it reject `true`
                and levels with 400 (`false` is accepted). Other strings are rejected with 400.
            truncate: Cut the prompt to fit the context window. Default: true.
            shift: Shift the context when generation reaches its end instead of stopping. Default: true.
            debug_render_only: Return the rendered prompt in `_debug_info` without running the model.
            logprobs: Return the log probability of each generated token.
            top_logprobs: Also return this many most likely alternatives per token (with `logprobs`). 0
                to 20 (else 400). Default: 0.
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
                ("format", encode_format(format)),
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

        return self.stream(
            "POST",
            "/api/generate",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            parse=GenerateResponse.from_dict,
            merge=merge_generate,
        )

    def chat(
        self,
        model: str,
        *,
        messages: Sequence[Message | Mapping[str, Any]] | None = None,
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
        """Generate the next message of a chat

        Renders `messages` (after the model's own Modelfile messages and system prompt) with the model's
        template and generates the assistant's answer. Streams by default.

        Special outcomes, each a single `application/json` object even when streaming: no `messages`
        loads the model (`done_reason: "load"`); no `messages` with `keep_alive: 0` unloads it
        (`done_reason: "unload"`); `_debug_render_only` returns the rendered prompt in `_debug_info`.

        Tool calls parsed from the output arrive in `message.tool_calls` (usually in their own chunk with
        empty `content`). Models named with `:cloud` are proxied to ollama.com.

        Args:
            model: Model name: `[host/][namespace/]model[:tag]`, tag `latest` by default; `:cloud`
                proxies to ollama.com.
            messages: The conversation. Absent or empty = only load the model (or unload it with
                `keep_alive` 0).
            format: Constrains the output: `"json"` for any JSON value, or a JSON Schema object for
                structured output. Absent, `null` or `""` = unconstrained. Any other value is accepted by
                the decoder but fails with 500 `invalid format` once the model is loaded.
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the request;
                any negative value keeps it loaded until the server stops. Absent or `null` = the server
                default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            tools: Tools the model may call (needs the `tools` capability when non-empty).
            options: Model and runner options. Any subset; the model's Modelfile parameters override the
                server defaults and these override both. Unknown keys are ignored and `null` values skipped.
                A value of the wrong JSON type is not a 400: the request fails with 500 (`option "x" must be
                of type ...`) once the model is scheduled. Integer options accept any number and drop the
                fraction. Changing a runner option (`num_ctx`, `num_batch`, `num_gpu`, `main_gpu`,
                `use_mmap`, `num_thread`, `draft_num_predict`) reloads the model.
            think: Whether a thinking model reasons before answering: `true`/`false`, or a level. Models
                with the `thinking` capability think when this is absent; models without it reject `true`
                and levels with 400 (`false` is accepted). Other strings are rejected with 400.
            truncate: Drop the oldest messages to fit the context window. Default: true.
            shift: Shift the context when generation reaches its end instead of stopping. Default: true.
            debug_render_only: Return the rendered prompt in `_debug_info` without running the model.
            logprobs: Return the log probability of each generated token.
            top_logprobs: Also return this many most likely alternatives per token (with `logprobs`). 0
                to 20 (else 400). Default: 0.
        """
        from .models.chat_response import ChatResponse  # noqa: PLC0415

        body = build_body(
            (
                ("model", model),
                ("messages", messages),
                ("format", encode_format(format)),
                ("keep_alive", keep_alive),
                ("tools", encode_tools(tools)),
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

        response = self.request(
            "POST",
            "/api/chat",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return ChatResponse.from_dict(decode_json(response))

    def chat_stream(
        self,
        model: str,
        *,
        messages: Sequence[Message | Mapping[str, Any]] | None = None,
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
        """Generate the next message of a chat

        Renders `messages` (after the model's own Modelfile messages and system prompt) with the model's
        template and generates the assistant's answer. Streams by default.

        Special outcomes, each a single `application/json` object even when streaming: no `messages`
        loads the model (`done_reason: "load"`); no `messages` with `keep_alive: 0` unloads it
        (`done_reason: "unload"`); `_debug_render_only` returns the rendered prompt in `_debug_info`.

        Tool calls parsed from the output arrive in `message.tool_calls` (usually in their own chunk with
        empty `content`). Models named with `:cloud` are proxied to ollama.com.

        Sends `stream: true`; iterate the returned stream for typed chunks, or `collect()` it.

        Args:
            model: Model name: `[host/][namespace/]model[:tag]`, tag `latest` by default; `:cloud`
                proxies to ollama.com.
            messages: The conversation. Absent or empty = only load the model (or unload it with
                `keep_alive` 0).
            format: Constrains the output: `"json"` for any JSON value, or a JSON Schema object for
                structured output. Absent, `null` or `""` = unconstrained. Any other value is accepted by
                the decoder but fails with 500 `invalid format` once the model is loaded.
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the request;
                any negative value keeps it loaded until the server stops. Absent or `null` = the server
                default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            tools: Tools the model may call (needs the `tools` capability when non-empty).
            options: Model and runner options. Any subset; the model's Modelfile parameters override the
                server defaults and these override both. Unknown keys are ignored and `null` values skipped.
                A value of the wrong JSON type is not a 400: the request fails with 500 (`option "x" must be
                of type ...`) once the model is scheduled. Integer options accept any number and drop the
                fraction. Changing a runner option (`num_ctx`, `num_batch`, `num_gpu`, `main_gpu`,
                `use_mmap`, `num_thread`, `draft_num_predict`) reloads the model.
            think: Whether a thinking model reasons before answering: `true`/`false`, or a level. Models
                with the `thinking` capability think when this is absent; models without it reject `true`
                and levels with 400 (`false` is accepted). Other strings are rejected with 400.
            truncate: Drop the oldest messages to fit the context window. Default: true.
            shift: Shift the context when generation reaches its end instead of stopping. Default: true.
            debug_render_only: Return the rendered prompt in `_debug_info` without running the model.
            logprobs: Return the log probability of each generated token.
            top_logprobs: Also return this many most likely alternatives per token (with `logprobs`). 0
                to 20 (else 400). Default: 0.
        """
        from .models.chat_response import ChatResponse  # noqa: PLC0415

        body = build_body(
            (
                ("model", model),
                ("messages", messages),
                ("format", encode_format(format)),
                ("keep_alive", keep_alive),
                ("tools", encode_tools(tools)),
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

        return self.stream(
            "POST",
            "/api/chat",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            parse=ChatResponse.from_dict,
            merge=merge_chat,
        )

    def embed(
        self,
        model: str,
        *,
        input: str | Sequence[str] | None = None,
        truncate: bool | None = None,
        dimensions: int | None = None,
        keep_alive: float | str | None = None,
        options: Options | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EmbedResponse:
        """Embed one or more texts

        Returns one L2-normalised vector per input, in input order. Without input (absent, `null`, `""`
        or `[]`) the model is only loaded (or unloaded with `keep_alive: 0`) and `embeddings` is empty.
        Not streamed. Models named with `:cloud` are proxied to ollama.com.

        Args:
            model: Model name; any model is tried (the runner decides whether it can embed).
            input: One text or a list of texts. Any other JSON type (or a non-string list item) is
                rejected with 400.
            truncate: Cut each input to fit the context window; `false` makes an over-long input a 400.
                Default: true.
            dimensions: Cut each vector to this many dimensions and normalise again (ignored unless
                smaller than the model's size).
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the request;
                any negative value keeps it loaded until the server stops. Absent or `null` = the server
                default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            options: Model and runner options. Any subset; the model's Modelfile parameters override the
                server defaults and these override both. Unknown keys are ignored and `null` values skipped.
                A value of the wrong JSON type is not a 400: the request fails with 500 (`option "x" must be
                of type ...`) once the model is scheduled. Integer options accept any number and drop the
                fraction. Changing a runner option (`num_ctx`, `num_batch`, `num_gpu`, `main_gpu`,
                `use_mmap`, `num_thread`, `draft_num_predict`) reloads the model.
        """
        from .models.embed_response import EmbedResponse  # noqa: PLC0415

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

        response = self.request(
            "POST",
            "/api/embed",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return EmbedResponse.from_dict(decode_json(response))

    def embeddings(
        self,
        model: str,
        *,
        prompt: str | None = None,
        keep_alive: float | str | None = None,
        options: Options | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EmbeddingResponse:
        """Embed one text (legacy)

        Deprecated by the server.

        Superseded by `/api/embed`. Returns one vector that is **not** normalised. An empty `prompt` only
        loads the model and returns `embedding: []`.

        Args:
            model: Model name.
            prompt: The text to embed. Empty or absent = only load the model.
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the request;
                any negative value keeps it loaded until the server stops. Absent or `null` = the server
                default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            options: Model and runner options. Any subset; the model's Modelfile parameters override the
                server defaults and these override both. Unknown keys are ignored and `null` values skipped.
                A value of the wrong JSON type is not a 400: the request fails with 500 (`option "x" must be
                of type ...`) once the model is scheduled. Integer options accept any number and drop the
                fraction. Changing a runner option (`num_ctx`, `num_batch`, `num_gpu`, `main_gpu`,
                `use_mmap`, `num_thread`, `draft_num_predict`) reloads the model.
        """
        from .models.embedding_response import EmbeddingResponse  # noqa: PLC0415

        body = build_body(
            (
                ("model", model),
                ("prompt", prompt),
                ("keep_alive", keep_alive),
                ("options", options),
            ),
            extra_body,
        )

        response = self.request(
            "POST",
            "/api/embeddings",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return EmbeddingResponse.from_dict(decode_json(response))

    def create(
        self,
        model: str | None = None,
        *,
        from_: str | None = None,
        files: FileDigestMap | Mapping[str, Any] | None = None,
        adapters: FileDigestMap | Mapping[str, Any] | None = None,
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
        """Create a model

        Creates `model` from an existing model (`from`, pulled first if it is not local) or from files
        uploaded with `POST /api/blobs/{digest}` (`files`, `adapters`, `draft_files`), and applies the
        template, system prompt, parameters, messages, license and quantization given. Streams progress
        by default. Most validation happens before the first progress line and gets a real status; a
        later failure ends the stream with a `StreamErrorLine`.

        Args:
            model: Name of the model to create.
            from_: Existing model to build on (pulled first if it is not local). With a `:cloud` name or
                `remote_host` the new model is a stub that forwards to that host.
            files: File name (a relative slash path without `..`) to the digest (`sha256:<hex>`) of a
                blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors` files are converted; `*.gguf`
                files (or any file with GGUF magic) are imported.
            adapters: File name (a relative slash path without `..`) to the digest (`sha256:<hex>`) of a
                blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors` files are converted; `*.gguf`
                files (or any file with GGUF magic) are imported.
            draft_files: File name (a relative slash path without `..`) to the digest (`sha256:<hex>`)
                of a blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors` files are converted;
                `*.gguf` files (or any file with GGUF magic) are imported.
            quantize: Quantize the weights (only from F16, BF16 or F32 sources): `q4_K_M` (alias
                `q4_K`), `q4_K_S`, `q8_0`, `f16`, `f32`, `bf16`, case-insensitive. Other values fail with
                500.
            draft_quantize: Quantize the draft model (needs `draft_files`).
            remote_host: Create a stub that forwards to the Ollama at this URL (`ollama.com` means
                `https://ollama.com:443`).
            template: Prompt template (Go template syntax; a parse error gives 400).
            license: One license text or several.
            system: System prompt.
            parameters: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null` values
                skipped. A value of the wrong JSON type is not a 400: the request fails with 500 (`option
                "x" must be of type ...`) once the model is scheduled. Integer options accept any number and
                drop the fraction. Changing a runner option (`num_ctx`, `num_batch`, `num_gpu`, `main_gpu`,
                `use_mmap`, `num_thread`, `draft_num_predict`) reloads the model.
            messages: Messages that start every conversation with the model.
            renderer: Name of a built-in prompt renderer.
            parser: Name of a built-in output parser.
            requires: Minimum Ollama version the model needs.
            info: Overrides of what the server would detect about the model. Wrong types are rejected
                with 400.
            name: Deprecated alias of `model` (used when `model` is empty).
            quantization: Deprecated alias of `quantize`.
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
        body["stream"] = False

        response = self.request(
            "POST",
            "/api/create",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return ProgressResponse.from_dict(decode_json(response))

    def create_stream(
        self,
        model: str | None = None,
        *,
        from_: str | None = None,
        files: FileDigestMap | Mapping[str, Any] | None = None,
        adapters: FileDigestMap | Mapping[str, Any] | None = None,
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
    ) -> Stream[ProgressResponse]:
        """Create a model

        Creates `model` from an existing model (`from`, pulled first if it is not local) or from files
        uploaded with `POST /api/blobs/{digest}` (`files`, `adapters`, `draft_files`), and applies the
        template, system prompt, parameters, messages, license and quantization given. Streams progress
        by default. Most validation happens before the first progress line and gets a real status; a
        later failure ends the stream with a `StreamErrorLine`.

        Sends `stream: true`; iterate the returned stream for typed chunks, or `collect()` it.

        Args:
            model: Name of the model to create.
            from_: Existing model to build on (pulled first if it is not local). With a `:cloud` name or
                `remote_host` the new model is a stub that forwards to that host.
            files: File name (a relative slash path without `..`) to the digest (`sha256:<hex>`) of a
                blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors` files are converted; `*.gguf`
                files (or any file with GGUF magic) are imported.
            adapters: File name (a relative slash path without `..`) to the digest (`sha256:<hex>`) of a
                blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors` files are converted; `*.gguf`
                files (or any file with GGUF magic) are imported.
            draft_files: File name (a relative slash path without `..`) to the digest (`sha256:<hex>`)
                of a blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors` files are converted;
                `*.gguf` files (or any file with GGUF magic) are imported.
            quantize: Quantize the weights (only from F16, BF16 or F32 sources): `q4_K_M` (alias
                `q4_K`), `q4_K_S`, `q8_0`, `f16`, `f32`, `bf16`, case-insensitive. Other values fail with
                500.
            draft_quantize: Quantize the draft model (needs `draft_files`).
            remote_host: Create a stub that forwards to the Ollama at this URL (`ollama.com` means
                `https://ollama.com:443`).
            template: Prompt template (Go template syntax; a parse error gives 400).
            license: One license text or several.
            system: System prompt.
            parameters: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null` values
                skipped. A value of the wrong JSON type is not a 400: the request fails with 500 (`option
                "x" must be of type ...`) once the model is scheduled. Integer options accept any number and
                drop the fraction. Changing a runner option (`num_ctx`, `num_batch`, `num_gpu`, `main_gpu`,
                `use_mmap`, `num_thread`, `draft_num_predict`) reloads the model.
            messages: Messages that start every conversation with the model.
            renderer: Name of a built-in prompt renderer.
            parser: Name of a built-in output parser.
            requires: Minimum Ollama version the model needs.
            info: Overrides of what the server would detect about the model. Wrong types are rejected
                with 400.
            name: Deprecated alias of `model` (used when `model` is empty).
            quantization: Deprecated alias of `quantize`.
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

        return self.stream(
            "POST",
            "/api/create",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            parse=ProgressResponse.from_dict,
            merge=merge_progress,
        )

    def create_blob(
        self,
        digest: str,
        content: bytes | Iterable[bytes],
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Upload a blob

        Stores the raw request body as a blob for `create`'s `files`, `adapters` and `draft_files`. When
        the blob already exists the body is not read and the answer is 200. Otherwise the body is hashed
        and the computed `sha256:<lower-case hex>` must equal the path parameter exactly.
        """

        self.request(
            "POST",
            f"/api/blobs/{path_param(digest)}",
            content=content,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def blob_exists(
        self,
        digest: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Check whether a blob exists"""

        try:
            self.request(
                "HEAD",
                f"/api/blobs/{path_param(digest)}",
                timeout=timeout,
                extra_headers=extra_headers,
                max_retries=max_retries,
            )
        except NotFoundError:
            return False
        return True

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListResponse:
        """List local models

        All local models, most recently modified first.
        """
        from .models.list_response import ListResponse  # noqa: PLC0415

        response = self.request(
            "GET", "/api/tags", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
        return ListResponse.from_dict(decode_json(response))

    def list_head(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """List local models, headers only"""

        try:
            self.request(
                "HEAD", "/api/tags", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
            )
        except NotFoundError:
            return False
        return True

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
        """Show a model's details

        Details, template, parameters, Modelfile, GGUF metadata and tensors of a local model. Models
        named with `:cloud` are answered from a cache or proxied to ollama.com.

        Args:
            model: The model.
            verbose: Include the full GGUF arrays in `model_info`/`projector_info` (otherwise they are
                `null`).
            system: Show the Modelfile with this system prompt instead of the model's.
            options: Model and runner options. Any subset; the model's Modelfile parameters override the
                server defaults and these override both. Unknown keys are ignored and `null` values skipped.
                A value of the wrong JSON type is not a 400: the request fails with 500 (`option "x" must be
                of type ...`) once the model is scheduled. Integer options accept any number and drop the
                fraction. Changing a runner option (`num_ctx`, `num_batch`, `num_gpu`, `main_gpu`,
                `use_mmap`, `num_thread`, `draft_num_predict`) reloads the model.
            template: Ignored.
            name: Deprecated alias of `model` (used when `model` is empty).
        """
        from .models.show_response import ShowResponse  # noqa: PLC0415

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

        response = self.request(
            "POST",
            "/api/show",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return ShowResponse.from_dict(decode_json(response))

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
        """Copy a model

        Copies `source` to `destination`, overwriting an existing destination.

        Args:
            source: Existing model.
            destination: New name (an existing model of that name is overwritten).
        """
        body = build_body(
            (
                ("source", source),
                ("destination", destination),
            ),
            extra_body,
        )

        self.request(
            "POST",
            "/api/copy",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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
        """Delete a model

        Deletes a local model (a DELETE with a JSON body); layers no other model uses are removed.

        Args:
            model: The model to delete.
            name: Deprecated alias of `model` (used when `model` is empty).
        """
        body = build_body(
            (
                ("model", model),
                ("name", name),
            ),
            extra_body,
        )

        self.request(
            "DELETE",
            "/api/delete",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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
        """Download a model from a registry

        Pulls `model` from its registry (registry.ollama.ai unless the name has a host). Streams progress
        by default. Only an invalid name fails before the stream starts; registry and network failures
        end the stream with a `StreamErrorLine` (or give 500 with `stream: false`).

        Args:
            model: Model name: `[host/][namespace/]model[:tag]`; a `:cloud` name adds a cloud stub.
            insecure: Allow a registry reached over plain `http://`.
            username: Ignored.
            password: Ignored.
            name: Deprecated alias of `model` (used when `model` is empty).
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
        body["stream"] = False

        response = self.request(
            "POST",
            "/api/pull",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return ProgressResponse.from_dict(decode_json(response))

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
        """Download a model from a registry

        Pulls `model` from its registry (registry.ollama.ai unless the name has a host). Streams progress
        by default. Only an invalid name fails before the stream starts; registry and network failures
        end the stream with a `StreamErrorLine` (or give 500 with `stream: false`).

        Sends `stream: true`; iterate the returned stream for typed chunks, or `collect()` it.

        Args:
            model: Model name: `[host/][namespace/]model[:tag]`; a `:cloud` name adds a cloud stub.
            insecure: Allow a registry reached over plain `http://`.
            username: Ignored.
            password: Ignored.
            name: Deprecated alias of `model` (used when `model` is empty).
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

        return self.stream(
            "POST",
            "/api/pull",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            parse=ProgressResponse.from_dict,
            merge=merge_progress,
        )

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
        """Upload a model to a registry

        Pushes a local model to the registry named in its name (registry.ollama.ai by default; the
        server signs the request with its key). Streams progress by default; every failure after the
        name check (unknown model, network, registry refusal) ends the stream with a `StreamErrorLine`
        (or gives 500 with `stream: false`).

        Args:
            model: Local model name, including the namespace it is pushed to (`<user>/<model>[:tag]`).
            insecure: Allow a registry reached over plain `http://`.
            username: Ignored.
            password: Ignored.
            name: Deprecated alias of `model` (used when `model` is empty).
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
        body["stream"] = False

        response = self.request(
            "POST",
            "/api/push",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return ProgressResponse.from_dict(decode_json(response))

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
        """Upload a model to a registry

        Pushes a local model to the registry named in its name (registry.ollama.ai by default; the
        server signs the request with its key). Streams progress by default; every failure after the
        name check (unknown model, network, registry refusal) ends the stream with a `StreamErrorLine`
        (or gives 500 with `stream: false`).

        Sends `stream: true`; iterate the returned stream for typed chunks, or `collect()` it.

        Args:
            model: Local model name, including the namespace it is pushed to (`<user>/<model>[:tag]`).
            insecure: Allow a registry reached over plain `http://`.
            username: Ignored.
            password: Ignored.
            name: Deprecated alias of `model` (used when `model` is empty).
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

        return self.stream(
            "POST",
            "/api/push",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            parse=ProgressResponse.from_dict,
            merge=merge_progress,
        )

    def ps(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProcessResponse:
        """List loaded models

        The models loaded in memory, the one with the longest remaining keep-alive first.
        """
        from .models.process_response import ProcessResponse  # noqa: PLC0415

        response = self.request(
            "GET", "/api/ps", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
        return ProcessResponse.from_dict(decode_json(response))

    def whoami(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UserResponse:
        """The ollama.com account this server is signed in to

        Asks ollama.com, signed with this server's key. Takes no request body.
        """
        from .models.user_response import UserResponse  # noqa: PLC0415

        response = self.request(
            "POST", "/api/me", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
        return UserResponse.from_dict(decode_json(response))

    def signout(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Sign this server out of ollama.com

        Disconnects this server's public key from its ollama.com account. Takes no request body.
        """

        self.request(
            "POST", "/api/signout", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )

    def delete_user_key(
        self,
        encoded_key: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Sign this server out of ollama.com (deprecated alias)

        Deprecated by the server.

        Same handler as `POST /api/signout`; the `encodedKey` path segment is ignored (the server always
        disconnects its own key).
        """

        self.request(
            "DELETE",
            f"/api/user/keys/{path_param(encoded_key)}",
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def web_search(
        self,
        query: str,
        *,
        max_results: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WebSearchResponse:
        """Search the web through ollama.com (experimental)

        The raw body is forwarded unchanged to ollama.com `/api/web_search`, signed with this server's
        key (a client `Authorization` header is dropped). Only an empty body is rejected locally; the
        upstream status and body are relayed.

        Args:
            query: What to search for.
            max_results: How many results ollama.com should return (it documents 1 to 10, default 5).
        """
        from .models.web_search_response import WebSearchResponse  # noqa: PLC0415

        body = build_body(
            (
                ("query", query),
                ("max_results", max_results),
            ),
            extra_body,
        )

        response = self.request(
            "POST",
            "/api/experimental/web_search",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return WebSearchResponse.from_dict(decode_json(response))

    def web_fetch(
        self,
        url: str,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WebFetchResponse:
        """Fetch a web page through ollama.com (experimental)

        The raw body is forwarded unchanged to ollama.com `/api/web_fetch`, signed with this server's key
        (a client `Authorization` header is dropped). Only an empty body is rejected locally; the upstream
        status and body are relayed.

        Args:
            url: The page to fetch.
        """
        from .models.web_fetch_response import WebFetchResponse  # noqa: PLC0415

        body = build_body(
            (("url", url),),
            extra_body,
        )

        response = self.request(
            "POST",
            "/api/experimental/web_fetch",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return WebFetchResponse.from_dict(decode_json(response))

    def model_recommendations(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ModelRecommendationsResponse:
        """Recommended models (experimental)

        Served from a cache refreshed from ollama.com, falling back to a built-in list.
        """
        from .models.model_recommendations_response import ModelRecommendationsResponse  # noqa: PLC0415

        response = self.request(
            "GET",
            "/api/experimental/model-recommendations",
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return ModelRecommendationsResponse.from_dict(decode_json(response))


class AsyncClient(AsyncHelpers, AsyncAPIClient):
    """An asynchronous Ollama client; every method mirrors `Client`'s and is awaited.

    Streaming twins are awaited too (the request is sent then) and return an `AsyncStream` to
    iterate with `async for`, preferably inside `async with`.
    """

    async def heartbeat(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> str:
        """Liveness probe

        Answers `Ollama is running` as plain text.
        """

        response = await self.request(
            "GET", "/", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
        return response.text

    async def heartbeat_head(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Liveness probe without a body

        The probe the official clients use. Headers only (`text/plain`, length 17).
        """

        try:
            await self.request(
                "HEAD", "/", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
            )
        except NotFoundError:
            return False
        return True

    async def version(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VersionResponse:
        """Server version"""
        from .models.version_response import VersionResponse  # noqa: PLC0415

        response = await self.request(
            "GET", "/api/version", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
        return VersionResponse.from_dict(decode_json(response))

    async def version_head(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Server version, headers only"""

        try:
            await self.request(
                "HEAD", "/api/version", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
            )
        except NotFoundError:
            return False
        return True

    async def status(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> StatusResponse:
        """Cloud status

        Whether Ollama cloud features (cloud models, web search, account routes) are disabled, and by what.
        """
        from .models.status_response import StatusResponse  # noqa: PLC0415

        response = await self.request(
            "GET", "/api/status", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
        return StatusResponse.from_dict(decode_json(response))

    async def generate(
        self,
        model: str,
        *,
        prompt: str | None = None,
        suffix: str | None = None,
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
        """Generate a completion for a prompt

        Runs the model on `prompt` (with the model's template unless `raw`). Streams by default.

        Special outcomes, each a single `application/json` object even when streaming:
        an empty `prompt` loads the model (`done_reason: "load"`); an empty `prompt` with `keep_alive: 0`
        unloads it (`done_reason: "unload"`); `_debug_render_only` returns the rendered prompt in
        `_debug_info` without running the model.

        Models named with `:cloud` (or a tag ending in `-cloud`) are proxied to ollama.com; the upstream
        status and body are relayed.

        Args:
            model: Model name: `[host/][namespace/]model[:tag]`, tag `latest` by default; `:cloud`
                proxies to ollama.com.
            prompt: The prompt. Empty or absent = only load the model (or unload it with `keep_alive`
                0).
            suffix: Text after the insertion point (fill-in-the-middle); needs the `insert` capability.
            system: Replaces the model's system prompt.
            template: Replaces the model's prompt template (Go template syntax; a parse error gives
                500).
            context: The `context` of an earlier response, to continue from it. Deprecated.
            raw: Send `prompt` to the model unformatted. Cannot be combined with `template`, `system` or
                `context` (400). Raw responses carry no `context`.
            format: Constrains the output: `"json"` for any JSON value, or a JSON Schema object for
                structured output. Absent, `null` or `""` = unconstrained. Any other value is accepted by
                the decoder but fails with 500 `invalid format` once the model is loaded.
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the request;
                any negative value keeps it loaded until the server stops. Absent or `null` = the server
                default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            images: Images or audio for multimodal models.
            options: Model and runner options. Any subset; the model's Modelfile parameters override the
                server defaults and these override both. Unknown keys are ignored and `null` values skipped.
                A value of the wrong JSON type is not a 400: the request fails with 500 (`option "x" must be
                of type ...`) once the model is scheduled. Integer options accept any number and drop the
                fraction. Changing a runner option (`num_ctx`, `num_batch`, `num_gpu`, `main_gpu`,
                `use_mmap`, `num_thread`, `draft_num_predict`) reloads the model.
            think: Whether a thinking model reasons before answering: `true`/`false`, or a level. Models
                with the `thinking` capability think when this is absent; models without it reject `true`
                and levels with 400 (`false` is accepted). Other strings are rejected with 400.
            truncate: Cut the prompt to fit the context window. Default: true.
            shift: Shift the context when generation reaches its end instead of stopping. Default: true.
            debug_render_only: Return the rendered prompt in `_debug_info` without running the model.
            logprobs: Return the log probability of each generated token.
            top_logprobs: Also return this many most likely alternatives per token (with `logprobs`). 0
                to 20 (else 400). Default: 0.
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
                ("format", encode_format(format)),
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

        response = await self.request(
            "POST",
            "/api/generate",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return GenerateResponse.from_dict(decode_json(response))

    async def generate_stream(
        self,
        model: str,
        *,
        prompt: str | None = None,
        suffix: str | None = None,
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
    ) -> AsyncStream[GenerateResponse]:
        """Generate a completion for a prompt

        Runs the model on `prompt` (with the model's template unless `raw`). Streams by default.

        Special outcomes, each a single `application/json` object even when streaming:
        an empty `prompt` loads the model (`done_reason: "load"`); an empty `prompt` with `keep_alive: 0`
        unloads it (`done_reason: "unload"`); `_debug_render_only` returns the rendered prompt in
        `_debug_info` without running the model.

        Models named with `:cloud` (or a tag ending in `-cloud`) are proxied to ollama.com; the upstream
        status and body are relayed.

        Sends `stream: true`; iterate the returned stream for typed chunks, or `collect()` it.

        Args:
            model: Model name: `[host/][namespace/]model[:tag]`, tag `latest` by default; `:cloud`
                proxies to ollama.com.
            prompt: The prompt. Empty or absent = only load the model (or unload it with `keep_alive`
                0).
            suffix: Text after the insertion point (fill-in-the-middle); needs the `insert` capability.
            system: Replaces the model's system prompt.
            template: Replaces the model's prompt template (Go template syntax; a parse error gives
                500).
            context: The `context` of an earlier response, to continue from it. Deprecated.
            raw: Send `prompt` to the model unformatted. Cannot be combined with `template`, `system` or
                `context` (400). Raw responses carry no `context`.
            format: Constrains the output: `"json"` for any JSON value, or a JSON Schema object for
                structured output. Absent, `null` or `""` = unconstrained. Any other value is accepted by
                the decoder but fails with 500 `invalid format` once the model is loaded.
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the request;
                any negative value keeps it loaded until the server stops. Absent or `null` = the server
                default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            images: Images or audio for multimodal models.
            options: Model and runner options. Any subset; the model's Modelfile parameters override the
                server defaults and these override both. Unknown keys are ignored and `null` values skipped.
                A value of the wrong JSON type is not a 400: the request fails with 500 (`option "x" must be
                of type ...`) once the model is scheduled. Integer options accept any number and drop the
                fraction. Changing a runner option (`num_ctx`, `num_batch`, `num_gpu`, `main_gpu`,
                `use_mmap`, `num_thread`, `draft_num_predict`) reloads the model.
            think: Whether a thinking model reasons before answering: `true`/`false`, or a level. Models
                with the `thinking` capability think when this is absent; models without it reject `true`
                and levels with 400 (`false` is accepted). Other strings are rejected with 400.
            truncate: Cut the prompt to fit the context window. Default: true.
            shift: Shift the context when generation reaches its end instead of stopping. Default: true.
            debug_render_only: Return the rendered prompt in `_debug_info` without running the model.
            logprobs: Return the log probability of each generated token.
            top_logprobs: Also return this many most likely alternatives per token (with `logprobs`). 0
                to 20 (else 400). Default: 0.
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
                ("format", encode_format(format)),
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

        return await self.stream(
            "POST",
            "/api/generate",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            parse=GenerateResponse.from_dict,
            merge=merge_generate,
        )

    async def chat(
        self,
        model: str,
        *,
        messages: Sequence[Message | Mapping[str, Any]] | None = None,
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
        """Generate the next message of a chat

        Renders `messages` (after the model's own Modelfile messages and system prompt) with the model's
        template and generates the assistant's answer. Streams by default.

        Special outcomes, each a single `application/json` object even when streaming: no `messages`
        loads the model (`done_reason: "load"`); no `messages` with `keep_alive: 0` unloads it
        (`done_reason: "unload"`); `_debug_render_only` returns the rendered prompt in `_debug_info`.

        Tool calls parsed from the output arrive in `message.tool_calls` (usually in their own chunk with
        empty `content`). Models named with `:cloud` are proxied to ollama.com.

        Args:
            model: Model name: `[host/][namespace/]model[:tag]`, tag `latest` by default; `:cloud`
                proxies to ollama.com.
            messages: The conversation. Absent or empty = only load the model (or unload it with
                `keep_alive` 0).
            format: Constrains the output: `"json"` for any JSON value, or a JSON Schema object for
                structured output. Absent, `null` or `""` = unconstrained. Any other value is accepted by
                the decoder but fails with 500 `invalid format` once the model is loaded.
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the request;
                any negative value keeps it loaded until the server stops. Absent or `null` = the server
                default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            tools: Tools the model may call (needs the `tools` capability when non-empty).
            options: Model and runner options. Any subset; the model's Modelfile parameters override the
                server defaults and these override both. Unknown keys are ignored and `null` values skipped.
                A value of the wrong JSON type is not a 400: the request fails with 500 (`option "x" must be
                of type ...`) once the model is scheduled. Integer options accept any number and drop the
                fraction. Changing a runner option (`num_ctx`, `num_batch`, `num_gpu`, `main_gpu`,
                `use_mmap`, `num_thread`, `draft_num_predict`) reloads the model.
            think: Whether a thinking model reasons before answering: `true`/`false`, or a level. Models
                with the `thinking` capability think when this is absent; models without it reject `true`
                and levels with 400 (`false` is accepted). Other strings are rejected with 400.
            truncate: Drop the oldest messages to fit the context window. Default: true.
            shift: Shift the context when generation reaches its end instead of stopping. Default: true.
            debug_render_only: Return the rendered prompt in `_debug_info` without running the model.
            logprobs: Return the log probability of each generated token.
            top_logprobs: Also return this many most likely alternatives per token (with `logprobs`). 0
                to 20 (else 400). Default: 0.
        """
        from .models.chat_response import ChatResponse  # noqa: PLC0415

        body = build_body(
            (
                ("model", model),
                ("messages", messages),
                ("format", encode_format(format)),
                ("keep_alive", keep_alive),
                ("tools", encode_tools(tools)),
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

        response = await self.request(
            "POST",
            "/api/chat",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return ChatResponse.from_dict(decode_json(response))

    async def chat_stream(
        self,
        model: str,
        *,
        messages: Sequence[Message | Mapping[str, Any]] | None = None,
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
    ) -> AsyncStream[ChatResponse]:
        """Generate the next message of a chat

        Renders `messages` (after the model's own Modelfile messages and system prompt) with the model's
        template and generates the assistant's answer. Streams by default.

        Special outcomes, each a single `application/json` object even when streaming: no `messages`
        loads the model (`done_reason: "load"`); no `messages` with `keep_alive: 0` unloads it
        (`done_reason: "unload"`); `_debug_render_only` returns the rendered prompt in `_debug_info`.

        Tool calls parsed from the output arrive in `message.tool_calls` (usually in their own chunk with
        empty `content`). Models named with `:cloud` are proxied to ollama.com.

        Sends `stream: true`; iterate the returned stream for typed chunks, or `collect()` it.

        Args:
            model: Model name: `[host/][namespace/]model[:tag]`, tag `latest` by default; `:cloud`
                proxies to ollama.com.
            messages: The conversation. Absent or empty = only load the model (or unload it with
                `keep_alive` 0).
            format: Constrains the output: `"json"` for any JSON value, or a JSON Schema object for
                structured output. Absent, `null` or `""` = unconstrained. Any other value is accepted by
                the decoder but fails with 500 `invalid format` once the model is loaded.
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the request;
                any negative value keeps it loaded until the server stops. Absent or `null` = the server
                default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            tools: Tools the model may call (needs the `tools` capability when non-empty).
            options: Model and runner options. Any subset; the model's Modelfile parameters override the
                server defaults and these override both. Unknown keys are ignored and `null` values skipped.
                A value of the wrong JSON type is not a 400: the request fails with 500 (`option "x" must be
                of type ...`) once the model is scheduled. Integer options accept any number and drop the
                fraction. Changing a runner option (`num_ctx`, `num_batch`, `num_gpu`, `main_gpu`,
                `use_mmap`, `num_thread`, `draft_num_predict`) reloads the model.
            think: Whether a thinking model reasons before answering: `true`/`false`, or a level. Models
                with the `thinking` capability think when this is absent; models without it reject `true`
                and levels with 400 (`false` is accepted). Other strings are rejected with 400.
            truncate: Drop the oldest messages to fit the context window. Default: true.
            shift: Shift the context when generation reaches its end instead of stopping. Default: true.
            debug_render_only: Return the rendered prompt in `_debug_info` without running the model.
            logprobs: Return the log probability of each generated token.
            top_logprobs: Also return this many most likely alternatives per token (with `logprobs`). 0
                to 20 (else 400). Default: 0.
        """
        from .models.chat_response import ChatResponse  # noqa: PLC0415

        body = build_body(
            (
                ("model", model),
                ("messages", messages),
                ("format", encode_format(format)),
                ("keep_alive", keep_alive),
                ("tools", encode_tools(tools)),
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

        return await self.stream(
            "POST",
            "/api/chat",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            parse=ChatResponse.from_dict,
            merge=merge_chat,
        )

    async def embed(
        self,
        model: str,
        *,
        input: str | Sequence[str] | None = None,
        truncate: bool | None = None,
        dimensions: int | None = None,
        keep_alive: float | str | None = None,
        options: Options | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EmbedResponse:
        """Embed one or more texts

        Returns one L2-normalised vector per input, in input order. Without input (absent, `null`, `""`
        or `[]`) the model is only loaded (or unloaded with `keep_alive: 0`) and `embeddings` is empty.
        Not streamed. Models named with `:cloud` are proxied to ollama.com.

        Args:
            model: Model name; any model is tried (the runner decides whether it can embed).
            input: One text or a list of texts. Any other JSON type (or a non-string list item) is
                rejected with 400.
            truncate: Cut each input to fit the context window; `false` makes an over-long input a 400.
                Default: true.
            dimensions: Cut each vector to this many dimensions and normalise again (ignored unless
                smaller than the model's size).
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the request;
                any negative value keeps it loaded until the server stops. Absent or `null` = the server
                default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            options: Model and runner options. Any subset; the model's Modelfile parameters override the
                server defaults and these override both. Unknown keys are ignored and `null` values skipped.
                A value of the wrong JSON type is not a 400: the request fails with 500 (`option "x" must be
                of type ...`) once the model is scheduled. Integer options accept any number and drop the
                fraction. Changing a runner option (`num_ctx`, `num_batch`, `num_gpu`, `main_gpu`,
                `use_mmap`, `num_thread`, `draft_num_predict`) reloads the model.
        """
        from .models.embed_response import EmbedResponse  # noqa: PLC0415

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

        response = await self.request(
            "POST",
            "/api/embed",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return EmbedResponse.from_dict(decode_json(response))

    async def embeddings(
        self,
        model: str,
        *,
        prompt: str | None = None,
        keep_alive: float | str | None = None,
        options: Options | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EmbeddingResponse:
        """Embed one text (legacy)

        Deprecated by the server.

        Superseded by `/api/embed`. Returns one vector that is **not** normalised. An empty `prompt` only
        loads the model and returns `embedding: []`.

        Args:
            model: Model name.
            prompt: The text to embed. Empty or absent = only load the model.
            keep_alive: How long the model stays loaded after the request. A number is **seconds**
                (fractions allowed); a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`,
                `"300ms"`; a bare `"300"` is rejected with 400). `0` unloads the model after the request;
                any negative value keeps it loaded until the server stops. Absent or `null` = the server
                default (`OLLAMA_KEEP_ALIVE`, 5 minutes unless set).
            options: Model and runner options. Any subset; the model's Modelfile parameters override the
                server defaults and these override both. Unknown keys are ignored and `null` values skipped.
                A value of the wrong JSON type is not a 400: the request fails with 500 (`option "x" must be
                of type ...`) once the model is scheduled. Integer options accept any number and drop the
                fraction. Changing a runner option (`num_ctx`, `num_batch`, `num_gpu`, `main_gpu`,
                `use_mmap`, `num_thread`, `draft_num_predict`) reloads the model.
        """
        from .models.embedding_response import EmbeddingResponse  # noqa: PLC0415

        body = build_body(
            (
                ("model", model),
                ("prompt", prompt),
                ("keep_alive", keep_alive),
                ("options", options),
            ),
            extra_body,
        )

        response = await self.request(
            "POST",
            "/api/embeddings",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return EmbeddingResponse.from_dict(decode_json(response))

    async def create(
        self,
        model: str | None = None,
        *,
        from_: str | None = None,
        files: FileDigestMap | Mapping[str, Any] | None = None,
        adapters: FileDigestMap | Mapping[str, Any] | None = None,
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
        """Create a model

        Creates `model` from an existing model (`from`, pulled first if it is not local) or from files
        uploaded with `POST /api/blobs/{digest}` (`files`, `adapters`, `draft_files`), and applies the
        template, system prompt, parameters, messages, license and quantization given. Streams progress
        by default. Most validation happens before the first progress line and gets a real status; a
        later failure ends the stream with a `StreamErrorLine`.

        Args:
            model: Name of the model to create.
            from_: Existing model to build on (pulled first if it is not local). With a `:cloud` name or
                `remote_host` the new model is a stub that forwards to that host.
            files: File name (a relative slash path without `..`) to the digest (`sha256:<hex>`) of a
                blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors` files are converted; `*.gguf`
                files (or any file with GGUF magic) are imported.
            adapters: File name (a relative slash path without `..`) to the digest (`sha256:<hex>`) of a
                blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors` files are converted; `*.gguf`
                files (or any file with GGUF magic) are imported.
            draft_files: File name (a relative slash path without `..`) to the digest (`sha256:<hex>`)
                of a blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors` files are converted;
                `*.gguf` files (or any file with GGUF magic) are imported.
            quantize: Quantize the weights (only from F16, BF16 or F32 sources): `q4_K_M` (alias
                `q4_K`), `q4_K_S`, `q8_0`, `f16`, `f32`, `bf16`, case-insensitive. Other values fail with
                500.
            draft_quantize: Quantize the draft model (needs `draft_files`).
            remote_host: Create a stub that forwards to the Ollama at this URL (`ollama.com` means
                `https://ollama.com:443`).
            template: Prompt template (Go template syntax; a parse error gives 400).
            license: One license text or several.
            system: System prompt.
            parameters: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null` values
                skipped. A value of the wrong JSON type is not a 400: the request fails with 500 (`option
                "x" must be of type ...`) once the model is scheduled. Integer options accept any number and
                drop the fraction. Changing a runner option (`num_ctx`, `num_batch`, `num_gpu`, `main_gpu`,
                `use_mmap`, `num_thread`, `draft_num_predict`) reloads the model.
            messages: Messages that start every conversation with the model.
            renderer: Name of a built-in prompt renderer.
            parser: Name of a built-in output parser.
            requires: Minimum Ollama version the model needs.
            info: Overrides of what the server would detect about the model. Wrong types are rejected
                with 400.
            name: Deprecated alias of `model` (used when `model` is empty).
            quantization: Deprecated alias of `quantize`.
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
        body["stream"] = False

        response = await self.request(
            "POST",
            "/api/create",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return ProgressResponse.from_dict(decode_json(response))

    async def create_stream(
        self,
        model: str | None = None,
        *,
        from_: str | None = None,
        files: FileDigestMap | Mapping[str, Any] | None = None,
        adapters: FileDigestMap | Mapping[str, Any] | None = None,
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
    ) -> AsyncStream[ProgressResponse]:
        """Create a model

        Creates `model` from an existing model (`from`, pulled first if it is not local) or from files
        uploaded with `POST /api/blobs/{digest}` (`files`, `adapters`, `draft_files`), and applies the
        template, system prompt, parameters, messages, license and quantization given. Streams progress
        by default. Most validation happens before the first progress line and gets a real status; a
        later failure ends the stream with a `StreamErrorLine`.

        Sends `stream: true`; iterate the returned stream for typed chunks, or `collect()` it.

        Args:
            model: Name of the model to create.
            from_: Existing model to build on (pulled first if it is not local). With a `:cloud` name or
                `remote_host` the new model is a stub that forwards to that host.
            files: File name (a relative slash path without `..`) to the digest (`sha256:<hex>`) of a
                blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors` files are converted; `*.gguf`
                files (or any file with GGUF magic) are imported.
            adapters: File name (a relative slash path without `..`) to the digest (`sha256:<hex>`) of a
                blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors` files are converted; `*.gguf`
                files (or any file with GGUF magic) are imported.
            draft_files: File name (a relative slash path without `..`) to the digest (`sha256:<hex>`)
                of a blob uploaded with `POST /api/blobs/{digest}`. `*.safetensors` files are converted;
                `*.gguf` files (or any file with GGUF magic) are imported.
            quantize: Quantize the weights (only from F16, BF16 or F32 sources): `q4_K_M` (alias
                `q4_K`), `q4_K_S`, `q8_0`, `f16`, `f32`, `bf16`, case-insensitive. Other values fail with
                500.
            draft_quantize: Quantize the draft model (needs `draft_files`).
            remote_host: Create a stub that forwards to the Ollama at this URL (`ollama.com` means
                `https://ollama.com:443`).
            template: Prompt template (Go template syntax; a parse error gives 400).
            license: One license text or several.
            system: System prompt.
            parameters: Model and runner options. Any subset; the model's Modelfile parameters override
                the server defaults and these override both. Unknown keys are ignored and `null` values
                skipped. A value of the wrong JSON type is not a 400: the request fails with 500 (`option
                "x" must be of type ...`) once the model is scheduled. Integer options accept any number and
                drop the fraction. Changing a runner option (`num_ctx`, `num_batch`, `num_gpu`, `main_gpu`,
                `use_mmap`, `num_thread`, `draft_num_predict`) reloads the model.
            messages: Messages that start every conversation with the model.
            renderer: Name of a built-in prompt renderer.
            parser: Name of a built-in output parser.
            requires: Minimum Ollama version the model needs.
            info: Overrides of what the server would detect about the model. Wrong types are rejected
                with 400.
            name: Deprecated alias of `model` (used when `model` is empty).
            quantization: Deprecated alias of `quantize`.
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

        return await self.stream(
            "POST",
            "/api/create",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            parse=ProgressResponse.from_dict,
            merge=merge_progress,
        )

    async def create_blob(
        self,
        digest: str,
        content: bytes | AsyncIterable[bytes],
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Upload a blob

        Stores the raw request body as a blob for `create`'s `files`, `adapters` and `draft_files`. When
        the blob already exists the body is not read and the answer is 200. Otherwise the body is hashed
        and the computed `sha256:<lower-case hex>` must equal the path parameter exactly.
        """

        await self.request(
            "POST",
            f"/api/blobs/{path_param(digest)}",
            content=content,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def blob_exists(
        self,
        digest: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Check whether a blob exists"""

        try:
            await self.request(
                "HEAD",
                f"/api/blobs/{path_param(digest)}",
                timeout=timeout,
                extra_headers=extra_headers,
                max_retries=max_retries,
            )
        except NotFoundError:
            return False
        return True

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListResponse:
        """List local models

        All local models, most recently modified first.
        """
        from .models.list_response import ListResponse  # noqa: PLC0415

        response = await self.request(
            "GET", "/api/tags", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
        return ListResponse.from_dict(decode_json(response))

    async def list_head(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """List local models, headers only"""

        try:
            await self.request(
                "HEAD", "/api/tags", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
            )
        except NotFoundError:
            return False
        return True

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
        """Show a model's details

        Details, template, parameters, Modelfile, GGUF metadata and tensors of a local model. Models
        named with `:cloud` are answered from a cache or proxied to ollama.com.

        Args:
            model: The model.
            verbose: Include the full GGUF arrays in `model_info`/`projector_info` (otherwise they are
                `null`).
            system: Show the Modelfile with this system prompt instead of the model's.
            options: Model and runner options. Any subset; the model's Modelfile parameters override the
                server defaults and these override both. Unknown keys are ignored and `null` values skipped.
                A value of the wrong JSON type is not a 400: the request fails with 500 (`option "x" must be
                of type ...`) once the model is scheduled. Integer options accept any number and drop the
                fraction. Changing a runner option (`num_ctx`, `num_batch`, `num_gpu`, `main_gpu`,
                `use_mmap`, `num_thread`, `draft_num_predict`) reloads the model.
            template: Ignored.
            name: Deprecated alias of `model` (used when `model` is empty).
        """
        from .models.show_response import ShowResponse  # noqa: PLC0415

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

        response = await self.request(
            "POST",
            "/api/show",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return ShowResponse.from_dict(decode_json(response))

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
        """Copy a model

        Copies `source` to `destination`, overwriting an existing destination.

        Args:
            source: Existing model.
            destination: New name (an existing model of that name is overwritten).
        """
        body = build_body(
            (
                ("source", source),
                ("destination", destination),
            ),
            extra_body,
        )

        await self.request(
            "POST",
            "/api/copy",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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
        """Delete a model

        Deletes a local model (a DELETE with a JSON body); layers no other model uses are removed.

        Args:
            model: The model to delete.
            name: Deprecated alias of `model` (used when `model` is empty).
        """
        body = build_body(
            (
                ("model", model),
                ("name", name),
            ),
            extra_body,
        )

        await self.request(
            "DELETE",
            "/api/delete",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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
        """Download a model from a registry

        Pulls `model` from its registry (registry.ollama.ai unless the name has a host). Streams progress
        by default. Only an invalid name fails before the stream starts; registry and network failures
        end the stream with a `StreamErrorLine` (or give 500 with `stream: false`).

        Args:
            model: Model name: `[host/][namespace/]model[:tag]`; a `:cloud` name adds a cloud stub.
            insecure: Allow a registry reached over plain `http://`.
            username: Ignored.
            password: Ignored.
            name: Deprecated alias of `model` (used when `model` is empty).
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
        body["stream"] = False

        response = await self.request(
            "POST",
            "/api/pull",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return ProgressResponse.from_dict(decode_json(response))

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
    ) -> AsyncStream[ProgressResponse]:
        """Download a model from a registry

        Pulls `model` from its registry (registry.ollama.ai unless the name has a host). Streams progress
        by default. Only an invalid name fails before the stream starts; registry and network failures
        end the stream with a `StreamErrorLine` (or give 500 with `stream: false`).

        Sends `stream: true`; iterate the returned stream for typed chunks, or `collect()` it.

        Args:
            model: Model name: `[host/][namespace/]model[:tag]`; a `:cloud` name adds a cloud stub.
            insecure: Allow a registry reached over plain `http://`.
            username: Ignored.
            password: Ignored.
            name: Deprecated alias of `model` (used when `model` is empty).
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

        return await self.stream(
            "POST",
            "/api/pull",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            parse=ProgressResponse.from_dict,
            merge=merge_progress,
        )

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
        """Upload a model to a registry

        Pushes a local model to the registry named in its name (registry.ollama.ai by default; the
        server signs the request with its key). Streams progress by default; every failure after the
        name check (unknown model, network, registry refusal) ends the stream with a `StreamErrorLine`
        (or gives 500 with `stream: false`).

        Args:
            model: Local model name, including the namespace it is pushed to (`<user>/<model>[:tag]`).
            insecure: Allow a registry reached over plain `http://`.
            username: Ignored.
            password: Ignored.
            name: Deprecated alias of `model` (used when `model` is empty).
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
        body["stream"] = False

        response = await self.request(
            "POST",
            "/api/push",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return ProgressResponse.from_dict(decode_json(response))

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
    ) -> AsyncStream[ProgressResponse]:
        """Upload a model to a registry

        Pushes a local model to the registry named in its name (registry.ollama.ai by default; the
        server signs the request with its key). Streams progress by default; every failure after the
        name check (unknown model, network, registry refusal) ends the stream with a `StreamErrorLine`
        (or gives 500 with `stream: false`).

        Sends `stream: true`; iterate the returned stream for typed chunks, or `collect()` it.

        Args:
            model: Local model name, including the namespace it is pushed to (`<user>/<model>[:tag]`).
            insecure: Allow a registry reached over plain `http://`.
            username: Ignored.
            password: Ignored.
            name: Deprecated alias of `model` (used when `model` is empty).
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

        return await self.stream(
            "POST",
            "/api/push",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            parse=ProgressResponse.from_dict,
            merge=merge_progress,
        )

    async def ps(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProcessResponse:
        """List loaded models

        The models loaded in memory, the one with the longest remaining keep-alive first.
        """
        from .models.process_response import ProcessResponse  # noqa: PLC0415

        response = await self.request(
            "GET", "/api/ps", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
        return ProcessResponse.from_dict(decode_json(response))

    async def whoami(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UserResponse:
        """The ollama.com account this server is signed in to

        Asks ollama.com, signed with this server's key. Takes no request body.
        """
        from .models.user_response import UserResponse  # noqa: PLC0415

        response = await self.request(
            "POST", "/api/me", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
        return UserResponse.from_dict(decode_json(response))

    async def signout(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Sign this server out of ollama.com

        Disconnects this server's public key from its ollama.com account. Takes no request body.
        """

        await self.request(
            "POST", "/api/signout", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )

    async def delete_user_key(
        self,
        encoded_key: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Sign this server out of ollama.com (deprecated alias)

        Deprecated by the server.

        Same handler as `POST /api/signout`; the `encodedKey` path segment is ignored (the server always
        disconnects its own key).
        """

        await self.request(
            "DELETE",
            f"/api/user/keys/{path_param(encoded_key)}",
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def web_search(
        self,
        query: str,
        *,
        max_results: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WebSearchResponse:
        """Search the web through ollama.com (experimental)

        The raw body is forwarded unchanged to ollama.com `/api/web_search`, signed with this server's
        key (a client `Authorization` header is dropped). Only an empty body is rejected locally; the
        upstream status and body are relayed.

        Args:
            query: What to search for.
            max_results: How many results ollama.com should return (it documents 1 to 10, default 5).
        """
        from .models.web_search_response import WebSearchResponse  # noqa: PLC0415

        body = build_body(
            (
                ("query", query),
                ("max_results", max_results),
            ),
            extra_body,
        )

        response = await self.request(
            "POST",
            "/api/experimental/web_search",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return WebSearchResponse.from_dict(decode_json(response))

    async def web_fetch(
        self,
        url: str,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WebFetchResponse:
        """Fetch a web page through ollama.com (experimental)

        The raw body is forwarded unchanged to ollama.com `/api/web_fetch`, signed with this server's key
        (a client `Authorization` header is dropped). Only an empty body is rejected locally; the upstream
        status and body are relayed.

        Args:
            url: The page to fetch.
        """
        from .models.web_fetch_response import WebFetchResponse  # noqa: PLC0415

        body = build_body(
            (("url", url),),
            extra_body,
        )

        response = await self.request(
            "POST",
            "/api/experimental/web_fetch",
            json=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return WebFetchResponse.from_dict(decode_json(response))

    async def model_recommendations(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ModelRecommendationsResponse:
        """Recommended models (experimental)

        Served from a cache refreshed from ollama.com, falling back to a built-in list.
        """
        from .models.model_recommendations_response import ModelRecommendationsResponse  # noqa: PLC0415

        response = await self.request(
            "GET",
            "/api/experimental/model-recommendations",
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return ModelRecommendationsResponse.from_dict(decode_json(response))
