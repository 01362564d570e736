from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._collect import merge_generate
from ..._streaming import AsyncStream, Stream, open_async_stream, open_stream
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.generate_request import GenerateRequest
from ...models.generate_response import GenerateResponse
from ...types import Response


def _get_kwargs(
    *,
    body: GenerateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/generate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GenerateResponse | None:
    if response.status_code == 200:
        response_200 = GenerateResponse.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GenerateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateRequest,
) -> Response[ErrorResponse | GenerateResponse]:
    """Generate text; streams unless `stream` is false.

    Args:
        body (GenerateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GenerateResponse]
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
    body: GenerateRequest,
) -> ErrorResponse | GenerateResponse | None:
    """Generate text; streams unless `stream` is false.

    Args:
        body (GenerateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GenerateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateRequest,
) -> Response[ErrorResponse | GenerateResponse]:
    """Generate text; streams unless `stream` is false.

    Args:
        body (GenerateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GenerateResponse]
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
    body: GenerateRequest,
) -> ErrorResponse | GenerateResponse | None:
    """Generate text; streams unless `stream` is false.

    Args:
        body (GenerateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GenerateResponse
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
    body: GenerateRequest,
) -> Stream[GenerateResponse]:
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
        parse=GenerateResponse.from_dict,
        merge=merge_generate,
    )


async def asyncio_stream(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateRequest,
) -> AsyncStream[GenerateResponse]:
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
        parse=GenerateResponse.from_dict,
        merge=merge_generate,
    )
