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
from ...models.signin_error_response import SigninErrorResponse
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
) -> ErrorResponse | GenerateResponse | SigninErrorResponse | None:
    if response.status_code == 200:
        response_200 = GenerateResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = SigninErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorResponse.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 499:
        response_499 = ErrorResponse.from_dict(response.json())

        return response_499

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 501:
        response_501 = ErrorResponse.from_dict(response.json())

        return response_501

    if response.status_code == 502:
        response_502 = ErrorResponse.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GenerateResponse | SigninErrorResponse]:
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
) -> Response[ErrorResponse | GenerateResponse | SigninErrorResponse]:
    """Generate a completion for a prompt

     Runs the model on `prompt` (with the model's template unless `raw`). Streams by default.

    Special outcomes, each a single `application/json` object even when streaming:
    an empty `prompt` loads the model (`done_reason: "load"`); an empty `prompt` with `keep_alive: 0`
    unloads it (`done_reason: "unload"`); `_debug_render_only` returns the rendered prompt in
    `_debug_info` without running the model.

    Models named with `:cloud` (or a tag ending in `-cloud`) are proxied to ollama.com; the upstream
    status and body are relayed.

    Args:
        body (GenerateRequest): A completion request. `model` is needed (an empty or missing one
            answers 404). Example: {'model': 'tiny-llama', 'prompt': 'Why is the sky blue?', 'stream':
            False, 'options': {'num_predict': 4, 'seed': 42, 'temperature': 0}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GenerateResponse | SigninErrorResponse]
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
) -> ErrorResponse | GenerateResponse | SigninErrorResponse | None:
    """Generate a completion for a prompt

     Runs the model on `prompt` (with the model's template unless `raw`). Streams by default.

    Special outcomes, each a single `application/json` object even when streaming:
    an empty `prompt` loads the model (`done_reason: "load"`); an empty `prompt` with `keep_alive: 0`
    unloads it (`done_reason: "unload"`); `_debug_render_only` returns the rendered prompt in
    `_debug_info` without running the model.

    Models named with `:cloud` (or a tag ending in `-cloud`) are proxied to ollama.com; the upstream
    status and body are relayed.

    Args:
        body (GenerateRequest): A completion request. `model` is needed (an empty or missing one
            answers 404). Example: {'model': 'tiny-llama', 'prompt': 'Why is the sky blue?', 'stream':
            False, 'options': {'num_predict': 4, 'seed': 42, 'temperature': 0}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GenerateResponse | SigninErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateRequest,
) -> Response[ErrorResponse | GenerateResponse | SigninErrorResponse]:
    """Generate a completion for a prompt

     Runs the model on `prompt` (with the model's template unless `raw`). Streams by default.

    Special outcomes, each a single `application/json` object even when streaming:
    an empty `prompt` loads the model (`done_reason: "load"`); an empty `prompt` with `keep_alive: 0`
    unloads it (`done_reason: "unload"`); `_debug_render_only` returns the rendered prompt in
    `_debug_info` without running the model.

    Models named with `:cloud` (or a tag ending in `-cloud`) are proxied to ollama.com; the upstream
    status and body are relayed.

    Args:
        body (GenerateRequest): A completion request. `model` is needed (an empty or missing one
            answers 404). Example: {'model': 'tiny-llama', 'prompt': 'Why is the sky blue?', 'stream':
            False, 'options': {'num_predict': 4, 'seed': 42, 'temperature': 0}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GenerateResponse | SigninErrorResponse]
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
) -> ErrorResponse | GenerateResponse | SigninErrorResponse | None:
    """Generate a completion for a prompt

     Runs the model on `prompt` (with the model's template unless `raw`). Streams by default.

    Special outcomes, each a single `application/json` object even when streaming:
    an empty `prompt` loads the model (`done_reason: "load"`); an empty `prompt` with `keep_alive: 0`
    unloads it (`done_reason: "unload"`); `_debug_render_only` returns the rendered prompt in
    `_debug_info` without running the model.

    Models named with `:cloud` (or a tag ending in `-cloud`) are proxied to ollama.com; the upstream
    status and body are relayed.

    Args:
        body (GenerateRequest): A completion request. `model` is needed (an empty or missing one
            answers 404). Example: {'model': 'tiny-llama', 'prompt': 'Why is the sky blue?', 'stream':
            False, 'options': {'num_predict': 4, 'seed': 42, 'temperature': 0}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GenerateResponse | SigninErrorResponse
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
