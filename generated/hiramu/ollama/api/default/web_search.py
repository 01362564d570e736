from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.signin_error_response import SigninErrorResponse
from ...models.web_search_request import WebSearchRequest
from ...models.web_search_response import WebSearchResponse
from ...types import Response


def _get_kwargs(
    *,
    body: WebSearchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/experimental/web_search",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SigninErrorResponse | WebSearchResponse | None:
    if response.status_code == 200:
        response_200 = WebSearchResponse.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ErrorResponse.from_dict(response.json())

        return response_502

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | SigninErrorResponse | WebSearchResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WebSearchRequest,
) -> Response[ErrorResponse | SigninErrorResponse | WebSearchResponse]:
    """Search the web through ollama.com (experimental)

     The raw body is forwarded unchanged to ollama.com `/api/web_search`, signed with this server's
    key (a client `Authorization` header is dropped). Only an empty body is rejected locally; the
    upstream status and body are relayed.

    Args:
        body (WebSearchRequest): Forwarded to ollama.com as sent. Example: {'query': 'what is
            ollama', 'max_results': 3}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SigninErrorResponse | WebSearchResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: WebSearchRequest,
) -> ErrorResponse | SigninErrorResponse | WebSearchResponse | None:
    """Search the web through ollama.com (experimental)

     The raw body is forwarded unchanged to ollama.com `/api/web_search`, signed with this server's
    key (a client `Authorization` header is dropped). Only an empty body is rejected locally; the
    upstream status and body are relayed.

    Args:
        body (WebSearchRequest): Forwarded to ollama.com as sent. Example: {'query': 'what is
            ollama', 'max_results': 3}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SigninErrorResponse | WebSearchResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WebSearchRequest,
) -> Response[ErrorResponse | SigninErrorResponse | WebSearchResponse]:
    """Search the web through ollama.com (experimental)

     The raw body is forwarded unchanged to ollama.com `/api/web_search`, signed with this server's
    key (a client `Authorization` header is dropped). Only an empty body is rejected locally; the
    upstream status and body are relayed.

    Args:
        body (WebSearchRequest): Forwarded to ollama.com as sent. Example: {'query': 'what is
            ollama', 'max_results': 3}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SigninErrorResponse | WebSearchResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WebSearchRequest,
) -> ErrorResponse | SigninErrorResponse | WebSearchResponse | None:
    """Search the web through ollama.com (experimental)

     The raw body is forwarded unchanged to ollama.com `/api/web_search`, signed with this server's
    key (a client `Authorization` header is dropped). Only an empty body is rejected locally; the
    upstream status and body are relayed.

    Args:
        body (WebSearchRequest): Forwarded to ollama.com as sent. Example: {'query': 'what is
            ollama', 'max_results': 3}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SigninErrorResponse | WebSearchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
