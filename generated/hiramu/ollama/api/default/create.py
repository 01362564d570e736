from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._collect import merge_progress
from ..._streaming import AsyncStream, Stream, open_async_stream, open_stream
from ...client import AuthenticatedClient, Client
from ...models.create_request import CreateRequest
from ...models.error_response import ErrorResponse
from ...models.progress_response import ProgressResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ProgressResponse | None:
    if response.status_code == 200:
        response_200 = ProgressResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ProgressResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateRequest,
) -> Response[ErrorResponse | ProgressResponse]:
    """Create a model

     Creates `model` from an existing model (`from`, pulled first if it is not local) or from files
    uploaded with `POST /api/blobs/{digest}` (`files`, `adapters`, `draft_files`), and applies the
    template, system prompt, parameters, messages, license and quantization given. Streams progress
    by default. Most validation happens before the first progress line and gets a real status; a
    later failure ends the stream with a `StreamErrorLine`.

    Args:
        body (CreateRequest): What to create. A name is needed (`model`, or the deprecated `name`;
            otherwise 400
            `invalid model name`) and a source: `from` or `files` (otherwise 400).
             Example: {'model': 'rec-derived', 'from': 'tiny-llama', 'system': 'You are a helpful test
            model.', 'parameters': {'temperature': 0.2}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProgressResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    kwargs["json"]["stream"] = False

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateRequest,
) -> ErrorResponse | ProgressResponse | None:
    """Create a model

     Creates `model` from an existing model (`from`, pulled first if it is not local) or from files
    uploaded with `POST /api/blobs/{digest}` (`files`, `adapters`, `draft_files`), and applies the
    template, system prompt, parameters, messages, license and quantization given. Streams progress
    by default. Most validation happens before the first progress line and gets a real status; a
    later failure ends the stream with a `StreamErrorLine`.

    Args:
        body (CreateRequest): What to create. A name is needed (`model`, or the deprecated `name`;
            otherwise 400
            `invalid model name`) and a source: `from` or `files` (otherwise 400).
             Example: {'model': 'rec-derived', 'from': 'tiny-llama', 'system': 'You are a helpful test
            model.', 'parameters': {'temperature': 0.2}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProgressResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateRequest,
) -> Response[ErrorResponse | ProgressResponse]:
    """Create a model

     Creates `model` from an existing model (`from`, pulled first if it is not local) or from files
    uploaded with `POST /api/blobs/{digest}` (`files`, `adapters`, `draft_files`), and applies the
    template, system prompt, parameters, messages, license and quantization given. Streams progress
    by default. Most validation happens before the first progress line and gets a real status; a
    later failure ends the stream with a `StreamErrorLine`.

    Args:
        body (CreateRequest): What to create. A name is needed (`model`, or the deprecated `name`;
            otherwise 400
            `invalid model name`) and a source: `from` or `files` (otherwise 400).
             Example: {'model': 'rec-derived', 'from': 'tiny-llama', 'system': 'You are a helpful test
            model.', 'parameters': {'temperature': 0.2}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProgressResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    kwargs["json"]["stream"] = False

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateRequest,
) -> ErrorResponse | ProgressResponse | None:
    """Create a model

     Creates `model` from an existing model (`from`, pulled first if it is not local) or from files
    uploaded with `POST /api/blobs/{digest}` (`files`, `adapters`, `draft_files`), and applies the
    template, system prompt, parameters, messages, license and quantization given. Streams progress
    by default. Most validation happens before the first progress line and gets a real status; a
    later failure ends the stream with a `StreamErrorLine`.

    Args:
        body (CreateRequest): What to create. A name is needed (`model`, or the deprecated `name`;
            otherwise 400
            `invalid model name`) and a source: `from` or `files` (otherwise 400).
             Example: {'model': 'rec-derived', 'from': 'tiny-llama', 'system': 'You are a helpful test
            model.', 'parameters': {'temperature': 0.2}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProgressResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def stream(
    *,
    client: AuthenticatedClient | Client,
    body: CreateRequest,
) -> Stream[ProgressResponse]:
    """Send the request with `stream: true`; iterate the returned Stream for typed chunks.

    The request is sent before this returns, so an error status raises here.
    """
    kwargs = _get_kwargs(
        body=body,
    )
    kwargs["json"]["stream"] = True
    httpx_client = client.get_httpx_client()
    return open_stream(
        httpx_client,
        httpx_client.build_request(**kwargs),
        parse=ProgressResponse.from_dict,
        merge=merge_progress,
    )


async def asyncio_stream(
    *,
    client: AuthenticatedClient | Client,
    body: CreateRequest,
) -> AsyncStream[ProgressResponse]:
    """Send the request with `stream: true`; iterate the returned AsyncStream for typed chunks.

    The request is sent before this returns, so an error status raises here.
    """
    kwargs = _get_kwargs(
        body=body,
    )
    kwargs["json"]["stream"] = True
    httpx_client = client.get_async_httpx_client()
    return await open_async_stream(
        httpx_client,
        httpx_client.build_request(**kwargs),
        parse=ProgressResponse.from_dict,
        merge=merge_progress,
    )
