"""Convenience methods of `Client` (`SyncHelpers`) and `AsyncClient` (`AsyncHelpers`).

They are built from the generated operations: loading and unloading a model, a health check,
structured output parsed into a class, the tool loop, creating a model from local files and a
pull with progress that resumes after a dropped connection.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ._exceptions import BadRequestError, OllamaError
from ._types import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:
    from ._client import AsyncClient, Client  # type: ignore[import-not-found, unused-ignore]
    from ._files import FilesArg
    from ._progress import ProgressArg
    from ._structured import Parsed
    from ._tools import OnError, ToolRun, Tools
    from .models.chat_response import ChatResponse  # type: ignore[import-not-found, unused-ignore]
    from .models.generate_response import GenerateResponse  # type: ignore[import-not-found, unused-ignore]
    from .models.progress_response import ProgressResponse  # type: ignore[import-not-found, unused-ignore]

__all__ = ["AsyncHelpers", "SyncHelpers"]

T = TypeVar("T")
R = TypeVar("R")

KeepAlive = float | str


def _sync(obj: object) -> Client:
    # The mixin is only ever a base of Client; the cast gives its methods the client's types.
    return cast("Client", obj)


def _async(obj: object) -> AsyncClient:
    return cast("AsyncClient", obj)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _schema(format: Any) -> dict[str, Any]:
    from ._structured import schema_of  # loaded on first structured call

    return schema_of(format)


def _parsed(cls: type[T], text: str, response: R) -> Parsed[T, R]:
    from ._structured import Parsed, parse_as

    return Parsed(parse_as(cls, text, response=response), response)


class SyncHelpers:
    """Methods `Client` adds to the generated operations."""

    __slots__ = ()

    def load(self, model: str, keep_alive: KeepAlive | None = None) -> None:
        """Load `model` into memory (and keep it for `keep_alive`: seconds or a duration like `"10m"`;
        negative = forever). Embedding models are loaded through `embed`."""
        client = _sync(self)
        try:
            client.generate(model, keep_alive=keep_alive)
        except BadRequestError:
            # "does not support generate": an embedding-only model.
            client.embed(model, keep_alive=keep_alive)

    def unload(self, model: str) -> None:
        """Unload `model` from memory now (what `ollama stop` does)."""
        client = _sync(self)
        try:
            client.generate(model, keep_alive=0)
        except BadRequestError:
            client.embed(model, keep_alive=0)

    def is_running(self, *, timeout: TimeoutTypes | NotGiven = NOT_GIVEN) -> bool:
        """Whether an Ollama server answers at the configured host (`HEAD /`). A refused connection,
        a timeout or an error status gives False at once (no retries); nothing is raised."""
        try:
            return bool(_sync(self).heartbeat_head(timeout=timeout, max_retries=0))
        except OllamaError:
            return False

    def chat_parse(
        self,
        model: str,
        *,
        messages: Sequence[Any],
        format: type[T],
        **chat_args: Any,
    ) -> Parsed[T, ChatResponse]:
        """`chat` constrained to the JSON Schema of `format` (a dataclass, attrs class, TypedDict,
        pydantic model or type hint); the answer is parsed into it.

        Raises `StructuredOutputError` (with the raw text) when the answer is not valid JSON or does
        not fit. Other keyword arguments go to `chat`.
        """
        response: ChatResponse = _sync(self).chat(
            model, messages=messages, format=_schema(format), **chat_args
        )
        return _parsed(format, _text(response.message.content), response)

    def generate_parse(
        self,
        model: str,
        prompt: str | None = None,
        *,
        format: type[T],
        **generate_args: Any,
    ) -> Parsed[T, GenerateResponse]:
        """`generate` constrained to the JSON Schema of `format`, the answer parsed into it (see
        `chat_parse`)."""
        response: GenerateResponse = _sync(self).generate(
            model, prompt=prompt, format=_schema(format), **generate_args
        )
        return _parsed(format, _text(response.response), response)

    def run_tools(
        self,
        model: str,
        messages: Sequence[Any],
        tools: Tools,
        *,
        max_rounds: int = 10,
        on_error: OnError = "raise",
        **chat_args: Any,
    ) -> ToolRun:
        """Chat with Python functions as tools until the model answers without calling one.

        Returns `ToolRun(response, messages)`. See `hiramu.ollama._tools` for the error policy.
        """
        from ._tools import run_tools

        return run_tools(
            _sync(self), model, messages, tools, max_rounds=max_rounds, on_error=on_error, **chat_args
        )

    def create_from_files(
        self,
        model: str,
        files: FilesArg,
        *,
        adapters: FilesArg | None = None,
        quantize: str | None = None,
        parameters: Mapping[str, Any] | None = None,
        template: str | None = None,
        system: str | None = None,
        progress: ProgressArg = None,
        chunk_size: int | None = None,
        **create_args: Any,
    ) -> ProgressResponse:
        """Create `model` from local files: hash them, upload the blobs the server lacks (streamed,
        never whole in memory) and run `create`. Returns the final progress line."""
        from ._files import create_from_files

        return create_from_files(
            _sync(self),
            model,
            files,
            adapters=adapters,
            quantize=quantize,
            parameters=parameters,
            template=template,
            system=system,
            progress=progress,
            chunk_size=chunk_size,
            **create_args,
        )

    def pull_with_progress(
        self,
        model: str,
        *,
        progress: ProgressArg = True,
        retries: int = 3,
        **pull_args: Any,
    ) -> ProgressResponse:
        """Pull `model` showing progress (rich bars when installed, else text; or a callback) and
        resume after a dropped connection, up to `retries` times."""
        from ._progress import pull_with_resume

        return pull_with_resume(_sync(self), model, retries=retries, progress=progress, **pull_args)


class AsyncHelpers:
    """Methods `AsyncClient` adds to the generated operations (the async twins of `SyncHelpers`)."""

    __slots__ = ()

    async def load(self, model: str, keep_alive: KeepAlive | None = None) -> None:
        """Load `model` into memory (see `SyncHelpers.load`)."""
        client = _async(self)
        try:
            await client.generate(model, keep_alive=keep_alive)
        except BadRequestError:
            await client.embed(model, keep_alive=keep_alive)

    async def unload(self, model: str) -> None:
        """Unload `model` from memory now."""
        client = _async(self)
        try:
            await client.generate(model, keep_alive=0)
        except BadRequestError:
            await client.embed(model, keep_alive=0)

    async def is_running(self, *, timeout: TimeoutTypes | NotGiven = NOT_GIVEN) -> bool:
        """Whether an Ollama server answers at the configured host (see `SyncHelpers.is_running`)."""
        try:
            return bool(await _async(self).heartbeat_head(timeout=timeout, max_retries=0))
        except OllamaError:
            return False

    async def chat_parse(
        self,
        model: str,
        *,
        messages: Sequence[Any],
        format: type[T],
        **chat_args: Any,
    ) -> Parsed[T, ChatResponse]:
        """`chat` with structured output parsed into `format` (see `SyncHelpers.chat_parse`)."""
        response: ChatResponse = await _async(self).chat(
            model, messages=messages, format=_schema(format), **chat_args
        )
        return _parsed(format, _text(response.message.content), response)

    async def generate_parse(
        self,
        model: str,
        prompt: str | None = None,
        *,
        format: type[T],
        **generate_args: Any,
    ) -> Parsed[T, GenerateResponse]:
        """`generate` with structured output parsed into `format` (see `SyncHelpers.chat_parse`)."""
        response: GenerateResponse = await _async(self).generate(
            model, prompt=prompt, format=_schema(format), **generate_args
        )
        return _parsed(format, _text(response.response), response)

    async def run_tools(
        self,
        model: str,
        messages: Sequence[Any],
        tools: Tools,
        *,
        max_rounds: int = 10,
        on_error: OnError = "raise",
        **chat_args: Any,
    ) -> ToolRun:
        """Chat with Python functions (or coroutine functions) as tools until the model answers
        without calling one. Returns `ToolRun(response, messages)`."""
        from ._tools import arun_tools

        return await arun_tools(
            _async(self), model, messages, tools, max_rounds=max_rounds, on_error=on_error, **chat_args
        )

    async def create_from_files(
        self,
        model: str,
        files: FilesArg,
        *,
        adapters: FilesArg | None = None,
        quantize: str | None = None,
        parameters: Mapping[str, Any] | None = None,
        template: str | None = None,
        system: str | None = None,
        progress: ProgressArg = None,
        chunk_size: int | None = None,
        **create_args: Any,
    ) -> ProgressResponse:
        """Create `model` from local files (see `SyncHelpers.create_from_files`); file reads and
        hashing run in worker threads."""
        from ._files import acreate_from_files

        return await acreate_from_files(
            _async(self),
            model,
            files,
            adapters=adapters,
            quantize=quantize,
            parameters=parameters,
            template=template,
            system=system,
            progress=progress,
            chunk_size=chunk_size,
            **create_args,
        )

    async def pull_with_progress(
        self,
        model: str,
        *,
        progress: ProgressArg = True,
        retries: int = 3,
        **pull_args: Any,
    ) -> ProgressResponse:
        """Pull `model` with progress, resuming after a dropped connection (see
        `SyncHelpers.pull_with_progress`)."""
        from ._progress import apull_with_resume

        return await apull_with_resume(_async(self), model, retries=retries, progress=progress, **pull_args)
