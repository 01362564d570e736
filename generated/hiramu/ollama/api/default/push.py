from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._collect import merge_progress
from ..._streaming import AsyncStream, Stream, open_async_stream, open_stream
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.progress_response import ProgressResponse
from ...models.push_request import PushRequest
from ...types import Response


def _get_kwargs(
    *,
    body: PushRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/push",
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
    body: PushRequest,
) -> Response[ErrorResponse | ProgressResponse]:
    """Upload a model to a registry

     Pushes a local model to the registry named in its name (registry.ollama.ai by default; the
    server signs the request with its key). Streams progress by default; every failure after the
    name check (unknown model, network, registry refusal) ends the stream with a `StreamErrorLine`
    (or gives 500 with `stream: false`).

    Args:
        body (PushRequest): What to push. `model` (or the deprecated `name`) is needed (400
            otherwise). Example: {'model': 'myname/tiny-llama:latest'}.

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
    body: PushRequest,
) -> ErrorResponse | ProgressResponse | None:
    """Upload a model to a registry

     Pushes a local model to the registry named in its name (registry.ollama.ai by default; the
    server signs the request with its key). Streams progress by default; every failure after the
    name check (unknown model, network, registry refusal) ends the stream with a `StreamErrorLine`
    (or gives 500 with `stream: false`).

    Args:
        body (PushRequest): What to push. `model` (or the deprecated `name`) is needed (400
            otherwise). Example: {'model': 'myname/tiny-llama:latest'}.

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
    body: PushRequest,
) -> Response[ErrorResponse | ProgressResponse]:
    """Upload a model to a registry

     Pushes a local model to the registry named in its name (registry.ollama.ai by default; the
    server signs the request with its key). Streams progress by default; every failure after the
    name check (unknown model, network, registry refusal) ends the stream with a `StreamErrorLine`
    (or gives 500 with `stream: false`).

    Args:
        body (PushRequest): What to push. `model` (or the deprecated `name`) is needed (400
            otherwise). Example: {'model': 'myname/tiny-llama:latest'}.

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
    body: PushRequest,
) -> ErrorResponse | ProgressResponse | None:
    """Upload a model to a registry

     Pushes a local model to the registry named in its name (registry.ollama.ai by default; the
    server signs the request with its key). Streams progress by default; every failure after the
    name check (unknown model, network, registry refusal) ends the stream with a `StreamErrorLine`
    (or gives 500 with `stream: false`).

    Args:
        body (PushRequest): What to push. `model` (or the deprecated `name`) is needed (400
            otherwise). Example: {'model': 'myname/tiny-llama:latest'}.

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
    body: PushRequest,
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
    body: PushRequest,
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
