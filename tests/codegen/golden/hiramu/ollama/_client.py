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
from ._collect import merge_generate, merge_progress
from ._encode import build_body, decode_json, encode_format, path_param
from ._exceptions import NotFoundError
from ._helpers import AsyncHelpers, SyncHelpers
from ._streaming import AsyncStream, Stream
from ._types import NOT_GIVEN, NotGiven, TimeoutTypes

# Models (and other names only the signatures use) load when first needed, which keeps
# `import hiramu.ollama` fast.
if TYPE_CHECKING:
    from pathlib import PurePath

    from .models.format_schema import FormatSchema
    from .models.generate_request_format_type_0 import GenerateRequestFormatType0
    from .models.generate_request_think_type_1 import GenerateRequestThinkType1
    from .models.generate_response import GenerateResponse
    from .models.list_response import ListResponse
    from .models.options import Options
    from .models.progress_response import ProgressResponse
    from .models.version_response import VersionResponse

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
        """heartbeat"""

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
        """heartbeat_head"""

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
        """version"""
        from .models.version_response import VersionResponse  # noqa: PLC0415

        response = self.request(
            "GET", "/api/version", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
        return VersionResponse.from_dict(decode_json(response))

    def generate(
        self,
        model: str,
        *,
        prompt: str | None = None,
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
        """generate

        Generate text; streams unless `stream` is false.

        Args:
            model: see the spec
            prompt: see the spec
            format: see the spec
            keep_alive: see the spec
            think: see the spec
            images: see the spec
            options: see the spec
            context: see the spec
            debug_render_only: see the spec
        """
        from .models.generate_response import GenerateResponse  # noqa: PLC0415

        body = build_body(
            (
                ("model", model),
                ("prompt", prompt),
                ("format", encode_format(format)),
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
        """generate

        Generate text; streams unless `stream` is false.

        Sends `stream: true`; iterate the returned stream for typed chunks, or `collect()` it.

        Args:
            model: see the spec
            prompt: see the spec
            format: see the spec
            keep_alive: see the spec
            think: see the spec
            images: see the spec
            options: see the spec
            context: see the spec
            debug_render_only: see the spec
        """
        from .models.generate_response import GenerateResponse  # noqa: PLC0415

        body = build_body(
            (
                ("model", model),
                ("prompt", prompt),
                ("format", encode_format(format)),
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
        """pull

        Args:
            model: see the spec
            insecure: see the spec
        """
        from .models.progress_response import ProgressResponse  # noqa: PLC0415

        body = build_body(
            (
                ("model", model),
                ("insecure", insecure),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Stream[ProgressResponse]:
        """pull

        Sends `stream: true`; iterate the returned stream for typed chunks, or `collect()` it.

        Args:
            model: see the spec
            insecure: see the spec
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

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListResponse:
        """list"""
        from .models.list_response import ListResponse  # noqa: PLC0415

        response = self.request(
            "GET", "/api/tags", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
        return ListResponse.from_dict(decode_json(response))

    def delete(
        self,
        model: str | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """delete

        Args:
            model: see the spec
        """
        body = build_body(
            (("model", model),),
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

    def create_blob(
        self,
        digest: str,
        content: bytes | Iterable[bytes],
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """create_blob"""

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
        """blob_exists"""

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

    def signout(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """signout"""

        self.request(
            "POST", "/api/signout", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )


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
        """heartbeat"""

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
        """heartbeat_head"""

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
        """version"""
        from .models.version_response import VersionResponse  # noqa: PLC0415

        response = await self.request(
            "GET", "/api/version", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
        return VersionResponse.from_dict(decode_json(response))

    async def generate(
        self,
        model: str,
        *,
        prompt: str | None = None,
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
        """generate

        Generate text; streams unless `stream` is false.

        Args:
            model: see the spec
            prompt: see the spec
            format: see the spec
            keep_alive: see the spec
            think: see the spec
            images: see the spec
            options: see the spec
            context: see the spec
            debug_render_only: see the spec
        """
        from .models.generate_response import GenerateResponse  # noqa: PLC0415

        body = build_body(
            (
                ("model", model),
                ("prompt", prompt),
                ("format", encode_format(format)),
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
    ) -> AsyncStream[GenerateResponse]:
        """generate

        Generate text; streams unless `stream` is false.

        Sends `stream: true`; iterate the returned stream for typed chunks, or `collect()` it.

        Args:
            model: see the spec
            prompt: see the spec
            format: see the spec
            keep_alive: see the spec
            think: see the spec
            images: see the spec
            options: see the spec
            context: see the spec
            debug_render_only: see the spec
        """
        from .models.generate_response import GenerateResponse  # noqa: PLC0415

        body = build_body(
            (
                ("model", model),
                ("prompt", prompt),
                ("format", encode_format(format)),
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
        """pull

        Args:
            model: see the spec
            insecure: see the spec
        """
        from .models.progress_response import ProgressResponse  # noqa: PLC0415

        body = build_body(
            (
                ("model", model),
                ("insecure", insecure),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[ProgressResponse]:
        """pull

        Sends `stream: true`; iterate the returned stream for typed chunks, or `collect()` it.

        Args:
            model: see the spec
            insecure: see the spec
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

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListResponse:
        """list"""
        from .models.list_response import ListResponse  # noqa: PLC0415

        response = await self.request(
            "GET", "/api/tags", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
        return ListResponse.from_dict(decode_json(response))

    async def delete(
        self,
        model: str | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """delete

        Args:
            model: see the spec
        """
        body = build_body(
            (("model", model),),
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

    async def create_blob(
        self,
        digest: str,
        content: bytes | AsyncIterable[bytes],
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """create_blob"""

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
        """blob_exists"""

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

    async def signout(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """signout"""

        await self.request(
            "POST", "/api/signout", timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
